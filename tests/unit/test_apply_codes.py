"""Fixes and post-edits written back around XLIFF inline codes: audit, accept every fix, apply, read back.

The files (tests/data/formats: XLIFF 1.2, XLIFF 2.0, SDLXLIFF) hold ``<x/>``, ``<g>``, ``<bpt>``/``<ept>``,
``<ph>``, ``<pc>``, ``<sc/>``/``<ec/>`` and ``<mrk>``. After ``audit apply`` every code of every record must
still be there exactly once, in the same order, the file well-formed, every byte outside the edited targets
unchanged; a fix that would change text across a code is not offered, and a hand edit that does is refused
with a message naming the file, record and finding.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Document, Segment
from audit.report.load import load_run
from audit.rules.code_fixes import NO_FIX_NOTE, _parents, as_target, fix_crosses_code, placed

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
V12, V20, SDL = FORMATS / "cua-hang.vi.xlf", FORMATS / "dang-ky.vi.xlf", FORMATS / "hoi-cho.vi.sdlxliff"

# per file: hand edits (record → (old, new) in its text) that apply places, and one it must refuse
EDITS = {
    V12.name: ({"gift": ("lời nhắn quà tặng", "lời chúc")}, {"size-1": ("kích cỡhoặc", "kích thước hay")}),
    V20.name: ({"venue": ("Trung tâm Halvard", "Trung tâm Hội nghị Halvard")}, {"click/s1": ("Nhấp vào", "Bấm")}),
    SDL.name: ({"b06/7": ("nằm ở", "ở")}, {"b05/6": ("..Gửi xe", ", nhưng gửi xe")}),
}
_TARGET = re.compile(rb"<target\b[^>]*/>|<target\b.*?</target>", re.DOTALL)
_SEG_DEFS = re.compile(rb"<sdl:seg-defs>.*?</sdl:seg-defs>", re.DOTALL)  # an edited segment's status changes


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def codes(seg: Segment) -> list[tuple[str, str, str]]:
    return [(c.kind, c.id, c.role) for c in (seg.codes.target if seg.codes else ())]


def decide(out: Path, manual: dict[str, tuple[str, str]]) -> tuple[Path, dict[str, str]]:
    """A decisions file as the review page writes it: every suggestion accepted (composed right to left, an
    overlapping one left open) and the hand edits ``manual``; with the post-edit of each record."""
    run = load_run(out)
    findings: list[dict[str, Any]] = []
    segments: list[dict[str, Any]] = []
    for doc, segs in run.segments.items():
        for seg in segs:
            rec, text = seg.get("record"), seg["text"]
            keep = {k: seg.get(k) for k in ("doc", "segment", "line", "column", "record")}
            if rec in manual:
                old, new = manual[rec]
                assert old in text
                segments.append({**keep, "original": text, "text": text.replace(old, new), "manual": True})
                continue
            taken: list[tuple[int, int]] = []
            for f in sorted(run.by_segment.get((doc, seg["segment"]), []), key=lambda f: -f["start"]):
                if f["suggestion"] is None or any(f["start"] < e and s < f["end"] for s, e in taken):
                    continue
                taken.append((f["start"], f["end"]))
                text = text[: f["start"]] + f["suggestion"] + text[f["end"] :]
                fields = ("fingerprint", "doc", "segment", "line", "column", "rule", "text", "start", "end", "record")
                findings.append({**{k: f.get(k) for k in fields}, "decision": "accepted", "reason": None})
                findings[-1]["replacement"] = f["suggestion"]
            if text != seg["text"]:
                segments.append({**keep, "original": seg["text"], "text": text, "manual": False})
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "exported": "2026-11-26T10:00:00Z"}
    path = out / "decisions.json"
    path.write_text(json.dumps({**body, "findings": findings, "segments": segments}, ensure_ascii=False), "utf-8")
    return path, {s["record"]: s["text"] for s in segments}


@pytest.fixture(scope="module")
def applied(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The three files audited, every fix accepted and the hand edits made, applied into ``post``."""
    tmp = tmp_path_factory.mktemp("codes")
    src = tmp / "in"
    src.mkdir()
    for f in (V12, V20, SDL):
        shutil.copy(f, src / f.name)
    out = tmp / "out"
    r = audit("run", str(src), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    manual = {rec: edit for ok, refused in EDITS.values() for rec, edit in (*ok.items(), *refused.items())}
    decisions, post_edits = decide(out, manual)
    ignore = tmp / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp / "post"), "--root", str(src), "--ignore-file", str(ignore))
    findings = [json.loads(s) for s in (out / "findings.jsonl").open(encoding="utf-8")]
    summary = json.loads((tmp / "post" / "apply-summary.json").read_text("utf-8"))
    return {"src": src, "post": tmp / "post", "run": r, "edits": post_edits, "findings": findings, "summary": summary}


@pytest.mark.parametrize("path", [V12, V20, SDL], ids=lambda p: p.suffix)
def test_every_code_stays_once_in_place_and_only_edited_targets_change(applied: dict[str, Any], path: Path) -> None:
    post = applied["post"] / path.name
    before, after = path.read_bytes(), post.read_bytes()
    etree.fromstring(after)  # well-formed
    old, new = read(path), read(post)
    refused = set(EDITS[path.name][1])
    for a, b in zip(old.segments, new.segments, strict=True):
        assert codes(a) == codes(b), a.record  # each code still there, once, in its order
        want = applied["edits"].get(a.record, a.text) if a.record not in refused else a.text
        assert b.text == want, a.record
    # each code's tag as often in the file as before
    for tag in set(re.findall(rb"<(?:x|g|ph|pc|bpt|ept|sc|ec|mrk)\b[^>]*>", before)):
        assert after.count(tag) == before.count(tag), tag
    # the bytes outside the targets (and the SDL segments' status) are the same, and so are the targets of
    # records not edited
    assert _TARGET.split(_SEG_DEFS.sub(b"", before)) == _TARGET.split(_SEG_DEFS.sub(b"", after))
    changed = sum(x != y for x, y in zip(_TARGET.findall(before), _TARGET.findall(after), strict=True))
    written = {s.record for s in old.segments if s.record in applied["edits"] and s.record not in refused}
    assert 0 < changed <= len(written)


def test_an_edit_across_a_code_is_refused_naming_file_record_and_finding(applied: dict[str, Any]) -> None:
    assert applied["run"].returncode == 1  # some edits were not applied
    refused = applied["summary"]["refused"]
    assert len(refused) == 3
    for path in (V12, V20, SDL):
        (rec,) = EDITS[path.name][1]
        (line,) = [r for r in refused if f"{path.name}:" in r]
        assert f"record {rec} " in line and "crosses inline markup" in line
    assert all(p in applied["run"].stderr for p in (V12.name, V20.name, SDL.name))


def test_a106_offers_the_other_translation_only_when_its_codes_land_where_it_has_them(
    applied: dict[str, Any],
) -> None:
    a106 = {(f["doc"], f["record"]): f for f in applied["findings"] if f["rule"] == "A106"}
    offered = {k for k, f in a106.items() if f["suggestion"] is not None}
    assert offered == {(V12.name, "pay-2"), (V20.name, "rules-3"), (SDL.name, "b03/4")}
    for k in set(a106) - offered:  # the codes differ: shown, fixed by hand
        assert "copy it with its codes by hand" in a106[k]["message"]
    first = a106[(V12.name, "size-2")]["message"]
    assert "'Xem bảng kích cỡ<x id=\"1\"/>hoặc viết thư cho chúng tôi.'" in first  # not 'cỡhoặc'
    assert '<sc id="1"/>vào đây<ec startRef="1"/>' in a106[(V20.name, "click/s2")]["message"]
    # applied, the record reads as the first translation, codes and all
    for path, rec, earlier in ((V12, "pay-2", "pay-1"), (V20, "rules-3", "rules-1"), (SDL, "b03/4", "b02/3")):
        segs = {s.record: s for s in read(applied["post"] / path.name).segments}
        assert segs[rec].text == segs[earlier].text and placed(segs[rec]) == placed(segs[earlier])


def test_punctuation_fixes_next_to_a_placeholder_keep_the_words_apart(applied: dict[str, Any]) -> None:
    """F102 flags the space after the placeholder, F110 the doubled space before it (the placeholder is a word
    between them): 'giao hàng  <ph/> .' becomes 'giao hàng <ph/>.', the words kept apart from the placeholder."""
    after = (applied["post"] / V12.name).read_text("utf-8")
    assert '<target>Phí giao hàng <ph id="4">{fee}</ph>.</target>' in after
    assert '<target>Mở <g id="5">Đơn hàng</g>, rồi chọn <g id="6">Đổi trả</g>.</target>' in after
    assert 'Giá vé <ph id="3"/>, đã gồm thuế.' in (applied["post"] / V20.name).read_text("utf-8")


@pytest.mark.parametrize("path", [V12, V20, SDL], ids=lambda p: p.suffix)
def test_a_segment_written_out_with_its_codes_reads_back_the_same(path: Path) -> None:
    """The stand-in target the fixes are tried on is the record's text and codes, nesting and all."""
    from audit.corpus.xliff import text_and_codes

    for seg in read(path).segments:
        el = etree.fromstring(f"<target>{as_target(seg.text, placed(seg), _parents(seg))}</target>")
        text, got = text_and_codes(el, v2=False)
        assert text == seg.text and tuple((c.kind, c.id, c.role, c.start, c.end) for c in got) == placed(seg)


def test_a_fix_that_changes_text_across_a_code_is_not_offered(tmp_path: Path) -> None:
    """A pinyin name whose formatting code ends inside a word ('<g>Wang Yu</g>ting'): the name's fix would
    replace text across the code, so the finding comes without one; the same name without the code gets it."""
    xlf = tmp_path / "t.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="en" target-language="vi" datatype="plaintext"><body>\n'
        '<trans-unit id="1"><source>Minister <g id="1">Wang Yu</g>ting arrived.</source>'
        '<target>Bộ trưởng <g id="1">Wang Yu</g>ting đã tới.</target></trans-unit>\n'
        '<trans-unit id="2"><source>Minister Wang Yuting arrived.</source>'
        "<target>Bộ trưởng Wang Yuting đã tới.</target></trans-unit>\n</body></file></xliff>\n",
        "utf-8",
    )
    out = tmp_path / "out"
    assert audit("run", str(xlf), "--out", str(out), "--quiet", "--select", "N101").returncode == 0
    found = {f["record"]: f for f in map(json.loads, (out / "findings.jsonl").open(encoding="utf-8"))}
    assert found["2"]["suggestion"] and found["2"]["text"] == "Wang Yuting"
    assert found["1"]["suggestion"] is None and not found["1"].get("candidates")
    assert found["1"]["message"].endswith(NO_FIX_NOTE)
    seg = read(xlf).segments[0]
    start = seg.text.index("Wang")
    assert fix_crosses_code(seg, start, start + len("Wang Yuting"), found["2"]["suggestion"])
    assert not fix_crosses_code(seg, start, start + len("Wang"), "Vương")  # inside the code: written there
