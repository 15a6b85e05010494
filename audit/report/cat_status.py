"""The CAT tool's own status of a post-edited segment, updated as its XLIFF ``state`` is (see xliff_edit).

When ``audit apply`` writes a person's post-edit into a record's target, the metadata the CAT tool keeps beside
XLIFF's ``state`` is made to say so too, in the file's own bytes (only the attributes concerned change):

- Trados Studio (SDLXLIFF): the segment's ``<sdl:seg>``. Its confirmation level ``conf`` that asks for work
  (``Unspecified``, ``Draft``, ``RejectedTranslation``, ``RejectedSignOff``; the levels Trados's own XLIFF 1.2
  mapping writes as ``new``, ``needs-translation`` and ``needs-review-translation``) becomes ``Translated``
  ("fully translated, but not yet reviewed"); ``Translated``, ``ApprovedTranslation`` and ``ApprovedSignOff``
  stay. Its origin, when it is not already ``interactive`` (Trados: "manually adapted or translated from
  scratch"), becomes ``interactive``, and the origin it had (``origin``, ``origin-system``, ``percent``,
  ``struct-match``, ``text-match`` and the seg's children: metadata values and earlier history) goes into an
  ``<sdl:prev-origin>``, as Trados keeps the origin before a person adapted the text; so an MT segment a
  reviewer fixed no longer shows as untouched MT (``origin:mt``), and its history says it was MT.
- memoQ (MQXLIFF): the trans-unit's ``mq:status`` that asks for work (``NotStarted``, ``PreTranslated``, written
  ``Pretranslated`` too, ``MachineTranslated``, ``AssembledFromFragments``, ``PartiallyEdited``, ``Rejected``)
  becomes ``ManuallyConfirmed`` (confirmed in the translator role); the reviewer-confirmed and proofread
  statuses stay; ``mq:percent`` (the match the text started from) stays.

Nothing is added where the file sets no such attribute. A segment the tool locked (``sdl:seg locked="true"``,
``mq:locked``) is not edited at all (:func:`locked`): apply refuses that record's edit.
Sources: references/SOURCES.md, "CAT-tool segment status".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from lxml import etree

from audit.corpus.cat_meta import MQ, SDL, cat_flags, sdl_seg

# SDL ConfirmationLevel values that ask for work on the text (compared in lower case)
_SDL_NEEDS_WORK = frozenset({"unspecified", "draft", "rejectedtranslation", "rejectedsignoff"})
_SDL_ORIGIN_ATTRS = ("origin", "origin-system", "percent", "struct-match", "text-match")
# memoQ segment statuses that ask for work (compared in lower case)
_MQ_NEEDS_WORK = frozenset(
    s.lower()
    for s in "NotStarted PreTranslated MachineTranslated AssembledFromFragments PartiallyEdited Rejected".split()
)
_ATTR = r"""(?P<lead>\s+)(?P<name>{name})(?P<eq>\s*=\s*)(?P<q>["'])(?P<value>[^"']*)(?P=q)"""


class Span(Protocol):
    """Where an element stands in the file's bytes (xliff_edit's located element)."""

    open_start: int
    end: int


Locate = Callable[[etree._Element], Span]


def _unit_and_mid(target: etree._Element) -> tuple[etree._Element | None, str | None]:
    """The trans-unit of a record's target (or target ``<mrk mtype="seg">``) and the segment's ``mid``, if any."""
    unit = next((a for a in target.iterancestors() if etree.QName(a).localname == "trans-unit"), None)
    return unit, target.get("mid") if etree.QName(target).localname == "mrk" else None


def locked(target: etree._Element) -> str | None:
    """Why the record of ``target`` may not be edited: the CAT tool locked it (SDLXLIFF ``sdl:seg locked``,
    memoQ ``mq:locked``), or None."""
    unit, mid = _unit_and_mid(target)
    if unit is None or "locked" not in cat_flags(unit, mid):
        return None
    tool = "memoQ" if unit.get(f"{{{MQ}}}locked") is not None else "Trados Studio"
    return f"the segment is locked in {tool}; unlock it there, or make the edit there"


def status_changes(data: bytes, target: etree._Element, locate: Locate) -> list[tuple[int, int, bytes]]:
    """The byte changes that mark the record whose target (or target ``<mrk mtype="seg">``) is ``target`` as
    post-edited by a person in its CAT tool's metadata; none for a file of neither tool."""
    unit, mid = _unit_and_mid(target)
    if unit is None:
        return []
    out: list[tuple[int, int, bytes]] = []
    seg = sdl_seg(unit, mid)
    if seg is not None:
        change = _sdl_change(data, seg, locate)
        if change is not None:
            out.append(change)
    if unit.get(f"{{{MQ}}}status") is not None:
        change = _mq_change(data, unit, locate(unit))
        if change is not None:
            out.append(change)
    return out


def _sdl_change(data: bytes, seg: etree._Element, locate: Locate) -> tuple[int, int, bytes] | None:
    """The new bytes of ``<sdl:seg>`` ``seg`` after a person's edit, or None when it already says so."""
    conf, origin = (seg.get("conf") or "").lower(), seg.get("origin")
    new_conf = conf in _SDL_NEEDS_WORK and seg.get("conf") is not None
    new_origin = origin is not None and origin != "interactive"
    if not new_conf and not new_origin:
        return None
    where = locate(seg)
    open_end = _tag_end(data, where.open_start)
    tag, children = data[where.open_start : open_end], b""
    empty = tag.endswith(b"/>")
    if not empty:
        children = data[open_end : data.rindex(b"</", open_end, where.end)]
    if new_conf:
        tag = _set_attr(tag, b"conf", b"Translated")
    if not new_origin:
        return where.open_start, where.end, tag + (b"" if empty else data[open_end : where.end])
    moved = sorted(
        (m for name in _SDL_ORIGIN_ATTRS if (m := _find_attr(tag, name.encode())) is not None), key=lambda m: m.start()
    )
    old = b"".join(m.group(0) for m in moved)  # the origin as written, into the prev-origin
    for m in reversed(moved):  # out of the seg, but for the origin itself, which says 'interactive' now
        tag = tag[: m.start()] + (m.group(0) if m.group("name") == b"origin" else b"") + tag[m.end() :]
    tag = _set_attr(tag, b"origin", b"interactive")
    prefix = _prefix(tag)
    history = b"<" + prefix + b"prev-origin" + old
    history += b">" + children + b"</" + prefix + b"prev-origin>" if children.strip() else b"/>"
    kept = _without_prev_origin(data, seg, locate, open_end, children)
    body = history + kept
    start_tag = tag[:-2].rstrip() + b">" if empty else tag
    return where.open_start, where.end, start_tag + body + b"</" + prefix + b"seg>"


def _without_prev_origin(data: bytes, seg: etree._Element, locate: Locate, open_end: int, children: bytes) -> bytes:
    """The seg's children as written, without its own ``<sdl:prev-origin>`` (which moves into the new one)."""
    out = children
    for child in reversed([c for c in seg if c.tag == f"{{{SDL}}}prev-origin"]):
        where = locate(child)
        start, end = where.open_start - open_end, where.end - open_end
        out = out[:start] + out[end:]
    return out


def _mq_change(data: bytes, unit: etree._Element, where: Span) -> tuple[int, int, bytes] | None:
    """The new start tag of memoQ trans-unit ``unit`` after a person's edit, or None."""
    if (unit.get(f"{{{MQ}}}status") or "").lower() not in _MQ_NEEDS_WORK:
        return None
    prefix = next((p for p, uri in unit.nsmap.items() if uri == MQ and p), None)
    if prefix is None:
        return None
    open_end = _tag_end(data, where.open_start)
    tag = _set_attr(data[where.open_start : open_end], prefix.encode() + b":status", b"ManuallyConfirmed")
    return where.open_start, open_end, tag


def _find_attr(tag: bytes, name: bytes) -> re.Match[bytes] | None:
    return re.search(_ATTR.format(name=re.escape(name.decode())).encode(), tag)


def _set_attr(tag: bytes, name: bytes, value: bytes) -> bytes:
    """``tag`` with attribute ``name``'s value replaced (its quotes and spacing kept)."""
    m = _find_attr(tag, name)
    if m is None:
        return tag
    return tag[: m.start("value")] + value + tag[m.end("value") :]


def _prefix(tag: bytes) -> bytes:
    """The namespace prefix the tag is written with, colon included (b"" for none)."""
    name = re.match(rb"<([^\s/>]+)", tag)
    qname = name.group(1) if name else b""
    return qname.rsplit(b":", 1)[0] + b":" if b":" in qname else b""


def _tag_end(data: bytes, start: int) -> int:
    """The byte offset just past the start tag at ``start`` (quoted attribute values respected)."""
    quote = 0
    for j in range(start + 1, len(data)):
        b = data[j]
        if quote:
            if b == quote:
                quote = 0
        elif b in (0x22, 0x27):
            quote = b
        elif b == 0x3E:
            return j + 1
    raise ValueError("unterminated start tag")
