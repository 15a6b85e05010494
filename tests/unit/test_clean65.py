"""The clean65 set (tests/data/clean65): five human-written Vietnamese pages on round 35's beats (India and Việt Nam;
Laos and hydropower; typhoons and floods; the stock market; hospitals and drug shortages), two saved as HTML from CMSs
no earlier clean set used (a commune's Liferay portal, a Django/Wagtail market site with a data table and a
csrfmiddlewaretoken form), one copied from a browser as text (menus, path, share and reaction lines, related links,
comments), one Jekyll Markdown post and one TSV of human sentences. Written and committed blind, then run once
(README): the expectations are the blind figures, kept as a floor so that a later fix shows and nothing gets worse.
No detector was changed for this set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN65 = Path(__file__).resolve().parents[1] / "data" / "clean65"
DOCS = sorted(p for p in CLEAN65.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")
LIFERAY = CLEAN65 / "01_cong_thong_tin_xa_lu_lut_cuu_tro.html"
WAGTAIL = CLEAN65 / "02_django_vn_index_khoi_ngoai.html"
JEKYLL = CLEAN65 / "04_markdown_thuy_dien_lao_va_cao_toc.md"

# blind figures (README): one finding, major: C104 on 'Vạn Tượng' (04), the old Hán-Việt name of Viêng Chăn that the
# human text gives on purpose ('Người Việt xưa gọi Viêng Chăn là Vạn Tượng. Từ Vạn Tượng đến Hà Nội …'): the first
# mention, in the sentence that names Viêng Chăn, stayed quiet; the second, after 'Từ', was read as an MT calque of
# 万象. Gone since a gloss counts for the whole document (round 35): no finding left
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# chrome read as article 9 of 130 blind: the Liferay portal's rating line and six side-portlet lines (hotline numbers,
# the visit counter), the Jekyll post's italic by-line and its italic footer (the blog's name, tagline and licence).
# None left since leftovers60 (a counter's or hotline's box under its title, the rating heading with its count, a
# 'Ghi chép của NAME, date' by-line, a licence notice after a site name of up to eight words)
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome: none (the three captions ending in a photo credit are annotated C, the README's convention)
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_rows_are_all_read_whole() -> None:
    path = CLEAN65 / "05_cau_tin_an_do_viet_nam.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row["mt"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    # two rows open with an English quote and go on after it: kept whole with their quotation marks
    assert len(rows) == 20 and [s.text for s in page_segments(path)] == rows


def test_scripts_and_form_tokens_are_not_text() -> None:
    """The Liferay ThemeDisplay script and the Django form's csrfmiddlewaretoken value give no segment."""
    texts = [s.text for path in (LIFERAY, WAGTAIL) for s in page_segments(path)]
    assert texts and not any("ThemeDisplay" in t or "getScopeGroupId" in t or "Xk3v9QzL2mPa7" in t for t in texts)


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
