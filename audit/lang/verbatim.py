"""Verbatim tokens: what a translation copies and never translates (links, e-mail addresses, handles,
hashtags, codes such as MH370 or COVID-19, bare domains such as 'yr.no', phone numbers written in groups such
as '+47 22 00 00 00' or '028 3822 1144').

One place for the rule that reports a lost one (A104, audit/rules/source/lost_verbatim_token.py) and for
the built-in score's ``codes`` signal (audit/qe/source_signals.py). A token is looked for in a translation
:func:`squeezed`: case, spaces and hyphens aside (COVID-19 / Covid 19).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.lang.countries import gazetteer
from audit.lang.resources import read_lines, read_tsv
from audit.lang.textcache import per_document

# the characters of a link: printable ASCII (a link ends where Chinese or Vietnamese text starts) but for '"', '<'
# and '>', which RFC 3986 keeps out of links: they close the HTML attribute or tag around it
# ('<a href="https://x.example/terms">terms</a>' holds the link 'https://x.example/terms')
_LINK_CHARS = "[!#-;=?-~]"
VERBATIM = re.compile(
    rf"https?://{_LINK_CHARS}+|www\.{_LINK_CHARS}+"  # links
    # e-mail addresses, in Latin letters (one ends where Chinese text starts: '发邮件给jo@samaritans.org')
    r"|[0-9A-Za-zÀ-ɏ_.+-]+@[0-9A-Za-zÀ-ɏ_-]+(?:\.[0-9A-Za-zÀ-ɏ_-]+)+"
    # handles and hashtags (one ends where Chinese, Japanese or Korean text starts: '@VNExpress发布')
    r"|(?<![A-Za-z0-9@#])[@#][A-Za-z_](?:(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\w){2,}"
    # codes: MH370, COVID-19, A320, H5N1, F-16, FI614 (letters then digits; next to CJK text too), not 'mid-2020'
    # and not a capitalised word, a hyphen and a number ('Unknown-2', 'Shenzhou-17'): the word is translated
    # ('Chưa_biết2', 'Thần Châu-17') and the number is A101/A102's
    r"|(?<![A-Za-z0-9-])(?!(?:mid|pre|post|top|under|over|non|anti|pro|ex)-\d)(?!(?-i:[A-Z][a-z]{2,})-\d)"
    r"(?:[A-Za-z]{2,}-?\d[A-Za-z0-9-]*|[A-Za-z]-?\d{3,}[A-Za-z0-9-]*|[A-Z]\d+[A-Z]\d+|[A-Z]-\d{2,})"
    r"(?![A-Za-z0-9-])"
    # a file or case number: capitals, then numbers between two slashes or more ('AN/2025/4471', 'EU/2024/1689')
    r"|(?<![A-Za-z0-9/-])(?-i:[A-Z]{2,})/\d+(?:/[A-Za-z0-9-]+)+(?![A-Za-z0-9/-])",
    re.IGNORECASE,
)
# a phone number in groups of digits: after a '+' and a country code ('+47 55 31 20 90', '+84 (24) 3825 3536',
# '+1-202-555-0143'), after an area code in brackets ('(04) 72 10 33 58'), or after a trunk '0' in three groups or
# more ('028 3822 1144', '0912.345.678'); one token, not the numbers of its groups (A101/A102 leave them alone).
# Not a number grouped by thousands ('1 500 000': no group starts with a '+', a bracket or a '0'), not a date
# ('05.12.2024': _DATE_SHAPE), and 7 to 15 digits (ITU-T E.164) in all
_PHONE = re.compile(
    r"[+(0](?<![\w+.,/-][+(0])"  # (written from its first character, so that the regex engine skips ahead to one)
    r"(?:(?<=\+)\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,}"
    r"|(?<=\()\d{2,5}\)[ .-]?\d{2,5}(?:[ .-]\d{2,5})+"
    r"|(?<=0)\d{1,4}(?:[ .-]\d{2,5}){2,})"
    r"(?![\w/-]|[.,]\d)"
)
# Việt Nam's toll-free (1800) and service (1900) numbers, of 8 or 10 digits in groups ('1900 9299', '1800.588.822',
# '1900 54 54 54'): no trunk '0' opens them (adversary74: a hotline a translation dropped was read as a lost number)
_SERVICE_PHONE = re.compile(r"(?<![\w+.,/-])1[89]00(?:[ .]\d{2,4}){1,3}(?![\w/-]|[.,]\d)")
# a year's word right before: 'In 1900 1234 people …', 'năm 1800 …' is a year, then a number
_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Yy]ear|năm|[Tt]ừ|[Đđ]ến|[Tt]rước|[Ss]au) $"
)
_DATE_SHAPE = re.compile(r"\d{1,2}([ ./-])\d{1,2}\1\d{2,4}|\d{4}([ ./-])\d{1,2}\2\d{1,2}")
_PHONE_CHARS = re.compile(r"[+(]?\d[\d ().-]*")
_NOT_DIGIT = re.compile(r"\D")
LINK_TAIL = ".,;:!?)]}>'\""  # punctuation after a link belongs to the sentence
# generic top-level domains, and those RFC 2606 reserves for documentation and tests (sample links in a
# product's help pages and release notes: 'support.example/reset', 'api.test')
_GENERIC_TLDS = (
    "com org net gov edu int info biz io co app dev news travel museum uk eu shop store online site tech"
    " example test invalid"
).split()
# every match of VERBATIM holds a digit or one of _MARKS, and every bare domain a dot before a lowercase letter
_DIGIT = re.compile(r"\d")
_MARKS = ("@", "#", "www.", "://")
_DOMAIN_TRIGGER = re.compile(r"\.[a-z]")


@functools.cache
def _bare_domain() -> re.Pattern[str]:
    """A domain written without 'www.' or 'http://' ('en.vedur.is', 'example.co.ke/news'): lowercase labels of
    two characters or more, the first a letter, ending in a generic or a country's top-level domain."""
    tlds = sorted({*_GENERIC_TLDS, *(iso.lower() for iso in gazetteer().countries)}, key=len, reverse=True)
    return re.compile(rf"(?<![\w@./-])(?:[a-z][a-z0-9-]+\.)+(?:{'|'.join(tlds)})(?![\w-])(?:/{_LINK_CHARS}*)?")


@functools.cache
def _currencies() -> frozenset[str]:
    return frozenset(read_lines("currency_codes.txt"))


def _currency_amount(token: str) -> bool:
    """'VND5', 'USD2' (from 'VND5 million'): a currency code before an amount, translated as '5 triệu đồng'."""
    letters = token.rstrip("0123456789.,")
    return letters.upper() in _currencies() and letters != token


def verbatim_tokens(text: str, phones: bool = True) -> Iterator[re.Match[str]]:
    """The links, addresses, handles, hashtags, codes and bare domains of ``text`` (a currency before an
    amount, 'VND5', is none); :func:`token_text` of a match is the token. A link is one token: the bare
    domain a 'www.' link also reads as is not yielded again. Without ``phones``, no phone number."""
    starts = set()
    if phones and _DIGIT.search(text):
        for m in _phones(text):
            starts.add(m.start())
            yield m
    for start, end in _token_regions(text):
        for m in VERBATIM.finditer(text, start, end):
            if not _currency_amount(m.group()):
                starts.add(m.start())
                yield m
    if "." in text:
        for start, end in _regions(text, _DOMAIN_TRIGGER):
            yield from (m for m in _bare_domain().finditer(text, start, end) if m.start() not in starts)


def _phones(text: str) -> Iterator[re.Match[str]]:
    """The phone numbers of ``text`` (see :data:`_PHONE`), and Việt Nam's toll-free and service numbers (see
    :data:`_SERVICE_PHONE`)."""
    for m in _PHONE.finditer(text):
        if 7 <= len(_NOT_DIGIT.sub("", m.group())) <= 15 and not _DATE_SHAPE.fullmatch(m.group()):
            yield m
    if "1800" in text or "1900" in text:
        for m in _SERVICE_PHONE.finditer(text):
            if len(_NOT_DIGIT.sub("", m.group())) in (8, 10) and not _YEAR_BEFORE.search(text, 0, m.start()):
                yield m


def _national(phone: str) -> str:
    """The digits of a phone number without its country code or trunk '0' ('+84 24 3825 3536' → '2438253536',
    '028 3822 1144' → '2838221144'): what the number is written with in either convention."""
    if phone.startswith("+"):
        groups = re.split(r"[ .()-]+", phone[1:])
        national = "".join(groups[1:]) if len(groups) > 1 else ""
        return _NOT_DIGIT.sub("", national) or _NOT_DIGIT.sub("", phone)
    return _NOT_DIGIT.sub("", phone).lstrip("0")


def _phone_held(phone: str, text: str) -> bool:
    """The phone number is in ``text`` (casefolded, maybe squeezed): its national digits in one run of digits and
    the characters that group them, whichever way the run writes the country code and the groups."""
    national = _national(phone)
    return any(national in _NOT_DIGIT.sub("", run) for run in _PHONE_CHARS.findall(text))


def _stretch(text: str, i: int) -> tuple[int, int]:
    """The stretch between spaces around ``text[i]``."""
    end = text.find(" ", i)
    return text.rfind(" ", 0, i) + 1, len(text) if end < 0 else end


def _token_regions(text: str) -> list[tuple[int, int]]:
    """The stretches between spaces that hold a digit or one of :data:`_MARKS`, in order (see :func:`_regions`);
    found with ``str.find`` and a digit search, much faster than one pattern for all of them."""
    out = set()
    pos = 0
    while (m := _DIGIT.search(text, pos)) is not None:
        start, pos = _stretch(text, m.start())
        out.add((start, pos))
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            start, end = _stretch(text, i)
            out.add((start, end))
            i = text.find(mark, end)
    return sorted(out)


def _regions(text: str, trigger: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The stretches between spaces that hold a match of ``trigger``, in order.

    No token holds a space, so the matches of a token pattern in the stretches are its matches in the whole
    text (a lookbehind still sees the character before a stretch); the patterns start with lookbehinds,
    which the regex engine would otherwise try at every character.
    """
    end = -1
    for m in trigger.finditer(text):
        if m.start() < end:
            continue
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.end())
        if end < 0:
            end = len(text)
        yield start, end
        if end == len(text):
            return


def token_text(m: re.Match[str]) -> str:
    """A verbatim token's text without the sentence punctuation after a link."""
    return m.group().rstrip(LINK_TAIL)


def token_kind(token: str) -> str:
    """What a verbatim token is: 'link', 'email', 'handle', 'domain', 'phone' or 'code'."""
    if _PHONE_CHARS.fullmatch(token):
        return "phone"
    if token[:1] in "@#":
        return "handle"
    if "@" in token:
        return "email"
    if re.match(r"(?i)https?://|www\.", token):
        return "link"
    return "code" if any(c.isdigit() for c in token) and "." not in token else "domain"


_SPACES_HYPHENS = re.compile(r"[\s-]+")


def squeezed(text: str) -> str:
    """``text`` casefolded without spaces and hyphens: how a copied token is looked for."""
    return _SPACES_HYPHENS.sub("", text.casefold())


def lost_tokens(source: str, target: str) -> tuple[list[str], list[str]]:
    """(the source's verbatim tokens, each once in order; those of them the target does not hold)."""
    if not _DIGIT.search(source) and not any(mark in source for mark in _MARKS) and not _DOMAIN_TRIGGER.search(source):
        return [], []  # no token can be there (the common case)
    tokens, lost = _lost(source, target)
    return list(tokens), list(lost)


@per_document(maxsize=4096)
def _lost(source: str, target: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`lost_tokens` past its cheap test, computed once a document (rule A104 and the built-in score ask)."""
    tokens = tuple(dict.fromkeys(token_text(m) for m in verbatim_tokens(source)))
    if not tokens:
        return (), ()
    held, spaced = squeezed(target), _unspaced(target)
    return tokens, tuple(t for t in tokens if not held_in(t, held, spaced) and not translated_code(t, target))


@functools.cache
def _translated_codes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(a code's pattern, the pattern of its translation) of references/translated_codes.tsv."""
    return tuple((re.compile(row["code"], re.IGNORECASE), row["vi"]) for row in read_tsv("translated_codes.tsv"))


def translated_code(token: str, target: str) -> bool:
    """The code ``token`` is one a translation translates ('p109' → 'tr. 109', 'WW1' → 'Thế chiến 1';
    references/translated_codes.tsv) and ``target`` has its translation."""
    for code, vi in _translated_codes():
        if (m := code.fullmatch(token)) is not None:
            number = re.escape(m.groupdict().get("n") or "")
            return re.search(vi.replace("{n}", number), target, re.IGNORECASE) is not None
    return False


_ADDRESS_KINDS = frozenset({"link", "email", "domain"})
_SPACES = re.compile(r"\s+")


def _unspaced(text: str) -> str:
    """``text`` casefolded without spaces: how an address, whose hyphens count, is looked for."""
    return _SPACES.sub("", text.casefold())


def held_in(token: str, squeezed_text: str, unspaced_text: str) -> bool:
    """The verbatim ``token`` is in a text given as :func:`squeezed` and as :func:`_unspaced`: a code without
    regard to its hyphens (COVID-19 / Covid 19), a link, e-mail address or domain with them ('lta-go.vn' and
    'ltago.vn' are two domains: one that lost its hyphen no longer reaches anyone)."""
    kind = token_kind(token)
    if kind in _ADDRESS_KINDS:
        return _unspaced(token) in unspaced_text
    if kind == "phone":
        return _phone_held(token, unspaced_text)
    return squeezed(token) in squeezed_text


def held_in_text(token: str, text: str) -> bool:
    """:func:`held_in` for a plain ``text``."""
    return held_in(token, squeezed(text), _unspaced(text))


def verbatim_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`verbatim_tokens` in ``text`` but for phone numbers (what a number inside one belongs
    to; a phone number's groups belong to it as :func:`phone_spans` says)."""
    return [m.span() for m in verbatim_tokens(text, phones=False)]


class PhoneSpans(NamedTuple):
    """The phone numbers of a source and its target whose groups the number rules leave alone (:func:`phone_spans`),
    and the source's the target drops."""

    source: tuple[tuple[int, int], ...]  # spans in the source
    target: tuple[tuple[int, int], ...]  # spans in the target
    dropped: frozenset[str]  # the texts of the source's phone numbers the target drops (no stand-in there)


_NO_PHONES = PhoneSpans((), (), frozenset())


@per_document(maxsize=4096)
def phone_spans(source: str, target: str) -> PhoneSpans:
    """The phone numbers whose groups are no numbers to compare: those both sides hold (in any grouping, with the
    country code or the trunk '0'), and those one side lacks, unless each the source lacks has a stand-in the
    target lacks (as many of each): a number whose group changed ('+1 617 555 0142' → '… 0124') is compared
    group by group (A101 flags the group, with its fix); one dropped is one lost token (A104), not the numbers of
    its groups (A102)."""
    tokens, _ = lost_tokens(source, target)  # (A104 asks for them: cached)
    if not any(_PHONE_CHARS.fullmatch(t) for t in tokens):
        return _NO_PHONES
    src = list(_phones(source))
    tgt = list(_phones(target))
    lost = [m for m in src if not _phone_held(m.group(), _unspaced(target))]
    added = [m for m in tgt if not _phone_held(m.group(), _unspaced(source))]
    if lost and len(added) == len(lost):  # each has a stand-in: its groups are compared
        src = [m for m in src if m not in lost]
        tgt = [m for m in tgt if m not in added]
        lost = []
    return PhoneSpans(tuple(m.span() for m in src), tuple(m.span() for m in tgt), frozenset(m.group() for m in lost))
