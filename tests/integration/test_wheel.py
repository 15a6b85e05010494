"""The built wheel carries the reference data: an install that is not an editable checkout still finds every
file of references/ (packaged as audit/_references, a link to references/ in the source tree)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_holds_every_reference_file(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    src = tmp_path / "src"  # a copy, so that the build leaves nothing in the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("audit", "references"):
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), "."],
        cwd=src,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mt_audit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    refs = {p.name for p in (ROOT / "references").iterdir() if p.is_file()}
    assert "number_words.tsv" in refs
    assert {f"audit/_references/{name}" for name in refs} <= names
