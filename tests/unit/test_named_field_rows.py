"""A field named with --field is read by default names only in a file that does not use it: a record of a file
whose records have the named target and that lacks it is an input error (not its source audited as Vietnamese),
and a default name is never read for a role when another role was named for it (``--field source=text`` leaves
no ``text`` target; ``--field target=pe`` leaves no ``pe`` reference)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main


def _run(path: Path, out: Path, *fields: str) -> object:
    args = [x for f in fields for x in ("--field", f)]
    return CliRunner().invoke(main, ["run", str(path), "--out", str(out), "-q", "--no-html", *args])


def _segments(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_record_without_the_named_target_is_an_error_not_its_source(tmp_path: Path) -> None:
    records = [
        {"id": "w1", "text": "The bridge over the Vistula reopened on Monday.", "vi": "Cầu qua sông Vistula mở lại."},
        {"id": "w2", "text": "Trams will run every ten minutes until midnight."},  # no translation yet
        {"id": "w3", "text": "Tickets cost four zloty.", "vi": "Vé có giá bốn zloty."},
    ]
    path = _jsonl(tmp_path / "krakow.jsonl", records)
    r = _run(path, tmp_path / "out", "target=vi", "source=text")
    assert r.exit_code == 2
    assert "krakow.jsonl:2: no target text field (vi) in this record" in r.stderr
    assert [s["record"] for s in _segments(tmp_path / "out")] == ["w1", "w3"]


def test_without_the_source_named_a_record_lacking_the_target_is_still_an_error(tmp_path: Path) -> None:
    records = [
        {"id": "p1", "mt": "Tàu tới Gdańsk lúc 9 giờ.", "final": "Tàu đến Gdańsk lúc 9 giờ."},
        {"id": "p2", "mt": "Bến cảng đóng cửa vì bão."},  # not post-edited yet: not audited as a post-edit
    ]
    path = _jsonl(tmp_path / "gdansk.jsonl", records)
    r = _run(path, tmp_path / "out", "target=final")
    assert r.exit_code == 2 and "gdansk.jsonl:2: no target text field (final" in r.stderr
    assert [s["text"] for s in _segments(tmp_path / "out")] == ["Tàu đến Gdańsk lúc 9 giờ."]


def test_records_before_the_first_with_the_named_field_get_a_note(tmp_path: Path) -> None:
    records = [
        {"id": "q1", "mt": "Mưa lớn ở Poznań."},
        {"id": "q2", "mt": "Gió mạnh ở Łódź.", "final": "Gió mạnh tại Łódź."},
    ]
    path = _jsonl(tmp_path / "poznan.jsonl", records)
    r = _run(path, tmp_path / "out", "target=final")
    assert r.exit_code == 0, r.stderr
    assert "note: " in r.stderr and "read the target from 'mt'" in r.stderr


def test_a_column_named_for_the_source_is_not_read_as_the_target(tmp_path: Path) -> None:
    path = tmp_path / "ferry.tsv"
    path.write_text("id\ttext\tvi_draft\nb1\tThe ferry to Hel leaves at noon.\tPhà ra Hel rời bến lúc trưa.\n")
    r = _run(path, tmp_path / "out", "target=vi", "source=text")
    assert r.exit_code == 2
    assert "ferry.tsv:1: header has no target column (vi, or mt/tgt/target/hyp/translation)" in r.stderr


def test_the_target_named_pe_is_not_also_the_reference(tmp_path: Path) -> None:
    path = tmp_path / "lodz.tsv"
    path.write_text("src\tmt\tpe\nThe museum opens at ten.\tBảo tàng mở lúc mười.\tBảo tàng mở cửa lúc 10 giờ.\n")
    r = _run(path, tmp_path / "out", "target=pe")
    assert r.exit_code == 0, r.stderr
    [seg] = _segments(tmp_path / "out")
    assert seg["text"] == "Bảo tàng mở cửa lúc 10 giờ." and seg.get("reference") is None
