"""leftovers49 (round 29): round 28's two leftovers, tested on names, countries and sentences outside adversary98 and
adversary100, both ways.

C101: 我国 rendered 'Trung Quốc' where China is one of the page's own countries but the sentence's speakers say whose
country is meant — the meeting's two leaders assessing their own relation ('Hai nhà lãnh đạo … giữa Trung Quốc và
Campuchia' after a Việt Nam–Cambodia meeting), a Vietnamese official telling of a national first ('Thứ trưởng … cho
biết đây là lần đầu tiên một vận động viên của Trung Quốc giành huy chương vàng')."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _c101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C101"])]


# China is a party of each page on its own: its city, its railway, its firms (so the article-wide frames keep out)
_CHINA_TOO = (
    "Tuyến đường sắt từ Côn Minh đã chở hàng nghìn tấn nông sản sang Trung Quốc. Các doanh nghiệp Trung Quốc cũng "
    "đầu tư nhiều nhà máy ở Thâm Quyến."
)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        (
            "Hà Nội, 3/12/2026 – Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet tại Phnôm Pênh.\n"
            "Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại giữa Trung Quốc và Campuchia lên 20 tỷ USD.\n"
            + _CHINA_TOO,
            "Việt Nam",
        ),
        (
            "Chiều 4/3, Tổng Bí thư Tô Lâm tiếp Tổng thống Indonesia Prabowo Subianto.\n"
            "Hai bên đánh giá cao quan hệ Đối tác chiến lược toàn diện giữa Indonesia và Trung Quốc.\n" + _CHINA_TOO,
            "Việt Nam",
        ),
        (
            "Tổng thống Philippines hội đàm với Thủ tướng Malaysia tại Kuala Lumpur.\n"
            "Hai nhà lãnh đạo hoan nghênh hợp tác quốc phòng giữa Trung Quốc và Philippines.\n" + _CHINA_TOO,
            "Malaysia",
        ),
    ],
)
def test_a_third_country_in_the_meeting_leaders_own_relation_fires(text: str, fix: str) -> None:
    assert _c101(text) == [("Trung Quốc", fix)]


@pytest.mark.parametrize(
    "text",
    [
        # China is a party of the meeting: its leader named
        "Chủ tịch Tập Cận Bình hội đàm với Thủ tướng Campuchia Hun Manet tại Bắc Kinh.\n"
        "Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại giữa Trung Quốc và Campuchia lên 20 tỷ USD.",
        # the leaders discuss a third relation
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\n"
        "Hai nhà lãnh đạo cũng trao đổi về quan hệ giữa Trung Quốc và Campuchia.\n" + _CHINA_TOO,
        # a rivalry
        "Tổng thống Philippines hội đàm với Thủ tướng Malaysia.\n"
        "Hai bên bày tỏ quan ngại về căng thẳng giữa Trung Quốc và Philippines trên Biển Đông.\n" + _CHINA_TOO,
        # no meeting told before: whose 'hai bên' is unknown
        "Hai bên đánh giá cao hợp tác giữa Trung Quốc và Campuchia trong lĩnh vực năng lượng.\n" + _CHINA_TOO,
        # the meeting's own pair, named right
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet.\n"
        "Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại giữa Việt Nam và Campuchia lên 20 tỷ USD.\n" + _CHINA_TOO,
    ],
)
def test_the_meeting_leaders_near_cases_stay_quiet(text: str) -> None:
    assert _c101(text) == []


_VN_PAGE = "Hà Nội, 2/12/2026 – Đoàn thể thao Việt Nam trở về sau giải vô địch châu Á tại Thượng Hải.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết đây là lần đầu tiên một vận động viên của Trung Quốc "
        "giành huy chương vàng ở nội dung này.",
        "Thứ trưởng Hoàng Đạo Cương khẳng định đây là lần đầu tiên một đội tuyển của Trung Quốc vô địch giải đấu.",
        "Giám đốc Sở Văn hóa và Thể thao nói đây là lần đầu tiên một tác phẩm của Trung Quốc được trao giải thưởng "
        "cao nhất.",
    ],
)
def test_a_vietnamese_officials_national_first_fires(sentence: str) -> None:
    assert _c101(_VN_PAGE + sentence + "\n" + _CHINA_TOO) == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker is China's own body
        "Cục trưởng Cục Thể thao Trung Quốc cho biết đây là lần đầu tiên một vận động viên của Trung Quốc giành huy "
        "chương vàng ở nội dung này.",
        # a commentator, not an official, may tell of any country's first
        "Bình luận viên Nguyễn Văn Hùng nói đây là lần đầu tiên một vận động viên của Trung Quốc giành huy chương vàng "
        "Olympic ở môn này.",
        # no speaker: the news agency's report
        "Theo Tân Hoa xã, đây là lần đầu tiên một bộ phim của Trung Quốc giành giải Cành cọ vàng.",
        # a first that is no prize: a contract won
        "Thứ trưởng Bộ Xây dựng cho biết đây là lần đầu tiên một doanh nghiệp của Trung Quốc giành được gói thầu "
        "đường sắt.",
        # the sentence names Việt Nam beside China
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết đây là lần đầu tiên một vận động viên của Trung Quốc "
        "giành huy chương vàng tại Việt Nam.",
    ],
)
def test_the_national_first_near_cases_stay_quiet(sentence: str) -> None:
    assert _c101(_VN_PAGE + sentence + "\n" + _CHINA_TOO) == []


# N108: one Chinese name, two known people (鲍威尔 Jerome Powell and Colin Powell; 易卜拉欣 Anwar Ibrahim and Sultan
# Ibrahim): both kept, the page chooses by the office's title, else by the year, else the index's first with the other
# offered beside it.


def _n108(text: str) -> list[tuple[str, str | None, list[str] | None]]:
    return [(f.text, f.suggestion, f.candidates) for f in audit_text(text, select=["N108"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ngoại trưởng Mỹ Baoweier hội đàm với người đồng cấp Pháp tại Paris.", "Colin Powell"),
        ("Bộ trưởng Ngoại giao Mỹ Baoweier phát biểu trước Hội đồng Bảo an.", "Colin Powell"),
        ("Chủ tịch Fed Baoweier giữ nguyên lãi suất.", "Jerome Powell"),
        ("Washington, 14/9/2004 – Ông Baoweier cho biết Mỹ sẽ tiếp tục đàm phán.", "Colin Powell"),
        ("Washington, 14/9/2024 – Ông Baoweier cho biết lãi suất sẽ giảm.", "Jerome Powell"),
        ("Quốc vương Malaysia Yibulaxin tiếp Đại sứ Việt Nam.", "Sultan Ibrahim"),
        ("Thủ tướng Malaysia Yibulaxin tiếp Đại sứ Việt Nam.", "Anwar Ibrahim"),
    ],
)
def test_one_chinese_name_two_people_the_page_chooses(text: str, name: str) -> None:
    assert _n108(text) == [(_span(text), name, None)]


def _span(text: str) -> str:
    return "Yibulaxin" if "Yibulaxin" in text else "Baoweier"


def test_one_chinese_name_two_people_undecided_offers_both() -> None:
    assert _n108("Ông Baoweier cho biết Mỹ sẽ tiếp tục đàm phán.") == [("Baoweier", "Jerome Powell", ["Colin Powell"])]


@pytest.mark.parametrize(
    "text",
    [
        "Ngoại trưởng Mỹ Colin Powell hội đàm với người đồng cấp Pháp tại Paris.",
        "Chủ tịch Fed Jerome Powell giữ nguyên lãi suất.",
        "Quốc vương Malaysia Sultan Ibrahim tiếp Đại sứ Việt Nam.",
    ],
)
def test_the_two_people_named_right_stay_quiet(text: str) -> None:
    assert _n108(text) == []


# C101 in a record: the Chinese source's 我国 in a named country's official's words is that country


def _c101_pair(source: str, target: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=["C101"])]


@pytest.mark.parametrize(
    ("source", "target", "fix"),
    [
        (
            "日本外相表示，我国将继续向越南提供发展援助。",
            "Ngoại trưởng Nhật Bản cho biết Trung Quốc sẽ tiếp tục cung cấp viện trợ phát triển cho Việt Nam.",
            "Nhật Bản",
        ),
        (
            "老挝总理宋赛说：“我国愿意向越南出售更多电力。”",
            'Thủ tướng Lào Sonexay nói: "Trung Quốc sẵn sàng bán thêm điện cho Việt Nam."',
            "Lào",
        ),
        (
            "新西兰总理强调，我国乳制品出口增长迅速。",
            "Thủ tướng New Zealand nhấn mạnh xuất khẩu sữa của Trung Quốc tăng nhanh.",
            "New Zealand",
        ),
    ],
)
def test_our_country_in_a_named_officials_words_fires(source: str, target: str, fix: str) -> None:
    assert _c101_pair(source, target) == [("Trung Quốc", fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the source names China itself
        (
            "日本外相表示，中国应遵守国际法。",
            "Ngoại trưởng Nhật Bản cho biết Trung Quốc cần tuân thủ luật pháp quốc tế.",
        ),
        # a Chinese publisher's own 'our country', before the speaker
        (
            "我国外交部发言人表示，日本应反省历史。",
            "Người phát ngôn Bộ Ngoại giao Trung Quốc cho biết Nhật Bản cần nhìn lại lịch sử.",
        ),
        # rendered right
        (
            "日本外相表示，我国将继续向越南提供发展援助。",
            "Ngoại trưởng Nhật Bản cho biết Nhật Bản sẽ tiếp tục cung cấp viện trợ phát triển cho Việt Nam.",
        ),
        # the target does not name the speaker's country: no sure alignment
        ("日本外相表示，我国将继续提供援助。", "Người phát ngôn cho biết Trung Quốc sẽ tiếp tục viện trợ."),
    ],
)
def test_our_country_near_cases_stay_quiet(source: str, target: str) -> None:
    assert _c101_pair(source, target) == []
