"""Test helper: the decisions file a reviewer would export after accepting every suggestion of a run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit.report.load import load_run


def accept_all(out: Path) -> Path:
    """``out/decisions.json`` accepting each finding that has a suggestion (spans in one segment must not overlap)."""
    rundata = load_run(out)
    findings: list[dict[str, Any]] = []
    segments: dict[tuple[str, int], dict[str, Any]] = {}
    for f in sorted(rundata.findings, key=lambda f: (f["doc"], f["segment"], -f["start"])):
        if not f.get("suggestion"):
            continue
        seg = rundata.segment(f["doc"], f["segment"])
        key = (f["doc"], f["segment"])
        text = segments.get(key, {}).get("text", seg["text"])  # right to left: earlier spans keep their place
        segments[key] = {
            "doc": f["doc"], "segment": f["segment"], "line": seg["line"], "column": seg["column"],
            "original": seg["text"], "text": text[: f["start"]] + f["suggestion"] + text[f["end"] :],
            "manual": False, **({"record": seg["record"]} if "record" in seg else {}),
        }  # fmt: skip
        decided = {k: f[k] for k in ("fingerprint", "doc", "segment", "line", "column", "rule", "text") if k in f}
        findings.append(
            decided
            | {"decision": "accepted", "reason": None, "replacement": f["suggestion"], "start": f["start"]}
            | {"end": f["end"], **({"record": f["record"]} if "record" in f else {})}
        )
    data = {"format": "mt-audit-decisions", "version": 1, "run_id": rundata.run_id, "findings": findings}
    path = out / "decisions.json"
    path.write_text(json.dumps(data | {"segments": list(segments.values())}, ensure_ascii=False), encoding="utf-8")
    return path
