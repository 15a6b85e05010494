"""Office titles in a text with the capitalised words that follow them ('Tổng Bí thư Nguyễn Phú Trọng'), found
through a trie of the titles' words."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from audit.lang import stored_regex
from audit.lang.mentions.shared import base_title, country_names
from audit.lang.names import LETTER, RUN_WORD, capitalised_runs, name_opening_run, run_at
from audit.lang.people import offices

# Qualifiers that may stand between a Vietnamese office title and the holder's name
VN_QUALIFIER = re.compile(
    r"(?:\s+(?:Ban Chấp hành(?: Trung ương)?|BCH(?: TƯ)?|Trung ương|TƯ|Đảng Cộng sản Việt Nam|Đảng CSVN|"
    r"Đảng Cộng sản|Cộng sản Việt Nam|Đảng|Chính phủ|nước(?: Cộng hòa xã hội chủ nghĩa| CHXHCN)?|"
    r"Cộng hòa xã hội chủ nghĩa|CHXHCN|Việt Nam|Khóa [IVXLC]+|khóa [IVXLC]+))*",
)
# The party qualifier after a title (matched where the title ends)
_PARTY_MARK = re.compile(r"\s+(?:Ban Chấp hành|BCH|Trung ương Đảng|Đảng Cộng sản Việt Nam|Đảng CSVN|Cộng sản Việt Nam)")


@dataclass(slots=True, unsafe_hash=True)  # read-only: not frozen only because a frozen one is slow to make
class TitledName:
    """An office title and the capitalised words that follow it (a document has hundreds)."""

    title_start: int
    title_end: int
    title: str
    offices: tuple[str, ...]
    calque: bool  # the title is a calque of these offices
    party_marked: bool  # the Vietnamese party qualifier follows the title
    run: tuple[tuple[int, int, str], ...]  # the capitalised words right after title and qualifiers
    name: tuple[int, int, str] | None  # the Vietnamese name at the start of run, if any


@functools.lru_cache(maxsize=4096)
def unambiguous_calque(calque: str) -> bool:
    """A calque naming a country ('Chủ tịch Belarus', 'Tổng thống Việt Nam') is wrong wherever it stands;
    a bare one ('Tổng Thư ký', 'Chủ tịch Đảng') only next to the office's holder."""
    return any(c in calque for c in country_names())


TitleEntry = tuple[str, bool, bool]  # office, is_calque, is_base_title


@functools.cache
def _office_title_index() -> tuple[frozenset[str], dict[tuple[str, ...], tuple[TitleEntry, ...]]]:
    """The capitalised first words of titles, and title words → (office, is_calque, is_base_title)."""
    by_title: dict[tuple[str, ...], list[TitleEntry]] = {}

    def add(title: str, entry: TitleEntry) -> None:
        by_title.setdefault(tuple(_title_key(w) for w in title.split()), []).append(entry)

    for o in offices().values():
        for t in o.titles:
            add(t, (o.office, False, False))
            base = base_title(t)
            if base != t and o.country != "vn":
                add(base, (o.office, False, True))
        for t in o.calques:
            add(t, (o.office, True, False))
    if not by_title:
        return frozenset(), {}
    # titles before a name are capitalised ('Thủ tướng', 'Tổng Bí thư'): looking only at capitalised
    # words skips the many ordinary 'tổng', 'chủ', 'bộ' of running text
    firsts = frozenset(w for k in by_title for w in (k[0].capitalize(), k[0].upper()))
    return firsts, {k: tuple(v) for k, v in by_title.items()}


_TITLE_WORD = re.compile(r"[^\W\d_]+")
# a word with hyphen or apostrophe parts, as countries in titles have them ('Timor-Leste', 'Ô-xtrây-li-a'), or a
# dotted city ('TP.HCM' in 'Chủ tịch UBND TP.HCM')
_TITLE_COMPOUND = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)+")


def _title_key(word: str) -> str:
    """A title word as the trie holds it: casefolded, a typographic apostrophe as a straight one."""
    return word.casefold().replace("’", "'")


_COMPOUND_MARKS = ("-", "'", "’", ".")


def _compound_step(node: _TitleNode, text: str, start: int) -> tuple[_TitleNode | None, int]:
    """The trie node after the compound word at ``start`` ('Timor-Leste') and where it ends, when a title
    has it; (None, 0) when none has (the plain word is taken then: 'Nga' of 'Nga-Ukraine')."""
    c = _TITLE_COMPOUND.match(text, start)
    child = node.next.get(_title_key(c.group())) if c else None
    return (child, c.end()) if c and child is not None else (None, 0)


@dataclass(slots=True)
class _TitleNode:
    """A node of the title trie: the casefolded next words, and the offices of the title ending here
    (with ``offices``: whether the title is a calque, and the offices it names; see :func:`_title_offices`)."""

    next: dict[str, _TitleNode] = field(default_factory=dict)
    entries: tuple[TitleEntry, ...] = ()
    offices: tuple[bool, tuple[str, ...]] = (False, ())


@functools.cache
def _title_trie() -> _TitleNode:
    """The office titles as a trie of casefolded words ('tổng' → 'bí' → 'thư')."""
    _, index = _office_title_index()
    root = _TitleNode()
    for key, entries in index.items():
        node = root
        for word in key:
            node = node.next.setdefault(word, _TitleNode())
        node.entries = entries
        node.offices = _title_offices(entries)
    return root


def folded_text(text: str) -> str | None:
    """``text.casefold()`` where each character folds to one character (positions hold) of its own kind, else None
    ('ß', 'İ', 'ﬁ' fold to two; U+0345, a combining mark, to the letter 'ι'). Nearly every text: its title words can
    then be matched against the trie's casefolded words by a plain regex (:func:`_title_at`), the folding of a word
    being its characters' foldings."""
    folded = text.casefold()
    return folded if len(folded) == len(text) and "\u0345" not in text else None


_LETTER_AFTER = r"(?![^\W\d_])"  # a run of letters ends here
_COMPOUND_END = r"(?![^\W\d_]|['’.-][^\W\d_])"  # a compound word (as _TITLE_COMPOUND matches it) ends here
_PLAIN_KEY = re.compile(r"[^\W\d_]+")
_COMMA_KEY = re.compile(r"[^\W\d_]+,")


def _key_pattern(key: str) -> str:
    """A trie word (casefolded) as the regex matches it: a typographic apostrophe for a straight one too."""
    return "".join("['’]" if c == "'" else re.escape(c) for c in key)


def _children_pattern(node: _TitleNode, path: str, nodes: dict[str, _TitleNode]) -> str | None:
    """The words that may follow ``node`` and what may follow them, as :func:`_walk_title` reads them: a compound
    word whole when the trie has it ('Timor-Leste'), a word with its comma when the trie has that and a space
    follows ('Văn hóa, Thể thao'), else the run of letters; the longest path to a title wins. ``nodes`` gets
    each title's text (words joined by spaces) → its node. None when no title lies beyond ``node``."""
    compounds = {k for k in node.next if _TITLE_COMPOUND.fullmatch(k)}
    alts = []
    for key, child in node.next.items():
        if key in compounds:
            token = _key_pattern(key) + _COMPOUND_END
        elif _COMMA_KEY.fullmatch(key):
            token = _key_pattern(key) + "(?= )"
        elif _PLAIN_KEY.fullmatch(key):
            # the walk takes a compound word or a word and its comma when the trie has them: not this word then
            tails = [
                _key_pattern(k[len(key) :]) + _COMPOUND_END for k in compounds if _PLAIN_KEY.match(k).group() == key
            ]
            if key + "," in node.next:
                tails.append(", ")
            token = _key_pattern(key) + _LETTER_AFTER + (f"(?!{'|'.join(tails)})" if tails else "")
        else:
            continue  # a word the walk never reads as one ('-')
        title = f"{path} {key}" if path else key
        more = _children_pattern(child, title, nodes) if child.next else None
        if child.entries:
            nodes[title] = child
            alts.append(token if more is None else f"{token}(?: {more})?")
        elif more is not None:
            alts.append(f"{token} {more}")
    return f"(?:{'|'.join(alts)})" if alts else None


@functools.cache
def _title_regex() -> tuple[re.Pattern[str], dict[str, _TitleNode]] | None:
    """The title trie as one regex of its casefolded words (the longest title at a place, in a text's case
    folding), and each title's text → its trie node; None without titles."""
    nodes: dict[str, _TitleNode] = {}
    pattern = _children_pattern(_title_trie(), "", nodes)
    if pattern is None:
        return None
    return stored_regex.compile(pattern), nodes


def _match_title(text: str, pos: int) -> tuple[int, _TitleNode] | None:
    """The longest title starting at ``pos`` (words joined by single spaces): (end, its trie node)."""
    return _title_at(text, pos, folded_text(text))


def _title_at(text: str, pos: int, folded: str | None) -> tuple[int, _TitleNode] | None:
    """:func:`_match_title`, given ``folded_text(text)``: one match of :func:`_title_regex` in the case folding
    when the text has one and a letter stands at ``pos``; else the word-by-word walk (:func:`_walk_title`).
    tests/unit/test_names_fastpaths.py checks that both give the same."""
    found = _title_regex()
    if found is None or folded is None or not text[pos : pos + 1].isalpha():
        return _walk_title(text, pos)
    m = found[0].match(folded, pos)
    if m is None:
        return None
    title = m.group()
    return m.end(), found[1][title.replace("’", "'") if "’" in title else title]


def _walk_title(text: str, pos: int) -> tuple[int, _TitleNode] | None:
    """The longest title starting at ``pos`` (words joined by single spaces): (end, its trie node), word by word.

    A word that runs to the next space and is all letters (``str.isalpha``: each such character is one of
    ``_TITLE_WORD``'s, and a space ends its match) is taken as it stands; any other goes through the regex."""
    node = _title_trie()
    best = None
    space = text.find(" ", pos)
    word = text[pos:space] if space >= 0 else text[pos:]
    plain = word.isalpha()
    m = None if plain else _TITLE_WORD.search(text, pos)
    while plain or m is not None:
        child = None
        if plain:  # a word of letters, a space or the text's end after it
            end = pos + len(word)
            after = text[end : end + 1]
            word = word.casefold()
        else:
            end = m.end()
            after = text[end : end + 1]
            if after in _COMPOUND_MARKS:  # a compound word: whole when a title has it
                child, c_end = _compound_step(node, text, m.start())
                if child is not None:
                    end, after = c_end, text[c_end : c_end + 1]
            word = m.group().casefold()
        if child is None:
            comma = node.next.get(word + ",") if after == "," and text[end + 1 : end + 2] == " " else None
            if comma is not None:  # a title with a comma in it: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'
                child, end, after = comma, end + 1, " "
            else:
                child = node.next.get(word)
                if child is None:
                    break
        node = child
        if node.entries:
            best = (end, node)
        if not node.next or after != " ":
            break  # titles are words joined by single spaces
        pos = end + 1
        space = text.find(" ", pos)
        word = text[pos:space] if space >= 0 else text[pos:]
        plain = word.isalpha()
        m = None if plain else _TITLE_WORD.match(text, pos)
    return best


@functools.cache
def _title_offices(entries: tuple[TitleEntry, ...]) -> tuple[bool, tuple[str, ...]]:
    """Whether a title is a calque, and the offices it names (a country's own title before its base form)."""
    exact = [e for e in entries if not e[2]]
    calque = bool(exact) and all(c for _, c, _ in exact)
    return calque, tuple(dict.fromkeys(o for o, c, _ in (exact or entries) if c == calque))


@functools.cache
def title_start_pattern() -> re.Pattern[str] | None:
    """The capitalised first word of any office title, as a whole word ('Tổng', 'THỦ'); None without titles.

    Every title :func:`titled_names` finds starts at a match (a line without one has no titled name);
    a match is a title's start when it is also a word of a capitalised run (see :func:`_run_word_at`).
    A first word that is no title alone ('Bộ', 'Quốc') matches only where the next word may go on with a title
    (:func:`_second_word_gate`): 'Bộ trưởng', not 'Bộ Ngoại giao' or 'Trung Quốc và'.
    """
    firsts, _ = _office_title_index()
    words = [w for w in firsts if RUN_WORD.fullmatch(w)]
    if not words:
        return None
    root = _title_trie()
    plain = any(c in k for k in root.next for c in (*_COMPOUND_MARKS, ","))  # a first step other than a word's
    gates = {w: "" if plain else _second_word_gate(root.next.get(_title_key(w))) for w in words}
    return stored_regex.compile(_gated_trie(gates))  # the words as a trie: fewer alternatives


# The characters whose case folding :func:`_second_word_gate` looks at; any other after a first word lets it match
_GATED = "\x20-\u02af\u1e00-\u1eff"


@functools.cache
def _gated_folds() -> tuple[tuple[str, str], ...]:
    """Each character of :data:`_GATED` with its case folding (none folds to nothing)."""
    return tuple((ch, ch.casefold()) for lo, hi in ((0x20, 0x2B0), (0x1E00, 0x1F00)) for ch in map(chr, range(lo, hi)))


def _second_word_gate(node: _TitleNode | None) -> str:
    """What must follow a title's first word (its trie node) for :func:`_match_title` to find a title there: nothing
    when the word is a title alone; else a space and a character whose case folding starts some next word of a
    title ('Bộ' + ' t…' of 'trưởng'). A character outside :data:`_GATED` is let through unread: a gate may let a
    start through that finds no title, never hold back one that finds one."""
    if node is None or node.entries:
        return ""
    heads = {k[0] for k in node.next}
    starts = [ch for ch, f in _gated_folds() if f[0] in heads and any(k.startswith(f) for k in node.next)]
    return f"(?= (?:[{re.escape(''.join(starts))}]|(?![{_GATED}])))" if starts else f"(?= (?![{_GATED}]))"


def _gated_trie(words: dict[str, str]) -> str:
    """One alternation for the words as a character trie, each whole word ('(?![^\\W\\d_])') followed by
    its gate (a lookahead, or '')."""
    trie: dict = {}
    for w, gate in words.items():
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = gate

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append(r"(?![^\W\d_])" + node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


def _run_word_at(text: str, pos: int) -> bool:
    """A whole capitalised word at ``pos`` (as :func:`title_start_pattern` matches it) is a word of a
    capitalised run: it stands after no letter. After a character that regular expressions count as a
    letter but ``str.isalpha`` does not ('²'), the runs themselves settle it."""
    if not pos or text[pos - 1] == " " or not LETTER.match(text, pos - 1):
        return True
    if text[pos - 1].isalpha():
        return False  # inside a word, or the dropped first word of a run ('eVisa')
    return any(start == pos for run in capitalised_runs(text) for start, _, _ in run)


def _run_from(text: str, pos: int) -> tuple[tuple[int, int, str], ...]:
    """The words at or after ``pos`` of the capitalised run that ``pos`` lies in (its end included), if any."""
    c = text[pos : pos + 1]
    if c not in (" ", "\u00a0"):
        if not (c.isalpha() or LETTER.match(c)):  # a letter as regular expressions read one
            return ()  # the end of the text or a mark: at most the end of a run, after its words
        if not pos or text[pos - 1] == " " or not LETTER.match(text, pos - 1):
            return run_at(text, pos)  # a word starts here: a run's (as it mostly does after a title) or none
    run = next((r for r in capitalised_runs(text) if r[0][0] <= pos < r[-1][1] + 1), None)
    return tuple(t for t in run if t[0] >= pos) if run else ()


def titled_names(text: str, starts: Iterable[int] | None = None) -> list[TitledName]:
    """Office titles in ``text`` with the capitalised words that follow them.

    ``starts``: where :func:`title_start_pattern` matches in ``text``, when already found.
    Each match that begins a word of a capitalised run is looked up word by word in the title trie
    (:func:`_match_title`, the longest title wins); the same as trying every word of every run.
    """
    pattern = title_start_pattern()
    if pattern is None:
        return []
    if starts is None:
        starts = [m.start() for m in pattern.finditer(text)]
    out: list[TitledName] = []
    folded = folded_text(text)
    for start in starts:
        if not _run_word_at(text, start):
            continue
        found = _title_at(text, start, folded)
        if found is None:
            continue
        title_end, node = found
        after = folded[title_end : title_end + 9] if folded is not None else text[title_end : title_end + 9].casefold()
        if after in (" cộng hòa", " cộng hoà"):
            continue  # 'Tổng thống Việt Nam Cộng hòa' (South Vietnam) is a real office
        calque, offs = node.offices
        party = bool(_PARTY_MARK.match(text, title_end))
        q = VN_QUALIFIER.match(text, title_end)
        pos = q.end() if q else title_end
        while pos < len(text) and text[pos] == " ":
            pos += 1
        seq = _run_from(text, pos)
        name = name_opening_run(seq) if seq and seq[0][0] == pos else None  # names_in_run's first, if at pos
        out.append(TitledName(start, title_end, text[start:title_end], offs, calque, party, seq, name))
    return out
