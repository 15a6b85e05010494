"""audit apply writes no copy of an HTML page: the page's edits are not lost but listed, each with its file, line
and before → after, on the terminal and under ``to_copy`` in apply-summary.json, to be made by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from audit.report.load import load_run

ROOT = Path(__file__).resolve().parents[2]
PAGE = """<html><body><article><h1>Phiên chợ quê ở Hội An mở cửa lại sau mùa mưa bão</h1>
<p>Phiên chợ có hơn hai trăm gian hàng của người dân các xã lân cận..</p>
<p>Ban tổ chức dự kiến đón khoảng năm nghìn lượt khách mỗi ngày cuối tuần.</p>
</article></body></html>
"""


def _audit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_an_html_pages_edits_are_listed_to_make_by_hand(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "cho-que.html").write_text(PAGE, encoding="utf-8")
    assert _audit("run", "web", "--out", "reports", "--quiet", cwd=tmp_path).returncode == 0
    run = load_run(tmp_path / "reports")
    segs = [json.loads(x) for x in (tmp_path / "reports" / "segments.jsonl").open(encoding="utf-8")]
    edits = []
    for s in segs:
        if s["text"].endswith(".."):
            new = s["text"][:-1]
        elif s["text"].startswith("Ban tổ chức"):
            new = s["text"].replace("năm nghìn", "5.000")
        else:
            continue
        keep = {k: s[k] for k in ("doc", "segment", "line", "column")}
        edits.append({**keep, "original": s["text"], "text": new, "manual": True})
    assert len(edits) == 2
    decisions = tmp_path / "decisions.json"
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "findings": [], "segments": edits}
    decisions.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    done = _audit("apply", str(decisions), "--run", "reports", "--out", "post", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    assert summary["docs"] == [] and not (tmp_path / "post" / "cho-que.html").exists()
    assert summary["to_copy"] == [
        "web/cho-que.html:2: «Phiên chợ có hơn hai trăm gian hàng của người dân các xã lân cận..» → "
        "«Phiên chợ có hơn hai trăm gian hàng của người dân các xã lân cận.»",
        "web/cho-que.html:3: «Ban tổ chức dự kiến đón khoảng năm nghìn lượt khách mỗi ngày cuối tuần.» → "
        "«Ban tổ chức dự kiến đón khoảng 5.000 lượt khách mỗi ngày cuối tuần.»",
    ]
    assert "HTML pages are not written back: make its 2 edit(s) by hand" in done.stdout + done.stderr
    assert summary["to_copy"][1] in done.stdout + done.stderr
