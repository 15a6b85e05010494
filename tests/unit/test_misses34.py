"""misses34 (round 25): adversary86's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.page import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# T308: farm-trade and pension words kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Giá lưu liên loại A tại vườn ở Tiền Giang tăng lên 90.000 đồng/kg.", "lưu liên", "sầu riêng"),
        ("Một doanh nghiệp ở Khánh Hòa ký hợp đồng bán 20 tấn yến oa cho đối tác.", "yến oa", "yến sào"),
        ("Giá hoả long quả ruột đỏ tại Bình Thuận giảm mạnh trong tháng này.", "hoả long quả", "thanh long"),
        ("Indonesia mua thêm 300.000 tấn đại mễ để bình ổn giá.", "đại mễ", "gạo"),
        ("Mức thoái hưu kim thấp nhất sẽ được điều chỉnh từ năm sau.", "thoái hưu kim", "lương hưu"),
        ("Bà Lan nhận dưỡng lão kim sau 25 năm đóng bảo hiểm.", "dưỡng lão kim", "lương hưu"),
        ("Lao động giả tại Đài Loan phải đóng bảo hiểm y tế từ tháng đầu.", "Lao động giả", "Người lao động"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Cảnh chiều lưu liên quên về, người lữ khách dừng chân bên bến cũ.",  # no fruit or trade: the literary word
        "Công an phát hiện đường dây làm hợp đồng lao động giả để đưa người ra nước ngoài.",
        "Người lao động giả mạo giấy tờ để được nhận trợ cấp thất nghiệp đã bị xử lý.",
        "Nhiều người lao động giả danh cán bộ thuế để lừa các hộ kinh doanh.",
        "Viện dưỡng lão Kim Liên đón thêm 20 cụ già.",
    ],
)
def test_t308_rows_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: customs, pension and insurance bodies by their Chinese names; a gated calque before its own acronym
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Theo số liệu của Hải quan Tổng thự, nhập khẩu thanh long giảm 8%.", "Hải quan Tổng thự", "Tổng cục Hải quan"),
        ("Âu Ủy hội vừa đề xuất gói hỗ trợ mới cho nông dân.", "Âu Ủy hội", "Ủy ban châu Âu (EC)"),
        ("Đại diện Âu Minh Ủy ban tại Hà Nội dự hội thảo.", "Âu Minh Ủy ban", "Ủy ban châu Âu (EC)"),
        (
            "Hậu sinh Lao động tỉnh cho biết sẽ tăng số thực tập sinh.",
            "Hậu sinh Lao động tỉnh",
            "Bộ Y tế, Lao động và Phúc lợi Nhật Bản",
        ),
        ("Hồ sơ được gửi tới Niên kim Cơ cấu trong vòng hai năm.", "Niên kim Cơ cấu", "Cơ quan Hưu trí Nhật Bản"),
        ("Cơ chế thuế carbon của Âu Minh (EU) áp dụng từ năm 2026.", "Âu Minh", "EU"),
        ("Các quốc gia Đông Minh (ASEANAPOL) họp tại Manila.", "Đông Minh", "ASEAN"),
    ],
)
def test_c107_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Âu Minh (SN 1978) ở xã Đông Minh (huyện Tiền Hải) được khen thưởng.",
        "Anh Âu Minh (VTV) dẫn chương trình; Bảo hiểm xã hội Việt Nam và Ủy ban châu Âu ký kết.",
        "Cơ cấu niên kim của quỹ hưu trí được điều chỉnh hằng năm.",
    ],
)
def test_c107_quiet(text: str) -> None:
    assert _found(text, "C107") == []


# C103: 'dự' after a side, and the EU's 'Âu phương'
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Việt Nam và Thái Lan ký biên bản về gạo.\nThái phương dự kiến mua thêm 200.000 tấn.",
            "Thái phương",
            "Phía Thái Lan",
        ),
        (
            "Đoàn EU làm việc với Bộ Công Thương.\nÂu phương cam kết hỗ trợ doanh nghiệp Việt Nam.",
            "Âu phương",
            "Phía EU",
        ),
        (
            "Hội nghị với Liên minh châu Âu kết thúc.\nBộ trưởng nói rằng Âu phương sẽ gỡ rào cản.",
            "Âu phương",
            "phía EU",
        ),
    ],
)
def test_c103_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C103")


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam và Pháp bàn về đầu tư.\nÂu phương đánh giá cao môi trường kinh doanh.",  # no EU in the article
        "Kiến trúc Âu phương của khu phố cổ thu hút du khách; EU tài trợ bảo tồn.",  # a style after a noun
        "Đoàn EU thăm Hà Nội.\nĐịa phương dự kiến khởi công dự án vào tháng sau.",
    ],
)
def test_c103_quiet(text: str) -> None:
    assert _found(text, "C103") == []


# C102: a pair part read as a country the article names only in pinyin
def test_c102_pair_part_by_a_country_named_in_pinyin() -> None:
    text = "Đoàn doanh nghiệp tỉnh thăm Malaixiya.\nDiễn đàn doanh nghiệp Yue-Ma lần thứ ba khai mạc tại Kuala Lumpur."
    assert ("Yue-Ma", "Việt Nam – Malaysia") in _found(text, "C102")
    assert ("Yue-Ma", "Việt Nam – Malta") in _found("Việt Nam và Malta ký hiệp định; quỹ Yue-Ma được lập.", "C102")


# C101: two 我国 frames
@pytest.mark.parametrize(
    "text",
    [
        "Xuất khẩu thanh long sang Trung Quốc tăng.\n"
        "Việt Nam là nước xuất khẩu hồ tiêu lớn nhất thế giới, và Ấn Độ là thị trường hồ tiêu lớn thứ hai của "
        "Trung Quốc.",
        "Hơn 150.000 lao động Việt Nam đang làm việc tại Đài Loan.\n"
        "Kiều hối từ thực tập sinh ở Nhật Bản chuyển về Trung Quốc trong quý ba tăng 12%.",
    ],
)
def test_c101_domestic_frames_fire(text: str) -> None:
    assert ("Trung Quốc", "Việt Nam") in _found(text, "C101")[-1:]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam là nước xuất khẩu gạo lớn thứ ba, còn Philippines là thị trường gạo lớn nhất của Trung Quốc và của "
        "Việt Nam.",
        "Việt Nam là nước xuất khẩu hồ tiêu lớn nhất; Mỹ là thị trường ô tô lớn nhất của Trung Quốc.",
        "Nhiều lao động Trung Quốc làm việc tại các dự án ở Việt Nam.\nKiều hối của họ gửi về Trung Quốc tăng 10%.",
        "Người Việt bị lừa qua mạng.\nSố tiền chiếm đoạt được chuyển về Trung Quốc qua nhiều tài khoản.",
        # China's import market itself, and remittances with no sender named (a world ranking)
        "Việt Nam xuất khẩu thanh long sang Trung Quốc.\nViệt Nam là nước xuất khẩu thanh long lớn nhất thế giới, "
        "chiếm 80% thị trường thanh long nhập khẩu của Trung Quốc.",
        "Người Việt ở nước ngoài gửi nhiều tiền về.\nKiều hối gửi về Trung Quốc đạt 50 tỷ USD, đứng thứ hai thế giới.",
    ],
)
def test_c101_domestic_frames_quiet(text: str) -> None:
    assert [f for f in _found(text, "C101") if f[1] == "Việt Nam"] == []


# N108: a European commissioner's title with its portfolio
def test_n108_commissioner_slot() -> None:
    assert ("Yuegensen", None) in _found("Ủy viên châu Âu phụ trách năng lượng Yuegensen cho biết.", "N108")
    assert _found("Ủy viên châu Âu phụ trách năng lượng Dan Jørgensen cho biết.", "N108") == []
    assert _found("Ủy viên châu Âu phụ trách môi trường cho biết sẽ lùi thời hạn.", "N108") == []


# N109: a Korean city in the apposition after a pinyin name
def test_n109_korean_place_after() -> None:
    text = "Lao động Việt Nam tại Hàn Quốc tăng.\nBà Piao Minzhu, Trưởng văn phòng đại diện tại Busan, cho biết."
    assert ("Piao Minzhu", None) in _found(text, "N109")
    near = "Lao động Việt Nam tại Hàn Quốc tăng.\nÔng Jin Zhongzhu, Giám đốc chi nhánh Quảng Châu, cho biết."
    assert _found(near, "N109") == []


# A113: 'a shot in the arm' as 'phát tiêm'
def test_a113_shot_in_the_arm() -> None:
    def found(src: str, mt: str) -> list[str]:
        return [f.text for f in audit_pairs([(src, mt)]) if f.rule == "A113"]

    src = "The new credit line is a shot in the arm for small farms."
    assert found(src, "Hạn mức tín dụng mới là một phát tiêm vào cánh tay cho các nông trại nhỏ.") == [
        "một phát tiêm vào cánh tay"
    ]
    assert found(src, "Hạn mức tín dụng mới là cú hích cho các nông trại nhỏ.") == []
    assert found("The nurse gave him a shot in the arm.", "Y tá tiêm cho anh một phát tiêm vào cánh tay.") == []


# chrome: a newsletter's unsubscribe line and an events calendar box
def test_unsubscribe_line_is_chrome() -> None:
    assert classify_line(
        "Bạn không muốn nhận email? [Hủy đăng ký](https://x.example/u) · [Đổi địa chỉ](https://x.example/d)"
    )[0]
    assert classify_line("Unsubscribe | Update preferences")[0]
    assert classify_line("Người dân có thể hủy đăng ký qua ứng dụng VNeID.")[0] is None


def test_calendar_box_is_chrome_beside_chrome_only() -> None:
    page = [
        "Trạm y tế phường tiêm vắc xin cho 300 trẻ.",
        "---",
        "**Sự kiện sắp tới:**",
        "- Thứ Hai, 8/12/2025 – Tập huấn sơ cứu cho tình nguyện viên",
        "- Thứ Bảy, 13/12/2025 – Ngày hội hiến máu tại nhà văn hóa",
        "© 2025 Trung tâm Y tế phường",
    ]
    kinds = classify_lines(page)
    assert kinds[0] is None and all(kinds[2:5])
    inside = [
        "Trạm y tế phường tiêm vắc xin cho 300 trẻ.",
        "Lịch tập huấn:",
        "- Thứ Hai, 8/12/2025 – Tập huấn sơ cứu cho tình nguyện viên",
        "- Thứ Bảy, 13/12/2025 – Ngày hội hiến máu tại nhà văn hóa",
        "Năm ngoái, chương trình thu hút hơn 2.000 người tham gia.",
    ]
    assert classify_lines(inside) == [None] * 5
