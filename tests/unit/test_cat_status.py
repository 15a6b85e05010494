"""A post-edited segment's CAT-tool status says a person translated it, as its XLIFF state does: SDLXLIFF's
``sdl:seg`` (confirmation level, origin with its history in ``sdl:prev-origin``) and memoQ's ``mq:status``;
statuses that already say so stay, segments not edited keep every byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from audit.corpus.xliff import read_xliff
from audit.report.xliff_edit import edit_xliff

SDLX = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:{p}="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
 <file original="ferry.docx" datatype="x-sdlfilterframework2" source-language="en-GB" target-language="vi-VN">
  <body>
   <trans-unit id="u1">
    <source>The ferry to Ostrava left late. It carried 40 cars.</source>
    <seg-source><mrk mtype="seg" mid="1">The ferry to Ostrava left late.</mrk>
     <mrk mtype="seg" mid="2">It carried 40 cars.</mrk></seg-source>
    <target><mrk mtype="seg" mid="1">Phà đi Ostrava khởi hành muộn muộn.</mrk>
     <mrk mtype="seg" mid="2">Phà chở 14 ô tô.</mrk></target>
    <{p}:seg-defs><{p}:seg id="1" conf="{conf}" origin="{origin}" origin-system="Lingua NMT" percent="72"
      text-match="SourceAndTarget"/>
     <{p}:seg id="2" conf="Draft" origin="mt"/></{p}:seg-defs>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

MQX = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:{p}="MQXliff" version="1.2">
 <file original="menu.html" source-language="en-US" target-language="vi-VN" datatype="x-memoq">
  <body>
   <trans-unit id="7" {p}:status="{status}" {p}:percent="63" {p}:segmentguid="e91">
    <source xml:space="preserve">Soup costs 5 euros.</source>
    <target xml:space="preserve">Súp có giá 15 euro.</target>
   </trans-unit>
   <trans-unit id="8" {p}:status="Pretranslated" {p}:percent="0">
    <source xml:space="preserve">Bread is free.</source>
    <target xml:space="preserve">Bánh mì miễn phí.</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""


def _apply(tmp_path: Path, name: str, text: str, record: str, old: str, new: str) -> tuple[str, dict[str, tuple]]:
    """``text`` as file ``name`` with ``old`` → ``new`` in record ``record`` written by apply's XLIFF editor: the
    edited file's text and its records' flags as the reader reads them back."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as fh:
        (doc,) = read_xliff(fh, name, str(path), [])
    (seg,) = [s for s in doc.segments if s.record == record]
    edit = {"record": record, "segment": seg.index, "line": seg.line, "original": seg.text}
    result = edit_xliff(path.read_bytes(), [{**edit, "text": seg.text.replace(old, new)}], name)
    assert not result.refused
    etree.fromstring(result.data)  # well-formed
    path.write_bytes(result.data)
    with path.open("rb") as fh:
        (back,) = read_xliff(fh, name, str(path), [])
    assert next(s for s in back.segments if s.record == record).text == seg.text.replace(old, new)
    return result.data.decode("utf-8"), {s.record: s.flags for s in back.segments}


@pytest.mark.parametrize("conf", ["Draft", "Unspecified", "RejectedTranslation", "RejectedSignOff"])
def test_an_sdl_segment_asking_for_work_becomes_translated_by_a_person(tmp_path: Path, conf: str) -> None:
    text = SDLX.format(p="sdl", conf=conf, origin="mt")
    out, flags = _apply(tmp_path, "ferry.sdlxliff", text, "u1/1", "muộn muộn", "muộn")
    assert (
        '<sdl:seg id="1" conf="Translated" origin="interactive"><sdl:prev-origin origin="mt" '
        'origin-system="Lingua NMT" percent="72"\n      text-match="SourceAndTarget"/></sdl:seg>'
    ) in out
    assert flags["u1/1"] == ("conf:Translated", "origin:interactive")
    assert flags["u1/2"] == ("conf:Draft", "origin:mt")  # not edited: as it was
    assert (
        out.replace("muộn.</mrk>", "muộn muộn.</mrk>").split('<sdl:seg id="1"')[0] == text.split('<sdl:seg id="1"')[0]
    )


@pytest.mark.parametrize("conf", ["Translated", "ApprovedTranslation", "ApprovedSignOff"])
def test_a_confirmed_level_stays_and_only_the_origin_changes(tmp_path: Path, conf: str) -> None:
    out, flags = _apply(tmp_path, "ferry.sdlxliff", SDLX.format(p="sdl", conf=conf, origin="tm"), "u1/1", "muộn ", "")
    assert f'<sdl:seg id="1" conf="{conf}" origin="interactive"><sdl:prev-origin origin="tm" ' in out
    assert flags["u1/1"] == (f"conf:{conf}", "origin:interactive")


def test_an_interactive_segment_gets_no_second_history(tmp_path: Path) -> None:
    text = SDLX.format(p="sdl", conf="Translated", origin="interactive")
    out, _ = _apply(tmp_path, "ferry.sdlxliff", text, "u1/1", "muộn ", "")
    assert out == text.replace("muộn muộn", "muộn")


def test_the_history_keeps_the_old_origin_with_its_metadata_and_earlier_history(tmp_path: Path) -> None:
    text = SDLX.format(p="sdl", conf="Draft", origin="mt").replace(
        '<sdl:seg id="2" conf="Draft" origin="mt"/>',
        '<sdl:seg id="2" conf="Draft" origin="mt" locked="false"><sdl:value key="SegmentIdentityHash">Qx9=</sdl:value>'
        '<sdl:prev-origin origin="tm" percent="91"/></sdl:seg>',
    )
    out, flags = _apply(tmp_path, "ferry.sdlxliff", text, "u1/2", "14", "40")
    assert (
        '<sdl:seg id="2" conf="Translated" origin="interactive" locked="false"><sdl:prev-origin origin="mt">'
        '<sdl:value key="SegmentIdentityHash">Qx9=</sdl:value><sdl:prev-origin origin="tm" percent="91"/>'
        '</sdl:prev-origin><sdl:value key="SegmentIdentityHash">Qx9=</sdl:value></sdl:seg>'
    ) in out
    assert flags["u1/2"] == ("conf:Translated", "origin:interactive")
    assert flags["u1/1"] == ("conf:Draft", "origin:mt", "origin-system:Lingua NMT", "percent:72")


def test_the_file_prefix_of_the_sdl_namespace_is_kept(tmp_path: Path) -> None:
    out, flags = _apply(tmp_path, "ferry.sdlxliff", SDLX.format(p="s", conf="Draft", origin="mt"), "u1/2", "14", "40")
    assert '<s:seg id="2" conf="Translated" origin="interactive"><s:prev-origin origin="mt"/></s:seg>' in out
    assert flags["u1/2"] == ("conf:Translated", "origin:interactive")


@pytest.mark.parametrize(
    "status",
    [
        "NotStarted",
        "Pretranslated",
        "PreTranslated",
        "MachineTranslated",
        "AssembledFromFragments",
        "PartiallyEdited",
        "Rejected",
    ],
)
def test_a_memoq_status_asking_for_work_becomes_confirmed(tmp_path: Path, status: str) -> None:
    text = MQX.format(p="mq", status=status)
    out, flags = _apply(tmp_path, "menu.mqxliff", text, "7", "15", "5")
    assert out == text.replace("15 euro", "5 euro").replace(
        f'mq:status="{status}" mq:percent="63"', 'mq:status="ManuallyConfirmed" mq:percent="63"'
    )
    assert flags["7"] == ("status:ManuallyConfirmed", "percent:63")
    assert flags["8"] == ("status:Pretranslated", "percent:0")


@pytest.mark.parametrize("status", ["ManuallyConfirmed", "Reviewer1Confirmed", "Reviewer2Confirmed", "Proofread"])
def test_a_confirmed_memoq_status_stays(tmp_path: Path, status: str) -> None:
    text = MQX.format(p="m", status=status)
    out, _ = _apply(tmp_path, "menu.mqxliff", text, "7", "15", "5")
    assert out == text.replace("15 euro", "5 euro")


def test_a_plain_xliff_gets_no_tool_status(tmp_path: Path) -> None:
    text = MQX.format(p="mq", status="Pretranslated").replace(' mq:status="Pretranslated"', "")
    out, _ = _apply(tmp_path, "menu.xlf", text, "7", "15", "5")
    assert out == text.replace("15 euro", "5 euro")


def test_a_locked_segment_is_not_edited(tmp_path: Path) -> None:
    """A segment the CAT tool locked (SDLXLIFF locked="true", memoQ mq:locked) is left as it is, its edit refused
    with the reason; the other segments' edits are written."""
    sdl = SDLX.format(p="sdl", conf="Draft", origin="mt").replace(
        '<sdl:seg id="2" conf="Draft" origin="mt"/>', '<sdl:seg id="2" conf="ApprovedSignOff" locked="true"/>'
    )
    mq = MQX.format(p="mq", status="PartiallyEdited").replace('mq:percent="63"', 'mq:percent="63" mq:locked="locked"')
    for name, text, record, old, tool in (
        ("ferry.sdlxliff", sdl, "u1/2", "14", "Trados Studio"),
        ("menu.mqxliff", mq, "7", "15", "memoQ"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with path.open("rb") as fh:
            (doc,) = read_xliff(fh, name, str(path), [])
        edits = [
            {"record": s.record, "segment": s.index, "line": s.line, "original": s.text, "text": s.text + " X"}
            for s in doc.segments
        ]
        locked_seg = next(s for s in doc.segments if s.record == record)
        result = edit_xliff(path.read_bytes(), edits, name)
        assert result.refused == {
            locked_seg.index: f"the segment is locked in {tool}; unlock it there, or make the edit there"
        }
        assert old in text and result.data.decode().count(" X<") == len(edits) - 1
