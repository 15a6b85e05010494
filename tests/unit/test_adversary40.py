"""The fortieth adversary held-out set (tests/data/adversary40): plain-text news pages on Việt Nam's relations
with one partner (Tanzania, Egypt, Azerbaijan, Bangladesh) machine-translated through Chinese, and one
human-written bilateral story (Việt Nam and Uruguay) that must stay quiet, each with the page chrome around it,
every line annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are
the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary40"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at b22713b; main at 741fb87): 45 of 63 found, 40 with the accepted fix; these 18 were missed.
BLIND_MISSES = {
    "01_tanzania_hoi_dam.txt: C106 'Dalaisisalamu'",
    "01_tanzania_hoi_dam.txt: N108 'Samiya'",
    "01_tanzania_hoi_dam.txt: T201 'Tan-da-ni-a'",
    "01_tanzania_hoi_dam.txt: N103 'Bùi Thanh Sơn'",
    "01_tanzania_hoi_dam.txt: F106 'theo'",
    "02_ai_cap_dien_dan.txt: C101 'Trung Quốc'",
    "02_ai_cap_dien_dan.txt: F106 'ông'",
    "03_azerbaijan_quoc_hoi.txt: T201 'A-déc-bai-gian'",
    "03_azerbaijan_quoc_hoi.txt: L101 'transit'",
    "03_azerbaijan_quoc_hoi.txt: F107 'về'",
    "03_azerbaijan_quoc_hoi.txt: T101 'Gafarowa'",
    "04_bangladesh_gao.txt: C106 'Mengjiala'",
    "04_bangladesh_gao.txt: C104 'Mạnh Gia Lạp'",
    "04_bangladesh_gao.txt: N103 'Sheikh Hasina'",
    "04_bangladesh_gao.txt: N108 'Younusi'",
    "04_bangladesh_gao.txt: C102 'Việt-Bang'",
    "04_bangladesh_gao.txt: F106 'các'",
    "04_bangladesh_gao.txt: C106 'Daka'",
}
# Blind, findings outside the planted pairs (README): F106 draws its span over two words where the annotation
# took one, and N108 takes 'Mengjiala' (the country, planted as C106) for a person.
BLIND_EXTRAS = {
    ("01_tanzania_hoi_dam.txt", "F106", "theo chương"),
    ("02_ai_cap_dien_dan.txt", "F106", "ông cũng"),
    ("04_bangladesh_gao.txt", "F106", "các cơ"),
    ("04_bangladesh_gao.txt", "N108", "Mengjiala"),
}
# Blind chrome: 1 of 75 chrome lines read as article (the font-size tool line); no article line hidden.
BLIND_CHROME_AS_ARTICLE = {"02_ai_cap_dien_dan.txt": ["Cỡ chữ: A- A A+"]}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 45 of 63 found, 40 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 63
    assert found >= 45 and fixed >= 40
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_round_15() -> None:
    """After names15 (round 15): 'bà Gafarowa' beside 'Sahiba Gafarova' (T101: a lone surname with a v/w twin,
    test_t101_one_mark_or_letter.py on other names): 46 of 63, 41 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert (expected, found, fixed) >= (63, 46, 41)
    assert "03_azerbaijan_quoc_hoi.txt: T101 'Gafarowa'" not in missed


def test_mt_recall_after_the_round_15_merges() -> None:
    """With places15 merged too (pinyin capitals and large cities: 'Daka' for Dhaka, 'Mengjiala' for Bangladesh):
    49 of 63, 44 with the accepted fix."""
    expected, found, fixed, _ = score_planted(MT)
    assert (expected, found, fixed) >= (63, 49, 44)


# After the blind run, holder15's month-precise former-holder check (merged the same round) finds the planted former
# Foreign Minister in the November 2025 story, and the lead's Bangladeshi rows (people.tsv) the former Prime Minister;
# the finding's span is the title with the name, the annotation's the name alone, so the scoring counts each as a
# miss and an unplanted finding.
AFTER_EXTRAS = {
    ("01_tanzania_hoi_dam.txt", "N103", "Bộ trưởng Ngoại giao Bùi Thanh Sơn"),
    ("04_bangladesh_gao.txt", "N103", "Thủ tướng Bangladesh Sheikh Hasina"),
}


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS | AFTER_EXTRAS


def test_mt_recall_after_round_17() -> None:
    """Round 17 (misses17): C106 finds 'thủ đô Dalaisisalamu' by its shape (run-together pinyin in a place's slot in
    an article with other places in pinyin, no fix), T201 'Tan-da-ni-a' and 'A-déc-bai-gian' spelled out beside
    'Tanzania' and 'Azerbaijan', and N108 'Tổng thống Samiya' with the fix 'Samia' (a pinyin word after a title
    that sounds like a Latin name the story writes: 'Samia Suluhu Hassan'; tests on other places, countries and
    names in test_misses17.py): 53 of 63, 47."""
    expected, found, fixed, missed = score_planted(MT)
    assert (expected, found, fixed) >= (63, 53, 47)
    assert not {
        "01_tanzania_hoi_dam.txt: N108 'Samiya'",
        "01_tanzania_hoi_dam.txt: C106 'Dalaisisalamu'",
        "01_tanzania_hoi_dam.txt: T201 'Tan-da-ni-a'",
        "03_azerbaijan_quoc_hoi.txt: T201 'A-déc-bai-gian'",
    } & set(missed)


def test_page_chrome_no_worse_than_blind() -> None:
    """Every article line is read as article; no chrome line is read as article beyond the blind one."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
