"""Foreign personal names spelled two ways in one text ('Ilham Aliyev' … 'Ilham Aliev', 'Ulf Kristersson' …
'Ulf Christersson'): the same given name before two near-identical surnames.

Only Latin-script names that are not Vietnamese count: a Vietnamese name differing by one mark may be another
person ('Nguyễn Văn An' and 'Nguyễn Văn Ân'), and East Asian names put the shared surname first ('Kim Ye-ji',
'Kim Ye-jin'), so the given name must not be a Vietnamese syllable and the surname may not be hyphenated (a
hyphenated given name in Western order may: 'Kassym-Jomart Tokayev' … 'Kassym-Jomart Tokaev').
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from audit.lang.lines import line_starts, matches_by_line
from audit.lang.resources import read_lines
from audit.lang.romanisation import plain_latin
from audit.lang.syllable import is_valid_syllable

# A run of capitalised Latin words (no Vietnamese-only letters); its last two are the given name and the
# surname ('Azerbaijan Ilham Aliyev' after a title: the country, then the name). A word before the last may be
# two capitalised parts joined by a hyphen, a given name in Western order ('Kassym-Jomart Tokayev', 'Jean-Luc
# Mélenchon'); the last may not: the hyphenated given name of an East Asian name comes last ('Kim Ye-ji').
_WORD = r"[A-Z][a-zà-öø-ÿāăąćčďēėęěğīıķļłńňōőœřśşšţťūůűųźżž]+"
# the lookbehind after the first letter: the regex engine then skips from capital to capital
# Each word's letters are taken possessively ('++'): a word ends at a space, a hyphen or a non-word character, so
# giving back a letter never lets the pattern match; the engine then does not try.
_RUN = re.compile(rf"[A-Z](?<![\w-][A-Z]){_WORD[5:]}+(?:-{_WORD}+)?(?: {_WORD}+(?:-{_WORD}+)?)*(?: {_WORD})(?![\w-])")
# what cites a name's other form right before it: an opening parenthesis, 'gọi là', 'tức', 'hay', 'tiếng Anh là'
_CITED = re.compile(r"(?:\(|\b(?:gọi là|tức là|tức|hay|viết là|tiếng Anh là|tiếng Anh:)\s)\s*$")
_MIN_SURNAME = 5  # letters; short surnames differ by one letter too often (Lee/Lei, Chan/Chen)
_MIN_RATIO = 0.8  # difflib similarity of the two surnames
_MAX_EDITS = 2  # letters changed, added or dropped


class Respelling(NamedTuple):
    """One mention of a name in a form other than the text's main one."""

    item: int  # index of the text in the iterable given to :func:`respellings`
    start: int
    end: int
    form: str
    main: str


@functools.lru_cache(maxsize=1 << 14)
def _foreign(word: str) -> bool:
    return not is_valid_syllable(word) and not is_valid_syllable(word.lower())


@functools.lru_cache(maxsize=1 << 16)
def _edits(a: str, b: str) -> int:
    """Letters changed, added or dropped between ``a`` and ``b`` (from difflib's opcodes); never fewer than
    the difference of their lengths."""
    ops = difflib.SequenceMatcher(None, a, b).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _close(a: str, b: str) -> bool:
    """Two surnames that are one name spelled two ways: long enough, similar, a few letters apart."""
    if min(len(a), len(b)) < _MIN_SURNAME or abs(len(a) - len(b)) > _MAX_EDITS:
        return False  # too short, or more letters apart than their lengths allow
    return _similar(a.lower(), b.lower())


@functools.lru_cache(maxsize=1 << 16)
def _similar(a: str, b: str) -> bool:
    """difflib's similarity of the two at least _MIN_RATIO (its quick upper bound first) and a few edits."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= _MIN_RATIO and matcher.ratio() >= _MIN_RATIO and _edits(a, b) <= _MAX_EDITS


@functools.lru_cache(maxsize=1 << 14)
def _pieces(word: str) -> tuple[str, ...]:
    """``word`` cut into _MAX_EDITS + 1 consecutive pieces of (nearly) equal length. One of them occurs in
    every word that is ``word`` with at most _MAX_EDITS letters changed, added or dropped (as difflib counts
    them: each such letter breaks at most one piece), so a cheap test of :func:`_close` before difflib."""
    n, k = len(word), _MAX_EDITS + 1
    return tuple(word[i * n // k : (i + 1) * n // k] for i in range(k))


@functools.cache
def _place_first_words() -> frozenset[str]:
    """First words of place names shaped like a person's name (references/en_place_first_words.txt)."""
    return frozenset(read_lines("en_place_first_words.txt"))


class _Mention(NamedTuple):
    item: int
    start: int  # of the given name
    end: int
    given: str
    surname: str
    before: str  # the run's word before the given name ('Hanafy' in 'Hanafy El Gebaly'), or ''


def _mentions(texts: list[str], joined: str | None = None, starts: list[int] | None = None) -> list[_Mention]:
    """Every foreign two-word name in ``texts`` (the last two words of a run), with the word before it.

    One scan of ``joined``, the texts joined by newlines, whose text k starts at ``starts[k]`` (audit.lang.lines):
    a run holds no newline, and its lookbehind and lookahead see a newline as they see the edge of a text.
    """
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(texts)
    out = []
    for k, matches in enumerate(matches_by_line(_RUN, joined, starts)):
        for m in matches:
            words = m.group().split(" ")
            given, surname = words[-2], words[-1]
            if given in _place_first_words():
                continue  # 'Santa Clara', 'San Jose': places, not a given name and a surname
            if _foreign(given) and _foreign(surname):
                end = m.end() - starts[k]
                before = words[-3] if len(words) > 2 and _foreign(words[-3]) else ""
                out.append(_Mention(k, end - len(given) - len(surname) - 1, end, given, surname, before))
    return out


_MIN_FIRST = 4  # letters of a first name that may be spelled two ways with the surname ('Hanafy'/'Hanafi')


def _close_first(a: str, b: str) -> bool:
    """Two spellings of one first name before a name spelled two ways: one or two letters apart."""
    if a == b or min(len(a), len(b)) < _MIN_FIRST or abs(len(a) - len(b)) > _MAX_EDITS:
        return False
    return _edits(a.lower(), b.lower()) <= _MAX_EDITS


def _transposed(a: str, b: str) -> bool:
    """Two first names that differ by two neighbouring letters swapped after the first ('Keir' / 'Kier'):
    a typing slip, not two people (Venus and Serena Williams differ otherwise)."""
    if len(a) != len(b) or len(a) < _MIN_FIRST or a[0] != b[0]:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_MIN_DOUBLED = (
    5  # letters of the shorter first name when a doubled letter is single in the other ('Hana'/'Hanna' apart)
)


def _doubled(a: str, b: str) -> bool:
    """Two first names that differ by one letter doubled in one and single in the other, after the first letter
    ('Jannik' / 'Janik', 'Daniil' / 'Danil'): a spelling slip, not two people. Other one-letter changes are
    left out: they tell names apart ('Marc' / 'Mark', 'Paul' / 'Paula', 'Kevin' / 'Kelvin', 'Karin' / 'Karen')."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1 or len(b) < _MIN_DOUBLED or not a.isalpha():
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    # a[i] is the extra letter wherever the run of equal letters it stands in ends; the run is doubled in a
    return a[:i] + a[i + 1 :] == b and i >= 2 and a[i - 1] == a[i]


def _same_letters(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two forms of a name with the same letters but for diacritics ('Xanana Gusmao', 'Xanana Gusmão'): no two
    people or places are told apart so, even in one sentence."""
    return plain_latin(" ".join(a)) == plain_latin(" ".join(b))


def cited(text: str, start: int) -> bool:
    """The name at ``start`` is cited as another form: '(' or 'gọi là', 'tức' … right before it."""
    return _CITED.search(text[max(0, start - 16) : start]) is not None


def _near_surnames(surnames: set[str]) -> dict[str, set[str]]:
    """For each surname, the other surnames it may be a respelling of (:func:`_close`), each pair asked once
    in each order; two surnames are not close unless their lengths are and each holds a piece of the other
    (:func:`_pieces`)."""
    by_length: dict[int, list[tuple[str, str]]] = {}
    for s in surnames:
        if len(s) >= _MIN_SURNAME:
            by_length.setdefault(len(s), []).append((s, s.lower()))
    near: dict[str, set[str]] = {s: set() for s in surnames}
    for size, group in by_length.items():
        others = [t for n in range(size - _MAX_EDITS, size + _MAX_EDITS + 1) for t in by_length.get(n, ())]
        for s, low in group:
            pieces = _pieces(low)
            near[s] = {
                t
                for t, t_low in others
                if t != s
                and any(map(t_low.__contains__, pieces))
                and any(map(low.__contains__, _pieces(t_low)))
                and _close(s, t)
            }
    return near


_SHORT_SURNAME = 4  # letters of a surname compared only with one letter added inside it ('Merz' / 'Mertz')


def _added_inside(a: str, b: str) -> bool:
    """One of two surnames is the other, of four letters, with one letter added inside it, neither first nor last
    ('Merz' / 'Mertz', 'Bush' / 'Busch'): a slip of one name. Short surnames that differ otherwise are told apart
    (Chan / Chen, Ross / Rossi, Kohl / Kohls), and those of three letters always (Lee / Lei)."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) != _SHORT_SURNAME or len(b) != _SHORT_SURNAME + 1:
        return False
    a, b = a.lower(), b.lower()
    return any(b[:i] + b[i + 1 :] == a for i in range(1, len(b) - 1))


def _short_near(surnames: set[str]) -> dict[str, set[str]]:
    """For each four- or five-letter surname, the others it is with a letter added inside (:func:`_added_inside`)."""
    four: dict[str, list[str]] = {}  # by the lowercase form _added_inside compares
    for s in surnames:
        if len(s) == _SHORT_SURNAME:
            four.setdefault(s.lower(), []).append(s)
    out: dict[str, set[str]] = {}
    if not four:
        return out
    for b in surnames:
        if len(b) != _SHORT_SURNAME + 1:
            continue
        low = b.lower()  # each five-letter surname less one inner letter looked up, not compared with every four
        for i in range(1, len(low) - 1):
            for a in four.get(low[:i] + low[i + 1 :], ()):
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return out


def _groups(
    names: Iterable[tuple[str, str]], near: dict[str, set[str]], short: dict[str, set[str]] | None = None
) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """For each (given name, surname) that may be another's respelling, the names it may be one of with it (itself
    too): the same given name before the same or a near surname, a close first name before a near surname, or a
    first name with two letters swapped or a doubled letter single before the same surname, or the same given name
    before a four-letter surname and that surname with a letter added inside (``short``: 'Friedrich Merz' /
    'Friedrich Mertz'). A name alone in its group is left out."""
    names = list(names)
    short = short or {}
    by_given: dict[str, list[tuple[str, str]]] = {}
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for t in names:
        by_given.setdefault(t[0], []).append(t)
        by_surname.setdefault(t[1], []).append(t)
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for name in names:
        g, s = name
        if not near[s] and s not in short and len(by_surname[s]) == 1:
            continue  # nothing else can join it: its group is itself
        group = [t for t in by_given[g] if t[1] == s or t[1] in near[s] or t[1] in short.get(s, ())]
        group += [t for u in near[s] for t in by_surname[u] if _close_first(g, t[0])]
        group += [t for t in by_surname[s] if _transposed(g, t[0]) or _doubled(g, t[0])]
        out[name] = group
    return out


def respellings(
    texts: Iterable[str], joined: str | None = None, starts: list[int] | None = None
) -> Iterator[Respelling]:
    """The mentions of a foreign name in a spelling other than its main one (the most frequent, then a known
    person's, then the first written): a surname spelled two ways after the same given name, or both names spelled
    two ways ('Ayman Safadi' … 'Aiman Safady'; one of them alone may be two people: 'Marco Rossi', 'Mario Rossi'), or
    a first name with two neighbouring letters swapped ('Kier Starmer') or a doubled letter single ('Janik') before
    the same surname. Two forms named in one sentence are two people or places, not one spelled two ways, unless
    only their marks differ; then the second is reported only when it is not cited as such ('Pedro Sánchez
    (Pedro Sanchez)', 'còn gọi là Pedro Sanchez'). ``joined`` and ``starts``: the texts joined by newlines and
    where each starts, when the caller has them."""
    texts = list(texts)
    mentions = _mentions(texts, joined, starts)
    counts = Counter((m.given, m.surname) for m in mentions)
    first: dict[tuple[str, str], tuple[int, int]] = {}
    before: dict[tuple[str, str], str] = {}  # the word before the name's first mention
    items: dict[tuple[str, str], set[int]] = {}
    for m in mentions:
        first.setdefault((m.given, m.surname), (m.item, m.start))
        before.setdefault((m.given, m.surname), m.before)
        items.setdefault((m.given, m.surname), set()).add(m.item)

    known = _known_people()

    def rank(name: tuple[str, str]) -> tuple[int, bool, tuple[int, int]]:
        # the most frequent form; of forms as frequent, a known person's ('Friedrich Merz', people.tsv), then the first
        return -counts[name], f"{name[0]} {name[1]}" not in known, first[name]

    main_of: dict[tuple[str, str], tuple[str, str]] = {}
    surnames = {s for _, s in counts}
    for name, group in _groups(counts, _near_surnames(surnames), _short_near(surnames)).items():
        main = min(group, key=rank)  # no two names share a first mention: one minimum, whatever the order
        if main != name and (not items[name] & items[main] or _same_letters(name, main)):
            main_of[name] = main  # not both in one sentence ('Santa Clara và Santa Clarita') unless only marks differ

    for m in mentions:
        main = main_of.get((m.given, m.surname))
        if main is None:
            continue
        if m.item in items[main] and cited(texts[m.item], m.start - (len(m.before) + 1 if m.before else 0)):
            continue  # the other form cited beside the main one in its sentence
        main_before = before[main]
        if m.given == main[0] and m.before and main_before and _close_first(m.before, main_before):
            # the first name is spelled two ways too ('Hanafi El Gebali' for 'Hanafy El Gebaly'): the whole name
            start = m.start - len(m.before) - 1
            yield Respelling(
                m.item, start, m.end, f"{m.before} {m.given} {m.surname}", f"{main_before} {main[0]} {main[1]}"
            )
        elif m.before and m.before == main_before and not _country(m.before):
            # a first name before both forms ('Anura Kumara Disanayaka' for 'Anura Kumara Dissanayake'): the whole name
            start = m.start - len(m.before) - 1
            form, right = f"{m.before} {m.given} {m.surname}", f"{m.before} {main[0]} {main[1]}"
            yield Respelling(m.item, start, m.end, form, right)
        else:
            yield Respelling(m.item, m.start, m.end, f"{m.given} {m.surname}", f"{main[0]} {main[1]}")


def _known_people() -> dict[str, object]:
    """The gazetteer's people by name (references/people.tsv)."""
    from audit.lang.people import people

    return people()


def _country(word: str) -> bool:
    """A country's name ('Azerbaijan Ilham Aliyev' after a title: the country is no part of the name)."""
    from audit.lang.countries import gazetteer

    return word in gazetteer().forms
