"""Japanese names left in the pinyin of their Chinese characters: 山田健一 Yamada Kenichi → 'Shantian Jianyi'.

Chinese writes a Japanese person by the kanji of his name; MT through Chinese then emits their pinyin, the family
name joined into one word ('Shantian' 山田, 'Tianzhong' 田中, 'Zuoteng' 佐藤) and the given name after it ('Jianyi'
健一). The family names are the commonest Japanese ones of ``references/japanese_surnames.tsv`` (their pinyin by
pypinyin); a Chinese family name is one character, so a two-syllable pinyin word of one of them before a pinyin
given name is no Chinese name written family name first. Chinese names written given name first ('Tianzhong Li')
end on a one-syllable family name, and a document that names nothing Japanese is left alone (misses29)."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from audit.lang.countries import trie_pattern
from audit.lang.diskcache import cached, lang_inputs
from audit.lang.pinyin import has_vietnamese_letters, segmentations
from audit.lang.resources import read_tsv


class JapanesePinyin(NamedTuple):
    start: int
    end: int
    romaji: str  # the family name's romaji ('Yamada')
    zh: str  # its characters ('山田')


# What ties a document to Japan: its name, its cities, its agency, its currency, a Japanese person
JAPAN_CUE = re.compile(r"Nhật Bản|[Nn]gười Nhật|(?<!\w)Nhật(?!\w)|Tokyo|Osaka|JICA|JETRO|yen|Yên Nhật")


_MIN_FAMILY = 5  # letters of a family name's pinyin word


@functools.cache
def surname_pinyin() -> dict[str, tuple[str, str]]:
    """Each listed Japanese family name's pinyin as one capitalised word ('Shantian') → (romaji, characters); kept
    between runs in the user cache dir (pypinyin's dictionaries take about 50 MB once imported)."""
    from importlib.metadata import version

    table = cached("japanese-pinyin", [*lang_inputs(), version("pypinyin").encode()], _surname_rows)
    return {word: (romaji, zh) for word, romaji, zh in table}


def _surname_rows() -> list[tuple[str, str, str]]:
    from pypinyin import lazy_pinyin

    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv("japanese_surnames.tsv"):
        word = "".join(lazy_pinyin(row["zh"])).capitalize()
        if len(word) >= _MIN_FAMILY:  # not 'Abu' (阿部 Abe), an Arabic name's word
            out.setdefault(word, (row["romaji"], row["zh"]))
    return [(word, romaji, zh) for word, (romaji, zh) in out.items()]


@functools.cache
def _pattern() -> re.Pattern[str]:
    """A listed family name's pinyin, then one capitalised Latin word (the given name); literals first (re skips
    ahead to them), the word start checked by :func:`_word_start`."""
    names = "|".join(sorted(map(re.escape, surname_pinyin()), key=len, reverse=True))
    return re.compile(rf"(?P<family>{names}) (?P<given>[A-Z][a-z]+)(?![\w'-])")


def _word_start(text: str, start: int) -> bool:
    """No letter, digit, apostrophe or hyphen right before ``start``."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'-_")


def _pinyin_given(word: str) -> bool:
    """Two or three pinyin syllables however the word is cut, and no Vietnamese letter ('Jianyi', 'Xiaolang'): not a
    word that reads as one syllable ('Li', 'Jiang': a Chinese family name after its given name)."""
    if has_vietnamese_letters(word):
        return False
    cuts = segmentations(word.lower())
    return bool(cuts) and 2 <= min(len(parts) for parts in cuts) <= 3


def japanese_pinyin_names(text: str) -> list[JapanesePinyin]:
    """The Japanese names of ``text`` in the pinyin of their characters: a listed family name's pinyin, then a given
    name of two or three pinyin syllables (the caller checks the document names Japan: :data:`JAPAN_CUE`)."""
    table = surname_pinyin()
    out = []
    for m in _pattern().finditer(text):
        if _word_start(text, m.start()) and _pinyin_given(m["given"]):
            romaji, zh = table[m["family"]]
            out.append(JapanesePinyin(m.start(), m.end(), romaji, zh))
    return out


@functools.cache
def _family_gate() -> re.Pattern[str]:
    """Any listed family name's pinyin as a substring: one search of a character trie (re skips ahead to the names'
    first letters), where a substring test a name scanned the whole text once for each of them."""
    return re.compile(trie_pattern(surname_pinyin()))


@functools.cache
def family_words() -> frozenset[str]:
    """The family names' pinyin words, lowercase ('shantian'). A match of :func:`_pattern` at a word start has its
    family name for a whole word: no letter, digit or '_' before it, a space after it."""
    return frozenset(w.lower() for w in surname_pinyin())


def may_hold_japanese_pinyin(text: str, words: AbstractSet[str] | None = None) -> bool:
    """A quick test of a document's text: a listed family name's pinyin before a capitalised word (one search for
    any of the names first: most documents hold none). ``words``, when given, are the lowercase words (runs of
    ``\\w``) of ``text``: a text whose words hold no family name's (:func:`family_words`) has no such name, found
    without reading the text again."""
    if words is not None and family_words().isdisjoint(words):
        return False
    if _family_gate().search(text) is None:
        return False
    return any(_word_start(text, m.start()) for m in _pattern().finditer(text))
