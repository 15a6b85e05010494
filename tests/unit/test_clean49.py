"""The clean49 set (tests/data/clean49): the round's closing blind clean measurement, five human-written Vietnamese
pages on mixed beats (a provincial budget, a university's patents, a port and logistics, robot surgery, a Việt kiều
business forum), three copied as text (a CKAN open-data dataset page, a Discourse topic, a container terminal's
customer portal) and two saved as HTML (GitBook, Luma). A measurement only: the expectations are the blind figures
recorded in the set's README, so the reader and the detectors cannot get worse on these pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

from audit.model import Severity

CLEAN49 = Path(__file__).resolve().parents[1] / "data" / "clean49"
DOCS = sorted(p for p in CLEAN49.iterdir() if p.suffix in {".txt", ".html"})

# minor findings at the blind run (all F110, runs of spaces inside chrome lines read as article)
MINOR_AT_BLIND = {
    "01_cong_du_lieu_mo_du_toan_ngan_sach_tinh.txt": 8,
    "02_dien_dan_discourse_bang_sang_che_dai_hoc.txt": 6,
}

# chrome read as article at the blind run (the README lists them)
CHROME_LEFT = {
    "01_cong_du_lieu_mo_du_toan_ngan_sach_tinh.txt": {
        "Trang chủ / Tổ chức / Sở Tài chính / Dự toán ngân sách địa phương năm 2026",
        "🔍 Tìm bộ dữ liệu...",
        "Dữ liệu và tài nguyên",
        "📄 Biểu 46 – Cân đối ngân sách địa phương năm 2026      XLSX   48 KB   Tải về",
        "📄 Biểu 48 – Dự toán thu ngân sách nhà nước năm 2026      CSV   12 KB   Tải về",
        "📄 Biểu 50 – Dự toán chi ngân sách theo lĩnh vực      CSV   19 KB   Tải về",
        "📄 Nghị quyết của HĐND tỉnh về dự toán ngân sách năm 2026      PDF   1,2 MB   Xem trước",
    },
    "02_dien_dan_discourse_bang_sang_che_dai_hoc.txt": {
        "Diễn đàn Nghiên cứu viên trẻ                                   🔍  ☰  👤",
        "sáng-chế   chuyển-giao   đại-học",
        "❤ 23     🔗     ↩ Trả lời",
        "Trả lời chủ đề này…",
        "Các chủ đề gợi ý",
        "Chủ đề | Trả lời | Lượt xem | Hoạt động",
        "Định giá tài sản trí tuệ khi góp vốn vào doanh nghiệp | 8 | 412 | 3 ngày",
        "Kinh nghiệm nộp đơn PCT cho nhóm nghiên cứu nhỏ | 15 | 1,1k | Thg 10",
        "Quỹ NAFOSTED mở đợt xét duyệt mới | 4 | 276 | 2 tuần",
    },
    "03_cong_khach_hang_cang_lich_tau_tin_tuc.txt": {
        "CẢNG CONTAINER QUỐC TẾ SAO BIỂN          Hotline điều độ: 0254 3 876 999          VI | EN",
        "Trang chủ | Lịch tàu | Tra cứu container | Biểu cước | eDO | Tin tức | Liên hệ",
        "LỊCH TÀU DỰ KIẾN (cập nhật 06:00, 26/11/2025)",
        "Tên tàu | Chuyến | ETA | ETB | Bến",
        "MSC ARIANE | FA547W | 27/11 04:00 | 27/11 08:30 | B1",
        "CMA CGM THALASSA | 0MX3NE | 28/11 22:00 | 29/11 02:00 | B2",
        "ONE HARMONY | 112E | 30/11 10:00 | 30/11 13:00 | B1",
    },
    "05_luma_dien_dan_doanh_nhan_viet_kieu.html": {
        "Cần được duyệt",
        "Sự kiện cần người tổ chức duyệt đăng ký của bạn.",
        "Địa điểm",
        "Khách sạn Rex",
        "141 Nguyễn Huệ, phường Sài Gòn, TP. Hồ Chí Minh",
        "Người tổ chức",
        "Hội Doanh nhân Việt Nam ở nước ngoài",
        "Nguyễn Thị Hồng Vân",
        "Liên hệ người tổ chức",
        "Báo cáo sự kiện",
        "412 người sẽ tham dự",
    },
}

# article read as chrome at the blind run: GitBook's page description and its h2 headings with their '#' links
ARTICLE_LEFT = {
    "04_gitbook_cam_nang_phau_thuat_robot.html": {
        "Những điều người bệnh cần biết trước ca mổ có robot hỗ trợ",
        "#Lợi ích cho người bệnh",
        "#Chi phí và bảo hiểm y tế",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_minor_findings_no_more_than_blind(path: Path) -> None:
    minor = [f for _, f in findings_of(path) if f.severity < Severity.MAJOR]
    assert len(minor) <= MINOR_AT_BLIND.get(path.name, 0), [(f.rule, f.text) for f in minor]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_blind(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
