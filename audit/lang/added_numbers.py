"""Figures a translation adds: the source has no number at all (no digit, no number word in English or Chinese)
and the Vietnamese target states one ('The minister praised the project.' → '… cam kết hỗ trợ thêm 200 triệu
USD'). MT hallucinates such figures; a human translator adds a month, a weekday, a date or a year the context
gives, which are left out here."""

from __future__ import annotations

import functools
import re

from audit.lang.quantities import Number, number_words, numbers, spelled_in
from audit.lang.verbatim import verbatim_tokens

_DIGIT = re.compile(r"\d")
# Chinese numerals but 一, which is also the article 'a' (一家工厂 'a factory'), and the 半 of 'half'; words that
# carry a figure: noon 中午/正午 ('12 giờ trưa'), midnight 午夜, a hat-trick 帽子戏法 ('3 bàn')
_ZH_NUMERAL = re.compile(r"[〇零二两兩三四五六七八九十百千万萬亿億半]|中午|正午|午夜|帽子戏法")
# English words that bring a figure a translator may write in digits (besides the number words): parts and
# periods of time, percent, a score
_EN_MORE = (
    "half",
    "dozen",
    "percent",
    "per cent",
    "quarter",
    "twice",
    "once",
    "double",
    "triple",
    "century",
    "centuries",
    "decade",
    "decades",
    "score",
    "halftime",
    "half-time",
    # words that carry a figure a faithful translation may write in digits ('at noon' → 'lúc 12 giờ trưa', 'a
    # fortnight' → '14 ngày', 'a centenarian' → 'cụ bà 100 tuổi', 'in his seventies' → 'ngoài 70 tuổi', 'a
    # hat-trick' → 'ghi 3 bàn', 'around the clock' → '24 giờ mỗi ngày', 'a sophomore' → 'sinh viên năm 2')
    "noon",
    "midday",
    "midnight",
    "fortnight",
    "fortnights",
    "fortnightly",
    "centenary",
    "centennial",
    "centenarian",
    "centenarians",
    "bicentenary",
    "bicentennial",
    "millennium",
    "millennia",
    "teens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "sexagenarian",
    "septuagenarian",
    "octogenarian",
    "nonagenarian",
    "hat-trick",
    "hat trick",
    "twins",
    "trio",
    "quartet",
    "around the clock",
    "round-the-clock",
    "freshman",
    "sophomore",
    "biennial",
    "triennial",
)
# Before a figure: a month, a weekday, an ordinal, a half of a match, a number in a list ('số 1'), an edition
_VI_BEFORE = re.compile(r"(?:tháng|thứ|hiệp|số|lần|khóa|kỳ|phần|chương|điều|khoản|mục)\s*$", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")  # a title or a quotation: its figures are the author's
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}")
_JOINED_BEFORE = re.compile(r"[^\W\d_]-$")  # a letter and a hyphen right before the figure
_YEAR_WORDS = re.compile(
    r"\b(?:years?|annual|yearly|ago|since|until|by|season)\b|年|今|明|去|届|季|世纪", re.IGNORECASE
)


@functools.cache
def _en_number_words() -> re.Pattern[str]:
    """Every English number word of references/number_words.tsv (cardinals, scales, ordinals) and :data:`_EN_MORE`."""
    words = number_words("en") | set(_EN_MORE)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)


# a Roman numeral of two letters or more ('World War II' → 'Thế chiến 2', 'Part IV' → 'Phần 4'); a lone 'I', 'V' or
# 'X' is a pronoun, a letter or a name
_ROMAN = re.compile(r"(?<![\w.])(?=[IVX]{2,}(?!\w))X{0,3}(?:IX|IV|VI{0,3}|I{0,3})(?!\w)")


def source_has_numbers(source: str) -> bool:
    """The source states a figure: a digit, an English number word, a Chinese numeral (not 一 alone), a Roman
    numeral of two letters or more."""
    return bool(
        _DIGIT.search(source)
        or _ZH_NUMERAL.search(source)
        or _en_number_words().search(source)
        or _ROMAN.search(source)
    )


def added_numbers(source: str, target: str) -> list[Number]:
    """The figures of ``target`` a source with no figure at all does not give: not a month, weekday, date, clock
    time or ordinal, not inside a link, a code or quotation marks, not after a capitalised word (a name's), not a
    year where the source speaks of years ('next year'), not one the source writes in words."""
    if not source.strip() or not _DIGIT.search(target):
        return []
    if source_has_numbers(source):
        if not source_has_numbers(_FRACTIONS.sub(" ", source)):
            return _added_amounts(source, target, scaled=False)  # 'half of the fee' gives no amount of money
        return _added_amounts(source, target)
    skip = [m.span() for m in verbatim_tokens(target)]
    skip += [m.span() for rx in (_DATE, _CLOCK, _QUOTED) for m in rx.finditer(target)]
    years = _YEAR_WORDS.search(source) is not None
    out = []
    for n in numbers(target):
        before = target[max(0, n.start - 20) : n.start]
        if any(a <= n.start < b for a, b in skip) or _VI_BEFORE.search(before[-8:]) or _name_before(target, n.start):
            continue
        if _JOINED_BEFORE.search(before):
            continue  # the figure of a name or code joined to a word by a hyphen ('Covid-19' for 新冠, 'Su-30')
        if years and n.values & set(map(float, range(1900, 2101))):
            continue
        if any(spelled_in(v, source, vietnamese=False) for v in n.values):
            continue  # 一 read as a number ('一级方程式' → 'Công thức 1')
        out.append(n)
    return out


def _name_before(target: str, start: int) -> bool:
    """The figure follows a capitalised word that does not open the sentence: it belongs to a name ('Na Tra 2')."""
    m = re.search(r"([^\W\d_]+)\s?$", target[max(0, start - 30) : start])
    if m is None or not m.group(1)[0].isupper():
        return False
    head = target[: start - len(m.group(0))].rstrip()
    return bool(head) and head[-1] not in '.!?:“"«'


# An amount of money with its scale word ('120 triệu USD', '3 tỷ đồng'); a source with no amount of money at all (no
# currency, no scale word): the figures it has are others ('rose 18%'), so the target's amount is added (misses32)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:USD|EUR|GBP|JPY|CNY|VND|VNĐ|NDT|đồng|đô la|đô|euro|bảng|yên|nhân dân tệ|won|rupee|ringgit|baht|riyal|"
    r"dirham|forint|zloty|rúp)(?!\w)"
)
_SOURCE_MONEY = re.compile(
    r"[$€£¥₫]|\b(?:USD|EUR|GBP|JPY|CNY|VND|dollars?|euros?|pounds?|yuan|yen|dong|won|rupees?|ringgits?|baht|riyals?|"
    r"dirhams?|forints?|zlot(?:y|ys|ies)|roubles?|rubles?|million|billion|trillion|bn|mn|tn|m|k)\b|元|美元|欧元|"
    r"日元|英镑|越南盾|万|亿|億|萬",
    re.IGNORECASE,
)


# The English fraction words: a source whose only figures they are ('covers half of the tuition fee') gives a share,
# never an amount, so any amount of money of the target is the MT's, with a scale word or without ('1.500 đô la
# Úc'; misses48)
_FRACTIONS = re.compile(r"\b(?:half|halves|quarters?)\b", re.IGNORECASE)


def _added_amounts(source: str, target: str, scaled: bool = True) -> list[Number]:
    """The target's amounts of money with a scale word ('120 triệu USD') where the source, which has other figures
    ('rose 18%'), names no money and no scale word at all: the amount is the MT's. Not ``scaled`` (a source whose
    figures are only fractions): any amount of money."""
    if _SOURCE_MONEY.search(source) is not None or (scaled and not any(w in target for w in ("triệu", "tỷ", "nghìn"))):
        return []
    quoted = [m.span() for m in _QUOTED.finditer(target)]
    out = []
    for n in numbers(target):
        if (scaled and n.scale < 1e6) or not n.written or any(a <= n.start < b for a, b in quoted):
            continue
        if _CURRENCY_AFTER.match(target, n.start + len(n.written)):
            out.append(n)
    return out
