"""The native code of XLIFF inline codes, carried from the file to segments.jsonl, report.xlf and the page's data.

XLIFF 1.2 keeps a code's native code as the content of ``<ph>``, ``<bpt>``, ``<ept>`` and ``<it>``
(``<ph id="2">&lt;br/&gt;</ph>``); XLIFF 2.0 keeps it in the unit's ``<originalData>``, each code naming its
``<data>`` with ``dataRef`` (a ``<pc>``: ``dataRefStart``/``dataRefEnd``). The reader keeps it beside the code
(``data``; never in the text), report.xlf writes it the 2.0 way, and reading report.xlf back gives it again.
Files: tests/data/formats/bao-tang.vi.xlf (1.2) and bao-tang.vi.xlf2 (2.0), codes in source and target.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Document, InlineCode
from audit.report.html import code_marks
from audit.report.xliff_inline import CodeIds, code_tokens

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
V12, V20 = FORMATS / "bao-tang.vi.xlf", FORMATS / "bao-tang.vi.xlf2"
X2 = "{urn:oasis:names:tc:xliff:document:2.0}"


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def natives(codes: tuple[InlineCode, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.data, c.data_end) for c in codes]


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def audit(*args: str) -> None:
    r = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both files audited with the XLIFF export, and the export audited in its turn."""
    tmp = tmp_path_factory.mktemp("code-data")
    audit("run", str(V12), str(V20), "--out", str(tmp / "out"), "--quiet", "--export", "xliff")
    audit("run", str(tmp / "out" / "report.xlf"), "--out", str(tmp / "back"), "--quiet", "--export", "xliff")
    return {"out": tmp / "out", "back": tmp / "back"}


# ------------------------------------------------------------------ reader


def test_xliff12_native_code_is_kept_beside_the_code_not_in_the_text() -> None:
    segs = {s.record: s for s in read(V12).segments}
    t1, t2 = segs["t1"], segs["t2"]
    assert t1.text == "Vé vào Phòng tranh sơn mài được bán ở cổng phía bắc.."  # '<br/>' is no text
    assert natives(t1.codes.source) == natives(t1.codes.target) == [("g", None, None), ("ph", "<br/>", None)]
    assert natives(t2.codes.target) == [("bpt", "<b>", None), ("ept", "</b>", None)]
    assert natives(segs["t3"].codes.source) == [("ph", "{price}", None), ("x", None, None)]
    assert natives(segs["t4"].codes.target) == [("it", "<i>", None)]
    assert segs["t5"].codes is None


def test_a_sub_flow_inside_native_code_is_not_native_code(tmp_path: Path) -> None:
    """XLIFF 1.2 ``<sub>`` holds translatable text inside a code: it is neither the code's native code nor text."""
    p = tmp_path / "sub.xlf"
    p.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" '
        'datatype="html"><body><trans-unit id="k"><source>Map <ph id="1">&lt;img alt="<sub>Harbour map</sub>"/&gt;'
        '</ph> here</source><target>Bản đồ <ph id="1">&lt;img alt="<sub>Bản đồ cảng</sub>"/&gt;</ph> ở đây</target>'
        "</trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    seg = read(p).segments[0]
    assert seg.text == "Bản đồ  ở đây"
    assert natives(seg.codes.target) == [("ph", '<img alt=""/>', None)]


def test_xliff20_original_data_is_found_through_data_ref() -> None:
    segs = {s.record: s for s in read(V20).segments}
    v1, v2 = segs["v1"], segs["v2"]
    assert natives(v1.codes.source) == [("pc", '<a href="/hours">', "</a>"), ("ph", "<br/>", None)]
    assert natives(v1.codes.target) == natives(v1.codes.source)
    assert natives(v2.codes.target) == [("sc", "<em>", None), ("ec", "</em>", None)]
    assert segs["v3"].codes is None


def test_xliff20_data_with_a_code_point_and_a_dangling_reference(tmp_path: Path) -> None:
    """A ``<cp hex>`` in ``<data>`` is its character; a ``dataRef`` naming no ``<data>`` gives no native code."""
    p = tmp_path / "cp.xlf"
    p.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi"><file id="f">'
        '<unit id="u"><originalData><data id="d1">\\f<cp hex="000C"/></data></originalData><segment>'
        '<source>Page<ph id="1" dataRef="d1"/>two<ph id="2" dataRef="d9"/></source>'
        '<target>Trang<ph id="1" dataRef="d1"/>hai<ph id="2" dataRef="d9"/></target></segment></unit></file></xliff>',
        encoding="utf-8",
    )
    seg = read(p).segments[0]
    assert natives(seg.codes.target) == [("ph", "\\f\x0c", None), ("ph", None, None)]


def test_segments_jsonl_carries_data_only_where_there_is_some(runs: dict[str, Path]) -> None:
    rows = {r["record"]: r for r in jsonl(runs["out"] / "segments.jsonl")}
    assert rows["t1"]["codes"]["source"][1] == {"kind": "ph", "id": "2", "role": "standalone", "start": 59, "end": 59,
                                                "data": "<br/>"}  # fmt: skip
    assert "data" not in rows["t1"]["codes"]["source"][0]  # <g> has none
    pc = rows["v1"]["codes"]["target"][0]
    assert (pc["data"], pc["data_end"]) == ('<a href="/hours">', "</a>")
    assert "codes" not in rows["t5"] and "codes" not in rows["v3"]
    for rec in (rows["t1"]["codes"]["target"][1], pc):
        assert InlineCode.from_json(rec).to_json(rec["start"], rec["end"]) == rec


# ------------------------------------------------------------------ report.xlf


def units(path: Path) -> dict[str, etree._Element]:
    return {u.get("name"): u for u in etree.parse(str(path)).getroot().iter(f"{X2}unit")}


def data_of(unit: etree._Element) -> dict[str, str]:
    return {d.get("id"): d.text or "" for d in unit.iter(f"{X2}data")}


def test_report_xlf_writes_native_code_as_original_data(runs: dict[str, Path]) -> None:
    got = units(runs["out"] / "report.xlf")
    t1 = got["t1"]
    assert data_of(t1) == {"d1": "<br/>"}
    # source and target refer to one <data>; <originalData> comes after the notes, before the segment
    refs = [ph.get("dataRef") for ph in t1.iter(f"{X2}ph")]
    assert refs == ["d1", "d1"]
    assert [etree.QName(c).localname for c in t1] == ["notes", "originalData", "segment"]
    t2 = got["t2"]
    assert data_of(t2) == {"d1": "<b>", "d2": "</b>"}
    assert [(c.tag[len(X2) :], c.get("dataRef")) for c in t2.find(f"{X2}segment/{X2}target")] == [
        ("sc", "d1"),
        ("ec", "d2"),
    ]
    v1 = got["v1"]
    pc = v1.find(f"{X2}segment/{X2}target/{X2}pc")
    assert data_of(v1)[pc.get("dataRefStart")] == '<a href="/hours">' and data_of(v1)[pc.get("dataRefEnd")] == "</a>"
    assert not list(got["t5"].iter(f"{X2}originalData")) and not list(got["v3"].iter(f"{X2}originalData"))


def test_report_xlf_is_read_back_with_the_same_native_code(runs: dict[str, Path]) -> None:
    def codes(out: Path) -> list[Any]:
        return [r.get("codes") for r in jsonl(out / "segments.jsonl")]

    first, back = codes(runs["out"]), codes(runs["back"])
    flat = [(c.get("data"), c.get("data_end")) for side in first if side for c in side["source"] + side["target"]]
    flat_back = [(c.get("data"), c.get("data_end")) for side in back if side for c in side["source"] + side["target"]]
    assert flat == flat_back and ("<br/>", None) in flat
    a, b = units(runs["out"] / "report.xlf"), units(runs["back"] / "report.xlf")
    assert [data_of(u) for u in a.values()] == [data_of(u) for u in b.values()]


def test_a_repeated_code_with_native_code_is_no_copy() -> None:
    """XLIFF 2.0 allows ``copyOf`` only for a code without original data: a repeat with its own gets a new id."""
    br = {"kind": "ph", "id": "2", "role": "standalone", "start": 3, "end": 3, "data": "<br/>"}
    plain = {"kind": "x", "id": "4", "role": "standalone", "start": 5, "end": 5}
    ids = CodeIds()
    tags = [t.tag for t in code_tokens([br, {**br, "start": 4, "end": 4}, plain, {**plain, "start": 6}], ids)]
    assert tags == [
        '<ph id="2" canDelete="no" dataRef="d1"/>',
        '<ph id="2-2" canDelete="no" dataRef="d1"/>',
        '<ph id="4" canDelete="no"/>',
        '<ph id="4-2" canDelete="no" copyOf="4"/>',
    ]
    assert ids.original_data("") == '<originalData><data id="d1">&lt;br/&gt;</data></originalData>\n'


def test_native_code_xml_cannot_carry_is_a_code_point() -> None:
    ids = CodeIds()
    ids.data_ref("\x07bell&")
    assert ids.original_data("") == '<originalData><data id="d1"><cp hex="0007"/>bell&amp;</data></originalData>\n'


def test_report_xlf_with_original_data_validates(runs: dict[str, Path], xliff2_schema: object) -> None:
    """Against the OASIS XLIFF 2.0 core schema, when MT_AUDIT_XLIFF_SCHEMAS names its folder (not shipped)."""
    schema = xliff2_schema
    for out in runs.values():
        assert schema.validate(etree.parse(str(out / "report.xlf"))), schema.error_log


# ------------------------------------------------------------------ the review page's data


def test_the_page_gets_source_codes_and_native_code(runs: dict[str, Path]) -> None:
    rows = {r["record"]: r for r in jsonl(runs["out"] / "segments.jsonl")}
    t1 = rows["t1"]["codes"]
    assert code_marks(t1, "source") == [[16, '<g id="1">'], [31, "</g>"], [59, '<ph id="2"/>', "<br/>"]]
    assert rows["t1"]["source"][16:31] == "Lacquer Gallery"
    assert code_marks(rows["v1"]["codes"], "source") == [
        [10, '<pc id="1">', '<a href="/hours">'],
        [23, "</pc>", "</a>"],
        [41, '<ph id="2"/>', "<br/>"],
    ]
    assert len(rows["v1"]["source"]) == 41  # the <ph/> ends the source
    assert code_marks({"source": [], "target": t1["target"]}, "source") is None
