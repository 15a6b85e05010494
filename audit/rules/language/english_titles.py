"""L101: English office titles left in a Vietnamese sentence ('Minister of State for Trade Nicola Grigg')."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.english import is_english
from audit.lang.people import offices
from audit.lang.syllable import is_valid_syllable


@functools.cache
def _office_heads() -> re.Pattern[str]:
    """The English head of an office title before 'of' or 'for' ('Minister of State for Trade', 'Secretary of
    State', 'President of the Republic'): the heads of offices.tsv's English titles, found as whole words
    before ' of ' or ' for '."""
    heads = set()
    for office in offices().values():
        head = re.split(r" (?:of|for|to) |[,(]", office.title_en)[0].strip()
        if head and head.isascii() and all(w[:1].isupper() for w in head.split()) and len(head.split()) <= 3:
            heads.add(head)
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?= (?:of|for) (?:the )?[A-Z])")


# the rest of an English title after its head: 'of State for Trade and Investment Nicola Grigg' (a personal name
# may follow in the same run of capitals)
_TITLE_TAIL = re.compile(r"(?: (?:of|for|and|the)(?: the)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)*)+")
_TITLE_LINKS = frozenset({"of", "for", "and", "the"})


def _title_end(tail: list[str], start: int) -> int:
    """Where an English office title ends in ``tail`` (its words after the head, from offset ``start``): the words
    after the last linking word belong to it but for a personal name at the run's end ('… and Investment Nicola
    Grigg': the last two capitalised words when three or more follow the link; of two, the second when it is no
    English word)."""
    last_link = max(i for i, w in enumerate(tail) if w in _TITLE_LINKS)
    after = tail[last_link + 1 :]
    keep = len(after) - 2 if len(after) >= 3 else (1 if len(after) == 2 and not is_english(after[1]) else len(after))
    words = tail[: last_link + 1 + keep]
    return start + len(" ".join(["", *words]))


_ACRONYM_AFTER = re.compile(r" ?\([A-Z]{2,6}\)")


def _english_titles(text: str, mask: list[bool]) -> Iterator[tuple[int, int, bool]]:
    """English office titles in a Vietnamese sentence ('có Minister of State for Trade and Investment Nicola
    Grigg'): a head from offices.tsv, 'of' or 'for', capitalised English words, after a Vietnamese word; and
    whether it is surely an office: a personal name follows, or it names its office in two words or more
    ('Chairman of the Federal Reserve'). With one word ('King of Kings', 'Chairman of the Board') it may as well
    be the title of a film, a song, a jersey or a company post a Vietnamese writer keeps in English; with its
    abbreviation after it in brackets, it is a name cited (an honour: 'Member of the Order of the British Empire
    (MBE)')."""
    for m in _office_heads().finditer(text):
        if mask[m.start()]:
            continue
        before = text[: m.start()].split()
        if before and not is_valid_syllable(before[-1].rstrip(",;:")):
            continue  # not after a Vietnamese word: an English sentence or a name ('Harry Potter and the …')
        tail_match = _TITLE_TAIL.match(text, m.end())
        if tail_match is None:
            continue
        end = _title_end(tail_match.group().split(), m.end())
        content = [w for w in text[m.end() : end].split() if w not in _TITLE_LINKS]
        if content and all(is_english(w) for w in content):
            cited = _ACRONYM_AFTER.match(text, end) is not None  # 'Member of the Order … (MBE)': a name cited
            yield m.start(), end, not cited and (tail_match.end() > end or len(content) >= 2)
