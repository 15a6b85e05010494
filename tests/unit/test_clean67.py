"""The clean67 set (tests/data/clean67): four human-written Vietnamese pages on Việt Nam's neighbours and partners
(Cambodia and Laos; Singapore; the Mekong Delta; Korea and Japan), one saved as HTML from a CMS no earlier clean set
used (an Astro site with <astro-island> components), one copied from a browser as text (menus, path, share line,
related links, a comment), one Jekyll Markdown post with YAML front matter and one TSV bank of human sentences.
Written and committed blind, then run once (README): the expectations are the blind figures, kept as a floor so that
a later fix shows and nothing gets worse. No detector was changed for this set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN67 = Path(__file__).resolve().parents[1] / "data" / "clean67"
DOCS = sorted(p for p in CLEAN67.iterdir() if p.suffix in {".txt", ".html", ".md", ".tsv"} and p.name != "README.md")
ASTRO = CLEAN67 / "01_astro_campuchia_lao_thuong_mai.html"
TEXT = CLEAN67 / "02_trang_tin_singapore_dau_tu.txt"
JEKYLL = CLEAN67 / "03_jekyll_man_dong_bang_song_cuu_long.md"
BANK = CLEAN67 / "04_cau_tin_han_quoc_nhat_ban_dau_tu_lao_dong.tsv"

# blind figures (README): one major finding, a false alarm: C102 read the Lao side of the border-gate pair 'Cha Lo -
# Na Phàu' (Quảng Bình - Khammouane) as a calqued two-country abbreviation ('Lo - Na' -> 'Lào – Na Uy'). Kept here
# as the blind floor so that the fix the next task owes shows; it must not grow.
# after round 35's fix (C102 leaves a pair with a capitalised word on both sides, two names joined): the major gone
SERIOUS_LEFT: dict[str, int] = {}
# and one minor: N101 on the Singaporean founder 'Tan Li Ting' (a Singaporean Chinese name in its own spelling);
# after leftovers64 (a dialect-spelt surname before a given name written syllable by syllable is no pinyin): none
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
# chrome read as article, 2 of 63 blind: the Jekyll post's posting line under the H1 ('Đăng ngày thứ Tư 26/11/2025 ·
# Phóng sự của Trương Thị Mỹ Hạnh tại Vĩnh Long và Cần Thơ') and its italic section footer with a feedback e-mail
# ('*Bài thuộc chuyên mục Miền Tây hôm nay. Góp ý: miental@…*'); after leftovers64 (two boilerplate.tsv rows): none
CHROME_LEFT: dict[str, set[str]] = {}
# article read as chrome, 0 of 61 blind
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 4 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".md", ".tsv", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read() -> None:
    with BANK.open(encoding="utf-8", newline="") as handle:
        records = [row["mt"] for row in csv.DictReader(handle, delimiter="\t")]
    # every record is one segment or more, in order, and nothing else (not the header) is read from the file
    joined = "".join(s.text for s in page_segments(BANK)).replace(" ", "")
    assert len(records) == 20 and joined == "".join(records).replace(" ", "")


def test_astro_islands_and_scripts_are_not_text() -> None:
    """The Astro islands' attributes (component URLs, props JSON, the search placeholder) and the inline hydration
    script give no segment."""
    texts = [s.text for s in page_segments(ASTRO)]
    assert texts and not any(
        "_astro" in t or "component-url" in t or "Astro.idle" in t or "astro:idle" in t or "Tìm bài viết" in t
        for t in texts
    )


def test_yaml_front_matter_is_not_text() -> None:
    """The Jekyll post's YAML front matter between '---' lines gives no segment; the first segment is the H1."""
    segments = page_segments(JEKYLL)
    assert segments and segments[0].text.startswith("Mặn sớm ở Đồng bằng sông Cửu Long")
    assert not any(s.text.startswith(("layout:", "title:", "date:", "categories:")) for s in segments)


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
