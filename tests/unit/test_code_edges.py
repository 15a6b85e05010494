"""XLIFF inline codes next to the audited text: sentence-edge rules, report.xlf, findings.csv, and back.

The reader leaves a record's inline codes out of its text ('Giá vé là  <ph/> .' reads 'Giá vé là   .') and keeps
them beside it. Real files (tests/data/formats: XLIFF 1.2, 2.0, SDLXLIFF) are audited through the command line:
a placeholder at a sentence's edge is a word to F106/F107/F108/F110; report.xlf carries the codes where the file
has them, its findings' marks nesting with them, and is read back with the same text, codes and findings; the
post-edit round trip through report.xlf keeps every code; findings.csv shows the codes in the text.
"""

from __future__ import annotations

import csv
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
from audit.model import Document
from audit.report.load import load_run
from audit.report.xliff import annotated_target
from audit.report.xliff_inline import CodeIds

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
EDGES = [FORMATS / "gia-ve.vi.xlf", FORMATS / "gia-ve.vi.xlf2", FORMATS / "ben-pha.vi.sdlxliff"]
CODED = [FORMATS / "cua-hang.vi.xlf", FORMATS / "dang-ky.vi.xlf", FORMATS / "hoi-cho.vi.sdlxliff", *EDGES]
X2 = "{urn:oasis:names:tc:xliff:document:2.0}"


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The coded files audited with both exports, and report.xlf audited in its turn."""
    tmp = tmp_path_factory.mktemp("edges")
    src = tmp / "in"
    src.mkdir()
    for f in CODED:
        shutil.copy(f, src / f.name)
    r = audit("run", str(src), "--out", str(tmp / "out"), "--quiet", "--export", "xliff", "--export", "csv")
    assert r.returncode == 0, r.stderr
    r = audit("run", str(tmp / "out" / "report.xlf"), "--out", str(tmp / "back"), "--quiet")
    assert r.returncode == 0, r.stderr
    return {"out": tmp / "out", "back": tmp / "back", "tmp": tmp}


def found(out: Path, doc: str) -> set[tuple[str, str, str]]:
    return {(f["record"], f["rule"], f["text"]) for f in jsonl(out / "findings.jsonl") if f["doc"] == doc}


# ------------------------------------------------------------------ rules at a placeholder


@pytest.mark.parametrize("path", EDGES, ids=lambda p: p.suffix)
def test_a_placeholder_at_a_sentence_edge_is_a_word(exported: dict[str, Path], path: Path) -> None:
    got = found(exported["out"], path.name)
    rules_of = {(rec, rule) for rec, rule, _ in got}
    # quiet: 'là  <ph/> .' does not end on 'là', 'xe đạp, <ph/>.' lost no item, '<x/> khởi hành' starts on a name
    for quiet in (("fare", "F107"), ("port", "F107"), ("extras", "F108"), ("t02/2", "F108")):
        assert quiet not in rules_of
    assert not any(rule == "F106" for _, rule, _ in got)
    # fires: the true errors around the same placeholders
    fare = "t01/1" if path.suffix == ".sdlxliff" else "fare"
    assert (fare, "F102", " .") in got  # the space after the placeholder, before the stop
    assert (fare, "F110", "  ") in got  # the two spaces before it: a word (the placeholder) follows them
    if path.suffix == ".xlf":
        assert ("cut", "F107", "các") in got  # cut after its placeholder: still ends on 'các'
        assert ("gap", "F110", "  ") in got and ("gap", "F110") in rules_of  # 'tại  cổng', not '<x/>' between
        assert sum(1 for rec, rule, _ in got if (rec, rule) == ("gap", "F110")) == 1  # ' <x/> ' is no double
    if path.suffix == ".xlf2":
        assert ("bold", "F107", "của") in got  # a <pc> is formatting: 'thẻ của</pc>.' still ends on 'của'


def test_no_new_finding_where_no_placeholder_is(exported: dict[str, Path]) -> None:
    """The same sentences without codes (JSONL) keep the rules' findings: the quiet cases above owe it to codes."""
    tmp = exported["tmp"]
    lines = [
        {"id": "fare", "src": "The fare is 20 dollars.", "mt": "Giá vé là ."},
        {"id": "extras", "src": "Extras: a cabin, a bike.", "mt": "Dịch vụ thêm: cabin, xe đạp, ."},
    ]
    (tmp / "plain.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    r = audit("run", str(tmp / "plain.jsonl"), "--out", str(tmp / "plain"), "--quiet")
    assert r.returncode == 0, r.stderr
    rules = {(f["record"], f["rule"]) for f in jsonl(tmp / "plain" / "findings.jsonl")}
    assert {("fare", "F107"), ("extras", "F108")} <= rules


# ------------------------------------------------------------------ report.xlf


def test_report_xlf_is_well_formed_and_carries_the_codes(exported: dict[str, Path]) -> None:
    root = etree.parse(str(exported["out"] / "report.xlf")).getroot()
    text = (exported["out"] / "report.xlf").read_text("utf-8")
    assert 'kích cỡ<ph id="1" canDelete="no"/>hoặc' in text  # not 'kích cỡhoặc'
    # XLIFF 1.2 '<ph id="1">{fare}</ph>': its native code goes into the unit's <originalData>, named by dataRef
    fare_mark = r'Giá vé là<mrk [^>]*mta:rule="F110"[^>]*>  </mrk><ph id="1" canDelete="no" dataRef="d1"/><mrk '
    assert re.search(fare_mark, text)
    fare = next(u for u in root.iter(f"{X2}unit") if "{fare}" in "".join(u.itertext()))
    assert [(d.get("id"), d.text) for d in fare.iter(f"{X2}data")] == [("d1", "{fare}")]
    assert '<sc id="1"/>vào đây<ec startRef="1"/>' in text  # XLIFF 2.0 codes keep their (default) hints
    for unit in root.iter(f"{X2}unit"):
        ids = [el.get("id") for el in unit.iter(f"{X2}source") for el in el.iter() if el.get("id")]
        assert len(ids) == len(set(ids)), unit.get("name")  # ids unique in a unit's source


def test_marks_hold_exactly_the_finding_and_nest_with_the_codes(exported: dict[str, Path]) -> None:
    """A <mrk>'s text is its finding's span; one that would cross a <pc> (F111 'của <pc>của …</pc>') is <sm/>…<em/>."""
    run = load_run(exported["out"])
    by_print = {f["fingerprint"]: f for f in run.findings}
    root = etree.parse(str(exported["out"] / "report.xlf")).getroot()
    mta = "{urn:mt-audit:xliff:1}fingerprint"
    marks = list(root.iter(f"{X2}mrk"))
    assert marks
    for mrk in marks:
        assert "".join(mrk.itertext()) == by_print[mrk.get(mta)]["text"]
    crossing = [sm for sm in root.iter(f"{X2}sm") if by_print[sm.get(mta)]["rule"] == "F111"]
    assert len(crossing) == 1


def test_report_xlf_reads_back_with_the_same_text_codes_and_findings(exported: dict[str, Path]) -> None:
    before = [s for segs in load_run(exported["out"]).segments.values() for s in segs]
    after = [s for segs in load_run(exported["back"]).segments.values() for s in segs]
    assert len(before) == len(after)

    def codes(s: dict[str, Any], side: str) -> list[tuple[str, int, int]]:
        return [(c["role"], c["start"], c["end"]) for c in (s.get("codes") or {}).get(side, [])]

    assert any(codes(s, "target") for s in before)
    for a, b in zip(before, after, strict=True):
        assert (a["text"], a.get("source")) == (b["text"], b.get("source"))
        assert codes(a, "target") == codes(b, "target") and codes(a, "source") == codes(b, "source"), a["record"]
    keys = {(f["rule"], f["text"], f["severity"]) for f in jsonl(exported["out"] / "findings.jsonl")}
    assert keys == {(f["rule"], f["text"], f["severity"]) for f in jsonl(exported["back"] / "findings.jsonl")}


def test_post_edit_round_trip_through_report_xlf_keeps_every_code(exported: dict[str, Path]) -> None:
    """report.xlf audited as an input, every fix accepted, applied: its codes stay, once, in order."""
    tmp, back = exported["tmp"], exported["back"]
    run = load_run(back)
    findings, segments = [], []
    for doc, segs in run.segments.items():
        for seg in segs:
            text, done = seg["text"], []
            for f in sorted(run.by_segment.get((doc, seg["segment"]), []), key=lambda f: -f["start"]):
                if f["suggestion"] is None or any(f["start"] < e and s < f["end"] for s, e in done):
                    continue
                done.append((f["start"], f["end"]))
                text = text[: f["start"]] + f["suggestion"] + text[f["end"] :]
                keys = ("fingerprint", "doc", "segment", "line", "column", "rule", "text", "start", "end", "record")
                findings.append({**{k: f.get(k) for k in keys}, "decision": "accepted", "replacement": f["suggestion"]})
            if text != seg["text"]:
                keep = {k: seg.get(k) for k in ("doc", "segment", "line", "column", "record")}
                segments.append({**keep, "original": seg["text"], "text": text, "manual": False})
    assert len(segments) > 5
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "exported": "2026-11-26T10:00:00Z"}
    decisions = tmp / "decisions.json"
    decisions.write_text(json.dumps({**body, "findings": findings, "segments": segments}, ensure_ascii=False), "utf-8")
    root = exported["out"]
    args = ("--out", str(tmp / "post"), "--run", str(back), "--root", str(root), "--ignore-file", str(tmp / "i"))
    r = audit("apply", str(decisions), *args)
    post = tmp / "post" / "report.xlf"
    assert post.exists(), r.stderr
    etree.parse(str(post))  # well-formed
    old, new = read(root / "report.xlf"), read(post)
    edited = {s["record"]: s["text"] for s in segments}
    refused = json.loads((tmp / "post" / "apply-summary.json").read_text("utf-8")).get("refused") or []
    assert not refused
    for a, b in zip(old.segments, new.segments, strict=True):
        assert [(c.kind, c.id, c.role) for c in (a.codes.target if a.codes else ())] == [
            (c.kind, c.id, c.role) for c in (b.codes.target if b.codes else ())
        ], a.record
        assert b.text == edited.get(a.record, a.text)


# ------------------------------------------------------------------ findings.csv


def test_csv_shows_where_the_codes_are(exported: dict[str, Path]) -> None:
    rows = list(csv.DictReader((exported["out"] / "findings.csv").open(encoding="utf-8-sig")))
    size = [r for r in rows if r["doc"] == "cua-hang.vi.xlf" and r["record"] == "size-2"]
    assert size and size[0]["segment_with_codes"] == 'Xem hướng dẫn chọn cỡ <x id="1"/>hay viết cho chúng tôi.'
    assert size[0]["source_with_codes"] == 'See the size guide<x id="1"/>or write to us.'
    fare = [r for r in rows if r["doc"] == "gia-ve.vi.xlf2" and r["record"] == "fare"]
    assert fare[0]["segment_with_codes"] == 'Giá vé là  <ph id="1"/> .'
    plain = [r for r in rows if r["doc"] == "cua-hang.vi.xlf" and r["record"] == "returns"]
    assert plain and plain[0]["segment_with_codes"] == ""  # a record without codes


# ------------------------------------------------------------------ the writer on its own


def _finding(start: int, end: int, rule: str = "F999") -> dict[str, Any]:
    f = {"start": start, "end": end, "rule": rule, "fingerprint": "f" + rule, "message": "m", "category": "other"}
    return {**f, "severity": "minor"}


def _pc(cid: str, start: int, end: int, **extra: Any) -> dict[str, Any]:
    return {"kind": "g", "id": cid, "role": "element", "start": start, "end": end, **extra}


def _parse(content: str) -> etree._Element:
    ns = 'xmlns:its="http://www.w3.org/2005/11/its" xmlns:mta="urn:mt-audit:xliff:1"'
    return etree.fromstring(f"<target {ns}>{content}</target>")


@pytest.mark.parametrize(
    ("span", "tags"),
    [
        ((0, 6), ["mrk", "pc"]),  # 'Ngọc Lan ' … covers the <pc> wholly: a mark around it
        ((5, 9), ["pc", "mrk"]),  # inside its content: a mark inside it
        ((3, 7), ["sm", "pc", "em"]),  # across its start: start and end markers
        ((5, 13), ["pc", "sm", "em"]),  # across its end
    ],
)
def test_a_mark_nests_or_becomes_markers(span: tuple[int, int], tags: list[str]) -> None:
    text = "Hỏi Đông Hà ngay."  # 'Đông Hà' inside <g id="1">
    out = annotated_target(text, [_finding(*span)], [_pc("1", 4, 11)] if span != (0, 6) else [_pc("1", 4, 6)])
    root = _parse(out)
    assert [etree.QName(el).localname for el in root.iter() if el is not root] == tags
    assert "".join(root.itertext()) == text


def test_ids_stay_unique_and_a_repeated_code_is_a_copy() -> None:
    codes = [
        {"kind": "x", "id": "1", "role": "standalone", "start": 3, "end": 3},
        _pc("1", 4, 7),
        {"kind": "x", "id": "1", "role": "standalone", "start": 8, "end": 8},
        {"kind": "bpt", "id": "m1", "role": "begin", "start": 8, "end": 8, "pair": "m1"},
        {"kind": "ept", "id": "m1", "role": "end", "start": 9, "end": 9, "pair": "m1"},
    ]
    ids = CodeIds()
    root = _parse(annotated_target("Mở ô số 1 ngay.", [_finding(0, 2)], codes, ids))
    got = [(etree.QName(el).localname, el.get("id"), el.get("copyOf"), el.get("startRef")) for el in root.iter()]
    assert got[1:] == [
        ("mrk", "mta-m1", None, None),  # 'm1' is a code's id: the marks take another prefix
        ("ph", "1", None, None),
        ("pc", "1-2", None, None),
        ("ph", "1-3", "1", None),
        ("sc", "m1", None, None),
        ("ec", None, None, "m1"),
    ]


def test_a_control_character_is_a_cp_element_and_reads_back(tmp_path: Path) -> None:
    line = {"id": "bell", "src": "Press\u0007 OK now.", "mt": "Nhấn\u0007 OK ngay  bây giờ."}
    (tmp_path / "ctl.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    r = audit("run", str(tmp_path / "ctl.jsonl"), "--out", str(tmp_path / "a"), "--quiet", "--export", "xliff")
    assert r.returncode == 0, r.stderr
    report = (tmp_path / "a" / "report.xlf").read_text("utf-8")
    assert 'Nhấn<cp hex="0007"/> OK' in report and 'Press<cp hex="0007"/> OK' in report
    r = audit("run", str(tmp_path / "a" / "report.xlf"), "--out", str(tmp_path / "b"), "--quiet")
    assert r.returncode == 0, r.stderr
    (seg,) = jsonl(tmp_path / "b" / "segments.jsonl")
    assert seg["text"] == line["mt"] and seg["source"] == line["src"]


def test_an_edit_next_to_a_cp_element_keeps_it() -> None:
    """audit apply reads ``<cp/>`` as its character (as the reader does) and edits the text around it."""
    from audit.report.xliff_edit import edit_content

    raw = 'Nhấn<cp hex="0007"/> OK ngay  bây giờ.'
    out = edit_content(raw, "Nhấn\u0007 OK ngay  bây giờ.", "Nhấn\u0007 OK ngay bây giờ.")
    assert out == 'Nhấn<cp hex="0007"/> OK ngay bây giờ.'
