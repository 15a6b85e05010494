"""Hanyu Pinyin without tones: the syllable inventory, segmenting run-together syllables, and how
pinyin-like a capitalised token is.

The inventory is every toneless reading (pypinyin's, as stored in ``references/hanviet.tsv``) that
has a vowel and is used by at least five characters, plus a few everyday ones (gei, shei): this drops interjections
('hm', 'ng') and dialect readings ('wong', 'bong') that would make Cantonese or English words look
like pinyin. ``ü`` is written ``v``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from audit.lang.langid import _VI_LETTERS

MAX_SYLLABLE = 6  # 'zhuang', 'chuang', 'shuang'
_VOWEL = re.compile(r"[aeiouv]")
_ASCII_WORD = re.compile(r"^[A-Za-züÜ]+$")
# Initials and finals that Vietnamese spelling never uses (on a syllable without diacritics)
_PINYIN_ONLY_INITIAL = re.compile(r"^(zh|z|x|q|c(?!h)|j|r|f|w|sh|y(?!ê|e))")
_PINYIN_ONLY_FINAL = re.compile(r"(ou|ei|ui|ue|ie|ia|iu|uo|eng|ian|iang|iong|uang|un|ing|uai|er)$")


@functools.cache
def inventory() -> frozenset[str]:
    """All toneless pinyin syllables ('zhong', 'lv', 'er', …)."""
    from audit.lang.hanviet import load

    common = {"gei", "lia", "shei", "dei"}  # few characters, but everyday words
    return frozenset(
        s for s, chars in load().by_pinyin.items() if (len(chars) >= 5 or s in common) and _VOWEL.search(s)
    )


def _toneless(py: str) -> str:
    py = unicodedata.normalize("NFD", py).replace("u\u0308", "v").replace("U\u0308", "v")
    return "".join(c for c in py if not unicodedata.combining(c)).lower()


def toneless(text: str) -> str:
    """Pinyin without tone marks, lowercase, ``ü`` as ``v`` ('Xī Hú' → 'xi hu', 'Lǚ' → 'lv')."""
    return _toneless(text)


def is_syllable(text: str) -> bool:
    return _toneless(text) in inventory()


@functools.cache
def segmentations(token: str, limit: int = 4) -> tuple[tuple[str, ...], ...]:
    """Ways to split a token into pinyin syllables, fewest syllables first ('Fuzhong' → (('fu', 'zhong'),)).

    Empty when the token is not all pinyin. An apostrophe is a syllable break ("Xi'an").
    """
    if not token or not _ASCII_WORD.match(token.replace("'", "")):
        return ()
    results: list[tuple[str, ...]] = []
    for part_splits in _split_parts(_toneless(token).split("'")):
        results.append(part_splits)
    results.sort(key=lambda s: (irregular(s), len(s), [-len(x) for x in s]))
    return tuple(dict.fromkeys(results))[:limit]


def _split_parts(parts: list[str]) -> list[tuple[str, ...]]:
    combos: list[tuple[str, ...]] = [()]
    for part in parts:
        options = _split(part)
        if not options:
            return []
        combos = [c + o for c in combos for o in options][:16]
    return combos


@functools.cache
def _split(word: str) -> tuple[tuple[str, ...], ...]:
    if not word:
        return ((),)
    inv = inventory()
    out: list[tuple[str, ...]] = []
    for n in range(min(MAX_SYLLABLE, len(word)), 0, -1):
        head = word[:n]
        if head in inv:
            out.extend((head, *rest) for rest in _split(word[n:]))
    out.sort(key=len)
    return tuple(out[:8])


def irregular(syllables: tuple[str, ...]) -> int:
    """Syllables after the first that start with a, e or o: pinyin writes an apostrophe there (Xi'an),
    so a run-together token split that way ('Tae' → ta+e) is unlikely to be pinyin."""
    return sum(1 for s in syllables[1:] if s[0] in "aeo")


_VI_LETTER = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "]")


def has_vietnamese_letters(token: str) -> bool:
    return _VI_LETTER.search(token) is not None


@functools.cache
def pinyin_only(syllable: str) -> bool:
    """A single toneless pinyin syllable that Vietnamese spelling cannot produce ('zhong', 'fu', 'jin', 'deng')."""
    s = syllable.lower()
    vi = _vi_valid()
    if vi is not None:
        return not vi(s)
    return bool(_PINYIN_ONLY_INITIAL.match(s) or _PINYIN_ONLY_FINAL.search(s))


@functools.cache
def _vi_valid():  # type: ignore[no-untyped-def]
    """The Vietnamese syllable model's validity test when it is available (audit.lang.syllable)."""
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return None
    return is_valid_syllable


@functools.cache
def pinyin_score(token: str) -> float:
    """How pinyin-like a capitalised token is, 0–1.

    0 for tokens with Vietnamese letters or that do not split into pinyin; about 0.3 for a
    single syllable Vietnamese spelling also allows ('Long', 'Lan', 'Hai'); 0.7–0.8 for a
    syllable Vietnamese cannot spell ('Zhang', 'Fu', 'Deng'); 0.9+ for two or three syllables
    run together ('Fuzhong', 'Jinchuang'), which Vietnamese names never are.
    """
    if has_vietnamese_letters(token):
        return 0.0
    splits = segmentations(token)
    if not splits:
        return 0.0
    best = splits[0]
    if irregular(best) and "'" not in token:
        return 0.4
    if len(best) == 1:
        return 0.75 if pinyin_only(best[0]) else 0.3
    if len(best) > 3:
        return 0.2
    foreign = sum(1 for s in best if pinyin_only(s))
    return 0.95 if foreign else 0.8
