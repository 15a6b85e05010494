"""N102: a Western name run through Chinese (parts joined by an interpunct, or turned into Hán-Việt)."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from audit.lang.cited_names import cited_old_name
from audit.lang.foreign_pinyin import EchoNames
from audit.lang.hanviet import fold, load
from audit.lang.japanese_names import japanese_hanviet_names, may_have_japanese
from audit.lang.mentions import (
    DOT,
    INTERPUNCT,
    country_names,
    hanviet_western_names,
    interpunct_names,
    may_have_hanviet_western,
    vietnamese_spelt,
)
from audit.lang.mentions.shared import foreign
from audit.lang.people import people
from audit.lang.pinyin import segmentations
from audit.lang.transliterated import latin_original, may_be_transliterated, transliterated_names
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines, segments_matching
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.companies import accepted, company_calques
from audit.rules.names.analyses import doc_runs, seg_runs
from audit.rules.organisations import organisation_ending_in, read_as_organisation
from audit.rules.registry import register


@register
class InterpunctName(SegmentRule):
    code = "N102"
    name = "name-via-chinese"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Western name run through Chinese: parts joined by an interpunct '•'/'·' or turned into Hán-Việt"
    why = (
        "Chinese writes foreign names as characters separated by '·' (赫尔曼·范龙佩); MT through Chinese "
        "leaves that dot and Hán-Việt syllables inside a Western name ('Xi Hê • Rompuy' for Herman Van "
        "Rompuy). Vietnamese writes the name in its own Latin spelling. A part with an acute, a grave or a "
        "tilde that no Vietnamese syllable spells ('José', 'António') is Latin too; one with a mark only "
        "Vietnamese writes ('Hê', 'Lượng') or a Vietnamese syllable ('Lý') is Hán-Việt. Two parts all in "
        "Hán-Việt on either side of the dot are a name too when most syllables read characters Chinese picks for "
        "sounds (斯 Tư, 哈 Cáp, 曼 Mạn …) and two are no common Vietnamese name syllable ('Đức Lỗ · Vi Tư Mạn' "
        "德鲁·韦斯曼 Drew Weissman; 'A' 阿 is a syllable there, not an initial), or, with the dot unspaced as Chinese "
        "writes it and a title or honorific before (or a role in a company named by its kind, field and country: "
        "'Phó Chủ tịch tập đoàn năng lượng Thái Lan …'), when one syllable reads such a character and one is no "
        "common name syllable ('bà An Na·Khải Lặc' 安娜·凯勒; a byline or a list spaces its dots), with the Latin name "
        "the document writes for the family name the last part spells ('Hán Tây · Phất Lý Khắc' beside 'Hansi "
        "Flick'); the part before the dot is the whole run of syllables after its country or title ('Ý An Đông Ni "
        "Áo·…' 安东尼奥 Antonio), and each part is read whole, up to six syllables, when its run is one name ('Ân Lợi "
        "Khắc·Y Cách Lai Tây Á Tư' 恩里克·伊格莱西亚斯 Enrique Iglesias; not into a place or a country after it); "
        "a lowercase particle may open the part after the dot ('Ruud·van Nistelrooy'); a given name alone of a "
        "known person ('Lộ Dịch Tư' 路易斯 Luís) names no one, nor does a Vietnamese given-name syllable alone "
        "('Minh' of 'Minh Ni Áo·…' is no Latin part). Without the dot, a run of three or more "
        "capitalised syllables (two after a title) that all read "
        "characters of the transcription tables, enough of them no common Vietnamese name syllable, is such a "
        "name too ('Tạp Lạc Tư' 卡洛斯 Carlos; minor: who is meant is not known), unless it is a country or a "
        "place ('Đan Mạch'), a Chinese monarch by dynasty and title ('Đường Thái Tông' 唐太宗), or part of a "
        "longer run of capitals ('Thành Cát Tư Hãn'); a country of two words "
        "before it is not part of it ('Thủ tướng Hà Lan Mã Khắc Lỗ Đặc'), a monarch's regnal number after it is ('Quốc "
        "vương Tạp Nhĩ Tam Thế' 卡尔三世 Charles III). Three or four such syllables with one "
        "rare one are a name right after a title or honorific when the first is no Vietnamese surname and none is "
        "'Thị' ('ông Kiệt Khắc Tốn' 杰克逊 Jackson). In an article that names Japan, one of the commonest Japanese "
        "family names read in Hán-Việt (japanese_surnames.tsv: 'Tá Đằng' 佐藤 Sato) then one or two given-name "
        "syllables, right after a title or honorific, is a Japanese name ('giáo sư Trung Thôn Chính'), but a family "
        "name whose first syllable is a Vietnamese surname ('Cao Kiều' 高桥), and one of common Vietnamese name "
        "syllables only before two ('Điền Trung' 田中); not in a sentence or an article of 1945 or before, when "
        "Vietnamese wrote them so ('Thủ tướng Y Đằng Bác Văn' 伊藤博文). Parts joined by the dot may carry Arabic "
        "particles ('Mohammed·bin·Salman')."
    )
    fires = (
        "Thủ tướng [[Mạch • Rutte]] của Hà Lan hội kiến Chủ tịch nước.",
        "Nhà văn [[Ernest · Hemingway]] từng sống ở Cuba.",
        "Huấn luyện viên [[José · Mourinho]] trả lời phỏng vấn.",
        "Tổng thống Mỹ [[Bái Đăng]] đã điện đàm với Chủ tịch nước.",
        "Thủ tướng Nhật Bản [[Ngạn Điền Văn Hùng]] đã tiếp Chủ tịch nước.",
        "Chủ tịch nước Lào [[Thông Luân • Tây Tô Lý]] hội đàm với Thủ tướng.",
        "Nhà văn [[Gabriel·García·Márquez]] từng sống ở Mexico.",
        "Cựu tiền đạo [[Ruud·van Nistelrooy]] tạm dẫn đội; thủ môn [[Lỗ Bản · A Lạp Mạc]] bắt chính.",
        "Nhà hóa học [[Mã Khắc · Tư Đặc Ni]] và vận động viên Hà Lan [[Ni Na · Cáp Đặc]] dự lễ.",
        "Tiền đạo [[Mẫu Ba Bội]] ghi bàn, còn ông [[Mễ Lặc]] chúc mừng đội bóng của Nga [[Phất Lạp Cơ Mễ Nhĩ]].",
        "Thái tử [[Mohammed·bin·Salman]] tiếp đoàn; Ngoại trưởng [[Abdullah · bin · Zayed · Al Nahyan]] dự tiệc.",
        "Đoàn chuyên gia Nhật Bản do giáo sư [[Trung Thôn Chính]] và tiến sĩ [[Điền Trung Hạo Nhị]] dẫn đầu.",
        "Theo bà [[Y Lệ·Tát Lặc]], hàng cứu trợ đã tới các xã ven biển.",
    )
    quiet = (
        "Thủ tướng Hà Lan Mark Rutte hội kiến Chủ tịch nước.",
        "Thời sự • Thế giới • Kinh tế",
        "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại Bali.",
        "Nhiệt độ 30 · 32 độ C.",
        "Từ khóa: World Cup · Lionel Messi · Argentina",
        "Công ty Du lịch Hoa Sen · Hotline 1900 1234 · Email: info@hoasen.vn",
        "Thủ tướng Nhật Bản Kishida Fumio và Thủ tướng Singapore Lý Hiển Long gặp nhau tại Tokyo.",
        "Ảnh: Minh Khuê · Thu Hà; Quỳnh Lan · Gia Kiệt; Hà Nội · Sa Pa · Lào Cai",
        "Ông Lý Văn Lâm và bà Mã Thị Lan dự lễ ở Đan Mạch; Thành Cát Tư Hãn lập nên đế quốc Mông Cổ.",
        "Sử cũ ca ngợi Đường Thái Tông, còn Đường Cao Tông nối ngôi năm 649.",
        "Đoàn Nhật Bản gặp ông Điền Trung Hạo, bà Thanh Thủy Tiên và ông Cao Kiều Minh ở Hà Nội.",
        "Ông Trung Thôn Chính dự hội chợ ở Pháp.",
        "Năm 1905, Phan Bội Châu sang Nhật Bản; Thủ tướng Y Đằng Bác Văn khi đó thân Pháp.",
        "Bà Lan·Anh Thư và ông Minh Khuê · Thu Hà dự lễ.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the segments with an interpunct or a run of words that may read a foreign name in Hán-Việt."""
        dotted = {s.index for s in segments_matching(ctx, DOT)}
        segments = content_lines(ctx).segments
        hanviet = {segments[k].index for k, runs in enumerate(doc_runs(ctx)) for _, w in runs if _may_have_name(w)}
        for seg in segments:
            if seg.index in dotted or seg.index in hanviet:
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        runs = seg_runs(ctx).get(seg.index, ())
        known = hanviet_western_names(seg.text, runs)
        found: list[tuple[int, int]] = [(h.start, h.end) for h in known]
        spans = {id(h): (h.start, h.end) for h in known}
        for m in interpunct_names(seg.text):
            found.append((m.start, m.end))
            overlapping = [h for h in known if h.start < m.end and m.start < h.end]
            for h in overlapping:  # the dotted name holds the known part: the whole name is the finding
                start = min(m.start, h.start)
                spans[id(h)] = (_given_name_start(seg.text, start, _given_syllables(h.name)), max(m.end, h.end))
            if overlapping:
                continue  # a known person's name read in Hán-Việt: found below, with the name
            best = (
                _western_match(m.parts)
                or _latin_rejoined(seg.text[m.start : m.end], m.parts)
                or _hanviet_parts_echoed(seg.text[m.start : m.end], ctx)
            )
            yield self.hit(
                seg,
                m.start,
                m.end,
                "name parts joined by a Chinese interpunct: a Western name run through Chinese",
                suggestion=best,
                confidence=0.9 if best else 0.7,
            )
        for h in known:
            start, end = spans[id(h)]
            yield self.hit(
                seg,
                start,
                end,
                f"'{seg.text[start:end]}' is the Hán-Việt reading of the Chinese name of {h.name}",
                suggestion=h.name,
                confidence=0.85,
            )
        japanese = japanese_hanviet_names(seg.text, runs, country_names())
        if japanese and _about_japan(ctx):  # the article-wide scan only where a segment holds such a name
            for j in japanese:
                if any(a < j.end and j.start < b for a, b in found) or _before_1946(ctx, seg, j.start):
                    continue
                found.append((j.start, j.end))
                yield self.hit(
                    seg,
                    j.start,
                    j.end,
                    f"'{seg.text[j.start : j.end]}' reads the Japanese family name {j.zh} ({j.romaji}) in Hán-Việt, as "
                    f"a Chinese name: write the Japanese name in romaji ('{j.romaji} …')",
                    confidence=0.7,
                )
        for t in transliterated_names(seg.text, runs):
            cut = organisation_ending_in(seg.text, t.start, t.end)
            if cut is not None:  # a body's calque runs into the name ('Mỹ Liên Trữ Bào Uy Nhĩ'): the name after it
                rest = seg.text[cut : t.end].split()
                if len(rest) < 2:
                    continue
                t = dataclasses.replace(t, start=t.end - len(" ".join(rest)), syllables=t.syllables[-len(rest) :])
            if any(a < t.end and t.start < b for a, b in found) or _glossed_latin(seg.text, t.start, t.end):
                continue
            span = seg.text[t.start : t.end]
            if _company(seg, t.start, t.end) or read_as_organisation(seg.text, t.start, t.end):
                continue  # a company's or a university's Chinese name in Hán-Việt ('Đặc Tư Lạp' Tesla): C107's
            original = latin_original(t.syllables, _latin_names(ctx).latin)
            if original:
                message = f"'{span}' is the Hán-Việt reading of the Chinese transcription of '{original}'"
            else:
                message = (
                    f"'{span}' reads like a foreign name written in Chinese characters and read in Hán-Việt: "
                    "write the name in its own Latin spelling"
                )
            yield self.hit(
                seg,
                t.start,
                t.end,
                message,
                suggestion=original,
                confidence=0.75 if original else 0.5,
                severity=Severity.MAJOR if original else Severity.MINOR,
            )


# a name in Latin letters (one to four capitalised words, no Vietnamese marks) in brackets right after the Hán-Việt
# transcription, or before it with the transcription in brackets: 'Ai Khắc Sâm (Elkeson)', 'Mã Khắc Tư (Karl Marx)',
# 'Elkeson (Ai Khắc Sâm)' (clean26 probe)
_LATIN_GLOSS = re.compile(r" ?\( ?([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3}) ?[),;]")
_LATIN_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3} ?\( ?$")
# or cited as the reading a text gave the name, after a verb of writing or naming: 'sách thời Nguyễn chép Canada là
# Gia Nã Đại, Mexico là Mễ Tây Cơ' (review32)
_LATIN_CITED = re.compile(
    r"(?<!\w)(?:chép|viết|ghi|gọi|phiên âm|dịch)\s[^.;!?]{0,50}?(?<!\w)[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3} "
    r"(?:là|thành) [\"“]?$"
)


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+) $")
_NOT_A_NAME_PART = frozenset({"Ông", "Bà", "Ngài", "Anh", "Chị", "Cô", "Ngoại", "Theo", "Khi", "Tại", "Với"})
_DOTS = "·•‧・∙"


def _given_syllables(name: str) -> int:
    """How many syllables Chinese gives the Latin given names of ``name`` at most: one a vowel group, and one more
    ('Anthony' 安东尼 3, 'António' 安东尼奥 4, 'Mark' 马克 2)."""
    given = " ".join(name.split()[:-1])
    plain = "".join(c for c in unicodedata.normalize("NFD", given.lower()) if not unicodedata.combining(c))
    return len(re.findall(r"[aeiouy]+", plain)) + 1 if given else 0


def _given_name_start(text: str, start: int, most: int) -> int:
    """Where a known person's dotted Hán-Việt name starts: the capitalised syllables right before ``start`` that
    are no country, honorific, acronym or Latin word, as long as the part before the dot has at most ``most``
    ('Thủ tướng Úc An Đông Ni · A Nhĩ Ba Ni Tư' 安东尼·阿尔巴尼斯: MT's dotted name began at 'Ni')."""
    dot = min((k for k in (text.find(d, start) for d in _DOTS) if k >= 0), default=start)
    have = len(text[start:dot].split())
    while have < most:
        m = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if m is None or m.end() != start or not m[1][0].isupper():
            break
        word = m[1]
        if word.isupper() or foreign(word) or word in _NOT_A_NAME_PART or word in country_names():
            break
        if any(text[: m.end()].endswith(n) for n in country_names() if n.endswith(" " + word)):
            break
        start, have = m.start(), have + 1
    return start


def _company(seg: Segment, start: int, end: int) -> bool:
    """A Hán-Việt form C107 reads as a company (references/companies.calques.tsv): always (gate 'no'), or here, after
    a word of companies or with its Chinese name in the source ('công ty Thái Lôi Tư' 泰雷兹 Thales, adversary78)."""
    span = seg.text[start:end]
    c = company_calques().get(span)
    if c is None or c.kind != "hanviet":
        return False
    if not c.gate:
        return True
    m = re.compile(re.escape(span)).match(seg.text, start)
    return m is not None and bool(accepted(seg.text, seg.source or "", [m]))


def _glossed_latin(text: str, start: int, end: int) -> bool:
    """The transcription is glossed with the person's own name in Latin letters beside it, in brackets: the reader
    is given the name itself (the press writes a naturalised player or a historical figure so)."""
    if _LATIN_GLOSS.match(text, end) is not None:
        return True
    closed = text[end : end + 2].lstrip()[:1] in (")", ",", ";")
    if closed and _LATIN_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    if _LATIN_CITED.search(text, max(0, start - 80), start) is not None:
        return True
    return cited_old_name(text, start)  # 'Pháp được gọi là Phú Lãng Sa, Mexico là Mễ Tây Cơ' (clean68)


def _latin_names(ctx: DocContext) -> EchoNames:
    """The document's name words in Latin letters (memoised; N108 shares them)."""
    return ctx.memo("names.latin_echo", lambda _doc: EchoNames([words for runs in doc_runs(ctx) for _, words in runs]))


def _hanviet_parts_echoed(span: str, ctx: DocContext) -> str | None:
    """The Latin name the document writes elsewhere for a '·' name read in Hán-Việt: the family name the last part
    spells (鲁本·阿莫林 'Lỗ Bản · A Mạc Lâm' → 'Amorim'), with the given name the document writes before it
    ('Ruben Amorim'). None unless the last part echoes a Latin word of the document."""
    parts = [tuple(p.split()) for p in INTERPUNCT.split(span)]
    if not all(parts) or not all(vietnamese_spelt(w) or len(w) == 1 for p in parts for w in p):
        return None
    family = latin_original(parts[-1], _latin_names(ctx).latin)
    if family is None:
        return None
    before = re.compile(rf"(?<!\w)([A-Z][^\W\d_]+) {re.escape(family)}(?!\w)")
    given = Counter(m[1] for m in before.finditer(content_lines(ctx).text) if not vietnamese_spelt(m[1]))
    return f"{given.most_common(1)[0][0]} {family}" if given else family


@functools.lru_cache(maxsize=16384)
def _may_have_name(words: tuple[str, ...]) -> bool:
    """A run of capitalised words where a gazetteer person's Hán-Việt name, a transcription or a Japanese family
    name in Hán-Việt may be found (one cache lookup a run: most runs are none)."""
    return may_have_hanviet_western(words) or may_be_transliterated(words) or may_have_japanese(words)


def _about_japan(ctx: DocContext) -> bool:
    """The article names Japan or a Japanese place (memoised a document)."""
    from audit.rules.vn_places import about_japan

    return ctx.memo("names.about_japan", lambda _doc: about_japan(content_lines(ctx).text))


def _latin_rejoined(span: str, parts: tuple[str, ...]) -> str | None:
    """The name with its interpuncts as spaces when every part is in Latin spelling ('Petr • Pavel' → 'Petr
    Pavel', 'Téte·António' → 'Téte António'); None when a part is Hán-Việt (spelt as only Vietnamese spells:
    'Xi Hê') or every part is pinyin ('Tonglun • Xisuli'): then the spelling itself must change."""
    if any(vietnamese_spelt(w) for p in parts for w in p.split()) or all(segmentations(w) for w in parts):
        return None
    return INTERPUNCT.sub(" ", span)


# lowercase particles of Western and Arabic family names: no evidence of who is meant
_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "das", "dos", "bin", "binti", "bint", "ibn"})


def _western_match(parts: tuple[str, ...]) -> str | None:
    """The gazetteer's foreign person sharing a Latin name part ('Rompuy' → 'Herman Van Rompuy'): the last
    one (a family name) or two parts; a given name alone is many people's ('Téte·António' is not António
    Guterres). A Hán-Việt syllable is no Latin part ('Bản' of 'Lỗ Bản' 鲁本 is not the 'Bân' of a Chinese name),
    nor is a particle ('bin', 'van'); a name of two parts or more whose first is not the person's is someone else
    ('Sultan·Ahmed·bin·Sulayem' is not Abiy Ahmed, 'Abdullah·bin·Zayed' not Mohamed bin Zayed)."""
    ordered = [
        fold(w)
        for p in parts
        for w in p.split("-")
        if len(w) > 2 and not vietnamese_spelt(w) and w.lower() not in _PARTICLES
    ]
    folded = set(ordered)
    # a Vietnamese given-name syllable written without marks ('Minh', 'Long') is a Hán-Việt syllable as likely as a
    # Latin part: alone it is no evidence ('Minh Ni Áo·Lạc Bội Tư' is not Lê Lương Minh); it counts among two
    own = {
        fold(w)
        for p in parts
        for w in p.split("-")
        if len(w) > 2 and not vietnamese_spelt(w) and w.lower() not in _vietnamese_given()
    }
    people_of = _people_by_word()
    # the people that share a word with the name (every person whose ``last`` meets it is one): in gazetteer order
    sharing = sorted({i for w in folded for i in people_of.get(w, ())})
    if not sharing:
        return None
    table = _foreign_name_words()
    best: tuple[int, str] | None = None
    for i in sharing:
        name, words, last = table[i]
        overlap = len(folded & words)
        if len(ordered) > 1 and ordered[0] not in words:
            continue
        if (overlap >= 2 or own & last) and (best is None or overlap > best[0]):
            best = (overlap, name)
    return best[1] if best else None


@functools.cache
def _vietnamese_given() -> frozenset[str]:
    """Common Vietnamese given-name syllables as written (vi_names.tsv, 1 per mille or more), lowercased: 'minh',
    'long', 'lan' … (a Latin part spelt so is read as Hán-Việt when it stands alone)."""
    from audit.lang.people import vi_names

    return frozenset(s.syllable.lower() for s in vi_names()["given"].values() if s.freq >= 1.0)


@functools.cache
def _people_by_word() -> dict[str, tuple[int, ...]]:
    """For each word of :func:`_foreign_name_words`, the indices of the people who have it, so that a name is
    compared only with those (its ``last`` words are among its words)."""
    out: dict[str, list[int]] = {}
    for i, (_, words, _) in enumerate(_foreign_name_words()):
        for w in words:
            out.setdefault(w, []).append(i)
    return {w: tuple(ids) for w, ids in out.items()}


@functools.cache
def _foreign_name_words() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Foreign people of the gazetteer with the words that can stand for them after MT through Chinese:
    the Latin name parts and the pinyin of each '·'-part of the Chinese name (通伦·西苏里 → tonglun, xisuli),
    and of those the last ones (the Latin name's and the Chinese name's last part)."""
    hv = load()
    out = []
    for name, ts in people().items():
        if any(t.country == "vn" for t in ts):
            continue
        latin = [fold(w) for w in re.split(r"[\s-]+", name) if w]
        words, last = set(latin), set(latin[-1:])
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        for part in re.split(r"[·•・\s-]+", zh):
            pys = [hv.pinyin.get(ch, ("",))[0] for ch in part]
            if len(part) >= 2 and all(pys):
                words.add("".join(pys))
                last = {*latin[-1:], "".join(pys)}
        out.append((name, frozenset(words), frozenset(last)))
    return tuple(out)


_LAST_HANVIET_ERA = 1945  # Vietnamese wrote Japanese people of the Meiji to Shōwa wars in Hán-Việt ('Y Đằng Bác Văn')
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”)]*\s+")
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:18|19|20)\d\d(?![\d/.,]\d|\d)")


def _before_1946(ctx: DocContext, seg: Segment, pos: int) -> bool:
    """The mention speaks of 1945 or before: the last year written before it in its sentence, else the document's
    most frequent year (the newest of a tie). A history piece's 'Thủ tướng Y Đằng Bác Văn' (伊藤博文 Itō Hirobumi)
    is how Vietnamese wrote him."""
    start = max((m.end() for m in _SENTENCE_STOP.finditer(seg.text, 0, pos)), default=0)
    before = _ANY_YEAR.findall(seg.text, start, pos)
    if before:
        return int(before[-1]) <= _LAST_HANVIET_ERA
    years = Counter(int(y) for y in _ANY_YEAR.findall(content_lines(ctx).text))
    if not years:
        return False
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0] <= _LAST_HANVIET_ERA
