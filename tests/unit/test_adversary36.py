"""The thirty-sixth adversary held-out set (tests/data/adversary36), round 13's closing blind measurement:
plain-text news pages as people copy them, like /work/shared/corpus — the Mozambican President's visit to
Việt Nam and the start of the Lào Cai–Hà Nội–Hải Phòng railway machine-translated through Chinese, and one
human-written story (drought and coffee growers in Đắk Lắk) that must stay quiet — each with the page chrome
around it, every line annotated chrome or article. Written and annotated before the tool ran on it; the blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary36"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 55789a5; main at 8b2732e): 40 of 50 found, 39 with the accepted fix; these 10 were missed.
BLIND_MISSES = {
    "01_tong_thong_mozambique.txt: T201 'Mô-dăm-bích'",
    "01_tong_thong_mozambique.txt: N108 'Chabo'",
    "01_tong_thong_mozambique.txt: F106 'ông'",
    "01_tong_thong_mozambique.txt: C105 'Mozambican'",
    "01_tong_thong_mozambique.txt: T305 '13 tháng 11'",
    "02_duong_sat_lao_cai.txt: L101 'signalling'",
    "02_duong_sat_lao_cai.txt: F106 'theo'",
    "02_duong_sat_lao_cai.txt: F107 'cho'",
    "02_duong_sat_lao_cai.txt: C103 'Việt phương'",
    "02_duong_sat_lao_cai.txt: C101 'Trung Quốc'",
}
# Blind, two findings outside the planted pairs (README): F106 draws its span over the first two words of the
# cut-off tail where the annotation took the first word.
BLIND_EXTRAS = {
    ("01_tong_thong_mozambique.txt", "F106", "ông Chapo"),
    ("02_duong_sat_lao_cai.txt", "F106", "theo kế"),
}
# Blind chrome: 3 of 94 chrome lines read as article (the railway page's closing byline 'Đỗ Thu Trang' and two
# of its three tags under 'Tags:'); no article line hidden, no line unplaced.
BLIND_CHROME_AS_ARTICLE = {
    "02_duong_sat_lao_cai.txt": ["Đỗ Thu Trang", "đường sắt Lào Cai - Hà Nội - Hải Phòng", "khởi công"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 40 of 50 found, 39 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 50
    assert found >= 40 and fixed >= 39
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_no_worse_than_blind() -> None:
    """Every article line is read as article; no chrome line is read as article beyond the three blind ones."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
