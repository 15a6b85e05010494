"""The clean70 set (tests/data/clean70): five human-written Vietnamese pages on round 36's beats (gold, banks and the
dong; tech start-ups; China and Việt Nam, the Lào Cai - Hà Khẩu rail link, border trade and Chinese tourists; SEA Games
33 and ASEAN football; local government after the 2025 mergers), two saved as HTML from CMS styles no clean set of
61-69 used (a Vietnamese bank's news page on Liferay, a Gatsby magazine), one copied from a browser as text (menus,
path, share line, related links, comments), one Markdown post with TOML front matter and one JSONL bank of 20 human
sentences. Written and committed blind, then run once (README): the expectations were the blind figures, kept as a
floor; after leftovers72's fixes they are the set's target (no finding, every line placed as annotated)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN70 = Path(__file__).resolve().parents[1] / "data" / "clean70"
DOCS = sorted(p for p in CLEAN70.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")
LIFERAY = CLEAN70 / "01_liferay_ngan_hang_gia_vang_ty_gia.html"
GATSBY = CLEAN70 / "02_gatsby_startup_goi_von_series_a.html"
TEXT = CLEAN70 / "03_trang_tin_duong_sat_lao_cai_ha_khau.txt"
MARKDOWN = CLEAN70 / "04_markdown_sea_games_33_bong_da_asean.md"
BANK = CLEAN70 / "05_cau_tin_sap_nhap_xa_phuong_moi.jsonl"

# blind figures (README): two major findings, both false alarms on one record of the JSONL bank (dp-13) that names
# Li Qiang and Wang Yi in pinyin on purpose, to say how the English press writes the two names the Vietnamese press
# reads in Hán-Việt ('… theo âm Hán - Việt, còn báo tiếng Anh viết Li Qiang và Wang Yi.'): N101 on 'Li Qiang' and on
# 'Wang Yi'. After the fixes (leftovers72: a pinyin name cited as a spelling of a person named in Hán-Việt,
# audit/lang/cited_names.py): none, the set's target.
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# chrome read as article, 1 of 105 blind: the text page's photo caption in brackets with its credit ('(Ảnh: … Kim
# Thành. Ảnh: Đỗ Minh Tuấn)'). After the fixes (leftovers72, a caption row of references/boilerplate.tsv): none.
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome or not read, 0 of 85 blind
ARTICLE_LEFT: dict[str, set[str]] = {}
MISSING_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".jsonl", ".md", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    records = [json.loads(line)["mt"] for line in BANK.read_text(encoding="utf-8").splitlines() if line.strip()]
    # every record is one segment or more, in order, and nothing else is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert len(records) == 20 and joined == "".join(records).replace(" ", "")


def test_scripts_and_gatsby_plumbing_are_not_text() -> None:
    """Liferay's inline `Liferay.*` scripts and the Gatsby loader and chunk-mapping scripts give no segment."""
    texts = [s.text for path in (LIFERAY, GATSBY) for s in page_segments(path)]
    assert texts and not any(
        "Liferay" in t or "themeDisplay" in t or "___gatsby" in t or "pagePath" in t or "chunkMapping" in t
        for t in texts
    )


def test_toml_front_matter_and_table_rule_are_not_article() -> None:
    """The Markdown post's TOML front matter ('+++' … '+++') gives no article segment, and the table's '|---|' row
    gives no article text."""
    segments = [s for s in page_segments(MARKDOWN) if not s.boilerplate]
    assert segments and segments[0].text.startswith("Trước thềm SEA Games 33")
    assert not any(
        s.text.startswith(("+++", "title =", "date =", "authors =", "tags =", "[taxonomies]")) for s in segments
    )
    assert not any(set(s.text) <= set("|-: ") for s in segments)


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
    assert set(score.article_missing) <= MISSING_LEFT.get(path.name, set()) and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
