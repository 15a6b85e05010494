"""misses35 (round 26): adversary87's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# T308: trade, investment and science words kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tỉnh Quảng Bình có nhiều công trình cơ kiến chậm tiến độ do thiếu vốn.", "cơ kiến", "hạ tầng"),
        ("Thành phố Cần Thơ sẽ đẩy mạnh chiêu thương dẫn tư trong năm tới.", "chiêu thương dẫn tư", "thu hút đầu tư"),
        ("Tàu hàng cập cảng khẩu Quy Nhơn lúc 6 giờ sáng.", "cảng khẩu", "cảng"),
        ("Viện cần đẩy nhanh thương nghiệp hoá các sáng chế về pin.", "thương nghiệp hoá", "thương mại hoá"),
        ("Doanh nghiệp tăng chi cho nghiên phát thêm 20% trong năm nay.", "nghiên phát", "nghiên cứu và phát triển"),
        ("Thị trường xe tân năng lượng của Thái Lan tăng mạnh.", "tân năng lượng", "năng lượng mới"),
        ("Doanh số điện động xa tại Indonesia tăng gấp đôi.", "điện động xa", "xe điện"),
        ("Việt Nam ghi nhận mậu dịch thuận sai 12 tỷ USD với Hoa Kỳ.", "thuận sai", "xuất siêu"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Nguy cơ kiến trúc cổ bị phá hủy đang hiện hữu ở nhiều đô thị.",
        "Đây là thời cơ kiến tạo một nền kinh tế xanh cho tỉnh.",
        "Công ty từng nhập cảng khẩu trang từ Hàn Quốc trong mùa dịch.",
        "Ngành thương nghiệp hóa chất phục hồi nhanh sau dịch.",
        "Hai bên ký thỏa thuận sai quy định nên phải hủy; ông Thuận sai người mang thư đến.",
    ],
)
def test_t308_rows_quiet_where_vietnamese_words_hold_them(text: str) -> None:
    assert _found(text, "T308") == []


# C106: a Vietnamese province's pinyin after a place, its name and a comma; the provinces and capitals added
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Nhà máy mới đặt tại khu công nghiệp Vân Đồn, Guangning, do tập đoàn Hàn Quốc đầu tư.",
            "Guangning",
            "Quảng Ninh",
        ),
        ("Khách du lịch tắm biển ở bãi biển Mỹ Khê, Xiangang vào cuối tuần.", "Xiangang", "Đà Nẵng"),
        ("Lũ lớn ở tỉnh Beijian khiến 300 hộ phải sơ tán.", "Beijian", "Bắc Kạn"),
        ("Đoàn khảo sát làm việc tại thành phố Rongshi trong hai ngày.", "Rongshi", "Vinh"),
        ("Resort mới ở Fanqie đón khách từ tháng 6.", "Fanqie", "Phan Thiết"),
    ],
)
def test_c106_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C106")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Minh, Haifang Group, cho biết doanh thu tăng.",  # no place word before the name
        "Tàu rời cảng Cái Lân, Xining Shipping nhận hàng.",  # a pinyin that is also a Chinese place: 'tỉnh' only
        "Bà Wang Jinlan và ông Li Dishi đến thăm Hà Nội.",
    ],
)
def test_c106_quiet(text: str) -> None:
    assert _found(text, "C106") == []


# C104: a European city's reading closing an institution's name
def test_c104_city_reading_in_an_institution_name() -> None:
    text = "Trường ký thỏa thuận với Đại học Ba Tắc La Na; sinh viên học ở Nhạc viện Uy Ni Tư."
    assert _found(text, "C104") == [("Ba Tắc La Na", "Barcelona"), ("Uy Ni Tư", "Venice")]
    assert _found("Bệnh viện Đại học Pháp Lan Khắc Phúc cử chuyên gia sang Hà Nội.", "C104") == [
        ("Pháp Lan Khắc Phúc", "Frankfurt")
    ]


def test_c104_quiet_before_a_name_and_for_two_syllables() -> None:
    assert _found("Đại học Mễ Lan Anh mở ở Cần Thơ; Viện trưởng Uy Ni Tư Minh phát biểu.", "C104") == []
    assert _found("Sinh viên học tại Đại học Mễ Lan từ năm 2020.", "C104") == []  # 'Lan' is a given name


# N105: a department head's title and more ministers' titles in the Chinese order
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Giáo dục Sở trưởng Nguyễn Thị Lan cho biết tỉnh thiếu 500 giáo viên.", "Giáo dục Sở trưởng",
         "Giám đốc Sở Giáo dục và Đào tạo"),
        ("Y tế sảnh trưởng tỉnh Đồng Nai kiểm tra bệnh viện.", "Y tế sảnh trưởng", "Giám đốc Sở Y tế"),
        ("Công an Sảnh trưởng tỉnh Quảng Đông được cách chức.", "Công an Sảnh trưởng", "Giám đốc Công an"),
        ("Công Thương bộ trưởng Trần Văn Nam dự họp.", "Công Thương bộ trưởng", "Bộ trưởng Bộ Công Thương"),
        ("Khoa kỹ bộ trưởng Nguyễn Văn An phát biểu.", "Khoa kỹ bộ trưởng", "Bộ trưởng Bộ Khoa học và Công nghệ"),
    ],
)  # fmt: skip
def test_n105_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "N105")


def test_n105_quiet() -> None:
    assert _found("Nông nghiệp là sở trường của tỉnh; Sở Tài chính, Sở trưởng vắng mặt.", "N105") == []
    assert _found("Ông Nam là Sở trưởng Sở Mật thám thời Pháp thuộc.", "N105") == []


# C107: a Vietnamese body with 'Cục' last; a table body whose own name is the fix; C104 quiet inside it
def test_c107_cuc_last() -> None:
    found = _found("Theo số liệu của Việt Nam Hàng hải Cục, lượng hàng qua cảng tăng 12%.", "C107")
    assert found == [("Việt Nam Hàng hải Cục", "Cục Hàng hải Việt Nam")]
    found = _found("Theo thống kê của Việt Nam Tri thức Sản quyền Cục, số đơn tăng.", "C107")
    assert found == [("Việt Nam Tri thức Sản quyền Cục", "Cục Sở hữu trí tuệ Việt Nam")]


def test_c107_cuc_quiet() -> None:
    text = "Việt Nam Airlines và Cục Hàng không Việt Nam họp; đại diện Việt Nam Thống kê Cục trưởng phát biểu."
    assert _found(text, "C107") == []


def test_c104_quiet_inside_a_body_calque() -> None:
    text = "Tham gia liên danh có Tân Gia Pha Cảng Vụ Tập Đoàn và hãng tàu Đan Mạch."
    assert _found(text, "C107") == [("Tân Gia Pha Cảng Vụ Tập Đoàn", "Tập đoàn PSA")]
    assert _found(text, "C104") == []
    assert _found("Đoàn doanh nghiệp đến Tân Gia Pha tìm đối tác.", "C104") == [("Tân Gia Pha", "Singapore")]


# T306: a dateline without its year
def test_t306_dateline_without_year() -> None:
    text = "Huế, 3/9 – Tại lễ khai giảng sáng hôm nay (4/9), trường đón 500 tân sinh viên. Hôm qua (1/9) trời mưa."
    assert _found(text, "T306") == [("4/9", "3/9"), ("1/9", "2/9")]


def test_t306_quiet() -> None:
    assert _found("Huế, 3/9: sáng hôm nay (4/9) trời nắng.", "T306") == []  # no dash: no dateline
    assert _found("Huế, 3/9 – Sáng hôm nay (3/9) trời nắng; chiều qua (2/9) mưa.", "T306") == []
    assert _found("Huế, 1/3 – Hôm qua (28/2) trời mưa.", "T306") == []  # no year: the end of February unknown


# A107: a country of a Chinese source named fewer times in the target, beside a country the source lacks
def test_a107_named_fewer() -> None:
    pair = (
        "据泰国旅游局统计，今年泰国接待游客3000万人次。",
        "Theo thống kê của Thái Lan Du lịch Cục, năm nay Trung Quốc đón 30 triệu lượt khách.",
    )
    assert [(f.text, f.suggestion) for f in audit_pairs([pair]) if f.rule == "A107"] == [("Trung Quốc", "Thái Lan")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "越南政府表示，越南经济增长7%。",
            "Chính phủ Việt Nam cho biết kinh tế nước này tăng 7%, cao nhất Đông Nam Á.",
        ),
        ("越南和越南人民感谢中国。", "Việt Nam và nhân dân Trung Quốc cảm ơn."),  # China in the source
    ],
)
def test_a107_named_fewer_quiet(source: str, target: str) -> None:
    assert [f for f in audit_pairs([(source, target)]) if f.rule == "A107"] == []


# C101: a province's contribution to the country's goal
def test_c101_contribution() -> None:
    text = (
        "Quảng Ngãi, 12/3 – Hội nghị xúc tiến đầu tư diễn ra sáng nay.\n"
        "Lãnh đạo cho biết dự án giúp tỉnh đóng góp nhiều hơn vào tăng trưởng kinh tế của Trung Quốc."
    )
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "text",
    [
        "Huế, 12/3 – Hội nghị diễn ra.\nLãnh đạo cho biết tỉnh Quảng Tây đóng góp vào tăng trưởng của Trung Quốc.",
        "Huế, 12/3 – Hội nghị diễn ra.\nTỉnh muốn đóng góp vào tăng trưởng của Trung Quốc; Trung Quốc là đối tác.",
        "Tỉnh đóng góp vào mục tiêu tăng trưởng của Trung Quốc.",  # no Vietnamese dateline
    ],
)
def test_c101_contribution_quiet(text: str) -> None:
    assert _found(text, "C101") == []
