"""The lead's fixes of round 32 for adversary111's misses, on sentences outside that set: the Holy See as a party
(C102 'Việt-Phạn' 越梵, C101 'Trung Quốc' thanked for making a visit possible) and popes and Holy See officials by
their Chinese names (N102 in Hán-Việt, N108 in pinyin); Vietnamese Catholic forms, Sanskrit and the Cao Đài Holy See
stay quiet; a side's 方 read 'phương' where the record's Chinese source writes the side (C103), and a count of
myriads in a word before what modern news counts (T307)."""

from __future__ import annotations

from audit.api import audit_pairs, audit_text
from audit.lang.countries import find_mentions


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_tòa_thánh_is_the_holy_see_but_not_the_cao_đài_temple() -> None:
    assert [(m.text, m.iso) for m in find_mentions("Phái đoàn Tòa Thánh đến Hà Nội.")] == [("Tòa Thánh", "VA")]
    assert [m.iso for m in find_mentions("Đài phát thanh Vatican đưa tin.")] == ["VA"]
    assert find_mentions("Hàng vạn tín đồ về Tòa Thánh Tây Ninh dự lễ.") == []
    assert find_mentions("Toà Thánh Tây Ninh là trung tâm của đạo Cao Đài.") == []


def test_the_holy_sees_chinese_abbreviation_in_hán_việt_is_a_calqued_pair() -> None:
    text = (
        "Tổng Giám mục Paul Gallagher thăm Việt Nam\n"
        "Ngoại trưởng Tòa Thánh hội đàm với Bộ trưởng Ngoại giao Việt Nam tại Hà Nội.\n"
        "Hai bên đánh giá cao những tiến triển của quan hệ Phạn-Việt trong thời gian qua."
    )
    assert _found(text, "C102") == [("Phạn-Việt", "Tòa Thánh – Việt Nam")]


def test_sanskrit_beside_vietnamese_is_two_languages() -> None:
    text = (
        "Thư viện nhận sách tặng từ Vatican\n"
        "Bộ sách gồm Từ điển Phạn - Việt và nhiều bản kinh chữ Phạn, do một linh mục từng làm việc ở Tòa Thánh tặng."
    )
    assert _found(text, "C102") == []


def test_the_country_thanked_for_making_the_visit_possible_is_the_host() -> None:
    text = (
        "Phái đoàn Tòa Thánh thăm Việt Nam\n"
        "Phái đoàn Tòa Thánh đã thăm Việt Nam từ ngày 3 đến 8/12 và gặp lãnh đạo Ban Tôn giáo Chính phủ.\n"
        "Hai bên nhất trí tiếp tục thúc đẩy quan hệ song phương.\n"
        "Trưởng đoàn cảm ơn Nhà nước Trung Quốc đã tạo điều kiện thuận lợi cho đoàn trong suốt thời gian ở Hà Nội."
    )
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]


def test_a_home_leader_called_chinese_does_not_make_the_country_meant() -> None:
    """'Thủ tướng Trung Quốc Phạm Minh Chính' is N107's; the article's other 'Trung Quốc' is still C101's."""
    text = (
        "Tổng thống Kazakhstan thăm chính thức Việt Nam\n"
        "Thủ tướng Trung Quốc Phạm Minh Chính hội kiến Tổng thống Kazakhstan Kassym-Jomart Tokayev tại Hà Nội.\n"
        "Hai nước nhất trí nâng kim ngạch thương mại lên 2 tỷ USD.\n"
        "Tổng thống Tokayev cảm ơn chính phủ Trung Quốc đã tạo điều kiện cho đoàn trong chuyến thăm."
    )
    found = [(f.rule, f.text, f.suggestion) for f in audit_text(text) if f.rule in ("C101", "N107")]
    assert ("N107", "Trung Quốc", "Việt Nam") in found
    assert ("C101", "Trung Quốc", "Việt Nam") in found


def test_a_country_thanked_for_what_it_did_for_others_stays() -> None:
    text = (
        "Học sinh Việt Nam sang Hàn Quốc học tập\n"
        "Đoàn 30 học sinh Việt Nam đã sang Hàn Quốc theo chương trình trao đổi của hai nước.\n"
        "Đại diện nhà trường cảm ơn chính phủ Hàn Quốc đã tạo điều kiện cho đoàn học tập và sinh hoạt."
    )
    assert _found(text, "C101") == []


def test_popes_and_holy_see_officials_by_their_chinese_names() -> None:
    assert _found("Giáo hoàng Phương Tế Các gửi thư tới các tín hữu châu Á.", "N102") == [("Phương Tế Các", "Francis")]
    assert _found("Sứ điệp của Giáo hoàng Lợi Áo Thập Tứ Thế được đọc trong thánh lễ.", "N102") == [
        ("Lợi Áo Thập Tứ Thế", "Leo XIV")
    ]
    assert _found("Tổng Giám mục Jialage'er, Ngoại trưởng Tòa Thánh, đến Hà Nội.", "N108") == [
        ("Jialage'er", "Paul Gallagher")
    ]


def test_vietnamese_catholic_forms_stay_quiet() -> None:
    text = (
        "Đức Giáo hoàng Phanxicô qua đời ngày 21/4/2025 tại Vatican, hưởng thọ 88 tuổi.\n"
        "Đức Thánh Cha Lêô XIV được bầu ngày 8/5/2025.\n"
        "Giáo hoàng Leo XIV tiếp Chủ tịch nước tại Tòa Thánh Vatican.\n"
        "Đức Giáo hoàng Biển Đức XVI từ nhiệm năm 2013.\n"
        "Hồng y Pietro Parolin, Quốc vụ khanh Tòa Thánh, đến Hà Nội chiều nay.\n"
        "Quan hệ Việt Nam – Tòa Thánh có nhiều bước tiến trong những năm qua."
    )
    assert [(f.rule, f.text) for f in audit_text(text)] == []


def test_a_side_the_records_source_writes_is_a_side_where_the_article_names_no_country() -> None:
    pairs = [
        ("交通部门将在全国推广儿童安全座椅。", "Ngành giao thông sẽ phổ biến ghế an toàn cho trẻ em trên toàn quốc."),
        ("韩方表示将继续提供技术支持。", "Hàn phương cho biết sẽ tiếp tục hỗ trợ kỹ thuật."),
    ]
    assert [(f.rule, f.text, f.suggestion) for f in audit_pairs(pairs) if f.rule == "C103"] == [
        ("C103", "Hàn phương", "Phía Hàn Quốc")
    ]


def test_a_side_without_the_source_needs_the_article_to_name_the_country() -> None:
    pairs = [
        ("交通部门将在全国推广儿童安全座椅。", "Ngành giao thông sẽ phổ biến ghế an toàn cho trẻ em trên toàn quốc."),
        ("专家表示将继续提供技术支持。", "Hàn phương cho biết sẽ tiếp tục hỗ trợ kỹ thuật."),
    ]
    assert [f.text for f in audit_pairs(pairs) if f.rule == "C103"] == []


def test_a_count_of_myriads_in_a_word_before_made_things() -> None:
    assert _found("Hiệp hội sẽ trao tặng bốn vạn chiếc áo phao cho ngư dân.", "T307") == [("bốn vạn", "40.000")]
    assert _found("Hãng đã giao 6 vạn chiếc xe máy điện trong quý ba.", "T307") == [("6 vạn", "60.000")]
    quiet = (
        "Đời người ba vạn sáu nghìn ngày, ai cũng mong sống trọn vẹn.\n"
        "Muôn vạn tấm lòng hướng về đồng bào vùng lũ.\n"
        "Năm 1288, hơn 4 vạn chiếc thuyền của quân Nguyên bị chặn ở sông Bạch Đằng.\n"
        "Hai vạn năm trước, vùng này còn là biển."
    )
    assert _found(quiet, "T307") == []


def test_a_one_letter_pinyin_beside_vietnams_for_a_country_the_article_names() -> None:
    """'Yue-E' (越俄) where the article names Russia but its first two countries are others ('Nga, Nhật Bản và …')."""
    text = (
        "Điện gió ngoài khơi: Hàn Quốc, Nhật Bản và Nga cùng góp vốn\n"
        "Tập đoàn Hàn Quốc và đối tác Nhật Bản đã ký thỏa thuận với Bộ Công Thương; Nhật Bản cấp thêm vốn vay.\n"
        "Hàn Quốc sẽ đào tạo kỹ sư; phía Nga cung cấp tua-bin.\n"
        "Ông cho biết hợp tác năng lượng Yue-E đã có từ thập niên 1980."
    )
    assert _found(text, "C102") == [("Yue-E", "Việt Nam – Nga")]
    assert _found(text.replace("phía Nga cung cấp", "phía Đức cung cấp").replace(" và Nga", " và Đức"), "C102") == []


def test_an_envoy_posted_to_a_third_country_while_speaking_of_vietnams_goods() -> None:
    """adversary112's miss, on other countries: Việt Nam in the envoy's sentence is the host meant (驻越南), not a
    third country; an envoy accredited to Việt Nam too ('kiêm nhiệm') is posted where the text says."""
    story = (
        "Việt Nam và Uzbekistan mở đường bay thẳng Hà Nội – Tashkent\n"
        "Bộ trưởng Ngoại giao Uzbekistan thăm Việt Nam; Uzbekistan muốn nhập khẩu thêm gạo.\n"
        "{}"
    )
    meant = "Đại sứ Uzbekistan tại Nhật Bản cho biết nước này muốn mua thêm cà phê và hạt điều của Việt Nam."
    assert _found(story.format(meant), "C101") == [("Nhật Bản", "Việt Nam")]
    accredited = "Đại sứ Uzbekistan tại Nhật Bản kiêm nhiệm Việt Nam cho biết nước này muốn mua thêm cà phê."
    assert _found(story.format(accredited), "C101") == []


def test_membership_said_of_a_list_with_a_comma_before_đều() -> None:
    text = (
        "Hội nghị khai mạc tại Jakarta\n"
        "Malaysia, Philippines và Argentina, đều là thành viên ASEAN, ký tuyên bố chung về an ninh lương thực."
    )
    assert [(f.rule, f.text) for f in audit_text(text) if f.rule == "C108"] == [("C108", "Argentina")]
    assert [f for f in audit_text(text.replace("Argentina", "Singapore")) if f.rule == "C108"] == []


def test_a_myriad_before_the_pound_and_a_coachs_honorific() -> None:
    """adversary113's misses, on other sentences: 'vạn' before a currency the table lacked; a coach's name with the
    team between the title and the name."""
    assert _found("Mỗi người di cư phải trả khoảng 3 vạn bảng Anh cho đường dây.", "T307") == [("3 vạn", "30.000")]
    assert _found("Bảng xếp hạng có 10 vạn bảng màu khác nhau.", "T307") == []
    assert _found("Huấn luyện viên đội tuyển bóng chuyền nam Phạm Văn Long tiên sinh cho biết.", "N106") == [
        ("tiên sinh", "")
    ]
    assert _found("Huấn luyện viên đội tuyển đọc bài thơ của Hồ Xuân Hương nữ sĩ.", "N106") == []


def test_a_reuse_notice_closing_a_newsletters_tagline_is_chrome() -> None:
    """clean60's Markdown footer, on other words: a site's name or tagline, then what may be reused 'khi ghi rõ
    nguồn'; an article's sentence on the rule itself, with no 'khi', is text."""
    from audit.corpus.boilerplate import classify_lines

    lines = [
        "Hội doanh nhân trẻ tỉnh tổ chức hội chợ việc làm cho sinh viên.",
        "Trang tin Hội người Việt tại Ba Lan – kết nối cộng đồng. Tin bài được đăng lại khi ghi rõ nguồn.",
        "Theo luật, nội dung đăng lại phải ghi rõ nguồn và tên tác giả.",
    ]
    assert classify_lines(lines) == [None, "footer", None]
