"""The twenty-fourth adversary held-out set (tests/data/adversary24): a blind measurement in round 10 of
English→Vietnamese MT with its source in new domains. A lease in XLIFF 1.2 with inline codes, a medicine leaflet
as TSV src/mt/ref, a travel-booking site's UI strings in gettext PO, an earnings release as JSONL and a lecture's
subtitle cues as XLIFF 2.0 were written and annotated before the tool ran on them; two human-quality record files
(a bike-sharing app's PO catalogue, a water utility's notice as TSV) must get no major finding. The blind figures
are the floor; README says what was missed and why, and which fixes followed (tested below on records outside
the set)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary24"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 0f62cd2): 67 of 70 found, all 67 with the accepted fix; these 3 were missed.
BLIND_MISSES = [
    "03_dat_phong_du_lich.vi.po: A101 '2'",
    "03_dat_phong_du_lich.vi.po: L102 'Pay at the property'",
    "04_thong_cao_corvanta.jsonl: L101 'Free cash flow'",
]
# Blind, three findings outside the planted (rule, span) pairs: A104 on a translated link read through its
# attribute's closing quote into the link text, a part of the planted 'Free cash flow', and a false A101 on
# '14' for the '2' of 'from 2 to 4 p.m.'.
BLIND_EXTRAS = {
    ("03_dat_phong_du_lich.vi.po", "A104", 'https://triplantern.example/quyen-rieng-tu">ch'),
    ("04_thong_cao_corvanta.jsonl", "L101", "flow"),
    ("05_bai_giang_kinh_te_hanh_vi.xlf", "A101", "14"),
}
# Blind, one major finding on the clean files: A104 read the link of <a href="…/terms">terms of use</a> through
# the closing quote ('…/terms">terms'), so the translated link text made the link differ.
BLIND_CLEAN = {("01_xe_dap_cong_cong.vi.po", "A104", "https://pedalcity.example/terms")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".po", ".tsv"]
    assert [p.suffix for p in MT] == [".xlf", ".tsv", ".po", ".jsonl", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """139 records in XLIFF 1.2, TSV, PO, JSONL and XLIFF 2.0, each with its source."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and all(s.source for s in segments)
    assert len(segments) == 139


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 67 of 70 found, all with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 67 and fixed >= 67
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_clean_files_at_most_the_blind_finding() -> None:
    """Blind: one major finding on the clean files (BLIND_CLEAN); no other finding of any severity."""
    found = {(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)}
    assert found <= BLIND_CLEAN


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 69, 69
AFTER_FIX_MISSES = {"03_dat_phong_du_lich.vi.po: A101 '2'"}
AFTER_FIX_EXTRAS = {("03_dat_phong_du_lich.vi.po", "A104", "https://triplantern.example/quyen-rieng-tu")}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 69 of 70, all with the accepted fix; outside the planted pairs only the true A104 on the
    translated link (now with the link alone as its span)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES
    extras = set(unplanted_findings(MT))
    assert extras == AFTER_FIX_EXTRAS and not extras & BLIND_EXTRAS  # the blind extras are gone


def test_human_translations_get_no_finding_after_the_fixes() -> None:
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


# --- the fixes, on records outside the set (firing and quiet) --------------------------------------------


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_pairs

    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_a_link_ends_at_the_quote_of_its_attribute() -> None:
    """'<a href="…/refunds">refund rules</a>': the link is '…/refunds', not '…/refunds">refund'; kept, no finding;
    translated, the link alone is flagged with the source's as the fix."""
    src = 'Read the <a href="https://harbourline.example/refunds">refund rules</a> first.'
    kept = 'Hãy đọc <a href="https://harbourline.example/refunds">quy định hoàn tiền</a> trước.'
    assert _found_pairs(src, kept, "A104") == []
    moved = 'Hãy đọc <a href="https://harbourline.example/hoan-tien">quy định hoàn tiền</a> trước.'
    assert _found_pairs(src, moved, "A104") == [
        ("https://harbourline.example/hoan-tien", "https://harbourline.example/refunds")
    ]
    single = "See <a href='http://www.ferrylines.example/winter'>the timetable</a>."
    assert _found_pairs(single, "Xem <a href='http://www.ferrylines.example/winter'>lịch tàu</a>.", "A104") == []
    bracketed = "Map: <https://osm.example/map?lat=10&lon=106>"
    assert _found_pairs(bracketed, "Bản đồ: <https://osm.example/map?lat=10&lon=106>", "A104") == []


def test_the_first_hour_of_a_range_takes_the_pm_after_the_second() -> None:
    src = "The pharmacy is open on Sundays from 3 to 7 p.m."
    assert _found_pairs(src, "Nhà thuốc mở cửa vào Chủ nhật từ 15 đến 19 giờ.", "A101") == []
    assert _found_pairs(src, "Nhà thuốc mở cửa vào Chủ nhật từ 3 đến 7 giờ tối.", "A101") == []
    assert [t for t, _ in _found_pairs(src, "Nhà thuốc mở cửa vào Chủ nhật từ 13 đến 19 giờ.", "A101")] == ["13"]
    assert _found_pairs("Viewings run between 1 and 5 p.m.", "Giờ xem nhà từ 13 đến 17 giờ.", "A101") == []
    # the earlier hour only: 'from 11 to 2 p.m.' is 11 in the morning
    assert _found_pairs("Lunch is served from 11 to 2 p.m.", "Bữa trưa phục vụ từ 11 đến 14 giờ.", "A101") == []
    assert [t for t, _ in _found_pairs("Lunch is served from 11 to 2 p.m.", "Bữa trưa từ 23 đến 14 giờ.", "A101")] == [
        "23"
    ]


def test_a_loan_opening_the_sentence_before_english_words() -> None:
    from audit.api import audit_text

    def hits(text: str) -> list[tuple[str, str]]:
        return [(f.text, str(f.severity)) for f in audit_text(text, select=["L101"])]

    assert hits("Free cash flow của hãng giảm trong quý hai.") == [("Free cash flow", "major")]
    for quiet in (
        "Apple cho biết doanh số iPhone tăng.",
        "Free Fire là trò chơi được yêu thích.",
        "Happy hour bắt đầu lúc 17 giờ tại quán.",
        "Big data đang thay đổi ngành ngân hàng.",
    ):
        assert hits(quiet) == [], quiet


def test_a_short_record_copied_through_from_its_english_source() -> None:
    """Too short for langdetect, a record whose translation is its English source copied through is untranslated
    when most of its words are lowercase common English words; names, titles and placeholders stay quiet."""
    from audit.api import audit_pairs

    def hits(source: str, target: str) -> list[str]:
        pairs = [("The hotel has a pool.", "Khách sạn có hồ bơi."), (source, target)]
        return [f.text for f in audit_pairs(pairs, select=["L102"])]

    assert hits("Add to cart", "Add to cart") == ["Add to cart"]
    assert hits("Show %d more reviews", "Show %d more reviews") == ["Show %d more reviews"]
    assert hits("Add to cart", "Thêm vào giỏ") == []
    for copied in ("Bank of America", "Google Play services", "Log out", "Page %s of %s", "Wi-Fi hotspot"):
        assert hits(copied, copied) == [], copied
