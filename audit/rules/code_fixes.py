"""Fixes next to XLIFF inline codes: would ``audit apply`` write a suggestion without moving a code?

The XLIFF reader leaves inline codes out of a segment's text (``Xem hướng dẫn<x/>hoặc`` reads
``Xem hướng dẫnhoặc``) and keeps them beside it (:attr:`audit.model.Segment.codes`). A suggestion is plain
text, so it cannot carry a code: ``audit apply`` writes it around the codes of the file
(:mod:`audit.report.xliff_edit`), which refuses an edit that replaces text across a code and lets a
deletion across one keep the code but glue the words on either side to it. So a fix whose changed part
holds a code is not offered: its finding stays, with a note, to be fixed by hand. A whole-segment fix
(A106 offering another record's translation) is offered only when writing it around this segment's codes
gives that translation with its codes where they are.

To know where apply puts the codes, the segment is written out as an XLIFF target (its text with its codes
as empty elements, ``<g>``/``<pc>`` around their content) and edited with apply's own editor.
"""

from __future__ import annotations

from bisect import bisect_left

from audit.model import InlineCode, Segment

# (element, id, role, start, end) of each target code, indices of the segment's NFC text
Placed = tuple[tuple[str, str, str, int, int], ...]

NO_FIX_NOTE = " (no fix offered: it would change the text across an inline code of the file; fix it by hand)"
CODES_DIFFER_NOTE = " (its inline codes are not where this record has them: copy it with its codes by hand)"


def target_codes(seg: Segment) -> tuple[InlineCode, ...]:
    """The inline codes of the segment's target (none for a segment of a format without codes)."""
    return seg.codes.target if seg.codes is not None else ()


def _index(seg: Segment, raw: int) -> int:
    """The index of ``seg.text`` (NFC) at index ``raw`` of the text before NFC."""
    return raw if seg.offsets is None else bisect_left(seg.offsets, raw)


def placed(seg: Segment) -> Placed:
    """The segment's target codes with their places in its text."""
    return tuple((c.kind, c.id, c.role, _index(seg, c.start), _index(seg, c.end)) for c in target_codes(seg))


def code_places(seg: Segment) -> frozenset[int]:
    """Every index of the text where a code starts or ends (a ``<g>``'s both tags)."""
    return frozenset(p for _, _, _, start, end in placed(seg) for p in (start, end))


def as_target(text: str, codes: Placed, parents: list[int], xml: bool = True) -> str:
    """``text`` written as XLIFF target content with ``codes`` in their places (``parents``: the index of the
    code holding each one, -1 for none); each code an empty element but for the ones around text. ``xml``
    False: the text unescaped, to be shown."""
    from xml.sax.saxutils import escape, quoteattr  # here: it imports urllib.request (http, ssl, email), 18 ms

    out: list[str] = []
    at = 0
    stack: list[int] = []

    def upto(pos: int) -> None:
        nonlocal at
        if pos < at:
            raise IndexError(f"codes out of order at {pos}")
        out.append(escape(text[at:pos]) if xml else text[at:pos])
        at = pos

    def close() -> None:
        k = stack.pop()
        upto(codes[k][4])
        out.append(f"</{codes[k][0]}>")

    for k, (kind, cid, role, start, _) in enumerate(codes):
        while stack and stack[-1] != parents[k]:
            close()
        upto(start)
        if role == "element":
            out.append(f"<{kind} id={quoteattr(cid)}>")
            stack.append(k)
        else:
            attr = "startRef" if kind == "ec" else "id"  # XLIFF 2.0's <ec> names its <sc>
            out.append(f"<{kind} {attr}={quoteattr(cid)}/>")
    while stack:
        close()
    upto(len(text))
    return "".join(out)


def with_codes(seg: Segment) -> str:
    """The segment's text with its target codes written in as empty tags (``<x id="1"/>``, ``<g id="2">…</g>``),
    for a message; the text alone when it has none (or they cannot be written out)."""
    if not target_codes(seg):
        return seg.text
    try:
        return as_target(seg.text, placed(seg), _parents(seg), xml=False)
    except IndexError:
        return seg.text


def _parents(seg: Segment) -> list[int]:
    codes = target_codes(seg)
    keys = {c.key: k for k, c in enumerate(codes) if c.role == "element"}
    return [keys.get(c.parent, -1) if c.parent is not None else -1 for c in codes]


def codes_after_edit(seg: Segment, new_text: str) -> Placed | None:
    """Where ``audit apply`` leaves the segment's codes when its text becomes ``new_text`` (None: apply would
    refuse the edit, or the codes cannot be written out)."""
    from lxml import etree  # here, as the two below: a run of plain text never needs them

    from audit.corpus.xliff import text_and_codes
    from audit.report.xliff_edit import Refused, edit_content

    codes = placed(seg)
    try:
        raw = as_target(seg.text, codes, _parents(seg))
        edited = edit_content(raw, seg.text, new_text)
        el = etree.fromstring(f"<target>{edited}</target>")
    except (Refused, etree.XMLSyntaxError, IndexError):
        return None
    _, after = text_and_codes(el, v2=False)
    return tuple((c.kind, c.id, c.role, c.start, c.end) for c in after)


def fix_crosses_code(seg: Segment, start: int, end: int, fix: str) -> bool:
    """Replacing ``seg.text[start:end]`` with ``fix`` changes text across an inline code: a stretch that apply
    changes (word by word, less what it shares with its new text at either end) holds a code inside it."""
    places = code_places(seg)
    if not places:
        return False
    from audit.report.xliff_edit import _changes, _trim

    text = seg.text
    for s, e, new in _changes(text, text[:start] + fix + text[end:]):
        p, q, _ = _trim(text[s:e], new) if new else (0, 0, "")
        if any(s + p < x < e - q for x in places):
            return True
    return False


def safe_fixes(
    seg: Segment, start: int, end: int, suggestion: str | None, candidates: list[str] | None, message: str
) -> tuple[str | None, list[str] | None, str]:
    """The suggestion and candidates of a finding on a segment with inline codes, without those that change
    text across a code; when the suggestion goes, the message says why."""
    if candidates:
        kept = [c for c in candidates if not fix_crosses_code(seg, start, end, c)]
        candidates = kept or None
    if suggestion is not None and fix_crosses_code(seg, start, end, suggestion):
        return None, candidates, message + NO_FIX_NOTE
    return suggestion, candidates, message
