"""The thirty-seventh adversary held-out set (tests/data/adversary37): a blind measurement in round 13.
Three saved news pages machine-translated through Chinese, each a template new to the sets (a provincial
government portal, a business magazine, a sports daily), with their chrome and article lines annotated, were
written and annotated before the tool ran on them; a human regional-paper page must stay quiet. The blind figures
are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary37"
CLEAN = sorted((ADVERSARY / "clean").glob("*.html"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 4814f41, data at 8ad0c92): 35 of 52 found, 35 with the accepted fix; these 17 were missed.
BLIND_MISSES = {
    "01_quang_ninh_han_quoc.html: C106 'Yuntun'",
    "01_quang_ninh_han_quoc.html: C101 'Trung Quốc'",
    "01_quang_ninh_han_quoc.html: T101 'Nguyễn Minh Sớn'",
    "01_quang_ninh_han_quoc.html: C103 'Hàn phương'",
    "01_quang_ninh_han_quoc.html: N109 'Li Zaiming'",
    "01_quang_ninh_han_quoc.html: C106 'Mangjie'",
    "02_ca_phe_singapore.html: C107 'Đạm Mã Tích'",
    "02_ca_phe_singapore.html: C101 'Trung Quốc'",
    "02_ca_phe_singapore.html: N108 'Huang Xuncai'",
    "02_ca_phe_singapore.html: C108 'Hàn Quốc'",
    "03_cahn_buriram.html: C107 'Vũ Lý Nam'",
    "03_cahn_buriram.html: C106 'Meiting'",
    "03_cahn_buriram.html: C101 'Trung Quốc'",
    "03_cahn_buriram.html: C103 'Thái phương'",
    "03_cahn_buriram.html: N102 \"Lai'ao·Atu'er\"",
    "03_cahn_buriram.html: T101 'Quang Hai'",
    "03_cahn_buriram.html: C104 'Tân Gia Ba'",
}
# Blind, two findings outside the planted pairs: 'Li Zaiming' found by N108 with the right fix (Lee Jae-myung;
# annotated N109), and 'Huang Xuncai' (Lawrence Wong) read by N101 as a Vietnamese name ('Huỳnh Huấn Tài').
BLIND_EXTRAS = {
    ("01_quang_ninh_han_quoc.html", "N108", "Li Zaiming"),
    ("02_ca_phe_singapore.html", "N101", "Huang Xuncai"),
}
# Blind, 100 of the 104 listed lines as annotated: the portal's side boxes (a link box, a visitor counter) and the
# sports daily's 'Video đang xem' label between paragraphs were read as article text.
BLIND_CHROME_MISSES = {
    "01_quang_ninh_han_quoc.html: 'Liên kết website' should be boilerplate",
    "01_quang_ninh_han_quoc.html: 'Thống kê truy cập' should be boilerplate",
    "01_quang_ninh_han_quoc.html: 'Đang trực tuyến' should be boilerplate",
    "03_cahn_buriram.html: 'Video đang xem' should be boilerplate",
}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".html"]
    assert [p.suffix for p in MT] == [".html", ".html", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT + CLEAN)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the regional paper's page."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 35 of 52 found, 35 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 52
    assert found >= 35 and fixed >= 35
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: 100 of the 104 listed lines as annotated (the human page's all); no line read right blind may turn."""
    wrong = [w for p in MT + CLEAN for w in chrome_misclassified(p)]
    assert set(wrong) <= BLIND_CHROME_MISSES, sorted(set(wrong) - BLIND_CHROME_MISSES)


def test_mt_recall_and_fixes_after_the_fix() -> None:
    """After the fix: 36 of 52 found (C103 'Hàn phương' before 'quan tâm'), 36 with the accepted fix."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 36 and fixed >= 36
    assert set(missed) <= BLIND_MISSES - {"01_quang_ninh_han_quoc.html: C103 'Hàn phương'"}


def test_mt_recall_after_round_14() -> None:
    """Round 14 (the lead): 37 of 52, 37 — C108 reads 'các thành viên khác như Malaysia, Thái Lan và Hàn Quốc'
    after 'các nước thành viên ASEAN' in one sentence as a membership claim (tested on the rule's examples with
    other countries; quiet when the list stands in the next sentence)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 37 and fixed >= 37
    assert "02_ca_phe_singapore.html: C108 'Hàn Quốc'" not in missed


# --- the fix, on countries and sentences outside the set (firing and quiet) ------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_text

    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_side_calque_asked_to_take_an_interest() -> None:
    """C103: a calqued side before 'quan tâm', 'quan ngại' ('đề nghị Nga phương quan tâm', 俄方) is a party; the
    directions ('phía Nam quan trọng'), 'địa phương quan tâm' and the standard 'phía Pháp quan tâm' stay quiet."""
    assert _found("Việt Nam và Nga ký kết bốn văn kiện\nÔng đề nghị Nga phương quan tâm đến dự án điện.", "C103") == [
        ("Nga phương", "phía Nga")
    ]
    for quiet in (
        "Việt Nam và Nam Phi ký kết văn kiện\nKhu vực phía Nam quan trọng; phía Bắc quan tâm du lịch.",
        "Việt Nam và Nam Phi ký kết văn kiện\nĐịa phương quan tâm tới dự án; Tây phương quan niệm khác.",
        "Việt Nam và Pháp ký thỏa thuận\nPhía Pháp quan tâm tới dự án; bên Pháp quan ngại về thuế.",
    ):
        assert _found(quiet, "C103") == [], quiet


def test_mt_recall_after_round_17() -> None:
    """Round 17 (misses17): C106 reads run-together pinyin in a place's slot, here a border gate's ('cửa khẩu quốc tế
    Mangjie', Móng Cái), in an article with other places in pinyin, without a fix: 40 of 52, 39 with the accepted
    fix (39 and 39 before it)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 40 and fixed >= 39
    assert "01_quang_ninh_han_quoc.html: C106 'Mangjie'" not in missed
