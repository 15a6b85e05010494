"""``audit apply`` on a TSV/CSV changes the edited cell and nothing else: rows nobody edited keep every byte
(an export's quotes around every cell, a file's mixed line ends, a last line without a line end), and an
edited row keeps its other cells, its quoting and its line end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run


def _apply_hand_edit(name: str, data: bytes, segment: int, tmp_path: Path) -> bytes:
    """Audit ``data`` saved as ``name``, edit one segment by hand (append a word), apply: the copy's bytes."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    r = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "rep"), "-q", "--no-html"])
    assert r.exit_code in (0, 1, 2), r.stderr  # 2: an input error in another row
    run = load_run(tmp_path / "rep")
    seg = run.segment(name, segment)
    keep = {k: seg[k] for k in ("line", "column", "record") if k in seg}
    edited = {"doc": name, "segment": segment, **keep, "original": seg["text"], "manual": True}
    decisions = {
        "format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "findings": [],
        "segments": [edited | {"text": seg["text"] + " sáng nay"}],
    }  # fmt: skip
    path = tmp_path / "rep" / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    ignore = tmp_path / "ignore.txt"
    r = CliRunner().invoke(main, ["apply", str(path), "--out", str(tmp_path / "pe"), "--ignore-file", str(ignore)])
    assert r.exit_code == 0, r.stderr
    return (tmp_path / "pe" / name).read_bytes()


EXPORT = (  # a spreadsheet's CSV quoting every cell, CRLF line ends
    '"id","src","mt"\r\n'
    '"k7","The ferry to Phu Quy leaves at dawn.","Tàu ra Phú Quý rời bến lúc bình minh."\r\n'
    '"k8","Waves reached 3 metres.","Sóng cao tới 3 mét."\r\n'
)


def test_an_export_quoting_every_cell_keeps_its_quotes(tmp_path: Path) -> None:
    out = _apply_hand_edit("ferry.csv", EXPORT.encode(), 1, tmp_path).decode()
    assert out == EXPORT.replace("3 mét.", "3 mét. sáng nay")


def test_rows_not_edited_keep_their_line_ends(tmp_path: Path) -> None:
    table = "src\tmt\nThe bridge is shut.\tCầu bị đóng.\r\nBuses run late.\tXe buýt chạy trễ.\nIt rains.\tTrời mưa."
    out = _apply_hand_edit("bridge.tsv", table.encode(), 0, tmp_path).decode()
    assert out == table.replace("Cầu bị đóng.", "Cầu bị đóng. sáng nay")


@pytest.mark.parametrize("segment", [0, 1])
def test_a_whole_quotation_in_a_tsv_keeps_its_marks(tmp_path: Path, segment: int) -> None:
    """A row whose sentences are each a whole quotation ("Hold on!") keeps its marks, edited or not."""
    table = 'src\tmt\n"Hold the line!"\t"Giữ vững trận tuyến!"\nThe coach shouted.\tHuấn luyện viên hét lên.\n'
    out = _apply_hand_edit("coach.tsv", table.encode(), segment, tmp_path).decode()
    edited = ("tuyến!", "tuyến! sáng nay") if segment == 0 else ("hét lên.", "hét lên. sáng nay")
    assert out == table.replace(*edited)


def test_an_edited_cell_over_two_lines_keeps_the_rest_of_its_row(tmp_path: Path) -> None:
    table = 'src,mt,note\r\n"Line one\r\nline two","Dòng một\r\ndòng hai",checked\r\nX,"Y, z",\r\n'
    out = _apply_hand_edit("two.csv", table.encode(), 0, tmp_path).decode()
    assert out == table.replace("dòng hai", "dòng hai sáng nay")


LIBREOFFICE = (  # "Quote all text cells": the header and each text quoted, the numbers bare
    '"id"\t"src"\t"mt"\n'
    '41\t"Rain fell on Da Lat."\t"Mưa rơi ở Đà Lạt."\n'
    '42\t"The pass reopened\tat noon."\t"Đèo mở lại\nlúc trưa."\n'
)


def test_a_tsv_quoting_every_text_cell_is_read_with_its_quoting(tmp_path: Path) -> None:
    out = _apply_hand_edit("pass.tsv", LIBREOFFICE.encode(), 0, tmp_path).decode()
    segs = load_run(tmp_path / "rep").segments["pass.tsv"]
    assert [s["text"] for s in segs] == ["Mưa rơi ở Đà Lạt.", "Đèo mở lại\nlúc trưa."]
    assert [s["source"] for s in segs] == ["Rain fell on Da Lat.", "The pass reopened\tat noon."]
    assert out == LIBREOFFICE.replace("Đà Lạt.", "Đà Lạt. sáng nay")


SWALLOWED = (  # a quotation opened on line 2 and closed on line 5; line 4 has a stray third cell
    "src\tmt\n"
    '"We will win in Łódź.\tChúng tôi sẽ thắng ở Łódź.\n'
    "The coach spoke.\tHuấn luyện viên phát biểu.\n"
    "Fans cheered.\tCổ động viên reo hò.\tx\n"
    'Then rain," he said.\tRồi mưa," ông nói.\n'
)


def test_a_row_of_the_wrong_width_in_a_quotation_takes_no_row_with_it(tmp_path: Path) -> None:
    out = _apply_hand_edit("lodz.tsv", SWALLOWED.encode(), 1, tmp_path).decode()
    segs = load_run(tmp_path / "rep").segments["lodz.tsv"]
    assert [s["line"] for s in segs] == [2, 3, 5]
    summary = json.loads((tmp_path / "rep" / "summary.json").read_text(encoding="utf-8"))
    assert [(e["line"], e["message"][:13]) for e in summary["input_errors"]] == [(4, "row has 3 col")]
    assert out == SWALLOWED.replace("phát biểu.", "phát biểu. sáng nay")
