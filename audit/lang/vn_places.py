"""Places left in the pinyin of their Chinese names: Vietnamese provinces and cities ('Guangning' for
Quảng Ninh) and countries ('Yuenan' for Việt Nam, 'Riben' for Nhật Bản): the index."""

from __future__ import annotations

import dataclasses
import functools
import itertools
from dataclasses import dataclass

from audit.lang.countries import Place, country_anchors, gazetteer, zh_short_names
from audit.lang.diskcache import cached, lang_inputs
from audit.lang.english import en_zipf, vi_zipf
from audit.lang.hanviet import fold, load
from audit.lang.resources import read_tsv


@dataclass(frozen=True, slots=True)
class PinyinPlace:
    name: str  # the Vietnamese name
    zh: str
    country: bool  # a country (stands without a place word before it) or a Vietnamese place
    province_only: bool = False  # counted only right after 'tỉnh' (its pinyin is also a Chinese place)
    city: bool = False  # a foreign city: counted only after a place word, never as a sign of an MT'd article
    short: bool = False  # a country's pinyin of four letters ('baxi' 巴西): counted only after a title or place word
    japan: bool = False  # a Japanese city of cities.jp.tsv ('bahu' 八户): also only in an article about Japan


def _readings(ch: str) -> tuple[str, ...]:
    """The character's heard pinyin readings (a reading with no spoken frequency is a rare one)."""
    hv = load()
    pys = hv.pinyin.get(ch, ())
    heard = tuple(p for p in pys if hv.freq.get((ch, p), 0) > 0)
    return heard or pys[:1]


def _forms(zh: str, limit: int = 4, foreign: bool = False) -> list[str]:
    """The pinyin forms of ``zh``, joined; ``foreign``: a foreign place's name, its characters read also as in
    transliteration (:func:`_place_readings`: 柏林 'bailin' and 'bolin')."""
    extra = _place_readings() if foreign else {}
    readings = (_readings(ch) + tuple(r for r in extra.get(ch, ()) if r not in _readings(ch)) for ch in zh)
    combos = itertools.islice(itertools.product(*readings), limit)
    return ["".join(c) for c in combos if len(c) >= 2]


@functools.cache
def _place_readings() -> dict[str, tuple[str, ...]]:
    """Character → its readings in the Chinese names of foreign places that are not its everyday one
    (references/zh_place_readings.tsv: 柏 'bo' in 柏林 Berlin, 什 'shi' in 塔什干 Tashkent)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv("zh_place_readings.tsv"):
        out[row["char"]] = (*out.get(row["char"], ()), row["reading"])
    return out


@functools.cache
def vn_place_rows() -> tuple[dict[str, str], ...]:
    """The rows of references/vn_places.tsv (name, zh, gate …), read once."""
    return tuple(read_tsv("vn_places.tsv"))


@functools.cache
def vn_place_names() -> frozenset[str]:
    """The names of references/vn_places.tsv's Vietnamese provinces, cities and districts, as written ('Bắc Giang')."""
    return frozenset(row["name"] for row in vn_place_rows())


@functools.cache
def pinyin_places() -> dict[str, PinyinPlace]:
    """:func:`_pinyin_places`, kept between runs in the user cache dir (audit.lang.diskcache: 0.15 to 0.2 s of each
    run's start-up, most of it asking wordfreq about 2,000 forms), for its inputs as they are
    (:func:`audit.lang.diskcache.lang_inputs`)."""
    rows = cached("pinyin-places", lang_inputs(), _place_rows)
    return {key: PinyinPlace(*fields) for key, *fields in rows}


def _place_rows() -> list[tuple[str | bool, ...]]:
    return [(key, *dataclasses.astuple(place)) for key, place in _pinyin_places().items()]


def _pinyin_places() -> dict[str, PinyinPlace]:
    """Folded pinyin of a place, written joined ('guangning') → the place; a foreign city of the place tables
    ('jilongpo' 吉隆坡 Kuala Lumpur, 'luoanda' 罗安达 Luanda) and Japan's cities of cities.jp.tsv ('bahu' 八户
    Hachinohe); a country also by the pinyin of its short
    Chinese name (阿联酋 'alianqiu', countries.zh_short.tsv) or of its name without the final 国
    (:func:`stem_names`: 孟加拉 'mengjiala'). Left out: a form that is the
    place's own Latin skeleton ('long an', 'mali', 'sudan'), and for countries and foreign cities one shorter
    than four letters (a country's of four: ``short``, 'baxi' 巴西 Brazil; a city's of four only after a place
    word like all cities, 'tại Daka' 达卡 Dhaka, but not a Japanese one of cities.zh_curated.tsv: 栃木 'limu'
    may be a Chinese place's) or one that is a word in English (Zipf ≥ 2.5) or Vietnamese text ('angela',
    'yemen', 'taiwan', 'bali' 巴黎 Paris), and for foreign cities one that is a Japanese city's name ('suwa').
    'ü' is written 'v' ('feilvbin'); after 'l' or 'n' also 'u' ('feilubin'), where that is no other key."""
    out: dict[str, PinyinPlace] = {}
    for row in vn_place_rows():
        name, zh = row["name"], row["zh"]
        for key in _forms(zh):
            if key != fold(name).replace(" ", ""):
                out.setdefault(key, PinyinPlace(name, zh, False, row["gate"] == "tỉnh"))
    countries = gazetteer().countries
    names = [(c, c.zh) for c in countries.values() if c.zh]
    names += [(countries[iso], zh) for zh, iso in [*zh_short_names(), *stem_names()] if iso in countries]
    for c, zh in names:
        own = {fold(x).replace(" ", "").replace("-", "") for x in (c.vi, c.en, *c.vi_forms, *c.vi_variants)}
        for key in _forms(zh):
            if len(key) < 4 or key in own or _word(key):
                continue
            out.setdefault(key, PinyinPlace(c.vi, zh, True, short=len(key) < 5))
    japanese = _japanese_curated()
    latin = japan_latin()
    for standard, zh in _cities():
        shortest = 5 if zh in japanese else 4
        for key in _forms(zh, foreign=True):
            if len(key) >= shortest and key != fold(standard).replace(" ", "") and key not in latin and not _word(key):
                out.setdefault(key, PinyinPlace(standard, zh, False, city=True))
    for row in read_tsv("cities.jp.tsv"):  # Japan's cities: four letters or more (their pinyin checked when built)
        for key in _forms(row["zh"]):
            if len(key) >= 4 and not _word(key):
                out.setdefault(key, PinyinPlace(row["vi"], row["zh"], False, city=True, japan=True))
    for key, place in list(out.items()):
        plain = _u_for_v(key)
        if plain != key and plain not in out and len(plain) >= 5 and not _word(plain):
            out[plain] = place
    return out


def stem_names() -> list[tuple[str, str]]:
    """(Chinese name without its final 国, iso2) of the countries whose Chinese name ends in 国 after three
    characters or more, but a republic's (共和国: 中非共和国 is no 中非): Chinese writes 孟加拉 for 孟加拉国
    (Bangladesh) as often as the full name."""
    return [
        (c.zh[:-1], iso)
        for iso, c in gazetteer().countries.items()
        if c.zh and len(c.zh) >= 4 and c.zh.endswith("国") and not c.zh.endswith("共和国")
    ]


@functools.cache
def _japanese_curated() -> frozenset[str]:
    """The Chinese names of the Japanese prefectures and cities of cities.zh_curated.tsv."""
    return frozenset(r["zh"] for r in read_tsv("cities.zh_curated.tsv") if r["iso2"] == "JP")


@functools.cache
def japan_latin() -> frozenset[str]:
    """The folded romanised names of Japan's cities (cities.jp.tsv): a foreign city's pinyin spelt so is that
    city, written right ('tại Suwa' is 諏訪 in Nagano, not 苏瓦 'Suwa' Suva; 'Kasai' 加西, not Casey)."""
    return frozenset(fold(r["vi"]).replace(" ", "").replace("-", "") for r in read_tsv("cities.jp.tsv"))


def _u_for_v(key: str) -> str:
    """The spelling of 'ü' after 'l' or 'n' as a plain 'u', as many MT outputs write it ('feilvbin' 菲律宾 →
    'feilubin'). The index keeps it only when no other place is spelled so ('lu' is also 路, 鲁 …)."""
    return key.replace("lv", "lu").replace("nv", "nu")


def _word(key: str) -> bool:
    """A folded pinyin form that is also a word of English (Zipf ≥ 2.5) or Vietnamese text ('angela')."""
    return en_zipf(key) >= 2.5 or vi_zipf(key) > 0


def _city_places() -> list[Place]:
    """The foreign cities of the place tables with a Chinese name: CLDR's exemplar cities and the curated
    capitals and cities ('万象' Viêng Chăn, '釜山' Busan), not seas, islands or the countries CLDR lists too."""
    gaz = gazetteer()
    countries = {c.vi for c in gaz.countries.values()}
    return [
        p
        for p in gaz.places.values()
        if p.zh
        and p.standard not in countries
        and (p.whole or any(w.lower() in ("thủ đô", "thành phố") for w in p.before))
    ]


def _cities() -> list[tuple[str, str]]:
    """(Vietnamese name, Chinese name) of the foreign cities: those of the place tables, then every city of
    references/cities.zh.tsv (CLDR's exemplar cities and the capitals, whatever their Hán-Việt reading: 罗安达
    Luanda) but a Chinese one, whose Vietnamese name is spelt as only Vietnamese spells and is China's (a
    country anchor: Thượng Hải, whose pinyin 'Shanghai' is also the city's name in English) or a territory's of
    the gazetteer (Hồng Kông); Mát-xcơ-va (莫斯科 'Mosike') and Bình Nhưỡng (平壤 'Pingrang') are read."""
    from audit.lang.mentions import vietnamese_spelt

    gaz = gazetteer()
    chinese = country_anchors().get("CN", frozenset()) | {c.vi for c in gaz.countries.values()}

    def china(vi: str) -> bool:
        return any(map(vietnamese_spelt, vi.split())) and vi in chinese

    out = [(p.standard, p.zh) for p in _city_places()]
    out += [(r["vi"], r["zh"]) for r in read_tsv("cities.zh.tsv") if not china(r["vi"])]
    return out


@functools.cache
def pinyin_starts() -> frozenset[str]:
    """Every beginning of a key of :func:`pinyin_places` ('g', 'gu', …, 'guangning'): a word that is not
    one cannot start a place."""
    return frozenset(key[:i] for key in pinyin_places() for i in range(1, len(key) + 1))
