"""XLIFF units without a <target> are not audited; an input note counts them per file (before, they were skipped
without a word, so a file whose MT sits only in <alt-trans> looked fully audited)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from audit.corpus.errors import InputError, InputNote
from audit.corpus.xliff import read_xliff

ROOT = Path(__file__).resolve().parents[2]

XLF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="port.txt" source-language="en" target-language="vi" datatype="plaintext">
  <body>
   <trans-unit id="p1"><source>The ferry left Cork at dawn.</source><target>Phà rời Cork lúc bình minh.</target>
   </trans-unit>
   <trans-unit id="p2"><source>Fog delayed it.</source>
    <alt-trans origin="mt"><target>Sương mù làm nó chậm lại.</target></alt-trans>
   </trans-unit>
   <trans-unit id="p3"><source>Passengers waited.</source></trans-unit>
   <trans-unit id="p4" translate="no"><source>BRITTANY FERRIES</source></trans-unit>
  </body>
 </file>
</xliff>
"""

XLF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="vi">
 <file id="f1">
  <unit id="u1">
   <segment><source>The museum in Tartu reopened.</source><target>Bảo tàng ở Tartu mở cửa lại.</target></segment>
   <segment><source>Entry is free.</source></segment>
  </unit>
 </file>
</xliff>
"""


def _read(tmp_path: Path, name: str, text: str) -> tuple[int, list[InputError]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    errors: list[InputError] = []
    with path.open("rb") as fh:
        (doc,) = read_xliff(fh, name, str(path), errors)
    return len(doc.segments), errors


def test_units_without_a_target_are_counted_in_a_note(tmp_path: Path) -> None:
    n, errors = _read(tmp_path, "port.xlf", XLF12)
    assert n == 1
    (note,) = errors
    line = XLF12.split("\n").index('   <trans-unit id="p2"><source>Fog delayed it.</source>') + 1
    assert isinstance(note, InputNote) and note.line == line
    assert note.message.startswith("2 unit(s) without a <target> not audited, the first here")  # not the translate=no


def test_xliff2_segments_without_a_target_are_counted(tmp_path: Path) -> None:
    n, errors = _read(tmp_path, "museum.xlf", XLF20)
    assert n == 1 and [e.message.split(" not audited")[0] for e in errors] == ["1 segment(s) without a <target>"]


def test_a_fully_translated_file_has_no_note(tmp_path: Path) -> None:
    text = XLF12.replace('<trans-unit id="p3"><source>Passengers waited.</source></trans-unit>', "")
    text = text.replace('<alt-trans origin="mt">', "").replace("</alt-trans>", "")
    assert _read(tmp_path, "full.xlf", text) == (2, [])


def test_the_note_reaches_summary_json(tmp_path: Path) -> None:
    (tmp_path / "port.xlf").write_text(XLF12, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "audit", "run", "port.xlf", "--out", "out"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 0, r.stderr
    notes = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["input_notes"]
    assert [n["message"].split(",")[0] for n in notes] == ["2 unit(s) without a <target> not audited"]
    line = XLF12.split("\n").index('   <trans-unit id="p2"><source>Fog delayed it.</source>') + 1
    assert f"note: port.xlf:{line}: 2 unit(s) without a <target> not audited" in r.stderr
