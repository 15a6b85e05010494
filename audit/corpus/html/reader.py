"""Reading an HTML page: decoding it (declared or guessed charset), parsing it into blocks, the article's column,
and its documents of segments."""

from __future__ import annotations

import codecs
import io
import unicodedata
from typing import BinaryIO

from audit.corpus.charset_guess import PY_CODECS, guess_encoding
from audit.corpus.declared import Declaration, decode_declared, html_declaration
from audit.corpus.decode import cr_lines, iter_lines, split_lines
from audit.corpus.errors import InputError
from audit.corpus.html.extract import _Extractor, _within
from audit.corpus.html.layout import (
    _LINK_SHARE,
    _all_protected,
    _article_fact_boxes,
    _block_kinds,
    _ends_sentence,
    _form_headings,
    _headline_shaped,
    _post_cover,
    _Text,
    _words,
)
from audit.corpus.segment import sentence_spans
from audit.model import Document, Segment


def page_source(fh: BinaryIO, path: str, max_line: int) -> str:
    """A page's text: in the encoding it declares (:mod:`audit.corpus.declared`), else strictly UTF-8
    (or UTF-16 with a BOM; a byte order mark wins over a declaration)."""
    data = fh.read()
    decl = None
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decl = html_declaration(data)
        if decl is not None and not decl.utf8:
            return "\n".join(cr_lines(split_lines(decode_declared(data, decl, path), path, max_line)))
    try:
        return "\n".join(cr_lines(iter_lines(io.BytesIO(data), path, max_line)))
    except InputError as e:
        if e.message.startswith("not UTF-8"):
            raise InputError(path, e.message + _undeclared_note(decl, data), e.line) from None
        raise


def _undeclared_note(decl: Declaration | None, data: bytes) -> str:
    """What the page's declaration says, or how it could declare the encoding its bytes look like."""
    if decl is not None:
        return f" ({decl.says()}: the declaration is wrong too)"
    guess = guess_encoding(data)
    if guess.sure and guess.encodings[0] in PY_CODECS:
        return f'; or declare it in the page\'s <head>: <meta charset="{guess.encodings[0].lower()}">'
    return ""


# Characters of one line of markup: a minified page (or one saved by a CMS) has all of it on one line, so the
# limit of text lines applies to the page's text blocks instead.
PAGE_LINE = 100_000_000


def _parse(
    source: str, path: str, max_line: int, neutral: frozenset[int] = frozenset()
) -> tuple[_Extractor, list[_Text]]:
    """The page's text blocks (``neutral``: serial numbers of elements that are no chrome whatever their class)."""
    parser = _Extractor(neutral)
    try:
        parser.feed(source)
        parser.close()
    except AssertionError as e:  # HTMLParser's way of refusing input
        raise InputError(path, f"cannot parse HTML: {e}") from None
    parser._flush()
    blocks: list[_Text] = []
    for b in parser.blocks:
        text, positions, protected = b.text, b.positions, b.protected
        if len(text) > max_line:
            raise InputError(path, f"a text block longer than {max_line:,} characters ({len(text):,})", positions[0][0])
        if text and not _icon_glyphs(text):
            letters = len(text) - text.count(" ")  # collapsed: every space is one
            links = b.link_chars > _LINK_SHARE * letters
            blocks.append(
                _Text(
                    text,
                    positions,
                    b.kind,
                    b.box,
                    b.elements,
                    links,
                    b.h1,
                    b.h2,
                    b.cell,
                    b.right,
                    protected,
                    b.cells,
                    b.under_image,
                    b.li,
                    b.cell_paragraph,
                )
            )
    if not blocks:
        raise InputError(path, "no text in the HTML page")
    return parser, blocks


def _icon_glyphs(text: str) -> bool:
    """A block of icon-font glyphs alone, private-use characters ('&#xF002;', Font Awesome's magnifier on a search
    button; clean71): a picture, not text, so no segment."""
    return all(unicodedata.category(ch) == "Co" or ch.isspace() or ch in "\ufe0e\ufe0f" for ch in text)


_COLUMN_PARAGRAPH_WORDS = 12  # a paragraph of an article, not a teaser's line
_COLUMN_PARAGRAPHS = 3


def _paragraph(b: _Text) -> bool:
    return not b.links and _ends_sentence(b) and _words(b.text) >= _COLUMN_PARAGRAPH_WORDS


def _article_column(blocks: list[_Text], parser: _Extractor) -> int | None:
    """The serial number of the page column, chrome only by a class naming it a sidebar ('<div class="sidebar-1">',
    as a business news site names its main column), that holds the page's article: an ``article`` or ``main``
    element or the page's ``h1``, three paragraphs or more, more than the page's text outside chrome holds, and no
    headline outside it (adversary78's human page). A side column of teasers (links, short excerpts) stays chrome."""
    outside = sum(_paragraph(b) for b in blocks if b.kind is None)
    if any(b.kind is None and b.h1 and _headline_shaped(b) for b in blocks):
        return None
    best: tuple[int, int] | None = None
    for box, serial in parser.columns.items():
        inside = [b for b in blocks if b.box == box]
        paragraphs = sum(_paragraph(b) for b in inside)
        holds = box in parser.column_articles or any(b.h1 and _headline_shaped(b) for b in inside)
        if (
            holds
            and paragraphs >= _COLUMN_PARAGRAPHS
            and paragraphs > outside
            and (best is None or paragraphs > best[0])
        ):
            best = (paragraphs, serial)
    return best[1] if best else None


def read_html(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    """The article blocks of a page as segments, page chrome as boilerplate; a text block longer than
    ``max_line`` characters is an input error (its markup may be on one line of any length)."""
    source = page_source(fh, path, max(max_line, PAGE_LINE))
    parser, blocks = _parse(source, path, max_line)
    column = _article_column(blocks, parser)
    if column is not None:  # read again with the column that holds the article as no chrome of itself
        parser, blocks = _parse(source, path, max_line, frozenset({column}))
    _article_fact_boxes(blocks, parser.article_asides)
    _form_headings(blocks, parser.forms)
    title = unicodedata.normalize("NFC", " ".join(parser.title.split()))
    _post_cover(blocks, parser.header_boxes, parser.lead_elements, title)
    kinds = _block_kinds(blocks, title)
    for i, b in enumerate(blocks):
        if b.protected and _all_protected(b):
            kinds[i] = "translate-no"
    segments: list[Segment] = []
    for paragraph, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        text, positions = block.text, block.positions
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
                    protected=_within(block.protected, start, end) if block.protected and not kind else (),
                )
            )
    first_content = next((s.text for s in segments if not s.boilerplate), "")
    return [Document(doc=doc, segments=segments, title=title or first_content, format="html", path=path)]
