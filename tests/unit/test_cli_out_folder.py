"""`audit run --out` never writes into the inputs' own folder (its report.html, findings.csv … could be the
user's files, overwritten or removed as a stale report) and is refused when it names a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main

PAGE = "<html><head><title>Tin</title></head><body><article><p>Trời Huế hôm nay mưa to..</p></article></body></html>\n"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "report.html").write_text(PAGE, encoding="utf-8")  # an input that happens to bear a report's name
    (folder / "findings.csv").write_text("id,src,mt\n1,Rain,Mưa..\n", encoding="utf-8")
    return folder


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["run", *args, "-q"])


@pytest.mark.parametrize("how", ["folder", "file", "trailing-slash"])
def test_the_inputs_folder_is_refused_as_out(pages: Path, how: str) -> None:
    before = {p.name: p.read_bytes() for p in pages.iterdir()}
    given = {"folder": str(pages), "file": str(pages / "report.html"), "trailing-slash": str(pages)}[how]
    out = str(pages) + ("/" if how == "trailing-slash" else "")
    r = _run(given, "--out", out, "--no-html")
    assert r.exit_code == 2
    assert f"--out {out}: the folder of the inputs ({given})" in r.stderr
    assert {p.name: p.read_bytes() for p in pages.iterdir()} == before  # nothing written, nothing removed


def test_a_file_as_out_is_a_usage_error_not_a_traceback(pages: Path) -> None:
    r = _run(str(pages), "--out", str(pages / "findings.csv"))
    assert r.exit_code == 2 and "a file, not a folder; choose another --out" in r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_a_folder_inside_the_inputs_is_fine(pages: Path) -> None:
    r = _run(str(pages), "--out", str(pages / "reports"))
    assert r.exit_code == 0, r.stderr
    assert (pages / "reports" / "report.html").is_file() and (pages / "report.html").read_text() == PAGE


def test_a_report_file_in_a_folder_that_never_held_a_run_is_left_alone(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "hue.txt").write_text("Trời Huế hôm nay mưa to..\n", encoding="utf-8")
    out = tmp_path / "deliverables"
    out.mkdir()
    (out / "findings.csv").write_text("the client's own sheet\n", encoding="utf-8")
    assert _run(str(src), "--out", str(out)).exit_code == 0
    assert (out / "findings.csv").read_text(encoding="utf-8") == "the client's own sheet\n"
    assert _run(str(src), "--out", str(out), "--export", "csv").exit_code == 0  # asked for: written
    assert (out / "findings.csv").read_text(encoding="utf-8-sig").startswith("doc,record,segment")
    assert _run(str(src), "--out", str(out)).exit_code == 0  # now a run's folder: its stale export goes
    assert not (out / "findings.csv").exists()


def test_an_out_below_a_file_is_a_usage_error_before_any_work(pages: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("ghi chú\n", encoding="utf-8")
    r = _run(str(pages), "--out", str(tmp_path / "notes.txt" / "reports"))
    assert r.exit_code == 2 and "notes.txt is a file, so the folder cannot be created" in r.stderr
    assert "Traceback" not in r.output


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux /proc")
def test_an_out_that_cannot_be_created_is_an_error_not_a_traceback(pages: Path) -> None:
    r = _run(str(pages), "--out", "/proc/mt-audit-reports")
    assert r.exit_code == 2 and "--out /proc/mt-audit-reports: cannot write the outputs" in r.stderr
