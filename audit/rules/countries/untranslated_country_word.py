"""C105: an English country name or adjective left in Vietnamese text ('Tổng thống Belarussian', 'Germany'), or a
continent's or region's ('các nhà sản xuất European', 'references/en_regions.tsv')."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from audit.lang.countries import Mention, gazetteer, next_word, prev_word, trie_pattern
from audit.lang.english import en_zipf
from audit.lang.hanviet import syllable_key as syllable_key_of
from audit.lang.langid import vietnamese_share
from audit.lang.people import folded_surnames, surnames
from audit.lang.person_roles import role_before
from audit.lang.resources import read_lines, read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules._prefilter import content_text, segments_matching, word_set
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.countries.context import _is_foreign, _is_vi_context, _segments_with, mentions_of
from audit.rules.countries.english_vn_place import english_places_in, may_hold_place, place_pattern
from audit.rules.language.wrong_language_segment import _VI_SHARE, WrongLanguageSegment
from audit.rules.registry import register

# English words that follow a country word inside a proper name ("Korean Air", "China Daily").
_ORG_WORDS = frozenset(
    "Air Airlines Airways Daily Times Post News Herald Telecom Mobile Bank Group Open Cup Motors Express "
    "Railway Railways Television TV Radio Broadcasting Red National Grand Prix League Super Premier Masters "
    "Today Global Energy Oil Petroleum Steel Airport University Institute Foundation Association Federation "
    "Football Team Academy Investment Development Fund Tour Idol Got Talent Music Film Awards Town Street "
    "Food Restaurant House Style Fashion Week Cuisine Kitchen Pavilion Center Centre Sea Report Review Journal "
    "Magazine Insider Tourism Travel Expo Summit Forum Motor Holdings Corporation Corp Company Ltd JSC Inc Co "
    "Partners Capital Securities Trade Trading Logistics Pharma Medical Hospital School College Society Council "
    "Chamber Embassy Club Championship Championships Games Marathon Next Top Model Star Stars Voice Kids Airline "
    "Cinema Online Times Net Plus Pay Tech Digital Media Press Agency".split()
)


_QUOTE_OPENERS = frozenset("'‘\"“«")
_CLAUSE_MARKS = frozenset(",;:.!?")
_EN_NAME_WORD = 3.0  # Zipf: 'Air', 'Lady', 'Wells', 'Open' make English names with an adjective; 'Temasek' does not


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _org_brand(word: str) -> bool:
    """A CamelCase brand made with one of the name words ('AirAsia', 'AirBridge', 'KasikornBank'): the rest of a
    name after the country word ('Thai AirAsia', 'Indonesia AirAsia'), as 'Air' alone is ('Korean Air')."""
    parts = _CAMEL_PART.findall(word)
    return len(parts) > 1 and "".join(parts) == word and any(p in _ORG_WORDS for p in parts)


def _before_a_name(prev: str, nxt: str) -> bool:
    """An English adjective between a Vietnamese word and a name that is no English word ('quỹ đầu tư Singaporean
    Temasek'): it qualifies the name in the Vietnamese sentence, it is not part of an English name."""
    return _is_vi_context(prev) and en_zipf(nxt.lower()) < _EN_NAME_WORD


_OFFICE_BEFORE = re.compile(
    r"(?:Tổng thống|Thủ tướng|Chủ tịch|Bộ trưởng|Ngoại trưởng|Đại sứ|Quốc hội|Chính phủ|Nhà nước|Hoàng gia|"
    r"Quốc vương|Nữ hoàng|phía|nhân dân|"
    # a minister with the portfolio's name: 'Bộ trưởng Ngoại giao', 'Thứ trưởng Khoa học và Công nghệ'
    r"(?:Bộ trưởng|Thứ trưởng)\s+[A-ZĐ]\w*(?:\s+\w+){0,4})\s+$"
)


@functools.cache
def en_regions() -> dict[str, tuple[str, bool]]:
    """English continent and region words → (Vietnamese name, is an adjective) (``en_regions.tsv``)."""
    return {r["en"]: (r["vi"], r["kind"] == "adj") for r in read_tsv("en_regions.tsv")}


@functools.cache
def _region_pattern() -> re.Pattern[str]:
    """The region words as whole words, longest first ('Southeast Asian' before 'Asian'): a trie whose words
    start with their literal first letter (re skips ahead to a capital)."""
    return re.compile(r"(?:" + trie_pattern(en_regions(), guard=r"(?<![\w-].)") + r")(?![\w-])")


@functools.cache
def _region_last_words() -> frozenset[str]:
    """The last word of each region word, in lowercase ('asian' of 'Southeast Asian')."""
    return frozenset(re.findall(r"\w+", en)[-1].lower() for en in en_regions())


def may_hold_region(word_set: set[str]) -> bool:
    """Whether a text whose lowercase words (runs of ``\\w``) are ``word_set`` may hold a match of
    :func:`_region_pattern`: a match ends before no word character and its last word starts after a space or after
    no word character, so that word is one of the text's words. A set test instead of scanning the article for each
    region's stem (most articles name no region in English)."""
    return not _region_last_words().isdisjoint(word_set)


# The capitalised head of an institution's name: the English adjective after it is the rest of that name, kept
# as it is ('Đại học American' for American University, in Washington, Cairo or Beirut), not a qualifier
_INSTITUTION_BEFORE = re.compile(r"(?:^|[^\w])(?:Đại học|Học viện|Trường|Viện|Bảo tàng|Thư viện|Nhà hát|Bệnh viện)\s+$")
_PLURAL_BEFORE = re.compile(r"(?:các|những|nhiều)\s+(?:trường\s+)?\S+(?:\s+\S+)?\s+$", re.IGNORECASE)


def _institution_name(before: str) -> bool:
    """The text before an English adjective ends in an institution's capitalised head that starts a name, not
    a plural ('các trường Đại học American' is American universities)."""
    return bool(_INSTITUTION_BEFORE.search(before)) and not _PLURAL_BEFORE.search(before)


@register
class UntranslatedCountryWord(SegmentRule):
    code = "C105"
    name = "untranslated-country-word"
    category = "accuracy/untranslated"
    severity = Severity.MINOR
    summary = "An English country name or adjective, or a Vietnamese place in English, in Vietnamese text ('Hanoi')"
    why = (
        "MT leaves English country words untranslated. Vietnamese uses the country name for the adjective "
        "too ('Tổng thống Belarus'). An English adjective is a major error, an English name a minor one; "
        "words inside English names ('Korean Air', 'Vietnam Airlines'), quotes or brackets are left alone, but for a "
        "country's name alone in brackets after words that are not its Vietnamese name ('châu Âu (Netherlands)': "
        "no gloss of 'Hà Lan (Netherlands)'); in a sentence about a country's names ('tên gọi', 'đổi tên', 'tên "
        "chính thức') its English names are quoted as names. A Vietnamese name's last syllable without its mark after "
        "a surname ('Trần Quốc Thai' for Thái), or its surname before another syllable ('Thai Van Minh'), is the "
        "name's (T101's), not the English adjective. A Vietnamese place left as an English source writes it ('Hanoi', "
        "'Ho Chi Minh City', 'Mekong Delta': references/vn_places.en.tsv) or a province's or city's name without its "
        "marks ('Can Tho', 'Quang Ninh') in a sentence written with marks is minor too, suggesting the Vietnamese "
        "name; not inside a longer name ('Vũ Quang Nam', 'Hanoi FC'), after an honorific ('chị Hoa Binh') or an "
        "English word (an English phrase), in quotes, brackets or a link, nor glossed by its Vietnamese name; an "
        "unmarked name after a person's occupation is a given name ('ca sĩ Thanh Hoa', 'học viên Quang Nam'). "
        "An adjective between an office or an occupation, a sport's too ('tay vợt', 'tiền đạo'), and a full name is "
        "the person's country ('tay vợt Polish Iga Swiatek'), not part of an English name. A whole sentence in "
        "English is L102's finding, not this rule's."
    )
    fires = (
        "Tổng thống [[Cambodian]] Hun Sen tiếp đoàn đại biểu Việt Nam.",
        "Hai nước Việt Nam và [[France]] ký hiệp định về giáo dục.",
        "Tập đoàn [[Japanese]] Sumitomo Mitsui rót vốn vào dự án.",
        "Nhà khoa học [[Brazilian]] Ana Souza làm việc tại Rio de Janeiro.",
        "Thuế mới bảo vệ các hãng dệt may [[Southeast Asian]] trước hàng nhập khẩu giá rẻ.",
        "Giá cà phê tại thị trường [[Africa]] tăng mạnh trong quý III.",
        "Chính phủ [[Zambian]] cam kết hỗ trợ nông dân trồng ngô.",
        "Ứng dụng hỗ trợ tiếng [[Norwegian]] và tiếng Phần Lan.",
        "Khu vực máy chủ: Bắc Âu ([[Sweden]]) hoặc Tây Âu ([[Belgium]]).",
        "Kim ngạch đạt 2 tỷ USD; [[Norway]] hiện có 40 dự án; ông khẳng định [[Austria]] coi trọng hợp tác.",
        "Bộ trưởng Quốc phòng [[Canadian]] David McGuinty thăm Hà Nội.",
        "Tay vợt [[Polish]] Iga Swiatek vào tứ kết; tiền đạo [[Norwegian]] Erling Haaland lập cú đúp.",
        "Đoàn doanh nghiệp sẽ thăm [[Ho Chi Minh City]] và [[Can Tho]] vào tuần tới.",
    )
    quiet = (
        "Hãng Korean Air mở đường bay mới; đội tuyển Miss Vietnam lên đường; sữa Dutch Lady giảm giá.",
        "Tên tiếng Anh của nước này là (Cambodia); Belarus và Lithuania ký hiệp định.",
        "Đội tuyển dự Asian Games và giải European Championship; Ngân hàng Phát triển châu Á (Asian Development Bank).",
        "Bà là giảng viên Đại học American ở Beirut.",
        "Đội tuyển Thụy Điển (Sweden) gặp Na Uy (Norway) ở bán kết.",
        "Ông Trần Quốc Thai, Phó Giám đốc Sở, cho biết.",
        "Kỹ sư Thai Van Minh cho biết công trình sẽ xong trong năm nay.",
        "Từ năm 2019, Bắc Macedonia dùng tên gọi North Macedonia thay cho Macedonia trong các văn bản quốc tế.",
        "Nhãn hàng hóa phải có tiếng Nga và tiếng Kazakh; người Kazakh chiếm đa số ở tỉnh này.",
        "Ba doanh nghiệp được chọn vào chương trình AWS Startup Accelerator: Southeast Asia.",
        "Ông Vũ Quang Nam cho biết; đội Hanoi FC thắng; Hà Nội (Hanoi) là thủ đô; trang hanoi.gov.vn cập nhật.",
        "Họa sĩ Thanh Hoa bày tranh ở Huế; cầu thủ Quang Nam ghi bàn; rượu mang tên Ben Tre Coconut.",
        "Giá gạo giảm mạnh trong tháng qua.\nThailand's rice exports rose while Cambodian growers held stocks.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        segments = {seg.index: seg for seg in _segments_with(ctx, "en", "en_adj")}
        text = ctx.memo("content-text", content_text)
        if may_hold_region(word_set(ctx)):  # most articles name no region in English
            segments.update((seg.index, seg) for seg in segments_matching(ctx, _region_pattern()))
        if may_hold_place(word_set(ctx), text):  # most articles hold no form's words: their scan is spared
            segments.update((seg.index, seg) for seg in segments_matching(ctx, place_pattern()))
        for index in sorted(segments):
            yield from self.check(segments[index], ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        if vietnamese_share(seg.text) < _VI_SHARE and any(WrongLanguageSegment().check(seg, ctx)):
            return  # a whole sentence in English, which L102 flags: its country names are English (adversary70)
        gz = gazetteer()
        mentions = mentions_of(ctx, seg)
        # a region word inside a country's is the country ('South African'); a country's inside a region's
        # is the region ('Latin America')
        regions = [
            r
            for r in _region_pattern().finditer(seg.text)
            if not any(m.start <= r.start() and r.end() <= m.end for m in mentions)
        ]
        found = [(r.start(), r.end(), r.group(), *en_regions()[r.group()]) for r in regions]
        found += [
            (m.start, m.end, m.text, gz.name_of(m.iso), m.kind == "en_adj")
            for m in mentions
            if m.kind in ("en", "en_adj") and not any(r.start() <= m.start and m.end <= r.end() for r in regions)
        ]
        bracketed = {m.start for m in mentions if m.kind == "en" and _bracketed_alone(seg.text, m, mentions)}
        naming = _NAMING.search(seg.text) is not None
        for start, end, word, name, adjective in sorted(found):
            if naming and not adjective:
                continue  # a sentence about the name itself: 'dùng tên gọi Türkiye thay cho Turkey'
            sev = Severity.MINOR if start in bracketed else _left_in_vietnamese(seg.text, start, end, adjective)
            if sev is not None:
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"English '{word}' left untranslated; Vietnamese: {name}",
                    suggestion=name,
                    severity=sev,
                    confidence=0.85,
                )
        for place in english_places_in(seg.text):
            word = seg.text[place.start : place.end]
            yield self.hit(
                seg,
                place.start,
                place.end,
                f"Vietnamese place '{word}' left as an English source writes it; Vietnamese: {place.vi}",
                suggestion=place.vi,
                severity=Severity.MINOR,
                confidence=0.8,
            )


# a sentence about a country's names ('đổi tên thành Türkiye', 'tên gọi Czechia thay cho Czech Republic', 'tên
# chính thức', 'tên tiếng Anh'): its English names are names quoted as names, not words left untranslated
_NAMING = re.compile(
    r"(?<!\w)(?:tên gọi|đổi tên|tên chính thức|tên tiếng Anh|tên quốc tế|tên cũ|tên mới)(?!\w)", re.IGNORECASE
)


_GLOSS_BEFORE = re.compile(r"(?:\b(?:là|tên|gọi|viết)|tiếng Anh|tiếng Anh là)\s*$")


def _bracketed_alone(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """An English country name alone in brackets that glosses nothing: '(Netherlands)' after 'châu Âu', not
    after the same country's Vietnamese name ('Hà Lan (Netherlands)') nor after 'là', 'tên' or 'tiếng Anh'
    ('Tên tiếng Anh của nước này là (Cambodia)')."""
    if not (0 < m.start and text[m.start - 1] == "(" and text[m.end : m.end + 1] == ")"):
        return False
    before = text[: m.start - 1].rstrip()
    if not before or _GLOSS_BEFORE.search(before):
        return False
    return not any(
        o.iso == m.iso and o is not m and o.end <= m.start and not text[o.end : m.start - 1].strip() for o in mentions
    )


# the words before a people's or a language's name ('tiếng Kazakh', 'người Kazakh', 'dân tộc Kazakh')
_PEOPLE_HEADS = frozenset(("tiếng", "Tiếng", "người", "Người", "tộc"))


@functools.cache
def vi_ethnonyms() -> frozenset[str]:
    """English names of peoples that Vietnamese writes as they are for the people and its language
    (``vi_ethnonyms.txt``)."""
    return frozenset(read_lines("vi_ethnonyms.txt"))


@functools.cache
def vi_language_names() -> frozenset[str]:
    """English country adjectives that Vietnamese keeps as a language's name after 'tiếng' ('tiếng Filipino';
    ``vi_language_names.txt``)."""
    return frozenset(read_lines("vi_language_names.txt"))


_TWO_WORDS_AFTER = re.compile(r"\s+(\w)[\w'-]*\s+(\w)")


def _full_name_after(text: str, end: int) -> bool:
    """Two capitalised words follow ``end``: a first and a family name ('Ana Souza'), not one ('Gref')."""
    m = _TWO_WORDS_AFTER.match(text, end)
    return m is not None and m[1].isupper() and m[2].isupper()


def _left_in_vietnamese(text: str, start: int, end: int, adjective: bool) -> Severity | None:
    """The severity of an English country or region word at ``text[start:end]`` left in a Vietnamese sentence,
    or None where it stands in an English name, a quote or brackets, or after 'tên'/'là' (or a name after
    'tiếng': the adjective of a language, 'tiếng Polish', is the language's English name left in)."""
    if start and text[start - 1] in _QUOTE_OPENERS:
        return None  # a word quoted as a term: "các nước 'Scandinavian'"
    if _ends_vietnamese_name(text, start) or _starts_vietnamese_name(text, start, end):
        return None  # a Vietnamese name's syllable without its mark ('Trần Quốc Thai', 'Thai Van Minh' for Thái)
    prev, nxt = prev_word(text, start), next_word(text, end)
    if _subtitle_of_english_name(text[max(0, start - 60) : start]):
        return None  # 'Google for Startups Accelerator: Southeast Asia': an English name's edition after its colon
    clause_start = prev[-1:] in _CLAUSE_MARKS  # 'USD; Denmark hiện có …': no English name runs across ';'
    if (
        (_is_foreign(prev) and not _is_vi_context(prev) and not clause_start)
        or prev in ("tên", "là")
        or (prev == "tiếng" and not adjective)  # 'tiếng Indonesia' is Vietnamese; 'tiếng Polish' is not
        or (prev in _PEOPLE_HEADS and text[start:end] in vi_ethnonyms())  # 'tiếng Kazakh', 'người Kazakh'
        or (prev in ("tiếng", "Tiếng") and text[start:end] in vi_language_names())  # 'tiếng Filipino', a language
        or text[:start].count("(") > text[:start].count(")")
    ):
        return None
    if text[:start].count('"') % 2 or text[:start].count("“") > text[:start].count("”"):
        return None
    if adjective and _institution_name(text[max(0, start - 40) : start]):
        return None  # the rest of an institution's name: 'Đại học American'
    bare = nxt.strip(".,;:!?)")
    # an office title, or a person's occupation before a name in full ('Nhà khoa học Brazilian Ana Souza'): the
    # adjective is the person's country; before one word it may be the person's own first name ('tiến sĩ German
    # Gref', 'bác sĩ French Anderson')
    office = bool(_OFFICE_BEFORE.search(text[max(0, start - 48) : start])) or (
        role_before(text, start) and _full_name_after(text, end)
    )
    # a lowercase English word after it makes an English phrase ('Danish design'), not a Vietnamese verb that is
    # also an English-looking string ('Czech coi Việt Nam là đối tác')
    if (
        bare in _ORG_WORDS
        or _org_brand(bare)
        or (bare and bare.islower() and _is_foreign(bare) and not _is_vi_context(bare))
    ):
        return None
    if bare[:1].isupper() and _is_foreign(bare) and not office and not _before_a_name(prev, bare):
        return None  # an English proper name: "sữa Dutch Lady", "giải Indian Wells"
    return Severity.MAJOR if adjective and (office or _is_vi_context(bare)) else Severity.MINOR


# two or more capitalised words right before a colon ('Startups Accelerator: ', 'Web Summit: ')
_NAME_BEFORE_COLON = re.compile(r"((?:[A-Z][A-Za-z]+ ){1,4}[A-Z][A-Za-z]+):\s*$")


def _subtitle_of_english_name(before: str) -> bool:
    """The text before a country or region word ends in an English name of two or more words and a colon: the word
    names the name's edition ('Google for Startups Accelerator: Southeast Asia', 'Forbes 30 Under 30: Asia'), part
    of the English name; not a Vietnamese label ('Thị trường chính: Germany') nor one English word ('EU: France')."""
    m = _NAME_BEFORE_COLON.search(before)
    return m is not None and all(_is_foreign(w) and not _is_vi_context(w) for w in m[1].split())


def _ends_vietnamese_name(text: str, start: int) -> bool:
    """The word at ``start`` ends a Vietnamese name: one to three capitalised Vietnamese syllables stand right before
    it, the first a Vietnamese surname as written ('Trần Quốc Thai', 'Nguyễn Văn Thai': 'Thai' is Thái without its
    mark), not an office or a common word ('Tổng thống Thai', 'Hoàng gia Thai')."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    words = before.split(" ")[:-1]
    run: list[str] = []
    while words and len(run) < 3 and words[-1][:1].isupper() and is_valid_syllable(words[-1]):
        run.insert(0, words.pop())
    while run and surnames().get(syllable_key_of(run[0])) != run[0]:
        run.pop(0)  # 'Đại sứ Trần Quốc': the name starts at its surname
    return bool(run)


def _starts_vietnamese_name(text: str, start: int, end: int) -> bool:
    """The word from ``start`` to ``end`` is a Vietnamese surname without its mark that starts a name written without
    marks: a capitalised syllable of plain letters follows it ('Kỹ sư Thai Van Minh' for Thái Văn Minh; not 'Thai
    Airways', 'Thai Prime Minister')."""
    if text[start:end].lower() not in folded_surnames() or text[end : end + 1] != " ":
        return False
    first = text[end + 1 : end + 30].split(" ", 1)[0].rstrip(",.;:")
    return first[:1].isupper() and first.isascii() and first.isalpha() and is_valid_syllable(first)
