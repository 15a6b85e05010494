"""XLIFF reader (1.2 and 2.0): one record per translation unit (2.0: per segment of a unit).

The target text is the unit's text content with inline markup removed (``<g>``, ``<mrk>``,
``<pc>`` keep their text; XLIFF 2.0's ``<cp hex="…"/>`` is its character;
placeholders ``<x/>``, ``<ph/>`` drop out, and so does the native code
that XLIFF 1.2 keeps inside ``<bpt>``, ``<ept>``, ``<ph>`` and ``<it>``: it is markup, not text; so is a
tracked deletion of Trados Studio, ``<mrk mtype="x-sdl-deleted">``). The inline codes
themselves are kept beside the text, per record (``Segment.codes``: element, id, begin/end pairing, place in the
text, XLIFF 2.0 ``canDelete``/``canCopy``/``copyOf``, and the native code: 1.2's content of a ``<ph>``, ``<bpt>``,
``<ept>``, ``<it>``, 2.0's ``<data>`` a ``dataRef`` names), for rule A110 and the reports. Parsing is strict
(a non-well-formed file is an input error naming its line) and safe (no entities resolved,
no network). Units without a target are skipped: there is nothing to audit (their count, and the line of the first,
is an input note: a file whose MT sits only in ``<alt-trans>`` would otherwise look fully audited). Units marked
``translate="no"`` (on the unit or inherited from a group or file, as mt-audit's own export marks
boilerplate, with its kind in ``mta:boilerplate``) are kept as boilerplate segments: shown,
never audited as article text. A 1.2 unit whose target is segmented (``<mrk mtype="seg" mid="N">``, as
Trados Studio's SDLXLIFF writes every unit) gives one record per segment, ``unit/N``, its source the
``<seg-source>`` segment of the same ``mid`` and its line the ``<mrk>``'s; the CAT tool's metadata of the
segment (SDLXLIFF ``<sdl:seg>``, memoQ's ``mq:`` attributes) goes into its flags (:mod:`audit.corpus.cat_meta`),
as do the flags of a 2.0 unit of mt-audit's own export (``<mda:metadata>``, group ``mt-audit:flags``).
A 1.2 target's ``state`` and ``state-qualifier`` (``leveraged-mt``, ``mt-suggestion``, ``exact-match`` …: where the
translation came from) and a 2.0 segment's ``state`` and ``subState`` become flags too (``state:translated``,
``state-qualifier:leveraged-mt``). The unit's notes (1.2 ``<note>``, its ``from``; 2.0 ``<notes><note>``, its
``category``: a project manager's context for the translator) go with each of its records (``Segment.notes``),
shown beside it, never audited.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import BinaryIO

from lxml import etree

from audit.corpus.cat_meta import cat_flags
from audit.corpus.declared import XML_DECLARATION, decode_declared, xml_declaration
from audit.corpus.decode import check_utf8
from audit.corpus.errors import InputError, InputNote
from audit.corpus.normalize import nfc_map
from audit.corpus.records import record_segment
from audit.corpus.sniff import looks_like_note
from audit.model import Document, InlineCode, Note, Segment, SegmentCodes

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
MTA = "urn:mt-audit:xliff:1"  # mt-audit's own namespace, declared by its XLIFF export
MTA_BOILERPLATE = f"{{{MTA}}}boilerplate"  # the kind, on units of mt-audit's own export
MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"
EXPORT_FLAGS = "mt-audit:flags"  # the mda:metaGroup category holding a segment's flags in mt-audit's own export
OWN_NOTE = "mt-audit"  # the category of the note mt-audit's own export gives each unit (where it was, its risk)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


# Inline elements whose content is native code (XLIFF 1.2), not translatable text.
CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it"})
# The inline codes of XLIFF 1.2 (x, g, ph, bpt/ept, it, bx/ex) and 2.0 (ph, pc, sc/ec) and what each is: a
# placeholder, an element around text, or the begin or end of a pair. <mrk> (and 2.0's <sm/>/<em/>) mark text
# up for the tools and are no code of the document.
_ROLES = {
    "x": "standalone",
    "ph": "standalone",
    "g": "element",
    "pc": "element",
    "bpt": "begin",
    "bx": "begin",
    "sc": "begin",
    "ept": "end",
    "ex": "end",
    "ec": "end",
    "it": "isolated",
}
INLINE_CODES = frozenset(_ROLES)
# Trados Studio's tracked changes: <mrk mtype="x-sdl-added"> holds inserted text (kept), <mrk
# mtype="x-sdl-deleted"> text the reviser deleted, no longer part of the translation (left out, as markup).
SDL_DELETED = "x-sdl-deleted"


def is_deletion(el: etree._Element) -> bool:
    """A tracked deletion of Trados Studio (its content is not text of the translation)."""
    return el.get("mtype") == SDL_DELETED and _local(el.tag) == "mrk"


def text_and_codes(
    el: etree._Element | None, v2: bool, data: Mapping[str, str] | None = None
) -> tuple[str | None, tuple[InlineCode, ...]]:
    """The text of a source or target (inline elements' text kept, native code and comments left out, an
    undeclared entity reference as written, ``&name;``) and its inline codes in document order, placed in
    that text: one walk of the element. ``data``: an XLIFF 2.0 unit's original data by id (:func:`original_data`)."""
    if el is None:
        return None, ()
    walk = _Walk()
    walk.element(el)
    codes: list[InlineCode] = []
    for child, start, end, parent in walk.codes:
        code = _code(child, start, end, v2, codes[parent].key if parent >= 0 else None)
        native = _native(child, v2, data)
        codes.append(replace(code, data=native[0], data_end=native[1]) if native != (None, None) else code)
    return "".join(walk.parts), tuple(codes)


def original_data(unit: etree._Element) -> dict[str, str]:
    """An XLIFF 2.0 unit's original data: the text of each ``<data>`` of its ``<originalData>`` by id (a ``<cp>``
    in it as its character; XLIFF 2.0 core, the <originalData> and <data> elements)."""
    out: dict[str, str] = {}
    for block in unit:
        if _local(block.tag) != "originalData":
            continue
        for d in block:
            if _local(d.tag) == "data" and d.get("id"):
                out[d.get("id") or ""] = _data_text(d)
    return out


def _data_text(el: etree._Element) -> str:
    """The text of a ``<data>`` element (or of 1.2 native code), a ``<cp hex>`` as its character."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and _local(child.tag) == "cp":
            parts.append(code_point(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _native(el: etree._Element, v2: bool, data: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    """The native code of an inline code: XLIFF 1.2 keeps it as the content of ``<ph>``, ``<bpt>``, ``<ept>``,
    ``<it>`` (a ``<sub>`` flow in it left out); XLIFF 2.0 in the unit's ``<data>`` its ``dataRef`` names (a
    ``<pc>``: ``dataRefStart`` and ``dataRefEnd``). (None, None) when it has none."""
    kind = _local(el.tag)
    if not v2:
        native = _data_text(el) if kind in CODE_ELEMENTS else ""
        return native or None, None
    if not data:
        return None, None
    if kind == "pc":
        return data.get(el.get("dataRefStart") or ""), data.get(el.get("dataRefEnd") or "")
    return data.get(el.get("dataRef") or ""), None


def _code(el: etree._Element, start: int, end: int, v2: bool, parent: tuple[str, str] | None) -> InlineCode:
    """One inline element as an :class:`InlineCode` (XLIFF 1.2: sec. 2.5 of the spec; 2.0: sec. 4.2.3, 4.3.1,
    and its Editing Hints for ``canReorder``), ``parent`` the key of the code whose content holds it."""
    kind = _local(el.tag)
    ref = el.get("startRef") if kind == "ec" else None
    isolated = el.get("isolated") == "yes" or kind == "it"
    role = _ROLES[kind] if not isolated else "isolated"
    cid = el.get("id") or ref or ""
    pair = None
    if role in ("begin", "end"):
        pair = (ref or cid) if v2 else (el.get("rid") or cid)
    if v2:
        can_delete, can_copy = el.get("canDelete", "yes") != "no", el.get("canCopy", "yes") != "no"
    else:
        can_delete, can_copy = False, el.get("clone", "yes") != "no"
    copy_of, reorder = (el.get("copyOf"), el.get("canReorder", "yes")) if v2 else (None, "yes")
    return InlineCode(kind, cid, role, start, end, pair, can_delete, can_copy, copy_of, reorder, parent)


class _Walk:
    """The text of a source or target and its inline elements met on the way (element, text offset where it
    starts, text offset where it ends, index of the code holding it or -1)."""

    __slots__ = ("codes", "parent", "parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.codes: list[tuple[etree._Element, int, int, int]] = []
        self.parent = -1

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def element(self, el: etree._Element) -> None:
        if el.text:
            self.add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                name = _local(child.tag)
                k, start, outer = -1, self.pos, self.parent
                if name in INLINE_CODES:
                    k = len(self.codes)
                    self.codes.append((child, start, start, outer))  # its place in document order; its end below
                if name == "cp":  # XLIFF 2.0: a character XML cannot carry (<cp hex="0007"/>)
                    self.add(code_point(child))
                elif name not in CODE_ELEMENTS and not is_deletion(child):
                    self.parent = k if k >= 0 else outer
                    self.element(child)
                    self.parent = outer
                if k >= 0:
                    self.codes[k] = (child, start, self.pos, outer)
            elif child.tag is etree.Entity:
                self.add(child.text)
            if child.tail:
                self.add(child.tail)


def code_point(el: etree._Element) -> str:
    """The character of an XLIFF 2.0 ``<cp hex="…"/>`` (U+FFFD when its ``hex`` is no code point)."""
    try:
        return chr(int(el.get("hex") or "", 16))
    except (ValueError, OverflowError):
        return "\ufffd"


def _untranslatable(el: etree._Element) -> bool:
    """``translate="no"`` on ``el`` or inherited from the nearest ancestor that sets it."""
    for node in (el, *el.iterancestors()):
        value = node.get("translate")
        if value is not None:
            return value == "no"
    return False


def _segment(index: int, target: str, line: int, rid: str, source: str | None, unit: etree._Element) -> Segment:
    seg = record_segment(index, target, line, rid, source, None)
    if _untranslatable(unit):
        seg.boilerplate, seg.boilerplate_kind = True, unit.get(MTA_BOILERPLATE) or "translate-no"
    return seg


def _as_utf8(data: bytes, path: str) -> bytes:
    """``data`` checked as UTF-8 (undeclared: XML 1.0, 4.3.3; checked here to name the likely encoding), or
    decoded in the encoding its declaration names and given to the parser as UTF-8, its declaration saying
    so (lines unchanged): Python's codecs read it, as ``audit apply`` writes it back."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    decl = xml_declaration(data)
    if decl is None or decl.utf8:
        check_utf8(data, path)
        return data
    utf8 = decode_declared(data, decl, path).encode("utf-8")
    m = XML_DECLARATION.match(utf8)
    return utf8[: m.start(1)] + b"UTF-8" + utf8[m.end(1) :] if m else utf8


_ENTITY_DECLARATION = re.compile(rb"<!ENTITY\s")
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")


def _refuse_entities(data: bytes, path: str) -> None:
    """An InputError for a file whose DOCTYPE declares entities (searched before the root element; a UTF-16 file
    is searched in its text)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    root = _ELEMENT_START.search(data)
    m = _ENTITY_DECLARATION.search(data, 0, root.start() if root else len(data))
    if m:
        raise InputError(
            path,
            "the file declares entities (<!ENTITY …>), which mt-audit does not expand: an external entity can "
            "read local files or the network (XXE) and nested ones multiply the text ('billion laughs'); write "
            "their text in place of the references (&name;) and remove the declarations",
            data.count(b"\n", 0, m.start()) + 1,
        )


def parse_xliff(data: bytes, path: str) -> etree._Element:
    """The root of an XLIFF file, parsed strictly and safely (InputError naming the line otherwise)."""
    if not data.strip():
        raise InputError(path, "empty file")
    data = _as_utf8(data, path)
    _refuse_entities(data, path)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        note = looks_like_note(data[:4096].decode("utf-8", errors="replace"), "xliff")
        raise InputError(path, f"not well-formed XML: {_xml_error(e.msg)}{note}", e.lineno) from None
    if _local(root.tag) != "xliff":
        raise InputError(path, f"root element is <{_local(root.tag)}>, not <xliff>", root.sourceline)
    return root


def _xml_error(msg: str) -> str:
    """libxml2's message without its advice to the programmer (XML_PARSE_HUGE is not the user's switch).

    The limit is libxml2's XML_MAX_TEXT_LENGTH, 10,000,000 (include/libxml/parserInternals.h).
    """
    if "try XML_PARSE_HUGE" in msg:
        return msg.replace(", try XML_PARSE_HUGE", "") + " (a text over 10,000,000 characters is not read)"
    return msg


# id, source, target, unit, and the line where the record starts (its unit, or its <segment> in a
# 2.0 unit of several); in a segmented 1.2 unit, the source and target are the segment's <mrk mtype="seg">
Record = tuple[str, etree._Element | None, etree._Element, etree._Element, int]


def _is_v2(root: etree._Element) -> bool:
    """An XLIFF 2 file (by its namespace or its version)."""
    return etree.QName(root.tag).namespace == NS20 or root.get("version", "").startswith("2")


def iter_records(root: etree._Element, path: str) -> Iterator[Record]:
    """The records of an XLIFF tree in reading order: (id, source, target, unit, line), one per
    translated unit (1.2) or per translated segment of a unit (2.0; id ``unit/segment`` when the
    unit has more than one; per ``<mrk mtype="seg">`` of a segmented 1.2 target, id ``unit/mid``).
    ``audit apply`` finds a record's target through this too."""
    v2 = _is_v2(root)
    counter = [0]  # records (2.0) or targeted units (1.2) so far: the id of one that has none
    for unit in root.iter(_unit_tag(root, path)):
        yield from unit_records(unit, v2, counter)


def _unit_tag(root: etree._Element, path: str) -> str:
    """The tag of the file's translation units (2.0 ``<unit>``, 1.2 ``<trans-unit>``), in its namespace."""
    ns = etree.QName(root.tag).namespace
    version = root.get("version", "")
    if _is_v2(root):
        return f"{{{ns}}}unit" if ns else "unit"
    if ns == NS12 or version.startswith("1"):
        return f"{{{ns}}}trans-unit" if ns else "trans-unit"
    raise InputError(path, f"unknown XLIFF version {version!r} (namespace {ns!r})", root.sourceline)


def unit_records(unit: etree._Element, v2: bool, counter: list[int]) -> Iterator[Record]:
    """The records of one unit (see :func:`iter_records`); ``counter`` counts on across the file's units."""
    if v2:
        parts = [s for s in unit if _local(s.tag) == "segment"]
        for k, seg in enumerate(parts):
            src = next((c for c in seg if _local(c.tag) == "source"), None)
            tgt = next((c for c in seg if _local(c.tag) == "target"), None)
            if tgt is None:
                continue
            rid = unit.get("id") or str(counter[0])
            if len(parts) > 1:
                rid = f"{rid}/{seg.get('id') or k}"
            counter[0] += 1
            # the line where the record starts (DESIGN.md): its <segment> when the unit holds several
            yield rid, src, tgt, unit, (seg.sourceline if len(parts) > 1 else unit.sourceline) or 1
        return
    src = next((c for c in unit if _local(c.tag) == "source"), None)
    tgt = next((c for c in unit if _local(c.tag) == "target"), None)
    if tgt is None:
        return
    counter[0] += 1
    uid = unit.get("id") or str(counter[0] - 1)
    marked = _seg_marks(tgt)
    if not marked:
        yield uid, src, tgt, unit, unit.sourceline or 1  # where the record starts
        return
    seg_source = next((c for c in unit if _local(c.tag) == "seg-source"), None)
    sources = {m.get("mid"): m for m in _seg_marks(seg_source)} if seg_source is not None else {}
    for k, mrk in enumerate(marked):
        mid = mrk.get("mid") or str(k)
        yield f"{uid}/{mid}", sources.get(mid), mrk, unit, mrk.sourceline or 1


def _seg_marks(el: etree._Element | None) -> list[etree._Element]:
    """The segments of a segmented 1.2 source or target (``<mrk mtype="seg">``, XLIFF 1.2 sec. 2.7, as
    ``<seg-source>`` and its target hold them; SDLXLIFF segments every unit so), in document order."""
    if el is None:
        return []
    return [m for m in el.iter(etree.Element) if _local(m.tag) == "mrk" and m.get("mtype") == "seg"]


def _in_nfc(text: str, codes: tuple[InlineCode, ...]) -> tuple[InlineCode, ...]:
    """``codes`` placed in the NFC form of ``text`` (the segment's source is kept in NFC; its target keeps the text
    before NFC, with its offsets)."""
    offsets = nfc_map(text)[1] if codes else None
    if offsets is None:
        return codes
    return tuple(replace(c, start=bisect_left(offsets, c.start), end=bisect_left(offsets, c.end)) for c in codes)


def target_text(target: etree._Element) -> str:
    """A target's text as the reader audits it (before NFC)."""
    return text_and_codes(target, v2=False)[0] or ""


def export_flags(unit: etree._Element) -> tuple[str, ...]:
    """The flags a 2.0 unit of mt-audit's own export carries (``<mda:metadata>``, group ``mt-audit:flags``)."""
    return tuple(
        (meta.text or "").strip()
        for md in unit.iterchildren(f"{MDA}metadata")
        for group in md.iterchildren(f"{MDA}metaGroup")
        if group.get("category") == EXPORT_FLAGS
        for meta in group.iterchildren(f"{MDA}meta")
        if meta.get("type") == "flag" and (meta.text or "").strip()
    )


def unit_notes(unit: etree._Element) -> tuple[Note, ...]:
    """The notes of a unit: XLIFF 1.2 ``<note>`` children of the trans-unit (``from``: who wrote it), XLIFF 2.0
    ``<note>`` elements of the unit's ``<notes>`` (``category``); empty ones left out."""
    out: list[Note] = []
    for child in unit:
        name = _local(child.tag)
        if name == "note":
            out.append(Note(_note_text(child), "note", child.get("from") or None))
        elif name == "notes":
            for n in child:
                if _local(n.tag) == "note" and n.get("category") != OWN_NOTE:
                    out.append(Note(_note_text(n), "note", None, n.get("category") or None))
    return tuple(n for n in out if n.text)


def _note_text(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


def state_flags(target: etree._Element, segment: etree._Element | None) -> tuple[str, ...]:
    """The translation state of a record as flags: a 1.2 ``<target>``'s ``state`` and ``state-qualifier``, a 2.0
    ``<segment>``'s ``state`` and ``subState`` (``segment``: the 2.0 record's segment, else None)."""
    if segment is not None:
        names = (("state", "state"), ("subState", "subState"))
        return tuple(f"{flag}:{segment.get(attr)}" for attr, flag in names if segment.get(attr))
    names = (("state", "state"), ("state-qualifier", "state-qualifier"))
    return tuple(f"{flag}:{target.get(attr)}" for attr, flag in names if target.get(attr))


def _untargeted(root: etree._Element) -> list[int]:
    """The lines of the translatable units (1.2 ``<trans-unit>``; 2.0 ``<segment>``) that have no ``<target>``."""
    ns = etree.QName(root.tag).namespace
    v2 = _is_v2(root)
    tag = ("segment" if v2 else "trans-unit") if not ns else f"{{{ns}}}{'segment' if v2 else 'trans-unit'}"
    return _untargeted_in(root, tag)


def _untargeted_in(el: etree._Element, tag: str) -> list[int]:
    """The lines of the elements ``tag`` in ``el`` (itself included) with no ``<target>`` that are translatable."""
    return [
        e.sourceline or 1
        for e in el.iter(tag)
        if not any(_local(c.tag) == "target" for c in e) and not _untranslatable(e)
    ]


def _untargeted_note(root: etree._Element, path: str) -> InputNote | None:
    """An input note counting the units without a target, which are not audited."""
    return _untargeted_lines_note(_untargeted(root), _is_v2(root), path)


def _untargeted_lines_note(lines: list[int], v2: bool, path: str) -> InputNote | None:
    if not lines:
        return None
    what = "segment(s)" if v2 else "unit(s)"
    return InputNote(
        path,
        f"{len(lines)} {what} without a <target> not audited, the first here (a source only, or the MT only in "
        "<alt-trans>)",
        lines[0],
    )


def read_xliff(fh: BinaryIO, doc: str, path: str, errors: list[InputError]) -> list[Document]:
    root = parse_xliff(fh.read(), path)
    segments: list[Segment] = []
    v2 = _is_v2(root)
    own = MTA in root.nsmap.values()  # mt-audit's own export: its flags say it all
    for record in iter_records(root, path):
        segments.append(_record_segment(len(segments), record, v2, own))
    if not segments:
        raise InputError(path, "no translated units (no <target> elements)")
    note = _untargeted_note(root, path)
    if note is not None:
        errors.append(note)
    return [Document(doc=doc, segments=segments, title=doc, format="xliff", path=path)]


def _record_segment(index: int, record: Record, v2: bool, own: bool) -> Segment:
    """The Segment of one record: its text, source, inline codes, flags and notes."""
    rid, src, tgt, unit, line = record
    data = original_data(unit) if v2 else None
    source, source_codes = text_and_codes(src, v2, data)
    target, target_codes = text_and_codes(tgt, v2, data)
    seg = _segment(index, target or "", line, rid, source, unit)
    if not v2:
        seg_mark = _local(tgt.tag) == "mrk"
        whole = next((a for a in tgt.iterancestors() if _local(a.tag) == "target"), tgt) if seg_mark else tgt
        cat = cat_flags(unit, tgt.get("mid") if seg_mark else None)
        seg.flags = state_flags(whole, None) + cat
    else:
        seg.flags = (() if own else state_flags(tgt, tgt.getparent())) + export_flags(unit)
    seg.notes = unit_notes(unit)
    if source_codes or target_codes:
        seg.codes = SegmentCodes(_in_nfc(source or "", source_codes), target_codes)
    return seg


def streamable(path: str) -> bool:
    """Whether a large XLIFF file can be read a unit at a time (:func:`iter_xliff`): UTF-8, well-formed, an
    ``<xliff>`` of a known version, no entity declared. Any other file is read whole, and refused with the error
    reading it whole gives (its line)."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    decl = xml_declaration(head)
    root_at = _ELEMENT_START.search(head)
    if (decl is not None and not decl.utf8) or root_at is None or _ENTITY_DECLARATION.search(head, 0, root_at.start()):
        return False
    try:
        for event, el in etree.iterparse(path, events=("start", "end"), **_ITER_OPTIONS):
            if event == "start":
                if el.getparent() is None:
                    if _local(el.tag) != "xliff":
                        return False
                    _unit_tag(el, path)
                continue
            parent = el.getparent()
            el.clear(keep_tail=True)
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    except (etree.XMLSyntaxError, InputError):
        return False
    return True


_ITER_OPTIONS = {"resolve_entities": False, "no_network": True, "huge_tree": False, "remove_comments": True}


def iter_xliff(
    path: str, doc: str, errors: list[InputError], chunk: int, opened: str | None = None
) -> Iterator[Document]:
    """A large XLIFF file's records as Documents of at most ``chunk`` records, each unit read, turned into its
    records and let go in turn (:func:`streamable` files only); ``part`` > 0 continues the Document before.
    The segments, their order and numbering, and the input note on units without a target are read_xliff's.
    ``opened``: the file to read when it is not ``path`` (standard input's copy; ``path`` names it)."""
    segments: list[Segment] = []
    part, base, counter, untargeted = 0, 0, [0], []  # base: the records of the Documents given so far
    v2 = own = False
    unit_tag = target_less = ""
    for event, el in etree.iterparse(opened or path, events=("start", "end"), **_ITER_OPTIONS):
        if event == "start":
            if el.getparent() is None:
                v2, own, unit_tag = _is_v2(el), MTA in el.nsmap.values(), _unit_tag(el, path)
                ns = etree.QName(el.tag).namespace
                target_less = (
                    ("segment" if v2 else "trans-unit") if not ns else f"{{{ns}}}{'segment' if v2 else 'trans-unit'}"
                )
            continue
        if el.tag != unit_tag:
            continue
        untargeted += _untargeted_in(el, target_less)
        for record in unit_records(el, v2, counter):
            seg = _record_segment(len(segments), record, v2, own)
            seg.paragraph = base + seg.index  # as in the file read whole: a record is a paragraph
            segments.append(seg)
        if len(segments) >= chunk:
            yield Document(doc=doc, segments=segments, title=doc, format="xliff", path=path, part=part)
            segments, part, base = [], part + 1, base + len(segments)
        parent = el.getparent()
        el.clear(keep_tail=True)
        while el.getprevious() is not None:
            del parent[0]
    if not segments and not part:
        raise InputError(path, "no translated units (no <target> elements)")
    note = _untargeted_lines_note(untargeted, v2, path)
    if note is not None:
        errors.append(note)
    if segments:
        yield Document(doc=doc, segments=segments, title=doc, format="xliff", path=path, part=part)
