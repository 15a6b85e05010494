"""C101's reading of a party congress: 'Đại hội XIV của Đảng Cộng sản Trung Quốc' in a story of 2025 is the
Vietnamese party's congress (China's 14th met in 1992), the MT's 我党 / 中 slip in a domestic story that names no
country pair."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.resources import read_tsv
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import segments_naming
from audit.rules.names.analyses import event_years

_CHINA_PARTY = "Đảng Cộng sản Trung Quốc"
_ORDINAL = r"(?:[IVXL]{1,6}|\d{1,2})"
# 'Đại hội (đại biểu toàn quốc) (lần thứ) XIV (của) Đảng Cộng sản Trung Quốc' and 'Đại hội Đảng Cộng sản Trung Quốc
# lần thứ XIV'
_CONGRESS = re.compile(
    rf"Đại hội(?: đại biểu toàn quốc)?(?: lần thứ)? (?P<n>{_ORDINAL}) (?:của )?Đảng Cộng sản (?P<c>Trung Quốc)"
    rf"|Đại hội(?: đại biểu toàn quốc)? (?:của )?Đảng Cộng sản (?P<c2>Trung Quốc) lần thứ (?P<n2>{_ORDINAL})(?!\w)"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_NEAR = 5  # years: a congress this close to the article's year is the one it speaks of


@functools.cache
def _congress_years() -> dict[str, dict[int, int]]:
    """Party ('VN', 'CN') → congress number → the year it opened (references/party_congresses.tsv)."""
    out: dict[str, dict[int, int]] = {}
    for row in read_tsv("party_congresses.tsv"):
        out.setdefault(row["party"], {})[int(row["number"])] = int(row["year"])
    return out


def roman_number(ordinal: str) -> int:
    """'XIV' → 14, '14' → 14."""
    if ordinal.isdigit():
        return int(ordinal)
    values = [_ROMAN[ch] for ch in ordinal]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def congress_hits(rule: Rule, ctx: DocContext) -> Iterator[Hit]:
    """A congress of China's party whose number is the Vietnamese party's congress of the article's year (and not
    China's: its congress of that number lies more than five years away from the article's year)."""
    if _CHINA_PARTY not in content_lines(ctx).text:
        return
    years = _congress_years()
    for seg in segments_naming(ctx, _CHINA_PARTY):
        for m in _CONGRESS.finditer(seg.text):
            number = roman_number(m["n"] or m["n2"])
            event = event_years(ctx, seg, m.start())
            vn, cn = years["VN"].get(number), years["CN"].get(number)
            if not event or vn is None or cn is None or abs(vn - event[0]) > _NEAR or abs(cn - event[0]) <= _NEAR:
                continue
            start, end = m.span("c") if m["c"] else m.span("c2")
            yield rule.hit(
                seg,
                start,
                end,
                f"the Communist Party of China held its congress no. {number} in {cn}; the congress of "
                f"{vn} with that number is the Communist Party of Vietnam's",
                suggestion="Việt Nam",
                confidence=0.9,
            )
