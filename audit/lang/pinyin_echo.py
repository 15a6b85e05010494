"""A foreign name left in pinyin where the same document writes it in Latin letters: 'Xinna' (辛纳) beside
'Jannik Sinner', 'Boliqi' (博里奇) beside 'Gabriel Boric'.

MT through Chinese keeps a foreign name in one sentence and emits the pinyin of its Chinese transliteration in
another. No title or gazetteer entry is needed: the pinyin word and a Latin name of the same document sound
alike. Both are reduced to a skeleton of consonant classes (labials, dentals, sibilants, velars, liquids,
nasals; pinyin writes 'r' as l, 'k' or 'ch' as q or j), and they match when the skeletons agree position by
position, the Latin one perhaps with a final liquid more (Chinese drops a final '-r': Sinner → 辛纳 xin na).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

_P, _F, _T, _S, _K, _L, _N = "P", "F", "T", "S", "K", "L", "N"
_OPTIONAL = "?"  # a Latin consonant Chinese may leave out: 'v' (Zverev → 兹维列夫 zi wei lie fu)
Skeleton = tuple[frozenset[str], ...]

# pinyin initials (the longest first) and their classes; y, w (semivowels) and h have none
_PY_INITIALS = (
    ("zh", {_S}),
    ("ch", {_S, _K}),
    ("sh", {_S}),
    ("b", {_P}),
    ("p", {_P}),
    ("m", {_N}),
    ("f", {_F}),
    ("d", {_T}),
    ("t", {_T}),
    ("n", {_N}),
    ("l", {_L}),
    ("r", {_L}),
    ("g", {_K}),
    ("k", {_K}),
    ("j", {_S, _K}),
    ("q", {_S, _K}),
    ("x", {_S}),
    ("z", {_S}),
    ("c", {_S}),
    ("s", {_S}),
)
# Latin letters and digraphs; vowels, h, w, y have none
_LATIN = (
    ("ph", {_F}),
    ("th", {_T}),
    ("ch", {_S, _K}),
    ("sh", {_S}),
    ("ck", {_K}),
    ("qu", {_K}),
    ("b", {_P}),
    ("p", {_P}),
    ("m", {_N}),
    ("n", {_N}),
    ("f", {_F}),
    ("v", {_F, _OPTIONAL}),
    ("d", {_T}),
    ("t", {_T}),
    ("l", {_L}),
    ("r", {_L}),
    ("g", {_K, _S}),
    ("k", {_K}),
    ("q", {_K}),
    ("c", {_K, _S}),
    ("j", {_S, _K}),
    ("s", {_S}),
    ("z", {_S}),
    ("x", {_K, _S}),
)
_UNMARKED = str.maketrans("đłøıß", "dlois")  # letters NFD does not take apart
_MIN_CLASSES = 2  # a skeleton of one class matches too much by chance


def _classes(parts: Iterable[frozenset[str]]) -> Skeleton:
    """The skeleton with a class repeated right after itself kept once ('nn' in Sinner, 'xin na')."""
    out: list[frozenset[str]] = []
    for c in parts:
        if not out or not (out[-1] & c and len(c) == len(out[-1]) == 1):
            out.append(c)
    return tuple(out)


def pinyin_skeleton(syllables: tuple[str, ...]) -> Skeleton:
    """The consonant classes of toneless pinyin syllables: each initial, and a final -n/-ng as a nasal
    ('xin', 'na' → S N; 'bo', 'li', 'qi' → P L S|K); a syllable 'er' is a liquid ('Anwaer' Anwar)."""
    parts: list[frozenset[str]] = []
    for syl in syllables:
        if syl == "er":
            parts.append(frozenset({_L}))
            continue
        for ini, cls in _PY_INITIALS:
            if syl.startswith(ini):
                parts.append(frozenset(cls))
                break
        if syl.endswith(("n", "ng")):
            parts.append(frozenset({_N}))
    return _classes(parts)


@functools.lru_cache(maxsize=8192)
def latin_skeleton(word: str) -> Skeleton:
    """The consonant classes of a Latin word ('Sinner' → S N L, 'Borić' → P L S|K); vowels, h, w and y are
    left out, as Chinese transliteration drops or vowelises them."""
    w = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    w = w.translate(_UNMARKED)
    parts: list[frozenset[str]] = []
    i = 0
    while i < len(w):
        for letters, cls in _LATIN:
            if w.startswith(letters, i):
                parts.append(frozenset(cls))
                i += len(letters)
                break
        else:
            i += 1
    return _classes(parts)


def echoes(pinyin: Skeleton, latin: Skeleton) -> bool:
    """The pinyin skeleton agrees with the Latin one class by class, where the Latin one may have an optional
    class ('v') the pinyin leaves out and one final liquid more (a final '-r' Chinese drops)."""
    return len(pinyin) >= _MIN_CLASSES and _aligned(pinyin, latin, 0, 0)


def _aligned(pinyin: Skeleton, latin: Skeleton, i: int, j: int) -> bool:
    if i == len(pinyin):
        rest = latin[j:]
        return all(_OPTIONAL in c for c in rest) or (len(rest) == 1 and rest[0] == {_L})
    if j == len(latin):
        return False
    if _OPTIONAL in latin[j] and _aligned(pinyin, latin, i, j + 1):
        return True
    return bool(pinyin[i] & latin[j]) and _aligned(pinyin, latin, i + 1, j + 1)
