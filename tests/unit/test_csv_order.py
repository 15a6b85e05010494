"""findings.csv lists its rows document by document in the order of their risk rank, as the terminal and the
review page do: a post-editor opening the spreadsheet meets the worst document first, not the inputs'
alphabetical order (documents written for this test: a short note and a news item, not from the test sets)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_rows_follow_the_documents_risk_rank(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-ghi-chu.txt").write_text(
        "Buổi họp của câu lạc bộ cờ vua sẽ bắt đầu lúc bảy giờ tối thứ Sáu ..\nMọi người nhớ mang theo bàn cờ.\n",
        encoding="utf-8",
    )
    (src / "b-ban-tin.txt").write_text(
        "Thủ tướng Fan Mingzheng tiếp Đại sứ Kenya tại Hà Nội.\nHai bên nhất trí thúc đẩy thương mại chè và cà phê..\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "audit", "run", str(src), "--out", str(out), "--quiet", "--no-html", "--export", "csv"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    ranked = [
        d["doc"]
        for d in sorted(
            (json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()),
            key=lambda d: d["rank"],
        )
    ]
    assert ranked == ["b-ban-tin.txt", "a-ghi-chu.txt"]  # the pinyin name is critical: the news item is worse
    with (out / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [doc for doc, _ in groupby(r["doc"] for r in rows)] == ranked
    lines = [int(r["line"]) for r in rows if r["doc"] == "b-ban-tin.txt"]
    assert lines == sorted(lines) and len(lines) >= 2  # within a document, the order of its text
