"""The built-in QE judges what a translator wrote: an HTML page's text not to be translated (a command, a product
name in <code> or translate="no") is left out of its score, as the rules leave it out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from audit.qe.base import QEItem, prose
from audit.qe.builtin import BuiltinBackend

SENTENCE = "Người dùng có thể gõ lệnh {} để xem danh sách các tệp đã tải về."
CODE = "rsync -avz --delete ~/Downloads"


def test_prose_leaves_out_the_protected_spans() -> None:
    text = SENTENCE.format(CODE)
    start = text.index(CODE)
    assert prose(text, ((start, start + len(CODE)),)) == SENTENCE.format(" ")
    assert prose(text) == text


def test_protected_code_does_not_lower_the_builtin_score() -> None:
    text = SENTENCE.format(CODE)
    start = text.index(CODE)
    words = len(text.split())
    plain, masked = BuiltinBackend().score(
        [QEItem(text, words=words), QEItem(text, words=words, protected=((start, start + len(CODE)),))]
    )
    (bare,) = BuiltinBackend().score([QEItem(SENTENCE.format(" "), words=words)])
    assert plain["builtin_invalid"] > 0  # read as prose, the command is not Vietnamese
    assert masked["builtin_invalid"] == bare["builtin_invalid"] == 0
    assert masked["builtin"] == bare["builtin"] > plain["builtin"]


def test_the_page_and_the_terminal_do_not_blame_the_code(tmp_path: Path) -> None:
    page = tmp_path / "in" / "dong-bo.html"
    page.parent.mkdir()
    page.write_text(
        "<html><body><h1>Đồng bộ thư mục giữa hai máy tính trong mạng nội bộ</h1>"
        f"<p>{SENTENCE.format('<code>' + CODE + '</code>')}</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "audit", "run", str(page.parent), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    (seg,) = [json.loads(x) for x in (out / "segments.jsonl").open() if "rsync" in x]
    assert seg["scores"]["builtin_invalid"] == 0
    assert "no Vietnamese syllable" not in done.stdout
