"""The numbers of a source matched against those of its translation, as values (audit.lang.quantities).

One place for the rules that report a changed or a missing number (A101, A102 in audit/rules/source.py) and
for the built-in score's ``numbers`` signal (audit/qe/source_signals.py). A source number counts as present
when the target has the same value in either convention ('1,500.5' = '1.500,5', 3.5 million = '3,5 triệu',
28.6亿 = '2,86 tỷ', 10 p.m. = '22 giờ'), spells it out ('3 children' → 'ba người con'), writes it as a Roman
numeral ('21st century' → 'thế kỷ XXI'), or rounds it after a word that says so ('gần 3 triệu' for 2.96
million). Not looked for: a number before a unit a translation converts ('5 miles' → '8 km'), the January of
a Chinese count of months said as 'the first N months', a number inside a link or a code (the verbatim
token's, audit.lang.verbatim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.lang.quantities import Number, numbers, roman_numbers, rounded_from, same_number, spelled_in
from audit.lang.verbatim import verbatim_spans

# Units a translation converts to metric ('5 miles' → '8 km', '95 degrees Fahrenheit' → '35 độ C'): a number
# before one is not looked for in the target
CONVERTED = re.compile(
    r"\s?-?(?:miles?|mi\b|mph|feet|foot|ft\b|inch(?:es)?|in\.|pounds?|lbs?\b|ounces?|oz\b|gallons?|acres?|"
    r"yards?|°\s?F\b|degrees? F(?:ahrenheit)?\b|Fahrenheit|英里|英尺|英寸|磅|华氏)",
    re.IGNORECASE,
)
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


def match_numbers(source: str, target: str, extra: bool = True) -> NumberMatch:
    """The source's numbers, those the target does not have (nor spells out, nor rounds after a hedge), and
    the target's numbers the source does not have; a number inside a link, an address or a code is left to
    the verbatim check ('cocoa-2025' lost with its link is one loss). With ``extra=False`` the target's
    numbers are sought only when some source number is missing (to tell a rounding), and not returned."""
    if not _DIGIT.search(source):
        return NumberMatch()
    implied = implied_january(source, target)
    src = [n for n in numbers(source) if not CONVERTED.match(source, n.end) and n.start not in implied]
    if not src:
        return NumberMatch()
    tgt = numbers(target)
    missing = [s for s in src if not any(same_number(s, t) for t in tgt)]
    if missing:  # a Roman numeral or words may stand for them ('thế kỷ XXI', 'ba người con')
        roman = roman_numbers(target)
        missing = [s for s in missing if not any(same_number(s, t) for t in roman) and not spelled(s, target)]
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
    ]
    for s in list(missing):  # 'nearly 3 million' for 2.96 million is a rounding, not another number
        t = next((t for t in added if rounded_from(s, t, target)), None)
        if t is not None:
            missing.remove(s)
            added.remove(t)
    return NumberMatch(src, _outside_verbatim(source, missing), _outside_verbatim(target, added) if extra else [])


def _outside_verbatim(text: str, found: list[Number]) -> list[Number]:
    """The numbers of ``found`` that are not inside a verbatim token of ``text``."""
    if not found:
        return found
    spans = verbatim_spans(text)
    return [n for n in found if not any(a <= n.start < b for a, b in spans)]
