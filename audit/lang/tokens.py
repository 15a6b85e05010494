"""Word tokens with their character spans, and the few properties the form rules ask of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.lang.langid import _VI_LETTERS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII = re.compile(r"^[A-Za-z]+$")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and sum(ch.isupper() for ch in self.text) >= 2

    @property
    def has_vi_letters(self) -> bool:
        return any(ch in _VI_LETTERS for ch in self.text)

    @property
    def is_ascii(self) -> bool:
        return bool(_ASCII.match(self.text))


def tokens(text: str) -> list[Token]:
    """Runs of letters (an apostrophe inside a word is kept: "don't", "O'Neill")."""
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def between(text: str, left: Token, right: Token) -> str:
    """The characters separating two tokens."""
    return text[left.end : right.start]
