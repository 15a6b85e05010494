"""The clean45 set (tests/data/clean45): eight human-written Vietnamese pages on adversary79's and adversary80's beats
(rooftop solar, the ASEAN energy ministers and offshore wind, the State Bank's rates and gold bars, labour export to
Japan, Taiwan and Korea, a Lao and a Cambodian Prime Minister's visits, maritime search and rescue, a university
CubeSat), five copied as text (an electricity customer-care portal, a Facebook group's post, a photo agency's photo
set, a mailing list's archive, a maritime rescue centre's portal) and three saved as HTML (Sitefinity, Plone, MkDocs
Material). Every line annotated; clean text must stay quiet and the chrome must be boilerplate. The fixes are tested
on markup, lines and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import (
    BoilerplateFlags,
    assert_openings_hold,
    assert_read_as_annotated,
    page_flags,
    page_segments,
)

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN45 = Path(__file__).resolve().parents[1] / "data" / "clean45"
DOCS = sorted(p for p in CLEAN45.iterdir() if p.suffix in {".txt", ".html"})

# chrome the set's README leaves read as article (the reasons are there)
CHROME_LEFT: dict[str, set[str]] = {}


def test_set_is_complete() -> None:
    assert len(DOCS) == 8 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT.get(path.name, set()))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT.get(path.name, set()))


def _text_flags(tmp_path: Path, text: str) -> BoilerplateFlags:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return BoilerplateFlags((s.text, s.boilerplate) for s in page_segments(page))


# --- one line's chrome: a list archive, a photo set, a group's post, a back link, a keywords line -------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lê Thị Hạnh hanh.lt at hust.edu.vn",
        "Nguyen Van Binh binh at lab.example.org",
        "Thứ Hai 3 Th2 2026 08:05:41 +07",
        "Chủ nhật, 14 tháng 6, 2026 19:30 +0700",
        "Mon Feb 2 08:05:41 ICT 2026",
        "Thư trước: [Robot-tin] Lịch thi đấu vòng loại",
        "Thư sau: [Robot-tin] Kết quả buổi thử sân",
        "Next message: [Robot-tin] Kết quả buổi thử sân",
        "Thư được sắp xếp theo: [ ngày ] [ mạch thảo luận ] [ tác giả ]",
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
        "Thông tin thêm về danh sách thư Robot-tin",
        "More information about the Robot-tin mailing list",
        "Tìm video theo từ khóa hoặc tên chương trình",
        "Tìm kiếm theo từ khóa, tên tác giả, năm xuất bản…",
        "Mã ảnh: HN-260203-0077 · 4.000 × 6.000 px · Ảnh: Phạm Thu Trang",
        "Photo ID: AB-1234 · 3.000 × 2.000 px",
        "Hình ảnh chỉ được sử dụng khi ghi rõ nguồn Trung tâm Tư liệu.",
        "Tìm kiếm trên Instagram",
        "+ Mời   Chia sẻ   Tham gia nhóm",
        "Theo dõi   Nhắn tin   …",
        "Người kiểm duyệt · 5 giờ ·",
        "Quản trị viên · 3 tuần · 🌏",
        "3,4K",
        "Tất cả bình luận",
        "Viết bình luận của bạn…",
        "‹ Trở về trang tin tức",
        "Quay lại danh sách bài viết",
        "Thuộc chuyên mục: Kinh tế số",
    ],
)
def test_page_widgets_are_chrome(line: str) -> None:
    """Written outside the set: each line is chrome on its own."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Thư trước đó của anh gửi về quê đã thất lạc ở bưu điện huyện.",
        "Người dùng có thể tìm ảnh theo từ khóa, mã ảnh hoặc tên phóng viên trên trang web của thông tấn xã.",
        "Bà Hạnh cho biết bộ ảnh chỉ được sử dụng cho triển lãm ở bảo tàng tỉnh.",
        "Trở lại danh sách đội tuyển quốc gia",
        "Quay lại danh sách đội tuyển sau hai năm, Văn Toàn ghi bàn ngay trận ra mắt.",
        "Mời các bạn chia sẻ kinh nghiệm đi làm việc ở Nhật Bản.",
        "Quản trị viên nhóm cho biết sẽ xóa các bài đăng quảng cáo.",
        "Phù hợp nhất với người mới là đơn hàng cơ khí ở Aichi.",
        "Thuộc chủ đề này, nhóm đã viết ba bài hướng dẫn.",
        "Chủ nhật, 14 tháng 6, các đội sẽ thi đấu vòng chung kết.",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line) == (None, False)


# --- a page's apparatus: a signature, a photo's caption, a group's name, a lookup table (01-05) -----------------------

ARTICLE = (
    "Câu lạc bộ Robot của trường đã giành giải nhì cuộc thi Robocon toàn quốc năm 2026 tổ chức tại Đà Nẵng.\n"
    "Đội gồm tám sinh viên năm hai và năm ba, tự thiết kế cơ cấu ném bóng trong bốn tháng.\n"
)


def test_a_mails_signature_under_its_dashes_is_chrome() -> None:
    lines = [*ARTICLE.splitlines(), "Thân ái,", "--", "Lê Thị Hạnh", "Phó Trưởng khoa Điện tử", "ĐT: 0912 000 111", ""]
    kinds = classify_lines(lines)
    assert kinds[:3] == [None, None, None]  # the closing 'Thân ái,' is no byline
    assert all(kinds[4:7])


def test_a_rule_of_dashes_over_verse_closes_nothing() -> None:
    lines = [*ARTICLE.splitlines(), "--", "Sông dài cá lội biệt tăm", "Phải duyên chồng vợ ngàn năm cũng chờ", ""]
    assert classify_lines(lines)[3:5] == [None, None]


def test_a_photos_caption_between_its_number_and_its_facts(tmp_path: Path) -> None:
    flags = _text_flags(
        tmp_path,
        "KHO ẢNH HÀ NỘI XƯA\nTrang chủ   Bộ sưu tập   Tác giả   Liên hệ\n\n"
        "Phố cổ Hà Nội qua ống kính của nhiếp ảnh gia người Pháp\n"
        "Bộ ảnh gồm những tấm hình chụp phố Hàng Đào, chợ Đồng Xuân và hồ Hoàn Kiếm trong những năm 1920, được "
        "gia đình tác giả tặng lại cho bảo tàng thành phố năm 2024.\n"
        "Ảnh 1/3\nChợ Đồng Xuân nhìn từ phố Hàng Chiếu, khoảng năm 1925.\n"
        "Mã ảnh: HN-1925-0007 · 2.400 × 1.600 px · Ảnh: Tư liệu\n"
        "Ảnh 2/3\nHồ Hoàn Kiếm và tháp Rùa vào một buổi sáng mùa đông, khi phố còn vắng người qua lại.\n",
    )
    assert flags["Chợ Đồng Xuân nhìn từ phố Hàng Chiếu"]
    assert not flags["Hồ Hoàn Kiếm và tháp Rùa"]  # a number with no facts after it keeps its text
    assert not flags["Bộ ảnh gồm những tấm hình"]


def test_a_groups_name_over_its_facts() -> None:
    lines = ["Hội những người yêu xe đạp Hà Nội", "Nhóm Riêng tư · 12,5K thành viên", *ARTICLE.splitlines()]
    assert classify_lines(lines)[:2] == ["navigation", "navigation"]
    sentence = ["Nhóm hiện có hơn mười hai nghìn thành viên đạp xe mỗi sáng.", "Nhóm Công khai · 12,5K thành viên"]
    assert classify_lines([*sentence, *ARTICLE.splitlines()])[0] is None


def test_an_author_over_their_role_and_the_posts_age() -> None:
    lines = ["Đỗ Minh Khang", "Người kiểm duyệt · 5 giờ ·", *ARTICLE.splitlines()]
    assert classify_lines(lines)[:2] == ["byline", "timestamp"]


LOOKUP = (
    "CÔNG TY CẤP NƯỚC SÔNG ĐÀ – CHĂM SÓC KHÁCH HÀNG\nTrang chủ   Dịch vụ   Tra cứu   Tin tức   Liên hệ\n\n"
    "Lịch tạm ngừng cấp nước\n"
    "Thời gian | Khu vực | Nguyên nhân\n"
    "08:00 – 16:00, 4/2/2026 | Phường Hòa Bình (một phần) | Sửa chữa đường ống D300\n"
    "22:00, 5/2 – 04:00, 6/2/2026 | Xã Kỳ Sơn | Thay van khu vực\n"
    "Trang chủ » Tin tức » Thông báo\n\n"
    "Công ty cấp nước hoàn thành tuyến ống mới cho ba xã ven sông Đà\n"
    "Tuyến ống dài 12 km đưa nước sạch tới hơn 4.000 hộ dân, sớm hơn kế hoạch hai tháng và giảm thất thoát nước "
    "xuống dưới 15%.\n"
)


def test_a_lookup_table_above_the_path_is_chrome(tmp_path: Path) -> None:
    """Written outside the set: a water company's shutdown schedule in the page's head, read as article at the
    branch point."""
    flags = _text_flags(tmp_path, LOOKUP)
    assert flags["Lịch tạm ngừng cấp nước"] and flags["Thời gian | Khu vực | Nguyên nhân"]
    assert flags["08:00 – 16:00, 4/2/2026"] and flags["22:00, 5/2"]
    assert not flags["Công ty cấp nước hoàn thành"] and not flags["Tuyến ống dài 12 km"]


def test_a_table_of_the_article_stays(tmp_path: Path) -> None:
    """A table under the article's first paragraph, or one with text under it instead of a path, is the article's."""
    head, rest = LOOKUP.split("Lịch tạm ngừng cấp nước\n")
    table, tail = rest.split("Trang chủ » Tin tức » Thông báo\n\n")
    moved = head + "Trang chủ » Tin tức » Thông báo\n\n" + tail + "Lịch tạm ngừng cấp nước\n" + table
    flags = _text_flags(tmp_path, moved + "Trang chủ » Tin tức » Thông báo\n")
    assert not flags["Thời gian | Khu vực | Nguyên nhân"] and not flags["08:00 – 16:00, 4/2/2026"]
    no_path = _text_flags(tmp_path, LOOKUP.replace("Trang chủ » Tin tức » Thông báo\n\n", ""))
    assert not no_path["08:00 – 16:00, 4/2/2026"]


# --- HTML: Plone's description in the article's header (07) ----------------------------------------------------------

PLONE = (
    "<html><head><title>Lớp tiếng Nhật miễn phí cho thực tập sinh — Trung tâm Ngoại ngữ Hòa Bình</title></head><body>"
    '<div id="portal-header"><a id="portal-logo" href="/">Trung tâm Ngoại ngữ Hòa Bình</a></div>'
    '<nav id="portal-globalnav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>'
    '</nav><article id="portal-column-content"><header><h1 class="documentFirstHeading">Lớp tiếng Nhật miễn phí cho '
    'thực tập sinh</h1><div class="documentByLine">bởi Ban Đào tạo — đăng 2/2/2026 09:10</div>'
    '<div class="documentDescription description">Mỗi lớp 30 học viên, học buổi tối trong bốn tháng trước khi '
    'xuất cảnh.</div></header><div id="parent-fieldname-text"><p>Trung tâm mở hai lớp tiếng Nhật cho 60 lao động '
    "sắp sang Nhật Bản làm việc theo diện kỹ năng đặc định.</p><p>Học viên được cấp giáo trình miễn phí.</p></div>"
    '</article><footer id="portal-footer"><p>© 2026 Trung tâm Ngoại ngữ Hòa Bình</p></footer></body></html>'
)


def test_a_documents_description_in_its_header_is_the_sapo(tmp_path: Path) -> None:
    """Written outside the set: at the branch point the description was chrome."""
    flags = page_flags(tmp_path, PLONE)
    assert not flags["Mỗi lớp 30 học viên"] and not flags["Lớp tiếng Nhật miễn phí"] and not flags["Trung tâm mở"]
    assert flags["bởi Ban Đào tạo"] and flags["© 2026"]


def test_a_description_in_a_page_header_stays_chrome(tmp_path: Path) -> None:
    """A site's description in the page's own header (no article around it) is the site's tagline: chrome."""
    html = PLONE.replace(
        '<a id="portal-logo" href="/">Trung tâm Ngoại ngữ Hòa Bình</a></div>',
        '<a id="portal-logo" href="/">Trung tâm Ngoại ngữ Hòa Bình</a><div class="description">Đào tạo tiếng Nhật, '
        "tiếng Hàn cho người lao động từ năm 2010.</div></div>",
    )
    assert page_flags(tmp_path, html)["Đào tạo tiếng Nhật, tiếng Hàn"]
