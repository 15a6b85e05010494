"""XLIFF 2.0 export: one ``<unit>`` per segment, findings as ITS 2.0 Localization Quality Issue marks.

Each document becomes a ``<file original="doc">``; each segment a ``<unit>`` with one
``<segment>``: ``<source>`` is the source text when the input had one (empty otherwise),
``<target>`` the machine translation, both with the record's inline codes back in place (XLIFF 2.0
``<ph/>``, ``<pc>``, ``<sc/>``/``<ec/>``, their native code in the unit's ``<originalData>``;
:mod:`audit.report.xliff_inline`). A finding wraps its span in
``<mrk type="its:any" its:locQualityIssueType=… its:locQualityIssueComment=…
its:locQualityIssueSeverity=…>``; findings that overlap another, or would cross a ``<pc>``, use the
``<sm>``/``<em>`` pair XLIFF 2.0 provides for annotations that cannot be well-formed elements. The ``mta:``
attributes (namespace ``urn:mt-audit:xliff:1``) carry the rule code, fingerprint and suggestion for tools that
want them. Boilerplate segments are units with ``translate="no"`` and ``mta:boilerplate`` (the
kind), which the XLIFF reader reads back. A segment's flags (a PO entry's ``fuzzy``, a CAT tool's
``origin:mt``, ``conf:Draft`` …) go into the unit's XLIFF 2.0 Metadata module element,
``<mda:metadata><mda:metaGroup category="mt-audit:flags" appliesTo="target"><mda:meta type="flag">…``
(one ``meta`` per flag), which the XLIFF reader reads back as the segment's flags, and into its note.

Severity is mapped to ITS's 0–100 scale in proportion to the MQM penalty weights
(minor 1, major 5, critical 10 → 10, 50, 100).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from audit.report.load import RunData, alternatives
from audit.report.xliff_inline import INVALID_XML, CodeIds, Mark, annotated, code_tokens

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
ITS_NS = "http://www.w3.org/2005/11/its"
MTA_NS = "urn:mt-audit:xliff:1"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
FLAGS_CATEGORY = "mt-audit:flags"
ITS_SEVERITY = {"minor": 10, "major": 50, "critical": 100}
# MQM category (ours) -> ITS 2.0 locQualityIssueType
ITS_TYPE = {
    "accuracy/mistranslation": "mistranslation",
    "accuracy/addition": "addition",
    "accuracy/omission": "omission",
    "accuracy/untranslated": "untranslated",
    "fluency/grammar": "grammar",
    "fluency/punctuation": "typographical",
    "fluency/spelling": "misspelling",
    "fluency/inconsistency": "inconsistency",
    "fluency/register": "register",
    "style/awkward": "style",
    "terminology/inconsistent": "terminology",
    "terminology/wrong-term": "terminology",
    "locale/convention": "locale-violation",
    "design/markup": "markup",
    "other": "other",
}
_INVALID_XML = INVALID_XML


def its_type(category: str) -> str:
    return ITS_TYPE.get(category, ITS_TYPE.get(category.split("/")[0], "uncategorized"))


def _text(value: str) -> str:
    """Element text (a note, a flag): a carriage return as ``&#13;`` (an XML parser reads a literal one as a line
    feed), a character XML 1.0 cannot carry as U+FFFD (source and target write it as ``<cp/>``)."""
    return escape(_INVALID_XML.sub("\ufffd", value), {"\r": "&#13;"})


def _attr(value: str) -> str:
    return quoteattr(_INVALID_XML.sub("\ufffd", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _issue_attrs(f: dict[str, Any]) -> str:
    comment = f["message"]
    if f.get("suggestion") is not None:
        comment += f" — suggestion: {f['suggestion']}"
    if alternatives(f):
        comment += f" (alternatives: {', '.join(alternatives(f))})"
    parts = [
        'type="its:any"',
        f"its:locQualityIssueType={_attr(its_type(f['category']))}",
        f"its:locQualityIssueComment={_attr(comment)}",
        f'its:locQualityIssueSeverity="{ITS_SEVERITY[f["severity"]]}"',
        f"mta:rule={_attr(f['rule'])}",
        f"mta:fingerprint={_attr(f['fingerprint'])}",
    ]
    if f.get("suggestion") is not None:
        parts.append(f"mta:suggestion={_attr(f['suggestion'])}")
    return " ".join(parts)


def annotated_target(
    text: str,
    findings: list[dict[str, Any]],
    codes: Sequence[dict[str, Any]] = (),
    ids: CodeIds | None = None,
    protected: Sequence[Sequence[int]] = (),
) -> str:
    """``text`` as XLIFF inline content with its inline ``codes`` (``segments.jsonl``'s) back in place, one
    annotation per finding (see :mod:`audit.report.xliff_inline`) and each span not to be translated
    (``protected``: an HTML page's code) as ``<mrk translate="no">``, which no finding touches."""
    spans = sorted(((f["start"], f["end"], n) for n, f in enumerate(findings)), key=lambda t: (t[0], -t[1], t[2]))
    overlapping = set()
    for i, (_, e1, n1) in enumerate(spans):
        for s2, _, n2 in spans[i + 1 :]:
            if s2 >= e1:
                break
            overlapping.update((f"m{n1 + 1}", f"m{n2 + 1}"))
    tokens = code_tokens(codes, ids or CodeIds())
    taken = ids.taken if ids is not None else set()
    prefix = "m" if not any(re.fullmatch(r"m\d+", t) for t in taken) else "mta-m"
    marks = [Mark(start, end, _issue_attrs(findings[n]), f"m{n + 1}") for start, end, n in spans]
    marks += [Mark(s, e, 'translate="no"', f"m{len(findings) + k}") for k, (s, e) in enumerate(protected, start=1)]
    marks.sort(key=lambda m: (m.start, -m.end))
    if prefix != "m":
        overlapping = {prefix + m[1:] for m in overlapping}
        for m in marks:
            m.mid = prefix + m.mid[1:]
    out = annotated(text, tokens, marks, overlapping)
    if tokens and marks and not _well_formed(out):  # a mark that nests with no code: each as <sm/>…<em/>
        out = annotated(text, tokens, marks, {m.mid for m in marks})
    return out


def _well_formed(content: str) -> bool:
    try:
        etree.fromstring(f'<t xmlns:its="{ITS_NS}" xmlns:mta="{MTA_NS}">{content}</t>')
    except etree.XMLSyntaxError:
        return False
    return True


def flags_metadata(flags: list[str] | tuple[str, ...]) -> str:
    """A unit's ``<mda:metadata>`` element holding ``flags`` (empty when there are none)."""
    if not flags:
        return ""
    metas = "".join(f'<mda:meta type="flag">{_text(f)}</mda:meta>' for f in flags)
    return (
        f'      <mda:metadata><mda:metaGroup category="{FLAGS_CATEGORY}" appliesTo="target">{metas}'
        "</mda:metaGroup></mda:metadata>\n"
    )


def _source_lang(run: RunData, sample: int = 50) -> str:
    """The most common language of (a sample of) the source texts; ``und`` when there are none."""
    from audit.lang.langid import guess_lang

    sources = list(
        itertools.islice((s["source"] for segs in run.segments.values() for s in segs if s.get("source")), sample)
    )
    langs = Counter(guess_lang(t) for t in sources)
    lang = langs.most_common(1)[0][0] if langs else "und"
    return lang if re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", lang or "") else "und"


def render_xliff(run: RunData, src_lang: str | None = None, trg_lang: str | None = None) -> str:
    """The whole XLIFF 2.0 document for ``run`` (languages guessed from the texts unless given)."""
    return "".join(xliff_pieces(run, src_lang, trg_lang))


_PIECE_PARTS = 8000  # strings of units gathered before a piece is given (about 1,000 units)


def xliff_pieces(run: RunData, src_lang: str | None = None, trg_lang: str | None = None) -> Iterator[str]:
    """:func:`render_xliff`'s document in pieces, a ``<file>`` (document) at a time: a large run's export is written
    as it is made, never held whole in memory."""
    if src_lang is None:
        src_lang = _source_lang(run)
    if trg_lang is None:
        langs = Counter(s.get("lang") for segs in run.segments.values() for s in segs if s.get("lang"))
        trg_lang = langs.most_common(1)[0][0] if langs else "und"
        if not re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", trg_lang):
            trg_lang = "und"
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xliff xmlns="{XLIFF_NS}" xmlns:its="{ITS_NS}" xmlns:mta="{MTA_NS}" xmlns:mda="{MDA_NS}" its:version="2.0" '
        f'version="2.0" srcLang={_attr(src_lang)} trgLang={_attr(trg_lang)}>\n'
    )
    unit_no = 0
    for file_no, d in enumerate(run.documents, start=1):
        out = []
        out.append(f'  <file id="f{file_no}" original={_attr(d["doc"])}>\n')
        for s in run.segments.get(d["doc"], []):
            unit_no += 1
            name = s.get("record") if s.get("record") is not None else f"{d['doc']}#{s['segment']}"
            attrs = f'id="u{unit_no}" name={_attr(str(name))}'
            if s.get("boilerplate"):
                attrs += f' translate="no" mta:boilerplate={_attr(s.get("boilerplate_kind") or "boilerplate")}'
            out.append(f"    <unit {attrs}>\n")
            out.append(flags_metadata(s.get("flags") or ()))
            note = f"line {s['line']}, column {s['column']}"
            if s.get("boilerplate"):
                note += f"; boilerplate ({s.get('boilerplate_kind') or 'boilerplate'}), not article text"
            if s.get("risk"):
                note += f"; risk {s['risk']:.3f}, rank {s.get('rank')}"
            if s.get("flags"):
                note += f"; flags: {', '.join(s['flags'])}"
            out.append(f'      <notes><note category="mt-audit">{_text(note)}</note></notes>\n')
            findings = run.by_segment.get((d["doc"], s["segment"]), [])
            codes, ids = s.get("codes") or {}, CodeIds()
            source = annotated_target(s.get("source") or "", [], codes.get("source", ()), ids)
            target = annotated_target(s["text"], findings, codes.get("target", ()), ids, s.get("protected") or ())
            out.append(ids.original_data("      "))
            out.append(f'      <segment id="s{unit_no}" state="translated">\n')
            out.append(f'        <source xml:space="preserve">{source}</source>\n')
            out.append(f'        <target xml:space="preserve">{target}</target>\n')
            out.append("      </segment>\n    </unit>\n")
            if len(out) >= _PIECE_PARTS:  # a large document's <file> goes out in pieces too
                yield "".join(out)
                out.clear()
        out.append("  </file>\n")
        yield "".join(out)
    yield "</xliff>\n"
