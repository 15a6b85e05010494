"""A decisions file whose accepted span is not at its place in the original text (a page that counted in
UTF-16 units put it on the characters after an emoji): apply names the segment (its findings, accepted,
never go into the ignore file), so a person checks the copy, which may hold the wrong change."""

from __future__ import annotations

import json
from pathlib import Path

from audit.config import read_ignore_file
from audit.report.load import RunData, load_run
from tests.integration.test_apply import audit, decision, write_decisions

TEXT = "Giá cao su 📉🌧 giảm mạnh ở Bình Dương , theo Hiệp hội Cao su.\n"


def _audited_f102(tmp_path: Path) -> tuple[RunData, dict, str]:
    """Audit TEXT in ``tmp_path/in``: the run, its F102 finding (' ,') and that segment's original text."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "caosu.txt").write_text(TEXT, encoding="utf-8")
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    run = load_run(tmp_path / "out")
    f = next(f for f in run.findings if f["rule"] == "F102")
    return run, f, run.segment(f["doc"], f["segment"])["text"]


def test_an_accepted_span_off_its_place_is_named_and_not_ignored(tmp_path: Path) -> None:
    run, f, original = _audited_f102(tmp_path)
    assert original[f["start"] : f["end"]] == " ,"
    # an older page sliced its UTF-16 string at the run's character indices: two emoji before, so the
    # span it showed, accepted and exported is two characters earlier than the finding's
    start, end = f["start"], f["end"]
    wrong = original.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    assert wrong == original[start - 2 : end - 2] != " ,"
    edited = original[: start - 2] + "," + original[end - 2 :] + " (sửa)"  # its preview, then a hand edit
    decisions = write_decisions(
        run,
        [decision(f, "accepted") | {"text": wrong, "replacement": ",", "start": start, "end": end}],
        [{"doc": f["doc"], "segment": f["segment"], "original": original, "manual": True, "text": edited}],
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert read_ignore_file(str(ignore)) == set()
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    notes = " ".join(summary["skipped"])
    assert f"the accepted span «{wrong}» is not at characters {start}–{end}" in notes


def test_spans_at_their_place_pass(tmp_path: Path) -> None:
    run, f, original = _audited_f102(tmp_path)
    fixed = original[: f["start"]] + "," + original[f["end"] :]
    decisions = write_decisions(
        run,
        [decision(f, "accepted") | {"replacement": ",", "start": f["start"], "end": f["end"]}],
        [{"doc": f["doc"], "segment": f["segment"], "original": original, "manual": False, "text": fixed}],
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert read_ignore_file(str(ignore)) == set()  # accepted: a real error, never hidden elsewhere
    assert (tmp_path / "post" / "caosu.txt").read_text(encoding="utf-8") == TEXT.replace(" ,", ",")
