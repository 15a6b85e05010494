"""--qe sacrebleu on records without a reference says how a reference column is named (a column 'ref_vi' is read
by no role), and says nothing when no segment was read at all (the input errors say why)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audit.cli import main


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["run", *args, "--qe", "sacrebleu", "-q", "--no-html"])


def test_a_reference_under_another_name_is_pointed_at(tmp_path: Path) -> None:
    table = tmp_path / "pairs.tsv"
    table.write_text("src\tmt\tref_vi\nLima is cold.\tLima lạnh.\tTrời Lima lạnh.\n", encoding="utf-8")
    r = _run(str(table), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert "no segment has a reference (a record field or column named ref, reference, pe" in r.stderr
    assert "another name with --field reference=NAME" in r.stderr
    r = _run(str(table), "--out", str(tmp_path / "out"), "--field", "reference=ref_vi")
    assert r.exit_code == 0 and "scored nothing" not in r.stderr, r.stderr


def test_nothing_read_gets_no_sacrebleu_note(tmp_path: Path) -> None:
    table = tmp_path / "pairs.tsv"
    table.write_text("en\tvi\nLima is cold.\tLima lạnh.\n", encoding="utf-8")
    r = _run(str(table), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2 and "header has no target column" in r.stderr
    assert "scored nothing" not in r.stderr
