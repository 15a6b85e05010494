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

Run from the repository root: ``.venv/bin/python scripts/eval_name_recovery.py [-v]``.
"""

from __future__ import annotations

import sys

from pypinyin import Style, lazy_pinyin

from audit.lang.names import forward_chain, observed_sequences, recover
from audit.lang.people import people


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


if __name__ == "__main__":
    main()
