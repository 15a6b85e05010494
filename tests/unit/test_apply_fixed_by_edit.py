"""`audit apply` counts the findings a hand edit fixed (left open in the review, their span gone from the edited
segment) as the review page shows them: apart from accepted ones, listed in changes.jsonl, never ignored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit.pipeline import Settings, run
from audit.report.load import RunData, load_run
from audit.report.postedit import apply_decisions

TEXT = "Chợ nổi Ngã Bảy họp từ lúc bốn giờ sáng..\nGhe bán khóm và khoai lang xếp thành hàng dài ..\n"


def _run(tmp_path: Path) -> tuple[Path, RunData]:
    src = tmp_path / "in"
    src.mkdir()
    (src / "cho.txt").write_text(TEXT, encoding="utf-8")
    assert run([str(src)], str(tmp_path / "out"), Settings(select=["F101", "F102"], qe=[])).exit_code == 0
    return src, load_run(tmp_path / "out")


def _decisions(data: RunData, edits: dict[int, str], findings: list[dict[str, Any]]) -> dict[str, Any]:
    segs = data.segments["cho.txt"]
    return {
        "format": "mt-audit-decisions",
        "version": 1,
        "run_id": data.run_id,
        "findings": findings,
        "segments": [
            {"doc": "cho.txt", "segment": i, "line": segs[i]["line"], "column": segs[i]["column"],
             "original": segs[i]["text"], "text": text, "manual": True}
            for i, text in edits.items()
        ],
    }  # fmt: skip


def _apply(tmp_path: Path, src: Path, decisions: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    path = tmp_path / "out" / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    ignore = tmp_path / "ignore"
    result = apply_decisions(str(path), str(tmp_path / "post"), roots=[str(src)], ignore_file=str(ignore))
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    changes = [json.loads(x) for x in (tmp_path / "post" / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, changes, result.describe()


def test_an_older_decisions_file_gets_its_fixed_findings_counted(tmp_path: Path) -> None:
    src, data = _run(tmp_path)
    first = [f for f in data.findings if f["segment"] == 0]
    second = [f for f in data.findings if f["segment"] == 1]
    assert first and second
    # the first segment's '..' is edited out; the second keeps its ' ..' (the edit changed another word)
    edits = {0: "Chợ nổi Ngã Bảy họp từ lúc bốn giờ sáng.", 1: "Ghe bán dứa và khoai lang xếp thành hàng dài .."}
    summary, changes, said = _apply(tmp_path, src, _decisions(data, edits, []))
    assert summary["fixed_by_edit"] == len(first) and summary["accepted"] == 0
    assert changes[0]["fixed_by_edit"] == [f["fingerprint"] for f in first] and "fixed_by_edit" not in changes[1]
    assert f"{len(first)} finding(s) fixed by a hand edit" in said
    assert summary["ignore_added"] == 0


def test_a_page_export_marking_them_is_counted_once(tmp_path: Path) -> None:
    src, data = _run(tmp_path)
    first = [f for f in data.findings if f["segment"] == 0]
    marked = [
        {"fingerprint": f["fingerprint"], "doc": "cho.txt", "segment": 0, "line": f["line"], "column": f["column"],
         "rule": f["rule"], "text": f["text"], "decision": "accepted", "reason": None, "replacement": None,
         "manual": True, "fixed_by_edit": True}
        for f in first
    ]  # fmt: skip
    summary, changes, _ = _apply(
        tmp_path, src, _decisions(data, {0: "Chợ nổi Ngã Bảy họp từ lúc bốn giờ sáng."}, marked)
    )
    assert summary["fixed_by_edit"] == len(first) and summary["accepted"] == 0
    assert changes[0]["accepted"] == [] and changes[0]["fixed_by_edit"] == [f["fingerprint"] for f in first]


def test_a_decided_finding_is_not_counted_fixed(tmp_path: Path) -> None:
    src, data = _run(tmp_path)
    f = next(f for f in data.findings if f["segment"] == 0)
    dismissed = {"fingerprint": f["fingerprint"], "doc": "cho.txt", "segment": 0, "line": f["line"],
                 "column": f["column"], "rule": f["rule"], "text": f["text"], "decision": "dismissed",
                 "reason": "acceptable"}  # fmt: skip
    summary, _, _ = _apply(
        tmp_path, src, _decisions(data, {0: "Chợ nổi Ngã Bảy họp từ lúc bốn giờ sáng."}, [dismissed])
    )
    assert summary["dismissed"] == 1 and summary["fixed_by_edit"] == 0
