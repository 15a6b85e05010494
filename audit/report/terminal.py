"""Terminal report (first version): documents ranked by risk and counts by severity."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table


def print_report(out_dir: Path, top: int = 10) -> None:
    console = Console()
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    docs = [json.loads(x) for x in (out_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines() if x]
    table = Table(title="Documents by risk")
    for col in ("rank", "doc", "risk", "critical", "major", "minor", "MQM"):
        table.add_column(col)
    for d in sorted(docs, key=lambda d: d["rank"]):
        s = d["by_severity"]
        table.add_row(
            str(d["rank"]),
            d["doc"],
            f"{d['risk']:.3f}",
            str(s["critical"]),
            str(s["major"]),
            str(s["minor"]),
            f"{d['mqm']:.1f}",
        )
    console.print(table)
    c = summary["counts"]
    console.print(
        f"{c['documents']} documents, {c['segments']} segments, {c['findings']} findings; outputs in {out_dir}"
    )
