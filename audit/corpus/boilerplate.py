"""Classify lines of a web page that are not article text (navigation, captions, related news).

Boilerplate is kept in the output (``boilerplate: true`` with a ``kind``) but never checked
by rules nor counted as translation errors. The patterns are in ``references/boilerplate.tsv``;
this module adds the structural cues no single-line pattern can see:
- a related-news marker ("Tin khác", "Other news") turns the rest of the page into boilerplate
  ("related", or the kind its own pattern gives a line: a footer, a timestamp), until a paragraph of
  article prose (30 words or more, two sentences or more) shows the box sat inside the article;
- very short lines without letters or sentence punctuation (font-size buttons, "x", "+");
- a menu, a breadcrumb or a meta line: short capitalised items between separators ("Trang chủ › Thế giới",
  "Đăng nhập | Đăng ký", "Minh Anh · 18/06/2025 · 3 phút đọc");
- a byline: a short final line after the article text ("PV", "Minh Anh"), or a name beside a timestamp;
- in a page copied as text: a run of short items above or below the article (a menu, a tag list, a
  scoreboard, one item a line), a table of contents (headings that the article repeats lower down); and
  a table whose cells are split by '|' is article text, not a menu.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from audit.lang.resources import ResourceError, read_tsv

_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    tail: bool
    pattern: str  # '(?:row)', matched case-insensitively
    needs: tuple[tuple[str, ...], ...] = ()  # the line holds one string of each group, or the regex is not tried

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern, compiled when first needed (most rows are only tried through the alternation)."""
        return _compiled(self.pattern)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _needs(cell: str) -> tuple[tuple[str, ...], ...]:
    """The ``needs`` groups of a row, those without letters first (the cheaper test); a word is looked for
    as written, capitalised and in capitals ('ảnh', 'Ảnh', 'ẢNH')."""
    groups = [tuple(g.split("|")) for g in cell.split("&") if g]
    groups.sort(key=lambda g: any(ch.isalpha() for w in g for ch in w))
    return tuple(tuple(dict.fromkeys(v for w in g for v in (w, w.capitalize(), w.upper()))) for g in groups)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@functools.cache
def _patterns() -> tuple[_Pattern, ...]:
    """The rows of references/boilerplate.tsv (a pattern may not refer back to a group: the patterns are also
    joined into one alternation, where group numbers shift)."""
    for row in read_tsv("boilerplate.tsv"):
        if _BACKREFERENCE.search(row["pattern"]):
            raise ResourceError(f"boilerplate.tsv: a pattern refers back to a group: {row['pattern']!r}")
    return tuple(
        _Pattern(
            row["kind"],
            row["effect"] == "tail",
            f"(?:{row['pattern']})",
            _needs(row["needs"]),
        )
        for row in read_tsv("boilerplate.tsv")
    )


def classify_line(line: str) -> tuple[str | None, bool]:
    """(kind or None, starts-a-tail) for one line of text, judged on its own."""
    stripped = line.strip().strip("\ufeff")
    if not stripped:
        return None, False
    patterns, gated, (longer, short) = _TABLES or _tables()
    # in the file's order: the first pattern that matches names the line (when no pattern without a gate
    # matches, as for most lines, only the gated ones are tried)
    if longer.fullmatch(stripped) is not None or (len(stripped) <= _SHORT_LINE and short.fullmatch(stripped)):
        for p in patterns:
            if (_holds(p.needs, stripped) if p.needs else True) and p.regex.fullmatch(stripped):
                return p.kind, p.tail
    else:
        for p in gated:
            if _holds(p.needs, stripped) and p.regex.fullmatch(stripped):
                return p.kind, p.tail
    if not _LETTER.search(stripped):
        return "navigation", False
    if stripped[0] in "BTC" and stripped.startswith(_MASTHEAD) and stripped.isupper():
        return "navigation", False  # the site's name in capitals: 'BÁO ĐIỆN TỬ …', 'TẠP CHÍ …'
    if (
        stripped[-1] not in _SENTENCE_STOPS
        and ("  " in stripped or _MENU_GATE.search(stripped))
        and _menu_line(stripped)
    ):
        return "navigation", False
    if _ICONS.match(stripped) and _icon_bar(stripped):
        return "navigation", False
    return None, False


# A publication's name written in capitals opens a masthead line (no headline starts so in capitals)
_MASTHEAD = ("BÁO ĐIỆN TỬ ", "TẠP CHÍ ", "CỔNG THÔNG TIN ", "TRANG THÔNG TIN ", "TRANG TIN ĐIỆN TỬ ")

_Tables = tuple[tuple[_Pattern, ...], tuple[_Pattern, ...], tuple[re.Pattern[str], re.Pattern[str]]]
_TABLES: _Tables | None = None


def _tables() -> _Tables:
    """(every pattern, the gated ones, the ungated ones' alternation), built once (classify_line runs for every
    line of every page: a global is quicker to reach than three cached calls)."""
    global _TABLES
    _TABLES = (_patterns(), _gated(), _ungated())
    return _TABLES


@functools.cache
def _gated() -> tuple[_Pattern, ...]:
    """The patterns with a ``needs`` gate, in the file's order."""
    return tuple(p for p in _patterns() if p.needs)


# ' › ', ' » ', ' ⟩ ', ' > ', ' >> ', ' | ', ' / ', ' · ', ' • ' between items ('›', '»', '⟩' also unspaced), or a run
# of spaces
_MENU_SEPARATOR = re.compile(r"\s+(?:[›»⟩〉>|/·•]|>>)\s+|\s*[›»⟩〉]\s*|\s{2,}")
_SENTENCE_STOPS = frozenset(".!?…;,")
_MENU_GATE = re.compile("[›»⟩〉>|/·•]")  # one character class: a fast scan
_MENU_ITEM_WORDS = 6
_MENU_LINE_CHARS = 250


def _menu_line(line: str) -> bool:
    """A menu, breadcrumb or meta line: two or more short items, each starting with a capital, a digit or '#',
    between separators, and no sentence end ('Trang chủ › Thế giới', 'Minh Anh · 18/06/2025 · 3 phút đọc').
    Items split by spaces alone, or two items around a dot of which one is a single word, are not enough: a
    doubled space inside a headline is a typo, 'Xi Hê • Rompuy' a name joined the Chinese way."""
    if line[-1] in _SENTENCE_STOPS or len(line) > _MENU_LINE_CHARS or not ("  " in line or _MENU_GATE.search(line)):
        return False
    parts = [part.strip() for part in _MENU_SEPARATOR.split(line)]
    if len(parts) < 2 or any(
        not part or len(part.split()) > _MENU_ITEM_WORDS or not _item_start(part) for part in parts
    ):
        return False
    if len(parts) >= 3:
        return True
    if any(ch in "›»⟩〉>|/" for ch in line):
        return True
    return any(ch in "·•" for ch in line) and all(len(part.split()) >= 2 for part in parts)


def _item_start(part: str) -> bool:
    """A menu item starts with a capital, a digit or '#', after the icon a button shows before its label
    ('👍 1,2K', '↗ Chia sẻ', '⚑ Báo lỗi')."""
    first = part[0]
    if first.isupper() or first.isdigit() or first == "#":
        return True
    label = _ICONS.sub("", part, count=1)
    return bool(label) and label != part and (label[0].isupper() or label[0].isdigit())


# Symbols a button draws before its label (arrows, technical signs, symbols, dingbats, pictographs, transport
# signs, with their variation selector); not the faces and gestures of chat ('😂', '🤔'), which end a writer's line
_ICON_CHARS = r"\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001f5ff\U0001f680-\U0001f6ff\ufe0f"
_ICONS = re.compile(f"^[{_ICON_CHARS}]+\\s*")
_ICON_RUN = re.compile(f"[{_ICON_CHARS}]+")


def _icon_bar(line: str) -> bool:
    """A row of buttons, each an icon and a short label ('↓ Đến công thức 🖨 In công thức', '▶ Phát ⏸ Dừng'):
    the line opens with an icon, two items or more, each starting with a capital or a digit, no sentence end."""
    if line[-1] in _SENTENCE_STOPS or len(line) > _MENU_LINE_CHARS:
        return False
    items = [item.strip() for item in _ICON_RUN.split(line)[1:]]
    return len(items) >= 2 and all(
        item and len(item.split()) <= _MENU_ITEM_WORDS and (item[0].isupper() or item[0].isdigit()) for item in items
    )


def _holds(needs: tuple[tuple[str, ...], ...], line: str) -> bool:
    """The line holds one string of each group of ``needs``."""
    for group in needs:
        for word in group:
            if word in line:
                break
        else:
            return False
    return True


_SHORT_LINE = 80  # characters: most page chrome is shorter, most article lines longer


@functools.cache
def _ungated() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns without ``needs`` as alternations: one regex call tells that none of them matches the line
    (most lines), where trying each costs a call apiece. Each alternative is guarded by a class of the
    characters it can start with, so a line fails most of them on its first character. Two alternations: the
    patterns that can match a line longer than :data:`_SHORT_LINE` characters, and the others (tried on short
    lines only)."""
    rows = [p.pattern for p in _patterns() if not p.needs]
    longer = [r for r in rows if (_max_length(r) or _SHORT_LINE + 1) > _SHORT_LINE]
    short = [r for r in rows if r not in longer]
    return tuple(re.compile("|".join(map(_guarded, rs)), re.IGNORECASE) for rs in (longer, short))  # type: ignore[return-value]


_GUARD_CHARS = 300  # a larger class (any capital letter) is no cheaper than the pattern's own start


def _guarded(pattern: str) -> str:
    """``(?=[first characters])pattern``, or the bare pattern when its first characters are not known."""
    starts = _first_chars(pattern)
    if starts is None or len(starts) > _GUARD_CHARS:
        return pattern
    chars = "".join(sorted(ch if ch in (_DIGIT, _SPACE) else re.escape(ch) for ch in starts))
    return f"(?=[{chars}]){pattern}"


@functools.cache
def _parsed(pattern: str) -> list | None:
    """The standard library parser's items of a case-insensitive pattern (None: not available)."""
    try:
        from re import _parser  # the standard library's own parser: the pattern's first items, its width
    except ImportError:  # pragma: no cover - another Python's layout
        return None
    return list(_parser.parse(pattern, re.IGNORECASE).data)


@functools.cache
def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, both cases (None: any, or the parse is not
    understood)."""
    items = _parsed(pattern)
    if items is None:
        return None
    chars, nullable = _first_of(items)
    if chars is None or nullable:
        return None
    return frozenset(c for ch in chars for c in ((ch,) if ch in (_DIGIT, _SPACE) else (ch, ch.lower(), ch.upper())))


@functools.cache
def _max_length(pattern: str) -> int | None:
    """The longest text ``pattern`` can match, a run of spaces or separators (``\\s*``, ``[, ]*``) counted as three
    characters; None when unbounded or not understood."""
    items = _parsed(pattern)
    return None if items is None else _width(items)


_SPACING = 3  # characters a run of spaces or separators counts for


def _width(items: list) -> int | None:
    """The longest match of a parsed sequence (None: unbounded or not understood)."""
    from re import _constants as k

    total = 0
    for op, av in items:
        if op in (k.LITERAL, k.NOT_LITERAL, k.IN, k.ANY):
            total += 1
        elif op in (k.AT, k.ASSERT, k.ASSERT_NOT):
            continue
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
            inner = _width(list(av[2]))
            if inner is None:
                return None
            most = av[1]
            if most is k.MAXREPEAT:
                if not _spacing(list(av[2])):
                    return None
                most = _SPACING
            total += inner * most
        elif op is k.SUBPATTERN:
            inner = _width(list(av[3]))
            if inner is None:
                return None
            total += inner
        elif op is k.BRANCH:
            widths = [_width(list(b)) for b in av[1]]
            if any(w is None for w in widths):
                return None
            total += max(w for w in widths if w is not None)
        else:
            return None
    return total


_SEPARATORS = " ,|-–—·/:"


def _spacing(items: list) -> bool:
    """A single class of spaces or separators (``\\s``, ``[, ]``, ``[ ,|-]``, a space)."""
    from re import _constants as k

    if len(items) != 1:
        return False
    op, av = items[0]
    if op is k.LITERAL:
        return chr(av) in _SEPARATORS
    if op is k.IN:
        return all(
            (o is k.CATEGORY and v is k.CATEGORY_SPACE) or (o is k.LITERAL and chr(v) in _SEPARATORS) for o, v in av
        )
    return False


_RANGE_LIMIT = 10_000
_DIGIT, _SPACE = "\\d", "\\s"  # in a set of first characters: any digit, any space


def _first_of(items: list) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, can match empty) of a parsed sequence."""
    from re import _constants as k

    acc: set[str] = set()
    for op, av in items:
        chars: set[str] | None
        if op is k.LITERAL:
            chars, nullable = {chr(av)}, False
        elif op is k.IN and all(o in (k.LITERAL, k.RANGE, k.CATEGORY) for o, _ in av):
            chars, nullable = set(), False
            for o, v in av:
                if o is k.CATEGORY:
                    if v not in (k.CATEGORY_DIGIT, k.CATEGORY_SPACE):
                        return None, False
                    chars.add(_DIGIT if v is k.CATEGORY_DIGIT else _SPACE)
                elif o is k.LITERAL:
                    chars.add(chr(v))
                elif v[1] - v[0] > _RANGE_LIMIT:
                    return None, False
                else:
                    chars.update(chr(c) for c in range(v[0], v[1] + 1))
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT):
            chars, nullable = _first_of(list(av[2]))
            nullable = nullable or av[0] == 0
        elif op is k.SUBPATTERN:
            chars, nullable = _first_of(list(av[3]))
        elif op is k.BRANCH:
            chars, nullable = set(), False
            for branch in av[1]:
                sub, empty = _first_of(list(branch))
                if sub is None:
                    return None, False
                chars |= sub
                nullable = nullable or empty
        elif op is k.AT:
            continue
        else:
            return None, False
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


_NAME_JOINS = frozenset("-–—/&")  # between two authors' names in a byline
_PROSE_WORDS = 30  # a related-news item is a headline, or a headline with a one-sentence lead


# a footnote call after a word or a sentence ('… Việt Nam.[1]', '[a]', '[cần dẫn nguồn]'), as an encyclopedia writes it
_NOTE_CALL = re.compile(r"\[(?:\d{1,3}|[a-z]|cần dẫn nguồn|citation needed)\]")


def without_notes(line: str) -> str:
    """The line without its footnote calls, stripped (a '[' is tested first: a quick test)."""
    return (_NOTE_CALL.sub("", line) if "[" in line else line).strip()


def is_prose(line: str) -> bool:
    """An article paragraph: long, and two sentences or more ending in sentence punctuation (footnote calls aside)."""
    text = without_notes(line)
    return len(text.split()) >= _PROSE_WORDS and text[-1:] in '.!?…”"' and len(re.findall(r"[.!?…]\s", text)) >= 1


def classify_lines(
    lines: list[str], in_tail: Callable[[int, int], bool] | None = None, text_page: bool = True
) -> list[str | None]:
    """Boilerplate kind for each line of a page (None for article text and blank lines).

    ``in_tail(start, i)``, when given, says whether line ``i`` still belongs to the related-news block that
    line ``start`` opened (an HTML page knows where the box ends); without it the block runs to the page's
    end, or to a paragraph of article prose. ``text_page``: the lines are a page copied as text (an HTML
    page's article blocks are not: its menus sit in containers)."""
    kinds: list[str | None] = [None] * len(lines)
    stripped = [line.strip() for line in lines]
    tail: int | None = None  # the line that opened the related-news block
    for i, line in enumerate(lines):
        if not stripped[i]:
            continue
        kind, starts_tail = classify_line(line)
        if tail is not None and kind is None and (is_prose(line) or (in_tail is not None and not in_tail(tail, i))):
            tail = None  # article text again: the block was a box inside the article ('Xem thêm: …')
        if tail is not None:  # the related-news block, unless a line says what else it is (a footer, a timestamp)
            kinds[i] = kind or "related"
            if starts_tail:
                tail = i  # a second box's heading: the lines after it belong to its box
            continue
        if starts_tail:
            tail = i
        kinds[i] = kind
    _page_structure(stripped, kinds, text_page)
    content = [i for i, kind in enumerate(kinds) if kind is None and stripped[i]]
    if not content:
        return kinds
    # The headline repeated lower down is a photo caption or a share widget.
    title = stripped[content[0]]
    for i in content[1:]:
        if stripped[i] == title:
            kinds[i] = "caption"
    # A short unpunctuated last line after the article text is a byline ("PV", "Minh Anh", "Minh Khôi - Thu Hà").
    last_content = content[-1]
    if len(content) > 1:
        words = [w for w in lines[last_content].split() if w not in _NAME_JOINS]
        if len(words) <= 4 and not _SENTENCE_END.search(lines[last_content]):
            kinds[last_content] = "byline"
    return kinds


def _page_structure(stripped: list[str], kinds: list[str | None], text_page: bool) -> None:
    """The cues that need the neighbouring lines (updates ``kinds`` in place): table rows back to the article,
    then, on a page copied as text (an HTML page has its containers), menus and tables of contents out of it;
    bylines beside a timestamp."""
    if text_page:
        lines = [line for line in stripped if line]
        if "|" in "".join(lines):
            _pipe_tables(stripped, kinds)
        short = any(len(line) <= _ITEM_CHARS for line in lines)  # menu items are short: most pages of prose have none
        repeated = len(set(lines)) < len(lines)  # a table of contents repeats the headings

        def sentence(i: int) -> bool:
            return bool(stripped[i]) and kinds[i] is None and _article_sentence(stripped[i])

        first = next((i for i in range(len(stripped)) if sentence(i)), None) if short or repeated else None
        if first is not None and short:
            last = next(i for i in range(len(stripped) - 1, first - 1, -1) if sentence(i))
            _menu_runs(stripped, kinds, 0, first)  # the page's head
            _menu_runs(stripped, kinds, last + 1, len(stripped))  # and its foot
        if first is not None and repeated:
            _contents_runs(stripped, kinds, [i for i in range(first, len(stripped)) if sentence(i)])
    if "timestamp" in kinds:
        _bylines_by_dates(stripped, kinds)


_SENTENCE_WORDS = 10


def _article_sentence(line: str) -> bool:
    """A line of article text for sure: ten words or more ending as a sentence ends (the words are counted by
    the spaces between them, a cheap test)."""
    text = without_notes(line)
    return text[-1:] in '.!?…”"' and text.count(" ") >= _SENTENCE_WORDS - 1


_MENU_ITEM_WORDS_MAX = 5
_ITEM_CHARS = 40
_MENU_RUN = 4  # lines: a menu of fewer items is not told from a short list
_MENU_MEAN_WORDS = 3.5  # a menu's items are one to four words ('Tra cứu văn bản'); verse lines are longer
_ITEM_PUNCTUATION = re.compile(r"[.,;!?…\"“”()\[\]]|(?<!\d):|:(?!\d)")


def _menu_item_words(line: str) -> int | None:
    """The words of a line that can be a menu or tag item (short, no sentence punctuation), else None."""
    if len(line) > _ITEM_CHARS or _ITEM_PUNCTUATION.search(line):
        return None
    words = sum(1 for w in line.split() if _LETTER.search(w))
    limit = _MENU_ITEM_WORDS_MAX + (1 if line.isupper() else 0)
    return words if 0 < words <= limit else None


def _menu_runs(stripped: list[str], kinds: list[str | None], low: int, high: int) -> None:
    """In lines ``low`` to ``high`` (the head above the article's first sentence, or the foot below its last): a
    run of four lines or more, each one page chrome already or a short item (one to three words on average),
    holding one known chrome line at least, and not introduced by an article line ending in ':' (a list): a
    menu, a tag list, a scoreboard; its items are navigation. In the foot the run opens on a chrome line ('Từ
    khóa:', 'Chia sẻ'): short lines straight after the article's last sentence are the article's own list. Verse
    and lists inside the article are outside the head and foot or have longer lines."""
    i = low
    while i < high:
        start = i
        sizes: dict[int, int] = {}  # the run's items and their words
        while i < high and stripped[i]:
            if kinds[i] is None:
                n = _menu_item_words(stripped[i])
                if n is None:
                    break
                sizes[i] = n
            i += 1
        end = i  # the run is start .. end-1
        if end == start:
            i += 1
            continue
        if low > 0:
            while start < end and kinds[start] is None:
                start += 1
        items = [j for j in sizes if j >= start]
        words = sum(sizes[j] for j in items)
        # page chrome in the run: an article's own date and byline (under its headline, above a list) are none
        known = sum(1 for j in range(start, end) if kinds[j] not in (None, "timestamp", "byline"))
        before = start - 1
        introduced = before >= 0 and kinds[before] is None and stripped[before].endswith((":", "："))
        if (
            items
            and end - start >= _MENU_RUN
            and known >= 1
            and not introduced
            and words / len(items) <= _MENU_MEAN_WORDS
        ):
            for j in items:
                kinds[j] = "navigation"
            if len(items) >= _MASTHEAD_MENU and low == 0:
                _masthead(stripped, kinds, start)


_MASTHEAD_MENU = 3  # unknown items of a menu under which the page's first lines are the site's name
_MASTHEAD_LINES = 2
_MASTHEAD_WORDS = 12


def _masthead(stripped: list[str], kinds: list[str | None], menu: int) -> None:
    """The one or two lines that open a page above its menu, without a sentence end, are the site's name and
    motto ('Nàng Xuân' / 'Tạp chí phụ nữ hiện đại')."""
    above = [i for i in range(menu) if stripped[i]]
    if len(above) > _MASTHEAD_LINES:
        return
    if all(
        kinds[i] is not None or (len(stripped[i].split()) <= _MASTHEAD_WORDS and stripped[i][-1] not in '.!?…:;"”')
        for i in above
    ):
        for i in above:
            kinds[i] = kinds[i] or "navigation"


_CONTENTS_WORDS = 14
_CONTENTS_RUN = 3


def _contents_runs(stripped: list[str], kinds: list[str | None], prose: list[int]) -> None:
    """Three lines or more in a row that each come back later as a line of their own, after a sentence of the
    article, each heading its own part of the article: a table of contents listing the article's headings
    (navigation); the headings stay content. A song's refrain has no sentence of ten words between its repeats,
    or its lines come back one under the other."""
    last_seen = {line: i for i, line in enumerate(stripped) if line}
    run: list[int] = []
    for i, line in enumerate([*stripped, ""]):
        repeated = (
            bool(line)
            and last_seen[line] > i
            and kinds[i] is None
            and line.count(" ") < _CONTENTS_WORDS
            and _between(prose, i, last_seen[line])
        )
        if repeated:
            run.append(i)
            continue
        if len(run) >= _CONTENTS_RUN and _sections(run, last_seen, stripped):
            for j in run:
                kinds[j] = "navigation"
        run = []


def _sections(run: list[int], last_seen: dict[str, int], stripped: list[str]) -> bool:
    """The run's lines come back in order, each heading its own stretch of the article (a line of text between
    one and the next): a table of contents; lines that come back together are a refrain or a stanza quoted
    twice, article text."""
    later = [last_seen[stripped[j]] for j in run]
    return all(a < b and any(stripped[a + 1 : b]) for a, b in itertools.pairwise(later))


def _between(sorted_lines: list[int], low: int, high: int) -> bool:
    """One of the (sorted) line numbers lies strictly between ``low`` and ``high``."""
    k = bisect.bisect_right(sorted_lines, low)
    return k < len(sorted_lines) and sorted_lines[k] < high


_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*")


def _bylines_by_dates(stripped: list[str], kinds: list[str | None]) -> None:
    """A name of two to four capitalised words (or two names joined by '-') right above or below a timestamp
    line is the byline ('Thanh Mai' / 'Thứ Tư, 25/11/2026 - 20:15')."""
    for i in sorted({j for t, kind in enumerate(kinds) if kind == "timestamp" for j in (t - 1, t + 1)}):
        if not 0 <= i < len(kinds) or kinds[i] is not None or not stripped[i]:
            continue
        line = stripped[i]
        words = [w for w in line.split() if w not in _NAME_JOINS]
        if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) and not _place(line):
            kinds[i] = "byline"


def _place(line: str) -> bool:
    """The line is a country or a Vietnamese province or city ('Thái Lan', 'Đà Nẵng'): a list's item or a
    dateline under the date, article text (a country miswritten there is an MT error to see), not a byline."""
    from audit.lang.countries import find_mentions
    from audit.lang.vn_places import vn_place_rows

    if line in {row["name"] for row in vn_place_rows()}:
        return True
    return any(m.start == 0 and m.end == len(line) for m in find_mentions(line))


_TABLE_CELLS = 3


def _pipe_tables(stripped: list[str], kinds: list[str | None]) -> None:
    """Two lines or more in a row split by '|' into the same number of cells (three or more), not opening or
    closing on a '|', with data in them (a digit, a comma or a cell of five words): a table of the article,
    not a menu."""

    def cells(line: str) -> int:
        return 0 if "|" not in line or line[0] == "|" or line[-1] == "|" else line.count("|") + 1

    i = 0
    while i < len(stripped):
        n = cells(stripped[i])
        j = i
        while j < len(stripped) and n >= _TABLE_CELLS and cells(stripped[j]) == n:
            j += 1
        rows = range(i, j)
        if j - i >= 2 and any(_data_cell(c) for r in rows for c in stripped[r].split("|")):
            for r in rows:
                if kinds[r] == "navigation":
                    kinds[r] = None
        i = max(j, i + 1)


def _data_cell(cell: str) -> bool:
    return any(ch.isdigit() or ch == "," for ch in cell) or len(cell.split()) >= 5
