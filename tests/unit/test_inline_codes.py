"""XLIFF inline codes: the reader keeps them per record, A110 flags the ones a translation lost, added,
repeated or put out of order, and ``audit apply`` keeps them when it writes a post-edit back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Document
from audit.pipeline import Settings, run_rules
from audit.report.load import load_run
from audit.rules.registry import select_rules

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"
XLIFF12 = FORMATS / "thue-xe.vi.xlf"  # XLIFF 1.2: <g>, <x/>, <bpt>/<ept>, <ph>, <bx/>/<ex/>, <it>
XLIFF20 = FORMATS / "lich-hen.vi.xlf"  # XLIFF 2.0: <pc>, <ph/>, <sc/>/<ec/>, canDelete, canCopy, copyOf


def read(path: Path) -> Document:
    return read_file(InputFile(str(path), path.name), ReadOptions(), [])[0]


def a110(doc: Document) -> list[tuple[str, str, str, str]]:
    """(record, severity, span, what) of each A110 finding on ``doc``."""
    found = run_rules(doc, [c() for c in select_rules(["A110"])], Settings())
    what = ("not in the translation", "not in the source", "repeated", "comes before", "copy of", "canReorder")
    return [
        (f.record or "", str(f.severity), f.text, next(w for w in what if w in f.message))
        for f in sorted(found, key=lambda f: f.segment)
    ]


def test_the_reader_keeps_codes_where_they_sit_in_the_text() -> None:
    doc = read(XLIFF12)
    first = doc.segments[0]
    assert first.codes is not None
    (g, x) = first.codes.target
    assert (g.kind, g.id, g.role) == ("g", "1", "element") and first.text[g.start : g.end] == "trạm đối tác"
    assert (x.kind, x.role, x.start) == ("x", "standalone", len(first.text))
    # paired codes: <bpt>/<ept> linked by rid, <bx/>/<ex/> too; <it> stands alone
    assert [(c.kind, c.role, c.pair) for c in doc.segments[5].codes.source] == [
        ("bx", "begin", "s1"),
        ("ex", "end", "s1"),
        ("it", "isolated", None),
    ]
    assert [(c.kind, c.pair) for c in doc.segments[3].codes.target] == [("ept", "b1"), ("bpt", "b1")]


def test_the_reader_text_is_unchanged_by_the_codes() -> None:
    """The codes are kept beside the text: native code stays out of it, a <g>'s content stays in."""
    doc = read(XLIFF12)
    assert doc.segments[3].text == "Nhấn Kết thúc chuyến để dừng đồng hồ."
    assert doc.segments[3].source == "Tap End ride to stop the timer."
    assert doc.segments[0].source == "Bikes can be returned at any partner station until 22:00."


def test_xliff20_codes_carry_can_delete_can_copy_and_copy_of() -> None:
    doc = read(XLIFF20)
    src = {c.id: c for c in doc.segments[0].codes.source}
    assert src["1"].can_delete  # the 2.0 default
    u2 = doc.segments[1].codes.source[0]
    assert not u2.can_delete
    u3 = doc.segments[2].codes.target
    assert [(c.id, c.copy_of) for c in u3] == [("3", None), ("3a", "3")]
    u5 = doc.segments[4].codes.source
    assert [(c.kind, c.id, c.pair) for c in u5] == [("sc", "5", "5"), ("ec", "5", "5")]


def test_a110_flags_xliff12_codes_lost_added_repeated_and_misordered() -> None:
    assert a110(read(XLIFF12)) == [
        ("2", "major", "Hãy đọc quy định đặt cọc trước khi đặt xe.", "not in the translation"),
        ("3", "major", "Mã mở khóa: hiện ra sau khi thanh toán.", "repeated"),
        ("4", "major", "Kết thúc chuyến", "comes before"),  # the text the inverted pair wraps
        ("5", "major", "Mũ bảo hiểm miễn phí cho trẻ em.", "not in the source"),
        (
            "7",
            "major",
            "Gọi cho chúng tôi vào ngày thường. Chúng tôi trả lời trong vòng một giờ.",
            "not in the translation",
        ),
    ]  # units 1, 6 and 8 keep their codes (8 reorders two placeholders, which a translation may)


def test_a110_follows_xliff20_can_delete_and_can_copy() -> None:
    """A code deletable by default (u1) and a copy of a copiable one (u3) are not flagged; canDelete="no" and
    canCopy="no" are honoured (u2, u4); an <ec/> before its <sc/> (u5), a repeated id (u6) and a changed id
    (u8) are flagged; all codes kept (u7) is quiet."""
    assert a110(read(XLIFF20)) == [
        ("u2", "major", "Hãy đến sớm vài phút.", "not in the translation"),
        ("u4", "major", "Giờ  mở cửa  phòng khám.", "copy of"),
        ("u5", "major", "Hủy", "comes before"),
        ("u6", "major", "Phòng , tầng .", "repeated"),
        ("u8", "major", "Xem thông báo bảo mật.", "not in the translation"),
        ("u8", "major", "thông báo bảo mật", "not in the source"),
    ]


def test_a_code_on_a_decomposed_target_is_placed_on_the_nfc_text(tmp_path: Path) -> None:
    """The code positions count characters before NFC; the finding's span is on the NFC text."""
    decomposed = "Ha\u0300 Giang"  # 'Hà' written as a + combining grave
    p = tmp_path / "nfd.xlf"
    p.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="en" target-language="vi" datatype="plaintext"><body><trans-unit id="k">'
        '<source>Trip to <g id="1">Ha Giang</g>.</source>'
        f'<target>Chuyến đi {decomposed} <g id="2">{decomposed}</g>.</target>'
        "</trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    assert a110(read(p)) == [
        ("k", "major", "Chuyến đi Hà Giang Hà Giang.", "not in the translation"),
        ("k", "major", "Hà Giang", "not in the source"),
    ]


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_apply_round_trip_keeps_the_inline_codes(tmp_path: Path) -> None:
    """A post-edit written back by ``audit apply`` into a record with codes keeps them; the copy reads back
    with the edited text, the same codes in the same places around it, and the same A110 findings."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(XLIFF12, src / XLIFF12.name)
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    seg = next(json.loads(s) for s in (tmp_path / "out" / "segments.jsonl").open() if json.loads(s)["record"] == "1")
    edited = seg["text"].replace("trạm đối tác", "điểm trả xe đối tác")
    decisions = tmp_path / "out" / "decisions.json"
    run_id = load_run(tmp_path / "out").run_id
    segment = {k: seg[k] for k in ("doc", "segment", "line", "column", "record")}
    decisions.write_text(
        json.dumps(
            {
                "format": "mt-audit-decisions",
                "version": 1,
                "run_id": run_id,
                "findings": [],
                "segments": [{**segment, "original": seg["text"], "text": edited, "manual": True}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--root", str(src))
    assert r.returncode == 0, r.stderr
    after = read(tmp_path / "post" / XLIFF12.name)
    first = after.segments[0]
    assert first.text == edited
    (g, x) = first.codes.target
    assert first.text[g.start : g.end] == "điểm trả xe đối tác" and x.start == len(first.text)
    before = read(XLIFF12)
    assert [s.codes for s in after.segments[1:]] == [s.codes for s in before.segments[1:]]
    assert [f[0] + f[3] for f in a110(after)] == [f[0] + f[3] for f in a110(before)]
    assert (src / XLIFF12.name).read_bytes() == XLIFF12.read_bytes()  # the user's file is untouched


@pytest.mark.parametrize("flags", ["#, fuzzy", ""])
def test_a_plain_text_record_has_no_codes(tmp_path: Path, flags: str) -> None:
    """Records of other formats carry no codes: A110's code check is skipped without a cost."""
    p = tmp_path / "a.po"
    p.write_text(f'msgid ""\nmsgstr ""\n\n{flags}\nmsgid "Open <b>Maps</b>"\nmsgstr "Mở Bản đồ"\n', encoding="utf-8")
    doc = read(p)
    assert doc.segments[0].codes is None
    [f] = run_rules(doc, [c() for c in select_rules(["A110"])], Settings())
    assert str(f.severity) == ("minor" if flags else "major")


def write(tmp_path: Path, name: str, body: str, v2: bool = False) -> Path:
    """An XLIFF file holding ``body`` (units) in ``tmp_path``."""
    head = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi"><file id="f">'
        if v2
        else '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="en" target-language="vi" datatype="plaintext"><body>'
    )
    tail = "</file></xliff>" if v2 else "</body></file></xliff>"
    p = tmp_path / name
    p.write_text(head + body + tail, encoding="utf-8")
    return p


def test_mrk_is_no_code_and_nested_codes_are_found(tmp_path: Path) -> None:
    """<mrk> marks text up for the tools (a term, a comment): not a code of the document; a code inside a <g>
    is found, with its place in the text."""
    p = write(
        tmp_path,
        "nested.xlf",
        '<trans-unit id="n"><source>See <g id="1">the <mrk mtype="term">Zeller</mrk> map<x id="2"/></g>.</source>'
        '<target>Xem <g id="1">bản đồ <mrk mtype="term">Zeller</mrk><x id="2"/></g>.</target></trans-unit>',
    )
    seg = read(p).segments[0]
    assert [(c.kind, seg.text[c.start : c.end]) for c in seg.codes.target] == [("g", "bản đồ Zeller"), ("x", "")]
    assert a110(read(p)) == []


def test_each_segment_of_an_xliff20_unit_has_its_own_codes(tmp_path: Path) -> None:
    """A code in another segment of the unit is not this segment's: nothing lost, nothing added."""
    p = write(
        tmp_path,
        "two.xlf",
        '<unit id="m"><segment id="s1"><source>Open <ph id="1" canDelete="no"/> now.</source>'
        '<target>Mở <ph id="1" canDelete="no"/> ngay.</target></segment>'
        '<segment id="s2"><source>Then close <ph id="2" canDelete="no"/>.</source>'
        "<target>Sau đó đóng lại.</target></segment></unit>",
        v2=True,
    )
    assert a110(read(p)) == [("m/s2", "major", "Sau đó đóng lại.", "not in the translation")]


def test_a_target_that_keeps_every_code_in_another_order_is_quiet(tmp_path: Path) -> None:
    """Standalone codes move with the words a translation reorders; a begin and its end stay in order."""
    p = write(
        tmp_path,
        "order.xlf",
        '<trans-unit id="q"><source>From <x id="1"/> to <x id="2"/>, <bpt id="3">[</bpt>Lyon<ept id="3">]</ept>'
        '</source><target><bpt id="3">[</bpt>Lyon<ept id="3">]</ept>: đến <x id="2"/> từ <x id="1"/>'
        "</target></trans-unit>",
    )
    assert a110(read(p)) == []


def test_a_placeholder_before_punctuation_is_no_space_before_it(tmp_path: Path) -> None:
    """F102: 'tầng <ph/>.' reads 'tầng .' once the placeholder is left out of the text; the document has the
    placeholder's value there. A space before a mark with no placeholder, or inside formatting, still fires."""
    p = write(
        tmp_path,
        "f102.xlf",
        '<trans-unit id="1"><source>Gate <x id="1"/>, row <x id="2"/>.</source>'
        '<target>Cổng <x id="1"/>, hàng <x id="2"/>.</target></trans-unit>'
        '<trans-unit id="2"><source>Gate <x id="3"/> opens at Kisumu.</source>'
        '<target>Cổng <x id="3"/> mở tại Kisumu .</target></trans-unit>'
        '<trans-unit id="3"><source>Ask <g id="4">Wanjiru</g>.</source>'
        '<target>Hỏi <g id="4">Wanjiru </g>.</target></trans-unit>',
    )
    found = run_rules(read(p), [c() for c in select_rules(["F102"])], Settings())
    assert [(f.record, f.text) for f in found] == [("2", " ."), ("3", " .")]


def test_a_pc_written_as_sc_and_ec_is_the_same_code(tmp_path: Path) -> None:
    """XLIFF 2.0 may write a paired code as <pc> on one side and <sc/>…<ec/> on the other: nothing is lost or
    added; the pair out of order still is."""
    p = write(
        tmp_path,
        "pc.xlf",
        '<unit id="a"><segment><source>Tap <pc id="1" canDelete="no">Book</pc> to pay.</source>'
        '<target>Nhấn <sc id="1" canDelete="no"/>Đặt<ec startRef="1" canDelete="no"/> để trả.</target></segment></unit>'
        '<unit id="b"><segment><source>Tap <pc id="2" canDelete="no">Book</pc> to pay.</source>'
        '<target>Nhấn <ec startRef="2" canDelete="no"/>Đặt<sc id="2" canDelete="no"/> để trả.</target></segment>'
        "</unit>",
        v2=True,
    )
    assert a110(read(p)) == [("b", "major", "Đặt", "comes before")]


def test_an_xliff12_code_may_be_repeated_unless_clone_says_no(tmp_path: Path) -> None:
    """XLIFF 1.2 lets a translation copy <g>, <x/>, <bx/>, <ex/> (their 'clone' defaults to yes); clone="no"
    forbids it, and codes without the attribute (<ph>, <bpt>) are not copied."""
    p = write(
        tmp_path,
        "clone.xlf",
        '<trans-unit id="a"><source>Tap<x id="1"/> to start.</source>'
        '<target>Chạm<x id="1"/> để bắt đầu<x id="1"/>.</target></trans-unit>'
        '<trans-unit id="b"><source>Tap<x id="1" clone="no"/> to start.</source>'
        '<target>Chạm<x id="1" clone="no"/> để bắt đầu<x id="1" clone="no"/>.</target></trans-unit>'
        '<trans-unit id="c"><source>Tap<ph id="1">&lt;br/&gt;</ph> to start.</source>'
        '<target>Chạm<ph id="1">&lt;br/&gt;</ph> để bắt đầu<ph id="1">&lt;br/&gt;</ph>.</target></trans-unit>',
    )
    assert [(r, what) for r, _, _, what in a110(read(p))] == [("b", "repeated"), ("c", "repeated")]


FIXED = 'canReorder="{}" canDelete="no" canCopy="no"'
FIRST, NEXT = FIXED.format("firstNo"), FIXED.format("no")


def test_a_can_reorder_sequence_keeps_its_order_and_stays_together(tmp_path: Path) -> None:
    """XLIFF 2.0 canReorder: a firstNo code and the no codes right after it stay in that order with no other
    code among them; the sequence may move as a whole and other codes move freely."""
    src = f'Pay <ph id="1" {FIRST}/><ph id="2" {NEXT}/> via <ph id="3"/> in Thimphu.'
    units = {
        "kept": f'Trả <ph id="1" {FIRST}/><ph id="2" {NEXT}/> qua <ph id="3"/> ở Thimphu.',
        "moved": f'Trả qua <ph id="3"/> ở Thimphu <ph id="1" {FIRST}/><ph id="2" {NEXT}/>.',
        "swapped": f'Trả <ph id="2" {NEXT}/> qua <ph id="1" {FIRST}/><ph id="3"/> ở Thimphu.',
        "split": f'Trả <ph id="1" {FIRST}/> qua <ph id="3"/><ph id="2" {NEXT}/> ở Thimphu.',
    }
    body = "".join(
        f'<unit id="{u}"><segment><source>{src}</source><target>{t}</target></segment></unit>' for u, t in units.items()
    )
    p = write(tmp_path, "reorder.xlf", body, v2=True)
    found = a110(read(p))
    assert [(r, sev, what) for r, sev, _, what in found] == [
        ("swapped", "major", "canReorder"),
        ("split", "major", "canReorder"),
    ]
    assert found[1][2] == " qua "  # the text between the sequence's first and last code


def test_a_can_reorder_sequence_keeps_its_nesting(tmp_path: Path) -> None:
    """A code of a sequence held by the sequence's <pc> in the source stays inside it; two sequences may
    change places and a free code may sit between them (the TC's withReorderedCodes.xlf, unit 5)."""
    inner_src = f'<pc id="1" {FIRST}>Tsering <ph id="2" {NEXT}/></pc> and <ph id="3"/>'
    body = (
        f'<unit id="in"><segment><source>{inner_src}</source>'
        f'<target><ph id="3"/> và <pc id="1" {FIRST}>Tsering <ph id="2" {NEXT}/></pc></target></segment></unit>'
        f'<unit id="out"><segment><source>{inner_src}</source>'
        f'<target><pc id="1" {FIRST}>Tsering</pc> <ph id="2" {NEXT}/> và <ph id="3"/></target></segment></unit>'
        '<unit id="two"><segment><source>'
        f'<ph id="a" {FIRST}/><ph id="b" {NEXT}/>Paro<ph id="c" {FIRST}/><ph id="d" {NEXT}/>Haa<ph id="e"/>'
        "</source><target>"
        f'<ph id="c" {FIRST}/><ph id="d" {NEXT}/>Haa<ph id="e"/>Paro<ph id="a" {FIRST}/><ph id="b" {NEXT}/>'
        "</target></segment></unit>"
    )
    p = write(tmp_path, "nesting.xlf", body, v2=True)
    assert [(r, what) for r, _, _, what in a110(read(p))] == [("out", "canReorder")]
    seg = read(p).segments[0]
    assert [(c.id, c.can_reorder, c.parent) for c in seg.codes.target] == [
        ("3", "yes", None),
        ("1", "firstNo", None),
        ("2", "no", ("pc", "1")),
    ]


def test_a_lost_code_of_a_sequence_is_said_once(tmp_path: Path) -> None:
    """A sequence's code the translation dropped is the lost-code finding, not also a broken sequence."""
    body = (
        f'<unit id="l"><segment><source>Call <ph id="1" {FIRST}/><ph id="2" {NEXT}/> in Punakha.</source>'
        f'<target>Gọi <ph id="1" {FIRST}/> ở Punakha.</target></segment></unit>'
    )
    p = write(tmp_path, "lost.xlf", body, v2=True)
    assert [what for _, _, _, what in a110(read(p))] == ["not in the translation"]
