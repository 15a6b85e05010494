"""L102: a whole segment in another language (English, Chinese …) in a Vietnamese document.

langdetect runs only on segments where too few words carry Vietnamese letters to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.lang.english import is_english
from audit.lang.langid import _VI_LETTERS, _VI_WORD, detect, vietnamese_share
from audit.lang.quotes import quote_carried
from audit.lang.rare_chars import may_match, rare_scan
from audit.lang.syllable import is_valid_syllable
from audit.lang.tokens import Token, tokens, words
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines, rare_characters
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.language.shared import _CJK_RUN, _english_in_pair, _latin_foreign, _quoted_mask
from audit.rules.registry import register
from audit.rules.repetition import VERSE_LINE_WORDS, verse_document

_MIN_SEGMENT_WORDS = 5
_VI_SHARE = 0.25  # a segment with this share of Vietnamese words is Vietnamese to L102
_VI_CHAR = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "]")
# U+1EA0–U+1EF9 (ạ ả ấ … ỹ) are all Vietnamese letters; their UTF-8 starts E1 BA or E1 BB, which the
# rest of those two blocks (U+1E80–U+1E9F, U+1EFA–U+1EFF) shares
_EXT_ADDITIONAL_NOT_VI = rare_scan(re.compile("[\u1e80-\u1e9f\u1efa-\u1eff]"))


def _vi_letters_reach(text: str, encoded: bytes, need: float) -> bool:
    """Whether a lower bound of ``len(_VI_CHAR.findall(text))`` reaches ``need``, for a text without a
    character of ``_EXT_ADDITIONAL_NOT_VI`` (``encoded``: its UTF-8): the ạ…ỹ letters counted by their
    UTF-8 prefix, plus 'ư', then 'ơ' and 'đ' (outside that block), counted only while short of ``need``
    (the ạ…ỹ letters alone reach it in two Vietnamese sentences of five)."""
    count = encoded.count(b"\xe1\xba") + encoded.count(b"\xe1\xbb")
    if count < need:
        count += text.count("ư")
    if count < need:
        count += text.count("ơ") + text.count("đ")
    return count >= need


def _plainly_vietnamese(text: str, exact_block: bool) -> bool:
    """WrongLanguageSegment's first test: at least half as many bytes beyond ASCII, and as many
    Vietnamese letters, as the text has words. ``exact_block``: the text has no character of
    ``_EXT_ADDITIONAL_NOT_VI``, so the cheap count of :func:`_vi_letters_reach` may decide."""
    need = 0.5 * (text.count(" ") + 1)
    encoded = text.encode()
    if len(encoded) - len(text) < need:
        return False
    if exact_block and _vi_letters_reach(text, encoded, need):
        return True
    return len(_VI_CHAR.findall(text)) >= need


_POSSESSIVE = re.compile(r"['’]s$")
# langdetect is unsure of some short English sentences ('… on a parent's lap.' gives 'en' at 0.71): this many
# lowercase words, every one a common English word, decide it
_MIN_ENGLISH_WORDS = 6


def _all_english(lower: Sequence[Token]) -> bool:
    """At least _MIN_ENGLISH_WORDS lowercase words, each a common English word (a possessive 's aside)."""
    return len(lower) >= _MIN_ENGLISH_WORDS and all(is_english(_POSSESSIVE.sub("", t.text)) for t in lower)


_MIN_COPIED_WORDS = 3  # a record this long whose translation is its English source copied through
_MIN_COPIED_LOWER = 4  # or this many lowercase words among names ('The ship will leave Cam Ranh on …', misses28)


def _copied_english(seg: Segment) -> bool:
    """A record whose translation is its English source copied through ('Pay at the property', 'Add to cart'):
    three words or more, most of them lowercase (or four among names: 'The ship will leave Cam Ranh on …'), each a
    common English word, one of them no Vietnamese syllable and no loan or one far more frequent in English
    ('property'); a name or a title in capitals ('Bank of America', 'Google Play services') is left alone."""
    if not seg.source or seg.text.strip() != seg.source.strip():
        return False
    toks = [t for t in tokens(seg.text) if len(t.text) > 1 and t.text.isalpha()]  # not '%d', '{n}'
    lower = [t for t in toks if not t.is_capitalized]
    return (
        len(toks) >= _MIN_COPIED_WORDS
        and (2 * len(lower) > len(toks) or len(lower) >= _MIN_COPIED_LOWER)
        and all(t.is_ascii and is_english(t.text) for t in lower)
        and any(not is_valid_syllable(t.text) and _english_in_pair(t.text) for t in lower)
    )


# a paper's English section heading, and its Vietnamese counterpart somewhere in the document
_ENGLISH_SECTION = re.compile(r"(?i)(?:english )?(?:abstract|summary)\s*[:.]?")
_VIETNAMESE_SECTION = re.compile(r"(?m)^\s*(?:TÓM TẮT|Tóm tắt)\s*[:.]?\s*$")
_SECTION_REACH = 8  # segments back from an English sentence to its section's heading


def _english_section(seg: Segment, ctx: DocContext) -> bool:
    """The segment belongs to a paper's English abstract: a heading 'ABSTRACT'/'Summary' above it with nothing
    plainly Vietnamese between, in a document that has its Vietnamese 'TÓM TẮT' too (a bilingual paper; an MT
    output leaving its source's abstract untranslated has no Vietnamese one)."""
    segments = ctx.doc.segments
    for k in range(seg.index - 1, max(-1, seg.index - 1 - _SECTION_REACH), -1):
        text = segments[k].text.strip()
        if _ENGLISH_SECTION.fullmatch(text):
            return ctx.memo("vi-abstract", lambda doc: any(_VIETNAMESE_SECTION.match(s.text) for s in doc.segments))
        if _plainly_vietnamese(text, False):
            return False
    return False


def _sung_line(seg: Segment, ctx: DocContext) -> bool:
    """A short line without a full stop in a song or poem without a source, between two plainly Vietnamese lines:
    Vietnamese pop writes English hooks ('Hold on, hold on, the wind will bring him home'), so the line is as
    likely written as untranslated."""
    text = seg.text.rstrip()
    if seg.source or text[-1:] in ".;" or len(text.split()) > VERSE_LINE_WORDS or not verse_document(ctx):
        return False
    segments = content_lines(ctx).segments
    at = _content_positions(ctx).get(seg.index)
    if at is None or at == 0 or at + 1 == len(segments):
        return False
    return all(_plainly_vietnamese(segments[k].text, False) for k in (at - 1, at + 1))


def _after_colon(seg: Segment, segments: Sequence[Segment]) -> bool:
    """The paragraph the segment belongs to comes right after a segment ending in a colon: a sign, a slogan or a
    post quoted whole, every sentence of it ('Tổng thống viết:' then two English sentences, clean26 probe)."""
    k = seg.index
    while k and segments[k - 1].paragraph == seg.paragraph:
        k -= 1
    return k > 0 and segments[k - 1].text.rstrip().endswith(":")


def _content_positions(ctx: DocContext) -> dict[int, int]:
    """Segment index → its position among the article's segments (memoised: one pass, not one per line)."""
    return ctx.memo(
        "l102.content-positions", lambda _doc: {s.index: k for k, s in enumerate(content_lines(ctx).segments)}
    )


@register
class WrongLanguageSegment(SegmentRule):
    code = "L102"
    name = "wrong-language-segment"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    summary = "A whole segment in another language (English, Chinese …) in a Vietnamese document"
    why = (
        "A segment the MT system copied through or failed on is untranslated as a whole. Segments "
        "where a quarter of the words carry Vietnamese letters are Vietnamese without asking a model; "
        "only the rest go to langdetect (seeded, deterministic). Lists of names and quotations in "
        "the original language are not flagged (every sentence of a quotation), nor a paper's English abstract "
        "under its heading when "
        "the paper has its Vietnamese 'TÓM TẮT' too. A record shorter than five words is too short for a model: "
        "it is flagged when its translation is its English source copied through, mostly lowercase common "
        "English words ('Pay at the property'; not a name such as 'Bank of America'). In a song or poem without a "
        "source, a single short English line between Vietnamese lines is minor: Vietnamese pop writes English hooks."
    )
    fires = (
        "Hai bên đã hội đàm tại Hà Nội.\n[[The two sides agreed to strengthen cooperation in trade.]]",
        "Hai bên đã hội đàm tại Hà Nội.\n[[双方同意加强两国在经贸领域的合作。]]\nHai bên ký năm văn kiện hợp tác.",
    )
    quiet = (
        "Hai bên đã hội đàm tại Hà Nội.",
        "Man Utd, Man City, Liverpool, Arsenal, Chelsea và Tottenham.",
        "Giá iPhone 15 Pro Max tại Việt Nam.",
        '"We will never give up on our people and our future," Obama nói.',
        "Bà Grace Lee nói: “We are proud of the students. They worked very hard for the whole semester.”",
        "Tấm biển trước cổng trường ghi:\nLearning today, leading tomorrow, serving always with honesty",
        "TÓM TẮT\nNghiên cứu ghi nhận 12 loài ếch ở vườn quốc gia.\nABSTRACT\n"
        "Twelve frog species were recorded in the national park during the survey.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """``check`` on the segments that are not plainly Vietnamese (its first test)."""
        exact_block = self._block_exact(ctx)
        for seg in content_lines(ctx).segments:
            if not _plainly_vietnamese(seg.text, exact_block):
                yield from self.check(seg, ctx)

    @staticmethod
    def _block_exact(ctx: DocContext) -> bool:
        """No character of the ạ…ỹ block's neighbours in the article text (memoised)."""
        return ctx.memo("vi-block-only", lambda _doc: not may_match(_EXT_ADDITIONAL_NOT_VI, rare_characters(ctx)))

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        if _after_colon(seg, ctx.doc.segments):
            return  # shown as it is after 'ghi dòng chữ:', 'khẩu hiệu:': a sign, a slogan, a lyric quoted
        if _plainly_vietnamese(text, not seg.boilerplate and self._block_exact(ctx)):
            return  # many Vietnamese letters: Vietnamese, decided without splitting words
        cjk = sum(len(run) for run in _CJK_RUN.findall(text))
        if cjk >= _MIN_SEGMENT_WORDS:  # Chinese has no spaces: judged by characters, before words are counted
            letters = sum(1 for ch in text if ch.isalpha())
            if cjk / letters > 0.5:
                yield self._whole(seg, "the segment is in Chinese")
                return
        ws = words(text)
        if _copied_english(seg):  # a sentence of names and a few words too ('The ship will leave Cam Ranh on …')
            yield self._whole(seg, "the English source copied through untranslated")
            return
        if len(ws) < _MIN_SEGMENT_WORDS:
            return
        if len(_VI_WORD.findall(text)) >= 0.25 * len(ws):
            return  # Vietnamese: no need to ask a model
        toks = tokens(text)
        if vietnamese_share(text) >= _VI_SHARE:
            return
        mask = _quoted_mask(text)
        carried = quote_carried(seg, ctx.doc.segments)
        mask[:carried] = [True] * carried  # the rest of a quotation opened in an earlier sentence
        lower = [t for t in toks if not t.is_capitalized and not mask[t.start]]
        if len(lower) < _MIN_SEGMENT_WORDS or sum(_latin_foreign(t) for t in lower) < len(lower) / 2:
            return  # names, a quotation and a few words: nothing to decide
        lang, prob = detect(text)
        if lang not in ("vi", "unknown") and (prob >= 0.9 or (lang == "en" and _all_english(lower))):
            if lang == "en" and _english_section(seg, ctx):
                return  # a bilingual paper's English abstract
            # a Vietnamese song's English hook, or a line left untranslated: minor
            minor = Severity.MINOR if _sung_line(seg, ctx) else None
            yield self._whole(seg, f"the segment is in another language ({lang})", minor)

    def _whole(self, seg: Segment, message: str, severity: Severity | None = None) -> Hit:
        text = seg.text
        start = len(text) - len(text.lstrip())
        return self.hit(seg, start, len(text.rstrip()), message, confidence=0.9, severity=severity)
