"""The ignore-file workflow with a configuration that names the ignore file (ux20). A team keeps `team.toml` with
`ignore-file = "dismissed.txt"` beside its batch and runs `audit run . --config team.toml`: `audit apply` without
options wrote the dismissals to ./.mt-audit-ignore, which the next run did not read (the finding came back), and that
run then audited dismissed.txt itself, a .txt in the folder, as a document. New sentences, not from any test set."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run

NEWS = "Giải chạy việt dã qua đèo Hải Vân thu hút ba nghìn vận động viên ,trong đó có nhiều người nước ngoài..\n"


def _decisions(out: Path, dismiss: str) -> Path:
    """A decisions file as the review page writes one: every finding of rule ``dismiss`` dismissed."""
    data = load_run(out)
    findings = [
        {k: f[k] for k in ("fingerprint", "doc", "segment", "line", "column", "rule", "text")}
        | {"decision": "dismissed", "reason": "false-positive"}
        for f in data.findings
        if f["rule"] == dismiss
    ]
    assert findings
    path = out / "decisions.json"
    doc = {"format": "mt-audit-decisions", "version": 1, "run_id": data.run_id, "findings": findings, "segments": []}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "batch").mkdir()
    (tmp_path / "batch" / "viet-da.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "team.toml").write_text('ignore-file = "dismissed.txt"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*extra: str) -> tuple[dict, str]:
    r = CliRunner().invoke(main, ["run", ".", "--config", "team.toml", "--out", "reports", "-q", *extra])
    assert r.exit_code == 0, r.stderr
    return json.loads(Path("reports/summary.json").read_text(encoding="utf-8")), r.stderr


def test_apply_extends_the_ignore_file_the_run_read_and_the_next_run_keeps_it_dismissed(job: Path) -> None:
    summary, _ = _run()
    assert summary["config"]["ignore_file"] == "dismissed.txt" and summary["counts"]["by_rule"]["F101"] == 1
    r = CliRunner().invoke(main, ["apply", str(_decisions(job / "reports", "F101")), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    assert "1 fingerprint(s) added to dismissed.txt" in r.stdout
    assert not (job / ".mt-audit-ignore").exists()
    summary, stderr = _run()
    assert summary["counts"]["ignored"] == 1 and "F101" not in summary["counts"]["by_rule"]
    # the walk of '.' found dismissed.txt: not a document of the run, and a note says why
    assert summary["counts"]["documents"] == 1
    assert "note: dismissed.txt: the run's ignore file (fingerprints of dismissed findings): not audited" in stderr
    assert [n["file"] for n in summary["input_notes"]] == ["dismissed.txt"]


def test_an_explicit_ignore_file_still_wins_and_a_named_one_is_audited(job: Path) -> None:
    _run()
    other = job / "other-ignore"
    r = CliRunner().invoke(
        main, ["apply", str(_decisions(job / "reports", "F101")), "--out", "postedit", "--ignore-file", str(other)]
    )
    assert r.exit_code == 0 and other.is_file() and not (job / "dismissed.txt").exists()
    (job / "dismissed.txt").write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    r = CliRunner().invoke(main, ["run", "dismissed.txt", "--config", "team.toml", "--out", "named", "-q"])
    assert r.exit_code == 0 and load_run(job / "named").summary["counts"]["documents"] == 1


def test_a_run_with_the_default_ignore_file_is_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No configuration: apply extends .mt-audit-ignore of the current folder, which the walk skips (hidden)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cang.txt").write_text("Cảng Cái Mép đón tàu container lớn nhất tới nay ..\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["run", "in", "--out", "reports", "-q"])
    assert r.exit_code == 0
    r = CliRunner().invoke(main, ["apply", str(_decisions(tmp_path / "reports", "F101")), "--out", "post"])
    assert r.exit_code == 0 and "added to .mt-audit-ignore" in r.stdout
    assert (tmp_path / ".mt-audit-ignore").is_file()
    r = CliRunner().invoke(main, ["run", "in", "--out", "reports", "-q"])
    assert load_run(tmp_path / "reports").summary["counts"]["ignored"] == 1


def test_a_run_that_read_dev_null_gets_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--ignore-file /dev/null` (nothing suppressed, for one run) does not send apply's dismissals there."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "den.txt").write_text("Đền Hùng đón hàng vạn lượt khách dịp giỗ Tổ..\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["run", "in", "--out", "reports", "-q", "--ignore-file", os.devnull])
    assert r.exit_code == 0
    r = CliRunner().invoke(main, ["apply", str(_decisions(tmp_path / "reports", "F101")), "--out", "post"])
    assert r.exit_code == 0 and "1 fingerprint(s) added to .mt-audit-ignore" in r.stdout
