"""The source rules on Chinese sources: numbers, e-mail addresses, length and currencies (sentences written for
the test, none from FLORES-200 or NTREX-128)."""

from __future__ import annotations

import pytest

from audit.api import document_from_pairs
from audit.lang.number_match import match_numbers
from audit.lang.quantities import numbers
from audit.lang.verbatim import lost_tokens
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules
from audit.rules.source.short_translation import expected_from_chinese


def _rules(source: str, target: str, codes: list[str]) -> list[tuple[str, str]]:
    rules = [cls() for cls in select_rules(codes)]
    return [(f.rule, f.text) for f in run_rules(document_from_pairs([(source, target)]), rules, Settings())]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("化石距今 650 万至 580 万年。", "Hóa thạch có niên đại 6,5-5,8 triệu năm."),
        ("预算为 120 万到 150 万美元。", "Ngân sách từ 1,2 đến 1,5 triệu USD."),
        ("The fossils are 6.5 to 5.8 million years old.", "Hóa thạch có niên đại 6,5-5,8 triệu năm."),
    ],
)
def test_a_range_scales_its_first_end(source: str, target: str) -> None:
    match = match_numbers(source, target)
    assert (match.missing, match.extra) == ([], [])


def test_a_range_end_with_other_digits_is_still_a_change() -> None:
    match = match_numbers("预算为 120 万到 150 万美元。", "Ngân sách từ 12 đến 1,5 triệu USD.")
    assert [n.text for n in match.extra] == ["12"]


def test_a_range_needs_a_connector() -> None:
    first = numbers("Có 7 và 2,5 triệu người.")[0]
    assert first.values == frozenset({7.0})


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("大会于 1 月 9 日在顺化开幕。", "Đại hội khai mạc tại Huế ngày 9 tháng Giêng."),
        ("展览持续到 12 月 30 日。", "Triển lãm kéo dài đến ngày 30 tháng Chạp."),
    ],
)
def test_january_and_december_by_name(source: str, target: str) -> None:
    assert _rules(source, target, ["A101", "A102"]) == []


def test_a_month_name_is_no_other_number() -> None:
    assert _rules("大会于 3 月 9 日开幕。", "Đại hội khai mạc ngày 9 tháng Giêng.", ["A101", "A102", "A109"])


def test_an_address_ends_where_chinese_starts() -> None:
    source = "请写信至hotro@vinhlong.vn咨询。"
    assert lost_tokens(source, "Xin gửi thư tới hotro@vinhlong.vn để được tư vấn.")[1] == []
    assert lost_tokens(source, "Xin gửi thư để được tư vấn.")[1] == ["hotro@vinhlong.vn"]


def test_expected_length_counts_copied_letters_once() -> None:
    assert expected_from_chinese("会见了 Anna Kowalski 女士", 5) == pytest.approx(3.2 * 5 + 12)


def test_a105_chinese_with_latin_names_in_brackets() -> None:
    source = (
        "法院向马尔滕·德弗里斯（Maarten de Vries）、英格丽·霍尔姆（Ingrid Holm）和帕维尔·诺瓦克（Pavel Novak）"
        "的家属致歉。"
    )
    target = "Tòa án đã xin lỗi gia đình của Maarten de Vries, Ingrid Holm và Pavel Novak."
    assert _rules(source, target, ["A105"]) == []


def test_a105_chinese_clause_dropped() -> None:
    source = "芹苴市计划在二〇三〇年前建成三座新桥梁，并将市中心的主要道路全部拓宽到六条车道以缓解交通拥堵。"
    assert _rules(source, "Cần Thơ sẽ xây ba cây cầu mới.", ["A105"]) == [("A105", "Cần Thơ sẽ xây ba cây cầu mới.")]
    full = (
        "Cần Thơ dự kiến xây dựng ba cây cầu mới trước năm 2030 và mở rộng toàn bộ các tuyến đường chính ở trung "
        "tâm thành phố lên sáu làn xe để giảm ùn tắc giao thông."
    )
    assert _rules(source, full, ["A105"]) == []


def test_a107_a_currency_names_its_country() -> None:
    source = "马恩岛镑与英镑等值。"
    assert _rules(source, "Bảng Man có giá trị ngang với bảng Anh.", ["A107"]) == []


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("这头公牛重 1200 磅。", "Con bò đực nặng pound.", ["1200"]),  # the unit kept, its number lost
        ("这头公牛重 1200 磅。", "Con bò đực nặng 1.200 pound.", []),
        ("这头公牛重 1200 磅。", "Con bò đực nặng 544 kg.", []),  # converted: not looked for
        ("The ferry sails 37 miles to Kythira.", "Phà chạy dặm tới Kythira.", ["37"]),
        ("The ferry sails 37 miles to Kythira.", "Phà chạy 60 km tới Kythira.", []),
        ("气温达到 95 华氏度。", "Nhiệt độ lên tới độ F.", ["95"]),
        ("气温达到 95 华氏度。", "Nhiệt độ lên tới 35 độ C.", []),
    ],
)
def test_a_unit_the_target_keeps_keeps_its_number(source: str, target: str, missing: list[str]) -> None:
    assert [n.text for n in match_numbers(source, target).missing] == missing


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("展会将于十月二十一日开幕。", "Triển lãm sẽ khai mạc ngày 21/10.", []),
        ("展会将于十月二十一日开幕。", "Triển lãm sẽ khai mạc ngày 12/10.", ["12/10"]),
        ("条约于二〇一九年六月五日签署。", "Hiệp ước được ký ngày 5/6/2019.", []),
        ("条约于二〇一九年六月五日签署。", "Hiệp ước được ký ngày 6/5/2019.", ["6/5/2019"]),
        # a range of clock times is no range of days: the date is still compared
        ("节目于三月八日10:00至11:30播出。", "Chương trình phát sóng ngày 8/3 từ 10:00 đến 11:30.", []),
        ("节目于三月八日10:00至11:30播出。", "Chương trình phát sóng ngày 3/8 từ 10:00 đến 11:30.", ["3/8"]),
        ("The show airs on March 8 from 9:30 to 11:00.", "Chương trình phát sóng ngày 3/8 từ 9:30 đến 11:00.", ["3/8"]),
    ],
)
def test_a109_dates_in_chinese_numerals_and_beside_times(source: str, target: str, flagged: list[str]) -> None:
    assert [text for _, text in _rules(source, target, ["A109"])] == flagged


def test_a_handle_or_hashtag_ends_where_chinese_starts() -> None:
    source = "河内旅游局通过@HanoiTourism发布消息，话题#MuaThu2026引发热议。"
    target = "Sở Du lịch Hà Nội đăng tin qua @HanoiTourism, chủ đề #MuaThu2026 thu hút nhiều bình luận."
    assert lost_tokens(source, target) == (["@HanoiTourism", "#MuaThu2026"], [])
    assert lost_tokens(source, "Sở Du lịch Hà Nội đăng tin.")[1] == ["@HanoiTourism", "#MuaThu2026"]
