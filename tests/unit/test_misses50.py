"""misses50 (round 29): adversary102's misses fixed in a general way, tested on sentences outside the set, both
ways: T308 medicine and tender words through Chinese ('sữa phấn', 'phỏng chế', 'chiêu/đầu/trúng tiêu', 'đoản
khuyết'), C107 a body in Chinese order ending in 'Tổng công ty' and the Drug Administration's own name, T306 an
author's by-line with the posting date and time, N109 a pinyin name whose post is in a body of Korea, L101 a loan
before an English head noun ('tour operator'), A111 a 'miễn' that renders the source's own exemption, and F107 'từ'
cut after a verb of buying or bringing in."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Bộ Y tế cho biết các bệnh viện đã tổ chức chiêu tiêu mua vắc xin cho năm 2026.", "chiêu tiêu", "đấu thầu"),
        ("Ba doanh nghiệp Ấn Độ đã trúng tiêu gói cung cấp thuốc kháng sinh.", "trúng tiêu", "trúng thầu"),
        ("Công ty này không đầu tiêu vào gói thuốc ung thư năm nay.", "đầu tiêu", "dự thầu"),
        ("Viện trợ gồm 500 tấn sữa phấn cho trẻ em Lào.", "sữa phấn", "sữa bột"),
        ("Nhiều loại thuốc phỏng chế của Hàn Quốc được cấp phép.", "phỏng chế", "generic"),
        ("Tình trạng đoản khuyết thuốc kéo dài ở các tỉnh miền núi.", "đoản khuyết", "thiếu hụt"),
    ],
)
def test_medicine_and_tender_calques_fire(text: str, span: str, fix: str) -> None:
    assert _found(text, "T308") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều chiêu tiêu thụ hàng giả được cơ quan chức năng phát hiện.",
        "Người dân bắt đầu tiêu dùng nhiều hơn vào dịp Tết.",
        "Phần mềm mô phỏng chế độ bay giúp phi công luyện tập.",
        "Sữa phấn hoa là sản phẩm được nhiều người ưa chuộng.",
        "Mũi tên bắn trúng tiêu điểm của cuộc tranh luận.",
        "Bệnh viện mua sữa bột và tổ chức đấu thầu thuốc generic.",
    ],
)
def test_vietnamese_words_holding_the_syllables_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Lào Điện lực Tổng công ty ký hợp đồng bán điện cho Thái Lan.", "Lào Điện lực Tổng công ty",
         "Tổng công ty Điện lực Lào"),
        ("Hợp đồng do Indonesia Dầu khí Tổng công ty ký với đối tác Nhật Bản.", "Indonesia Dầu khí Tổng công ty",
         "Tổng công ty Dầu khí Indonesia"),
        ("Theo Việt Nam Dược phẩm Quản lý Cục, 126 loại thuốc đã được cấp phép.", "Việt Nam Dược phẩm Quản lý Cục",
         "Cục Quản lý Dược"),
    ],
)  # fmt: skip
def test_body_in_chinese_order_fires(text: str, span: str, fix: str) -> None:
    assert _found(text, "C107") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng công ty Lương thực miền Bắc và Tổng công ty Lương thực Việt Nam ký kết hợp tác.",
        "Hàng không Việt Nam Tổng công ty Cảng hàng không Việt Nam (ACV) ký hợp đồng.",
        "Tại Việt Nam Tổng công ty Bưu điện có hơn 10.000 điểm giao dịch.",
        "Cục Quản lý Dược cho biết đã cấp phép 126 loại thuốc.",
    ],
)
def test_bodies_head_first_stay_quiet(text: str) -> None:
    assert _found(text, "C107") == []


def test_author_byline_dates_the_article() -> None:
    page = "Thu Hà | Thứ Hai, 8/6/2026 - 07:15 | 320 lượt xem\nChiều nay (9/6), hội chợ khai mạc ở Cần Thơ."
    assert _found(page, "T306") == [("9/6", "8/6")]
    assert _found(page.replace("(9/6)", "(8/6)"), "T306") == []


@pytest.mark.parametrize(
    "first",
    [
        "Thứ Hai, 8/6/2026 | Hotline: 0909 123 456",  # a date strip of the page's top: the day the page was saved
        "Cập nhật | 8/6/2026 07:15",
        "Thu Hà | 8/6/2026",  # no posting time
    ],
)
def test_date_strip_or_label_is_no_dateline(first: str) -> None:
    assert _found(f"{first}\nChiều nay (9/6), hội chợ khai mạc ở Cần Thơ.", "T306") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bà Li Suzhen, trưởng phòng kinh doanh của công ty mỹ phẩm Hàn Quốc, cho biết doanh số tăng.", "Li Suzhen"),
        ("Ông Piao Zhihao, phó giám đốc điều hành thuộc tập đoàn bán lẻ Hàn Quốc, dự hội nghị.", "Piao Zhihao"),
    ],
)
def test_post_in_a_korean_body_makes_the_name_korean(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["N109"])] == [span]
    assert [f.text for f in audit_text(text, select=["N101"])] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Jin Minjun, giám đốc của một công ty xuất khẩu sang Hàn Quốc, cho biết đơn hàng tăng.",
        "Ông Jin Minjun, giám đốc của công ty Việt Nam và Hàn Quốc, cho biết.",
        "Ông Jin Minjun, giám đốc chi nhánh của một tập đoàn dược Trung Quốc, cho biết hãng đang xin cấp phép.",
    ],
)
def test_body_that_is_not_korean_leaves_the_name_to_n101(text: str) -> None:
    assert audit_text(text, select=["N109"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Các công ty lữ hành và tour operator đã giảm giá.", "tour operator"),
        ("Công ty thuê thêm hotel staff dịp lễ.", "hotel staff"),
    ],
)
def test_loan_before_an_english_head_fires(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["L101"])] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Quán phục vụ cà phê flat white; điện thoại feature phone vẫn bán chạy.",
        "Khách hàng dùng internet banking và mobile banking nhiều hơn; laptop gaming bán chạy.",
        "Nhiều tour guide tại Hội An học thêm tiếng Ba Lan; nhiều bạn trẻ chơi game online.",
        "Nhóm big caps ngân hàng chịu áp lực; dòng tiền tìm đến blue chips và penny stocks.",
    ],
)
def test_loan_terms_stay_quiet(text: str) -> None:
    assert audit_text(text, select=["L101"]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Travellers who enter under the visa waiver do not need to show a hotel booking.",
            "Du khách nhập cảnh theo diện miễn thị thực cần xuất trình đặt phòng khách sạn.",
        ),
        (
            "Exempt goods do not require a certificate of origin.",
            "Hàng hóa được miễn thuế cần giấy chứng nhận xuất xứ.",
        ),
    ],
)
def test_miễn_for_the_source_exemption_carries_no_not(source: str, target: str) -> None:
    assert len(audit_pairs([(source, target)], select=["A111"])) == 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Travellers who enter under the visa waiver do not need to show a hotel booking.",
            "Du khách nhập cảnh theo diện miễn thị thực không cần xuất trình đặt phòng khách sạn.",
        ),
        ("Children under six do not pay for the ticket.", "Trẻ em dưới sáu tuổi được miễn vé."),
        ("Residents do not pay the tax under the exemption.", "Cư dân được miễn thuế theo diện miễn trừ."),
    ],
)
def test_miễn_for_the_not_stays_quiet(source: str, target: str) -> None:
    assert audit_pairs([(source, target)], select=["A111"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nông dân có thể bán lúa trực tiếp từ.",
        "Các doanh nghiệp được phép nhập hàng từ.",
        "Siêu thị chỉ mua hàng từ.",
    ],
)
def test_source_cut_after_từ_fires(text: str) -> None:
    assert [f.text for f in audit_text(text, select=["F107"])] == ["từ"]


@pytest.mark.parametrize(
    "text",
    [
        "Học sinh cần hiểu nghĩa của từng từ.",
        "Đây là một danh từ; cô giải thích nghĩa của một từ.",
        "Bệnh viện mua thuốc trực tiếp từ nhà sản xuất.",
        "Anh ấy nói chậm rãi, từng từ một.",
    ],
)
def test_từ_as_a_noun_or_with_its_source_stays_quiet(text: str) -> None:
    assert audit_text(text, select=["F107"]) == []
