"""Turn the lines of a page into a Document of sentence Segments with original positions."""

from __future__ import annotations

from audit.corpus.boilerplate import classify_lines
from audit.corpus.normalize import nfc_map
from audit.corpus.segment import raw_sentences
from audit.model import Document, Segment


def segments_of_line(raw: str, line_no: int, first_index: int, paragraph: int, kind: str | None) -> list[Segment]:
    """The sentences of one original line (a paragraph), each with its line and column."""
    text, offsets = nfc_map(raw)
    out: list[Segment] = []
    for start, end, raw_start, raw_end in raw_sentences(text, offsets, len(raw), kind is not None):
        seg_offsets = [o - raw_start for o in offsets[start:end]] if offsets else None
        out.append(
            Segment(
                index=first_index + len(out),
                text=text[start:end],
                line=line_no,
                column=raw_start + 1,
                raw=raw[raw_start:raw_end],
                offsets=seg_offsets,
                boilerplate=kind is not None,
                boilerplate_kind=kind,
                paragraph=paragraph,
            )
        )
    return out


def document_from_lines(
    doc: str, lines: list[str], fmt: str = "text", path: str | None = None, first_line: int = 1
) -> Document:
    """A Document from the lines of a plain-text page (its first line numbered ``first_line``): boilerplate marked,
    sentences split."""
    kinds = classify_lines(lines)
    segments: list[Segment] = []
    title = ""
    paragraph = 0
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if not line.strip():
            continue
        if not title and kind is None:
            title = nfc_map(line.strip())[0]
        segments.extend(segments_of_line(line, i + first_line, len(segments), paragraph, kind))
        paragraph += 1
    return Document(doc=doc, segments=segments, title=title, format=fmt, path=path)
