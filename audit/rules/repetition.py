"""F111–F113 repetition: a grammatical word doubled, a phrase repeated back to back, a decoding loop."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from audit.lang.english import is_english, reads_english
from audit.lang.quantities import vi_one_word_numbers
from audit.lang.quotes import quote_carried
from audit.lang.resources import read_lines
from audit.lang.syllable_lm import in_word
from audit.lang.textcache import per_document
from audit.lang.tokens import Token, tokens, words
from audit.lang.units import vi_unit_words
from audit.lang.vi_words import doubled_across, grammatical_words, is_allowed_repetition, loop_of_doubled_word
from audit.model import Segment, Severity
from audit.rules._prefilter import SplitScan, content_lines, content_words, segments_matching_split, split_words
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.registry import register

_MAX_PHRASE = 8  # words of the longest phrase looked for (six until misses20: adversary63's stutter had eight)


class Repeats(NamedTuple):
    """What recurs among the words of a segment (``words``: lowercase runs of letters and digits)."""

    doubled_word: bool  # a word follows itself
    pair_within: bool  # a pair of adjacent words recurs 1…_MAX_PHRASE words later
    pair_apart: bool  # … 2…_MAX_PHRASE words later (a phrase of two or more words repeated)
    twice: bool = False  # a phrase of 2…_MAX_PHRASE words follows itself: _back_to_back(words) finds some
    thrice: bool = False  # a phrase of 1…_MAX_PHRASE words comes three times in a row: _loops(words) finds some


_NOTHING = Repeats(False, False, False)


@per_document(maxsize=4096)
def _repeats(text: str) -> Repeats:
    """What recurs among ``text``'s words (see :func:`_repeats_of`)."""
    return _repeats_of(words(text))


def _repeats_of(low: Sequence[str]) -> Repeats:
    """What recurs among the words ``low``: none for most sentences, which settles F111–F113 without
    a phrase search; where a pair of words recurs, whether a phrase follows itself (the answers of
    :func:`_back_to_back` and :func:`_loops`, found in the same walk).

    The walk is that of :func:`_near_repeats`, each pair looked at as it is found (no list of them made
    and walked again): tests/unit/test_repetition_fastpaths.py checks the answers against their definitions."""
    first: dict[str, int] = {}
    ids = list(map(first.setdefault, low, itertools.count()))
    if len(first) == len(low):
        return _NOTHING  # no word comes again: most short sentences
    size = len(low)
    doubled = within = apart = twice = thrice = False
    last: dict[int, int] = {}  # as in _near_repeats
    before: dict[int, int] = {}
    for k in itertools.compress(itertools.count(), map(operator.ne, ids, itertools.count())):
        word = ids[k]
        j = before[k] = last.get(word, word)
        last[word] = k
        while k - j <= _MAX_PHRASE:  # each pair (j, k) of _near_repeats, nearest j first
            n = k - j
            doubled = doubled or n == 1
            if k + 1 < size and low[k + 1] == low[j + 1]:  # the pair from j comes again at k
                within = True
                # a phrase following itself (twice: of two words or more), or a third time (thrice), recurs so
                if n >= 2:
                    apart = True
                    twice = twice or (k + n <= size and low[j:k] == low[k : k + n])
                thrice = thrice or (k + 2 * n <= size and low[j:k] == low[k : k + n] == low[k + n : k + 2 * n])
            if j == word:  # its first place
                break
            j = before[j]
    return Repeats(doubled, within, apart, twice, thrice) if doubled or within else _NOTHING


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


_DOUBLED = re.compile(r"(?i)\b(\w++),?[ \n]\1\b")

# between the two copies of a doubled word: a space, or the line break of a subtitle cue or of a
# multi-line segment (layout inside one sentence, as on screen)
_WORD_GAPS = (" ", "\n")


def _case_apart(text: str) -> bool:
    """A character on which ``str.lower`` and a case-insensitive regex part ways: 'İ' lowers to two
    characters, 'Σ' to the final 'ς' at the end of a word (every other character they treat alike)."""
    return "İ" in text or "Σ" in text


def _doubled(text: str, repeats: Repeats) -> bool:
    """Some word is written twice in a row (case aside, maybe with a comma between); ``repeats``:
    ``_repeats(text)``.

    Such a word is two equal words in a row of ``words(text)``; only then is the regex asked.
    """
    if not repeats.doubled_word and not _case_apart(text):
        return False
    return _DOUBLED.search(text) is not None


class _Recurring(NamedTuple):
    """An article segment, its words (``words(seg.text)``) and what recurs among them."""

    seg: Segment
    words: tuple[str, ...]
    repeats: Repeats


def _word_repeats(ctx: DocContext) -> list[_Recurring]:
    """The article segments whose words recur, and those with a character of :func:`_case_apart`
    (memoised as "word-repeats"): no rule wants another segment."""
    segments = content_lines(ctx).segments
    apart = _case_apart(content_lines(ctx).text)
    found = []
    for seg, low in zip(segments, content_words(ctx), strict=True):
        repeats = _repeats_of(low)
        if repeats is not _NOTHING or (apart and _case_apart(seg.text)):
            found.append(_Recurring(seg, low, repeats))
    return found


class _RepetitionRule(SegmentRule):
    """Looks only at segments where the words recur as it needs (:meth:`wants`), with :meth:`examine`;
    ``refrains_allowed``: a phrase repeated with commas on a line of a song or poem (a refrain) or a word or two
    cried out with commas ('Khoan, khoan, khoan!') is not flagged."""

    refrains_allowed = False

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg, ws, repeats in ctx.memo("word-repeats", lambda _doc: _word_repeats(ctx)):
            if self.wants(seg.text, repeats):
                yield from self._kept(self.examine(seg, ws, repeats), ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        repeats = _repeats(text)
        if self.wants(text, repeats):
            yield from self._kept(self.examine(seg, words(text), repeats), ctx)

    def _kept(self, hits: Iterator[Hit], ctx: DocContext) -> Iterator[Hit]:
        return _outside_verse_refrains(hits, ctx) if self.refrains_allowed else hits

    def wants(self, text: str, repeats: Repeats) -> bool:
        """Whether :meth:`examine` can find anything in the segment (``repeats``: ``_repeats(text)``);
        never where nothing recurs and the text has no character of :func:`_case_apart`."""
        raise NotImplementedError

    def examine(self, seg: Segment, ws: tuple[str, ...], repeats: Repeats) -> Iterator[Hit]:
        """The findings in a segment it :meth:`wants` (``ws``: ``words(seg.text)``, ``repeats``: what
        recurs among them)."""
        raise NotImplementedError


@register
class RepeatedWord(_RepetitionRule):
    code = "F111"
    name = "repeated-word"
    category = "fluency/grammar"
    severity = Severity.MINOR
    summary = "A grammatical word, a counted classifier or a unit written twice in a row ('đã đã', '300 chiếc chiếc')"
    why = (
        "Tense markers, prepositions and conjunctions are never doubled in correct Vietnamese; a "
        "doubling is a typing or MT error. Content syllables are not checked alone, because a "
        "syllable often ends one word and starts the next ('yêu cầu cầu thủ', 'hành vi vi phạm'). 'Được' "
        "ends a verb and starts the passive ('kết quả đạt được được đánh giá cao' is right), so it counts only "
        "after a tense, aspect or modal marker ('sẽ được được'), not where it is the verb 'get' of a relative clause "
        "('khoản tiền mà mỗi hộ đã được được công khai'). A classifier doubled right after a count is such a slip "
        "too ('567.000 căn căn hộ', 'ba chiếc chiếc xe'), but not 'con con' (tiny) nor 'người người' (everyone); and "
        "a unit doubled after an amount ('120 tỷ đồng đồng'), but not before a word its second copy starts ('đồng "
        "thời'). A time word on both sides of its number is Chinese's order kept ('vào năm 2026 năm' for 2026年, "
        "'ngày 5 ngày', 'tháng 3 tháng'), but not a list ('tháng 3 tháng 4') nor a new phrase ('năm 2025 năm nay')."
    )
    fires = (
        "Hai bên [[đã đã]] ký kết hiệp định.",
        "Ngay sau [[những những]] phát biểu trên, giá cổ phiếu tăng.",
        "Sau ba năm ở Perth, chị quyết định trở [[về về]] quê.",
        "Các mẫu xe mới sẽ [[được được]] bán ra từ tháng sau.",
        "Thành phố sẽ xây thêm 12.000 [[căn căn]] hộ nhà ở xã hội.",
        "Các đối tượng chiếm đoạt hơn 80 tỷ [[đồng đồng]] của 300 nạn nhân.",
        "Đường bay thẳng sẽ được mở vào [[năm 2026 năm]].",
    )
    quiet = (
        "Máy bay bay là là trên mặt nước.",
        "Trước trận đấu tôi yêu cầu cầu thủ thận trọng.",
        "Hai bên đã ký.",
        "Mỗi ngày chị đi đi về về giữa Ninh Bình và Nam Định.",
        "Những kết quả đạt được được lãnh đạo tỉnh đánh giá cao.",
        "Mức hỗ trợ mà người dân sẽ được được niêm yết tại nhà văn hóa thôn.",
        "Người người, nhà nhà treo cờ; hai chú mèo con con nằm sưởi nắng.",
        "Dự án có vốn 120 tỷ đồng đồng thời tạo việc làm cho 500 lao động.",
        "Năm 2025, năm đầu tiên của kế hoạch, và năm 2025 năm nay đều được nhắc; tháng 3 tháng 4 trời khô.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        yield from super().run(ctx)
        for seg in segments_matching_split(ctx, _time_word_scan()):
            yield from self._time_word_around(seg)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from super().check(seg, ctx)
        if _time_word_scan().search_any(seg.text):
            yield from self._time_word_around(seg)

    def _time_word_around(self, seg: Segment) -> Iterator[Hit]:
        """'vào năm 2026 năm.' (2026年): the time word before its number, as Vietnamese writes it, and again after
        it, as Chinese does (年, 月, 日), with nothing or a grammatical word after the second copy; never a list ('tháng
        3 tháng 4'), a new phrase ('năm 2025 năm nay', 'năm 2025 năm học mới', 'ngày 2 ngày Quốc khánh'), nor a
        number its time word cannot take (a 'năm' of one or two digits, a 'tháng' over 12, a 'ngày' over 31)."""
        text = seg.text
        gram = grammatical_words()
        for m in _TIME_AROUND.finditer(text):
            word, n = m["w"].lower(), int(m["n"])
            if word != m["v"] or not (1 <= n <= _TIME_MAX[word]) or (word == "năm" and n < 100):
                continue
            after = _WORD_AFTER.match(text, m.end())
            if after is not None and after["next"].lower() not in gram:
                continue
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m['v']}' written on both sides of {m['n']} (Chinese puts {_TIME_ZH[word]} after the number); "
                f"write '{m['w']} {m['n']}'",
                suggestion=f"{m['w']} {m['n']}",
            )

    def wants(self, text: str, repeats: Repeats) -> bool:
        return repeats.doubled_word or _case_apart(text)  # what _doubled asks first

    def examine(self, seg: Segment, ws: tuple[str, ...], repeats: Repeats) -> Iterator[Hit]:
        text = seg.text
        if _DOUBLED.search(text) is None:  # with what it wants: _doubled(text, repeats)
            return
        toks = tokens(text)
        gram = grammatical_words()
        for i, (a, b) in enumerate(itertools.pairwise(toks)):
            doubled = a.text == b.text and text[a.end : b.start] in _WORD_GAPS
            if not doubled:
                continue
            if _unit_after_amount(text, toks, i):  # 'tỷ đồng' is one word with the amount: no _two_words test
                yield self.hit(seg, a.start, b.end, f"{a.text!r} written twice", suggestion=a.text)
            elif a.lower in gram or _passive_after_marker(toks, i) or _classifier_after_count(text, toks, i):
                if not is_allowed_repetition(a.lower) and not _two_words(toks, i) and not _paired(toks, i):
                    yield self.hit(seg, a.start, b.end, f"{a.text!r} written twice", suggestion=a.text)


_TIME_MAX = {"năm": 9999, "tháng": 12, "ngày": 31}
_TIME_ZH = {"năm": "年", "tháng": "月", "ngày": "日"}
# a time word, a number and the same time word again, no number after it ('tháng 3 tháng 4' is a list)
_TIME_AROUND = re.compile(r"(?<!\w)(?P<w>[Nn]ăm|[Tt]háng|[Nn]gày) (?P<n>\d{1,4}) (?P<v>năm|tháng|ngày)(?!\w)(?! ?\d)")
_WORD_AFTER = re.compile(r" (?P<next>\w+)")


@functools.cache
def _time_word_scan() -> SplitScan:
    """Where :data:`_TIME_AROUND` may match: a time word's end, either case ('năm', 'Năm' end in 'ăm'), a number and a
    time word (literal heads: three scans rather than six)."""
    return split_words(("ăm ", "áng ", "gày "), r"\d{1,4} (?:năm|tháng|ngày)(?!\w)")


# 'được' ends a verb ('đạt được', 'thu được') and starts the passive ('được đánh giá'), so 'kết quả đạt được được
# đánh giá cao' is right; after a tense, aspect or modal marker no verb is there to end: 'sẽ được được phân phối'
_MARKERS = frozenset("sẽ đã đang vẫn cũng không chưa chẳng đều sắp vừa mới từng cần phải".split())


def _passive_after_marker(toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is 'được' right after a tense, aspect or modal marker, and not the verb 'get' of a relative
    clause whose subject of one to three words follows 'mà' or 'gì' ('số tiền mà mỗi hộ đã được được công khai':
    the sum each household got is made public)."""
    if toks[i].lower != "được" or i == 0 or toks[i - 1].lower not in _MARKERS:
        return False
    subject = toks[max(0, i - 5) : i - 1]
    return not any(
        t.lower in _RELATIVE and 1 <= len(subject) - k - 1 <= 3 and not any(u.lower in _MARKERS for u in subject[k:])
        for k, t in enumerate(subject)
    )


_RELATIVE = frozenset(("mà", "gì"))


def _classifier_after_count(text: str, toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is a classifier (references/vi_classifiers.txt) right after a count, a number in digits or in a
    word, and doubled: '567.000 căn căn hộ', 'ba chiếc chiếc xe' (the classifier and the noun that starts with it,
    both kept). Not 'con' ('con con', tiny) nor 'người' ('người người', everyone), which Vietnamese doubles."""
    if toks[i].lower in ("con", "người") or toks[i].lower not in _classifiers():
        return False
    if _DIGITS_BEFORE.search(text, 0, toks[i].start):
        return True
    return i > 0 and text[toks[i - 1].end : toks[i].start] == " " and toks[i - 1].lower in vi_one_word_numbers()


_DIGITS_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\d? $")


def _unit_after_amount(text: str, toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is a unit of money, mass, length, area or data (references/units.tsv) right after an amount in
    digits, with its scale word ('120 tỷ đồng đồng', '30 tấn tấn', '5 USD USD'), and doubled; not where the second
    copy starts a word with the word after it ('120 tỷ đồng đồng thời …', a comma left out before 'đồng thời')."""
    if toks[i].text not in vi_unit_words(_UNIT_KINDS) or not _AMOUNT_BEFORE.search(text, 0, toks[i].start):
        return False
    return not (i + 2 < len(toks) and in_word(toks[i + 1].lower, toks[i + 2].lower))


_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?: (?:nghìn|ngàn|triệu|tỷ|tỉ|nghìn tỷ|ngàn tỷ))? $")

_UNIT_KINDS = frozenset(("currency", "mass", "length", "area", "data"))


@functools.cache
def _classifiers() -> frozenset[str]:
    return frozenset(read_lines("vi_classifiers.txt"))


def _two_words(toks: Sequence[Token], i: int) -> bool:
    """The doubled word at ``toks[i]``, ``toks[i + 1]`` is two words: the first copy ends a compound with the word
    before it or the second starts one with the word after it ('gần như như nhau', 'để để dành')."""
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    return doubled_across(before, toks[i].lower, after)


def _paired(toks: Sequence[Token], i: int) -> bool:
    """The doubled word at ``toks[i]``, ``toks[i + 1]`` is half of a doubled compound, each of its words
    written twice ('đi đi về về', 'ra ra vào vào'): the word before it or the word after it is doubled too."""
    low = [t.lower for t in toks[max(i - 2, 0) : i + 4]]
    at = min(i, 2)  # where toks[i] is in low
    before = at == 2 and low[0] == low[1]
    return before or (len(low) >= at + 4 and low[at + 2] == low[at + 3])


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
    refrains_allowed = True

    summary = "A phrase of two or more words repeated back to back ('hợp tác hợp tác')"
    why = (
        "MT decoders stutter and emit the same phrase twice. Emphatic repetitions that are correct "
        "Vietnamese ('hàng nghìn hàng nghìn', 'từng bước từng bước', 'ngày ngày') are in "
        "references/vi_reduplications.tsv. After a comma, a repeated two-word phrase is only "
        "flagged when it is a name ('Việt Nam, Việt Nam'): lists repeat heads ('chả mực, mực xào'). In a song or "
        "poem a phrase repeated with commas on a line is a refrain. A comma-repeated phrase followed by an "
        "ordinal or a superlative is an apposition ('nước đối tác, nước đối tác thứ 10'). A name that ends a "
        "sentence's opening phrase ('Theo …', 'Ở …') and comes again before a verb is the main clause's subject. "
        "A name that closes one dashed pair and opens the next is a list of routes ('Hà Nội – Huế, Huế – Đà Lạt'). "
        "A phrase said twice across a comma at the opening of a sentence that ends on its speaker and a verb of "
        "saying is speech reported without quotation marks ('Hai điểm, hai điểm …, HLV … nói'). A "
        "phrase three times or more, a doubled phrase written twice too ('ôn tập ôn tập ôn tập ôn tập'), is a "
        "decoding loop: F113's. A phrase of a few words and a number written twice ('năm 2028 năm 2028') is one too. "
        "English is not a stutter: its 'more and more', 'again and again', and any repetition in a quotation whose "
        "lowercase words are English (names such as 'Đắk Lắk' left out), also one carried over a sentence break."
    )
    fires = (
        "Hai nước tăng cường [[hợp tác hợp tác]] kinh tế.",
        "Về tình hình ở [[Biển Hoa Nam, Biển Hoa Nam]] hai bên bày tỏ lo ngại.",
        "Nhà ga sẽ đi vào hoạt động [[từ tháng 9/2027 từ tháng 9/2027]].",
    )
    quiet = (
        "Đây là một ca trong số hàng nghìn hàng nghìn ca bệnh.",
        "Món mực có thể làm chả mực, mực xào, mực hấp.",
        "Hợp tác kinh tế là trụ cột của hợp tác song phương.",
        "Đám đông hô vang: “Tiến lên Việt Nam, tiến lên Việt Nam!”",
        "Lào là đối tác, đối tác lớn nhất của tỉnh; hội nghị có một quan sát viên, quan sát viên thứ hai của khối.",
        "Theo báo cáo của Ngân hàng Thế giới về Ấn Độ, Ấn Độ vẫn là nền kinh tế lớn tăng trưởng nhanh nhất.",
        "Người dân chờ đợi chờ đợi chờ đợi chờ đợi suốt cả buổi sáng.",
        "Hãng mở thêm chuyến trên các chặng Đà Nẵng – Cần Thơ, Cần Thơ – Côn Đảo.",
        "Sản lượng năm 2024, năm 2025 đều tăng; số 5 và số 5A là hai nhà khác nhau.",
        "Một trận thắng, một trận thắng thôi là đủ để đi tiếp, tiền vệ Nguyễn Quang Hải chia sẻ.",
        'Ông nói: "Our tea gets better and better, and more and more of it goes to buyers in Đà Lạt."',
    )

    def _kept(self, hits: Iterator[Hit], ctx: DocContext) -> Iterator[Hit]:
        segments = ctx.doc.segments
        return (h for h in super()._kept(hits, ctx) if not _english_repeat(segments[h.segment], h, segments))

    def wants(self, text: str, repeats: Repeats) -> bool:
        return repeats.pair_apart

    def examine(self, seg: Segment, ws: tuple[str, ...], repeats: Repeats) -> Iterator[Hit]:
        text = seg.text
        letters = _token_words(text, ws)
        if repeats.twice and letters is not None and len(letters) < len(ws) and _number_twice(ws):
            yield from self._with_numbers(seg)  # a phrase with a number in it ('năm 2028 năm 2028'): no tokens
        phrases = None  # _back_to_back of the tokens' lowercase, when found before the tokens are made
        if letters is not None:  # the tokens' lowercase, from the words
            if len(letters) == len(ws) and not repeats.twice:
                return  # (letters that are all the words are the words, whose repeats are known)
            if len(letters) < len(ws) and not (phrases := _back_to_back(letters)):
                return
        toks = tokens(text)
        low = letters if letters is not None else [t.lower for t in toks]
        i = 0
        for start, lengths in phrases if phrases is not None else _back_to_back(low):
            if start < i:
                continue
            i = start + 1
            for n in lengths:
                phrase = toks[start : start + n]
                if not _joined(text, phrase):
                    continue
                if _periodic(low[start : start + n]):
                    continue  # 'tập luyện tập luyện' twice is 'tập luyện' four times: a loop, F113's (a shorter n)
                count, comma = _copies(text, toks, start, n)
                if count >= 3:  # a decoding loop: F113 reports it
                    i = start + count * n
                    break
                if count < 2:
                    continue
                if is_allowed_repetition(" ".join(t.lower for t in phrase)):
                    continue
                if comma and n == 2 and not all(t.is_capitalized for t in phrase):
                    continue
                if comma and _in_quotation(text, phrase[0].start):
                    continue  # a chant or chorus quoted as sung ("Hút sữa ra, hút sữa ra")
                end = toks[start + 2 * n - 1].end
                if comma and _spoken_opening(text, phrase[0].start, end):
                    continue  # speech reported without quotation marks ('Hai bàn thắng, hai bàn thắng …, X nói.')
                if comma and _RANKED_AFTER.match(text, end):
                    continue  # an apposition that ranks the thing ('nước đối tác, nước đối tác thứ 10 của BRICS')
                if comma and _INTRODUCED.match(text, 0, phrase[0].start) and _PREDICATE_AFTER.match(text, end):
                    continue  # an opening phrase ends on the name, the main clause's subject ('Theo … Lào, Lào là')
                if comma and _PAIR_BEFORE.search(text, 0, phrase[0].start) and _PAIR_AFTER.match(text, end):
                    continue  # a list of dashed pairs sharing an end ('Hà Nội – TP Hồ Chí Minh, TP Hồ Chí Minh – Vinh')
                once = text[phrase[0].start : phrase[-1].end]
                yield self.hit(seg, phrase[0].start, end, f"{once!r} repeated", suggestion=once)
                i = start + 2 * n
                break

    def _with_numbers(self, seg: Segment) -> Iterator[Hit]:
        """A phrase of a word or three and a number written twice back to back ('khai thác năm 2028 năm 2028', 'từ
        ngày 5/12 từ ngày 5/12'), which the phrase search over tokens (no numbers) cannot see."""
        for m in _NUMBERED_TWICE.finditer(seg.text):
            once = m["phrase"]
            yield self.hit(seg, m.start(), m.end(), f"{once!r} repeated", suggestion=once)


# English's reduplicated phrases, a word on both sides of 'and' ('more and more', 'again and again', 'over and over',
# 'on and on'), read as a two-word phrase twice when an 'and' comes before or after them ('…, and more and more of it')
_EN_REDUPLICATION = re.compile(r"(?i)(?:and )?([a-z]+) and \1(?: and)?")
_QUOTATION = re.compile(r"“([^”]+)(?:”|$)|\"([^\"]+)(?:\"|$)")  # closed in the segment or carried on past its end


def _english_repeat(seg: Segment, hit: Hit, segments: Sequence[Segment]) -> bool:
    """The repeated phrase is English, not a decoder's stutter: English's 'more and more' (an English word either
    side of 'and'), or any repetition inside a quotation whose words read as English, within the segment or carried
    from an earlier sentence (:func:`reads_english`, names left out: '"… and more and more of it comes from Đắk
    Lắk."', clean71). A repetition in quoted Vietnamese speech still fires."""
    text = seg.text
    m = _EN_REDUPLICATION.fullmatch(text, hit.start, hit.end)
    if m is not None and is_english(m[1]):
        return True
    for q in _QUOTATION.finditer(text):
        if q.start() < hit.start and hit.end <= q.end(1 if q[1] is not None else 2):
            return reads_english(q[1] if q[1] is not None else q[2])
    carried = quote_carried(seg, segments)
    return hit.end <= carried and reads_english(text[:carried])


# a phrase of one to three words and a number (a year's, a date's: 'năm 2028', 'ngày 5/12'), then the same phrase
# right after a space
_NUMBERED_TWICE = re.compile(r"(?<![\w/.,])(?P<phrase>(?:[^\W\d_]+ ){1,3}\d(?:[\d/.,]*\d)?) (?P=phrase)(?![\w/])")


def _number_twice(ws: tuple[str, ...]) -> bool:
    """Some number (a word of decimal digits) comes twice among the words ``ws``, as in every match of
    :data:`_NUMBERED_TWICE`: each run of digits of its number stands between a space and a space, '/', '.' or ','
    (a word of its own), in both copies."""
    numbers = [w for w in ws if w.isdecimal()]
    return len(set(numbers)) < len(numbers)


# After a phrase repeated across a comma, an ordinal or a superlative makes the second copy an apposition that ranks
# the first ('với tư cách nước đối tác, nước đối tác thứ 10'; 'một cây cầu, cây cầu dài nhất tỉnh'), not a stutter
# A sentence's opening phrase (an attribution, a place, a topic) that ends on a name at its first comma, and a
# predicate after the name's second copy: the name is named again as the subject of the main clause ('Theo Tổng cục
# Hải quan Trung Quốc, Trung Quốc hiện là …', 'Ở phố Hàng Bông, Hàng Bông là …'; review20); a stutter has no verb
# there ('Về tình hình ở Biển Hoa Nam, Biển Hoa Nam hai bên …')
_INTRODUCED = re.compile(r"(?:Theo|Về|Ở|Tại|Với|Đối với|Trong|Ngoài|Riêng|Tính đến) [^,;:.!?]*$")
_PREDICATE_AFTER = re.compile(
    r"\s+(?:là|đã|đang|sẽ|hiện|vẫn|cũng|luôn|có|không|chưa|được|bị|tiếp tục|trở thành|chiếm|đứng)(?!\w)"
)
# A list of routes or pairs written 'A – B, B – C': the name closes one pair after its dash and opens the next before
# another (clean36: 'trên trục Hà Nội – TP Hồ Chí Minh, TP Hồ Chí Minh – Vinh'); a stutter has no dash on either side
_PAIR_BEFORE = re.compile(r"\w\s*[–—-]\s*$")
_PAIR_AFTER = re.compile(r"\s*[–—-]\s*\w")
# Speech reported without quotation marks: the copies open the sentence, which ends after a comma on its speaker (a
# capitalised name among a few words) and a verb of saying ('Ba điểm, ba điểm quý giá …, HLV Lê Văn Tư nói vui.')
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s|$)")
_SAID_END = re.compile(
    r"(?<!\w)(?:nói|kể|cho biết|chia sẻ|nhấn mạnh|khẳng định|tâm sự|thừa nhận|bày tỏ|hô|reo|cười)"
    r"(?:\s+(?:vui|đùa|thêm|lại|tiếp|nhỏ|to|như vậy|với (?:báo chí|phóng viên|chúng tôi|người hâm mộ)))?\Z"
)
_SPEAKER_WORDS = 8  # words after the comma: a title and a name, a verb of saying and an adverb


def _spoken_opening(text: str, start: int, end: int) -> bool:
    """The copies from ``start`` to ``end`` open their sentence (the segment's opening, after a sentence end or a
    colon), and the sentence ends after a comma on its speaker and a verb of saying: a speaker's emphasis reported
    without quotation marks, not a decoder's stutter (which the rule still flags with no speaker after it)."""
    before = text[:start].rstrip()
    if before and before[-1] not in ".!?…:":
        return False
    stop = _SENTENCE_STOP.search(text, end)
    tail = text[end : stop.start() if stop else len(text)]
    comma = tail.rfind(", ")
    words = tail[comma + 2 :].split() if comma >= 0 else []
    return (
        2 <= len(words) <= _SPEAKER_WORDS
        and any(w[0].isupper() for w in words)
        and _SAID_END.search(" ".join(words)) is not None
    )


_RANKED_AFTER = re.compile(
    r"\s+(?:thứ\s+(?:\d+|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|đầu tiên|duy nhất|cuối cùng|\w+\s+nhất)(?!\w)"
)


def _token_words(text: str, ws: tuple[str, ...]) -> tuple[str, ...] | None:
    """The lowercase tokens of ``text`` taken from its ``words`` (``ws``), which are at hand, so that a phrase
    search on them settles that of the tokens; None where the two part ways: an apostrophe (one token,
    two words), a word of letters and digits ('x2'), '_', 'İ' or 'Σ' (lowercased apart)."""
    if "'" in text or "’" in text or _case_apart(text):
        return None
    if "".join(ws).isalpha():  # every word all letters (one call, not one a word): the words are the tokens
        return ws
    letters = tuple(filter(str.isalpha, ws))
    if len(letters) == len(ws):
        return letters
    return letters if len(letters) + sum(map(str.isdecimal, ws)) == len(ws) else None  # numbers are no tokens


def _near_repeats(low: Sequence[str]) -> list[tuple[int, int]]:
    """Each pair of places j < k of one word at most _MAX_PHRASE words apart: by k, nearest j first.

    Each word is numbered by its first place (a C-level map), so that the loop visits only the places
    where a word comes again: those whose number is not their place. Of these, only a place whose word
    was last seen at most _MAX_PHRASE words before has a pair to find; most recurring words (của, và,
    các) are further apart. tests/unit/test_repetition_fastpaths.py checks it against the plain walk."""
    first: dict[str, int] = {}
    ids = list(map(first.setdefault, low, itertools.count()))
    if len(first) == len(low):
        return []
    found: list[tuple[int, int]] = []
    last: dict[int, int] = {}  # a word's number -> its place last seen, when it is not its first place
    before: dict[int, int] = {}  # a place where a word comes again -> the word's place before it
    for k in itertools.compress(itertools.count(), map(operator.ne, ids, itertools.count())):
        word = ids[k]
        j = before[k] = last.get(word, word)
        last[word] = k
        while k - j <= _MAX_PHRASE:  # back over the word's earlier places, nearest first
            found.append((j, k))
            if j == word:  # its first place
                break
            j = before[j]
    return found


def _periodic(words: Sequence[str]) -> bool:
    """The words are a shorter phrase written twice or more ('tập luyện tập luyện', 'a a'): doubled again, they
    are a loop of that phrase, not a phrase repeated once."""
    n = len(words)
    return any(n % p == 0 and list(words[:p]) * (n // p) == list(words) for p in range(1, n // 2 + 1))


def _back_to_back(low: Sequence[str]) -> list[tuple[int, list[int]]]:
    """Where a phrase of 2…_MAX_PHRASE words follows itself: (start, lengths, longest first) for each
    start where the n words from it come again right after them."""
    found: dict[int, list[int]] = {}
    for j, k in _near_repeats(low):
        n = k - j
        if n >= 2 and k + n <= len(low) and low[j:k] == low[k : k + n]:
            found.setdefault(j, []).append(n)
    return sorted((i, sorted(lengths, reverse=True)) for i, lengths in found.items())


def _loops(low: Sequence[str]) -> list[tuple[int, list[int]]]:
    """Where a phrase of 1…_MAX_PHRASE words comes three times in a row: (start, lengths, shortest
    first) for each start where the n words from it come twice more right after them."""
    found: dict[int, list[int]] = {}
    for j, k in _near_repeats(low):
        n = k - j
        if k + 2 * n <= len(low) and low[j:k] == low[k : k + n] == low[k + n : k + 2 * n]:
            found.setdefault(j, []).append(n)
    return sorted((i, sorted(lengths)) for i, lengths in found.items())


# Words that announce a sound: the one syllable repeated right after them is the sound written out
# (từ tượng thanh: 'tiếng chuông boong boong boong', 'vịt kêu cạc cạc cạc', 'bé hát la la la').
_SOUND_WORDS = frozenset("tiếng kêu gáy hót hát ngân reo gõ hú sủa gầm rống".split())
_SOUND_WINDOW = 3  # words before the repetition (or before the sound repeated just before it)


def _call_or_sound(low: Sequence[str], start: int, n: int) -> bool:
    """The repeated phrase is a call ending on the vocative 'ơi' ('Chị ơi, chị ơi, chị ơi') or one syllable
    after a word that announces a sound: correct Vietnamese in dialogue, verse and stories, not a decoder loop."""
    if low[start + n - 1] == "ơi":
        return True
    word = low[start]
    if n > 1 or not word.isalpha() or word in grammatical_words() or _ends_word(low[start - 1 : start], word):
        return False  # a loop of a phrase, a number, a grammatical word or a word's last syllable is the decoder's
    j = start
    while j >= 3 and low[j - 1] == low[j - 2] == low[j - 3]:  # a sound right before ('cạc cạc cạc, cạp …')
        j -= 3
        while j > 0 and low[j - 1] == low[j]:
            j -= 1
    before = low[max(0, j - _SOUND_WINDOW) : j]
    return any(
        w in _SOUND_WORDS and not (w == "tiếng" and low[i - 1 : i] == ["lên"])
        for i, w in enumerate(before, max(0, j - _SOUND_WINDOW))
    )


def _masked_digits(low: Sequence[str], start: int, n: int) -> bool:
    """The repeated word is a group of masked digits ('xx', 'xxx' in '+7 727 2XX XX XX', '0912 XXX XXX'): how news
    prints a phone number, a plate or an account number it withholds, not a word the decoder loops on."""
    return n == 1 and len(low[start]) >= 2 and set(low[start]) == {"x"}


def _ends_word(before: Sequence[str], syllable: str) -> bool:
    """The syllable before and ``syllable`` are two syllables of one dictionary word ('kêu gọi', 'vấn đề'):
    the repetition continues that word (the syllable pairs of the dictionary words behind audit.lang.syllable_lm)."""
    return bool(before) and in_word(before[0], syllable)


@register
class DecodingLoop(_RepetitionRule):
    code = "F113"
    name = "decoding-loop"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    refrains_allowed = True

    summary = "The same word or phrase three or more times in a row"
    why = (
        "A neural decoder caught in a loop repeats itself ('phát triển phát triển phát triển'); "
        "the sentence is unusable as it is. Phrases that recur apart in one sentence are not flagged: "
        "human news text repeats names and titles ('Đoàn đại biểu Quốc hội … Đại biểu Quốc hội'). In a song or "
        "poem (most lines short and without a full stop) a phrase repeated with commas on a line is a refrain, "
        "and a word or two cried out with commas as a whole clause ('Khoan, khoan, khoan!') is speech. A word whose "
        "doubling is correct ('hàng hàng', 'ngày ngày') is a loop from its fourth copy on; sounds repeat freely."
    )
    fires = (
        "Khách đứng xếp [[hàng hàng hàng hàng]] trước cửa.",
        "Hai nước cùng [[phát triển phát triển phát triển]] kinh tế.",
        "Hai bên cam kết [[tăng cường, tăng cường, tăng cường]] hợp tác.",
    )
    quiet = (
        "Ngày ngày người người đi làm.",
        "Hai bên nhất trí tăng cường hợp tác song phương và đa phương.",
        "Xa xa là những ngọn núi.",
        "“Không, không, không!” cô ấy hét lên.",
        "Tiếng trống tùng tùng tùng vang lên, khán giả cười ha ha ha.",
        "Đàn gà con kêu chiếp chiếp chiếp đòi mẹ.",
        "Cô bé gọi với theo: “Bà ơi, bà ơi, bà ơi!”",
        "Công dân Việt Nam tại Ấn Độ liên hệ Đại sứ quán Việt Nam tại Ấn Độ hoặc Lãnh sự quán Việt Nam tại Ấn Độ.",
        "Mọi thắc mắc xin gọi đường dây nóng 0912 XXX XXX XXX.",
        "Ông nhắc lại khẩu hiệu 'education, education, education' của một cựu thủ tướng Anh.",
    )

    def wants(self, text: str, repeats: Repeats) -> bool:
        r = repeats
        return (r.doubled_word or r.pair_apart) and (r.pair_within or _doubled(text, r))

    def examine(self, seg: Segment, ws: tuple[str, ...], repeats: Repeats) -> Iterator[Hit]:
        text = seg.text
        letters = _token_words(text, ws)
        if letters is not None and not (repeats.thrice if len(letters) == len(ws) else _loops(letters)):
            return  # (letters that are all the words are the words, whose repeats are known)
        toks = tokens(text)
        low = [t.lower for t in toks]
        i = 0
        for start, lengths in _loops(low):
            if start < i:
                continue
            i = start + 1
            for n in lengths:
                phrase = toks[start : start + n]
                if not _joined(text, phrase):
                    continue
                count, _ = _copies(text, toks, start, n)
                if _call_or_sound(low, start, n) or _masked_digits(low, start, n):
                    break
                phrase_low = " ".join(low[start : start + n])
                if count >= 3 and (
                    not is_allowed_repetition(phrase_low) or (n == 1 and loop_of_doubled_word(phrase_low, count))
                ):
                    end = toks[start + count * n - 1].end
                    once = text[phrase[0].start : phrase[-1].end]
                    if count == 3 and _quoted_foreign_triplet(text, phrase[0].start, end):
                        break
                    yield self.hit(seg, phrase[0].start, end, f"{once!r} repeated {count} times", suggestion=once)
                    i = start + count * n
                    break


# A foreign saying or slogan quoted as said, one word or two three times with commas ('location, location, location',
# 'education, education, education'): ASCII letters only, inside a quotation or right after a quotation mark (clean37)
_FOREIGN_TRIPLET = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)?(?:, [A-Za-z]+(?: [A-Za-z]+)?){2}")


def _quoted_foreign_triplet(text: str, start: int, end: int) -> bool:
    """The three copies from ``start`` to ``end`` are a foreign saying quoted in a Vietnamese sentence: words of
    ASCII letters with commas between, and a quotation open before them; a decoder loops on its own output, which is
    Vietnamese, and a fourth copy or an unquoted triplet still fires."""
    if not _FOREIGN_TRIPLET.fullmatch(text, start, end):
        return False
    return _in_quotation(text, start) or text[max(start - 1, 0) : start] in {"'", "‘", '"', "“", "«"}


_LINE_END = frozenset('.!?…:;"”)»')
VERSE_LINE_WORDS = 16  # a verse or lyric line is short
_VERSE_MIN_LINES = 4
# a refrain is sung two or three times on a line; four or more copies are a decoder loop even in verse or
# subtitles (whose lines are short and often end without a full stop too)
_REFRAIN_COPIES = 3


def verse_document(ctx: DocContext) -> bool:
    """The document is verse or lyrics: at least four article lines, two thirds of them short and ending without
    sentence punctuation (memoised as "verse")."""

    def compute(_doc: object) -> bool:
        segments = content_lines(ctx).segments
        if len(segments) < _VERSE_MIN_LINES:
            return False
        verse = sum(
            1
            for seg in segments
            if seg.text.rstrip()[-1:] not in _LINE_END and len(seg.text.split()) <= VERSE_LINE_WORDS
        )
        return 3 * verse >= 2 * len(segments)

    return ctx.memo("verse", compute)


def _outside_verse_refrains(hits: Iterator[Hit], ctx: DocContext) -> Iterator[Hit]:
    """The hits, less speech and verse that is no decoder loop: a phrase repeated up to three times with commas
    between its copies as a refrain (điệp ngữ) on a short line of a song or poem ('Mưa rơi, mưa rơi, mưa rơi mãi'),
    or a word or two cried out ('Khoan, khoan, khoan!')."""
    for hit in hits:
        text = ctx.doc.segments[hit.segment].text
        span = text[hit.start : hit.end]
        if ", " not in span:
            yield hit
        elif _cried_out(text, span, hit.start, hit.end) or _on_and_on(text, span, hit.end):
            continue
        elif span.count(", ") >= _REFRAIN_COPIES or not (len(text.split()) <= VERSE_LINE_WORDS and verse_document(ctx)):
            yield hit


def _on_and_on(text: str, span: str, end: int) -> bool:
    """One word three times with commas between, then an adverb of duration that closes the clause: a storyteller
    drawing out a verb ('Thuyền cứ trôi, trôi, trôi mãi.', 'Đi, đi, đi hoài…'), not a decoder's loop."""
    return span.count(", ") == 2 and " " not in span.split(",", 1)[0] and _ON_AND_ON.match(text, end) is not None


# the cry's end: '!', '?' or '…', after a sentence-final particle or none ('Đây, đây, đây này!', 'Đi, đi, đi thôi!')
_CRY_END = re.compile(r"(?:\s(?:này|nhé|nha|đi|mà|ơi|ạ|à|chứ|đó|đấy|kìa|nào|thôi|rồi))?[!?…]")
_CRY_WORDS = 3  # words in one copy of a cry ('Khoan', 'Nhanh lên', 'Cháy nhà rồi')


_CRY_START = frozenset(":“\"'‘–—-!?.…(")
# a storyteller's repetition of a verb of going on ('Trôi, trôi, trôi mãi.', 'Đi, đi, đi hoài…'): the copies
# and then an adverb of duration closing the clause
_ON_AND_ON = re.compile(r"\s(?:mãi|hoài|miết)(?:\s(?:mãi|thôi))?[.!?…,;]")


def _cried_out(text: str, span: str, start: int, end: int) -> bool:
    """The comma-separated copies are a whole clause, opening the segment or after a colon, a quote, a dash or a
    sentence end, and ending on '!', '?' or '…' (a particle before it or not), each copy a word or two: an
    exclamation ('Khoan, khoan, khoan!', 'Đây, đây, đây này!')."""
    before = text[:start].rstrip()
    copy = span.split(",", 1)[0]
    return (
        _CRY_END.match(text, end) is not None
        and (not before or before[-1] in _CRY_START)
        and len(copy.split()) <= _CRY_WORDS
    )
