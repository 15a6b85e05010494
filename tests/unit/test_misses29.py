"""misses29 (round 24): the fixes for adversary81's misses, each tried on names, places, words and sentences that
are not in the set, both ways (what fires, and a near case that stays quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.lang.japanese_pinyin import japanese_pinyin_names


def _found(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


def _pairs_found(pairs: list[tuple[str, str]], code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs, select=[code])]


# T308: tax, e-commerce and rail words kept from Chinese, gated where Vietnamese words hold them
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Từ tháng sau, ngân hàng sẽ đại khấu đại nộp phí bảo hiểm cho khách.",
            "đại khấu đại nộp",
            "khấu trừ, nộp thay",
        ),
        (
            "Ba võng hồng có hàng triệu người theo dõi trên YouTube bị phạt vì quảng cáo sai.",
            "võng hồng",
            "người nổi tiếng trên mạng",
        ),
        ("Sân bay Nội Bài đón 80.000 thừa khách trong ngày, các chuyến bay đều đông.", "thừa khách", "hành khách"),
        ("Ấn Độ mở rộng mạng thiết lộ nối các cảng phía tây.", "thiết lộ", "đường sắt"),
        (
            "Mua máy trước khi có kế hoạch sản xuất chẳng khác nào đặt xe trước con ngựa.",
            "đặt xe trước con ngựa",
            "cầm đèn chạy trước ô tô",
        ),
    ],
)
def test_t308_new_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Cụ ông nằm trên chiếc võng hồng dưới giàn mướp, nghe livestream bán hàng.",
        "Nhiều võng hồng được bày bán ở chợ quê dịp hè.",  # no story of selling online: a pink hammock
        "Quán vẫn thừa khách dù xe buýt đến muộn.",
        "Nhà xe chở thừa khách bị phạt.",
        "Quan hệ mật thiết lộ rõ qua các chuyến thăm; ông giả thiết lộ trình tăng giá.",
        "Báo cáo cho thấy thiết lộ ra nhiều điểm yếu.",
        "Người xà ích đặt xe trước con ngựa rồi buộc dây cương vào cột.",
    ],
)
def test_t308_new_rows_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: Shopee and Lazada by their Chinese names
def test_c107_platforms_by_chinese_names() -> None:
    found = _found("Người bán trên Hà Bì và Lai Tán Đạt phải kê khai thuế; Xiapi thì chưa.", "C107")
    assert ("Hà Bì", "Shopee") in found and ("Lai Tán Đạt", "Lazada") in found and ("Xiapi", "Shopee") in found
    assert _found("Ông Hà Văn Bì về thăm xã Hà Bì; bà Lai Thị Tán dự họp.", "C107") == []


# A113: 'a drop in the ocean' word for word
def test_a113_a_drop_in_the_ocean() -> None:
    found = _pairs_found(
        [
            (
                "The new buses are a drop in the ocean for a city of ten million.",
                "Xe buýt mới chỉ là một giọt nước trong biển cả với thành phố mười triệu dân.",
            )
        ],
        "A113",
    )
    assert [t for t, _ in found] == ["một giọt nước trong biển"]
    quiet = [
        ("Buoys recorded a drop in the ocean temperature.", "Phao ghi nhận một giọt nước trong đại dương."),
        ("The aid is a drop in the ocean.", "Khoản viện trợ chỉ như muối bỏ bể, một giọt nước giữa đại dương."),
    ]
    assert _pairs_found(quiet, "A113") == []


# C105: places of transport news without their marks
def test_c105_transport_places() -> None:
    found = _found("Hành khách từ Noi Bai và Tan Son Nhat đi Van Don tăng mạnh.", "C105")
    assert ("Noi Bai", "Nội Bài") in found and ("Tan Son Nhat", "Tân Sơn Nhất") in found
    assert _found("Anh Ha Dong và chị Long Thanh là sinh viên năm ba.", "C105") == []


# N105: a minister's title in the Chinese order
def test_n105_minister_in_chinese_order() -> None:
    assert _found("Công Thương Bộ Phó Bộ trưởng Phan Thị Thắng dự hội nghị.", "N105") == [
        ("Công Thương Bộ Phó Bộ trưởng", "Thứ trưởng Bộ Công Thương")
    ]
    assert _found("Chiều 5/3, Y tế Bộ Bộ trưởng thăm bệnh viện tỉnh.", "N105") == [
        ("Y tế Bộ Bộ trưởng", "Bộ trưởng Bộ Y tế")
    ]
    assert _found("Ngoại giao Bộ Phó Bộ trưởng Hàn Quốc Park Yoon-joo thăm Hà Nội.", "N105") == [
        ("Ngoại giao Bộ Phó Bộ trưởng", "Phó Bộ trưởng Bộ Ngoại giao")
    ]
    quiet = "Toàn bộ Bộ trưởng dự họp; cán bộ Bộ Y tế, Bộ trưởng Bộ Tài chính và Thứ trưởng Bộ Xây dựng cùng đến."
    assert _found(quiet, "N105") == []


# N108: a Japanese name in the pinyin of its kanji
def test_n108_japanese_name_in_kanji_pinyin() -> None:
    text = "Kỹ sư trưởng Tianzhong Xiaolang của nhà thầu Nhật Bản cho biết; Gaoqiao Yilang cũng dự."
    assert [t for t, _ in _found(text, "N108")] == ["Tianzhong Xiaolang", "Gaoqiao Yilang"]
    assert japanese_pinyin_names("Giáo sư Tianzhong Li và Xiaolin Jiang của Đại học Phúc Đán") == []
    assert japanese_pinyin_names("Tổng thư ký Abu Bakar; Tanaka Kenji và Sato Yuki") == []


# A101: a dropped myriad fixed with the whole amount
def test_a101_myriad_multiplied_out() -> None:
    found = _pairs_found([("全省约有2.7万家企业。", "Toàn tỉnh có khoảng 72.000 doanh nghiệp.")], "A101")
    assert found == [("72.000", "27.000")]
    assert _pairs_found([("全省约有2.7万家企业。", "Toàn tỉnh có khoảng 27.000 doanh nghiệp.")], "A101") == []


# chrome: a tool row one space apart, an author line with its office, a ' > ' crumb, a date and time with a dash
@pytest.mark.parametrize(
    "line",
    [
        "Bản in Gửi bài Quay lại",
        "In bài Lưu tin Chia sẻ",
        "Thu Trang – Văn phòng UBND xã",
        "Minh Châu - Phòng Văn hóa quận",
        "Tin tức > Đời sống đô thị và giao thông công cộng",
        "Chủ Nhật, 14/12/2025 — 07:05 (GMT+7)",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "In bài và gửi bài cho bạn bè trước khi quay lại lớp.",
        "Bà Thu Trang – Văn phòng UBND xã",
        "Thu Trang – Văn phòng UBND xã cho biết sẽ hỗ trợ người dân",
        "Huế – Trung tâm văn hóa Phật giáo",
        "Nhiệt độ ngoài trời > nhiệt độ trong phòng vào mùa hè năm nay ở Hà Nội và nhiều tỉnh.",
    ],
)
def test_prose_lines_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


# A111: a bound said with 'không' ('không quá 200 triệu' for 不超过2亿) no longer hides the source's other negation
def test_a111_bound_does_not_hide_a_lost_negation() -> None:
    lost = [
        ("年收入不超过1亿越南盾的家庭无需登记。", "Hộ có thu nhập năm không quá 100 triệu đồng phải đăng ký."),
        ("投资额不低于5亿元的项目不能享受补贴。", "Dự án có vốn không dưới 500 triệu nhân dân tệ được hưởng trợ cấp."),
    ]
    assert len(_pairs_found(lost, "A111")) == 2
    kept = [
        ("年收入不超过1亿越南盾的家庭无需登记。", "Hộ có thu nhập năm không quá 100 triệu đồng không phải đăng ký."),
        ("每户用电不超过50千瓦时。", "Mỗi hộ dùng điện không quá 50 kWh."),
        ("年龄不满18岁的学生无需购票。", "Học sinh chưa đủ 18 tuổi không cần mua vé."),
    ]
    assert _pairs_found(kept, "A111") == []


def test_t308_thiet_lo_in_a_body_name_is_c107s() -> None:
    assert _found("Thiết lộ Quốc gia Pháp (SNCF) ký thỏa thuận với Tổng công ty Đường sắt Việt Nam.", "T308") == []


# N109: a pinyin name with a Korean family name right after a Korean group in its title phrase
def test_n109_after_a_korean_group() -> None:
    text = "Theo Giám đốc Tập đoàn Samsung Display tại Việt Nam Li Zaicheng, nhà máy sẽ mở rộng."
    assert [t for t, _ in _found(text, "N109")] == ["Li Zaicheng"]
    quiet = "Kỹ sư Trung Quốc của Hyundai Wang Wei dự họp; Giám đốc Lotte Việt Nam Nguyễn Văn Thành cho biết."
    assert _found(quiet, "N109") == []
