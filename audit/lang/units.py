"""Amounts with their unit (a currency, a length of time, a data size, a length, a mass, an area, a temperature) in
a source and its Vietnamese translation, and the amounts a translation keeps with another unit of the same kind
('USD 50,000' → '50.000 EUR', '30 days' → '30 tuần', '2 GB' → '2 MB', '5℃' → '5°F'): the figure matches, so the
number check passes, but the quantity is wrong. The units and their forms are references/units.tsv.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.lang.countries import trie_pattern
from audit.lang.quantities import Number, numbers, same_number
from audit.lang.resources import read_tsv

_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of references/units.tsv."""

    id: str
    kind: str
    family: str
    fix: str


@dataclass(frozen=True, slots=True)
class Amount:
    """A number of a text with the unit written beside it; ``start``/``end`` span both."""

    number: Number
    unit: Unit
    start: int
    end: int
    unit_start: int
    unit_end: int


@functools.cache
def _table() -> tuple[dict[str, Unit], dict[str, dict[str, str]]]:
    """The units by id, and for the source side ('src': English and Chinese) and the target ('vi') each form's
    unit id (the first row naming a form keeps it)."""
    units: dict[str, Unit] = {}
    forms: dict[str, dict[str, str]] = {"src": {}, "vi": {}}
    for row in read_tsv("units.tsv"):
        unit = Unit(row["unit"], row["kind"], row["family"], row["fix"])
        units[unit.id] = unit
        for lang, side in (("en", "src"), ("zh", "src"), ("vi", "vi")):
            for form in filter(None, row[lang].split("|")):
                for f in _variants(form, lang, unit):
                    forms[side].setdefault(f, unit.id)
    return units, forms


@functools.cache
def vi_unit_words(kinds: frozenset[str]) -> frozenset[str]:
    """The one-word Vietnamese forms of the units of ``kinds`` ('đồng', 'USD', 'tấn', 'km'), as written."""
    units, forms = _table()
    return frozenset(f for f, uid in forms["vi"].items() if " " not in f and units[uid].kind in kinds)


def _variants(form: str, lang: str, unit: Unit) -> tuple[str, ...]:
    """A form and the forms written with it: an English word's plural ('days', 'inches'), a Vietnamese currency
    after 'đồng' ('đồng euro', 'đồng yên')."""
    if lang == "en" and form.isalpha() and form.islower() and len(form) > 2:
        return (form, form + ("es" if form.endswith(("s", "sh", "ch", "x")) else "s"))
    if lang == "vi" and unit.kind == "currency" and unit.id != "VND" and form[:1].isalpha():
        return (form, f"đồng {form}")
    return (form,)


def _alternation(forms: dict[str, str]) -> str:
    """The forms as one regex, a character trie (audit.lang.countries.trie_pattern): the longest form first, and
    quick to reject at a position where no form starts."""
    return trie_pattern(forms)


def _is_code(form: str) -> bool:
    """A code or a symbol, which may stand before its amount ('USD 5', '$5'): no lowercase letter and no Chinese
    character ('2小时06分': the 06 is no amount of hours)."""
    return not any(ch.islower() for ch in form) and not _CJK.search(form)


@functools.cache
def _patterns(side: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit right after a number (an optional space or hyphen between; a word's form ends at a word's end or
    before a Chinese character, '8GB内存', '5℃以下'; a Chinese form anywhere but '周' before 年 or 岁: '3周年' is an
    anniversary), and a code or symbol right before one (an optional space between; its start not inside a word)."""
    forms = _table()[1][side]
    latin = {f: u for f, u in forms.items() if not _CJK.search(f)}
    cjk = {f: u for f, u in forms.items() if _CJK.search(f)}
    parts = [rf"(?:{_alternation(latin)})(?![^\W\d_\u3400-\u9fff])"]
    if cjk:
        parts.append(rf"(?:{_alternation(cjk)})(?<!周(?=[年岁]))")
    after = re.compile(rf"[ \u00a0-]?({'|'.join(parts)})")
    codes = {f: u for f, u in forms.items() if _is_code(f)}
    before = re.compile(rf"(?<![^\W\d_])({_alternation(codes)})[ \u00a0]?\Z")
    return after, before


# a Vietnamese number that is a date's day, month or year, an hour of the clock or an ordinal ('ngày 5 tháng 6 năm
# 2025', 'tháng 6', 'lúc 10 giờ', 'thứ 3'), read for no amount
_VI_NOT_AMOUNT = re.compile(r"(?<!\w)(?:ngày|tháng|năm|lúc|thứ|số|quý|khoảng giữa)\s\Z", re.IGNORECASE)


def amounts(text: str, side: str) -> list[Amount]:
    """The numbers of ``text`` with a unit of references/units.tsv after or (a code, a symbol) before them;
    ``side`` is 'src' (English or Chinese) or 'vi'. A number beside ':' or '/' (a time, a date, a ratio) is none,
    nor in Vietnamese one of a date or an ordinal (_VI_NOT_AMOUNT)."""
    units, forms = _table()
    after, before = _patterns(side)
    found = []
    for n in numbers(text):
        end = n.start + len(n.written) if n.written else n.end
        if text[end : end + 1] in (":", "/") or text[n.start - 1 : n.start] in (":", "/"):
            continue
        if side == "vi" and _VI_NOT_AMOUNT.search(text, max(0, n.start - 12), n.start):
            continue
        m = after.match(text, end)
        if m is not None:
            unit = units[forms[side][m.group(1)]]
            found.append(Amount(n, unit, n.start, m.end(1), m.start(1), m.end(1)))
            continue
        b = before.search(text, max(0, n.start - 24), n.start)
        if b is not None:
            unit = units[forms[side][b.group(1)]]
            found.append(Amount(n, unit, b.start(1), end, b.start(1), b.end(1)))
    return found


def _compatible(a: Unit, b: Unit) -> bool:
    """One unit, or a generic form and a unit of its family ('$' and 'USD'; 'USD' and 'AUD' are not), or a form
    that stands for any unit of its kind (family '*': Chinese 元)."""
    return a.id == b.id or a.family == b.id or b.family == a.id or "*" in (a.family, b.family)


_DIGITS = re.compile(r"\d+")


def _has_amount(text: str, side: str) -> bool:
    """A unit form right after a run of digits, or a code or symbol right before one: a cheap test before
    :func:`amounts` (most texts with numbers have no amount with a unit), looking only where the digits are and
    trying a pattern only where the character beside them (a space between) can start or end a form."""
    after, before = _patterns(side)
    firsts, lasts = _edges(side)
    for m in _DIGITS.finditer(text):
        end, start = m.end(), m.start()
        if (scale := _SCALE_WORD.match(text, end)) is not None:
            end = scale.end()  # '1,2 tỷ EUR', '1.2 billion euros', '3亿美元': the unit after the scale word
        nxt = text[end + 1 : end + 2] if text[end : end + 1] in _GAPS else text[end : end + 1]
        if nxt in firsts and after.match(text, end):
            return True
        prev = text[start - 2 : start - 1] if text[start - 1 : start] in _GAPS else text[start - 1 : start]
        if prev and prev in lasts and before.search(text, max(0, start - 8), start):
            return True
    return False


_GAPS = frozenset(" \u00a0-")
# a scale word between a figure and its unit, as audit.lang.quantities reads it into the number's written form
_SCALE_WORD = re.compile(r"[ \u00a0](?:nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion)(?!\w)|[万亿]+")


@functools.cache
def _edges(side: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first characters of the side's forms, and the last characters of its codes and symbols."""
    forms = _table()[1][side]
    return frozenset(f[0] for f in forms), frozenset(f[-1] for f in forms if _is_code(f))


def changed_units(source: str, target: str) -> list[tuple[int, int, str, str]]:
    """(start, end, the target's amount with its unit, the fix) for each target amount whose figure the source
    has with another unit of the same kind and nowhere in the target with its own: '50.000 EUR' for 'USD 50,000'
    is fixed as '50.000 USD'. A unit a translation converts with its figure ('5 miles' → '8 km') is no change:
    the figures differ."""
    if not _DIGIT.search(target) or not _DIGIT.search(source):
        return []
    if not _has_amount(source, "src") or not _has_amount(target, "vi"):
        return []  # (the common case: one quick search each)
    src = amounts(source, "src")
    if not src:
        return []
    tgt = amounts(target, "vi")
    out = []
    for t in tgt:
        same = [s for s in src if s.unit.kind == t.unit.kind and same_number(s.number, t.number)]
        if not same or any(_compatible(s.unit, t.unit) for s in same):
            continue
        kept = any(
            _compatible(s.unit, o.unit) and same_number(s.number, o.number) for s in same for o in tgt if o is not t
        )
        if kept:
            continue  # the source's amount is there with its unit (this one is another amount)
        written = target[t.start : t.end]
        cut = t.unit_start - t.start
        word = same[0].unit.fix
        if cut and written[cut - 1].isdigit() and word[:1].islower():
            word = " " + word  # '31km' for 31 miles: '31 dặm'
        fix = written[:cut] + word + written[cut + t.unit_end - t.unit_start :]
        out.append((t.start, t.end, written, fix))
    return out
