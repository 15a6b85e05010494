"""Similarity of two Vietnamese names, syllable by syllable (near misses: 'Nguyễn Phú Cường' for 'Nguyễn Phú Trọng')."""

from __future__ import annotations

import functools
import re

from audit.lang.hanviet import fold, syllable_key, toneless_key

_ONSET = re.compile(r"^(ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnpqrstvx])?")


def syllable_similarity(a: str, b: str) -> float:
    """1 same syllable; 0.8 same letters, other marks; 0.5 same onset or same rhyme; else 0."""
    if syllable_key(a) == syllable_key(b):
        return 1.0
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 0.8
    ta, tb = toneless_key(a), toneless_key(b)
    oa = _ONSET.match(ta).group()  # type: ignore[union-attr]
    ob = _ONSET.match(tb).group()  # type: ignore[union-attr]
    if (oa and oa == ob) or (ta[len(oa) :] == tb[len(ob) :] and ta[len(oa) :]):
        return 0.5
    return 0.0


@functools.lru_cache(maxsize=65536)
def name_similarity(a: str, b: str) -> float:
    """Aligned syllable similarity of two names, 0–1 (normalised by the longer name)."""
    xa, xb = a.split(), b.split()
    n, m = len(xa), len(xb)
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            dp[i][j] = max(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1] + syllable_similarity(xa[i - 1], xb[j - 1]))
    return dp[n][m] / max(n, m, 1)
