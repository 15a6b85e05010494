"""The inline content of ``report.xlf``: a segment's text with its inline codes back in place and its findings marked.

The XLIFF reader leaves a record's inline codes out of its text and keeps them beside it; ``segments.jsonl``
carries them (``codes``: element, id, role and place in the text). The export writes them back as XLIFF 2.0
codes, so a translator who opens the report in a CAT tool sees the placeholders and formatting where the
original had them: a placeholder (1.2 ``<x/>``, ``<ph>``; 2.0 ``<ph/>``) as ``<ph/>``, a code around text
(``<g>``, ``<pc>``) as ``<pc>``, the begin and end of a pair (``<bpt>``/``<ept>``, ``<bx/>``/``<ex/>``,
``<sc/>``/``<ec/>``) as ``<sc/>``/``<ec startRef/>``, an isolated one (``<it>``) as ``<sc isolated="yes"/>``.
1.2 codes cannot be deleted (``canDelete="no"``); 2.0's editing hints are kept. A code whose id another code of
the unit already has gets a new id (a repeated one: ``copyOf`` its first), as XLIFF 2.0 wants ids unique in a unit.
A code's native code (``data``: 1.2 ``<ph id="2">&lt;br/&gt;</ph>``, a 2.0 input's original data) goes into the
unit's ``<originalData>``, one ``<data>`` per distinct text, the code naming it with ``dataRef`` (a ``<pc>``:
``dataRefStart``/``dataRefEnd``); such a code, repeated, gets its own id without ``copyOf``, which XLIFF 2.0 allows
only for a code without original data.

A finding is a ``<mrk>`` when it nests with the ``<pc>`` elements (it may hold whole codes); one that would
cross a ``<pc>``'s boundary, or overlap another finding, is an ``<sm/>``/``<em/>`` pair, as XLIFF 2.0 provides
for annotations that cannot be well-formed elements (XLIFF 2.0, sec. 4.2.2.6 ``<sm>``, 4.2.2.7 ``<em>``).
Characters XML 1.0 cannot carry are ``<cp hex="…"/>`` (sec. 4.2.2.4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

# characters XML 1.0 cannot carry
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def inline_text(value: str) -> str:
    """Text as XLIFF 2.0 inline content: ``&<>`` escaped, a carriage return as ``&#13;`` (a parser reads a
    literal one as a line feed), a character XML cannot carry as ``<cp hex="…"/>``."""
    out = escape(value, {"\r": "&#13;"})
    return INVALID_XML.sub(lambda m: f'<cp hex="{ord(m.group()):04X}"/>', out) if INVALID_XML.search(out) else out


@dataclass(slots=True)
class _Token:
    """A tag at a place in the text: ``depth`` +1 opens an element, -1 closes one, 0 stands alone."""

    pos: int
    tag: str
    depth: int = 0


class CodeIds:
    """The XLIFF 2.0 ids of the codes of one unit: source and target share them (a target code names its source's),
    each unique in the unit; and the unit's original data, the native code of its codes (``<data>`` elements of its
    ``<originalData>``, one per distinct text, ``d1``, ``d2`` …; a code refers to its own with ``dataRef``)."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.taken: set[str] = set()
        self.data: dict[str, str] = {}  # native code -> its <data> id

    def new(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``wanted-3`` … if taken."""
        cid, n = wanted, 1
        while cid in self.taken:
            n += 1
            cid = f"{wanted}-{n}"
        self.taken.add(cid)
        return cid

    def of(self, key: tuple[str, str], wanted: str) -> str:
        """The id of the code ``key`` (given on first use)."""
        if key not in self.ids:
            self.ids[key] = self.new(wanted)
        return self.ids[key]

    def data_ref(self, native: str) -> str:
        """The id of the ``<data>`` holding ``native`` (given on first use)."""
        return self.data.setdefault(native, f"d{len(self.data) + 1}")

    def original_data(self, indent: str) -> str:
        """The unit's ``<originalData>`` element (empty when no code has native code)."""
        if not self.data:
            return ""
        items = "".join(f'<data id="{did}">{inline_text(native)}</data>' for native, did in self.data.items())
        return f"{indent}<originalData>{items}</originalData>\n"


def _data_attrs(c: dict[str, Any], ids: CodeIds) -> str:
    """A code's reference to its native code (``dataRef``; a ``<pc>``: ``dataRefStart`` and ``dataRefEnd``, which
    XLIFF 2.0 wants in pairs: a missing one refers to an empty ``<data>``)."""
    if c["role"] == "element":
        if c.get("data") is None and c.get("data_end") is None:
            return ""
        start, end = ids.data_ref(c.get("data") or ""), ids.data_ref(c.get("data_end") or "")
        return f' dataRefStart="{start}" dataRefEnd="{end}"'
    return f' dataRef="{ids.data_ref(c["data"])}"' if c.get("data") is not None else ""


def _attrs(c: dict[str, Any], cid: str, copy_of: str | None) -> str:
    parts = [f"id={quoteattr(cid)}"]
    if not c.get("can_delete", False):
        parts.append('canDelete="no"')
    if not c.get("can_copy", True):
        parts.append('canCopy="no"')
    if copy_of:
        parts.append(f"copyOf={quoteattr(copy_of)}")
    if c.get("can_reorder", "yes") != "yes":
        parts.append(f"canReorder={quoteattr(c['can_reorder'])}")
    return " ".join(parts)


def _code_key(c: dict[str, Any]) -> tuple[str, str]:
    """What one code is across source and target: a pair's begin and end share the pair's name."""
    if c["role"] in ("begin", "end"):
        return "pair", c.get("pair") or c["id"]
    return c["kind"], c["id"]


def code_tokens(codes: Sequence[dict[str, Any]], ids: CodeIds) -> list[_Token]:
    """The tags of one side's ``codes`` (document order, places in the text) as XLIFF 2.0, nested as the original
    nests them; a code the side repeats is a copy (a new id, ``copyOf`` the first)."""
    tokens: list[_Token] = []
    stack: list[tuple[tuple[str, str], int]] = []  # (key, end) of the open <pc> elements
    used: set[tuple[str, str]] = set()

    def close() -> None:
        _, end = stack.pop()
        tokens.append(_Token(max(end, tokens[-1].pos), "</pc>", -1))

    for c in codes:
        parent = tuple(c["parent"]) if c.get("parent") else None
        while stack and stack[-1][0] != parent:
            close()
        start = max(c["start"], tokens[-1].pos if tokens else 0)  # never out of order
        role, key = c["role"], _code_key(c)
        cid = ids.of(key, key[1])
        data = _data_attrs(c, ids)
        if role == "end":
            tokens.append(_Token(start, f"<ec startRef={quoteattr(cid)}{_hints(c)}{data}/>"))
            continue
        copy_of = c.get("copy_of")
        if key in used:
            cid, copy_of = ids.new(key[1]), cid
        used.add(key)
        if data:  # a code with its own original data is no copy (XLIFF 2.0: copyOf only without original data)
            copy_of = None
        attrs = _attrs(c, cid, copy_of) + data
        if role == "element":
            tokens.append(_Token(start, f"<pc {attrs}>", 1))
            stack.append(((c["kind"], c["id"]), c["end"]))
        elif role == "standalone":
            tokens.append(_Token(start, f"<ph {attrs}/>"))
        elif role == "begin":
            tokens.append(_Token(start, f"<sc {attrs}/>"))
        else:  # isolated: 1.2 <it>, or a 2.0 <sc/>/<ec/> with isolated="yes"
            tag = "ec" if c["kind"] == "ec" else "sc"
            tokens.append(_Token(start, f'<{tag} {attrs} isolated="yes"/>'))
    while stack:
        close()
    return tokens


def _hints(c: dict[str, Any]) -> str:
    """The editing hints an ``<ec>`` carries (as its ``<sc>``'s)."""
    out = "" if c.get("can_delete", False) else ' canDelete="no"'
    return out + ("" if c.get("can_copy", True) else ' canCopy="no"')


# ------------------------------------------------------------------ findings placed among the codes


@dataclass(slots=True)
class Mark:
    """One finding's annotation: its span, its attributes, and (when placed) its tags."""

    start: int
    end: int
    attrs: str
    mid: str


def _slots(tokens: Sequence[_Token], pos: int, n_text: int) -> list[int]:
    """The places among ``tokens`` where text position ``pos`` lies: slot ``i`` is just before token ``i``."""
    out = []
    for i in range(len(tokens) + 1):
        before = tokens[i - 1].pos if i else 0
        after = tokens[i].pos if i < len(tokens) else n_text
        if before <= pos <= after:
            out.append(i)
    return out


def _balanced(tokens: Sequence[_Token], i: int, j: int) -> bool:
    """The tokens from slot ``i`` to slot ``j`` close every element they open and no other."""
    depth = 0
    for t in tokens[i:j]:
        depth += t.depth
        if depth < 0:
            return False
    return depth == 0


def _nest(tokens: Sequence[_Token], m: Mark, n_text: int) -> tuple[int, int] | None:
    """Slots for ``m``'s open and close tags that nest with the codes' elements, as tight as may be (codes at its
    edges left outside); None when the span crosses an element's boundary."""
    opens, closes = _slots(tokens, m.start, n_text), _slots(tokens, m.end, n_text)
    for i in reversed(opens):
        for j in closes:
            if j >= i and _balanced(tokens, i, j):
                return i, j
    return None


def annotated(text: str, tokens: list[_Token], marks: Sequence[Mark], overlapping: set[str]) -> str:
    """``text`` as XLIFF 2.0 inline content: the code ``tokens`` in place and each mark as a ``<mrk>`` where it
    nests, else (or when in ``overlapping``) as ``<sm/>``…``<em/>``."""
    placed: list[tuple[int, int, int, str, int]] = []  # (slot, pos, order, tag, depth)
    for m in marks:
        at = None if m.mid in overlapping or m.start == m.end else _nest(tokens, m, len(text))
        if m.start == m.end:
            slot = _slots(tokens, m.start, len(text))[0]
            placed.append((slot, m.start, 1, f'<mrk id="{m.mid}" {m.attrs}></mrk>', 0))
        elif at is not None:
            placed.append((at[0], m.start, 2, f'<mrk id="{m.mid}" {m.attrs}>', 1))
            placed.append((at[1], m.end, 0, "</mrk>", -1))
        else:
            placed.append((_slots(tokens, m.start, len(text))[-1], m.start, 2, f'<sm id="{m.mid}" {m.attrs}/>', 0))
            placed.append((_slots(tokens, m.end, len(text))[0], m.end, 0, f'<em startRef="{m.mid}"/>', 0))
    placed.sort(key=lambda p: (p[0], p[1], p[2]))
    out: list[str] = []
    at, k = 0, 0
    for i in range(len(tokens) + 1):
        while k < len(placed) and placed[k][0] == i:
            _, pos, _, tag, _ = placed[k]
            out.append(inline_text(text[at:pos]))
            out.append(tag)
            at, k = pos, k + 1
        if i < len(tokens):
            out.append(inline_text(text[at : tokens[i].pos]))
            out.append(tokens[i].tag)
            at = tokens[i].pos
    out.append(inline_text(text[at:]))
    return "".join(out)
