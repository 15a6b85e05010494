"""Edit distance between two words, bounded: the rules only ask whether two spellings are a letter or two apart."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int, transpositions: bool = False) -> int:
    """Levenshtein distance of ``a`` and ``b`` or, with ``transpositions``, the optimal-string-alignment
    distance (two neighbouring letters swapped count 1); ``limit + 1`` when it is larger than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if transpositions and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
