"""misses27: adversary79's misses fixed so that they generalise, each tried on names, places, words and sentences
that are not in the set, both ways (one that fires, a near case that stays quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line
from audit.rules.companies import case_forms


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Nhà máy nhiệt điện Duyên Hải có tổng công suất trang cơ 1.245 MW.", "trang cơ", "lắp đặt"),
        ("Dự án thủy điện có 3 cơ tổ, mỗi tổ 60 MW.", "cơ tổ", "tổ máy"),
        ("Tỉnh khuyến khích phát triển điện quang phục trên mái các trường học.", "quang phục", "mặt trời"),
        ("Hộ gia đình lắp pin trên ốc đỉnh nhà mình.", "ốc đỉnh", "mái nhà"),
        ("Công ty truyền tải phải nâng cấp điện võng 220 kV khu vực miền Trung.", "điện võng", "lưới điện"),
        ("Giá kim điều SJC tăng 500.000 đồng mỗi lượng.", "kim điều", "vàng miếng"),
        ("Hối suất đồng yên so với USD giảm mạnh trong tuần.", "Hối suất", "Tỷ giá"),
        ("Các ngân hàng thương mại giảm lợi suất cho vay thêm 0,5 điểm phần trăm.", "lợi suất", "lãi suất"),
    ],
)
def test_power_and_banking_calques_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng vũ trang cơ động đã có mặt; bộ sưu tập thời trang cơ bản ra mắt.",
        "Đây là thời cơ tổ chức lại sản xuất; động cơ tổ hợp của nhà máy điện chạy tốt.",
        "Cụ tham gia Việt Nam Quang phục Hội; họ quyết chí quang phục đất nước.",
        "Chiếc cầu thang xoắn ốc đỉnh tháp rất hẹp; con ốc đỉnh nhọn bò chậm.",
        "Mất điện võng tự đưa không chạy; bé ngủ trên chiếc điện võng xếp.",
        "Giá vàng tăng, ông Kim điều hành phiên giao dịch; dùng kim điều trị bằng châm cứu.",
        "Lợi suất trái phiếu Chính phủ kỳ hạn 10 năm tăng lên 3,1%; lợi suất của quỹ đạt 8%.",
        "Lợi suất tiền gửi của quỹ thị trường tiền tệ đạt 4%.",
    ],
)
def test_vietnamese_words_holding_them_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


def test_companies_and_central_banks_in_chinese() -> None:
    assert _found("Tập đoàn Tam Lăng Trọng công cung cấp tua-bin khí cho nhà máy Ô Môn.", "C107") == [
        ("Tam Lăng Trọng công", "Mitsubishi Heavy Industries")
    ]
    assert _found("Công ty Đẩu Sơn của Hàn Quốc trúng thầu lò hơi nhà máy Quảng Trạch.", "C107") == [
        ("Đẩu Sơn", "Doosan")
    ]
    assert _found("Trung Quốc Nhân dân Ngân hàng hạ lãi suất cho vay một năm.", "C107") == [
        ("Trung Quốc Nhân dân Ngân hàng", "Ngân hàng Nhân dân Trung Quốc")
    ]
    assert _found("Chủ tịch Mỹ Liên Trữ cảnh báo lạm phát vẫn cao.", "C107") == [("Mỹ Liên Trữ", "Fed")]


def test_company_and_bank_words_stay_quiet() -> None:
    text = (
        "Ông Nguyễn Đẩu Sơn, giám đốc hợp tác xã, cho biết vụ lúa đạt năng suất cao.\n"
        "Thế giới ngân hàng số đang thay đổi nhanh; tại Hàn Quốc ngân hàng số phát triển mạnh.\n"
        "Ngân hàng Nhà nước Việt Nam và Ngân hàng Nhân dân Trung Quốc ký biên bản ghi nhớ."
    )
    assert _found(text, "C107") == []


def test_case_forms_keep_two_capitals_at_least() -> None:
    """Three capitalised words or more before lowercase ones; two are a name or a sentence's opening."""
    assert case_forms("Thế giới Ngân hàng") == ("Thế Giới Ngân Hàng", "Thế Giới Ngân hàng")
    # and, four syllables or more, one inner syllable lowercase between capitals (misses38's Mercosur)
    assert case_forms("Tam Lăng Trọng Công") == ("Tam Lăng Trọng công", "Tam lăng Trọng Công", "Tam Lăng trọng Công")
    assert case_forms("Đông Minh") == ()


def test_company_and_bank_heads() -> None:
    assert _found("Bà Lê Thu Hà, Phó Tổng kinh lý của công ty, nói doanh thu tăng 12%.", "N105") == [
        ("Phó Tổng kinh lý", "Phó Tổng giám đốc")
    ]
    assert _found("Đổng sự trưởng Tập đoàn Hòa Phát Trần Đình Long dự lễ.", "N105") == [
        ("Đổng sự trưởng", "Chủ tịch HĐQT")
    ]
    assert _found("Phó Hành trưởng Việt Nam Quốc gia Ngân hàng Lê Văn Tùng chủ trì cuộc họp.", "N105") == [
        ("Phó Hành trưởng", "Phó Thống đốc")
    ]
    quiet = "Vua đi kinh lý các tỉnh phía Nam. Hành trưởng Ngân hàng Nhân dân Trung Quốc Phan Công Thắng phát biểu."
    assert _found(quiet, "N105") == []


def test_myriads_before_power_and_weight_units() -> None:
    assert _found("Nhà máy điện mặt trời nổi có công suất 35 vạn kilowatt.", "T307") == [("35 vạn", "350.000")]
    assert _found("Mỗi năm dự án cung cấp khoảng 12 vạn kWh cho lưới điện.", "T307") == [("12 vạn", "120.000")]
    assert _found("Năm 1789, vua Quang Trung đánh tan 29 vạn quân Thanh; hàng vạn kilowatt giờ.", "T307") == []


def test_honorific_after_a_specialist_and_field() -> None:
    assert _found("Chuyên gia kinh tế Phạm Thu Hằng tiên sinh nhận định lạm phát sẽ giảm.", "N106") == [
        ("tiên sinh", "")
    ]
    assert _found("Theo kỹ sư cầu đường Đỗ Văn Khải tiên sinh, cây cầu sẽ thông xe.", "N106") == [("tiên sinh", "")]
    quiet = "Học trò tham gia cùng Nguyễn Văn Hào tiên sinh. Bác sĩ nhi khoa gặp thầy Lê Văn Hưu tiên sinh ở làng."
    assert _found(quiet, "N106") == []


def test_envoy_in_pinyin() -> None:
    assert _found("Năm 2022, Đại sứ Nhật Bản tại Việt Nam Shantian Longxiong thăm tỉnh Bắc Ninh.", "N108") == [
        ("Shantian Longxiong", "Yamada Takio")
    ]
    assert _found("Đại sứ Nhật Bản tại Việt Nam Ito Naoki dự lễ; ông Yamada Takio từng là đại sứ.", "N108") == []


def test_name_after_a_body_calque() -> None:
    found = _found("Theo Mỹ Liên Trữ, ông Khắc Lạp Khắc phát biểu tại hội nghị.", "N102")
    assert found == [("Khắc Lạp Khắc", None)]


def test_power_demand_of_our_country() -> None:
    fires = (
        "Đà Nẵng, 3/12/2026 – EVN đóng điện trạm biến áp 500 kV Hải Châu.\n"
        "Tổng giám đốc EVN cho biết nhu cầu điện của Trung Quốc tăng 11% trong năm nay, nên cần thêm nguồn mới."
    )
    assert _found(fires, "C101") == [("Trung Quốc", "Việt Nam")]
    china = (
        "Quảng Ninh, 3/12/2026 – Đoàn công tác của EVN làm việc với UBND tỉnh.\n"
        "Theo các chuyên gia, nhu cầu điện của Trung Quốc tăng mạnh khiến giá than nhập khẩu leo thang."
    )
    speaker = (
        "Cần Thơ, 3/12/2026 – Phó Giám đốc NSMO Lê Văn Hải thăm nhà máy.\n"
        "Ông cho biết nhu cầu điện của Trung Quốc tăng 10% mỗi năm nên cần thêm nguồn điện sạch."
    )
    assert _found(speaker, "C101") == [("Trung Quốc", "Việt Nam")]
    beijing = "NSMO dự báo phụ tải tăng 9%. Bắc Kinh cho biết nhu cầu điện của Trung Quốc tăng 6%."
    assert _found(china, "C101") == [] and _found(beijing, "C101") == []


_VN_BATCH = [
    ("越南工贸部发布新规。", "Bộ Công Thương Việt Nam ban hành quy định mới."),
    ("越南大米出口增长12%。", "Xuất khẩu gạo của Việt Nam tăng 12%."),
]


def test_our_country_in_a_batch_written_from_vietnam() -> None:
    pairs = [*_VN_BATCH, ("我国电力需求增长9%。", "Nhu cầu điện của Trung Quốc tăng 9%.")]
    found = [(f.text, f.suggestion) for f in audit_pairs(pairs, select=["C101"])]
    assert found == [("Trung Quốc", "Việt Nam")]


def test_our_country_stays_china_where_the_batch_names_china() -> None:
    china = [*_VN_BATCH, ("中国对越南出口增长。", "Xuất khẩu của Trung Quốc sang Việt Nam tăng.")]
    pairs = [*china, ("我国电力需求增长9%。", "Nhu cầu điện của Trung Quốc tăng 9%.")]
    assert audit_pairs(pairs, select=["C101"]) == []
    beside = [*_VN_BATCH, ("我国与越南贸易额增长。", "Kim ngạch thương mại giữa Trung Quốc và Việt Nam tăng.")]
    assert audit_pairs(beside, select=["C101"]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Bài đã đăng: Sóc Trăng mùa lúa mới (3/10) · Trà Vinh làm đường ven biển (2/10)",
        "Báo Nông thôn Miền Tây điện tử. Chịu trách nhiệm: Tổng biên tập Lê Văn An.",
        "Tạp chí Du lịch Xanh. Giấy phép số 12. © 2024",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Các tin đã đưa cho thấy giá lúa tăng (26/11) và giảm (25/11).",
        "Báo Thanh Niên điện tử đưa tin ông An chịu trách nhiệm về vụ việc.",
        "Ảnh gốc được tác giả giữ bản quyền. © 2025 là năm phát hành.",
        "Tin đã đưa: Lúa tăng giá (3/10)",
    ],
)
def test_article_lines(line: str) -> None:
    assert classify_line(line)[0] is None


def test_page_dated_by_its_head_picks_the_holder_of_its_month() -> None:
    """A page dated only by its head (a timestamp in its chrome) gives the month that picks the holder then, where
    the year had two ('Kishida' in November 2025: Takaichi; in October both Ishiba and Takaichi held it)."""

    def n103(date: str) -> list[tuple[str, str | None]]:
        page = (
            f"BÁO NĂNG LƯỢNG\nThời sự · Kinh tế · Thế giới\n{date}\nNhật Bản hỗ trợ điện gió\n"
            "Thủ tướng Nhật Bản Kishida Fumio đã gửi thư chúc mừng dự án điện gió ngoài khơi.\n"
            "Dự án có tổng vốn 2 tỷ USD và dự kiến vận hành vào năm 2030."
        )
        return _found(page, "N103")

    assert n103("26/11/2025 08:30") == [("Thủ tướng Nhật Bản Kishida Fumio", "Thủ tướng Nhật Bản Sanae Takaichi")]
    assert n103("15/10/2025 08:30") == [("Thủ tướng Nhật Bản Kishida Fumio", None)]


def test_fix_by_the_page_head_month_beside_a_later_date() -> None:
    """The article writes a later date (a plan): the text is dated by its year, but the fix takes the head's month."""
    page = (
        "BÁO NĂNG LƯỢNG\nThời sự · Kinh tế · Thế giới\n26/11/2025 08:30\nNhật Bản hỗ trợ điện gió\n"
        "Thủ tướng Nhật Bản Kishida Fumio đã gửi thư chúc mừng dự án điện gió ngoài khơi.\n"
        "Lễ ký hợp đồng sẽ diễn ra vào ngày 16/12/2025 tại Hà Nội."
    )
    assert _found(page, "N103") == [("Thủ tướng Nhật Bản Kishida Fumio", "Thủ tướng Nhật Bản Sanae Takaichi")]
