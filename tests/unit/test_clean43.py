"""The clean43 set (tests/data/clean43): eight human-written Vietnamese pages on football and the SEA Games, a hospital
bribery trial, a film festival and a concert tour, health insurance and tourism, five copied as text (a court's press
office notice, a sports live-blog, an insurance office's questions and answers, an e-mail newsletter in a webmail
inbox, a film festival's press room) and three saved as HTML (TYPO3, Tilda, Shopify). Every line annotated; clean text
must stay quiet and the chrome must be boilerplate. The fixes are tested on markup, lines and sentences written
outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, found_in_text, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_flags, page_segments

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN43 = Path(__file__).resolve().parents[1] / "data" / "clean43"
DOCS = sorted(p for p in CLEAN43.iterdir() if p.suffix in {".txt", ".html"})

# chrome the set's README leaves read as article (the reasons are there)
CHROME_LEFT = {
    "03_hoi_dap_bao_hiem_y_te.txt": {"Trả lời:"},
    "04_hop_thu_ban_tin_du_lich.txt": {"DU LỊCH CAO NGUYÊN & BIỂN ĐẢO"},
    "05_phong_bao_chi_lien_hoan_phim.txt": {
        "Liên hệ báo chí",
        "Nguyễn Hoài Thương – Trưởng bộ phận truyền thông",
        "Phóng viên đã được cấp thẻ tác nghiệp có thể nhận lại giấy tờ tùy thân tại quầy báo chí, tầng 1 Nhà hát "
        "Sông Hương, đến 12 giờ ngày 27/11.",
    },
}


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


def _text_flags(tmp_path: Path, text: str) -> dict[str, bool]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return {s.text: s.boilerplate for s in page_segments(page)}


# --- an official document printed on a portal's page (01) ------------------------------------------------------------

NOTICE = """Trang chủ | Giới thiệu | Văn bản | Thông báo | Liên hệ
Trang chủ / Thông báo
Số: 118/TB-STP
Cần Thơ, ngày 2 tháng 12 năm 2027
THÔNG BÁO
Về việc tiếp công dân định kỳ tháng 12/2027
Sở Tư pháp thành phố Cần Thơ tổ chức tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại trụ sở sở.
Công dân có nhu cầu phản ánh, kiến nghị mang theo giấy tờ tùy thân và hồ sơ liên quan.
Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Minh Khoa
"""


def test_a_notices_number_date_and_distribution_on_a_portal_page_are_chrome(tmp_path: Path) -> None:
    """Written outside the set: a justice department's notice on its portal; its text stays article."""
    flags = _text_flags(tmp_path, NOTICE)
    assert flags["Số: 118/TB-STP"] and flags["Cần Thơ, ngày 2 tháng 12 năm 2027"]
    assert flags["Nơi nhận:"] and flags["- Lưu: VT."] and flags["KT. GIÁM ĐỐC"] and flags["Lê Minh Khoa"]
    assert not flags[
        "Sở Tư pháp thành phố Cần Thơ tổ chức tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại trụ sở sở."
    ]
    assert not flags["THÔNG BÁO"]


def test_a_document_copied_on_its_own_keeps_its_apparatus(tmp_path: Path) -> None:
    """The same notice with no page around it (clean17's and genres18's documents): its number, its date and its
    distribution list are its text."""
    bare = NOTICE.split("\n", 2)[2]
    flags = _text_flags(tmp_path, bare)
    assert not flags["Cần Thơ, ngày 2 tháng 12 năm 2027"] and not flags["Nơi nhận:"]
    assert not flags["- Các phòng, đơn vị thuộc Sở;"]


def test_a_sentence_with_a_number_or_a_date_stays() -> None:
    lines = [
        "Trang chủ | Tin tức | Liên hệ",
        "Số: 2.400 hộ dân đã nhận hỗ trợ trong đợt này.",
        "Hà Nội, ngày 24 tháng 11 năm 2026, trời rét đậm.",
        "Sáng 24/11, đoàn công tác làm việc với Sở Y tế về kế hoạch mua sắm thiết bị năm 2027.",
    ]
    assert classify_lines(lines)[1:] == [None, None, None]


# --- a live-blog's labels and a poll (02) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "TRỰC TIẾP",
        "Đã ghim",
        "Tự động cập nhật: Tắt",
        "Hiệp 2",
        "Hiệp phụ thứ nhất",
        "Bạn dự đoán ai sẽ giành Quả bóng vàng Việt Nam 2026?",
        "12.408 lượt bình chọn",
        "Người hỏi: Trần Văn Bình (Cần Thơ) | Ngày gửi: 02/12/2026",
        "Ban Pháp chế – Sở Tư pháp | Ngày trả lời: 05/12/2026",
        "Soạn thư",
        "Hộp thư đến 57",
        "Thư nháp",
        "Đã gửi",
        "Kết quả thi học kỳ I   Hộp thư đến",
        "Phòng Đào tạo <daotao@truong-abc.edu.vn>   Hủy đăng ký",
        "tới tôi",
        "09:15 (5 phút trước)",
        "Nhà tài trợ",
        "Giảm 15% cho đơn đặt tour đầu tiên trong tháng 1. Mã: CHAO2027",
        "PHÒNG BÁO CHÍ",
        "Newsroom",
        "Để lại email, chúng tôi sẽ gửi lịch chiếu mới mỗi tuần.",
    ],
)
def test_page_widgets_are_chrome(line: str) -> None:
    """Written outside the set: a live-blog's, a Q&A page's, a webmail's, a newsletter's and a press room's lines."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Trực tiếp từ hiện trường, phóng viên cho biết nước đã bắt đầu rút.",
        "Hiệp 2 chứng kiến thế trận khác hẳn khi đội khách dâng cao đội hình.",
        "Bạn dự đoán đúng tỷ số thì được tặng một vé xem trận chung kết.",
        "Người hỏi là một kỹ sư đã nghỉ hưu ở quận Ninh Kiều.",
        "Thư nháp của bức thư ấy vẫn còn nằm trong ngăn kéo.",
        "Ông gửi thư tới tôi hôm 3/12 để hỏi về thủ tục.",
        "Người dùng nhập mã: abcd để xác nhận giao dịch.",
        "Phòng báo chí của bộ đã gửi thông cáo tới các cơ quan truyền thông.",
        "Để lại email là cách nhanh nhất để nhận vé điện tử.",
        "Nhận bản tin dự báo bão qua Zalo",
    ],
)
def test_sentences_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line) == (None, False)


def test_questions_in_the_same_field_open_the_foot() -> None:
    lines = [
        "Được hoàn thuế thu nhập cá nhân trong bao lâu?",
        "Theo quy định, cơ quan thuế giải quyết hồ sơ hoàn thuế trong thời hạn sáu ngày làm việc.",
        "Các câu hỏi cùng lĩnh vực:",
        "Quyết toán thuế khi có hai nơi làm việc thế nào?",
        "Chịu trách nhiệm nội dung: Ban biên tập",
    ]
    assert classify_lines(lines)[:2] == [None, None]
    assert all(classify_lines(lines)[2:])


def test_a_newsletters_foot_after_why_you_got_it() -> None:
    lines = [
        "Tháng 12, thành phố mở thêm ba tuyến xe buýt điện nối sân bay với trung tâm.",
        "Mỗi tuyến chạy 15 phút một chuyến, giá vé 12.000 đồng.",
        "Bạn nhận được email này vì đã đăng ký nhận tin tại trang của chúng tôi.",
        "Công ty TNHH Tin Nhanh Miền Trung, 45 Lê Lợi, Đà Nẵng",
    ]
    kinds = classify_lines(lines)
    assert kinds[:2] == [None, None] and kinds[2] == "footer" and kinds[3] is not None


# --- a state body's name over its page (03) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("BẢO HIỂM XÃ HỘI THÀNH PHỐ CẦN THƠ", True),
        ("KHO BẠC NHÀ NƯỚC KHU VỰC XII", True),
        ("TÒA ÁN NHÂN DÂN TỈNH GIA LAI", True),
        ("BẢO HIỂM XÃ HỘI TĂNG MỨC HỖ TRỢ CHO NGƯỜI CAO TUỔI", False),
        ("ỦY BAN NHÂN DÂN TỈNH AN GIANG KIỂM TRA TIẾN ĐỘ DỰ ÁN CAO TỐC", False),
        ("ỦY BAN NHÂN DÂN", False),
    ],
)
def test_a_state_bodys_letterhead(line: str, chrome: bool) -> None:
    assert (classify_line(line)[0] is not None) is chrome


def test_a_letterhead_over_a_sites_name_leaves_the_name_its_head() -> None:
    """The body read as a letterhead on its own line still lets the name and motto under it be the site's head
    (the kindergarten under its commune, clean33); a headline in capitals under the letterhead's menu stays."""
    school = [
        "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN",
        "TRƯỜNG TIỂU HỌC ÁNH SAO",
        '"Học để làm người tử tế"',
        "Trang chủ | Giới thiệu | Tin tức | Tuyển sinh | Liên hệ",
        "Học sinh khối 5 tham quan Bảo tàng Lịch sử quốc gia",
        "Sáng 20/11, hơn 150 học sinh khối 5 đã tham quan bảo tàng cùng thầy cô.",
    ]
    kinds = classify_lines(school)
    assert all(kinds[i] is not None for i in range(4)) and kinds[4] is None and kinds[5] is None
    portal = [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
        "KHỞI CÔNG CẦU VƯỢT SÔNG ĐUỐNG MỚI",
        "Thứ Hai, 24/11/2025",
        "Sáng 24/11, tỉnh khởi công cây cầu dài 1,2 km nối hai bờ sông Đuống.",
    ]
    kinds = classify_lines(portal)
    assert kinds[:2] == ["navigation", "navigation"] and kinds[2] is None and kinds[4] is None


# --- HTML: a post's back link, a shop's product cards, a builder's badge (06-08) -------------------------------------

BODY = (
    "<p>Sáng 3/12, Sở Giáo dục và Đào tạo tỉnh Gia Lai khai mạc hội thi giáo viên dạy giỏi cấp tỉnh "
    "với 214 thí sinh.</p>"
    "<p>Hội thi kéo dài đến ngày 12/12, gồm phần thi giảng trên lớp và phần trình bày sáng kiến kinh nghiệm.</p>"
)


def test_back_links_product_cards_and_badges_are_chrome(tmp_path: Path) -> None:
    """Written outside the set: a school shop's post with a back link, a product section and a builder's badge; a
    'background' note in the article stays."""
    flags = page_flags(
        tmp_path,
        "<html><head><title>Hội thi</title></head><body><main><article><h1>Khai mạc hội thi giáo viên dạy giỏi</h1>"
        + BODY
        + '<div class="background-note"><p>Năm ngoái, hội thi có 186 thí sinh đến từ 15 trường.</p></div>'
        '<div class="post-back"><a href="/tin">Về trang Tin tức</a></div></article>'
        '<section id="shopify-section-template--9__featured_collection" class="shopify-section">'
        '<h2>Sách tham khảo gợi ý</h2><ul class="grid"><li><a href="/p/1">Bộ đề ôn thi giáo viên giỏi</a></li>'
        "</ul></section>"
        '<div class="product-recommendations"><p>Giáo án mẫu môn Ngữ văn</p></div></main>'
        '<div class="t-tildalabel" id="tildacopy"><a href="https://tilda.cc">Made on Tilda</a></div></body></html>',
    )
    assert not flags["Sáng 3/12"] and not flags["Năm ngoái"]
    assert flags["Về trang Tin tức"] and flags["Sách tham khảo gợi ý"] and flags["Bộ đề ôn thi"]
    assert flags["Giáo án mẫu"] and flags["Made on Tilda"]


# --- S101: a French loan written joined (06) -------------------------------------------------------------------------


def test_a_joined_loan_is_no_slip(tmp_path: Path) -> None:
    """'êkíp' (équipe) and 'êtô' (étau) as the press writes them are no typo; 'ekíp' without its circumflex and
    'hiêp' without its tone still are."""
    text = "Êkíp phẫu thuật gồm tám bác sĩ. Người thợ kẹp phôi vào êtô rồi mài.\n"
    assert found_in_text(tmp_path, text, "S101") == []
    flagged = {t for _, t, _ in found_in_text(tmp_path, "Cả ekíp làm việc suốt đêm. Hai bên ký hiêp định.\n", "S101")}
    assert {"ekíp", "hiêp"} <= flagged


# --- a form's own title and call above it (07) -----------------------------------------------------------------------

FORM = (
    '<form method="post" action="/dang-ky"><div class="field"><label>Email</label><input type="email"></div>'
    "<div><button>Gửi</button></div></form>"
)


def test_a_forms_title_and_call_are_its_box(tmp_path: Path) -> None:
    """Written outside the set: a sports page's sign-up block, its title and call in the div that holds the form and
    nothing else; the article stays."""
    flags = page_flags(
        tmp_path,
        '<html><head><title>Hội thi</title></head><body><div class="content"><h1>Khai mạc hội thi giáo viên dạy giỏi'
        "</h1>" + BODY + '</div><div class="block-17"><div class="inner"><h3>Lịch thi đấu gửi tận hộp thư</h3>'
        "<p>Mỗi sáng thứ Hai, chúng tôi gửi lịch thi đấu của tuần qua email.</p></div><div>" + FORM + "</div></div>"
        "</body></html>",
    )
    assert not flags["Sáng 3/12"] and not flags["Hội thi kéo dài"]
    assert flags["Lịch thi đấu gửi tận hộp thư"] and flags["Mỗi sáng thứ Hai"]


@pytest.mark.parametrize(
    "body",
    [
        # an article whose last paragraphs sit right above a form inside the article
        "<article><h1>Khai mạc hội thi giáo viên dạy giỏi</h1>" + BODY + FORM + "</article>",
        # a section of three paragraphs before its form: more than a title and a call
        "<div><h1>Khai mạc hội thi giáo viên dạy giỏi</h1>" + BODY + '</div><div class="s"><p>Năm ngoái, hội thi có '
        "186 thí sinh.</p><p>Năm nay có 214 thí sinh.</p><p>Ban tổ chức mời phụ huynh đăng ký dự lễ bế mạc.</p>"
        + FORM
        + "</div>",
        # a paragraph after the form in its section
        "<div><h1>Khai mạc hội thi giáo viên dạy giỏi</h1>" + BODY + '</div><div class="s">' + FORM + "<p>Năm ngoái, "
        "hội thi có 186 thí sinh.</p></div>",
    ],
)
def test_paragraphs_beside_a_form_stay(tmp_path: Path, body: str) -> None:
    flags = page_flags(tmp_path, "<html><head><title>Hội thi</title></head><body>" + body + "</body></html>")
    assert not flags["Sáng 3/12"] and not flags["Hội thi kéo dài"]
    assert not any(v for k, v in flags.items() if k.startswith(("Năm ngoái", "Năm nay", "Ban tổ chức mời")))
