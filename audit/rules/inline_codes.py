"""A110's check of XLIFF inline codes: a code of the source lost, added, repeated or put out of order.

A CAT tool turns a document's formatting into inline codes (XLIFF 1.2 ``<x/>``, ``<g>``, ``<ph>``,
``<bpt>``/``<ept>``, ``<it>``, ``<bx/>``/``<ex/>``; XLIFF 2.0 ``<ph/>``, ``<pc>``, ``<sc/>``/``<ec/>``) and
merges the target back into the document through them, by id: a code the translation lost drops a link,
a bold run or a line break from the document, one it added or repeated has no original (or two places) to
merge, an end before its begin inverts the formatting. Codes are matched between source and target by element
and id (:attr:`audit.model.InlineCode.key`). XLIFF 2.0 lets a translation delete a code unless it says
``canDelete="no"`` and copy one (a new id with ``copyOf``) unless it says ``canCopy="no"``: those are not
flagged. XLIFF 1.2 has no deletable codes; its ``<g>``, ``<x/>``, ``<bx/>``, ``<ex/>`` may be repeated
unless they say ``clone="no"`` (the attribute's default is yes), its other codes may not. A 2.0 ``<pc>`` on one side and
``<sc/>``…``<ec/>`` with its id on the other are the same code. XLIFF 2.0 codes are otherwise free to move, except
a sequence the source marks with ``canReorder``: a code marked ``firstNo`` and the codes marked ``no`` right after
it must stay in that order with no other code among them, and each inside the code (``<pc>``) that holds it in
the source (the sequence as a whole may move).

Sources: XLIFF 2.0 (OASIS Standard, 5 August 2014, http://docs.oasis-open.org/xliff/xliff-core/v2.0/os/) and
its schema xliff_core_2.0.xsd (``canCopy``, ``canDelete`` default "yes" on ``<ph>``, ``<pc>``, ``<sc>``, ``<ec>``;
``<ec>`` names its ``<sc>`` with ``startRef``, or has an ``id`` with ``isolated="yes"``; ``canReorder``: its Editing
Hints, and the XLIFF TC's test files core/valid/withReorderedCodes.xlf, bad_WrongReordering1.xlf, …2.xlf);
XLIFF 1.2 (OASIS Standard, 1 February 2008, http://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html:
``<bpt>``/``<ept>`` and ``<bx/>``/``<ex/>`` paired by ``rid``, else by ``id``; ``<it pos="open|close">`` stands alone).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from audit.model import InlineCode, Segment, SegmentCodes

if TYPE_CHECKING:
    from audit.rules.base import Hit, Rule

_CONFIDENCE = 0.9


def inline_code_hits(rule: Rule, seg: Segment, codes: SegmentCodes) -> Iterator[Hit]:
    """The findings on ``seg``'s inline codes (see the module docstring)."""
    src, tgt = codes.source, codes.target
    if [c.key for c in src] == [c.key for c in tgt]:  # the common case: the same codes in the same order
        yield from _sequences_broken(rule, seg, src, tgt)  # one may have left the code holding it
        return
    if _written_both_ways(src, tgt):
        src, tgt = _split_pc(src), _split_pc(tgt)
    want = Counter(c.key for c in src)
    by_key = {c.key: c for c in src}
    lost = [by_key[k] for k in (want - Counter(c.key for c in tgt)) if not by_key[k].can_delete]
    if lost:
        listed = ", ".join(show(c) for c in lost)
        said = f"codes {listed} are" if len(lost) > 1 else f"code {listed} is"
        yield rule.hit(
            seg,
            0,
            len(seg.text),
            f"the source's inline {said} not in the translation: the formatting, link or placeholder it stands "
            "for is lost when the file is merged back",
            confidence=_CONFIDENCE,
        )
    yield from _extra(rule, seg, tgt, want, by_key)
    yield from _order(rule, seg, src, tgt)
    yield from _sequences_broken(rule, seg, codes.source, codes.target)


# XLIFF 1.2's elements with a 'clone' attribute (default yes: a translation may repeat them); 2.0 has none of these
_CLONABLE_12 = frozenset({"g", "x", "bx", "ex"})


def _extra(
    rule: Rule, seg: Segment, tgt: tuple[InlineCode, ...], want: Counter[tuple[str, str]], by_key: dict
) -> Iterator[Hit]:
    """Target codes the source does not have, or has fewer times (a copy the spec allows is not counted)."""
    seen: Counter[tuple[str, str]] = Counter()
    for c in tgt:
        if c.copy_of is not None:
            original = next((s for s in by_key.values() if s.id == c.copy_of), None)
            if original is not None and original.can_copy:
                continue
            why = 'a copy of a code the source marks canCopy="no"' if original else "a copy of no source code"
            yield _at(rule, seg, c, f"the inline code {show(c)} is {why}: merging the file back fails on it")
            continue
        seen[c.key] += 1
        if c.kind in _CLONABLE_12 and c.can_copy and want[c.key]:
            continue  # XLIFF 1.2: <g>, <x/>, <bx/>, <ex/> may be copied unless clone="no"
        if not want[c.key]:
            yield _at(rule, seg, c, f"the inline code {show(c)} is not in the source: it has no original to merge")
        elif seen[c.key] > want[c.key]:
            yield _at(
                rule,
                seg,
                c,
                f"the inline code {show(c)} is repeated (the source has it {want[c.key]}×): the merged document "
                "gets what it stands for twice, or the merge fails on the repeated id",
            )


def _order(rule: Rule, seg: Segment, src: tuple[InlineCode, ...], tgt: tuple[InlineCode, ...]) -> Iterator[Hit]:
    """An end code before its begin in the target where the source has them in order."""
    ordered = _pairs_in_order(src)
    begins = {c.pair: k for k, c in enumerate(tgt) if c.role == "begin"}
    for k, c in enumerate(tgt):
        if c.role == "end" and c.pair in ordered and begins.get(c.pair, -1) > k:
            b = tgt[begins[c.pair]]
            start, end = text_index(seg, c.start), text_index(seg, b.start)
            if start >= end:
                start, end = 0, len(seg.text)
            yield rule.hit(
                seg,
                start,
                end,
                f"the inline code {show(c)} comes before its begin {show(b)}: the formatting is inverted (the "
                "text between them is outside it, the text around them inside)",
                confidence=_CONFIDENCE,
            )


def _sequences_broken(
    rule: Rule, seg: Segment, src: tuple[InlineCode, ...], tgt: tuple[InlineCode, ...]
) -> Iterator[Hit]:
    """A ``canReorder`` sequence of the source (XLIFF 2.0) that the target reorders, splits with another code,
    or moves out of (or into) a ``<pc>``. A sequence with a code lost is left to the lost-code finding."""
    runs = _fixed_sequences(src) if any(c.can_reorder != "yes" for c in src) else []
    if not runs:
        return
    places: dict[tuple[str, str], int] = {}
    for k, c in enumerate(tgt):
        if c.copy_of is None:
            places.setdefault(c.key, k)
    for run in runs:
        at = [places[c.key] for c in run if c.key in places]
        if len(at) < len(run):
            continue
        found = [tgt[k] for k in at]
        together = all(b == a + 1 for a, b in pairwise(at))
        nested = _same_nesting(run, found)
        if together and nested:
            continue
        if together:
            how = "the translation moves one of them out of, or into, the code that holds it"
        else:
            how = "the translation changes their order or puts another code among them"
        listed = ", ".join(show(c) for c in run)
        places_in_text = [text_index(seg, c.start) for c in found]
        start, end = min(places_in_text), max(places_in_text)
        if start >= end:
            start, end = 0, len(seg.text)
        yield rule.hit(
            seg,
            start,
            end,
            f'the source keeps the inline codes {listed} in this order, together (canReorder="firstNo"…"no"), '
            f"and {how}: tools refuse the file or merge it back wrong",
            confidence=_CONFIDENCE,
        )


def _fixed_sequences(codes: tuple[InlineCode, ...]) -> list[tuple[InlineCode, ...]]:
    """The ``canReorder`` sequences of ``codes``: a code marked ``firstNo`` and the codes marked ``no`` right after
    it (two codes or more; a ``no`` that follows no ``firstNo`` makes an invalid file and is passed over)."""
    out: list[tuple[InlineCode, ...]] = []
    run: list[InlineCode] = []
    for c in (*codes, None):
        if c is not None and c.can_reorder == "no" and run:
            run.append(c)
            continue
        if len(run) > 1:
            out.append(tuple(run))
        run = [c] if c is not None and c.can_reorder == "firstNo" else []
    return out


def _same_nesting(run: tuple[InlineCode, ...], found: list[InlineCode]) -> bool:
    """Each code of a sequence sits in the target where it sits in the source: inside the same code of the
    sequence, or (the others) inside whatever code holds the sequence's first code in the target."""
    members = {c.key for c in run}
    outer = found[0].parent
    return all(
        t.parent == (s.parent if s.parent in members else outer) for s, t in zip(run[1:], found[1:], strict=True)
    )


def _written_both_ways(src: tuple[InlineCode, ...], tgt: tuple[InlineCode, ...]) -> bool:
    """One side writes a paired code as ``<pc>`` and the other as ``<sc/>``…``<ec/>`` with the same id (XLIFF 2.0
    writes a ``<pc>`` as such a pair where it must, e.g. when it would overlap another code)."""
    pc = {c.id for c in (*src, *tgt) if c.kind == "pc"}
    return bool(pc) and any(c.kind in ("sc", "ec") and c.id in pc for c in (*src, *tgt))


def _split_pc(codes: tuple[InlineCode, ...]) -> tuple[InlineCode, ...]:
    """``codes`` with each ``<pc>`` as the ``<sc/>``…``<ec/>`` pair it stands for (ordered by place)."""
    out: list[InlineCode] = []
    for c in codes:
        if c.kind != "pc":
            out.append(c)
            continue
        out.append(replace(c, kind="sc", role="begin", end=c.start, pair=c.id))
        out.append(replace(c, kind="ec", role="end", start=c.end, pair=c.id))
    return tuple(sorted(out, key=lambda c: c.start))


def _pairs_in_order(codes: tuple[InlineCode, ...]) -> set[str | None]:
    """The pairs whose begin comes before their end in ``codes``."""
    begun: set[str | None] = set()
    done: set[str | None] = set()
    for c in codes:
        if c.role == "begin":
            begun.add(c.pair)
        elif c.role == "end" and c.pair in begun:
            done.add(c.pair)
    return done


def _at(rule: Rule, seg: Segment, c: InlineCode, message: str) -> Hit:
    """A finding on code ``c``: the text inside it (a ``<g>`` or ``<pc>`` with content), else the segment."""
    start, end = text_index(seg, c.start), text_index(seg, c.end)
    if start >= end or not seg.text[start:end].strip():
        start, end = 0, len(seg.text)
    return rule.hit(seg, start, end, message, confidence=_CONFIDENCE)


def code_places(seg: Segment) -> frozenset[int]:
    """The indices of ``seg.text`` where a placeholder of its target (``<x/>``, ``<ph>``) stands; empty when it
    has none. The text leaves placeholders out, so one's place looks like a space before punctuation
    ('Phòng <ph id="6"/>, tầng' reads 'Phòng , tầng'). Formatting codes (``<g>``, ``<bpt>`` …) show no text."""
    if seg.codes is None:
        return frozenset()
    return frozenset(text_index(seg, c.start) for c in seg.codes.target if c.role == "standalone")


def placeholder_in(seg: Segment, start: int, end: int) -> bool:
    """A placeholder of the target (:func:`code_places`) stands in ``seg.text[start:end]``, its ends included: the
    text there holds a word the reader left out ('Giá là  <ph/> .' reads 'Giá là   .', and does not end on 'là')."""
    return seg.codes is not None and any(start <= p <= end for p in code_places(seg))


OBJECT = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: stands for a placeholder in :func:`with_placeholders`


def with_placeholders(seg: Segment) -> tuple[str, list[int]]:
    """The segment's text with U+FFFC where each placeholder of its target stands (a word to a regex, no space) and
    the places (in ``seg.text``) where they went in; the text itself when it has none."""
    return _objects_at(seg.text, sorted(code_places(seg)))


def source_with_placeholders(seg: Segment) -> str:
    """The segment's source with U+FFFC where each placeholder of it stands (see :func:`with_placeholders`)."""
    source = seg.source or ""
    if seg.codes is None:
        return source
    return _objects_at(source, sorted({c.start for c in seg.codes.source if c.role == "standalone"}))[0]


def _objects_at(text: str, places: list[int]) -> tuple[str, list[int]]:
    if not places:
        return text, []
    parts = [text[a:b] for a, b in zip([0, *places], [*places, len(text)], strict=True)]
    return OBJECT.join(parts), places


def text_offset(offset: int, places: list[int]) -> int:
    """The index of ``seg.text`` at ``offset`` of the text :func:`with_placeholders` made."""
    return offset - sum(1 for k, place in enumerate(places) if place + k < offset)


def text_index(seg: Segment, raw: int) -> int:
    """The index of ``seg.text`` (NFC) at index ``raw`` of the text before NFC."""
    return raw if seg.offsets is None else bisect_left(seg.offsets, raw)


def show(c: InlineCode) -> str:
    """A code as written in the file, without its content ('<bpt id="3">', '<ec startRef="2"/>')."""
    if c.kind == "ec" and c.role == "end":
        return f'<ec startRef="{c.id}"/>'
    empty = "/" if c.kind in ("x", "bx", "ex", "sc", "ec", "ph") else ""
    return f'<{c.kind} id="{c.id}"{empty}>'
