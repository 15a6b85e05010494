"""CAT-tool bilingual files: Trados Studio's SDLXLIFF and memoQ's MQXLIFF, read as XLIFF 1.2 (one record per
``<mrk mtype="seg">`` segment, the tool's segment metadata in ``flags``), reported, and written back by
``audit apply`` inside the right segment."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from audit.corpus import InputFile, ReadOptions, read_file
from audit.corpus.errors import InputError
from audit.model import Document
from audit.pipeline import Settings, run_rules
from audit.report.load import load_run
from audit.report.terminal import shown_flags
from audit.rules.registry import select_rules

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
SDL = FORMATS / "ban-tin-cang.vi.sdlxliff"  # Trados Studio: segmented units, sdl:seg-defs, a translate="no" unit
MQ = FORMATS / "ho-tro-khach.vi.mqxliff"  # memoQ: mq:status / mq:percent / mq:locked on the trans-units


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def line_of(path: Path, *needles: str) -> int:
    """The 1-based line of the file where all ``needles`` first appear (found in the file, not written down)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, ln in enumerate(lines, 1) if all(n in ln for n in needles))


def test_sdlxliff_gives_one_record_per_segment_with_its_source() -> None:
    doc = read(SDL)
    assert doc.format == "xliff"
    assert [s.record for s in doc.segments] == ["a02/1", "a03/2", "a03/3", "a03/4", "a04/5", "a05/6", "a06/7", "a07/8"]
    by_id = {s.record: s for s in doc.segments}
    assert by_id["a03/3"].text == "Bến có 21 cầu tàu." and by_id["a03/3"].source == "The terminal has 12 berths."
    assert by_id["a03/2"].text == "Cầu tàu:" and by_id["a03/2"].source == "Berths:"  # the mrk inside <g>
    assert by_id["a06/7"].text == "Ca đêm bắt đầu từ tháng Tư."  # an SDL comment's <mrk> keeps its text
    assert by_id["a07/8"].text == "Tàu khách cập bến lúc 6 giờ sáng."  # a tracked deletion is not text
    # the translate="no" unit is shown as boilerplate, never audited; the unit without a target is skipped
    assert [s.record for s in doc.segments if s.boilerplate] == ["a05/6"]
    assert all("sdl" not in s.text and "Word 2007" not in s.text for s in doc.segments)  # sdl: parts are no text


def test_each_segment_starts_at_its_mrk_line() -> None:
    """A segment's line is its target ``<mrk>``'s, not the unit's (the README's record convention)."""
    doc = read(SDL)
    for seg in doc.segments:
        mid = seg.record.split("/")[1]
        assert seg.line == line_of(SDL, "<target>", f'mtype="seg" mid="{mid}"'), seg.record
    assert doc.segments[2].line != line_of(SDL, '<trans-unit id="a03"')


def test_findings_point_at_the_segment_line_and_into_its_text() -> None:
    doc = read(SDL)
    found = run_rules(doc, [c() for c in select_rules(["A101", "F111"])], Settings())
    where = {(f.rule, f.record): (f.line, f.column, f.text) for f in found}
    line = line_of(SDL, "<target>", "Bến có 21")
    seg = next(s for s in doc.segments if s.record == "a03/3")
    assert where[("A101", "a03/3")] == (line, 1 + seg.text.index("21"), "21")
    dup = next(s for s in doc.segments if s.record == "a04/5")
    assert where[("F111", "a04/5")][1:] == (1 + dup.text.index("của của"), "của của")


def test_sdl_segment_metadata_goes_into_flags() -> None:
    flags = {s.record: s.flags for s in read(SDL).segments}
    assert flags["a02/1"] == ("conf:Translated", "origin:tm", "percent:100")
    assert flags["a03/2"] == ("conf:ApprovedTranslation", "origin:interactive")
    assert flags["a03/3"] == ("conf:Draft", "origin:mt", "origin-system:Neural MT")
    assert flags["a04/5"] == ("conf:Draft", "origin:mt", "percent:85")  # locked="false" is no flag
    assert flags["a05/6"] == ("conf:Translated", "locked")


def test_memoq_status_and_percent_go_into_flags() -> None:
    doc = read(MQ)
    assert [s.record for s in doc.segments] == ["1", "2", "3"]
    assert doc.segments[1].source == "Replies arrive within 48 hours."
    assert [s.flags for s in doc.segments] == [
        ("status:ManuallyConfirmed", "percent:100"),
        ("status:Pretranslated", "percent:0"),
        ("status:PartiallyEdited", "percent:0", "locked"),
    ]
    assert doc.segments[2].text == "Hãy ghé trung tâm trợ giúp trước."  # bpt/ept native code is no text


def test_flags_do_not_change_severities() -> None:
    """Unlike a PO entry's 'fuzzy', a CAT tool's metadata is shown, not scored: the same findings without it."""
    rules = [c() for c in select_rules(None)]
    for path in (SDL, MQ):
        doc = read(path)
        with_flags = [(f.rule, f.record, str(f.severity)) for f in run_rules(doc, rules, Settings())]
        for s in doc.segments:
            s.flags = ()
        assert with_flags == [(f.rule, f.record, str(f.severity)) for f in run_rules(doc, rules, Settings())]
        assert any(sev == "major" for _, _, sev in with_flags)


def test_terminal_shows_origin_and_status_not_format_flags() -> None:
    assert shown_flags(["conf:Draft", "origin:mt", "origin-system:Neural MT", "percent:85"]) == [
        "conf:Draft",
        "origin:mt",
    ]
    assert shown_flags(["status:Pretranslated", "percent:0", "locked"]) == ["status:Pretranslated", "locked"]
    assert shown_flags(["fuzzy", "c-format"]) == ["fuzzy"]


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        # an unclosed <mrk> in a target: the parser stops at the unit's end tag
        ("a.sdlxliff", ('<mrk mtype="seg" mid="5">Giám đốc', '<mrk mtype="seg" mid="5"><mrk>Giám đốc')),
        # an attribute's closing quote lost
        ("b.mqxliff", ('mq:percent="0" mq:locked', 'mq:percent="0 mq:locked')),
    ],
)
def test_a_malformed_file_is_an_input_error_naming_file_and_line(
    tmp_path: Path, name: str, broken: tuple[str, str]
) -> None:
    original = SDL if name.endswith("sdlxliff") else MQ
    text = original.read_text(encoding="utf-8")
    assert broken[0] in text
    p = tmp_path / name
    p.write_text(text.replace(broken[0], broken[1], 1), encoding="utf-8")
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.path == str(p) and "not well-formed XML" in e.value.message
    assert e.value.line == line_of(p, broken[1])


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_a_folder_walk_reads_both_extensions_and_a_bad_file_exits_2(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SDL, src / SDL.name)
    (src / "hong.sdlxliff").write_text(SDL.read_text("utf-8").replace("</trans-unit>", "</trans>", 1), "utf-8")
    r = audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 2 and "hong.sdlxliff:" in r.stderr and "not well-formed" in r.stderr
    docs = [json.loads(s)["doc"] for s in (tmp_path / "out" / "documents.jsonl").open()]
    assert docs == [SDL.name]  # the good file is still audited


def _decide(out: Path, changes: dict[str, tuple[str, str]]) -> Path:
    """A decisions file accepting, per record, one replacement in its segment's text."""
    segs = [json.loads(s) for s in (out / "segments.jsonl").open()]
    picked = []
    for s in segs:
        if s.get("record") in changes:
            old, new = changes[s["record"]]
            assert old in s["text"]
            keep = {k: s[k] for k in ("doc", "segment", "line", "column", "record")}
            picked.append({**keep, "original": s["text"], "text": s["text"].replace(old, new), "manual": True})
    decisions = out / "decisions.json"
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": load_run(out).run_id, "findings": []}
    decisions.write_text(json.dumps({**body, "segments": picked}, ensure_ascii=False), encoding="utf-8")
    return decisions


def test_run_and_apply_round_trip_edits_inside_the_right_mrk(tmp_path: Path) -> None:
    """Accepted edits land in the target ``<mrk mtype="seg">`` of their segment; every other byte (the
    seg-source, the other segments of the unit, sdl:seg-defs) is kept; the copy reads back with the edits."""
    src = tmp_path / "in"
    src.mkdir()
    for f in (SDL, MQ):
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    assert audit("run", str(src), "--out", str(out), "--quiet").returncode == 0
    findings = [json.loads(s) for s in (out / "findings.jsonl").open()]
    assert {(f["record"], f["rule"]) for f in findings} >= {("a03/3", "A101"), ("a04/5", "F111"), ("2", "A101")}
    changes = {
        "a03/3": ("21", "12"),
        "a04/5": ("của của", "của"),
        "a06/7": ("tháng Tư", "tháng 4"),
        "a07/8": ("khách", "du lịch"),
        "2": ("84", "48"),
    }
    r = audit("apply", str(_decide(out, changes)), "--out", str(tmp_path / "post"), "--root", str(src))
    assert r.returncode == 0, r.stderr
    sdl_before, sdl_after = SDL.read_text("utf-8"), (tmp_path / "post" / SDL.name).read_text("utf-8")
    want = (
        sdl_before.replace('mid="3">Bến có 21 cầu tàu.', 'mid="3">Bến có 12 cầu tàu.')
        .replace("công nhân của của cảng", "công nhân của cảng")
        .replace('sdl:cid="c41">tháng Tư</mrk>', 'sdl:cid="c41">tháng 4</mrk>')
        .replace('revid="r2">khách</mrk>', 'revid="r2">du lịch</mrk>')  # the tracked deletion untouched
        # each edited segment's sdl:seg says a person translated it, its MT origin kept as its prev-origin
        .replace(
            '<sdl:seg id="3" conf="Draft" origin="mt" origin-system="Neural MT"/>',
            '<sdl:seg id="3" conf="Translated" origin="interactive">'
            '<sdl:prev-origin origin="mt" origin-system="Neural MT"/></sdl:seg>',
        )
        .replace(
            '<sdl:seg id="5" conf="Draft" origin="mt" percent="85" locked="false"/>',
            '<sdl:seg id="5" conf="Translated" origin="interactive" locked="false">'
            '<sdl:prev-origin origin="mt" percent="85"/></sdl:seg>',
        )
        .replace(
            '<sdl:seg id="7" conf="Draft" origin="mt"/>',
            '<sdl:seg id="7" conf="Translated" origin="interactive"><sdl:prev-origin origin="mt"/></sdl:seg>',
        )
        .replace(
            '<sdl:seg id="8" conf="Draft" origin="mt"/>',
            '<sdl:seg id="8" conf="Translated" origin="interactive"><sdl:prev-origin origin="mt"/></sdl:seg>',
        )
    )
    assert sdl_after == want
    mq_after = (tmp_path / "post" / MQ.name).read_text("utf-8")
    assert mq_after == MQ.read_text("utf-8").replace("trong vòng 84 giờ", "trong vòng 48 giờ").replace(
        '"2" mq:status="Pretranslated"', '"2" mq:status="ManuallyConfirmed"'
    )
    texts = {s.record: s.text for s in read(tmp_path / "post" / SDL.name).segments}
    assert texts["a03/3"] == "Bến có 12 cầu tàu." and texts["a03/4"] == "Tàu dài tới 300 mét có thể cập bến."
    flags = {s.record: s.flags for s in read(tmp_path / "post" / SDL.name).segments}
    assert flags["a03/3"] == ("conf:Translated", "origin:interactive")  # no longer raw MT in the review page
    assert flags["a03/4"] == ("conf:Draft", "origin:mt", "origin-system:Neural MT")  # not edited: as it was
    assert (src / SDL.name).read_bytes() == SDL.read_bytes()  # the user's file is untouched


def test_an_empty_segment_gets_its_post_edit_inside_its_mrk() -> None:
    """Trados writes a segment not yet translated as an empty ``<mrk mtype="seg" mid="N"/>``: the reader gives
    an empty record (A-rules report it), and a post-edit fills that very ``<mrk>``."""
    from audit.report.xliff_edit import edit_xliff

    data = SDL.read_bytes().replace(
        '<mrk mtype="seg" mid="4">Tàu dài tới 300 mét có thể cập bến.</mrk>'.encode(), b'<mrk mtype="seg" mid="4"/>'
    )
    edit = {"record": "a03/4", "segment": 3, "line": 27, "original": "", "text": "Tàu dài tới 300 mét cập bến."}
    result = edit_xliff(data, [edit], "x.sdlxliff")
    assert not result.refused
    assert result.data == data.replace(
        b'<mrk mtype="seg" mid="4"/>', '<mrk mtype="seg" mid="4">Tàu dài tới 300 mét cập bến.</mrk>'.encode()
    ).replace(
        b'<sdl:seg id="4" conf="Draft" origin="mt" origin-system="Neural MT"/>',
        b'<sdl:seg id="4" conf="Translated" origin="interactive">'
        b'<sdl:prev-origin origin="mt" origin-system="Neural MT"/></sdl:seg>',
    )


def test_a_tracked_deletion_is_markup_when_editing() -> None:
    from audit.report.xliff_edit import edit_content

    raw = 'Cảng <mrk mtype="x-sdl-deleted" sdl:revid="r9">Bạch Đằng</mrk>Lạch Huyện mở cửa..'
    out = edit_content(raw, "Cảng Lạch Huyện mở cửa..", "Cảng Lạch Huyện mở cửa.")
    assert out == 'Cảng <mrk mtype="x-sdl-deleted" sdl:revid="r9">Bạch Đằng</mrk>Lạch Huyện mở cửa.'


@pytest.mark.parametrize(("bom", "eol"), [(b"\xef\xbb\xbf", b"\r\n"), (b"", b"\r\n"), (b"\xef\xbb\xbf", b"\n")])
def test_a_windows_written_file_keeps_its_bom_and_line_ends(tmp_path: Path, bom: bytes, eol: bytes) -> None:
    """Trados and memoQ run on Windows: a UTF-8 BOM and CRLF line ends are read, and kept by an edit."""
    from audit.report.xliff_edit import edit_xliff

    data = bom + SDL.read_bytes().replace(b"\n", eol)
    p = tmp_path / SDL.name
    p.write_bytes(data)
    doc = read(p)
    assert [(s.record, s.text, s.line) for s in doc.segments] == [
        (s.record, s.text, s.line) for s in read(SDL).segments
    ]
    seg = next(s for s in doc.segments if s.record == "a04/5")
    edit = {"record": "a04/5", "segment": seg.index, "line": seg.line, "original": seg.text}
    result = edit_xliff(data, [{**edit, "text": seg.text.replace("của của", "của")}], p.name)
    assert not result.refused
    assert result.data == data.replace("của của cảng".encode(), "của cảng".encode()).replace(
        b'<sdl:seg id="5" conf="Draft" origin="mt" percent="85" locked="false"/>',
        b'<sdl:seg id="5" conf="Translated" origin="interactive" locked="false">'
        b'<sdl:prev-origin origin="mt" percent="85"/></sdl:seg>',
    )
