"""Markdown reader (``.md``, ``.markdown``; read when named or with ``--format markdown``): the text a reader of
the rendered page sees, one segment per sentence, with the file's line and column of every character.

A documentation site or a blog exported for translation is Markdown; read as plain text, its marks would be read as
words ('**Hà Nội**', '[Xem thêm](https://…)') and its code as sentences. Blocks (CommonMark's, the common cases):

- text: paragraphs (their lines joined with a space, as rendered), ATX ``#`` and setext headings, list items
  (``-``, ``*``, ``+``, ``1.``, ``1)``, task boxes ``[ ]``), block quotes (``>``), table cells (a table is a row
  of ``|`` cells over a ``|---|`` line), footnotes (a GitHub-style definition ``[^1]: …``: its text after the
  label, and its indented lines after a blank one, as a list item's);
- not text: a front matter (``---`` … ``---`` or ``+++`` … ``+++`` opening the file), fenced code (``````` or
  ``~~~``) and indented code, HTML comments, thematic breaks, link reference definitions.

Inside a block, the marks are left out of the text and their columns skipped: emphasis (``*``, ``**``, ``_`` at a
word's edge, ``~~``), a link's brackets and target (its text is kept), images, inline HTML tags, a backslash before
a punctuation character, a footnote's mark (``[^1]``, glued to the sentence that cites it); an entity
(``&amp;``) is read as its character. An inline code span's text is kept and marked protected (no rule flags it), as
HTML's ``<code>``; it may run over the lines of its block. The blocks' sentences are classified as boilerplate the
way a text page's lines are ('Tin liên quan', a byline, a share bar); and two Markdown shapes: an italic colophon
ending in links ('*Bản tin do … [Lưu trữ](…) · [RSS](…)*', a footer) and a desk/date line, a short bold label
followed only by dates and times ('**Bản tin thời tiết** · Thứ Bảy, 29/11/2025 · cập nhật 17h30', a timestamp).

A directory walk leaves ``.md`` files out (a folder's README is a note, not a document); name a file, or give
``--format markdown``, to audit it. Post-edits are written back into the file through the character map
(:mod:`audit.report.mapped_edit`): only the edited characters change, the marks stay where they are.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from audit.corpus.boilerplate import classify_line, classify_lines
from audit.corpus.decode import cr_lines, iter_lines
from audit.corpus.errors import InputError
from audit.corpus.normalize import nfc_map
from audit.corpus.segment import raw_sentences
from audit.corpus.textmap import BREAK, MappedText, segment_of
from audit.model import Document, Segment

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r" {0,3}#{1,6}(?=[ \t]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_BREAK_LINE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_REF_DEFINITION = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S")
_FOOTNOTE = re.compile(r" {0,3}\[\^[^\]\s]+\]:[ \t]*")  # a footnote's definition: its text is read (clean69)
_DELIMITER_ROW = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")

# Inline marks, tried at each place in order (a code span is found apart: its text is not parsed)
_INLINE = re.compile(
    r"(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<note>\[\^[^\]\s]+\](?!\(|\[))"  # a footnote's mark ('… chinhphu.vn.[^1]'), not a link's text
    r"|(?P<target>\]\([^)\n]*\)|\]\[[^\]\n]*\])"  # a link's end: ](url "title") or ][reference]
    r"|(?P<open>\[(?=[^\]\n]*\](?:\(|\[)))"  # a link's start, when its end follows on the line
    r"|(?P<autolink><(?:https?://|mailto:)[^>\s]+>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<stars>\*{1,3}(?=\S)|(?<=\S)\*{1,3})"  # emphasis, next to a word on one side ('5 * 3' is text)
    r"|(?P<under>(?<![\w\\])_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w))"  # at a word's edge only ('snake_case' is text)
    r"|(?P<strike>~~)"
    r"|(?P<code>`+)"
)


@dataclass(slots=True)
class _Block:
    """One block's lines: (0-based line, column where its text starts, column where it ends)."""

    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    cell: bool = False  # a table's cell: data, not a line of a page (no chrome)


def _content(line: str) -> tuple[int, bool]:
    """Where a line's text starts after its quote and list marks, and whether it opens a list item."""
    col = 0
    while m := _QUOTE.match(line, col):
        col = m.end()
    m = _ITEM.match(line, col)
    return (m.end() if m else col), m is not None


def _end(line: str) -> int:
    return len(line.rstrip())


def _front_matter_end(lines: list[str]) -> int:
    """The first line after a front matter opening the file (0 when there is none)."""
    if not lines or lines[0].rstrip() not in ("---", "+++"):
        return 0
    close = ("---", "...") if lines[0].rstrip() == "---" else ("+++",)
    for i in range(1, min(len(lines), 200)):
        if lines[i].rstrip() in close:
            return i + 1
    return 0


def _cells(line: str, i: int) -> list[tuple[int, int, int]]:
    """The cells of a table row as pieces (line, start, end), their edge spaces left out."""
    bars = [m.start() for m in _CELL_BAR.finditer(line)]
    bounds = [-1, *bars, len(line)]
    out = []
    for a, b in itertools.pairwise(bounds):
        start, end = a + 1, b
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t":
            end -= 1
        if start < end:
            out.append((i, start, end))
    return out


def blocks_of(lines: list[str]) -> list[_Block]:
    """The text blocks of a Markdown file's lines, in order."""
    blocks: list[_Block] = []
    current: _Block | None = None
    quoted = False  # the current block is a block quote's
    fence: str | None = None
    in_comment = False
    in_list = False  # since a list item: an indented line continues the item, it is no code

    def flush() -> None:
        nonlocal current
        if current is not None and current.pieces:
            blocks.append(current)
        current = None

    i = _front_matter_end(lines)
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        i += 1
        if fence is not None:  # inside fenced code: until a fence of the same character, as long or longer
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        if not stripped:
            flush()
            continue
        if m := _FENCE.match(line):
            flush()
            fence = m.group(1)
            continue
        if stripped.startswith("<!--"):
            flush()
            in_comment = "-->" not in stripped[4:]
            continue
        if current is not None and not quoted and _SETEXT.match(line):
            flush()  # the paragraph above is a heading: its underline ('===', '---') is no text
            continue
        if m := _FOOTNOTE.match(line):
            flush()  # a footnote's text is a paragraph of its own; its indented lines continue it, as an item's
            current, quoted, in_list = _Block(), False, True
            if m.end() < _end(line):
                current.pieces.append((i - 1, m.end(), _end(line)))
            continue
        if _BREAK_LINE.match(line) or _REF_DEFINITION.match(line):
            flush()
            continue
        indented = line.startswith(("\t", "    "))
        if current is None and indented and not in_list:
            continue  # indented code
        if current is None and "|" in line and i < len(lines) and _DELIMITER_ROW.match(lines[i]):
            rows = [i - 1, *_table_rows(lines, i + 1)]  # the header, then the body after the '|---|' line
            blocks.extend(_Block([cell], cell=True) for n in rows for cell in _cells(lines[n], n))
            i = rows[-1] + 1 if len(rows) > 1 else i + 1
            in_list = False
            continue
        if m := _ATX.match(line):
            flush()
            end = _ATX_CLOSE.search(line, m.end()).start()  # type: ignore[union-attr]  # it matches an empty end
            if end > m.end():
                blocks.append(_Block([(i - 1, m.end(), end)]))
            in_list = False
            continue
        start, item = _content(line)
        quote = stripped.startswith(">")
        if item or (current is not None and quote != quoted):
            flush()
        if current is None:
            current, quoted = _Block(), quote
            in_list = item or (in_list and indented)
        while start < len(line) and line[start] in " \t":
            start += 1
        if start < _end(line):
            current.pieces.append((i - 1, start, _end(line)))
    flush()
    return blocks


def _table_rows(lines: list[str], first: int) -> list[int]:
    """The rows of a table's body from line ``first``: lines with a '|', up to a blank line."""
    out = []
    for n in range(first, len(lines)):
        if "|" not in lines[n] or not lines[n].strip():
            break
        out.append(n)
    return out


def _closing_run(lines: list[str], pieces: list[tuple[int, int, int]], n: int, j: int, ticks: str) -> tuple[int, int]:
    """Where the code span opened by ``ticks`` before column ``j`` of piece ``n`` closes: (piece, column) of a run of
    backticks as long, on that line or a later line of the block (CommonMark: a code span may run over lines, not
    over blocks); (-1, -1) when none does (the backticks are then text)."""
    closing = re.compile(f"(?<!`){ticks}(?!`)")
    for k in range(n, len(pieces)):
        i, start, end = pieces[k]
        found = closing.search(lines[i], j if k == n else start, end)
        if found is not None:
            return k, found.start()
    return -1, -1


def _inline(lines: list[str], pieces: list[tuple[int, int, int]]) -> tuple[MappedText, list[tuple[int, int]]]:
    """The text of a block's lines ``pieces`` without their marks, and the [start, end) of its code spans in it."""
    m = MappedText()
    m.anchor = pieces[0][:2]
    protected: list[tuple[int, int]] = []
    run = 0

    def enter(n: int) -> None:
        """Start piece ``n``: a soft line break before it reads as a space."""
        if n:
            before = pieces[n - 1][0]
            m.add(" ", before, len(lines[before]), BREAK, run)
        m.gap(pieces[n][0], pieces[n][1])

    n = 0
    enter(0)
    j = pieces[0][1]
    while n < len(pieces):
        i, _, end = pieces[n]
        line = lines[i]
        tok = _INLINE.search(line, j, end) if j < end else None
        if tok is None:
            m.extend(line[j:end], i, j, run)
            n += 1
            if n < len(pieces):
                enter(n)
                j = pieces[n][1]
            continue
        m.extend(line[j : tok.start()], i, j, run)
        kind, word = tok.lastgroup, tok.group()
        j = tok.end()
        if kind == "escape":
            m.add(word[1], i, tok.start(), tok.end(), run)
        elif kind == "entity":
            ch = html.unescape(word)
            if ch == word:
                m.extend(word, i, tok.start(), run)
            else:
                m.add(ch, i, tok.start(), tok.end(), run)
        elif kind == "autolink":
            run += 1
            m.gap(i, tok.start() + 1)
            m.extend(word[1:-1], i, tok.start() + 1, run)
            run += 1
        elif kind == "code":
            last, close = _closing_run(lines, pieces, n, j, word)
            if last < 0:  # the backticks are text
                m.extend(word, i, tok.start(), run)
                continue
            run += 1
            m.gap(i, j)
            first = m.length
            while n < last:  # the span runs on over the block's next lines, their breaks read as spaces
                m.extend(line[j:end], i, j, run)
                n += 1
                enter(n)
                i, j, end = pieces[n]
                line = lines[i]
            m.extend(line[j:close], i, j, run)
            protected.append((first, m.length))
            run += 1
            j = close + len(word)
            m.gap(i, j)
        else:  # a mark: its columns are skipped
            run += 1
            m.gap(i, j)
    return m, protected


@dataclass(slots=True)
class _Sentence:
    text: MappedText
    paragraph: int
    kind: str | None
    protected: tuple[tuple[int, int], ...] = ()  # in the raw text of ``text``


def _parts(lines: list[str]) -> list[tuple[list[tuple[int, int, int]], str | None]]:
    """The blocks' lines grouped as they are read: a block's lines joined (one paragraph, as rendered), but a line
    that is page chrome on its own ('Mục lục: …', a byline, a share bar) stands apart with its kind. Chrome is
    told line by line, as a text page's is (a newsletter written a paragraph a line, with no blank line between);
    table cells are data, never chrome."""
    blocks = blocks_of(lines)
    texts: list[str] = []
    where: list[tuple[int, int]] = []  # (block, piece) of each text; (-1, -1) for a blank line of the file
    last = -1
    for b, block in enumerate(blocks):
        if block.cell:
            continue
        for p, piece in enumerate(block.pieces):
            if last >= 0 and piece[0] > last + 1:  # lines between: blank, a rule, code … (a break, as on a page)
                rule = any(_BREAK_LINE.match(lines[n]) for n in range(last + 1, piece[0]))
                texts.append("---" if rule else "")  # a rule is a separator of the page, as in a text page
                where.append((-1, -1))
            texts.append(nfc_map(_inline(lines, [piece])[0].text)[0])
            where.append((b, p))
            last = piece[0]
    kind_of = {bp: kind for bp, kind in zip(where, classify_lines(texts), strict=True) if bp[0] >= 0}
    for bp, text in zip(where, texts, strict=True):
        if bp[0] < 0 or kind_of[bp] is not None:
            continue
        piece = blocks[bp[0]].pieces[bp[1]]
        if _italic_footer(lines, piece, text):
            kind_of[bp] = "footer"
        elif _desk_dateline(lines, piece, text):
            kind_of[bp] = "timestamp"
    out: list[tuple[list[tuple[int, int, int]], str | None]] = []
    for b, block in enumerate(blocks):
        prose: list[tuple[int, int, int]] = []
        for p, piece in enumerate(block.pieces):
            kind = kind_of.get((b, p))
            if kind is None:
                prose.append(piece)
                continue
            if prose:
                out.append((prose, None))
                prose = []
            out.append(([piece], kind))
        if prose:
            out.append((prose, None))
    return out


# A line in single emphasis from end to end ('*…*', '_…_'), as a newsletter sets its colophon apart
_ITALIC_LINE = re.compile(r"(\*|_)(?!\1)\S.*\S(?<!\1)\1")
# its prose: one or two sentences before the links, a few words (a paragraph of an article runs longer)
_FOOTER_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_FOOTER_WORDS = 30
_FOOTER_SENTENCES = 2


def _italic_footer(lines: list[str], piece: tuple[int, int, int], text: str) -> bool:
    """A line in italics whose last part, after a sentence or two, is a row of links that is chrome on its own ('*Bản
    tin … phát hành thứ Năm hằng tuần. [Đăng ký nhận bản tin](…) · [Lưu trữ](…)*': the text shows 'Đăng ký nhận bản
    tin · Lưu trữ'; clean71): a colophon, the page's footer. A line that opens with the links is chrome already; an
    italic paragraph with no links, or with links that no pattern names, stays text."""
    line, start, end = piece
    if "](" not in lines[line] or not _ITALIC_LINE.fullmatch(lines[line][start:end].strip()):
        return False
    parts = _FOOTER_SENTENCE.split(text.strip())
    if not 2 <= len(parts) <= _FOOTER_SENTENCES + 1 or len(text.split()) > _FOOTER_WORDS:
        return False
    kind, starts_tail = classify_line(parts[-1])
    if kind is not None and not starts_tail:
        return True
    # or its last sentence ends in a row of two links or more, set apart by a dot or a bar ('Xem các bản tin trước
    # tại [lưu trữ](…) · [RSS](…)': the archive and feed links of the colophon; clean73)
    return _LINK_ROW_END.search(lines[line][start:end].strip()[:-1]) is not None


# a row of two links or more closing a line: '[a](…) · [b](…)' (a '·', '•' or '|' between them)
_LINK_ROW_END = re.compile(r"\[[^\]\n]+\]\([^)\s]*\)(?:[ \t]*[·•|][ \t]*\[[^\]\n]+\]\([^)\s]*\)){1,}[ \t]*$")
# a desk/date line: a short bold label, then parts set apart by '·' or '|' that are each a date or time ('**Bản tin
# thời tiết địa phương** · Thứ Bảy, 29/11/2025 · cập nhật 17h30'; clean73)
_BOLD_LABEL = re.compile(r"(\*\*|__)(?!\s)([^*_\n]{1,80}?)(?<!\s)\1[ \t]*[·|][ \t]*")
_DATELINE_SEP = re.compile(r"[ \t]+[·|][ \t]+")
_LABEL_WORDS = 8


def _desk_dateline(lines: list[str], piece: tuple[int, int, int], text: str) -> bool:
    """A line alone in its paragraph that opens with a short bold label (a desk's or a bulletin's name) and goes on
    with nothing but dates and times set apart by '·' or '|' ('**Bản tin thời tiết địa phương** · Thứ Bảy,
    29/11/2025 · cập nhật 17h30'): the page's dateline, chrome. A bold lead-in before a sentence ('**Hà Nội** -
    Sáng 29/11, …'), or a part that is not a date or a time, stays text."""
    line, start, end = piece
    m = _BOLD_LABEL.match(lines[line][start:end].strip())
    if not m or len(m.group(2).split()) > _LABEL_WORDS:
        return False
    parts = _DATELINE_SEP.split(text.strip())
    return len(parts) >= 2 and all(classify_line(part)[0] == "timestamp" for part in parts[1:])


def sentences(lines: list[str]) -> list[_Sentence]:
    """The sentences of a Markdown file's lines (see the module docstring), boilerplate classified."""
    out: list[_Sentence] = []
    paragraph = 0
    for pieces, kind in _parts(lines):
        m, prot = _inline(lines, pieces)
        raw = m.text
        text, offsets = nfc_map(raw)
        if not text.strip():
            continue
        for _, _, raw_start, raw_end in raw_sentences(text, offsets, len(raw), kind is not None):
            inside = tuple(
                (max(a, raw_start) - raw_start, min(b, raw_end) - raw_start)
                for a, b in prot
                if a < raw_end and b > raw_start
            )
            out.append(_Sentence(m.sliced(raw_start, raw_end), paragraph, kind, inside))
        paragraph += 1
    return out


def markdown_units(lines: list[str]) -> list[MappedText]:
    """The texts of a Markdown file in segment order, as the reader reads them (for post-edits)."""
    return [s.text for s in sentences(lines)]


def _segment(index: int, s: _Sentence) -> Segment:
    seg = segment_of(index, s.text)
    protected: tuple[tuple[int, int], ...] = ()
    if s.protected and not s.kind:
        raw_of = seg.offsets or range(len(seg.text))
        protected = tuple(
            (k, k2)
            for a, b in s.protected
            if (k := next((n for n, r in enumerate(raw_of) if r >= a), None)) is not None
            and (k2 := next((n for n, r in enumerate(raw_of) if r >= b), len(seg.text))) > k
        )
    chrome = s.kind is not None
    return replace(seg, paragraph=s.paragraph, boilerplate=chrome, boilerplate_kind=s.kind, protected=protected)


def read_markdown(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    """The Markdown file as one Document (an input error when it holds no text)."""
    lines = list(cr_lines(iter_lines(fh, path, max_line)))
    segments = [_segment(k, s) for k, s in enumerate(sentences(lines))]
    if not segments:
        raise InputError(path, "no text (only Markdown marks, code or front matter)" if any(lines) else "empty file")
    title = next((s.text for s in segments if not s.boilerplate), "")
    return [Document(doc=doc, segments=segments, title=title, format="markdown", path=path)]
