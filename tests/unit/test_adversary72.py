"""The seventy-second adversary held-out set (tests/data/adversary72): plain-text news pages machine-translated through
Chinese on beats no set centred on (an influenza season and vaccines, university admissions and foreign scholarships,
offshore wind and LNG with foreign investors and ministers, foreign arrivals and the e-visa policy) and one
human-written library page that must stay quiet, each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it (77a2c5d3); the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary72"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

_FLU = "01_mua_cum_vac_xin_bach_mai.txt"
_EXAM = "02_tuyen_sinh_hoc_bong_dai_hoc_nuoc_ngoai.txt"
_ENERGY = "03_dien_gio_ngoai_khoi_lng_nha_dau_tu.txt"
_VISA = "04_khach_quoc_te_thi_thuc_dien_tu.txt"

# Blind (data at 77a2c5d3; main at 66662cdb, this branch's base): 49 of 70 found, 49 with the accepted fix; these 21
# were missed:
BLIND_MISSES = {
    f"{_FLU}: T308 'hoạn giả'",
    f"{_FLU}: T308 'biểu thị'",
    f"{_FLU}: C107 'Thế giới Vệ sinh Tổ chức'",
    f"{_FLU}: T307 '20 vạn'",
    f"{_FLU}: C101 'Hàn Quốc'",
    f"{_FLU}: T101 'Vũ Minh Khanh'",
    f"{_EXAM}: N103 'Phạm Ngọc Thương'",
    f"{_EXAM}: T308 'tưởng học kim'",
    f"{_EXAM}: L101 'deadline'",
    f"{_EXAM}: N109 'Liu Honglin'",
    f"{_ENERGY}: C107 'Ốc Húc'",
    f"{_ENERGY}: T308 'hải thượng phong điện'",
    f"{_ENERGY}: C101 'Thái Lan'",
    f"{_ENERGY}: N108 'Chize Liangzheng'",
    f"{_ENERGY}: T308 'điện xưởng'",
    f"{_VISA}: T308 'điện tử thiêm chứng'",
    f"{_VISA}: L103 '出入境管理局'",
    f"{_VISA}: T308 'miễn thiêm'",
    f"{_VISA}: C107 'Đại Hàn Hàng Không'",
    f"{_VISA}: L101 'peak season'",
    f"{_VISA}: C104 'Hạ Long Loan'",
}
AFTER_MISSES = BLIND_MISSES
# Outside the planted pairs, blind: T201 on 'Đại Hàn' inside Korean Air's Hán-Việt name (planted as C107).
BLIND_EXTRAS = {(_VISA, "T201", "Đại Hàn")}
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: four mastheads (a name in capitals with a tagline after a dash or a bar), two
# service bars, a product box, a call-back invitation, a visa-service invitation, a byline with the update time and
# the editor, two company footers with an address.
BLIND_CHROME_AS_ARTICLE = {
    _FLU: [
        "NHÀ THUỐC MINH TÂM 365 — Góc sức khỏe",
        "Tìm nhà thuốc gần bạn | Tư vấn dược sĩ 1800 6xxx (miễn phí) | Giao thuốc trong 2 giờ",
        "Sản phẩm gợi ý: Khẩu trang y tế 4 lớp | Nhiệt kế điện tử | Viên ngậm họng thảo dược",
    ],
    _EXAM: [
        "EDULINK DU HỌC TOÀN CẦU | Tư vấn du học – Học bổng – Luyện thi chứng chỉ",
        "Đăng ký tư vấn miễn phí: 0912 xxx xxx | Văn phòng Hà Nội – Đà Nẵng – TP.HCM",
        "Bạn muốn săn học bổng 2026? Để lại số điện thoại, chuyên viên EduLink sẽ gọi lại trong 24 giờ.",
    ],
    _ENERGY: [
        "CHỨNG KHOÁN PHƯƠNG NAM — Trung tâm Phân tích & Tư vấn đầu tư",
        "Công ty Cổ phần Chứng khoán Phương Nam – Tầng 9, 22 Lý Thường Kiệt, Hà Nội",
    ],
    _VISA: [
        "VISA VIỆT ĐÔNG — Dịch vụ thị thực & hộ chiếu trọn gói",
        "Cập nhật lúc 16:20 ngày 18/12/2025 – Biên tập: Minh Thư",
        "Bạn cần làm visa nhanh? Gửi hồ sơ qua Zalo 09xx xxx xxx, nhận kết quả sau 3 ngày làm việc.",
        "Công ty TNHH Visa Việt Đông – 45 Nguyễn Thị Minh Khai, Quận 1, TP.HCM",
    ],
}
AFTER_CHROME_AS_ARTICLE = BLIND_CHROME_AS_ARTICLE


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the library page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 49 of 70 found, 49 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 49 and fixed >= 49
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; twelve chrome lines of the four MT pages read as article."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
