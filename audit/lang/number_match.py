"""The numbers of a source matched against those of its translation, as values (audit.lang.quantities).

One place for the rules that report a changed or a missing number (A101, A102 in audit/rules/source/) and
for the built-in score's ``numbers`` signal (audit/qe/source_signals.py). A source number counts as present
when the target has the same value in either convention ('1,500.5' = '1.500,5', 3.5 million = '3,5 triệu',
28.6亿 = '2,86 tỷ', 10 p.m. = '22 giờ'), spells it out ('3 children' → 'ba người con'), writes it as a Roman
numeral ('21st century' → 'thế kỷ XXI', 'Q1' → 'quý I'), puts a time's hundredths after its unit ('54.21
seconds' → '54 giây 21'), counts its years in decades ('20 years' → 'hai thập kỷ'), or rounds it after a word
that says so ('gần 3 triệu' for 2.96 million). Not looked for: a number before a unit a translation converts ('5
miles' → '8 km', unless the target keeps the unit: '5 dặm'; the inches of a height in feet: '6-foot-4' → '1,93 m'),
the January of a Chinese count of months said as 'the first N months', a
number inside a link or a code, or a group of a phone number both hold or the target drops (the verbatim token's,
audit.lang.verbatim).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from audit.lang.distance import edit_distance
from audit.lang.quantities import (
    Number,
    is_vi_number_word,
    numbers,
    roman_numbers,
    rounded_from,
    same_number,
    spelled_in,
    split_seconds,
    vi_number_words,
    words_count,
)
from audit.lang.resources import read_lines
from audit.lang.textcache import per_document
from audit.lang.verbatim import phone_spans, verbatim_spans

# Units a translation converts to metric ('5 miles' → '8 km', '95 degrees Fahrenheit' → '35 độ C'): a number
# before one is not looked for in the target, nor the first number of a range before one ('32° to 95° F' → '0 °C
# đến 35 °C', '10-15 miles')
CONVERTED = re.compile(
    r"(?:°?\s?(?:to|-|–|—|and|or)\s?-?\d[\d,.]*)?"
    r"\s?-?(?P<unit>miles?|mi\b|mph|feet|foot|ft\b|inch(?:es)?|in\.|pounds?|lbs?\b|ounces?|oz\b|gallons?|acres?|"
    r"yards?|°\s?F\b|degrees? F(?:ahrenheit)?\b|Fahrenheit|英里|英尺|英寸|磅|华氏)",
    re.IGNORECASE,
)
# Each converted unit (as CONVERTED matches it) and the words a target that keeps it unconverted writes it with
# ('650 磅' → '650 pound', '385 miles' → '385 dặm'): a source number before a unit the target keeps is looked for
_KEPT_UNITS = tuple(
    (re.compile(unit, re.IGNORECASE), re.compile(rf"(?<![^\W\d_])(?:{kept})(?![^\W\d_])", re.IGNORECASE))
    for unit, kept in (
        (r"^mi|mph|英里", r"dặm|miles?|mph"),
        (r"^fe|^fo|^ft|英尺", r"feet|foot|ft|fút"),
        (r"^in|英寸", r"inch(?:es)?"),
        (r"^po|^lb|磅", r"pounds?|lbs?|cân Anh"),
        (r"^ou|^oz", r"ounces?|oz|aoxơ"),
        (r"^ga", r"gallons?|galông|ga-lông"),
        (r"^ac", r"acres?|mẫu Anh"),
        (r"^ya", r"yards?"),
        (r"F$|^Fa|华氏", r"°\s?F|độ F|Fahrenheit"),
    )
)


# the feet of a height before its inches ('6-foot-4', '5 ft 11 in')
_FEET_BEFORE = re.compile(r"(?:feet|foot|ft)[\s-]?$", re.IGNORECASE)


def _inches_converted(source: str, start: int, target: str) -> bool:
    """The source's number at ``start`` is the inches of a height in feet the target converts ('6-foot-4' →
    '1,93 m': the 4 is converted with the 6)."""
    m = _FEET_BEFORE.search(source, max(0, start - 6), start)
    return m is not None and converted(source, m.start(), target)


# a count of decades in Vietnamese ('hai thập kỷ', '3 thập niên'): the one or two words before it
_VI_DECADES = re.compile(r"(\S+(?: \S+)?) thập (?:kỷ|kỉ|niên)", re.IGNORECASE)
_YEARS_AFTER = re.compile(r"\s?-?(?:years?\b|年)", re.IGNORECASE)


def _decades_said(source: str, n: Number, target: str) -> bool:
    """'20 years' → 'hai thập kỷ', '30年' → '3 thập niên': a source count of years, a whole number of decades, that
    the target says in decades."""
    tens = {int(v) // 10 for v in n.values if v == int(v) and 10 <= v <= 90 and v % 10 == 0}
    if not tens or not _YEARS_AFTER.match(source, n.end) or "thập" not in target:
        return False
    for m in _VI_DECADES.finditer(target):
        last = m.group(1).split()[-1]
        if any(last == str(k) or spelled_in(k, last) for k in tens):
            return True
    return False


_DECADES_AFTER = re.compile(r" thập (?:kỷ|kỉ|niên)", re.IGNORECASE)


def _decades_of(t: Number, target: str, src: list[Number], source: str) -> bool:
    """The target's '4' of '4 thập niên' saying a source's '40 years' (40年): it stands in for those years."""
    if not _DECADES_AFTER.match(target, t.end):
        return False
    return any(10 * v in n.values and _YEARS_AFTER.match(source, n.end) for n in src for v in t.values)


def converted(source: str, end: int, target: str) -> bool:
    """The source's number ending at ``end`` is before a unit a translation converts to metric (CONVERTED), and
    the target does not keep that unit."""
    m = CONVERTED.match(source, end)
    if m is None:
        return False
    unit = m.group("unit")
    kept = next((words for rx, words in _KEPT_UNITS if rx.search(unit)), None)
    return kept is None or not kept.search(target)


# A Chinese count of months from January (1至10月, 1-10月), which Vietnamese says as '10 tháng đầu năm'
_ZH_FROM_JANUARY = re.compile(r"(?<![\d.,])1\s?月?\s?[至到~～\-–—]\s?(\d{1,2})\s?月")
MONTH_NAMES = "January February March April May June July August September October November December".split()
# English month names (capitalised: 'may' is also a verb) that a Vietnamese date writes as a number
_EN_MONTH = {n: re.compile(rf"\b{name}\b") for n, name in enumerate(MONTH_NAMES, start=1)}
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class NumberMatch:
    """The numbers of a source looked for in its target, and what did not match, each in order."""

    looked_for: list[Number] = field(default_factory=list)  # the source's numbers (converted units etc. aside)
    missing: list[Number] = field(default_factory=list)  # of those, the ones the target lacks (no verbatim ones)
    extra: list[Number] = field(default_factory=list)  # the target's numbers the source lacks (no verbatim ones)


def implied_january(source: str, target: str) -> set[int]:
    """Where the source's '1' of a count of months from January stands, when the target says 'the first N
    months' ('1至10月' → '10 tháng đầu năm': January is implied)."""
    if "月" not in source:
        return set()
    return {
        m.start()
        for m in _ZH_FROM_JANUARY.finditer(source)
        if re.search(rf"(?<![\d.,]){m.group(1)}\s+tháng\s+đầu", target)
    }


def spelled(n: Number, text: str, vietnamese: bool = True) -> bool:
    """One of the number's values is written in words in ``text`` (:func:`spelled_in`)."""
    return any(spelled_in(v, text, vietnamese) for v in n.values)


def spelled_scaled(n: Number, text: str) -> bool:
    """:func:`spelled` in Vietnamese, by the readings its scale word gives when it has one: '2 billion' is 'hai
    tỷ', not the 'Hai' of 'Hai bên' (misses32)."""
    return any(spelled_in(v, text) for v in n.scaled)


def match_numbers(source: str, target: str, extra: bool = True) -> NumberMatch:
    """The source's numbers, those the target does not have (nor spells out, nor rounds after a hedge), and
    the target's numbers the source does not have; a number inside a link, an address or a code is left to
    the verbatim check ('cocoa-2025' lost with its link is one loss). With ``extra=False`` the target's
    numbers are sought only when some source number is missing (to tell a rounding), and not returned."""
    if not _DIGIT.search(source):
        return NumberMatch()
    looked_for, found, lacked, _ = _unmatched(source, target)
    if not looked_for:
        return NumberMatch()
    src, tgt, missing = list(looked_for), list(found), list(lacked)
    if not extra and not missing:
        return NumberMatch(src)
    # a target number the source writes in words ('eight points' → '8 điểm', 'in March' → 'tháng 3') stands
    # in for nothing
    added = [
        t
        for t in tgt
        if not any(same_number(t, s) for s in src)
        and not spelled(t, source, vietnamese=False)
        and not any(_EN_MONTH.get(int(v)) and _EN_MONTH[int(v)].search(source) for v in t.values if v == int(v))
        and not _six_months_of_a_half(t, target, src, source)
        and not _decades_of(t, target, src, source)
    ]
    for s in list(missing):  # 'nearly 3 million' for 2.96 million is a rounding, not another number
        t = next((t for t in added if rounded_from(s, t, target)), None)
        if t is not None:
            missing.remove(s)
            added.remove(t)
    if extra:
        for s, t in _surplus_pairs(src, tgt, missing, added):
            missing.append(s)
            added.append(t)
        missing += _words_short(source, target, src, tgt, missing, added)  # (their stand-ins are in ``added``)
        missing.sort(key=lambda n: n.start)
        added.sort(key=lambda n: n.start)
    phones = phone_spans(source, target)
    return NumberMatch(
        src,
        _outside_verbatim(source, missing, phones.source),
        _outside_verbatim(target, added, phones.target) if extra else [],
    )


def none_missing(source: str, target: str) -> bool:
    """No number of the source is missing from the target (``match_numbers(source, target).missing`` is empty),
    told without the target's numbers the source lacks when that is sure: nothing unmatched, no target number
    written twice (only then may a value the target has too often stand in for one it has too rarely), and no
    source number found only in words beside a target number the source lacks."""
    if not _DIGIT.search(source):
        return True
    looked_for, found, lacked, in_words = _unmatched(source, target)
    if lacked or len({n.text for n in found}) != len(found):
        return False
    # a source number the target has only in words, beside a target number the source lacks: it may be short
    # (:func:`_words_short`)
    return not in_words or all(any(same_number(t, s) for s in looked_for) for t in found)


@per_document(maxsize=4096)
def _unmatched(source: str, target: str) -> tuple[tuple[Number, ...], tuple[Number, ...], tuple[Number, ...], bool]:
    """(the source's numbers looked for, the target's numbers, the source's numbers the target has in no form,
    whether the target has some source number only in words or as a Roman numeral): the part of
    :func:`match_numbers` rules A101/A102 and the built-in score share, computed once a document."""
    implied = implied_january(source, target)
    src = [
        n
        for n in numbers(source)
        if not converted(source, n.end, target)
        and n.start not in implied
        and not _inches_converted(source, n.start, target)
    ]
    if not src:
        return (), (), (), False
    tgt = numbers(target)
    missing = [s for s in src if not any(same_number(s, t) for t in tgt)]
    unseen = len(missing)
    if missing:  # a Roman numeral, words or a split time may stand in ('thế kỷ XXI', 'ba người con', '54 giây 21')
        roman = roman_numbers(target) + split_seconds(target)
        missing = [s for s in missing if not any(same_number(s, t) for t in roman) and not spelled_scaled(s, target)]
        missing = [
            s for s in missing if not _half_year_said(source, s, target) and not _decades_said(source, s, target)
        ]
    return tuple(src), tuple(tgt), tuple(missing), len(missing) < unseen


# A half-year written 'H1'/'H2' in a business source is said in words in Vietnamese: 'nửa đầu năm', '6 tháng cuối năm'.
_HALF_YEAR_WORDS = {
    "1": ("nửa đầu", "6 tháng đầu", "sáu tháng đầu"),
    "2": ("nửa cuối", "nửa sau", "6 tháng cuối", "sáu tháng cuối"),
}


def _six_months_of_a_half(t: Number, target: str, src: list[Number], source: str) -> bool:
    """The target's '6' of '6 tháng đầu/cuối năm' saying a source's 'H1'/'H2': it stands in for that half."""
    if t.text != "6" or not target.startswith((" tháng đầu", " tháng cuối"), t.end):
        return False
    return any(_half_year_said(source, n, target) for n in src)


def _half_year_said(source: str, n: Number, target: str) -> bool:
    """'In H1' → 'Trong nửa đầu năm': the source's 'H1' or 'H2' (a word of its own) and the target's words for that
    half of the year."""
    words = _HALF_YEAR_WORDS.get(n.text)
    if not words or n.start == 0 or source[n.start - 1] not in "Hh":
        return False
    if (n.start >= 2 and source[n.start - 2].isalnum()) or (n.end < len(source) and source[n.end].isalnum()):
        return False
    low = target.lower()
    return any(w in low for w in words)


def _surplus_pairs(src: list[Number], tgt: list[Number], missing: list[Number], added: list[Number]) -> list:
    """A source number that the target has fewer times than the source, beside a target number the target has
    more times than the source, close to it ('40 mm … 4 Hz to 40 kHz' → '40 mm … 4 Hz đến 4 kHz': the second
    40 became a 4). Each value is present, so the set comparison sees nothing; counted, one 40 is short and one
    4 too many. Only close pairs count (the same digits but one, or within a factor of ten): a repeated year the
    translation says once ('in 2019 … by the end of 2019' → 'cuối năm đó') has no stand-in and is no loss."""
    if len({n.text for n in tgt}) == len(tgt):
        return []  # a target number over is one written twice (a cheap test first)
    used: set[int] = set()
    short = []
    for s in src:
        if s in missing or not any(same_number(s, t) for t in tgt):
            continue  # missing, or present in words ('eight points' → 'tám điểm'): not counted
        hit = next((i for i, t in enumerate(tgt) if i not in used and same_number(s, t)), None)
        if hit is None:
            short.append(s)
        else:
            used.add(hit)
    if not short:
        return []
    over = [t for i, t in enumerate(tgt) if i not in used and t not in added]
    pairs = []
    for s in short:
        t = next((t for t in over if _close(s, t)), None)
        if t is not None:
            over.remove(t)
            pairs.append((s, t))
    return pairs


def _words_short(
    source: str, target: str, src: list[Number], tgt: list[Number], missing: list[Number], added: list[Number]
) -> list[Number]:
    """A source number the target has only in words, where the source has that value in words too and the target
    fewer times than the source, paired with a target number the source lacks, close to it ('近3年 … 第三次' →
    'gần 5 năm … lần thứ ba': the 'ba' is the 第三次, the 3 became a 5). Counted as values (a multiset): the
    set comparison sees the 3 present. Only with such a stand-in, and for 2 to 99 ('one', 'một' are articles).
    Returns the source numbers short (their stand-ins are among ``added``)."""
    if not added:
        return []
    short = []
    over = list(added)
    roman: list[Number] | None = None
    for s in src:
        value = _whole(s)
        if value is None or s in missing or any(same_number(s, t) for t in tgt):
            continue  # missing, or in the target as a figure: the sets and _surplus_pairs compare those
        if roman is None:
            roman = roman_numbers(target)
        if any(same_number(s, r) for r in roman):
            continue  # 'World War 2' → 'Thế chiến II'
        in_source = sum(1 for n in src if same_number(n, s)) + words_count(value, source, vietnamese=False)
        if words_count(value, target) >= in_source:
            continue
        t = next((t for t in over if _close(s, t)), None)
        if t is not None:
            over.remove(t)
            short.append(s)
    return short


def _whole(n: Number) -> int | None:
    """The number's value when it is one whole number from 2 to 99 without a scale word, else None."""
    if n.raw or len(n.values) != 1:
        return None
    (v,) = n.values
    return int(v) if v == int(v) and 2 <= v <= 99 else None


def _close(a: Number, b: Number) -> bool:
    """Two different numbers one may be a garble of: one digit apart, or within a factor of ten."""
    da, db = (re.sub(r"\D", "", n.text) for n in (a, b))
    if edit_distance(da, db, 1) <= 1:
        return True
    return any(0 < x <= 10 * y and 0 < y <= 10 * x for x in a.scaled for y in b.scaled)


# a placeholder's argument number or width ('{1}', '{0:.2f}', '%2$s', '%5.2f'): the program's, not a figure of the
# text (a placeholder changed or lost is A110's: '{1}' → '{tram}' loses no number)
_PLACEHOLDER_DIGITS = re.compile(
    r"\{\d+(?:[:!][^{}\s]*)?\}|(?<![\w%])%(?:[1-9]\d*\$)?[-+#0]?\d*(?:\.\d+)?(?:l|ll|z|h)?[sdiufxXc](?![A-Za-z0-9])"
)


def _outside_verbatim(text: str, found: list[Number], phones: tuple[tuple[int, int], ...]) -> list[Number]:
    """The numbers of ``found`` that are not inside a verbatim token of ``text``, a placeholder or one of
    ``phones`` (the spans of its phone numbers whose groups are no numbers to compare, :func:`phone_spans`)."""
    if not found:
        return found
    spans = [*verbatim_spans(text), *phones]
    if "{" in text or "%" in text:
        spans += [m.span() for m in _PLACEHOLDER_DIGITS.finditer(text)]
    return [n for n in found if not any(a <= n.start < b for a, b in spans)]


# English units of time and counts, and the Vietnamese words a translation counts them with
_COUNT_UNITS = {
    "day": "ngày",
    "week": "tuần",
    "month": "tháng",
    "year": "năm",
    "hour": "giờ|tiếng",
    "minute": "phút",
    "night": "đêm",
    "time": "lần",
}
_EN_SMALL = "one two three four five six seven eight nine ten eleven twelve".split()
_COUNT_UNIT = re.compile("|".join(_COUNT_UNITS))  # a cheap test before _EN_COUNT: each of its matches holds one
_EN_COUNT = re.compile(rf"({'|'.join(_EN_SMALL)})[\s-]+({'|'.join(_COUNT_UNITS)})s?(?![\w-])")  # lowercased text


@functools.cache
def _vi_count() -> tuple[re.Pattern[str], dict[str, int], dict[str, str]]:
    """The pattern of a Vietnamese number word 1–12 before a unit of _COUNT_UNITS, the words' values, and each
    Vietnamese unit word's English unit."""
    words = vi_number_words(12)
    units = {vi: en for en, alts in _COUNT_UNITS.items() for vi in alts.split("|")}
    body = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    rx = re.compile(rf"(?<!\w)({body})\s+({'|'.join(units)})(?!\w)", re.IGNORECASE)
    return rx, words, units


def changed_counts(source: str, target: str) -> list[tuple[int, int, str, str]]:
    """Counts of time written in words that the translation changed ('six months' → 'ba tháng'): (start, end,
    the target's word, the Vietnamese word of the source's count) for a target count whose unit the source
    counts in words with another number, where the source's number is nowhere before that unit in the target
    and the target's number nowhere before it in the source. Digits are left to :func:`match_numbers`."""
    low = source.lower()
    if not _COUNT_UNIT.search(low):
        return []  # every count holds a unit (the common case: one quick search)
    found = [
        (_EN_SMALL.index(m.group(1)) + 1, m.group(2))
        for m in _EN_COUNT.finditer(low)
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] in "_-")
    ]
    if not found:
        return []
    rx, words, units = _vi_count()
    src_units: dict[str, set[int]] = {}
    for value, unit in found:
        src_units.setdefault(unit, set()).add(value)
    out = []
    for m in rx.finditer(target):
        value, unit = words[m.group(1).lower()], units[m.group(2).lower()]
        wanted = src_units.get(unit, set())
        if not wanted or value in wanted:
            continue
        if any(re.search(rf"(?<![\d.,]){v}\s*(?:{_COUNT_UNITS[unit]})(?!\w)", target) for v in wanted):
            continue  # the source's count is there in digits
        if any(_count_in(target, rx, words, units, v, unit) for v in wanted):
            continue  # … or in words elsewhere
        fix = next(w for w, v in words.items() if v == min(wanted))
        out.append((m.start(1), m.end(1), m.group(1), fix))
    return out


def _count_in(
    target: str, rx: re.Pattern[str], words: dict[str, int], units: dict[str, str], v: int, unit: str
) -> bool:
    return any(words[m.group(1).lower()] == v and units[m.group(2).lower()] == unit for m in rx.finditer(target))


# English number words two … twelve a count is written with ('Only four came back'); 'one' is also an article
_EN_COUNT_WORD = re.compile(rf"(?<![\w-])({'|'.join(_EN_SMALL[1:])})(?![\w-])", re.IGNORECASE)
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(—–-")


def _en_word_counts(source: str) -> set[int]:
    """The values of the English number words two … twelve of ``source``, lowercase or opening a sentence or a
    quotation ('"Twelve ships …'; not in a name: 'Four Seasons', 'Big Ten')."""
    found = set()
    for m in _EN_COUNT_WORD.finditer(source):
        word = m.group(1)
        if word[0].isupper():
            before = source[: m.start()].rstrip()
            if before and before[-1] not in _SENTENCE_OPENERS:
                continue
            if m.end() < len(source) - 1 and source[m.end()] == " " and source[m.end() + 1 : m.end() + 2].isupper():
                continue  # 'Four Seasons', 'Seven Sisters': a name
        found.add(_EN_SMALL.index(word.lower()) + 1)
    return found


@functools.cache
def _vi_classified() -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of a Vietnamese number word 2–12 before a classifier (references/vi_classifiers.txt), and
    the words' values."""
    words = {w: v for w, v in vi_number_words(12).items() if v >= 2}
    body = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    classifiers = "|".join(sorted(map(re.escape, read_lines("vi_classifiers.txt")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({body})\s+(?:{classifiers})(?!\w)", re.IGNORECASE), words


def changed_word_counts(source: str, target: str) -> list[tuple[int, int, str, str]]:
    """A count in words the translation changed outside units of time ('Only four came back' → 'Chỉ có năm chiếc
    quay về'): (start, end, the target's word, the Vietnamese word of the source's count) for a target number
    word 2–12 before a classifier whose value the source has in no form, where exactly one English number word
    of the source (two … twelve) is in no form in the target. Digits are left to :func:`match_numbers`, counts
    of time to :func:`changed_counts`."""
    if not _EN_COUNT_WORD.search(source):
        return []  # most sources count in digits or not at all (one quick search)
    rx, words = _vi_classified()
    counted = [(m, words[m.group(1).lower()]) for m in rx.finditer(target) if is_vi_number_word(m, target)]
    if not counted:
        return []
    wanted = _en_word_counts(source)
    target_values = {v for n in numbers(target) for v in n.values}
    source_values = {v for n in numbers(source) for v in n.values}
    lost = [v for v in wanted if v not in target_values and not spelled_in(v, target)]
    if len(lost) != 1:
        return []  # nothing lost, or no telling which count became which
    fix = next(w for w, v in words.items() if v == lost[0])
    return [
        (m.start(1), m.end(1), m.group(1), fix[:1].upper() + fix[1:] if m.group(1)[0].isupper() else fix)
        for m, v in counted
        if v not in wanted and v not in source_values and not spelled_in(v, source, vietnamese=False)
    ]
