"""A plain-text file over TEXT_PART_BYTES in UTF-16 (a byte order mark says so: Notepad's and Excel's "Unicode")
is copied to UTF-8 a megabyte at a time and read in parts as a UTF-8 file is (audit.corpus.copy_utf16), not decoded
whole: a 32 MB file took a run to 272 MB, now 177 MB. The outputs are those of the same text in UTF-8; a file that
does not decode is refused as before, with the offset of its bad byte in the original; the copies are removed after
the run. Real runs through the CLI, on corpus/ lines."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import audit.corpus as corpus
from audit.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _text(n: int) -> str:
    """``n`` article lines of corpus/ in turn, a blank line now and then."""
    pool = [
        ln
        for f in sorted((ROOT / "corpus").glob("*.txt"))
        for ln in f.read_text(encoding="utf-8").splitlines()
        if len(ln) > 60
    ]
    return "\n".join(pool[i % len(pool)] if i % 9 else "" for i in range(n)) + "\n"


def _run(args: list[str], data: bytes | None = None) -> tuple[int, str]:
    r = CliRunner().invoke(main, ["run", *args, "-q", "--no-html"], input=data)
    return r.exit_code, r.stderr


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def copy_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the copies go to (empty after every run)."""
    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setattr(corpus.tempfile, "tempdir", str(d))
    monkeypatch.setattr(corpus, "TEXT_PART_BYTES", 30_000)
    return d


@pytest.mark.parametrize(("encoding", "jobs"), [("utf-16", "1"), ("utf-16-be", "2")])
def test_a_large_utf16_text_is_read_in_parts_as_its_utf8_twin(
    tmp_path: Path, copy_dir: Path, encoding: str, jobs: str
) -> None:
    """The same segments (line, column), findings and document record as the text in UTF-8, both in parts."""
    text = _text(900)
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""  # "utf-16" writes its own
    (tmp_path / "u8").mkdir()
    (tmp_path / "u16").mkdir()
    (tmp_path / "u8" / "batch.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "u16" / "batch.txt").write_bytes(bom + text.encode(encoding))
    assert len(corpus.discover([str(tmp_path / "u8")], [])) > 3  # the UTF-8 twin is read in parts
    for d in ("u8", "u16"):
        status, err = _run([str(tmp_path / d), "--out", str(tmp_path / f"out-{d}"), "--jobs", jobs])
        assert status == 0, err
    for kind in ("findings.jsonl", "segments.jsonl", "documents.jsonl"):
        assert _rows(tmp_path / "out-u16" / kind) == _rows(tmp_path / "out-u8" / kind), kind
    assert len(_rows(tmp_path / "out-u16" / "documents.jsonl")) == 1  # the parts are written as one document
    assert _rows(tmp_path / "out-u16" / "findings.jsonl")  # corpus/ lines: there is something to compare
    assert not list(copy_dir.iterdir())


def test_the_copy_is_cut_into_parts_and_removed(tmp_path: Path, copy_dir: Path) -> None:
    """copy_utf16 gives parts of a UTF-8 copy (the original named), and remove_spools removes the copy."""
    big = tmp_path / "batch.txt"
    big.write_bytes(_text(900).encode("utf-16"))
    files = corpus.discover([str(big)], [])
    assert len(files) == 1  # a UTF-16 file cannot be cut at its line feeds as bytes
    parts = corpus.copy_utf16(files, corpus.ReadOptions())
    assert len(parts) > 3 and {p.path for p in parts} == {str(big)}
    [copy] = {p.spool for p in parts}
    assert copy is not None and Path(copy).parent == copy_dir
    assert Path(copy).read_bytes() == _text(900).encode("utf-8")
    corpus.remove_spools(parts)
    assert not list(copy_dir.iterdir())
    small = tmp_path / "small.txt"
    small.write_bytes("Một dòng.\n".encode("utf-16"))  # under TEXT_PART_BYTES: read whole, as it was
    assert corpus.copy_utf16(corpus.discover([str(small)], []), corpus.ReadOptions())[0].spool is None


def test_a_bad_utf16_text_is_refused_with_its_own_offset(tmp_path: Path, copy_dir: Path) -> None:
    """A lone surrogate far into the file: no copy, the file read whole and refused with the byte offset and line of
    the original, as before; the rest of the folder is still audited."""
    text = _text(900)
    good = text.encode("utf-16")
    cut = len(good) // 2 & ~1
    bad = good[:cut] + b"\x00\xdc" + good[cut:]  # a low surrogate alone (UTF-16LE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(bad)
    (tmp_path / "in" / "good.txt").write_text("Hà Nội hôm nay có mưa.\n", encoding="utf-8")
    status, err = _run([str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert status == 2, err
    [error] = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["input_errors"]
    line = good[:cut].decode("utf-16").count("\n") + 1
    assert error["file"].endswith("bad.txt") and error["line"] == line
    assert f"invalid UTF-16 at byte offset {cut}" in error["message"]
    assert [d["doc"] for d in _rows(tmp_path / "out" / "documents.jsonl")] == ["good.txt"]
    assert not list(copy_dir.iterdir())


def test_a_utf16_text_piped_in_is_read_in_parts_too(tmp_path: Path, copy_dir: Path) -> None:
    """Standard input in UTF-16: its copy is copied to UTF-8 (the first copy removed) and read as the file is."""
    data = _text(900).encode("utf-16")
    (tmp_path / "batch.txt").write_bytes(data)
    status, err = _run([str(tmp_path / "batch.txt"), "--out", str(tmp_path / "given")])
    assert status == 0, err
    status, err = _run(["-", "--out", str(tmp_path / "piped")], data)
    assert status == 0, err
    for kind in ("findings.jsonl", "segments.jsonl"):
        piped = [{**r, "doc": "x", "fingerprint": None} for r in _rows(tmp_path / "piped" / kind)]
        given = [{**r, "doc": "x", "fingerprint": None} for r in _rows(tmp_path / "given" / kind)]
        assert piped == given, kind
    assert not list(copy_dir.iterdir())


def test_a_large_utf16_table_is_streamed_as_its_utf8_twin(
    tmp_path: Path, copy_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel's "Unicode Text" export is a UTF-16 TSV: over STREAM_BYTES it is read a chunk of rows at a time from its
    UTF-8 copy, with the outputs of the same rows in UTF-8."""
    monkeypatch.setattr(corpus, "STREAM_BYTES", 20_000)
    lines = [ln for ln in _text(400).splitlines() if ln]
    table = "src\tmt\n" + "".join(f"Source sentence {i}.\t{ln}\n" for i, ln in enumerate(lines))
    (tmp_path / "u8").mkdir()
    (tmp_path / "u16").mkdir()
    (tmp_path / "u8" / "batch.tsv").write_bytes(table.encode("utf-8"))
    (tmp_path / "u16" / "batch.tsv").write_bytes(table.encode("utf-16"))
    [item] = corpus.copy_utf16(corpus.discover([str(tmp_path / "u16")], []), corpus.ReadOptions())
    assert item.spool is not None and corpus.streams(item, corpus.ReadOptions())
    corpus.remove_spools([item])
    for d in ("u8", "u16"):
        status, err = _run([str(tmp_path / d), "--out", str(tmp_path / f"out-{d}")])
        assert status == 0, err
    for kind in ("findings.jsonl", "segments.jsonl", "documents.jsonl"):
        assert _rows(tmp_path / "out-u16" / kind) == _rows(tmp_path / "out-u8" / kind), kind
    assert len(_rows(tmp_path / "out-u16" / "segments.jsonl")) == len(lines)
    assert not list(copy_dir.iterdir())
