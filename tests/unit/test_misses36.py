"""misses36 (round 26): adversary88's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# T308: border-crime, Mekong and mining words kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Công an tỉnh Quảng Trị bắt nhóm tẩu tư 12 tấn đường qua cửa khẩu Lao Bảo.", "tẩu tư", "buôn lậu"),
        ("Hải quan Đà Nẵng thu giữ 600 kg vảy xuyên sơn giáp giấu trong container gỗ.", "xuyên sơn giáp", "tê tê"),
        ("Lô tượng nha nặng 1,2 tấn được khai là đá cẩm thạch.", "tượng nha", "ngà voi"),
        ("Lực lượng chức năng thu 40 kg băng độc tại Điện Biên.", "băng độc", "ma túy đá"),
        ("Tình trạng hàm thủy nhập xâm lan sâu 70 km vào sông Hậu.", "hàm thủy nhập xâm", "xâm nhập mặn"),
        ("Tỉnh An Giang tạm dừng thải sa trên sông Tiền sau vụ sạt lở.", "thải sa", "khai thác cát"),
        ("Mùa lũ năm nay ghi nhận 15 điểm hà ngạn xâm thực ở Đồng Tháp.", "hà ngạn xâm thực", "sạt lở bờ sông"),
        ("Nhóm này vận chuyển độc phẩm từ Tam giác vàng về Hà Nội.", "độc phẩm", "ma túy"),
        ("Ba chiếc tê ngưu giác được giấu trong vali của hành khách từ Nairobi.", "tê ngưu giác", "sừng tê giác"),
        ("Cảnh sát thu giữ 2 kg hải lạc nhân tại Sơn La.", "hải lạc nhân", "heroin"),
        ("Tổ chức này kêu gọi bảo vệ dã sinh động vật ở rừng Cúc Phương.", "dã sinh động vật", "động vật hoang dã"),
        ("Việt Nam có trữ lượng hi thổ lớn thứ hai thế giới.", "hi thổ", "đất hiếm"),
        ("Công ty khai thác lữ thổ khoáng tại Lâm Đồng.", "lữ thổ khoáng", "quặng bô-xít"),
        ("Lào đang xây thêm 3 thủy điện trạm trên dòng chính.", "thủy điện trạm", "nhà máy thủy điện"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Doanh nghiệp của ông Hòa chuyển sang bán tẩu tư nhân cho khách sưu tầm; ông cầm chiếc tẩu tư lự hồi lâu.",
        "Hình tượng nha sĩ trong phim được khán giả yêu thích; dân làng dựng bức tượng nha môn cũ bên đình.",
        "Ca sĩ phát hành băng độc quyền; ban nhạc ra băng độc lập đầu tiên.",
        "Công ty xử lý chất thải sa thải 20 công nhân; nước thải sa xuống mương; rác thải sa lầy vì nợ.",
        "Sóng biển xâm thực bờ kè suốt mùa mưa; cụ sống đơn độc phẩm hạnh hiền lành.",
        "Nhà máy thủy điện trạm bơm Yên Sở vận hành ổn định; thôn có trạm thủy điện nhỏ.",
    ],
)
def test_t308_rows_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: bodies of border-crime and Mekong news by their Chinese names; C104 and T308 quiet inside them
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Báo cáo của Liên Hợp Quốc Độc phẩm và Phạm tội Vấn đề Biện công thất cho thấy thuốc phiện tăng.",
            "Liên Hợp Quốc Độc phẩm và Phạm tội Vấn đề Biện công thất",
            "Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm (UNODC)",
        ),
        (
            "Đại diện Nhật Bản Quốc tế Hiệp lực Cơ cấu ký thỏa thuận tài trợ cầu Cần Thơ 2.",
            "Nhật Bản Quốc tế Hiệp lực Cơ cấu",
            "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)",
        ),
        ("Hội đồng Mi Công Hà Ủy viên Hội họp tại Viêng Chăn.", "Mi Công Hà Ủy viên Hội", "Ủy hội sông Mê Công"),
        ("Mi Ủy hội cảnh báo mực nước thấp ở hạ lưu.", "Mi Ủy hội", "Ủy hội sông Mê Công"),
        (
            "Hàn Quốc Quốc tế Hiệp lực Đoàn tài trợ 5 triệu USD cho bệnh viện Quảng Nam.",
            "Hàn Quốc Quốc tế Hiệp lực Đoàn",
            "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)",
        ),
        (
            "Quốc tế Hình cảnh Tổ chức phát lệnh truy nã đỏ với nghi phạm.",
            "Quốc tế Hình cảnh Tổ chức",
            "Tổ chức Cảnh sát Hình sự Quốc tế (INTERPOL)",
        ),
        ("Cơ chế Lan Mi Hợp tác có quỹ đặc biệt cho dự án nhỏ.", "Lan Mi Hợp tác", "Hợp tác Mê Công – Lan Thương"),
    ],
)
def test_c107_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


def test_a_part_of_a_body_calque_is_c107s_alone() -> None:
    text = "Ban Thư ký Mi Công Hà Ủy viên Hội và Liên Hợp Quốc Độc phẩm và Phạm tội Vấn đề Biện công thất họp."
    assert _found(text, "C104") == [] and _found(text, "T308") == []
    # the river alone is still C104's, drugs alone T308's
    assert ("Mi Công Hà", "sông Mê Công") in _found("Mực nước Mi Công Hà xuống thấp nhất 20 năm.", "C104")
    assert ("Độc phẩm", "Ma túy") in _found("Độc phẩm được giấu trong thùng trái cây.", "T308")


def test_c107_quiet() -> None:
    text = (
        "Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm (UNODC), JICA và Ủy hội sông Mê Công dự họp.\n"
        "Chị Lan Mi hợp tác với nhóm bạn mở quán; sông Mê Công chảy qua sáu nước."
    )
    assert _found(text, "C107") == []


# N105: a deputy minister's title with 'Bộ thứ trưởng', a commander's after his force, in the Chinese order
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Tài chính Bộ thứ trưởng Lê Văn Hòa cho biết thuế sẽ giảm.",
            "Tài chính Bộ thứ trưởng",
            "Thứ trưởng Bộ Tài chính",
        ),
        (
            "Kế hoạch và Đầu tư Bộ thứ trưởng Trần Quốc Phương dự hội nghị.",
            "Kế hoạch và Đầu tư Bộ thứ trưởng",
            "Thứ trưởng Bộ Kế hoạch và Đầu tư",
        ),
        (
            "Theo Thượng tá Vũ Đình Nam, Biên phòng Bộ đội Chỉ huy trưởng tỉnh Kon Tum, tuyến này được tăng cường.",
            "Biên phòng Bộ đội Chỉ huy trưởng",
            "Chỉ huy trưởng Bộ đội Biên phòng",
        ),
        ("Hải quân Tư lệnh Trần Thanh Nghiêm tiếp đoàn Ấn Độ.", "Hải quân Tư lệnh", "Tư lệnh Hải quân"),
        ("Ông Nguyễn Văn Bình, Không quân Chính ủy, dự lễ.", "Không quân Chính ủy", "Chính ủy Không quân"),
        (
            "Cảnh sát biển Phó Tư lệnh Đại tá Hoàng Văn Tâm cho biết tàu sẽ xuất phát.",
            "Cảnh sát biển Phó Tư lệnh",
            "Phó Tư lệnh Cảnh sát biển",
        ),
    ],
)
def test_n105_chinese_order_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "N105")


@pytest.mark.parametrize(
    "text",
    [
        "Thứ trưởng Bộ Tài chính Lê Văn Hòa cho biết; Bộ Tài chính, Thứ trưởng Hòa chủ trì.",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum và Chỉ huy trưởng Bộ đội Biên phòng tỉnh dự họp.",
        "Đảng ủy Bộ đội Biên phòng Chính ủy Nguyễn Anh Tuấn phát biểu.",
        "Đoàn thăm Hải quân Tư lệnh Vùng 3 tiếp đón; Tư lệnh Hải quân Trần Thanh Nghiêm chủ trì.",
        "Bộ Tư lệnh Cảnh sát biển Chính ủy Nguyễn Văn An; lực lượng Không quân Tư lệnh trực tiếp chỉ đạo.",
        "Ông vừa rời Hải quân. Tư lệnh mới nhận chức.",
    ],
)
def test_n105_quiet(text: str) -> None:
    assert _found(text, "N105") == []


# C103: a side after its forces or authorities
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Việt Nam và Campuchia ký kết hai văn kiện\nCảnh sát Giản phương bắt giữ 3 nghi phạm.",
            "Giản phương",
            "phía Campuchia",
        ),
        (
            "Việt Nam và Thái Lan ký kết hai văn kiện\nNhà chức trách Thái phương cho biết con tàu đã rời cảng.",
            "Thái phương",
            "phía Thái Lan",
        ),
    ],
)
def test_c103_side_after_its_authorities(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C103")


def test_c103_quiet_before_a_word_phuong_opens() -> None:
    text = (
        "Việt Nam và Nga ký kết hai văn kiện\nChính quyền địa phương phối hợp; lực lượng Nga phương xa.\n"
        "Công an địa phương và chính quyền Tây phương; chính phủ Nga phương án mới."
    )
    assert _found(text, "C103") == []


# C106: Laos's and Cambodia's provinces in pinyin
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Lũ quét tại tỉnh Ganmeng của Lào làm 3 người chết.", "Ganmeng", "Khammuane"),
        ("Công an bắt nhóm buôn ma túy ở tỉnh Madewang, Campuchia.", "Madewang", "Battambang"),
        ("Đoàn đến Xihanuke ký hợp đồng cảng.", "Xihanuke", "Sihanoukville"),
        ("Tại tỉnh Bangzhan, nông dân thu hoạch sắn.", "Bangzhan", "Kampong Cham"),
    ],
)
def test_c106_lao_and_cambodian_provinces(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C106")


def test_c106_quiet_without_a_place_word() -> None:
    assert _found("Anh Madewang là kỹ sư; nhóm nhạc Huapan biểu diễn tối qua.", "C106") == []


# C101: 我国's border force at Việt Nam's border with a third country
@pytest.mark.parametrize(
    "text",
    [
        "Thời gian tới, lực lượng biên phòng Trung Quốc sẽ tuần tra các đường mòn trên biên giới Việt Nam – Campuchia.",
        "Hải quan của Trung Quốc đã thu giữ 2 tấn hàng lậu tại cửa khẩu Lao Bảo trên biên giới Việt – Lào.",
    ],
)
def test_c101_border_force_fires(text: str) -> None:
    assert ("Trung Quốc", "Việt Nam") in _found(text, "C101")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ đội Biên phòng Trung Quốc tuần tra biên giới Trung Quốc – Lào.",
        "Lực lượng biên phòng Trung Quốc và Lào tuần tra chung, còn biên giới Việt – Lào do hai nước kia lo.",
        "Lực lượng biên phòng Trung Quốc tuần tra; Việt Nam với Lào ký thỏa thuận về biên giới Việt – Lào.",
    ],
)
def test_c101_border_force_quiet(text: str) -> None:
    assert _found(text, "C101") == []


def test_organisation_holding_quick_test_changes_nothing() -> None:
    """The quick test (a run of words some calque holds) gives what the plain scan gives, on every run of words of
    varied sentences: bodies' calques, places, the river alone, people and plain text."""
    from audit.rules.organisations import holding_scan, organisation_holding

    texts = (
        "Ban Thư ký Mi Công Hà Ủy viên Hội họp; Mi Công Hà cạn; Liên Hợp Quốc Độc phẩm và Phạm tội Vấn đề Biện công "
        "thất cảnh báo.",
        "Đại diện Nhật Bản Quốc tế Hiệp lực Cơ cấu và Nhật Bản Niên kim Cơ cấu tại Hà Nội; Thủ tướng Nhật Bản dự họp.",
        "Khối Đông Minh họp tại Viêng Chăn; ông Âu Minh Tuấn ở xã Đông Minh; Âu Minh Ủy ban và Bắc Ước ra tuyên bố.",
        "Giá vàng tăng mạnh trong phiên sáng nay tại TP Hồ Chí Minh và Hà Nội.",
    )
    for text in texts:
        bounds = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
        for i in range(len(bounds)):
            for j in range(i, min(len(bounds), i + 6)):
                start, end = bounds[i][0], bounds[j][1]
                assert organisation_holding(text, start, end) == holding_scan(text, start, end), text[start:end]
