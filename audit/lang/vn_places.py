"""Vietnamese places in the pinyin of their Chinese names ('Guangning' for Quảng Ninh): the index."""

from __future__ import annotations

import functools
import itertools

from audit.lang.hanviet import fold, load
from audit.lang.resources import read_tsv


def _readings(ch: str) -> tuple[str, ...]:
    """The character's heard pinyin readings (a reading with no spoken frequency is a rare one)."""
    hv = load()
    pys = hv.pinyin.get(ch, ())
    heard = tuple(p for p in pys if hv.freq.get((ch, p), 0) > 0)
    return heard or pys[:1]


@functools.cache
def pinyin_places() -> dict[str, str]:
    """Folded pinyin of a Vietnamese place, written joined ('guangning') → its Vietnamese name.
    A form that is also the place's own Vietnamese skeleton ('long an') is left out."""
    out: dict[str, str] = {}
    for row in read_tsv("vn_places.tsv"):
        name, zh = row["name"], row["zh"]
        own = fold(name).replace(" ", "")
        for combo in itertools.product(*(_readings(ch) for ch in zh)):
            key = "".join(combo)
            if key != own and len(combo) >= 2:
                out.setdefault(key, name)
    return out
