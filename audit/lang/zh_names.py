"""Chinese-character names with the Vietnamese form the press writes: one index over the references that hold
both (countries, their short names, capitals, Vietnamese and foreign places, organisations, companies, the
people of the gazetteer, and the world's cities of cities.zh.tsv), so that '河内' left in a sentence can be
offered as 'Hà Nội'."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from audit.lang.countries import gazetteer, zh_short_names
from audit.lang.people import tenures
from audit.lang.resources import read_tsv
from audit.lang.vn_places import vn_place_rows


def _pairs() -> Iterator[tuple[str, str]]:
    """(Chinese name, Vietnamese name) from every reference that holds both."""
    gz = gazetteer()
    countries = gz.countries
    yield from ((c.zh, c.vi) for c in countries.values())
    yield from ((zh, countries[iso].vi) for zh, iso in zh_short_names() if iso in countries)
    yield from ((r["zh"], r["name"]) for r in vn_place_rows())
    yield from ((p.zh, p.standard) for p in gz.places.values())  # capitals.zh.tsv is built into these
    yield from ((r["zh"], r["standard"]) for r in read_tsv("organisations.tsv"))
    yield from ((r["zh"], r["standard"]) for r in read_tsv("companies.tsv"))
    yield from ((t.name_zh.replace("·", ""), t.name_vi) for t in tenures())


@functools.cache
def zh_vi_names() -> dict[str, str]:
    """Chinese name → Vietnamese name. A Chinese name the references give two different Vietnamese names is
    left out (no fix is better than a wrong one)."""
    seen: dict[str, set[str]] = {}
    for zh, vi in _pairs():
        zh, vi = zh.strip(), vi.strip()
        if zh and vi:
            seen.setdefault(zh, set()).add(vi)
    out = {zh: next(iter(vis)) for zh, vis in seen.items() if len(vis) == 1}
    # then the cities of cities.zh.tsv no other reference names (CLDR's Vietnamese name, or the city's own:
    # 罗安达 Luanda, 鹿儿岛 Kagoshima), below the curated tables
    for r in read_tsv("cities.zh.tsv"):
        if r["zh"] not in seen:
            out[r["zh"]] = r["vi"]
    return out
