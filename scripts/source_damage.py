"""Synthetic damage to a human translation, for measuring what the source rules (A1xx) catch.

Each damage takes a (source, target, English original) triple and returns the damaged target, or None when the
pair offers no place for it; ``DAMAGES`` names each with the rules that should catch it. Used by
scripts/eval_source_checks.py --damage.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import find_mentions
from audit.rules.negation import _NEGATION, _VI_NEGATION
from audit.rules.source.country_swapped import source_countries
from audit.rules.source.source_dates import source_dates

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]*\d)")
_VI_DATE = re.compile(r"(?<!\d)(\d{1,2})(/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2})")
# another country for each swapped one: one the pair is unlikely to name
_SWAP = ("Bồ Đào Nha", "Na Uy")


def _digits(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()).lstrip("0") for m in _NUMBER.finditer(text)}


def _shared_number(source: str, target: str) -> re.Match[str] | None:
    """The first number of the target the source writes with the same digits (not a one-digit number)."""
    have = _digits(source)
    for m in _NUMBER.finditer(target):
        digits = re.sub(r"\D", "", m.group()).lstrip("0")
        if len(digits) >= 2 and digits in have:
            return m
    return None


def drop_number(source: str, target: str, english: str) -> str | None:
    """The target without one number the source has."""
    m = _shared_number(source, target)
    return None if m is None else (target[: m.start()] + target[m.end() :].lstrip()).replace("  ", " ")


def change_number(source: str, target: str, english: str) -> str | None:
    """The target with one number the source has changed in its last digit (2018 → 2015)."""
    m = _shared_number(source, target)
    if m is None:
        return None
    text = m.group()
    return target[: m.start()] + text[:-1] + str((int(text[-1]) + 3) % 10) + target[m.end() :]


def change_date(source: str, target: str, english: str) -> str | None:
    """The target with the day of a date (5/6/2024, 5 tháng 6) one off, where the source writes a date."""
    m = _VI_DATE.search(target)
    if m is None or not source_dates(source):
        return None
    day = int(m.group(1))
    new = day + 1 if day < 28 else day - 1
    return target[: m.start()] + str(new) + target[m.end(1) :]


def drop_clause(source: str, target: str, english: str) -> str | None:
    """The target without its longest clause (between commas or semicolons), where it has two or more."""
    parts = re.split(r"(?<=[,;])\s+", target)
    if len(parts) < 2:
        return None
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    return " ".join(p for i, p in enumerate(parts) if i != longest)


def drop_negation(source: str, target: str, english: str) -> str | None:
    """The target without its negating words, where the English original says 'not' (never, cannot …)."""
    if not _NEGATION.search(english.lower()) or not _VI_NEGATION.search(target):
        return None
    return re.sub(r"\s{2,}", " ", _VI_NEGATION.sub("", target)).strip()


def swap_country(source: str, target: str, english: str) -> str | None:
    """The target with a country the source names replaced by another (Bồ Đào Nha, or Na Uy)."""
    named = source_countries(source)
    for m in find_mentions(target):
        if m.iso and not m.weak and m.iso in named:
            other = _SWAP[0] if _SWAP[0] not in target else _SWAP[1]
            return target[: m.start] + other + target[m.end :]
    return None


Damage = Callable[[str, str, str], "str | None"]
DAMAGES: dict[str, tuple[Damage, tuple[str, ...]]] = {
    "drop a number": (drop_number, ("A101", "A102")),
    "change a number": (change_number, ("A101", "A109")),
    "change a date": (change_date, ("A109", "A101")),
    "drop a clause": (drop_clause, ("A105",)),
    "drop the negation": (drop_negation, ("A111",)),
    "swap a country": (swap_country, ("A107",)),
}
