"""F1xx punctuation: doubled stops, spaces before marks, unbalanced quotes and brackets,
Chinese list endings ("vv.") and full-width Chinese punctuation left in Vietnamese text."""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from audit.lang.english import vi_zipf
from audit.lang.langid import is_cjk
from audit.model import Segment, Severity
from audit.rules._prefilter import (
    PrefilteredRule,
    content_lines,
    content_text,
    segments_containing,
    segments_matching_split,
    split_scan,
)
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.inline_codes import code_places, source_with_placeholders, text_offset, with_placeholders
from audit.rules.registry import register

# ".." or ". ." that is not part of an ellipsis nor of "v.v.." (F104); ",," ; ";." ":." (the lookahead of the
# first marks lets re skip to them, which the lookbehinds of the branches hide from it: three times quicker)
# two stops ('..', '. .': not after a stop, an ellipsis or 'v.v'), two commas, or ';'/':' before a stop; written to
# open on the class of its first mark, each branch's mark then read by a lookbehind: re skips ahead to the marks (a
# lookahead first, '(?=[.,;:])', gave it nothing to skip to: tests/unit/test_punctuation_scans.py has that form)
_DOUBLED = re.compile(
    r"[.,;:](?:(?<=\.)(?<![.…]\.)(?<!\bv\.v\.)\s?\.(?![.…])|(?<=,)(?<!,,)\s*,(?!,)|(?<=[;:])\s*\.(?![.…]))"
)
_MAYBE_DOUBLED_SCAN = split_scan(".,;:", r"\s?[.,]")  # a cheap first test, scanned a first character at a time
_MAYBE_DOUBLED = _MAYBE_DOUBLED_SCAN.whole
_PUNCT_ONLY = re.compile(r"^[\s.,;:!?…]+$")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)\]]*\s*$")
_TEXT, _INDEX = operator.attrgetter("text"), operator.attrgetter("index")
_MARK = "[.,;:!?]"  # the marks no space goes before
_MAYBE_SPACE_BEFORE = re.compile(rf"\s{_MARK}")  # a cheap first test
# spaces after a word, a bracket or a quote, then a mark: written to open on a space (not on the lookbehind),
# so that re skips to the spaces
_SPACE_BEFORE = re.compile(rf"\s(?<=[\w)\]”]\s)\s*{_MARK}(?=\s|$)")
# a space before a comma or a semicolon and none after it, between two words ('Hà Nội ,hôm qua'): the space moved.
# Written to open on the space, the letter before it a lookbehind after the mark (the same matches as
# '(?<=[^\W\d_]) ([,;])(?=[^\W\d_])', which re tried at every character: tests/unit/test_punctuation_scans.py)
_SPACE_MOVED = re.compile(r" ([,;])(?<=[^\W\d_] [,;])(?=[^\W\d_])")


@register
class DoubledPunctuation(PrefilteredRule):
    code = "F101"
    name = "doubled-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    trigger = re.compile(r"[.,;:]\s?[.,]|^[\s.,;:!?]+$")
    summary = "Two stops or commas where one belongs ('..', ',,', '. .')"
    why = (
        "MT that joins or cuts clauses leaves a full stop after a full stop or a comma after a comma. "
        "An ellipsis ('...' or '…') is deliberate and is not flagged; a stop left alone after a "
        "sentence (a segment that is only '.') is the second half of a doubled stop."
    )
    fires = (
        "Hai nước hợp tác về giáo dục và đào tạo[[..]]",
        "Đoàn sẽ ghé thăm cảng cá Quy Nhơn[[ ..]]",
        "Hai bên ký thỏa thuận thương mại[[,,]] đầu tư và du lịch.",
        "Hai bên ủng hộ giải pháp hòa bình. [[.]]",
        "Hội nghị kết thúc tốt đẹp. [[!]]",
    )
    quiet = (
        "Các lĩnh vực như năng lượng, du lịch, an ninh mạng...",
        "Cổng kết nối toàn cầu… trong đó có Việt Nam.",
        "Giá vàng tăng 1.000 đồng, lên 56.250.000 đồng/lượng.",
        "Thành phố có nhiều công viên, hồ nước, v.v. Người dân rất thích.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """``check`` on the segments with a likely doubled stop and on the short ones (a lone '.'),
        in documents with either kind."""
        doubled = {s.index for s in segments_matching_split(ctx, _MAYBE_DOUBLED_SCAN)}
        segments = content_lines(ctx).segments
        is_short = list(map((4).__gt__, map(len, map(_TEXT, segments))))  # (at C level: no Python step a segment)
        short = list(itertools.compress(segments, is_short))
        lone = any(_PUNCT_ONLY.match(s.text) for s in short)  # a '?' or '!' alone counts too
        if not (doubled or lone):
            return
        asked = map(operator.or_, is_short, map(doubled.__contains__, map(_INDEX, segments)))
        for seg in itertools.compress(segments, asked):  # the short ones and those with a likely doubled stop
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        if len(text) < 4 and _PUNCT_ONLY.match(text) and "…" not in text:
            prev = _previous_content(ctx, seg)
            if prev is not None and _SENTENCE_END.search(prev.text):
                start = len(text) - len(text.lstrip())
                yield self.hit(
                    seg, start, len(text.rstrip()), "a stop after a sentence that already ended", suggestion=""
                )
            return
        if not _MAYBE_DOUBLED.search(text):
            return
        for m in _DOUBLED.finditer(text):
            if _code_inside(seg, m.start(), m.end()):
                continue  # 'Giá: <ph/>.' reads 'Giá: .' without its placeholder, which fills the gap
            fix = "," if m.group().startswith(",") else "."
            start = _spaced_start(text, m.start(), m.end())
            if start < m.start() and _code_inside(seg, start - 1, m.start() + 1):
                start = m.start()  # no fix across an inline code ('là <ph/> ..')
            what = f"doubled punctuation {m.group()!r}" + (" after a space" if start < m.start() else "")
            yield self.hit(seg, start, m.end(), what, suggestion=fix)


def _spaced_start(text: str, start: int, end: int) -> int:
    """Where a doubled stop's fix begins: before the spaces that part it from the word it ends ('bạn ..' → 'bạn.'),
    which F102 does not flag here (its mark is followed by the second stop), so that one accept fixes both;
    ``start`` itself when the stops touch the word or F102 flags the spaces (', ,')."""
    if end - start != 2 or text[start + 1].isspace():
        return start
    s = start
    while s > 0 and text[s - 1] in " \t\u00a0":
        s -= 1
    return s if s < start and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ")]”") else start


def _code_inside(seg: Segment, start: int, end: int) -> bool:
    """An XLIFF inline code of the target stands inside text[start:end] (the text leaves codes out)."""
    return seg.codes is not None and any(start < c.start < end for c in seg.codes.target)


def _previous_content(ctx: DocContext, seg: Segment) -> Segment | None:
    for i in range(seg.index - 1, -1, -1):
        prev = ctx.doc.segments[i]
        if not prev.boilerplate:
            return prev
    return None


@register
class SpaceBeforePunctuation(PrefilteredRule):
    code = "F102"
    name = "space-before-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    trigger = _MAYBE_SPACE_BEFORE
    summary = "A space before a full stop, comma, colon or question mark"
    why = (
        "Vietnamese, like English, puts no space before these marks; MT output that "
        "tokenised the text and was joined back leaves ' .' and ' ,' behind, or moves the space before a comma "
        "between two words ('Hà Nội ,hôm qua': the fix is ', '). A ':' between two numbers or terms "
        "('96 : 8', 'tỷ lệ 1 : 50.000') is the division sign, spaced like the other operators."
    )
    fires = (
        "Hai bên tăng cường hợp tác song phương[[ .]]",
        "Hai nước ký hiệp định (ngày 19 tháng 3 năm 1992)[[ .]]",
        "Đoàn đến Quy Nhơn[[ ,]]chiều nay làm việc với tỉnh.",
    )
    quiet = (
        "Hai bên tăng cường hợp tác song phương.",
        "Tỷ lệ đạt 15-20% mỗi năm: cao nhất khu vực.",
        "Bài 3. Tính 96 : 8 + 5.",
    )

    # the trigger found from its mark (rarer than a space, so quicker to scan for) with the space as a lookbehind,
    # one mark at a time (SplitScan)
    scan = split_scan(_MARK[1:-1], rf"(?<=\s{_MARK})")

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in segments_matching_split(ctx, self.scan):
            yield from self._found(seg)  # (_SPACE_BEFORE matches only where the trigger does)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        if _MAYBE_SPACE_BEFORE.search(seg.text):
            yield from self._found(seg)

    def _found(self, seg: Segment) -> Iterator[Hit]:
        """The spaces before a mark in the segment."""
        codes = code_places(seg)
        for m in _SPACE_BEFORE.finditer(seg.text):
            mark = m.group().strip()
            if m.end() - len(mark) in codes:  # an XLIFF placeholder stands before the mark ('tầng <ph/>.')
                continue
            if mark == ":" and _DIVISION.match(seg.text, m.start() - 1):
                continue  # the division sign ('96 : 8')
            # the spaces after the last placeholder among them ('là  <ph/> .'): those before it part the words
            start = max((p for p in codes if m.start() < p < m.end()), default=m.start())
            yield self.hit(seg, start, m.end(), f"space before {mark!r}", suggestion=mark)
        for m in _SPACE_MOVED.finditer(seg.text):
            if m.start() in codes or m.end() in codes:
                continue
            mark = m.group(1)
            yield self.hit(seg, m.start(), m.end(), f"space before {mark!r}, none after", suggestion=mark + " ")


# ':' with a space on each side between two numbers or terms is division or a ratio in Vietnamese ('96 : 8 = 12',
# 'tỷ lệ 1 : 50.000', '(a + b) : 2', 'x : 4'), written with spaces like the other operators
_DIVISION = re.compile(r"(?:[\d)]|(?<![^\W\d_])[a-zA-Z])\s+:\s+[\d(]")


_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=[^\s.,:;!?])")
_COLUMN_GAP = 5  # spaces: a wider gap between words lines up columns ('THƯ KÝ          CHỦ TRÌ'), not a join


@register
class DoubledSpace(PrefilteredRule):
    code = "F110"
    name = "doubled-space"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    trigger = _DOUBLE_SPACE
    summary = "Two or more spaces between words"
    why = (
        "A doubled space is where MT output was joined back from pieces, or where a word was dropped "
        "between two spaces; it also breaks search and replace in a CAT tool. Spaces before punctuation "
        "are F102's; indentation at the start of a line is not looked at, nor the two spaces around an XLIFF "
        "inline placeholder that the text leaves out ('Xuất trình <x/> tại' reads 'Xuất trình  tại'), nor a "
        "record whose source itself lines words "
        "up with runs of spaces (a program's column headings in a PO file), nor a run of tabs alone (the empty "
        "cells of a tab-separated table) or of five spaces or more (two columns lined up by hand, as in a "
        "signature block)."
    )
    fires = ("Nhiều tuyến phố ở Hà Nội bị ngập sau trận mưa[[  ]]lớn.", "Hai bên ký kết[[   ]]thỏa thuận hợp tác.")
    quiet = ("Nhiều tuyến phố ở Hà Nội bị ngập sau trận mưa lớn.", "  Đoạn văn thụt lề đầu dòng.", "Hai bên ký  .")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments with two spaces in a row, or a tab or a no-break space (one ``str.find`` scan each)."""
        return segments_containing(ctx, ("  ", "\t", "\u00a0"))

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in self.candidates(ctx):  # the trigger on the text, or on it with its placeholders (XLIFF)
            if self.trigger.search(seg.text) or seg.codes is not None:
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        if seg.source is not None and "  " in source_with_placeholders(seg):
            return  # the source lays its text out with spaces (columns of a program's output): so does the target
        text, places = with_placeholders(seg)  # an XLIFF placeholder is a word between its spaces
        for m in _DOUBLE_SPACE.finditer(text):
            if m.group().strip("\t") == "" or len(m.group()) >= _COLUMN_GAP:
                continue  # tabs alone, or a wide gap: the columns of a table or a signature block, laid out by hand
            start, end = (text_offset(m.start(), places), text_offset(m.end(), places)) if places else m.span()
            yield self.hit(seg, start, end, f"{len(m.group())} spaces between words", suggestion=" ")


_PAIRS = {")": "(", "]": "[", "”": "“", "»": "«"}
_OPENERS = frozenset(_PAIRS.values())
_QUOTES = ("“", '"')
_QUOTE_OR_BRACKET = re.compile(r'[()\[\]“”«»"]')
_QUOTES_AND_BRACKETS = tuple('()[]“”«»"')  # the characters of _QUOTE_OR_BRACKET, each found with str.find
# "1)", "a)", "đ)" list markers and ":)" are not unbalanced brackets: a marker at a line's start, after a space
# or a bracket, or opening a quotation (an amending text quotes the point it adds: '"đ) Dừng xe …;".')
_LIST_MARKER = re.compile(r"(?:^|[\s(\"“‘])(?:\d{1,2}|[a-zA-Zđ])\)|[:;]-?\)")


_AFTER_CLOSER = ".,;:!?)]…”"  # marks that follow a closing quote: no quotation opens on one


def _straight_quote_role(text: str, i: int, quote_open: bool) -> str:
    """'"' opens (returned as '"') or closes (returned as '”'), judged by the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{-–—:") and not after.isspace() and after not in _AFTER_CLOSER
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]…")
    if opens != closes:
        return '"' if opens else "”"
    if quote_open and before.isspace() and after.isspace() and _closed_further(text, i):
        return '"'  # a space on each side, and a closer further on in the segment: it opens ('là " phi pháp"')
    return "”" if quote_open else '"'


def _closed_further(text: str, i: int) -> bool:
    """The next straight quote after ``i`` in ``text`` stands as a closer does: after a non-space, before a space,
    a mark or the end."""
    j = text.find('"', i + 1)
    return (
        j > 0
        and not text[j - 1].isspace()
        and (j + 1 == len(text) or text[j + 1].isspace() or text[j + 1] in _AFTER_CLOSER)
    )


def _closer_follows(text: str, i: int) -> bool:
    """The next straight quote after ``i`` in ``text`` comes after a non-space, as a closer does (even one glued to the
    next word: '""Peppa the pig,"đúng vậy."')."""
    j = text.find('"', i + 1)
    return j > 0 and not text[j - 1].isspace()


@register
class UnbalancedQuotesBrackets(DocumentRule):
    code = "F103"
    name = "unbalanced-quotes-brackets"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    summary = "A quote or bracket opened and never closed, or closed and never opened"
    why = (
        "MT that cuts or reorders clauses drops one half of a pair of quotes or brackets. "
        "Quotations span sentences and, in sentence-per-line files, lines, so the pairs are matched "
        "over the whole document; a straight quote may close a curly one. A closing straight quote written with its "
        "space before it ('hợp tác, \"ông nói', 'bò \".') is read as the closer it is, with one finding for the space. "
        "A straight quote right after an opening one opens a nested quotation if a closer of its own follows, else it "
        "is the opener written twice ('“\"Tôi'), one finding there. With a source, a quote or bracket that the "
        "source's segment also leaves open, or also closes unopened, is the source's (NTREX's English cuts "
        "quotations): a translation that keeps it is faithful."
    )
    fires = (
        'Ông nói rằng [["]]hai bên sẽ tiếp tục hợp tác.',
        '"Hai bên sẽ tiếp tục hợp tác,[[ "]]ông nói.',
        "Hiệp định Thương mại tự do [[(]]EVFTA có hiệu lực từ năm 2020.",
        '“[["]]Chúng tôi sẽ tiếp tục hợp tác,” ông nói.',
        'She said: "Prices will rise." => Bà nói: [["]]Giá sẽ tăng.',
    )
    quiet = (
        "Ông nói: “Hai bên sẽ tiếp tục hợp tác. Chúng tôi tin tưởng vào tương lai.”",
        "Các điều kiện gồm: 1) có hộ khẩu; 2) có việc làm ổn định.",
        "Nút giao ngã ba Cát Lái (quận 2) nằm ở cuối đại lộ.",
        'Bộ phim "Mùa hè" (2019) đoạt giải.',
        "Ông nói: “Chúng tôi sẽ tiếp tục.\nChúng tôi tin tưởng vào tương lai.”",
        'Bà nói: "Không thể chấp nhận được.”',
        'Ông hỏi, "Ai sẽ đi?" rồi cười.',
        '“"Đổi mới" là từ ông dùng nhiều nhất,” bà nói.',
        'She said prices would "rise again next year. => Bà nói giá sẽ "tăng tiếp vào năm sau.',
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        inherited: Counter[tuple[int, str, bool]] | None = None  # read from the sources at the first finding
        for h in self._scan(ctx):
            opened = h.message.endswith("is never closed")
            if opened or h.message.endswith("closes nothing"):
                if inherited is None:
                    inherited = _source_unbalanced(ctx.doc.segments)
                key = (h.segment, _family(ctx.doc.segments[h.segment].text[h.start]), opened)
                if inherited[key] > 0:
                    inherited[key] -= 1  # the source leaves one so: the translation is faithful
                    continue
            yield h

    def _scan(self, ctx: DocContext) -> Iterator[Hit]:
        stack: list[tuple[str, Segment, int]] = []
        for seg in segments_containing(ctx, _QUOTES_AND_BRACKETS):  # what _QUOTE_OR_BRACKET matches
            marks = [(m.start(), m.group()) for m in _QUOTE_OR_BRACKET.finditer(seg.text)]
            skip: set[int] | None = None  # list markers' brackets, found when a closer closes nothing
            for i, ch in marks:
                if ch == '"':
                    quote_open = bool(stack) and stack[-1][0] in _QUOTES
                    if quote_open and stack[-1][1] is seg and stack[-1][2] == i - 1:  # right after an opening quote
                        if not _closer_follows(seg.text, i):  # no closer of its own: the opener written twice
                            yield self.hit(seg, i, i + 1, "opening quote doubled", suggestion="")
                        else:  # a quotation nested at the start of another ('“"Ye" là từ …,” West nói')
                            stack.append(('"', seg, i))
                        continue
                    spaced = _spaced_closer(seg.text, i) if quote_open else None
                    if spaced is not None:  # the closer, its space on the wrong side: one finding, not two
                        yield self.hit(seg, i - 1, i + 1, "space before the closing quote", suggestion=spaced)
                        stack.pop()
                        continue
                    ch = _straight_quote_role(seg.text, i, quote_open)
                if ch in _OPENERS or ch == '"':
                    stack.append((ch, seg, i))
                else:
                    opener = _PAIRS[ch]
                    matches = _QUOTES if ch == "”" else (opener,)
                    if not any(op in matches for op, _, _ in stack):
                        if skip is None:
                            skip = {m.end() - 1 for m in _LIST_MARKER.finditer(seg.text)}
                        if i in skip:
                            continue  # a list marker "1)" with no bracket open
                        yield self.hit(seg, i, i + 1, f"{ch!r} closes nothing", suggestion="")
                        continue
                    while stack[-1][0] not in matches:
                        yield self._unclosed(*stack.pop())
                    stack.pop()
        for item in stack:
            yield self._unclosed(*item)

    def _unclosed(self, ch: str, seg: Segment, i: int) -> Hit:
        ch = "“" if ch == '"' else ch
        return self.hit(seg, i, i + 1, f"{ch!r} is never closed")


_SOURCE_MARK = re.compile(r'[()\[\]“”«»"「」『』]')  # the quotes and brackets of an English or Chinese source
_SOURCE_CLOSERS = {**_PAIRS, "」": "「", "』": "『"}


def _family(ch: str) -> str:
    """'"' for any quotation mark, else the bracket's opener."""
    return '"' if ch in '“”"「」『』' else _PAIRS.get(ch, ch)


def _source_unbalanced(segments: Iterable[Segment]) -> Counter[tuple[int, str, bool]]:
    """How many quotes or brackets a document's sources leave open (True) or close never opened (False), by (segment
    index, family, open). NTREX's English cuts quotations ('saying he was "taking this county in the wrong direction.');
    a translation that keeps the cut is faithful to it."""
    out: Counter[tuple[int, str, bool]] = Counter()
    stack: list[tuple[str, int]] = []
    for seg in segments:
        src = seg.source
        if not src:
            continue
        for m in _SOURCE_MARK.finditer(src):
            i, ch = m.start(), m.group()
            if ch == '"':
                ch = _straight_quote_role(src, i, bool(stack) and _family(stack[-1][0]) == '"')
            if ch not in _SOURCE_CLOSERS:
                stack.append((ch, seg.index))
                continue
            family = _family(ch)
            if not any(_family(op) == family for op, _ in stack):
                if m.end() - 1 not in {lm.end() - 1 for lm in _LIST_MARKER.finditer(src)}:
                    out[seg.index, family, False] += 1
                continue
            while _family(stack[-1][0]) != family:
                op, at = stack.pop()
                out[at, _family(op), True] += 1
            stack.pop()
    out.update((at, _family(op), True) for op, at in stack)  # Counter.update counts each
    return out


# a speaker's attribution after a quotation: a few words with a verb of saying, to the sentence's end
_ATTRIBUTION = re.compile(
    r"(?:\S+ ){0,8}?(?:nói|cho biết|cho hay|phát biểu|chia sẻ|viết|khẳng định|nhấn mạnh|tuyên bố|bình luận|kể|hỏi|"
    r"trả lời|thừa nhận|giải thích|nhận định|bày tỏ|đưa tin|dặn|nhắc|than|tâm sự|khuyên|cảnh báo)(?!\w)[^\"“”]{0,80}$"
)


def _spaced_closer(text: str, i: int) -> str | None:
    """The straight quote at ``i``, while a quotation is open, is its closer written with the space before it instead
    of after: before a mark ('như "những con bò ".', 'sinh ", một người viết'), or after a clause's mark and before
    the speaker's attribution, the segment's last quote ('trầm tính, "cô nói.'). Returns what the space and the quote
    should read, else None."""
    if i < 2 or not text[i - 1].isspace() or text[i - 2].isspace():
        return None
    after = text[i + 1 : i + 2]
    if after and after in _AFTER_CLOSER:
        return '"'
    if text[i - 2] in ",.!?…" and after.isalpha() and _ATTRIBUTION.match(text, i + 1) is not None:
        return '" '
    return None


# "vv." alone, or glued to the last list item ("quần áovv."): no Vietnamese or English word ends in "vv"
_LIST_END = re.compile(r"(?<![\w.])(?:vv\.{1,3}|v\.v\.\.(?!\.)|vv(?=\s*$))|(?<=[^\W\dv_])vv\.{1,3}", re.IGNORECASE)


@register
class ChineseListEnding(PrefilteredRule):
    code = "F104"
    name = "chinese-list-ending"
    category = "locale/convention"
    severity = Severity.MINOR
    trigger = re.compile(r"[vV][vV]|v\.v\.\.")
    summary = "A list ending written 'vv.' or 'v.v..' (from Chinese 等等) instead of 'v.v.'"
    why = (
        "Chinese closes a list with 等等; MT through Chinese renders it 'vv.' or doubles the stop. "
        "Vietnamese writes 'v.v.' (vân vân)."
    )
    fires = (
        "Hai nước hợp tác về thương mại, đầu tư, giáo dục, [[vv.]]",
        "Có cam, quýt, bưởi [[v.v..]]",
        "Công ty sản xuất giày dép, túi xách, quần áo[[vv.]]",
    )
    quiet = (
        "Có cam, quýt, bưởi, v.v.",
        "Có cam, quýt, bưởi v.v... và nhiều loại trái cây khác.",
        "Tham khảo tại savvy.vn hoặc gọi tổng đài.",
    )

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments with 'vv' in any case or 'v.v..' (``check`` asks for these too)."""
        return segments_containing(ctx, ("vv", "v.v.."), lowercase=True)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        if "vv" not in text and "Vv" not in text and "VV" not in text and "v.v.." not in text:
            return
        for m in _LIST_END.finditer(text):
            yield self.hit(seg, m.start(), m.end(), f"list ending {m.group()!r}", suggestion="v.v.")


_FULLWIDTH = {"，": ",", "。": ".", "、": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
_FULLWIDTH_RE = re.compile("[" + "".join(_FULLWIDTH) + "]")


@register
class FullWidthPunctuation(PrefilteredRule):
    code = "F105"
    name = "full-width-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    trigger = re.compile("[，。、：；！？（）]")
    summary = "Chinese full-width punctuation (，。、：；) in Vietnamese text"
    why = (
        "A pivot through Chinese can leave the source's full-width marks in the output; they look "
        "wrong in Vietnamese and break tokenisation downstream."
    )
    fires = ("Hai nước hợp tác về thương mại[[，]]đầu tư và giáo dục.",)
    quiet = ("Hai nước hợp tác về thương mại, đầu tư và giáo dục.", "Tên tiếng Trung là 阮富仲，nghĩa là …")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        return segments_containing(ctx, _FULLWIDTH)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        for m in _FULLWIDTH_RE.finditer(text):
            i = m.start()
            if (i > 0 and is_cjk(text[i - 1])) or (i + 1 < len(text) and is_cjk(text[i + 1])):
                continue  # inside a Chinese quotation: L103's business
            yield self.hit(seg, i, i + 1, f"full-width {m.group()!r}", suggestion=_FULLWIDTH[m.group()])


# Three or more one-syllable parts joined by spaced hyphens ("Bun - ga - ri", "Ô - xtrây - li - a"):
# a transliterated word the MT tokenizer split. Ranges and pairs ("30/4 - 1/5", "Việt - Lào") have two parts.
_SPACED_WORD = re.compile(r"(?<!- )(?<![\w-])([^\W\d_]+)((?: - [^\W\d_]+){2,})(?![\w-]| -)")
# … or two lowercase parts ('vắc - xin') that the document writes as one word elsewhere ('vắc xin', 'vắc-xin'), one of
# them a syllable met seldom alone (a loan's: 'vắc', 'ắc'; not 'nam - nữ', 'sáng - chiều', two words of their own)
_SPACED_PAIR = re.compile(r"(?<!- )(?<![\w-])([^\W\d_]+) - ([^\W\d_]+)(?![\w-]| -)")
_PAIR_RARE_PART = 4.5  # Zipf in Vietnamese: 'vắc' 4.1, 'ắc' 3.4; 'tô' 5.1, 'nam' 6.4
_LOWER_AFTER_DASH = re.compile(r" - (?=[^\W\d_])(?!\w*[A-Z])")  # a spaced hyphen before a word of lowercase letters


@register
class SpacedHyphenWord(PrefilteredRule):
    code = "F109"
    name = "spaced-hyphen-word"
    category = "fluency/spelling"
    severity = Severity.MINOR
    # [^\W\d_] - [^\W\d_]+ - [^\W\d_] with the letter before as a lookbehind: the literal " - " first
    # lets re skip ahead
    trigger = re.compile(r" - (?<=[^\W\d_] - )[^\W\d_]")
    summary = "A transliterated word split by spaced hyphens ('Bun - ga - ri' for 'Bun-ga-ri')"
    why = (
        "Vietnamese writes transliterated names and loans with hyphens between syllables and no spaces "
        "(Bun-ga-ri, Ô-xtrây-li-a, ki-lô-mét); MT tokenizers put spaces around the hyphens. A chain of three "
        "or more one-word parts is such a split word (not a list of common lowercase words: 'nông - lâm - ngư "
        "nghiệp'); a dash between two phrases ('Hà Nội - Hải Phòng', "
        "'30/4 - 1/5') is punctuation and is not flagged. Two lowercase parts are a split loan ('vắc - xin') where "
        "the document writes them as one word elsewhere ('vắc xin') and one is a syllable seldom met alone (not "
        "'nam - nữ' beside 'bình đẳng nam nữ')."
    )
    fires = (
        "Đội tuyển [[Bun - ga - ri]] thắng 2-0.",
        "Thủ đô của [[Ô - xtrây - li - a]] là Can-bê-ra.",
        "Xe chở [[ắc - quy]] cũ bị giữ lại.\nCơ sở tái chế ắc quy không có giấy phép.",
    )
    quiet = (
        "Tuyến cao tốc Hà Nội - Hải Phòng - Quảng Ninh.",
        "Quan hệ Việt - Lào - Campuchia.",
        "Nghỉ lễ 30/4 - 1/5 và tour Đà Nẵng - Hội An.",
        "Thủ đô của Bun-ga-ri là Xô-phi-a.",
        "Tỷ lệ nam - nữ khi sinh còn chênh lệch.\nChính sách bình đẳng nam nữ được thực hiện.",
        "Xe chở ắc - quy cũ bị giữ lại.",
        "Cơ cấu kinh tế nông - lâm - ngư nghiệp chuyển dịch nhanh.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        # the two patterns open on lookbehinds and a word, slow to scan: each is tried only where it may match (a
        # chain has two spaced hyphens, a loan's pair a lowercase letter after one)
        dashes = text.count(" - ")
        chains = _SPACED_WORD.finditer(text) if dashes >= 2 else ()
        for m in chains:
            parts = [m.group(1), *m.group(2).split(" - ")[1:]]
            if sum(p[:1].isupper() for p in parts) > 1 or any(len(p) > 7 for p in parts):
                continue  # a chain of names or places, not one word's syllables
            if all(p.islower() for p in parts) and min(vi_zipf(p) for p in parts) >= _PAIR_RARE_PART:
                continue  # a list of common words ('nông - lâm - ngư nghiệp', 'văn - thể - mỹ'; review25), no loan
            yield self.hit(
                seg, m.start(), m.end(), "a word split by spaced hyphens", suggestion="-".join(parts), confidence=0.7
            )
        pairs = _SPACED_PAIR.finditer(text) if _LOWER_AFTER_DASH.search(text) else ()
        for m in pairs:
            first, second = m[1], m[2]
            if not (first.islower() and second.islower()) or min(vi_zipf(first), vi_zipf(second)) >= _PAIR_RARE_PART:
                continue
            whole = ctx.memo("content-text-lowercase", lambda doc: content_text(doc).lower())  # once a document
            if f"{first} {second}" in whole or f"{first}-{second}" in whole:
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(),
                    "a word split by spaced hyphens",
                    suggestion=f"{first}-{second}",
                    confidence=0.7,
                )
