"""The seventy-third adversary held-out set (tests/data/adversary73): English→Vietnamese MT brought without its source
on markets, science and sport, two plain-text pages with their chrome (the State Bank holds its rates and the
VN-Index passes 1,700; a Vietnamese-designed satellite reaches orbit) and a JSONL file of 39 target-only records whose
target is named `text` (a weekend digest of markets, science and sport), and one human-written sports page (a V.League
match, a tennis and a running result) that must stay quiet, every page line annotated chrome or article. Written and
annotated before the tool ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary73"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".txt"]

# Blind (data at 67b985b; main at 66662cd): 43 of 69 found, 41 with the accepted fix; 44 and 43 once two annotation
# slips are corrected (the span 'cuộc gọi đánh thức' without 'một', T308's 'quyền quyết định thuộc về' accepted for
# 'quả bóng đang ở trong sân của'). These 25 missed (the corrected span):
BLIND_MISSES = {
    "01_lai_suat_vn_index.txt: F114 '18.6'",
    "01_lai_suat_vn_index.txt: F114 '28,500'",
    "01_lai_suat_vn_index.txt: T308 'bắn trên tất cả các xi-lanh'",
    "01_lai_suat_vn_index.txt: A111 'đã công bố'",
    "01_lai_suat_vn_index.txt: T308 'chưa ra khỏi rừng'",
    "01_lai_suat_vn_index.txt: T308 'một kết luận đã biết trước'",
    "02_ve_tinh_lacviet_3.txt: L101 'p.m.'",
    "02_ve_tinh_lacviet_3.txt: F114 '1,150'",
    "02_ve_tinh_lacviet_3.txt: L101 'payload'",
    "02_ve_tinh_lacviet_3.txt: C105 'Hoa Lac'",
    "02_ve_tinh_lacviet_3.txt: N103 'Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt'",
    "02_ve_tinh_lacviet_3.txt: T308 'không phải là khoa học tên lửa'",
    "02_ve_tinh_lacviet_3.txt: L101 'mph'",
    "02_ve_tinh_lacviet_3.txt: C105 'Da Lat'",
    "02_ve_tinh_lacviet_3.txt: A111 'có thể được nhìn thấy'",
    "02_ve_tinh_lacviet_3.txt: F107 'từ'",
    "03_ban_tin_29_11.jsonl: F114 '1,711.36'",
    "03_ban_tin_29_11.jsonl: T308 'cắn viên đạn'",
    "03_ban_tin_29_11.jsonl: A111 'sẽ bán'",
    "03_ban_tin_29_11.jsonl: F114 '156.4'",
    "03_ban_tin_29_11.jsonl: F114 '42.195'",
    "03_ban_tin_29_11.jsonl: T308 'ở trên mặt trăng'",
    "03_ban_tin_29_11.jsonl: T308 'ký trên dòng chấm chấm'",
    "03_ban_tin_29_11.jsonl: T308 'giữ một tờ giấy sạch'",
    "03_ban_tin_29_11.jsonl: T308 'chân đầu tiên'",
}
# After this branch's fixes (README): 62 of 69 found, 60 with the accepted fix; after misses23's (N103 fixes a former
# holder with the holder of the text's date after the title, accepted besides the name alone) 62 and 62. The 7 left:
AFTER_MISSES = {
    "01_lai_suat_vn_index.txt: A111 'đã công bố'",
    "02_ve_tinh_lacviet_3.txt: L101 'p.m.'",
    "02_ve_tinh_lacviet_3.txt: L101 'payload'",
    "02_ve_tinh_lacviet_3.txt: L101 'mph'",
    "02_ve_tinh_lacviet_3.txt: A111 'có thể được nhìn thấy'",
    "03_ban_tin_29_11.jsonl: A111 'sẽ bán'",
    "03_ban_tin_29_11.jsonl: F114 '42.195'",
}
# Blind, chrome read as article (nine lines); after the fixes none.
BLIND_CHROME_AS_ARTICLE = {
    "01_v_league_thanh_hoa.txt": [
        "THỂ THAO 24/7 – Nhịp sống sân cỏ",
        "Bóng đá Việt ∙ Bóng đá quốc tế ∙ Quần vợt ∙ Điền kinh ∙ Hậu trường ∙ Lịch thi đấu",
        "Bóng đá Việt ➤ V.League",
        "Đức Anh ∙ Chủ nhật, 30/11/2025 ∙ 21:47",
    ],
    "01_lai_suat_vn_index.txt": [
        "Chứng khoán ⟫ Vĩ mô ⟫ Chính sách tiền tệ",
        "Bài: Khánh Linh ⋄ Đăng lúc 09:40, 27/11/2025",
    ],
    "02_ve_tinh_lacviet_3.txt": [
        "Vũ trụ ◇ Công nghệ ◇ Môi trường ◇ Y học ◇ Khám phá ◇ Hỏi – Đáp",
        "Trang nhất ⊳ Vũ trụ",
        "Chia sẻ: Facebook ◇ Zalo ◇ X ◇ Sao chép liên kết",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in next(p for p in MT if p.suffix == ".jsonl").open(encoding="utf-8")]
    assert len(records) == 39 and all(set(r) == {"id", "text"} for r in records)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind and after: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 43 of 69 found, 41 with the accepted fix (44 and 43 with two annotation slips corrected); after the
    fixes 62 and 60; after misses23, 62 and 62."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 62 and fixed >= 62
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind: one, T308 'cuộc gọi đánh thức', where the annotation spanned 'một cuộc gọi đánh thức' (a slip,
    corrected); after: none."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; nine chrome lines read as article (above); after the fixes none."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 9
