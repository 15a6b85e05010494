"""Round 35's fixes of adversary124's name misses (leftovers62), each on sentences outside the set, both ways (fires on
MT, quiet on human text): N102's dotted Hán-Việt name after a title and the organisation or field it heads ('Tổng thư
ký OPEC …', 'Bộ trưởng Năng lượng …'); N109's fix, a well-known Korean's own spelling where the source names him
(korean_people.tsv, now with South Korea's national football team as a class); F114's three decimals ending in a zero
before a currency ('2,800 đô la'), an English thousands group where the article writes its numbers the Vietnamese
way."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_in_pairs(pairs: list[tuple[str, str]], rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs(pairs) if f.rule == rule]


# N102: a title, then the organisation or field it heads, then a dotted Hán-Việt name (Chinese order: 能源部长 …)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the whole family name after the dot since leftovers70 (its fourth syllable 'Nặc' was cut before)
        ("Chủ tịch FIFA Gia Ni·Ân Phan Đề Nặc phát biểu tại lễ bốc thăm.", "Gia Ni·Ân Phan Đề Nặc"),
        ("Chủ tịch AFC Tát Nhĩ·Mạn thăm trụ sở VFF.", "Tát Nhĩ·Mạn"),
        ("Bộ trưởng Thương mại Lạp Mã·Ba thăm Thành phố Hồ Chí Minh.", "Lạp Mã·Ba"),
        ("Bộ trưởng Năng lượng Gia Ni·An Đạt cho biết giá khí đốt sẽ giảm.", "Gia Ni·An Đạt"),
        ("Tổng thư ký Tổ chức Hàng hải Quốc tế Lạp Mã·Ba phát biểu khai mạc.", "Lạp Mã·Ba"),
    ],
)
def test_n102_dotted_name_after_a_title_and_its_body(text: str, span: str) -> None:
    """Each quiet before: too few rare syllables to be read without a title right before the name."""
    assert [t for t, _ in _found(text, "N102")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài chính Nguyễn Văn·Thắng nói.",  # Vietnamese syllables, a stray dot
        "Chủ tịch Hội đồng quản trị Minh Khuê·Thu Hà dự họp.",
        "Tổng thư ký OPEC Haitham Al Ghais cho biết sản lượng sẽ giữ nguyên.",
        "Chủ tịch FIFA Gianni Infantino dự lễ bốc thăm tại Washington.",
        "Bộ trưởng Năng lượng Ả Rập Xê Út, Hoàng tử Abdulaziz bin Salman, phát biểu.",
        "Tổng thư ký ASEAN · Hà Nội · 12/3: hội nghị khai mạc.",
    ],
)
def test_n102_quiet_on_human_titles_and_bodies(text: str) -> None:
    assert _found(text, "N102") == []


def test_n102_body_after_a_title_needs_no_punctuation_between() -> None:
    """A comma between the body and the name ends the title's reach, as before: only the title right before counts,
    and 'Tổng thư ký OPEC, ông …' is read through the honorific instead."""
    assert _found("Tổng thư ký OPEC nói, Hải Tái Mỗ·Cái Tư đồng ý.", "N102") == []


# N109: the press's own spelling of a well-known Korean wins over the Revised Romanization of his characters


@pytest.mark.parametrize(
    ("pair", "span", "fix"),
    [
        (("韩国演员宋仲基来到顺化。", "Diễn viên Hàn Quốc Tống Trọng Cơ đến Huế."), "Tống Trọng Cơ", "Song Joong-ki"),
        (("韩国演员宋仲基来到顺化。", "Diễn viên Hàn Quốc Song Zhongji đến Huế."), "Song Zhongji", "Song Joong-ki"),
        (("韩国中场李刚仁在巴黎踢球。", "Tiền vệ Hàn Quốc Lý Cương Nhân đá ở Paris."), "Lý Cương Nhân", "Lee Kang-in"),
        (("韩国前锋黄喜灿进球了。", "Tiền đạo Hàn Quốc Hoàng Hỷ Xán đã ghi bàn."), "Hoàng Hỷ Xán", "Hwang Hee-chan"),
    ],
)  # fmt: skip
def test_n109_press_spelling_with_a_source(pair: tuple[str, str], span: str, fix: str) -> None:
    """宋仲基 is a row of before, fixed 'Song Jung-gi' (the Revised Romanization) until now where a source named
    him."""
    assert _found_in_pairs([pair], "N109") == [(span, fix)]


def test_n109_revised_romanization_for_an_unknown_korean() -> None:
    """A Korean in no table keeps the Revised Romanization of his characters (an invented name)."""
    pair = ("韩国教练金大明说。", "Huấn luyện viên Hàn Quốc Kim Đại Minh nói.")
    assert _found_in_pairs([pair], "N109") == [("Kim Đại Minh", "Kim Dae-myeong")]


@pytest.mark.parametrize(
    "text",
    [
        "Hậu vệ Kim Min-jae và tiền vệ Lee Kang-in có mặt trong danh sách của Hàn Quốc.",
        "HLV Hong Myung-bo công bố danh sách đội tuyển Hàn Quốc.",
        "Anh Hoàng Hi Xán và chị Kim Mẫn Tài đi xuất khẩu lao động Hàn Quốc.",
        "Ông Hồng Minh Phú, Chủ tịch UBND xã, tiếp đoàn doanh nghiệp Hàn Quốc.",
    ],
)
def test_n109_quiet_on_the_press_spelling_and_vietnamese_names(text: str) -> None:
    assert _found(text, "N109") == []


# F114: three decimals ending in a zero before a currency, in an article that writes its numbers the Vietnamese way


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tăng trưởng đạt 6,4%. Học phí một năm tại Úc là 2,800 đô la, chưa tính sinh hoạt phí.", "2,800"),
        ("Lạm phát ở mức 3,2%. Mỗi chiếc điện thoại có giá 1,250 euro tại châu Âu.", "1,250"),
        ("Lãi suất giảm còn 5,5%. Vé máy bay khứ hồi khoảng 7,900 yên.", "7,900"),
    ],
)
def test_f114_trailing_zero_before_a_currency(text: str, span: str) -> None:
    assert _found(text, "F114") == [(span, span.replace(",", "."))]


@pytest.mark.parametrize(
    "text",
    [
        "Tăng trưởng đạt 6,4%. Đồng euro được giao dịch ở mức 1,150 USD trong phiên sáng.",  # a rate
        "Tăng trưởng đạt 6,4%. Tỷ giá hôm nay: 1 bảng Anh bằng 1,270 USD.",
        "Học phí một năm tại Úc là 2,800 đô la.",  # the article's convention unknown
        "Tăng trưởng đạt 6,4%. Cổ phiếu có giá 4,125 USD.",  # no trailing zero: may be a decimal
        "Tăng trưởng đạt 6,4%. Mỗi lao động phải trả khoảng 4.500 USD.",
    ],
)
def test_f114_quiet_on_rates_and_vietnamese_numbers(text: str) -> None:
    assert _found(text, "F114") == []
