"""Sentence segmentation for Vietnamese news text, returning character spans.

Splits after ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) when
whitespace follows, except after an abbreviation (``TP.``, ``PGS.TS.``, ``v.v.``) or a
single capital initial, and except an ellipsis ``...`` followed by a lowercase word.
Dates (``27/12/2025``), numbers (``1.000``, ``95,8``) and times never split because no
whitespace follows their punctuation, nor does the number of a list item ("1. Cá lóc làm sạch …",
"IV. Điều khoản chung"), nor a '?' standing for a year not known ("(? - 1733)"). A space before the
final stop (``để mặc .``), common in MT output, still ends the sentence there.
"""

from __future__ import annotations

import functools
import re

from audit.lang.resources import read_lines

# A run of stops, then closing quotes or brackets, then a space or the end. Written to open on a class (not on a
# repeated alternation, ``(?:\.{2,}|…|[.!?])+`` before: the same matches) so that re skips ahead to a stop instead of
# trying the pattern at every character: 4.7 to 1.1 us a line of news.
_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s|$)")
_OPENERS = "\"'“‘«([–-*•"
# A list item's number standing alone before its full stop: '1', '12', 'IV' (the sentence so far is only that)
_ENUMERATOR = re.compile(r"\s*(?:\d{1,3}|[IVX]{1,5})\s*$")
# English month abbreviations before a day ('Nov. 20', left by MT from English): no sentence ends there
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
        start -= 1
    return text[start:end]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of one paragraph, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    abbrevs = _abbreviations()
    for m in _END.finditer(text):
        punct = m.group()
        nxt = m.end()
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt >= n:
            break
        following = text[nxt]
        if punct.startswith(".") and not punct.startswith(".."):
            word = _word_before(text, m.start())
            if word in abbrevs:
                # "v.v." (and MT's "vv."), "etc.", "a.m.", "p.m." may end a sentence; other abbreviations never do.
                if word not in {"v.v", "vv", "etc", "a.m", "p.m"} or not following.isupper():
                    continue
            if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
                continue
            if word in _MONTHS and following.isdigit():
                continue
        if punct.startswith("..") or punct.startswith("…"):
            if following.islower():  # "Cổng kết nối toàn cầu... trong đó"
                continue
        if following in ",;:)":
            continue
        if punct == "." and _ENUMERATOR.match(text, start, m.start()):
            continue  # "1. Cá lóc làm sạch …": a numbered step's number, not a sentence
        if punct[0] == "?" and _unknown_year(text, m.start(), following):
            continue  # "(? - 1733)", "(1690 - ?)": a year not known, not a question
        spans.append(_trim(text, start, m.end()))
        start = nxt
    if start < n:
        spans.append(_trim(text, start, n))
    return [s for s in spans if s[1] > s[0]]


def _unknown_year(text: str, at: int, following: str) -> bool:
    """The '?' at ``at`` stands alone beside a dash, as a biography writes a year not known ('(khai sơn, ? -
    1733)', '(1690 – ?)')."""
    if not (at == 0 or text[at - 1] in " ("):
        return False
    if following in "-–—":
        return True
    j = at  # the dash before, spaces between (not text[:at].rstrip(): a copy per '?' is quadratic on a long line)
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j > 0 and text[j - 1] in "-–—"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def raw_sentences(
    text: str, offsets: list[int] | None, raw_length: int, whole: bool = False
) -> list[tuple[int, int, int, int]]:
    """(start, end, raw_start, raw_end) of each sentence of ``text``, an NFC text whose ``offsets`` map its indices to
    those of the raw text it was read as (``raw_length`` characters; None: the same text), without the white space at
    its edges, empty ones left out; ``whole``: the text is one span (a chrome line is not split)."""
    out = []
    for start, end in [(0, len(text))] if whole else sentence_spans(text):
        start, end = _trim(text, start, end)
        if start == end:
            continue
        if offsets:
            out.append((start, end, offsets[start], offsets[end] if end < len(text) else raw_length))
        else:
            out.append((start, end, start, end))
    return out
