"""Standard input in pipelines: each format with --format; records piped without --format are an input error
saying which --format to give (read as prose, they would pass as clean), plain text needs none; a column named
with --field that the header lacks is an input error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
JSONL = '{"id": "p1", "src": "Chile and Peru signed two accords.", "mt": "Chile và Bolivia đã ký hai hiệp định."}\n'
TSV = "src\tmt\nChile and Peru signed two accords.\tChile và Bolivia đã ký hai hiệp định.\n"
PIPED = {
    "jsonl": JSONL,
    "tsv": TSV,
    "csv": TSV.replace("\t", ","),
    "xliff": (FORMATS / "thue-xe.vi.xlf").read_text(encoding="utf-8"),
    "po": (FORMATS / "may-anh.vi.po").read_text(encoding="utf-8"),
    "srt": (FORMATS / "cho-noi.srt").read_text(encoding="utf-8"),
    "vtt": (FORMATS / "bai-giang.vtt").read_text(encoding="utf-8"),
}


def _pipe(tmp_path: Path, data: str, *args: str) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", "-", "--out", str(out), "-q", "--no-html", *args], input=data)
    return r.exit_code, r.stderr, out


@pytest.mark.parametrize("fmt", sorted(PIPED))
def test_each_format_reads_from_standard_input_with_format(tmp_path: Path, fmt: str) -> None:
    status, err, out = _pipe(tmp_path, PIPED[fmt], "--format", fmt)
    assert status == 0, err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["inputs"] == ["-"] and summary["counts"]["segments"] > 0
    [doc] = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert doc["doc"] == "-" and doc["format"] == fmt


@pytest.mark.parametrize("fmt", sorted(PIPED))
def test_records_piped_without_format_are_an_input_error_naming_the_format(tmp_path: Path, fmt: str) -> None:
    status, err, out = _pipe(tmp_path, PIPED[fmt])
    assert status == 2
    assert "input error: -:1: standard input is read as plain text unless --format says otherwise" in err
    assert f"give --format {fmt} " in err
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["input_errors"][0]["file"] == "-"


def test_jsonl_source_finding_comes_through_the_pipe(tmp_path: Path) -> None:
    status, err, out = _pipe(tmp_path, JSONL, "--format", "jsonl", "--fail-on", "critical")
    assert status == 1 and "fail-on critical" in err
    [f] = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (f["rule"], f["text"], f["record"], f["suggestion"]) == ("A107", "Bolivia", "p1", "Peru")


@pytest.mark.parametrize("text", ["Hội chợ mở cửa ở Huế ,sáng nay.\n", "<b>Tin nhanh</b> hôm nay.\n", JSONL])
def test_plain_text_and_format_text_need_no_format(tmp_path: Path, text: str) -> None:
    args = ("--format", "text") if text == JSONL else ()
    status, err, _ = _pipe(tmp_path, text, *args)
    assert status == 0, err


@pytest.mark.parametrize(("role", "name"), [("source", "eng"), ("reference", "post_edit_vi")])
def test_a_named_column_the_header_lacks_is_an_input_error(tmp_path: Path, role: str, name: str) -> None:
    table = "en\tvi\thv\nChile and Peru signed two accords.\tChile và Bolivia đã ký hai hiệp định.\tx\n"
    status, err, _ = _pipe(tmp_path, table, "--format", "tsv", "--field", "target=vi", "--field", f"{role}={name}")
    assert status == 2
    assert f"-:1: header has no {role} column {name!r} (named with --field {role}={name}" in err
    assert "its columns: 'en', 'vi', 'hv'" in err


def test_a_named_id_column_the_header_lacks_is_a_note(tmp_path: Path) -> None:
    table = "en\tvi\nChile and Peru signed two accords.\tChile và Bolivia đã ký hai hiệp định.\n"
    status, err, out = _pipe(tmp_path, table, "--format", "tsv", "--field", "target=vi", "--field", "id=key")
    assert status == 0, err
    assert "note: -:1: the header has no id column 'key' (--field id=key); each row is named by its position" in err
    [seg] = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert seg["record"] == "0"


def test_named_columns_the_header_has_are_read(tmp_path: Path) -> None:
    table = "en\tvi\tpe\nChile and Peru signed two accords.\tChile và Bolivia đã ký hai hiệp định.\tChile và Peru.\n"
    fields = ("--field", "target=vi", "--field", "source=en", "--field", "reference=pe")
    status, err, out = _pipe(tmp_path, table, "--format", "tsv", *fields)
    assert status == 0, err
    [seg] = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (seg["source"], seg["reference"]) == ("Chile and Peru signed two accords.", "Chile và Peru.")


def test_a_named_jsonl_field_no_record_has_is_an_input_error_once_unless_a_default_is_there(tmp_path: Path) -> None:
    records = JSONL + '{"id": "p2", "src": "Two ports reopened.", "mt": "Hai cảng mở cửa trở lại."}\n'
    status, err, out = _pipe(tmp_path, records, "--format", "jsonl", "--field", "source=en")
    assert status == 0, err  # read by the default name, with a note (a batch's files may name fields differently)
    assert err.count("note: -: no record has the field 'en' (--field source=en") == 1
    assert "read the source from 'src', a default name" in err
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]["segments"] == 2
    status, err, _ = _pipe(tmp_path, records.replace('"src"', '"eng"'), "--format", "jsonl", "--field", "source=en")
    assert status == 2
    assert err.count("no record has the source field 'en'") == 1 and "first record's fields: id, eng, mt" in err
    status, err, _ = _pipe(tmp_path, records, "--format", "jsonl", "--field", "source=src")
    assert status == 0 and "note" not in err, err


@pytest.mark.parametrize(
    "prose",
    [
        "Các định dạng được hỗ trợ gồm PDF, text, HTML.\nTệp tải lên không quá 10 MB.\n",
        "Ứng dụng dịch mt, text và target đều được nhắc đến\nở đây chỉ là ví dụ.\n",
    ],
)
def test_prose_that_names_a_column_word_is_read_as_text(tmp_path: Path, prose: str) -> None:
    status, err, _ = _pipe(tmp_path, prose)
    assert status == 0, err
