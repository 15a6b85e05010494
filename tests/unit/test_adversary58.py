"""The fifty-eighth adversary held-out set (tests/data/adversary58): plain-text market and finance news pages machine-
translated through Chinese (foreign investors' net selling on HoSE, gold and exchange rates, the State Bank's year-end
conference on rates and bonds, listed companies' third-quarter results) and one human-written brokerage newsletter
page dense in figures written the Vietnamese way that must stay quiet, each with the page chrome around it, every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor; README
says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary58"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at c881a49; main at a8502d3): 37 of 70 found, 33 with the accepted fix; these 33 were missed.
BLIND_MISSES = {
    "01_vnindex_khoi_ngoai.txt: T308 'tịnh bán ra'",
    "01_vnindex_khoi_ngoai.txt: C106 'Huzhiming'",
    "01_vnindex_khoi_ngoai.txt: T308 'đại bàn'",
    "01_vnindex_khoi_ngoai.txt: C101 'Trung Quốc'",
    "01_vnindex_khoi_ngoai.txt: F106 'riêng'",
    "01_vnindex_khoi_ngoai.txt: N103 'Vũ Thị Chân Phượng'",
    "01_vnindex_khoi_ngoai.txt: C107 'Mỹ Liên trữ'",
    "01_vnindex_khoi_ngoai.txt: T308 'hàng tức'",
    "02_vang_ty_gia.txt: T308 'Mỹ nguyên'",
    "02_vang_ty_gia.txt: T308 'hoàng kim'",
    "02_vang_ty_gia.txt: N103 'Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Văn Bình'",
    "02_vang_ty_gia.txt: T308 'Việt Nam thuẫn'",
    "02_vang_ty_gia.txt: C107 'Cao Thịnh'",
    "02_vang_ty_gia.txt: C106 'Dongjing'",
    "03_ngan_hang_lai_suat.txt: C107 'Ương hành'",
    "03_ngan_hang_lai_suat.txt: T308 'bách phân điểm'",
    "03_ngan_hang_lai_suat.txt: F107 'thay vì'",
    "03_ngan_hang_lai_suat.txt: N105 'Đổng sự trưởng'",
    "03_ngan_hang_lai_suat.txt: T308 'trái khoán'",
    "03_ngan_hang_lai_suat.txt: C108 'Việt Nam'",
    "03_ngan_hang_lai_suat.txt: T301 'hoá'",
    "04_ket_qua_quy_iii.txt: T308 'đệ tam quý'",
    "04_ket_qua_quy_iii.txt: T308 'tịnh lợi nhuận'",
    "04_ket_qua_quy_iii.txt: T308 'đồng bỉ'",
    "04_ket_qua_quy_iii.txt: C107 'Hefa'",
    "04_ket_qua_quy_iii.txt: N105 'Tổng tài'",
    "04_ket_qua_quy_iii.txt: C101 'Trung Quốc'",
    "04_ket_qua_quy_iii.txt: C107 'Hoa Vi'",
    "04_ket_qua_quy_iii.txt: C107 'Bỉ Á Địch'",
    "04_ket_qua_quy_iii.txt: C106 'Niuyue'",
    "04_ket_qua_quy_iii.txt: C107 'Anh Vĩ Đạt'",
    "04_ket_qua_quy_iii.txt: N107 'Lý Cường'",
    "04_ket_qua_quy_iii.txt: N103 'Bộ trưởng Bộ Tài chính Hồ Đức Phớc'",
}
# After this branch's fixes (README): 59 of 70 found, 53 with the accepted fix; the 11 left (six of them found with
# another span or rule: AFTER_EXTRAS).
AFTER_MISSES = {
    "01_vnindex_khoi_ngoai.txt: C101 'Trung Quốc'",
    "01_vnindex_khoi_ngoai.txt: N103 'Vũ Thị Chân Phượng'",
    "01_vnindex_khoi_ngoai.txt: F106 'riêng'",
    "02_vang_ty_gia.txt: T308 'Việt Nam thuẫn'",
    "03_ngan_hang_lai_suat.txt: N105 'Đổng sự trưởng'",
    "03_ngan_hang_lai_suat.txt: T301 'hoá'",
    "04_ket_qua_quy_iii.txt: C107 'Hefa'",
    "04_ket_qua_quy_iii.txt: N105 'Tổng tài'",
    "04_ket_qua_quy_iii.txt: C101 'Trung Quốc'",
    "04_ket_qua_quy_iii.txt: C107 'Anh Vĩ Đạt'",
    "04_ket_qua_quy_iii.txt: N107 'Lý Cường'",
}
# Round 19 (misses19): C101 reads the stock market's frame after a figure in đồng in a story of Việt Nam's exchanges,
# and a Vietnamese company ranked top 'Trung Quốc' without 'của': 61 of 70, 55 with the accepted fix.
AFTER_MISSES = AFTER_MISSES - {
    "01_vnindex_khoi_ngoai.txt: C101 'Trung Quốc'",
    "04_ket_qua_quy_iii.txt: C101 'Trung Quốc'",
}
# Blind, the findings outside the planted pairs, each a planted error found with another span: the cut sentence's
# subject ('riêng nhóm'), the last word of 'thay vì', the other tone-mark form ('hóa' beside 'hoá'), a company's
# Hán-Việt read as a Western name (N102 'Bỉ Á Địch'), the wrong country before a leader (N107 'Singapore').
BLIND_EXTRAS = {
    ("01_vnindex_khoi_ngoai.txt", "F106", "riêng nhóm"),
    ("03_ngan_hang_lai_suat.txt", "F107", "vì"),
    ("03_ngan_hang_lai_suat.txt", "T301", "hóa"),
    ("04_ket_qua_quy_iii.txt", "N102", "Bỉ Á Địch"),
    ("04_ket_qua_quy_iii.txt", "N107", "Singapore"),
}
# After: the corporate titles and 'thuẫn' (越南盾) found by T308, where the annotation said N105 and 'Việt Nam thuẫn';
# 'Ương hành' (央行, the State Bank) found by T308 (round 28, misses45's row) where the annotation said C107.
AFTER_EXTRAS = {
    ("01_vnindex_khoi_ngoai.txt", "F106", "riêng nhóm"),
    ("02_vang_ty_gia.txt", "T308", "thuẫn"),
    ("03_ngan_hang_lai_suat.txt", "T308", "Ương hành"),
    ("03_ngan_hang_lai_suat.txt", "T308", "Đổng sự trưởng"),
    ("03_ngan_hang_lai_suat.txt", "T301", "hóa"),
    ("04_ket_qua_quy_iii.txt", "T308", "Tổng tài"),
    ("04_ket_qua_quy_iii.txt", "N107", "Singapore"),
}
# Chrome the reader keeps as article: a newsletter's issue label in capitals, and a rate table (four lines) that
# tests/data annotated as chrome but the reader keeps as a table of the article on purpose (pipe_tables).
CHROME_AS_ARTICLE = {
    "01_ban_tin_thi_truong.txt": {"BẢN TIN TUẦN 48/2025"},
    "02_vang_ty_gia.txt": {
        "Bảng tỷ giá một số ngoại tệ chính (đồng/ngoại tệ)",
        "USD | 26.160 | 26.420",
        "EUR | 30.015 | 31.580",
        "CNY | 3.640 | 3.790",
    },
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: T302 read '9 tháng 49.800 tỷ đồng' as day 9 of month 49 (major) and L101 flagged 'margin'; after: none."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 37 of 70 found, 33 with the accepted fix; after this branch's fixes 59 and 53; after round 19's 61, 55."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 61 and fixed >= 55
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)
    assert AFTER_MISSES <= BLIND_MISSES


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: 15 chrome lines read as article (the newsletter's masthead, tagline, captions, links and contact line;
    the finance portal's masthead and tagline; a chart caption ending in 'Nguồn:'; the rate table). After: the five
    of CHROME_AS_ARTICLE. Article lines: all read as article, blind and after."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == [], path.name
        assert set(score.chrome_as_article) <= CHROME_AS_ARTICLE.get(path.name, set()), path.name
