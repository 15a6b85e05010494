"""Vietnamese words written without their marks in a text that has them ('duoc' for 'được', 'lot' for 'lọt').

A lowercase word of plain letters is a candidate when it is no valid syllable as written (a stop coda without its
tone, 'ươ' without its horns: 'duoc', 'nguoi', 'lot') and its letters are those of a frequent syllable (Zipf 4 or
more in Vietnamese, wordfreq). It is reported only in a sentence written with marks (two words in five or more carry
one), among Vietnamese words (no neighbour is a foreign word), outside links, handles and code, and when the sentence
has at most two such words (more is a passage written without marks, not a slip). A word that a European or
Indonesian/Malay text uses as it is ('lot', 'chat', 'tap', 'hot', 'mot') could be a foreign word or a loan: it is
reported only with evidence of the Vietnamese word, a neighbour it forms a dictionary word with ('chat lượng' →
'chất lượng'), or a source the segment translates that does not have the word while the Vietnamese syllable is
clearly the commoner of the two in Vietnamese text.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from audit.lang.diskcache import cached, lang_inputs
from audit.lang.english import common_in, listed_loans, vi_zipf, zipf_in
from audit.lang.langid import _VI_LETTERS
from audit.lang.syllable import is_valid_syllable, skeletons, spellings_of, syllable_spellings
from audit.lang.syllable_lm import in_word
from audit.lang.tokens import Token, tokens

RESTORED_ZIPF = 4.0  # the syllable meant is a common one
FOREIGN_ZIPF = 3.0  # a word this frequent in one of these languages may be written as it is
FOREIGN_LANGUAGES = ("en", "fr", "es", "pt", "it", "de", "id", "ms", "nl")
MIN_MARKED_SHARE = 0.4  # of a sentence's words, with a Vietnamese letter or mark
MAX_PER_SEGMENT = 2
LOAN_MARGIN = 0.5  # Zipf by which the syllable must be commoner in Vietnamese than the word as written
_GLUED_BEFORE = frozenset("./@#_-\\")  # a word after one of these is part of a link, a handle or code
_GLUED_AFTER = frozenset("/@_-\\")


class Unmarked(NamedTuple):
    """A word written without its marks and the syllables it may stand for, likeliest first."""

    token: Token
    options: tuple[str, ...]
    foreign: bool  # the word is also a foreign word or a loan (reported on evidence)


@functools.lru_cache(maxsize=1 << 14)
def restorations(low: str) -> tuple[str, ...]:
    """The common syllables whose letters ``low`` is, most frequent first; empty unless ``low`` is plain lowercase
    letters and no valid syllable as written."""
    if len(low) < 2 or not low.isascii() or not low.isalpha() or not low.islower() or is_valid_syllable(low):
        return ()
    found = [w for w in spellings_of(low) if vi_zipf(w) >= RESTORED_ZIPF]
    return tuple(sorted(found, key=vi_zipf, reverse=True))


@functools.cache
def restorable() -> frozenset[str]:
    """:func:`_restorable`, kept between runs in the user cache dir (0.1 s or more of a run's start-up), for its
    inputs as they are (:func:`audit.lang.diskcache.lang_inputs`)."""
    return frozenset(cached("restorable", lang_inputs(), lambda: sorted(_restorable())))


def _restorable() -> frozenset[str]:
    """Every word :func:`restorations` has an answer for: a set to intersect a document's words with. Built from
    the skeletons with a spelling near the frequency wanted in wordfreq's table (looked up as it is, which leaves
    the frequency caches alone), then :func:`restorations` of those."""
    from wordfreq import get_frequency_dict

    table = get_frequency_dict("vi")
    near = 10 ** (RESTORED_ZIPF - 9) / 2  # below Zipf 4 by a margin: :func:`restorations` decides

    def maybe(k: str) -> bool:
        return k.isascii() and k.isalpha() and any(table.get(w, 0.0) >= near for w in spellings_of(k))

    return frozenset(k for k in skeletons() if maybe(k) and restorations(k))


@functools.lru_cache(maxsize=1 << 14)
def foreign_like(low: str) -> bool:
    """A word a European or Indonesian/Malay text writes as it is, or a loan Vietnamese takes as it is."""
    if low in _asked():
        return low in _foreign_asked()
    return low in listed_loans() or any(zipf_in(low, lang) >= FOREIGN_ZIPF for lang in FOREIGN_LANGUAGES)


@functools.cache
def _asked() -> frozenset[str]:
    """The words :func:`foreign_like` is asked about here: the restorable words and the plain-letter syllables
    (a neighbour of one)."""
    return restorable() | frozenset(s for s in syllable_spellings() if s.isascii())


@functools.cache
def _foreign_asked() -> frozenset[str]:
    """:func:`_foreign_asked_built`, kept between runs in the user cache dir (0.2 s of a run's start-up: nine
    languages' lists read), for its inputs as they are (:func:`audit.lang.diskcache.lang_inputs`)."""
    return frozenset(cached("foreign-asked", lang_inputs(), lambda: sorted(_foreign_asked_built())))


def _foreign_asked_built() -> frozenset[str]:
    """The words of :func:`_asked` that are foreign-like, found one language's list at a time
    (:func:`audit.lang.english.common_in`): the frequency tables of nine languages are never all in memory."""
    asked = _asked()
    found = {w for w in asked if w in listed_loans()}
    for lang in FOREIGN_LANGUAGES:
        found |= common_in(asked, lang, FOREIGN_ZIPF)
    return frozenset(found)


def unmarked_words(text: str, source: str | None = None) -> list[Unmarked]:
    """The words of ``text`` written without their marks (see the module docstring); ``source``, the text it
    translates, backs a foreign-looking word it does not have. The syllables of each are the most frequent first,
    or those only that make a dictionary word with a neighbour."""
    toks = tokens(text)
    known = restorable()
    found = [i for i, t in enumerate(toks) if t.lower in known and t.text.islower()]
    if not found or len(found) > MAX_PER_SEGMENT:
        return []
    if sum(1 for t in toks if not t.is_ascii) < MIN_MARKED_SHARE * len(toks):
        return []
    out = []
    for i in found:
        tok = toks[i]
        before, after = toks[i - 1] if i else None, toks[i + 1] if i + 1 < len(toks) else None
        if _glued(text, tok) or any(n is not None and _foreign_neighbour(n) for n in (before, after)):
            continue
        options = restorations(tok.lower)
        if not foreign_like(tok.lower):
            out.append(Unmarked(tok, options, False))
            continue
        paired = [o for o in options if _forms_word(before, o, after)]
        if paired or _not_in_source(tok.lower, options[0], source):
            out.append(Unmarked(tok, tuple(paired or options), True))
    return out


def _glued(text: str, tok: Token) -> bool:
    """The word is part of a link, an address, a handle, a file name or code ('duoc.vn', '@nguoi', 'tap_tin')."""
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end : tok.end + 2]
    if before.isalnum() or before in _GLUED_BEFORE:
        return True
    return bool(after) and (after[0].isalnum() or after[0] in _GLUED_AFTER or (after[0] == "." and after[1:].isalnum()))


def _foreign_neighbour(tok: Token) -> bool:
    """A neighbour in plain letters that is no Vietnamese syllable ('of', 'the') or is a foreign word that
    happens to spell one ('a', 'to', 'in'): the word is in a foreign phrase."""
    return tok.is_ascii and (not is_valid_syllable(tok.lower) or (foreign_like(tok.lower) and vi_zipf(tok.lower) < 4))


def _forms_word(before: Token | None, syllable: str, after: Token | None) -> bool:
    """``syllable`` makes a dictionary word with the word before or after it ('chất lượng', 'trót lọt')."""
    return (before is not None and in_word(before.lower, syllable)) or (
        after is not None and in_word(syllable, after.lower)
    )


def _not_in_source(low: str, syllable: str, source: str | None) -> bool:
    """The segment translates a source (not Vietnamese) that does not have the word, and the syllable is clearly
    the commoner of the two in Vietnamese text: not a word copied from the source nor a loan."""
    if not source or not _VI_LETTERS.isdisjoint(source):
        return False
    if any(t.lower == low for t in tokens(source)):
        return False
    return vi_zipf(syllable) >= vi_zipf(low) + LOAN_MARGIN
