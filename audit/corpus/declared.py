"""The encoding an HTML page or an XML file declares, and its text decoded in it.

A page saved in a legacy encoding says so: ``<meta charset="windows-1258">``, ``<meta
http-equiv="Content-Type" content="text/html; charset=windows-1252">``, or (XML, XHTML) ``<?xml
version="1.0" encoding="ISO-8859-1"?>``. Such a file is read in the encoding it declares, with
Python's codecs, when its bytes decode cleanly in it and nothing says the declaration is wrong:

- a byte the encoding does not define, a C1 control character (``ISO-8859-1`` declared for
  Windows-1252 "smart quotes"), or bytes that are valid UTF-8 with non-ASCII characters (a page
  saved as UTF-8 that kept a template's declaration) are an input error naming the file, line and
  byte offset;
- so are bytes that :func:`audit.corpus.charset_guess.guess_encoding` names for sure as another
  encoding giving another text (Vietnamese TCVN3 bytes under a Windows-1258 declaration);
- an encoding name Python does not know is an input error naming the line of the declaration.

The legacy Vietnamese encodings VISCII and TCVN 5712 (with its subset TCVN3, the .Vn fonts' "ABC"
encoding), which Python has no codec for, are read by the tables of references/legacy_vi_charsets.tsv
(:func:`audit.corpus.charset_guess.decode_legacy_vi`); VPS and VNI, which neither Python nor iconv
converts, are an input error naming the declaration, with what to do.

HTML labels are resolved as browsers do (WHATWG Encoding Standard, "get an encoding"; the HTML
standard's prescan): ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean Windows-1252, ``gb2312`` and
``gbk`` the GB18030 decoder, ``euc-kr`` Windows-949, ``shift_jis`` Windows-31J, and a ``<meta>``
naming UTF-16 means UTF-8. XML names are IANA names as XML processors read them (``ISO-8859-1`` is
Latin-1 proper). A byte order mark wins over any declaration. Plain text, JSONL and TSV/CSV
declare nothing: they stay UTF-8 or UTF-16 with a BOM (:mod:`audit.corpus.decode`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from audit.corpus.charset_guess import LABELS, LEGACY_VI, PY_CODECS, Guess, decode_legacy_vi, guess_encoding, iconv_text
from audit.corpus.errors import InputError

_HEAD_LIMIT = 1 << 16  # bytes of a page searched for its <meta> declaration
_HEAD_END = re.compile(rb"<body\b|</head\s*>", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_META = re.compile(rb"<meta\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(rb"""([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_CONTENT_CHARSET = re.compile(rb"""charset\s*=\s*["']?([^\s;"']+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(rb"""<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")

# WHATWG labels whose decoder is not the Python codec of the same name (Encoding Standard, "Encodings" table).
_WHATWG = {
    **dict.fromkeys(
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
        "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252".split(),
        "cp1252",
    ),
    **dict.fromkeys(
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
        "windows-1254 x-cp1254".split(),
        "cp1254",
    ),
    **dict.fromkeys("dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874".split(), "cp874"),
    **dict.fromkeys(
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030".split(), "gb18030"
    ),
    **dict.fromkeys(
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
        "windows-949".split(),
        "cp949",
    ),
    **dict.fromkeys(
        "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis".split(),
        "cp932",
    ),
    **dict.fromkeys("big5 big5-hkscs cn-big5 csbig5 x-x-big5".split(), "big5hkscs"),
    **dict.fromkeys(
        "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8 "
        "utf-16 utf-16le utf-16be unicode unicodefeff csunicode iso-10646-ucs-2 ucs-2".split(),
        "utf-8",  # a <meta> naming UTF-16 means UTF-8 (HTML standard, "prescan a byte stream")
    ),
    "iso-8859-8-i": "iso8859-8",
    "x-mac-cyrillic": "mac-cyrillic",
}

# Names of VISCII and TCVN 5712 (read by table): GNU libiconv's and glibc's (VISCII, VISCII1.1-1, CSVISCII, the IANA
# name and alias, RFC 1456; TCVN, TCVN-5712, TCVN5712-1, TCVN5712-1:1993), Mozilla's old label x-viet-tcvn5712, and
# TCVN3 / VN3, the subset of TCVN 5712 the .Vn fonts use (the same byte for each letter it has).
_LEGACY_VI_LABELS = {
    **dict.fromkeys(("viscii", "viscii1.1-1", "csviscii"), "VISCII"),
    **dict.fromkeys(
        ("tcvn", "tcvn-5712", "tcvn5712-1", "tcvn5712-1:1993", "x-viet-tcvn5712", "tcvn3", "tcvn-3", "vn3"),
        "TCVN5712-1",
    ),
}
# Legacy Vietnamese encodings that neither Python nor iconv converts (x-viet-vps: Mozilla's old label).
_UNREADABLE_VI = {"vps": "VPS", "x-viet-vps": "VPS", "vni": "VNI", "x-viet-vni": "VNI", "vni-windows": "VNI"}


# Python codecs of the encodings charset_guess tells apart (and their supersets browsers use): only a
# declaration of one of these can be contradicted by its guess.
_GUESSED = frozenset(codecs.lookup(name).name for name in (*PY_CODECS.values(), "cp932", "cp949", "gbk", "gb2312"))


@dataclass(frozen=True, slots=True)
class Declaration:
    """An encoding a file declares: the name as written, its Python codec (None: unknown), where."""

    label: str
    codec: str | None
    line: int
    what: str  # "<meta charset>" or "XML declaration"

    @property
    def utf8(self) -> bool:
        return self.codec == "utf-8"

    def says(self) -> str:
        return f"its {self.what} on line {self.line} names {self.label!r}"


def _python_codec(label: str) -> str | None:
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Only encodings that keep ASCII as single bytes: the declaration itself was found as ASCII.
    try:
        return info.name if "\n<>&=ab".encode(info.name) == b"\n<>&=ab" else None
    except (UnicodeEncodeError, LookupError):
        return None


def _html_codec(label: str) -> str | None:
    key = label.strip().lower()
    if key.startswith("x-cp") and key[4:].isdigit():  # WHATWG's 'x-cp1258', 'x-cp1250' …: Windows code pages
        key = key[2:]
    return _WHATWG.get(key) or _LEGACY_VI_LABELS.get(key) or _python_codec(key)


def html_declaration(data: bytes) -> Declaration | None:
    """The first ``<meta>`` charset declaration in a page's head (comments left out), else its XML
    declaration's encoding, else None."""
    head = data[:_HEAD_LIMIT]
    end = _HEAD_END.search(head)
    if end:
        head = head[: end.start()]
    head = _COMMENT.sub(lambda m: re.sub(rb"[^\n]", b" ", m.group()), head)  # same offsets, same lines
    for m in _META.finditer(head):
        attrs = {a[1].lower(): next(v for v in a.groups()[1:] if v is not None) for a in _ATTR.finditer(m.group(1))}
        label = attrs.get(b"charset")
        if label is None and attrs.get(b"http-equiv", b"").strip().lower() == b"content-type":
            found = _CONTENT_CHARSET.search(attrs.get(b"content", b""))
            label = found.group(1) if found else None
        if label is not None:
            text = label.decode("ascii", errors="replace").strip()
            return Declaration(text, _html_codec(text), head.count(b"\n", 0, m.start()) + 1, "<meta> charset")
    return _xml(data, _html_codec)


def xml_declaration(data: bytes) -> Declaration | None:
    """The encoding an XML file's declaration names (IANA names, ``ISO-8859-1`` is Latin-1), else None."""
    return _xml(
        data, lambda label: _LEGACY_VI_LABELS.get(label.strip().lower()) or _python_codec(label.strip().lower())
    )


def _xml(data: bytes, resolve: Callable[[str], str | None]) -> Declaration | None:
    m = XML_DECLARATION.match(data)
    if m is None:
        return None
    label = m.group(1).decode("ascii", errors="replace").strip()
    return Declaration(label, resolve(label), 1, "XML declaration")


def decode_declared(data: bytes, decl: Declaration, path: str) -> str:
    """``data`` decoded in the (non-UTF-8) encoding ``decl`` names; InputError when it cannot be, or when
    the bytes say the declaration is wrong."""
    if decl.codec is None:
        raise InputError(path, f"{decl.says()}, {_unknown(decl.label)}", decl.line)
    if b"\x00" in data:
        nul = data.index(b"\x00")
        raise InputError(path, f"binary file (NUL byte at byte offset {nul})", _line(data, nul))
    _refuse_utf8(data, decl, path)
    if decl.codec in LEGACY_VI:
        text = decode_legacy_vi(data, decl.codec)  # every byte is a character: nothing to refuse here
    else:
        text = _python_decoded(data, decl, path)
    _refuse_contradicted(data, text, decl, path)
    return text


def _python_decoded(data: bytes, decl: Declaration, path: str) -> str:
    """``data`` decoded by the Python codec ``decl`` names: InputError on a byte it does not define or a C1
    control character."""
    try:
        text = data.decode(decl.codec or "ascii")
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start : e.start + 1].hex()} at byte offset {e.start}"
        raise InputError(
            path,
            f"{where} is not {decl.label}, although {decl.says()}; {_wrong(data, path)}",
            _line(data, e.start),
        ) from None
    _refuse_c1(text, data, decl, path)
    return text


def _unknown(label: str) -> str:
    """Why a declared name cannot be read: unknown, a legacy Vietnamese encoding nothing here converts, or an
    encoding the (ASCII) declaration cannot be in."""
    name = _UNREADABLE_VI.get(label.strip().lower())
    if name is not None:
        return (
            f"a legacy Vietnamese encoding ({name}) that mt-audit cannot read: neither Python nor iconv converts "
            f"it; convert it to UTF-8 with a Vietnamese converter that knows {name}, keeping the original under a "
            "name audit run skips (FILE.orig), and make its declaration say utf-8"
        )
    try:
        codecs.lookup(label)
    except LookupError:
        return (
            "which is not an encoding mt-audit knows; correct the declaration (utf-8, windows-1258, "
            "windows-1252 …) or convert it to UTF-8 (the original kept under a name audit run skips, FILE.orig)"
        )
    return (
        "but the declaration itself is written in single bytes, which that encoding does not use (a UTF-16 "
        "file starts with a byte order mark): the declaration is wrong; correct it (utf-8?)"
    )


def _line(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _wrong(data: bytes, path: str) -> str:
    """What the bytes look like instead, for a declaration they contradict."""
    guess = guess_encoding(data)
    return "the declaration is wrong: " + _converted(guess, path)


def _converted(guess: Guess, path: str) -> str:
    """The guess's hint, and that the file converted to UTF-8 must say so (iconv keeps its declaration)."""
    hint = guess.hint(path)
    return hint + ", then make the converted file's declaration say utf-8" if "iconv" in hint else hint


def _correct_to(guess: Guess) -> str:
    """``; or correct the declaration to NAME`` when Python reads the encoding the bytes look like."""
    enc = guess.encodings[0]
    return f"; or correct the declaration to {enc.lower()}" if enc in PY_CODECS else ""


def _refuse_utf8(data: bytes, decl: Declaration, path: str) -> None:
    """Bytes that are UTF-8 with non-ASCII characters under a legacy declaration: the file was saved as UTF-8."""
    if data.isascii():
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    first = next(i for i, b in enumerate(data) if b > 0x7F)
    char = data[first:].decode("utf-8")[0]
    raise InputError(
        path,
        f"{decl.says()}, but its bytes are UTF-8 (the character {char!r} at byte offset {first}): the file was "
        "saved as UTF-8; correct the declaration to utf-8",
        _line(data, first),
    )


def _refuse_c1(text: str, data: bytes, decl: Declaration, path: str) -> None:
    """A C1 control character (U+0080–U+009F) is no text: Windows-1252 quotes under ISO-8859-1, say."""
    i = next((k for k, c in enumerate(text) if "\x80" <= c <= "\x9f"), None)
    if i is None:
        return
    offset = len(text[:i].encode(decl.codec or "latin-1"))
    raise InputError(
        path,
        f"byte 0x{data[offset : offset + 1].hex()} at byte offset {offset} is a control character in "
        f"{decl.label}, although {decl.says()}; {_wrong(data, path)}",
        _line(data, offset),
    )


def _refuse_contradicted(data: bytes, text: str, decl: Declaration, path: str) -> None:
    """The bytes read for sure as another encoding with another text (TCVN3 bytes declared Windows-1258)."""
    if data.isascii() or not (decl.codec in LEGACY_VI or codecs.lookup(decl.codec or "ascii").name in _GUESSED):
        return  # the guess knows only its own candidates: a Czech ISO-8859-2 page is no Latin-1 one
    guess: Guess = guess_encoding(data)
    if not guess.sure or guess.binary or guess.encodings[0] not in LABELS:
        return
    other = iconv_text(data, guess.encodings[0])
    if other is None or unicodedata.normalize("NFC", text).startswith(other[:-2]):
        return
    raise InputError(
        path,
        f"{decl.says()}, but its text does not read as {decl.label}: {_converted(guess, path)}{_correct_to(guess)}",
        decl.line,
    )
