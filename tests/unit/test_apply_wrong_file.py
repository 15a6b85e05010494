"""`audit apply` given something other than the decisions file (ux20): the run's folder (`audit apply reports --out
postedit`, as `audit show reports` is typed) ended in a traceback (IsADirectoryError); the run's report.html or
findings.csv said only 'not valid JSON'. Each now says what it is and which file apply wants. New text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audit.cli import main


def test_apply_given_the_run_or_its_reports_says_what_to_give(tmp_path: Path) -> None:
    src = tmp_path / "mua.txt"
    src.write_text("Mùa lúa chín ở Mù Cang Chải thu hút du khách..\n", encoding="utf-8")
    out = tmp_path / "reports"
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-q", "--export", "csv"])
    assert r.exit_code == 0
    exported = "the decisions-RUNID.json that the review page's Export decisions downloads"
    r = CliRunner().invoke(main, ["apply", str(out), "--out", str(tmp_path / "post")])
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit)  # a usage error, no traceback
    assert f"error: {out}: a folder, not a decisions file: " in r.stderr and exported in r.stderr
    assert r.stderr.strip().endswith(f"; the run's folder goes to --run {out}")
    for name in ("report.html", "findings.csv"):
        r = CliRunner().invoke(main, ["apply", str(out / name), "--out", str(tmp_path / "post")])
        assert r.exit_code == 2 and f"{out / name}: a report of the run, not a decisions file" in r.stderr
    r = CliRunner().invoke(main, ["apply", str(tmp_path), "--out", str(tmp_path / "post")])  # a folder of no run
    assert r.exit_code == 2 and "--run" not in r.stderr and "a folder, not a decisions file" in r.stderr
    assert not (tmp_path / "post").exists()
