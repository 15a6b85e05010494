"""F114: a number written the English way in Vietnamese text ('350,000 người', '46,800,000 đồng', '3.5 triệu').

Vietnamese marks decimals with a comma and groups thousands with a point (the press writes '350.000
người', '3,5 triệu'). MT from English copies the source's '350,000' and '3.5', which a Vietnamese reader takes for
350 and for a malformed thousands group. Only the forms that cannot be Vietnamese are flagged: two or more comma
groups, one comma group before a count or a currency (a count of people is never 350 and a fraction) or of three
zeros before a word, a currency sign before it, and a decimal point before a magnitude word or a percent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.english import is_english, reads_english
from audit.lang.quotes import quote_carried
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, content_text, split_scan
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
# a magnitude word, not the first syllable of another word a date may come before ('Tính đến 30.9 tỷ lệ hộ nghèo',
# 'từ 1.7 tỷ giá', 'từ 15.10 triệu chứng …': review26)
_MAGNITUDE = (
    r"(?:triệu|tỷ|nghìn|ngàn)(?!\w)"
    r"(?!\s+(?:lệ|giá|trọng|số|suất|phú|chứng|tập|hồi|năm|thu|đô|mục|xuất)(?!\w))"
    r"|(?:million|billion|trillion)(?!\w)"  # MT left the English word too ('6.5 billion đồng', adversary71)
)
# a price per tonne, ounce, barrel or area unit after a number of one digit before the comma: no such price has a
# thousandth ('5,200 USD/tấn' is the English format of 5.200; an exchange rate's '1,087 USD' has no unit: adversary70)
_BULK_UNIT = r"/\s?(?:tấn|tạ|ounce|oz|thùng|lượng|m2|m²|m3|m³|ha|héc-ta|hecta)(?!\w)"
# an exchange rate's frame before a currency other than the đồng, whose rates run to thousandths ('1 USD đổi được
# 155,275 yên', 'tỷ giá USD/JPY … 155,275 yên'); the đồng's are whole ('25,183 đồng/USD' is the English format)
_RATE = re.compile(
    r"(?:tỷ giá|\b1\s+(?:USD|đô la|đô|euro|EUR|bảng Anh|bảng|yên|nhân dân tệ)\s+(?:đổi|ăn|bằng|tương đương|=)"
    r"|\b[A-Z]{3}/[A-Z]{3}\b)(?:[^.;!?]|\.(?=\d)){0,80}$",
)
# a quotation in English inside the Vietnamese text, whose numbers keep the English format (“We invested $2,500,000”)
_QUOTE = re.compile(r"“([^”]{8,})”|\"([^\"]{8,})\"")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
# a temperature, which a Vietnamese date or thousands group never stands before ('0.8 độ C': adversary69; a weight or
# a length is left out: human product pages write '6.6kg', clean_news)
_MEASURE = r"(?:độ C|°C|℃)(?!\w)"
# a length, a weight or an area after a space, flagged only where the document writes its other numbers the Vietnamese
# way ('6,4%', '1.250 tỷ'): the writer's convention is known, and '1.5 km' beside it is the MT's (adversary71); not
# 'tấn công' (attack) after a date
_SPACED_UNIT = r"(?:km|m|cm|mm|kg|tấn(?! (?:công|tới))|ha|lít|mét)(?!\w)"
# a currency after a decimal point, flagged where the document writes its other numbers the Vietnamese way ('156.4
# yên' beside '153,5 triệu': adversary73); not 'đồng', which also opens 'đồng USD', 'đồng ý' after a date
_SPACED_CURRENCY = r"(?:USD|đô la|euro|yên|won|bảng Anh|nhân dân tệ|rúp|rupee|baht|ringgit|peso)(?!\w)"
# a verb of change before a point score: 'tăng 18.6 điểm' is no date, and a Vietnamese 18.6 no number (adversary73)
_MOVED = "|".join(f"(?<={verb} )" for verb in ("tăng", "giảm", "mất", "thêm", "lên", "xuống", "cộng", "trừ"))
# a multiplier's word before a decimal point and 'lần' ('cao gấp 2.5 lần', 'tăng 1.8 lần'): no date stands there, and a
# Vietnamese 2.5 is no number (misses25)
_TIMES = "|".join(f"(?<={word} )" for word in ("gấp", "tăng", "giảm", "hơn", "nhân"))
_VIETNAMESE_NUMBER = re.compile(r"(?<![\w.,])(?:\d+,\d{1,2}(?![\d,])|\d{1,3}(?:\.\d{3})+(?![\d.,]))")
_FORMS = re.compile(
    rf"{_ALONE}(?P<multi>[1-9]\d{{0,2}}(?:,\d{{3}}){{2,}}){_ENDS}"  # 46,800,000
    rf"|(?<=[$¥€£])\s?(?P<signed>[1-9]\d{{0,2}},\d{{3}}){_ENDS}"  # $26,750, ¥7,000
    rf"|{_ALONE}(?P<group>[1-9]\d{{0,2}},\d{{3}}){_ENDS}(?={_COUNT})"  # 350,000 người
    rf"|{_ALONE}(?P<amount>[1-9]\d{{1,2}},\d{{3}}){_ENDS}(?={_CURRENCY})"  # 26,750 đô la
    rf"|{_ALONE}(?P<price>[1-9],\d{{3}}){_ENDS}(?={_CURRENCY}{_BULK_UNIT})"  # 5,200 USD/tấn
    rf"|{_ALONE}(?P<zeros>[1-9]\d{{0,2}},000){_ENDS}(?=\s+[^\W\d_])"  # 1,000 pound: no one writes 1 as '1,000'
    # 3.5 triệu, 12.5 percent (the English word left in: L101's; the point is F114's, adversary78)
    rf"|{_ALONE}(?P<point>\d{{1,3}}\.\d{{1,2}})(?![\d.,])"
    rf"(?=\s*(?:%|phần trăm|per ?cent(?!\w)|{_MAGNITUDE}|{_MEASURE}))"
    # 1.5 km, 156.4 yên, where the text writes 6,4%
    rf"|{_ALONE}(?P<unit>\d{{1,3}}\.\d{{1,2}})(?![\d.,])(?=\s+(?:{_SPACED_UNIT}|{_SPACED_CURRENCY}))"
    rf"|{_ALONE}(?P<both>[1-9]\d{{0,2}}(?:,\d{{3}})+\.\d+)(?![\d.,])"  # 1,711.36: English groups and decimal point
    rf"|(?:{_MOVED})(?P<moved>\d{{1,3}}\.\d{{1,2}})(?![\d.,])(?=\s+điểm(?!\w))"  # tăng 18.6 điểm
    rf"|(?:{_TIMES})(?P<times>\d{{1,3}}\.\d{{1,2}})(?![\d.,])(?=\s+lần(?!\w))"  # gấp 2.5 lần
    # 28,500 tỷ, 1,150 kg, 4,500 USD: three decimals ending in a zero, which a Vietnamese writer drops (where the text
    # writes 6,4%)
    rf"|{_ALONE}(?P<trailing>[1-9]\d{{0,2}},\d\d0){_ENDS}(?=\s+(?:{_MAGNITUDE}|{_SPACED_UNIT}|{_SPACED_CURRENCY}))"
)


_GROUPS = (
    "multi", "signed", "group", "amount", "price", "zeros", "point", "unit", "both", "moved", "times", "trailing",
)  # fmt: skip


# a day and month written with a dot after a word of time ('phiên ngày 12.11 USD mất giá'): a date, whatever follows it
_DATE_WORD = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|phiên)\s+$", re.IGNORECASE)


# or the end of a range of days opened by one ('trong tuần từ 10.11 đến 14.11 USD giảm')
_DATE_RANGE = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}\.\d{1,2}\s*(?:đến|tới|-|–)\s*$", re.IGNORECASE)


def _dated(text: str, start: int, number: str) -> bool:
    """``number`` at ``start`` reads as a day and month ('12.11') right after a word of time (review28)."""
    day, month = (int(p) for p in number.split("."))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    after_word = _DATE_WORD.search(text, max(0, start - 12), start)
    return bool(after_word or _DATE_RANGE.search(text, max(0, start - 30), start))


def vietnamese_form(number: str) -> str:
    """``number`` with its separators swapped into the Vietnamese convention ('1,500' → '1.500', '3.5' → '3,5')."""
    return number.translate(str.maketrans(",.", ".,"))


@register
class EnglishNumberFormat(PrefilteredRule):
    code = "F114"
    name = "english-number-format"
    category = "locale/convention"
    severity = Severity.MINOR
    # what every form holds: a comma group, or a decimal point with one or two decimals ('1.250' is Vietnamese)
    trigger = re.compile(r"\d,\d{3}|\d\.\d\d?(?![\d.,])")
    # the same places found from the separator: re skips ahead to a literal ',' or '.', but tries the trigger's
    # digit class at every character of the article
    scan = split_scan(",.", r"(?<=\d,)\d{3}|(?<=\d\.)\d\d?(?![\d.,])")
    summary = "A number in the English format ('350,000 người', '3.5 triệu') where Vietnamese writes '350.000', '3,5'"
    why = (
        "Vietnamese marks decimals with a comma and groups thousands with a point. MT from English copies "
        "'350,000' and '3.5': a reader takes '350,000 người' for three hundred and fifty people and '3.5 triệu' for "
        "a broken thousands group. Only forms that cannot be Vietnamese fire: two comma groups, one before a count "
        "or an amount (never a fraction with three decimals), before a price per tonne, ounce, barrel or hectare "
        "('5,200 USD/tấn'), or of three zeros, after a currency sign, and a "
        "decimal point before 'triệu', 'tỷ', 'billion', a percent or a temperature ('0.8 độ C'), or before a "
        "length, a weight or an area after a space ('1.5 km', '2.3 tấn') in an article that writes its other "
        "numbers the Vietnamese way ('6,4%', '1.250 tỷ'), as before a currency ('156.4 yên'), or three decimals ending "
        "in a zero there, which a Vietnamese writer drops ('28,500 tỷ', '1,150 kg', '4,500 USD'; not after a rate's "
        "frame or another currency: 'đồng euro ở mức 1,150 USD'); both English separators at once "
        "('1,711.36'), a decimal point after a verb of change before 'điểm' ('tăng 18.6 điểm') and after a "
        "multiplier's word before 'lần' ('gấp 2.5 lần'). Not a date "
        "before 'tỷ lệ', "
        "'tỷ giá', 'triệu chứng', a dotted day and month after a word of time before a currency ('phiên ngày 12.11 "
        "USD mất giá', 'từ 10.11 đến 14.11 USD'), "
        "an exchange rate in a currency other than the đồng ('1 USD đổi được 155,275 yên'), "
        "three zeros before a unit the article writes with a comma decimal ('6,000 điểm' beside '0,2 điểm'), nor a "
        "quotation or a whole sentence in English (a quotation's sentences after a sentence break too). "
        "Human translations slip too (FLORES-200 has '¥7,000' beside "
        "'¥2.500'), so the finding is minor."
    )
    fires = (
        "Khoảng [[18,000]] khán giả đã có mặt tại sân Mỹ Đình.",
        "Phí hằng năm là [[2,450,000]] đồng.",
        "Doanh thu tăng [[4.7]]% so với cùng kỳ.",
        "Dự án cần thêm [[1.25]] tỷ USD.",
        "Vé máy bay giá khoảng $[[1,200]].",
        "Giá hồ tiêu xuất khẩu đạt [[6,450]] USD/tấn.",
        "Nhiệt độ mùa hè tăng thêm [[1.2]] độ C, có nơi [[2.5]]°C.",
        "Quỹ nhận được khoảng [[4.8]] billion đồng.",
        "Hai xe va chạm cách cầu [[2.5]] km; số vụ tai nạn giảm 3,7%.",
        "Chỉ số Nikkei 225 đóng cửa ở mức [[49,310.25]] điểm.",
        "Chỉ số HNX-Index giảm [[2.7]] điểm trong phiên chiều.",
        "Kho lạnh nhận [[3,250]] tấn cá tra, tăng 5,2% so với tháng trước.",
        "Giá ca cao lên 214,5 triệu đồng một tấn, tức khoảng [[8.1]] USD một kg.",
        "Chi phí điều trị ở tuyến trên cao gấp [[3.5]] lần ở trạm y tế xã.",
    )
    quiet = (
        "Khoảng 18.000 khán giả đã có mặt tại sân Mỹ Đình.",
        "Lãi suất giảm 0,25 điểm phần trăm, còn 4,5%.",
        "Chỉ số đạt 1,275 điểm.",
        "Ngày 27.11.2025, ông đọc Điều 3.2 của luật.",
        "Phiên bản iOS 18.2 có thêm tính năng mới; nhiệt độ tăng 1,2 độ C.",
        "Tính đến 31.12 tỷ lệ bao phủ bảo hiểm y tế đạt 94%; 1 USD đổi được 1.395,120 won, rồi 153,840 yên.",
        "Anh nhận 15,000 điểm ở bài tự do, sau 14,35 điểm ở bài bắt buộc.",
        "The company expects to sell 50,000 units in the first year.",
        "Máy giặt nặng 6.6 kg, lồng giặt 8.5 kg.",
        "Ngày 1.5 tấn công đồn địch; ngày 30.4 giải phóng, 1.250 người dự lễ.",
        "Đồng euro lên mức 1,087 USD; giá tiêu đạt 6.450 USD/tấn, giá xăng 3,159 USD/gallon.",
        "Ngày 18.6 điểm thi được công bố; ngày 15.4 đồng USD tăng giá, tỷ lệ đạt 3,5%.",
        "Vận động viên chạy hết 42,195 km; vận động viên thể dục đạt 14,350 điểm, hơn 0,2 điểm.",
        "Phiên chiều 20.10 USD giảm giá so với euro, lãi suất giữ ở 4,5%.",
        "Chi phí cao gấp 3,5 lần; ngày 2.5 lần đầu tiên đội lên ngôi; đọc mục 4.2 lần lượt từng điều.",
        "Tin nhắn viết: “Your card is blocked. Only 1.5% of cards are restored”, rồi đòi mã OTP.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        found = list(self._forms(seg, ctx))
        yield from found
        if seg.source:
            yield from self._copied_from_source(seg, {h.start for h in found})

    def _copied_from_source(self, seg: Segment, found: set[int]) -> Iterator[Hit]:
        """A thousands group copied from an English or Chinese source as it stands ('about 1,200 square nautical
        miles' → 'khoảng 1,200 hải lý vuông'): the source says 1200, which Vietnamese writes '1.200'; its '1,200' reads
        1.2. Only a number not flagged already, once in the target, and a source whose separators are English's
        (misses28)."""
        if not _english_separators(seg.source or ""):
            return
        for m in _ONE_GROUP.finditer(seg.text):
            number = m.group()
            if m.start() in found or seg.text.count(number) != 1:
                continue  # a form flagged above, or written twice
            if not re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d,]|\.\d)", seg.source or ""):
                continue
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"number in the English format (commas between thousands), copied from the source's {number}: "
                f"Vietnamese writes {vietnamese_form(number)!r}",
                suggestion=vietnamese_form(number),
            )

    def _forms(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        english = None
        for m in _FORMS.finditer(seg.text):
            group = next(g for g in _GROUPS if m.group(g) is not None)
            number = m.group(group)
            if group in ("unit", "trailing") and not _writes_vietnamese_numbers(ctx):
                continue
            if group == "amount" and _exchange_rate(seg.text, m.start(group), m.end(group)):
                continue
            if group == "trailing" and _rate_before_currency(seg.text, m.start(group), m.end(group)):
                continue
            if group == "zeros" and _unit_with_decimals(seg.text, m.end(group), ctx):
                continue
            if group == "unit" and _dated(seg.text, m.start(group), number):
                continue
            if english is None:
                english = _english_quotes(seg.text) + _english_carried(seg, ctx)
            if any(a <= m.start(group) < b for a, b in english):
                continue
            kind = (
                "a decimal point"
                if group in ("point", "unit", "moved", "times")
                else "commas between thousands and a decimal point"
                if group == "both"
                else "commas between thousands"
            )
            yield self.hit(
                seg,
                m.start(group),
                m.end(group),
                f"number in the English format ({kind}): Vietnamese writes {vietnamese_form(number)!r}",
                suggestion=vietnamese_form(number),
            )


_ONE_GROUP = re.compile(rf"{_ALONE}[1-9]\d{{0,2}},\d{{3}}{_ENDS}")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_EN_WORD = re.compile(
    r"(?<![\w'])(?:the|of|and|to|in|is|was|were|are|about|an|a|on|at|by|with|from|for)(?![\w'])", re.I
)


def _english_separators(source: str) -> bool:
    """The source is Chinese or English, whose comma groups thousands (a French or German one marks decimals so)."""
    return bool(_HAN_CHAR.search(source)) or len(_EN_WORD.findall(source)) >= 2


def _exchange_rate(text: str, start: int, end: int) -> bool:
    """The amount at ``start:end`` is an exchange rate in a currency other than the đồng."""
    after = _CURRENCY_AT.match(text, end)
    return after is not None and after.group(1) != "đồng" and _RATE.search(text, max(0, start - 120), start) is not None


_CURRENCY_AT = re.compile(_CURRENCY.replace("(?:", "(", 1))
# a currency named shortly before a number that a currency follows: the price of one currency in another ('đồng euro
# ở mức 1,150 USD', 'bảng Anh đổi 1,270 USD'), which runs to thousandths
_CURRENCY_BEFORE = re.compile(rf"(?<!\w)(?:{_SPACED_CURRENCY}|EUR|GBP|JPY|CNY)[^.;!?\d]{{0,40}}$")


def _rate_before_currency(text: str, start: int, end: int) -> bool:
    """Three decimals ending in a zero before a currency that may be an exchange rate's: a rate's frame
    (:func:`_exchange_rate`) or another currency named right before the number."""
    if _CURRENCY_AT.match(text, end) is None:
        return False
    return _RATE.search(text, max(0, start - 120), start) is not None or bool(
        _CURRENCY_BEFORE.search(text, max(0, start - 60), start)
    )


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _unit_with_decimals(text: str, end: int, ctx: DocContext) -> bool:
    """The word after the number at ``end`` follows a number with decimals elsewhere in the document ('0,2 điểm',
    '8,7 điểm'): the writer gives this unit in decimals, and '6,000 điểm' is six to the thousandth (a gymnast's
    difficulty score, review26)."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    unit = re.escape(word.group(1))
    content = ctx.memo("content-text", content_text)
    return re.search(rf"(?<![\w.,])\d+,\d{{1,2}}\s+{unit}(?!\w)", content) is not None


def _writes_vietnamese_numbers(ctx: DocContext) -> bool:
    """The article writes a number in the Vietnamese format somewhere: a comma decimal or a point-grouped thousand."""
    return _VIETNAMESE_NUMBER.search(ctx.memo("content-text", content_text)) is not None


def _english_carried(seg: Segment, ctx: DocContext) -> list[tuple[int, int]]:
    """The rest of an English quotation opened in an earlier sentence of the paragraph, which the sentence splitter
    cut ('“Your parcel is held at customs. | Pay the 1.99 USD fee …”', clean71): as quoted as a quotation within
    the segment, its words English without its names (:func:`reads_english`)."""
    carried = quote_carried(seg, ctx.doc.segments)
    return [(0, carried)] if carried and reads_english(seg.text[:carried]) else []


def _english_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of quotations in English: three words or more, all unmarked Latin letters, most of them common
    English words; the whole segment when it is such a sentence itself (L102 reports it: its numbers are English)."""
    spans = []
    words = _LATIN_WORD.findall(text)
    if len(words) >= 5 and all(w.isascii() for w in words) and 2 * sum(map(is_english, words)) > len(words):
        return [(0, len(text))]
    for m in _QUOTE.finditer(text):
        words = _LATIN_WORD.findall(m.group(1) or m.group(2))
        if len(words) >= 3 and all(w.isascii() for w in words) and 2 * sum(map(is_english, words)) > len(words):
            spans.append((m.start(), m.end()))
    return spans
