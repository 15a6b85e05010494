"""HTML reader: article text extracted block by block, page chrome marked as boilerplate.

Built on the standard library's tolerant HTMLParser, which reports where each piece of
text starts, so every character keeps its original line and column (entities included).
Text inside ``nav``, ``header``, ``footer``, ``aside``, ``form``, ``figcaption`` or an element
whose class or id names page chrome (menu, sidebar, related, share, comment, date, author …) is
boilerplate; ``script``, ``style`` and similar are dropped. A chrome block's kind is what its own
text shows (a timestamp, a byline, a "Tin khác" heading and the list under it) or else what its
innermost container says (``footer`` → footer, ``figcaption`` → caption, class ``date`` →
timestamp, ``related`` → related; navigation otherwise). The article blocks are classified like
plain-text lines, on their own, so a chrome box never turns article text into boilerplate.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import BinaryIO

from audit.corpus.boilerplate import classify_line, classify_lines
from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError
from audit.corpus.segment import sentence_spans
from audit.model import Document, Segment

BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li td th dt dd figcaption blockquote pre article section header footer "
    "nav aside main tr ul ol table figure body title br hr".split()
)
# container tag -> boilerplate kind of the text inside it
CHROME_TAGS = {
    "nav": "navigation",
    "header": "navigation",
    "footer": "footer",
    "aside": "navigation",
    "form": "navigation",
    "menu": "navigation",
    "button": "navigation",
    "select": "navigation",
    "figcaption": "caption",
}
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head"})
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|header|sidebar|related|share|social|comment|comments|breadcrumbs?|banner|"
    r"ads?|advert|tags?|widget|toolbar|cookie|subscribe|newsletter|pagination|byline|author|meta|date|time|caption|"
    r"copyright)($|[\s_-])",
    re.I,
)
# class/id word -> boilerplate kind (the other chrome words: navigation)
ATTR_KINDS = {
    "footer": "footer",
    "copyright": "footer",
    "related": "related",
    "byline": "byline",
    "author": "byline",
    "date": "timestamp",
    "time": "timestamp",
    "caption": "caption",
}

Pos = tuple[int, int]


def _container_kind(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The boilerplate kind an element gives the text inside it (None: not page chrome)."""
    marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
    m = CHROME_ATTR.search(marker) if marker else None
    if m:
        return ATTR_KINDS.get(m.group(2).lower(), "navigation")
    return CHROME_TAGS.get(tag)


@dataclass(slots=True)
class _Block:
    chars: list[str]
    pos: list[Pos]
    kind: str | None  # the innermost chrome container's kind; None for article text
    box: int  # which chrome container (0 for article text)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[tuple[str, str | None, int, bool]] = []  # tag, chrome kind, chrome box, dropped
        self.blocks: list[_Block] = []
        self._boxes = 0
        self.chars: list[str] = []
        self.pos: list[Pos] = []
        self.title = ""
        self._in_title = False

    def _flags(self) -> tuple[str | None, int, bool]:
        if not self.stack:
            return None, 0, False
        return self.stack[-1][1], self.stack[-1][2], self.stack[-1][3]

    def _flush(self) -> None:
        if any(not c.isspace() for c in self.chars):
            kind, box, _ = self._flags()
            self.blocks.append(_Block(self.chars, self.pos, kind, box))
        self.chars, self.pos = [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag in VOID:
            return
        kind, box, dropped = self._flags()
        inner = _container_kind(tag, attrs)
        if inner is not None:
            kind = inner
            if box == 0:  # the outermost chrome container numbers the box
                self._boxes += 1
                box = self._boxes
        self.stack.append((tag, kind, box, tag in DROP_TAGS or dropped))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        self._in_title = False

    def _add(self, text: str, line: int, col: int, one_position: bool = False) -> None:
        dropped = self._flags()[2]
        if dropped and not self._in_title:
            return
        if self._in_title:
            self.title += text
            return
        for ch in text:
            self.chars.append(ch)
            self.pos.append((line, col + 1))
            if not one_position:
                if ch == "\n":
                    line, col = line + 1, 0
                else:
                    col += 1

    def handle_data(self, data: str) -> None:
        line, col = self.getpos()
        self._add(data, line, col)

    def handle_entityref(self, name: str) -> None:
        line, col = self.getpos()
        self._add(unescape(f"&{name};"), line, col, one_position=True)

    def handle_charref(self, name: str) -> None:
        line, col = self.getpos()
        self._add(unescape(f"&#{name};"), line, col, one_position=True)


def _collapse(chars: list[str], pos: list[Pos]) -> tuple[str, list[Pos]]:
    """Collapse whitespace runs to one space and trim, keeping each kept character's position."""
    out_c: list[str] = []
    out_p: list[Pos] = []
    for ch, p in zip(chars, pos, strict=True):
        if ch.isspace():
            if out_c and out_c[-1] != " ":
                out_c.append(" ")
                out_p.append(p)
            continue
        out_c.append(ch)
        out_p.append(p)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        out_p.pop()
    return "".join(out_c), out_p


def _nfc_positions(text: str, pos: list[Pos]) -> tuple[str, list[Pos]]:
    from audit.corpus.normalize import nfc_map

    nfc, offsets = nfc_map(text)
    if offsets is None:
        return text, pos
    return nfc, [pos[o] for o in offsets]


def _block_kinds(blocks: list[tuple[str, str | None, int]]) -> list[str | None]:
    """Boilerplate kind of each (text, container kind, chrome box) block of a page.

    Article blocks are classified together like the lines of a text page. A chrome block takes
    the kind its own text shows, else "related" under a related-news heading of the same box,
    else its container's kind.
    """
    article = [i for i, (_, kind, _) in enumerate(blocks) if kind is None]
    kinds: list[str | None] = [None] * len(blocks)
    for i, kind in zip(article, classify_lines([blocks[i][0] for i in article]), strict=True):
        kinds[i] = kind
    related_boxes: set[int] = set()
    for i, (text, container, box) in enumerate(blocks):
        if container is None:
            continue
        own, starts_tail = classify_line(text)
        if starts_tail:
            related_boxes.add(box)
        kinds[i] = own or ("related" if box in related_boxes else container)
    return kinds


def read_html(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    source = "\n".join(iter_lines(fh, path, max_line))
    parser = _Extractor()
    try:
        parser.feed(source)
        parser.close()
    except AssertionError as e:  # HTMLParser's way of refusing input
        raise InputError(path, f"cannot parse HTML: {e}") from None
    parser._flush()
    blocks = []
    for b in parser.blocks:
        text, positions = _collapse(b.chars, b.pos)
        text, positions = _nfc_positions(text, positions)
        if text:
            blocks.append((text, positions, b.kind, b.box))
    if not blocks:
        raise InputError(path, "no text in the HTML page")
    kinds = _block_kinds([(text, kind, box) for text, _, kind, box in blocks])
    segments: list[Segment] = []
    title = unicodedata.normalize("NFC", " ".join(parser.title.split()))
    for paragraph, ((text, positions, _kind, _box), kind) in enumerate(zip(blocks, kinds, strict=True)):
        spans = [(0, len(text))] if kind else sentence_spans(text)
        for start, end in spans:
            line, col = positions[start]
            segments.append(
                Segment(
                    index=len(segments),
                    text=text[start:end],
                    line=line,
                    column=col,
                    raw=text[start:end],
                    boilerplate=kind is not None,
                    boilerplate_kind=kind,
                    paragraph=paragraph,
                    positions=positions[start:end],
                )
            )
    first_content = next((s.text for s in segments if not s.boilerplate), "")
    return [Document(doc=doc, segments=segments, title=title or first_content, format="html", path=path)]
