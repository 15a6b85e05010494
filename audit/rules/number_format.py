"""F114: a number written the English way in Vietnamese text ('350,000 người', '46,800,000 đồng', '3.5 triệu').

Vietnamese marks decimals with a comma and groups thousands with a point (the press writes '350.000
người', '3,5 triệu'). MT from English copies the source's '350,000' and '3.5', which a Vietnamese reader takes for
350 and for a malformed thousands group. Only the forms that cannot be Vietnamese are flagged: two or more comma
groups, one comma group before a count or a currency (a count of people is never 350 and a fraction) or of three
zeros before a word, a currency sign before it, and a decimal point before a magnitude word or a percent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule
from audit.rules.base import DocContext, Hit
from audit.rules.numbers import COUNTED
from audit.rules.registry import register

_ALONE = r"(?<![\w.,])"  # not inside a longer number, a word, a date or a version
_ENDS = r"(?![\d,]|\.\d)"  # the number ends here (a full stop after it is the sentence's)
# what only a count can follow: people and households are not counted in fractions ('1,275 km' may be a Vietnamese
# 1.275 km, and stays quiet)
_COUNT = rf"\s+(?:{COUNTED}|người)(?!\w)"
# a currency after a number of two digits or more before the comma: an amount, which has no thousandth (an exchange
# rate has: 'đồng euro ở mức 1,087 USD', clean20)
_CURRENCY = r"\s+(?:đồng|USD|đô la|đô|euro|yên|won|bảng Anh|bảng|nhân dân tệ|rúp|rupee|baht|ringgit|peso)(?!\w)"
_FORMS = re.compile(
    rf"{_ALONE}(?P<multi>[1-9]\d{{0,2}}(?:,\d{{3}}){{2,}}){_ENDS}"  # 46,800,000
    rf"|(?<=[$¥€£])\s?(?P<signed>[1-9]\d{{0,2}},\d{{3}}){_ENDS}"  # $26,750, ¥7,000
    rf"|{_ALONE}(?P<group>[1-9]\d{{0,2}},\d{{3}}){_ENDS}(?={_COUNT})"  # 350,000 người
    rf"|{_ALONE}(?P<amount>[1-9]\d{{1,2}},\d{{3}}){_ENDS}(?={_CURRENCY})"  # 26,750 đô la
    rf"|{_ALONE}(?P<zeros>[1-9]\d{{0,2}},000){_ENDS}(?=\s+[^\W\d_])"  # 1,000 pound: no one writes 1 as '1,000'
    rf"|{_ALONE}(?P<point>\d{{1,3}}\.\d{{1,2}})(?![\d.,])(?=\s*(?:%|phần trăm|triệu|tỷ|nghìn|ngàn)(?!\w))"  # 3.5 triệu
)


def vietnamese_form(number: str) -> str:
    """``number`` with its separators swapped into the Vietnamese convention ('1,500' → '1.500', '3.5' → '3,5')."""
    return number.translate(str.maketrans(",.", ".,"))


@register
class EnglishNumberFormat(PrefilteredRule):
    code = "F114"
    name = "english-number-format"
    category = "locale/convention"
    severity = Severity.MINOR
    trigger = re.compile(r"\d,\d{3}|\d\.\d")
    summary = "A number in the English format ('350,000 người', '3.5 triệu') where Vietnamese writes '350.000', '3,5'"
    why = (
        "Vietnamese marks decimals with a comma and groups thousands with a point. MT from English copies "
        "'350,000' and '3.5': a reader takes '350,000 người' for three hundred and fifty people and '3.5 triệu' for "
        "a broken thousands group. Only forms that cannot be Vietnamese fire: two comma groups, one before a count "
        "or an amount (never a fraction with three decimals) or of three zeros, after a currency sign, and a "
        "decimal point before 'triệu', 'tỷ' or a percent. Human translations slip too (FLORES-200 has '¥7,000' beside "
        "'¥2.500'), so the finding is minor."
    )
    fires = (
        "Khoảng [[18,000]] khán giả đã có mặt tại sân Mỹ Đình.",
        "Phí hằng năm là [[2,450,000]] đồng.",
        "Doanh thu tăng [[4.7]]% so với cùng kỳ.",
        "Dự án cần thêm [[1.25]] tỷ USD.",
        "Vé máy bay giá khoảng $[[1,200]].",
    )
    quiet = (
        "Khoảng 18.000 khán giả đã có mặt tại sân Mỹ Đình.",
        "Lãi suất giảm 0,25 điểm phần trăm, còn 4,5%.",
        "Chỉ số đạt 1,275 điểm.",
        "Ngày 27.11.2025, ông đọc Điều 3.2 của luật.",
        "Phiên bản iOS 18.2 có thêm tính năng mới.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in _FORMS.finditer(seg.text):
            group = next(g for g in ("multi", "signed", "group", "amount", "zeros", "point") if m.group(g) is not None)
            number = m.group(group)
            kind = "a decimal point" if group == "point" else "commas between thousands"
            yield self.hit(
                seg,
                m.start(group),
                m.end(group),
                f"number in the English format ({kind}): Vietnamese writes {vietnamese_form(number)!r}",
                suggestion=vietnamese_form(number),
            )
