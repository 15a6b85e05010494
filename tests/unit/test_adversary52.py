"""The fifty-second adversary held-out set (tests/data/adversary52): plain-text news pages machine-translated through
Chinese on Việt Nam with Russia, Belarus, Central Asia and Eastern Europe (Belarus's Prime Minister in Hà Nội, a
container train to Kazakhstan and Uzbekistan, Vietsovpetro with Russia's Zarubezhneft, Hungary's scholarships) and
one human-written page on Vietnamese Culture Days in Mát-xcơ-va and Min-xcơ (old hyphenated spellings) that must
stay quiet, each with the page chrome around it, every line annotated chrome or article. Written and annotated
before the tool ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary52"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 43ba2b4; main at 38576f4): 57 of 69 found, 56 with the accepted fix; these 12 were missed.
BLIND_MISSES = {
    "01_belarus_hoi_dam.txt: C101 'Trung Quốc'",
    "01_belarus_hoi_dam.txt: N103 'Thủ tướng Belarus Roman Golovchenko'",
    "01_belarus_hoi_dam.txt: F106 'ông'",
    "02_kazakhstan_duong_sat.txt: C106 'Tashigan'",
    "02_kazakhstan_duong_sat.txt: C108 'Uzbekistan'",
    "02_kazakhstan_duong_sat.txt: N107 'Uzbekistan'",
    "03_nga_dau_khi.txt: N103 'Thủ tướng Nga Dmitry Medvedev'",
    "03_nga_dau_khi.txt: C108 'Việt Nam'",
    "04_hungary_hoc_bong.txt: L101 'exchange semester'",
    "04_hungary_hoc_bong.txt: N103 'Tổng thống Hungary Katalin Novák'",
    "04_hungary_hoc_bong.txt: T101 'Bùi Lê Thai'",
    "04_hungary_hoc_bong.txt: C108 'Serbia'",
}
# After this branch's fixes (README): 63 of 69 found, 60 with the accepted fix. The F106 annotation's span was
# corrected to the tool's ('ông Turchin': the fragment's subject, found blind); the 6 left:
AFTER_MISSES = {
    "01_belarus_hoi_dam.txt: C101 'Trung Quốc'",
    "01_belarus_hoi_dam.txt: N103 'Thủ tướng Belarus Roman Golovchenko'",
    "02_kazakhstan_duong_sat.txt: C108 'Uzbekistan'",
    "04_hungary_hoc_bong.txt: L101 'exchange semester'",
    "04_hungary_hoc_bong.txt: T101 'Bùi Lê Thai'",
    "04_hungary_hoc_bong.txt: C108 'Serbia'",
}
# Blind, the findings outside the planted pairs: F106 took the cut sentence's subject with it ('ông Turchin', the
# annotation had 'ông'); C105 read the mark-less last syllable of a Vietnamese name ('Bùi Lê Thai') as English 'Thai'.
BLIND_EXTRAS = {
    ("01_belarus_hoi_dam.txt", "F106", "ông Turchin"),
    ("04_hungary_hoc_bong.txt", "C105", "Thai"),
}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page ('Mát-xcơ-va', 'Bê-la-rút', 'Min-xcơ', 'Xanh Pê-téc-bua')."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 57 of 69 found, 56 with the accepted fix; after this branch's fixes 63 and 60."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 63 and fixed >= 60
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)
    assert {m for m in AFTER_MISSES if "F106" not in m} <= BLIND_MISSES


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind and after: every line read as annotated, chrome and article, on all five pages."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == [], path.name
        assert score.chrome_as_article == [], path.name
