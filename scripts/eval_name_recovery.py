#!/usr/bin/env python3
"""How well the pinyin rendering of a Vietnamese name is turned back into the name.

For every Vietnamese person of ``references/people.tsv`` with a Chinese name, the pinyin MT would
write is generated with pypinyin from ``name_zh`` ('阮富仲' → 'Ruan Fuzhong': surname, then the given
name run together), and recovered four ways; the script prints top-1 (and top-3) accuracy of each:

- reverse, full: gazetteer + surname × given-name combinations (what the N101 rule uses);
- reverse, names only: surname × given-name combinations from vi_names.tsv, gazetteer left out
  (how a name in no list fares);
- reverse, document: the person is named elsewhere in the document (gazetteer left out);
- forward: pinyin → most frequent characters → Hán-Việt reading, weighted by name-syllable frequency.

Then names in no list: 1,000 surname + middle + last-syllable names drawn (fixed seed) from vi_names.tsv by each
syllable's frequency in its place, written with each syllable's first character; a recovery is right when every
syllable of the top candidate is written with the character the name was made from (武 reads Vũ or Võ alike),
and a gazetteer person who is not that name at the top is counted apart (the ranking error this guards against).

Last, Chinese names (members of the CPC Politburo, whose Hán-Việt names the Vietnamese press prints; the
gazetteer left out): the top reading is right when each syllable is a Hán-Việt reading of its character. Their
given names often have a syllable no Vietnamese given name reads ('jiu' 九), which is read by the characters
commonly written for it (:meth:`audit.lang.hanviet.HanViet.written_readings`).

Run from the repository root: ``.venv/bin/python scripts/eval_name_recovery.py [-v]``.
"""

from __future__ import annotations

import random
import sys

from pypinyin import Style, lazy_pinyin

from audit.lang.hanviet import load, syllable_key
from audit.lang.names import forward_chain, observed_sequences, recover
from audit.lang.people import people, vi_names


def pinyin_tokens(name_zh: str) -> list[str]:
    syl = lazy_pinyin(name_zh, style=Style.NORMAL, v_to_u=False)
    return [syl[0].capitalize(), "".join(syl[1:]).capitalize()]


def main() -> None:
    verbose = "-v" in sys.argv
    cases = []
    for name, ts in sorted(people().items()):
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        if zh and any(t.country == "vn" for t in ts) and len(zh) == len(name.split()):
            cases.append((name, zh, pinyin_tokens(zh)))
    methods = {
        "reverse (gazetteer + names)": lambda toks, name: recover(toks),
        "reverse (names only)": lambda toks, name: recover(toks, use_gazetteer=False),
        "reverse (document + names)": lambda toks, name: recover(toks, [name], use_gazetteer=False),
        "forward chain": lambda toks, name: forward_chain(observed_sequences(toks)[0]),
    }
    print(f"{len(cases)} Vietnamese people with a Chinese name in people.tsv")
    for label, fn in methods.items():
        top1 = top3 = unique = 0
        for name, zh, toks in cases:
            cands = fn(toks, name)
            got = [c.name for c in cands]
            hit1 = bool(got) and got[0] == name
            hit3 = name in got[:3]
            top1 += hit1
            top3 += hit3
            unique += hit1 and (len(cands) == 1 or cands[0].rank_score > cands[1].rank_score)
            if verbose and not hit1:
                print(f"  {label}: {' '.join(toks)} ({zh}) → {got[:3]} (want {name})")
        n = len(cases) or 1
        print(
            f"{label:<30} top-1 {top1}/{len(cases)} ({top1 / n:.0%}), of which ranked alone {unique};"
            f"   top-3 {top3}/{len(cases)} ({top3 / n:.0%})"
        )
    synthetic(verbose)
    chinese(verbose)


# Members of the 19th CPC Politburo and its standing committee before and after, as soha.vn (2017-10-25,
# 'Trung Quốc công bố danh sách 7 Ủy viên thường vụ Bộ chính trị khóa 19') and vi.wikipedia ('Đại hội Đảng Cộng
# sản Trung Quốc lần thứ XIX') write them; the characters are the persons' own (each syllable reads its
# character). Names in no reference file of the project, except where the gazetteer has them (left out here).
CHINESE_NAMES = (
    ("丁薛祥", "Đinh Tiết Tường"),
    ("王晨", "Vương Thần"),
    ("王沪宁", "Vương Hỗ Ninh"),
    ("刘鹤", "Lưu Hạc"),
    ("许其亮", "Hứa Kỳ Lượng"),
    ("李希", "Lý Hy"),
    ("李鸿忠", "Lý Hồng Trung"),
    ("杨洁篪", "Dương Khiết Trì"),
    ("杨晓渡", "Dương Hiểu Độ"),
    ("汪洋", "Uông Dương"),
    ("张又侠", "Trương Hựu Hiệp"),
    ("陈希", "Trần Hy"),
    ("陈全国", "Trần Toàn Quốc"),
    ("陈敏尔", "Trần Mẫn Nhĩ"),
    ("赵乐际", "Triệu Lạc Tế"),
    ("胡春华", "Hồ Xuân Hoa"),
    ("栗战书", "Lật Chiến Thư"),
    ("郭声琨", "Quách Thanh Côn"),
    ("黄坤明", "Hoàng Khôn Minh"),
    ("韩正", "Hàn Chính"),
    ("蔡奇", "Thái Kỳ"),
    ("孙春兰", "Tôn Xuân Lan"),
    ("李克强", "Lý Khắc Cường"),
    ("张德江", "Trương Đức Giang"),
    ("俞正声", "Du Chính Thanh"),
    ("刘云山", "Lưu Vân Sơn"),
    ("王岐山", "Vương Kỳ Sơn"),
    ("张高丽", "Trương Cao Lệ"),
    ("江泽民", "Giang Trạch Dân"),
    ("胡锦涛", "Hồ Cẩm Đào"),
    ("温家宝", "Ôn Gia Bảo"),
    ("李强", "Lý Cường"),
)


def _reads_chars(name: str, chars: str) -> bool:
    """Every syllable of ``name`` is a Hán-Việt reading of the character at its place (Hy = hi, Thủy = thuỷ)."""
    hv = load()
    syls = name.split()
    return len(syls) == len(chars) and all(
        syllable_key(s) in {syllable_key(r) for r in hv.readings.get(c, ())} for s, c in zip(syls, chars, strict=True)
    )


def chinese(verbose: bool) -> None:
    right = 0
    for chars, name in CHINESE_NAMES:
        cands = recover(pinyin_tokens(chars), use_gazetteer=False)
        top = cands[0].name if cands else None
        ok = top is not None and _reads_chars(top, chars)
        right += ok
        if verbose and not ok:
            print(f"  chinese: {' '.join(pinyin_tokens(chars))} ({chars}, {name}) → {top}")
    n = len(CHINESE_NAMES)
    print(f"{n} Chinese names (gazetteer left out): top-1 reads the characters {right}/{n} ({right / n:.0%})")


def _draw(rng: random.Random, kind: str, weight: str) -> tuple[str, str]:
    """A (syllable, first character) of vi_names.tsv, drawn by its frequency (``weight``: freq/middle/final)."""
    rows = [e for e in vi_names()[kind].values() if e.hanzi and getattr(e, weight) > 0]
    e = rng.choices(rows, weights=[getattr(r, weight) for r in rows])[0]
    return e.syllable, e.hanzi[0]


def _reads(name: str, chars: str) -> bool:
    """Every syllable of ``name`` is written with the character of ``chars`` at its place in vi_names.tsv."""
    syls = name.split()
    if len(syls) != len(chars):
        return False
    kinds = ["surname"] + ["given"] * (len(syls) - 1)
    return all(
        (e := vi_names()[k].get(syllable_key(s))) is not None and c in e.hanzi
        for s, c, k in zip(syls, chars, kinds, strict=True)
    )


def synthetic(verbose: bool, n: int = 1000) -> None:
    rng = random.Random(2026)
    right = intruded = 0
    for _ in range(n):
        parts = [_draw(rng, "surname", "freq"), _draw(rng, "given", "middle"), _draw(rng, "given", "final")]
        name, chars = " ".join(p[0] for p in parts), "".join(p[1] for p in parts)
        cands = recover(pinyin_tokens(chars))
        top = cands[0] if cands else None
        ok = top is not None and _reads(top.name, chars)
        right += ok
        wrong_person = top is not None and top.source == "gazetteer" and top.name != name and not ok
        intruded += wrong_person
        if verbose and not ok:
            print(f"  synthetic: {' '.join(pinyin_tokens(chars))} ({chars}, {name}) → {top.name if top else None}")
    print(
        f"{n} names in no list (vi_names.tsv syllables): top-1 reads the characters {right}/{n} ({right / n:.0%});"
        f" a gazetteer person at the top {intruded}"
    )


if __name__ == "__main__":
    main()
