"""The page parsed into blocks of text: HTMLParser's events, the end tags a page may omit, each character's original
line and column kept, the text collapsed and put in NFC."""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from audit.corpus.html.markers import (
    _CELL_PARAGRAPHS,
    _CHOICES,
    _HEADER_ATTR,
    _LEAD_ATTR,
    _PERSON_CARD_ATTR,
    _SITE_MARKER,
    BLOCKS,
    CONTROLS,
    DROP_TAGS,
    VOID,
    Pos,
    _centred,
    _column,
    _container_kind,
    _discloses,
    _page_form,
    _protects,
    _right_aligned,
    _tag_link,
)
from audit.corpus.run_positions import RunPositions

# Start tags that end an open <p> (HTML: "close a p element" when one is in button scope), and the elements that
# bound that scope; <li>, <dt>/<dd>, table cells and rows end an open element of their own kind within their list,
# definition list or table (a simplification of the HTML tree builder's rules for these end tags a page may omit).
_CLOSES_P = frozenset(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hgroup hr main menu nav ol p pre section table ul".split()
)
_P_SCOPE = frozenset("applet button caption html marquee object table td th template".split())
_SIBLINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # tag -> (what it closes, where the search stops)
    "li": (frozenset({"li"}), frozenset("ol ul menu table td th html body".split())),
    "dt": (frozenset({"dt", "dd"}), frozenset("dl table td th html body".split())),
    "dd": (frozenset({"dt", "dd"}), frozenset("dl table td th html body".split())),
    "td": (frozenset({"td", "th"}), frozenset("tr table html".split())),
    "th": (frozenset({"td", "th"}), frozenset("tr table html".split())),
    "tr": (frozenset({"tr"}), frozenset("table thead tbody tfoot html".split())),
}


# what a page holds and a comment or contact form does not (a form named as a page's is judged by them when it closes)
_PAGE_PARTS = frozenset({"header", "nav", "main", "article", "footer", "aside", "h1"})
_COMMENT_FORM_BLOCKS = 8  # a comment box's title, note, labels and button
_COMMENT_FORM_WORDS = 40  # the longest line of them (a moderation note)


@dataclass(slots=True)
class _PageForm:
    """An open form named as a page's: its serial number, its ancestors (serial, tag), what it holds so far."""

    serial: int
    ancestors: tuple[tuple[int, str], ...]
    textarea: bool = False
    page_part: bool = False


def _implied_end(open_tags: list[str], tag: str) -> int | None:
    """The stack index of the open element that a start tag ``tag`` ends without its end tag, if any."""
    if tag in _CLOSES_P:
        closes, stops = frozenset({"p"}), _P_SCOPE
    elif tag in _SIBLINGS:
        closes, stops = _SIBLINGS[tag]
    else:
        return None
    for i in range(len(open_tags) - 1, -1, -1):
        if open_tags[i] in closes:
            return i
        if open_tags[i] in stops:
            return None
    return None


@dataclass(slots=True)
class _Block:
    text: str  # collapsed, NFC (see _settled)
    positions: RunPositions  # of each character of text
    kind: str | None  # the innermost chrome container's kind; None for article text
    box: int  # which chrome container (0 for article text)
    elements: tuple[int, ...] = ()  # the serial numbers of the elements the block sits in, outermost first
    link_chars: int = 0  # characters inside a link
    h1: bool = False  # inside an h1 outside nav, aside and footer
    h2: bool = False  # inside an h2 (outside nav, aside and footer)
    cell: bool = False  # its innermost block element is a table cell
    right: bool = False  # set flush right (by an element inside its table cell, if any)
    protected: list[tuple[int, int]] | None = None  # [start, end) of text not to be translated (None: none)
    cells: tuple[int, ...] = ()  # the serial numbers of the table cells the block sits in, outermost first
    under_image: bool = False  # centred, right after an image (no text between): a caption's place
    li: bool = False  # its innermost block element is a list item
    cell_paragraph: bool = False  # a paragraph right inside a table cell (see _CELL_PARAGRAPHS)


def _settled(chars: list[str], pos: list[Pos], prot: list[bool] | None) -> tuple[str, RunPositions, list | None]:
    """A block's collapsed NFC text, the position of each of its characters (as runs) and its runs of text not to
    be translated, made when the block ends: a large page holds no object a character."""
    text, kept = _nfc_positions(*_collapse(chars, pos))
    return text, RunPositions.of(pos[i] for i in kept), _runs([prot[i] for i in kept]) if prot else None


class _Extractor(HTMLParser):
    def __init__(self, neutral: frozenset[int] = frozenset()) -> None:
        super().__init__(convert_charrefs=False)
        self.neutral = neutral  # serial numbers of page columns read as holding the article (_article_column)
        self.columns: dict[int, int] = {}  # box -> serial number of the column ('sidebar-1') that opened it
        self.column_articles: set[int] = set()  # boxes of columns holding an <article> or <main>
        # tag, chrome kind, chrome box, dropped, a form control (CONTROLS, not a disclosure button)
        self.stack: list[tuple[str, str | None, int, bool, bool]] = []
        self.serials: list[int] = []  # beside the stack: each open element's serial number
        self.aligned: list[bool] = []  # beside the stack: the element sets its text flush right
        self.centred: list[bool] = []  # beside the stack: the element centres its text
        self._image: tuple[int, ...] | None = None  # an image since the last block of text: its parent's container
        self.protecting: list[bool] = []  # beside the stack: the element's text is not to be translated
        self.prot: list[bool] = []  # beside chars: the character is not to be translated
        self._elements = 0
        self.blocks: list[_Block] = []
        self._boxes = 0
        self.header_boxes: set[int] = set()  # boxes opened by an element other than <header> its class names a header
        # boxes of <aside>s opened in an article's text, no class naming chrome: box -> the aside's serial
        self.article_asides: dict[int, int] = {}
        self.lead_elements: set[int] = set()  # elements whose class or id names a lead ('subtitle', 'sapo', 'excerpt')
        self.h1_boxes: set[int] = set()  # chrome boxes holding an h1 (a page header with the page's title)
        self.chars: list[str] = []
        self.pos: list[Pos] = []
        self._links = 0  # characters of the current block inside a link
        self._in_link = 0  # open <a> elements
        self._controls = 0  # open form controls (CONTROLS)
        self._control_chars = 0  # characters of the current block (spaces aside) inside a form control
        self._choices = 0  # radio buttons and check boxes in the current block (CHOICES)
        self.title = ""
        self._in_title = False
        # each form that opens a chrome box: its ancestors (serial, tag), innermost last, and its box
        self.forms: list[tuple[tuple[tuple[int, str], ...], int]] = []
        # each open page form outside chrome (_page_form): its serial, its ancestors, and what it holds so far
        # (a box to write in, a part of a page); judged when it closes (_comment_form)
        self.page_forms: list[_PageForm] = []

    def _flags(self) -> tuple[str | None, int, bool]:
        if not self.stack:
            return None, 0, False
        return self.stack[-1][1], self.stack[-1][2], self.stack[-1][3]

    def _flush(self) -> None:
        if any(not c.isspace() for c in self.chars):
            kind, box, _ = self._flags()
            only_controls = self._control_chars and self._control_chars == sum(not c.isspace() for c in self.chars)
            if kind is None and (self._choices or only_controls):
                self._boxes += 1  # only buttons or drop-downs: a row of controls; a poll's question and its choices
                kind, box = "navigation", self._boxes
            tags = [entry[0] for entry in self.stack]
            outside = not any(t in tags for t in ("nav", "aside", "footer"))
            h1, h2 = "h1" in tags and outside, "h2" in tags and outside
            # a table cell, or a description list's value ('<dt>Khán giả</dt><dd>18.326</dd>', clean26)
            block_tags = [t for t in tags if t in BLOCKS]
            innermost = block_tags[-1] if block_tags else ""
            cell = innermost in ("td", "th", "dd")
            cell_paragraph = innermost in _CELL_PARAGRAPHS and len(block_tags) > 1 and block_tags[-2] in ("td", "th")
            # set flush right inside its table cell, if any (a right-aligned column or table is no signature's place)
            in_cell = max((k for k, t in enumerate(tags) if t in ("td", "th")), default=-1) + 1
            right = not cell and any(self.aligned[in_cell:])
            text, positions, prot = _settled(self.chars, self.pos, self.prot if any(self.prot) else None)
            cells = tuple(n for entry, n in zip(self.stack, self.serials, strict=True) if entry[0] in ("td", "th"))
            under_image = (
                self._image is not None and self.serials[: len(self._image)] == list(self._image) and any(self.centred)
            )
            self.blocks.append(
                _Block(
                    text,
                    positions,
                    kind,
                    box,
                    tuple(self.serials),
                    self._links,
                    h1,
                    h2,
                    cell,
                    right,
                    prot,
                    cells,
                    under_image,
                    innermost == "li",
                    cell_paragraph,
                )
            )
            self._image = None
        self.chars, self.pos, self.prot, self._links, self._control_chars, self._choices = [], [], [], 0, 0, 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag == "form":  # a form's text is its own block, in its box (clean51)
            self._flush()
        closed = _implied_end([entry[0] for entry in self.stack], tag)
        if closed is not None:  # an element whose end tag HTML lets a page leave out ('<p>…<p>', '<li>…<li>')
            self._flush()
            self._close(closed)
        if tag in VOID:
            self._choices += tag == "input" and (dict(attrs).get("type") or "").lower() in _CHOICES
            if tag == "img" and self._image is None and not any(not c.isspace() for c in self.chars):
                self._image = tuple(self.serials[:-1])  # a caption sits in the container of the image's parent
            return
        kind, box, dropped = self._flags()
        for form in self.page_forms:
            form.textarea |= tag == "textarea"
            form.page_part |= tag in _PAGE_PARTS
        if tag == "h1" and kind is not None:
            self.h1_boxes.add(box)
        disclosure = tag == "button" and _discloses(attrs)
        serial = self._elements + 1
        inner = None if disclosure or serial in self.neutral else _container_kind(tag, attrs)
        # a quotation's attribution: '<blockquote><p>…</p><footer>Bà …</footer></blockquote>' (clean47)
        if inner == "footer" and tag == "footer" and self._quoting() and _container_kind("div", attrs) is None:
            inner = None
        if tag in ("article", "main") and box in self.columns:
            self.column_articles.add(box)
        if inner is None and kind is not None and self._lead_in_article_header(attrs):
            kind, box = None, 0  # the article's lead set in its header ('<p class="article-excerpt">', clean37)
        if inner is not None:
            in_article = kind is None and tag == "aside" and _container_kind("div", attrs) is None
            kind = inner
            if box == 0:  # the outermost chrome container numbers the box
                self._boxes += 1
                box = self._boxes
                if tag != "header" and _HEADER_ATTR.search(" ".join(v or "" for k, v in attrs if k in ("class", "id"))):
                    self.header_boxes.add(box)
                if in_article and any(entry[0] == "article" for entry in self.stack):
                    self.article_asides[box] = serial
                if _column(tag, attrs):
                    self.columns[box] = serial
        control = (tag in CONTROLS and not disclosure) or _tag_link(tag, attrs)
        if tag == "form" and inner is not None and self._flags()[1] == 0:  # a form that opens its own box
            ancestors = tuple((n, entry[0]) for n, entry in zip(self.serials, self.stack, strict=True))
            self.forms.append((ancestors, box))
        elif tag == "form" and box == 0 and inner is None and _page_form(tag, attrs):
            ancestors = tuple((n, entry[0]) for n, entry in zip(self.serials, self.stack, strict=True))
            self.page_forms.append(_PageForm(serial, ancestors))
        self.stack.append((tag, kind, box, tag in DROP_TAGS or dropped, control))
        self._in_link += tag == "a"
        self._controls += control
        self._elements += 1
        self.serials.append(self._elements)
        if _LEAD_ATTR.search(" ".join(v or "" for k, v in attrs if k in ("class", "id"))):
            self.lead_elements.add(self._elements)
        self.aligned.append(_right_aligned(attrs))
        self.centred.append(_centred(attrs))
        self.protecting.append(_protects(tag, attrs, bool(self.protecting) and self.protecting[-1]))
        self._in_title = tag == "title"

    def _quoting(self) -> bool:
        """The innermost open block is a ``blockquote`` (an element inside it, ``p`` or ``footer``, closed or not)."""
        return any(entry[0] == "blockquote" for entry in self.stack) and next(
            entry[0] for entry in reversed(self.stack) if entry[0] in BLOCKS or entry[0] == "blockquote"
        ) in ("blockquote", "p")

    def _lead_in_article_header(self, attrs: list[tuple[str, str | None]]) -> bool:
        """The element names a lead ('article-excerpt', 'sapo', 'standfirst', 'subtitle') and the chrome around it
        is a ``header``, or an element its class names a header ('<div class="post-header">', Substack's, clean41),
        opened inside an ``article``: the article's own header (Ghost's 'article-header', WordPress's 'entry-header'),
        whose lead paragraph is article text; so is a page header inside ``main`` holding the page's h1 (GitBook's
        '<main><header class="page-header"><h1>…</h1><p class="page-description">', chrome50). A lead in a related box
        or the site's header (its 'site-description' tagline) stays chrome."""
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if not marker or not _LEAD_ATTR.search(marker) or _PERSON_CARD_ATTR.search(marker):
            return False
        outer = next((i for i, entry in enumerate(self.stack) if entry[1] is not None), None)
        if outer is None or self.stack[outer][1] != "navigation":
            return False
        box = self.stack[outer][2]
        if self.stack[outer][0] != "header" and box not in self.header_boxes and box not in self.h1_boxes:
            return False  # no header, nor a box holding the page's h1 (Intercom's 'article__meta', clean53)
        if any(entry[0] == "article" for entry in self.stack[:outer]):
            return True
        return (
            self.stack[outer][2] in self.h1_boxes
            and any(entry[0] == "main" for entry in self.stack[:outer])
            and not _SITE_MARKER.search(marker)
        )

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS or tag == "form":
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                self._close(i)
                break
        self._in_title = False

    def _close(self, i: int) -> None:
        """Close the open element at stack index ``i`` and every element opened inside it."""
        if self.page_forms and self.page_forms[-1].serial in self.serials[i:]:
            closed = [f for f in self.page_forms if f.serial in self.serials[i:]]
            self.page_forms = [f for f in self.page_forms if f.serial not in self.serials[i:]]
            for form in closed:
                self._comment_form(form)
        self._in_link -= sum(entry[0] == "a" for entry in self.stack[i:])
        self._controls -= sum(entry[4] for entry in self.stack[i:])
        del self.stack[i:]
        del self.serials[i:]
        del self.aligned[i:]
        del self.centred[i:]
        del self.protecting[i:]

    def _comment_form(self, form: _PageForm) -> None:
        """A form named as a page's (a posted 'form', see _page_form) that held only a comment or contact box: a box
        to write in, no part of a page (header, menu, headline, article, footer) and, besides its controls, at most a
        few short lines ('Ý kiến của bạn', 'Email sẽ không được hiển thị'): its blocks are chrome, one box, as any
        other form's (leftovers52). A page form holds the page: its parts, or more text (an old portal's tables)."""
        if not form.textarea or form.page_part:
            return
        inside = [b for b in self.blocks if form.serial in b.elements]
        if len(inside) > _COMMENT_FORM_BLOCKS or any(len(b.text.split()) > _COMMENT_FORM_WORDS for b in inside):
            return
        self._boxes += 1
        for b in inside:
            b.kind, b.box = b.kind or "navigation", self._boxes
        self.forms.append((form.ancestors, self._boxes))

    def _add(self, text: str, line: int, col: int, one_position: bool = False) -> None:
        dropped = self._flags()[2]
        if dropped and not self._in_title:
            return
        if self._in_title:
            self.title += text
            return
        if self._in_link:
            self._links += len("".join(text.split()))
        if self._controls:
            self._control_chars += len("".join(text.split()))
        self.prot.extend([bool(self.protecting) and self.protecting[-1]] * len(text))
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


def _collapse(chars: list[str], pos: list[Pos]) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space and trim: the text and the index in ``chars`` of each kept
    character (its position, and whether it is protected, are those of that character)."""
    out_c: list[str] = []
    kept: list[int] = []
    for i, ch in enumerate(chars):
        if ch.isspace():
            if out_c and out_c[-1] != " ":
                out_c.append(" ")
                kept.append(i)
            continue
        out_c.append(ch)
        kept.append(i)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        kept.pop()
    return "".join(out_c), kept


def _nfc_positions(text: str, kept: list[int]) -> tuple[str, list[int]]:
    from audit.corpus.normalize import nfc_map

    nfc, offsets = nfc_map(text)
    if offsets is None:
        return text, kept
    return nfc, [kept[o] for o in offsets]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """[start, end) of each run of True in ``flags``."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, f in enumerate([*flags, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _within(runs: list[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The parts of ``runs`` inside [start, end), counted from ``start``."""
    return tuple((max(a, start) - start, min(b, end) - start) for a, b in runs if a < end and b > start)
