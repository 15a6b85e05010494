"""The clean55 set (tests/data/clean55): six human-written Vietnamese pages on round 29's beats (Mongolia and the
Pacific island states, Cuba and Venezuela, medicines and drug bidding, traffic fines and drink-driving checks,
e-commerce platforms' tax, the Netherlands and Belgium with Việt Nam), four copied as text (a slide deck, a library's
catalogue record, a webinar recording page, a public-consultation portal) and two saved as HTML (a Zendesk help
centre, an Adobe Experience Manager news page). Measured blind, then the chrome reader and the HTML reader's
'article-info' class fixed (README); the expectations are the figures after the fixes, and the fixes are tried on
other lines and pages, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_flags, score_lines

from audit.corpus.boilerplate.line import classify_line

CLEAN55 = Path(__file__).resolve().parents[1] / "data" / "clean55"
DOCS = sorted(p for p in CLEAN55.iterdir() if p.suffix in {".txt", ".html"})

# blind figures (README): 5 minor F110 on the runs of spaces of chrome lines read as article (02: 2, 03: 2, 04: 1);
# chrome read as article 28 (01: 8, 02: 8, 03: 8, 04: 3, 05: 1); article read as chrome 13 (05: Zendesk's whole body
# in its '<section class="article-info">'). After the fixes: no finding, no article read as chrome, and the 9 chrome
# lines below left as article (README: a deck's title bar, a closing slide, a library's name line, a recording's status
# line, a speakers box, a certificate note, a portal's managing-office line)
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, int] = {}
CHROME_LEFT = {
    "01_trinh_chieu_hoc_vien_mong_co_thai_binh_duong.txt": {
        "Trình chiếu – Quan hệ Việt Nam với Mông Cổ và các quốc đảo Thái Bình Dương",
        "Cảm ơn quý học viên đã theo dõi!",
    },
    "03_webinar_dau_thau_thuoc_benh_vien.txt": {
        "Bản ghi webinar · Đã diễn ra lúc 14:00, thứ Năm 20/11/2025 (giờ Việt Nam) · 1.246 người tham dự",
        "Diễn giả",
        "DS. CKII Vũ Thị Thanh Hương – Trưởng khoa Dược, Bệnh viện đa khoa tỉnh",
        "Ông Lê Minh Tuấn – Giám đốc kinh doanh, Công ty CP Phân phối Dược phẩm Sao Mai",
        "Chứng nhận tham dự: người tham dự trực tuyến trên 60 phút nhận chứng chỉ cập nhật kiến thức chuyên môn về dược"
        " (CPE) qua email trong 7 ngày làm việc.",
    },
    "04_lay_y_kien_du_thao_nong_do_con.txt": {
        "Cơ quan quản lý: Văn phòng UBND tỉnh · Ghi rõ nguồn khi phát hành lại thông tin từ cổng này",
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


# the chrome rows added or widened for clean55, each tried on lines of other pages (none from the set)
CHROME_LINES = [
    "Ghi chú của người trình bày:",
    "Ghi chú của diễn giả trình bày",
    "Bấm vào đây để thêm ghi chú",
    "Speaker notes",
    "Click to add speaker notes",
    "[Gửi]   Mã bảo mật: 3XQ9",
    "[Đặt chỗ]   [Chia sẻ]   [Lưu]",
    "[Mượn sách]   Còn 1/2 bản",
    "15/01 · Ứng dụng AI trong kiểm toán thuế cho hộ kinh doanh   [Giữ chỗ]",
    "3.2.2026 – Lớp tiếng Việt cho trẻ em kiều bào ở Rotterdam   [Đăng ký]",
    "Vẫn cần trợ giúp? Liên hệ với chúng tôi",
    "Bạn còn câu hỏi khác? Gửi câu hỏi",
    "Have more questions? Submit a request",
    "Still need help? Contact us",
    "Tìm kiếm: Toàn bộ văn bản ▾   [ nồng độ cồn ]   [Tìm kiếm]",
    "Tác giả: Trần Minh Khoa (chủ biên), Lê Thu Hà, Vũ Quang Đạo, Ngô Thị Hạnh",
    "Bài: Phạm Hải, Nguyễn Lan",
    "Số hồ sơ: HS-2025-118 · Cơ quan tiếp nhận hồ sơ: Sở Tư pháp · Hạn giải quyết: 12/12/2025 · Quá hạn 2 ngày",
    "Tải toàn văn (chỉ dành cho thành viên đã đăng ký)",
    "Nghe bản ghi âm (dành cho hội viên trả phí)",
    "TS. Nguyễn Thu Hằng · Viện Kinh tế Việt Nam · hangnt@vien-kt.example.vn",
    "PGS.TS. Đỗ Minh · Khoa Luật · minhdo@law.example.edu.vn",
    "Lê Hoàng · Trưởng ban · Báo Tài chính · hoangle@taichinh.example.com",
]
# headings that open the page's foot (a related list follows)
TAIL_LINES = ["Tài liệu liên quan", "Tài liệu cùng chủ đề:", "Hội thảo trực tuyến sắp diễn ra", "Tọa đàm khác"]
# sentences of the same words: article
ARTICLE_LINES = [
    "Ghi chú của người thuyết trình cho thấy ông đã chuẩn bị kỹ cho buổi họp.",
    "Speaker notes are rarely shared with the audience.",
    "Bạn có thêm câu hỏi? Hãy gửi cho chúng tôi qua email trước thứ Sáu.",
    "Vẫn cần trợ giúp? Người dân có thể gọi đường dây nóng 113.",
    "[Ảnh] Người dân xếp hàng chờ làm thủ tục tại bộ phận một cửa sáng 3/12.",
    "Ngày 15/01, sở sẽ tổ chức hội thảo về thuế cho hộ kinh doanh [xem chi tiết bên dưới].",
    "Tài liệu liên quan đến vụ án đã được chuyển cho viện kiểm sát.",
    "Hội thảo trực tuyến sắp diễn ra vào ngày 5/12 với sự tham gia của 300 doanh nghiệp.",
    "Tác giả cuốn sách, ông Trần Minh Khoa, cho biết sách in 2.000 bản.",
    "Theo ông Hùng: mức phạt tăng mạnh; theo bà Lan: người dân đã quen; còn theo cảnh sát: số vụ vi phạm giảm.",
    "Chương trình này (chỉ dành cho bạn đọc đã đăng ký) mở cửa đến 5/12.",
    "Phòng đọc mới dành cho bạn đọc đã đăng ký thẻ.",
    "Mọi góp ý xin gửi về hộp thư hotro@cong.gov.vn trước ngày 5/12.",
    "TS. Hà cho biết có thể liên hệ · hangnt@vien.vn nếu cần.",
    "Ông Hùng · ảnh: nhân vật cung cấp",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_rows_fire_outside_the_set(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", TAIL_LINES)
def test_related_headings_open_the_foot(line: str) -> None:
    assert classify_line(line) == ("related", True)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_chrome_rows_leave_sentences(line: str) -> None:
    assert classify_line(line) == (None, False)


_HELP_PAGE = """<html><head><title>Hoàn tiền cho đơn hàng bị hủy – Trung tâm trợ giúp Lúa Vàng</title></head>
<body><header class="header"><nav class="user-nav"><a href="/hc/requests/new">Gửi yêu cầu</a></nav></header>
<main><div class="container"><article id="main-content" class="article">
<header class="article-header"><h1 class="article-title">Hoàn tiền cho đơn hàng bị hủy</h1></header>
<INFO><div class="article-content"><div class="article-body">
<p>Khi đơn hàng bị hủy trước lúc giao, tiền được hoàn về tài khoản của người mua trong 3 đến 5 ngày làm việc.</p>
<h2>Đơn hàng trả bằng ví điện tử</h2>
<p>Số tiền được hoàn ngay về ví điện tử, kể cả phí vận chuyển mà người mua đã trả.</p>
</div></div></INFO_END>
</article></div></main>
<div class="powered-by-zendesk"><a href="https://www.zendesk.com/">Powered by Zendesk</a></div></body></html>"""


@pytest.mark.parametrize("tag", ["section", "article", "main"])
def test_a_section_named_article_info_holds_the_article(tmp_path: Path, tag: str) -> None:
    html = _HELP_PAGE.replace("<INFO>", f'<{tag} class="article-info">').replace("</INFO_END>", f"</{tag}>")
    flags = page_flags(tmp_path, html)
    assert not flags["Khi đơn hàng bị hủy"] and not flags["Đơn hàng trả bằng ví"] and not flags["Số tiền được hoàn"]
    assert flags["Powered by Zendesk"] and flags["Gửi yêu cầu"]


def test_a_meta_box_named_article_info_stays_chrome(tmp_path: Path) -> None:
    """Joomla's '<dl class="article-info">' (author, category, date) and a '<div class="article-info">' meta line."""
    meta = (
        '<dl class="article-info muted"><dd class="createdby">Viết bởi Trần Hoa</dd>'
        '<dd class="category-name">Danh mục: Thuế</dd></dl><div class="article-info">Lượt xem: 1.204</div>'
    )
    html = _HELP_PAGE.replace("<INFO>", meta + "<div>").replace("</INFO_END>", "</div>")
    flags = page_flags(tmp_path, html)
    assert flags["Viết bởi Trần Hoa"] and flags["Lượt xem: 1.204"]
    assert not flags["Khi đơn hàng bị hủy"]
