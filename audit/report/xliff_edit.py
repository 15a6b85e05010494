"""Post-edits written into XLIFF targets in place: only the edited text changes.

The file is not re-serialised. Each edited record's ``<target>`` is found through the reader's
own record order (:func:`audit.corpus.xliff.iter_records`; 2.0 records ``unit/segment`` get their
segment's target, a segmented 1.2 unit's records ``unit/mid`` — SDLXLIFF — the content of their
``<mrk mtype="seg">`` in the target), located in the original bytes with expat's byte offsets, and its content
edited as text:

- the MT → post-edit difference is taken word by word; each changed stretch replaces the
  characters it covers, in the text node they belong to (``&amp;``, character references and
  CDATA are handled; the new text is escaped);
- inline markup stays as it is: ``<g>``, ``<pc>``, ``<mrk>`` keep their tags, placeholders,
  XLIFF 1.2 native code (``<ph>…</ph>``, ``<bpt>``, …) and Trados's tracked deletions
  (``<mrk mtype="x-sdl-deleted">…</mrk>``) are never touched;
- an insertion where markup meets text goes outside the inline elements there (the shallowest
  point: ``rất`` before ``<pc>mạnh</pc>`` lands before ``<pc>``);
- a deletion may span markup (the text goes, the tags stay); a replacement that spans an inline
  boundary (``đoàn</g> các`` → ``các đoàn``) cannot be placed safely: that record's edit is
  refused (:class:`Refused`) and the record left as it was.

Afterwards the edited content is read back: its text must be the post-edit and its markup the
original's, or the edit is refused.

An edited record's state says that a person translated it (:func:`_human_state`): XLIFF 1.2's ``<target
state>`` of a value that asks for work (``new``, ``needs-translation``, ``needs-review-translation`` and the
other ``needs-*``) becomes ``translated``; an XLIFF 2.0 ``<segment state="initial">`` becomes
``translated`` and loses its ``subState`` (2.0: a writer that updates ``state`` must update or delete
``subState``). A state that already says a person handled it (1.2 ``translated``, ``signed-off``, ``final``;
2.0 ``translated``, ``reviewed``, ``final``) is left as it is, and so is a file that sets no state (none is
added) and a segmented 1.2 target (SDLXLIFF keeps its segments' states in ``sdl:seg``). Only the attribute
changes; the tag's other bytes stay. The CAT tool's own status (SDLXLIFF's ``sdl:seg``, memoQ's ``mq:status``)
is updated alike (:mod:`audit.report.cat_status`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import xml.parsers.expat
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from audit.corpus.errors import InputError
from audit.corpus.normalize import nfc_map
from audit.corpus.xliff import CODE_ELEMENTS, iter_records, parse_xliff
from audit.report.cat_status import locked, status_changes
from audit.report.xml_bytes import tag_end

_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_WORD = re.compile(r"\w+|\s+|[^\w\s]")
_DELETION = re.compile(r"""\smtype\s*=\s*["']x-sdl-deleted["']""")  # Trados's tracked deletion: markup, as read


class Refused(Exception):
    """One record's edit cannot be applied safely (the message says why)."""


class EditError(Exception):
    """The file cannot be edited at all (message without the file name; the caller adds it)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(slots=True)
class Content:
    """A target's content tokenised: its text and where each character sits in the raw content."""

    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # raw [start, end) per character
    runs: list[int] = field(default_factory=list)  # text run per character (markup separates runs)
    kinds: list[str] = field(default_factory=list)  # "text", "cdata" or "fixed" (an entity left as written)
    gaps: list[list[tuple[int, int, str]]] = field(default_factory=list)  # per gap: (raw pos, depth, kind)
    markup: list[str] = field(default_factory=list)  # the raw markup tokens, in order


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _tag_end(raw: str, i: int) -> int:
    """The index just past the ``>`` closing the tag that starts at ``raw[i]`` (quotes respected)."""
    quote = ""
    for j in range(i + 1, len(raw)):
        c = raw[j]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == ">":
            return j + 1
    raise Refused("unterminated tag in the target")


def _entity(raw: str, i: int) -> tuple[int, str, bool]:
    """(end, text, fixed) of the reference at ``raw[i]`` (``&``); fixed: an undeclared entity kept as written."""
    end = raw.find(";", i)
    if end < 0:
        raise Refused("a bare '&' in the target")
    name = raw[i + 1 : end]
    if name.startswith("#"):
        try:
            code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
            return end + 1, chr(code), False
        except ValueError:
            raise Refused(f"a malformed character reference in the target ({raw[i : end + 1]!r})") from None
    if name in _PREDEFINED:
        return end + 1, _PREDEFINED[name], False
    return end + 1, raw[i : end + 1], True


def tokenize(raw: str) -> Content:
    """The text of a target's raw content as the reader sees it, with positions and boundaries."""
    c = Content(gaps=[[(0, 0, "text")]])
    out: list[str] = []  # the characters of the text
    run = depth = code = 0  # code: depth inside native-code elements, whose content is markup
    i, n = 0, len(raw)

    def char(ch: str, start: int, end: int, kind: str) -> None:
        out.append(ch)
        c.spans.append((start, end))
        c.runs.append(run)
        c.kinds.append(kind)
        c.gaps.append([(end, depth, "cdata" if kind == "cdata" else "text")])

    while i < n:
        if raw.startswith("<![CDATA[", i):
            end = raw.find("]]>", i)
            if end < 0:
                raise Refused("unterminated CDATA section in the target")
            if code:
                c.markup.append(raw[i : end + 3])
            else:
                run += 1
                k = i + 9
                while k < end:
                    step = 2 if raw.startswith("\r\n", k) else 1  # XML reads CR LF (and CR) as LF
                    char("\n" if raw[k] == "\r" else raw[k], k, k + step, "cdata")
                    k += step
                run += 1
                c.gaps[-1].append((end + 3, depth, "text"))
            i = end + 3
            continue
        if raw[i] == "<":
            if raw.startswith("<!--", i):
                end = raw.find("-->", i)
                j = end + 3 if end >= 0 else n
            elif raw.startswith("<?", i):
                end = raw.find("?>", i)
                j = end + 2 if end >= 0 else n
            else:
                j = _tag_end(raw, i)
                token = raw[i:j]
                name = _local(re.split(r"[\s/>]", token.lstrip("</"), maxsplit=1)[0])
                if name == "cp" and token.endswith("/>") and not code:  # XLIFF 2.0 <cp hex="…"/>: a character
                    run += 1
                    char(_code_point(token), i, j, "fixed")
                    run += 1
                    i = j
                    continue
                if token.startswith("</"):
                    depth -= 1
                    code = max(0, code - 1)
                elif not token.endswith("/>"):
                    depth += 1
                    code += 1 if code or name in CODE_ELEMENTS or (name == "mrk" and _DELETION.search(token)) else 0
            run += 1
            c.markup.append(raw[i:j])
            c.gaps[-1].append((j, depth, "text"))
            i = j
            continue
        if raw[i] == "&":
            end, text, fixed = _entity(raw, i)
            if code:
                c.markup.append(raw[i:end])
            else:
                if fixed:
                    run += 1
                for ch in text:
                    char(ch, i, end, "fixed" if fixed else "text")
                if fixed:
                    run += 1
            i = end
            continue
        j = i + 2 if raw.startswith("\r\n", i) else i + 1
        if code:
            c.markup.append(raw[i:j])
        else:
            char("\n" if raw[i] == "\r" else raw[i], i, j, "text")
        i = j
    c.text = "".join(out)
    return c


_HEX = re.compile(r"""\shex\s*=\s*["']([0-9A-Fa-f]{1,6})["']""")


def _code_point(token: str) -> str:
    """The character of a ``<cp hex="…"/>`` tag, as the reader reads it."""
    m = _HEX.search(token)
    try:
        return chr(int(m.group(1), 16)) if m else "\ufffd"
    except (ValueError, OverflowError):
        return "\ufffd"


def _escape(text: str, kind: str) -> str:
    if kind == "cdata":
        return text.replace("]]>", "]]]]><![CDATA[>")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _changes(before: str, after: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) in ``before``, word by word, right to left."""
    a, b = _WORD.findall(before), _WORD.findall(after)
    pos_a = [0]
    for t in a:
        pos_a.append(pos_a[-1] + len(t))
    pos_b = [0]
    for t in b:
        pos_b.append(pos_b[-1] + len(t))
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            out.append((pos_a[i1], pos_a[i2], after[pos_b[j1] : pos_b[j2]]))
    return out[::-1]


def _trim(old: str, new: str) -> tuple[int, int, str]:
    """Common prefix and suffix of ``old`` and ``new`` left out: (skip at start, skip at end, middle of new)."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, s, new[p : len(new) - s]


def _raw_edits(c: Content, start: int, end: int, new: str) -> list[tuple[int, int, str]]:
    """Raw (start, end, text) edits of the content that turn ``c.text[start:end]`` into ``new``."""
    if start == end:
        pos, _, kind = min(c.gaps[start], key=lambda g: g[1])  # the leftmost shallowest point
        return [(pos, pos, _escape(new, kind))]
    chars = range(start, end)
    if any(c.kinds[k] == "fixed" for k in chars):
        raise Refused(f"the edit changes an entity reference ({c.text[start:end]!r})")
    one_run = len({c.runs[k] for k in chars}) == 1
    if not new and (not one_run or not _inside_one_run(c, start, end)):
        # a deletion across markup, or of all the text an element holds: the same deletion beside it if one
        # keeps off the markup and leaves the element its text ('<g>Tromsø</g> Tromsø' → '<g>Tromsø</g>')
        slid = _in_one_run(c, start, end)
        if slid is not None:
            return [(c.spans[slid[0]][0], c.spans[slid[1] - 1][1], "")]
    if one_run:
        kind = c.kinds[start]
        return [(c.spans[start][0], c.spans[end - 1][1], _escape(new, kind))]
    if not new:  # else the text goes, the markup stays
        return [(c.spans[k][0], c.spans[k][1], "") for k in chars]
    p, s, middle = _trim(c.text[start:end], new)
    if p or s:
        return _raw_edits(c, start + p, end - s, middle)
    ws, we = start, end  # shown as whole words: 'Mã Lai Tây Á' → 'Malaysia', not 'ã Lai Tây Á' → 'alaysia'
    while ws > 0 and c.text[ws - 1].isalnum():
        ws -= 1
    while we < len(c.text) and c.text[we].isalnum():
        we += 1
    shown = c.text[ws:start] + new + c.text[end:we]
    raise Refused(f"the edit {c.text[ws:we]!r} → {shown!r} crosses inline markup")


def _in_one_run(c: Content, start: int, end: int) -> tuple[int, int] | None:
    """A deletion of words that leaves the same text as deleting ``c.text[start:end]`` and crosses no markup: the
    span slid over the characters it repeats ('người |trở lên<ec/> |được' → 'người| trở lên|<ec/> được', so the
    code stays after 'người', not after its space), or None. Spaces alone are deleted where they are (on both sides
    of a code: 'hàng  <ph/> .' → 'hàng <ph/>.' keeps the words apart from the placeholder)."""
    t = c.text
    if t[start:end].isspace():
        return None
    s, e = start, end
    while s > 0 and t[s - 1] == t[e - 1]:  # slid left: deleting t[s-1:e-1] leaves the same text
        s, e = s - 1, e - 1
        if _inside_one_run(c, s, e):
            return s, e
    s, e = start, end
    while e < len(t) and t[s] == t[e]:  # slid right
        s, e = s + 1, e + 1
        if _inside_one_run(c, s, e):
            return s, e
    return None


def _inside_one_run(c: Content, s: int, e: int) -> bool:
    """``c.text[s:e]`` lies in one text run, not an entity's, and leaves some of it: deleting a whole run would
    empty the element around it ('hơn <g>Ông </g>Ông' → 'hơn <g></g>Ông' drops the link or bold from the name)."""
    runs = c.runs
    if runs[s] != runs[e - 1] or c.kinds[s] == "fixed":
        return False
    return (s > 0 and runs[s - 1] == runs[s]) or (e < len(runs) and runs[e] == runs[s])


def edit_content(raw: str, before: str, after: str) -> str:
    """The raw target content with ``before`` (its NFC text) changed into ``after``; Refused when unsafe."""
    c = tokenize(raw)
    nfc, offsets = nfc_map(c.text)
    if nfc != before:
        raise Refused("the target's text is not the audited text (has the file changed since the audit?)")

    def to_raw_index(i: int) -> int:
        return i if offsets is None else (offsets[i] if i < len(offsets) else len(c.text))

    edits: list[tuple[int, int, str]] = []
    for start, end, new in _changes(before, after):
        edits.extend(_raw_edits(c, to_raw_index(start), to_raw_index(end), new))
    out = raw
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    check = tokenize(out)
    if unicodedata.normalize("NFC", check.text) != after or check.markup != c.markup:
        raise Refused("the edit could not be placed around the inline markup")
    return out


@dataclass(slots=True)
class _Located:
    open_start: int  # byte offset of "<target"
    content: tuple[int, int] | None = None  # byte range of the content (None: <target/>)
    close: int = 0  # where expat reports the element's end: its end tag's '<', or past an empty element's tag
    end: int = 0  # byte offset just past the element (its end tag, or its empty-element tag): see _with_end


def _encoding(data: bytes) -> str:
    """The file's encoding: UTF-8 or another that keeps ASCII as single bytes (EditError otherwise)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:2].count(0) == 1:
        raise EditError("UTF-16 files are not edited in place; convert the file to UTF-8", 1)
    m = re.match(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data)
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    try:
        ascii_safe = "<&>\"'".encode(enc) == b"<&>\"'"
    except LookupError:
        ascii_safe = False
    if not ascii_safe:
        raise EditError(f"encoding {enc!r} is not edited in place; convert the file to UTF-8", 1)
    return enc


def _element_offsets(data: bytes) -> list[_Located]:
    """Per element in document order: where its start tag begins and its content lies (bytes)."""
    parser = xml.parsers.expat.ParserCreate()
    elements: list[_Located] = []
    stack: list[_Located] = []

    def refuse_entities(*_: Any) -> None:
        raise EditError("the file declares entities; post-edits are not written into it")

    def start(name: str, attrs: dict[str, str]) -> None:
        el = _Located(parser.CurrentByteIndex)
        elements.append(el)
        stack.append(el)

    def end(name: str) -> None:
        el = stack.pop()
        el.close = parser.CurrentByteIndex
        if name.rsplit(":", 1)[-1] not in ("target", "mrk"):  # a record's target, or its segment's <mrk>
            return  # its end is found when asked (_with_end): most elements are never edited
        open_end = _open_end(data, el.open_start)
        if data[open_end - 2 : open_end] != b"/>":  # <target/> keeps content None
            el.content = (open_end, el.close)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        raise EditError(f"not well-formed XML: {xml.parsers.expat.errors.messages[e.code]}", e.lineno) from None
    return elements


def _open_end(data: bytes, start: int) -> int:
    """The byte offset just past the start tag at ``start`` (quoted attribute values respected)."""
    try:
        return tag_end(data, start)
    except ValueError as e:
        raise EditError(str(e)) from None


def _with_end(data: bytes, el: _Located) -> _Located:
    """``el`` with its ``end`` found: past its empty-element tag, else past the end tag expat reported it at."""
    if not el.end:
        open_end = _open_end(data, el.open_start)
        el.end = open_end if data[open_end - 2 : open_end] == b"/>" else _open_end(data, el.close)
    return el


@dataclass(slots=True)
class XliffEdits:
    """The edited file and the edits that were refused (segment index → reason: record ids may repeat)."""

    data: bytes
    refused: dict[int, str] = field(default_factory=dict)


def edit_xliff(data: bytes, edits: list[dict[str, Any]], where: str) -> XliffEdits:
    """``data`` with each edit's target text changed in place (see the module docstring).

    Each edit has ``record``, ``original`` (the audited NFC text), ``text`` and ``line``. An edit
    whose record is missing, or a file that cannot be located, raises EditError; an edit that
    cannot be placed safely is listed in ``refused`` and its target left unchanged.
    """
    enc = _encoding(data)
    try:
        root = parse_xliff(data, where)
        records = list(iter_records(root, where))
        targets = [r[2] for r in records]
        ids = [r[0] for r in records]
    except InputError as e:
        raise EditError(e.message, e.line) from None
    order = {el: k for k, el in enumerate(root.iter(etree.Element))}
    offsets = _element_offsets(data)
    if len(offsets) != len(order):
        raise EditError("cannot locate the elements in the file (entities that expand to markup?)")
    by_id: dict[str, list[int]] = {}
    for k, rid in enumerate(ids):
        by_id.setdefault(rid, []).append(k)
    refused: dict[int, str] = {}
    changes: list[tuple[int, int, bytes]] = []  # byte ranges of the file and what replaces them
    for e in edits:
        rid = str(e.get("record"))
        tgt = _find_target(targets, by_id, rid, e["segment"])
        if tgt is None:
            raise EditError(f"no record {rid!r} with a <target> (has the file changed since the audit?)", e["line"])
        why = locked(tgt)
        if why is not None:
            refused[e["segment"]] = why
            continue
        try:
            change = _edit_target(data, offsets[order[tgt]], enc, e)
        except Refused as r:
            refused[e["segment"]] = str(r)
            continue
        changes += _with_state(data, change, _state_holder(tgt), offsets[order[_state_holder(tgt)]])
        changes += status_changes(data, tgt, lambda el: _with_end(data, offsets[order[el]]))
    pieces, at = [], 0
    for start, end, new in sorted(set(changes)):  # two segments of one memoQ unit change its start tag alike
        pieces += [data[at:start], new]
        at = end
    return XliffEdits(b"".join([*pieces, data[at:]]), refused)


def _find_target(
    targets: list[etree._Element], by_id: dict[str, list[int]], rid: str, index: int
) -> etree._Element | None:
    """The target of record ``rid``: by id when it is unique in the file, else the ``index``-th
    record if it has that id (ids repeat in some files)."""
    found = by_id.get(rid, [])
    if len(found) == 1:
        return targets[found[0]]
    return targets[index] if index in found else None


def _edit_target(data: bytes, target: _Located, enc: str, e: dict[str, Any]) -> tuple[int, int, bytes]:
    """The byte range of ``data`` that edit ``e`` changes in ``target``, and its new bytes."""
    if target.content is None:  # <target/>: becomes <target>text</target>
        if e["original"]:
            raise Refused("the target is empty in the file but not in the audit")
        open_end = _open_end(data, target.open_start)
        tag = data[target.open_start : open_end - 2].rstrip()
        name = tag[1:].split()[0] if tag[1:].split() else b"target"
        new = tag + b">" + encode_text(_escape(e["text"], "text"), enc) + b"</" + name + b">"
        return target.open_start, open_end, new
    start, end = target.content
    new_text = edit_content(data[start:end].decode(enc), e["original"], e["text"])
    return start, end, encode_text(new_text, enc)


# XLIFF 1.2 target states that ask for work on the text (XLIFF 1.2, the state attribute's values)
_NEEDS_WORK_12 = frozenset(
    "new needs-translation needs-l10n needs-adaptation needs-review-translation needs-review-l10n "
    "needs-review-adaptation".split()
)
_STATE = re.compile(rb"""(\sstate\s*=\s*)(["'])([^"']*)\2""")
_SUBSTATE = re.compile(rb"""\s+subState\s*=\s*(["'])[^"']*\1""")


def _human_state(tag: bytes, v2: bool) -> bytes | None:
    """The start tag ``tag`` (a 1.2 ``<target …>`` or a 2.0 ``<segment …>``) with a state saying that a person
    translated its text, or None when it says so already or has no state to change (module docstring)."""
    m = _STATE.search(tag)
    if m is None or m[3].decode("ascii", "replace") not in (("initial",) if v2 else _NEEDS_WORK_12):
        return None
    tag = tag[: m.start(3)] + b"translated" + tag[m.end(3) :]
    return _SUBSTATE.sub(b"", tag) if v2 else tag


def _state_holder(target: etree._Element) -> etree._Element:
    """The element whose ``state`` a record's edit changes: a 2.0 target's ``<segment>``, else the target (a 1.2
    ``<target>``, or the ``<mrk mtype="seg">`` of a segmented one, whose state is left alone)."""
    parent = target.getparent()
    if parent is not None and etree.QName(parent).localname == "segment":
        return parent
    return target


def _with_state(
    data: bytes, change: tuple[int, int, bytes], holder: etree._Element, el: _Located
) -> list[tuple[int, int, bytes]]:
    """The target's ``change`` and the change of ``holder``'s start tag marking the record as translated by a
    person, if any (:func:`_human_state`); an empty ``<target/>`` filled in gets it in its new start tag."""
    kind = etree.QName(holder).localname
    if kind not in ("target", "segment"):
        return [change]
    start, end, new = change
    if start == el.open_start:  # <target/> filled in: its start tag is the change's
        tag_end = _open_end(new, 0)
        tag = _human_state(new[:tag_end], v2=False)
        return [(start, end, new if tag is None else tag + new[tag_end:])]
    open_end = _open_end(data, el.open_start)
    tag = _human_state(data[el.open_start : open_end], v2=kind == "segment")
    return [change] if tag is None else [change, (el.open_start, open_end, tag)]


def encode_text(text: str, enc: str) -> bytes:
    """``text`` in the file's encoding: a letter it has no single code for is written as a base letter and
    combining marks it has (Windows-1258 writes 'ể' as 'ê' + hook above), else as a character reference."""
    try:
        return text.encode(enc)
    except UnicodeEncodeError:
        return b"".join(_encode_char(c, enc) for c in text)


def _encode_char(c: str, enc: str) -> bytes:
    try:
        return c.encode(enc)
    except UnicodeEncodeError:
        pass
    base, *marks = unicodedata.normalize("NFD", c) or c
    own = [m for m in marks if _encodes(m, enc)]  # tone marks Windows-1258 has as characters of their own
    composed = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in own)) + "".join(own)
    try:
        return composed.encode(enc)
    except UnicodeEncodeError:
        return c.encode(enc, "xmlcharrefreplace")


def _encodes(c: str, enc: str) -> bool:
    try:
        c.encode(enc)
    except UnicodeEncodeError:
        return False
    return True
