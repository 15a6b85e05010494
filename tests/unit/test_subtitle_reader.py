"""The SRT and WebVTT readers: cue text as segments, markup and timing left out, positions and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.corpus import InputError, InputFile, ReadOptions, read_file
from audit.corpus.subtitles import parse_subtitles
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
SRT = DATA / "cho-noi.srt"
VTT = DATA / "bai-giang.vtt"


def read(path: Path, errors: list[InputError] | None = None) -> list[Document]:
    return read_file(InputFile(str(path), path.name), ReadOptions(), errors if errors is not None else [])


def write(tmp_path: Path, text: str, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def findings(doc: Document) -> list[Finding]:
    return run_rules(doc, [cls() for cls in select_rules(None, None)], Settings())


def raw_lines(path: Path) -> list[str]:
    return [line.rstrip("\r") for line in path.read_text(encoding="utf-8").split("\n")]


def test_srt_cues_are_segments_without_numbers_timings_or_tags() -> None:
    (doc,) = read(SRT)
    assert doc.format == "srt"
    assert [s.text for s in doc.segments][:2] == [
        "Chào mừng các bạn đến với\nthành phố Cần Thơ.",
        "Chợ nổi Cái Răng họp từ từ\nlúc năm giờ sáng.",
    ]
    assert not any("-->" in s.text or "<" in s.text or "{" in s.text for s in doc.segments)
    assert all(s.source is None and s.record is None for s in doc.segments)  # target only


def test_vtt_skips_header_note_style_ids_and_settings_and_decodes_references() -> None:
    (doc,) = read(VTT)
    texts = [s.text for s in doc.segments]
    assert len(texts) == 4
    assert texts[0] == "Xin chào, hôm nay chúng ta nói về\nlịch sử cây cà phê ở Tây Nguyên."  # <v Giảng viên> dropped
    assert texts[2] == "Ngày nay, Buôn Ma Thuột là thủ phủ & trung tâm\ncủa của ngành cà phê."
    assert not any(w in t for t in texts for w in ("WEBVTT", "NOTE", "::cue", "mo-dau", "align:", "Giảng viên"))


@pytest.mark.parametrize("path", [SRT, VTT])
def test_each_character_points_at_itself_in_the_file(path: Path) -> None:
    (doc,) = read(path)
    lines = raw_lines(path)
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            line, column = seg.locate(i)
            if ch == "\n":
                assert column == len(lines[line - 1]) + 1  # the end of the line it breaks
            elif ch == "&":
                assert lines[line - 1][column - 1 :].startswith("&amp;")
            else:
                assert lines[line - 1][column - 1] == ch


def test_findings_on_a_cue_second_line_point_past_its_tags() -> None:
    (srt,) = read(SRT)
    f = next(f for f in findings(srt) if f.rule == "F101")
    assert (f.line, f.column) == (19, 31)  # "- <b>Khóm và xoài</b> ngon lắm..": after <b> and </b>
    (vtt,) = read(VTT)
    f = next(f for f in findings(vtt) if f.rule == "F111")
    assert (f.line, f.column, f.text) == (21, 1, "của của")
    f = next(f for f in findings(vtt) if f.rule == "F102")  # after <c.nhan-manh>…</c>
    assert raw_lines(VTT)[f.line - 1][f.column - 1 : f.column + 1] == " ."


def test_a_sentence_over_two_cue_lines_is_read_whole(tmp_path: Path) -> None:
    p = write(tmp_path, "1\n00:00:01,000 --> 00:00:03,000\nHai bên đã ký nhiều văn bản\nhợp tác quan trọng.\n", "x.srt")
    (doc,) = read(p)
    assert len(doc.segments) == 1
    assert not findings(doc)  # the second line's lowercase start is no cut sentence


def test_ass_codes_and_font_tags_keep_columns(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        '7\n00:01:00,000 --> 00:01:02,000\n{\\an8}<font color="#ffff00">Cảnh báo:</font> đường trơn trơn ,\n',
        "x.srt",
    )
    (doc,) = read(p)
    assert doc.segments[0].text == "Cảnh báo: đường trơn trơn ,"
    f = next(f for f in findings(doc) if f.rule == "F102")
    assert raw_lines(p)[f.line - 1][f.column - 1 :] == " ,"


def test_srt_without_cue_numbers_and_with_dot_milliseconds(tmp_path: Path) -> None:
    text = "00:00:01.000 --> 00:00:02.000\nXin chào.\n\n00:00:03.000 --> 00:00:04.000\nTạm biệt.\n"
    p = write(tmp_path, text, "x.srt")
    (doc,) = read(p)
    assert [s.text for s in doc.segments] == ["Xin chào.", "Tạm biệt."]


SECOND_SRT_CUE = "\n\n2\n00:00:08,000 --> 00:00:09,000\nHai.\n"


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("a.srt", "1\n00:00:01,000 --> 00:00:61,000\nMột." + SECOND_SRT_CUE, 2, "up to 59"),
        ("b.srt", "1\n00:00:01,000 -> 00:00:02,000\nMột." + SECOND_SRT_CUE, 2, "malformed"),
        ("c.srt", "1\n00:00:01,00 --> 00:00:02,000\nMột." + SECOND_SRT_CUE, 2, "malformed"),
        ("d.srt", "1\n00:00:05,000 --> 00:00:02,000\nMột." + SECOND_SRT_CUE, 2, "ends before"),
        ("g.srt", "1\nMột.\n" + SECOND_SRT_CUE, 2, "cue number 1 is followed by 'Một.', not a timing line"),
        ("e.vtt", "WEBVTT\n\n00:01,000 --> 00:02.000\nMột.\n\n00:03.000 --> 00:04.000\nHai.\n", 3, "malformed"),
        ("f.vtt", "WEBVTT\n\nid-1\nMột.\n\n00:03.000 --> 00:04.000\nHai.\n", 3, "no timing line"),
    ],
)
def test_malformed_timing_names_file_and_line_and_the_rest_is_read(
    tmp_path: Path, name: str, text: str, line: int, words: str
) -> None:
    p = write(tmp_path, text, name)
    errors: list[InputError] = []
    (doc,) = read(p, errors)
    assert [s.text for s in doc.segments] == ["Hai."]
    (e,) = errors
    assert e.path == str(p) and e.line == line and words in e.message


def test_a_vtt_file_must_start_with_webvtt(tmp_path: Path) -> None:
    p = write(tmp_path, "1\n00:00:01.000 --> 00:00:02.000\nMột.\n", "x.vtt")
    with pytest.raises(InputError, match="first line must be WEBVTT") as e:
        read(p)
    assert e.value.line == 1


CARRIED = (
    "1\n00:00:01,000 --> 00:00:04,000\n<i>Chúng tôi phải vượt qua con đèo này trước khi trời tối và</i>\n\n"
    "2\n00:00:04,500 --> 00:00:06,000\n<i>{next}</i>\n"
)


def test_a_sentence_carried_on_in_the_next_cue_is_not_cut(tmp_path: Path) -> None:
    (doc,) = read(write(tmp_path, CARRIED.format(next="trước khi tuyết rơi dày."), "x.srt"))
    assert not [f for f in findings(doc) if f.rule == "F107"]


def test_a_cue_cut_on_a_conjunction_before_a_new_sentence_is_flagged(tmp_path: Path) -> None:
    (doc,) = read(write(tmp_path, CARRIED.format(next="Sáng mai chúng ta lên đường."), "x.srt"))
    (f,) = [f for f in findings(doc) if f.rule == "F107"]
    assert (f.line, f.column, f.text) == (3, 59, "và")  # after "<i>"


def test_cues_written_without_a_blank_line_between_them_are_apart(tmp_path: Path) -> None:
    srt = "1\n00:00:01,000 --> 00:00:02,000\nMột.\n2\n00:00:03,000 --> 00:00:04,000\nHai.\n"
    (doc,) = read(write(tmp_path, srt, "x.srt"))
    assert [(s.text, s.line) for s in doc.segments] == [("Một.", 3), ("Hai.", 6)]
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nMột.\n00:03.000 --> 00:04.000\nHai.\n"
    (doc,) = read(write(tmp_path, vtt, "x.vtt"))
    assert [(s.text, s.line) for s in doc.segments] == [("Một.", 4), ("Hai.", 6)]


def test_classic_mac_line_ends(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "1\r00:00:01,000 --> 00:00:02,000\rMột hai\rba bốn.\r\r2\r00:00:03,000 --> 00:00:04,000\rNăm.\r",
        "x.srt",
    )
    (doc,) = read(p)
    assert [(s.text, s.line) for s in doc.segments] == [("Một hai\nba bốn.", 3), ("Năm.", 8)]


def test_srt_text_with_an_arrow_is_text() -> None:
    """A cue line 'Hà Nội --> Huế' is text (players read it so); only a line starting like a timestamp is a timing."""
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nChuyến tàu Hà Nội --> Huế\nkhởi hành lúc 6 giờ.\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nHành khách xuống ga.\n"
        "3\n00:00:06,500 --> 00:00:08,000\nTàu chạy tiếp.\n"
    )
    errors: list[InputError] = []
    cues = parse_subtitles(text.split("\n"), "x.srt", False, errors)
    assert not errors
    assert [c.text.text for c in cues] == [
        "Chuyến tàu Hà Nội --> Huế\nkhởi hành lúc 6 giờ.",
        "Hành khách xuống ga.",
        "Tàu chạy tiếp.",
    ]


def test_a_glued_cue_with_a_dotted_timing_is_still_cut_and_named() -> None:
    errors: list[InputError] = []
    text = "1\n00:00:01,000 --> 00:00:02,000\nMưa lớn.\n2\n00.00.02,000 --> 00.00.03,000\nGió mạnh.\n"
    cues = parse_subtitles(text.split("\n"), "x.srt", False, errors)
    assert [c.text.text for c in cues] == ["Mưa lớn."]
    assert [(e.line, "malformed timing line" in e.message) for e in errors] == [(5, True)]


def test_a_webvtt_timing_without_spaces_round_the_arrow_is_read() -> None:
    """The WebVTT parser skips whitespace round '-->' when there is some, and reads a timing without (browsers do)."""
    errors: list[InputError] = []
    text = "WEBVTT\n\n00:01.000-->00:02.500\nTrời mưa.\n\n00:03.000 -->\t00:04.000 align:start\nGió mạnh.\n"
    cues = parse_subtitles(text.split("\n"), "x.vtt", True, errors)
    assert [c.text.text for c in cues] == ["Trời mưa.", "Gió mạnh."] and not errors
