"""Name the likely encoding of a file that is not UTF-8, for its input error.

Used only to word the error: the file is never read with a guessed encoding (it stays an
input error; the user converts it, the original kept under a name
a directory walk skips). Each candidate decodes the bytes strictly and the
decoded text is judged by what it would have to look like:

- UTF-16 without a BOM: NUL bytes on every other position (the high byte of ASCII characters;
  little-endian puts it second, big-endian first — Unicode Standard, ch. 3 "Encoding Forms").
- Vietnamese (Windows-1258, VISCII, TCVN3): nearly all words with non-ASCII letters are valid
  Vietnamese syllables (audit.lang.syllable), and half the lowercase words. Windows-1258 writes
  tones as combining marks (bytes CC, EC, D2, DE, F2 = U+0300, U+0301, U+0309, U+0303, U+0323:
  Microsoft's cp1258 table, Python's ``cp1258`` codec); VISCII and TCVN3 put precomposed letters on
  the upper half (VISCII six capitals on C0 bytes too), tables in references/legacy_vi_charsets.tsv.
  A decoding with letters beyond Latin-1 (ơ, ư, ă, đ, ạ …) rules out the Western encodings.
- Western European (ISO-8859-1 / Windows-1252): non-ASCII characters are letters or common
  punctuation, and a minority of the letters (a Cyrillic or Greek file read as Latin-1 is all
  high letters). The two differ only on bytes 80–9F (C1 controls in ISO-8859-1, “smart” quotes,
  € etc. in Windows-1252); without those bytes they read a file the same.
- GB18030 (Simplified Chinese): the characters are in GB2312, the common set (real text hardly
  leaves it), and no kana; Shift-JIS and EUC-JP (Japanese): kana present, no half-width
  katakana; EUC-KR (Korean): Hangul nearly throughout. EUC-KR and GB2312 share a byte layout, so
  a Korean file can fit both: then both are listed.

Measured on clean_news sentences converted with iconv (one sentence per sample, 400 of them):
Windows-1258 399 named right, TCVN3 395, VISCII 385 (the rest listed as unsure with VISCII among
them, or not convertible); never a wrong encoding named as sure, also on Western European, Chinese,
Japanese, Korean, Greek and Big5 samples.

When several candidates fit (with different texts) the guess says so and lists them; when none
fits, it says that too.
"""

from __future__ import annotations

import codecs
import functools
import re
import shlex
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

# iconv name -> how the message names it
LABELS = {
    "UTF-16LE": "UTF-16 little-endian without a BOM",
    "UTF-16BE": "UTF-16 big-endian without a BOM",
    "WINDOWS-1258": "Vietnamese text in Windows-1258",
    "VISCII": "Vietnamese text in VISCII",
    "TCVN5712-1": "Vietnamese text in TCVN3 (TCVN 5712, the .Vn fonts' ABC encoding)",
    "WINDOWS-1252": "Western European text in Windows-1252",
    "ISO-8859-1": "Western European text in ISO-8859-1 (Latin-1; Windows-1252 reads these bytes the same)",
    "GB18030": "Chinese text in GB18030 (GBK, GB2312)",
    "SHIFT_JIS": "Japanese text in Shift-JIS",
    "EUC-JP": "Japanese text in EUC-JP",
    "EUC-KR": "Korean text in EUC-KR",
}
# C0 controls other than tab, newlines, form feed and escape, and DEL: text has next to none (VISCII's six
# capitals on 02, 05, 06, 14, 19, 1E are rare letters).
_CONTROL_BYTES = [bytes([b]) for b in (*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F)]
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]*>")
_JSON_KEY = re.compile(r'"[\w-]+"\s*:')
_SAMPLE = 1 << 16


BACKUP_SUFFIX = ".orig"  # no input format's extension: a directory walk skips the original kept under it


def convert_in_place(path: str, command: str, once: bool = False, to: str = "to UTF-8") -> str:
    """How to convert ``path`` to UTF-8 where it is, the original kept as ``path.orig``: ``command`` is the
    converter with ``{src}`` and ``{dst}`` (``iconv -f X -t UTF-8 {src} > {dst}``). A copy written beside the
    original (``a.utf8.txt``) would leave the original in the audited folder, failing the next run again.
    ``once``: the move is to be done once, the conversion tried several times."""
    orig = shlex.quote(path + BACKUP_SUFFIX)
    move = f"mv {shlex.quote(path)} {orig}"
    convert = command.format(src=orig, dst=shlex.quote(path))
    kept = PurePath(path).name + BACKUP_SUFFIX
    lead = f"convert it {to} where it is, the original kept as {kept} (a name audit run skips):"
    return f"{lead} {move} once, then {convert}" if once else f"{lead} {move} && {convert}"


@dataclass(frozen=True, slots=True)
class Guess:
    """The likely encodings of some bytes (iconv names, likeliest first); ``sure`` when one fits alone."""

    encodings: tuple[str, ...]
    sure: bool
    binary: bool = False

    def hint(self, path: str) -> str:
        """What the input error says: the encoding and the iconv command converting ``path`` (see
        :func:`convert_in_place`)."""
        if self.binary:
            return "it does not look like text (many control bytes): a binary file?"
        if not self.encodings:
            return (
                "its bytes fit none of the encodings mt-audit recognises (Vietnamese Windows-1258, TCVN3, VISCII; "
                f"Western European; Chinese, Japanese, Korean; UTF-16): {_iconv('ENCODING', path)}, ENCODING being "
                "the one it was saved in"
            )
        if self.sure:
            enc = self.encodings[0]
            return f"it looks like {LABELS[enc]}: {_iconv(enc, path)}"
        return (
            f"its encoding cannot be told for sure from its bytes: one of {', '.join(self.encodings)}; "
            f"{_iconv('ENCODING', path, once=True)} with each and keep the one that reads right"
        )


def _iconv(enc: str, path: str, once: bool = False) -> str:
    """The iconv conversion of ``path`` from ``enc`` (standard input: in the pipe)."""
    if path == "-":
        return f"convert it in the pipe before audit run - with iconv -f {enc} -t UTF-8"
    return convert_in_place(path, f"iconv -f {enc} -t UTF-8 {{src}} > {{dst}}", once)


def guess_utf16(data: bytes) -> str | None:
    """``UTF-16LE``/``UTF-16BE`` when ``data`` reads as UTF-16 text without a BOM, else None."""
    data = data[: _SAMPLE & ~1]
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for enc, hi, lo in (("UTF-16LE", nul_odd, nul_even), ("UTF-16BE", nul_even, nul_odd)):
        if hi >= 0.3 and lo <= 0.02:
            try:
                text = data[: len(data) & ~1].decode(enc.lower())
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() or c in "\t\r\n" for c in text) >= 0.95 * len(text):
                return enc
    return None


def guess_encoding(data: bytes) -> Guess:
    """The likely encoding of ``data`` (bytes that are not UTF-8)."""
    data = data[:_SAMPLE]
    utf16 = guess_utf16(data)
    if utf16:
        return Guess((utf16,), True)
    if sum(map(data.count, _CONTROL_BYTES)) > 0.03 * len(data):
        return Guess((), False, binary=True)
    texts = {enc: _text_only(t) for enc in _CANDIDATES if (t := _decode(data, enc)) is not None}
    fits = [enc for enc, text in texts.items() if _FITS[enc](text, data)]
    vietnamese = [enc for enc in fits if enc in _VIETNAMESE]
    if any(_beyond_latin1(texts[enc]) for enc in vietnamese):
        fits = [enc for enc in fits if enc not in _WESTERN]  # a Western encoding cannot give ơ, ư, ạ
    elif vietnamese and _syllable_share(_lower_words(texts[vietnamese[0]])) < 0.8:
        fits.sort(key=lambda enc: enc not in _WESTERN)  # Latin-1 letters in words mostly not Vietnamese
    distinct: dict[str, str] = {}  # decoded text -> the first encoding giving it
    for enc in fits:
        distinct.setdefault(texts[enc], enc)
    if distinct:
        return Guess(tuple(distinct.values()), len(distinct) == 1)
    return Guess((), False)


def iconv_text(data: bytes, enc: str) -> str | None:
    """The NFC text of ``data``'s first 64 KB in ``enc`` (an iconv name of :data:`LABELS`), or None when
    the bytes are not ``enc`` (UTF-16 names included)."""
    if enc.startswith("UTF-16"):
        try:
            return unicodedata.normalize("NFC", data[: _SAMPLE & ~1].decode(enc.lower()))
        except UnicodeDecodeError:
            return None
    return _decode(data[:_SAMPLE], enc)


LEGACY_VI = ("VISCII", "TCVN5712-1")  # the legacy Vietnamese encodings read by table, not by a Python codec


def decode_legacy_vi(data: bytes, enc: str) -> str:
    """``data`` in VISCII or TCVN 5712 (``enc``, their iconv name) by the tables of
    references/legacy_vi_charsets.tsv: they define every byte, so this never fails; TCVN's combining tone
    marks (bytes B0–B4) stay as written, after their letter (NFC composes them)."""
    return data.decode("latin-1").translate(_legacy_table(enc))


def _decode(data: bytes, enc: str) -> str | None:
    """``data`` decoded strictly in ``enc`` (NFC), or None; a character cut at the sample's end is left out."""
    try:
        if enc in LEGACY_VI:
            text = decode_legacy_vi(data, enc)
        else:
            text = codecs.getincrementaldecoder(PY_CODECS[enc])().decode(data, final=False)
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFC", text)


@functools.cache
def _legacy_table(enc: str) -> dict[int, str]:
    from audit.lang.resources import read_tsv

    name = {"VISCII": "viscii", "TCVN5712-1": "tcvn"}[enc]
    return {
        int(row["byte"], 16): chr(int(row["codepoint"][2:], 16))
        for row in read_tsv("legacy_vi_charsets.tsv")
        if row["charset"] == name
    }


def _controls(text: str) -> int:
    return sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cn", "Co") and c not in "\t\r\n")


def _vietnamese(text: str, data: bytes) -> bool:
    """Nearly all words with non-ASCII letters are Vietnamese syllables; when those letters are all
    in Latin-1 (à, é, ô: Portuguese reads so too), half the lowercase words as well (names, loanwords
    such as 'camera' and an English source column are not)."""
    if _controls(text):
        return False
    accented = [w for w in _WORD.findall(text) if not w.isascii()]
    if not accented or _syllable_share(accented) < 0.8:
        return False
    return _beyond_latin1(text) or _syllable_share(_lower_words(text)) >= 0.5


def _text_only(text: str) -> str:
    """``text`` without markup tags and JSON keys, which are not words of the language."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if '":' in text:
        text = _JSON_KEY.sub(" ", text)
    return text


def _lower_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w[0].islower()]


def _syllable_share(words: list[str]) -> float:
    from audit.lang.syllable import is_valid_syllable

    return sum(map(is_valid_syllable, words)) / len(words) if words else 0.0


def _beyond_latin1(text: str) -> bool:
    """Letters Latin-1 has not (ơ, ư, ă, đ, ạ …): a Western European encoding cannot have produced them."""
    return any(ord(c) > 0xFF for c in text)


_WESTERN_PUNCT = frozenset({"Pi", "Pf", "Pd", "Po", "Ps", "Pe", "Zs", "Sc"})


def _western(text: str, data: bytes) -> bool:
    """Non-ASCII characters are letters or common punctuation, a minority of the letters (accents on
    Latin words, not whole words of another script read as Latin-1 letters)."""
    wide = [c for c in text if ord(c) > 0x7F]
    odd = [c for c in wide if not (c.isalpha() or unicodedata.category(c) in _WESTERN_PUNCT)]
    letters = sum(c.isalpha() for c in text)
    return not _controls(text) and len(odd) <= 0.05 * len(wide) and sum(c.isalpha() for c in wide) <= 0.3 * letters


def _windows_1252(text: str, data: bytes) -> bool:
    # Only the bytes 80-9F tell it from ISO-8859-1 (which reads them as C1 controls).
    return any(0x80 <= b <= 0x9F for b in data) and _western(text, data)


def _gb18030(text: str, data: bytes) -> bool:
    wide = [c for c in text if ord(c) > 0x7F]
    if len(wide) < 2 or _kana(wide):  # GB2312 has kana (rows 4, 5): Japanese EUC-JP reads as GB
        return False
    common = sum(1 for c in wide if _encodes(c, "gb2312"))
    return not _controls(text) and common >= 0.9 * len(wide)


def _japanese(text: str, data: bytes) -> bool:
    """Kana (Japanese text always has them), no half-width katakana (what misread bytes A1-DF give)."""
    wide = [c for c in text if ord(c) > 0x7F]
    halfwidth = sum(1 for c in wide if "\uff61" <= c <= "\uff9f")
    return not _controls(text) and _kana(wide) > 0 and halfwidth <= 0.05 * len(wide)


def _kana(chars: list[str]) -> int:
    return sum(1 for c in chars if "\u3040" <= c <= "\u30ff")


def _korean(text: str, data: bytes) -> bool:
    """Hangul syllables nearly throughout (Chinese GB text read as EUC-KR gives Hanja as well)."""
    wide = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    hangul = sum(1 for c in wide if "\uac00" <= c <= "\ud7a3")
    return not _controls(text) and len(wide) >= 2 and hangul >= 0.95 * len(wide)


def _encodes(c: str, codec: str) -> bool:
    try:
        c.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


PY_CODECS = {
    "WINDOWS-1258": "cp1258",
    "WINDOWS-1252": "cp1252",
    "ISO-8859-1": "latin-1",
    "GB18030": "gb18030",
    "SHIFT_JIS": "shift_jis",
    "EUC-JP": "euc_jp",
    "EUC-KR": "euc_kr",
}
# Checked in this order; when several fit with different texts, all are listed in it.
_CANDIDATES = (
    "WINDOWS-1258",
    "TCVN5712-1",
    "VISCII",
    "GB18030",
    "SHIFT_JIS",
    "EUC-JP",
    "EUC-KR",
    "WINDOWS-1252",
    "ISO-8859-1",
)
_VIETNAMESE = ("WINDOWS-1258", "TCVN5712-1", "VISCII")
_WESTERN = ("WINDOWS-1252", "ISO-8859-1")
_FITS = {
    "WINDOWS-1258": _vietnamese,
    "TCVN5712-1": _vietnamese,
    "VISCII": _vietnamese,
    "GB18030": _gb18030,
    "SHIFT_JIS": _japanese,
    "EUC-JP": _japanese,
    "EUC-KR": _korean,
    "WINDOWS-1252": _windows_1252,
    "ISO-8859-1": _western,
}
