"""The review page ``report.html``: one self-contained file (CSS, JS and data inline; no network).

The template and its assets sit beside this module (``review.html``, ``review.css``,
``review.js``). The run's data is embedded as JSON in a ``<script type="application/json">``
element with ``<``, ``>``, ``&`` and the JS line separators escaped, so no corpus text can close
the element; the page renders every string with ``textContent``. A Content-Security-Policy
allows only the page's own script (by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from audit.corpus.cat_meta import mt_origin
from audit.model import InlineCode
from audit.output import dumps_as_json
from audit.report.load import SEVERITY_RANK, RunData, alternatives
from audit.report.rule_settings import settings_line
from audit.rules.inline_codes import show

_ROWS_A_PIECE = 2_000  # finding rows, or a document's segment rows, the page's data is written at a time
_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def safe_json(obj: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``]]>`` possible."""
    text = dumps_as_json(obj)  # json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quicker
    for char, escaped in _ESCAPES:  # str.replace is far faster than str.translate on large text
        text = text.replace(char, escaped)
    return text


@cache
def _asset(name: str) -> str:
    return resources.files("audit.report").joinpath(name).read_text(encoding="utf-8")


def code_marks(codes: dict[str, Any] | None, side: str = "target") -> list[list[Any]] | None:
    """A segment's inline codes of one ``side`` (``target`` or ``source``; ``codes`` of segments.jsonl) as the
    page shows them, in order: [index in the text (or source), the code as written in the file], and its native
    code third when the file has one (``data``: '<br/>'); a code with content (``<g>``, ``<pc>``) as its start tag
    where its content begins and its end tag where it ends. None when it has none."""
    if not codes or not codes.get(side):
        return None
    marks: list[list[Any]] = []
    for c in codes[side]:
        label = show(InlineCode(c["kind"], c["id"], c["role"], c["start"], c["end"]))
        marks.append(_mark(c["start"], label, c.get("data")))
        if c["role"] == "element":
            marks.append(_mark(c["end"], f"</{c['kind']}>", c.get("data_end")))
    return sorted(marks, key=lambda m: m[0])  # stable: codes at one place keep their order


def _mark(at: int, label: str, data: str | None) -> list[Any]:
    return [at, label] if data is None else [at, label, data]


def _row(s: dict[str, Any]) -> list[Any]:
    """One segment as the page's compact array; last, as far as it has any (so the page of a run without them
    stays as it was): the source's inline codes, the spans not to be translated (``protected``: an HTML page's
    code, ``translate="no"``), the flag that says its translation is machine translation, its notes for the
    translator (``[label, text]``) and its context (a PO msgctxt)."""
    row = [
        s["line"],
        s["column"],
        s["text"],
        (s.get("boilerplate_kind") or "boilerplate") if s.get("boilerplate") else None,
        s.get("risk", 0.0),
        s.get("rank"),
        s.get("record"),
        s.get("source"),
        s.get("reference"),
        s.get("flags"),
        code_marks(s.get("codes")),
    ]
    tail = [
        code_marks(s.get("codes"), "source"),
        s.get("protected"),
        mt_origin(s.get("flags") or ()),
        [[note_label(n), n["text"]] for n in s.get("notes") or ()] or None,
        s.get("context"),
    ]
    while tail and tail[-1] is None:
        tail.pop()
    return row + tail


_NOTE_KINDS = {"translator-comment": "translator's comment", "extracted-comment": "developer's comment"}


def note_label(note: dict[str, Any]) -> str:
    """What the page says a note is: 'note from PM', 'note (terminology)', 'translator's comment' …"""
    label = _NOTE_KINDS.get(note.get("kind", ""), "note")
    if note.get("from"):
        label += f" from {note['from']}"
    if note.get("category"):
        label += f" ({note['category']})"
    return label


def _rule_info(codes: set[str]) -> dict[str, dict[str, str]]:
    """Name and one-line summary of each rule code seen (from the registry, when it knows the code)."""
    try:
        from audit.rules.registry import get_rule
    except ImportError:  # pragma: no cover - the registry is part of the package
        return {}
    out = {}
    for code in sorted(codes):
        try:
            cls = get_rule(code)
        except KeyError:
            continue
        out[code] = {"name": getattr(cls, "name", ""), "summary": getattr(cls, "summary", "")}
    return out


def page_data(run: RunData) -> dict[str, Any]:
    """The data the page needs, in compact arrays (documents in rank order)."""
    data = _page_head(run)
    data["segs"] = [[_row(s) for s in segs] for segs in _ranked_segments(run)]
    data["findings"] = _finding_rows(run)
    data["rules"] = _rule_info(set(run.findings.by_rule))
    return data


def _ranked_segments(run: RunData) -> Iterator[list[dict[str, Any]]]:
    return (run.segments.get(d["doc"], []) for d in run.ranked_documents())


def _finding_rows(run: RunData) -> list[list[Any]]:
    return list(_finding_row_iter(run))


def _finding_row_iter(run: RunData) -> Iterator[list[Any]]:
    doc_index = {d["doc"]: i for i, d in enumerate(run.ranked_documents())}
    return (
        [
            doc_index[f["doc"]],
            f["segment"],
            f["start"],
            f["end"],
            f["rule"],
            f["category"],
            SEVERITY_RANK[f["severity"]],
            f["message"],
            f.get("suggestion"),
            alternatives(f),
            f.get("confidence", 1.0),
            f["fingerprint"],
            f["line"],
            f["column"],
        ]
        for f in run.findings
    )


def _page_head(run: RunData) -> dict[str, Any]:
    """The page's data before its segments, in the order the page's JSON has it."""
    docs = run.ranked_documents()
    return {
        "run_id": run.run_id,
        "version": run.summary.get("version", ""),
        "inputs": run.summary.get("inputs", []),
        "counts": run.summary.get("counts", {}),
        "input_errors": run.summary.get("input_errors", []),
        "input_notes": run.summary.get("input_notes", []),
        "settings": settings_line(run.summary),
        "docs": [
            {
                "doc": d["doc"],
                "title": d.get("title") or d["doc"],
                "risk": d.get("risk", 0.0),
                "rank": d.get("rank"),
                "mqm": d.get("mqm"),
                "sev": [d.get("by_severity", {}).get(s, 0) for s in ("minor", "major", "critical")],
                "format": d.get("format", "text"),
            }
            for d in docs
        ],
    }


def render_html(run: RunData) -> str:
    """The complete page for ``run``."""
    return "".join(html_pieces(run))


def html_pieces(run: RunData) -> Iterator[str]:
    """The page for ``run`` in pieces, its data a document's segments at a time: a large run's page is written as it
    is made, never held whole (nor its data) in memory. The pieces make the text :func:`render_html` returns."""
    script = _asset("review.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "@@CSP@@": csp,
        "@@TITLE@@": html.escape(f"mt-audit review — {len(run.documents)} documents, {len(run.findings)} findings"),
        "@@CSS@@": _asset("review.css"),
        "@@JS@@": script,
    }
    page = _asset("review.html")
    for marker, value in parts.items():
        page = page.replace(marker, value)
    # the data goes in last, so nothing inside it is ever taken for a marker
    head, sep, tail = page.partition("@@DATA@@")
    assert sep, "review.html lacks the @@DATA@@ marker"
    yield head
    yield safe_json(_page_head(run))[:-1]  # the object without its closing brace: the big members follow
    yield ',"segs":['
    for k, segs in enumerate(_ranked_segments(run)):
        yield ("," if k else "") + "["
        rows = (_row(s) for s in segs)
        first = True
        while chunk := list(itertools.islice(rows, _ROWS_A_PIECE)):  # a large document's rows in pieces
            yield ("" if first else ",") + safe_json(chunk)[1:-1]
            first = False
        yield "]"
    yield '],"findings":['
    rows = _finding_row_iter(run)
    first = True
    while chunk := list(itertools.islice(rows, _ROWS_A_PIECE)):
        yield ("" if first else ",") + safe_json(chunk)[1:-1]  # the rows without their list's brackets
        first = False
    yield "]"
    yield ',"rules":' + safe_json(_rule_info(set(run.findings.by_rule))) + "}"
    yield tail
