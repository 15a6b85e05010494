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


def test_show_given_the_wrong_path_says_what_it_is_and_where_the_run_is(tmp_path: Path) -> None:
    """A user's first tries (ux18): a file of the run (its report.html) instead of its folder, the folder the run
    was made in, a folder that is not there. Each said only 'not an mt-audit output directory (missing …)'."""
    out = _run(tmp_path)
    r = CliRunner().invoke(main, ["show", str(out / "findings.jsonl")])
    assert r.exit_code == 2
    assert (
        r.stderr.strip()
        == f"error: {out / 'findings.jsonl'}: a file, not an mt-audit output directory; give its folder: {out}"
    )
    r = CliRunner().invoke(main, ["show", str(tmp_path)])
    assert r.exit_code == 2
    assert "(missing summary.json, documents.jsonl, segments.jsonl, findings.jsonl)" in r.stderr
    assert r.stderr.strip().endswith(f"; in it, the output directory of a run: {out}")
    r = CliRunner().invoke(main, ["show", str(tmp_path / "bao-cao")])
    assert r.exit_code == 2 and r.stderr.strip() == f"error: {tmp_path / 'bao-cao'}: no such directory"
    other = tmp_path / "ghi-chu.txt"  # a file of no run
    other.write_text("Ghi chú cho biên tập viên.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(other)])
    assert r.exit_code == 2 and r.stderr.strip() == f"error: {other}: a file, not an mt-audit output directory"
    empty = tmp_path / "empty"
    empty.mkdir()
    r = CliRunner().invoke(main, ["show", str(empty)])
    assert r.exit_code == 2 and "in it" not in r.stderr
