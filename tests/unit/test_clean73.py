"""The clean73 set (tests/data/clean73): four human-written Vietnamese pages on round 36's eighth-wave beats (Cambodia
and Thailand; aviation, routes and airports; AI in education; local weather and disasters), one saved as HTML from a
CMS style no clean set of 61-72 used (an edtech lab's blog on Docusaurus v3), one copied from a browser as text
(menus, crumbs, share line, related links, comments), one Markdown bulletin as a Jekyll site keeps it (YAML front
matter, an editor's HTML comment, a table, a footnote) and one TSV bank of 20 human sentences. Written and committed
blind, then run once (README): the expectations are the blind figures, kept as a floor so that a later fix shows and
nothing gets worse. No detector was changed for this set; later tasks' fixes lower the floor (leftovers77, chrome75)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN73 = Path(__file__).resolve().parents[1] / "data" / "clean73"
DOCS = sorted(p for p in CLEAN73.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")
DOCUSAURUS = CLEAN73 / "01_docusaurus_ai_trong_truong_hoc.html"
TEXT = CLEAN73 / "02_trang_tin_duong_bay_moi_phnom_penh_bangkok.txt"
MARKDOWN = CLEAN73 / "03_markdown_thoi_tiet_lu_mien_trung.md"
BANK = CLEAN73 / "04_cau_tin_campuchia_thai_lan.tsv"

H2S = ("Giáo viên là người kiểm duyệt", "Từ lớp học đến phòng sạch", "Trung tâm dữ liệu cho giáo dục")
QUOTED_RECORD = (
    '"We need Vietnam and Thailand to keep talking, especially about water," ông Somsak Phromma, chuyên gia về sông'
    " Mê Công ở Đại học Chulalongkorn, nói bằng tiếng Anh."
)

# blind figures (README): no major or critical finding; two minor findings, both false alarms on legitimate human
# usage: L101 on the English AI term 'fine-tuning' in the Docusaurus post (beside 'large language model', 'prompt',
# 'RAG', which stayed quiet) and C105 on 'Thai' in the airline name 'Thai AirAsia' (02). The set's target is none.
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# after the fixes (leftovers77): none left. C105 on 'Thai' of 'Thai AirAsia' gone (a CamelCase brand with a name
# word after a country word is the rest of the name); L101 on 'fine-tuning' gone (a sourced hyphenated loan)
# chrome read as article, 2 of 65 chrome lines blind: the Markdown bulletin's bold desk/date line ('**Bản tin thời
# tiết địa phương** · Thứ Bảy, 29/11/2025 · cập nhật 17h30') and its italic footer with links ('*Bản tin do nhóm …
# [lưu trữ](/luu-tru/) · [RSS](/feed.xml)*'); 0 after chrome75's fixes (a short bold label followed only by dates
# and times is a dateline; an italic colophon whose last sentence ends in a row of links is a footer)
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome, 0 of 67 article lines blind
ARTICLE_LEFT: dict[str, set[str]] = {}
# article not read as written, 4 of 67 blind: the three Docusaurus h2s, whose segments keep the hash-link anchor's
# zero-width space (U+200B) that the annotation (as a reader sees the page) leaves out; and the TSV record that opens
# with a quotation mark, my annotation's fault, not the reader's: the script that wrote the annotation read the TSV
# with CSV quoting and dropped the record's two '"', which the reader rightly keeps. The annotation was corrected
# after the blind run (README), so only the three h2s are left
# after the fixes (leftovers77): the readers drop the zero-width space, so the three h2s are read as written
MISSING_LEFT: dict[str, set[str]] = {}
# the same as segments on no annotated line: 4 blind, 3 after the annotation's correction
UNPLACED_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 4 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    # a TSV field is not quoted: read the records as written (no CSV quoting)
    with BANK.open(encoding="utf-8", newline="") as handle:
        records = [row["mt"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert len(records) == 20 and QUOTED_RECORD in records
    # every record is one segment or more, in order, verbatim (the quotation marks kept), and nothing else (not the
    # header) is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert joined == "".join(records).replace(" ", "")


def test_docusaurus_scripts_and_chrome_are_not_article() -> None:
    """The inline theme script, the JSON-LD and the meta description give no segment; the first article segment is
    the h1, and the right-hand table of contents (repeating the h2s) is chrome."""
    segments = page_segments(DOCUSAURUS)
    assert not any("data-theme" in s.text or "schema.org" in s.text or "@context" in s.text for s in segments)
    article = [s for s in segments if not s.boilerplate]
    assert article and article[0].text.startswith("Đưa AI vào lớp học")
    assert not any(s.text.startswith("Bản quyền ©") or s.text == "Sửa trang này" for s in article)


def test_jekyll_front_matter_and_comment_are_not_article() -> None:
    """The YAML front matter, the editor's HTML comment and the table's '|---|' row give no article segment."""
    segments = [s for s in page_segments(MARKDOWN) if not s.boilerplate]
    assert segments and segments[0].text.startswith("Không khí lạnh về")
    assert not any(s.text.startswith(("layout:", "title:", "date:", "categories:", "author:")) for s in segments)
    assert not any("không sửa số liệu trạm" in s.text for s in segments)
    assert not any(set(s.text) <= set("|-: ") for s in segments)


def test_text_page_comments_are_read() -> None:
    """The readers' comments (N) are read; the commenter names and 'Trả lời · Thích · N giờ trước' lines are chrome."""
    segments = page_segments(TEXT)
    assert any(s.text.startswith("Tuần trước mình bay SGN - KTI") for s in segments)
    assert all(s.boilerplate for s in segments if s.text.startswith("Trả lời ·"))


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
    assert set(score.article_missing) <= MISSING_LEFT.get(path.name, set())
    assert set(score.unplaced) <= UNPLACED_LEFT.get(path.name, set())
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
