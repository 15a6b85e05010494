"""C103: a Chinese one-character country abbreviation calqued as a party (白方 → 'White cam kết', 'Cambodia side')."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Set

from audit.lang import stored_regex
from audit.lang.case import capitalised
from audit.lang.countries import (
    HOME,
    Topic,
    find_mentions,
    gazetteer,
    is_word_char,
    next_word,
    prev_word,
    trie_pattern,
    zh_short_names,
)
from audit.lang.hanviet import syllable_key
from audit.lang.lines import matches_by_line
from audit.lang.people import vi_names
from audit.lang.resources import read_tsv
from audit.model import Segment, Severity
from audit.rules._prefilter import (
    ContentLines,
    content_lines,
    content_text,
    segments_containing,
    segments_matching,
)
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.countries.context import (
    _AFTER_FIRST,
    _cap,
    _holds_any,
    _is_foreign,
    _is_vi_context,
    _sentence_start,
    _topic_literals,
    as_written,
    mentions_of,
    topic_of,
)
from audit.rules.registry import register

# Common Vietnamese surnames: a full name after "Chủ tịch Việt" shows that "Việt" stands for the country.
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Tô Đào Trịnh "
    "Mai Tạ Lương Cao Vương Đoàn Hà Thái Tôn Chu Quách Triệu Tập Ôn Giang"
).split()


_PARTY_NOUN = (
    r"phía|Phía|bên|chính phủ|Chính phủ|nhân dân|Nhân dân|Nhà nước|Quốc hội|quân đội|Quân đội|"
    r"Đảng|Đại sứ quán|đại sứ quán|Tổng thống|Thủ tướng"
)
_PARTY_NOUNS = tuple(_PARTY_NOUN.split("|"))


def _word_start_after_first(alternation: str) -> str:
    r"""``(?<!\w)(?:alternation)`` of plain words, written with the lookbehind after each word's first letter (the
    same matches, the words in their order): re then skips ahead to the first letters instead of trying the
    lookbehind and every word at each character of the text."""
    return "(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in alternation.split("|")) + ")"


# Words that may follow a party ("phía trắng cam kết", "chính phủ trắng để …"): a literal followed by anything
# else may be the first half of an ordinary compound ("bên luật sư", "chính phủ già nua").
_AFTER_PARTY = frozenset(
    "và để với cũng đã sẽ cam không là của trong tại về thì mà nhưng cùng đều luôn vẫn sẵn hứa đánh khẳng "
    "mong đề tiếp nhất ủng hoan bày tuyên cho coi cảm chia đồng hy nhận muốn kêu yêu quyết thể nhấn ghi trao gửi "
    "nêu tỏ tin bất gỡ giành thắng thua quan".split()
)
# More verbs that follow a reading with 'phương' (泰方主动 'Thái phương chủ động', 日方拒绝 'Nhật phương từ chối', 泰方
# 入场 'Thái phương nhập cuộc'): no Vietnamese compound is '<country reading> phương <one of these>', so they count
# there only (after a literal word such as 'phía trắng' they could start an ordinary phrase: 'bên Trắng chủ động'
# in a chess report). Policy verbs of a government side (澳方收紧 'Úc phương siết chặt', 英方宣布 'Anh phương công bố',
# 日方提高 'Nhật phương tăng'; adversary62) are none of a compound either.
_AFTER_SIDE_PHUONG = frozenset(
    "chủ bác phản từ nói đưa chấp giữ tấn dẫn gây nhập siết thắt nới công thông ban áp bắt dự tham hỗ cử".split()
)  # 'dự' of a side's plans: 菲方预计 'Phi phương dự kiến', 韩方拟 'Hàn phương dự định' (misses34); a side taking part,
# helping or sending people: 日方参与 'Nhật phương tham gia', 韩方协助 'Hàn phương hỗ trợ', 俄方派 'Nga phương cử'
# (misses42)

# The EU's one-character abbreviation 欧 read 'Âu' before 'phương' (欧方, the EU side: 'Âu phương đánh giá cao …'),
# where the article names the EU: a bloc, not a country of the gazetteer (misses34). 'Âu phương' is no Vietnamese word
# in clean_news, FLORES or NTREX.
_BLOC_SIDE_BEFORE = frozenset("và với cho rằng nhưng khi nếu giữa".split())
_BLOC_PHUONG = {
    "Âu": (
        "EU",
        "欧",
        (
            "EU",
            "Liên minh châu Âu",
            "Liên minh Châu Âu",
            "Ủy ban châu Âu",
            "Ủy viên châu Âu",
            "Nghị viện châu Âu",
            "Âu Minh",
            "Brussels",
        ),
    )
}
# A noun a side's reading with 'phương' modifies (沙方企业 'doanh nghiệp Sa phương', 日方代表 'đại diện Nhật phương';
# misses32): no Vietnamese compound is '<one of these> <country reading> phương'
_SIDE_OWNER = re.compile(
    r"(?<!\w)(?i:doanh nghiệp|công ty|đoàn|đại diện|lãnh đạo|quan chức|chuyên gia|nhà đầu tư|đối tác|cơ quan"
    r"|nhân viên"
    # a side's forces and authorities (老方执法部门 'lực lượng chức năng Lão phương', 柬方警方 'cảnh sát Giản phương';
    # misses36)
    r"|lực lượng(?: chức năng)?|nhà chức trách|giới chức|chính quyền|chính phủ|cảnh sát|công an|biên phòng|hải quan"
    r"|quân đội) $"
)
# Words 'phương' opens (phương án, phương pháp, phương xa …): after a side's owner the reading and 'phương' are no side
# then ('lực lượng Nga phương xa' is no 俄方; misses36)
_PHUONG_WORD_ENDS = frozenset("án pháp tiện hướng thức châm diện trình sách ngữ xa vị danh ngôn thuốc kế".split())
# Verbs a party is the subject of: "Trắng cam kết …" (白方承诺).
_SIDE_VERBS = frozenset("cam hứa khẳng mong sẵn đề hoan bày nhất ủng tuyên".split())


# What a game's side does ('bên Trắng thắng', chess): after a capitalised literal it is no country's side
_GAME_VERBS = frozenset("thắng thua giành".split())


def _party_end(text: str, end: int) -> bool:
    """What follows a calqued party: the end, punctuation, a capitalised word or a function word."""
    nxt = next_word(text, end)
    return not nxt or not nxt[0].isalpha() or nxt[0].isupper() or nxt.strip(".,;:!?") in _AFTER_PARTY


# Countries whose one-syllable Hán-Việt short name stands alone as a party in ordinary Vietnamese
# ("phía Trung", "phía Hàn", "phía Đài"), and readings that are ordinary words after "phía" (phía Tây = west).
_SPOKEN_SHORT = frozenset({"CN", "KR", "TW", "ES"})

# Readings that with 'phương' make an ordinary word, not 方 'side': directions ('Tây phương', the West) and
# 'Đa phương' (multilateral).
_NOT_SIDE_PHUONG = frozenset({"Tây", "Đa"})

_TITLES = r"Chủ tịch nước|Chủ tịch|Phó Thủ tướng|Thủ tướng|Tổng thống|Bộ trưởng Ngoại giao|Ngoại trưởng|Đại sứ"


@functools.cache
def _party_regexes() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    gz = gazetteer()
    lit_vi, lit_en, side, hanviet, subject, short = {}, {}, {}, {}, {}, {}
    accepted = set(gz.forms)
    for c in gz.countries.values():
        if c.hanviet and c.hanviet_ok and c.hanviet not in accepted and c.iso not in _SPOKEN_SHORT | {HOME}:
            short[c.hanviet] = c.iso
        for w in c.literal_vi:
            lit_vi[w] = c.iso
            subject[capitalised(w)] = c.iso
        for w in c.literal_en:
            lit_en[w] = c.iso
            side[w] = c.iso
        for r in c.romanised:
            side.setdefault(r, c.iso)
        for h in c.hanviet_all:
            if h not in accepted:
                hanviet[h] = c.iso
        for r in c.romanised:  # '乌方' left in pinyin: 'phía Wu'
            if r not in accepted:
                short.setdefault(r, c.iso)
    for form, (iso, _) in gz.forms.items():
        side.setdefault(form, iso)
    return {
        "lit_vi": (
            stored_regex.compile(rf"{_word_start_after_first(_PARTY_NOUN)}\s+(?P<w>{trie_pattern(lit_vi)})(?![\w-])"),
            lit_vi,
        ),
        # the literal capitalised as a name after a side's word ('phía Đẹp', 美方: MT capitalises a side's country)
        "lit_vi_cap": (
            stored_regex.compile(
                rf"{_word_start_after_first('phía|Phía|bên')}\s+(?P<w>{trie_pattern(subject)})(?![\w-])"
            ),
            subject,
        ),
        # (?<![\w-]) after the first letter: re skips ahead to the capitals ('White', 'Horse')
        "lit_en": (stored_regex.compile(rf"(?P<w>{trie_pattern(lit_en, guard=_AFTER_FIRST)})(?![\w-])"), lit_en),
        "subject": (stored_regex.compile(rf"(?<![\w-])(?P<w>{trie_pattern(subject)})(?![\w-])"), subject),
        "short": (
            stored_regex.compile(
                rf"{_word_start_after_first('phía|Phía|Bên')}\s+(?P<w>{trie_pattern(short)})(?![\w-])"
            ),
            short,
        ),
        "side": (stored_regex.compile(rf"(?<![\w-])(?P<w>{trie_pattern(side)})\s+side(?![\w-])"), side),
        "title": (
            stored_regex.compile(rf"(?:{_TITLES})\s+(?P<w>{trie_pattern(hanviet)})(?=\s+(?:{'|'.join(_SURNAMES)})\s)"),
            hanviet,
        ),
    }


@functools.cache
def _bare_readings() -> dict[str, str]:
    """Hán-Việt readings of abbreviations that are not a country's name alone ('Việt'), with their country:
    after a party noun ('chính phủ Việt') they stand for the country."""
    accepted = set(gazetteer().forms)
    return {
        h: c.iso
        for c in gazetteer().countries.values()
        for h in c.hanviet_all
        if h not in accepted and (not c.hanviet_ok or c.iso == HOME)
    }


@functools.cache
def _bare_words() -> re.Pattern[str]:
    """The bare readings after whitespace, found from their capital (the lookbehind after it); one followed by
    a capitalised word ('Việt Nam') is left out: the rule skips it anyway."""
    return stored_regex.compile("(?:" + trie_pattern(_bare_readings(), guard=r"(?<=\s.)") + r")(?![\w-])(?! [A-ZĐ])")


def _bare_parties(text: str, words: Iterable[re.Match[str]], offset: int = 0) -> Iterator[tuple[int, int, int, str]]:
    r"""A party noun and a bare reading ('chính phủ Việt') as (start, start of the reading, end, reading):
    the matches of ``(?<!\w)(?:<party noun>)\s+(?P<w><bare reading>)(?![\w-])`` but those followed by one
    space and a capital, found from the rare capitalised reading (:func:`_bare_words`) rather than from the
    common party noun: ``words`` are the matches of _bare_words, found ``offset`` characters before ``text``."""
    for m in words:
        w_start, end = m.start() - offset, m.end() - offset
        j = w_start  # the end of the word before, whitespace skipped (without copying the text before)
        while j and text[j - 1].isspace():
            j -= 1
        if not text.endswith(_PARTY_NOUNS, 0, j):
            continue  # most readings ('Ủy ban', 'Văn hóa') follow no party noun: one test settles it
        for noun in _PARTY_NOUNS:  # none ends another: at most one fits
            start = j - len(noun)
            if text.endswith(noun, 0, j) and (start == 0 or not is_word_char(text[start - 1])):
                yield start, w_start, end, m.group()
                break


def _named_as(ctx: DocContext, iso: str, kinds: tuple[str, ...] = ("name", "form")) -> str:
    """The name the document gives the country most often, its standard name or a form ('Mỹ' in a story that writes
    'Mỹ', 'Hoa Kỳ' in one that writes 'Hoa Kỳ'): a side's fix in the document's own words; the standard name when
    the document names it neither way. ``kinds`` may add 'variant' ('Ý' beside the standard 'Italia')."""
    written = Counter(
        m.text
        for mentions in topic_of(ctx).mentions.values()
        for m in mentions
        if m.iso == iso and m.kind in kinds and not m.weak
    )
    return written.most_common(1)[0][0] if written else gazetteer().name_of(iso)


def _side_subject(text: str, start: int, end: int) -> bool:
    """'Bên X' opens the sentence before a verb a side says ('Bên Ấn đánh giá cao …', 'Bên Nga cam kết …'): the
    side 方 read 'bên' (Vietnamese writes 'phía'), not 'over in X' ('sang bên Hàn làm việc')."""
    if not _sentence_start(text, start):
        return False
    rest = text[end:].split(maxsplit=2)
    return bool(rest) and (rest[0] in _SIDE_VERBS or rest[:2] == ["đánh", "giá"])


def _person_like(word: str) -> bool:
    """A letter or a Vietnamese given name (vi_names.tsv): after 'bên' it is a party of a contract or a person."""
    if len(word) == 1:
        return True
    known = vi_names()["given"].get(syllable_key(word))
    return known is not None and known.syllable == word


@functools.cache
def _abbr_homographs() -> dict[str, tuple[str, ...]]:
    """Abbreviation surfaces shared by several countries (新 Tân is Singapore and New Zealand)."""
    out: dict[str, list[str]] = {}
    for c in gazetteer().countries.values():
        for w in {*c.hanviet_all, *c.romanised, *c.literal_vi, *c.literal_en} - {""}:
            out.setdefault(w, []).append(c.iso)
    return {w: tuple(isos) for w, isos in out.items() if len(isos) > 1}


def _topic_pick(surface: str, iso: str, topic: Topic) -> str:
    """The country an ambiguous abbreviation stands for in this article: a topic country if one fits, then
    one the article mentions (as C102's :func:`_pick`)."""
    alts = _abbr_homographs().get(surface)
    if alts and iso not in topic.countries:
        return next((a for a in alts if a in topic.countries), next((a for a in alts if topic.counts[a] > 0), iso))
    return iso


@functools.cache
def _capitalised(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(capitalised, words))


@functools.cache
def _needles(literal_vi: tuple[str, ...], literal_en: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each pattern of :func:`_party_regexes`, strings of which a line must hold one for the pattern
    to match in it (the literal words: those of the article's countries)."""
    titles = _TITLES.split("|")
    return {
        "lit_vi": literal_vi,
        "lit_vi_cap": _capitalised(literal_vi),
        "lit_en": literal_en,
        "subject": _capitalised(literal_vi),
        "short": ("hía", "Bên"),  # not 'hía ': the pattern takes any whitespace after 'phía'
        "side": ("side",),
        "title": tuple(t for t in titles if not any(o != t and o in t for o in titles)),  # 'Chủ tịch' for both
    }


def _segments_for(ctx: DocContext, pattern: str, needles: tuple[str, ...]) -> list[Segment]:
    """The article segments where the pattern of :func:`_party_regexes` named ``pattern`` may match: those
    holding one of its needles; for 'title' (its needles, the titles, stand in most sentences of the news)
    those where it matches, found in one search of the article's lines joined. A match in one line is a
    match there: the pattern has no lookbehind, and no newline holds a title, a reading or a surname."""
    if pattern == "title":
        return list(segments_matching(ctx, _party_regexes()["title"][0]))
    return segments_containing(ctx, needles)


def _side_message(word: str, iso: str) -> str:
    """The message for a literal translation of a country's one-character abbreviation used for its side ('phía
    Đẹp' for 美方)."""
    gz = gazetteer()
    name = gz.name_of(iso)
    return f"'{word}' translates the abbreviation {gz.countries[iso].abbr} of {name} literally (the {name} side)"


@register
class CalquedCountryAbbreviation(SegmentRule):
    code = "C103"
    name = "calqued-country-abbreviation"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Chinese one-character country abbreviation calqued as a party ('White cam kết', 'Cambodia side')"
    why = (
        "Chinese news calls a party by its abbreviation plus 方 'side' (白方 = the Belarusian side). MT writes "
        "the literal word ('White cam kết', 'chính phủ trắng'), the 方 calque ('Cambodia side'), a bare "
        "Hán-Việt reading ('Chủ tịch Việt') or the pinyin ('phía Wu'). Vietnamese writes 'phía Belarus', "
        "'Chủ tịch nước Việt Nam'. "
        "Literal words count only in an article about that country; Việt Nam's 方 calque ('Việt phương') in any "
        "Vietnamese story, a domestic one too, and any country's where the record's Chinese source writes its "
        "side ('Nhật phương sẽ tặng …' behind 日方将捐赠 …). A two-character short name read in Hán-Việt is a "
        "side before 'phương' too ('Ấn Ni phương', 印尼方). A literal word capitalised as a name after 'phía' or "
        "'bên' is one too ('phía Đẹp' for 美方; the fix names the country as the article does, 'phía Mỹ'); and a "
        "bare reading after 'phía' where the record's Chinese source writes that side ('phía Giản' behind 柬方), "
        "whatever follows and though the article names the country nowhere else ('phía Thái', 泰方, is "
        "Vietnamese and stays quiet; a reading several countries share, 'Tân' 新, only for the one the article "
        "names). A reading written lowercase as the word it also is ('ý phương' for 意方) counts only where the "
        "record's source writes that side, the article names the country and the reading opens a clause."
    )
    fires = (
        "Belarus và Việt Nam tăng cường hợp tác\n[[White]] cam kết tạo điều kiện cho doanh nghiệp Việt Nam.",
        "Việt Nam và Campuchia ký ba văn kiện hợp tác\nThủ tướng Hun Manet nói [[Cambodia side]] sẽ hỗ trợ.",
        "Belarus và Việt Nam tăng cường hợp tác\nHai bên thực hiện các thỏa thuận giữa [[chính phủ trắng]] và Hà Nội.",
        "Mông Cổ và Việt Nam ký thỏa thuận\nPhái đoàn do [[Chủ tịch Việt]] Võ Văn Thưởng dẫn đầu sang thăm Mông Cổ.",
        "Lào và Việt Nam ký thỏa thuận về điện\n[[Già]] cam kết bán thêm điện; [[phía Việt]] sẽ xây đường dây.",
        "Việt Nam và Ấn Độ ký kết năm văn kiện\n[[Phía Ấn]] khẳng định ủng hộ các doanh nghiệp Việt Nam.",
        "Belarus và Việt Nam ký hiệp định thương mại\nBộ trưởng cho biết [[phía Trắng]] sẽ mua thêm cà phê.",
        "Việt Nam và New Zealand ký kết ba văn kiện\n[[Phía Tân]] khẳng định coi trọng quan hệ với Việt Nam.",
        "Việt Nam và Ukraine ký kết ba văn kiện\n[[Phía Wu]] cảm ơn sự hỗ trợ nhân đạo của Việt Nam.",
        "Việt Nam và Ấn Độ ký kết năm văn kiện\n[[Bên Ấn]] cam kết mở thêm đường bay thẳng tới Việt Nam.",
        "Việt Nam và Nga ký kết bốn văn kiện\n[[Nga phương]] khẳng định sẵn sàng cung cấp thêm phân bón.",
        "Lãnh đạo tỉnh Quảng Ninh làm việc với đoàn Quảng Tây.\n"
        "Hai bên thống nhất lịch họp; [[Việt phương]] cũng đề xuất mở thêm luồng xanh.",
        "Việt Nam và Ba Lan ký kết ba văn kiện\nHai bên nhất trí, [[Ba phương]] sẽ hỗ trợ đào tạo kỹ sư.",
        "Việt Nam và Ấn Độ ký kết năm văn kiện\nBộ trưởng đề nghị [[Ấn phương]] quan tâm tới nông sản Việt Nam.",
        "Việt Nam và Nhật Bản ký kết hai văn kiện\n[[Nhật phương]] chủ động đề xuất nâng cấp cảng Cái Mép.",
        "Việt Nam gặp Hàn Quốc ở chung kết\nBước vào trận, [[Hàn phương]] nhập cuộc tốt hơn.",
        "Việt Nam và Đức ký thỏa thuận về lao động\n[[Đức phương]] siết chặt điều kiện cấp thị thực từ năm tới.",
    )
    quiet = (
        "Belarus và Việt Nam tăng cường hợp tác; phía Belarus cam kết hỗ trợ.",
        "Chiếc áo trắng của cô dâu được may ở Hà Nội; Nhà Trắng ra thông báo.",
        "Việt Nam và Pháp ký thỏa thuận\nCa sĩ mặc váy White trong đêm nhạc; chính phủ trắng án cho ông.",
        "Việt Nam và Pháp ký thỏa thuận\nLuật sẽ có hiệu lực năm sau; bên luật sư của Pháp đồng ý; "
        "phía Việt Nam hoan nghênh.",
        "Việt Nam và Hàn Quốc ký kết năm văn kiện\nPhía Hàn cam kết tăng vốn; gió thổi từ phía Tây sang.",
        "Việt Nam và Pháp ký kết năm văn kiện\nPhía Ấn Độ chưa có ý kiến; phía Nhật cũng vậy.",
        "Việt Nam và Bồ Đào Nha ký kết ba văn kiện\nThủ tướng Bồ Đào Nha Luís Montenegro đón đoàn Việt Nam.",
        "Việt Nam và Tây Ban Nha ký kết ba văn kiện\nTây phương và Đông phương gặp nhau; Đa phương là hướng đi.",
        "Người Việt phương xa luôn hướng về quê hương; tiếng Việt phương ngữ Nam Bộ có nhiều từ riêng.",
        "Việt Nam và Pháp ký kết ba văn kiện\nNga phương cam kết hỗ trợ; Pháp phương án mới chưa công bố.",
        "Việt Nam và Nhật Bản ký kết hai văn kiện\nĐa phương chủ nghĩa là xu thế; người Việt phương xa chủ động về.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """:meth:`_check` of the segments where it may find something, with what :meth:`check` finds out
        segment by segment taken from one scan of the article text each: the patterns whose needles a
        segment holds, its bare readings (a match of _bare_words never spans a line)."""
        literal_vi, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic_of(ctx)))
        lines = content_lines(ctx)
        patterns_at: dict[int, set[str]] = {}  # segment index → the patterns whose needles it holds
        for pattern, needles in _needles(literal_vi, literal_en).items():
            for seg in _segments_for(ctx, pattern, needles):
                patterns_at.setdefault(seg.index, set()).add(pattern)
        words = matches_by_line(_bare_words(), lines.text, lines.starts)
        for seg, found, offset in zip(lines.segments, words, lines.starts, strict=True):
            patterns = patterns_at.get(seg.index)
            if patterns is None and not found:
                continue  # most segments: no needle, no bare reading
            bare = list(_bare_parties(seg.text, found, offset)) if found else []
            if patterns or bare:  # a bare reading after no party noun ('Ủy ban') needs no further look
                yield from self._check(seg, ctx, patterns or set(), bare)
        yield from self._phuong_in(ctx, lines)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        literal_vi, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic_of(ctx)))
        text = seg.text
        patterns = {p for p, needles in _needles(literal_vi, literal_en).items() if _holds_any(text, needles)}
        yield from self._check(seg, ctx, patterns, _bare_parties(text, _bare_words().finditer(text)))
        yield from self._phuong(seg, topic_of(ctx), ctx)

    def _check(
        self, seg: Segment, ctx: DocContext, patterns: Set[str], bare: Iterable[tuple[int, int, int, str]]
    ) -> Iterator[Hit]:
        """The findings in ``seg`` of ``patterns`` (the others cannot match in it) and of ``bare`` (its party
        nouns with a bare reading)."""
        topic = topic_of(ctx)
        gz = gazetteer()
        text = seg.text
        regs = _party_regexes()
        rx, table = regs["lit_vi"]
        for m in rx.finditer(text) if "lit_vi" in patterns else ():
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            if iso in topic.countries and _party_end(text, m.end()):
                fix = text[m.start() : m.start("w")] + gz.name_of(iso)
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(),
                    f"'{m['w']}' translates the abbreviation {gz.countries[iso].abbr} of {gz.name_of(iso)} literally",
                    suggestion=fix,
                    confidence=0.85,
                )
        rx, table = regs["lit_vi_cap"]
        for m in rx.finditer(text) if "lit_vi_cap" in patterns else ():
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            nxt = next_word(text, m.end())
            if iso not in topic.countries or nxt[:1].isupper() or not _party_end(text, m.end()) or nxt in _GAME_VERBS:
                continue  # a name goes on ('phía Cát Bà'), another compound, or a game's side ('phía Trắng thắng')
            if text.startswith("bên", m.start()) and _person_like(m["w"]):
                continue  # 'ngồi bên Băng' (beside a person named Băng)
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                _side_message(m["w"], iso),
                suggestion=text[m.start() : m.start("w")] + _named_as(ctx, iso),
                confidence=0.8,
            )
        rx, table = regs["lit_en"]
        for m in rx.finditer(text) if "lit_en" in patterns else ():
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            prev = prev_word(text, m.start())
            if iso not in topic.countries or (
                _is_foreign(prev) and prev[:1].isupper() and not _sentence_start(text, m.start() - len(prev) - 1)
            ):
                continue  # part of an English name: 'Snow White'
            if not _is_vi_context(next_word(text, m.end())):
                continue
            fix = _cap("phía", m["w"] if _sentence_start(text, m.start()) else "p") + f" {gz.name_of(iso)}"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m['w']}' translates the abbreviation {gz.countries[iso].abbr} "
                f"of {gz.name_of(iso)} (the {gz.name_of(iso)} side)",
                suggestion=fix,
                confidence=0.85,
            )
        rx, table = regs["subject"]
        for m in rx.finditer(text) if "subject" in patterns else ():
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            nxt = next_word(text, m.end())
            if iso in topic.countries and _sentence_start(text, m.start()) and nxt in _SIDE_VERBS:
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(),
                    _side_message(m["w"], iso),
                    suggestion=f"Phía {gz.name_of(iso)}",
                    confidence=0.8,
                )
        table = _bare_readings()
        for start, w_start, end, w in bare:
            if any(mm.start == w_start for mm in mentions_of(ctx, seg)) or next_word(text, end)[:1].isupper():
                continue  # "phía Việt Nam", a personal name
            sourced = _source_pick(seg, w, table[w], topic)  # the record's source writes the side: 柬方 'phía Giản'
            if sourced is None and not _party_end(text, end):
                continue  # a compound
            iso = sourced or _topic_pick(w, table[w], topic)
            if iso != HOME and topic.counts[iso] == 0 and sourced is None:
                continue  # 'phía Bí' in no article about Peru: a reading counts only beside its country's name
            if text[start:w_start].rstrip() in ("bên", "Bên") and _person_like(w):
                continue  # 'bên A' (a contract's party A), 'ngồi bên Thụy' (beside a person named Thụy)
            yield self.hit(
                seg,
                start,
                end,
                f"'{w}' is the bare Hán-Việt abbreviation of {gz.name_of(iso)}",
                suggestion=text[start:w_start] + gz.name_of(iso),
                confidence=0.7,
            )
        rx, table = regs["short"]
        for m in rx.finditer(text) if "short" in patterns else ():
            sourced = _source_pick(seg, m["w"], table[m["w"]], topic)
            iso = sourced or _topic_pick(m["w"], table[m["w"]], topic)
            if next_word(text, m.end())[:1].isupper() or (
                sourced is None and (iso not in topic.countries or not _party_end(text, m.end()))
            ):
                continue  # only the article's own parties: "phía Mông" in an article about Mongolia, or the record's
            if text.startswith("Bên", m.start()) and not _side_subject(text, m.start(), m.end()):
                continue  # 方 read 'bên' counts as the sentence's subject only ('Bên Ấn đánh giá …')
            how = "romanised" if m["w"] in gz.countries[iso].romanised else "Hán-Việt"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m['w']}' alone is the {how} abbreviation {gz.countries[iso].abbr} of {gz.name_of(iso)}: "
                f"as a party it is written in full",
                suggestion=text[m.start() : m.start("w")].replace("Bên", "Phía") + gz.name_of(iso),
                confidence=0.7,
            )
        rx, table = regs["side"]
        for m in rx.finditer(text) if "side" in patterns else ():
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            if m["w"] not in gz.forms and topic.counts[iso] == 0:
                continue
            if _is_foreign(prev_word(text, m.start())) and not prev_word(text, m.start())[:1].isupper():
                continue  # an English sentence: "on the Cambodia side"
            fix = _cap("phía", m["w"] if _sentence_start(text, m.start()) else "p") + f" {gz.name_of(iso)}"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m.group()}' calques Chinese '{gz.countries[iso].abbr}方'",
                suggestion=fix,
                confidence=0.9,
            )
        rx, table = regs["title"]
        name_starts: dict[int, int] | None = None  # where the segment's country names start and end
        for m in rx.finditer(text) if "title" in patterns else ():
            if m.start() and text[m.start() - 1].isalnum():
                continue
            if name_starts is None:
                name_starts = {c.start: c.end for c in find_mentions(text)}
            if name_starts.get(m.start("w"), 0) > m.end("w"):
                continue  # the reading starts a country's name: 'Thủ tướng Bồ Đào Nha' (Đào is also a surname)
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            name = gz.name_of(iso)
            title = text[m.start() : m.start("w")].rstrip()
            if title == "Chủ tịch" and iso == HOME:
                title = "Chủ tịch nước"  # the Vietnamese head of state
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m['w']}' is the bare Hán-Việt abbreviation of {name}",
                suggestion=f"{title} {name}",
                confidence=0.7,
            )

    def _phuong_in(self, ctx: DocContext, lines: ContentLines) -> Iterator[Hit]:
        """:meth:`_phuong` of the segments where a country's reading stands before 'phương', found in one pass
        over the article text (most segments with 'phương' hold 'địa phương' or 'phương án')."""
        if not lines.one_line_each:
            for seg in segments_containing(ctx, (_PHUONG,)):
                yield from self._phuong(seg, topic_of(ctx), ctx)
            return
        table, pairs = _phuong_readings(), _phuong_pair_ends()
        found: set[int] = set()
        for s, _, w in _words_before_phuong(lines.text):
            if w in table or w in pairs or w in _BLOC_PHUONG:
                found.add(lines.segment_at(s))
            elif capitalised(w) in table and "方" in (lines.segments[k := lines.segment_at(s)].source or ""):
                found.add(k)  # a lowercase reading, a side where the source writes one ('ý phương', 意方)
        for k in sorted(found):
            yield from self._phuong(lines.segments[k], topic_of(ctx), ctx)

    def _phuong(self, seg: Segment, topic: Topic, ctx: DocContext | None = None) -> Iterator[Hit]:
        """'Trung phương đề nghị …': the Hán-Việt abbreviation of a country the article names and 方 read
        'phương', as a party (what follows is what follows a party); Vietnamese writes 'phía Trung Quốc'. The EU's
        'Âu phương' likewise where the article names the EU."""
        gz = gazetteer()
        text = seg.text
        table = _phuong_readings()
        pairs = _phuong_pairs()
        for start, end, word in _words_before_phuong(text):
            lowercase = False
            if word in _BLOC_PHUONG:
                yield from self._bloc_phuong(seg, start, end, word, ctx)
                continue
            before = prev_word(text, start)
            pair = f"{before} {word}"
            if pair in pairs and text[start - len(pair) + len(word) : start] == f"{before} ":
                start, word, iso = start - len(before) - 1, pair, pairs[pair]  # 'Ấn Ni phương' (印尼方)
            elif word in table:
                iso = _topic_pick(word, table[word], topic)
            elif word[:1].islower() and capitalised(word) in table:
                # the reading written lowercase, as the word it also is (意方 'ý phương': 'ý' is 'idea', 德 'đức'
                # 'virtue'): a side only where the record's Chinese source writes that side and the article names the
                # country (立方米 'mét lập phương' is a cubic metre, 古方 'cổ phương' an old remedy: no Lithuania, no
                # Cuba; leftovers65)
                iso = _source_pick(seg, capitalised(word), table[capitalised(word)], topic)
                if iso is None or not (iso == HOME or iso in topic.countries or topic.counts[iso] > 0):
                    continue
                if not _opens_side(text, start):
                    continue  # after a noun or a number it is a word's part ('khối lập phương', 'mét lập phương')
                lowercase = True
            else:
                continue
            # only a country the article names: 'Nga phương' in no article about Russia; Việt Nam is a party of
            # any Vietnamese story, a domestic one that names it only through its offices too ('Việt phương đề nghị')
            named = iso == HOME or iso in topic.countries or topic.counts[iso] > 0 or _source_side(seg, iso)
            if not named or not (
                _party_end(text, end)
                or next_word(text, end) in _AFTER_SIDE_PHUONG
                or (
                    _SIDE_OWNER.search(text, max(0, start - 24), start)
                    and next_word(text, end).rstrip(".,;:!?") not in _PHUONG_WORD_ENDS
                )
            ):
                continue
            if (next_word(text, end)[:1].isupper() and not _official_named_after(text, start, end)) or any(
                mm.start == start and mm.end > start + len(word) for mm in find_mentions(text)
            ):
                continue  # a name goes on ('Trung phương Nam …') or the reading starts a longer country name
            # (a lowercase reading's fix names the country as the document does: 'phía Ý' where it writes 'Ý')
            name = (
                _named_as(ctx, iso, ("name", "form", "variant"))
                if lowercase and ctx is not None
                else as_written(ctx, gz.name_of(iso))
            )
            yield self._side_hit(seg, start, end, gz.countries[iso].abbr, name, 0.85)

    def _bloc_phuong(self, seg: Segment, start: int, end: int, word: str, ctx: DocContext | None) -> Iterator[Hit]:
        """'Âu phương' (欧方) as a party, in an article that names the EU (its own words, beside this segment)."""
        name, abbr, names = _BLOC_PHUONG[word]
        text = seg.text
        article = ctx.memo("content-text", content_text) if ctx is not None else text
        if not any(n in article for n in names):
            return
        before = text[:start].rstrip()
        if before and before[-1].isalnum() and prev_word(text, start) not in _BLOC_SIDE_BEFORE:
            return  # after a noun it is a style ('kiến trúc Âu phương', European-style): a side opens its clause
        if (
            not (_party_end(text, end) or next_word(text, end) in _AFTER_SIDE_PHUONG)
            or next_word(text, end)[:1].isupper()
        ):
            return
        yield self._side_hit(seg, start, end, abbr, name, 0.8)

    def _side_hit(self, seg: Segment, start: int, end: int, abbr: str, name: str, confidence: float) -> Hit:
        """'<reading> phương' at ``start:end`` for Chinese '<abbr>方': 'phía <name>' ('Phía' opening a sentence)."""
        text = seg.text
        return self.hit(
            seg,
            start,
            end,
            f"'{text[start:end]}' calques Chinese '{abbr}方' (the {name} side)",
            suggestion=("Phía" if _sentence_start(text, start) else "phía") + f" {name}",
            confidence=confidence,
        )


# An official's word before the calque and a person's full name after it: 韩方官员朴成民 'Quan chức Hàn phương Piao
# Chengmin' (the side's official, then his name; misses31); the capitalised word after is no longer name's part
_OFFICIAL_BEFORE = re.compile(
    r"(?<!\w)(?i:quan chức|đại diện|người phát ngôn|phát ngôn viên|chuyên gia|lãnh đạo|trưởng đoàn|đại sứ|"
    r"bộ trưởng|thứ trưởng|giám đốc|chủ tịch)\s+$"
)
_FULL_NAME_AFTER = re.compile(r"\s+[A-ZĐ][^\W\d_]*(?:[- ][A-ZĐ][^\W\d_]*)+")


def _official_named_after(text: str, start: int, end: int) -> bool:
    """An official's word right before the calque at ``start:end`` and a name of two capitalised words or more
    right after it: the side's official, then his name."""
    return bool(_OFFICIAL_BEFORE.search(text, max(0, start - 24), start) and _FULL_NAME_AFTER.match(text, end))


@functools.cache
def _phuong_readings() -> dict[str, str]:
    """Countries' Hán-Việt abbreviations ('Trung', 'Mông', 'Nga') by reading, but those that make an ordinary
    word with 'phương'."""
    gz = gazetteer()
    return {h: c.iso for c in gz.countries.values() for h in c.hanviet_all if h not in _NOT_SIDE_PHUONG}


@functools.cache
def _phuong_pairs() -> dict[str, str]:
    """Two-syllable Hán-Việt readings of countries' two-character Chinese short names (印尼 'Ấn Ni', 沙特 'Sa Đặc';
    countries.zh_short.tsv, read in places.cldr.tsv) by reading: before 'phương' they are 方 'side' too."""
    short = {zh: iso for zh, iso in zh_short_names() if len(zh) == 2}
    return {
        r["calque"]: short[r["zh"]]
        for r in read_tsv("places.cldr.tsv")
        if r["zh"] in short and len(r["calque"].split()) == 2
    }


@functools.cache
def _phuong_pair_ends() -> frozenset[str]:
    """The last syllables of :func:`_phuong_pairs` (the word right before 'phương')."""
    return frozenset(p.split()[1] for p in _phuong_pairs())


_PHUONG = " phương"


# Words after which a lowercase reading opens a side's clause ('cho biết ý phương …', 'rằng đức phương …')
_LOWER_SIDE_BEFORE = _BLOC_SIDE_BEFORE | frozenset("biết nói là thấy định bố".split())


def _opens_side(text: str, start: int) -> bool:
    """A lowercase reading at ``start`` opens a side: at the start or after punctuation, after a word that opens a
    clause (:data:`_LOWER_SIDE_BEFORE`), or after a side's owner ('đại diện ý phương')."""
    before = text[:start].rstrip()
    return (
        not before
        or not before[-1].isalnum()
        or prev_word(text, start) in _LOWER_SIDE_BEFORE
        or _SIDE_OWNER.search(text, max(0, start - 24), start) is not None
    )


def _source_side(seg: Segment, iso: str) -> bool:
    """The segment's Chinese source writes the country's side, its abbreviation and 方 ('日方将再捐赠 …' behind
    'Nhật phương sẽ tặng …'): the side is the record's own, named or not elsewhere in the article."""
    abbr = gazetteer().countries[iso].abbr
    return bool(seg.source and abbr and f"{abbr}方" in seg.source)


def _source_pick(seg: Segment, surface: str, iso: str, topic: Topic) -> str | None:
    """The country whose side the segment's Chinese source writes (its abbreviation and 方: 柬方 behind 'phía Giản')
    among those the reading ``surface`` can stand for (``iso``, or its homographs: 'Tân' is 新 Singapore's and New
    Zealand's), the one the article names where the source fits several; None when it writes no such side, or one
    the article cannot tell (the source's 新方 in a record that names neither country)."""
    if not seg.source or "方" not in seg.source:
        return None
    sides = [c for c in _abbr_homographs().get(surface, (iso,)) if _source_side(seg, c)]
    if len(sides) > 1:
        sides = [c for c in sides if topic.counts[c] > 0]
    return sides[0] if len(sides) == 1 else None


def _words_before_phuong(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each whole word 'phương' and the whole word before it: the literal found first
    (a find is cheaper than a pattern's scan of every segment)."""
    pos = text.find(_PHUONG)
    while pos != -1:
        end = pos + len(_PHUONG)
        if end == len(text) or not (text[end].isalnum() or text[end] in "-_"):
            start = pos
            while start and text[start - 1].isalnum():
                start -= 1
            if start < pos and (start == 0 or text[start - 1] not in "-_"):
                yield start, end, text[start:pos]
        pos = text.find(_PHUONG, end)
