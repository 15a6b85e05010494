"""The thirty-third adversary held-out set (tests/data/adversary33): the round-12 closing blind measurement. A mixed
batch — a cable-car breakdown in Điện Biên and Việt Nam–Uruguay trade talks as plain text through Chinese, a
chip-design training programme with Tohoku University as JSONL with its Chinese source, Việt Nam's chess teams in
Colombo as an English→Vietnamese TSV with reference — was written and annotated before the tool ran on it; a
human-quality story about a pottery village must stay free of findings. The blind figures are the floor; README
says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary33"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (data at bace47f; main at 00076bf and again at dddcab3, same result): 51 of 61 found, 48 with the
# accepted fix; these 10 were missed.
BLIND_MISSES = [
    "01_cap_treo_pa_khoang.txt: F106 'du khách'",
    "01_cap_treo_pa_khoang.txt: F107 'vào'",
    "02_viet_nam_uruguay.txt: N104 'Mario'",
    "02_viet_nam_uruguay.txt: C101 'Trung Quốc'",
    "02_viet_nam_uruguay.txt: N106 'nữ sĩ'",
    "02_viet_nam_uruguay.txt: T201 'U-ru-goay'",
    "03_ban_dan_tohoku.jsonl: A111 'Học viên sẽ học hai năm tại khuôn viên Đại học Tohoku ở Xiantai và phải đóng"
    " học phí.'",
    "04_co_vua_dong_doi.tsv: A109 '14/11/2025'",
    "04_co_vua_dong_doi.tsv: L101 'computer engine'",
]
# Blind, one finding outside the planted pairs: the Japanese professor's pinyin name also as a Chinese-read
# Vietnamese name (N101 beside the planted N108, same span).
BLIND_EXTRAS = {("03_ban_dan_tohoku.jsonl", "N101", "Zuoteng Jianyi")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt"]
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human-quality pottery-village story."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 61 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 61
    assert found >= 51 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans_but_the_blind_extra() -> None:
    """Blind: every finding on the MT files is a planted (rule, span) but the one listed."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


# After the fixes (the blind figures above stay as measured): README 'After the fixes'; names13 (round 13) found
# both C101 'Trung Quốc' (the Uruguay story's goods, the cable car's ambassador; tests/unit/test_names13.py).
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 58, 55
AFTER_FIX_MISSES = {
    "01_cap_treo_pa_khoang.txt: F106 'du khách'",
    "01_cap_treo_pa_khoang.txt: F107 'vào'",
    "04_co_vua_dong_doi.tsv: L101 'computer engine'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 58 of 61 found, 55 with the accepted fix (names13 added both C101)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_not_charging_lost_in_translation() -> None:
    """A111: 不收 ('does not charge') rendered as charging fires; 'không thu' and 'miễn phí' stay quiet."""
    assert _pair("该诊所为七十岁以上老人看病不收费。", "Phòng khám thu phí khám bệnh của người trên 70 tuổi.", "A111")
    assert _pair("这家银行不收取跨行转账手续费。", "Ngân hàng này thu phí chuyển khoản liên ngân hàng.", "A111")
    for quiet in (
        "Phòng khám miễn phí khám bệnh cho người trên 70 tuổi.",
        "Phòng khám không thu phí khám bệnh của người trên 70 tuổi.",
    ):
        assert not _pair("该诊所为七十岁以上老人看病不收费。", quiet, "A111"), quiet


def test_range_end_compared_when_one_side_starts_with_a_bare_day() -> None:
    """A109: 'August 11 to August 17' as 'từ ngày 11 đến ngày 17/9' fires on the end date (Chinese too); the
    right month, and ranges that both sides write with a bare day first, stay quiet."""
    assert _pair(
        "Registration is open from August 11 to August 17, 2026.",
        "Việc đăng ký mở từ ngày 11 đến ngày 17/9/2026.",
        "A109",
    ) == [("17/9/2026", "17/8/2026")]
    assert _pair(
        "博览会于2027年5月20日至5月24日在胡志明市举行。", "Hội chợ diễn ra từ 20 đến 24/6/2027 tại TP.HCM.", "A109"
    ) == [("24/6/2027", "24/5/2027")]
    assert not _pair(
        "Registration is open from August 11 to August 17, 2026.",
        "Việc đăng ký mở từ ngày 11 đến ngày 17/8/2026.",
        "A109",
    )
    assert not _pair("Registration is open from 11 to 17 August.", "Việc đăng ký mở từ 11 đến 17/8.", "A109")
    assert not _pair("博览会于2027年5月20日至5月24日举行。", "Hội chợ diễn ra từ ngày 20/5 đến ngày 24/5/2027.", "A109")


def test_honorific_after_a_head_of_mission() -> None:
    """N106: 'nữ sĩ'/'tiên sinh' after a full Vietnamese name whose clause opens with an ambassador's or a consul
    general's title, the countries between; a poet named after 'của' stays quiet."""
    assert _found("Đại sứ Việt Nam tại Nigeria kiêm nhiệm Ghana Phan Thị Thu Hằng nữ sĩ dự lễ.", "N106") == [
        ("nữ sĩ", "")
    ]
    assert _found("Tổng Lãnh sự Việt Nam tại Vladivostok Đoàn Minh Tuấn tiên sinh phát biểu.", "N106") == [
        ("tiên sinh", "")
    ]
    assert _found("Đại sứ Việt Nam tại Ba Lan ngâm bài thơ của Hồ Xuân Hương nữ sĩ.", "N106") == []


def test_uruguay_spelled_two_ways() -> None:
    """T201: 'U-ru-goay' beside 'Uruguay'; one spelling throughout stays quiet."""
    story = (
        "Uruguay mở văn phòng thương mại tại Hà Nội\n\n"
        "Uruguay và Việt Nam ký thỏa thuận về thịt bò.\n\n"
        "Doanh nghiệp U-ru-goay muốn nhập thêm cà phê."
    )
    assert _found(story, "T201") == [("U-ru-goay", "Uruguay")]
    assert _found(story.replace("U-ru-goay", "Uruguay"), "T201") == []


def test_uruguay_office_holders() -> None:
    """N104: Uruguay's foreign minister and president by the given name alone; the full names stay quiet."""
    assert _found("Bộ trưởng Ngoại giao Uruguay Mario đã gặp Đại sứ Việt Nam.", "N104") == [("Mario", "Mario Lubetkin")]
    assert _found("Tổng thống Uruguay Yamandú tiếp đoàn doanh nghiệp.", "N104") == [("Yamandú", "Yamandú Orsi")]
    assert _found("Ngoại trưởng Uruguay Mario Lubetkin đã gặp Đại sứ Việt Nam.", "N104") == []
    assert _found("Ông Mario, chủ một trang trại ở Uruguay, nuôi bò.", "N104") == []
