"""A record's notes for the translator (XLIFF <note>, PO comments), its PO msgctxt, and its translation state and
machine-translation origin (XLIFF 1.2 state-qualifier, 2.0 state): read, written to segments.jsonl, given to the
review page. Files here are new (a ferry timetable, a bakery's web shop), not from any test set."""

from __future__ import annotations

import json
from pathlib import Path

from audit.corpus import InputError, InputFile, ReadOptions, read_file
from audit.corpus.cat_meta import mt_origin
from audit.model import Document, Note
from audit.pipeline import Settings, run
from audit.report.html import page_data
from audit.report.load import load_run

XLF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="ferry.html" source-language="en" target-language="vi" datatype="html">
  <body>
   <trans-unit id="f1">
    <source>The ferry to Quan Lạn leaves at half past six.</source>
    <target state="needs-review-translation"
            state-qualifier="leveraged-mt">Phà đi Quan Lạn khởi hành lúc sáu giờ rưỡi.</target>
    <note from="Thảo (PM)">Timetable page: keep times as words, the client's style.</note>
    <note> </note>
   </trans-unit>
   <trans-unit id="f2">
    <source>Bicycles travel free of charge.</source>
    <target state="translated" state-qualifier="exact-match">Xe đạp được chở miễn phí.</target>
   </trans-unit>
   <trans-unit id="f3">
    <source>Pets must stay on deck.</source>
    <target>Vật nuôi phải ở trên boong.</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

XLF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">
 <file id="b">
  <unit id="cake">
   <notes><note category="terminology">"Bánh bò" stays untranslated in the menu.</note></notes>
   <segment state="reviewed" subState="acme:checked">
    <source>Steamed honeycomb cake, 6 pieces</source>
    <target>Bánh bò hấp, 6 miếng</target>
   </segment>
  </unit>
 </file>
</xliff>
"""

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

# Shown on the bakery's order button;
# keep it under 20 characters.
#. TRANSLATORS: %d is the number of loaves
#: shop/cart.py:88
#, c-format
msgctxt "order-button"
msgid "Order %d loaves"
msgstr "Đặt %d ổ bánh"

msgid "Opening hours"
msgstr "Giờ mở cửa"
"""


def _read(tmp_path: Path, name: str, text: str) -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    errors: list[InputError] = []
    (doc,) = read_file(InputFile(str(p), name), ReadOptions(), errors)
    return doc


def test_xliff12_notes_state_and_qualifier(tmp_path: Path) -> None:
    doc = _read(tmp_path, "ferry.xlf", XLF12)
    first, second, third = doc.segments
    assert first.notes == (Note("Timetable page: keep times as words, the client's style.", "note", "Thảo (PM)"),)
    assert first.flags == ("state:needs-review-translation", "state-qualifier:leveraged-mt")
    assert second.flags == ("state:translated", "state-qualifier:exact-match") and second.notes == ()
    assert third.flags == () and third.notes == ()
    assert mt_origin(first.flags) == "state-qualifier:leveraged-mt"
    assert mt_origin(second.flags) is None and mt_origin(third.flags) is None


def test_xliff20_notes_and_state(tmp_path: Path) -> None:
    (seg,) = _read(tmp_path, "cake.xlf", XLF20).segments
    assert seg.notes == (Note('"Bánh bò" stays untranslated in the menu.', "note", None, "terminology"),)
    assert seg.flags == ("state:reviewed", "subState:acme:checked")


def test_segmented_sdlxliff_target_keeps_its_state(tmp_path: Path) -> None:
    xlf = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
 <file original="x.docx" source-language="en" target-language="vi" datatype="x-sdlfilterframework2"><body>
  <trans-unit id="u9">
   <source>Rain. Wind.</source>
   <seg-source><mrk mtype="seg" mid="1">Rain.</mrk> <mrk mtype="seg" mid="2">Wind.</mrk></seg-source>
   <target state="translated"><mrk mtype="seg" mid="1">Mưa.</mrk> <mrk mtype="seg" mid="2">Gió.</mrk></target>
   <sdl:seg-defs><sdl:seg id="1" conf="Draft" origin="nmt"/>
     <sdl:seg id="2" conf="Translated" origin="tm"/></sdl:seg-defs>
  </trans-unit>
 </body></file>
</xliff>
"""
    a, b = _read(tmp_path, "w.sdlxliff", xlf).segments
    assert a.flags == ("state:translated", "conf:Draft", "origin:nmt") and mt_origin(a.flags) == "origin:nmt"
    assert b.flags == ("state:translated", "conf:Translated", "origin:tm") and mt_origin(b.flags) is None


def test_po_comments_and_context(tmp_path: Path) -> None:
    order, hours = _read(tmp_path, "shop.vi.po", PO).segments
    assert order.context == "order-button" and hours.context is None
    assert order.notes == (
        Note("Shown on the bakery's order button;\nkeep it under 20 characters.", "translator-comment"),
        Note("TRANSLATORS: %d is the number of loaves", "extracted-comment"),
    )
    assert hours.notes == ()  # the header's and the previous entry's comments are not its own


def test_obsolete_entry_comments_do_not_carry_over(tmp_path: Path) -> None:
    text = PO + '\n# about the old string\n#~ msgid "Old"\n#~ msgstr "Cũ"\n\nmsgid "Closed"\nmsgstr "Đóng cửa"\n'
    closed = _read(tmp_path, "old.vi.po", text).segments[-1]
    assert closed.text == "Đóng cửa" and closed.notes == ()


def test_segments_jsonl_and_page_data(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.xlf").write_text(XLF12, encoding="utf-8")
    (src / "shop.vi.po").write_text(PO, encoding="utf-8")
    assert run([str(src)], str(tmp_path / "out"), Settings(qe=[])).exit_code == 0
    recs = [json.loads(line) for line in (tmp_path / "out" / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    by_text = {r["text"]: r for r in recs}
    ferry = by_text["Phà đi Quan Lạn khởi hành lúc sáu giờ rưỡi."]
    assert ferry["notes"] == [
        {"text": "Timetable page: keep times as words, the client's style.", "kind": "note", "from": "Thảo (PM)"}
    ]
    order = by_text["Đặt %d ổ bánh"]
    assert order["context"] == "order-button" and [n["kind"] for n in order["notes"]] == [
        "translator-comment",
        "extracted-comment",
    ]
    assert "notes" not in by_text["Giờ mở cửa"] and "context" not in by_text["Giờ mở cửa"]
    data = page_data(load_run(tmp_path / "out"))
    rows = {r[2]: r for doc in data["segs"] for r in doc}
    assert rows[ferry["text"]][13] == "state-qualifier:leveraged-mt"
    assert rows[ferry["text"]][14] == [["note from Thảo (PM)", ferry["notes"][0]["text"]]]
    assert rows["Đặt %d ổ bánh"][13:] == [
        None,
        [
            ["translator's comment", "Shown on the bakery's order button;\nkeep it under 20 characters."],
            ["developer's comment", "TRANSLATORS: %d is the number of loaves"],
        ],
        "order-button",
    ]
    assert len(rows["Vật nuôi phải ở trên boong."]) == 11  # nothing to add: the row as before


def test_own_export_reads_back_without_its_own_note_and_state(tmp_path: Path) -> None:
    """mt-audit's XLIFF 2.0 export gives every unit a note (where it was, its risk) and state="translated": read
    back, neither is a note or flag of the text."""
    from audit.report.xliff import render_xliff

    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.xlf").write_text(XLF12, encoding="utf-8")
    run([str(src)], str(tmp_path / "out"), Settings(qe=[]))
    exported = render_xliff(load_run(tmp_path / "out"))
    segs = _read(tmp_path, "again.xlf", exported).segments
    assert all(s.notes == () for s in segs)
    assert segs[0].flags == ("state:needs-review-translation", "state-qualifier:leveraged-mt")


def test_terminal_shows_the_state_qualifier_not_the_state() -> None:
    from audit.report.terminal import shown_flags

    assert shown_flags(["state:translated", "state-qualifier:leveraged-mt"]) == ["state-qualifier:leveraged-mt"]
