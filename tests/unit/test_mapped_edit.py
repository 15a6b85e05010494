"""Post-edits written into PO, SRT and WebVTT text in place (audit.report.mapped_edit)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from audit.report.mapped_edit import MappedEditError, edit_mapped, po_escape, units_of


def texts(fmt: str, text: str) -> list[str]:
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    return [unicodedata.normalize("NFC", u.text) for u in units_of(fmt, lines, "x")]


def edit(fmt: str, text: str, changes: dict[int, str]) -> tuple[str, dict[int, str]]:
    before = texts(fmt, text)
    edits = [{"segment": k, "line": 1, "original": before[k], "text": new} for k, new in changes.items()]
    return edit_mapped(text, fmt, edits, "x")


def changed_lines(a: str, b: str) -> list[int]:
    la, lb = a.split("\n"), b.split("\n")
    assert len(la) == len(lb)
    return [i for i, (x, y) in enumerate(zip(la, lb, strict=True)) if x != y]


PO = (
    "# Bản dịch\n"
    'msgid ""\n'
    'msgstr "Language: vi\\n"\n'
    "\n"
    "#, c-format\n"
    'msgid "Delete \\"%s\\"?"\n'
    'msgstr "Xóa \\"%s\\" của của?"\n'
    "\n"
    'msgid ""\n'
    '"Line one\\n"\n'
    '"line two"\n'
    'msgstr ""\n'
    '"Dòng một một\\n"\n'
    '"dòng hai."\n'
)


def test_po_edit_changes_only_the_edited_characters() -> None:
    out, refused = edit("po", PO, {0: 'Xóa "%s" của?'})
    assert not refused
    assert changed_lines(PO, out) == [6]
    assert out.split("\n")[6] == 'msgstr "Xóa \\"%s\\" của?"'


def test_po_edit_escapes_the_new_text() -> None:
    out, _ = edit("po", PO, {0: 'Xóa tệp "%s"\tvà thư mục\\con?'})
    assert out.split("\n")[6] == 'msgstr "Xóa tệp \\"%s\\"\\tvà thư mục\\\\con?"'
    assert texts("po", out)[0] == 'Xóa tệp "%s"\tvà thư mục\\con?'


def test_po_edit_in_a_continued_string_keeps_its_layout() -> None:
    out, _ = edit("po", PO, {1: "Dòng một\ndòng hai."})
    assert changed_lines(PO, out) == [12]
    assert out.split("\n")[12] == '"Dòng một\\n"'
    # a change over the join of two strings goes into the first, and leaves the second line in place
    out, _ = edit("po", PO, {1: "Dòng một một – dòng hai."})
    assert out.split("\n")[11:14] == ['msgstr ""', '"Dòng một một – "', '"dòng hai."']
    assert texts("po", out)[1] == "Dòng một một – dòng hai."


def test_po_escape() -> None:
    assert po_escape('a"b\\c\nd\te\x01') == 'a\\"b\\\\c\\nd\\te\\001'


SRT = (
    "1\r\n00:00:01,000 --> 00:00:03,000\r\n<i>Chào mừng các bạn</i> đến với\r\nthành phố của của Huế.\r\n\r\n"
    "2\r\n00:00:04,000 --> 00:00:06,000\r\n{\\an8}Chúng ta đi đi thôi.\r\n"
)


def test_srt_edit_keeps_timing_tags_and_line_ends() -> None:
    out, refused = edit("srt", SRT, {0: "Chào mừng các bạn đến với\nthành phố Huế.", 1: "Chúng ta đi thôi."})
    assert not refused
    assert out.split("\r\n") == [
        "1",
        "00:00:01,000 --> 00:00:03,000",
        "<i>Chào mừng các bạn</i> đến với",
        "thành phố Huế.",
        "",
        "2",
        "00:00:04,000 --> 00:00:06,000",
        "{\\an8}Chúng ta đi thôi.",
        "",
    ]


def test_srt_line_break_moved_or_joined_with_the_file_line_end() -> None:
    out, _ = edit("srt", SRT, {0: "Chào mừng các bạn đến với thành phố\ncủa của Huế."})
    assert out.split("\r\n")[2:4] == ["<i>Chào mừng các bạn</i> đến với thành phố", "của của Huế."]
    out, _ = edit("srt", SRT, {0: "Chào mừng các bạn đến với thành phố Huế."})
    assert out.split("\r\n")[2:4] == ["<i>Chào mừng các bạn</i> đến với thành phố Huế.", ""]


def test_insertions_go_outside_tags_and_deletions_across_tags_keep_them() -> None:
    out, _ = edit("srt", SRT, {0: "Chào mừng các bạn thân mến đến với\nthành phố của của Huế."})
    assert out.split("\r\n")[2] == "<i>Chào mừng các bạn</i> thân mến đến với"
    out, _ = edit("srt", SRT, {0: "Chào mừng các\nthành phố của của Huế."})
    assert out.split("\r\n")[2] == "<i>Chào mừng các</i>"


def test_a_replacement_within_a_tag_stays_inside_it() -> None:
    out, refused = edit("srt", SRT, {0: "Xin chào quý vị đến với\nthành phố của của Huế."})
    assert not refused and out.split("\r\n")[2] == "<i>Xin chào quý vị</i> đến với"


def test_a_replacement_across_a_tag_is_refused_and_the_others_written() -> None:
    srt = SRT.replace("<i>Chào mừng các bạn</i> đến", "<i>Chào mừng các bạn</i>đến")  # a tag inside a word
    out, refused = edit("srt", srt, {0: "Chào mừng các tới với\nthành phố của của Huế.", 1: "Chúng ta đi thôi."})
    assert list(refused) == [0] and "crosses a tag" in refused[0]
    assert out.split("\r\n")[2] == "<i>Chào mừng các bạn</i>đến với"
    assert out.split("\r\n")[7] == "{\\an8}Chúng ta đi thôi."


@pytest.mark.parametrize("after", ["Chào mừng\n\nthành phố Huế.", "Chào mừng\n00:00:02,000 --> 00:00:03,000"])
def test_a_post_edit_that_would_break_the_cue_is_refused(after: str) -> None:
    out, refused = edit("srt", SRT, {0: after})
    assert out == SRT and list(refused) == [0]


VTT = "WEBVTT\n\nNOTE ghi chú\n\nc1\n00:01.000 --> 00:02.000 line:0\nTom &amp; Jerry chạy chạy.\n"


def test_vtt_edit_writes_character_references() -> None:
    out, _ = edit("vtt", VTT, {0: "Tom & Jerry <chạy> nhanh."})
    assert out.split("\n")[6] == "Tom &amp; Jerry &lt;chạy&gt; nhanh."
    assert out.split("\n")[:6] == VTT.split("\n")[:6]


def test_decomposed_text_is_edited_where_it_is() -> None:
    nfd = unicodedata.normalize("NFD", "Đà Nẵng đẹp đẹp lắm.")
    po = f'msgid "Da Nang"\nmsgstr "{nfd}"\n'
    out, _ = edit("po", po, {0: "Đà Nẵng đẹp lắm."})
    assert unicodedata.normalize("NFC", out.split("\n")[1]) == 'msgstr "Đà Nẵng đẹp lắm."'
    assert out.split("\n")[1].startswith('msgstr "' + unicodedata.normalize("NFD", "Đà Nẵng"))


def test_a_file_changed_since_the_audit_is_an_error() -> None:
    edits = [{"segment": 0, "line": 7, "original": "Một văn bản khác.", "text": "x"}]
    with pytest.raises(MappedEditError, match="x:7: the text there is not the audited segment"):
        edit_mapped(PO, "po", edits, "x")


def test_an_empty_plural_form_is_filled_inside_its_quotes() -> None:
    po = 'msgid "%d ticket"\nmsgid_plural "%d tickets"\nmsgstr[0] "%d vé"\nmsgstr[1] ""\n'
    out, refused = edit("po", po, {1: "%d vé"})
    assert not refused and out.split("\n")[3] == 'msgstr[1] "%d vé"'


@pytest.mark.parametrize("end", ["\r", "\r\r\n"])
def test_subtitle_line_ends_of_old_tools_are_kept(end: str) -> None:
    srt = end.join(["1", "00:00:01,000 --> 00:00:02,000", "Trời mưa mưa to.", "", "2", "00:00:03,000 --> 00:00:04,000"])
    srt += end + "Đi thôi." + end
    edits = [{"segment": 0, "line": 3, "original": "Trời mưa mưa to.", "text": "Trời mưa to."}]
    out, refused = edit_mapped(srt, "srt", edits, "x")
    assert not refused and out == srt.replace("mưa mưa", "mưa")


def test_srt_edit_keeps_an_arrow_in_the_text_but_not_a_timing() -> None:
    srt = "1\n00:00:01,000 --> 00:00:03,000\nTàu Hà Nội --> Vinh của của\n"
    out, refused = edit("srt", srt, {0: "Tàu Hà Nội --> Vinh"})
    assert not refused and out == "1\n00:00:01,000 --> 00:00:03,000\nTàu Hà Nội --> Vinh\n"
    _, refused = edit("srt", srt, {0: "Tàu Hà Nội\n00:00:02,000 --> 00:00:03,000"})
    assert "timing line" in refused[0]
    vtt = "WEBVTT\n\n00:01.000 --> 00:03.000\nTàu Hà Nội đi Vinh của của\n"
    _, refused = edit("vtt", vtt, {0: "Tàu Hà Nội --> Vinh"})  # WebVTT: any '-->' ends the cue text
    assert "timing line" in refused[0]


@pytest.mark.parametrize(
    "bom, enc", [(b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"), (b"\xef\xbb\xbf", "utf-8")]
)
def test_apply_keeps_the_byte_order_and_bom_of_a_subtitle_file(tmp_path: Path, bom: bytes, enc: str) -> None:
    """A UTF-16 big-endian SRT file (Windows 'Unicode big endian') was written back little-endian."""
    from audit.report.postedit.copies import post_edited

    text = "1\r\n00:00:01,000 --> 00:00:03,000\r\nNgười dân của của Huế.\r\n"
    src = tmp_path / "phim.srt"
    src.write_bytes(bom + text.encode(enc))
    edit = {"segment": 0, "line": 3, "original": "Người dân của của Huế.", "text": "Người dân của Huế."}
    data, refused = post_edited(src, "srt", [edit], {})
    assert not refused
    assert data == bom + text.replace("của của", "của").encode(enc)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_table_edit_keeps_the_line_end_and_finds_multiline_cells(tmp_path: Path, line_end: str) -> None:
    """audit apply on a table: the rows the reader read (line, text with LF inside) are found whatever
    the file's line end, and the copy keeps that line end, a new multi-line text included."""
    from audit.corpus import InputFile, ReadOptions, read_file
    from audit.report.postedit import edit_table

    text = line_end.join(["id,mt", 'q1,"Mưa ở Pleiku,' + line_end + 'nắng ở Kon Tum."', "q2,Gió mùa.."]) + line_end
    p = tmp_path / "weather.csv"
    p.write_bytes(text.encode())
    [doc] = read_file(InputFile(str(p), p.name), ReadOptions(), [])
    edits = [
        {"line": s.line, "original": s.text, "text": new}
        for s, new in zip(doc.segments, ["Mưa ở Pleiku,\nnắng gắt ở Kon Tum.", "Gió mùa."], strict=True)
    ]
    out = edit_table(text, edits, {}, ",", "weather.csv")
    want = line_end.join(["id,mt", 'q1,"Mưa ở Pleiku,' + line_end + 'nắng gắt ở Kon Tum."', "q2,Gió mùa."])
    assert out == want + line_end


@pytest.mark.parametrize("sep", ["\t", ","])
def test_table_edit_breaks_a_cell_as_the_file_does_excel_style(tmp_path: Path, sep: str) -> None:
    """Excel ends rows with CRLF but breaks a line inside a cell with LF: a post-edit's line break is written as
    the file's cells have it (no CR slipped into the translation), in the edited multi-line cell and in a cell
    that gains its first break, and the copy reads back as the post-edit."""
    from audit.corpus import InputFile, ReadOptions, read_file
    from audit.report.postedit import edit_table

    rows = [
        ["id", "src", "mt"],
        ["n1", "Ferry to Bodø.\nDaily at 7.", "Phà đi Bodø.\nHằng ngày lúc 7 giờ."],
        ["n2", "Keep your ticket.", "Giữ vé của bạn.."],
    ]
    cell = lambda c: f'"{c}"' if "\n" in c else c  # noqa: E731
    text = "\ufeff" + "\r\n".join(sep.join(cell(c) for c in r) for r in rows) + "\r\n"
    p = tmp_path / ("ferry.tsv" if sep == "\t" else "ferry.csv")
    p.write_bytes(text.encode())
    [doc] = read_file(InputFile(str(p), p.name), ReadOptions(), [])
    new = ["Phà đi Bodø.\nKhởi hành hằng ngày lúc 7 giờ.", "Giữ vé.\nĐừng làm mất vé."]
    edits = [{"line": s.line, "original": s.text, "text": t} for s, t in zip(doc.segments, new, strict=True)]
    out = edit_table(text, edits, {}, sep, p.name)
    assert out.count("\r\n") == 3 and out.count("\n") == 6  # three row ends; a break in n1's two cells, in n2's mt
    assert f'{sep}"Giữ vé.\nĐừng làm mất vé."\r\n' in out
    p.write_bytes(out.encode())
    assert [s.text for s in read_file(InputFile(str(p), p.name), ReadOptions(), [])[0].segments] == new
