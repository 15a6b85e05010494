"""The clean52 set (tests/data/clean52): the round's closing blind clean measurement. Five human-written Vietnamese
pages on mixed beats (a water-supply project, a provincial tourism push, a vocational college's German partner, a
garment exporter facing EU rules, a Korean cultural week), three copied as text (a water company's customer-notice
page, a tourism promotion centre's events calendar, a Moodle site's news forum) and two saved as HTML (a Haravan store
blog, a Canva website). Measurement only: the expectations are the blind figures, so they cannot get worse."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

CLEAN52 = Path(__file__).resolve().parents[1] / "data" / "clean52"
DOCS = sorted(p for p in CLEAN52.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): minor findings left, all F110 on runs of spaces in chrome lines read as article
MINOR_LEFT = {
    "02_trung_tam_xuc_tien_du_lich_lich_su_kien.txt": 3,
    "03_moodle_truong_nghe_doi_tac_duc.txt": 1,
}
# chrome read as article at the blind run
CHROME_LEFT = {
    "02_trung_tam_xuc_tien_du_lich_lich_su_kien.txt": {
        "Lịch sự kiện   Lọc theo: [Tháng 12/2025 ▾]  [Địa điểm ▾]  [Loại hình ▾]"
    },
    "03_moodle_truong_nghe_doi_tac_duc.txt": {
        "CĐ KTCN Bắc Giang – Hệ thống học tập trực tuyến",
        "bởi Phòng Đào tạo - Thứ Tư, 19 tháng 11 2025, 9:42 AM",
        "Liên kết cố định   Trả lời",
        "Bạn đang đăng nhập với tên Nguyễn Minh Khoa (Thoát)",
        "Tóm tắt về lưu giữ dữ liệu",
        "Tải ứng dụng dành cho thiết bị di động",
    },
    "05_canva_tuan_van_hoa_han_quoc.html": {"Ban tổ chức: 0236 3 888 246 · tuanvanhoahan.dn@gmail.com"},
}
# article read as chrome at the blind run
ARTICLE_LEFT = {
    "02_trung_tam_xuc_tien_du_lich_lich_su_kien.txt": {
        "13/12/2025 – 14/12/2025   ·   Quảng trường 30/10, Hạ Long",
        "20/12/2025   ·   Khu di tích Yên Tử",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_blind(path: Path) -> None:
    assert len(findings_of(path)) <= MINOR_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_blind(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
