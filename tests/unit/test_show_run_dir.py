"""`audit show` (and `audit apply`, through the same loader) refuses an output folder whose files are not those of
an mt-audit run, naming the file and line, instead of rendering a report of zeros."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audit.cli import main


def _run(tmp_path: Path) -> Path:
    src = tmp_path / "tin.txt"
    src.write_text("Hội chợ sách mở cửa tại Cần Thơ ,kéo dài ba ngày..\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-q", "--no-html"])
    assert r.exit_code == 0, r.output
    return out


def test_show_refuses_an_output_folder_whose_files_are_not_a_runs(tmp_path: Path) -> None:
    out = _run(tmp_path)
    summary = (out / "summary.json").read_text(encoding="utf-8")
    (out / "summary.json").write_text("{}\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(out)])
    assert r.exit_code == 2 and "summary.json: not the summary of an mt-audit run" in r.stderr
    (out / "summary.json").write_text(summary[:-40], encoding="utf-8")  # cut short
    r = CliRunner().invoke(main, ["show", str(out)])
    assert r.exit_code == 2 and "summary.json:" in r.stderr and ": not valid JSON (" in r.stderr
    (out / "summary.json").write_text(summary, encoding="utf-8")
    with (out / "findings.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("[1, 2]\n")
    lines = len((out / "findings.jsonl").read_text(encoding="utf-8").splitlines())
    r = CliRunner().invoke(main, ["show", str(out)])
    assert r.exit_code == 2 and f"findings.jsonl:{lines}: not a record of an mt-audit run" in r.stderr
