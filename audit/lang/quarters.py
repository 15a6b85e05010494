"""Quarters of a year named in a source (English 'third quarter', 'Q3'; Chinese 第三季度, 三季度) and in its
Vietnamese translation ('quý III', 'quý 3', 'quý ba'), and the quarter a translation changed: 'third quarter' →
'quý II' has no digit on either side, so the number check has nothing to compare."""

from __future__ import annotations

import re

_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EN = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bQ([1-4])\b", re.IGNORECASE)
# 第三季度, 三季度, 3季度; not 前三季度 ('the first three quarters', nine months)
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ZH = re.compile(r"(?<![前后头首末近])第?([一二三四1-4])季度")

_VI_NUMERALS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3}
_VI_NUMERALS |= {"bốn": 4, "tư": 4}
_VI = re.compile(r"(?<!\w)[Qq]uý (IV|I{1,3}|[1-4]|một|hai|ba|bốn|tư)(?!\w)")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "tư"}


def source_quarters(source: str) -> set[int]:
    """The quarters (1-4) the source names."""
    found = set()
    for m in _EN.finditer(source):
        found.add(_EN_ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2)))
    for m in _ZH.finditer(source):
        found.add(_ZH_DIGITS[m.group(1)])
    return found


def changed_quarters(source: str, target: str) -> list[tuple[int, int, str, str]]:
    """(start, end, numeral, fix) of the target's quarter when source and target each name one quarter and they
    differ; the fix is written as the target writes its numeral (Roman, digit or word)."""
    quarters = source_quarters(source)
    if len(quarters) != 1:
        return []
    said = list(_VI.finditer(target))
    if not said or len({_VI_NUMERALS[m.group(1)] for m in said}) != 1:
        return []
    (want,) = quarters
    out = []
    for m in said:
        numeral = m.group(1)
        if _VI_NUMERALS[numeral] == want:
            return []
        fix = _ROMAN[want] if numeral in _ROMAN.values() else str(want) if numeral.isdigit() else _WORDS[want]
        out.append((m.start(1), m.end(1), numeral, fix))
    return out
