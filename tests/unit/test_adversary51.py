"""The fifty-first adversary held-out set (tests/data/adversary51): plain-text news pages machine-translated through
Chinese on maritime and defence beats (a coast-guard rescue near the Trường Sa, the Defence Minister's visit to
Germany, a law-of-the-sea conference in Hà Nội) and one human-written fisheries story from Lý Sơn that names the
Biển Đông, Hoàng Sa, Trường Sa and China right and must stay quiet, each with the page chrome around it, every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary51"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 59dbf9a; main at 8035551): 28 of 55 found, 25 with the accepted fix. Four of the misses were an
# annotation convention: the tool marks C104 as 'quần đảo Nam Sa' / 'quần đảo Tây Sa' where the annotation marked
# 'Nam Sa' / 'Tây Sa' (corrected after the blind run: 32 of 55, 29). The 23 real blind misses ('Bolin' twice):
BLIND_MISSES = {
    "01_canh_sat_bien_truong_sa.txt: C104 'Nam Hải'",
    "01_canh_sat_bien_truong_sa.txt: C106 'Lishan'",
    "01_canh_sat_bien_truong_sa.txt: N106 'tiên sinh'",
    "01_canh_sat_bien_truong_sa.txt: T308 'biểu thị'",
    "01_canh_sat_bien_truong_sa.txt: C104 'Vĩnh Thử Tiêu'",
    "01_canh_sat_bien_truong_sa.txt: T101 'Li Guangdao'",
    "02_bo_truong_quoc_phong_duc.txt: C106 'Bolin'",
    "02_bo_truong_quoc_phong_duc.txt: C108 'Ukraine'",
    "02_bo_truong_quoc_phong_duc.txt: N103 'Olaf Scholz'",
    "02_bo_truong_quoc_phong_duc.txt: C107 'Lai Nhân Kim Chúc'",
    "02_bo_truong_quoc_phong_duc.txt: C101 'Trung Quốc'",
    "02_bo_truong_quoc_phong_duc.txt: T201 'Czech'",
    "02_bo_truong_quoc_phong_duc.txt: T101 'Phan Văn Cường'",
    "03_hoi_thao_luat_bien.txt: C107 'Liên Hợp Quốc Hải Dương Pháp Công Ước'",
    "03_hoi_thao_luat_bien.txt: C104 'Nam Hải'",
    "03_hoi_thao_luat_bien.txt: C107 'Ngoại giao Học viện'",
    "03_hoi_thao_luat_bien.txt: N108 'Gutelesi'",
    "03_hoi_thao_luat_bien.txt: N108 'Haidaer'",
    "03_hoi_thao_luat_bien.txt: C104 'Mỹ Tế Tiêu'",
    "03_hoi_thao_luat_bien.txt: C104 'Chử Bích Tiêu'",
    "03_hoi_thao_luat_bien.txt: T306 '14/11'",
    "03_hoi_thao_luat_bien.txt: C101 'Trung Quốc'",
}
# After this branch's fix (places.tsv: the features' Hán-Việt with 'Tiêu', 'Nam Hải' after a compass direction):
# 36 of 55 found, 33 with the accepted fix.
FIXED = {
    "01_canh_sat_bien_truong_sa.txt: C104 'Nam Hải'",
    "01_canh_sat_bien_truong_sa.txt: C104 'Vĩnh Thử Tiêu'",
    "03_hoi_thao_luat_bien.txt: C104 'Mỹ Tế Tiêu'",
    "03_hoi_thao_luat_bien.txt: C104 'Chử Bích Tiêu'",
}
AFTER_MISSES = BLIND_MISSES - FIXED
# Round 18 (misses18; README): Olaf Scholz after 'Cùng ngày, …' dated from the dateline's day (N103, whose span is the
# title and name: annotation corrected), the captain's 'tiên sinh' and 'biểu thị' (N106, T308), Berlin's pinyin with
# 柏 read 'bo' (C106, twice), Ukraine as an EU member (C108, minor), Rheinmetall, UNCLOS and the Diplomatic Academy in
# Hán-Việt (C107), 'Tomas Haidaer' after the ITLOS president's title (N108, no fix): 46 of 55 found, 41 with the
# accepted fix.
FIXED_18 = {
    "02_bo_truong_quoc_phong_duc.txt: N103 'Olaf Scholz'",
    "01_canh_sat_bien_truong_sa.txt: N106 'tiên sinh'",
    "01_canh_sat_bien_truong_sa.txt: T308 'biểu thị'",
    "02_bo_truong_quoc_phong_duc.txt: C106 'Bolin'",
    "02_bo_truong_quoc_phong_duc.txt: C108 'Ukraine'",
    "02_bo_truong_quoc_phong_duc.txt: C107 'Lai Nhân Kim Chúc'",
    "03_hoi_thao_luat_bien.txt: C107 'Liên Hợp Quốc Hải Dương Pháp Công Ước'",
    "03_hoi_thao_luat_bien.txt: C107 'Ngoại giao Học viện'",
    "03_hoi_thao_luat_bien.txt: N108 'Haidaer'",
}
AFTER_MISSES_18 = AFTER_MISSES - FIXED_18
# Blind, chrome read as article: the clean page's and the conference page's masthead, tagline and section label.
CHROME_AS_ARTICLE = {
    "01_ngu_dan_ly_son.txt": ["TIN BIỂN MIỀN TRUNG", "Chuyên trang thời sự các tỉnh ven biển", "Ngư dân"],
    "03_hoi_thao_luat_bien.txt": [
        "NGHIÊN CỨU BIỂN",
        "Diễn đàn thông tin về luật biển và quản trị đại dương",
        "Sự kiện",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story (Biển Đông, Hoàng Sa, Trường Sa, tàu Trung Quốc)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 28 of 55 found, 25 fixed (32 and 29 with the span convention); after the fix 36 and 33; after round
    18's misses18 46 and 41."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 46 and fixed >= 41
    assert set(missed) <= AFTER_MISSES_18, sorted(set(missed) - AFTER_MISSES_18)


def test_no_finding_outside_planted_spans() -> None:
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """The article whole on every page; the chrome lines read as article are the known ones (above)."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_reef_names_in_han_viet_and_nam_hai_after_a_direction() -> None:
    """The fix on features and sentences NOT in the set: Gạc Ma, Châu Viên, Ga Ven as '… Tiêu', Subi as 'đá Chử
    Bích', 'Nam Hải' after 'phía đông nam'; a Vietnamese 'Nam Hải' (a company, a commune) stays quiet."""
    found = {
        (f.text, f.suggestion)
        for f in audit_text(
            "Năm 1988, hải quân Trung Quốc tấn công Xích Qua Tiêu.\n"
            "Tàu khảo sát neo gần Hoa Dương Tiêu và Nam Huân Tiêu trong ba ngày.\n"
            "Máy bay tuần thám bay qua đá Chử Bích.\n"
            "Cơn bão đang mạnh lên ở phía đông nam Nam Hải.",
            select=["C104"],
        )
    }
    assert ("Xích Qua Tiêu", "Đá Gạc Ma") in found and ("Hoa Dương Tiêu", "Đá Châu Viên") in found
    assert ("Nam Huân Tiêu", "Đá Ga Ven") in found and ("đá Chử Bích", "đá Xu Bi") in found
    assert ("Nam Hải", "Biển Đông") in found
    quiet = "Công ty Nam Hải mở chi nhánh ở phía tây thành phố.\nNgười dân xã Nam Hải đón Tết sớm."
    assert list(audit_text(quiet, select=["C104"])) == []
