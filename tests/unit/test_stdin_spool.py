"""Standard input is copied to a temporary file a megabyte at a time (audit.corpus.spool_stdin) and read as a file
of its format is: a large text or JSONL piped in is read in parts, a large table, XLIFF or PO file a chunk of records
at a time, so that `... | audit run -` holds a part, not the whole input (a 30 MB text piped in took a run to 494 MB
read whole). The outputs are those of the same bytes given as a file, the document named "-"; the copy is removed
after the run, whatever its end; an empty input or records piped without --format are refused before any work, as
before. Real runs through the CLI, on corpus/ lines and tests/data files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import audit.corpus as corpus
from audit.cli import main

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"


def _lines(n: int) -> list[str]:
    """``n`` article lines of corpus/ in turn (names, countries, damage), a blank line now and then."""
    pool = [
        ln
        for f in sorted((ROOT / "corpus").glob("*.txt"))
        for ln in f.read_text(encoding="utf-8").splitlines()
        if len(ln) > 60
    ]
    return [pool[i % len(pool)] if i % 9 else "" for i in range(n)]


def _run(args: list[str], data: bytes | None = None) -> tuple[int, str]:
    r = CliRunner().invoke(main, ["run", *args, "-q", "--no-html"], input=data)
    return r.exit_code, r.stderr


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _named(rows: list[dict], doc: str) -> list[dict]:
    """``rows`` with their document id (and a finding's fingerprint, which hashes it) as for a document ``doc``."""
    return [{**r, "doc": doc} | ({"fingerprint": None} if "fingerprint" in r else {}) for r in rows]


def _same_outputs(piped: Path, given: Path, name: str) -> None:
    for kind in ("findings.jsonl", "segments.jsonl"):
        a, b = _named(_rows(piped / kind), "x"), _named(_rows(given / kind), "x")
        assert a == b, kind
    [doc_piped], [doc_given] = _rows(piped / "documents.jsonl"), _rows(given / "documents.jsonl")
    assert doc_piped["doc"] == "-" and doc_given["doc"] == name
    assert {**doc_piped, "doc": name, "title": None} == {**doc_given, "title": None}


@pytest.fixture
def spool_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the copies of standard input go to (empty after every run)."""
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setattr(corpus.tempfile, "tempdir", str(d))
    return d


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_large_text_piped_in_is_read_in_parts_as_the_file_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool_dir: Path, jobs: str
) -> None:
    """Over TEXT_PART_BYTES, standard input is cut into parts at its line feeds like a file: the same segments
    (line, column), findings and document record as the same bytes given as a file, in parts too."""
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 30_000)
    data = ("\n".join(_lines(900)) + "\n").encode()
    big = tmp_path / "batch.txt"
    big.write_bytes(data)
    assert len(corpus.discover([str(big)], [])) > 3  # the file is read in parts
    status, err = _run([str(big), "--out", str(tmp_path / "given"), "--jobs", jobs])
    assert status == 0, err
    status, err = _run(["-", "--out", str(tmp_path / "piped"), "--jobs", jobs], data)
    assert status == 0, err
    _same_outputs(tmp_path / "piped", tmp_path / "given", "batch.txt")
    assert list(spool_dir.iterdir()) == []


def test_large_jsonl_and_table_piped_in_stream_as_the_files_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool_dir: Path
) -> None:
    """JSON lines in parts (PART_BYTES, read when split_parts is called) and a TSV a chunk of records at a time
    (STREAM_BYTES) give from standard input what the files give."""
    lines = [ln for ln in _lines(600) if ln]
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"id": f"r{i}", "mt": ln}, ensure_ascii=False) + "\n" for i, ln in enumerate(lines)),
        encoding="utf-8",
    )
    tsv = tmp_path / "batch.tsv"
    tsv.write_text("id\tmt\n" + "".join(f"r{i}\t{ln}\n" for i, ln in enumerate(lines)), encoding="utf-8")
    monkeypatch.setattr(corpus.split_parts, "__defaults__", (20_000,))
    monkeypatch.setattr(corpus, "STREAM_BYTES", 20_000)
    from audit.pipeline import workers

    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 150)
    for path, fmt in ((jsonl, "jsonl"), (tsv, "tsv")):
        status, err = _run([str(path), "--out", str(tmp_path / f"given-{fmt}")])
        assert status == 0, err
        status, err = _run(["-", "--format", fmt, "--out", str(tmp_path / f"piped-{fmt}")], path.read_bytes())
        assert status == 0, err
        _same_outputs(tmp_path / f"piped-{fmt}", tmp_path / f"given-{fmt}", path.name)
    assert list(spool_dir.iterdir()) == []


@pytest.mark.parametrize("name", ["thue-xe.vi.xlf", "may-anh.vi.po"])
def test_xliff_and_po_piped_in_stream_as_the_files_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool_dir: Path, name: str
) -> None:
    """An XLIFF or PO file over STREAM_BYTES piped in is read a unit or an entry at a time from its copy, as the
    file is."""
    monkeypatch.setattr(corpus, "STREAM_BYTES", 100)
    path = FORMATS / name
    fmt = "xliff" if name.endswith(".xlf") else "po"
    status, err = _run([str(path), "--out", str(tmp_path / "given")])
    assert status == 0, err
    status, err = _run(["-", "--format", fmt, "--out", str(tmp_path / "piped")], path.read_bytes())
    assert status == 0, err
    _same_outputs(tmp_path / "piped", tmp_path / "given", name)
    assert list(spool_dir.iterdir()) == []


def test_a_bad_byte_late_in_a_large_input_refuses_it_whole_naming_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool_dir: Path
) -> None:
    """A byte that is not UTF-8 in the last part refuses standard input whole, with its line, as it refuses a file:
    no part of it is audited."""
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 20_000)
    data = ("\n".join(_lines(700)) + "\n").encode() + "Café\n".encode("cp1252")
    status, err = _run(["-", "--out", str(tmp_path / "out")], data)
    assert status == 2
    assert "input error: -:701: not UTF-8" in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["segments"] == 0 and summary["input_errors"][0]["file"] == "-"
    assert list(spool_dir.iterdir()) == []


def test_nothing_piped_in_and_records_without_format_are_refused_and_leave_no_copy(
    tmp_path: Path, spool_dir: Path
) -> None:
    for data, said in (
        (b"", "standard input is empty"),
        (b" \n\t\n", "standard input is empty (only white space)"),
        ('{"mt": "Hai bên ký kết."}\n'.encode(), "give --format jsonl"),
    ):
        status, err = _run(["-", "--out", str(tmp_path / "out")], data)
        assert status == 2 and said in err, err
    assert list(spool_dir.iterdir()) == []


def test_the_copy_is_removed_when_the_run_fails(tmp_path: Path, spool_dir: Path) -> None:
    """A run that stops on an error after reading standard input (its output folder is a file) leaves no copy."""
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    status, _ = _run(["-", "--out", str(blocker)], "Hai bên ký kết hiệp định.\n".encode())
    assert status != 0
    assert list(spool_dir.iterdir()) == []
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert os.path.isfile(blocker)


def test_spool_stdin_gives_the_parts_of_a_large_input_named_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spool_dir: Path
) -> None:
    """The items spool_stdin gives for a large text: parts of one copy, each named "-", cut where the same file's
    are; other inputs pass through; remove_spools removes the copy."""
    import io
    import sys

    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 30_000)
    data = ("\n".join(_lines(900)) + "\n").encode()
    big = tmp_path / "batch.txt"
    big.write_bytes(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    other = corpus.InputFile(str(big), "batch.txt")
    errors: list = []
    items = corpus.spool_stdin([other, corpus.InputFile("-", "-")], corpus.ReadOptions(), errors)
    assert errors == [] and items[0] == other
    parts = items[1:]
    assert len(parts) > 3 and {p.path for p in parts} == {"-"} and len({p.spool for p in parts}) == 1
    assert Path(parts[0].opened).read_bytes() == data
    given = corpus.discover([str(big)], [])
    assert [(p.start, p.end, p.first_line) for p in parts] == [(p.start, p.end, p.first_line) for p in given]
    corpus.remove_spools(items)
    assert list(spool_dir.iterdir()) == []


def test_no_room_for_the_copy_is_an_input_error_naming_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A temporary folder that cannot take the copy (here a file where the folder should be) is an input error that
    says where and what to set, not a traceback."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(corpus.tempfile, "tempdir", str(blocker))
    status, err = _run(["-", "--out", str(tmp_path / "out")], "Hai bên ký kết hiệp định.\n".encode())
    assert status == 2
    assert "input error: -: cannot copy standard input to " in err and "set TMPDIR" in err, err
