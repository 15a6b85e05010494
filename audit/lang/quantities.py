"""Numbers in a text as values, whichever way it writes them, to compare a source with its translation.

English writes 1,500.5 and Vietnamese 1.500,5; either side may follow the other's convention (MT often
keeps the source's), so a written number stands for every value a reader could take it for: '1.500' is
1500 (Vietnamese) or 1.5 (English). A scale word after a number adds the scaled value ('3,5 triệu' is also
3500000, '3亿' also 300000000), and an hour before 'p.m.' also stands for the 24-hour hour.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from audit.lang.resources import ResourceError, read_tsv

# A run of digits with thousands separators and a decimal part, or a plain number. Not inside a word
# ('COVID-19' keeps its 19: a hyphen is no letter), not a part of a longer number.
# (Written from its first digit, so that the regex engine skips to digits: a pattern that starts with a
# lookbehind is tried at every character. Same matches as
# ``(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)``.)
_NUMBER = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d*(?:[.,]\d+)?(?!\d))")
_DIGIT = re.compile(r"\d")


NUMBER_WORD_ROLES = frozenset(
    "unit alone after-tens after-ten ten tens whole digit scale scale-words scale-digits zh-unit ordinal".split()
)


@functools.cache
def _number_words() -> tuple[tuple[str, float, str, str], ...]:
    """(language, value, word, role) of each row of references/number_words.tsv, in file order (the roles are
    explained in the file's header)."""
    rows = tuple((r["lang"], float(r["value"]), r["word"], r["role"]) for r in read_tsv("number_words.tsv"))
    unknown = sorted({role for *_, role in rows} - NUMBER_WORD_ROLES)
    if unknown:
        raise ResourceError(f"number_words.tsv: unknown role(s) {', '.join(unknown)}")
    return rows


def number_words(lang: str) -> frozenset[str]:
    """Every word of ``lang`` in references/number_words.tsv, whatever its role."""
    return frozenset(word for row_lang, _, word, _ in _number_words() if row_lang == lang)


def _words_of(lang: str, *roles: str) -> dict[int, tuple[str, ...]]:
    """value → the words of ``lang`` in ``roles`` with that value, in file order."""
    out: dict[int, tuple[str, ...]] = {}
    for row_lang, value, word, role in _number_words():
        if row_lang == lang and role in roles:
            out[int(value)] = (*out.get(int(value), ()), word)
    return out


# a scale word after a number written in digits ('3,5 triệu', '3 million', '3bn', '3亿'), lowercase → factor
_SCALES = {word.lower(): value for _, value, word, role in _number_words() if role in ("scale", "scale-digits")}
_ZH_SCALE_WORDS = {word for lang, _, word, _ in _number_words() if lang == "zh"}
_WORD_SCALES = "|".join(
    sorted((re.escape(w) for w in _SCALES if len(w) > 1 and w not in _ZH_SCALE_WORDS), key=len, reverse=True)
)
_ZH_UNIT = {word: value for lang, value, word, role in _number_words() if role == "zh-unit"}
_ZH_MYRIADS = "".join(w for w, v in _ZH_UNIT.items() if v >= 1e4)  # 万 萬 亿 億
_ZH_PLACES = "".join(w for w, v in _ZH_UNIT.items() if v < 1e4)  # 十 百 千
_ZH_SCALES = "|".join(w for w in _SCALES if len(w) > 1 and w in _ZH_SCALE_WORDS)  # 万亿 萬億
# a scale word after a number (not the start of a longer word), or a Chinese scale: one character, or a compound
# of a place and a myriad (千万 10^7, 百万, 十万) or two myriads (万亿 10^12), maybe after 多/余 ('more than')
_SCALE_AFTER = re.compile(
    rf"\s?(?:({_WORD_SCALES})(?![^\W\d_])|[多余]?({_ZH_SCALES}|[{_ZH_PLACES}]?[{_ZH_MYRIADS}]|千))", re.IGNORECASE
)
# the ASCII letters a scale word starts with, lowercased ('t' for 'triệu', 'thousand'); every other scale word
# starts with a character that is not ASCII (a Chinese one)
_SCALE_ASCII_FIRSTS = frozenset(w[0].lower() for w in _SCALES if w[:1].isascii())
_SCALES_START_WITH_LETTERS = all(w[:1].isalpha() for w in _SCALES) and all(
    w.isalpha() for w in (*_ZH_UNIT, "多", "余", "千")
)

# a number with a Chinese myriad written after it as a character ('12万', '3,5亿', '2万亿'): MT that copied the unit
# (T307's finding, with the value; L103 leaves such a character to it)
ZH_MYRIAD_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?)\s?(?P<u>{_ZH_SCALES}|[{_ZH_MYRIADS}])"
)


def zh_myriad(unit: str) -> float:
    """The value of a Chinese myriad unit of :data:`ZH_MYRIAD_NUMBER` ('万' 10⁴, '亿' 10⁸, '万亿' 10¹²)."""
    return _SCALES[unit]


def _scale_after(text: str, end: int) -> re.Match[str] | None:
    """:data:`_SCALE_AFTER` at ``end``, asked only when what follows (maybe after one space) may start a scale
    word: an ASCII letter one starts with, or a letter that is not ASCII."""
    if _SCALES_START_WITH_LETTERS:
        first = text[end : end + 1]
        if first.isspace():
            first = text[end + 1 : end + 2]
        if not first.isalpha() or (first.isascii() and first.lower() not in _SCALE_ASCII_FIRSTS):
            return None
    return _SCALE_AFTER.match(text, end)


_PM = re.compile(r"(?::\d{2})?\s?(?:p\.\s?m\.|pm\b|PM\b|p\.m\b)")
# the half of the day an hour names: 'a.m.', 'p.m.', or Vietnamese 'giờ sáng' / 'giờ chiều' / 'giờ tối'
_PERIOD = re.compile(
    r"(?::\d{2})?\s?(?:(?P<am>a\.\s?m\.?|am\b|AM\b)|(?P<pm>p\.\s?m\.?|pm\b|PM\b)"
    r"|(?:giờ(?:\s?\d{1,2}(?:\s?phút)?)?\s)?(?:(?P<vam>sáng)|(?P<vpm>chiều|tối)))(?!\w)"
)
# Vietnamese words for the small numbers a translator spells out ('3 children' → 'ba đứa trẻ'). Words that are
# also ordinary words count only where they are numbers (see _HOMOGRAPH): 'năm' is also 'year', 'một số' is
# 'some', 'tư'/'nhất' are ordinals after 'thứ' ('đầu tư' is 'invest', 'lớn nhất' 'largest')
_VI_UNITS = _words_of("vi", "unit")
_VI_SMALL = _words_of("vi", "unit", "alone")
_HOMOGRAPH = {
    "một": re.compile(r"(?!một (?:số|cách|chút|vài|lúc|khi|mình|thời))", re.IGNORECASE),
    "nhất": re.compile(r"(?<=thứ )", re.IGNORECASE),
    "tư": re.compile(r"(?<=thứ )", re.IGNORECASE),
    # not 'năm 2023', 'năm nay/ngoái/qua/…', 'trong năm', 'hằng năm', 'mỗi năm', 'từ năm' … but 'từ năm đến mười'
    "năm": re.compile(
        r"(?:(?=năm đến (?:\d|một|hai|ba|bốn|sáu|bảy|tám|chín|mười))|(?<!từ ))"
        r"(?<!trong )(?<!hằng )(?<!hàng )(?<!mỗi )(?<!cả )(?<!các )(?<!những )(?<!nhiều )(?<!vài )(?<!của )"
        r"(?<!vào )(?<!cuối )(?<!đầu )(?<!giữa )(?<!đến )(?<!sang )(?<!suốt )(?<!một )(?<!năm )"
        r"(?!năm (?:\d|nay|ngoái|qua|sau|tới|trước|học|tài chính|đó|này|ấy|mới|nào|ngày|tháng))",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    text: str
    values: frozenset[float]
    scale: float = 1.0  # the scale word after it ('triệu': 1e6), 1 for none (``values`` then hold both readings)
    written: str = ""  # the number with its scale word, as the text writes it ('4750亿', '3.5 billion')
    raw: frozenset[float] = frozenset()  # with a scale word: the readings before scaling
    period: str = ""  # an hour's half of the day when the text names it: 'am' or 'pm'
    negative: bool = False  # a minus sign or word before it ('-5', 'minus 5', 'âm 5', '零下5')

    @property
    def scaled(self) -> frozenset[float]:
        """The readings a scale word gave (all of them when there is none)."""
        return self.values - self.raw if self.raw else self.values


def readings(written: str) -> set[float]:
    """Every value ``written`` can stand for, in the English and the Vietnamese convention."""
    return set(_readings(written))


@functools.lru_cache(maxsize=1 << 14)
def _readings(written: str) -> frozenset[float]:
    """:func:`readings`, cached per written number."""
    out: set[float] = set()
    for (thousands, decimal), pattern in _CONVENTIONS:
        if pattern.fullmatch(written):
            out.add(float(written.replace(thousands, "").replace(decimal, ".")))
    return frozenset(out)


# English (1,500.5) and Vietnamese (1.500,5) writing of a number
_CONVENTIONS = tuple(
    ((t, d), re.compile(rf"\d{{1,3}}(?:{re.escape(t)}\d{{3}})*(?:{re.escape(d)}\d+)?|\d+(?:{re.escape(d)}\d+)?"))
    for t, d in ((",", "."), (".", ","))
)


# A clock time written with a dot or 'h' ('7.55 giờ', '4h40'), read as its hour and its minutes
_CLOCK = re.compile(r"(\d(?<![\d.,]\d)\d?)[.:hg](\d{2})(?=\s?(?:giờ|sáng|chiều|tối|trưa|[ap]\.?m\b|[AP]M\b))")
# A time written as news agencies and the military write it, four digits before a time zone, 'hrs' or 'local time'
# ('1200 GMT', '0930 UTC', '1845 hrs'), read as its hour and its minutes as a clock is: '12:00 giờ GMT' keeps it
_HHMM = re.compile(
    r"([01]\d|2[0-3])([0-5]\d)(?!\d)(?=\s?(?:GMT|UTC|BST|CES?T|EST|EDT|PST|PDT|hrs\b|hours? local|local time))"
)


# Chinese '20 世纪 60 年代' (the 1960s) and '19 世纪' (the 19th century, the 1800s)
_CENTURY = re.compile(r"(\d{1,2})\s?世纪(?:\s?(\d{2})\s?年代)?")


def _century(m: re.Match[str]) -> Number:
    century = int(m.group(1))
    if m.group(2):
        decade = int(m.group(2))
        values = {float((century - 1) * 100 + decade), float(decade)}
    else:
        values = {float(century), float((century - 1) * 100)}
    return Number(m.start(), m.end(), m.group(), frozenset(values))


# a minus before a number: a sign after a space or an opening bracket (not the hyphen of '3-5'), or a word (a word of
# its own: not the end of 'Tâm', 'Lâm')
_MINUS = re.compile(r"(?:(?:^|(?<=[\s(]))[-−]|(?<!\w)(?i:minus|âm)\s|零下|负)$")
# a capitalised word before a capitalised 'Âm': the word is part of a name ('Ba Âm 777' 波音 Boeing, 'Quan Âm'), no
# minus (adversary78)
_NAME_BEFORE = re.compile(r"(?<!\w)[^\W\d_]\w*\s+$")


_MINUS_CHARS = frozenset("-−mM零负")  # one of them is in every match of _MINUS


def _negative(text: str, start: int) -> bool:
    if _MINUS_CHARS.isdisjoint(text[max(0, start - 8) : start]):
        return False
    m = _MINUS.search(text, max(0, start - 8), start)
    if m is None:
        return False
    if text[m.start()] in "-−":  # a sign, unless it joins two numbers: '16,5 -10,5' is a score
        return not text[: m.start()].rstrip()[-1:].isdigit()
    if text[m.start()].isupper() and not text[m.start() + 1].isupper():  # 'ÂM 5' in a headline in capitals is one
        before = _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return before is None or not before.group()[0].isupper()
    return True


def _period(text: str, end: int) -> str:
    """'am' or 'pm' when the words after an hour name its half of the day, else ''."""
    m = _PERIOD.match(text, end)
    if not m:
        return ""
    return "am" if m["am"] or m["vam"] else "pm"


# Chinese names the half of the day before the hour: 上午8时 (8 a.m.), 下午3点 (3 p.m.), 晚上8时 (8 p.m.)
_ZH_HALF = re.compile(r"(?:(?P<am>上午|早上|早晨|清晨|凌晨)|(?P<pm>下午|傍晚|晚上|晚间|夜间|夜里|午后))\s?$")
_ZH_HOUR = re.compile(r"\s?[时点時點]")
_ZH_HOUR_CHARS = frozenset("时点時點")  # one of them is in the two characters after a Chinese hour
# the first two letters of every match of _PM and _PERIOD ('am', 'p.m.', 'giờ', 'sáng', 'chiều', 'tối')
_HALF_STARTS = frozenset(("a.", "am", "AM", "p.", "pm", "PM", "gi", "sá", "ch", "tố"))


def _may_name_half(text: str, end: int) -> bool:
    """A match of _PM or _PERIOD may start at ``end``: its first two letters ('p.', 'pm', 'gi', 'sá' …) stand right
    after the number, after a space, after ':00' or after ':00' and a space."""
    starts = _HALF_STARTS
    return (
        text[end : end + 2] in starts
        or text[end + 1 : end + 3] in starts
        or text[end + 3 : end + 5] in starts
        or text[end + 4 : end + 6] in starts
    )


def _zh_period(text: str, start: int, end: int) -> str:
    """'am' or 'pm' for a Chinese hour (a number before 时/点) after the words of its half of the day."""
    if not _ZH_HOUR.match(text, end):
        return ""
    m = _ZH_HALF.search(text, max(0, start - 3), start)
    return "" if m is None else "am" if m["am"] else "pm"


def _zh_scale(units: str) -> float:
    """The value of a Chinese scale of one or two characters: 千万 = 10^7, 万亿 = 10^12."""
    factor = 1.0
    for ch in units:
        factor *= _ZH_UNIT[ch]
    return factor


def numbers(text: str) -> list[Number]:
    """The numbers of ``text`` with their values (scaled and 24-hour readings included); a clock time
    is its hour and its minutes, and zero (the ':00' of a time, the 0 of a score) is left out."""
    if not _DIGIT.search(text):
        return []
    out = []
    scaled = False  # a number has a scale word: a range before it may take it (_ranges_scaled)
    covered = -1  # the end of a century or clock reading: numbers before it are part of it
    centuries = {m.start(): m for m in _CENTURY.finditer(text)} if "世纪" in text else {}
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if start < covered:
            continue
        century = centuries.get(start) if centuries else None
        if century:
            out.append(_century(century))
            covered = century.end()
            continue
        # (a clock starts where a number does, and no clock starts inside another: matched here, not searched)
        clock = _CLOCK.match(text, start) or (_HHMM.match(text, start) if end - start == 4 else None)
        if clock:
            pm = _PM.match(text, clock.end()) is not None
            period = _period(text, clock.end())
            for g in (1, 2):
                value = float(clock.group(g))
                if value:
                    values = {value, value + 12} if g == 1 and pm and value < 12 else {value}
                    half = period if g == 1 else ""
                    out.append(Number(clock.start(g), clock.end(g), clock.group(g), frozenset(values), period=half))
            covered = clock.end()  # its minutes are not another number
            continue
        written = m.group()
        values = _readings(written)
        if not values:
            continue
        scale = _scale_after(text, end)
        factor, raw = 1.0, frozenset()
        if scale:
            factor = _SCALES[scale.group(1).lower()] if scale.group(1) else _zh_scale(scale.group(2))
            raw = frozenset(values)
            values |= {v * factor for v in values}
            scaled = True
        if values == {0.0}:
            continue
        period = zh_half = ""
        if _may_name_half(text, end):
            period = _period(text, end)
            if _PM.match(text, end):
                values |= {v + 12 for v in values if v < 12}
        if not scale and not _ZH_HOUR_CHARS.isdisjoint(text[end : end + 2]):
            zh_half = _zh_period(text, start, end)
            period = period or zh_half
            if zh_half == "pm" and not _PM.match(text, end):
                values |= {v + 12 for v in values if v < 12}
        negative = _negative(text, start)
        out.append(
            Number(
                start,
                end,
                written,
                frozenset(values),
                factor,
                text[start : scale.end()] if scale else written,
                raw,
                period,
                negative,
            )
        )
    if len(out) > 1 and any(n.period for n in out):
        out = _hour_ranges(text, out)
    return _ranges_scaled(text, out) if scaled and len(out) > 1 else out


# between the two ends of a range ('4,2-3,9 triệu', '4.2 to 3.9 million', '420至390万')
_RANGE_BETWEEN = re.compile(r"\s?(?:-|–|—|~|～|至|到|to|đến|tới)\s?")


def _ranges_scaled(text: str, found: list[Number]) -> list[Number]:
    """The numbers with the first end of a range that has a scale word only after its second end ('4,2-3,9
    triệu' is 4.2 million to 3.9 million) read in that scale too."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if b.raw and not a.raw and _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            found[k] = replace(a, values=a.values | {v * b.scale for v in a.values}, scale=b.scale, raw=a.values)
    return found


# between the two hours of an English range whose 'a.m.' or 'p.m.' follows the second ('from 2 to 4 p.m.',
# '9-11 a.m.', 'between 1 and 3 p.m.')
_HOUR_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—]|to|until|till|and)\s*", re.IGNORECASE)


def _hour_ranges(text: str, found: list[Number]) -> list[Number]:
    """The numbers with the first hour of an English range read in the half of the day the 'a.m.' or 'p.m.' after
    the second names ('from 2 to 4 p.m.': 2 is 14 too, as 'từ 14 đến 16 giờ' writes it), when it is the earlier
    hour of the two ('from 11 to 1 p.m.' is left alone)."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if a.period or not b.period or a.raw or not _HOUR_RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        half = _PERIOD.match(text, b.end)
        if half is None or not (half["am"] or half["pm"]) or not all(v == int(v) for v in a.values):
            continue
        if max(a.values) < min(b.values) <= 12:
            extra = {v + 12 for v in a.values if v < 12} if half["pm"] else set()
            found[k] = replace(a, values=a.values | extra, period=b.period)
    return found


_VI_AFTER_TENS = _words_of("vi", "after-tens")
_VI_AFTER_TEN = _words_of("vi", "after-ten")
_VI_TEN, _VI_TENS, _VI_WHOLE = (_words_of("vi", role) for role in ("ten", "tens", "whole"))
_EN_WHOLE = _words_of("en", "whole")
_ZH_DIGIT_WORDS = _words_of("zh", "digit")
_ZH_DIGITS = "".join(_ZH_DIGIT_WORDS[d][0] for d in range(10))  # the numeral of each digit: 零一二三四五六七八九
_ZH_TEN = _words_of("zh", "ten")[10][0]
# a character of a Chinese numeral: digits (两 too), ten, and the place and myriad units
_ZH_NUMERAL = "".join(w for _, _, w, role in _number_words() if role in ("digit", "ten", "zh-unit") and len(w) == 1)


def _vi_words(n: int) -> tuple[str, ...]:
    """The Vietnamese words of 1 ≤ n ≤ 99 ('mười lăm', 'hai mươi mốt', 'đôi mươi')."""
    if n < 10:
        return _VI_SMALL.get(n, ())
    tens, unit = divmod(n, 10)
    heads = _VI_TEN[10] if tens == 1 else tuple(f"{w} {t}" for w in _VI_UNITS[tens] for t in _VI_TENS[10])
    heads += _VI_WHOLE.get(n, ())
    if not unit:
        return heads
    after = _VI_AFTER_TEN if tens == 1 else _VI_AFTER_TENS
    units = after.get(unit, _VI_UNITS[unit])
    return tuple(f"{h} {u}" for h in heads for u in units)


def _other_words(n: int) -> tuple[str, ...]:
    """English and Chinese words of 1 ≤ n ≤ 99 ('eight', 'twenty-one', '八', '二十一')."""
    tens, unit = divmod(n, 10)
    if n in _EN_WHOLE:
        out = list(_EN_WHOLE[n])
    else:
        out = [f"{t}{sep}{u}" for t in _EN_WHOLE[n - unit] for u in _EN_WHOLE[unit] for sep in ("-", " ")]
    ten = "" if tens == 0 else _ZH_TEN if tens == 1 else _ZH_DIGITS[tens] + _ZH_TEN
    out.append(ten + (_ZH_DIGITS[unit] if unit else ""))  # last: the Chinese numeral
    return tuple(out)


@functools.cache
def _word_pattern(n: int, vietnamese: bool) -> re.Pattern[str] | None:
    """Words of ``n`` as whole words: Vietnamese, or English (between non-letters) and Chinese (between
    characters that are no Chinese numerals)."""
    if vietnamese:
        body = "|".join(sorted(map(re.escape, _vi_words(n)), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None
    *english, chinese = _other_words(n)
    body = "|".join(sorted(map(re.escape, english), key=len, reverse=True))
    zh = "|".join(map(re.escape, (chinese, *_ZH_DIGIT_WORDS.get(n, ())[1:])))  # 两 beside 二
    numeral = f"[{_ZH_NUMERAL}]"
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])|(?<!{numeral})(?:{zh})(?!{numeral})", re.IGNORECASE)


def _scale_words(lang: str) -> dict[float, str]:
    """factor → the scale words after a number in words, as a regex alternation ('nghìn|ngàn')."""
    out: dict[float, list[str]] = {}
    for row_lang, value, word, role in _number_words():
        if row_lang == lang and role in ("scale", "scale-words"):
            out.setdefault(value, []).append(re.escape(word))
    return {value: "|".join(words) for value, words in sorted(out.items())}


_SCALE_WORDS = {True: _scale_words("vi"), False: _scale_words("en")}


@functools.cache
def _scaled_pattern(n: int, scale: float, vietnamese: bool) -> re.Pattern[str] | None:
    words = _vi_words(n) if vietnamese else _other_words(n)[:-1]  # no Chinese numeral before a word scale
    if not words:
        return None
    body = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})\s+(?:{_SCALE_WORDS[vietnamese][scale]})(?!\w)", re.IGNORECASE)


def _is_number(m: re.Match[str], text: str) -> bool:
    """The number word matched is a number there, not its homograph ('năm' 'year', 'một số' 'some')."""
    context = _HOMOGRAPH.get(m.group().lower())
    return context is None or context.match(text, m.start()) is not None


def is_vi_number_word(m: re.Match[str], text: str) -> bool:
    """Group 1 of ``m``, a Vietnamese number word, is a number there, not its homograph ('năm' 'year')."""
    context = _HOMOGRAPH.get(m.group(1).lower())
    return context is None or context.match(text, m.start(1)) is not None


# the Vietnamese names of January and December that hold no number word ('ngày 21 tháng Giêng')
_VI_MONTH_WORDS = re.compile(r"(?<!\w)tháng\s+(Giêng|Chạp)(?!\w)", re.IGNORECASE)
_VI_MONTH_WORDS_VALUE = {"giêng": 1, "chạp": 12}


def spelled_in(value: float, text: str, vietnamese: bool = True) -> bool:
    """A whole number written in words in ``text``: 1–99 in Vietnamese ('ba', 'mười hai', 'hai mươi mốt') or,
    with ``vietnamese=False``, in English or Chinese ('eight', 'twenty-one', '八', '十四'); or 1–99 times a
    thousand, a million … ('bốn triệu', 'two billion')."""
    if value != int(value):
        return False
    if vietnamese and value in (1, 12) and "háng" in text:  # 'tháng Giêng' January
        if any(_VI_MONTH_WORDS_VALUE[m.group(1).lower()] == value for m in _VI_MONTH_WORDS.finditer(text)):
            return True
    if 1 <= value <= 99:
        rx = _word_pattern(int(value), vietnamese)
        if rx and any(_is_number(m, text) for m in rx.finditer(text)):
            return True
    for scale in _SCALE_WORDS[vietnamese]:
        k = value / scale
        if k == int(k) and 1 <= k <= 99:
            rx = _scaled_pattern(int(k), scale, vietnamese)
            if rx and rx.search(text):
                return True
    return False


def words_count(value: int, text: str, vietnamese: bool = True) -> int:
    """How often the whole number 1 ≤ ``value`` ≤ 99 is written in words in ``text`` (as :func:`spelled_in` finds
    them, without a scale word): Vietnamese ('ba', 'thứ ba'), or English and Chinese ('three', 'third', '第三次'); a
    Chinese day of the week is no number ('周六', '星期三': Saturday, Wednesday, 'thứ Bảy', 'thứ Tư' in Vietnamese)."""
    rx = _word_pattern(value, vietnamese) if 1 <= value <= 99 else None
    if rx is None:
        return 0
    if vietnamese:
        return sum(1 for m in rx.finditer(text) if _is_number(m, text))
    found = sum(1 for m in rx.finditer(text) if not _ZH_WEEKDAY.search(text, max(0, m.start() - 2), m.start()))
    ordinal = _ordinal_pattern(value)
    return found + (len(ordinal.findall(text)) if ordinal else 0)


@functools.cache
def _ordinal_pattern(value: int) -> re.Pattern[str] | None:
    """The English ordinal of ``value`` as a whole word ('fourth'), when number_words.tsv has one."""
    words = _words_of("en", "ordinal").get(value)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(words)})(?![A-Za-z])", re.IGNORECASE) if words else None


_ZH_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)$")


def same_number(a: Number, b: Number) -> bool:
    """The two numbers can be the same value. When both carry a scale word, only the scaled values are
    compared: '3.5 billion' and '3,5 triệu' differ, though both say 3.5. A number in thousands groups meets a scale
    word's bare figure only as thousands: '38.000' is not 38万 (see _GROUPED)."""
    if a.period and b.period and a.period != b.period:
        return False  # '2 p.m.' is not '2 giờ sáng'
    if a.negative != b.negative:
        return False  # 'minus 5 degrees' is not '5 độ C'
    if a.raw and b.raw:
        return _meets(a.scaled, b.scaled)
    if a.raw and _GROUPED.fullmatch(b.text):
        return _meets(a.scaled, b.values) or _meets(a.raw, {_thousands(b.text)})
    if b.raw and _GROUPED.fullmatch(a.text):
        return _meets(a.values, b.scaled) or _meets({_thousands(a.text)}, b.raw)
    return _meets(a.values, b.values)


def _meets(va: frozenset[float] | set[float], vb: frozenset[float] | set[float]) -> bool:
    return any(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x in va for y in vb)


# A number written in groups of thousands ('38.000', '2.650', '1,510,000'). Beside a number with a scale word ('38万',
# '38 million') its reading as a decimal ('38.000' as 38.0) is not matched with the scale word's bare figure (38): 38
# thousand would pass for 380 thousand or 38 million. Its reading in thousands still is ('2.650 vạn' for 2650万: the
# calqued scale word is another rule's, the figure is the source's)
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _thousands(written: str) -> float:
    return float(written.replace(".", "").replace(",", ""))


# Words before a rounded figure, with the side of it the exact value lies on: 'gần 4 triệu' (3.98 million) is
# below, 'hơn 1 tỷ' (1.02 billion) above, 'khoảng 30%' either side
_HEDGE = re.compile(
    r"(?<!\w)(?:(?P<below>gần|ngót|gần như|tới gần|dưới)|(?P<above>hơn|trên|ngoài)|(?P<either>khoảng|xấp xỉ|chừng|"
    r"khoảng chừng|ước|ước tính|ước khoảng|cỡ|độ|gần bằng))\s$",
    re.IGNORECASE,
)
_ROUNDING = 0.05  # a rounded figure is within 5% of the exact one


def _precision(value: float) -> tuple[int, float]:
    """The significant digits of ``value`` and the size of its last one: 4e6 → (1, 1e6), 3.98e6 → (3, 1e4)."""
    _, digits, exponent = Decimal(f"{value:.10g}").normalize().as_tuple()
    return len(digits), 10.0 ** int(exponent)


def rounded_from(source: Number, target: Number, text: str) -> bool:
    """``target`` is ``source`` rounded, after a word that says so in the Vietnamese ``text`` ('gần 4 triệu' for
    3.98 million, 'hơn 1 tỷ' for 1.02 billion): fewer significant digits, the exact value within half a last
    digit and 5% of it, and on the side the word gives."""
    hedge = _HEDGE.search(text, max(0, target.start - 14), target.start)
    if hedge is None:
        return False
    va, vb = (source.scaled, target.scaled) if source.raw and target.raw else (source.values, target.values)
    for exact in va:
        for rounded in vb:
            if exact <= 0 or rounded <= 0 or abs(exact - rounded) > _ROUNDING * exact:
                continue
            (sig_exact, _), (sig_rounded, unit) = _precision(exact), _precision(rounded)
            side = exact <= rounded if hedge["below"] else exact >= rounded if hedge["above"] else True
            if sig_rounded < sig_exact and abs(exact - rounded) <= unit / 2 and side:
                return True
    return False


def in_scale_of(source: Number, target: Number) -> str | None:
    """The source's value written in the target's scale the Vietnamese way, for a target number with a scale
    word: '4750亿' against '457 tỷ' → '475'; None when the target has no scale or no reading fits."""
    if target.scale == 1.0:
        return None
    for v in sorted(source.values, reverse=True):
        k = v / target.scale
        if 0.001 <= k < 1e6:
            return vi_decimal(k)
    return None


def vi_decimal(value: float) -> str:
    """A number written the Vietnamese way, to three decimals at most: 1200 → '1.200', 3.5 → '3,5'."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans({",": ".", ".": ","}))


def vietnamese_form(written: str) -> str:
    """A number written the English way in the Vietnamese way ('1,500.5' → '1.500,5'); others unchanged."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", written):
        return written.translate(str.maketrans({",": ".", ".": ","}))
    return written


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# two to seven of them, not inside a word ('(?<![\w-])[IVXLC]{2,7}(?![\w-])', written from its first letter so that
# the regex engine skips to those letters)
_ROMAN = re.compile(r"[IVXLC](?<![\w-][IVXLC])[IVXLC]{1,6}(?![\w-])")
# A one-letter Roman numeral after a word Vietnamese numbers so ('quý I', 'thế kỷ X', 'khóa V'); alone, 'I', 'V'
# and 'X' are too often letters ('phần X', 'hình V'), so the word before is asked for
_ROMAN_ONE = re.compile(r"(?<!\w)(?:[Qq]uý|[Tt]hế kỷ|[Kk]hóa|[Kk]hoá|Đại hội) ([IVX])(?![\w-])")


def roman_numbers(text: str) -> list[Number]:
    """Roman numerals of two letters or more ('thế kỷ XXI', 'Đại hội XIV'), or of one after 'quý', 'thế kỷ',
    'khóa' or 'Đại hội' ('quý I'): Vietnamese numbers centuries, congresses and quarters this way where English
    writes digits ('Q1', '10th century')."""
    out = [
        Number(m.start(1), m.end(1), m.group(1), frozenset({float(_ROMAN_VALUES[m.group(1)])}))
        for m in _ROMAN_ONE.finditer(text)
    ]
    for m in _ROMAN.finditer(text):
        value = _roman_value(m.group())
        if value:
            out.append(Number(m.start(), m.end(), m.group(), frozenset({float(value)})))
    return sorted(out, key=lambda n: n.start)


# A sports time with its hundredths after the unit, as Vietnamese writes '54.21 seconds': '54 giây 21', '1 phút 58
# giây 12' (its seconds part)
_SPLIT_SECONDS = re.compile(r"(?<![\d.,])(\d{1,2}) giây (\d{1,2})(?!\d|[.,]\d| giây| phút| giờ)")


def split_seconds(text: str) -> list[Number]:
    """Times written 'N giây HH' ('54 giây 21' = 54.21 s), each as one number: where English writes '54.21
    seconds', a Vietnamese sports report puts the hundredths after 'giây'."""
    return [
        Number(m.start(), m.end(), m.group(), frozenset({float(f"{m.group(1)}.{m.group(2)}")}))
        for m in _SPLIT_SECONDS.finditer(text)
    ]


def _roman_value(s: str) -> int | None:
    """The value of a well-formed Roman numeral below 400, else None."""
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total if 0 < total < 400 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for value, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def vi_number_words(highest: int = 12) -> dict[str, int]:
    """Vietnamese words of the numbers 1 … ``highest`` (at most 99) with their values: 'một' 1, 'tư' 4,
    'mười hai' 12. Month names ('tháng tư') and counts are written with them."""
    return {w: n for n in range(1, highest + 1) for w in _vi_words(n)}


# Words that count things before a noun besides the numbers: tens, scales and vague amounts ('vài', 'mấy')
VI_COUNT_EXTRAS = ("mươi", "trăm", "nghìn", "ngàn", "vài", "mấy")


def vi_count_words() -> tuple[str, ...]:
    """Words that stand for a count before a noun or a classifier ('ba chiếc', 'vài tấm'), except those that
    are mostly something else ('năm' 'year', 'tư', 'nhất')."""
    return tuple(w for w in vi_number_words(10) if w not in _HOMOGRAPH or w == "một") + VI_COUNT_EXTRAS


def vi_value(written: str) -> float:
    """A number written the Vietnamese way ('1.500,5' → 1500.5; '3' → 3)."""
    return float(written.replace(".", "").replace(",", ".")) if "," in written else float(written.replace(".", ""))


def vi_one_word_numbers() -> dict[str, int]:
    """The Vietnamese numbers of one word, 'một' to 'mười' (references/number_words.tsv: units and ten) → value."""
    return {w: v for v, words in _words_of("vi", "unit", "ten").items() for w in words}


def vi_amount(value: float) -> str:
    """An amount as Vietnamese news writes it: 3e8 → '300 triệu', 1.5e9 → '1,5 tỷ', 1.5e5 → '150.000'."""
    for size, word in ((1e9, "tỷ"), (1e6, "triệu")):
        if value >= size:
            return f"{vi_decimal(value / size)} {word}"
    return f"{round(value):,}".replace(",", ".")
