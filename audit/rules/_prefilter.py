"""A segment rule that first asks one cheap regular expression of the whole document.

Most rules of the F/L/T families fire on a small share of segments. Searching the document's
article text once with a pattern every firing segment must match (its ``trigger``) and mapping
each match back to its segment (:func:`segments_matching`) skips the per-segment work for all the
others; only the segments the trigger matches are checked.
"""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, groupby, repeat
from operator import attrgetter, not_
from typing import ClassVar

from audit.lang import stored_regex
from audit.lang.lines import line_starts, lines_holding
from audit.lang.rare_chars import RARE, is_rare_scan, may_match
from audit.lang.syllable import syllable_set
from audit.lang.tokens import vocabulary, words
from audit.model import Document, Segment
from audit.rules.base import DocContext, Hit, SegmentRule


def content_text(doc: Document) -> str:
    """The article text of a document, one segment per line (memoise it as "content-text")."""
    return "\n".join(s.text for s in doc.segments if not s.boilerplate)


def content_vocabulary(doc: Document) -> Counter[str]:
    """Lowercase words of the article text and their counts (memoise it as "vocab")."""
    return vocabulary(s.text for s in doc.segments if not s.boilerplate)


@dataclass(frozen=True, slots=True)
class ContentLines:
    """The article text with the offset where each of its segments starts."""

    text: str
    starts: list[int]
    segments: list[Segment]
    one_line_each: bool  # no segment contains a newline: line k of ``text`` is segment k

    def segment_at(self, offset: int) -> int:
        """Index (into ``segments``) of the segment holding ``text[offset]`` (a newline: the one before)."""
        return bisect_right(self.starts, offset) - 1


def _content_lines(ctx: DocContext) -> ContentLines:
    text = ctx.memo("content-text", content_text)
    segments = [s for s in ctx.doc.segments if not s.boilerplate]
    starts = line_starts([s.text for s in segments])
    return ContentLines(text, starts, segments, text.count("\n") == len(segments) - 1)


def content_lines(ctx: DocContext) -> ContentLines:
    """The article text and its segment offsets (memoised as "content-lines")."""
    return ctx.memo("content-lines", lambda _doc: _content_lines(ctx))


def segments_matching(ctx: DocContext, pattern: re.Pattern[str]) -> Iterator[Segment]:
    """The article segments where ``pattern`` may match, in order: one scan of the article text.

    After a match the scan goes on at the next segment, so each segment is given once; the caller
    checks each segment itself.

    The result holds every segment ``pattern.search(seg.text)`` matches only if the pattern matches
    in the joined text wherever it matches in a lone segment. The joined text has a '\\n' where a
    lone segment has its start or end, so a pattern must not rely on those edges: ``^``/``$`` need
    ``(?m)``, and ``\\A``, ``\\Z``, ``(?<!\\s)``, ``(?!\\s)`` (or a lookaround that a newline fails)
    at a segment's edge would silently skip segments. tests/unit/test_prefilter.py checks this for
    the trigger (or scans) of every PrefilteredRule.

    A scan for a class of rare characters (audit.lang.rare_chars) runs only where the article text holds one of
    its class (:func:`rare_characters`).
    """
    if is_rare_scan(pattern) and not may_match(pattern, rare_characters(ctx)):
        return  # (the rare characters are looked for only when a rare scan is asked for)
    lines = content_lines(ctx)
    if not lines.one_line_each:  # a segment with a newline inside: offsets and anchors do not line up
        yield from (s for s in lines.segments if pattern.search(s.text))
        return
    text, starts, search = lines.text, lines.starts, pattern.search
    last = len(starts) - 1
    m = search(text)
    while m is not None:
        k = lines.segment_at(m.start())
        yield lines.segments[k]
        if k >= last:
            return
        m = search(text, starts[k + 1])


@dataclass(frozen=True, slots=True)
class SplitScan:
    """A scan that opens on a class of a few characters, ``[chars](?:rest)``, or on one of a few words,
    ``(?:w1|w2|…)(?:rest)`` (``whole``), made as one scan a character or word, ``c(?:rest)`` (``heads``, each with
    its literal): re skips ahead to a literal first character (1 to 3 ns a character of a Vietnamese article) but
    tries a class, or an alternation's first letters, at every character (5 to 9 ns). The whole matches at a place
    just where the head of a literal there does, so the heads' segments together are the whole's."""

    whole: re.Pattern[str]
    heads: tuple[tuple[str, re.Pattern[str]], ...]

    def search_any(self, text: str) -> bool:
        """``whole.search(text) is not None``, from the heads whose literal ``text`` holds."""
        return any(head.search(text) is not None for literal, head in self.heads if literal in text)


def split_scan(chars: str, rest: str) -> SplitScan:
    """The scan ``[chars](?:rest)`` and its heads (see :class:`SplitScan`); ``chars`` as they are, not escaped."""
    group = f"(?:{rest})"
    return SplitScan(
        stored_regex.compile(f"[{re.escape(chars)}]{group}"),
        tuple((c, stored_regex.compile(re.escape(c) + group)) for c in chars),
    )


def split_words(words: Iterable[str], rest: str) -> SplitScan:
    """The scan ``(?:w1|w2|…)(?:rest)`` of ``words`` (as they are, not escaped; in their order) and its heads."""
    words = tuple(words)
    group = f"(?:{rest})"
    whole = stored_regex.compile(f"(?:{'|'.join(map(re.escape, words))}){group}")
    return SplitScan(whole, tuple((w, stored_regex.compile(re.escape(w) + group)) for w in words))


def segments_matching_split(ctx: DocContext, scan: SplitScan) -> Iterator[Segment]:
    """``segments_matching(ctx, scan.whole)``, the same segments in the same order (lazily), from the scans of
    ``scan.heads`` whose character the article text holds, merged."""
    lines = content_lines(ctx)
    if not lines.one_line_each:
        yield from segments_matching(ctx, scan.whole)
        return
    text = lines.text
    found = [segments_matching(ctx, head) for c, head in scan.heads if c in text]
    if len(found) == 1:
        yield from found[0]
        return
    for _, same in groupby(heapq.merge(*found, key=_INDEX), key=_INDEX):
        yield next(same)


_INDEX = attrgetter("index")


def rare_characters(ctx: DocContext) -> frozenset[str]:
    """The characters of :data:`audit.lang.rare_chars.RARE` the article text holds, most often none: one scan
    (memoised as "rare-characters") that spares the scans for each of their classes where none is there."""
    return ctx.memo("rare-characters", lambda _doc: frozenset(RARE.findall(content_lines(ctx).text)))


# The characters whose ``str.lower`` differs from what a case-insensitive pattern compares them as, for
# the letters of the words searched for in lowercase text today: 'İ' lowers to two characters (offsets
# shift) and 'ı' matches 'i' only in a regex; 'ſ' (long s) matches 's' only in a regex (T308's 'đổng sự trưởng').
# A search word with another letter may add characters: tests/unit/test_prefilter.py derives the set from every
# word searched for.
CASE_UNSAFE = ("İ", "ı", "ſ")


def lowered_content(ctx: DocContext) -> str | None:
    """The article text in lowercase, character for character (memoised as "content-lower").

    None when the text has a character of :data:`CASE_UNSAFE`: finding a word in the lowercase text
    would not then find what a case-insensitive pattern of that word finds.
    """

    def lower(_doc: Document) -> str | None:
        text = content_lines(ctx).text
        return None if any(c in text for c in CASE_UNSAFE) else text.lower()

    return ctx.memo("content-lower", lower)


def lowered_in_nfc(ctx: DocContext) -> bool:
    """:func:`lowered_content` is there and in NFC, its words then too (memoised as "content-lower-nfc": the
    spelling rules S101 and T301 both ask)."""

    def nfc(_doc: Document) -> bool:
        low = lowered_content(ctx)
        return low is not None and unicodedata.is_normalized("NFC", low)

    return ctx.memo("content-lower-nfc", nfc)


def segments_containing(ctx: DocContext, needles: Iterable[str], *, lowercase: bool = False) -> list[Segment]:
    """The article segments whose text (with ``lowercase``: lowercased text) contains one of ``needles``
    (strings without a newline), in order: one ``str.find`` scan of the article text a needle."""
    lines = content_lines(ctx)
    text = lowered_content(ctx) if lowercase else lines.text
    if text is None or not lines.one_line_each:
        return [s for s in lines.segments if any(n in (s.text.lower() if lowercase else s.text) for n in needles)]
    return [lines.segments[k] for k in sorted(lines_holding(text, lines.starts, needles))]


def in_vocabulary(ctx: DocContext, needles: tuple[str, ...], *, whole: bool) -> list[str]:
    """The lowercase ``needles`` whose words can stand in the article: each word (run of ``\\w``) a needle must hold
    whole is a word of :func:`word_set`. With ``whole`` all its words (for a caller whose matches hold the needle
    whole: a pattern with ``(?<!\\w)`` and ``(?!\\w)`` at its ends); else the words touching neither end of the
    needle, which any occurrence of it in the lowercase text holds whole (a non-word character on both sides).
    A gate before :func:`segments_containing`'s ``str.find`` scan of the article a needle: a set test, not a scan."""
    vocab = word_set(ctx)
    return [n for n, need in _needed_words(needles, whole) if need <= vocab]


@functools.cache
def _needed_words(needles: tuple[str, ...], whole: bool) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each needle and the words :func:`in_vocabulary` asks of the article for it."""
    return tuple(
        (n, frozenset(m.group() for m in _WORD.finditer(n) if whole or 0 < m.start() <= m.end() < len(n)))
        for n in needles
    )


_WORD = re.compile(r"\w+")


# Characters that are no word character (``\w``), common in news text. Replaced by spaces they leave the
# runs of ``\w`` of a text as they are, and most lines then split into chunks that are one run each.
NON_WORD = (",", ".", '"', "(", ")", ":", ";", "-", "/", "%", "?", "!", "“", "”", "‘", "’", "'", "…", "*", "•")


def _split_words(ctx: DocContext) -> list[tuple[str, ...]]:
    lines = content_lines(ctx)
    low = lowered_content(ctx)
    if low is None or not lines.one_line_each or not lines.segments:
        return [words(s.text) for s in lines.segments]
    for ch in NON_WORD:
        if ch in low:
            low = low.replace(ch, " ")
    chunks = list(map(str.split, low.split("\n")))
    # a line whose chunks, joined, are all letters and digits has the runs of \w for chunks: words(seg.text) told
    # and split at C level (map), not by a Python step a line; only the other lines ask words()
    out = list(map(tuple, chunks))
    for k in compress(range(len(chunks)), map(not_, map(str.isalnum, map("".join, chunks)))):
        if chunks[k]:
            out[k] = words(lines.segments[k].text)
    return out


def content_words(ctx: DocContext) -> list[tuple[str, ...]]:
    """``words(s.text)`` of each article segment ``s``, in order (memoised as "content-words").

    Found from the lowercase article text at once: with the characters of :data:`NON_WORD` made
    spaces, a line whose chunks between spaces are all letters and digits has those chunks for
    words; only the other lines ask :func:`words`. (The lowercase text is each segment's lowercase
    text joined by newlines: 'İ', which lowers to two characters, turns the shortcut off, and a
    newline ends a word as the end of a text does, also for the final sigma.)
    """
    return ctx.memo("content-words", lambda _doc: _split_words(ctx))


def word_counts(ctx: DocContext) -> Counter[str]:
    """:func:`content_vocabulary` from :func:`content_words` (memoised as "vocab", the same value)."""
    return ctx.memo("vocab", lambda _doc: Counter(chain.from_iterable(content_words(ctx))))


def word_count(ctx: DocContext, word: str) -> int:
    """``word_counts(ctx)[word]`` without counting every word of the document (S101 asks it of a few suggestions):
    0 for a word not in :func:`word_set`, else how often it stands in the lowercase article text with no word
    character (``\\w``) on either side (the words are the maximal runs of ``\\w`` of that text), found with
    ``str.find``; memoised per word in "word-count"."""
    counted: dict[str, int] = ctx.memo("word-count", lambda _doc: {})
    n = counted.get(word)
    if n is None:
        n = counted[word] = _count_word(ctx, word) if word in word_set(ctx) else 0
    return n


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what re calls \w


def _count_word(ctx: DocContext, word: str) -> int:
    low = lowered_content(ctx)
    if low is None:
        return sum(map(tuple.count, content_words(ctx), repeat(word)))
    n, size, end = 0, len(word), len(low)
    i = low.find(word)
    while i >= 0:
        j = i + size  # an occurrence inside a longer run is passed over: none of the run's words starts before j
        if (i == 0 or not _is_word_char(low[i - 1])) and (j == end or not _is_word_char(low[j])):
            n += 1
        i = low.find(word, j)
    return n


def word_set(ctx: DocContext) -> set[str]:
    """The words of :func:`word_counts` without their counts, quicker to gather (memoised as "word-set")."""
    return ctx.memo("word-set", lambda _doc: set(chain.from_iterable(content_words(ctx))))


def non_syllables(ctx: DocContext) -> set[str]:
    """The words of :func:`word_set` not spelled as a Vietnamese syllable is spelled in the syllable table
    (lowercase, NFC): a set difference shared by L101 and S101 (memoised as "non-syllables")."""
    return ctx.memo("non-syllables", lambda _doc: word_set(ctx).difference(syllable_set()))


class PrefilteredRule(SegmentRule):
    """A SegmentRule whose ``trigger`` must match a segment before ``check`` looks at it.

    The segments to test are found in one scan of the article text (:meth:`candidates`): by default
    with ``scan`` (default: the trigger), a pattern that matches wherever the trigger does, written for
    the whole text (``(?m)`` anchors) or cheaper to scan for (a literal first, or a :class:`SplitScan`); a rule
    may override :meth:`candidates` (several scans, ``str.find`` of needles). Each candidate is tested with the
    trigger itself, so the findings are those of testing every segment.
    """

    trigger: ClassVar[re.Pattern[str]]
    scan: ClassVar[re.Pattern[str] | SplitScan | None] = None

    def trigger_pattern(self) -> re.Pattern[str]:
        """The trigger (override to build it from a reference file on first use)."""
        return self.trigger

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Article segments that may match the trigger (all those that do), in order."""
        if isinstance(self.scan, SplitScan):
            return segments_matching_split(ctx, self.scan)
        return segments_matching(ctx, self.scan or self.trigger_pattern())

    def trigger_parts(self) -> tuple[re.Pattern[str], ...]:
        """Patterns one of which matches a text wherever the trigger matches in it, and only then: the trigger alone,
        or (override) the branches of a trigger that alternates patterns opening on different items, each searched
        with its own literal or character skip, where ``re`` tries the alternation at every position."""
        return (self.trigger_pattern(),)

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        parts = self.trigger_parts()
        if len(parts) > 1:
            for seg in self.candidates(ctx):
                if any(p.search(seg.text) for p in parts):
                    yield from self.check(seg, ctx)
            return
        pattern = parts[0]
        for seg in self.candidates(ctx):
            if pattern.search(seg.text):
                yield from self.check(seg, ctx)


def segments_matching_any(ctx: DocContext, patterns: Iterable[re.Pattern[str]]) -> list[Segment]:
    """The article segments where one of ``patterns`` may match (see :func:`segments_matching`), in order."""
    found = {s.index: s for p in patterns for s in segments_matching(ctx, p)}
    return [found[i] for i in sorted(found)]
