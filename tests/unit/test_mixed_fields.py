"""One run over a batch whose record files name their fields differently: --field names one file's fields, the
others are read by the default names with a note (not an input error); a record file with no source whose
other fields no role reads gets a note naming them, as the A rules would otherwise silently not run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from accept_all import accept_all
from click.testing import CliRunner

from audit.cli import main

RECORDS = [
    {"uid": "tr-1", "english": "Tromsø will host 4 ministers in June.", "vietnamese": "Tromsø sẽ đón 7 bộ trưởng."},
    {"uid": "tr-2", "english": "The bridge to Kvaløya stays open.", "vietnamese": "Cầu sang Kvaløya vẫn mở cửa."},
]
TABLE = (
    "src\tmt\tref\n"
    "Quito reported 12 new cases.\tQuito báo cáo 21 ca mới..\tQuito ghi nhận 12 ca mới.\n"
    "The market in Cuenca opens at dawn.\tChợ ở Cuenca mở cửa lúc bình minh.\tChợ ở Cuenca mở lúc rạng sáng.\n"
)
FIELDS = ("--field", "target=vietnamese", "--field", "source=english", "--field", "id=uid")


@pytest.fixture
def batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "batch"
    folder.mkdir()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    (folder / "tromso.jsonl").write_text(lines, encoding="utf-8")
    (folder / "quito.tsv").write_text(TABLE, encoding="utf-8")
    return folder


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["run", *args, "-q", "--no-html"])


def _findings(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_run_audits_files_with_different_field_names(batch: Path, jobs: str) -> None:
    r = _run("batch", "--out", "reports", *FIELDS, "--jobs", jobs)  # notes come back from worker processes too
    assert r.exit_code == 0, r.stderr
    numbers = {(f["doc"], f["record"], f["text"]) for f in _findings(Path("reports")) if f["rule"] == "A101"}
    assert numbers == {("tromso.jsonl", "tr-1", "7"), ("quito.tsv", "0", "21")}
    assert "note: batch/quito.tsv:1: the header has no column 'vietnamese' (--field target=vietnamese" in r.stderr
    assert "read the source from 'src', a default name" in r.stderr
    assert "the header has no id column 'uid' (--field id=uid); each row is named by its position" in r.stderr
    summary = json.loads(Path("reports/summary.json").read_text(encoding="utf-8"))
    assert summary["input_errors"] == [] and len(summary["input_notes"]) == 3
    assert {n["file"] for n in summary["input_notes"]} == {"batch/quito.tsv"}


def test_apply_edits_the_file_read_by_the_default_names(batch: Path) -> None:
    assert _run("batch", "--out", "reports", *FIELDS, "--select", "F101").exit_code == 0
    r = CliRunner().invoke(main, ["apply", str(accept_all(Path("reports"))), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    assert Path("postedit/quito.tsv").read_text(encoding="utf-8") == TABLE.replace("21 ca mới..", "21 ca mới.")


def test_a_source_left_unread_is_named(batch: Path) -> None:
    r = CliRunner().invoke(main, ["run", "batch/tromso.jsonl", "--out", "reports", "--field", "target=vietnamese"])
    assert r.exit_code == 0, r.stderr
    assert "1 note on the inputs (below)" in r.stdout  # the summary line points to it; the note follows the report
    shown = CliRunner().invoke(main, ["show", "reports"])
    assert "note: batch/tromso.jsonl: no source field" in shown.stderr  # audit show prints it again
    assert (
        "note: batch/tromso.jsonl: no source field (src/source), so the A rules (checks against the source) do not "
        "run; text fields of the first record not read: 'english'; if one holds the source, name it with "
        "--field source=NAME"
    ) in r.stderr
    assert _findings(Path("reports")) == []  # what the note warns of: the changed number goes unseen


def test_no_note_when_the_fields_are_all_read_or_not_text(tmp_path: Path) -> None:
    rows = [{"id": 3, "mt": "Cầu sang Kvaløya vẫn mở cửa.", "score": 0.4, "tags": ["bridge"], "system": "opus-mt"}]
    (tmp_path / "plain.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "plain.tsv").write_text("id\tmt\tlang\n1\tChợ ở Cuenca mở cửa.\tvi\n", encoding="utf-8")
    r = _run(str(tmp_path / "plain.jsonl"), str(tmp_path / "plain.tsv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0 and "note" not in r.stderr, r.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert "input_notes" not in summary  # (written when there are any)


def test_a_typo_with_no_default_to_fall_back_on_is_still_an_error(batch: Path) -> None:
    r = _run("batch/tromso.jsonl", "--out", "reports", "--field", "target=vietnamese", "--field", "source=englsh")
    assert r.exit_code == 2
    assert "input error: batch/tromso.jsonl: no record has the source field 'englsh'" in r.stderr


def test_the_target_error_names_the_given_field_and_the_defaults(batch: Path) -> None:
    r = _run("batch/tromso.jsonl", "--out", "reports", "--field", "target=vietnam")
    assert r.exit_code == 2
    assert "no target text field (vietnam, or mt/text/tgt/target/hyp/translation) in any of the 2 records" in r.stderr


def test_a_default_name_given_is_not_listed_twice(batch: Path) -> None:
    r = _run("batch/tromso.jsonl", "--out", "reports", "--field", "target=mt")
    assert r.exit_code == 2
    assert "no target text field (mt/text/tgt/target/hyp/translation) in any of the 2 records" in r.stderr


def test_a_file_whose_records_all_lack_the_target_is_one_error(tmp_path: Path) -> None:
    rows = [{"key": n, "en": f"Bus {n} leaves Tromsø.", "vi": f"Xe buýt {n} rời Tromsø."} for n in range(400)]
    (tmp_path / "buses.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    r = _run(str(tmp_path / "buses.jsonl"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    errors = [line for line in r.stderr.splitlines() if line.startswith("input error")]
    assert errors == [
        f"input error: {tmp_path / 'buses.jsonl'}:1: no target text field (mt/text/tgt/target/hyp/translation) in "
        "any of the 400 records (all skipped); the first one's fields: key, en, vi"
    ]
    assert "hint: a record's target is looked up by name" in r.stderr


def test_records_without_a_target_among_others_are_each_named(tmp_path: Path) -> None:
    rows = [{"mt": "Xe buýt rời Tromsø."}, {"vi": "Xe buýt số 2."}, {"vi": "Xe buýt số 3."}]
    (tmp_path / "buses.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    r = _run(str(tmp_path / "buses.jsonl"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    assert [line.split(": ")[1] for line in r.stderr.splitlines() if line.startswith("input error")] == [
        f"{tmp_path / 'buses.jsonl'}:2",
        f"{tmp_path / 'buses.jsonl'}:3",
    ]


def test_default_names_match_in_any_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'ID', 'Source', 'Target' as a spreadsheet or a CAT tool heads its columns."""
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    table = "ID\tSource\tTarget\nb-7\tFerries to Lofoten run 2 times a day.\tPhà ra Lofoten chạy 3 lần mỗi ngày..\n"
    Path("in/lofoten.tsv").write_text(table, encoding="utf-8")
    record = {
        "Segment_ID": "j-1",
        "SRC": "The museum in Ålesund opens at 10.",
        "MT": "Bảo tàng ở Ålesund mở lúc 11 giờ.",
    }
    Path("in/alesund.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    r = _run("in", "--out", "reports")
    assert r.exit_code == 0 and "note" not in r.stderr, r.stderr
    got = {(f["doc"], f["record"], f["rule"], f["text"]) for f in _findings(Path("reports"))}
    assert {("lofoten.tsv", "b-7", "F101", ".."), ("alesund.jsonl", "j-1", "A101", "11")} <= got
    assert ("lofoten.tsv", "b-7", "A101", "3") in got  # the source column is read
    assert _run("in", "--out", "reports", "--select", "F101").exit_code == 0
    r = CliRunner().invoke(main, ["apply", str(accept_all(Path("reports"))), "--out", "postedit"])
    assert r.exit_code == 0, r.stderr
    assert Path("postedit/lofoten.tsv").read_text(encoding="utf-8") == table.replace("ngày..", "ngày.")


def test_an_exact_name_wins_over_another_case(tmp_path: Path) -> None:
    (tmp_path / "two.tsv").write_text("src\tMT\tmt\nRain.\tMưa ở Huế..\tMưa.\n", encoding="utf-8")
    r = _run(str(tmp_path / "two.tsv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert _findings(tmp_path / "out") == []  # 'mt' is read, not 'MT'


def test_a_source_column_left_unread_is_named(tmp_path: Path) -> None:
    table = "key\tmt\tlang\tenglish\nq1\tChợ ở Cuenca mở cửa lúc 6 giờ.\tvi\tThe market in Cuenca opens at 5.\n"
    (tmp_path / "market.tsv").write_text(table, encoding="utf-8")
    r = _run(str(tmp_path / "market.tsv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.stderr
    assert (
        "no source column (src/source), so the A rules (checks against the source) do not run; columns with "
        in r.stderr
    )
    assert "text not read: 'english'; if one holds the source" in r.stderr


def test_the_json_summary_carries_the_notes(batch: Path) -> None:
    args = ["run", "batch/tromso.jsonl", "--out", "reports", "--field", "target=vietnamese", "--output-format", "json"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.stderr
    [note] = json.loads(r.stdout)["input_notes"]
    assert note["file"] == "batch/tromso.jsonl" and note["message"].startswith("no source field (src/source)")
