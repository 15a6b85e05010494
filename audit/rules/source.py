"""A1xx: the translation against its source (records of JSONL, TSV/CSV or XLIFF that carry one).

The checks every translation QA tool makes when the source is at hand (translate-toolkit's pofilter
'numbers' and 'urls', Xbench, Verifika), written for Vietnamese targets: numbers read in both the English
and the Vietnamese convention, names that must be copied letter for letter, codes, links and addresses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from audit.lang.countries import find_mentions, gazetteer, zh_short_names
from audit.lang.distance import edit_distance
from audit.lang.english import spelled_so_elsewhere, vi_zipf
from audit.lang.hanviet import fold, folded_words
from audit.lang.langid import letter_words, source_kind
from audit.lang.number_match import MONTH_NAMES, changed_counts, match_numbers, none_missing
from audit.lang.quantities import Number, in_scale_of, vi_amount, vietnamese_form
from audit.lang.resources import read_lines
from audit.lang.romanisation import plain_latin, romanised_alike
from audit.lang.syllable import is_valid_syllable
from audit.lang.textcache import per_document
from audit.lang.verbatim import (
    held_in_text,
    lost_tokens,
    phone_spans,
    squeezed,
    token_kind,
    token_text,
    verbatim_tokens,
)
from audit.model import InlineCode, Segment, Severity
from audit.rules.base import DocContext, DocumentRule, Hit, SourceRule
from audit.rules.code_fixes import CODES_DIFFER_NOTE, codes_after_edit, placed, target_codes, with_codes
from audit.rules.dates import DateMention, date_mentions
from audit.rules.registry import register


def _unmatched(seg: Segment) -> tuple[list[Number], list[Number]]:
    """The source's numbers the target does not have (nor spells out), and the target's numbers the
    source does not have, each in order (:func:`match_numbers`)."""
    match = match_numbers(seg.source or "", seg.text)
    return match.missing, match.extra


def _digits(n: Number) -> str:
    return "".join(ch for ch in n.text if ch.isdigit()).lstrip("0") or "0"


def _stand_in(missing: Number, extra: list[Number]) -> Number | None:
    """The target number most likely written in place of ``missing``: the same digits in another order
    (146 → 164), or two digits off (491 → 441), or the same order of magnitude — else None (a number
    the translation merely adds, such as a month, is no replacement)."""
    best, best_key = None, None
    a = _digits(missing)
    for t in extra:
        b = _digits(t)
        dist = edit_distance(a, b, 2, transpositions=True)
        ratios = [max(x, y) / min(x, y) for x in missing.scaled for y in t.scaled if x > 0 and y > 0]
        close = min(ratios, default=float("inf")) <= 10
        if sorted(a) != sorted(b) and dist > 2 and not close:
            continue
        key = (sorted(a) != sorted(b), dist, not close)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


def _pairs(seg: Segment, ctx: DocContext) -> list[tuple[Number, Number | None]]:
    """Each number of the source missing from the target, with the target number that stands in its place
    (:func:`_stand_in`), or None when no target number plausibly does."""

    def compute(_: object) -> dict[int, list[tuple[Number, Number | None]]]:
        out = {}
        for s in ctx.doc.segments:
            if s.source and not s.boilerplate:
                if none_missing(s.source, s.text):  # (the common case: no target number to look at)
                    out[s.index] = []
                    continue
                missing, extra = _unmatched(s)
                pairs = []
                for m in missing:
                    t = _stand_in(m, extra)
                    if t is not None:
                        extra.remove(t)
                    pairs.append((m, t))
                out[s.index] = pairs
        return out

    return ctx.memo("source.numbers", compute).get(seg.index, [])


def _wrong_scale_word(src: Number, tgt: Number) -> bool:
    """The target's scale word ('triệu', 'tỷ', 'nghìn tỷ') is not one Vietnamese news writes the source's amount
    with, the amount in it being under 1 or 1,000 or more: '1,5 triệu' for 1.5 billion is fixed as '1,5 tỷ' and
    '2,6 tỷ' for 2.6亿 as '260 triệu' (not as '1.500' or '0,26' before the wrong word)."""
    k = max(src.scaled) / tgt.scale
    return tgt.scale >= 1e6 and not 1 <= k < 1000


def _grouped_like(fix: str, target: str, source: str = "") -> str:
    """The fix with thousands dots when the target groups its number so ('1.530' where the source has '1350'
    is fixed as '1.350'); a number the target writes without them ('2025', a year) is left so; a decimal the
    target writes with a point, as versions are ('Bluetooth 5.3' for 5.4), is fixed with one ('5.4')."""
    if fix.isdigit() and len(fix) > 3 and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", target):
        return vi_amount(float(fix))
    if _POINT_DECIMAL.fullmatch(target) and _POINT_DECIMAL.fullmatch(source):
        return source
    return fix


def _hour_fix(src: Number, tgt: Number) -> str | None:
    """The source's afternoon hour on the 24-hour clock when the target writes its hour so: '15 giờ' for '5 p.m.'
    is fixed as '17', not '5'; None when the target's hour is no afternoon hour of the 24-hour clock."""
    if src.period != "pm" or tgt.period or not tgt.values or not all(12 < v < 24 for v in tgt.values):
        return None
    late = [v for v in src.values if 12 < v < 24 and v == int(v)]
    return str(int(late[0])) if len(late) == 1 else None


# a decimal written with a point that cannot be a thousands dot ('5.3', '2.25'; not '1.500')
_POINT_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")


@register
class NumberMismatch(SourceRule):
    code = "A101"
    name = "number-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A number of the target differs from the number the source has in its place"
    why = (
        "A changed figure (a year, an amount, a casualty count) is a meaning error a reader cannot detect. "
        "Numbers are compared as values: '1,500.5' in an English source and '1.500,5' in Vietnamese are the "
        "same, and so are '3.5 million' and '3,5 triệu', '3亿' and '300 triệu', '10 p.m.' and '22 giờ', '下午5时' "
        "and '17 giờ', and the first hour of a range takes the 'p.m.' after the second ('from 2 to 4 p.m.' is 'từ 14 "
        "đến 16 giờ'). A figure rounded after a word that says so ('gần 4 triệu' for 3.98 million) is no change. "
        "A wrong scale word is fixed with the word: '1,5 triệu' for 1.5 billion → '1,5 tỷ'. Counts of time in "
        "words are compared too ('four weeks' → 'ba tuần'), and a value the target has more often than the source "
        "beside one it has less often ('40 mm … 4 Hz to 40 kHz' → '4 kHz') is a change; the values written in words "
        "count too, the source's and the target's ('近4年 … 第四次' → 'gần 6 năm … lần thứ tư': the 'thứ tư' is the "
        "第四次, so the 4 became the 6)."
    )
    fires = (
        "The storm killed 23 people in three provinces. => Cơn bão làm [[32]] người chết tại ba tỉnh.",
        "Exports reached $3.5 billion in 2024. => Xuất khẩu đạt [[3]] tỷ USD trong năm 2024.",
        "Revenue hit $2.4 billion. => Doanh thu đạt [[2,4 triệu]] USD.",
        "The course lasts four weeks. => Khóa học kéo dài [[ba]] tuần.",
        "The clinic is open from 1 to 5 p.m. => Phòng khám mở cửa từ [[12]] đến 17 giờ.",
        "近4年来，这是她第四次访问老挝。 => Trong gần [[6]] năm qua, đây là lần thứ tư bà thăm Lào.",
    )
    quiet = (
        "Revenue rose to 1,500.5 billion dong. => Doanh thu tăng lên 1.500,5 tỷ đồng.",
        "The meeting ends at 10 p.m. on 5 May. => Cuộc họp kết thúc lúc 22 giờ ngày 5/5.",
        "He has 3 children and lived in the 21st century. => Ông có ba người con và sống ở thế kỷ XXI.",
        "The visa is valid for six months, two weeks longer than before. => Thị thực có giá trị sáu tháng, lâu hơn "
        "trước hai tuần.",
        "商店晚上9点关门。 => Cửa hàng đóng cửa lúc 21 giờ.",
        "The clinic is open from 1 to 5 p.m. => Phòng khám mở cửa từ 13 đến 17 giờ.",
        "The region has 8.96 million people. => Vùng này có gần 9 triệu dân.",
        "近4年来，这是她第四次访问老挝。 => Trong gần 4 năm qua, đây là lần thứ tư bà thăm Lào.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        pairs = _pairs(seg, ctx)
        dates = [t for _, t in date_mismatches(seg)] if pairs else []
        for src, tgt in pairs:
            if tgt is not None and any(d.start <= tgt.start < d.end for d in dates):
                continue  # a number of a changed date: A109 reports the date
            if tgt is not None and src.negative != tgt.negative and src.values & tgt.values:
                yield self.hit(
                    seg,
                    tgt.start,
                    tgt.end,
                    f"'{tgt.text}' here is {'negative' if tgt.negative else 'not negative'}; the source's "
                    f"{src.text} is {'negative' if src.negative else 'not negative'}",
                    suggestion=f"âm {tgt.text}" if src.negative else None,
                    confidence=0.8,
                )
                continue
            if tgt is not None and src.period and tgt.period and src.values & tgt.values:
                halves = {"am": "the morning", "pm": "the afternoon or evening"}
                yield self.hit(
                    seg,
                    tgt.start,
                    tgt.end,
                    f"'{tgt.text}' here is in {halves[tgt.period]}; the source's {src.text} "
                    f"{'a.m.' if src.period == 'am' else 'p.m.'} is in {halves[src.period]}",
                    confidence=0.8,
                )
                continue
            if tgt is not None:
                end, fix = tgt.end, in_scale_of(src, tgt)
                if tgt.raw and (fix is None or _wrong_scale_word(src, tgt)):  # replace number and word
                    end, fix = tgt.start + len(tgt.written), vi_amount(max(src.scaled))
                yield self.hit(
                    seg,
                    tgt.start,
                    end,
                    f"'{tgt.written or tgt.text}' where the source has '{src.written or src.text}'",
                    suggestion=fix
                    or _hour_fix(src, tgt)
                    or _grouped_like(vietnamese_form(src.text), tgt.text, src.text),
                    confidence=0.8,
                )
        for start, end, word, fix in changed_counts(seg.source or "", seg.text):
            yield self.hit(
                seg, start, end, f"'{word}' where the source counts '{fix}' of the same unit", suggestion=fix
            )


@register
class NumberMissing(SourceRule):
    code = "A102"
    name = "number-missing"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A number of the source is missing from the target (and no other number stands in its place)"
    why = (
        "A figure dropped in translation is lost information: the date, the amount or the count the source "
        "gives. Small numbers written out in Vietnamese ('3 children' → 'ba người con') and Roman numerals "
        "('21st century' → 'thế kỷ XXI') count as present, and so does the January of a Chinese count of months "
        "said as 'the first N months' ('1至10月' → '10 tháng đầu năm')."
    )
    fires = ("The project will cost 2 billion dollars by 2030. => [[Dự án sẽ tốn hai tỷ đô la.]]",)
    quiet = (
        "The project will cost 2 billion dollars by 2030. => Dự án sẽ tốn hai tỷ đô la đến năm 2030.",
        "Two people were injured. => 2 người bị thương.",
        "韩国1至8月出口增长7%。 => 8 tháng đầu năm, xuất khẩu của Hàn Quốc tăng 7%.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        missing = [src.written or src.text for src, tgt in _pairs(seg, ctx) if tgt is None]
        if missing:
            listed = ", ".join(f"'{m}'" for m in dict.fromkeys(missing))
            yield self.hit(seg, 0, len(seg.text), f"the source's {listed} not in the translation", confidence=0.7)


# ---------------------------------------------------------------- A103 names changed

# A capitalised Latin word of the source (a name): 4 letters or more; Latin-1 and Latin Extended-A letters
# ('Šefčovič', 'Łukasz', 'Érdogan'), so that a Czech, Polish or Turkish name is compared too
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
_LATIN_NAME = re.compile(rf"(?<![\w'’-])[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*(?![\w-])")


@functools.cache
def _country_words() -> frozenset[str]:
    """Words of country names in any language the gazetteer knows (exonyms differ legitimately)."""
    gz = gazetteer()
    words = {w for form in gz.forms for w in form.split()}
    for c in gz.countries.values():
        for name in (c.en, *c.en_variants, *c.en_adjectives):
            words.update(name.split())
    return frozenset(fold(w) for w in words)


# Letters without a decomposition that a name's own spelling has and an English text writes otherwise
_SPECIAL_LETTERS = re.compile("[øæœßþðłıØÆŒÞÐŁ]")


def _word_keys(text: str) -> AbstractSet[str]:
    """The :func:`plain_latin` of every word (run of letters) of ``text``."""
    if _SPECIAL_LETTERS.search(text):
        return set(map(plain_latin, letter_words(text)))
    return folded_words(text)


def _word_in(word: str, text: str) -> bool:
    """``word`` (letters only) is a whole run of letters of ``text``, as it is: then its :func:`plain_latin` is
    among ``text``'s :func:`_word_keys` (a cheap test first)."""
    return word in text and word.isalpha() and _whole_word(word).search(text) is not None


@functools.lru_cache(maxsize=1 << 14)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` between characters that are no letters (cached per word: names recur)."""
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")


def _foreign_word(word: str) -> bool:
    """A target word that is no Vietnamese syllable and no spelling Vietnamese text uses (a misspelt
    foreign name: 'Halfax'); 'Roma', 'Praha', 'Kyiv' are the Vietnamese spellings of their cities."""
    return not is_valid_syllable(word.lower()) and vi_zipf(word) < 1.0


@register
class NameChanged(SourceRule):
    code = "A103"
    name = "name-changed"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Latin-script name of the source comes out misspelt in the target ('Halifax' → 'Halfax')"
    why = (
        "Vietnamese keeps foreign names of people, firms and most places in their own spelling, so the "
        "target should hold the source's name letter for letter. Subword MT garbles rare names into a "
        "near miss ('Dalhousie' → 'Dalhousee', 'Trump' → 'Thump'), which no reader can tell from the real "
        "one. Only a near miss is flagged: the same name with different diacritics, a name translated "
        "(an exonym, 'Rome' → 'Roma'), a spelling French, Spanish, Portuguese, Italian or German text uses "
        "('Marrakesh' → 'Marrakech', 'Lisbon' → 'Lisboa') and a derived form ('Bavarian' → 'Bavaria') are not. "
        "Inside a name whose other words are copied ('Jonas Gahr Stor' for 'Jonas Gahr Store') a part is "
        "flagged even when it is a word of some language or a letter short: a person's name has one spelling; "
        "so is a country's name there ('British Colombia' for 'British Columbia'), and a doubled last letter "
        "made single ('Lindeman' for 'Lindemann')."
    )
    fires = (
        "The professor works at Dalhousie University in Halifax. => Giáo sư làm việc tại Đại học "
        "[[Dalhousee]] ở [[Halfax]].",
        "Prime Minister Jonas Gahr Store spoke. => Thủ tướng Jonas Gahr [[Stor]] phát biểu.",
        "Coach Hansi Flick and Adele Adkins. => HLV Hansi [[Flik]] và Adele [[Atkins]].",
        "Smoke reached British Columbia; Ms Aino Zollmann said. => Khói lan tới British [[Colombia]]; bà Aino "
        "[[Zollman]] nói.",
        "Ms Dagmar Šťastná and Mr Paweł Żurek spoke. => Bà Dagmar [[Šťasná]] và ông Paweł [[Żurak]] phát biểu.",
    )
    quiet = (
        "The professor works at Dalhousie University in Halifax. => Giáo sư làm việc tại Đại học Dalhousie ở Halifax.",
        "She visited Rome, Prague and Bavarian villages. => Bà đến thăm Roma, Praha và những ngôi làng ở Bavaria.",
        "The singer Beyonce performed. => Ca sĩ Beyoncé biểu diễn.",
        "Ms Dagmar Šťastná and Mr Paweł Żurek spoke. => Bà Dagmar Stastna và ông Pawel Zurek phát biểu.",
        "The trial opened in Nuremberg. => Phiên tòa mở ở Nürnberg.",
        "President Volodymyr Zelenskyy met Karl Marx scholars. => Tổng thống Volodymyr Zelensky gặp các học giả "
        "về Các Mác.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        names = {m.group() for m in _LATIN_NAME.finditer(source) if len(m.group()) >= 4}
        if not names:
            return
        lost = [n for n in names if not _word_in(n, seg.text)]  # a name copied as it is: no word keys needed
        if lost:
            target_words = _word_keys(seg.text)
            lost = [n for n in lost if plain_latin(n) not in target_words and fold(n) not in _country_words()]
        if not lost:
            return
        source_words = _word_keys(source)
        done: set[str] = set()
        for m in _LATIN_NAME.finditer(seg.text):
            word = m.group()
            key = plain_latin(word)
            if len(word) < 3 or key in source_words or key in done:
                continue
            if is_valid_syllable(word.lower()):
                continue  # a Vietnamese word ('Mác' for 'Marx' is the Vietnamese name)
            match = self._near(key, lost)
            if match is None:
                continue
            if key in _country_words():  # an exonym, but inside a name copied around it ('British Colombia')
                if not _in_copied_name(m, seg.text, match, source):
                    continue
            elif not self._misspelt(word, match, m, seg.text, source):
                continue
            done.add(key)
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{word}' looks like the source's name '{match}' misspelt",
                suggestion=match,
                confidence=0.75,
            )

    @staticmethod
    def _misspelt(word: str, name: str, m: re.Match[str], target: str, source: str) -> bool:
        """``word`` (no Vietnamese syllable), a near miss of the source's ``name``, is that name misspelt:
        inside a name whose other words are copied around it ('Jonas Gahr Stor' for 'Jonas Gahr Store': a
        person's name keeps its spelling, even a part that is a word of some language); or, standing alone, a
        word no Vietnamese text uses and no spelling another language has for the name ('Marrakech' for
        'Marrakesh' is the French name; 'Roma', 'Praha' are Vietnamese)."""
        if len(word) >= 4 and _foreign_word(word) and not spelled_so_elsewhere(word, name):
            return True
        return _in_copied_name(m, target, name, source) and not romanised_alike(word, name)

    @staticmethod
    def _near(key: str, names: list[str]) -> str | None:
        """The lost source name ``key`` is a near miss of: edit distance 1 (2 for names of 7 letters or
        more), same first letter, not a derived form of it (:func:`_derived`)."""
        for name in names:
            other = plain_latin(name)
            if other[0] != key[0] or _derived(key, other):
                continue
            if edit_distance(key, other, 2, transpositions=True) <= (2 if min(len(key), len(other)) >= 7 else 1):
                return name
        return None


# Endings that make a derived word of a name ('Bavaria' → 'Bavarian', 'Berlin' → 'Berliner', 'Israel' →
# 'Israeli'), or its plural or possessive
_DERIVED_ENDINGS = frozenset("n an ian ns ans ians ese ish i is s es ic er ers".split())


_ROMANISED_DOUBLE = frozenset("yi")  # final letters romanisations write once or twice ('-y'/'-yy', '-i'/'-ii')


def _derived(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` (folded) is the other with a derivational ending, or with its last letter
    doubled where romanisations differ so, a final y or i ('Zelensky' / 'Zelenskyy', 'Vasilii'); 'Bart' for 'Barth',
    'Bambo' for 'Bamboo' and 'Lindeman' for 'Lindemann' are a letter lost."""
    short, long = sorted((a, b), key=len)
    if not long.startswith(short):
        return False
    tail = long[len(short) :]
    if tail == short[-1]:  # the last letter doubled or made single: 'Lindemann' / 'Lindeman' is a letter lost
        return short[-1] in _ROMANISED_DOUBLE
    return tail in _DERIVED_ENDINGS


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The capitalised words right before and right after ``text[start:end]`` (one space apart), folded."""
    before = re.search(r"([^\W\d_]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([^\W\d_]+)", text[end : end + 40])
    return tuple(  # type: ignore[return-value]
        plain_latin(x.group(1)) if x and x.group(1)[0].isupper() else None for x in (before, after)
    )


def _in_copied_name(m: re.Match[str], target: str, name: str, source: str) -> bool:
    """The target word ``m`` stands where the source's ``name`` stands in a name of several words: the
    word before it or the word after it is the one before or after ``name`` in the source."""
    around = _neighbours(target, m.start(), m.end())
    if around == (None, None):
        return False
    for s in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", source):
        src = _neighbours(source, s.start(), s.end())
        if any(t is not None and t == w for t, w in zip(around, src, strict=True)):
            return True
    return False


# ---------------------------------------------------------------- A104 codes, links, addresses


@register
class LostVerbatimToken(SourceRule):
    code = "A104"
    name = "lost-verbatim-token"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A link, e-mail address, handle, hashtag, code or phone number of the source is missing from the target"
    why = (
        "Links, addresses and codes (flight MH370, COVID-19, Airbus A320) are copied, never translated: one "
        "missing or altered in the target is lost or wrong information, and a broken link in a published "
        "page. Case, spaces and hyphens are ignored (COVID-19 / Covid 19), but for the hyphens of a link, address or "
        "domain ('lta-go.vn' is not 'ltago.vn'). A phone number in groups ('+47 22 00 00 00', '(04) 72 10 33 58', "
        "'028 3822 1144') is one token, not the numbers of its groups, and is found however the target groups it and "
        "with its country code or the trunk '0' ('+84 24 …' / '024 …'); one the target has with a group changed is "
        "A101's, which flags the group. A domain counts without 'www.' "
        "('vedur.is', 'example.co.ke') when it ends in a generic or a country's top-level domain. When the "
        "target has, in its place, a token of the same kind the source lacks (MH730 for MH370, a translated "
        "link), that token is flagged with the source's as the fix, and so is the start of a link cut short "
        "('example.org' for 'example.org/festival'); otherwise the whole segment is. A "
        "capitalised word, a hyphen and a number ('Tianzhou-7', a program's column 'Unknown-2') is no code: "
        "the word may be translated ('Thiên Châu-7', 'Chưa_biết2') and A101/A102 check its number. A file or "
        "case number of capitals and numbers between two slashes or more ('AN/2025/4471') is a code. In an "
        "XLIFF record a standalone inline code (a line break <x/>, a <ph/>) parts the words on its two sides, "
        "so 'info@x.vn<x/>or' holds the address 'info@x.vn'. A link ends before a quote or an angle bracket, "
        "which links never hold: in '<a href=\"https://x.vn/terms\">terms</a>' the link is 'https://x.vn/terms'."
    )
    fires = (
        "Details are at https://example.org/report and flight MH370. => Chi tiết có tại "
        "[[https://example.org/bao-cao]] và chuyến bay [[MH730]].",
        "Forecasts are posted at yr.no. => [[Dự báo được đăng trên trang web.]]",
        "The H5N1 virus reached two farms. => Virus [[H7N9]] đã lây sang hai trang trại.",
        "Tickets are sold at www.example.org/festival-2026. => Vé được bán tại [[www.example.org]].",
        "The programme is at www.example.org/fair-2027. => Chương trình có tại [[www.example.org/fair-2072]].",
        "Regulation EU/2024/1689 applies. => Quy định [[EU/2024/1698]] được áp dụng.",
        "Call the Tromsø desk on +47 77 64 40 00. => [[Hãy gọi quầy ở Tromsø ngay.]]",
        'See the <a href="https://ferry.example/winter">winter timetable</a>. => Xem <a '
        'href="[[https://ferry.example/mua-dong]]">lịch chạy mùa đông</a>.',
    )
    quiet = (
        "Write to info@example.vn about COVID-19. => Hãy viết thư tới info@example.vn về Covid-19.",
        'See the <a href="https://ferry.example/winter">winter timetable</a>. => Xem <a '
        'href="https://ferry.example/winter">lịch chạy mùa đông</a>.',
        "The 4-month-old mice and 5km race. => Những con chuột 4 tháng tuổi và cuộc đua 5 km.",
        "The Tianzhou-7 cargo craft docked. => Tàu chở hàng Thiên Châu-7 đã ghép nối.",
        "Resolution A/RES/76/262 passed at 5 km/h, 24/7. => Nghị quyết A/RES/76/262 thông qua ở 5 km/h, 24/7.",
        "Call +84 236 3822 115 today. => Hãy gọi số 0236.3822.115 hôm nay.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        _, lost = lost_tokens(source, seg.text)
        if lost:
            lost = _reported(lost, source, seg.text)
        if not lost:
            return
        if seg.codes is not None:  # a standalone code between two words ('x@y.vn<x id="2"/>or') parts them
            yield from self._check_parted(seg)
            return
        yield from self._hits(seg, source, seg.text, lost)

    def _check_parted(self, seg: Segment) -> Iterator[Hit]:
        """The check on source and target with a space where a standalone inline code parts two characters; the
        spans are mapped back to the target's own offsets."""
        assert seg.codes is not None
        source, _ = parted_at_codes(seg.source or "", seg.codes.source)
        target, inserted = parted_at_codes(seg.text, seg.codes.target)
        _, lost = lost_tokens(source, target)
        if lost:
            lost = _reported(lost, source, target)
        if not lost:
            return
        for hit in self._hits(seg, source, target, lost):
            yield dataclasses.replace(hit, start=unparted(hit.start, inserted), end=unparted(hit.end, inserted))

    def _hits(self, seg: Segment, source: str, target: str, lost: list[str]) -> Iterator[Hit]:
        """The findings of the lost tokens: one for each token replaced or cut short, one for the rest."""
        added = [m for m in verbatim_tokens(target) if not held_in_text(token_text(m), source)]
        replaced = _replacements(lost, added)
        for token, m in replaced.items():
            end = m.start() + len(token_text(m))
            yield self.hit(
                seg,
                m.start(),
                end,
                f"'{target[m.start() : end]}' where the source has '{token}'",
                suggestion=token,
                confidence=0.85,
            )
        rest = [t for t in lost if t not in replaced]
        for token, m in _truncations(rest, source, target).items():
            end = m.start() + len(token_text(m))
            yield self.hit(
                seg,
                m.start(),
                end,
                f"'{target[m.start() : end]}' is the source's '{token}' cut short",
                suggestion=token,
                confidence=0.85,
            )
            rest.remove(token)
        if rest:
            listed = ", ".join(f"'{t}'" for t in rest)
            yield self.hit(seg, 0, len(target), f"the source's {listed} not in the translation", confidence=0.85)


def _reported(lost: list[str], source: str, target: str) -> list[str]:
    """The lost tokens A104 reports: a phone number only when the target drops it; one whose stand-in in the
    target differs in a group is A101's, group by group (:func:`phone_spans`)."""
    if not any(token_kind(t) == "phone" for t in lost):
        return lost
    dropped = phone_spans(source, target).dropped
    return [t for t in lost if token_kind(t) != "phone" or t in dropped]


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")


def parted_at_codes(text: str, codes: Iterable[InlineCode]) -> tuple[str, list[int]]:
    """``text`` with a space where a standalone inline code (XLIFF <x/>, <ph/>, a begin or an end code) stands
    between two characters that are no space, and the offsets (in ``text``) where the spaces went in."""
    places = sorted(
        {
            c.start
            for c in codes
            if c.role != "element"
            and 0 < c.start < len(text)
            and not (text[c.start].isspace() or text[c.start - 1].isspace())
        }
    )
    if not places:
        return text, []
    parts = [text[a:b] for a, b in zip([0, *places], [*places, len(text)], strict=True)]
    return " ".join(parts), places


def unparted(offset: int, inserted: list[int]) -> int:
    """The offset in the original text of ``offset`` in the text :func:`parted_at_codes` made."""
    return offset - sum(1 for k, place in enumerate(inserted) if place + k < offset)


def _bare_link(token: str) -> str:
    """A link or domain squeezed, without its scheme and 'www.' ('https://www.x.vn/a' → 'x.vn/a')."""
    return _SCHEME.sub("", squeezed(token))


def _truncations(lost: list[str], source: str, target: str) -> dict[str, re.Match[str]]:
    """Lost links and domains paired with a target token that is their start and no token of the source
    ('www.example.vn' for the source's 'www.example.vn/fair'): a link cut short, the fix is the whole one."""
    links = [t for t in lost if token_kind(t) in ("link", "domain")]
    if not links:
        return {}
    own = {_bare_link(token_text(m)) for m in verbatim_tokens(source)}
    pairs: dict[str, re.Match[str]] = {}
    for m in verbatim_tokens(target):
        cut = _bare_link(token_text(m))
        if cut in own or len(cut) < 4:
            continue
        for token in links:
            if token not in pairs and _bare_link(token).startswith(cut):
                pairs[token] = m
                break
    return pairs


def _replacements(lost: list[str], added: list[re.Match[str]]) -> dict[str, re.Match[str]]:
    """Lost source tokens paired, in order, with the target's tokens of the same kind that the source does
    not have ('MH370' lost, 'MH730' added): only where a kind has as many added as lost, so the pairing is
    not a guess."""
    by_kind: dict[str, tuple[list[str], list[re.Match[str]]]] = {}
    for t in lost:
        by_kind.setdefault(token_kind(t), ([], []))[0].append(t)
    for m in added:
        if (kind := token_kind(token_text(m))) in by_kind:
            by_kind[kind][1].append(m)
    pairs: dict[str, re.Match[str]] = {}
    for gone, new in by_kind.values():
        if len(gone) == len(new):
            pairs.update(zip(gone, new, strict=True))
    return pairs


# ---------------------------------------------------------------- A105 omission by length

# Target length / source length below which a translation from English has left something out: human
# translations of NTREX-128 and FLORES-200 into Vietnamese have a median of 1.06; 0.5 is below all but 2 of
# their 3,009 segments (scripts/eval_source_checks.py)
_MIN_RATIO = 0.5
_MEDIAN = 1.06
_MIN_SOURCE = 40
# From Chinese the length a translation should have is 3.2 characters per Chinese character and 1 per other
# letter or digit (a Latin name, a number, copied as they are); the human translations of the same sets have a
# median of 1.15 times it, where it is 60 characters or more, two under 0.6 and none under 0.55; 0.55 of it (under
# half the median, as 0.5 from English) flags a clause dropped in 63% of them (eval_source_checks.py --damage)
_ZH_PER_HAN = 3.2
_ZH_MIN_RATIO = 0.55
_ZH_MIN_EXPECTED = 60
_ALNUM = re.compile(r"[^\W_]")


def expected_from_chinese(source: str, han: int) -> float:
    """The length in characters a Vietnamese translation of a Chinese ``source`` with ``han`` Chinese
    characters has about: 3.2 a Chinese character, 1 a letter or digit of another script."""
    return _ZH_PER_HAN * han + len(_ALNUM.findall(source)) - han


@register
class ShortTranslation(SourceRule):
    code = "A105"
    name = "short-translation"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A translation far shorter than its source: a sentence or a clause was left out"
    why = (
        "MT drops the second sentence of a segment or a whole clause, and the output still reads well. "
        "A Vietnamese translation is about as long as its English source (median 1.06 times); from Chinese "
        "it has about 3.2 characters per Chinese character and one per letter or digit of a name or number "
        "the source copies. One under half the English length, or under 0.55 times the length expected from "
        "the Chinese, has almost always lost something (2 of 3,009 human translations of NTREX-128 and "
        "FLORES-200 from English are that short, none of the same from Chinese)."
    )
    fires = (
        "The disease is carried by pigs, which then migrates to humans through mosquitos. => "
        "[[Sau đó, loài người di cư qua muỗi.]]",
        "岘港市今年前十个月接待国际游客逾两百万人次，同比增长百分之三十。 => [[Đà Nẵng đón nhiều khách quốc tế.]]",
    )
    quiet = (
        "The disease is carried by pigs and passes to humans through mosquitoes. => "
        "Bệnh do lợn mang mầm và lây sang người qua muỗi.",
        "Thank you! => Cảm ơn!",
        "岘港市今年前十个月接待国际游客逾两百万人次，同比增长百分之三十。 => Trong mười tháng đầu năm, Đà Nẵng đón "
        "hơn hai triệu lượt khách quốc tế, tăng 30% so với cùng kỳ.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        if len(source) < _ZH_MIN_EXPECTED / _ZH_PER_HAN or not seg.text.strip():
            return
        han, script = source_kind(source)
        if script == "latin" and len(source) >= _MIN_SOURCE:
            ratio = len(seg.text) / len(source)
            if ratio < _MIN_RATIO:
                yield self._hit(
                    seg, f"{ratio:.2f} characters per character of its source", "English", _MEDIAN, _MIN_RATIO
                )
        elif script == "han" and (expected := expected_from_chinese(source, han)) >= _ZH_MIN_EXPECTED:
            ratio = len(seg.text) / expected
            if ratio < _ZH_MIN_RATIO:
                got = f"{len(seg.text)} characters where about {expected:.0f} are expected ({ratio:.2f} times)"
                yield self._hit(seg, got, "Chinese", 1.15, _ZH_MIN_RATIO)

    def _hit(self, seg: Segment, got: str, language: str, median: float, least: float) -> Hit:
        """The finding: the translation has ``got``; human translations from ``language`` have ``median`` and
        hardly less than ``least``."""
        return self.hit(
            seg,
            0,
            len(seg.text),
            f"the translation has {got}; human translations from {language} have {median} and hardly ever fewer "
            f"than {least}: "
            "part of the source is probably missing",
            confidence=0.6,
        )


# ---------------------------------------------------------------- A106 one source, two translations


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


@register
class InconsistentTranslation(DocumentRule):
    code = "A106"
    name = "inconsistent-translation"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    needs_source = True
    summary = "The same source text translated two different ways in one file"
    why = (
        "A repeated source segment (a heading, a UI string, a recurring sentence) should read the same "
        "everywhere; two translations confuse readers and show that one of them was not reviewed. The "
        "later record is flagged, with the first translation as the fix (in XLIFF only when writing it into "
        "this record puts the first one's inline codes where it has them: a fix is text, it cannot add or "
        "move a code)."
    )
    fires = ("Add to cart => Thêm vào giỏ hàng\nCheckout => Thanh toán\nAdd to cart => [[Cho vào xe đẩy]]",)
    quiet = ("Add to cart => Thêm vào giỏ hàng\nAdd to cart => Thêm vào  giỏ hàng",)

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        first: dict[str, Segment] = {}
        for seg in ctx.doc.segments:
            if not seg.source or seg.boilerplate or not seg.text.strip():
                continue
            key = _normal(seg.source)
            earlier = first.setdefault(key, seg)
            if earlier is not seg and _normal(earlier.text) != _normal(seg.text):
                message = (
                    f"this source was translated differently in record {earlier.record or earlier.index}: "
                    f"{with_codes(earlier)!r}"
                )
                fix: str | None = earlier.text
                if (target_codes(earlier) or target_codes(seg)) and codes_after_edit(seg, fix) != placed(earlier):
                    fix, message = None, message + CODES_DIFFER_NOTE
                yield self.hit(seg, 0, len(seg.text), message, suggestion=fix, confidence=0.9)


# ---------------------------------------------------------------- A107 a country swapped for another

# Countries a translation may name for one another without error (the two Koreas of 'the Korean War';
# China with Taiwan, Hong Kong and Macao): one key each
_SAME_COUNTRY = {"KP": "KR", "TW": "CN", "HK": "CN", "MO": "CN"}
# English short forms the gazetteer leaves out (they are no Vietnamese text's words)
_EN_EXTRA = {"U.S.": "US", "US": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB"}
# After a one-character Chinese abbreviation: the country's side, nationals, army, language (越方, 中国籍 …), or
# its currency (英镑 'pound sterling', 美元 'US dollar', 日元 'yen', 泰铢 'baht': Vietnamese 'bảng Anh', 'đô la Mỹ')
_ZH_ABBR_AFTER = "方国军籍语文镑元铢"


@functools.cache
def _source_country_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """English names, variants and adjectives, and Chinese names, of every country, with their ISO codes."""
    en: dict[str, str] = dict(_EN_EXTRA)
    zh: dict[str, str] = {}
    for c in gazetteer().countries.values():
        for name in (c.en, *c.en_variants, *c.en_adjectives):
            if name:
                en.setdefault(name, c.iso)
        for name in (c.zh, c.zh.removeprefix("中国").removesuffix("特别行政区")):
            if len(name) >= 2:
                zh.setdefault(name, c.iso)
    for name, iso in zh_short_names():  # 印尼 beside 印度尼西亚
        zh.setdefault(name, iso)
    en_rx = "|".join(sorted(map(re.escape, en), key=len, reverse=True))
    zh_rx = "|".join(sorted(map(re.escape, zh), key=len, reverse=True))
    # written from the first letters (a lookahead), so that the regex engine skips to one instead of trying the
    # lookbehind at every character
    return re.compile(rf"{_first_letters(en)}(?<![\w.])(?:{en_rx})(?!\w)"), en, re.compile(zh_rx), zh


def _first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words`` (its class written out: the words start with letters)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def _key(iso: str) -> str:
    return _SAME_COUNTRY.get(iso, iso)


# Words after a pair of one-character abbreviations that make it two countries: 越日关系 'Vietnam–Japan
# relations', 中美贸易 'China–US trade' (not 美德 'virtue' or 中意 'to like')
_ZH_PAIR_AFTER = (
    "关系|两国|双方|合作|贸易|边境|边界|峰会|会谈|会晤|联合|友好|建交|外长|领导人|战略|伙伴|之间|经贸|贸易战"
)


@functools.cache
def _zh_pair() -> tuple[re.Pattern[str], dict[str, str]]:
    by_abbr = {c.abbr: c.iso for c in gazetteer().countries.values() if len(c.abbr) == 1}
    chars = "".join(by_abbr)
    return re.compile(rf"([{chars}])([{chars}])(?:{_ZH_PAIR_AFTER})"), by_abbr


@functools.cache
def _idioms() -> re.Pattern[str]:
    """English phrases with a country adjective that name no country (references/en_country_idioms.txt)."""
    phrases = sorted(read_lines("en_country_idioms.txt"), key=len, reverse=True)
    return re.compile(_first_letters(phrases) + r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)


@functools.cache
def _adjectives() -> frozenset[str]:
    return frozenset(a for c in gazetteer().countries.values() for a in c.en_adjectives)


_DOT_LETTER = re.compile(r"\.[^\W\d_]")  # where an English name ending in a full stop may stand before an idiom


def source_countries(text: str) -> dict[str, bool]:
    """The countries an English or Chinese source names, each with whether it is named only by an English
    adjective ('Austrian'): by name, variant or adjective (not in a phrase such as 'Chinese New Year'), or as a
    Chinese pair of abbreviations before a word of relations (越日关系)."""
    en_rx, en, zh_rx, zh = _source_country_patterns()
    han = source_kind(text)[0]
    plain = text.replace("'", "’")  # 'Côte d'Ivoire' as the gazetteer writes it
    found: dict[str, bool] = {}
    # without an English name, leaving the idioms out (each between characters that are no word's) finds none
    # either, unless a name ending in a full stop ('U.S.') stood right before one: the common case, at one search
    if en_rx.search(plain) is not None or _DOT_LETTER.search(plain) is not None:
        plain = _idioms().sub(" ", text).replace("'", "’")
        for m in en_rx.finditer(plain):
            iso = _key(en[m.group()])
            found[iso] = found.get(iso, True) and m.group() in _adjectives()
    text = plain
    if han:  # (the idioms hold no Chinese character)
        isos = [zh[m.group()] for m in zh_rx.finditer(text)]
        pair, by_abbr = _zh_pair()
        for m in pair.finditer(text):
            isos += [by_abbr[m.group(1)], by_abbr[m.group(2)]]
        found.update((_key(i), False) for i in isos)
    return found


@functools.cache
def _all_abbreviations() -> str:
    """Every country's one-character Chinese abbreviation, as the body of a character class."""
    return "".join(re.escape(c.abbr) for c in gazetteer().countries.values() if c.abbr)


def _may_be_in_source(iso: str, source: str) -> bool:
    """The source may name the country in a way :func:`source_countries` does not read: a derived word
    ('Romanian' from 'Romania'), or its Chinese one-character abbreviation in a pair or before 方/国/军…"""
    stems, abbreviations = _source_forms(iso)
    if stems is not None and stems.search(source):
        return True
    return any(abbr in source and rx.search(source) for abbr, rx in abbreviations)


@functools.cache
def _source_forms(iso: str) -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]:
    """What :func:`_may_be_in_source` looks for, compiled once a country: the stems of its English names of five
    letters or more (the name but its last letter), and each one-character Chinese abbreviation with its
    pattern (in a pair, or before 方/国/军…)."""
    stems, abbreviations = [], []
    abbrs = _all_abbreviations()
    for c in gazetteer().countries.values():
        if _key(c.iso) != iso:
            continue
        stems += [re.escape(name[:-1]) for name in (c.en, *c.en_variants) if len(name) >= 5]
        if c.abbr:
            abbr = re.escape(c.abbr)
            rx = re.compile(rf"[{abbrs}]?{abbr}[{abbrs}{_ZH_ABBR_AFTER}]|[{abbrs}]{abbr}")
            abbreviations.append((c.abbr, rx))
    stem_rx = re.compile(rf"(?<![\w.])(?:{'|'.join(stems)})") if stems else None
    return stem_rx, tuple(abbreviations)


def _may_be_in_target(iso: str, target: str) -> bool:
    """The target may name the country in a way the mention finder leaves aside: any of its Vietnamese
    forms as a word ('tiếng Nga', 'quan hệ Mỹ-Trung' for the Hán-Việt abbreviation; 'Côte d'Ivoire' with
    either apostrophe)."""
    target = target.replace("'", "’")
    forms, hanviet = _target_forms(iso)
    if forms is not None and forms.search(target):
        return True
    # the one-syllable Hán-Việt short name ('Mỹ-Trung'), not the first syllable of another name ('Thụy Điển')
    for rx in hanviet:
        for m in rx.finditer(target):
            after = target[m.end() :]
            if not (after[:1].isspace() and after.lstrip()[:1].isupper()):
                return True
    return False


@functools.cache
def _target_forms(iso: str) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """What :func:`_may_be_in_target` looks for, compiled once a country: its Vietnamese forms and English name
    as words (one pattern: it matches where one of them would), and its Hán-Việt short names as words."""
    forms, hanviet = [], []
    for c in gazetteer().countries.values():
        if _key(c.iso) != iso:
            continue
        forms += [re.escape(form) for form in (*c.vi_all, c.en) if form]
        if c.hanviet:
            hanviet.append(re.compile(rf"(?<!\w){re.escape(c.hanviet)}(?!\w)"))
    forms_rx = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)") if forms else None
    return forms_rx, tuple(hanviet)


@register
class CountrySwapped(SourceRule):
    code = "A107"
    name = "country-swapped"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "The target names a country the source does not, where the source names one the target lacks"
    why = (
        "MT through a pivot language confuses countries whose short names look alike or swaps in the "
        "country it sees most ('Vietnam and Belarus' → 'Belarus và Trung Quốc'; Austria and Australia, both "
        "'Áo'/'Úc' to a careless model). One country in place of another is a critical error (MQM). The rule "
        "fires only when a country is both added and dropped: an added one alone is often a paraphrase "
        "('Washington' → 'Mỹ'). Korea, and China with Taiwan, Hong Kong and Macao, count as one. A Chinese "
        "source names countries by their full or their short name (印尼, 澳洲, 沙特). A country after a compass "
        "word of its parts ('miền Trung Philippines', 'phía Bắc Lào') is read: the capitalised word is no name."
    )
    fires = (
        "Vietnam and Belarus signed five cooperation agreements. => Belarus và [[Trung Quốc]] đã ký năm văn "
        "kiện hợp tác.",
        "越南与白俄罗斯签署了五项合作文件。 => Belarus và [[Trung Quốc]] đã ký năm văn kiện hợp tác.",
        "双方同意加强越日关系。 => Hai bên nhất trí tăng cường quan hệ giữa [[Trung Quốc]] và Nhật Bản.",
        "沙特与阿联酋签署协议。 => [[Qatar]] và UAE ký thỏa thuận.",
        "Heavy rain hit northern Laos. => Mưa lớn đổ xuống phía Bắc [[Campuchia]].",
    )
    quiet = (
        "Vietnam and Belarus signed five cooperation agreements. => Việt Nam và Belarus đã ký năm văn kiện hợp tác.",
        "Washington and Beijing resumed talks. => Mỹ và Trung Quốc nối lại đàm phán.",
        "The local language is Romanian, but Russian is widely used. => Ngôn ngữ địa phương là tiếng Romania, "
        "nhưng tiếng Nga được dùng rộng rãi.",
        "中美贸易战对中国有什么好处 => Chiến tranh thương mại Mỹ-Trung có lợi gì cho Bắc Kinh",
        "圣赫勒拿的货币与英镑等值。 => Đồng tiền của Saint Helena ngang giá với bảng Anh.",
        "科威特王储出席了会议。 => Thái tử Kuwait đã dự hội nghị.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        named = source_countries(source)
        if not named:
            return
        mentions = [m for m in find_mentions(seg.text) if m.iso and not m.weak]
        target = {_key(m.iso) for m in mentions}
        dropped = sorted(i for i in named.keys() - target if not _may_be_in_target(i, seg.text))
        if not dropped:
            return
        # a country the source names only by an adjective may be a fixed phrase no list holds: not critical
        adjective_only = all(named[i] for i in dropped)
        added = {i for i in target - named.keys() if not _may_be_in_source(i, source)}
        gz = gazetteer()
        instead = gz.name_of(dropped[0]) if len(dropped) == 1 else None
        for m in mentions:
            if _key(m.iso) in added:
                where = ", ".join(gz.name_of(i) for i in dropped)
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{m.text}' is not in the source, which names {where} here",
                    suggestion=instead,
                    confidence=0.5 if adjective_only else 0.7,
                    severity=Severity.MAJOR if adjective_only else None,
                )


# ---------------------------------------------------------------- A108 no translation


@register
class EmptyTranslation(SourceRule):
    code = "A108"
    name = "empty-translation"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    summary = "A record whose source has text and whose translation is empty"
    why = (
        "An MT batch with an empty target (a timeout, a filter, a record the engine skipped) publishes "
        "nothing in its place; the reader loses the sentence. The finding spans the empty target."
    )
    fires = ("The ministry will publish the figures on Monday. => ",)
    quiet = ("The ministry will publish the figures on Monday. => Bộ sẽ công bố số liệu vào thứ Hai.",)

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in ctx.doc.segments:
            if seg.source and seg.source.strip() and not seg.text.strip() and not seg.boilerplate:
                yield self.hit(seg, 0, len(seg.text), "the source has text and the translation is empty")


# ---------------------------------------------------------------- A109 a date changed

_MONTHS_EN = {
    name.lower(): n for n, full in enumerate(MONTH_NAMES, 1) for name in (full, full[:3], "Sept" if n == 9 else full)
}
_MONTH_RX = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
# (each written from a lookahead for its first character, so that the regex engine skips to one)
_EN_DATES = (
    re.compile(rf"(?=[ADFJMNOS])\b{_MONTH_RX}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),  # May 5
    re.compile(rf"(?=\d)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}(?:,?\s+(?P<y>\d{{4}}))?"),  # 5 May
)
_ANY_DIGIT = re.compile(r"\d")
_ZH_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")


# a date in Chinese numerals: 二〇二五年三月四日, 九月三十日
_ZH_DIGITS = "〇一二三四五六七八九"
_ZH_WORD_DATE = re.compile(
    r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
)


def _zh_count(numeral: str) -> int:
    """A number from 1 to 39 in Chinese numerals ('九' 9, '十二' 12, '三十一' 31)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _ZH_DIGITS.index(numeral)
    return (_ZH_DIGITS.index(tens) if tens else 1) * 10 + (_ZH_DIGITS.index(units) if units else 0)


@per_document(maxsize=4096)
def source_dates(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """(day, month, year) of the dates an English or Chinese source writes with a month name or 年月日, in order
    (cached for the document: A101 and A109 both ask)."""
    if "月" not in text and not _ANY_DIGIT.search(text):
        return ()  # every date pattern holds a digit or 月 (the common case)
    found: list[tuple[int, int, int, int | None]] = []
    for rx in _EN_DATES:
        for m in rx.finditer(text):
            found.append((m.start(), int(m["d"]), _MONTHS_EN[m["mon"].lower()], int(m["y"]) if m["y"] else None))
    for m in _ZH_DATE.finditer(text) if "月" in text else ():
        found.append((m.start(), int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None))
    if "月" in text:
        for m in _ZH_WORD_DATE.finditer(text):
            year = int("".join(str(_ZH_DIGITS.index(c)) for c in m["y"])) if m["y"] else None
            found.append((m.start(), _zh_count(m["d"]), _zh_count(m["m"]), year))
    spans = sorted(dict.fromkeys(found))
    return tuple((d, mo, y) for _, d, mo, y in spans)


# a range of days: '20日至22日', '20 to 22 November', 'June 1 to June 3', '20 đến 22/11', '20-22/11'
# (not a range of clock times: '12:00至13:00', '9:30 to 11:00')
_DATE_RANGE = re.compile(
    r"(?<![:\d])\d{1,2}\s*[日号]?\s*(?:至|到|~|～)\s*\d(?!\d?:)"
    r"|(?<![:\d])\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|and|-|–)\s*(?:[A-Z][a-z]+\.?\s+)?\d(?!\d?:)"
    r"|\d\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}\s*(?:/|tháng)"
    # a day (and its month) before 'to June 3' ('30 May to June 3'); not a date alone ('closed until May 20',
    # 'moved to June 3': one date, which the rule compares)
    r"|(?<![:\d])\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+\.?)?\s+(?:to|through|until|till)\s+[A-Z][a-z]+\.?\s+\d"
)


# a range whose two ends are whole dates ('January 12 to January 26', '1月12日至1月26日', '12/1 đến ngày 26/1'):
# each end is a date of its own, so the pairing in order stays sound
_MON = _MONTH_RX.replace("?P<mon>", "?:")
_ORD = r"(?:st|nd|rd|th)?"
_WHOLE_DATE_RANGE = re.compile(
    rf"\b{_MON}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?\s*(?:to|through|until|till|-|–)\s*{_MON}\s+\d{{1,2}}"
    rf"|\b\d{{1,2}}{_ORD}\s+{_MON}(?:\s+\d{{4}})?\s*(?:to|through|until|till|-|–)\s*\d{{1,2}}{_ORD}\s+{_MON}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:至|到|~|～|-|—)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}/\d{1,2}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?\d{1,2}\s+tháng\s+\d{1,2}"
)


@per_document(maxsize=4096)
def _partial_date_range(text: str) -> bool:
    """A range of days one end of which is a bare day ('from 20 to 22 November', '20-22/11'); cached for the
    document."""
    if not _ANY_DIGIT.search(text):
        return False  # each range holds a digit
    return bool(_DATE_RANGE.search(text)) and bool(_DATE_RANGE.search(_WHOLE_DATE_RANGE.sub(" ", text)))


def date_mismatches(seg: Segment) -> list[tuple[tuple[int, int, int | None], DateMention]]:
    """The source's dates and the target dates that differ from them, paired in order when the source and
    the target hold as many dates (else none: a date added or dropped would make the pairing a guess)."""
    src = source_dates(seg.source or "")
    if not src or _partial_date_range(seg.source or "") or _partial_date_range(seg.text):
        return []  # 'from 20 to 22 November': one side may write one date where the other writes two
    tgt = date_mentions(seg)
    if len(tgt) != len(src):
        return []
    return [
        (s, t)
        for s, t in zip(src, tgt, strict=True)
        if (t.day, t.month) != s[:2] or (s[2] is not None and t.year is not None and t.year != s[2])
    ]


@register
class DateChanged(SourceRule):
    code = "A109"
    name = "date-changed"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A date of the target is not the date the source gives ('May 5, 2024' → '5/6/2024')"
    why = (
        "MT through English or Chinese swaps day and month or shifts a month ('May 5' read as 5/5 → '5/6'); "
        "the figures match one by one, so the number check passes, but the date is wrong. Dates are read "
        "with a month name in English ('May 5, 2024', '5 May'), as 年月日 in Chinese, and as '5/6/2024' or "
        "'5 tháng 6 năm 2024' in Vietnamese; the rule compares them when the source and the target hold as "
        "many dates, in order (二〇二五年三月四日 and 九月三十日 in Chinese numerals too). A range of days one "
        "side may write as one date ('from 20 to 22 November') is not compared; a date after 'until' or 'to' "
        "alone ('closed until May 20') is."
    )
    fires = (
        "The summit opens on May 5, 2024 in Hanoi. => Hội nghị khai mạc ngày [[5/6/2024]] tại Hà Nội.",
        "会议于2025年3月4日在河内举行。 => Hội nghị diễn ra ngày [[3/4/2025]] tại Hà Nội.",
        "The fair runs from March 3 to March 9. => Hội chợ diễn ra từ ngày 3/3 đến ngày [[19/3]].",
        "The pass stays closed until April 12. => Đèo tiếp tục đóng đến ngày [[12/5]].",
        "工厂将于十一月二十日停产。 => Nhà máy sẽ ngừng sản xuất từ ngày [[20/12]].",
    )
    quiet = (
        "The summit opens on May 5, 2024 in Hanoi. => Hội nghị khai mạc ngày 5/5/2024 tại Hà Nội.",
        "The pass stays closed until April 12. => Đèo tiếp tục đóng đến ngày 12/4.",
        "会议于2025年3月4日在河内举行。 => Hội nghị diễn ra ngày 4 tháng 3 năm 2025 tại Hà Nội.",
        "The fair runs from 3 to 9 March and reopens on May 2. => Hội chợ diễn ra từ 3 đến 9/3 và mở lại ngày 2/5.",
        "工厂将于十一月二十日停产。 => Nhà máy sẽ ngừng sản xuất từ ngày 20 tháng 11.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for (day, month, year), t in date_mismatches(seg):
            fix = f"{day} tháng {month}" if t.verbal else f"{day}/{month}"
            if t.year is not None or year is not None:
                fix += (" năm " if t.verbal else "/") + str(year or t.year)
            yield self.hit(
                seg,
                t.start,
                t.end,
                f"'{seg.text[t.start : t.end]}' where the source gives {day}/{month}" + (f"/{year}" if year else ""),
                suggestion=fix,
                confidence=0.8,
            )
