"""Post-edits written into XLIFF target content: text changes, inline markup stays, unsafe edits refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from lxml import etree

from audit.corpus.xliff import target_text
from audit.report.xliff_edit import Refused, edit_content, tokenize


def reader_text(raw: str) -> str:
    """What the XLIFF reader makes of a target with this content (NFC)."""
    el = etree.fromstring(f'<target xmlns="urn:oasis:names:tc:xliff:document:1.2">{raw}</target>'.encode())
    return unicodedata.normalize("NFC", target_text(el))


@pytest.mark.parametrize(
    ("raw", "after", "expected"),
    [
        # a word inserted where markup meets text goes outside the inline element
        (
            'Giá cổ phiếu <pc id="1">tăng</pc> vọt.',
            "Giá cổ phiếu đã tăng vọt.",
            'Giá cổ phiếu đã <pc id="1">tăng</pc> vọt.',
        ),
        # a word replaced inside an inline element stays inside it
        (
            "Đến <mrk mtype='term'>Ljubljana</mrk> hôm qua.",
            "Đến Zagreb hôm qua.",
            "Đến <mrk mtype='term'>Zagreb</mrk> hôm qua.",
        ),
        # an escaped character replaced; the markup after it untouched
        (
            'Mía &amp; đường <g id="2">Quảng Ngãi</g>.',
            "Mía và đường Quảng Ngãi.",
            'Mía và đường <g id="2">Quảng Ngãi</g>.',
        ),
        # new text that needs escaping
        ("Lãi suất 5 phần trăm.", "Lãi suất < 5% & ổn định.", "Lãi suất &lt; 5% &amp; ổn định."),
        # appended at the end of a target wrapped in one element: after it (outside)
        ("<g id='1'>Tin vắn</g>", "Tin vắn Montevideo", "<g id='1'>Tin vắn</g> Montevideo"),
        # a placeholder and 1.2 native code are never touched; the double period fixed
        ("Xem <ph id='1'>&lt;br/&gt;</ph>trang 4..", "Xem trang 4.", "Xem <ph id='1'>&lt;br/&gt;</ph>trang 4."),
        ("Bảng<x id='3'/> số liệu..", "Bảng số liệu.", "Bảng<x id='3'/> số liệu."),
        # CDATA keeps being CDATA
        ("Mã <![CDATA[<b>cũ</b>]]> đã đổi", "Mã <b>mới</b> đã đổi", "Mã <![CDATA[<b>mới</b>]]> đã đổi"),
        # a deletion across an element: the text goes, the tags stay
        ('Đoàn <g id="1">đại biểu</g> Peru tới.', "Đoàn Peru tới.", 'Đoàn<g id="1"></g> Peru tới.'),
        # a deletion that would cross a tag is made beside it when that leaves the same text: the space after
        # the words deleted with them stays outside the formatting ('cửa</g> tại', not 'cửa </g>tại')
        (
            'Hội chợ <g id="2">mở cửa hôm nay</g> tại Cần Thơ.',
            "Hội chợ mở cửa tại Cần Thơ.",
            'Hội chợ <g id="2">mở cửa</g> tại Cần Thơ.',
        ),
        (
            "Đoàn từ <bpt id='3'>&lt;em&gt;</bpt>mười người trở lên<ept id='3'>&lt;/em&gt;</ept> được giảm giá.",
            "Đoàn từ mười người được giảm giá.",
            "Đoàn từ <bpt id='3'>&lt;em&gt;</bpt>mười người<ept id='3'>&lt;/em&gt;</ept> được giảm giá.",
        ),
        # ... but never by emptying an element: the words it formats stay in it (a repeated name, a link)
        (
            'Thư gửi bà <g id="4">Lindqvist </g>Lindqvist.',
            "Thư gửi bà Lindqvist.",
            'Thư gửi bà <g id="4">Lindqvist</g>.',
        ),
        (
            'Đại diện<pc id="5"> Tromsø</pc> Tromsø phát biểu.',
            "Đại diện Tromsø phát biểu.",
            'Đại diện<pc id="5"> Tromsø</pc> phát biểu.',
        ),
        # a character reference and a comment stay as they are
        ("Lúc&#160;9 giờ <!-- ghi chú -->sáng..", "Lúc\u00a09 giờ sáng.", "Lúc&#160;9 giờ <!-- ghi chú -->sáng."),
        # CRLF inside a target is one newline of text
        ("Dòng một\r\nDòng hai..", "Dòng một\nDòng hai.", "Dòng một\r\nDòng hai."),
    ],
)
def test_edit_keeps_markup(raw: str, after: str, expected: str) -> None:
    out = edit_content(raw, reader_text(raw), after)
    assert out == expected
    assert reader_text(out) == after


def test_decomposed_text_is_edited_where_it_is() -> None:
    raw = unicodedata.normalize("NFD", "Hồ sơ <g id='1'>mật</g> của Montenegro")
    out = edit_content(raw, reader_text(raw), "Hồ sơ mật của Serbia")
    assert out.startswith(raw[: raw.index("Montenegro")]) and out.endswith("Serbia")
    assert reader_text(out) == "Hồ sơ mật của Serbia"


@pytest.mark.parametrize(
    ("raw", "after", "why"),
    [
        ('Hai <g id="1">phái đoàn</g> các nước.', "Hai nhóm nước.", "crosses inline markup"),
        ("Sân bay <pc id='1'>Tân</pc> Sơn Nhất", "Sân bay Nội-Bài", "crosses inline markup"),
        ("Tin &amp; ảnh", "Tin & ảnh", None),  # fine: no markup crossed (checked below)
    ],
)
def test_edit_across_an_element_boundary_is_refused(raw: str, after: str, why: str | None) -> None:
    if why is None:
        assert reader_text(edit_content(raw, reader_text(raw), after)) == after
        return
    with pytest.raises(Refused) as e:
        edit_content(raw, reader_text(raw), after)
    assert why in str(e.value)


def test_text_that_is_not_the_audited_text_is_refused() -> None:
    with pytest.raises(Refused, match="not the audited text"):
        edit_content("Trời mưa.", "Trời nắng.", "Trời nắng to.")


def test_tokenize_matches_the_reader() -> None:
    raw = "A <g id='1' ctype=\"x-a>b\">b&lt;c</g><ph id='2'>{0}</ph> <![CDATA[d]]>&#x1F600;e<!-- n -->f<?pi x?>"
    assert unicodedata.normalize("NFC", tokenize(raw).text) == reader_text(raw)
    assert "".join(tokenize(raw).markup) == "<g id='1' ctype=\"x-a>b\"></g><ph id='2'>{0}</ph><!-- n --><?pi x?>"


XLF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    "<file original='a' source-language='en' target-language='vi' datatype='plaintext'><body>"
    "<trans-unit id='x'><source>One.</source><target>Một..</target></trans-unit>"
    "<trans-unit id='x'><source>Two.</source><target>Hai..</target></trans-unit>"
    "</body></file></xliff>"
)


def test_repeated_unit_ids_are_told_apart_by_position() -> None:
    from audit.report.xliff_edit import edit_xliff

    edit = {"record": "x", "segment": 1, "line": 1, "original": "Hai..", "text": "Hai."}
    assert edit_xliff(XLF.encode(), [edit], "a.xlf").data == XLF.replace("Hai..", "Hai.").encode()


def test_a_refused_edit_names_its_own_segment_when_ids_repeat() -> None:
    """Two units with one id: the first edit is refused (its text is not the audited text), the second is
    written, and only the first is reported refused."""
    from audit.report.xliff_edit import edit_xliff

    stale = {"record": "x", "segment": 0, "line": 1, "original": "Khác hẳn", "text": "Một."}
    good = {"record": "x", "segment": 1, "line": 1, "original": "Hai..", "text": "Hai."}
    result = edit_xliff(XLF.encode(), [stale, good], "a.xlf")
    assert result.data == XLF.replace("Hai..", "Hai.").encode()
    assert list(result.refused) == [0]


def test_utf16_files_are_not_edited() -> None:
    from audit.report.xliff_edit import EditError, edit_xliff

    edit = {"record": "x", "segment": 0, "line": 1, "original": "Một..", "text": "Một."}
    with pytest.raises(EditError, match="UTF-16"):
        edit_xliff(XLF.replace("UTF-8", "UTF-16").encode("utf-16"), [edit], "a.xlf")


def test_a_refusal_shows_whole_words() -> None:
    """The refused edit is named by whole words ('Mã Lai Tây Á' → 'Malaysia'), not by the characters a diff
    leaves after their shared first letter."""
    from audit.report.xliff_edit import edit_xliff

    xlf = XLF.replace("<target>Một..</target>", "<target>Hội nghị ở <g id='1'>Mã Lai</g> Tây Á.</target>")
    edit = {
        "record": "x",
        "segment": 0,
        "line": 1,
        "original": "Hội nghị ở Mã Lai Tây Á.",
        "text": "Hội nghị ở Malaysia.",
    }
    assert edit_xliff(xlf.encode(), [edit], "a.xlf").refused == {
        0: "the edit 'Mã Lai Tây Á' → 'Malaysia' crosses inline markup"
    }


def test_a_windows_1258_file_gets_its_post_edit_in_windows_1258_letters(tmp_path: Path) -> None:
    """Letters Windows-1258 has no single code for ('ể', 'ộ', 'ý') are written as it writes them, a base letter
    and a tone mark, not as character references; the reader reads the post-edit back."""
    import shutil
    import subprocess

    from audit.corpus import InputFile, ReadOptions, read_file
    from audit.report.xliff_edit import edit_xliff

    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed")
    mt = "Bà Hoàng Thị Lụa nói chuyện với Hội đồng tỉnh Bến Tre."
    post = "Bà Hoàng Thị Lụa phát biểu ý kiến ở Hội đồng tỉnh Bến Tre về dự án ven biển."
    xlf = XLF.replace("UTF-8", "windows-1258").replace("Một..", mt)
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "WINDOWS-1258"], input=xlf.encode(), capture_output=True)
    edit = {"record": "x", "segment": 0, "line": 1, "original": mt, "text": post}
    result = edit_xliff(data.stdout, [edit], "a.xlf")
    assert not result.refused and b"&#" not in result.data
    assert "ể".encode("cp1258", "replace") == b"?" and b"bi\xea\xd2u" in result.data  # ê + hook above
    p = tmp_path / "a.xlf"
    p.write_bytes(result.data)
    doc = read_file(InputFile(str(p), "a.xlf"), ReadOptions(), [])[0]
    assert [s.text for s in doc.segments] == [post, "Hai.."]
