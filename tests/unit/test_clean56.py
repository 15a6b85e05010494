"""The clean56 set (tests/data/clean56): six human-written Vietnamese pages on the closing sets' beats (EVN's power
prices, LNG and rooftop solar; durian exports to China through Lạng Sơn's gates; the school-leaving exam and AI in
classrooms; chip factories and their engineers; the Mekong River Commission and upstream releases; Singapore and Việt
Nam on carbon credits and data centres), four copied as text (a power company's tariff page, a customs notice, an exam
board's Q&A, a career-centre event page) and two saved as HTML (a Sitecore bulletin, an Odoo blog post). Written and
committed blind, then T305's reading of '10 tháng năm 2025' and the chrome reader fixed (README); the expectations are
the figures after the fixes, and the fixes are tried on other lines, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines

from audit.corpus.boilerplate.line import classify_line

CLEAN56 = Path(__file__).resolve().parents[1] / "data" / "clean56"
DOCS = sorted(p for p in CLEAN56.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): 7 minor findings (01: 2 F110 on an account row and 1 on a file row read as article, 1 T305 on
# '10 tháng năm 2025' (the first ten months) after '10/5/2025'; 04: 3 F110 on a programme's rows); chrome read as
# article 17 (01: 6, 03: 5, 04: 6); article read as chrome 0; the two HTML pages clean. After the fixes: no finding,
# and the 7 chrome lines below left as article (README: an FAQ box's heading and its three links, a lone 'Trả lời'
# label, a programme's heading and its note)
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, int] = {}
CHROME_LEFT = {
    "01_bang_gia_dien_cong_ty_dien_luc.txt": {
        "Câu hỏi thường gặp về giá điện",
        "› Cách tính tiền điện khi kỳ ghi chỉ số có thay đổi giá?",
        "› Thủ tục đăng ký định mức cho người thuê nhà",
        "› Hồ sơ đấu nối điện mặt trời mái nhà gồm những gì?",
    },
    "03_hoi_dap_ky_thi_tot_nghiep_ai.txt": {"Trả lời"},
    "04_ngay_hoi_viec_lam_ban_dan.txt": {
        "Chương trình",
        "Lưu ý: mang theo CV bản in và thẻ sinh viên; trang phục lịch sự.",
    },
}
ARTICLE_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 6 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 2


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_left(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_no_more_than_left(path: Path) -> None:
    assert len(findings_of(path)) <= FINDINGS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_left(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())


# the chrome rows added for clean56, each tried on lines of other pages (none from the set)
CHROME_LINES = [
    "TRƯỜNG ĐẠI HỌC BÁCH KHOA · Phòng Đào tạo và Công tác sinh viên",
    "CÔNG TY CẤP NƯỚC SÀI GÒN · Trung tâm tiếp nhận và giải quyết phản ánh của khách hàng",
    "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC · Trung tâm Chăm sóc khách hàng",
    "Đăng nhập   Đăng ký tài khoản doanh nghiệp mới   Tra cứu hồ sơ trực tuyến",
    "📎 Thông báo tuyển sinh (PDF, 1,2 MB)   📎 Mẫu đơn (DOCX, 45 KB)",
    "Báo cáo thường niên (PDF)   Phụ lục số liệu (XLSX, 88 KB)",
    "14:00   Phiên thảo luận về năng lượng tái tạo",
    "13:30 – 15:00   Trao giải và bế mạc",
    "Tìm văn bản...   🔍",
    "Tra cứu mã vùng trồng…🔎",
    "Câu hỏi #904 · Người hỏi: Đỗ Thị Hạnh (giáo viên) · Gửi lúc 10:15, 2/12/2025 · Chờ trả lời",
    "Phòng Khảo thí – Trường Đại học Cần Thơ · Trả lời lúc 16:20, 1/12/2025",
]
# sentences of the same words: article
ARTICLE_LINES = [
    "SỞ Y TẾ cho biết 90% trẻ dưới 1 tuổi đã được tiêm đủ mũi.",
    "Đăng nhập vào hệ thống, người nộp thuế phải nhập mã OTP gửi qua tin nhắn.",
    "Đăng ký kết hôn với người nước ngoài cần những giấy tờ gì?",
    "Hồ sơ gồm đơn đề nghị (PDF) và bản sao giấy phép (PDF) gửi qua cổng dịch vụ công.",
    "Lúc 8:30, đoàn công tác đến cửa khẩu Hữu Nghị.",
    "8:30 sáng nay, tàu chở hàng cập cảng Cái Mép.",
    "Tìm kiếm việc làm ở Singapore không dễ với kỹ sư mới ra trường.",
    "Câu hỏi số 3 khiến nhiều thí sinh lúng túng vì đề dài.",
    "Ông Lâm trả lời lúc 9:05 rằng giá điện sẽ không tăng thêm trong năm nay.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_rows_fire_outside_the_set(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_chrome_rows_leave_sentences(line: str) -> None:
    assert classify_line(line) == (None, False)
