"""A post-edited XLIFF record's state says a person translated it: 1.2 'new'/'needs-*' targets become
'translated', a 2.0 'initial' segment becomes 'translated' without its subState; every other byte stays."""

from __future__ import annotations

from pathlib import Path

from audit.corpus.xliff import read_xliff
from audit.report.xliff_edit import edit_xliff

XLF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="harbour.txt" source-language="en" target-language="vi" datatype="plaintext">
  <body>
   <trans-unit id="h1"><source>The harbour in Valparaíso froze.</source>
    <target state='needs-review-translation' state-qualifier="mt-suggestion"
      xml:lang="vi">Bến cảng ở Valparaíso đóng băng..</target>
   </trans-unit>
   <trans-unit id="h2"><source>Boats waited.</source><target state="new">Tàu thuyền chờ đợi.</target></trans-unit>
   <trans-unit id="h3"><source>Fish prices rose.</source>
    <target state="signed-off">Giá cá tăng  lên.</target></trans-unit>
   <trans-unit id="h4"><source>Ice melted.</source><target>Băng tan  chảy.</target></trans-unit>
  </body>
 </file>
</xliff>
"""

XLF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="vi">
 <file id="f1">
  <unit id="m1">
   <segment id="s1" state="initial" subState="acme:raw-mt"><source>Tbilisi hosted the fair.</source>
    <target>Tbilisi đã tổ chức hội chợ hội chợ.</target></segment>
   <segment id="s2" state="initial"><source>It rained.</source><target>Trời mưa.</target></segment>
  </unit>
  <unit id="m2">
   <segment state="reviewed" subState="acme:checked"><source>Crowds came.</source>
    <target>Đám đông  kéo đến.</target></segment>
  </unit>
 </file>
</xliff>
"""


def _edit(tmp_path: Path, name: str, text: str, fixes: dict[str, tuple[str, str]]) -> str:
    """``text`` as a file, each record of ``fixes`` (id → (old, new) in its target) post-edited through apply's
    XLIFF editor; the edited file is read back by the reader."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as fh:
        (doc,) = read_xliff(fh, name, str(path), [])
    edits = [
        {
            "record": s.record,
            "segment": s.index,
            "line": s.line,
            "original": s.text,
            "text": s.text.replace(*fixes[s.record]),
        }
        for s in doc.segments
        if s.record in fixes
    ]
    result = edit_xliff(path.read_bytes(), edits, str(path))
    assert result.refused == {}
    return result.data.decode("utf-8")


def test_xliff12_targets_asking_for_work_become_translated(tmp_path: Path) -> None:
    fixes = {"h1": ("băng..", "băng."), "h3": ("  lên", " lên"), "h4": ("  chảy", " chảy")}
    after = _edit(tmp_path, "harbour.xlf", XLF12, fixes)
    expected = (
        XLF12.replace("<target state='needs-review-translation'", "<target state='translated'")
        .replace("đóng băng..</target>", "đóng băng.</target>")
        .replace("Giá cá tăng  lên.", "Giá cá tăng lên.")  # signed-off stays signed-off
        .replace("Băng tan  chảy.", "Băng tan chảy.")  # no state: none added
    )
    assert after == expected
    assert '<target state="new">Tàu thuyền chờ đợi.</target>' in after  # not edited: its state stays


def test_xliff20_initial_segments_become_translated_without_their_substate(tmp_path: Path) -> None:
    fixes = {"m1/s1": (" hội chợ hội chợ", " hội chợ"), "m2": ("  kéo", " kéo")}
    after = _edit(tmp_path, "fair.xlf", XLF20, fixes)
    expected = (
        XLF20.replace(
            '<segment id="s1" state="initial" subState="acme:raw-mt">', '<segment id="s1" state="translated">'
        )
        .replace("hội chợ hội chợ.", "hội chợ.")
        .replace("Đám đông  kéo đến.", "Đám đông kéo đến.")  # reviewed (and its subState) stays
    )
    assert after == expected


def test_an_empty_target_filled_in_gets_the_state_in_its_new_start_tag(tmp_path: Path) -> None:
    text = XLF12.replace('<target state="new">Tàu thuyền chờ đợi.</target>', '<target state="new" />')
    path = tmp_path / "empty.xlf"
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as fh:
        (doc,) = read_xliff(fh, "empty.xlf", str(path), [])
    (seg,) = [s for s in doc.segments if s.record == "h2"]
    edit = {"record": "h2", "segment": seg.index, "line": seg.line, "original": "", "text": "Tàu thuyền chờ."}
    result = edit_xliff(path.read_bytes(), [edit], str(path))
    assert result.data.decode("utf-8") == text.replace(
        '<target state="new" />', '<target state="translated">Tàu thuyền chờ.</target>'
    )
