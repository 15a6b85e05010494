"""The twenty-seventh adversary held-out set (tests/data/adversary27): the session's closing blind measurement.
A mixed batch through Chinese (Tô Lâm's state visit to Mongolia and typhoon Fung-wong in the Philippines as plain
text, Takeda's dengue vaccine licensed in Việt Nam as JSONL with its Chinese source, durian exports through Lào
Cai saved from an agriculture-market site of a new template) was written and annotated before the tool ran on it;
two human-style news texts must stay free of findings. The blind figures are the floor; README says what was
missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary27"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "04_sau_rieng_lao_cai.html"

# Blind (main at 45380dc, data at 57c8df6): 43 of 55 found, 41 with the accepted fix; these 12 were missed.
BLIND_MISSES = [
    "01_tham_mong_co.txt: C106 'Wulanbatuo'",
    "01_tham_mong_co.txt: C101 'Hàn Quốc'",
    "01_tham_mong_co.txt: C103 'Mông phương'",
    "01_tham_mong_co.txt: T101 'Khurelsuk'",
    "02_bao_fung_wong_philippines.txt: C104 'Lữ Tống'",
    "02_bao_fung_wong_philippines.txt: N103 'Rodrigo Duterte'",
    "02_bao_fung_wong_philippines.txt: C104 'Lữ Tống'",
    "03_vac_xin_sot_xuat_huyet.jsonl: C107 'Vũ Điền'",
    "04_sau_rieng_lao_cai.html: C106 'Dele'",
    "04_sau_rieng_lao_cai.html: N103 'Đỗ Đức Duy'",
    "04_sau_rieng_lao_cai.html: C103 'Trung phương'",
    "04_sau_rieng_lao_cai.html: C101 'Thái Lan'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 43 of 55 found, 41 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 43 and fixed >= 41
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


# Round 17 (adversary50): N103 reads the page's dateline below its menu (21/11/2025) and finds the planted former
# minister, with the span N103 gives a former holder (the title and the name) where the annotation has the name.
SPAN_CONVENTION = {("04_sau_rieng_lao_cai.html", "N103", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy")}


def test_no_finding_outside_planted_spans() -> None:
    """Blind: every finding on the MT files is a planted (rule, span)."""
    assert set(unplanted_findings(MT)) <= SPAN_CONVENTION


def test_page_chrome_as_annotated() -> None:
    """Blind: all 34 listed lines of the saved page (24 chrome, 10 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 48, 46
AFTER_FIX_MISSES = {
    "01_tham_mong_co.txt: C106 'Wulanbatuo'",
    "01_tham_mong_co.txt: C101 'Hàn Quốc'",
    "01_tham_mong_co.txt: T101 'Khurelsuk'",
    "02_bao_fung_wong_philippines.txt: N103 'Rodrigo Duterte'",
    "04_sau_rieng_lao_cai.html: C106 'Dele'",
    "04_sau_rieng_lao_cai.html: N103 'Đỗ Đức Duy'",
    "04_sau_rieng_lao_cai.html: C101 'Thái Lan'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 48 of 55 found, 46 with the accepted fix; nothing outside the planted spans."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_side_calqued_as_han_viet_phuong() -> None:
    """C103: 方 read 'phương' after the abbreviation of a country the article names ('Nga phương', 'Nhật
    phương'), before what follows a party; directions, 'Đa phương', 'phương án' and unnamed countries stay quiet."""
    assert _found("Việt Nam và Nga ký kết bốn văn kiện.\n\nNga phương cam kết cung cấp thêm phân bón.", "C103") == [
        ("Nga phương", "Phía Nga")
    ]
    assert _found(
        "Nhật Bản tài trợ dự án cấp nước ở Huế.\n\nĐại sứ cho biết Nhật phương sẽ cử thêm chuyên gia.", "C103"
    ) == [("Nhật phương", "phía Nhật Bản")]
    for quiet in (
        "Việt Nam và Tây Ban Nha ký kết ba văn kiện.\n\nÂm nhạc Tây phương và Đông phương gặp nhau ở Huế.",
        "Việt Nam và Cộng hòa Dominica ký kết ba văn kiện.\n\nĐa phương hóa quan hệ là chủ trương nhất quán.",
        "Việt Nam và Nhật Bản ký kết ba văn kiện.\n\nNhật phương án mới chưa được công bố.",
        "Việt Nam và Pháp ký kết ba văn kiện.\n\nNga phương cam kết hỗ trợ thêm.",
        "Việt Nam và Nga ký kết bốn văn kiện.\n\nCô Nga Phương hát mở màn buổi lễ.",
    ):
        assert _found(quiet, "C103") == [], quiet


def test_company_calque_before_its_country() -> None:
    """C107: a Hán-Việt company calque after a company word stays a company when a country's name follows it
    ('hãng dược Huy Thụy Mỹ'); a capitalised word that is no country still makes a longer name."""
    assert _found("Hãng dược phẩm Huy Thụy Mỹ xin cấp phép vắc xin phế cầu.", "C107") == [("Huy Thụy", "Pfizer")]
    assert _found("Tập đoàn Tây Môn Tử Đức khánh thành nhà máy ở Bình Dương.", "C107") == [("Tây Môn Tử", "Siemens")]
    for quiet in (
        "Công ty Huy Thụy Long An mở thêm cửa hàng ở Tân An.",
        "Công ty TNHH Phong Điền Hòa khởi công nhà máy tại huyện Phong Điền.",
    ):
        assert _found(quiet, "C107") == [], quiet


def test_philippine_islands_in_han_viet() -> None:
    """C104: Luzon, Mindanao and Cebu in Hán-Việt in a story naming the Philippines; quiet elsewhere."""
    assert _found(
        "Bão Trà Mi đổ bộ Philippines.\n\nMưa lớn gây lũ trên đảo Miên Lan Lão; các chuyến bay tới Túc Vụ bị hủy.",
        "C104",
    ) == [("Miên Lan Lão", "Mindanao"), ("Túc Vụ", "Cebu")]
    assert _found("Ông Lữ Tống dạy học ở Nam Định; bà Túc Vụ bán hàng ở chợ Rồng.", "C104") == []
