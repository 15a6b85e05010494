"""The review-decisions file that report.html exports and ``audit apply`` reads.

Format (JSON, ``format: "mt-audit-decisions"``, ``version: 1``)::

    {
      "format": "mt-audit-decisions", "version": 1,
      "run_id": "…",                       # the run the page was generated from
      "exported": "2026-11-25T17:00:00Z",
      "findings": [                        # one entry per decided finding
        {"fingerprint": "…", "doc": "a.txt", "segment": 3, "line": 4, "column": 17, "rule": "F101",
         "text": "..", "decision": "accepted" | "dismissed",
         "reason": null | "false-positive" | "acceptable",
         "replacement": ".",               # accepted only: the text that replaced the span (null when a
                                           # confirmed error was fixed by a hand edit: then "manual": true)
         "start": 17, "end": 19,           # accepted only: the span within the segment's original text
         "fixed_by_edit": true,            # left open, but the hand edit of its segment took its span out:
                                           # "accepted", "manual": true, no replacement (audit apply counts it
                                           # apart, as fixed_by_edit; see audit.report.postedit.fixed)
         "record": "id-7"}                 # record formats only
      ],
      "confirmed": [                       # errors confirmed by the reviewer (no suggestion to accept) and
        {"fingerprint": "…", …,            # not yet fixed: same fields, "decision": "confirmed"; never
         "decision": "confirmed"}          # to be ignored, they still need a post-edit
      ],
      "segments": [                        # every segment whose text changed (accepted or edited); accepted
                                           # edits that overlap are composed on the original text, and the page
                                           # refuses an accept that cannot be composed with the others
        {"doc": "a.txt", "segment": 3, "line": 4, "column": 1, "original": "…MT…", "text": "…post-edit…",
         "manual": false, "record": "id-7"}
      ]
    }
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "mt-audit-decisions"
VERSION = 1
DECISIONS = ("accepted", "dismissed")
REASONS = (None, "false-positive", "acceptable")


class DecisionsError(Exception):
    """The decisions file is missing, not JSON or not in the expected shape (message names the file)."""


@dataclass(slots=True)
class Decisions:
    run_id: str
    findings: list[dict[str, Any]]
    segments: list[dict[str, Any]]
    confirmed: list[dict[str, Any]] = field(default_factory=list)  # errors confirmed, still to fix by hand

    # (doc, segment) → its accepted findings, built on the first :meth:`accepted` (asked once per edit: a scan of
    # every finding each time made ``audit apply`` quadratic)
    _accepted: dict[tuple[str, int], list[dict[str, Any]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def accepted(self, doc: str, segment: int) -> list[dict[str, Any]]:
        """The accepted findings of one segment, in the file's order."""
        if self._accepted is None:
            self._accepted = {}
            for f in self.findings:
                if f["decision"] == "accepted":
                    self._accepted.setdefault((f["doc"], f["segment"]), []).append(f)
        return list(self._accepted.get((doc, segment), ()))


def _need(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj or not isinstance(obj[key], kind):
        raise DecisionsError(f"{where}: '{key}' missing or not {getattr(kind, '__name__', kind)}")
    return obj[key]


def parse_decisions(data: Any, where: str = "decisions") -> Decisions:
    """Validate a decoded decisions object."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DecisionsError(f"{where}: not an mt-audit decisions file (format must be {FORMAT!r})")
    if data.get("version") != VERSION:
        raise DecisionsError(f"{where}: unsupported version {data.get('version')!r} (expected {VERSION})")
    run_id = _need(data, "run_id", str, where)
    findings = _need(data, "findings", list, where)
    segments = _need(data, "segments", list, where)
    for n, f in enumerate(findings):
        w = f"{where}: findings[{n}]"
        if not isinstance(f, dict):
            raise DecisionsError(f"{w}: not an object")
        for key, kind in (("fingerprint", str), ("doc", str), ("segment", int), ("rule", str)):
            _need(f, key, kind, w)
        if f.get("decision") not in DECISIONS:
            raise DecisionsError(f"{w}: decision must be one of {', '.join(DECISIONS)}")
        if f.get("reason") not in REASONS:
            raise DecisionsError(f"{w}: reason must be null, 'false-positive' or 'acceptable'")
    for n, s in enumerate(segments):
        w = f"{where}: segments[{n}]"
        if not isinstance(s, dict):
            raise DecisionsError(f"{w}: not an object")
        for key, kind in (("doc", str), ("segment", int), ("original", str), ("text", str)):
            _need(s, key, kind, w)
    confirmed = data.get("confirmed") or []
    if not isinstance(confirmed, list) or not all(isinstance(c, dict) for c in confirmed):
        raise DecisionsError(f"{where}: 'confirmed' must be a list of objects")
    return Decisions(run_id, findings, segments, confirmed)


_EXPORTED = "the decisions file is the decisions-RUNID.json that the review page's Export decisions downloads"
_RUN_FILES = ("report.html", "findings.csv", "report.xlf", "findings.jsonl", "segments.jsonl", "documents.jsonl")


def load_decisions(path: str | Path) -> Decisions:
    p = Path(path)
    if p.is_dir():  # the run's folder given first (audit apply reports --out postedit)
        run = f"; the run's folder goes to --run {p}" if (p / "summary.json").is_file() else ""
        raise DecisionsError(f"{p}: a folder, not a decisions file: {_EXPORTED}{run}")
    if p.name in _RUN_FILES and p.is_file():
        raise DecisionsError(f"{p}: a report of the run, not a decisions file: {_EXPORTED}")
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DecisionsError(f"{p}: no such file") from None
    except OSError as e:
        raise DecisionsError(f"{p}: cannot read the decisions file: {e.strerror or e}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DecisionsError(f"{p}: not valid JSON ({e})") from None
    return parse_decisions(data, str(p))
