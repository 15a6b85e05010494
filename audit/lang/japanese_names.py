"""Japanese people whose family name MT through Chinese read in Hán-Việt ('giáo sư Linh Mộc Kiện Nhất' for
铃木健一 Suzuki Ken'ichi).

Chinese writes a Japanese name in its kanji (铃木, 田中); a pivot engine then reads each character in Hán-Việt,
as it reads a Chinese name. Vietnamese writes Japanese people in romaji. The commonest family names are in
``references/japanese_surnames.tsv``; a run of capitalised syllables that opens with one of them and goes on with
one or two given-name syllables (two after a family name of common Vietnamese name syllables), right after a
title or honorific, is such a name (N102 asks only in an article that names Japan)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from audit.lang.hanviet import syllable_key
from audit.lang.names import RunStart, run_offsets
from audit.lang.resources import read_tsv

_GIVEN = (1, 2)  # given-name syllables after the family name
_HONORIFICS = frozenset({"ông", "bà", "ngài"})  # an honorific the run of capitalised words may open with


@dataclass(frozen=True, slots=True)
class JapaneseName:
    start: int
    end: int
    romaji: str  # the family name's
    zh: str


@functools.cache
def japanese_surnames() -> dict[tuple[str, ...], tuple[str, str, bool]]:
    """Syllable keys of a family name's Hán-Việt reading → (romaji, Chinese characters, whether its syllables are
    all common Vietnamese name syllables: 'Thanh Thủy' 清水, 'Điền Trung' 田中; such a one counts only before two
    given-name syllables). Left out: one whose first syllable is a Vietnamese surname ('Cao Kiều' 高桥 may open a
    Vietnamese name)."""
    from audit.lang.people import surnames, vi_names

    vietnamese = set(surnames())
    common = {key for kind in vi_names().values() for key, syl in kind.items() if syl.freq >= 1.0}
    out = {}
    for row in read_tsv("japanese_surnames.tsv"):
        keys = tuple(syllable_key(s) for s in row["hanviet"].split())
        if keys[0] not in vietnamese:
            out[keys] = (row["romaji"], row["zh"], all(k in common for k in keys))
    return out


@functools.lru_cache(maxsize=16384)
def may_have_japanese(words: tuple[str, ...]) -> bool:
    """Cheap gate on a run's words: two or three of them in a row read a listed family name."""
    table = japanese_surnames()
    keys = tuple(syllable_key(w) for w in words)
    return any(keys[i : i + n] in table for n in (2, 3) for i in range(len(keys) - n + 1))


def japanese_hanviet_names(text: str, runs_at: Iterable[RunStart], countries: frozenset[str]) -> list[JapaneseName]:
    """The runs of ``runs_at`` (:func:`audit.lang.names.multiword_runs` starts and words in ``text``) that read a
    Japanese name in Hán-Việt: a listed family name then one or two syllables, the whole run or the run after a
    country's name (``countries``: 'Thủ tướng Nhật Bản Sơn Bản Thái Lang') or a sentence's capitalised honorific
    ('Ông Trung Thôn Chính Nhân'), right after a title or honorific."""
    from audit.lang.mentions import titled_before

    table = japanese_surnames()
    out = []
    for start, words in runs_at:
        if not may_have_japanese(words):
            continue
        run = run_offsets(start, words)
        skip = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in countries), 0)
        if not skip and words[0].lower() in _HONORIFICS:
            skip = 1  # a sentence's capitalised 'Ông' opens the run ('Ông Trung Thôn Chính Nhân, …')
        rest = tuple(syllable_key(w) for w in words[skip:])
        for n in (3, 2):
            if rest[:n] not in table or len(rest) - n not in _GIVEN:
                continue
            romaji, zh, common = table[rest[:n]]
            first = run[skip][0]
            if (not common or len(rest) - n == 2) and titled_before(text, first):
                out.append(JapaneseName(first, run[-1][1], romaji, zh))
            break
    return out
