"""A TSV is text without quoting (as MT pipelines, sacrebleu and ``paste`` write it): a sentence that opens
with a quotation mark ('"It works," she said.') is one cell read as written, not a malformed row, and a cell
that is a whole quotation keeps its marks; a spreadsheet's quoting (a cell holding a tab, a line break or a
doubled quote, or every cell quoted) is still undone. ``audit apply`` writes such rows back as they were."""

from __future__ import annotations

import json
from pathlib import Path

from accept_all import accept_all
from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run

QUOTED = (
    "id\tsrc\tmt\n"
    '1\t"We will reopen the pier in March," the mayor of Nha Trang said.\t'
    '"Chúng tôi sẽ mở lại cầu tàu vào tháng Ba," thị trưởng Nha Trang nói.\n'
    '2\t"Keep left."\t"Đi bên trái."\n'
    "3\tThe ferry to Cô Tô leaves at 7.\tTàu ra Cô Tô khởi hành lúc 7 giờ..\n"
    '4\tThe guide said, "Bring a coat."\tHướng dẫn viên nói: "Hãy mang áo khoác."\n'
)


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["run", *args, "-q", "--no-html"])


def _segments(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]


def test_quotation_marks_in_a_tsv_are_text(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pier.tsv").write_text(QUOTED, encoding="utf-8")
    r = _run(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert "input error" not in r.stderr
    segs = _segments(tmp_path / "out")
    assert [s["record"] for s in segs] == ["1", "2", "3", "4"]
    assert segs[0]["text"] == '"Chúng tôi sẽ mở lại cầu tàu vào tháng Ba," thị trưởng Nha Trang nói.'
    assert segs[0]["source"].startswith('"We will reopen the pier in March,"')
    assert segs[1]["text"] == '"Đi bên trái."' and segs[1]["source"] == '"Keep left."'


def test_a_spreadsheets_quoting_is_still_undone(tmp_path: Path) -> None:
    table = (
        "src\tmt\n"
        '"Tab\there"\t"Tab\tở đây"\n'  # a quoted tab
        '"She said ""yes"""\tCô ấy nói "có"\n'  # a doubled quote
        '"Two\nlines"\t"Hai\ndòng"\n'  # a quoted line break
        '"Rain"\t"Mưa"\n'  # every cell quoted
    )
    (tmp_path / "sheet.tsv").write_text(table, encoding="utf-8")
    r = _run(str(tmp_path / "sheet.tsv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    segs = _segments(tmp_path / "out")
    assert [s["text"] for s in segs] == ["Tab\tở đây", 'Cô ấy nói "có"', "Hai\ndòng", "Mưa"]
    assert [s["source"] for s in segs] == ["Tab\there", 'She said "yes"', "Two\nlines", "Rain"]


def test_a_csv_keeps_rfc_4180_quoting(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text('src,mt\n"Keep left.","Đi bên trái."\n"A" b,"B"\n', encoding="utf-8")
    r = _run(str(tmp_path / "rows.csv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2 and "rows.csv:3: malformed row" in r.stderr
    assert [s["text"] for s in _segments(tmp_path / "out")] == ["Đi bên trái."]


def test_apply_writes_unquoted_rows_back_as_they_were(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/pier.tsv").write_text(QUOTED, encoding="utf-8")
    assert _run("in", "--out", "reports", "--select", "F101").exit_code == 0
    assert [f["rule"] for f in load_run(Path("reports")).findings] == ["F101"]
    r = CliRunner().invoke(main, ["apply", str(accept_all(Path("reports"))), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    expected = QUOTED.replace("lúc 7 giờ..", "lúc 7 giờ.")
    assert Path("postedit/pier.tsv").read_text(encoding="utf-8") == expected
    assert Path("in/pier.tsv").read_text(encoding="utf-8") == QUOTED  # the input is never modified


def test_the_shared_mt_tsv_reads_every_row(shared_data: Path, tmp_path: Path) -> None:
    """OPUS-MT output beside its FLORES source and reference (columns line, src_eng, mt_vie, ref_vie): rows
    that open with a quotation ('"We now have 4-month-old mice …," he added.') are records like the others."""
    table = shared_data / "mt_vi" / "flores200_devtest.first200.aligned.tsv"
    fields = ["target=mt_vie", "source=src_eng", "reference=ref_vie", "id=line"]
    r = _run(str(table), "--out", str(tmp_path / "out"), *(x for f in fields for x in ("--field", f)))
    assert r.exit_code == 0, r.stderr
    segs = _segments(tmp_path / "out")
    assert [s["record"] for s in segs] == [str(n) for n in range(1, 201)]
    assert sum(s["text"].startswith('"') for s in segs) >= 5


def test_apply_on_the_shared_mt_tsv_changes_only_the_edited_rows(
    shared_data: Path, tmp_path: Path, monkeypatch
) -> None:
    table = shared_data / "mt_vi" / "flores200_devtest.first200.aligned.tsv"
    monkeypatch.chdir(tmp_path)
    fields = ["target=mt_vie", "source=src_eng", "id=line"]
    r = _run(str(table), "--out", "reports", "--select", "A103", *(x for f in fields for x in ("--field", f)))
    assert r.exit_code == 0, r.stderr
    r = CliRunner().invoke(main, ["apply", str(accept_all(Path("reports"))), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    before = table.read_text(encoding="utf-8").splitlines()
    after = (tmp_path / "postedit" / table.name).read_text(encoding="utf-8").splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    edited = {json.loads(line)["line"] - 1 for line in Path("postedit/changes.jsonl").read_text().splitlines()}
    assert changed and set(changed) == edited  # rows with quotation marks not edited stay byte for byte
    assert all(after[i].count('"') == before[i].count('"') for i in changed)


OPEN_QUOTE = (
    "src\tmt\n"
    '“We will defend the title in Trondheim.\t"Chúng tôi sẽ bảo vệ danh hiệu ở Trondheim.\n'  # the quote goes on
    "The squad is young.\tĐội hình còn trẻ..\n"
    'But we believe,” the captain said.\tNhưng chúng tôi tin tưởng," đội trưởng nói.\n'
    "Tickets sell from Monday.\tVé được bán từ thứ Hai.\n"
)


def test_a_quotation_over_several_rows_does_not_swallow_them(tmp_path: Path, monkeypatch) -> None:
    """News quotes run over sentences: a row that opens one is no spreadsheet cell running to the row that
    closes it (nor to the end of the file)."""
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    variants = {
        "match.tsv": OPEN_QUOTE,
        "unclosed.tsv": OPEN_QUOTE.replace('tin tưởng,"', "tin tưởng,"),  # runs to the end of the file
        "merged.tsv": OPEN_QUOTE.replace('tin tưởng," đội trưởng nói.', 'tin tưởng."'),  # closes at a line end
    }
    for name, text in variants.items():
        Path("in", name).write_text(text, encoding="utf-8")
    r = _run("in", "--out", "reports")
    assert r.exit_code == 0, r.stderr
    segs = _segments(Path("reports"))
    for doc in variants:
        lines = [s["line"] for s in segs if s["doc"] == doc]
        assert lines == [2, 3, 4, 5], doc
    [first] = [s for s in segs if s["doc"] == "match.tsv" and s["line"] == 2]
    assert first["text"] == '"Chúng tôi sẽ bảo vệ danh hiệu ở Trondheim.'
    assert _run("in/match.tsv", "--out", "reports", "--select", "F101").exit_code == 0
    r = CliRunner().invoke(main, ["apply", str(accept_all(Path("reports"))), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    assert Path("postedit/match.tsv").read_text(encoding="utf-8") == OPEN_QUOTE.replace("trẻ..", "trẻ.")
