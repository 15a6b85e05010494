"""A run ended by SIGTERM (``kill``, ``timeout``, a CI cancel) leaves --out as it was: no half-written file and
no temporary folder; a report whose reader stops early (``| head``) keeps the run's exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_mid_run_keeps_the_earlier_outputs_and_leaves_no_temporary_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "batch"
    inputs.mkdir()
    article = (ROOT / "corpus").glob("002_*.txt").__next__().read_text(encoding="utf-8")
    for i in range(400):  # several seconds of work: the signal comes mid-run
        (inputs / f"bai-{i:03}.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    earlier = {"findings.jsonl": '{"earlier": true}\n', "summary.json": '{"earlier": true}\n'}
    for name, text in earlier.items():
        (out / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "audit", "run", str(inputs), "--out", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(out.glob(".mt-audit-*/findings.jsonl")) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.02)
    time.sleep(0.3)  # findings are being written into the temporary folder
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert sorted(p.name for p in out.iterdir()) == sorted(earlier)
    assert {name: (out / name).read_text(encoding="utf-8") for name in earlier} == earlier


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_before_any_output_removes_the_out_folder_it_created(tmp_path: Path) -> None:
    inputs = tmp_path / "batch"
    inputs.mkdir()
    article = (ROOT / "corpus").glob("000_*.txt").__next__().read_text(encoding="utf-8")
    for i in range(300):
        (inputs / f"tin-{i:03}.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "new" / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "audit", "run", str(inputs), "--out", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 60
    while not list(out.glob(".mt-audit-*")) and time.monotonic() < deadline:
        assert proc.poll() is None
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert not out.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
@pytest.mark.parametrize(("args", "status"), [((), 0), (("--fail-on", "major"), 1)])
def test_a_report_piped_into_head_keeps_the_runs_exit_status(
    tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "audit", "run", str(ROOT / "corpus"), "--out", str(out), "--top", "40", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # `| head -1`: the reader goes away after one line
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == status, err
    assert first.strip() and "Traceback" not in err
    assert (out / "findings.jsonl").is_file()
