"""The seventy-first adversary held-out set (tests/data/adversary71): English→Vietnamese MT brought without its source
on local and social news, three plain-text pages with their chrome (a road crash in Nghệ An, a Hà Nội school's
enrolment scandal, a Việt kiều charity concert) and a TSV of 30 target-only rows (a flood relief digest; columns id,
mt), and one human-written local page (scholarships and bicycles for pupils in Cần Thơ) that must stay quiet, every
page line annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary71"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".tsv"))
PAGES = [p for p in MT if p.suffix == ".txt"]

# Blind (data at 34c85ca; main at 50d8bf1): 45 of 67 found, 39 with the accepted fix (40 once 'Ông' opening its
# sentence was accepted for 'Mr.'). These 22 missed:
BLIND_MISSES = {
    "01_tai_nan_quoc_lo_1.txt: L101 'head-on'",
    "01_tai_nan_quoc_lo_1.txt: T308 'ngủ tại bánh xe'",
    "01_tai_nan_quoc_lo_1.txt: F114 '1.5'",
    "01_tai_nan_quoc_lo_1.txt: A111 'có nồng độ cồn'",
    "02_tuyen_sinh_trai_tuyen.txt: L101 'bribes'",
    "02_tuyen_sinh_trai_tuyen.txt: T308 'quét mọi chuyện dưới tấm thảm'",
    "02_tuyen_sinh_trai_tuyen.txt: T308 'con cừu đen'",
    "02_tuyen_sinh_trai_tuyen.txt: A111 'sẽ bỏ qua'",
    "02_tuyen_sinh_trai_tuyen.txt: F107 'theo'",
    "03_hoa_nhac_viet_kieu.txt: F114 '6.5'",
    "03_hoa_nhac_viet_kieu.txt: C105 'Central Vietnam'",
    "03_hoa_nhac_viet_kieu.txt: T308 'phá vỡ băng'",
    "03_hoa_nhac_viet_kieu.txt: C105 'Hue'",
    "03_hoa_nhac_viet_kieu.txt: T101 'Ngoc Lan Vy'",
    "03_hoa_nhac_viet_kieu.txt: T308 'từ đáy trái tim'",
    "03_hoa_nhac_viet_kieu.txt: T308 'giọt nước trong xô'",
    "03_hoa_nhac_viet_kieu.txt: A111 'sẽ trừ'",
    "04_ban_tin_cuu_tro_28_11.tsv: L101 'volunteers'",
    "04_ban_tin_cuu_tro_28_11.tsv: F114 '2.3'",
    "04_ban_tin_cuu_tro_28_11.tsv: A111 'nên quay về nhà'",
    "04_ban_tin_cuu_tro_28_11.tsv: T308 'đi thêm một dặm'",
    "04_ban_tin_cuu_tro_28_11.tsv: T308 'lớp lót bạc'",
}
# After this branch's fixes (README): 60 of 67 found, 53 with the accepted fix. The 7 left, and since round 21
# (misses22: F107 'theo' after a place's phrase, 'bố trí về các trường theo.') 61 of 67, 54, these 6:
AFTER_MISSES = {
    "01_tai_nan_quoc_lo_1.txt: L101 'head-on'",
    "01_tai_nan_quoc_lo_1.txt: A111 'có nồng độ cồn'",
    "02_tuyen_sinh_trai_tuyen.txt: A111 'sẽ bỏ qua'",
    "03_hoa_nhac_viet_kieu.txt: T308 'từ đáy trái tim'",
    "03_hoa_nhac_viet_kieu.txt: A111 'sẽ trừ'",
    "04_ban_tin_cuu_tro_28_11.tsv: A111 'nên quay về nhà'",
}
# Blind, chrome read as article (six lines); after the fixes none.
BLIND_CHROME_AS_ARTICLE = {
    "01_hoc_bong_can_tho.txt": [
        "Tin tỉnh thành ▪ Nông nghiệp ▪ Giáo dục ▪ Đời sống ▪ Du lịch sông nước",
        "Đời sống ▸ Nhân ái",
    ],
    "01_tai_nan_quoc_lo_1.txt": ["Hải Đăng – cập nhật 24-11-2025 lúc 16g20"],
    "03_hoa_nhac_viet_kieu.txt": [
        "NGƯỜI VIỆT BỐN PHƯƠNG",
        "Cộng đồng ⁂ Văn nghệ ⁂ Quê hương ⁂ Di trú ⁂ Rao vặt ⁂ Cáo phó",
        "Thứ Hai, 01/12/2025 — Cập nhật lúc 7:05 AM (giờ California)",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    tsv = next(p for p in MT if p.suffix == ".tsv")
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tmt" and len(rows) == 31


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind and after: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 45 of 67 found, 39 with the accepted fix (40 with 'Ông' accepted); after the fixes 60 and 53; after
    misses22 61 and 54."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 67
    assert found >= 61 and fixed >= 54
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind and after: every finding on the MT is a planted error."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; six chrome lines read as article (above); after the fixes none."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], path.name
