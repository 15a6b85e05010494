"""A large TSV/CSV file is read a chunk of rows at a time as its chunks are audited (a 60 MB TSV with its source
took a run to 661 MB read whole, 230 MB streamed), and the reports read a large document's segments from
segments.jsonl as they need them (`audit show --export xliff` of that run: 748 MB, then 102 MB). Real files and
runs: the rows are corpus/'s article lines and made-up English sources."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

import audit.corpus as corpus
import audit.report.load as load
from audit.cli import main
from audit.corpus import InputFile, ReadOptions, stream_file, streams
from audit.pipeline import Settings, run, workers

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = Settings(select=["ALL"], qe=["builtin"])


def _table(path: Path, rows: int, delimiter: str = "\t") -> list[str]:
    """A table of ``rows`` records (id, src, mt) whose targets are corpus/'s article lines in turn; a quoted cell
    running over two lines now and then in a CSV."""
    pool = [
        ln
        for f in sorted((ROOT / "corpus").glob("*.txt"))
        for ln in f.read_text(encoding="utf-8").splitlines()
        if len(ln) > 60 and '"' not in ln and "\t" not in ln
    ]
    targets = [pool[i % len(pool)] for i in range(rows)]
    lines = [delimiter.join(("id", "src", "mt"))]
    for i, mt in enumerate(targets):
        src = f"Row {i % 50} of the batch, as the English source says it."
        if delimiter == ",":
            src = f'"Row {i}, a cell\nover two lines."' if i % 37 == 5 else f'"{src}"'
            mt = f'"{mt}"'
        lines.append(delimiter.join((f"r{i}", src, mt)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return targets


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("findings.jsonl", "segments.jsonl", "documents.jsonl")}


@pytest.mark.parametrize("delimiter", ["\t", ","])
def test_a_large_table_streamed_in_chunks_writes_what_reading_it_whole_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, delimiter: str
) -> None:
    """Streamed in chunks of CHUNK_SEGMENTS rows (with --jobs 1, and with --jobs 2 beside a small file), the run's
    findings, segments and document record are byte for byte those of reading the table whole and auditing it in
    the same chunks: one document, its segments numbered on, each row's line that of the file."""
    big = tmp_path / ("batch.tsv" if delimiter == "\t" else "batch.csv")
    targets = _table(big, 700, delimiter)
    small = tmp_path / "note.txt"
    small.write_text("Hà Nội đón đoàn khách quốc tế.\n", encoding="utf-8")
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 90)
    run([str(big), str(small)], str(tmp_path / "whole"), SETTINGS, jobs=1, reports=())
    monkeypatch.setattr(corpus, "STREAM_BYTES", 10_000)
    assert streams(InputFile(str(big), big.name), ReadOptions()) and not streams(
        InputFile(str(small), small.name), ReadOptions()
    )
    for jobs in (1, 2):
        out = tmp_path / f"streamed{jobs}"
        run([str(big), str(small)], str(out), SETTINGS, jobs=jobs, reports=())
        assert _outputs(out) == _outputs(tmp_path / "whole"), jobs
    segs = [s for s in _rows(tmp_path / "streamed1" / "segments.jsonl") if s["doc"] == big.name]
    assert [s["text"] for s in segs] == targets and [s["segment"] for s in segs] == list(range(len(targets)))
    lines = big.read_text(encoding="utf-8").split("\n")
    assert all(s["record"] in lines[s["line"] - 1] for s in segs)
    assert _rows(tmp_path / "streamed1" / "findings.jsonl")


def test_stream_file_gives_chunks_of_rows_that_continue_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stream_file gives a large table as Documents of ``chunk`` rows, ``part`` counting on, each numbered from 0;
    a table under STREAM_BYTES comes whole, as read_file gives it."""
    big = tmp_path / "batch.tsv"
    _table(big, 250)
    [whole] = stream_file(InputFile(str(big), big.name), ReadOptions(), [], 100)
    assert (whole.part, len(whole.segments)) == (0, 250)
    monkeypatch.setattr(corpus, "STREAM_BYTES", 5_000)
    errors: list = []
    docs = stream_file(InputFile(str(big), big.name), ReadOptions(), errors, 100)
    first = next(docs)
    assert (first.part, len(first.segments), first.segments[0].index, first.segments[0].line) == (0, 100, 0, 2)
    rest = list(docs)
    assert [(d.part, len(d.segments)) for d in rest] == [(1, 100), (2, 50)] and errors == []
    assert rest[0].segments[0].index == 0 and rest[0].segments[0].record == "r100"


def test_a_streamed_table_refused_at_its_end_is_refused_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte that is not UTF-8 in the last row refuses the file as reading it whole does (its line named): no
    chunk of it is audited; a row of the wrong width is skipped with its line, the others audited."""
    monkeypatch.setattr(corpus, "STREAM_BYTES", 5_000)
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 40)
    bad = tmp_path / "bad" / "batch.tsv"
    bad.parent.mkdir()
    _table(bad, 300)
    bad.write_bytes(bad.read_bytes() + "r300\tLast row.\tCaf\xe9 s\xe1ng.\n".encode("cp1252"))
    result = run([str(bad)], str(tmp_path / "out"), SETTINGS, jobs=1, reports=())
    [error] = result.summary["input_errors"]
    assert error["line"] == 302 and "not UTF-8" in error["message"], error
    assert _rows(tmp_path / "out" / "segments.jsonl") == [] and result.summary["counts"]["documents"] == 0
    ragged = tmp_path / "ragged" / "batch.tsv"
    ragged.parent.mkdir()
    _table(ragged, 300)
    text = ragged.read_text(encoding="utf-8").split("\n")
    text[150] += "\tone cell too many"
    ragged.write_text("\n".join(text), encoding="utf-8")
    result = run([str(ragged)], str(tmp_path / "out2"), SETTINGS, jobs=1, reports=())
    assert [e["line"] for e in result.summary["input_errors"]] == [151]
    assert len(_rows(tmp_path / "out2" / "segments.jsonl")) == 299


def test_a_streamed_run_holds_a_chunk_not_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamed in chunks of 200 rows, the traced peak of a run over a table of 3,000 rows is little more than that
    over 1,500 rows, and well under that of reading the 3,000 rows whole and auditing them in the same chunks."""
    run([str(ROOT / "corpus" / "000_d8220ceeb6286349.txt")], str(tmp_path / "warm"), SETTINGS, jobs=1, reports=())
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 200)

    def peak(rows: int, out: str) -> int:
        table = tmp_path / out / "batch.tsv"
        table.parent.mkdir()
        _table(table, rows)
        tracemalloc.start()
        try:
            run([str(table)], str(tmp_path / out / "run"), SETTINGS, jobs=1, reports=())
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    whole = peak(3000, "whole")
    monkeypatch.setattr(corpus, "STREAM_BYTES", 10_000)
    half, streamed = peak(1500, "half"), peak(3000, "streamed")
    assert streamed < 1.2 * half and 1.3 * streamed < whole, (half, streamed, whole)


def _show(out: Path, *args: str) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["show", str(out), *args])
    assert result.exit_code == 0, result.output


def test_the_reports_read_a_large_documents_segments_as_they_need_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document of more than LAZY_FROM segments is a DocSegments (its segments read from segments.jsonl by byte
    offset, in order, by index or slice); the review page, the CSV and XLIFF exports and the terminal report made
    from it are byte for byte those made from the document held whole; a document whose lines are out of order
    (edited by hand) is held and sorted as before."""
    big = tmp_path / "batch.tsv"
    _table(big, 400)
    out = tmp_path / "run"
    run([str(big)], str(out), SETTINGS, jobs=1, reports=())
    held = tmp_path / "held"
    shutil.copytree(out, held)
    _show(held, "--html", "--export", "csv", "--export", "xliff")
    monkeypatch.setattr(load, "LAZY_FROM", 100)
    segs = load.load_run(out).segments[big.name]
    assert isinstance(segs, load.DocSegments) and len(segs) == 400
    whole = _rows(out / "segments.jsonl")
    assert list(segs) == whole and segs[7] == whole[7] and segs[-1] == whole[-1] and segs[3:6] == whole[3:6]
    _show(out, "--html", "--export", "csv", "--export", "xliff")
    for name in ("report.html", "findings.csv", "report.xlf"):
        assert (out / name).read_bytes() == (held / name).read_bytes(), name
    lines = (out / "segments.jsonl").read_bytes().splitlines(keepends=True)
    (out / "segments.jsonl").write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))
    shuffled = load.load_run(out).segments[big.name]
    assert isinstance(shuffled, list) and shuffled == whole
