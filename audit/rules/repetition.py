"""F111–F113 repetition: a grammatical word doubled, a phrase repeated back to back, a decoding loop."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from audit.lang.textcache import per_document
from audit.lang.tokens import Token, tokens, words
from audit.lang.vi_words import grammatical_words, is_allowed_repetition
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.registry import register

_MAX_PHRASE = 6


@per_document(maxsize=4096)
def _gaps(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Distances (1…_MAX_PHRASE words) at which a word, and a pair of words, of ``text`` recur.

    Both are empty for most sentences, which settles F111–F113 without a phrase search.
    """
    low = words(text)
    if len(set(low)) == len(low):
        return frozenset(), frozenset()
    seen: dict[str, list[int]] = {}
    word_gaps: set[int] = set()
    pair_gaps: set[int] = set()
    for k, w in enumerate(low):
        for j in seen.get(w, ()):
            g = k - j
            if g <= _MAX_PHRASE:
                word_gaps.add(g)
                if k + 1 < len(low) and low[k + 1] == low[j + 1]:
                    pair_gaps.add(g)
        seen.setdefault(w, []).append(k)
    return frozenset(word_gaps), frozenset(pair_gaps)


def _key(toks: Sequence[Token]) -> tuple[str, ...]:
    return tuple(t.lower for t in toks)


def _joined(text: str, toks: Sequence[Token]) -> bool:
    """The tokens follow each other with single spaces or hyphens only (one phrase)."""
    return all(text[a.end : b.start] in (" ", "-") for a, b in itertools.pairwise(toks))


def _copies(text: str, toks: Sequence[Token], i: int, n: int) -> tuple[int, bool]:
    """How many copies of toks[i:i+n] follow each other from i, and whether a comma separates any."""
    first = _key(toks[i : i + n])
    count, comma = 1, False
    j = i + n
    while j + n <= len(toks) and _key(toks[j : j + n]) == first and _joined(text, toks[j : j + n]):
        sep = text[toks[j - 1].end : toks[j].start]
        if sep == ", ":
            comma = True
        elif sep != " ":
            break
        count += 1
        j += n
    return count, comma


@register
class RepeatedWord(SegmentRule):
    code = "F111"
    name = "repeated-word"
    category = "fluency/grammar"
    severity = Severity.MINOR
    summary = "A grammatical word written twice in a row ('đã đã', 'của của')"
    why = (
        "Tense markers, prepositions and conjunctions are never doubled in correct Vietnamese; a "
        "doubling is a typing or MT error. Content syllables are not checked alone, because a "
        "syllable often ends one word and starts the next ('yêu cầu cầu thủ', 'hành vi vi phạm')."
    )
    fires = ("Hai bên [[đã đã]] ký kết hiệp định.", "Ngay sau [[những những]] phát biểu trên, giá cổ phiếu tăng.")
    quiet = ("Máy bay bay là là trên mặt nước.", "Trước trận đấu tôi yêu cầu cầu thủ thận trọng.", "Hai bên đã ký.")

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        if not _doubled(text):
            return
        toks = tokens(text)
        gram = grammatical_words()
        for a, b in itertools.pairwise(toks):
            if a.text == b.text and a.lower in gram and text[a.end : b.start] == " ":
                if not is_allowed_repetition(a.lower):
                    yield self.hit(seg, a.start, b.end, f"{a.text!r} written twice", suggestion=a.text)


@per_document(maxsize=4096)
def _repeated_pair(text: str) -> bool:
    """Some pair of adjacent words recurs within _MAX_PHRASE words (needed by any repeated phrase)."""
    low = words(text)
    pairs = list(itertools.pairwise(low))
    if len(set(pairs)) == len(pairs):
        return False
    last: dict[tuple[str, str], int] = {}
    for k, pair in enumerate(itertools.pairwise(low)):
        j = last.get(pair)
        if j is not None and k - j <= _MAX_PHRASE:
            return True
        last[pair] = k
    return False


_DOUBLED = re.compile(r"(?i)\b(\w++),? \1\b")


@per_document(maxsize=4096)
def _doubled(text: str) -> bool:
    """Some word is written twice in a row (case aside, maybe with a comma between)."""
    return _DOUBLED.search(text) is not None


class _RepetitionRule(SegmentRule):
    """Looks only at segments where a word pair recurs (or, with ``with_doubled``, a word is doubled)."""

    with_doubled = False

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in ctx.doc.segments:
            if seg.boilerplate:
                continue
            if _repeated_pair(seg.text) or (self.with_doubled and _doubled(seg.text)):
                yield from self.check(seg, ctx)


def _in_quotation(text: str, i: int) -> bool:
    """Inside a quotation opened before ``i`` in the same segment (and not closed before it)."""
    before = text[:i]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


@register
class RepeatedPhrase(_RepetitionRule):
    code = "F112"
    name = "repeated-phrase"
    category = "fluency/grammar"
    severity = Severity.MINOR

    summary = "A phrase of two or more words repeated back to back ('hợp tác hợp tác')"
    why = (
        "MT decoders stutter and emit the same phrase twice. Emphatic repetitions that are correct "
        "Vietnamese ('hàng nghìn hàng nghìn', 'từng bước từng bước', 'ngày ngày') are in "
        "references/vi_reduplications.tsv. After a comma, a repeated two-word phrase is only "
        "flagged when it is a name ('Việt Nam, Việt Nam'): lists repeat heads ('chả mực, mực xào')."
    )
    fires = (
        "Hai nước tăng cường [[hợp tác hợp tác]] kinh tế.",
        "Về tình hình ở [[Biển Hoa Nam, Biển Hoa Nam]] hai bên bày tỏ lo ngại.",
    )
    quiet = (
        "Đây là một ca trong số hàng nghìn hàng nghìn ca bệnh.",
        "Món mực có thể làm chả mực, mực xào, mực hấp.",
        "Hợp tác kinh tế là trụ cột của hợp tác song phương.",
        "Đám đông hô vang: “Tiến lên Việt Nam, tiến lên Việt Nam!”",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        toks = tokens(text)
        if not any(g >= 2 for g in _gaps(text)[1]):
            return
        low = [t.lower for t in toks]
        i = 0
        while i < len(toks):
            found = False
            for n in range(min(_MAX_PHRASE, (len(toks) - i) // 2), 1, -1):
                if low[i] != low[i + n]:
                    continue
                phrase = toks[i : i + n]
                if not _joined(text, phrase):
                    continue
                count, comma = _copies(text, toks, i, n)
                if count >= 3:  # a decoding loop: F113 reports it
                    i += count * n
                    found = True
                    break
                if count < 2:
                    continue
                if is_allowed_repetition(" ".join(t.lower for t in phrase)):
                    continue
                if comma and n == 2 and not all(t.is_capitalized for t in phrase):
                    continue
                if comma and _in_quotation(text, phrase[0].start):
                    continue  # a chant or chorus quoted as sung ("Hút sữa ra, hút sữa ra")
                end = toks[i + 2 * n - 1].end
                once = text[phrase[0].start : phrase[-1].end]
                yield self.hit(seg, phrase[0].start, end, f"{once!r} repeated", suggestion=once)
                i += 2 * n
                found = True
                break
            if not found:
                i += 1


@register
class DecodingLoop(_RepetitionRule):
    code = "F113"
    name = "decoding-loop"
    category = "fluency/grammar"
    severity = Severity.MAJOR

    with_doubled = True
    summary = "The same word or phrase three or more times in a row"
    why = (
        "A neural decoder caught in a loop repeats itself ('phát triển phát triển phát triển'); "
        "the sentence is unusable as it is. Phrases that recur apart in one sentence are not flagged: "
        "human news text repeats names and titles ('Đoàn đại biểu Quốc hội … Đại biểu Quốc hội')."
    )
    fires = (
        "Hai nước cùng [[phát triển phát triển phát triển]] kinh tế.",
        "Hai bên cam kết [[tăng cường, tăng cường, tăng cường]] hợp tác.",
    )
    quiet = (
        "Ngày ngày người người đi làm.",
        "Hai bên nhất trí tăng cường hợp tác song phương và đa phương.",
        "Xa xa là những ngọn núi.",
        "“Không, không, không!” cô ấy hét lên.",
        "Tiếng trống tùng tùng tùng vang lên, khán giả cười ha ha ha.",
        "Công dân Việt Nam tại Ấn Độ liên hệ Đại sứ quán Việt Nam tại Ấn Độ hoặc Lãnh sự quán Việt Nam tại Ấn Độ.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        toks = tokens(text)
        word_gaps, pair_gaps = _gaps(text)
        if 1 not in word_gaps and not any(g >= 2 for g in pair_gaps):
            return
        low = [t.lower for t in toks]
        i = 0
        while i < len(toks):
            for n in range(1, min(_MAX_PHRASE, (len(toks) - i) // 3) + 1):
                if low[i] != low[i + n] or low[i] != low[i + 2 * n]:
                    continue
                phrase = toks[i : i + n]
                if not _joined(text, phrase):
                    continue
                count, _ = _copies(text, toks, i, n)
                if count >= 3 and not is_allowed_repetition(" ".join(low[i : i + n])):
                    end = toks[i + count * n - 1].end
                    once = text[phrase[0].start : phrase[-1].end]
                    yield self.hit(seg, phrase[0].start, end, f"{once!r} repeated {count} times", suggestion=once)
                    i += count * n - 1
                    break
            i += 1
