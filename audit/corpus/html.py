"""HTML reader: article text extracted block by block, page chrome marked as boilerplate.

Built on the standard library's tolerant HTMLParser, which reports where each piece of
text starts, so every character keeps its original line and column (entities included).
Text inside ``nav``, ``header``, ``footer``, ``aside``, ``form`` or an element whose class or
id names page chrome (menu, sidebar, related, share, comment …) is boilerplate; ``script``,
``style`` and similar are dropped. The remaining blocks are classified like plain-text lines.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser
from typing import BinaryIO

from audit.corpus.boilerplate import classify_lines
from audit.corpus.decode import iter_lines
from audit.corpus.errors import InputError
from audit.corpus.segment import sentence_spans
from audit.model import Document, Segment

BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li td th dt dd figcaption blockquote pre article section header footer "
    "nav aside main tr ul ol table figure body title br hr".split()
)
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "button", "select"})
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head"})
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|header|sidebar|related|share|social|comment|comments|breadcrumbs?|banner|"
    r"ads?|advert|tags?|widget|toolbar|cookie|subscribe|newsletter|pagination|byline|author|meta|date|time)($|[\s_-])",
    re.I,
)

Pos = tuple[int, int]


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, chrome, dropped
        self.blocks: list[tuple[list[str], list[Pos], bool, str]] = []
        self.chars: list[str] = []
        self.pos: list[Pos] = []
        self.title = ""
        self._in_title = False

    def _flags(self) -> tuple[bool, bool]:
        if not self.stack:
            return False, False
        return self.stack[-1][1], self.stack[-1][2]

    def _flush(self, tag: str = "") -> None:
        if any(not c.isspace() for c in self.chars):
            chrome, _ = self._flags()
            self.blocks.append((self.chars, self.pos, chrome, tag))
        self.chars, self.pos = [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush(tag)
        if tag in VOID:
            return
        chrome, dropped = self._flags()
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        chrome = chrome or tag in CHROME_TAGS or bool(marker and CHROME_ATTR.search(marker))
        dropped = dropped or tag in DROP_TAGS
        self.stack.append((tag, chrome, dropped))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush(tag)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        self._in_title = False

    def _add(self, text: str, line: int, col: int, one_position: bool = False) -> None:
        _, dropped = self._flags()
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
    for chars, pos, chrome, tag in parser.blocks:
        text, positions = _collapse(chars, pos)
        text, positions = _nfc_positions(text, positions)
        if text:
            blocks.append((text, positions, chrome, tag))
    if not blocks:
        raise InputError(path, "no text in the HTML page")
    kinds = classify_lines([b[0] for b in blocks])
    segments: list[Segment] = []
    title = unicodedata.normalize("NFC", " ".join(parser.title.split()))
    for paragraph, ((text, positions, chrome, _tag), kind) in enumerate(zip(blocks, kinds, strict=True)):
        kind = "navigation" if chrome else kind
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
