"""The fixes adversary45 (sports, culture and technology news through Chinese) motivated, tested on ministries,
names and sentences written for this test, not in the set. Each both ways."""

from __future__ import annotations

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_vietnamese_ministry_under_its_chinese_name() -> None:
    """Ministries other than the set's culture ministry, and the culture ministry before another minister's name
    (Lâm Thị Phương Thanh, from April 2026) or 'Việt Nam'."""
    cases = {
        "Bộ trưởng Bộ Công Mậu Nguyễn Hồng Diên làm việc với doanh nghiệp dệt may.": ("Bộ Công Mậu", "Bộ Công Thương"),
        "Theo Bộ Giáo dục và Bồi huấn, kỳ thi tốt nghiệp năm nay có hơn một triệu thí sinh.": (
            "Bộ Giáo dục và Bồi huấn",
            "Bộ Giáo dục và Đào tạo",
        ),
        "Thứ trưởng Bộ Nông nghiệp và Hoàn cảnh kiểm tra đê biển ở Cà Mau.": (
            "Bộ Nông nghiệp và Hoàn cảnh",
            "Bộ Nông nghiệp và Môi trường",
        ),
        "Đại diện Bộ Văn hóa, Thể dục và Du lịch trao bằng khen cho đội tuyển.": (
            "Bộ Văn hóa, Thể dục và Du lịch",
            "Bộ Văn hóa, Thể thao và Du lịch",
        ),
        "Bộ trưởng Bộ Văn hóa và Du lịch Lâm Thị Phương Thanh khai mạc Tuần phim.": (
            "Bộ Văn hóa và Du lịch",
            "Bộ Văn hóa, Thể thao và Du lịch",
        ),
        "Lãnh đạo Bộ Văn hoá và Du lịch Việt Nam tiếp đoàn nghệ sĩ Lào.": (
            "Bộ Văn hoá và Du lịch",
            "Bộ Văn hóa, Thể thao và Du lịch",
        ),
        "Bộ trưởng Bộ Khoa học Kỹ thuật Vũ Hải Quân chủ trì hội nghị về chuyển đổi số.": (
            "Bộ Khoa học Kỹ thuật",
            "Bộ Khoa học và Công nghệ",
        ),
    }
    for text, hit in cases.items():
        assert _hits(text, "N105") == [hit], text


def test_chinese_and_other_ministries_stay_quiet() -> None:
    """China's ministries bear the names 文化和旅游部 and 科学技术部; Việt Nam's right names stay quiet."""
    for text in (
        "Bộ trưởng Bộ Văn hóa và Du lịch Trung Quốc Tôn Nghiệp Lễ tiếp đoàn nghệ sĩ Việt Nam.",
        "Bộ trưởng Văn hóa và Du lịch Tôn Nghiệp Lễ dự lễ khai mạc Năm Du lịch.",
        "Bộ Văn hóa và Du lịch Trung Quốc phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức tuần phim.",
        "Bộ trưởng Bộ Khoa học Kỹ thuật Trung Quốc Âm Hòa Tuấn thăm Viện Hàn lâm.",
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn dự họp.",
        "Hoàn cảnh gia đình em khó khăn; Bộ Nông nghiệp và Môi trường hỗ trợ giống lúa.",
    ):
        assert _hits(text, "N105") == [], text


def test_a_noun_with_hang_repeated_is_a_stutter() -> None:
    """'hàng' is emphatic only before a number or a time word ('hàng nghìn hàng nghìn'); other 'hàng' nouns than
    the set's 'hàng thủ' repeated back to back are stutters."""
    assert _hits("Tiền đạo đội khách liên tục uy hiếp, nhưng hàng công hàng công của chủ nhà còn yếu.", "F112") == [
        ("hàng công hàng công", "hàng công")
    ]
    assert _hits("Cơ quan hải quan kiểm tra hàng hóa hàng hóa nhập khẩu qua cửa khẩu.", "F112") == [
        ("hàng hóa hàng hóa", "hàng hóa")
    ]
    for text in (
        "Đây là một ca trong số hàng nghìn hàng nghìn ca bệnh được ghi nhận.",
        "Hàng trăm hàng trăm người dân đã xếp hàng từ sáng sớm để mua vé.",
        "Hàng ngày hàng giờ, các y bác sĩ vẫn túc trực bên giường bệnh.",
        "Hàng hàng lớp lớp người đổ về quảng trường.",
    ):
        assert _hits(text, "F112") == [] and _hits(text, "F111") == [], text


def test_a_bare_honorific_refers_back_to_the_titled_name() -> None:
    """Names other than the set's: one form once after a title, the other once, later, after a bare 'Ông'/'Bà' at
    a sentence's head; an apposition, a title of its own or the same sentence make two people."""
    text = "Tổng Giám đốc Vietjet Đinh Việt Phương ký hợp đồng.\nÔng Đinh Việt Phượng cho biết sẽ mở đường bay."
    assert _hits(text, "T101") == [("Đinh Việt Phượng", "Đinh Việt Phương")]
    text = "Hiệu trưởng Hoàng Thị Lan dự lễ khai giảng.\nBà Hoàng Thị Lân trao học bổng cho học sinh nghèo."
    assert _hits(text, "T101") == [("Hoàng Thị Lân", "Hoàng Thị Lan")]
    for text in (
        "Tổng Giám đốc Đinh Việt Phương ký hợp đồng.\nÔng Đinh Việt Phượng, 70 tuổi, là hành khách đầu tiên.",
        "Tổng Giám đốc Đinh Việt Phương ký hợp đồng.\nKỹ sư Đinh Việt Phượng giới thiệu máy bay mới.",
        "Ông Đinh Việt Phượng chúc mừng.\nTổng Giám đốc Đinh Việt Phương ký hợp đồng.",
        "Hiệu trưởng Hoàng Thị Lan và bà Hoàng Thị Lân cùng trao học bổng.",
    ):
        assert _hits(text, "T101") == [], text


def test_pinyin_name_after_a_head_and_the_organisation() -> None:
    """A head's title, then a company's, festival's or theatre's name, then a name in pinyin: other companies and
    names than the set's Nokia and festival chairman (爱立信's 鲍毅康 Börje Ekholm, a conductor, a museum director);
    Latin, romanised and Vietnamese names there stay quiet."""
    for text, span in (
        ("CEO Ericsson Baoyikang cho biết hãng sẽ mở rộng đầu tư tại châu Á.", "Baoyikang"),
        ("Giám đốc nghệ thuật Nhà hát Kelaosi Meiye giới thiệu vở diễn mới.", "Kelaosi Meiye"),
        ("Tổng giám đốc Bảo tàng Louvre Zhaolaide phát biểu khai mạc triển lãm.", "Zhaolaide"),
    ):
        assert _hits(text, "N108") == [(span, None)], text
    for text in (
        "Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng dự lễ.",
        "Tổng giám đốc Samsung Vina Choi Joo Ho phát biểu.",
        "CEO Nvidia Jensen Huang thăm Hà Nội; Chủ tịch Toyota Akio Toyoda thăm nhà máy.",
        "Giám đốc Công ty Honda Việt Nam Daiki Mihara cho biết doanh số tăng.",
        "Chủ tịch Liên hoan phim Berlin Tricia Tuttle trao giải Gấu vàng.",
    ):
        assert _hits(text, "N108") == [], text


def test_tao_is_a_vietnamese_surname() -> None:
    """'Cao' (曹) in pinyin reads the Vietnamese surname Tào: a name the document writes in Vietnamese is the fix
    (a name other than the set's 'Cao Desheng')."""
    text = "Giám đốc Sở Y tế Cao Minghui phát biểu.\nÔng Tào Minh Huy cho biết ngành sẽ tuyển thêm bác sĩ."
    assert _hits(text, "N101") == [("Cao Minghui", "Tào Minh Huy")]


def test_ericsson_and_softbank_through_chinese() -> None:
    """爱立信 and 软银 in Hán-Việt beside another company or after a company word, and in pinyin; the syllables
    as people's names stay quiet. (The set's 'Ai Lập Tín' lost the acute of 爱 ái and stays missed.)"""
    assert _hits("Nhà mạng chọn Ái Lập Tín và Samsung cung cấp thiết bị mạng lõi.", "C107") == [
        ("Ái Lập Tín", "Ericsson")
    ]
    assert _hits("Tập đoàn Nhuyễn Ngân của Nhật Bản rót vốn vào một startup Việt.", "C107") == [
        ("Nhuyễn Ngân", "SoftBank")
    ]
    assert _hits("Hãng Ailixin ký hợp đồng cung cấp thiết bị 5G cho nhà mạng.", "C107") == [("Ailixin", "Ericsson")]
    assert _hits("Ông Ái kể chuyện cũ; anh Lập và chị Tín cùng dự buổi gặp mặt.", "C107") == []


def test_korean_name_in_han_viet_after_a_role() -> None:
    """In a text about Korea, three Hán-Việt syllables after 'HLV', 'tiền đạo', 'diễn viên' with a Korean surname
    and a given syllable no Vietnamese name has (other names than the set's coach); Vietnamese names there, and
    such a name in a text that does not speak of Korea, stay quiet."""
    text = "Đội tuyển nữ Hàn Quốc đến Hà Nội.\nTiền đạo Thôi Tương Hách ghi hai bàn; diễn viên Kim Tại Dần cổ vũ."
    assert _hits(text, "N109") == [("Thôi Tương Hách", None), ("Kim Tại Dần", None)]
    for text in (
        "Đội tuyển Hàn Quốc đến Hà Nội.\nHLV Lý Hoàng Nam dự khán; tiền đạo Nguyễn Văn Toàn ghi bàn.",
        "Phim Hàn Quốc hút khách.\nDiễn viên Lê Minh Khang và ca sĩ Kim Thu Hà dự buổi ra mắt.",
        "Đội tuyển Thái Lan thắng 2-0.\nHLV Lý Mân Thịnh hài lòng với các học trò.",
    ):
        assert _hits(text, "N109") == [], text
