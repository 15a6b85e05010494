"""`audit run --cluster`: the audit spread over a real Dask cluster gives the outputs of a one-process run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests_paths import CORPUS

distributed = pytest.importorskip("distributed")

from audit.distributed import ClusterError  # noqa: E402
from audit.pipeline import Settings, run  # noqa: E402

CONTRACT = ("findings.jsonl", "segments.jsonl", "documents.jsonl")


def _inputs(tmp: Path) -> list[str]:
    """The bundled corpus and a TSV with sources (the source rules run on the workers too)."""
    tsv = tmp / "pairs.tsv"
    tsv.write_text(
        "src\tmt\nThe ferry carried 146 passengers.\tChiếc phà chở 164 hành khách.\n"
        "Coach Mikel Arteta praised Bukayo Saka.\tHLV Mikel Artetta khen ngợi Bukayo Saka.\n",
        encoding="utf-8",
    )
    return [str(CORPUS), str(tsv)]


def _same_outputs(a: Path, b: Path) -> None:
    for name in CONTRACT:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_scheduler_address_gives_the_one_process_outputs(tmp_path: Path) -> None:
    """Workers in other processes, reached over TCP through a scheduler, as on a real cluster."""
    inputs = _inputs(tmp_path)
    run(inputs, str(tmp_path / "one"), Settings(qe=["builtin"]), jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        result = run(inputs, str(tmp_path / "cluster"), Settings(qe=["builtin"]), jobs=2, cluster=cl.scheduler_address)
        assert len(cl.workers) == 2
    _same_outputs(tmp_path / "one", tmp_path / "cluster")
    assert result.summary["config"]["cluster"].startswith("tcp://")
    assert result.summary["counts"]["by_rule"]["A101"] == 1


def test_cli_local_cluster(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    for out, extra in (("one", []), ("local", ["--cluster", "local", "--jobs", "2"])):
        proc = subprocess.run(
            [sys.executable, "-m", "audit", "run", *inputs, "--out", str(tmp_path / out), "--quiet", *extra],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
    _same_outputs(tmp_path / "one", tmp_path / "local")


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    import dask

    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(ClusterError, match=r"127\.0\.0\.1:9"),
    ):
        run([str(CORPUS)], str(tmp_path / "out"), Settings(), cluster="tcp://127.0.0.1:9")
    assert not (tmp_path / "out" / "findings.jsonl").exists()


def test_a_malformed_address_is_a_clear_error(tmp_path: Path) -> None:
    for address in ("lcoal", "tcp://127.0.0.1", "bogus"):
        with pytest.raises(ClusterError, match="scheduler address such as"):
            run([str(CORPUS)], str(tmp_path / "out"), Settings(), cluster=address)


def test_a_large_table_is_streamed_in_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a table over STREAM_BYTES (read in this process a chunk at a time: a worker would send its results back
    whole) beside the corpus's files (on the worker), the outputs are those of a one-process run."""
    import audit.corpus as corpus

    inputs = _inputs(tmp_path)
    monkeypatch.setattr(corpus, "STREAM_BYTES", 100)
    run(inputs, str(tmp_path / "one"), Settings(qe=["builtin"]), jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        run(inputs, str(tmp_path / "cluster"), Settings(qe=["builtin"]), jobs=1, cluster=cl.scheduler_address)
    _same_outputs(tmp_path / "one", tmp_path / "cluster")
