"""The conversion a wrong-encoding input error suggests, run as written, leaves a folder that audits: the file is
converted where it is and the original kept under a name the walk skips (a copy written beside it, 'a.utf8.txt',
left the original in the folder, and the next run failed on it again)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEXT = "Chiều qua, đội tuyển bóng chuyền Thái Bình thắng ở Lạng Sơn.\n"


def _run(folder: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", "run", str(folder), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def _command(stderr: str) -> str:
    """The shell command of the hint: after the colon that follows '(a name audit run skips)'."""
    m = re.search(r"\(a name audit run skips\): (mv .*)$", stderr.strip().splitlines()[0])
    assert m, stderr
    return m[1].split("; or, after")[0]


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
@pytest.mark.parametrize(("name", "encoding"), [("ban tin.txt", "WINDOWS-1258"), ("muc-luc.txt", "UTF-32")])
def test_the_hinted_conversion_makes_the_folder_audit(tmp_path: Path, name: str, encoding: str) -> None:
    folder = tmp_path / "dot 3"
    folder.mkdir()
    original = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=TEXT.encode(), capture_output=True).stdout
    (folder / name).write_bytes(original)
    first = _run(folder, tmp_path / "out1")
    assert first.returncode == 2 and f"{name}" in first.stderr
    assert subprocess.run(["bash", "-c", _command(first.stderr)], capture_output=True).returncode == 0
    assert (folder / name).read_text(encoding="utf-8").lstrip("\ufeff") == TEXT
    assert (folder / f"{name}.orig").read_bytes() == original  # the original, kept
    again = _run(folder, tmp_path / "out2")
    assert again.returncode == 0, again.stderr
    assert "input error" not in again.stderr


def test_the_hinted_line_end_conversion_makes_the_folder_audit(tmp_path: Path) -> None:
    """JSON lines with classic Mac line ends (CR only): the tr command of the hint, run as written."""
    folder = tmp_path / "ban-giao"
    folder.mkdir()
    original = '{"mt": "Đoàn xe rời Pleiku lúc sáu giờ."}\r{"mt": "Trời mưa nhẹ."}\r'.encode()
    (folder / "xe.jsonl").write_bytes(original)
    first = _run(folder, tmp_path / "out1")
    assert first.returncode == 2 and "classic Mac" in first.stderr
    assert subprocess.run(["bash", "-c", _command(first.stderr)], capture_output=True).returncode == 0
    assert (folder / "xe.jsonl.orig").read_bytes() == original
    again = _run(folder, tmp_path / "out2")
    assert again.returncode == 0 and "input error" not in again.stderr, again.stderr
