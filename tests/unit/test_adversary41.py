"""The forty-first adversary held-out set (tests/data/adversary41): plain-text news pages machine-translated
through Chinese (a Prime Minister's visit to Norway, an ASEAN economic ministers' meeting, coffee for Mexico,
VinFast in India) and one human-written education story (Việt Nam and Ireland) that must stay quiet, each with
the page chrome around it, every line annotated chrome or article. Written and annotated before the tool ran on
it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary41"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 477de49; main at efbb7ce): 59 of 70 found, 56 with the accepted fix; these 11 were missed.
BLIND_MISSES = {
    "01_na_uy_hoi_dam.txt: L101 'roadmap'",
    "02_asean_aem_kuala_lumpur.txt: N108 'Gao Jinhong'",
    "02_asean_aem_kuala_lumpur.txt: L101 'digital'",
    "03_ca_phe_mexico.txt: C101 'Trung Quốc'",
    "03_ca_phe_mexico.txt: C106 'Weilakelusi'",
    "03_ca_phe_mexico.txt: N103 'Tổng thống Mexico Andrés Manuel López Obrador'",
    "04_vinfast_an_do.txt: C106 'Tutigelin'",
    "04_vinfast_an_do.txt: C101 'Trung Quốc'",
    "04_vinfast_an_do.txt: N108 'Sidalin'",
    "04_vinfast_an_do.txt: C107 'Tháp Tháp'",
    "04_vinfast_an_do.txt: F111 'được được'",
}
# After this branch's fixes (README): C101's ranked-owner frame finds both 'Trung Quốc', people.tsv's López Obrador
# row the former President (span title and name, no fix offered: the annotation's span), companies.tsv's 塔塔 'Tháp
# Tháp', N101 offers the spelling the document writes most ('Phan Thị Thắng'), F111 reads 'sẽ được được'; 64 of 70
# found, 61 with the accepted fix. Lead, after the merge: the Secretary-General of ASEAN as an office finds 'Gao
# Jinhong' (Kao Kim Hourn): 65 and 62. The 5 left:
AFTER_MISSES = {
    "01_na_uy_hoi_dam.txt: L101 'roadmap'",
    "02_asean_aem_kuala_lumpur.txt: L101 'digital'",
    "03_ca_phe_mexico.txt: C106 'Weilakelusi'",
    "04_vinfast_an_do.txt: C106 'Tutigelin'",
    "04_vinfast_an_do.txt: N108 'Sidalin'",
}
# Round 16 (domestic16): historical_people.tsv has 斯大林 Stalin, and N108 no longer takes 'Nadu' of 'Tamil Nadu' into
# the span: 'Sidalin' found with the fix 'Stalin'. 66 of 70, 63 with the fix; the 4 left:
ROUND16_MISSES = AFTER_MISSES - {"04_vinfast_an_do.txt: N108 'Sidalin'"}
# Round 17 (misses17): C106 reads run-together pinyin in a place's slot ('các bang Chiapas, Weilakelusi', 'thành phố
# cảng Tutigelin') in an article with other places in pinyin, without a fix: 68 of 70, 63 with the fix; the 2 left:
ROUND17_MISSES = ROUND16_MISSES - {"03_ca_phe_mexico.txt: C106 'Weilakelusi'", "04_vinfast_an_do.txt: C106 'Tutigelin'"}
# Blind, the one finding outside the planted pairs: N101 takes the Cambodian 'Gao Jinhong' (planted as N108).
BLIND_EXTRAS = {("02_asean_aem_kuala_lumpur.txt", "N101", "Gao Jinhong")}
# Blind chrome: 8 of 108 chrome lines read as article; no article line hidden (after the fixes: none).
BLIND_CHROME_AS_ARTICLE = {
    "01_na_uy_hoi_dam.txt": ["A- A+", "Hoàng Yến (từ Oslo)"],
    "02_asean_aem_kuala_lumpur.txt": ["Thanh Hà - Lê Minh (từ Kuala Lumpur)"],
    "04_vinfast_an_do.txt": [
        "DOANH NGHIỆP VIỆT TOÀN CẦU",
        "Đầu tư ra nước ngoài",
        "Thương hiệu Việt",
        "Công nghệ",
        "Ô tô - Xe máy",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 59 of 70 found, 56 with the accepted fix; after this branch's fixes 64 and 61; after the lead's 65, 62;
    after round 16's 66, 63."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 68 and fixed >= 63
    assert set(missed) <= ROUND17_MISSES <= ROUND16_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(
        set(missed) - ROUND17_MISSES
    )


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: 8 chrome lines read as article (BLIND_CHROME_AS_ARTICLE); after the byline, font-size widget and
    masthead fixes every line is read as annotated."""
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 8
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], (path.name, score.chrome_as_article)
