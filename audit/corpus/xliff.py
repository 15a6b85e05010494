"""XLIFF reader (1.2 and 2.0): one record per translation unit (2.0: per segment of a unit).

The target text is the unit's text content with inline markup removed (``<g>``, ``<mrk>``,
``<pc>`` keep their text; placeholders ``<x/>``, ``<ph/>`` drop out). Parsing is strict
(a non-well-formed file is an input error naming its line) and safe (no entities resolved,
no network). Units without a target are skipped: there is nothing to audit. Units marked
``translate="no"`` (on the unit or inherited from a group or file, as mt-audit's own export marks
boilerplate, with its kind in ``mta:boilerplate``) are kept as boilerplate segments: shown,
never audited as article text.
"""

from __future__ import annotations

from typing import BinaryIO

from lxml import etree

from audit.corpus.errors import InputError
from audit.corpus.records import record_segment
from audit.model import Document, Segment

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
MTA_BOILERPLATE = "{urn:mt-audit:xliff:1}boilerplate"  # the kind, on units of mt-audit's own export
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return "".join(el.itertext())


def _untranslatable(el: etree._Element) -> bool:
    """``translate="no"`` on ``el`` or inherited from the nearest ancestor that sets it."""
    for node in (el, *el.iterancestors()):
        value = node.get("translate")
        if value is not None:
            return value == "no"
    return False


def _segment(index: int, target: str, line: int, rid: str, src: etree._Element | None, unit: etree._Element) -> Segment:
    seg = record_segment(index, target, line, rid, _text(src), None)
    if _untranslatable(unit):
        seg.boilerplate, seg.boilerplate_kind = True, unit.get(MTA_BOILERPLATE) or "translate-no"
    return seg


def read_xliff(fh: BinaryIO, doc: str, path: str, errors: list[InputError]) -> list[Document]:
    data = fh.read()
    if not data.strip():
        raise InputError(path, "empty file")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"not well-formed XML: {e.msg}", e.lineno) from None
    if _local(root.tag) != "xliff":
        raise InputError(path, f"root element is <{_local(root.tag)}>, not <xliff>", root.sourceline)
    ns = etree.QName(root.tag).namespace
    version = root.get("version", "")
    segments: list[Segment] = []
    if ns == NS20 or version.startswith("2"):
        for unit in root.iter(f"{{{ns}}}unit" if ns else "unit"):
            parts = [s for s in unit if _local(s.tag) == "segment"]
            for k, seg in enumerate(parts):
                src = next((c for c in seg if _local(c.tag) == "source"), None)
                tgt = next((c for c in seg if _local(c.tag) == "target"), None)
                target = _text(tgt)
                if target is None:
                    continue
                rid = unit.get("id") or str(len(segments))
                if len(parts) > 1:
                    rid = f"{rid}/{seg.get('id') or k}"
                # the line where the record starts (DESIGN.md): its <segment> when the unit holds several
                line = (seg.sourceline if len(parts) > 1 else unit.sourceline) or 1
                segments.append(_segment(len(segments), target, line, rid, src, unit))
    elif ns == NS12 or version.startswith("1"):
        for unit in root.iter(f"{{{ns}}}trans-unit" if ns else "trans-unit"):
            src = next((c for c in unit if _local(c.tag) == "source"), None)
            tgt = next((c for c in unit if _local(c.tag) == "target"), None)
            target = _text(tgt)
            if target is None:
                continue
            rid = unit.get("id") or str(len(segments))
            line = unit.sourceline or 1  # the line where the record starts (DESIGN.md)
            segments.append(_segment(len(segments), target, line, rid, src, unit))
    else:
        raise InputError(path, f"unknown XLIFF version {version!r} (namespace {ns!r})", root.sourceline)
    if not segments:
        raise InputError(path, "no translated units (no <target> elements)")
    return [Document(doc=doc, segments=segments, title=doc, format="xliff", path=path)]
