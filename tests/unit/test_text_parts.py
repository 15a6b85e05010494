"""A large plain-text file (a batch of MT output, a segment a line) is read in parts of about TEXT_PART_BYTES, each
audited as a document of its own and written as one document: its whole-document work no longer grows with the file
(24,000 lines in one file took a run to 354 MB; 208 MB in parts). Real files and runs; the lines are corpus/'s."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

import audit.corpus as corpus
from audit.corpus import InputFile, ReadOptions, discover, read_file
from audit.pipeline import Settings, run

ROOT = Path(__file__).resolve().parents[2]


def _batch(path: Path, lines: int, encoding: str = "utf-8") -> list[str]:
    """``lines`` article lines of corpus/, in turn (MT-dense: names, countries, damage), a blank line now and then."""
    pool = [
        ln
        for f in sorted((ROOT / "corpus").glob("*.txt"))
        for ln in f.read_text(encoding="utf-8").splitlines()
        if len(ln) > 60
    ]
    body = [pool[i % len(pool)] if i % 9 else "" for i in range(lines)]
    path.write_bytes(("\n".join(body) + "\n").encode(encoding))
    return body


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_large_text_file_is_read_in_parts_and_written_as_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts cut at line feeds; the run writes one document whose segments are those of reading the file whole
    (text, line, column), numbered on, and every finding's line and column point at its span in the file."""
    big = tmp_path / "batch.txt"
    body = _batch(big, 1500)
    settings = Settings(select=["ALL"], qe=["builtin"])
    run([str(big)], str(tmp_path / "whole"), settings, jobs=1, reports=())
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 40_000)
    parts = discover([str(big)], [])
    assert len(parts) > 3 and [p.part for p in parts] == list(range(len(parts)))
    assert all(p.first_line == 1 + (big.read_bytes()[: p.start]).count(b"\n") for p in parts)
    for jobs in (1, 2):
        out = tmp_path / f"parts{jobs}"
        run([str(big)], str(out), settings, jobs=jobs, reports=())
        [doc] = _rows(out / "documents.jsonl")
        segs = _rows(out / "segments.jsonl")
        whole = _rows(tmp_path / "whole" / "segments.jsonl")
        assert doc["segments"] == len(segs) == len(whole) and [s["segment"] for s in segs] == list(range(len(segs)))
        assert [(s["text"], s["line"], s["column"]) for s in segs] == [
            (s["text"], s["line"], s["column"]) for s in whole
        ]
        findings = _rows(out / "findings.jsonl")
        assert findings
        for f in findings:
            assert body[f["line"] - 1][f["column"] - 1 :].startswith(f["text"]), f


def test_files_that_cannot_be_cut_are_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """UTF-16 (two-byte line feeds, a BOM only its first part would have), a file not in UTF-8 (refused once, with
    its first bad byte), lone-CR line ends (no line feed to cut at) and a small file stay whole."""
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 20_000)
    utf16 = tmp_path / "utf16.txt"
    _batch(utf16, 600, "utf-16")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Hà Nội\n".encode() * 4000 + "Café\n".encode("cp1252"))
    mac = tmp_path / "mac.txt"
    mac.write_bytes("Hà Nội đón khách.\r".encode() * 4000)
    small = tmp_path / "small.txt"
    small.write_text("Hà Nội đón khách.\n", encoding="utf-8")
    for f in (utf16, latin, mac, small):
        assert len(discover([str(f)], [])) == 1, f.name
    errors: list = []
    with pytest.raises(corpus.InputError) as e:
        read_file(InputFile(str(latin), latin.name), ReadOptions(), errors)
    assert e.value.line == 4001


def test_a_part_of_blank_lines_gives_no_document_and_no_error(tmp_path: Path) -> None:
    p = tmp_path / "tail.txt"
    first = "Hai bên ký kết hiệp định.\n".encode()
    p.write_bytes(first + b"\n" * 3000)
    part = InputFile(str(p), p.name, start=len(first) + 1, end=len(first) + 2000, first_line=3, part=1)
    errors: list = []
    assert read_file(part, ReadOptions(), errors) == [] and errors == []


def test_reading_a_large_file_in_parts_holds_a_part_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The traced peak of a run over one 2,400-line file in parts of 40 kB is well under that of reading it whole."""
    big = tmp_path / "batch.txt"
    _batch(big, 2400)
    settings = Settings(select=["ALL"], qe=["builtin"])
    run([str(ROOT / "corpus" / "000_d8220ceeb6286349.txt")], str(tmp_path / "warm"), settings, jobs=1, reports=())

    def peak(out: str) -> int:
        tracemalloc.start()
        try:
            run([str(big)], str(tmp_path / out), settings, jobs=1, reports=())
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    whole = peak("whole")
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 40_000)
    parted = peak("parts")
    assert parted * 2 < whole, (parted, whole)


def test_a_document_of_many_segments_is_audited_in_chunks_and_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table of records read as one document is audited a chunk of CHUNK_SEGMENTS segments at a time (a table of
    12,000 records with their source peaked at 308 MB, 233 MB in chunks): one document in the outputs, its segments
    those of one pass, numbered on, each finding on a segment that holds its text, the counts those of its chunks."""
    from audit.pipeline import workers

    body = _batch(tmp_path / "lines.txt", 400)
    table = tmp_path / "batch.tsv"
    rows = [f"r{i}\t{line}" for i, line in enumerate(body) if line]
    table.write_text("id\tmt\n" + "\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings(select=["ALL"], qe=["builtin"])
    run([str(table)], str(tmp_path / "whole"), settings, jobs=1, reports=())
    monkeypatch.setattr(workers, "CHUNK_SEGMENTS", 70)
    run([str(table)], str(tmp_path / "chunks"), settings, jobs=1, reports=())
    whole, chunked = _rows(tmp_path / "whole" / "segments.jsonl"), _rows(tmp_path / "chunks" / "segments.jsonl")
    assert len(chunked) > 4 * 70
    assert [(s["segment"], s["text"], s["line"], s["record"]) for s in chunked] == [
        (s["segment"], s["text"], s["line"], s["record"]) for s in whole
    ]
    [doc] = _rows(tmp_path / "chunks" / "documents.jsonl")
    findings = _rows(tmp_path / "chunks" / "findings.jsonl")
    assert doc["segments"] == len(chunked) and doc["findings"] == len(findings) > 0
    assert sum(doc["by_severity"].values()) == len(findings)
    for f in findings:
        assert f["text"] in chunked[f["segment"]]["text"], f
