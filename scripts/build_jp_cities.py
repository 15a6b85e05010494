#!/usr/bin/env python3
"""Build ``references/cities.jp.tsv``: Japan's cities (市) with the Chinese name Chinese media write for them and
the name the Vietnamese press writes (the romanised Japanese name), for C106 ('thành phố Bahu' 八户 → Hachinohe).

Inputs (read at build time only; nothing of them is committed but the facts):
- a CSV of Japan's municipalities with the columns ``id``, ``city_en``, ``city_ja``, ``special_district_ja``: the
  public MIT-licensed list built from the Ministry of Internal Affairs' local government codes
  (github.com/nobuf/list-of-cities-in-japan, ``build/cities_in_japan_2024.csv``), given as the first argument;
- Unihan (``unicode-data``): ``kTGHZ2013`` (the characters of China's Table of General Standard Chinese
  Characters) and the variant fields, to write a Japanese form in Chinese simplified characters (八戸 → 八户,
  黒石 → 黑石), and two Japanese forms that are Chinese characters too (浜 → 滨, 芸 → 艺); a city with a character
  that reaches no standard Chinese character (米沢, 豊川: Unihan has no variant for 沢, 豊) is left out;
- the ``cpca`` package's table of China's provinces, cities and counties (``pip install cpca``): a city whose
  pinyin is also a Chinese area's ('Fushan', 'Xincheng', 'Baihe') is left out, and so is one whose pinyin is
  shorter than four letters, a word in English or Vietnamese text, a Japanese city's romanised name ('Anan' 阿南)
  or already a key of C106's index.

Run from the repository root:  .venv/bin/python scripts/build_jp_cities.py path/to/cities_in_japan_2024.csv
"""

from __future__ import annotations

import bz2
import csv
import re
import sys
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypinyin import lazy_pinyin  # noqa: E402

from audit.lang.vn_places import _forms, _word, pinyin_places  # noqa: E402

UNIHAN = Path("/usr/share/unicode")
OUT = ROOT / "references" / "cities.jp.tsv"
_KANA = re.compile(r"[\u3040-\u30ff]")
_CN_SUFFIX = re.compile(r"(?:自治县|自治州|自治旗|特别行政区|地区|新区|林区|市|县|区|旗|盟|省|自治区)$")
_VARIANTS = ("kSimplifiedVariant", "kZVariant", "kSemanticVariant")
# Japanese forms that are Chinese characters of their own too, where Chinese writes a Japanese name with the
# simplified form of the old character (横浜 → 横滨 Yokohama, 安芸 → 安艺 Aki): Unihan gives no variant for them
_JAPANESE_FORMS = {"浜": "滨", "芸": "艺"}


def unihan(filename: str, fields: set[str]) -> dict[str, dict[str, list[str]]]:
    """Character → field → the characters (or values) Unihan gives."""
    out: dict[str, dict[str, list[str]]] = {}
    with bz2.open(UNIHAN / filename, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in fields:
                out.setdefault(chr(int(cp[2:], 16)), {})[field] = value.split()
    return out


def to_chinese(name: str, standard: set[str], variants: dict[str, dict[str, list[str]]]) -> str | None:
    """The Japanese name in standard Chinese characters, or None where a character reaches none."""
    out = []
    for ch in name:
        if ch in _JAPANESE_FORMS:
            out.append(_JAPANESE_FORMS[ch])
            continue
        if ch in standard:
            out.append(ch)
            continue
        found = None
        for field in _VARIANTS:
            for cp in variants.get(ch, {}).get(field, []):
                other = chr(int(cp.split("<")[0][2:], 16))
                simple = [chr(int(c.split("<")[0][2:], 16)) for c in variants.get(other, {}).get(_VARIANTS[0], [])]
                found = next((c for c in [other, *simple] if c in standard), None)
                if found:
                    break
            if found:
                break
        if not found:
            return None
        out.append(found)
    return "".join(out)


def chinese_area_pinyin() -> set[str]:
    """Pinyin (joined) of every Chinese province, city and county of cpca, with and without its suffix."""
    text = resources.files("cpca").joinpath("resources", "adcodes.csv").read_text(encoding="utf-8")
    names = set()
    for row in csv.DictReader(text.splitlines()):
        names.add(row["name"])
        bare = _CN_SUFFIX.sub("", row["name"])
        if len(bare) >= 2:
            names.add(bare)
    return {"".join(lazy_pinyin(n)) for n in names}


def cities(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(code, Japanese name, Chinese name, romanised name) of each city (市, not a ward) of the CSV."""
    tghz = unihan("Unihan_Readings.txt.bz2", {"kTGHZ2013"})
    standard = set(tghz)
    variants = unihan("Unihan_Variants.txt.bz2", set(_VARIANTS))
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ja = row["city_ja"]
            if row["special_district_ja"] or not ja.endswith("市") or _KANA.search(ja):
                continue
            zh = to_chinese(ja[:-1], standard, variants)
            en = _plain(row["city_en"].split(",")[0].split(" (")[0].strip())
            if zh and en:
                yield row["id"], ja[:-1], zh, en


def _plain(name: str) -> str:
    """The romanised name without its long-vowel marks, as the Vietnamese press writes it: 'Ōsaki' → 'Osaki'."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", name) if c != "\u0304"))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = list(cities(Path(sys.argv[1])))
    # a romanised Japanese name is how Vietnamese writes a city ('Anan' 阿南 is also its pinyin): never a key
    romaji = {en.lower().replace(" ", "").replace("-", "") for _, _, _, en in found}
    others = {key for key, place in pinyin_places().items() if not place.japan}  # not this table's own keys
    taken = chinese_area_pinyin() | others | romaji
    rows, seen = [], set()
    for code, ja, zh, en in found:
        keys = {"".join(lazy_pinyin(zh)), *_forms(zh)}  # C106 looks up the heard readings (_forms)
        if any(len(k) < 4 or k in taken or _word(k) or not k.isascii() for k in keys) or zh in seen:
            continue
        seen.add(zh)
        rows.append((code, ja, zh, en))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_jp_cities.py; do not edit. Japan's cities (市) whose pinyin is no\n")
        fh.write("# Chinese area's, no word and no other place's: code: the local government code; ja: the name\n")
        fh.write("# without 市;\n")
        fh.write("# zh: in standard Chinese characters (Unihan kTGHZ2013 and variants); vi: the romanised name the\n")
        fh.write("# Vietnamese press writes. Sources: references/SOURCES.md, 'gaps11'.\n")
        fh.write("code\tja\tzh\tvi\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} cities to {OUT}")


if __name__ == "__main__":
    main()
