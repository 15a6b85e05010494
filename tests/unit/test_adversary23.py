"""The twenty-third adversary held-out set (tests/data/adversary23): a blind measurement in round 10.
Five files machine-translated through Chinese (the Gaza peace summit in Sharm el-Sheikh and the SEA Games 33
football final as plain text, the Fed's December 2025 rate cut as JSONL with its Chinese source, a Korean battery
maker's plant as XLIFF 1.2 with its Chinese source, the 75th Sapporo Snow Festival saved from a culture magazine)
were written and annotated before the tool ran on them; two human-style news texts must stay free of findings.
The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary23"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_le_hoi_tuyet_sapporo.html"

# Blind (main at 0f62cd2, data at 48dd06e): 56 of 71 found, 48 with the accepted fix; these 15 were missed.
BLIND_MISSES = [
    "01_hoi_nghi_sharm_el_sheikh.txt: C104 'Gia Sa'",
    "01_hoi_nghi_sharm_el_sheikh.txt: F106 'việc'",
    "02_chung_ket_sea_games.txt: N109 'Kim Tương Thực'",
    "03_fed_lai_suat.jsonl: A101 '5'",
    "03_fed_lai_suat.jsonl: N108 'Guersibi'",
    "03_fed_lai_suat.jsonl: N108 'Baoweier'",
    "04_nha_may_pin.xlf: C107 'Tam Tinh'",
    "04_nha_may_pin.xlf: N109 'Phác Thành Tuấn'",
    "04_nha_may_pin.xlf: N109 'Cui Rongsan'",
    "04_nha_may_pin.xlf: A111 'Nhà máy sử dụng lò hơi đốt than, toàn bộ dùng điện mặt trời áp mái.'",
    "05_le_hoi_tuyet_sapporo.html: N108 'Qiuyuan Keguang'",
    "05_le_hoi_tuyet_sapporo.html: C104 'Đại Thông'",
    "05_le_hoi_tuyet_sapporo.html: N102 'Linh Mộc Trực Đạo'",
    "05_le_hoi_tuyet_sapporo.html: C104 'Trát Hoảng'",
    "05_le_hoi_tuyet_sapporo.html: N104 'Shigeru'",
]
# Blind, two findings outside the planted (rule, span) pairs, both true: F106 flags 'việc trao' where the
# annotation named 'việc' (a span convention), N101 reads the Korean ambassador's pinyin as a Chinese name.
BLIND_EXTRAS = {
    ("01_hoi_nghi_sharm_el_sheikh.txt", "F106", "việc trao"),
    ("04_nha_may_pin.xlf", "N101", "Cui Rongsan"),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".xlf", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 56 of 71 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 71
    assert found >= 56 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or a blind extra."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_as_annotated() -> None:
    """Blind: all 30 listed lines of the saved page (17 chrome, 13 article) classified as annotated."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 67, 58
AFTER_FIX_MISSES = {
    "02_chung_ket_sea_games.txt: N109 'Kim Tương Thực'",
    "03_fed_lai_suat.jsonl: A101 '5'",
    "05_le_hoi_tuyet_sapporo.html: C104 'Đại Thông'",
    "05_le_hoi_tuyet_sapporo.html: N102 'Linh Mộc Trực Đạo'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 67 of 71 found, 58 with the accepted fix (two annotations corrected after scoring: F106's
    span 'việc trao', A107's fix 'Hoa Kỳ' beside 'Mỹ'); no finding outside the planted spans."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert unplanted_findings(MT) == []


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_transcribed_name_left_in_pinyin_with_its_source() -> None:
    """N108: one word spelling the pinyin of the source's transcription of a foreign name."""
    assert _found_pairs(
        "欧洲央行行长拉加德表示，通胀正在放缓。", "Chủ tịch ECB Lajiade cho biết lạm phát chậm lại.", "N108"
    ) == [("Lajiade", None)]
    assert _found_pairs("英格兰银行行长贝利和古特雷斯会面。", "Thống đốc BoE Bailey gặp ông Guteleisi.", "N108") == [
        ("Guteleisi", "António Guterres")
    ]
    assert _found_pairs("英国首相斯塔默表示支持。", "Thủ tướng Anh Sitamo bày tỏ ủng hộ.", "N108") == [
        ("Sitamo", "Keir Starmer")
    ]
    # the name copied in Latin letters, spelt as its pinyin too; a place's pinyin (C106's); the name written right
    assert _found_pairs("萨摩亚总理塔马塞塞出席会议。", "Thủ tướng Samoa Tamasese dự họp.", "N108") == []
    assert _found_pairs("代表团参观了中关村。", "Đoàn tham quan Zhongguancun.", "N108") == []
    assert _found_pairs("欧洲央行行长拉加德表示。", "Chủ tịch ECB Christine Lagarde cho biết.", "N108") == []


def test_korean_name_posting_and_distinctive_surname_with_source() -> None:
    """N109: '驻X' is the posting, not the nationality; the Hán-Việt of a 朴 name needs no Korea in the record."""
    assert _found_pairs(
        "韩国驻柬埔寨大使金英洙出席了活动。", "Đại sứ Hàn Quốc tại Campuchia Jin Yingzhu dự sự kiện.", "N109"
    ) == [("Jin Yingzhu", "Kim Yeong-su")]
    assert _found_pairs(
        "该公司社长朴志勋表示销量增长了。", "Giám đốc công ty Phác Chí Huân cho biết doanh số tăng.", "N109"
    ) == [("Phác Chí Huân", "Park Ji-hun")]
    # a Vietnamese ambassador posted to Korea; a common surname without Korea in the record
    assert (
        _found_pairs("越南驻韩国大使吴庆明出席活动。", "Đại sứ Việt Nam tại Hàn Quốc Wu Qingming dự sự kiện.", "N109")
        == []
    )
    assert (
        _found_pairs("公司经理李志勋表示销量增长了。", "Giám đốc công ty Lý Chí Huân cho biết doanh số tăng.", "N109")
        == []
    )


def test_negation_before_er_shi_is_kept() -> None:
    """A111: '没有/未 A，而是 B' keeps its negation; '不是 A 而是 B' is read for B."""
    assert _found_pairs(
        "政府未提高税率，而是削减了开支。", "Chính phủ đã tăng thuế suất và cắt giảm chi tiêu.", "A111"
    ) == [("Chính phủ đã tăng thuế suất và cắt giảm chi tiêu.", None)]
    assert (
        _found_pairs("政府未提高税率，而是削减了开支。", "Chính phủ không tăng thuế mà cắt giảm chi tiêu.", "A111")
        == []
    )
    assert _found_pairs("这不是资金问题，而是人才问题。", "Đây là vấn đề nhân lực.", "A111") == []


def test_company_calque_before_the_latin_part_of_its_name() -> None:
    """C107: the Hán-Việt reading before the Latin word the source writes after the Chinese name."""
    assert _found_pairs("丰田Motor公司发布新车型。", "Phong Điền Motor ra mắt mẫu xe mới.", "C107") == [
        ("Phong Điền", "Toyota")
    ]
    assert _found_pairs("丰田公司经理表示。", "Ông Phong Điền Hòa, giám đốc của Toyota, cho biết.", "C107") == []
    assert _found("Phong Điền Motor ra mắt mẫu xe mới.", "C107") == []


def test_japanese_leader_by_given_name_alone() -> None:
    assert _found("Thủ tướng Nhật Bản Fumio tiếp đoàn doanh nghiệp Việt Nam.", "N104") == [("Fumio", "Fumio Kishida")]
    assert _found("Thủ tướng Nhật Bản Fumio Kishida tiếp đoàn; Thủ tướng Kishida phát biểu.", "N104") == []


def test_gaza_and_japanese_two_syllable_readings() -> None:
    assert _found("Viện trợ được đưa vào Dải Gia Sa sáng nay.", "C104") == [("Gia Sa", "Gaza")]
    assert _found("Đoàn du khách đến thành phố Phúc Cương và tỉnh Trường Khi.", "C104") == [
        ("Phúc Cương", "Fukuoka"),
        ("Trường Khi", "Nagasaki"),
    ]
    # after a preposition a two-syllable reading may be a Vietnamese commune or a person
    assert _found("Anh về Phúc Cương quê mẹ; chị Gia Sa làm ở Trường Khi.", "C104") == []


def test_mayor_is_a_title_before_a_name_in_pinyin() -> None:
    assert _found("Thị trưởng Dabanshi Yuzhi phát biểu tại lễ khai mạc.", "N108") == [("Dabanshi Yuzhi", None)]
    assert _found("Thị trưởng Tokyo Yuriko Koike phát biểu tại lễ khai mạc.", "N108") == []
