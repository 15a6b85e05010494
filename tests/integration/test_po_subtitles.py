"""`audit run` and `audit apply` on a folder of PO, SRT and WebVTT files (tests/data/formats)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from audit.report.load import RunData, load_run

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "formats"
FILES = ("ung-dung.vi.po", "cho-noi.srt", "bai-giang.vtt")


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def lines_of(path: Path) -> list[str]:
    return [line.rstrip("\r") for line in path.read_text(encoding="utf-8").split("\n")]


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunData, subprocess.CompletedProcess[str]]:
    """The three fixtures, a PO template and a broken PO file, audited together."""
    tmp = tmp_path_factory.mktemp("formats")
    src = tmp / "in"
    src.mkdir()
    for name in FILES:
        shutil.copy(DATA / name, src / name)
    (src / "ung-dung.pot").write_text('msgid "Open"\nmsgstr ""\n', encoding="utf-8")
    (src / "hong.po").write_text('msgid "Close"\nmsgstr "Đóng\n', encoding="utf-8")
    r = audit("run", str(src), "--out", str(tmp / "out"), "--quiet")
    return src, load_run(tmp / "out"), r


def test_run_audits_each_format_and_names_the_broken_file(mixed_run: tuple[Path, RunData, Any]) -> None:
    src, run, r = mixed_run
    assert r.returncode == 2  # an input error
    assert f"input error: {src / 'hong.po'}:2: unterminated string" in r.stderr
    formats = {d["doc"]: d["format"] for d in run.documents}
    assert formats == {"ung-dung.vi.po": "po", "cho-noi.srt": "srt", "bai-giang.vtt": "vtt"}  # the .pot skipped
    rules = {(f["doc"], f["rule"]) for f in run.findings}
    assert {("ung-dung.vi.po", r) for r in ("A101", "L103", "F101", "F102", "F111")} <= rules
    assert {("cho-noi.srt", "F101"), ("cho-noi.srt", "F102"), ("bai-giang.vtt", "F111")} <= rules


def test_every_finding_points_at_its_text_in_the_file(mixed_run: tuple[Path, RunData, Any]) -> None:
    src, run, _ = mixed_run
    assert run.findings
    for f in run.findings:
        line = lines_of(src / f["doc"])[f["line"] - 1]
        assert line[f["column"] - 1 :].startswith(f["text"]), f
        assert run.segment(f["doc"], f["segment"])["text"][f["start"] : f["end"]] == f["text"]


def test_segments_carry_flags_and_sources(mixed_run: tuple[Path, RunData, Any]) -> None:
    _, run, _ = mixed_run
    po = run.segments["ung-dung.vi.po"]
    assert [s["source"] for s in po if "fuzzy" in s.get("flags", [])] == ["The trip was saved to your account."]
    assert all("source" not in s and "flags" not in s for s in run.segments["cho-noi.srt"])
    shown = audit("show", str(run.path), "--top", "30")
    assert "ung-dung.vi.po:32 (fuzzy)" in shown.stdout


def test_apply_round_trip_keeps_everything_else_byte_for_byte(
    mixed_run: tuple[Path, RunData, Any], tmp_path: Path
) -> None:
    src, run, _ = mixed_run
    edits: dict[tuple[str, int], str] = {}
    decided = []
    for f in run.findings:
        key = (f["doc"], f["segment"])
        if f["suggestion"] is None or key in edits:
            continue
        text = run.segment(*key)["text"]
        edits[key] = text[: f["start"]] + f["suggestion"] + text[f["end"] :]
        decided.append(
            {k: f[k] for k in ("fingerprint", "doc", "segment", "line", "rule", "text", "start", "end")}
            | {"decision": "accepted", "reason": None, "replacement": f["suggestion"]}
        )
    po_key = next(k for k in edits if k[0] == "ung-dung.vi.po" and '"' in run.segment(*k)["text"])
    edits[po_key] = edits[po_key].replace("Xóa", 'Xóa "hẳn"')  # a hand edit with quotes to escape
    segments = [
        {"doc": d, "segment": s, "original": run.segment(d, s)["text"], "text": t, "manual": (d, s) == po_key}
        for (d, s), t in edits.items()
    ]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(
        json.dumps(
            {
                "format": "mt-audit-decisions",
                "version": 1,
                "run_id": run.run_id,
                "findings": decided,
                "segments": segments,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()}
    out = tmp_path / "post"
    r = audit("apply", str(decisions), "--run", str(run.path), "--out", str(out), "--ignore-file", str(tmp_path / "i"))
    assert r.returncode == 0, r.stderr
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()} == before
    for name in FILES:
        old, new = (src / name).read_bytes(), (out / name).read_bytes()
        assert old.count(b"\r\n") == new.count(b"\r\n") and old.count(b"\n") == new.count(b"\n")
        seg_lines = {  # the lines of each edited cue (a subtitle's text lines are its segment's lines)
            run.segment(d, s)["line"] + k
            for d, s in edits
            if d == name
            for k in range(run.segment(d, s)["text"].count("\n") + 1)
        }
        for k, (a, b) in enumerate(zip(old.split(b"\n"), new.split(b"\n"), strict=True)):
            if a != b:
                assert k + 1 in seg_lines or name == "ung-dung.vi.po"  # PO: the edited string's lines only
                assert b"-->" not in a and not a.startswith((b"msgid", b"#"))  # timings, msgids, comments kept
    edited = lines_of(out / "ung-dung.vi.po")[run.segment(*po_key)["line"] - 1]
    assert edited.startswith('msgstr "Xóa \\"hẳn\\" chuyến đi \\"%s\\"')
    # the copies read back as the post-edits: audited again, the accepted errors are gone
    again = tmp_path / "again"
    assert audit("run", str(out), "--out", str(again), "--quiet").returncode == 0
    rerun = load_run(again)
    for (doc, seg), text in edits.items():
        assert rerun.segment(doc, seg)["text"] == unicodedata.normalize("NFC", text)
    assert not {f["fingerprint"] for f in rerun.findings} & {f["fingerprint"] for f in decided}


def test_apply_refuses_a_cue_edit_that_would_end_the_cue(mixed_run: tuple[Path, RunData, Any], tmp_path: Path) -> None:
    src, run, _ = mixed_run
    seg = run.segment("cho-noi.srt", 0)
    broken = seg["text"].replace("\n", "\n\n")  # an empty line inside the cue
    decisions = tmp_path / "decisions.json"
    decisions.write_text(
        json.dumps(
            {
                "format": "mt-audit-decisions",
                "version": 1,
                "run_id": run.run_id,
                "findings": [],
                "segments": [
                    {"doc": "cho-noi.srt", "segment": 0, "original": seg["text"], "text": broken, "manual": True}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    r = audit(
        "apply",
        str(decisions),
        "--run",
        str(run.path),
        "--out",
        str(tmp_path / "post"),
        "--ignore-file",
        str(tmp_path / "i"),
    )
    assert r.returncode == 1
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    (refused,) = summary["refused"]
    assert refused.startswith(f"{src / 'cho-noi.srt'}:3:") and "empty line" in refused
    assert not (tmp_path / "post" / "cho-noi.srt").exists()  # nothing else to write: no copy
