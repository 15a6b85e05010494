"""The fifty-ninth adversary held-out set (tests/data/adversary59): plain-text technology and science pages
machine-translated through Chinese (Nvidia's AI centre in Hà Nội, a Vietnamese satellite on a Falcon 9, VinFast
against BYD and Tesla in Southeast Asia, a 5G and quantum forum with a Nobel laureate, Samsung and Viettel) and one
human-written chip-packaging page that must stay quiet, each with the page chrome around it, every line annotated
chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary59"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at dc14660; main at a8502d3): 46 of 70 found, 43 with the accepted fix; these 24 were missed ('Bỉ Á
# Địch' twice, one entry here).
BLIND_MISSES = {
    "01_nvidia_ai_ha_noi.txt: N108 'Huang Renxun'",
    "01_nvidia_ai_ha_noi.txt: C101 'Trung Quốc'",
    "01_nvidia_ai_ha_noi.txt: T307 '5 vạn'",
    "01_nvidia_ai_ha_noi.txt: T308 'biểu thị'",
    "01_nvidia_ai_ha_noi.txt: T308 'trí năng nhân tạo'",
    "01_nvidia_ai_ha_noi.txt: C107 'Đài Tích Điện'",
    "01_nvidia_ai_ha_noi.txt: C107 'Tam Tinh'",
    "02_ve_tinh_quan_sat.txt: C106 'Fandengbao'",
    "02_ve_tinh_quan_sat.txt: F106 'sau'",
    "02_ve_tinh_quan_sat.txt: C107 'Việt Nam Khoa học Kỹ thuật Viện'",
    "03_xe_dien_dong_nam_a.txt: C107 'Bỉ Á Địch'",
    "03_xe_dien_dong_nam_a.txt: C101 'Trung Quốc'",
    "03_xe_dien_dong_nam_a.txt: C107 'Đặc Tư Lạp'",
    "03_xe_dien_dong_nam_a.txt: T308 'xe năng lượng mới'",
    "04_dien_dan_5g_luong_tu.txt: T307 '2 vạn'",
    "04_dien_dan_5g_luong_tu.txt: N108 'Madinisi'",
    "04_dien_dan_5g_luong_tu.txt: N106 'tiên sinh'",
    "04_dien_dan_5g_luong_tu.txt: N109 'Lý Tại Minh'",
    "04_dien_dan_5g_luong_tu.txt: C101 'Trung Quốc'",
    "04_dien_dan_5g_luong_tu.txt: C107 'Hoa Vi'",
    "04_dien_dan_5g_luong_tu.txt: C107 'Cao Thông'",
    "04_dien_dan_5g_luong_tu.txt: F107 'với'",
    "04_dien_dan_5g_luong_tu.txt: T301 'hoà'",
}
# After this branch's fixes (README): 56 of 70 found, 53 with the accepted fix. The 14 left:
AFTER_MISSES = {
    "01_nvidia_ai_ha_noi.txt: N108 'Huang Renxun'",
    "01_nvidia_ai_ha_noi.txt: C101 'Trung Quốc'",
    "02_ve_tinh_quan_sat.txt: C106 'Fandengbao'",
    "02_ve_tinh_quan_sat.txt: F106 'sau'",
    "02_ve_tinh_quan_sat.txt: C107 'Việt Nam Khoa học Kỹ thuật Viện'",
    "03_xe_dien_dong_nam_a.txt: T308 'xe năng lượng mới'",
    "04_dien_dan_5g_luong_tu.txt: N108 'Madinisi'",
    "04_dien_dan_5g_luong_tu.txt: N106 'tiên sinh'",
    "04_dien_dan_5g_luong_tu.txt: N109 'Lý Tại Minh'",
    "04_dien_dan_5g_luong_tu.txt: C101 'Trung Quốc'",
    "04_dien_dan_5g_luong_tu.txt: C107 'Hoa Vi'",
    "04_dien_dan_5g_luong_tu.txt: C107 'Cao Thông'",
    "04_dien_dan_5g_luong_tu.txt: F107 'với'",
    "04_dien_dan_5g_luong_tu.txt: T301 'hoà'",
}
# Round 19 (misses19): N106 reads the honorific after a lone foreign name the document titles elsewhere ('Giáo sư
# Madinisi … Madinisi tiên sinh'): 57 of 70, 54 with the accepted fix.
AFTER_MISSES = AFTER_MISSES - {"04_dien_dan_5g_luong_tu.txt: N106 'tiên sinh'"}
# Blind, the findings outside the planted pairs: N101 read Jensen Huang's pinyin as a Chinese name (no fix); F106 and
# F107 took 'sau đó' and 'cùng với' where the annotations mark one word; T301 marks 'hóa' of one 'hóa' beside one 'hoà'
# (a tie); N102 took 'Lý Tại Minh' (Lee Jae-myung, with that fix) where the annotation says N109, and, blind only,
# 'Bỉ Á Địch' and 'Đặc Tư Lạp' as foreign names read in Hán-Việt.
BLIND_EXTRAS = {
    ("01_nvidia_ai_ha_noi.txt", "N101", "Huang Renxun"),
    ("02_ve_tinh_quan_sat.txt", "F106", "sau đó"),
    ("03_xe_dien_dong_nam_a.txt", "N102", "Bỉ Á Địch"),
    ("03_xe_dien_dong_nam_a.txt", "N102", "Đặc Tư Lạp"),
    ("04_dien_dan_5g_luong_tu.txt", "N102", "Lý Tại Minh"),
    ("04_dien_dan_5g_luong_tu.txt", "F107", "cùng với"),
    ("04_dien_dan_5g_luong_tu.txt", "T301", "hóa"),
}
AFTER_EXTRAS = BLIND_EXTRAS - {
    ("03_xe_dien_dong_nam_a.txt", "N102", "Bỉ Á Địch"),
    ("03_xe_dien_dong_nam_a.txt", "N102", "Đặc Tư Lạp"),
}
# Blind, chrome read as article: the human page's masthead, its 'Bạn đang đọc:' breadcrumb and its comment prompt.
BLIND_CHROME_AS_ARTICLE = {
    "01_dong_goi_chip.txt": [
        "NHỊP SỐ – TẠP CHÍ CÔNG NGHỆ VÀ ĐỜI SỐNG",
        "Bạn đang đọc: Chip & Phần cứng",
        "Bạn nghĩ gì về bài viết này? Để lại bình luận",
    ],
}
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 46 of 70 found, 43 with the accepted fix; after this branch's fixes 56 and 53; after round 19's 57, 54."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 57 and fixed >= 54
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; three chrome lines of the human page read as article; after, none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
