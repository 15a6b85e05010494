"""``audit show DIR --fail-on SEVERITY`` gates a CI step on a run made earlier, with ``audit run --fail-on``'s meaning
and exit statuses (ux20: a team runs once, uploads the run folder, then fails the job from it; ``audit show`` had no
such option). The texts are new sentences, not those of the corpus or of a rule's examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run

CLEAN = "Thủ tướng tiếp Bộ trưởng Ngoại giao Hàn Quốc tại Hà Nội chiều thứ Hai.\n"
MINOR = "Lễ hội hoa đào mở cửa tại Mộc Châu ,kéo dài năm ngày..\n"  # spacing and doubled punctuation: minor
CRITICAL = "Chủ tịch nước Ruan Fuzhong đã tiếp đoàn đại biểu Campuchia tại Hà Nội.\n"  # a name through pinyin


def _run(tmp_path: Path, name: str, text: str, *extra: str) -> tuple[Path, int]:
    src = tmp_path / f"{name}.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / f"out-{name}"
    r = CliRunner().invoke(main, ["run", str(src), *extra, "--out", str(out), "-q", "--no-html"])
    return out, r.exit_code


def _both(tmp_path: Path, name: str, text: str, fail_on: str) -> tuple[int, int, str]:
    """The exit status of ``audit run --fail-on`` and of ``audit show --fail-on`` on that run, and show's stderr."""
    out, ran = _run(tmp_path, name, text, "--fail-on", fail_on)
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", fail_on])
    return ran, r.exit_code, r.stderr


def test_show_fail_on_exits_as_the_run_did(tmp_path: Path) -> None:
    # MINOR holds two minor findings: the space moved before the comma (F102) and the doubled stop (F101)
    for name, text, fail_on, status, count in [
        ("clean", CLEAN, "minor", 0, 0),
        ("minor-only", MINOR, "minor", 1, 2),
        ("minor-major", MINOR, "major", 0, 0),
        ("critical", CRITICAL, "critical", 1, 1),
        ("critical-minor", CRITICAL, "minor", 1, 1),
    ]:
        ran, shown, stderr = _both(tmp_path, name, text, fail_on)
        assert ran == shown == status, (name, ran, shown, stderr)
        if status:
            assert f"fail-on {fail_on}: {count} finding(s) {fail_on}" in stderr and "exit status 1" in stderr
        else:
            assert "fail-on" not in stderr


def test_show_without_fail_on_still_exits_0(tmp_path: Path) -> None:
    """The config's fail-on does not apply to show: scripts that re-render a run's reports keep their status."""
    out, _ = _run(tmp_path, "critical", CRITICAL)
    (tmp_path / "mt-audit.toml").write_text('fail-on = "minor"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(out), "--config", str(tmp_path / "mt-audit.toml")])
    assert r.exit_code == 0 and "fail-on" not in r.stderr


def test_show_fail_on_with_input_errors_exits_2(tmp_path: Path) -> None:
    """Input errors win over --fail-on, as in ``audit run``: a run that could not read a file is not a pass."""
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "tin.txt").write_text(CRITICAL, encoding="utf-8")
    (batch / "hong.po").write_text('msgid "Open"\nmsgstr "Mở\n', encoding="utf-8")  # an unterminated string
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(batch), "--out", str(out), "-q", "--no-html", "--fail-on", "major"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "major"])
    assert r.exit_code == 2
    assert "hong.po:2: unterminated string" in r.stderr, r.stderr
    assert "exit status 2 for the input errors" in r.stderr


def test_show_fail_on_counts_what_findings_jsonl_holds(tmp_path: Path) -> None:
    """A finding line removed by hand from findings.jsonl (the report shows the file's) is not counted; the JSON
    report on standard output stays JSON, the gate's line goes to standard error."""
    out, _ = _run(tmp_path, "both", CRITICAL + MINOR)
    findings = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert any('"critical"' in f for f in findings) and any('"minor"' in f for f in findings)
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "critical", "--format", "json"])
    assert r.exit_code == 1 and r.stdout.lstrip().startswith("{")
    (out / "findings.jsonl").write_text("".join(f for f in findings if '"critical"' not in f), encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "critical"])
    assert r.exit_code == 0, r.stderr
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "minor"])
    assert r.exit_code == 1 and "finding(s) minor or worse" in r.stderr


def test_show_of_apply_s_folder_says_what_it_is(tmp_path: Path) -> None:
    """After `audit apply --out postedit`, `audit show postedit --fail-on major` (a user gating the post-edit) said
    only 'not an mt-audit output directory (missing summary.json, …)'."""
    out, _ = _run(tmp_path, "critical", CRITICAL)
    run = load_run(out)
    [f] = run.findings
    seg = run.segment(f["doc"], f["segment"])
    fixed = seg["text"][: f["start"]] + f["suggestion"] + seg["text"][f["end"] :]
    keys = ("fingerprint", "doc", "segment", "line", "column", "rule", "text", "start", "end")
    decisions = {
        "format": "mt-audit-decisions", "version": 1, "run_id": run.run_id,
        "findings": [{k: f[k] for k in keys} | {"decision": "accepted", "reason": None,
                                                "replacement": f["suggestion"]}],
        "segments": [{"doc": f["doc"], "segment": f["segment"], "line": seg["line"], "column": seg["column"],
                      "original": seg["text"], "text": fixed, "manual": False}],
    }  # fmt: skip
    (out / "decisions.json").write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    post = tmp_path / "postedit"
    r = CliRunner().invoke(
        main, ["apply", str(out / "decisions.json"), "--out", str(post), "--root", str(tmp_path), "--ignore-file",
               str(tmp_path / "ignore")],
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    r = CliRunner().invoke(main, ["show", str(post), "--fail-on", "major"])
    assert r.exit_code == 2
    assert f"{post}: the output folder of 'audit apply' (post-edited copies, changes.jsonl), not of a run" in r.stderr
    assert f"'audit run {post} --out DIR'" in r.stderr
    post_run = tmp_path / "post-run"
    r = CliRunner().invoke(main, ["run", str(post), "--out", str(post_run), "-q", "--no-html"])
    assert r.exit_code == 0, r.stderr  # the copy, its name fixed
    assert CliRunner().invoke(main, ["show", str(post_run), "--fail-on", "minor"]).exit_code == 0


def test_findings_dismissed_since_the_run_do_not_fail_the_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review page's dismissals reach the ignore file through `audit apply`; gating on the run afterwards counts
    what `audit run` would raise again, not the dismissed false positives (the report still lists them)."""
    monkeypatch.chdir(tmp_path)
    out, _ = _run(tmp_path, "critical", CRITICAL + MINOR)
    run = load_run(out)
    [critical] = [f for f in run.findings if f["severity"] == "critical"]
    keys = ("fingerprint", "doc", "segment", "line", "column", "rule", "text")
    decisions = {
        "format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "segments": [],
        "findings": [{k: critical[k] for k in keys} | {"decision": "dismissed", "reason": "false-positive"}],
    }  # fmt: skip
    (out / "decisions.json").write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(main, ["apply", str(out / "decisions.json"), "--out", "postedit"])
    assert r.exit_code == 0 and "1 fingerprint(s) added to .mt-audit-ignore" in r.stdout, r.stderr
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "critical"])
    assert r.exit_code == 0, r.stderr
    assert "note: fail-on leaves out 1 finding(s) dismissed in .mt-audit-ignore since the run" in r.stderr
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "minor"])  # the minor findings still count
    assert r.exit_code == 1 and "fail-on minor: " in r.stderr
    ran = CliRunner().invoke(
        main, ["run", "critical.txt", "--out", "again", "-q", "--no-html", "--fail-on", "critical"]
    )
    assert ran.exit_code == 0  # audit run agrees


def test_quiet_show_is_a_ci_gate(tmp_path: Path) -> None:
    """`audit show DIR --fail-on major -q`, as `audit run -q` is typed: no report, the gate's line on stderr."""
    out, _ = _run(tmp_path, "critical", CRITICAL)
    r = CliRunner().invoke(main, ["show", str(out), "--fail-on", "major", "-q"])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.strip() == "fail-on major: 1 finding(s) major or worse; exit status 1"
    r = CliRunner().invoke(main, ["show", str(out), "-q", "--format", "json"])  # JSON asked for is still printed
    assert r.exit_code == 0 and r.stdout.lstrip().startswith("{")
    r = CliRunner().invoke(main, ["show", str(tmp_path / "nowhere"), "-q", "--fail-on", "major"])
    assert r.exit_code == 2 and "no such directory" in r.stderr
