"""misses45 (round 28): adversary97's misses fixed in a general way, each tested on sentences outside the set, both
ways: T308 gold-market words, A113 'the lion's share', N108 the Fed Chair in pinyin, C107 a body in Chinese word
order after a country further off, C101 a market a Vietnamese legal document rules, and the chrome reader on a price
site's sign-up line and price disclaimer."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        ("Giá bạc giao ngay ở mức 52 USD/áng ti.", "T308", "áng ti", "ounce"),
        ("Giá bạch kim lên 1.600 USD mỗi áng ti trong phiên sáng.", "T308", "áng ti", "ounce"),
        ("Nhiều ương hành châu Á bán USD để đỡ nội tệ.", "T308", "ương hành", "ngân hàng trung ương"),
        ("Ương hành Nhật Bản giữ nguyên lãi suất.", "T308", "Ương hành", "Ngân hàng trung ương"),
        ("Giá bạch ngân tăng 2% trong phiên.", "T308", "bạch ngân", "bạc"),
        ("Kim giá thế giới lập đỉnh mới.", "T308", "Kim giá", "Giá vàng"),
        ("Thông trướng tại Mỹ hạ nhiệt.", "T308", "Thông trướng", "Lạm phát"),
        ("Ngoại hối trữ bị của Nhật Bản giảm.", "T308", "Ngoại hối trữ bị", "Dự trữ ngoại hối"),
        ("Hungary Đầu tư Xúc tiến Cục cho biết sẽ hỗ trợ doanh nghiệp.", "C107", "Hungary Đầu tư Xúc tiến Cục", None),
        ("Ấn Độ Khoa học Viện hợp tác với Đại học Bách khoa Hà Nội.", "C107", "Ấn Độ Khoa học Viện", None),
        ("Thổ Nhĩ Kỳ Trung ương Ngân hàng giữ lãi suất.", "C107", "Thổ Nhĩ Kỳ Trung ương Ngân hàng", None),
        (
            "Theo Ba Lan Đầu tư Mậu dịch Cục, vốn FDI tăng.",
            "C107",
            "Ba Lan Đầu tư Mậu dịch Cục",
            "Cơ quan Đầu tư và Thương mại Ba Lan (PAIH)",
        ),
        ("Chủ tịch Fed Baoweier cho biết lãi suất sẽ giữ nguyên.", "N108", "Baoweier", "Jerome Powell"),
        ("Chủ tịch Cục Dự trữ Liên bang Baoweier phát biểu tại Jackson Hole.", "N108", "Baoweier", "Jerome Powell"),
    ],
)
def test_fires(text: str, rule: str, span: str, fix: str | None) -> None:
    found = _found(text, rule)
    assert (span, fix) in found if fix else span in [s for s, _ in found]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Đây là một áng văn hay, thật đáng tiếc khi ít người đọc.", "T308"),
        ("Giá vàng thế giới ở mức 4.000 USD/ounce.", "T308"),
        ("Ban Chấp hành Trung ương hành động quyết liệt.", "T308"),
        ("Các cơ quan trung ương hành chính được sắp xếp lại.", "T308"),
        ("Ca sĩ Bạch Ngân biểu diễn tối nay.", "T308"),
        ("Đoàn doanh nghiệp Ba Lan Cục Xúc tiến thương mại đón tiếp.", "C107"),
        ("Hàng Ba Lan tại Trung tâm thương mại rất đắt khách.", "C107"),
        ("Chị Nguyễn Hà Lan Ngân hàng Vietcombank phát biểu.", "C107"),
        ("Cơ quan Đầu tư và Thương mại Ba Lan (PAIH) sẽ mở văn phòng đại diện.", "C107"),
        ("Chủ tịch Fed Jerome Powell cho biết lãi suất sẽ giữ nguyên.", "N108"),
    ],
)
def test_quiet(text: str, rule: str) -> None:
    assert _found(text, rule) == []


@pytest.mark.parametrize(
    ("source", "target", "found"),
    [
        ("Germany took the lion's share of the new orders.", "Đức chiếm phần sư tử trong các đơn hàng mới.", 1),
        ("Big banks hold the lion’s share of deposits.", "Các ngân hàng lớn nắm giữ phần của sư tử trong tiền gửi.", 1),
        ("Germany took the lion's share of the new orders.", "Đức chiếm phần lớn nhất trong các đơn hàng mới.", 0),
        (
            "At the zoo, the lion's share of the meat went to the male.",
            "Ở sở thú, phần thịt của sư tử đực nhiều nhất.",
            0,
        ),
    ],
)
def test_a113_the_lions_share(source: str, target: str, found: int) -> None:
    assert len(audit_pairs([(source, target)], select=["A113"])) == found


_HANOI = "Hà Nội, 21/11/2025 – Thống đốc Ngân hàng Nhà nước chủ trì hội nghị về thị trường vàng.\n"
_DANANG = "Đà Nẵng, 3/4/2026 – UBND TP Đà Nẵng tổ chức hội nghị về nhà ở.\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_HANOI + "Sau khi Thông tư 02/2023/TT-NHNN được ban hành, thị trường tín dụng Trung Quốc ổn định.", 1),
        (
            _DANANG + "Theo ông, Luật Kinh doanh bất động sản số 29/2023/QH15 giúp thị trường bất động sản của Trung "
            "Quốc minh bạch hơn.",
            1,
        ),
        # the two markets compared, China's as a partner, the decree in another sentence, China named elsewhere
        (
            _HANOI + "Sau khi Nghị định 232/2025/NĐ-CP có hiệu lực, thị trường vàng Việt Nam ổn định, còn thị trường "
            "vàng Trung Quốc vẫn biến động.",
            0,
        ),
        (_HANOI + "Sau khi Nghị định 232/2025/NĐ-CP có hiệu lực, vàng nhập lậu từ thị trường vàng Trung Quốc giảm.", 0),
        (_HANOI + "Nghị định 232/2025/NĐ-CP có hiệu lực. Thị trường vàng Trung Quốc cũng ổn định.", 0),
        (
            _HANOI
            + "Sau khi Nghị định 232/2025/NĐ-CP có hiệu lực, thị trường vàng Trung Quốc ổn định.\nNgân hàng Nhân "
            "dân Trung Quốc mua thêm 10 tấn vàng.",
            0,
        ),
    ],
)
def test_c101_market_under_a_vietnamese_legal_document(text: str, found: int) -> None:
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")] * found


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Nhận tỷ giá ngoại tệ qua Zalo | Đăng ký ngay", True),
        ("Nhận bản tin giá cà phê mỗi tuần qua email: Đăng ký", True),
        ("Bảng giá trên chỉ mang tính tham khảo.", True),
        ("Tỷ giá chỉ có giá trị tham khảo, vui lòng liên hệ chi nhánh gần nhất.", True),
        ("Khách hàng nhận bảng giá qua email mỗi sáng.", False),
        ("Nhận hồ sơ qua email – hạn chót ngày 30/11.", False),
        ("Theo ông, thông tin giá chỉ mang tính tham khảo, không phải giá giao dịch.", False),
        ("Giá vàng chỉ mang tính tham khảo trong bối cảnh biến động mạnh, ông Hùng nói.", False),
    ],
)
def test_price_site_chrome(line: str, chrome: bool) -> None:
    assert (classify_lines([line]) != [None]) is chrome
