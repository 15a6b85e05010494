"""F106–F108 broken sentences: a cut fragment starting lowercase, a sentence ending on a word
that cannot end a clause, a list that ends in ", ."."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import attrgetter, itemgetter

from audit.corpus.segment import sentence_spans
from audit.lang.langid import _VI_LETTERS
from audit.lang.tokens import Token, first_tokens, tokens
from audit.lang.vi_words import clause_endings
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import (
    PrefilteredRule,
    content_lines,
    segments_matching,
    segments_matching_split,
    split_scan,
)
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.inline_codes import placeholder_in
from audit.rules.registry import register

_OPENING = re.compile(r"^[\s\"'“‘«*•]*")  # quotes and bullets; a bracket or dash starts an aside
_OPENERS = re.compile(_OPENING.pattern[1:])  # the same, matched at a sentence start inside a segment
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-ZĐ]\.)+['\"”’)]*\s*$")  # a split after initials "H.C.T."
_TERMINAL = re.compile(r"[.!?…:;]['\"”’»)\]]*\s*$")
_TRAILING_OFF = re.compile(r"(?:\.\.\.|…)['\"”’»)\]]*\s*$")  # an ellipsis at the end: the sentence goes on
_LOWER = "a-z" + "".join(sorted(c for c in _VI_LETTERS if c.islower()))
_START = re.compile(r"(?m)^[\s\"'“‘«*•]*[" + _LOWER + "]")  # a segment (a line) starting lowercase
# a stop, a space and a lowercase letter inside a segment (not after '..' or '…'): maybe a sentence start
_INNER = re.compile(r"(?<!\.)[.!?]['\"”’»)\]]*[ \t]+[\"'“‘«]*[" + _LOWER + "]")
# formats whose readers split paragraphs into sentences (corpus.segment.sentence_spans): a lowercase start
# inside one of their segments is one that splitter kept (after an abbreviation, an initial, '…'), as F106 does
_SPLIT_FORMATS = frozenset({"text", "html"})
_HARD_WRAP_SHARE = 0.3  # more lowercase paragraph starts than this: the file is hard-wrapped, not cut
_HARD_WRAP_MIN = 8  # … judged only on documents with at least this many paragraphs


# a list item's letter before ')': 'a)' … 'đ)' … 'y)' as Vietnamese documents letter their points, or a roman
# numeral 'iii)'
_LETTER_ITEM = re.compile(r"[a-zđ]|[ivx]{1,4}")


def _lowercase_paragraph_share(doc: Document) -> float:
    firsts: dict[int, Segment] = {}
    for seg in doc.segments:
        if not seg.boilerplate:
            firsts.setdefault(seg.paragraph, seg)
    starts = [_first_letter(s.text) for s in firsts.values()]
    starts = [c for c in starts if c]
    if len(starts) < _HARD_WRAP_MIN:
        return 0.0
    return sum(c.islower() for c in starts) / len(starts)


# Signs that MT cut and glued the document's sentences: a space before a stop, a doubled stop,
# a list ending in ", .", a segment that is only punctuation, "vv.".
# \w \.(?:\s|$) | [^.]\.\.(?!\.) | [,;]\s*\.(?!\.) | \bvv\. written to start at a ',', ';' or '.' (what
# precedes the stop as lookbehinds) so that re skips ahead instead of trying every letter; ^[\s.,;]+$ apart. The
# one character class comes first, each branch after it: re skips ahead only to what a pattern's first item is,
# and an alternation of branches that open on a class ('[,;]…|\.…') has none (twice as quick on article text); the
# article text is scanned one character of the class at a time (SplitScan: a literal first is quicker still)
_BREAKAGE_SCAN = split_scan(",;.", r"(?<=[,;])\s*\.(?!\.)|(?<=\w \.)(?:\s|$)|(?<=[^.]\.)\.(?!\.)|(?<=\bvv\.)")
_BREAKAGE = _BREAKAGE_SCAN.whole
_PUNCT_ONLY = re.compile(r"^[\s.,;]+$")
_TEXT = attrgetter("text")


# A long document is breakage-prone only when it shows breakage about once in this many segments: a batch of
# thousands of unrelated human sentences (a sacrebleu-style TSV read as one document) has a slip here and there
# (NTREX-128's human Vietnamese 5 in 1,997 sentences, FLORES-200's 1 in 1,012), MT through a pivot many more; a
# document of up to twice this many segments (an article) needs two, as before
_SEGMENTS_PER_BREAKAGE = 100


def _breakage_needed(ctx: DocContext) -> int:
    """How many segments with breakage make the document breakage-prone: 2, or one per _SEGMENTS_PER_BREAKAGE."""
    return max(2, -(-len(ctx.doc.segments) // _SEGMENTS_PER_BREAKAGE))


def _broken_enough(ctx: DocContext) -> frozenset[int]:
    """Segments that show MT breakage besides lowercase starts (a space before a stop, ', .', 'vv.'):
    all of them in a document with fewer than :func:`_breakage_needed`, else that many of them (not always the
    first), which is all :func:`_broken_context` asks."""
    needed = _breakage_needed(ctx)
    broken: set[int] = set()
    segments = content_lines(ctx).segments
    for seg in itertools.chain(
        itertools.compress(segments, map(_PUNCT_ONLY.match, map(_TEXT, segments))),  # (at C level: rare)
        (s for s in segments_matching_split(ctx, _BREAKAGE_SCAN) if _BREAKAGE.search(s.text)),
    ):
        broken.add(seg.index)
        if len(broken) >= needed:
            break
    return frozenset(broken)


def _broken_context(ctx: DocContext, prev: Segment | None) -> bool:
    """A lowercase start is a cut when the sentence before shows breakage or the document shows it twice (a long
    one, once in :data:`_SEGMENTS_PER_BREAKAGE` segments).

    One slip in a human article (a stray space before a stop) does not make every lowercase start major, nor do a
    few slips in a batch of thousands of human sentences.
    """
    broken = ctx.memo("broken-enough", lambda _doc: _broken_enough(ctx))
    return len(broken) >= _breakage_needed(ctx) or (prev is not None and prev.index in broken)


def _first_letter(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return ""
    return ""


@register
class LowercaseSentenceStart(PrefilteredRule):
    code = "F106"
    name = "lowercase-sentence-start"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    trigger = _START
    summary = "A sentence that starts in lowercase after a finished sentence: a fragment cut from its clause"
    why = (
        "MT through a pivot language splits and reorders clauses; the tail of a cut sentence then "
        "stands alone and starts in lowercase. That is major when the document shows other breakage "
        "(a space before a stop, a doubled stop, ', .', 'vv.') twice, or a long one (a batch table of unrelated "
        "sentences) once in 100 segments, or the sentence before shows it; alone, a lowercase "
        "start is more likely a capitalisation slip and is minor. Brand names written with a lowercase "
        "first letter (iPhone, eKYC), a lettered list item ('b) …'), a sentence carried on after an ellipsis ('…' "
        "ending a subtitle cue) and files whose lines are hard-wrapped are not flagged, nor a record whose source "
        "starts a sentence in lowercase where it does (the translation is faithful)."
    )
    fires = (
        "Hai bên đã ký nhiều văn bản hợp tác .\n[[thành tựu]] của hai nước trong nhiều năm qua được đánh giá cao.",
        "Thủ tướng thăm nhà máy. [[xuất khẩu]] của tỉnh tăng mạnh.",
        "The talks ended. => Cuộc đàm phán kết thúc.\nThen the delegates left. => [[sau đó]] các đại biểu ra về.",
    )
    quiet = (
        "Hãng vừa ra mắt mẫu điện thoại mới. iPhone 15 có giá từ 22 triệu đồng.",
        "Các nước tham gia gồm:\nmột số nước châu Âu và châu Á.",
        "Cổng kết nối toàn cầu... trong đó có Việt Nam.",
        "“Chúng tôi sẽ cố gắng hết sức.” - ông Minh nói thêm.",
        "Anh Nam (ngụ quận 3) cho biết. (ngụ quận Tân Bình) bỏ ra 11 triệu đồng.",
        "Hai cháu bé N.V.A. và H.C.T. đang chơi đùa.",
        "Hãng ra mắt dịch vụ mới. e-mail của khách hàng được bảo mật.",
        "Cô ấy định nói rằng cô sẽ ở lại...\nnhưng rồi lại lặng lẽ bước ra cửa.",
        "a) Hồ sơ nộp trực tuyến.\nb) Lệ phí nộp khi nhận kết quả.",
        "The talks ended. => Cuộc đàm phán kết thúc.\nthen the delegates left. => sau đó các đại biểu ra về.",
    )

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments the trigger matches at their start (an anchored test is quicker than a scan of the
        text for line starts); searched instead when some segment has a line break inside."""
        lines = content_lines(ctx)
        if lines.one_line_each:
            return list(itertools.compress(lines.segments, map(self.trigger.match, map(_TEXT, lines.segments))))
        return [s for s in lines.segments if self.trigger.search(s.text)]

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Segment starts; then, in a format not split into sentences, the sentences inside a segment with a stop
        and a lowercase letter: a record (JSONL, a table cell, a subtitle cue) may hold a cut one."""
        yield from super().run(ctx)
        if ctx.doc.format not in _SPLIT_FORMATS:
            for seg in segments_matching(ctx, _INNER):
                if _INNER.search(seg.text):
                    yield from self._inner(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        start = _OPENING.match(text).end()  # type: ignore[union-attr]
        if text[start : start + 1].islower() and not placeholder_in(seg, 0, start):  # '<ph/> khởi hành …'
            if seg.source and _first_letter(seg.source).islower():
                return  # the source starts so too (FLORES's 'towards the end of the Middle Ages …'): faithful
            prev = _previous_content(ctx, seg)
            yield from self._judge(seg, ctx, start, prev.text if prev else None, prev)

    def _inner(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """Sentences after the first inside one segment (a record is not split into sentences): split as
        plain text is split, each judged with the sentence before it."""
        text = seg.text
        if seg.source and _INNER.search(seg.source):
            return  # the source has a sentence that starts in lowercase too ('… countries. we treat you.')
        spans = sentence_spans(text)
        for (pstart, pend), (sstart, _) in itertools.pairwise(spans):
            start = _OPENERS.match(text, sstart).end()  # type: ignore[union-attr]
            if text[start : start + 1].islower() and not placeholder_in(seg, pend, start):
                yield from self._judge(seg, ctx, start, text[pstart:pend], seg)

    def _judge(
        self, seg: Segment, ctx: DocContext, start: int, prev_text: str | None, prev: Segment | None
    ) -> Iterator[Hit]:
        """The lowercase start at ``start`` (a segment's or a sentence's inside it) after ``prev_text``."""
        text = seg.text
        toks = first_tokens(text[start:], 2)  # no letter before ``start``: the tokens from it are the first ones
        if not toks or toks[0].start != 0:
            return
        first = toks[0]
        if not first.text[0].islower() or any(ch.isupper() for ch in first.text[1:]):
            return  # iPhone, eKYC
        after = text[start + first.end : start + first.end + 1]
        if after in ("-", ".", "'", "’", "@", "_", "/") or after.isdigit():
            return  # e-mail, x2, a.m.: a code or a compound, not a word
        if after == ")" and _LETTER_ITEM.fullmatch(first.text):
            return  # 'b) Mỗi học sinh …': a lettered list item (a decree's điểm, an official letter's point)
        if prev_text is not None and not _TERMINAL.search(prev_text):
            return  # a continuation of an unfinished line (a title, a list lead-in)
        if prev_text is not None and (prev_text.rstrip().endswith((":", ";", "”", '"')) or _INITIALS.search(prev_text)):
            return  # a list after a colon, an attribution after a quotation, a split after initials ("N.V.A. và")
        if prev_text is not None and _TRAILING_OFF.search(prev_text):
            return  # carried on after an ellipsis, as a sentence is within a paragraph and across subtitle cues
        if ctx.memo("lowercase-paragraph-share", _lowercase_paragraph_share) > _HARD_WRAP_SHARE:
            return
        end = start + (toks[1].end if len(toks) > 1 and toks[1].start == first.end + 1 else first.end)
        suggestion = text[start].upper() + text[start + 1 : end]
        if _broken_context(ctx, prev):
            message = "sentence starts in lowercase: a fragment cut from the sentence before"
            yield self.hit(seg, start, end, message, suggestion=suggestion, confidence=0.8)
        else:
            message = "sentence starts in lowercase (no other sign of cut sentences in the document)"
            yield self.hit(seg, start, end, message, suggestion=suggestion, confidence=0.6, severity=Severity.MINOR)


def _previous_content(ctx: DocContext, seg: Segment) -> Segment | None:
    for i in range(seg.index - 1, -1, -1):
        prev = ctx.doc.segments[i]
        if not prev.boilerplate:
            return prev
    return None


# the stop, with the closing quote of quoted speech cut the same way after it ('… đội của.”') or before it ('… đội
# của”.', the quote's stop outside: group q, the quote)
_END_STOP = re.compile(r"\s*(?:[.!?;]+[\"”’»]?|(?P<q>[\"”’»])[.!?;]+)\s*$")
_OPENING_QUOTE = {"”": "“", "»": "«", '"': '"', "’": "‘"}
_QUOTED_WORDS = 4  # quoted speech, not a word quoted as a word ('dùng từ “của”.')
_NO_STOP = re.compile(r"(?<=\w)\s*$")  # the text ends on a word, with no stop, quote or bracket after it


@register
class UnfinishedSentence(SegmentRule):
    code = "F107"
    name = "unfinished-sentence"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A sentence that ends on a word that cannot end a clause (preposition, conjunction, quantifier)"
    why = (
        "A sentence ending in 'của', 'và', 'các', 'một số', 'để mặc' … lost its last words: MT "
        "truncated it. A record or paragraph of eight words or more that ends on such a word with no stop at "
        "all was cut the same way (unless its source has no stop either: a label, a UI string; or the next "
        "segment carries the sentence on in lowercase: a subtitle cue, a hard-wrapped line). The closed "
        "list is references/vi_function_words.tsv, with the compounds that "
        "do end a clause ('lý do', 'tồn tại', 'tự do'); verbs of concern and discussion want their 'về' topic ('vẫn "
        "lo ngại về', 'đã thảo luận về'), while the bare 'về' ends a clause ('ra về'). A verb's 'vào' or 'đến' whose "
        "object was fronted "
        "ends its clause ('lĩnh vực mà họ đầu tư vào', 'không có gì để dựa vào', 'đáng đầu tư vào'). 'theo' "
        "ends a clause after a verb or its object ('làm theo', 'giá cũng tăng theo', 'mang cháu theo'), not after "
        "a verb whose 'theo' takes the rule applied ('bị xử phạt theo', 'căn cứ theo') nor right after a place's "
        "phrase ('bố trí về các trường theo'): there the 'theo' alone is flagged, unless the rule was fronted ('khung "
        "giá mà các tỉnh căn cứ theo', 'không có mẫu nào để dựa theo') or 'cũng' says someone follows suit ('em cũng "
        "thi vào trường y theo')."
    )
    fires = (
        "Hai bên nhất trí thúc đẩy việc mở rộng [[một số]] .",
        "Thủ tướng Chính phủ và Chủ tịch Quốc hội đã [[để mặc]].",
        "Bộ trưởng cảm ơn sự hỗ trợ quý báu [[của]].",
        "Ông nói: “Chúng tôi cảm ơn khán giả đã cổ vũ nhiệt tình cho đội [[của]].”",
        "Bà Lò Thị Hoa nói: “Bà con mong chính quyền sớm hỗ trợ sửa lại mái nhà [[của]]”.",
        "Đoàn công tác đã trao tặng [[những chiếc]].",
        "Hội thảo thu hút nhiều nhà nghiên cứu trẻ [[quan tâm tới]].",
        "Giá cả tăng mạnh [[trong khi]].",
        "Hai tỉnh thống nhất mở thêm các tuyến xe buýt kết nối [[giữa]].",
        "Hai nước sẽ tăng cường hợp tác trong lĩnh vực đầu tư, thương mại [[và]]",
        "Cơ sở nào không niêm yết giá sẽ bị xử phạt [[theo]].",
        "Số hàng này sẽ được chuyển về kho tổng [[theo]].",
        "Mỗi tháng, công ty tuyển thêm [[một số]].",
        "Khách nên tránh mua lại suất ăn trên tàu với giá đắt [[từ]].",
        "Hàng trăm du khách mắc kẹt tại sân bay sau khi các chuyến bay [[bị]].",
        "Nhiều hộ nuôi tôm ở Sóc Trăng vẫn [[băn khoăn về]].",
    )
    quiet = (
        "Ông đưa ra hai lý do.",
        "Không có gì có thể tồn tại.",
        "Du khách ưa chuộng loại hình du lịch tự do.",
        "Bộ trưởng cảm ơn sự hỗ trợ quý báu của các nước.",
        "Ông nói: “Chúng tôi sẽ làm như vậy và…”",
        "Cô bé hét lên: “Mẹ ơi, chờ con với!”",
        "Trong câu thơ, tác giả cố ý dùng từ “của”; ở câu sau, ông lại bỏ hẳn chữ “và”.",
        "Anh Vàng A Páo kể: “Mưa lớn cả đêm, sáng ra nước đã ngập hết”.",
        "Gia đình ông mua thêm hai chiếc.",
        "Chị ơi, đợi cháu với!",
        "Bà cụ run run nói: chờ tôi với.",
        "Mẫu đồng hồ này có giá khoảng 80 triệu đồng mỗi chiếc.",
        "Căn phòng luôn sạch sẽ.",
        "Đây là vấn đề mà cử tri nhiều địa phương quan tâm đến; chủ đề này ít được quan tâm tới.",
        "Đó là điều phụ huynh nào cũng quan tâm tới.",
        "Chuyện học phí, bộ chưa đề cập đến.",
        "Việc ấy chẳng ai quan tâm đến.",
        "Trong ảnh, bà Lan đứng ở giữa; người nhận giải nhất ngồi chính giữa.",
        "Khi trống dừng, ai chưa kịp nhảy ra thì phải đứng trong vòng.",
        "Năng lượng tái tạo là ngành mà các quỹ châu Âu đang đầu tư vào.",
        "Cô bước vào phòng thật se sẽ.",
        "Hợp tác kinh tế Việt Nam – Nhật Bản\nHai nước ký kết thỏa thuận.",
        "Đoàn khách nên rời khỏi bến cảng trước khi trời tối và\ntrước khi thủy triều lên cao.",
        "Đó là nguồn vốn vay mà cả huyện dựa vào.",
        "Giá điện tăng, giá nước đóng chai cũng tăng theo.",
        "Chiều nào đi làm đồng, chị cũng mang con theo.",
        "Đây là mẫu hợp đồng mà các hộ kinh doanh có thể dựa theo.",
        "Tạp chí song ngữ này ra mỗi quý một số.",
        "Thời kháng chiến, tờ báo chỉ ra được hai tháng một số.",
        "Tên thương hiệu chỉ gồm hai từ; em đọc chậm từng từ; cụ già bước đi từ từ; ông đứng dậy cáo từ.",
        "Mọi thứ cho lễ khai mạc đã được chuẩn bị.",
        "Tan họp, các đại biểu lần lượt ra về; đó là điều mà nông dân lo ngại về.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        segments = content_lines(ctx).segments
        for seg in itertools.compress(segments, _may_end_on_listed_word([s.text for s in segments])):
            if _ends_on_listed_word(seg.text):
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        m = _END_STOP.search(text) or (_NO_STOP.search(text) if _may_be_cut(seg, ctx) else None)
        if not m or "…" in m.group() or ".." in m.group():
            return
        if m.re is _END_STOP and m["q"] and not _quotes_speech(text, m.start("q")):
            return  # a word quoted as a word ('tác giả dùng từ “của”.'), or a quotation opened elsewhere
        stem = text[: m.start()]
        if stem[stem.rfind(" ") + 1 :].lower() not in _last_words():
            return  # the common case, decided without tokenising
        if placeholder_in(seg, m.start(), m.start() + len(m.group()) - len(m.group().lstrip())):
            return  # an inline placeholder of the file ends the sentence ('Giá là <ph/>.'): the text leaves it out
        toks = [t for t in tokens(text) if t.end <= m.start()]
        if not toks or toks[-1].end != m.start():
            return  # the sentence ends on a number, a quote or a bracket
        hit = _ending(toks, text)
        if hit is None or _pleading_voi(toks, text, m.group()):
            return
        (start, end), word_class = hit
        yield self.hit(
            seg,
            start,
            end,
            f"the sentence ends on {text[start:end]!r} ({word_class}), which cannot end a clause: it was cut",
            confidence=0.85,
        )


# Persons a plea is made to or for: 'đợi em với', 'cứu tôi với', 'cho con đi với'
_PLEA_WORDS = 5  # the longest last clause read as a plea
_PLEA_PERSONS = frozenset("em tôi anh chị con cháu mình tớ tao ông bà cô chú bác mẹ bố ba má thầy bạn".split())


def _pleading_voi(toks: Sequence[Token], text: str, stop: str) -> bool:
    """A final 'với' that is the particle of a plea, not a preposition whose object was cut: a short last
    clause (at most five words) that ends on '!' or names a person ('Đợi em với!', 'Mẹ ơi, cho con đi với.');
    'cùng với' and longer clauses ('Ông đã có cuộc gặp với.') are still cut."""
    if toks[-1].lower != "với" or (len(toks) > 1 and toks[-2].lower == "cùng"):
        return False
    clause = [toks[-1]]
    for prev in reversed(toks[:-1]):
        if text[prev.end : clause[0].start] != " " or len(clause) == _PLEA_WORDS:
            break
        clause.insert(0, prev)
    if len(clause) == _PLEA_WORDS and len(toks) > _PLEA_WORDS and text[toks[-_PLEA_WORDS - 1].end] == " ":
        return False  # the clause goes on before its fifth word from the end
    return "!" in stop or any(t.lower in _PLEA_PERSONS for t in clause[:-1])


_MIN_CUT_WORDS = 8  # a shorter text without a stop is a title, a label or a UI string ('Đăng nhập với')


def _may_be_cut(seg: Segment, ctx: DocContext) -> bool:
    """A text with no stop at its end was cut short, not written so: it is long enough to be a sentence,
    its source, when it has one, ends with a stop, and the next segment does not carry it on in lowercase
    (a subtitle cue, a hard-wrapped line: 'rời khỏi nơi này và' / 'trước khi trời tối.')."""
    if len(seg.text.split()) < _MIN_CUT_WORDS:
        return False
    if seg.source is not None and not seg.source.rstrip().endswith(tuple(".!?;。！？；…")):
        return False
    following = _next_content(ctx, seg)
    return following is None or not _first_letter(following.text).islower()


def _next_content(ctx: DocContext, seg: Segment) -> Segment | None:
    for i in range(seg.index + 1, len(ctx.doc.segments)):
        nxt = ctx.doc.segments[i]
        if not nxt.boilerplate:
            return nxt
    return None


_CLOSING_QUOTES = ('"', "”", "’", "»")


def _ends_on_listed_word(text: str) -> bool:
    """The text ends in '.', '!', '?' or ';', or on a word with no stop at all (a record or a paragraph cut
    short), and the word before (after the last space) is the last word of a listed ending: the cheap test
    that ``UnfinishedSentence.check`` can find something."""
    stem = text.rstrip()
    if stem.endswith(_CLOSING_QUOTES) and stem[:-1].endswith((".", "!", "?", ";")):
        stem = stem[:-1]  # quoted speech: '… cổ vũ cho đội của."'
    elif stem.endswith((".", "!", "?", ";")) and stem.rstrip(".!?;").endswith(_CLOSING_QUOTES):
        stem = stem.rstrip(".!?;")[:-1] + "."  # its stop outside the quote: '… cổ vũ cho đội của".'
    if not stem.endswith((".", "!", "?", ";")) and not stem[-1:].isalpha():
        return False
    return stem.rstrip(".!?; ").rpartition(" ")[2].lower() in _last_words()


def _may_end_on_listed_word(texts: list[str]) -> Iterator[bool]:
    """For each text, whether :func:`_ends_on_listed_word` may hold, at C level for all texts (no Python call a
    text): its last word once every trailing space, stop and closing quote is stripped is the last word of a listed
    ending. The test strips a suffix of those characters only and keeps a last word that ends in none of them, so
    where it holds, this does."""
    last = _last_words()
    words = map(itemgetter(2), map(str.rpartition, map(str.rstrip, texts, repeat(_TRAILING)), repeat(" ")))
    return map(last.__contains__, map(str.lower, words))


# what _ends_on_listed_word may strip after a text's last word: the whitespace str.rstrip() strips, stops, quotes
# (no character above U+3000, the ideographic space, is white space: the scan stops there, 0.1 s of start-up spared)
_TRAILING = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + ".!?;" + "".join(_CLOSING_QUOTES)


def _quotes_speech(text: str, close: int) -> bool:
    """The quote at ``close`` closes a quotation of this text of four words or more: speech, not one word."""
    opener = text.rfind(_OPENING_QUOTE[text[close]], 0, close)
    return opener >= 0 and len(text[opener + 1 : close].split()) >= _QUOTED_WORDS


@functools.cache
def _last_words() -> frozenset[str]:
    return frozenset({*(ending.split()[-1] for ending in clause_endings()), "theo"})


def _ending(toks: Sequence[Token], text: str) -> tuple[tuple[int, int], str] | None:
    """The longest listed ending of the token sequence, if it cannot end a clause."""
    table = clause_endings()
    for n in (4, 3, 2, 1):
        if len(toks) < n:
            continue
        tail = toks[-n:]
        if any(text[a.end : b.start] != " " for a, b in itertools.pairwise(tail)):
            continue
        if tail[-1].text != tail[-1].lower:
            return None  # a capitalised last word is a name ("Lê Văn Và")
        key = " ".join(t.lower for t in tail)
        if key in table:
            word_class, ends_clause = table[key]
            if word_class == "classifier":
                return _classifier_after_quantifier(toks, text, table)
            if word_class == "verb-then-preposition" and _object_fronted(toks, len(toks) - n, text, rule=True):
                return None  # 'khung giá mà các tỉnh căn cứ theo', 'không có mẫu nào để dựa theo' (review28)
            if word_class in ("noun-then-preposition", "verb-then-preposition"):
                # 'trụ sở tại.' is not the compound 'sở tại', 'bị xử phạt theo.' lacks the rule applied: 'tại' was cut
                return ((tail[-1].start, tail[-1].end), "preposition")
            if ends_clause or (word_class == "verb-needs-complement" and _object_fronted(toks, len(toks) - n, text)):
                return None
            if key == "từ" and _word_counted(toks, text):
                return None  # 'tên gọi chỉ gồm hai từ': the noun 'word', counted
            if key == "một số" and _one_each(toks, len(toks) - n, text):
                return None  # 'phát hành mỗi tháng một số': one issue (số) a month, not 'some' cut
            return (tail[0].start, tail[-1].end), word_class
    if toks[-1].lower == "theo" and _after_destination(toks, text):
        return (toks[-1].start, toks[-1].end), "preposition"
    return None


# A place's preposition, then a few lowercase words, then 'theo' last: 'bố trí về các trường theo.' lost the 'theo''s
# object (the route, the rule); the particle 'theo' (along) follows its verb or the verb's object, never a place's
# phrase ('mẹ cho con theo', 'giá cước cũng tăng theo', 'về theo'), unless a verb that takes someone or something
# along stands between ('bà về quê mang cháu theo'). 'cho' is left out: it is also the verb 'let'.
_DESTINATION = frozenset(("về", "vào", "đến", "tới", "tại"))
_DESTINATION_WORDS = 4  # lowercase words between the preposition and 'theo'
_TAKE_ALONG = frozenset("mang đem dắt dẫn kéo đưa chở bế ẵm cõng xách cho rủ gọi kèm".split())
# words that make one word with the 'theo' after them ('kỳ họp tiếp theo', the next; 'hồ sơ kèm theo', attached) or a
# verb of going after ('ùa vào sân chạy theo')
_THEO_COMPOUND = frozenset("tiếp kèm đi chạy bay bám đuổi nối noi làm học nghe tuân trôi lao ùa".split())


def _after_destination(toks: Sequence[Token], text: str) -> bool:
    """The 'theo' that ends ``toks`` follows a place's preposition and one to four lowercase words, on one clause
    (single spaces between), none of them a verb that takes someone along nor, the last, one word with 'theo'."""
    if toks[-2].lower in _THEO_COMPOUND:
        return False
    for back in range(2, min(_DESTINATION_WORDS + 2, len(toks)) + 1):
        prev, nxt = toks[-back], toks[-back + 1]
        if text[prev.end : nxt.start] != " " or prev.text != prev.lower or prev.lower in _TAKE_ALONG:
            return False
        if back > 2 and prev.lower in _DESTINATION:
            return not _follows_suit(toks, len(toks) - back, text)
    return False


def _follows_suit(toks: Sequence[Token], first: int, text: str) -> bool:
    """'cũng' in the clause before token ``first``: 'em cũng nộp đơn vào trường y theo' does as another did (the
    particle 'theo', following suit), no place's phrase lost its object (review28)."""
    for i in range(first - 1, -1, -1):
        if _CLAUSE_BREAK.search(text, toks[i].end, toks[i + 1].start):
            return False
        if toks[i].lower == "cũng":
            return True
    return False


# A verb's preposition whose object Vietnamese may front, leaving the preposition last: in a relative clause
# ('lĩnh vực mà các quỹ muốn đầu tư vào'), after a question word ('ngành nào để đầu tư vào', 'không có gì để
# dựa vào') or after 'đáng' ('cổ phiếu đáng để đầu tư vào'); 'từ' of origin likewise ('nơi mà họ đến từ'), and 'về'
# of a topic ('vấn đề mà cử tri lo lắng về'; leftovers59)
_STRANDED = frozenset(("vào", "đến", "tới", "từ", "về"))
_FRONTING = frozenset(("mà", "nào", "gì", "đáng", "được"))  # 'được': the passive's subject ('được quan tâm đến')
_NOT_RELATIVE_MA = frozenset(("còn", "là", "lại", "thôi", "vẫn"))  # 'mà còn', 'mà lại': 'but'
_CORRELATIVE = re.compile(r"\b(?:không|chẳng) (?:chỉ|những)\b", re.IGNORECASE)  # 'không chỉ … mà (cả)'
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"“”–—]")
# 'ai' after a word of none or few ('ít ai', 'không ai', 'chẳng ai', 'ai cũng'): the comment on a topic said before it
# ('Những đứa trẻ ấy ít ai quan tâm tới'); lowercase only ('Ai Cập' is Egypt)
_NOBODY = frozenset(("ít", "không", "chẳng", "chả", "chưa", "hiếm", "nào"))
# a noun of topic fronted before the clause: opening the sentence and closed off by a comma ('Chuyện thoát nước, người
# dân rất quan tâm đến'), or after 'là' heading a relative clause without 'mà' ('Đây là vấn đề cử tri quan tâm
# đến') (review26)
_TOPIC_NOUN = (
    r"(?:(?:những|các|mọi|một|còn)\s+)?(?:vấn đề|chuyện|câu chuyện|điều|việc|nội dung|chủ đề|câu hỏi|khía cạnh|điểm|"
    r"lĩnh vực|mảng|thứ|đối tượng|dự án|thị trường|ngành|nơi|chỗ)(?!\w)"
)
# the opening topic is a noun phrase: no word of a clause in it ('Ngành nào cũng cần vốn, nhưng …' is a clause), and
# the comment after its comma opens on its subject, not a conjunction
_CLAUSE_WORD = r"(?:nào|cũng|đã|sẽ|đang|cần|phải|là|không|chưa|vẫn|được|có|thì|mà)"
_TOPIC_FRONTED = re.compile(
    rf"^[\"“'‘(]?\s*{_TOPIC_NOUN}(?:\s+(?!{_CLAUSE_WORD}(?!\w))[^\s,;:.!?()\"“”]+){{0,6}},"
    rf"(?!\s*(?:nhưng|và|rồi|song|còn|mà|nên|vì|thì|để|hoặc|hay)(?!\w))"
    rf"|(?<!\w)là\s+{_TOPIC_NOUN}",
    re.IGNORECASE,
)


def _object_fronted(toks: Sequence[Token], first: int, text: str, rule: bool = False) -> bool:
    """The ending that starts at token ``first`` is a verb and its preposition whose object was fronted in the
    same clause (after the last comma, colon or stop): a 'mà' of a relative clause (not 'mà còn', 'nhưng mà',
    'không chỉ … mà cả'),
    a question word 'nào' or 'gì', 'đáng', the passive's 'được', 'ai' after a word of none or few ('ít ai'); or a
    noun of topic fronted in the sentence (:func:`_topic_fronted`). Then the preposition ends the clause as written.
    ``rule``: a 'theo' of the rule applied ('căn cứ theo'), fronted by the same words but the passive's 'được' ('được
    tính căn cứ theo.' lost its rule), 'nào' and 'gì' only before 'để' ('không có mẫu nào để dựa theo')."""
    if toks[-1].lower not in (("theo",) if rule else _STRANDED):
        return False
    if _topic_fronted(text, toks[first].start):
        return True
    correlative = _CORRELATIVE.search(text, 0, toks[first].start) is not None
    for i in range(first - 1, -1, -1):
        if _CLAUSE_BREAK.search(text, toks[i].end, toks[i + 1].start):
            return False
        word = toks[i].lower
        if word == "mà":
            if correlative or toks[i + 1].lower in _NOT_RELATIVE_MA or (i and toks[i - 1].lower in ("nhưng", "chứ")):
                continue
            return True
        if rule and (word == "được" or (word in ("nào", "gì") and toks[i + 1].lower != "để")):
            continue  # 'Cơ sở nào … bị xử phạt theo.' asks which, fronts nothing; 'mẫu nào để dựa theo' does
        if word in _FRONTING:
            return True
        if toks[i].text == "ai" and (i == 0 or toks[i - 1].lower in _NOBODY or toks[i + 1].lower == "cũng"):
            return True
    return False


def _topic_fronted(text: str, end: int) -> bool:
    """A noun of topic fronted in the sentence before ``end``: opening it with a comma after, or after 'là' with no
    clause break between it and ``end`` (the relative clause it heads runs up to the ending)."""
    for m in _TOPIC_FRONTED.finditer(text, 0, end):
        if m.group().endswith(",") or not _CLAUSE_BREAK.search(text, m.end(), end):
            return True
    return False


# 'mỗi' or a numeral, one word, then the 'một số' (spaced alone): the distributive 'mỗi N một N' or a rate
_ONE_EACH = re.compile(r"(?:(?<!\w)(?:mỗi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)|(?<![\d.,])\d+) \w+ \Z", re.IGNORECASE)


# what counts the noun 'từ' (word) before it: a number word, a digit, a quantifier ('một từ', '12 từ', 'từng từ')
_WORD_COUNTERS = frozenset(
    "một hai ba bốn năm sáu bảy tám chín mười mươi trăm nghìn ngàn vài mấy các những mỗi từng nhiều ít cái chữ".split()
)


def _word_counted(toks: Sequence[Token], text: str) -> bool:
    """The last 'từ' is the noun 'word' after a number or a quantifier ('chỉ gồm một từ', 'gồm 12 từ')."""
    before = text[: toks[-1].start].rstrip()
    return before[-1:].isdigit() or (len(toks) > 1 and toks[-2].end == len(before) and toks[-2].lower in _WORD_COUNTERS)


def _one_each(toks: Sequence[Token], first: int, text: str) -> bool:
    """The 'một số' starting at token ``first`` is 'one number/issue' in the distributive frame 'mỗi N một N' or a
    rate 'hai tuần một số' ('ra mỗi quý một số', 'mỗi người một số'); 'Mỗi tháng, công ty tuyển thêm một số.'
    still ends on the quantifier."""
    return _ONE_EACH.search(text, 0, toks[first].start) is not None


def _classifier_after_quantifier(
    toks: Sequence[Token], text: str, table: dict[str, tuple[str, bool]]
) -> tuple[tuple[int, int], str] | None:
    """A classifier ends a clause after a numeral ("hai chiếc") or "mỗi" ("giá mỗi chiếc"), not after "các",
    "những" …"""
    if len(toks) < 2 or text[toks[-2].end : toks[-1].start] != " ":
        return None
    before = table.get(toks[-2].lower)
    if before is None or before[0] != "quantifier":
        return None
    return (toks[-2].start, toks[-1].end), "classifier after a quantifier"


# the stop ends the clause: not a file extension ('.doc, .pdf') nor a year not known ('(Tế Viên, ? - 1733)')
_LIST_DANGLE = re.compile(r"[,;]\s*[.!?](?![.…\w])(?!\s*[-–—]\s*\d)")


# a comma or semicolon, then a stop: scanned one first character at a time (SplitScan)
_LIST_END = split_scan(",;", r"\s*[.!?]")


@register
class DanglingListEnd(PrefilteredRule):
    code = "F108"
    name = "dangling-list-end"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    trigger = _LIST_END.whole
    scan = _LIST_END
    summary = "A list or clause that ends in ', .': the last item was cut"
    why = (
        "A comma straight before the final stop means the sentence went on in the source and the "
        "MT output lost its end (often a list whose last item or closing verb was dropped)."
    )
    fires = ("Việt Nam nhập khẩu máy móc, phụ tùng ô tô, máy kéo, xe tải[[, .]]",)
    quiet = (
        "Việt Nam nhập khẩu máy móc, phụ tùng ô tô, máy kéo và xe tải.",
        "Giá: 1,5 triệu đồng.",
        "Tải biểu mẫu (.doc, .pdf) ở cuối trang.",
        "Hòa thượng Pháp Nhãn (trụ trì đời thứ hai, ? - 1781) trùng tu chùa.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in _LIST_DANGLE.finditer(seg.text):
            if placeholder_in(seg, m.start() + 1, m.end() - 1):
                continue  # the list's last item is an inline placeholder of the file ('xe đạp, <ph/>.')
            yield self.hit(seg, m.start(), m.end(), "the list ends in a comma: its last item was cut", suggestion=".")
