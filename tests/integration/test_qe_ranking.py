"""End to end on corpus/: scores, risk and ranks in the outputs; MT documents rank first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests_paths import CORPUS, HUMAN_DOCS, MT_DOCS

from audit.cli import main


def _run(out: Path, *args: str) -> tuple[list[dict], list[dict], dict]:
    result = CliRunner().invoke(main, ["run", str(CORPUS), "--out", str(out), "-q", *args])
    assert result.exit_code == 0, result.output
    segs = [json.loads(ln) for ln in (out / "segments.jsonl").read_text("utf-8").splitlines()]
    docs = [json.loads(ln) for ln in (out / "documents.jsonl").read_text("utf-8").splitlines()]
    return segs, docs, json.loads((out / "summary.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def default_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], list[dict], dict]:
    return _run(tmp_path_factory.mktemp("rank"))


def test_machine_translated_documents_rank_above_human_ones(default_run) -> None:
    _, docs, _ = default_run
    by_rank = sorted(docs, key=lambda d: d["rank"])
    assert {d["doc"][:4] for d in by_rank[:3]} == set(MT_DOCS)
    assert {d["doc"][:4] for d in by_rank[3:]} == set(HUMAN_DOCS)
    mt = [d for d in docs if d["doc"].startswith(MT_DOCS)]
    human = [d for d in docs if d["doc"].startswith(HUMAN_DOCS)]
    # by risk, and by the builtin score alone, with a margin
    assert min(d["risk"] for d in mt) > max(d["risk"] for d in human) + 0.01
    assert max(d["scores"]["builtin"] for d in mt) < min(d["scores"]["builtin"] for d in human) - 0.03


def test_segments_carry_scores_risk_and_rank(default_run) -> None:
    segs, docs, _ = default_run
    content = [s for s in segs if not s["boilerplate"]]
    assert content and all(0.0 <= s["risk"] <= 1.0 and 0.0 <= s["scores"]["builtin"] <= 1.0 for s in content)
    assert sorted(s["rank"] for s in content) == list(range(1, len(content) + 1))
    boiler = [s for s in segs if s["boilerplate"]]
    assert boiler and all(s["risk"] == 0.0 and s["rank"] is None and s["scores"] == {} for s in boiler)
    worst = min(content, key=lambda s: s["rank"])
    assert worst["risk"] == max(s["risk"] for s in content)
    assert sorted(d["rank"] for d in docs) == [1, 2, 3, 4, 5]
    assert all(0.0 <= d["mqm"] <= 100.0 for d in docs)


def test_summary_records_backends_and_formula(default_run) -> None:
    _, _, summary = default_run
    assert summary["backends"][0]["name"] == "builtin"
    assert "formula" in summary["backends"][0]
    assert summary["risk_formula"]["weights"] == {"K": 10.0, "K_document": 5.0, "rules": 0.6, "qe": 0.4}


def test_runs_are_deterministic(default_run, tmp_path: Path) -> None:
    segs, docs, _ = _run(tmp_path)
    assert (segs, docs) == (default_run[0], default_run[1])


def test_no_qe_ranks_by_rules_alone(tmp_path: Path) -> None:
    segs, _, summary = _run(tmp_path, "--qe", "none")
    assert summary["backends"] == []
    assert all(s["scores"] == {} for s in segs)
