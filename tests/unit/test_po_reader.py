"""The gettext PO reader: msgstr text, sources, plural forms, flags, file positions and errors."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from audit.corpus import InputError, InputFile, ReadOptions, discover, read_file
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
PO = DATA / "ung-dung.vi.po"


def read(path: Path, errors: list[InputError] | None = None) -> Document:
    docs = read_file(InputFile(str(path), path.name), ReadOptions(), errors if errors is not None else [])
    assert len(docs) == 1
    return docs[0]


def write(tmp_path: Path, text: str, name: str = "x.po") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def audit_document(doc: Document) -> list[Finding]:
    """Findings of every rule on ``doc``."""
    return run_rules(doc, [cls() for cls in select_rules(None, None)], Settings())


def at(path: Path, line: int, column: int, n: int) -> str:
    """``n`` characters of ``path`` from 1-based ``line`` and ``column``."""
    row = path.read_text(encoding="utf-8").split("\n")[line - 1]
    return row[column - 1 : column - 1 + n]


def test_reads_msgstr_with_msgid_as_source_and_skips_header_untranslated_obsolete() -> None:
    doc = read(PO)
    assert doc.format == "po" and doc.title == "so-tay-du-lich 2.4"
    texts = [s.text for s in doc.segments]
    assert texts[0] == "Sổ Tay Du Lịch" and doc.segments[0].source == "Travel Notebook"
    assert not any("Project-Id-Version" in t for t in texts)  # the header entry
    assert not any("Tính năng cũ" in t for t in texts)  # #~ obsolete
    assert "Show nearby hotels" not in [s.source for s in doc.segments]  # msgstr "" untranslated
    assert not any(t.startswith(("menu", "src/")) for t in texts)  # msgctxt and comments are not text
    assert all(s.record is None for s in doc.segments)  # file positions, as in plain text


def test_escapes_and_continued_strings_are_decoded() -> None:
    doc = read(PO)
    by_source = {s.source: s for s in doc.segments}
    assert by_source['Delete the trip "%s"?'].text == 'Xóa chuyến đi "%s" của của?'
    assert by_source["Tip:\tpress Ctrl+S to save."].text == "Mẹo:\tnhấn Ctrl+S để lưu."
    continued = next(s for s in doc.segments if s.source and s.source.startswith("Plan your route"))
    assert continued.text.split("\n") == [
        "Hãy lên kế hoạch lộ trình trước khi khởi hành.",
        "Hãy kiểm tra thời tiết ở Kraków và Gdańsk mỗi ngày .",
    ]


def test_flags_go_with_the_segment() -> None:
    doc = read(PO)
    fuzzy = [s for s in doc.segments if "fuzzy" in s.flags]
    assert [s.source for s in fuzzy] == ["The trip was saved to your account."]
    assert read(PO).segments[2].flags == ("c-format",)
    assert doc.segments[0].flags == ()


def test_every_character_points_at_its_place_in_the_file() -> None:
    doc = read(PO)
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            line, column = seg.locate(i)
            raw = at(PO, line, column, 2)
            if ch in '"\\\t\n':
                assert raw == {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n"}[ch]
            else:
                assert raw[0] == ch, (seg.text, i)


def test_findings_point_at_the_physical_line_of_a_continued_string() -> None:
    findings = audit_document(read(PO))
    spaced = next(f for f in findings if f.rule == "F102")
    assert (spaced.line, spaced.column) == (40, 52)
    assert at(PO, spaced.line, spaced.column, len(spaced.text)) == spaced.text
    doubled = next(f for f in findings if f.rule == "F111")  # after the escaped quotes on its line
    assert at(PO, doubled.line, doubled.column, len(doubled.text)) == "của của"
    assert doubled.offset == doubled.start


def test_plural_forms_are_segments_with_their_sources(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        'msgid "%d ticket"\nmsgid_plural "%d tickets"\nmsgstr[0] "%d vé"\nmsgstr[1] ""\n\n'
        'msgid "one bag"\nmsgid_plural "%d bags"\nmsgstr[0] "%d túi"\n',
    )
    doc = read(p)
    assert [(s.text, s.source) for s in doc.segments] == [
        ("%d vé", "%d ticket"),
        ("", "%d tickets"),  # a missing form of a translated entry is kept (an empty translation)
        ("%d túi", "%d bags"),  # one form (nplurals=1): it stands for every count
    ]
    assert (doc.segments[1].line, doc.segments[1].column) == (4, 12)
    assert [f.rule for f in audit_document(doc)] == ["A108"]


def test_octal_and_hex_escapes_are_utf8_bytes(tmp_path: Path) -> None:
    p = write(tmp_path, 'msgid "Hue"\nmsgstr "Hu\\341\\272\\277 \\x41"\n')
    seg = read(p).segments[0]
    assert seg.text == "Huế A"
    assert seg.locate(2) == (2, 11) and seg.locate(4) == (2, 24)


def test_decomposed_text_keeps_original_columns(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Đà Nẵng của của")
    p = write(tmp_path, f'msgid "Da Nang"\nmsgstr "{nfd}"\n')
    doc = read(p)
    assert doc.segments[0].text == "Đà Nẵng của của"
    f = next(f for f in audit_document(doc) if f.rule == "F111")
    row = p.read_text(encoding="utf-8").split("\n")[f.line - 1]
    assert f.column == row.index(unicodedata.normalize("NFD", "của")) + 1  # in the decomposed line
    assert unicodedata.normalize("NFC", row[f.column - 1 :]) == 'của của"'


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('msgid "Open"\nmsgstr "Mở\n', 2, "unterminated string"),
        ('msgid "a"\nmsgstr "b"\n\nmsgstr "c"\n', 4, "msgstr without a msgid"),
        ('msgid "Tab"\nmsgstr "Thẻ\\q"\n', 2, "invalid escape '\\\\q' at column 12"),
        ('msgid "Save"\n\nmsgid "Open"\nmsgstr "Mở"\n', 1, "msgid without a msgstr"),
        ('msgid "Save"\n# a comment\nmsgstr "Lưu"\n', 1, "msgid without a msgstr"),
        ('msgid "a"\nmsgstr[0] "b"\n', 2, "msgstr[0] in an entry without msgid_plural"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n', 3, "msgstr[1] where msgstr[0] comes"),
        ('msgid "a"\nmsgstr "b" x\n', 2, "unexpected text after a string"),
        ('msgid "a"\nmsgstrr "b"\n', 2, "unknown keyword 'msgstrr'"),
        ('msgid "a"\nmsgstr\n\nmsgid "b"\nmsgstr "c"\n', 2, "msgstr without a string"),
        ('"a"\nmsgid "a"\nmsgstr "b"\n', 1, "a string with no keyword"),
        ('msgid "x"\nmsgstr "\\xc3"\n', 2, "are not UTF-8"),
    ],
)
def test_malformed_po_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    p = write(tmp_path, text)
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.path == str(p) and e.value.line == line
    assert words in e.value.message


def test_a_catalogue_without_translations_is_an_input_error(tmp_path: Path) -> None:
    p = write(tmp_path, 'msgid ""\nmsgstr "Language: vi\\n"\n\nmsgid "Open"\nmsgstr ""\n')
    with pytest.raises(InputError, match="no translated entries"):
        read(p)


def test_templates_are_read_by_name_only(tmp_path: Path) -> None:
    template = write(tmp_path, 'msgid "Open"\nmsgstr ""\n', "app.pot")
    write(tmp_path, 'msgid "Open"\nmsgstr "Mở"\n', "vi.po")
    errors: list[InputError] = []
    assert [f.doc for f in discover([str(tmp_path)], errors)] == ["vi.po"] and not errors
    with pytest.raises(InputError, match=r"template \(\.pot\) holds no translations"):
        read(template)


def test_a_domain_directive_separates_entries(tmp_path: Path) -> None:
    p = write(tmp_path, 'domain "app"\nmsgid "Open"\nmsgstr "Mở"\ndomain "help"\nmsgid "Close"\nmsgstr "Đóng"\n')
    assert [s.text for s in read(p).segments] == ["Mở", "Đóng"]


def test_a_file_forced_through_the_wrong_reader_says_what_it_looks_like(tmp_path: Path) -> None:
    srt = write(tmp_path, "1\n00:00:01,000 --> 00:00:02,000\nXin chào.\n", "phim.srt")
    with pytest.raises(InputError, match="looks like SubRip, not PO"):
        read_file(InputFile(str(srt), srt.name), ReadOptions(format="po"), [])
    with pytest.raises(InputError, match=r"not JSON lines.*the file looks like PO$"):
        read_file(InputFile(str(PO), PO.name), ReadOptions(format="jsonl"), [])
    with pytest.raises(InputError, match="looks like SubRip, not WebVTT"):
        read_file(InputFile(str(srt), srt.name), ReadOptions(format="vtt"), [])


def test_an_obsolete_entry_keeps_its_flags(tmp_path: Path) -> None:
    p = write(tmp_path, '#, fuzzy\n#~ msgid "Old"\n#~ msgstr "Cũ"\n\nmsgid "New"\nmsgstr "Mới"\n')
    assert [(s.text, s.flags) for s in read(p).segments] == [("Mới", ())]


def test_a_msgid_at_the_end_of_the_file_without_msgstr(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"msgid without a msgstr after it \(the file ends\)") as e:
        read(write(tmp_path, 'msgid "Open"\nmsgstr "Mở"\n\nmsgid "Close"\n'))
    assert e.value.line == 4


def test_a_legacy_encoded_catalogue_names_the_conversion(tmp_path: Path) -> None:
    p = tmp_path / "fr.po"
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
    p.write_bytes((header + 'msgid "Open"\nmsgstr "Ouvrir le fichier récent"\n').encode("latin-1"))
    with pytest.raises(InputError, match=r"not UTF-8.*msgconv -t UTF-8 .*fr\.po\.orig -o .*fr\.po$") as e:
        read(p)
    assert e.value.line == 5


def test_spaces_that_line_up_columns_like_the_source_are_not_doubled_spaces(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        '#, c-format\nmsgid "  Tracks:      %s\\n"\nmsgstr "  Bài hát:     %s\\n"\n\n'
        'msgid "Delete the playlist"\nmsgstr "Xóa  danh sách phát"\n',
    )
    found = [(f.rule, f.line) for f in audit_document(read(p)) if f.rule == "F110"]
    assert found == [("F110", 6)]  # the second entry's source has single spaces


_CONTEXTS = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "toolbar"
msgid "Print"
msgstr "In"

msgctxt "photo caption"
msgid "Print"
msgstr "Bản in"

msgctxt "toolbar"
msgid "PRINT"
msgstr "In ấn"

msgctxt "verb"
msgid "Post"
msgstr "Đăng"

msgctxt "noun"
msgid "Post"
msgstr "Bài viết"

msgctxt "menu"
msgid "Help center"
msgstr "Trung tâm hỗ trợ"

msgctxt "footer"
msgid "Help center"
msgstr "Trung tâm hỗ trợ khách hàng"

msgctxt "menu"
msgid "Order history"
msgstr "Lịch sử đơn hàng"

msgctxt "page title"
msgid "Order history"
msgstr "Lịch sử mua hàng"

msgid "Save draft"
msgstr "Lưu bản nháp"

msgid "save draft"
msgstr "Ghi nháp"
"""


def test_msgctxt_goes_with_the_segment(tmp_path: Path) -> None:
    doc = read(write(tmp_path, _CONTEXTS))
    contexts = [s.context for s in doc.segments]
    assert (
        contexts
        == ["toolbar", "photo caption", "toolbar", "verb", "noun", "menu", "footer", "menu", "page title"] + [None] * 2
    )


def test_inconsistent_translation_keeps_contexts_apart(tmp_path: Path) -> None:
    """gettext keys a string by msgctxt and msgid: 'Print' on a toolbar and under a photo, 'Post' a verb and a noun,
    are different strings (quiet), and a context may lengthen a translation ('Trung tâm hỗ trợ khách hàng'); one
    msgid twice in one context (case aside), or twice without one, is compared; across two contexts only a term
    swapped in one frame is flagged ('Lịch sử đơn hàng', 'Lịch sử mua hàng')."""
    doc = read(write(tmp_path, _CONTEXTS))
    found = [(f.text, f.suggestion, f.confidence) for f in audit_document(doc) if f.rule == "A106"]
    assert found == [
        ("In ấn", "In", 0.9),
        ("Lịch sử mua hàng", "Lịch sử đơn hàng", 0.6),
        ("Ghi nháp", "Lưu bản nháp", 0.9),
    ]
