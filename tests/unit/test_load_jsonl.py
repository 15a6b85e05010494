"""The run loader reads JSON lines with orjson where it can: the records, the line numbers in its messages and the
lines it skips must be those of reading the file in text mode with ``json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.report.load import RunDirError, _jsonl


def _stdlib(path: Path) -> list[object]:
    """What the loader read before: a text-mode file, json.loads of each non-blank line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_records_are_those_json_reads(tmp_path: Path) -> None:
    path = tmp_path / "segments.jsonl"
    lines = [
        '{"doc":"tin-Huế.txt","segment":0,"text":"Đà Lạt\\u2028mưa","risk":1e-05,"scores":{"builtin":0.8731}}',
        "",  # a blank line and a line of Unicode spaces are skipped
        "\u00a0\u3000",
        '{"doc":"b","risk":NaN,"big":123456789012345678901234567890}',  # what orjson refuses, json reads
        '{"doc":"c","text":"lone \\ud800 surrogate","n":-0.0}',
        '{"doc":"d","dup":1,"dup":2,"nested":[[[]]],"x":null,"t":true}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(_jsonl(path))
    want = _stdlib(path)
    assert len(got) == 4
    assert json.dumps(got) == json.dumps(want)  # NaN compares unequal to itself: compare the text
    assert got[0]["text"] == "Đà Lạt\u2028mưa" and got[3]["dup"] == 2


def test_cr_and_crlf_end_lines_as_in_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "findings.jsonl"
    path.write_bytes(b'{"doc":"a","i":1}\r\n{"doc":"b","i":2}\r{"doc":"c","i":3}\n\r\n{"doc":"d","i":4}')
    assert [r["i"] for r in _jsonl(path)] == [1, 2, 3, 4]
    assert list(_jsonl(path)) == _stdlib(path)


@pytest.mark.parametrize(
    ("content", "where", "json_message"),
    [
        (b'{"doc":"a"}\r{"doc":"b"}\r\n{"doc": oops}\n', ":3: not valid JSON (Expecting value)", False),
        (b'{"doc":"a"}\n\n[1, 2]\n', ":3: not a record of an mt-audit run", False),
        (b'{"doc":"a"}\n{"doc":"b",}\n', ":2: not valid JSON (", True),
    ],
)
def test_errors_name_the_line_a_text_mode_reader_counts(
    tmp_path: Path, content: bytes, where: str, json_message: bool
) -> None:
    path = tmp_path / "documents.jsonl"
    path.write_bytes(content)
    with pytest.raises(RunDirError) as e:
        list(_jsonl(path))
    assert f"{path}{where}" in str(e.value)
    if json_message:  # json's own message, as before
        with pytest.raises(json.JSONDecodeError) as err:
            json.loads(content.split(b"\n")[1])
        assert f"({err.value.msg})" in str(e.value)


def test_invalid_utf8_is_refused_naming_the_file_and_line(tmp_path: Path) -> None:
    """A line that is not UTF-8 (a file cut in the middle of a character, or saved in another encoding) is refused
    with the file and line, as a JSON error is, not with a traceback; also in a file whose lines end in a lone CR."""
    path = tmp_path / "segments.jsonl"
    path.write_bytes(b'{"doc":"a","text":"x"}\n{"doc":"a","text":"\xff"}\n')
    with pytest.raises(RunDirError, match=r"segments\.jsonl:2: not UTF-8 text \(byte 0xff"):
        list(_jsonl(path))
    path.write_bytes(b'{"doc":"a"}\r{"doc":"b"}\r{"doc":"c","text":"Hu\xe1\xba')
    with pytest.raises(RunDirError, match=r"segments\.jsonl:3: not UTF-8 text \(byte 0xe1"):
        list(_jsonl(path))
    with pytest.raises(UnicodeDecodeError):  # what a text-mode reader does
        _stdlib(path)


def test_a_byte_order_mark_before_the_first_line_is_read_past(tmp_path: Path) -> None:
    """An editor that saves UTF-8 with a BOM leaves the file readable, as json reads bytes with one."""
    path = tmp_path / "findings.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"doc":"a","i":1}\n{"doc":"b","i":2}\n')
    assert [r["i"] for r in _jsonl(path)] == [1, 2]
    assert json.loads(path.read_bytes().split(b"\n")[0]) == {"doc": "a", "i": 1}
