"""review34: human text next to round 25's triggers review33 did not cover (C107's bodies, N105's ministry words
before 'Bộ trưởng', N107, N108's commissioners, N106, C102, A101, A113, F114, C104's European cities and Saudi
spellings, and the chrome reader's round-25 rows) stays quiet and keeps its article lines (tests/data/review34,
written and committed blind at b26cf535). Blind: no false alarm of a rule (two minor notes, below); one article line
lost ('Chặng Milan - 12/12/2026', a schedule's row read as review32's 'Name - date' byline) and one chrome line read
as article (a newsletter's colophon over its unsubscribe line). The fixes' tests below use lines that are in neither
the probes nor the adversary sets nor the rules' examples, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "review34"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())

# Fair, left alone: T201 on the two Saudi spellings the probe file holds side by side (one document spelling a country
# two ways: the set's artefact, not a human page's), and N101's minor note on a Chinese athlete's pinyin name (review32
# left the same note)
KNOWN_FINDINGS = {
    "a_sentences.txt": [("T201", "Ả-rập Xê-út")],
    "t1_the_duc_dung_cu.txt": [("N101", "Zhang Bowen")],
}


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_false_alarm(path: Path) -> None:
    """Each human-written file gets no finding but the two fair minor ones (blind: the same)."""
    found = [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))]
    assert found == KNOWN_FINDINGS.get(path.name, [])


def test_tsv_rows_get_no_finding() -> None:
    """'Hai bên' beside billions, idioms by sense and literally, 12.400 flights, three heads of government with their
    countries, 越马, CapitaLand, an EU commissioner, Saudi Arabia, China's customs (blind: none)."""
    rows = [line.split("\t") for line in (DATA / "s1_nguon.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert audit_pairs([(src, mt) for _, src, mt in rows]) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_are_read_as_annotated(path: Path) -> None:
    """Blind: t1's schedule row lost, t2's colophon read as article; after: every line as annotated."""
    score = score_lines(path)
    assert score.article_as_chrome == [] and score.chrome_as_article == []
    assert score.article_missing == [] and score.unplaced == []


def _kinds(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


_HEAD = ["Báo Giáo dục Miền Trung", "Trang chủ | Giáo dục | Tuyển sinh"]
_FOOT = ["© 2027 Báo Giáo dục Miền Trung"]


@pytest.mark.parametrize(
    "rows",
    [
        # under an article line ending in ':'; beside a row of the same shape with lowercase words
        ["Các lớp bồi dưỡng khai giảng như sau:", "Lớp Quảng Ngãi - 5/1/2027", "Lớp Bình Định - 12/1/2027"],
        ["Kỳ thi có hai vòng.", "Vòng Bảng - 3/2/2027", "Vòng chung kết toàn quốc - 10/3/2027"],
    ],
)
def test_a_dated_list_in_the_article_stays(rows: list[str]) -> None:
    page = [*_HEAD, "Sở Giáo dục mở lớp bồi dưỡng giáo viên tiếng Anh", *rows]
    page += ["Mỗi lớp nhận tối đa 40 giáo viên, học miễn phí trong ba tuần.", *_FOOT]
    kinds = _kinds(page)
    assert [kinds[row] for row in rows] == [None] * len(rows)


@pytest.mark.parametrize(
    "page",
    [
        # a byline under the headline, over the lead; a byline at the foot after the last sentence
        [*_HEAD, "Sở Giáo dục mở lớp bồi dưỡng giáo viên tiếng Anh", "Thu Hương - 14/1/2027",
         "Sở Giáo dục tỉnh mở ba lớp bồi dưỡng cho 120 giáo viên tiếng Anh trong tháng 1.", *_FOOT],
        [*_HEAD, "Sở Giáo dục mở lớp bồi dưỡng giáo viên tiếng Anh",
         "Sở Giáo dục tỉnh mở ba lớp bồi dưỡng cho 120 giáo viên tiếng Anh trong tháng 1.",
         "Thu Hương - 14/1/2027", *_FOOT],
    ],
)  # fmt: skip
def test_a_byline_and_its_date_stay_chrome(page: list[str]) -> None:
    assert _kinds(page)["Thu Hương - 14/1/2027"] == "timestamp"


_LETTER = [
    "Thư tin Doanh nghiệp trẻ – số 12",
    "Hội mở lớp kỹ năng bán hàng trên sàn thương mại điện tử",
    "Lớp học kéo dài sáu buổi, mỗi buổi ba giờ, dành cho hội viên mới.",
]


def test_a_newsletters_colophon_over_its_unsubscribe_line_is_chrome() -> None:
    colophon = "Thư tin của Hội Doanh nghiệp trẻ tỉnh được xuất bản hằng tuần."
    page = [*_LETTER, colophon, "Bạn muốn ngừng nhận thư? Hủy đăng ký", "© 2027 Hội Doanh nghiệp trẻ"]
    assert _kinds(page)[colophon] is not None


@pytest.mark.parametrize(
    ("line", "foot"),
    [
        # no unsubscribe line under it: an article's sentence about a newsletter
        ("Thư tin của Hội Doanh nghiệp trẻ tỉnh được xuất bản hằng tuần.", ["© 2027 Hội Doanh nghiệp trẻ"]),
        # what a bulletin said, over the unsubscribe line
        (
            "Bản tin do Trung tâm Dự báo khí tượng thủy văn phát hành lúc 10 giờ cho biết bão đã mạnh lên.",
            ["Bạn muốn ngừng nhận thư? Hủy đăng ký", "© 2027 Hội Doanh nghiệp trẻ"],
        ),
    ],
)
def test_a_sentence_about_a_newsletter_stays(line: str, foot: list[str]) -> None:
    assert _kinds([*_LETTER, line, *foot])[line] is None
