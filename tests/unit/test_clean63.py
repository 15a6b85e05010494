"""The clean63 set (tests/data/clean63): five human-written Vietnamese pages on round 34's beats (Japan and Việt Nam:
ODA and trainees; pensions and social insurance; the North–South high-speed railway; Indonesia and Malaysia;
university admissions; electric vehicles), two saved as HTML from different CMSs (a Joomla 4 education site, a
Next.js news site with a rates table and a __NEXT_DATA__ script), one copied from a browser as text (menus, path,
share and like lines, related links, comments), one Hugo Markdown page and one TSV of human sentences. Written and
committed blind, then run once (README): the expectations are the blind figures, kept as a floor so that a later fix
shows and nothing gets worse. No detector was changed for this set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN63 = Path(__file__).resolve().parents[1] / "data" / "clean63"
DOCS = sorted(p for p in CLEAN63.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")

# blind figures (README): no finding at all (critical, major or minor); chrome read as article 1 of 93 (04: the
# railway group's italic footer line under the closing '---' rule, its name and a disclaimer 'Bài viết thể hiện quan
# điểm của tác giả, không đại diện cho cơ quan nào.'); article read as chrome 2 of 79 (01: the Joomla figcaption
# ending 'Ảnh: Hà Linh'; 02: the Next.js figcaption ending 'Ảnh: Đức Thắng' — annotated A as earlier sets annotate
# captions, the project's caption convention reads them as captions). Misses are for a later task
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# after the lead's fix of round 34 (the disclaimer footer row takes the site's name and tagline before it): none
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT = {
    "01_joomla_tuyen_sinh_dai_hoc_2026.html": {
        "Đại diện hai trường ký biên bản hợp tác chương trình 2+2 tại Hải Phòng chiều 27/11. Ảnh: Hà Linh"
    },
    "02_nextjs_thuc_tap_sinh_va_oda_nhat_ban.html": {
        "Đoàn tàu tuyến metro số 1 Bến Thành – Suối Tiên, dự án dùng vốn vay ODA Nhật Bản, vào ga Ba Son sáng"
        " 22/11. Ảnh: Đức Thắng"
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_rows_are_all_read_whole() -> None:
    path = CLEAN63 / "05_cau_tin_indonesia_malaysia_xe_dien.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row["mt"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    # two rows open with an English quote and go on after it: kept whole with their quotation marks
    assert len(rows) == 20 and [s.text for s in page_segments(path)] == rows


def test_next_data_script_is_not_text() -> None:
    """The Next.js page's __NEXT_DATA__ JSON (slug, buildId) is a script: no segment of it."""
    texts = [s.text for s in page_segments(CLEAN63 / "02_nextjs_thuc_tap_sinh_va_oda_nhat_ban.html")]
    assert texts and not any("buildId" in t or "__N_SSP" in t or "pageProps" in t for t in texts)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_left(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_only_the_blind_ones(path: Path) -> None:
    found = {(f.rule, f.text) for _, f in findings_of(path)}
    assert found <= FINDINGS_LEFT.get(path.name, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_left(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
