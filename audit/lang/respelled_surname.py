"""A foreign surname written alone after 'ông'/'bà' one transliteration letter away from the surname of a full name
the text writes more often ('Sahiba Gafarova' … 'bà Gafarowa'): one person spelled two ways.

audit.lang.respelled compares full names (a given name before the surname); a surname standing alone after an
honorific is the other common way news names a person the second time. Only a letter that transliterations of
one letter swap is taken (Cyrillic в as v or w, й/ы as i or y, к as k or c): 'Nilsen' / 'Nilson', 'Hansen' /
'Jansen' and 'Petrov' / 'Petrova' (a husband and a wife) are other names, and so are short surnames.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from audit.lang.lines import line_starts
from audit.lang.respelled import Respelling, _foreign

# Letters that transliterations of one letter write either way (Cyrillic в v/w, й and ы i/y, к k/c)
_TWINS = {"v": "w", "w": "v", "i": "y", "y": "i", "k": "c", "c": "k"}
# A capitalised Latin word of six letters or more after an honorific: a surname standing alone ('bà Gafarowa', 'ông
# Aliyew'); shorter surnames differ by such a letter too often ('Kim'/'Kym'). The lookbehinds come after the
# capital, so the regex engine skips from one ' X' to the next instead of trying every position.
_SURNAME = r"[a-zà-öø-ÿ]{5,}(?![\w'’-])"  # the lone surname's letters after its capital
_LONE = re.compile(rf" [A-Z](?:(?<=\b[ÔôOo]ng [A-Z])|(?<=\b[Bb]à [A-Z])|(?<=\b[Nn]gài [A-Z])){_SURNAME}")
# The same matches (group 1) in one scan an honorific's ending, each opening with a literal ('ng ', 'à ', 'ài ') that
# the engine finds as fast as str.find, not at every space: each match of _LONE is the group of just one of them.
_LONE_HEADS = (
    re.compile(rf"ng( [A-Z](?<=\b[ÔôOo]ng [A-Z]){_SURNAME})"),
    re.compile(rf"à( [A-Z](?<=\b[Bb]à [A-Z]){_SURNAME})"),
    re.compile(rf"ài( [A-Z](?<=\b[Nn]gài [A-Z]){_SURNAME})"),
)


def lone_matches(joined: str) -> list[tuple[int, str]]:
    """Where each match of _LONE in ``joined`` starts and its text, in order (from :data:`_LONE_HEADS`)."""
    return sorted((m.start(1), m.group(1)) for head in _LONE_HEADS for m in head.finditer(joined))


def _twins(word: str) -> Iterator[str]:
    """``word`` with one letter after the first swapped for its transliteration twin ('Gafarowa' → 'Gafarova')."""
    for i in range(1, len(word)):
        twin = _TWINS.get(word[i])
        if twin:
            yield word[:i] + twin + word[i + 1 :]


def _word(word: str) -> re.Pattern[str]:
    """``word`` with no letter, digit, apostrophe or hyphen either side: ``(?<![\\w'’-])word(?![\\w'’-])``, the test
    of the character before made after the word, so that the engine skips ahead to the word's first letter instead
    of trying the lookbehind at every position of the article."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![\w'’-]{w})(?![\w'’-])")


def _joins(c: str) -> bool:
    """``c`` (one character or '') is one of ``[\\w'’-]``: a word goes on through it."""
    return c.isalnum() or c in "_'’-" if c else False


def _in_full_name(surname: str, text: str) -> bool:
    """``surname`` stands after a foreign given name somewhere in ``text`` ('Sahiba Gafarova'; not 'Bà Gafarova'):
    a group 1 of ``([A-Z][\\w-]*) surname(?![\\w'’-])``'s matches (re.finditer's, from the first on) is foreign.

    Found from each ' surname' (str.find) instead of a scan that opens on a capital at every position: a match
    ends at one, and starts at the first capital of the letters, digits, '_' and '-' right before its space that
    the match before has not taken."""
    needle = " " + surname
    taken = 0  # where the last match ended: re.finditer goes on from there
    i = text.find(needle)
    while i >= 0:
        end = i + len(needle)
        if not _joins(text[end : end + 1]):
            start = i
            while start > taken and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                start -= 1
            first = next((k for k in range(start, i) if "A" <= text[k] <= "Z"), -1)
            if first >= 0:
                if _foreign(text[first:i]):
                    return True
                taken = end
        i = text.find(needle, i + 1)
    return False


def lone_respellings(
    texts: list[str], joined: str | None = None, starts: list[int] | None = None
) -> Iterator[Respelling]:
    """Each surname written alone after an honorific that is a full name's surname ('Sahiba Gafarova': a
    capitalised word before it) with one letter swapped for its transliteration twin, where the full name's
    spelling is written more often (alone or not), the other spelling stands in no full name, and the two are not
    in one sentence (two people then)."""
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(texts)
    for at, found in lone_matches(joined):
        k = bisect.bisect_right(starts, at) - 1  # the line it stands in
        word = found[1:]
        if not _foreign(word) or _in_full_name(word, joined) or re.search(rf"{re.escape(word)} [A-Z]", joined):
            continue  # a Vietnamese word, or the form stands in a full name itself (a surname or a given name)
        count = len(_word(word).findall(joined))
        for twin in _twins(word):
            if twin not in joined or _word(twin).search(texts[k]):
                continue  # not written, or in the same sentence: two people
            if not _in_full_name(twin, joined) or len(_word(twin).findall(joined)) <= count:
                continue  # no full name of that surname, or not its main spelling
            start = at + 1 - starts[k]
            yield Respelling(k, start, start + len(word), word, twin)
            break
