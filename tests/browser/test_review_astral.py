"""Characters beyond U+FFFF (emoji, rare CJK ideographs) before a flagged span: the run counts spans in
characters, JavaScript in UTF-16 units. The page must mark, accept and export the right characters, and
``audit apply`` must write the right post-edit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, Watched, audit_run

pytest.importorskip("playwright.sync_api")

LINES = [
    "Giá hồ tiêu 📈🌶 tăng mạnh ở Gia Lai , theo Sở Nông nghiệp..",  # two emoji before F102 and F101
    "Lễ hội hoa 𠀋 ở Sa Pa thu hút nhiều du khách.",  # a CJK Extension B ideograph, itself flagged
]


@pytest.fixture
def pepper_run(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "tieu.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out")


def test_marks_accept_export_and_apply_on_the_right_characters(watched: Watched, pepper_run: Path) -> None:
    flagged = [json.loads(line) for line in (pepper_run / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    spans = sorted(f["text"] for f in flagged)
    first = sorted(f["text"] for f in flagged if f["segment"] == 0)
    assert first == [" ,", ".."] and "𠀋" in spans
    watched.open(pepper_run / "report.html")
    page = watched.page
    marks = page.evaluate("() => Array.from(document.querySelectorAll('#segments mark.f')).map((m) => m.textContent)")
    assert sorted(marks) == spans
    for _ in first:
        page.keyboard.press("j")
        page.keyboard.press("a")  # accept each suggestion
    assert (
        page.locator("#segments .seg")
        .first.locator(".txt")
        .evaluate(
            "(t) => Array.from(t.childNodes).filter((n) => n.tagName !== 'DEL').map((n) => n.textContent).join('')"
        )
        .startswith("Giá hồ tiêu 📈🌶 tăng mạnh ở Gia Lai, theo Sở Nông nghiệp.")
    )
    data = page.evaluate("() => window.mtAuditExport()")
    text = LINES[0]
    assert len(data["findings"]) == 2
    for f in data["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]  # characters, as the run counts them
    decisions = pepper_run.parent / "decisions.json"
    decisions.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    post = pepper_run.parent / "post"
    done = subprocess.run(
        [sys.executable, "-m", "audit.cli", "apply", str(decisions), "--run", str(pepper_run), "--out", str(post)],
        cwd=pepper_run.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    written = (post / "tieu.txt").read_text(encoding="utf-8").splitlines()
    assert written == ["Giá hồ tiêu 📈🌶 tăng mạnh ở Gia Lai, theo Sở Nông nghiệp.", LINES[1]]
    assert ROOT.is_dir() and not watched.errors
