#!/usr/bin/env python3
"""Build ``references/companies.calques.tsv``: how MT through Chinese writes the companies of ``companies.tsv``.

Chinese media name a foreign company by a Chinese name (丰田 Toyota, 西门子 Siemens, 微软 Microsoft); MT reads
it in Hán-Việt ('Phong Điền', 'Tây Môn Tử', 'Vi Nhuyễn') or leaves its pinyin ('Fengtian', 'Ximenzi',
'Weiruan'). The Hán-Việt forms take each character's main reading (``HanViet.main_first``), and one form a
character for its second reading (苹 reads tần or bình: 'Tần Quả' and 'Bình Quả'), each syllable in both
tone placements (thuỵ/thụy) and final i/y spellings (tỉ/tỷ). A Hán-Việt form is gated (C107 counts it
only after a company word or beside another company): the readings are also Vietnamese words and places
('đại chúng', huyện Phong Điền) and names ('Cao Thông'); a form of three or more syllables that does
not open with a Vietnamese surname ('Đặc Tư Lạp', 'Đài Tích Điện'; not 'Mã Tự Đạt') is no word, place or
name: ungated. The pinyin form is pypinyin's reading joined into one word; it is left out
when it is the company's own name (Huawei, Xiaomi) or also another common Chinese name's (the ``homophone``
column: 宏碁 Acer and 红旗 the Hongqi car are both 'Hongqi'), and gated when it is an English or Vietnamese word
(wordfreq Zipf frequency 1 or more: 'Baier', 'Fengtian').

Run:  .venv/bin/python scripts/build_companies.py          (``--check``: exit 1 when the file is stale)
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypinyin import lazy_pinyin  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

from audit.lang.hanviet import HanViet, load, syllable_key  # noqa: E402
from audit.lang.people import surname_keys, vi_names  # noqa: E402
from audit.lang.resources import read_tsv  # noqa: E402

OUT = ROOT / "references" / "companies.calques.tsv"
COLUMNS = ("calque", "standard", "zh", "kind", "gate")
WORD_ZIPF = 1.0  # a pinyin form this frequent in English or Vietnamese text is a word: gated
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_PAIR = re.compile(rf"(?<![qQ])([oOuU])([{_TONES}]?)([aAeEyY])([{_TONES}]?)$")  # not the u of qu-
# the syllables whose final i is also written y (lí/lý, mĩ/mỹ, sĩ/sỹ, tỉ/tỷ, kì/kỳ, hi/hy)
_FINAL_Y = re.compile(r"^([hklmstHKLMST])([yi])([\u0300-\u036f]*)$")


def spellings(syllable: str) -> set[str]:
    """A syllable in both tone placements of a final oa/oe/uy and both final i/y ('Thuỵ', 'Thụy'; 'Tỉ', 'Tỷ')."""
    d = unicodedata.normalize("NFD", syllable)
    out = {d}
    m = _TONE_PAIR.search(d)
    if m and (m[2] or m[4]):
        tone, head = m[2] or m[4], d[: m.start()]
        out = {head + m[1] + tone + m[3], head + m[1] + m[3] + tone}
    y = _FINAL_Y.match(d)
    if y:
        out.add(y[1] + ("i" if y[2] == "y" else "y") + y[3])
    return {unicodedata.normalize("NFC", s) for s in out}


def hanviet_forms(hv: HanViet, zh: str) -> list[str]:
    """Hán-Việt readings of ``zh``: the main one, one a character with its second reading, all spellings."""
    readings = [hv.main_first(ch) for ch in zh]
    if not all(readings):
        raise SystemExit(f"companies.tsv: {zh}: a character without a Hán-Việt reading")
    main = [r[0] for r in readings]
    picks = [main]
    for i, (ch, rs) in enumerate(zip(zh, readings, strict=True)):
        second = next((r for r in rs[1:] if syllable_key(r) != syllable_key(rs[0]) and _sino(hv, ch, r)), None)
        if second:
            picks.append([*main[:i], second, *main[i + 1 :]])
    forms: list[str] = []
    for pick in picks:
        for combo in itertools.product(*(sorted(spellings(s.capitalize())) for s in pick)):
            forms.append(" ".join(combo))
    return list(dict.fromkeys(forms))


def _sino(hv: HanViet, ch: str, reading: str) -> bool:
    """Whether ``reading`` is the main reading of some character pronounced as ``ch`` is: a Hán-Việt
    reading (苹 ping: bình, the main reading of 平 ping), not a Nôm one (百 bai: vầu)."""
    same_sound = {c for p in hv.pinyin.get(ch, ()) for c in hv.by_pinyin.get(p, ())}
    return bool(same_sound & hv.by_primary.get(syllable_key(reading), frozenset()))


# words that stand before a person's given name and open a sentence capitalised: 'Anh Vĩ Đạt, 28 tuổi, …' is a
# man called Vĩ Đạt, not 英伟达 Nvidia (review24)
HONORIFICS = frozenset("anh chị em ông bà cô chú bác cậu dì cháu cụ".split())


def honorific_and_given_name(form: str) -> bool:
    """An honorific, then one or two Vietnamese given-name syllables (vi_names.tsv): 'Anh Vĩ Đạt' (英伟达 Nvidia, and
    'anh' before a man called Vĩ Đạt); not 'Anh Đặc Nhĩ' (英特尔 Intel: 'Đặc', 'Nhĩ' name nobody)."""
    first, *rest = form.split()
    given = vi_names()["given"]
    return first.lower() in HONORIFICS and 1 <= len(rest) <= 2 and all(syllable_key(w.lower()) in given for w in rest)


def gated_hanviet(form: str) -> bool:
    """A Hán-Việt form of one or two syllables, or opening with a Vietnamese surname, or an honorific before a given
    name, may be a Vietnamese word, place or name ('Tam Tinh', 'Cao Thông', 'Mã Tự Đạt', 'Anh Vĩ Đạt'); a longer
    one opening otherwise is none ('Đặc Tư Lạp', 'Anh Đặc Nhĩ')."""
    words = form.split()
    return len(words) < 3 or syllable_key(words[0].lower()) in surname_keys() or honorific_and_given_name(form)


def pinyin_form(zh: str) -> str:
    """pypinyin's toneless reading joined into one capitalised word (丰田 → 'Fengtian')."""
    return "".join(lazy_pinyin(zh)).capitalize()


def rows() -> list[dict[str, str]]:
    """The rows of companies.calques.tsv, in the order of companies.tsv."""
    hv = load()
    out: list[dict[str, str]] = []
    for r in read_tsv("companies.tsv"):
        std, zh = r["standard"], r["zh"]
        for form in hanviet_forms(hv, zh):
            if form.casefold() != std.casefold():
                gate = "yes" if gated_hanviet(form) else "no"
                out.append({"calque": form, "standard": std, "zh": zh, "kind": "hanviet", "gate": gate})
        py = pinyin_form(zh)
        if py.casefold() != std.casefold() and not r.get("homophone"):
            word = max(zipf_frequency(py.lower(), "en"), zipf_frequency(py.lower(), "vi")) >= WORD_ZIPF
            out.append({"calque": py, "standard": std, "zh": zh, "kind": "pinyin", "gate": "yes" if word else "no"})
    return out


def render(table: list[dict[str, str]]) -> str:
    """The file's text: a generated-file header, then the TSV."""
    buf = io.StringIO()
    buf.write("# GENERATED by scripts/build_companies.py from companies.tsv, hanviet.tsv, pypinyin and wordfreq.\n")
    buf.write("# Do not edit. Columns as in organisations.tsv: calque, standard, zh, kind, gate.\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(table)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the file differs from what would be built")
    args = ap.parse_args()
    text = render(rows())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT.name} is stale: run scripts/build_companies.py")
        raise SystemExit(0 if same else 1)
    fd, tmp = tempfile.mkstemp(dir=OUT.parent, prefix=".companies.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, OUT)
    print(f"wrote {OUT} ({text.count(chr(10)) - 3} rows)")


if __name__ == "__main__":
    main()
