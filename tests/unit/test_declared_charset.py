"""HTML and XLIFF files read in the encoding they declare; a wrong or unknown declaration is an input error.

Real files written by the test (Python's codecs and the system's iconv), read by the real readers.
"""

from __future__ import annotations

import codecs
import itertools
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from audit.corpus import InputError, InputFile, ReadOptions, read_file
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

# Sentences outside the corpus and the sets.
VI = "Bà Lữ Thị Hường mở quán phở ở Điện Biên từ năm 2019."
VI2 = "Khách từ Lai Châu và Sơn La đến ăn vào sáng thứ Bảy.."


def to_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258 as Vietnamese software writes it: base letters (â, ơ, ư, đ …) precomposed,
    tone marks as combining characters (cp1258 has no precomposed ạ, ế, ữ …)."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, marks = unicodedata.normalize("NFD", ch)[0], unicodedata.normalize("NFD", ch)[1:]
        for n in range(len(marks), -1, -1):
            for keep in itertools.combinations(range(len(marks)), n):
                letter = unicodedata.normalize("NFC", base + "".join(marks[i] for i in keep))
                rest = "".join(m for i, m in enumerate(marks) if i not in keep)
                try:
                    out += letter.encode("cp1258") + rest.encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
            else:
                continue
            break
    return out


def page(head: bytes, *paragraphs: bytes) -> bytes:
    body = b"\n".join(b"<p>" + p + b"</p>" for p in paragraphs)
    return (
        b"<!DOCTYPE html>\n<html><head>"
        + head
        + b"<title>Trang</title></head>\n<body><article>\n"
        + body
        + (b"\n</article></body></html>\n")
    )


def read(path: Path) -> list:
    errors: list[InputError] = []
    docs = read_file(InputFile(str(path), path.name), ReadOptions(), errors)
    assert not errors
    return docs


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as e:
        read_file(InputFile(str(path), path.name), ReadOptions(), [])
    return e.value


def test_windows_1258_page_is_read_in_nfc_with_the_original_columns(tmp_path: Path) -> None:
    raw = page(b'<meta charset="windows-1258">', to_cp1258(VI), to_cp1258(VI2))
    assert raw.decode("cp1258") != unicodedata.normalize("NFC", raw.decode("cp1258"))  # tones are combining marks
    p = tmp_path / "vi.html"
    p.write_bytes(raw)
    [doc] = read(p)
    texts = [s.text for s in doc.segments if not s.boilerplate]
    assert texts == [VI, VI2]
    # the doubled full stop: its column counts the characters of the original (decomposed) line
    rules = [cls() for cls in select_rules(["F101"])]
    [finding] = [f for f in run_rules(doc, rules, Settings()) if f.rule == "F101"]
    seg = doc.segments[finding.segment]
    line, col = seg.positions[finding.start]
    original = raw.split(b"\n")[line - 1].decode("cp1258")
    assert line == 5 and original[col - 1 : col + 1] == ".."


def test_http_equiv_windows_1252_and_latin1_label_read_as_browsers_do(tmp_path: Path) -> None:
    text = "Le maire de Besançon inaugure la crèche \u201cLes Mésanges\u201d."
    for label in (b"windows-1252", b"ISO-8859-1", b"latin1"):
        head = b'<meta http-equiv="Content-Type" content="text/html; charset=' + label + b'">'
        p = tmp_path / f"fr-{label.decode()}.html"
        p.write_bytes(page(head, text.encode("cp1252")))
        [doc] = read(p)
        assert [s.text for s in doc.segments if not s.boilerplate] == [text], label  # 0x93/0x94: curly quotes


def test_xliff_declaring_windows_1258_is_read_in_nfc(tmp_path: Path) -> None:
    p = tmp_path / "vi.xlf"
    p.write_bytes(
        b'<?xml version="1.0" encoding="windows-1258"?>\n<xliff version="1.2" '
        b'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="vi" '
        b'datatype="plaintext" original="x"><body>\n<trans-unit id="u7"><source>She opened a pho shop.</source>'
        b"<target>" + to_cp1258(VI) + b"</target></trans-unit>\n</body></file></xliff>\n"
    )
    [doc] = read(p)
    assert [(s.text, s.line) for s in doc.segments] == [(VI, 3)]


def test_xml_latin1_declaration_with_windows_1252_quotes_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "quotes.xlf"
    p.write_bytes(
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff version="1.2" '
        b'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" '
        b'datatype="plaintext" original="x"><body>\n<trans-unit id="1"><source>x</source>'
        b"<target>\x93Cr\xe8me br\xfbl\xe9e\x94</target></trans-unit>\n</body></file></xliff>\n"
    )
    e = refused(p)
    assert e.line == 3 and "byte 0x93" in e.message and "control character in ISO-8859-1" in e.message
    assert "Windows-1252" in e.message and "then make the converted file's declaration say utf-8" in e.message


def test_unknown_charset_names_the_line_of_the_declaration(tmp_path: Path) -> None:
    p = tmp_path / "odd.html"
    p.write_bytes(b"<html>\n<head>\n<meta charset='x-klingon-7'>\n</head><body><p>Caf\xe9 Oslo.</p></body></html>\n")
    e = refused(p)
    assert e.line == 3 and "'x-klingon-7'" in e.message and "not an encoding mt-audit knows" in e.message


def test_utf8_bytes_under_a_legacy_declaration_are_refused(tmp_path: Path) -> None:
    p = tmp_path / "saved-as-utf8.html"
    p.write_bytes(page(b'<meta charset="windows-1258">', VI.encode()))
    e = refused(p)
    assert e.line == 4 and "its bytes are UTF-8" in e.message and "correct the declaration to utf-8" in e.message


def test_undefined_byte_under_the_declaration_names_its_offset(tmp_path: Path) -> None:
    data = page(b'<meta charset="windows-1252">', b"Caf\xe9 de Gen\xe8ve \x81")
    p = tmp_path / "undefined.html"
    p.write_bytes(data)
    e = refused(p)
    assert e.line == 4 and f"byte 0x81 at byte offset {data.index(0x81)}" in e.message and "windows-1252" in e.message


def test_tcvn3_bytes_declared_windows_1258_are_refused_naming_tcvn3(tmp_path: Path) -> None:
    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed")
    text = page(b'<meta charset="windows-1258">', VI.encode(), VI2.encode()).decode()
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True).stdout
    p = tmp_path / "tcvn.html"
    p.write_bytes(data)
    e = refused(p)
    assert e.line == 2 and "does not read as windows-1258" in e.message and "TCVN3" in e.message
    assert (
        "iconv -f TCVN5712-1 -t UTF-8" in e.message
        and "then make the converted file's declaration say utf-8" in e.message
    )


def test_a_commented_out_meta_is_not_a_declaration_and_a_bom_wins(tmp_path: Path) -> None:
    p = tmp_path / "comment.html"
    p.write_bytes(page(b'<!-- <meta charset="windows-1258"> -->', to_cp1258(VI)))
    e = refused(p)  # read as UTF-8, which it is not
    assert e.line == 4 and "not UTF-8" in e.message and '<meta charset="windows-1258">' in e.message
    bom = tmp_path / "bom.html"
    bom.write_bytes(codecs.BOM_UTF8 + page(b'<meta charset="windows-1252">', VI.encode()))
    [doc] = read(bom)
    assert [s.text for s in doc.segments if not s.boilerplate] == [VI]


def test_declared_utf8_page_in_another_encoding_says_the_declaration_is_wrong(tmp_path: Path) -> None:
    p = tmp_path / "liar.html"
    p.write_bytes(page(b'<meta charset="utf-8">', to_cp1258(VI)))
    e = refused(p)
    assert e.line == 4 and "Windows-1258" in e.message and "names 'utf-8': the declaration is wrong too" in e.message


def test_plain_text_declares_nothing_and_stays_strict(tmp_path: Path) -> None:
    p = tmp_path / "meta.txt"
    p.write_bytes(b'<meta charset="windows-1258">\n' + to_cp1258(VI) + b"\n")
    e = refused(p)
    assert e.line == 2 and "not UTF-8" in e.message


def test_a_declared_encoding_the_guess_does_not_know_is_trusted(tmp_path: Path) -> None:
    """ISO-8859-2 Czech reads as Latin-1 letters too: the guess's Western candidate is no contradiction."""
    text = "Přečetl jsem článek o řece Vltavě a o mostech v Českých Budějovicích."
    p = tmp_path / "cs.html"
    p.write_bytes(page(b'<meta charset="iso-8859-2">', text.encode("iso-8859-2")))
    [doc] = read(p)
    assert [s.text for s in doc.segments if not s.boilerplate] == [text]


def test_xml_declaring_utf16_in_single_bytes_is_a_wrong_declaration(tmp_path: Path) -> None:
    p = tmp_path / "u.xlf"
    p.write_bytes(b'<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2"/>\n')
    e = refused(p)
    assert e.line == 1 and "names 'UTF-16'" in e.message and "the declaration is wrong" in e.message


@pytest.mark.parametrize("label", [b"x-cp1258", b"X-CP1258", b"cp1258"])
def test_whatwg_x_cp_labels_name_the_windows_code_page(tmp_path: Path, label: bytes) -> None:
    """'x-cp1258' is a WHATWG label of Windows-1258 that Python's codecs do not know by that name."""
    p = tmp_path / "xcp.html"
    p.write_bytes(page(b'<meta charset="' + label + b'">', to_cp1258(VI)))
    [doc] = read(p)
    assert [s.text for s in doc.segments if not s.boilerplate] == [VI]


# Sentences outside the corpus and the sets; Ỷ is one of VISCII's six capitals on a C0 byte (0x14).
VI3 = "Đền thờ Ỷ Lan ở Gia Lâm đón khách dịp rằm tháng Giêng."
VI4 = "Ủy ban xã Quảng Phú nhận thêm 12 tấn gạo cứu đói.."


def iconv_to(text: str, enc: str) -> bytes:
    """``text`` in ``enc`` through the system's iconv (Python has no VISCII or TCVN codec)."""
    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed")
    done = subprocess.run(["iconv", "-f", "UTF-8", "-t", enc], input=text.encode(), capture_output=True, check=True)
    return done.stdout


@pytest.mark.parametrize(
    ("label", "enc"),
    [("VISCII", "VISCII"), ("csVISCII", "VISCII"), ("x-viet-tcvn5712", "TCVN5712-1"), ("TCVN3", "TCVN5712-1")],
)
def test_pages_declaring_viscii_or_tcvn_are_read(tmp_path: Path, label: str, enc: str) -> None:
    """A legacy Vietnamese page is read in the encoding it declares, by table: the text, its lines, a finding."""
    text = page(f'<meta charset="{label}">'.encode(), VI3.encode(), VI4.encode()).decode()
    p = tmp_path / "vi.html"
    p.write_bytes(iconv_to(text, enc))
    [doc] = read(p)
    body = [s for s in doc.segments if not s.boilerplate]
    assert [(s.text, s.line) for s in body] == [(VI3, 4), (VI4, 5)]
    rules = [cls() for cls in select_rules(["F101"])]
    [finding] = [f for f in run_rules(doc, rules, Settings()) if f.rule == "F101"]
    assert doc.segments[finding.segment].text == VI4


@pytest.mark.parametrize("label", ["VISCII", "TCVN5712-1:1993", "vn3"])
def test_xliff_declaring_viscii_or_tcvn_is_read(tmp_path: Path, label: str) -> None:
    enc = "VISCII" if "viscii" in label.lower() else "TCVN5712-1"
    text = (
        f'<?xml version="1.0" encoding="{label}"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="vi" '
        'datatype="plaintext" original="x"><body>\n<trans-unit id="k1"><source>The Y Lan temple.</source>'
        f"<target>{VI3}</target></trans-unit>\n</body></file></xliff>\n"
    )
    p = tmp_path / "vi.xlf"
    p.write_bytes(iconv_to(text, enc))
    [doc] = read(p)
    assert [(s.text, s.line, s.source) for s in doc.segments] == [(VI3, 3, "The Y Lan temple.")]


def test_tcvn3_bytes_declared_viscii_are_refused_naming_tcvn3(tmp_path: Path) -> None:
    """A legacy declaration the bytes contradict (they read for sure as TCVN3) is refused as others are."""
    text = page(b'<meta charset="viscii">', VI.encode(), VI3.encode(), VI4.encode()).decode()
    p = tmp_path / "wrong.html"
    p.write_bytes(iconv_to(text, "TCVN5712-1"))
    e = refused(p)
    assert e.line == 2 and "names 'viscii'" in e.message and "does not read as viscii" in e.message
    assert "TCVN3" in e.message and "iconv -f TCVN5712-1 -t UTF-8" in e.message


@pytest.mark.parametrize(("label", "name"), [("x-viet-vps", "VPS"), ("VNI", "VNI")])
def test_vps_and_vni_declarations_are_refused_with_what_to_do(tmp_path: Path, label: str, name: str) -> None:
    p = tmp_path / "old.html"
    p.write_bytes(page(f'<meta charset="{label}">'.encode(), b"Ch\xf9a M\xe9t C\xf4t"))
    e = refused(p)
    assert e.line == 2 and f"names {label!r}" in e.message
    assert f"legacy Vietnamese encoding ({name})" in e.message and f"converter that knows {name}" in e.message
