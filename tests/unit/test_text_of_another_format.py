"""A file read as plain text by its extension that holds records (a spreadsheet saved as Excel's 'Unicode Text':
a UTF-16 .txt TSV; JSON lines or subtitles saved as .txt) is audited as prose, its English source sentences and
field names included: a note says what it looks like and how to read it as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main

SHEET = "ID\tSource\tTarget\nk-4\tSnow closed the road to Geilo.\tTuyết đã chặn đường đến Geilo.\n"


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["run", *args, "-q", "--no-html"])


@pytest.mark.parametrize(
    ("name", "data", "looks", "fix"),
    [
        ("sheet.txt", SHEET.encode("utf-16"), "TSV", "rename it to .tsv, or audit it alone with --format tsv"),
        (
            "records.txt",
            (json.dumps({"src": "Snow in Geilo.", "mt": "Tuyết ở Geilo."}, ensure_ascii=False) + "\n").encode(),
            "JSON lines",
            "rename it to .jsonl, or audit it alone with --format jsonl",
        ),
        (
            "captions.txt",
            "1\n00:00:01,000 --> 00:00:02,500\nTuyết rơi ở Geilo.\n".encode(),
            "SubRip",
            "rename it to .srt, or audit it alone with --format srt",
        ),
    ],
)
def test_records_saved_as_text_get_a_note(tmp_path: Path, name: str, data: bytes, looks: str, fix: str) -> None:
    (tmp_path / name).write_bytes(data)
    r = _run(str(tmp_path / name), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert f"note: {tmp_path / name}:1: read as plain text (by its extension), but it looks like {looks}: {fix}" in (
        r.stderr
    )
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    if looks == "TSV":  # read by its new name: the records with their source, no note
        (renamed / "sheet.tsv").write_bytes(data)
        r = _run(str(renamed / "sheet.tsv"), "--out", str(tmp_path / "out2"))
        assert r.exit_code == 0 and "note" not in r.stderr, r.stderr
        [seg] = [json.loads(x) for x in (tmp_path / "out2" / "segments.jsonl").read_text("utf-8").splitlines()]
        assert (seg["record"], seg["source"]) == ("k-4", "Snow closed the road to Geilo.")


def test_prose_and_a_forced_format_get_no_note(tmp_path: Path) -> None:
    prose = "Các định dạng được hỗ trợ gồm PDF, text, HTML.\nTệp tải lên không quá 10 MB.\n"
    (tmp_path / "notes.txt").write_text(prose, encoding="utf-8")
    (tmp_path / "sheet.txt").write_bytes(SHEET.encode("utf-16"))
    r = _run(str(tmp_path / "notes.txt"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0 and "note" not in r.stderr, r.stderr
    r = _run(str(tmp_path / "sheet.txt"), "--out", str(tmp_path / "out"), "--format", "text")
    assert r.exit_code == 0 and "note" not in r.stderr, r.stderr
