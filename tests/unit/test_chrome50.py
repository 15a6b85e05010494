"""chrome50: the fixes for clean49's chrome misreads, tried on pages written for these tests, not taken from clean49:
other forum software, other open-data portals, a bus station's and an airport's portals, other event pages and docs
sites, each with a near case where the same kind of line is article text (an article's own table, a paragraph opening
on a date or an emoji, a short heading)."""

from __future__ import annotations

from pathlib import Path

from chrome_lines import page_flags

from audit.corpus.boilerplate import classify_line, classify_lines


def _kinds(page: str) -> dict[str, str | None]:
    """Each line of a page copied as text, and the kind the reader gives it."""
    lines = page.strip("\n").split("\n")
    return dict(zip(lines, classify_lines(lines), strict=True))


_PARA_1 = (
    "Nhóm mình đang vận hành một hệ thống quản lý kho cho chuỗi siêu thị ở miền Trung, bảng đơn hàng đã vượt 10 triệu "
    "dòng. Mỗi truy vấn báo cáo cuối ngày mất gần 40 giây, dù đã có chỉ mục trên cột ngày tạo."
)
_PARA_2 = (
    "Mình đã thử tách bảng theo tháng và tăng bộ nhớ đệm nhưng chưa cải thiện nhiều. Anh chị nào từng gặp trường hợp "
    "tương tự thì chia sẻ giúp mình với nhé!"
)

FORUM = f"""
Cộng đồng Lập trình viên Đà Nẵng                          🔎  🔔  👤
Thảo luận  ›  Hỏi đáp cơ sở dữ liệu
Làm sao tối ưu truy vấn khi bảng đơn hàng vượt 10 triệu dòng?
cơ-sở-dữ-liệu   hiệu-năng   chỉ-mục
Phạm Văn Tài   ·   Thg 10 3
{_PARA_1}
{_PARA_2}
♥ 7     🔗     ↩ Reply
Viết câu trả lời…
Chủ đề đề xuất
Chủ đề | Trả lời | Lượt xem | Hoạt động
Chuyển từ MySQL sang PostgreSQL có đáng không | 12 | 530 | 5 ngày
Đánh chỉ mục cho cột JSON thế nào cho đúng | 3 | 98 | 1 tuần
Điều khoản · Quyền riêng tư · Chạy trên Flarum
"""


def test_other_forum_chrome() -> None:
    kinds = _kinds(FORUM)
    chrome = [line for line, kind in kinds.items() if kind is not None]
    assert [line for line, kind in kinds.items() if kind is None] == [
        "Làm sao tối ưu truy vấn khi bảng đơn hàng vượt 10 triệu dòng?",
        _PARA_1,
        _PARA_2,
    ], chrome


def test_forum_lines_near_cases_stay_article() -> None:
    for line in (
        "❤ 23 năm gắn bó với nghề dạy học, cô vẫn giữ thói quen đến lớp sớm.",  # a paragraph opening on an emoji
        "Chúc mừng cả nhóm đã về đích!   🎉  🎉",  # a writer's line closing on emoji
        "Trả lời chủ đề này, ông Nam cho biết nhóm sẽ nộp đơn trong tháng tới.",
        "Các chủ đề gợi ý gồm chuyển giao công nghệ, định giá tài sản trí tuệ và góp vốn.",
        "mưa rơi   mưa rơi   trên phố cũ",  # verse set apart by wide spaces: no hyphenated slugs
        "🔍 Tìm hiểu thêm về quy định mới",  # an emoji over a short heading, no search prompt's ellipsis
        "Giá vàng / USD / lãi suất tuần này tăng mạnh ở nhiều ngân hàng thương mại",  # no crumb from home
    ):
        assert classify_line(line) == (None, False), line


def test_forum_lines_that_fire() -> None:
    for line in (
        "Diễn đàn Kỹ sư Cầu đường     🔍  ☰  👤",
        "nông-nghiệp   chuyển-đổi-số   htx   lúa-gạo",
        "👍 12   💬   ↗ Chia sẻ",
        "Reply to this thread",
        "Home / Datasets / Bộ Giáo dục / Danh sách trường phổ thông năm học 2025 2026",
        "🔎 Tìm tập dữ liệu…",
        "Trang chủ | Dịch vụ | eKYC | Hỏi đáp",
    ):
        assert classify_line(line)[0] is not None, line


_DATA_PARA = (
    "Bộ dữ liệu tổng hợp số trường, lớp và học sinh phổ thông của thành phố năm học 2025 – 2026, do Sở Giáo dục và "
    "Đào tạo cập nhật sau ngày khai giảng."
)
_DATA_NOTE = "Báo cáo tổng hợp (PDF, 2,4 MB) có thể tải về tại mục văn bản của Sở."

DATA_PORTAL = f"""
DỮ LIỆU MỞ THÀNH PHỐ HẢI PHÒNG     Đăng nhập | Đăng ký
Home / Datasets / Sở Giáo dục và Đào tạo / Trường lớp phổ thông năm học 2025 – 2026
🔎 Tìm tập dữ liệu…
Trường lớp phổ thông năm học 2025 – 2026
{_DATA_PARA}
{_DATA_NOTE}
Tài nguyên
Danh sách trường THPT      CSV   22 KB   Download
Số lớp theo quận, huyện      XLSX   64 KB   Download
Bản đồ điểm trường      GEOJSON   1,4 MB   Preview
Giấy phép: Creative Commons Attribution 4.0
© 2025 Sở Thông tin và Truyền thông Hải Phòng
"""


def test_other_data_portal() -> None:
    kinds = _kinds(DATA_PORTAL)
    assert [line for line, kind in kinds.items() if kind is None] == [
        "Trường lớp phổ thông năm học 2025 – 2026",
        _DATA_PARA,
        _DATA_NOTE,  # a sentence giving a report's format and size is the article's
    ]


def test_one_file_line_in_an_article_stays() -> None:
    """One line shaped like a file's row, with article text round it, is no portal's list."""
    page = f"{_DATA_PARA}\nPhụ lục 1 – Danh sách trường      PDF   2 MB   Tải về\n{_PARA_1}"
    assert _kinds(page)["Phụ lục 1 – Danh sách trường      PDF   2 MB   Tải về"] is None


_BUS_PARA = (
    "Sáng 22/11, Bến xe Miền Đông mới đón hơn 18.000 lượt khách, tăng 12% so với ngày thường, do nhiều trường đại học "
    "cho sinh viên nghỉ giữa kỳ. Ban quản lý bến tăng cường 60 chuyến xe cho các tuyến đi Tây Nguyên và Nam Trung Bộ."
)
_BUS_PARA_2 = "Hành khách có thể gọi đường dây nóng 1900 6067 để phản ánh việc nhà xe thu giá vé cao hơn niêm yết."

BUS_STATION = f"""
BẾN XE MIỀN ĐÔNG MỚI          Tổng đài: 1900 6067          VI | EN
Trang chủ | Lịch chạy | Giá vé | Tin tức | Liên hệ
GIỜ XE XUẤT BẾN HÔM NAY
Tuyến | Nhà xe | Giờ đi | Cổng
TP.HCM – Đà Lạt | Phương Nam | 06:30 | Cổng 3
TP.HCM – Nha Trang | Hoàng Long | 07:15 | Cổng 5
Tin tức › Hoạt động bến
Bến xe đông khách dịp sinh viên nghỉ giữa kỳ
22/11/2025 | 08:00
{_BUS_PARA}
{_BUS_PARA_2}
Tin liên quan
› Điều chỉnh giờ xe tuyến TP.HCM – Buôn Ma Thuột
© 2025 Bến xe Miền Đông mới
"""


def test_station_portal_head_and_schedule() -> None:
    kinds = _kinds(BUS_STATION)
    assert [line for line, kind in kinds.items() if kind is None] == [
        "Bến xe đông khách dịp sinh viên nghỉ giữa kỳ",
        _BUS_PARA,
        _BUS_PARA_2,  # a sentence giving a hotline is the article's
    ]


_AIR_PARA = (
    "Trong tuần cao điểm, sân bay dự kiến phục vụ khoảng 120.000 lượt khách, tăng 9% so với cùng kỳ. Số chuyến bay "
    "trong nước và quốc tế theo từng hãng như sau."
)
_AIR_PARA_2 = "Ngày 24/11, cảng hàng không sẽ mở thêm 6 quầy làm thủ tục cho các chuyến bay đi Hà Nội và Đà Nẵng."


def test_article_tables_stay_article() -> None:
    """A table under the headline, over the article's first sentence, and a table inside the article's text are the
    article's, on a page whose head has a menu and a hotline bar as well."""
    head_table = ["Hãng | Chuyến/ngày | Tăng so với 2024", "Vietnam Airlines | 142 | 8%", "Vietjet Air | 168 | 11%"]
    inner_table = ["Ngày | Lượt khách | Chuyến", "23/11 | 38.500 | 240", "24/11 | 41.200 | 262"]
    page = "\n".join(
        [
            "CẢNG HÀNG KHÔNG QUỐC TẾ CAM RANH     Hotline: 0258 3 989 999     VI | EN",
            "Trang chủ | Chuyến bay | Dịch vụ | Tin tức | Liên hệ",
            "Tin tức › Hoạt động cảng",
            "Sân bay chuẩn bị cho tuần cao điểm cuối năm",
            *head_table,
            _AIR_PARA,
            *inner_table,
            _AIR_PARA_2,
        ]
    )
    kinds = _kinds(page)
    assert all(kinds[row] is None for row in [*head_table, *inner_table])
    assert kinds["CẢNG HÀNG KHÔNG QUỐC TẾ CAM RANH     Hotline: 0258 3 989 999     VI | EN"] == "navigation"


def test_article_opening_on_a_date_and_a_short_heading() -> None:
    page = "\n".join(
        [
            "Trang chủ | Lịch tàu | Tin tức | Liên hệ",
            "Tin tức › Hoạt động cảng",
            "Cảng đón tàu lớn nhất từ trước đến nay",
            "26/11/2025: " + _BUS_PARA,
            "Kế hoạch năm 2026",
            _AIR_PARA_2,
        ]
    )
    kinds = _kinds(page)
    assert kinds["26/11/2025: " + _BUS_PARA] is None and kinds["Kế hoạch năm 2026"] is None


MEETUP = """<!DOCTYPE html><html lang="vi"><head><title>Hội thảo Nông nghiệp số 2026 | Meetup</title></head><body>
<header class="site-nav"><a href="/">Meetup</a><a href="/login">Đăng nhập</a></header>
<main><h1>Hội thảo Nông nghiệp số 2026: dữ liệu cho hợp tác xã</h1>
<div class="event-description"><p>Hội thảo giới thiệu cách các hợp tác xã ở Đồng Tháp và An Giang dùng dữ liệu thời
tiết, giá lúa và cảm biến đồng ruộng để giảm 15% chi phí phân bón trong vụ đông xuân vừa qua.</p>
<p>Người tổ chức mong muốn kết nối các nhóm khởi nghiệp với hợp tác xã và các viện nghiên cứu nông nghiệp.</p></div>
<section class="rsvp"><div>Còn 40 chỗ</div><button>Tham gia</button></section>
<div class="event-venue"><div>Địa điểm</div><div>Trung tâm Hội nghị tỉnh Đồng Tháp</div><div>12 Võ Trường Toản,
phường Cao Lãnh</div></div>
<div class="event-organizers"><div>Ban tổ chức</div><a href="/u/1">Nguyễn Hữu Phước</a></div>
<div class="attendees"><div>Người tham dự (86)</div><a href="/u/2">Trần Thị Kim</a></div>
</main></body></html>"""


def test_other_event_page_facts(tmp_path: Path) -> None:
    flags = page_flags(tmp_path, MEETUP)
    assert not flags["Hội thảo giới thiệu cách"] and not flags["Người tổ chức mong muốn"]
    for opening in ("Còn 40 chỗ", "Địa điểm", "Trung tâm Hội nghị", "Ban tổ chức", "Nguyễn Hữu Phước", "Người tham dự"):
        assert flags[opening], opening


DOCS_SITE = """<!DOCTYPE html><html lang="vi"><head><title>Cài đặt – Tài liệu Hồ sơ bệnh án</title></head><body>
<header class="navbar"><a class="navbar-brand" href="/">Tài liệu Hồ sơ bệnh án</a></header>
<main class="docMainContainer">
<header class="page-header"><h1>Cài đặt</h1><p class="page-description">Chuẩn bị máy chủ và cài đặt phần mềm lần đầu</p>
</header>
<div class="markdown"><p>Phần mềm chạy trên máy chủ có ít nhất 8 GB bộ nhớ và 100 GB ổ cứng. Bệnh viện nên cài trên
máy chủ riêng, tách khỏi hệ thống kế toán.</p>
<h2 id="yeu-cau">Yêu cầu hệ thống<a class="headerlink" href="#yeu-cau">¶</a></h2>
<p>Hệ điều hành được hỗ trợ gồm các bản phân phối Linux phổ biến và Windows Server từ bản 2019 trở lên.</p>
<h2 id="sao-luu"><a class="anchor" href="#sao-luu">#</a>Sao lưu dữ liệu</h2>
<p>Dữ liệu cần được sao lưu mỗi ngày ra một ổ đĩa đặt ở phòng khác của bệnh viện.</p>
<p class="tags">#bệnh-án #cài-đặt</p>
</div></main></body></html>"""


def test_docs_site_description_and_anchored_headings(tmp_path: Path) -> None:
    flags = page_flags(tmp_path, DOCS_SITE)
    for opening in ("Chuẩn bị máy chủ", "Yêu cầu hệ thống", "#Sao lưu dữ liệu", "Phần mềm chạy"):
        assert not flags[opening], opening
    assert flags["#bệnh-án"]  # a row of hashtags stays chrome


SITE_HEADER_IN_MAIN = """<!DOCTYPE html><html lang="vi"><head><title>Blog Bếp Nhà</title></head><body><main>
<header class="site-header"><h1 class="site-title">Bếp Nhà</h1><p class="site-description">Món ngon mỗi ngày cho gia
đình bận rộn</p></header>
<article><h2>Canh chua cá lóc miền Tây</h2><p>Canh chua cá lóc là món quen thuộc trong bữa cơm miền Tây, nấu với
me, thơm, cà chua và bạc hà.</p></article></main></body></html>"""


def test_site_tagline_in_main_stays_chrome(tmp_path: Path) -> None:
    flags = page_flags(tmp_path, SITE_HEADER_IN_MAIN)
    assert flags["Món ngon mỗi ngày"] and not flags["Canh chua cá lóc là món"]


PROCEDURE = """<!DOCTYPE html><html lang="vi"><head><title>Đăng ký hộ kinh doanh</title></head><body><main>
<h1>Thủ tục đăng ký hộ kinh doanh từ năm 2026</h1>
<div class="registration-guide"><p>Từ ngày 1/1/2026, hộ kinh doanh nộp hồ sơ đăng ký qua Cổng dịch vụ công quốc gia và
nhận kết quả trong 3 ngày làm việc.</p><p>Người tổ chức hộ kinh doanh phải là công dân Việt Nam từ đủ 18 tuổi.</p></div>
</main></body></html>"""


def test_registration_guide_in_an_article_stays(tmp_path: Path) -> None:
    """A class naming registration that is no card, form or box of the page ('registration-guide') holds article."""
    flags = page_flags(tmp_path, PROCEDURE)
    assert not flags["Từ ngày 1/1/2026"] and not flags["Người tổ chức hộ kinh doanh"]
