"""TSV/CSV rows as a user meets them: a CSV saved with semicolons (Excel in many locales) is named as such, and a
row without an id keeps its name (its 0-based position) when a row before it is skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.corpus import InputError, InputFile, ReadOptions, read_file


def _read(path: Path) -> list:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])


def test_a_semicolon_csv_is_named_with_the_way_out(tmp_path: Path) -> None:
    p = tmp_path / "hanoi.csv"
    p.write_text('\ufeff"key";"source";"target"\nk1;Hello;Xin chào\n', encoding="utf-8")
    with pytest.raises(InputError) as e:
        _read(p)
    message = str(e.value)
    assert e.value.line == 1 and "columns separated by semicolons, not commas" in message
    assert "save it with commas, or as tab-separated text (.tsv)" in message and "no target column" not in message


@pytest.mark.parametrize(
    ("name", "text", "also"),
    [
        ("oslo.csv", "sep=,\r\nid,src,mt\r\nn1,Two ferries.,Hai chuyến phà..\r\n", None),
        ("oslo.csv", "\ufeffsep=;\r\nid;src;mt\r\nn1;Two ferries.;Hai chuyến phà..\r\n", "separated by ';'"),
        ("oslo.tsv", "sep=\t\nid\tsrc\tmt\nn1\tTwo ferries.\tHai chuyến phà..\n", None),
    ],
)
def test_excels_separator_line_before_the_header_is_named(tmp_path: Path, name: str, text: str, also: str) -> None:
    """A 'sep=;' line, which makes Excel open a CSV with that separator, is not taken for a header that names
    no target column (whose hint was --field target=NAME): the error says what the line is and what to do."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        _read(p)
    message = str(e.value)
    assert e.value.line == 1 and "the first line is Excel's separator directive" in message
    assert "delete that line" in message and "no target column" not in message
    assert (also in message) if also else "also says" not in message


def test_a_csv_without_a_target_column_keeps_its_message(tmp_path: Path) -> None:
    p = tmp_path / "notes.csv"
    p.write_text("key;comment\nk1;ok\n", encoding="utf-8")  # semicolons, but no target column either way
    with pytest.raises(InputError, match="header has no target column"):
        _read(p)


def test_semicolons_inside_a_comma_csv_are_text(tmp_path: Path) -> None:
    p = tmp_path / "ok.csv"
    p.write_text('id,src,mt\n1,"a; b","Huế; Đà Nẵng"\n', encoding="utf-8")
    [doc] = _read(p)
    assert doc.segments[0].text == "Huế; Đà Nẵng"


def test_a_row_without_an_id_keeps_its_name_when_a_row_before_it_is_skipped(tmp_path: Path) -> None:
    p = tmp_path / "rows.tsv"
    p.write_text("src\tmt\nOne\tMột\nTwo\tHai\textra\n\nThree\tBa\n", encoding="utf-8")
    errors: list = []
    [doc] = read_file(InputFile(str(p), p.name), ReadOptions(), errors)
    assert [e.line for e in errors] == [3]
    assert [(s.record, s.line) for s in doc.segments] == [("0", 2), ("2", 5)]  # as JSONL: the position, from 0
