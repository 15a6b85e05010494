"""How a Vietnamese name reads in pinyin (Hán-Việt syllable → characters with that reading → their pinyin), and how
well observed pinyin fits it, syllable by syllable."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from audit.lang.hanviet import HanViet, fold, load, syllable_key
from audit.lang.people import vi_names
from audit.lang.pinyin import irregular, segmentations

_DIGITS = re.compile(r"^\d+$")

# A syllable's pinyin options: (exact, loose, folded Vietnamese syllable)
SylOptions = tuple[frozenset[str], frozenset[str], str]


def observed_sequences(tokens: Sequence[str], limit: int = 6) -> list[tuple[str, ...]]:
    """Possible syllable sequences for observed tokens ('Ruan', 'Fuzhong' → [('ruan', 'fu', 'zhong'), …]).

    A token that is not pinyin becomes one '?'-prefixed folded syllable (a garble); digits are dropped.
    """
    options: list[tuple[tuple[str, ...], ...]] = []
    for tok in tokens:
        if _DIGITS.match(tok):
            continue
        splits = segmentations(tok)
        if splits:
            options.append(tuple(sp for sp in splits[:2] if irregular(sp) == irregular(splits[0])))
        else:
            options.append((("?" + fold(tok),),))
    seqs = [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*options)]
    return list(dict.fromkeys(seqs))[:limit]


@functools.cache
def syllable_options(syllable: str, zh: str = "") -> SylOptions:
    """Pinyin a Vietnamese name syllable can come from; ``zh`` is the known character, if any."""
    hv = load()
    exact: set[str] = set()
    for kind in ("surname", "given"):
        entry = vi_names()[kind].get(syllable_key(syllable))
        if entry and not zh:
            for ch in entry.hanzi:
                exact.update(_main_pinyin(hv, ch))
    if zh:  # the person's own character: its readings alone are exact
        exact = set(_main_pinyin(hv, zh))
    if not exact:  # the name's own characters are known: another character's reading ('Minh' 盟 meng) is not exact
        exact.update(hv.primary_pinyin_of(syllable, min_freq=20))
    if not exact:
        exact.update(hv.primary_pinyin_of(syllable))
    if not exact:
        exact.update(hv.pinyin_of(syllable))
    loose = hv.pinyin_of(syllable) | hv.pinyin_of(syllable, loose=True)
    return frozenset(exact), frozenset(loose), fold(syllable)


def _main_pinyin(hv: HanViet, ch: str) -> tuple[str, ...]:
    """The character's readings that are heard: a reading with no spoken frequency beside one that has
    one is a rare reading (氏 shi, not zhi) and would make 'Thị' compete with 'Chí' for 'zhi'. With no
    frequency at all, the first (pypinyin's default) reading: 阮 is ruan; its literary 'yuan' would read the
    given name Yuan (元 Nguyên) as the surname Nguyễn, and 潘 'fan' (Phan) would compete with 范 Phạm."""
    pys = hv.pinyin.get(ch, ())
    heard = tuple(p for p in pys if hv.freq.get((ch, p), 0) > 0)
    return heard or pys[:1]


@functools.cache
def name_options(name: str, name_zh: str = "") -> tuple[SylOptions, ...]:
    syls = name.split()
    chars = [c for c in name_zh if not c.isspace() and c not in "·•・-"]
    zh = chars if len(chars) == len(syls) else [""] * len(syls)
    return tuple(syllable_options(s, z) for s, z in zip(syls, zh, strict=True))


def match_score(cand: Sequence[SylOptions], obs: Sequence[str]) -> float:
    """How well observed pinyin syllables fit a candidate name's syllables (alignment, 0–1)."""
    n, m = len(cand), len(obs)
    if not n or not m:
        return 0.0
    inf = float("inf")
    dp = [[inf] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            cur = dp[i][j]
            if cur == inf:
                continue
            if i < n and j < m:
                c = _sub_cost(cand[i], obs[j])
                if cur + c < dp[i + 1][j + 1]:
                    dp[i + 1][j + 1] = cur + c
            if i < n and cur + 1.0 < dp[i + 1][j]:  # candidate syllable not rendered
                dp[i + 1][j] = cur + 1.0
            if j < m and cur + 0.4 < dp[i][j + 1]:  # extra observed syllable (garble)
                dp[i][j + 1] = cur + 0.4
    return max(0.0, 1.0 - dp[n][m] / n)


# A syllable rendered by one of its exact readings (0) or in its own letters without marks (0.1): a garble, not
# another reading
FAITHFUL_COST = 0.1


def faithful(cand: Sequence[SylOptions], obs: Sequence[str]) -> bool:
    """Every candidate syllable is rendered, in order, exactly or by its unmarked letters (no syllable
    dropped, added or read by another character)."""
    return len(cand) == len(obs) and all(_sub_cost(c, o) <= FAITHFUL_COST for c, o in zip(cand, obs, strict=True))


def _sub_cost(opt: SylOptions, ob: str) -> float:
    exact, loose, folded = opt
    if ob.startswith("?"):
        raw = ob[1:]
        if raw == folded:
            return 0.1  # the Vietnamese syllable without its marks ('Phu' for Phú)
        return 0.5 if len(raw) >= 3 and folded[:3] == raw[:3] else 1.0
    if ob in exact:
        return 0.0
    if ob in loose:
        return 0.25
    if ob == folded:
        return 0.1  # the Vietnamese syllable left without its marks ('Ruan Tan Yong': Tan = Tấn)
    return 1.0
