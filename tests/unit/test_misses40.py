"""misses40 (round 27): adversary92's misses fixed in a general way, each tested on sentences outside the set, both
ways: C107 airlines by their Chinese names and a gated calque after a body's rules or market, T308 water and
vocational words, N106 an honorific with the post apposed after a comma; then A109 a month of a year changed, C106
a place's pinyin as a province's partner, C101 我国 after a lender's loan, and the chrome reader on an office's contact
line (clean52)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Thái Quốc Hàng không sẽ tăng chuyến Bangkok – Đà Nẵng.", "Thái Quốc Hàng không", "Thai Airways"),
        ("Hạ Môn Hàng Không mở đường bay mới tới Phú Quốc.", "Hạ Môn Hàng Không", "Xiamen Airlines"),
        ("Toàn Nhật Không và Đại Hàn Hàng không cùng tăng chuyến.", "Toàn Nhật Không", "All Nippon Airways (ANA)"),
        ("Gỗ xuất khẩu phải đáp ứng tiêu chuẩn chống phá rừng của Âu Minh.", "Âu Minh", "EU"),
        ("Hàng dệt may chiếm 5% thị trường của Đông Minh năm nay.", "Đông Minh", "ASEAN"),
    ],
)
def test_c107_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


@pytest.mark.parametrize(
    "text",
    [
        "Đây là chính sách của Âu Minh Tuấn, giám đốc công ty.",  # a person's name goes on after the calque
        "Theo lời kể của Âu Minh, gia đình anh sống ở Hội An.",  # no body's rule before 'của'
        "Xã Đông Minh đã hoàn thành tiêu chí nông thôn mới.",
        "Hãng hàng không Nhật Bản JAL tăng chuyến tới Hà Nội; Cục Hàng không Việt Nam cấp phép.",
    ],
)
def test_c107_quiet(text: str) -> None:
    assert _found(text, "C107") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Nhà máy xử lý ô thủy của khu công nghiệp đã vận hành.", "ô thủy", "nước thải"),
        ("Lượng phế thuỷ công nghiệp tăng mạnh.", "phế thuỷ", "nước thải"),
        ("Hệ thống tự lai thủy của thành phố được nâng cấp.", "tự lai thủy", "nước máy"),
        ("Trường đẩy mạnh hợp tác chức nghiệp giáo dục với Đức.", "chức nghiệp giáo dục", "giáo dục nghề nghiệp"),
        ("Học viên được tư vấn chức nghiệp trước khi tốt nghiệp.", "chức nghiệp", "nghề nghiệp"),
    ],
)
def test_t308_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Cửa sổ ô thủy tinh bị vỡ sau cơn bão.",
        "Công ty xử lý nước thải và cung cấp nước máy cho khu dân cư.",
        "Trường đẩy mạnh giáo dục nghề nghiệp và hướng nghiệp cho học sinh.",
    ],
)
def test_t308_quiet(text: str) -> None:
    assert _found(text, "T308") == []


def test_n106_fires_with_the_post_apposed() -> None:
    text = "Lê Thị Hoa nữ sĩ, Giám đốc Sở Văn hóa, dự lễ khai mạc triển lãm."
    assert _found(text, "N106") == [("nữ sĩ", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Học trò gọi thầy Vũ Đình Liên tiên sinh, Hiệu trưởng trường làng, là người thầy mẫu mực.",
        "Nhà thơ nhắc đến Nguyễn Du tiên sinh, tác giả Truyện Kiều.",
    ],
)
def test_n106_quiet(text: str) -> None:
    assert _found(text, "N106") == []


@pytest.mark.parametrize(
    "line",
    [
        "You are logged in as Jane Doe (Log out)",
        "Bạn đã đăng nhập với tài khoản hs2025 (Đăng xuất)",
        "Permalink | Show parent | Reply",
        "Sửa   Xóa   Trả lời",
        "by Admin - Tuesday, 4 March 2025, 10:15 AM",
        "bởi Nguyễn Văn An - Chủ nhật, 2 tháng 3 2025, 8:05 PM",
        "Data retention summary",
        "Trường Đại học Mở – Hệ thống đào tạo trực tuyến",
        "Sắp xếp: [Mới nhất ▾]",
        "Sự kiện   Filter by: [Month ▾] [Venue ▾]",
    ],
)
def test_learning_platform_and_listing_chrome(line: str) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert classify_lines([line]) != [None]


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đang đăng nhập với tên thật để bình luận.",
        "Nhà trường trả lời, sửa và xóa các bài viết sai.",
        "Trả lời",
        "Lọc theo giá, ông Nam chọn sản phẩm rẻ nhất.",
        "Ứng dụng dành cho thiết bị di động được nâng cấp.",
        "Bài viết bởi nhóm phóng viên - thực hiện trong 3 tháng 2025.",
    ],
)
def test_sentences_of_the_same_words_stay_article(line: str) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert classify_lines([line]) == [None]


@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        ("德方代表施密特博士表示。", "Đại diện phía Đức, Tiến sĩ Shimite cho biết.", "Shimite"),
        ("美国国务卿史密斯抵达河内。", "Ngoại trưởng Mỹ Shimisi đã tới Hà Nội.", "Shimisi"),
    ],
)
def test_a_transcription_read_from_the_source(source: str, target: str, span: str) -> None:
    from audit.lang.source_pinyin import source_transliterations

    assert [target[n.start : n.end] for n in source_transliterations(source, target)] == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("日本清水建设公司中标。", "Công ty Shimizu của Nhật Bản trúng thầu."),  # romaji, not the pinyin of 清水
        ("石田先生表示满意。", "Ông Ishida bày tỏ hài lòng."),
        ("施明德出席了会议。", "Ông Shi Mingde đã dự hội nghị."),  # two words: N101's, not a transcription
    ],
)
def test_no_transcription_where_the_word_is_not_its_pinyin(source: str, target: str) -> None:
    from audit.lang.source_pinyin import source_transliterations

    assert source_transliterations(source, target) == []


def _found_with_source(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_pairs

    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        ("工程将于2025年9月竣工。", "Công trình sẽ hoàn thành vào tháng 10/2025.", [("10/2025", "9/2025")]),
        ("Exports rose in March 2026.", "Xuất khẩu tăng trong tháng 5 năm 2026.", [("5 năm 2026", "3 năm 2026")]),
        ("The plant opens in July 2027.", "Nhà máy khai trương vào tháng 8-2027.", [("8-2027", "7-2027")]),
    ],
)
def test_a109_compares_a_month_of_a_year(source: str, target: str, found: list[tuple[str, str]]) -> None:
    assert _found_with_source(source, target, "A109") == found


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("工程将于2025年9月竣工。", "Công trình sẽ hoàn thành vào tháng 9/2025."),
        ("Exports rose in March 2026 and April 2026.", "Xuất khẩu tăng trong tháng 3/2026."),  # one dropped
        ("The deal was signed on 5 March 2026.", "Thỏa thuận được ký ngày 5 tháng 3 năm 2026."),  # a whole date
        ("项目于2026年1月5日签约。", "Dự án được ký ngày 5 tháng 1 năm 2026."),
        ("The fraud ran until October 2021.", "Hành vi gian lận kéo dài đến tháng 10/2012."),  # the year: A101's
        # a month without its year beside one with it: which month the year goes with is a guess
        ("项目将于2026年3月至5月施工。", "Dự án thi công từ tháng 3 đến tháng 5/2026."),
        ("工程于2025年6月至9月进行。", "Công trình tiến hành từ tháng 6 đến tháng 9 năm 2025."),
    ],
)
def test_a109_quiet_on_the_same_month_or_no_pairing(source: str, target: str) -> None:
    assert _found_with_source(source, target, "A109") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Thành phố Đà Nẵng sẽ hợp tác với Haifang để phát triển cảng biển.", "Haifang", "Hải Phòng"),
        ("UBND tỉnh Lào Cai tiếp tục liên kết với Guangning trong quảng bá du lịch.", "Guangning", "Quảng Ninh"),
    ],
)
def test_c106_a_provinces_partner(text: str, span: str, fix: str) -> None:
    """A province or city working with a place's pinyin: the partner is a Vietnamese place."""
    assert (span, fix) in _found(text, "C106")


@pytest.mark.parametrize(
    "text",
    [
        "Công ty cũng sẽ phối hợp với Fuguo để xây dựng các tour du lịch.",  # a firm's partner may be a firm
        "Ông Minh cho biết sẽ hợp tác với Haifang trong dự án này.",
        "Tỉnh sẽ phối hợp với Qinghe để quảng bá du lịch.",  # gated to 'tỉnh' (also a Chinese county)
        "Tỉnh Lào Cai sẽ hợp tác với Kunming để mở tuyến du lịch.",  # a Chinese city
    ],
)
def test_c106_a_partner_quiet(text: str) -> None:
    assert _found(text, "C106") == []


@pytest.mark.parametrize(
    "line",
    [
        "Phòng Truyền thông: 024 3826 1234 | truyenthong@abc.edu.vn",
        "Trung tâm Hỗ trợ khách hàng: cskh@capnuocdn.vn · 1900 6868",
        "Ban liên lạc cựu sinh viên: +84 912 345 678 · bll.cuusv@truong.edu.vn",
    ],
)
def test_an_offices_contact_line_is_chrome(line: str) -> None:
    """An office's name, a colon, a phone and a bare e-mail address, nothing else (clean52's Canva page)."""
    from audit.corpus.boilerplate import classify_lines

    assert classify_lines([line]) != [None]


@pytest.mark.parametrize(
    "line",
    [
        "Ban tổ chức mời độc giả gọi 0236 3 888 246 hoặc viết về tuanvanhoahan.dn@gmail.com.",
        "Điện thoại: 0236 3 888 246 · tuanvanhoahan.dn@gmail.com",  # may be an article's contact (clean28)
        "Ban tổ chức cho biết: số 0236 3 888 246 và địa chỉ abc@gmail.com đã ngừng hoạt động.",
    ],
)
def test_contact_in_a_sentence_stays_article(line: str) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert classify_lines([line]) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Cần Thơ nhận thêm 50 triệu USD cho dự án chống ngập.\nĐây là khoản viện trợ không hoàn lại lớn nhất của "
        "Nhật Bản cho Trung Quốc năm nay.",
        "Huế khánh thành trạm bơm mới.\nTheo đại sứ, đây là gói vay ưu đãi đầu tiên của Hàn Quốc dành cho Trung Quốc "
        "trong ngành nước.",
    ],
)
def test_c101_a_lenders_loan_for_the_storys_country(text: str) -> None:
    """我国 as 'Trung Quốc' after a lender's loan or aid, in a story on a Vietnamese place naming China nowhere else."""
    assert ("Trung Quốc", "Việt Nam") in _found(text, "C101")


@pytest.mark.parametrize(
    "text",
    [
        "Bắc Kinh mở rộng mạng lưới cấp nước.\nĐây là khoản vay lớn nhất của Nhật Bản dành cho Trung Quốc năm nay.",
        "Đây là khoản vay lớn nhất của Ngân hàng Thế giới dành cho Trung Quốc trong năm.",  # no Vietnamese place
        "Hải Phòng đón tàu hàng từ Trung Quốc.\nĐây là khoản vay lớn nhất của Hàn Quốc dành cho Trung Quốc năm nay.",
        "Đà Nẵng khởi công nhà máy nước.\nHàn Quốc cũng cho Trung Quốc vay 2 tỷ USD năm ngoái, theo báo chí Seoul.",
    ],
)
def test_c101_a_loan_for_china_stays_quiet(text: str) -> None:
    assert _found(text, "C101") == []
