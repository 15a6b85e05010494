"""A run's rule settings (select, ignore, severity overrides from --config or the command line) and what its ignore
file suppressed are shown in the reports, not only in summary.json (ux20: a reviewer opening a colleague's run did not
see why the spelling rules were missing or F findings were minor). New sentences, not from any test set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run
from audit.report.rule_settings import rule_settings, settings_line

TEXT = "Đội tuyển bóng chuyền nữ về nước sau giải đấu ở Manila ,được người hâm mộ đón tại sân bay..\n"


def _run(tmp_path: Path, *extra: str) -> tuple[Path, str]:
    src = tmp_path / "bong-chuyen.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / f"out{len(list(tmp_path.glob('out*')))}"
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), *extra])
    assert r.exit_code == 0, r.stderr
    return out, r.stdout


def test_a_config_s_overrides_are_in_summary_json_the_terminal_and_the_page(tmp_path: Path) -> None:
    config = tmp_path / "team.toml"
    config.write_text('ignore = ["S"]\nseverity = { F = "major" }\n', encoding="utf-8")
    out, stdout = _run(tmp_path, "--config", str(config))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["config"]["ignore"] == ["S"] and summary["config"]["severity"] == {"F": "major"}
    assert {f["severity"] for f in map(json.loads, (out / "findings.jsonl").read_text().splitlines())} == {"major"}
    lines = stdout.strip().splitlines()
    assert lines[-3] == "Rules as set for this run: ignore S; severity F major"
    assert f"; settings from {config};" in lines[-2]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f'"settings":"settings from {config} · ignore S; severity F major"' in page
    r = CliRunner().invoke(main, ["show", str(out)])  # show says it again, from summary.json
    assert "Rules as set for this run: ignore S; severity F major" in r.stdout


def test_command_line_codes_and_the_ignore_file_are_shown_too(tmp_path: Path) -> None:
    out, _ = _run(tmp_path, "--export", "csv")
    with (out / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        fingerprint = next(csv.DictReader(fh))["fingerprint"]
    ignore = tmp_path / "dismissed"
    ignore.write_text(f"{fingerprint}  # a reviewer's dismissal\n", encoding="utf-8")
    out, stdout = _run(tmp_path, "--select", "F1,L", "--ignore-file", str(ignore))
    assert "Rules as set for this run: select F1, L\n" in stdout
    summary = load_run(out).summary
    assert settings_line(summary) == f"1 finding suppressed by {ignore} · select F1, L"


def test_the_defaults_say_nothing(tmp_path: Path) -> None:
    out, stdout = _run(tmp_path)
    assert "Rules as set" not in stdout
    summary = load_run(out).summary
    assert rule_settings(summary) == settings_line(summary) == ""
    assert rule_settings({}) == ""  # a run of an older version without config
