"""misses37 (round 26): adversary89's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.rules.language.source_verbs import kept_source_verbs


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)]) if f.rule == rule]


# T308: words of stock-market, insurance, property and state-visit news kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Chỉ số HNX-Index tăng 1,2%, thanh khoản trên cổ thị Hà Nội đạt 2.300 tỷ đồng.",
            "cổ thị",
            "thị trường chứng khoán",
        ),
        ("Nhiều cổ dân bán ra cổ phiếu ngân hàng trong phiên chiều.", "cổ dân", "nhà đầu tư chứng khoán"),
        ("Công ty Địa ốc Tân Phú dự kiến thượng thị trên sàn HOSE vào quý II.", "thượng thị", "niêm yết"),
        ("Ngân hàng bị phạt vì các vụ tiêu thụ ngộ đạo bảo hiểm.", "tiêu thụ ngộ đạo", "tư vấn sai lệch"),
        ("Bê bối ngộ đạo tiêu thụ khiến doanh thu phí giảm.", "ngộ đạo tiêu thụ", "tư vấn sai lệch"),
        ("Nhiều hợp đồng thọ hiểm bị khách hàng hủy trong quý III.", "thọ hiểm", "bảo hiểm nhân thọ"),
        ("Indonesia xuất khẩu 25 triệu tấn tông lư du mỗi năm.", "tông lư du", "dầu cọ"),
        ("Diện tích trồng cây tông lư ở Sabah tăng 3%.", "tông lư", "cọ"),
        ("Tổng thống Indonesia có chuyến quốc sự phỏng vấn Malaysia.", "quốc sự phỏng vấn", "thăm cấp Nhà nước"),
        ("Thủ tướng Ấn Độ có chuyến chính thức phỏng vấn Nhật Bản.", "chính thức phỏng vấn", "thăm chính thức"),
        ("Giá phòng địa sản ở Kuala Lumpur tăng 5%.", "phòng địa sản", "bất động sản"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Khách dạo phố cổ thị trấn Đồng Văn; cổ phiếu du lịch tăng trên sàn HOSE.",
        "Bà Cổ Thị Hoa, nhà đầu tư cổ phiếu lâu năm, nói thị trường chứng khoán còn biến động.",
        "Nhà đầu tư chứng khoán thích truyện cổ dân gian; chợ đồ cổ thị xã Sơn Tây đông khách.",
        "Chứng khoán hôm nay: giá trị tối thượng thị trường là niềm tin; cổ phiếu ngân hàng dẫn dắt.",
        "Trong ngôi chùa có chiếc lư đồng chính tông lư hương bằng đồng.",
        "Tuổi thọ hiểm khi vượt 80 ở vùng cao; trường thọ hiểm nghèo là chuyện hiếm.",
        "Nhà báo có chuyến công tác phỏng vấn nhân vật; ông được chính thức phỏng vấn cho vị trí giám đốc.",
        "Thị trường vàng ảm đạm, nhưng phố cổ thị trấn vẫn đông khách.",  # 'cổ thị' outside a stock story
    ],
)
def test_t308_rows_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: index providers, rating agencies and a Malaysian planter by their Chinese names
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Chỉ số Phú Thời La Tố sẽ đưa Việt Nam vào nhóm mới nổi.", "Phú Thời La Tố", "FTSE Russell"),
        ("Theo Fushiluosu, dòng vốn ngoại có thể tăng mạnh.", "Fushiluosu", "FTSE Russell"),
        ("Công ty Sâm Na Mỹ sẽ đầu tư vào nhà máy ép dầu ở Johor.", "Sâm Na Mỹ", "Sime Darby"),
        ("Hãng Huệ Dự giữ nguyên xếp hạng BB+ của Indonesia.", "Huệ Dự", "Fitch"),
    ],
)
def test_c107_companies_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Mục Địch, trú tại xã Phú Thời, cho biết mục đích chuyến đi là thăm người thân.",
        "Bà Huệ dự lễ khai giảng; anh Phú thời trẻ làm nghề chài lưới.",
        "Tay vợt Zhang Huiyu vào tứ kết giải cầu lông Malaysia Mở rộng.",  # a given name, not Fitch's pinyin
    ],
)
def test_c107_companies_quiet(text: str) -> None:
    assert _found(text, "C107") == []


# T201: Sri Lanka's Vietnamese transliteration beside its usual spelling
def test_t201_sri_lanka_transliterated() -> None:
    text = "Tổng thống Sri Lanka thăm Hà Nội.\nQuan hệ giữa Xri Lan-ca và Việt Nam phát triển; Sri Lanka xuất khẩu chè."
    assert ("Xri Lan-ca", "Sri Lanka") in _found(text, "T201")


def test_t201_sri_lanka_one_spelling_quiet() -> None:
    assert _found("Quan hệ Việt Nam – Xri Lan-ca phát triển; Xri Lan-ca là đối tác truyền thống.", "T201") == []
    assert _found("Tổng thống Sri Lanka thăm Hà Nội; Sri Lanka xuất khẩu chè và quế.", "T201") == []


# A113: '(with)stand the test of time' as an exam of time
@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "Their friendship with Laos has withstood the test of time.",
            "Tình hữu nghị của họ với Lào đã vượt qua bài kiểm tra của thời gian.",
            "vượt qua bài kiểm tra của thời gian",
        ),
        (
            "The bridge, built in 1902, has stood the test of time.",
            "Cây cầu, xây năm 1902, đã đứng vững trước bài kiểm tra thời gian.",
            "đứng vững trước bài kiểm tra thời gian",
        ),
    ],
)
def test_a113_test_of_time_fires(source: str, target: str, span: str) -> None:
    assert [s for s, _ in _found_pair(source, target, "A113")] == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Their friendship with Laos has withstood the test of time.",
            "Tình hữu nghị của họ với Lào đã đứng vững trước thử thách của thời gian.",
        ),
        (
            "Students must pass the test within the time allowed.",
            "Học sinh phải vượt qua bài kiểm tra trong thời gian cho phép.",
        ),
    ],
)
def test_a113_test_of_time_quiet(source: str, target: str) -> None:
    assert _found_pair(source, target, "A113") == []


# T303: the source names the weekday the date falls on, so the target's weekday is the fix
@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        (
            "2026年3月3日（周二），两国领导人举行会谈。",
            "Thứ Hai, 3/3/2026, lãnh đạo hai nước hội đàm.",
            "Thứ Hai, 3/3/2026",
            "Thứ Ba, 3/3/2026",
        ),
        (
            "The summit opened on Tuesday, March 3, 2026 in Hanoi.",
            "Hội nghị khai mạc vào thứ 4, 3/3/2026 tại Hà Nội.",
            "thứ 4, 3/3/2026",
            "thứ Ba, 3/3/2026",
        ),
        (
            "The fair closes on Sunday, March 8, 2026.",
            "Hội chợ bế mạc vào thứ Bảy, 8/3/2026.",
            "thứ Bảy, 8/3/2026",
            "Chủ nhật, 8/3/2026",
        ),
    ],
)
def test_t303_fix_from_the_source_weekday(source: str, target: str, span: str, fix: str) -> None:
    assert _found_pair(source, target, "T303") == [(span, fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the source names another weekday than the date's: either may be wrong, no fix
        ("2026年3月3日（周四），两国领导人举行会谈。", "Thứ Hai, 3/3/2026, lãnh đạo hai nước hội đàm."),
        # no weekday in the source; '两周一次' is once a fortnight, not a Monday
        ("会议两周一次，2026年3月3日举行。", "Thứ Hai, 3/3/2026, cuộc họp hai tuần một lần diễn ra."),
    ],
)
def test_t303_no_fix_without_the_source_weekday(source: str, target: str) -> None:
    assert [fix for _, fix in _found_pair(source, target, "T303")] == [None]


def test_t303_no_fix_on_target_alone() -> None:
    assert _found("Hội nghị khai mạc vào thứ Hai, 3/3/2026 tại Hà Nội.", "T303") == [("thứ Hai, 3/3/2026", None)]


# L101: an English verb of the source left in a verb's slot of the translation
@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        (
            "The two leaders will sign five agreements on Friday.",
            "Hai nhà lãnh đạo sẽ sign năm thỏa thuận vào thứ Sáu.",
            "sign",
            "ký",
        ),
        (
            "The minister met business leaders in Dhaka.",
            "Bộ trưởng đã meet các lãnh đạo doanh nghiệp tại Dhaka.",
            "meet",
            "gặp",
        ),
        ("Officials shared the data last year.", "Các quan chức từng share dữ liệu năm ngoái.", "share", "chia sẻ"),
    ],
)
def test_l101_source_verb_fires(source: str, target: str, span: str, fix: str) -> None:
    assert (span, fix) in _found_pair(source, target, "L101")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # loans Vietnamese writes as its own verbs, and a compound
        ("The company shipped 300 orders and posted a video.", "Công ty đã ship 300 đơn hàng và đã post một video."),
        ("Visitors checked in at the counter.", "Du khách đã check-in tại quầy."),
        # the verb translated
        ("Modi also visited a Buddhist pagoda.", "Ông Modi cũng đã thăm một ngôi chùa Phật giáo."),
    ],
)
def test_l101_source_verb_quiet(source: str, target: str) -> None:
    assert _found_pair(source, target, "L101") == []


def test_l101_source_verb_needs_the_source() -> None:
    """The loan in a verb's slot with no English source, or a source without that verb, says nothing."""
    assert _found("Anh ấy đã visit một ngôi chùa ở Huế.", "L101") == []
    assert list(kept_source_verbs("He toured a pagoda in Hue.", "Anh ấy đã visit một ngôi chùa ở Huế.")) == []
    assert list(kept_source_verbs("他参观了顺化的一座寺庙。", "Anh ấy đã visit một ngôi chùa ở Huế.")) == []
