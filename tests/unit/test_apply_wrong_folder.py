"""`audit apply` run from a folder where none of the run's inputs can be found stops with an error that
says so and writes nothing (no empty copy folder, no ignore file in the wrong place)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.pipeline import Settings, run
from audit.report.load import load_run
from audit.report.postedit import ApplyError, apply_decisions

TEXT = "Đoàn vận động viên Peru đã đến Lima sáng nay..\n"


def _decisions(out: Path) -> Path:
    rundata = load_run(out)
    [f] = rundata.findings
    seg = rundata.segment(f["doc"], f["segment"])
    fixed = seg["text"][: f["start"]] + "." + seg["text"][f["end"] :]
    data = {
        "format": "mt-audit-decisions",
        "version": 1,
        "run_id": rundata.run_id,
        "findings": [
            {
                "fingerprint": f["fingerprint"],
                "doc": f["doc"],
                "segment": f["segment"],
                "line": f["line"],
                "column": f["column"],
                "rule": f["rule"],
                "text": f["text"],
                "decision": "accepted",
                "reason": None,
                "replacement": ".",
                "start": f["start"],
                "end": f["end"],
            }
        ],
        "segments": [
            {
                "doc": f["doc"],
                "segment": f["segment"],
                "line": seg["line"],
                "column": seg["column"],
                "original": seg["text"],
                "text": fixed,
                "manual": False,
            }
        ],
    }
    path = out / "decisions.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_apply_from_the_wrong_folder_is_an_error_that_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "batch").mkdir(parents=True)
    (project / "batch" / "lima.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(project)
    assert run(["batch"], "reports", Settings(select=["F101"], qe=[])).exit_code == 0
    decisions = _decisions(project / "reports")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with pytest.raises(ApplyError, match=r"none of the 1 document\(s\) with edits \(lima.txt\) found under batch") as e:
        apply_decisions(str(decisions), "postedit")
    # the run's --out lies in the folder audit run ran in: the error names it
    assert str(e.value).endswith(f"(they are under {project.resolve()}: add --root {project.resolve()})")
    assert list(elsewhere.iterdir()) == []  # no copy folder, no ignore file
    result = apply_decisions(str(decisions), "postedit", roots=[str(project / "batch")])  # --root finds it
    assert result.changed_segments == 1
    assert (elsewhere / "postedit" / "lima.txt").read_text(encoding="utf-8") == TEXT.replace("..", ".")


def test_apply_to_a_run_on_standard_input_says_there_is_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from audit.cli import main

    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["run", "-", "--out", "reports", "-q", "--select", "F101"], input=TEXT)
    assert r.exit_code == 0, r.stderr
    decisions = _decisions(tmp_path / "reports")
    with pytest.raises(ApplyError, match=r"the run read standard input \('-'\), which has no file to post-edit"):
        apply_decisions(str(decisions), "postedit")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # no copy folder, no ignore file


def test_root_may_be_the_folder_audit_run_ran_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``audit run batch`` ran in ``project``: from elsewhere, ``--root project`` finds ``project/batch/…`` (the
    inputs as the run was given them, under the root), as ``--root project/batch`` does."""
    project = tmp_path / "project"
    (project / "batch" / "vi").mkdir(parents=True)
    (project / "batch" / "vi" / "lima.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(project)
    assert run(["batch"], "reports", Settings(select=["F101"], qe=[])).exit_code == 0
    decisions = _decisions(project / "reports")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = apply_decisions(str(decisions), "postedit", roots=[str(project)], ignore_file="ignored")
    assert result.changed_segments == 1 and not result.skipped
    assert (elsewhere / "postedit" / "vi" / "lima.txt").read_text(encoding="utf-8") == TEXT.replace("..", ".")
