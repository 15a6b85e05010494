"""L101: hyphenated English compounds ('year-over-year', 'on a first-come, first-served basis'), alone or
as words of an English phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.lang.english import function_words, is_english, is_loan
from audit.lang.syllable import is_valid_syllable
from audit.lang.tokens import Token
from audit.rules.language.shared import _english_in_pair, _latin_foreign

# Three or more lowercase ASCII words joined by hyphens ('year-over-year', 'state-of-the-art')
_HYPHEN_COMPOUND = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+){2,}(?![\w-])")


_HYPHEN_BEFORE = re.compile(r"(?<![\w-])[a-z]+-$")
_HYPHEN_AFTER = re.compile(r"-[a-z]+(?![\w-])")


def _with_hyphened(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of English words widened over a lowercase word joined to it by a hyphen: 'forward-looking
    statements', not 'looking statements'; 'long-term guidance', not 'term guidance'."""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    if before:
        start = before.start()
    after = _HYPHEN_AFTER.match(text, end)
    if after:
        end = after.end()
    return start, end


def _english_compounds(text: str, mask: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each hyphenated English compound outside quotes and brackets: every part an English
    word, one at least no Vietnamese syllable and one no loan ('year-over-year', not the loans of 'break-point'
    nor a transliteration 'ki-lô-gam')."""
    if "-" not in text:
        return
    for m in _HYPHEN_COMPOUND.finditer(text):
        parts = m[0].split("-")
        if (
            not mask[m.start()]
            and all(map(is_english, parts))
            and not all(map(is_valid_syllable, parts))
            and any(p in function_words() or _english_in_pair(p) for p in parts)
        ):
            yield m.start(), m.end()


# Two or more lowercase ASCII words joined by hyphens ('first-come', 'case-by-case')
_ANY_COMPOUND = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z]+)+(?![\w-])")


def _compounds_in_phrases(text: str, toks: Sequence[Token], english: list[bool], mask: list[bool]) -> list[range]:
    """The token indices of each hyphenated compound of English words, not all Vietnamese syllables ('first-come',
    'case-by-case'), that stands one space from a word ``english`` marks or a comma from another such compound:
    one English word inside an English phrase ('on a first-come basis', 'first-come, first-served'), however a
    compound alone is judged."""
    if "-" not in text:
        return []
    at = {t.start: k for k, t in enumerate(toks)}
    compounds = []
    for m in _ANY_COMPOUND.finditer(text):
        first = at.get(m.start())
        parts = m[0].split("-")
        if first is None or mask[m.start()] or not all(map(is_english, parts)) or all(map(is_valid_syllable, parts)):
            continue
        compounds.append(range(first, first + len(parts)))
    starts, ends = {r[0] for r in compounds}, {r[-1] for r in compounds}

    def beside(k: int, other: int, sep: str) -> bool:
        return (sep == " " and english[other]) or (sep == ", " and (other in starts or other in ends))

    found = []
    for r in compounds:
        first, last = r[0], r[-1]
        before = first > 0 and beside(first, first - 1, text[toks[first - 1].end : toks[first].start])
        after = last + 1 < len(toks) and beside(last, last + 1, text[toks[last].end : toks[last + 1].start])
        if before or after:
            found.append(r)
    return found


def _joined(text: str, toks: Sequence[Token], j: int, hyphened: set[int]) -> bool:
    """``toks[j]`` and ``toks[j + 1]`` belong to one English phrase: one space apart, parts of one compound
    (``hyphened``: j is a part before a hyphen), or a comma between two compounds' parts or English words that are
    no loans ('on a first-come, first-served basis')."""
    sep = text[toks[j].end : toks[j + 1].start]
    if sep == " ":
        return True
    if sep == "-":
        return j in hyphened
    if sep != ", ":
        return False
    return all(
        i in hyphened or i - 1 in hyphened or (_latin_foreign(toks[i]) and not is_loan(toks[i].text))
        for i in (j, j + 1)
    )
