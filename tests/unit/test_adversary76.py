"""The seventy-sixth adversary held-out set (tests/data/adversary76): Chinese-pivot MT of regional and local-government
news, target only: three plain-text pages with their chrome (a provincial People's Committee on flood recovery and
resettlement, on a radio-television portal; border-gate trade at Lạng Sơn and Lào Cai with Chinese and Lao
counterparts, on a haulage exchange; a science ministry's semiconductor and AI programme, on a news-reader app's web
page) and a JSONL file of 30 target-only records (an agricultural-export digest: durian, rice, shrimp to Korea, Japan
and the EU), 70 planted errors; a human cooperative page on a farmers' association site must stay quiet, every page line
annotated chrome or article. Written and annotated before the tool ran on it (74a0a085); the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary76"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_FLOOD = "01_ubnd_tinh_khac_phuc_lu_tai_dinh_cu.txt"
_BORDER = "02_cua_khau_bien_mau_cuoi_nam.txt"
_TECH = "03_bo_khcn_ban_dan_ai.txt"
_AGRI = "04_ban_tin_nong_san_xuat_khau.jsonl"
_HUMAN = "01_htx_sau_rieng_dong_lanh_han_quoc.txt"

# Blind (data at 74a0a085; main at 333abca7, this branch's base): 50 of 70 found, 47 with the accepted fix; these 20
# were missed:
BLIND_MISSES = {
    f"{_FLOOD}: T308 'thụ tai'",
    f"{_FLOOD}: T308 'trùng kiến'",
    f"{_FLOOD}: N106 'tiên sinh'",
    f"{_FLOOD}: C101 'Trung Quốc'",
    f"{_FLOOD}: F106 'nhiều xã'",
    f"{_BORDER}: T308 'hóa xa'",
    f"{_BORDER}: T101 'Nông Thị Lê Thu'",
    f"{_BORDER}: T308 'mậu dịch biên cảnh'",
    f"{_BORDER}: T305 '15 tháng 12'",
    f"{_TECH}: T308 'tâm phiến'",
    f"{_TECH}: T308 'nhân công trí năng'",
    f"{_TECH}: C101 'Trung Quốc'",
    f"{_TECH}: L101 'roadmap'",
    f"{_TECH}: T201 'Hòa Lan'",
    f"{_AGRI}: T308 'lưu liên'",
    f"{_AGRI}: C104 'Mê Công Hà'",
    f"{_AGRI}: N109 'Li Zaiming'",
    f"{_AGRI}: C107 'Vĩnh Vượng'",
    f"{_AGRI}: C104 'Nam Hải'",
    f"{_AGRI}: C107 'Âu Minh'",
}
AFTER_MISSES = BLIND_MISSES
# Outside the planted pairs, blind: N102 on the app-store chrome line ('App Store · Google Play', read as article) and
# N108 on 'Li Zaiming' (Korea's president, planted as N109).
BLIND_EXTRAS = {
    (_TECH, "N102", "Store · Google Play"),
    (_AGRI, "N108", "Li Zaiming"),
}
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: eleven lines (no article line lost).
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: [
        "Tin hội viên ❯ Kinh tế tập thể",
        "Các tin khác: Tập huấn bón phân hữu cơ cho hội viên xã Ea Drơng | Ra mắt tổ hội nghề nghiệp cà phê ở xã Cư "
        "M'gar",
    ],
    _FLOOD: ["Chương trình đáng chú ý: Thời sự 19h ▪ Bạn của nhà nông ▪ Chuyện làng, chuyện bản"],
    _BORDER: [
        "SÀN VẬN TẢI BIÊN MẬU – Kết nối chủ hàng và nhà xe tuyến cửa khẩu phía Bắc",
        "Xe chờ xuất: Hữu Nghị 742 ▲ | Tân Thanh 315 ▼ | Chi Ma 96 | Kim Thành 128 | Cập nhật 06:30",
        "Đăng tin tìm xe | Đăng tin tìm hàng | Bảng giá cước | Tra cứu tờ khai | Đăng nhập",
        "Gọi điều phối 24/7: 0205 3xxx xxx – Nhận báo giá cước trong 15 phút",
    ],
    _TECH: [
        "TechViet Reader — Đọc nhanh tin công nghệ mỗi ngày",
        "Mở trong ứng dụng để nhận thông báo | Tải trên App Store · Google Play",
        "Đọc tiếp các tin liên quan trong ứng dụng TechViet Reader →",
        "Bạn thấy bài viết này hữu ích? 👍 128 · 👎 3",
    ],
}
AFTER_CHROME_AS_ARTICLE = BLIND_CHROME_AS_ARTICLE


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in next(p for p in MT if p.suffix == ".jsonl").open(encoding="utf-8")]
    assert len(records) == 30 and all(set(r) == {"id", "text"} for r in records)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind and after: not even a minor finding on the cooperative page (a Korean importer, prices, areas, a quote)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 50 of 70 found, 47 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 50 and fixed >= 47
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; eleven chrome lines read as article."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 11
