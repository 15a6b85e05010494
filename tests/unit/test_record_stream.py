"""A large TSV/CSV or XLIFF file is read a chunk of records at a time as its chunks are audited (a 60 MB TSV with its
source took a run to 661 MB read whole, 230 MB streamed; a 40 MB XLIFF file 514 MB, then 230 MB), and the reports read
a large document's segments from segments.jsonl as they need them (`audit show --export xliff` of the TSV's run: 748
MB, then 102 MB). Real files and runs: the rows are corpus/'s article lines and made-up English sources; the XLIFF
files those of tests/data."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

import audit.corpus as corpus
import audit.report.load as load
from audit.cli import main
from audit.corpus import InputError, InputFile, ReadOptions, stream_file, streams
from audit.corpus.xliff import iter_xliff, read_xliff, streamable
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
    offset, in order, by index or slice), and its findings, more than LAZY_FROM, are read a segment's at a time
    (found by their segment numbers) or one by one in file order; the review page and the CSV and XLIFF exports
    made so are byte for byte those made from the document held whole; a document whose lines are out of order
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
    run_data = load.load_run(out)
    findings = list(run_data.findings)
    assert len(findings) > 100 and not isinstance(run_data.findings.of_document(big.name), list)
    assert list(run_data.findings.of_document(big.name)) == findings
    for seg in {f["segment"] for f in findings[::7]}:
        assert run_data.by_segment[(big.name, seg)] == [f for f in findings if f["segment"] == seg]
    quiet = next(s["segment"] for s in whole if s["segment"] not in {f["segment"] for f in findings})
    assert run_data.by_segment.get((big.name, quiet)) is None
    _show(out, "--html", "--export", "csv", "--export", "xliff")
    for name in ("report.html", "findings.csv", "report.xlf"):
        assert (out / name).read_bytes() == (held / name).read_bytes(), name
    lines = (out / "segments.jsonl").read_bytes().splitlines(keepends=True)
    (out / "segments.jsonl").write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))
    shuffled = load.load_run(out).segments[big.name]
    assert isinstance(shuffled, list) and shuffled == whole


XLIFF = sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix in (".xlf", ".xliff", ".sdlxliff", ".xlf2"))


@pytest.mark.parametrize("path", XLIFF, ids=lambda p: str(p.relative_to(ROOT / "tests" / "data")))
def test_an_xliff_file_read_a_unit_at_a_time_gives_the_records_read_whole_gives(path: Path) -> None:
    """1.2, 2.0, SDLXLIFF, groups, translate="no", units without a target: iter_xliff's records in Documents of 3
    or more (a unit's records stay together), ``part`` counting on, are read_xliff's, the same fields, the same note;
    a file iter_xliff cannot read a unit at a time (not UTF-8, not well-formed, entities) is refused by read_xliff."""
    whole_errors: list = []
    try:
        whole = read_xliff(path.open("rb"), "d", str(path), whole_errors)[0].segments
    except InputError as e:
        assert not streamable(str(path)), e
        return
    if not streamable(str(path)):
        assert path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff")) or b"encoding=" in path.read_bytes()[:200]
        return
    errors: list = []
    docs = list(iter_xliff(str(path), "d", errors, 3))
    assert [d.part for d in docs] == list(range(len(docs))) and all(len(d.segments) >= 3 for d in docs[:-1])
    streamed = [s for d in docs for s in d.segments]
    assert [d.segments[0].index for d in docs] == [0] * len(docs)
    key = lambda s: (s.text, s.line, s.record, s.source, s.flags, s.notes, s.codes, s.boilerplate, s.paragraph)  # noqa: E731
    assert [key(s) for s in streamed] == [key(s) for s in whole]
    assert [str(e) for e in errors] == [str(e) for e in whole_errors]


def test_a_large_xliff_file_streamed_writes_what_reading_it_whole_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/data/formats's XLIFF files streamed in chunks of 4 records: the run's outputs are byte for byte those of
    reading each whole and auditing it in the same chunks."""
    files = [str(p) for p in sorted((ROOT / "tests" / "data" / "formats").glob("*.xlf*"))]
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 4)
    run(files, str(tmp_path / "whole"), SETTINGS, jobs=1, reports=())
    monkeypatch.setattr(corpus, "STREAM_BYTES", 0)
    run(files, str(tmp_path / "streamed"), SETTINGS, jobs=1, reports=())
    assert _outputs(tmp_path / "streamed") == _outputs(tmp_path / "whole")
    assert len(_rows(tmp_path / "whole" / "documents.jsonl")) == len(files)


def test_a_large_xliff_file_broken_at_its_end_is_refused_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit left open at the end of a large file: the error reading it whole gives (its line), no chunk audited."""
    units = "".join(
        f'<trans-unit id="u{i}"><source>Row {i}.</source><target>Hàng thứ {i} đã được dịch.</target></trans-unit>\n'
        for i in range(300)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file source-language="en" target-language="vi" datatype="plaintext" original="x"><body>\n{units}'
        '<trans-unit id="last"><source>Cut.</source><target>Cắt'
    )
    path = tmp_path / "in" / "cut.xlf"
    path.parent.mkdir()
    path.write_text(body, encoding="utf-8")
    monkeypatch.setattr(corpus, "STREAM_BYTES", 1_000)
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 50)
    assert not streamable(str(path))
    result = run([str(path)], str(tmp_path / "out"), SETTINGS, jobs=1, reports=())
    [error] = result.summary["input_errors"]
    assert "not well-formed" in error["message"] and error["line"] == 303, error  # the last unit's line
    assert _rows(tmp_path / "out" / "segments.jsonl") == []


PO = sorted((ROOT / "tests" / "data").rglob("*.po"))


@pytest.mark.parametrize("path", PO, ids=lambda p: str(p.relative_to(ROOT / "tests" / "data")))
def test_a_po_file_read_in_chunks_gives_the_strings_read_whole_gives(path: Path) -> None:
    """iter_po's segments in Documents of 3 strings or more (an entry's plural forms stay together), ``part``
    counting on, are read_po's: text, line, column, source, flags, context, notes, paragraph; and the title."""
    from audit.corpus.po import iter_po, po_title, read_po

    try:
        [whole] = read_po(path.open("rb"), "d", str(path), 100_000)
    except InputError:
        assert po_title(str(path), "d", 100_000) is None
        return
    title = po_title(str(path), "d", 100_000)
    assert title == whole.title
    docs = list(iter_po(str(path), "d", 100_000, title, 3))
    assert [d.part for d in docs] == list(range(len(docs))) and all(len(d.segments) >= 3 for d in docs[:-1])
    key = lambda s: (s.text, s.line, s.column, s.source, s.flags, s.context, s.notes, s.singular, s.paragraph)  # noqa: E731
    assert [key(s) for d in docs for s in d.segments] == [key(s) for s in whole.segments]


def test_a_large_po_file_streamed_writes_what_reading_it_whole_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/data's PO files streamed in chunks of 4 strings or more: the run's outputs are byte for byte those of
    reading each whole and auditing it in the same chunks; one broken at its end is refused whole, its line named,
    nothing of it audited."""
    files = [str(p) for p in PO]
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 4)
    run(files, str(tmp_path / "whole"), SETTINGS, jobs=1, reports=())
    monkeypatch.setattr(corpus, "STREAM_BYTES", 0)
    run(files, str(tmp_path / "streamed"), SETTINGS, jobs=1, reports=())
    assert _outputs(tmp_path / "streamed") == _outputs(tmp_path / "whole")
    entries = "".join(f'msgid "Row {i}."\nmsgstr "Hàng thứ {i}."\n\n' for i in range(200))
    cut = tmp_path / "in" / "cut.po"
    cut.parent.mkdir()
    cut.write_text(entries + 'msgid "Last."\nmsgstr "Cuối\n', encoding="utf-8")
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 50)
    result = run([str(cut)], str(tmp_path / "out"), SETTINGS, jobs=1, reports=())
    [error] = result.summary["input_errors"]
    assert "unterminated string" in error["message"] and error["line"] == 602, error
    assert _rows(tmp_path / "out" / "segments.jsonl") == []


def test_the_progress_counts_a_large_files_segments_before_it_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One streamed table: the progress callback hears of its segments chunk by chunk, not only when the file ends
    (a user auditing one 60 MB table saw 0 of 1 files for 45 seconds)."""
    big = tmp_path / "batch.tsv"
    _table(big, 300)
    monkeypatch.setattr(corpus, "STREAM_BYTES", 5_000)
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 100)
    calls: list[tuple[int, int, int]] = []
    run([str(big)], str(tmp_path / "out"), SETTINGS, jobs=1, reports=(), progress=lambda *a: calls.append(a))
    assert calls == [(0, 1, 100), (0, 1, 200), (1, 1, 300)]


@pytest.mark.parametrize("cr", [False, True])
def test_decoded_text_is_split_into_lines_one_at_a_time_as_split_would(cr: bool) -> None:
    """split_lines (a UTF-16 file's lines) gives the pieces str.split and the CR-aware split give, lazily: a large
    UTF-16 table's lines are not all held in a list (a 33 MB UTF-16 TSV: 330 MB, then 262 MB)."""
    from audit.corpus.decode import _TEXT_LINE_END_CR, split_lines

    for text in ("", "a", "a\n", "a\nb", "\n\n", "Hà Nội\r\nHuế\rĐà Nẵng\n", "x\r", "\r\n\r\n"):
        expected = _TEXT_LINE_END_CR.split(text) if cr else [p.rstrip("\r") for p in text.split("\n")]
        lines = split_lines(text, "t.tsv", cr=cr)
        assert not isinstance(lines, list) and list(lines) == expected, text
