"""review35: human text next to rounds 26's and 27's triggers (T308's new calque rows, C107's new bodies and airlines,
N105, N106, N108, C106, C104, C101, C103, T307, A109, A113, and the chrome reader's rows of both rounds) stays quiet and
keeps its article lines (tests/data/review35, written and committed blind at 38c08c7b). Blind: the 40 sentences, the
three text pages and the HTML page got no finding; one false alarm on the sourced rows (A113 major on a winger who
'kept the ball rolling along the touchline', word for word and right); two chrome lines read as article (a release
wire's press-contact heading and its 'provided by the company' note). The fixes' tests below use lines that are in
neither the probes nor the adversary sets nor the rules' examples, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "review35"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_false_alarm(path: Path) -> None:
    """Each human-written text file gets no finding (blind: the same)."""
    assert [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))] == []


def test_tsv_rows_get_no_finding() -> None:
    """Months of a year, Schmidt (施密特), an idiom by sense and a ball literally rolling, Japan Airlines, Grossi, a
    loan to 我国 (Việt Nam), a side sending experts, 12万 outlets, Savannakhet, deepfake, vocational and water words,
    Rosatom (blind: one A113 on the winger's ball)."""
    rows = [line.split("\t") for line in (DATA / "s1_nguon.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert audit_pairs([(src, mt) for _, src, mt in rows]) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_are_read_as_annotated(path: Path) -> None:
    """Blind: t3's press-contact heading and its disclaimer read as article; after: every line as annotated."""
    score = score_lines(path)
    assert score.article_as_chrome == [] and score.chrome_as_article == []
    assert score.article_missing == [] and score.unplaced == []


def _a113(src: str, mt: str) -> list[str]:
    return [f.text for f in audit_pairs([(src, mt)]) if f.rule == "A113"]


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # a ball game's positions and field; a ball rolling down something
        (
            "Her midfield partner kept the ball rolling until the defence opened up.",
            "Người đá cặp tiền vệ với cô giữ bóng lăn cho tới khi hàng thủ mở ra.",
        ),
        (
            "In the futsal final, Minh kept the ball rolling under his sole.",
            "Ở trận chung kết futsal, Minh giữ bóng lăn dưới đế giày.",
        ),
        (
            "The child kept the ball rolling down the slope with a stick.",
            "Đứa trẻ dùng que giữ cho quả bóng lăn xuống dốc.",
        ),
    ],
)
def test_ball_rolling_in_a_scene_is_quiet(src: str, mt: str) -> None:
    assert _a113(src, mt) == []


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the idiom on reforms, beside words of passing, crossing and tackling that no ball game needs
        (
            "The ministers kept the ball rolling on tax reform after the summit.",
            "Các bộ trưởng giữ quả bóng lăn về cải cách thuế sau hội nghị.",
        ),
        (
            "To keep the ball rolling, the city will pass a second package and tackle land prices.",
            "Để giữ quả bóng lăn, thành phố sẽ thông qua gói thứ hai và xử lý giá đất.",
        ),
    ],
)
def test_the_idiom_word_for_word_still_fires(src: str, mt: str) -> None:
    assert _a113(src, mt) != []


def _kinds(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


_WIRE = [
    "Cổng Thông cáo Doanh nghiệp — Cổng phát hành thông cáo báo chí",
    "Công ty sữa ra mắt dòng sản phẩm mới cho trẻ em",
    "Công ty cho biết sản phẩm mới được bán tại 3.000 cửa hàng từ tháng 12.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Liên hệ truyền thông:",
        "Media contact:",
        "Nội dung do doanh nghiệp cung cấp. Trang không chịu trách nhiệm về tính chính xác của thông tin.",
        "This release is provided by the company; the site is not responsible for its content.",
    ],
)
def test_a_wires_contact_heading_and_its_note_are_chrome(line: str) -> None:
    """Each read as article at the branch point; the heading over a contact line read as chrome."""
    page = [*_WIRE, line, "Phòng Truyền thông Công ty: 028 3823 5555 · pr.suamoi@gmail.com", "Thông cáo khác"]
    assert _kinds(page)[line] is not None


def test_a_contact_heading_over_the_releases_own_contact_lines_stays() -> None:
    """A company's release keeps its contact lines as its text (clean24), and their heading with them."""
    page = [*_WIRE, "Liên hệ truyền thông:", "Phòng Truyền thông Công ty Sữa Mới", "Điện thoại: (028) 3823 5555"]
    assert _kinds(page)["Liên hệ truyền thông:"] is None


@pytest.mark.parametrize(
    "line",
    [
        "Thông tin do gia đình bệnh nhân cung cấp, nhưng bệnh viện không chịu trách nhiệm về chi phí phát sinh.",
        "Theo bệnh viện, thông tin do người nhà cung cấp; bệnh viện không chịu trách nhiệm về chi phí.",
        "Liên hệ báo chí là việc của phòng truyền thông, ông Nam nói.",
        "Thông tin liên hệ báo chí: ông Nam cho biết sẽ công bố sau.",
    ],
)
def test_a_storys_sentence_of_the_same_words_stays(line: str) -> None:
    page = [*_WIRE, line, "Sản phẩm có giá từ 25.000 đồng một hộp.", "© 2027 Thông cáo Doanh nghiệp"]
    assert _kinds(page)[line] is None
