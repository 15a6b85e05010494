"""S101 misspelled Vietnamese syllables; T301 old and new tone placement mixed in one document."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from audit.lang.countries import trie_pattern
from audit.lang.english import vi_zipf
from audit.lang.hanviet import syllable_key
from audit.lang.langid import _VI_LETTERS
from audit.lang.people import surnames, vi_names
from audit.lang.resources import read_lines
from audit.lang.syllable import (
    base_letters_spell_syllable,
    is_valid_syllable,
    letter_slips,
    nearest,
    restyle,
    styled_spellings,
    tone_style,
)
from audit.lang.syllable_lm import in_word
from audit.lang.tokens import Token, tokens, words
from audit.lang.unmarked import restorable, unmarked_words
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import (
    content_lines,
    lowered_content,
    lowered_in_nfc,
    non_syllables,
    segments_containing,
    word_count,
    word_set,
)
from audit.rules.base import DocContext, DocumentRule, Hit, SegmentRule
from audit.rules.registry import register

# Boilerplate kinds whose text is prose shown on the page (headlines of related news, captions): a
# typo there is still a typo an editor wants to see. Navigation, timestamps and bylines are not prose.
_PROSE_BOILERPLATE = frozenset({"related", "caption", "image"})


def _misspelled_words(ctx: DocContext) -> frozenset[str]:
    """Misspelled words of the article text (its shared vocabulary) and of the prose boilerplate."""
    bad = set(filter(_misspelled_word, _maybe_misspelled(ctx)))
    for s in ctx.doc.segments:
        if s.boilerplate and s.boilerplate_kind in _PROSE_BOILERPLATE:
            bad.update(filter(_misspelled_word, words(s.text)))
    return frozenset(bad)


def _maybe_misspelled(ctx: DocContext) -> Iterable[str]:
    """The words of the article text that are no valid syllable as written, when the text is in NFC
    (its words then are too: a valid one is in the syllable table as it is), else every word."""
    if lowered_in_nfc(ctx):
        return non_syllables(ctx)
    return word_set(ctx)


def misspelled(tok: Token) -> bool:
    """A token written with Vietnamese letters that is no valid syllable, though its base letters are one.

    Only diacritic errors are reported ("hiêp", "triẻn", "qủa"): a token whose letters spell no
    Vietnamese syllable at all is a name, an acronym or a loan (Đắk Lắk, Verónica, ôxy, ĐHQG).
    """
    if tok.is_acronym or not _misspelled_word(tok.lower):
        return False
    if tok.text[:1].isupper() and tok.lower in _name_syllables():
        return False  # a regional name syllable ('Hồ Đức Phớc', vi_names.tsv), spelled as its bearer does
    if tok.text[:1].isupper() and tok.lower in _catholic_names():
        return False  # a pope's or a saint's name as the Catholic press joins it ('Lêô' for Leo)
    if tok.text[:1] == "P" and tok.lower[1:2] != "h":
        return False  # no Vietnamese name opens on 'P' but on 'Ph': a Central Highlands name ('Pơng Drang', 'Pă')
    # a capitalised word whose base letters spell no syllable is a name (Niê, Ksor), not a letter slip
    return tok.text[:1].islower() or base_letters_spell_syllable(tok.lower)


@functools.cache
def _name_syllables() -> frozenset[str]:
    """The name syllables of vi_names.tsv, lowercase as written ('phớc', 'nhựt')."""
    return frozenset(n.syllable.lower() for kind in vi_names().values() for n in kind.values())


@functools.cache
def _catholic_names() -> frozenset[str]:
    """The Catholic press's joined forms of popes' and saints' names (references/vi_catholic_names.txt), lowercase."""
    return frozenset(unicodedata.normalize("NFC", w).lower() for w in read_lines("vi_catholic_names.txt"))


@functools.lru_cache(maxsize=1 << 16)  # every document asks about the same words
def _misspelled_word(low: str) -> bool:
    if is_valid_syllable(low) or _VI_LETTERS.isdisjoint(low):
        return False
    if low.startswith("dz") and (is_valid_syllable("d" + low[2:]) or is_valid_syllable("v" + low[2:])):
        return False  # the southern 'dz' spelling of d/v in quoted speech ('dzậy', 'dzô'), deliberate
    if _joined_loan(low):
        return False  # a French loan written joined ('êkíp' for équipe, 'êtô' for étau), as the press writes it
    return base_letters_spell_syllable(low) or bool(_slip_fixes(low))


_LONE_VOWELS = frozenset("êôơ")  # a syllable of one marked vowel, as French loans open ('ê-kíp', 'ô-tô', 'ơ-rô')


def _joined_loan(low: str) -> bool:
    """``low`` is a loan's syllables written joined, the first a lone marked vowel ('êkíp', 'êtô'): a slip
    adds no marked vowel before a word, so dropping it is no fix ('ekíp', 'hiêp' stay misspelled) (clean43)."""
    return len(low) > 2 and low[0] in _LONE_VOWELS and low[1] not in _LONE_VOWELS and is_valid_syllable(low[1:])


_SLIP_WORD_ZIPF = 1.0  # a letter slip is a word (almost) never written in Vietnamese text …
_SLIP_FIX_ZIPF = 4.0  # … one letter away from a common syllable


def _slip_fixes(low: str) -> list[str]:
    """Common syllables one letter away from a rare non-syllable with Vietnamese marks ("tăg", "khôg").

    Loans and chemical names written with marks (ôxy, mêlamin, bazơ) are frequent enough or have no
    common syllable one letter away; names are capitalised and checked only in lowercase use.
    """
    if "-" in low or vi_zipf(low) >= _SLIP_WORD_ZIPF:
        return []
    fixes = [w for w in letter_slips(low) if vi_zipf(w) >= _SLIP_FIX_ZIPF]
    return sorted(fixes, key=vi_zipf, reverse=True)


# a hyphen (spaced or not) and the letter after it, after a word: 'Bớc-minh-ham', 'Bớc - minh - ham'
_PART_AFTER = re.compile(r" ?- ?([^\W\d_])")


# syllables hyphenated up to a token: 'Mát-' before 'xcơ' in 'Mát-xcơ-va', 'Vơ-la-đi-vô-' before 'xtốc'
_HYPHENATED_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+(?: ?- ?[^\W\d_]+)* ?- ?$")


def _transliteration_head(text: str, tok: Token) -> bool:
    """``tok`` is capitalised and opens a transliterated foreign name whose next syllable follows a hyphen in
    lowercase ('Bớc-minh-ham' for Birmingham), or is one of that name's lowercase syllables ('xcơ' in
    'Mát-xcơ-va'): a syllable of such a name is spelled as it sounds, not a typo (F109 flags the spaced hyphens)."""
    if not tok.text[:1].isupper():
        m = _HYPHENATED_BEFORE.search(text, max(0, tok.start - 60), tok.start) if tok.text[:1].islower() else None
        parts = re.split(r" ?- ?", m.group().rstrip(" -")) if m else []
        return bool(parts) and parts[0][:1].isupper() and all(p.islower() for p in parts[1:])
    m = _PART_AFTER.match(text, tok.end)
    return m is not None and m.group(1).islower()


# A Roman numeral after a name (a pope's or a king's number: 'Lêô XIV', 'Piô X'), or a religious title before it
# ('Giáo hoàng Lêô', 'thánh Lêô')
_REGNAL_AFTER = re.compile(r"\s+[IVXL]{1,6}(?![\w.-])")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:[Gg]iáo [Hh]oàng|[Tt]hánh|[Hh]ồng [Yy]|[Gg]iám [Mm]ục|[Ll]inh [Mm]ục|Lm\.|Đức [Cc]ha|[Tt]u [Ss]ĩ|[Ss]ơ)"
    r"(?: [A-ZĐ][^\W\d_]*)?|Đức) $"
)


def _religious_name(text: str, tok: Token) -> bool:
    """``tok`` is a saint's or a pope's name written as Vietnamese Catholics write it, open syllables run together
    without hyphens ('Lêô' = Lê-ô for Leo, as 'Phêrô', 'Phaolô'): capitalised, each part a valid syllable, after a
    religious title or before a Roman numeral ('Đức Giáo hoàng Lêô XIV', 'thánh Lêô Cả'); such a name may spell a
    Vietnamese word without its marks ('leo'), so the rule would take it for a slip."""
    if not tok.text[:1].isupper():
        return False
    if not _syllables_run_together(tok.lower):
        return False
    return bool(_REGNAL_AFTER.match(text, tok.end) or _TITLE_BEFORE.search(text, max(0, tok.start - 30), tok.start))


def _syllables_run_together(low: str, parts: int = 0) -> bool:
    """``low`` is two to four valid syllables written as one word ('lêô', 'phaolô')."""
    if parts and is_valid_syllable(low):
        return True
    return parts < 3 and any(
        is_valid_syllable(low[:i]) and _syllables_run_together(low[i:], parts + 1) for i in range(1, len(low))
    )


def _cased(word: str, options: list[str]) -> list[str]:
    return [o[:1].upper() + o[1:] for o in options] if word[:1].isupper() else options


@register
class InvalidSyllable(SegmentRule):
    code = "S101"
    name = "invalid-syllable"
    category = "fluency/spelling"
    severity = Severity.MINOR
    summary = "A Vietnamese word with wrong or missing diacritics that make it no valid syllable ('hiêp', 'triẻn')"
    why = (
        "Every Vietnamese syllable follows the orthography (onset, glide, nucleus, coda, tone); a word "
        "that breaks it is a typo. The check uses the syllable model in audit/lang/syllable.py and "
        "suggests the nearest valid spelling, preferring words seen elsewhere in the document, then "
        "words frequent in Vietnamese (wordfreq); a spelling that makes a dictionary word with the syllable "
        "before or after it comes first ('thiêt hại' → 'thiệt', not the commoner 'thiết'). "
        "Headlines and captions around the article (related news) are checked too: a typo there is on "
        "the published page, and boilerplate carries no penalty in the ranking. "
        "A word in plain letters that is no syllable as written but a common one without its marks ('duoc' for "
        "'được', 'lot' for 'lọt') is flagged in an article sentence written with marks, among Vietnamese words; a "
        "word other languages also write ('lot', 'chat', 'hot') only with evidence: a neighbour it makes a "
        "dictionary word with ('chat lượng'), or a source that does not have it (audit/lang/unmarked.py). A "
        "saint's or a pope's name written as Vietnamese Catholics write it, syllables run together ('Lêô' for Leo), "
        "is a name, not a slip: capitalised, when references/vi_catholic_names.txt lists it, or after a religious "
        "title or before a Roman numeral. A word of a quotation in another language written in Latin letters (most of "
        "its words no Vietnamese syllable: Portuguese 'até', Spanish 'según') is that language's, not a typo."
    )
    fires = (
        "Hai bên triển khai các [[hiêp]] định đã ký.",
        "Đưa đất nước vào kỷ nguyên phát [[triẻn]].",
        "Giá cả [[tăg]] mạnh trong tháng Tư.",
        "Công trình [[duoc]] khởi công từ đầu năm nay.",
        "Ngành dệt may chú trọng nâng cao [[chat]] lượng sản phẩm.",
        "Cơn bão gây [[thiêt]] hại lớn cho ngư dân.",
    )
    quiet = (
        "Hai bên triển khai các hiệp định đã ký.",
        "Tỉnh Đắk Lắk và huyện Krông Nô có nhiều ôxy.",
        "Sữa nhiễm mêlamin; dung dịch bazơ; khí đioxit.",
        "Thành phố Bớc-minh-ham (Birmingham) nằm ở miền trung nước Anh.",
        "Đoàn đại biểu đến Mát-xcơ-va, rồi sang Vơ-la-đi-vô-xtốc.",
        "Ông Y Lâm Niê và bà H'Hen Niê.",
        "Phó Thủ tướng Hồ Đức Phớc làm việc tại Bình Định.",
        '"Dzậy là dzui rồi", chú Sáu nói.',
        "Nữ diễn viên Verónica Castro và ĐHQG TPHCM.",
        "Êkíp phẫu thuật gồm tám bác sĩ; người thợ kẹp phôi vào êtô.",
        "Hòa bình, hoà bình, thủy sản, thuỷ sản.",
        "Nhiều bạn trẻ chat với nhau qua ứng dụng này; trang tin tuc.vn đưa tin.",
        "Ông nói: 'a lot of people' khi trả lời phỏng vấn.",
        "Đức Giáo hoàng Lêô XIV tiếp các giám mục; thánh Lêô Cả là giáo hoàng thế kỷ V.",
        "Đức Giáo hoàng Lêô XIII ban hành thông điệp Rerum Novarum năm 1891.",
        "“Hay que ir hasta el río según la temporada”, ông nói bằng tiếng Tây Ban Nha.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        bad = ctx.memo("misspelled-words", lambda _doc: _misspelled_words(ctx))
        unmarked = _unmarked_candidates(ctx)
        if not bad and not unmarked:
            return  # the usual case: every word of the document is spelled right
        in_article = {s.index for s in segments_containing(ctx, bad, lowercase=True)} if bad else set()
        without_marks = {s.index for s in segments_containing(ctx, unmarked)} if unmarked else set()
        for seg in ctx.doc.segments:
            if seg.boilerplate:
                if seg.boilerplate_kind in _PROSE_BOILERPLATE and any(w in seg.text.lower() for w in bad):
                    yield from self._invalid(seg, ctx)
                continue
            if seg.index in in_article:
                yield from self._invalid(seg, ctx)
            if seg.index in without_marks:
                yield from self._unmarked(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from self._invalid(seg, ctx)
        yield from self._unmarked(seg, ctx)

    def _invalid(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """Words with Vietnamese letters that are no valid syllable ('hiêp', 'tăg')."""
        bad = ctx.memo("misspelled-words", lambda _doc: _misspelled_words(ctx))
        toks = tokens(seg.text)
        for k, tok in enumerate(toks):
            if (
                tok.lower in bad
                and misspelled(tok)
                and not _transliteration_head(seg.text, tok)
                and not _religious_name(seg.text, tok)
                and not _in_foreign_quotation(seg.text, tok.start)
            ):
                # base letters that spell no syllable: a letter slipped, and the common syllables one letter
                # away are the best guesses ("nhgiệp" → "nghiệp", not the rare "nhiệp")
                slips = [] if base_letters_spell_syllable(tok.lower) else _cased(tok.text, _slip_fixes(tok.lower))
                options = slips or nearest(tok.text, prefer=lambda w: 10 * word_count(ctx, w) + vi_zipf(w))
                options = _word_with_neighbours(options, toks, k)
                yield self.hit(
                    seg,
                    tok.start,
                    tok.end,
                    f"{tok.text!r} is not a valid Vietnamese syllable",
                    suggestion=options[0] if options else None,
                    candidates=options or None,
                    confidence=0.9,
                )

    def _unmarked(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """Words written without their marks in a sentence that has them ('duoc', 'lot'): audit/lang/unmarked.py."""
        if seg.boilerplate or not _unmarked_candidates(ctx):
            return
        for u in unmarked_words(seg.text, seg.source):
            tok = u.token
            if any(a <= tok.start < b for a, b in seg.protected):
                continue
            # the document's own words first ('lọt' where it writes 'lọt' elsewhere)
            options = sorted(u.options, key=lambda w: 10 * word_count(ctx, w) + vi_zipf(w), reverse=True)[:3]
            yield self.hit(
                seg,
                tok.start,
                tok.end,
                f"{tok.text!r} has no diacritics in a sentence written with them: probably {options[0]!r}",
                suggestion=options[0],
                candidates=options,
                confidence=0.6 if u.foreign else 0.75,
            )


# a quotation between quotation marks (curly, straight, guillemets), on one line
_QUOTATION = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"|«[^«»\n]+»|„[^„“”\n]+[“”]")
_FOREIGN_QUOTE_SHARE = 0.5  # a quotation whose words are fewer than half Vietnamese syllables is in another language


def _in_foreign_quotation(text: str, pos: int) -> bool:
    """``pos`` lies in a quotation in another language written in Latin letters, most of whose words are no
    Vietnamese syllable ('“Antes, era preciso andar até à vila,” chị nói': Portuguese 'até' is no misspelt 'té');
    a Vietnamese quotation with a typo is checked as its sentence is (clean62)."""
    for m in _QUOTATION.finditer(text):
        if m.start() < pos < m.end():
            ws = [w for w in words(m.group()) if w.isalpha()]
            return bool(ws) and sum(is_valid_syllable(w.lower()) for w in ws) < _FOREIGN_QUOTE_SHARE * len(ws)
    return False


def _unmarked_candidates(ctx: DocContext) -> frozenset[str]:
    """The article's words that may be Vietnamese syllables written without their marks (memoised)."""

    def compute(_doc: Document) -> frozenset[str]:
        found = restorable().intersection(_maybe_misspelled(ctx))
        if not found:
            return frozenset()
        text = content_lines(ctx).text  # only a word written in lowercase is flagged ('DOC' is no 'doc')
        return frozenset(w for w in found if w in text)

    return ctx.memo("unmarked-words", compute)


def _styled_words(ctx: DocContext, vocab: set[str]) -> Iterable[str]:
    """The words of ``vocab`` that may have a tone style: those spelled as a styled syllable when the
    article text is in NFC (its words then are too, and :func:`tone_style` looks them up as they are),
    else every word."""
    if lowered_in_nfc(ctx):
        return vocab & styled_spellings()
    return vocab


@register
class MixedToneStyle(DocumentRule):
    code = "T301"
    name = "mixed-tone-placement"
    category = "fluency/inconsistency"
    severity = Severity.MINOR
    summary = "Old (hòa, thủy) and new (hoà, thuỷ) tone-mark placement mixed in one document"
    why = (
        "Both placements are correct, but a document should use one. The minority style is flagged with the "
        "spelling in the document's main style (ties: the style its people's names are spelled in, then the style "
        "used first). A person's given name is spelled as its bearer writes it ('ông Khuất Duy Khoẻ' in a text of "
        "'hòa', 'thủy'): a syllable after a "
        "Vietnamese surname in a capitalised name of two to four syllables, not a place's, is left alone."
    )
    fires = (
        "Hai nước ký hiệp định hòa bình và hợp tác thủy sản.\nChương trình văn [[hoá]] được tổ chức.",
        "Hai nước ký hiệp định hòa bình, hợp tác thủy sản và thủy lợi.\nĐoàn đến tỉnh Thanh [[Hoá]] và gặp bà Lê Thị "
        "Thuỷ.",
    )
    quiet = (
        "Hai nước ký hiệp định hòa bình và hợp tác thủy sản.",
        "Hiệp định hoà bình và hợp tác thuỷ sản.",
        "Hai nước ký hiệp định hòa bình và hợp tác thủy sản.\nÔng Trần Văn Khoẻ và bà Nguyễn Thị Thuý dự lễ ký.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        styled: dict[str, str] = {}
        for word in _styled_words(ctx, word_set(ctx)):
            style = tone_style(word)
            if style:
                styled[word] = style
        if len(set(styled.values())) < 2:
            return  # one style or none: the usual case, decided without counting words
        # the words vote, in order; a person's name, spelled as its bearer writes it, does not ('bà Lường Thị Hoả').
        # One pass over the segments holding a styled word finds the voting words, and the minority's among them
        # are the findings (in document order).
        voters: list[tuple[Segment, Token, str]] = []
        in_names: Counter[str] = Counter()  # the styles of the names' syllables: they break a tie
        for seg, found in _styled_in_segments(ctx, styled):
            if found is None:  # a capitalised one, maybe in a name, or an apostrophe before one: the tokens decide
                toks = tokens(seg.text)
                for k in [k for k, tok in enumerate(toks) if tok.lower in styled]:
                    if not _in_personal_name(toks, k):
                        voters.append((seg, toks[k], styled[toks[k].lower]))
                    else:
                        in_names[styled[toks[k].lower]] += 1
            else:
                voters += [(seg, tok, styled[tok.lower]) for tok in found]
        counts = Counter(style for _, _, style in voters)
        if len(counts) < 2:
            return  # one style outside the names
        if counts["old"] != counts["new"]:
            main = counts.most_common(1)[0][0]
        elif in_names["old"] != in_names["new"]:  # a tie: the names the document spells, as its house style may
            main = in_names.most_common(1)[0][0]
        else:  # then the style used first
            main = voters[0][2]
        for seg, tok, style in voters:
            if style != main:
                yield self.hit(
                    seg,
                    tok.start,
                    tok.end,
                    f"{style}-style tone placement; the document mostly uses the {main} style",
                    suggestion=restyle(tok.text, main),
                )


_LETTER = re.compile(r"[^\W\d_]")  # a letter as audit.lang.tokens reads one


def _styled_scan(styled: dict[str, str]) -> Callable[[str], Iterator[re.Match[str]]]:
    """A scan for the tokens (:func:`audit.lang.tokens.tokens`: maximal runs of letters) that are one of the styled
    words, whatever their case."""
    alternatives = "|".join(map(re.escape, sorted(styled, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_]|['’][^\W\d_])", re.IGNORECASE).finditer


def _styled_in_segments(ctx: DocContext, styled: dict[str, str]) -> Iterator[tuple[Segment, list[Token] | None]]:
    """The article segments that may hold a styled word as a token, in order, each with :func:`_styled_tokens`'s
    answer: from one scan of the lowercase article text (:func:`_lowercase_spans`), or where that cannot stand in
    for the case-blind scan, one ``str.find`` a styled word and the case-blind scan of each segment found."""
    by_segment = _lowercase_spans(ctx, styled)
    if by_segment is None:
        find = _styled_scan(styled)
        for seg in segments_containing(ctx, set(styled), lowercase=True):
            yield seg, _styled_tokens(seg.text, styled, find)
    else:
        for seg, spans in by_segment:
            yield seg, _tokens_at(seg.text, styled, spans)


def _lowercase_spans(ctx: DocContext, styled: dict[str, str]) -> list[tuple[Segment, list[tuple[int, int]]]] | None:
    """The spans of :func:`_styled_scan`'s matches in each article segment that has some (in order, offsets in the
    segment's text), from one case-sensitive scan of the lowercase article text (:func:`_lowercase_scan`) whose
    alternation of words comes first, so that ``re`` skips ahead to their first letters (the case-blind scan, its
    lookbehind first, is tried at every character); its lookbehind is tested here. None where the two could differ:
    no lowercase text ('İ', 'ı'), a segment of several lines, or 'ſ' (which a case-blind 's' matches and
    ``str.lower`` keeps). Every other character that a case-blind pattern of lowercase letters matches lowercases to
    its letter, and lowercasing keeps a letter a letter and a non-letter a non-letter (tests/unit/test_t301_scan.py
    checks both over every code point)."""
    lines = content_lines(ctx)
    low = lowered_content(ctx)
    if low is None or not lines.one_line_each or "ſ" in low:
        return None
    starts, segments = lines.starts, lines.segments
    out: list[tuple[Segment, list[tuple[int, int]]]] = []
    k, last, offset, spans = -1, len(starts) - 1, 0, []
    letter = _LETTER.match
    for m in _lowercase_scan(styled).finditer(low):
        start, end = m.span()
        if start and letter(low, start - 1):
            continue  # inside a token (the match is letters only: no match of the case-blind scan starts before end)
        if k < 0 or (k < last and start >= starts[k + 1]):
            k = bisect.bisect_right(starts, start) - 1
            offset, spans = starts[k], []
            out.append((segments[k], spans))
        spans.append((start - offset, end - offset))
    return out


def _lowercase_scan(styled: dict[str, str]) -> re.Pattern[str]:
    """:func:`_styled_scan` for lowercase text: case-sensitive, without its lookbehind (the caller tests it)."""
    return _lowercase_scan_of(frozenset(styled))


@functools.lru_cache(maxsize=256)
def _lowercase_scan_of(words: frozenset[str]) -> re.Pattern[str]:
    """The scan of :func:`_lowercase_scan` for these words (most documents have the same few), as a character trie:
    re tries one branch a first letter, not every word ('hòa', 'hoá', 'hóa' share 'ho'). A trie tries the longest
    word first as the alternation longest first does, and at most one word is followed by no letter."""
    return re.compile(rf"(?:{trie_pattern(words)})(?![^\W\d_]|['’][^\W\d_])")


def _styled_tokens(
    text: str, styled: dict[str, str], find: Callable[[str], Iterator[re.Match[str]]]
) -> list[Token] | None:
    """The tokens of ``text`` that are styled words and no syllable of a person's name, without tokenising the whole
    text; None where a found one may be in a name (capitalised, with a word one character before or after it:
    :func:`_in_personal_name` looks at its neighbours) or follows a letter and an apostrophe (it may end a token
    like "l'hoá")."""
    return _tokens_at(text, styled, (m.span() for m in find(text)))


def _tokens_at(text: str, styled: dict[str, str], spans: Iterable[tuple[int, int]]) -> list[Token] | None:
    """:func:`_styled_tokens` given the spans of its scan's matches in ``text``."""
    out: list[Token] = []
    for start, end in spans:
        word = text[start:end]
        if start > 1 and text[start - 1] in "'’" and _LETTER.match(text, start - 2):
            return None
        if word[:1].isupper() and (
            _name_word_before(text, start) or (_LETTER.match(text, end + 1) and text[end + 1].isupper())
        ):
            return None
        lower = word.lower()
        if lower not in styled:  # a case-insensitive match that lower() reads otherwise: let the tokens decide
            return None
        out.append(Token(word, start, end, lower))
    return out


def _name_word_before(text: str, start: int) -> bool:
    """The token one character before ``start`` (the run :func:`_in_personal_name` extends backwards) is capitalised
    or an honorific, or may be one (an apostrophe before it: tokenising decides)."""
    end = start - 1
    if end < 1 or not _LETTER.match(text, end - 1):
        return False
    first = end - 1
    while first > 0 and _LETTER.match(text, first - 1):
        first -= 1
    if first > 1 and text[first - 1] in "'’" and _LETTER.match(text, first - 2):
        return True
    word = text[first:end]
    return word[:1].isupper() or word.lower() in _HONORIFICS


_NAME_SYLLABLES = (2, 4)  # a Vietnamese person's name: surname, middle names, given name
_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em"})
_MIDDLE_NAMES = frozenset({"Thị", "Văn"})


def _in_personal_name(toks: Sequence[Token], k: int) -> bool:
    """The ``k``-th token is a syllable of a person's name: capitalised, in a run of capitalised words after an
    honorific ('bà Hoả', 'Ông Lê Văn Thuỷ' at a sentence's head), or from a Vietnamese surname before it ('Khuất
    Duy Khoẻ') or before 'Thị'/'Văn' ('Lường Thị Hoả'), at most four syllables (two at least from a surname), and
    the run no Vietnamese place ('Thanh Hoá', 'Khánh Hoà' follow the house style)."""
    from audit.lang.vn_places import vn_place_names

    if not toks[k].text[:1].isupper():
        return False
    first, last = k, k
    while first > 0 and toks[first - 1].text[:1].isupper() and toks[first - 1].end + 1 == toks[first].start:
        first -= 1
    while last + 1 < len(toks) and toks[last + 1].text[:1].isupper() and toks[last].end + 1 == toks[last + 1].start:
        last += 1
    if toks[first].lower in _HONORIFICS and first < k:
        first += 1  # the honorific heads the sentence
    elif not (first > 0 and toks[first - 1].lower in _HONORIFICS and toks[first - 1].end + 1 == toks[first].start):
        names = surnames()  # or the syllable before the commonest middle names ('Lường Thị Hoả', a Thai surname)
        first = next(
            (
                s
                for s in range(first, k)
                if syllable_key(toks[s].text) in names or (s + 1 < k and toks[s + 1].text in _MIDDLE_NAMES)
            ),
            -1,
        )
        if first < 0 or last - first + 1 < _NAME_SYLLABLES[0]:
            return False
    if last - first + 1 > _NAME_SYLLABLES[1]:
        return False
    return " ".join(t.text for t in toks[first : last + 1]) not in vn_place_names()


def _word_with_neighbours(options: list[str], toks: Sequence[Token], k: int) -> list[str]:
    """``options`` for the ``k``-th token, the first that makes a dictionary word with the syllable before or after
    it put first when the first option makes none ('thiêt hại': 'thiệt' before the commoner 'thiết')."""
    if len(options) < 2:
        return options
    before = toks[k - 1].lower if k and toks[k - 1].end + 1 == toks[k].start else ""
    after = toks[k + 1].lower if k + 1 < len(toks) and toks[k].end + 1 == toks[k + 1].start else ""

    def joined(option: str) -> bool:
        low = option.lower()
        return bool((before and in_word(before, low)) or (after and in_word(low, after)))

    if not (before or after) or joined(options[0]):
        return options
    best = next((o for o in options if joined(o)), None)
    return options if best is None else [best, *(o for o in options if o != best)]
