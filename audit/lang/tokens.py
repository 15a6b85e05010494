"""Word tokens with their character spans, and the few properties the form rules ask of them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import chain, islice
from typing import NamedTuple

from audit.lang.langid import _STICKY, _VI_LETTERS  # _STICKY: punctuation that sticks to a word
from audit.lang.textcache import per_document

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ALNUM = re.compile(r"\w+")


class Token(NamedTuple):
    """A word and its span in the segment text (a tuple: cheap to make by the thousand)."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """Two or more capitals (ĐHQG, WHO, McDonald): not a word to spell-check or translate."""
        return sum(1 for ch in self.text if ch.isupper()) >= 2 if not self.text.islower() else False

    @property
    def has_vi_letters(self) -> bool:
        return not _VI_LETTERS.isdisjoint(self.text)

    @property
    def is_ascii(self) -> bool:
        """Plain ASCII letters only (``^[A-Za-z]+$`` without a regex call: a token holds no newline)."""
        return self.text.isascii() and self.text.isalpha()


_new_tuple = tuple.__new__


def _token(m: re.Match[str]) -> Token:
    text = m.group()
    # what Token(...) does, without the Python-level __new__ of a NamedTuple (tokens() then takes half the time)
    return _new_tuple(Token, (text, m.start(), m.end(), text.lower()))


@per_document(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """Runs of letters (an apostrophe inside a word is kept: "don't", "O'Neill").

    Cached per text: every rule of a segment asks for the same tokens. Found from the chunks between spaces, as
    :func:`audit.lang.langid.letter_words` finds its words: a token holds no space, so each chunk has its own; a chunk
    that is all letters (``str.isalpha``: each such character one of ``[^\\W\\d_]``) is one token, and so is one whose
    core is, once stripped of the punctuation that sticks to words (``_STICKY``: no letters); a chunk with no letter
    but digits has none; only the rest go to the regex (tests/unit/test_tokens_split.py: the matches of ``_WORD``).
    ``re`` reads each character's category (about 130 ns a character on the bench's machine): this is a third
    quicker on news and MT text.
    """
    out: list[Token] = []
    append = out.append
    pos = 0  # where the chunk starts in the text
    for part in text.split(" "):
        if part.isalpha():
            end = pos + len(part)
            append(_new_tuple(Token, (part, pos, end, part.lower())))
            pos = end + 1
            continue
        if part:
            core = part.strip(_STICKY)
            if core.isalpha():  # its first letter is the first one of the chunk: what is stripped holds none
                start = pos + part.find(core)
                append(_new_tuple(Token, (core, start, start + len(core), core.lower())))
            elif core and not core.isdecimal():  # decimal digits are no letters (the regex's \d)
                for m in _WORD.finditer(part):
                    word = m.group()
                    start = pos + m.start()
                    append(_new_tuple(Token, (word, start, start + len(word), word.lower())))
        pos += len(part) + 1
    return tuple(out)


def first_tokens(text: str, n: int) -> tuple[Token, ...]:
    """``tokens(text)[:n]``, without tokenising the rest of the text."""
    return tuple(map(_token, islice(_WORD.finditer(text), n)))


@per_document(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The lowercase words (and numbers) of ``text``, without positions: the cheap view rules test first."""
    # runs of \\w never cross whitespace: a chunk between spaces that is all letters and digits is one word, and so
    # is most often one with punctuation stuck to it ("nay," "(ông") once stripped of it; only the rest need the regex
    out: list[str] = []
    for chunk in text.lower().split():
        if chunk.isalnum():
            out.append(chunk)
        elif (core := chunk.strip(_STICKY)).isalnum():
            out.append(core)
        elif core:
            out += _ALNUM.findall(core)
    return tuple(out)


def vocabulary(segments: Iterable[str]) -> Counter[str]:
    """How often each lowercase word occurs in the texts (memoise it per document: rules share it)."""
    return Counter(chain.from_iterable(map(words, segments)))  # one count over all the words
