"""Each corpus reader on real files written by the test: positions, fields, and bad input."""

from __future__ import annotations

import codecs
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.corpus import InputError, InputFile, ReadOptions, discover, read_file
from audit.corpus.records import FieldNames


def read(path: Path, options: ReadOptions | None = None) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    docs = read_file(InputFile(str(path), path.name), options or ReadOptions(), errors)
    return docs, errors


def test_plaintext_encodings(tmp_path: Path) -> None:
    text = "Hai nước ký hiệp định.\nThủ tướng phát biểu."
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),  # with BOM
        "utf16be.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        [doc], errors = read(tmp_path / name)
        assert not errors
        assert [s.text for s in doc.segments] == ["Hai nước ký hiệp định.", "Thủ tướng phát biểu."], name
        assert (doc.segments[1].line, doc.segments[1].column) == (2, 1)


def test_plaintext_rejects_legacy_encoding_with_offset(tmp_path: Path) -> None:
    p = tmp_path / "cp1258.txt"
    p.write_bytes("Dòng một.\n".encode() + "Hà Nam".encode("cp1258"))
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.line == 2
    assert "byte offset" in e.value.message and str(p) in str(e.value)


def _iconv(text: str, encoding: str) -> bytes:
    """``text`` in a legacy encoding Python has no codec for (VISCII, TCVN3), through the system's iconv."""
    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed")
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True).stdout


# Sentences outside the corpus and the sets: a Vietnamese one with o/u-horn, đ and all five tones.
VI = "Bà Trương Thị Mến đưa cháu lên Sơn La ngày thứ Năm, trời lạnh và mưa nhỏ."


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Ärztin aus Zürich, Öl und Spaß.", "latin-1", "iconv -f ISO-8859-1"),
        ("Le «garçon» a payé 12 € – d’accord.", "cp1252", "iconv -f WINDOWS-1252"),
        (VI, "WINDOWS-1258", "iconv -f WINDOWS-1258"),
        (VI, "VISCII", "iconv -f VISCII"),
        (VI, "TCVN5712-1", "iconv -f TCVN5712-1"),
        ("广西壮族自治区的农民正在收割甘蔗。", "gb18030", "iconv -f GB18030"),
        ("大阪の市場でまぐろを買いました。", "shift_jis", "iconv -f SHIFT_JIS"),
        (VI, "utf-16-le", "iconv -f UTF-16LE"),
        (VI, "utf-16-be", "iconv -f UTF-16BE"),
    ],
    ids=["latin1", "cp1252", "cp1258", "viscii", "tcvn3", "gb18030", "shift_jis", "utf16le", "utf16be"],
)
def test_not_utf8_names_the_likely_encoding_and_the_file(
    tmp_path: Path, text: str, encoding: str, expected: str
) -> None:
    p = tmp_path / "ban dich.txt"
    whole = f"Dong mot.\n{text}\n"
    data = whole.encode(encoding) if encoding.islower() else _iconv(whole, encoding)
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        read(p)
    msg = e.value.message
    assert "not UTF-8" in msg and expected in msg, msg
    assert f"mv '{p}' '{p}.orig' && " in msg  # the command names the file, quoted
    assert e.value.line == (1 if "UTF-16" in expected else 2)
    assert p.read_bytes() == data  # never rewritten


def test_not_utf8_says_when_the_encoding_cannot_be_told(tmp_path: Path) -> None:
    # Two Vietnamese letters that Windows-1258, VISCII and TCVN3 all read as Vietnamese words.
    p = tmp_path / "short.txt"
    p.write_bytes(b"C\xe0 ph\xea.\n")
    with pytest.raises(InputError) as e:
        read(p)
    assert "cannot be told for sure" in e.value.message and "WINDOWS-1258" in e.value.message
    assert "TCVN5712-1" in e.value.message


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Η Θεσσαλονίκη είναι μεγάλη πόλη.", "cp1253"),
        ("Новосибирск — крупный город.", "cp1251"),
        ("臺灣高雄港今天恢復營運。", "big5"),
        ("부산은 항구 도시입니다.", "euc_kr"),
    ],
)
def test_an_encoding_not_told_apart_is_never_named_as_sure(tmp_path: Path, text: str, encoding: str) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(text.encode(encoding))
    with pytest.raises(InputError) as e:
        read(p)
    msg = e.value.message
    if encoding == "euc_kr":  # EUC-KR and GB2312 share a byte layout: both listed
        assert "cannot be told for sure" in msg and "EUC-KR" in msg and "GB18030" in msg
    else:
        assert "fit none of the encodings" in msg and "iconv -f ENCODING" in msg


def test_a_file_mixing_utf8_and_another_encoding_is_named_so(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_bytes("Ngày đầu.\n".encode() + b"Ngay thu hai.\nC\xe0 Mau.\n")  # line 3: Windows-1258
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.line == 3 and "the text before it is UTF-8: the file mixes encodings" in e.value.message


def test_markup_and_an_english_source_do_not_hide_a_legacy_encoding(tmp_path: Path) -> None:
    """Tags, JSON keys and an English source column are not words of the target language."""
    vi = "Ông Nguyễn Văn Lượng sửa cầu ở Tuyên Quang."
    files = {
        "p.html": f"<html><head><meta charset='windows-1258'></head><body><p>{vi}</p></body></html>\n",
        "r.jsonl": json.dumps(
            {"id": "m1", "src": "Mr Luong repairs bridges in the north.", "mt": vi}, ensure_ascii=False
        ),
        "t.tsv": f"src\tmt\nMr Luong repairs bridges in the north of the country.\t{vi}\n",
        "u.xlf": XLIFF12.replace('Chào <g id="1">bạn</g>..', vi),
    }
    for name, text in files.items():
        p = tmp_path / name
        p.write_bytes(_iconv(text, "TCVN5712-1"))
        with pytest.raises(InputError) as e:
            read(p)
        assert "it looks like Vietnamese text in TCVN3" in e.value.message, (name, e.value.message)
        assert e.value.line is not None


def test_xliff_declaring_a_legacy_encoding_is_read_in_it(tmp_path: Path) -> None:
    p = tmp_path / "declared.xlf"
    text = XLIFF12.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="windows-1252"?>')
    p.write_bytes(text.replace('Chào <g id="1">bạn</g>..', "Café crème.").encode("cp1252"))
    [doc], errors = read(p)
    assert [e.message.split(",")[0] for e in errors] == ["1 unit(s) without a <target> not audited"]  # unit b
    assert doc.segments[0].text == "Café crème."


def test_utf8_cut_short_and_mixed_within_a_line(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt"
    cut.write_bytes("Ông Diallo đến Dakar hôm qua.\nTrời nắng".encode()[:-3])  # 'ắ' cut in half
    with pytest.raises(InputError) as e:
        read(cut)
    assert e.value.line == 2 and "cut short" in e.value.message
    mixed = tmp_path / "mixed_line.txt"
    mixed.write_bytes("Tỉnh Kiên Giang, ".encode() + b"C\xe0 Mau\n")
    with pytest.raises(InputError) as e:
        read(mixed)
    assert e.value.line == 1 and "mixes encodings" in e.value.message


def test_control_bytes_are_not_guessed_as_an_encoding(tmp_path: Path) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(bytes(range(1, 10)) * 20 + b"\xff\xfe\x81")
    with pytest.raises(InputError) as e:
        read(p)
    assert "binary file?" in e.value.message and "iconv" not in e.value.message


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n  \n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_plaintext_bad_input(tmp_path: Path, name: str, data: bytes, needle: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        read(p)
    assert needle in e.value.message


def test_huge_line_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"Dong dau.\n")
        fh.write(b"a" * (50 * 1024 * 1024))
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.line == 2 and "longer than" in e.value.message


def test_jsonl_fields_and_malformed_line(tmp_path: Path) -> None:
    p = tmp_path / "mt.jsonl"
    rows = [
        json.dumps({"id": "s1", "src": "Hello.", "mt": "Xin chào..", "ref": "Xin chào."}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": "Chỉ có văn bản ."}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [doc], errors = read(p)
    assert [e.line for e in errors] == [2, 4]
    assert "malformed JSON" in errors[0].message
    s1, s2 = doc.segments
    assert (s1.text, s1.source, s1.reference, s1.record, s1.line) == ("Xin chào..", "Hello.", "Xin chào.", "s1", 1)
    assert (s2.text, s2.record, s2.line) == ("Chỉ có văn bản .", "2", 3)  # index among non-blank lines
    assert s1.locate(s1.text.index("..")) == (1, 9)


def test_jsonl_fields_of_the_wrong_type_are_named(tmp_path: Path) -> None:
    p = tmp_path / "types.jsonl"
    records = [
        {"id": "k1", "mt": 4200},
        {"id": "k2", "translation": None},
        {"id": "k3", "tgt": ["Một", "Hai"]},
        {"id": "k4", "mt": {"vi": "Ba"}},
        {"id": "k5", "mt": "Bốn.", "src": 4},
        {"id": "k6", "mt": "Năm.", "ref": {"a": 1}},
        {"id": True, "mt": "Sáu."},
        {"id": None, "mt": "Bảy.", "src": None, "ref": None},  # null: no id, no source, no reference
        {"id": 9, "mt": "Tám."},
        {"uid": "k9", "hyp_vi": "Chín."},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    [doc], errors = read(p)
    got = {e.line: e.message for e in errors}
    assert got[1].startswith("field 'mt' (the target text) is a number, not a string")
    assert got[2].startswith("field 'translation' (the target text) is null")
    assert got[3].startswith("field 'tgt' (the target text) is an array")
    assert got[4].startswith("field 'mt' (the target text) is an object")
    assert got[5].startswith("field 'src' (the source) is a number")
    assert got[6].startswith("field 'ref' (the reference) is an object")
    assert got[7].startswith("field 'id' (the id) is true/false")
    assert (
        got[10] == "no target text field (mt/text/tgt/target/hyp/translation) in this record; its fields: uid, hyp_vi"
    )
    assert [(s.line, s.record, s.source, s.reference) for s in doc.segments] == [
        (8, "7", None, None),
        (9, "9", None, None),
    ]


@pytest.mark.parametrize(
    ("name", "body", "forced", "needle"),
    [
        ("a.jsonl", '{"id": 1, "mt": "Giá 620,000 đồng."}\n', "csv", "looks like JSON lines, not CSV"),
        ("a.jsonl", '{"id": 1, "mt": "Giá 620,000 đồng."}\n', "tsv", "looks like JSON lines, not TSV"),
        ("a.jsonl", '{"id": 1, "mt": "Giá 620,000 đồng."}\n', "xliff", "looks like JSON lines, not XLIFF"),
        ("a.tsv", "src\ttarget\nHi\tChào\n", "csv", "looks like TSV, not CSV"),
        ("a.csv", "id,src,hyp\n1,Hi,Chào\n", "tsv", "looks like CSV, not TSV"),
        ("a.csv", "id,src,hyp\n1,Hi,Chào\n", "jsonl", "looks like CSV"),
        ("a.xlf", '<?xml version="1.0"?>\n<xliff version="1.2"/>\n', "csv", "looks like XLIFF, not CSV"),
        ("a.txt", "Ông Kofi về Accra.\nHai.\n", "jsonl", "not JSON lines: the first record is not a JSON object"),
    ],
)
def test_a_forced_format_that_fails_says_what_the_file_looks_like(
    tmp_path: Path, name: str, body: str, forced: str, needle: str
) -> None:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as e:
        read(p, ReadOptions(format=forced))
    assert needle in e.value.message and e.value.line == 1 and e.value.path == str(p)


def test_a_jsonl_file_with_a_broken_first_record_is_still_read(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_text('{"mt": "Một\n{"mt": "Hai."}\n', encoding="utf-8")
    [doc], errors = read(p)
    assert [e.line for e in errors] == [1] and "malformed JSON" in errors[0].message
    assert [s.text for s in doc.segments] == ["Hai."]


def test_table_rows_of_the_wrong_width_and_broken_quotes(tmp_path: Path) -> None:
    p = tmp_path / "w.csv"
    p.write_text(
        'id,src,mt\nq1,Hi,Chào\nq2,Red, green,"Đỏ, xanh"\nq3,Bye\nq4,"He said "no"",Không\nq5,"Open,Mở\n',
        encoding="utf-8",
    )
    [doc], errors = read(p)
    got = {e.line: e.message for e in errors}
    assert got[3].startswith("row has 4 columns, the header has 3 (id, src, mt)") and "a comma inside" in got[3]
    assert got[4].startswith("row has 2 columns") and "comma" not in got[4]
    assert 'written twice: ""' in got[5]
    assert "never closed" in got[6]
    assert [s.record for s in doc.segments] == ["q1"]


def test_jsonl_parts_name_the_line_of_the_whole_file(tmp_path: Path) -> None:
    from audit.corpus import split_parts

    p = tmp_path / "big.jsonl"
    good = "".join(json.dumps({"id": f"r{i}", "mt": f"Câu {i}."}, ensure_ascii=False) + "\n" for i in range(300))
    p.write_bytes(good.encode() + b'{"mt": "H\xe0 Giang"}\n')
    parts = split_parts(InputFile(str(p), p.name), part_bytes=2000)
    assert len(parts) > 3
    with pytest.raises(InputError) as e:
        read_file(parts[-1], ReadOptions(), [])
    assert e.value.line == 301 and f"byte offset {len(good.encode()) + 9}" in e.value.message


def test_jsonl_configured_fields(tmp_path: Path) -> None:
    p = tmp_path / "custom.jsonl"
    p.write_text(json.dumps({"uid": 7, "hyp_vi": "Văn bản.", "en": "Text."}) + "\n", encoding="utf-8")
    opts = ReadOptions(fields=FieldNames(target="hyp_vi", source="en", id="uid"))
    [doc], _ = read(p, opts)
    assert (doc.segments[0].text, doc.segments[0].source, doc.segments[0].record) == ("Văn bản.", "Text.", "7")


def test_tsv_and_csv(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("src\tmt\tref\nHello.\tXin chào..\tXin chào.\nBye.\tTạm biệt.\tTạm biệt.\n", encoding="utf-8")
    [doc], errors = read(tsv)
    assert not errors and [s.line for s in doc.segments] == [2, 3]
    assert doc.segments[0].reference == "Xin chào."
    csvp = tmp_path / "b.csv"
    csvp.write_text('id,src,mt\nx1,"Hi, you","Chào, bạn\nnhé"\nx2,Yes,Vâng ..\n', encoding="utf-8")
    [doc], errors = read(csvp)
    assert not errors
    assert [s.record for s in doc.segments] == ["x1", "x2"]
    assert [s.line for s in doc.segments] == [2, 4]  # the first record spans two lines
    bad = tmp_path / "c.tsv"
    bad.write_text("src\tref\nHello\tXin chào\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read(bad)
    assert "no target column" in e.value.message


XLIFF12 = """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="vi" datatype="plaintext" original="a.txt"><body>
  <trans-unit id="a"><source>Hi</source><target>Chào <g id="1">bạn</g>..</target></trans-unit>
  <trans-unit id="b"><source>No target</source></trans-unit>
 </body></file>
</xliff>
"""
XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="vi">
 <file id="f1">
  <unit id="u1"><segment><source>Hello.</source><target>Xin chào.</target></segment></unit>
  <unit id="u2"><segment id="s1"><source>A.</source><target>Một.</target></segment>
   <segment id="s2"><source>B.</source><target>Hai <ph id="1"/>.</target></segment></unit>
 </file>
</xliff>
"""


def test_xliff_versions(tmp_path: Path) -> None:
    p12, p20 = tmp_path / "a.xlf", tmp_path / "b.xliff"
    p12.write_text(XLIFF12, encoding="utf-8")
    p20.write_text(XLIFF20, encoding="utf-8")
    [d12], _ = read(p12)
    assert [(s.record, s.text, s.source, s.line) for s in d12.segments] == [("a", "Chào bạn..", "Hi", 4)]
    [d20], _ = read(p20)
    assert [(s.record, s.text) for s in d20.segments] == [("u1", "Xin chào."), ("u2/s1", "Một."), ("u2/s2", "Hai .")]


def test_xliff_line_is_where_the_record_starts(tmp_path: Path) -> None:
    """DESIGN.md: for record formats, ``line`` is the line where the record starts — the <trans-unit>
    (1.2), the <unit>, or the <segment> of a unit that holds several (2.0) — not its <target>'s line."""
    p12, p20 = tmp_path / "a.xlf", tmp_path / "b.xliff"
    p12.write_text(XLIFF12.replace('<trans-unit id="a">', '<trans-unit id="a">\n  '), encoding="utf-8")
    p20.write_text(
        XLIFF20.replace("<segment>", "\n   <segment>").replace('<segment id="s1">', '\n<segment id="s1">'),
        encoding="utf-8",
    )
    [d12], _ = read(p12)
    assert [s.line for s in d12.segments] == [4]
    [d20], _ = read(p20)
    assert [(s.record, s.line) for s in d20.segments] == [("u1", 4), ("u2/s1", 7), ("u2/s2", 8)]


def test_xliff_translate_no_units_are_boilerplate(tmp_path: Path) -> None:
    p = tmp_path / "c.xlf"
    p.write_text(
        XLIFF20.replace('<unit id="u1">', '<unit id="u1" translate="no">')
        .replace('<unit id="u2">', '<group id="g" translate="no"><unit id="u2" translate="yes">')
        .replace("</unit>\n </file>", "</unit></group>\n </file>"),
        encoding="utf-8",
    )
    [doc], _ = read(p)
    assert [(s.record, s.boilerplate) for s in doc.segments] == [("u1", True), ("u2/s1", False), ("u2/s2", False)]
    assert doc.segments[0].boilerplate_kind == "translate-no"


def test_xliff_markup_only_targets_are_kept_as_empty_text(tmp_path: Path) -> None:
    """A target of nested markup and no text is a unit whose text was lost: kept (empty) for the
    untranslated check, not skipped like a unit without a <target>."""
    p = tmp_path / "m.xliff"
    p.write_text(
        XLIFF20.replace("<target>Xin chào.</target>", '<target><pc id="1"><pc id="2"><ph id="3"/></pc></pc></target>'),
        encoding="utf-8",
    )
    [doc], errors = read(p)
    assert not errors
    first = doc.segments[0]
    assert (first.record, first.text, first.source) == ("u1", "", "Hello.")


def test_xliff_not_well_formed_names_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.xlf"
    p.write_text(XLIFF12.replace('</trans-unit>\n  <trans-unit id="b">', '\n  <trans-unit id="b">'), encoding="utf-8")
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.line is not None and "well-formed" in e.value.message


def test_xliff_does_not_resolve_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    p = tmp_path / "xxe.xlf"
    p.write_text(
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>'
        '<trans-unit id="a"><source>x</source><target>Chào &e;</target></trans-unit></body></file></xliff>',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as e:  # refused before parsing: nothing is resolved, nothing is read
        read(p)
    assert e.value.line == 1 and "declares entities" in e.value.message and "TOPSECRET" not in str(e.value)


def test_html_article_and_chrome(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Tin</title><script>var a = '<p>x</p>';</script></head><body>\n"
        '<nav class="menu"><a href="/">Trang chủ</a></nav>\n'
        "<article><h1>Việt Nam và Mông Cổ ký kết hợp tác</h1>\n"
        "<p>Hai bên ký ba văn kiện..  Ông &quot;Batbayar&quot; phát biểu .</p>\n"
        "</article><footer>Bản quyền 2025</footer></body></html>\n",
        encoding="utf-8",
    )
    [doc], _ = read(p)
    texts = {s.text: s for s in doc.segments}
    assert texts["Trang chủ"].boilerplate and texts["Bản quyền 2025"].boilerplate
    assert not texts["Việt Nam và Mông Cổ ký kết hợp tác"].boilerplate
    seg = texts['Ông "Batbayar" phát biểu .']
    line4 = p.read_text(encoding="utf-8").split("\n")[3]
    assert seg.locate(seg.text.index("phát")) == (4, line4.index("phát") + 1)
    assert all("var a" not in s.text for s in doc.segments)


def test_discover_walks_directories_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Một.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"mt": "Hai."}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    errors: list[InputError] = []
    files = discover([str(tmp_path), str(tmp_path / "missing.txt")], errors)
    assert [f.doc for f in files] == ["a.jsonl", "b/2.txt"]
    assert len(errors) == 1 and "no such file" in errors[0].message


def test_two_files_with_one_document_name_are_an_input_error(tmp_path: Path) -> None:
    from audit.corpus import discover

    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.txt").write_text("Xin chào.\n", encoding="utf-8")
    errors: list = []
    files = discover([str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), str(tmp_path / "a")], errors)
    assert [(f.doc, f.path) for f in files] == [("x.txt", str(tmp_path / "a" / "x.txt"))]  # the same file once
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "b" / "x.txt") and "x.txt" in errors[0].message
    assert [f.doc for f in discover([str(tmp_path)], [])] == ["a/x.txt", "b/x.txt"]  # a common parent keeps both


def test_walking_a_folder_skips_earlier_outputs(tmp_path: Path) -> None:
    from audit.corpus import discover

    (tmp_path / "a.txt").write_text("Xin chào.\n", encoding="utf-8")
    for sub, names in (
        ("reports", ("summary.json", "findings.jsonl", "segments.jsonl")),
        ("post", ("apply-summary.json", "changes.jsonl", "a.txt")),
    ):
        (tmp_path / sub).mkdir()
        for name in names:
            (tmp_path / sub / name).write_text("{}\n", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "findings.jsonl").write_text('{"mt": "Xin chào."}\n', encoding="utf-8")  # not an output folder
    assert [f.doc for f in discover([str(tmp_path)], [])] == ["a.txt", "more/findings.jsonl"]
    # given itself: the documents in it, not the tool's own files
    (tmp_path / "post" / "sub").mkdir()
    (tmp_path / "post" / "sub" / "changes.jsonl").write_text('{"mt": "Xin chào."}\n', encoding="utf-8")
    assert [f.doc for f in discover([str(tmp_path / "post")], [])] == ["a.txt", "sub/changes.jsonl"]
    (tmp_path / "reports" / "report.xlf").write_text("<xliff/>", encoding="utf-8")
    assert [f.doc for f in discover([str(tmp_path / "reports")], [])] == ["report.xlf"]  # an export is input
    assert [f.doc for f in discover([str(tmp_path / "post" / "changes.jsonl")], [])] == ["changes.jsonl"]  # named


def test_run_help_names_every_extension_a_folder_walk_reads() -> None:
    """`audit run --help` lists the extensions of FORMATS (it missed .po, .srt and .vtt when their readers came)."""
    from click.testing import CliRunner

    from audit.cli import main
    from audit.corpus import FORMATS

    shown = " ".join(CliRunner().invoke(main, ["run", "--help"]).output.split())
    assert all(ext in shown for ext in FORMATS), [ext for ext in FORMATS if ext not in shown]


def test_readme_counts_the_rules() -> None:
    """README's performance section says how many rules the full audit runs (it said 51 after N109 and A110 came)."""
    from pathlib import Path

    from audit.rules.registry import all_rules

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rules = all_rules()
    a_rules = [code for code in rules if code.startswith("A")]
    words = {9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen"}
    assert f"The full audit runs {len(rules)} rules (the {words[len(a_rules)]} `A` rules" in readme


def _table(line_end: str) -> str:
    rows = [
        "id\tsrc\tmt",
        "k1\tThe ferry to Cát Bà leaves at 6.\tPhà ra Cát Bà chạy lúc 6 giờ.",
        'k2\tTwo lines\t"Dòng đầu ở Bến Tre,' + line_end + 'dòng sau ở Trà Vinh."',
        "",
        "k3\tLast\tChuyến cuối lúc 21 giờ.",
    ]
    return line_end.join(rows) + line_end


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_tables_with_any_line_end_read_alike(tmp_path: Path, line_end: str) -> None:
    """A lone CR (classic Mac exports) ends a line as LF and CRLF do: same rows, texts and line numbers."""
    p = tmp_path / "ferry.tsv"
    p.write_bytes(_table(line_end).encode())
    [doc], errors = read(p)
    assert not errors
    assert [(s.record, s.line) for s in doc.segments] == [("k1", 2), ("k2", 3), ("k3", 6)]
    assert doc.segments[1].text == "Dòng đầu ở Bến Tre,\ndòng sau ở Trà Vinh."


def test_a_long_cr_only_table_is_read_line_by_line(tmp_path: Path) -> None:
    """Each CR-ended line counts against the line limit, not the whole file; an error names its CR line."""
    rows = "".join(f"r{i},Câu số {i} về Quy Nhơn.\r" for i in range(60))
    p = tmp_path / "long.csv"
    p.write_bytes(f'id,mt\r{rows}r60,"Không đóng\rr61,x\r'.encode())
    errors: list[InputError] = []
    [doc] = read_file(InputFile(str(p), p.name), ReadOptions(max_line=200), errors)
    assert len(doc.segments) == 60 and doc.segments[-1].line == 61
    assert [e.line for e in errors] == [62] and "never closed" in errors[0].message


def test_a_cr_only_file_with_a_bad_byte_names_its_cr_line(tmp_path: Path) -> None:
    p = tmp_path / "latin1.tsv"
    p.write_bytes("src\tmt\rOne\tMột\rTwo\tHai\r".encode() + b"Three\tBa \xe0 Hu\xe9\r")
    with pytest.raises(InputError) as e:
        read(p)
    assert e.value.line == 4 and "not UTF-8" in e.value.message
