"""What the country rules share: the document's topic countries and mentions (memoised through
``DocContext.memo``), the segments with a kind of mention, and tests of a word's Vietnamese or foreign context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from audit.lang.countries import (
    HOME,
    TOPIC_KEY,
    Mention,
    Topic,
    bilateral_count,
    document_topic,
    gazetteer,
    is_vietnamese_word,
)
from audit.lang.english import en_zipf, function_words, vi_zipf
from audit.model import Document, Segment
from audit.rules._prefilter import content_lines, content_text, segments_containing
from audit.rules.base import DocContext, Hit
from audit.rules.batch_rows import near_segments

# Countries MT through Chinese inserts where another party is meant (我国 "our country", 中 "middle").
PIVOT_COUNTRIES = ("CN",)
# Vietnamese words written without diacritics, so that "White cam kết" is seen as Vietnamese context.
_VI_PLAIN = frozenset("cam cho tin theo mong sang hy van luon giao tham ban cung sinh tranh can".split())


def topic_of(ctx: DocContext) -> Topic:
    """The document's topic countries (memoised as TOPIC_KEY), from the shared "content-lines"."""

    def topic(doc: Document) -> Topic:
        lines = content_lines(ctx)
        return document_topic(doc, lines.text, lines.starts)

    return ctx.memo(TOPIC_KEY, topic)


def topic_near(ctx: DocContext, seg: Segment) -> Topic:
    """The topic countries of the segments near ``seg`` in a long document (a batch of unrelated sentences:
    audit.rules.batch_rows), where the whole document's say nothing of one row; else :func:`topic_of`."""
    near = near_segments(ctx, seg)
    if near is None:
        return topic_of(ctx)

    def topic(doc: Document) -> Topic:
        # each segment's mentions are those the document's topic found in its text; the bilateral phrases are
        # counted a segment at a time, once a document
        bilateral = ctx.memo("countries.bilateral", lambda d: {s.index: bilateral_count(s.text) for s in d.content})
        known = (topic_of(ctx).mentions, sum(bilateral[s.index] for s in near))
        return document_topic(replace(doc, segments=near, title=""), known=known)

    return ctx.memo(f"countries.topic-near.{seg.index}", topic)


def segments_naming(ctx: DocContext, name: str) -> list[Segment]:
    """The article segments whose text holds ``name`` (no line break in it), in order: one ``str.find`` scan of the
    article, for the frames of C101 that each read every sentence naming China (memoised per name)."""
    return ctx.memo(f"countries.naming.{name}", lambda _doc: segments_containing(ctx, (name,)))


def mentions_of(ctx: DocContext, seg: Segment) -> list[Mention]:
    return topic_of(ctx).mentions.get(seg.index, [])


def _segments_with(ctx: DocContext, *kinds: str) -> Iterator[Segment]:
    """The article segments with a mention of one of ``kinds``: a rule that looks only at such mentions
    checks only these."""
    at = ctx.memo("countries.kinds", lambda _doc: _kinds_at(topic_of(ctx)))
    wanted = set().union(*(at.get(kind, ()) for kind in kinds))
    for seg in ctx.doc.segments:
        if seg.index in wanted and not seg.boilerplate:
            yield seg


def _kinds_at(topic: Topic) -> dict[str, set[int]]:
    """Each mention kind ('place', 'en' …) and the segments that have one."""
    out: dict[str, set[int]] = {}
    for index, mentions in topic.mentions.items():
        for m in mentions:
            out.setdefault(m.kind, set()).add(index)
    return out


def _is_foreign(word: str) -> bool:
    w = word.strip(".,;:!?\"'“”()")
    return bool(w) and w.isalpha() and w.isascii() and not is_vietnamese_word(w) and w.lower() not in _VI_PLAIN


def _is_vi_context(word: str) -> bool:
    w = word.strip(".,;:!?\"'“”()")
    return bool(w) and (is_vietnamese_word(w) or w.lower() in _VI_PLAIN or _is_plain_vi_word(w))


_VI_USE_MARGIN = 1.0  # Zipf: 'ty' (5.6 vi, 3.7 en) and 'chip' (4.3, 4.3) are Vietnamese context; 'in' (5.7, 7.3) is not


def _is_plain_vi_word(word: str) -> bool:
    """A lowercase word without diacritics that Vietnamese text uses about as often as English text does: a
    syllable ('công ty', 'xe', 'hay') or a loan ('chip', 'fan'), not an English preposition ('in', 'at', 'of')."""
    return (
        word.isalpha()
        and word.islower()
        and word not in function_words()
        and vi_zipf(word) >= en_zipf(word) - _VI_USE_MARGIN
    )


def _sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1:] in '.!?:"“('


def _cap(s: str, like: str) -> str:
    return s[:1].upper() + s[1:] if like[:1].isupper() else s


_AFTER_FIRST = r"(?<![\w-].)"


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


def _topic_literals(topic: Topic) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Literal translations of the abbreviations of the topic countries (the only ones the rule looks for)."""
    gz = gazetteer()
    countries = [gz.countries[c] for c in topic.countries if c in gz.countries]
    return (
        tuple(w for c in countries for w in c.literal_vi),
        tuple(w for c in countries for w in c.literal_en),
    )


# Words of a rivalry: a sentence holding one reports a dispute, not a partnership the MT got wrong.
RIVALRY_WORDS = "căng thẳng|cạnh tranh|xung đột|tranh chấp|đối đầu|chiến tranh|bất đồng|trừng phạt"
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Start and end of the sentence (or clause after ';') of ``text`` that holds ``start`` to ``end``."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, start if end is None else end)
    return begin, stop.start() if stop else len(text)


def home_hit(seg: Segment, m: Mention, topic: Topic, what: str, conclusion: str = "it should be {home}") -> Hit:
    """C101's finding on the mention ``m`` of a country that stands for Việt Nam (the MT's 我国 slip): "'<country>'
    <what> in an article about <the topic pair>: <conclusion>" (``{home}`` in the conclusion: Việt Nam)."""
    gz = gazetteer()
    home = gz.name_of(HOME)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{gz.name_of(m.iso)}' {what} in an article about {gz.pair_name(*topic.countries[:2])}: "
        + conclusion.format(home=home),
        suggestion=home,
        confidence=0.8,
    )


def as_written(ctx: DocContext, name: str) -> str:
    """``name`` as the document writes it, its syllables joined by a space or a hyphen and their case aside ('Ả Rập
    Xê Út' written 'Ả Rập Xê-út'), or ``name`` itself when the document does not write it (misses32)."""
    pattern = r"(?<!\w)" + r"[ -]".join(f"(?i:{re.escape(w)})" for w in name.split()) + r"(?!\w)"
    found = re.search(pattern, ctx.memo("content-text", content_text))
    return found.group() if found and found.group()[:1].isupper() else name
