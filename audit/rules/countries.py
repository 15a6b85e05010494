"""C1xx countries and places, T201 exonym consistency.

MT through Chinese swaps countries ("quan hệ giữa Belarus và Trung Quốc" in a Vietnam–Belarus
article), calques one-character country abbreviations (白越 → "Pak-Yue", "trắng-trắng";
白方 → "White cam kết"), renders 南中国海 as "Biển Đông Trung Quốc" and leaves English country
words untranslated. The rules share the gazetteer and the document's topic countries
(:mod:`audit.lang.countries`), computed once per document through ``DocContext.memo``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Set

from audit.lang.countries import (
    HOME,
    TOPIC_KEY,
    Mention,
    Topic,
    document_topic,
    find_mentions,
    gazetteer,
    is_vietnamese_word,
    is_word_char,
    next_word,
    prev_word,
    trie_pattern,
)
from audit.lang.english import en_zipf, function_words, vi_zipf
from audit.lang.hanviet import syllable_key
from audit.lang.lines import matches_by_line
from audit.lang.people import people, vi_names
from audit.lang.resources import read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.lang.vn_places import pinyin_places
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, content_text, segments_containing
from audit.rules.base import DocContext, DocumentRule, Hit, SegmentRule
from audit.rules.registry import register

# Countries MT through Chinese inserts where another party is meant (我国 "our country", 中 "middle").
PIVOT_COUNTRIES = ("CN",)
# Vietnamese words written without diacritics, so that "White cam kết" is seen as Vietnamese context.
_VI_PLAIN = frozenset("cam cho tin theo mong sang hy van luon giao tham ban cung sinh tranh can".split())
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
# Common Vietnamese surnames: a full name after "Chủ tịch Việt" shows that "Việt" stands for the country.
_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Tô Đào Trịnh "
    "Mai Tạ Lương Cao Vương Đoàn Hà Thái Tôn Chu Quách Triệu Tập Ôn Giang"
).split()


def _alternatives(topic: Topic, suggested: str, *excluded: str) -> list[str] | None:
    """The topic countries a reviewer may pick instead of the suggestion (at most two, best first): not the
    suggestion itself, nor the wrong country, nor the party on the other side of the same relation (that
    would make 'Belarus và Belarus')."""
    gz = gazetteer()
    others = [gz.name_of(c) for c in topic.countries[:3] if c != suggested and c not in excluded]
    return others[:2] or None


def topic_of(ctx: DocContext) -> Topic:
    """The document's topic countries (memoised as TOPIC_KEY), from the shared "content-lines"."""

    def topic(doc: Document) -> Topic:
        lines = content_lines(ctx)
        return document_topic(doc, lines.text, lines.starts)

    return ctx.memo(TOPIC_KEY, topic)


def mentions_of(ctx: DocContext, seg: Segment) -> list[Mention]:
    return topic_of(ctx).mentions.get(seg.index, [])


def _segments_with(ctx: DocContext, *kinds: str) -> Iterator[Segment]:
    """The article segments with a mention of one of ``kinds``: a rule that looks only at such mentions
    checks only these."""
    at = ctx.memo("countries.kinds", lambda _doc: _kinds_at(topic_of(ctx)))
    wanted = set().union(*(at.get(kind, ()) for kind in kinds))
    for seg in ctx.doc.segments:
        if seg.index in wanted and not seg.boilerplate:
            yield seg


def _kinds_at(topic: Topic) -> dict[str, set[int]]:
    """Each mention kind ('place', 'en' …) and the segments that have one."""
    out: dict[str, set[int]] = {}
    for index, mentions in topic.mentions.items():
        for m in mentions:
            out.setdefault(m.kind, set()).add(index)
    return out


def _is_foreign(word: str) -> bool:
    w = word.strip(".,;:!?\"'“”()")
    return bool(w) and w.isalpha() and w.isascii() and not is_vietnamese_word(w) and w.lower() not in _VI_PLAIN


_EN_NAME_WORD = 3.0  # Zipf: 'Air', 'Lady', 'Wells', 'Open' make English names with an adjective; 'Temasek' does not


def _before_a_name(prev: str, nxt: str) -> bool:
    """An English adjective between a Vietnamese word and a name that is no English word ('quỹ đầu tư Singaporean
    Temasek'): it qualifies the name in the Vietnamese sentence, it is not part of an English name."""
    return _is_vi_context(prev) and en_zipf(nxt.lower()) < _EN_NAME_WORD


def _is_vi_context(word: str) -> bool:
    w = word.strip(".,;:!?\"'“”()")
    return bool(w) and (is_vietnamese_word(w) or w.lower() in _VI_PLAIN or _is_plain_vi_word(w))


_VI_USE_MARGIN = 1.0  # Zipf: 'ty' (5.6 vi, 3.7 en) and 'chip' (4.3, 4.3) are Vietnamese context; 'in' (5.7, 7.3) is not


def _is_plain_vi_word(word: str) -> bool:
    """A lowercase word without diacritics that Vietnamese text uses about as often as English text does: a
    syllable ('công ty', 'xe', 'hay') or a loan ('chip', 'fan'), not an English preposition ('in', 'at', 'of')."""
    return (
        word.isalpha()
        and word.islower()
        and word not in function_words()
        and vi_zipf(word) >= en_zipf(word) - _VI_USE_MARGIN
    )


def _sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1:] in '.!?:"“('


def _cap(s: str, like: str) -> str:
    return s[:1].upper() + s[1:] if like[:1].isupper() else s


# ---------------------------------------------------------------- C101 wrong country

_JOIN = re.compile(
    r"^\s*(và|với|[-–—])\s*(?:(?:nhân dân|Chính phủ|chính phủ|Nhà nước|nhà nước|Quốc hội|Đảng Cộng sản|Đảng)\s+)?$"
)
# A friendly bilateral frame before the pair (the MT error sits in "quan hệ hữu nghị giữa X và Trung Quốc");
# a rivalry frame ("căng thẳng giữa Mỹ và Trung Quốc") is ordinary news about third countries.
_RELATION_CUE = re.compile(
    r"(?i:hữu nghị|truyền thống|hai nước|song phương|láng giềng|đối tác|hợp tác|anh em|đoàn kết|gắn bó"
    r"|quan hệ ngoại giao)"
    r"(?:(?![.;]).)*$"
)
# The meeting's two parties speak in the sentence ("Hai bên nhất trí rằng quan hệ giữa Singapore và Trung Quốc
# …"): they assess their own relation, so a third country in the pair is the MT's 我国/中 slip.
# "trao đổi về quan hệ giữa Mỹ và Trung Quốc": the parties discuss a third relation.
_DISCUSS = re.compile(r"(?:trao đổi|thảo luận|bàn|đề cập|chia sẻ|quan điểm)(?: ý kiến)? (?:về|đến|tới) (?:(?![.;]).)*$")
# A friendly qualifier right before a country pair ("quan hệ đặc biệt Trung-Lào"; a bare "quan hệ Mỹ-Trung"
# is ordinary history).
_PAIR_CUE = re.compile(r"(?:hữu nghị|đoàn kết|truyền thống|đặc biệt|anh em|gắn bó|láng giềng)\s+$")
_BETWEEN = re.compile(r"(?<!\w)(?<!khác )giữa\s+$")  # not "trận đấu khác giữa X và Y"
_PARTIES_AIM = re.compile(r"(?<!\w)[Hh]ai bên (?:phấn đấu|nhất trí|cam kết|đặt mục tiêu|thống nhất|quyết tâm)")
_PARTIES_CUE = re.compile(r"(?<!\w)[Hh]ai (?:bên|nhà lãnh đạo|Thủ tướng|Chủ tịch|Tổng thống|Bộ trưởng)(?!\w)")
# A party's speaker praises the relation as never better ('Tổng thống X khẳng định quan hệ giữa Indonesia và
# Trung Quốc chưa bao giờ tốt đẹp như hiện nay'): the formula leaders use of the relation the visit is about, so a
# third country in the pair is the MT's 我国/中 slip as well
_ASSESS_BEFORE = re.compile(
    r"(?:khẳng định|nhấn mạnh|đánh giá|nhận định|cho rằng|tin tưởng|vui mừng)(?: rằng)?\s+(?:mối\s+)?quan hệ"
    r"(?:\s+[^\W\d_]+){0,3}?\s+giữa\s+$"
)
_PRAISE_AFTER = re.compile(
    r"\s*(?:(?![.;]).){0,24}?(?<!\w)(?:chưa bao giờ|chưa từng|đang ở (?:giai đoạn|thời kỳ) tốt đẹp|tốt đẹp nhất"
    r"|đang phát triển tốt đẹp|ngày càng (?:phát triển|tốt đẹp|bền chặt|sâu sắc))"
)
# Countries whose ruling party is called Communist Party ('Đảng Cộng sản X').
_COMMUNIST_PARTY = frozenset({"VN", "CN", "CU"})
# "quan hệ giữa Campuchia và Trung Quốc không ảnh hưởng tới …": a speaker reassures about a third relation.
_REASSURE = re.compile(r"\s*(?:(?![.;]).){0,40}?\bkhông (?:ảnh hưởng|nhằm|làm ảnh hưởng|gây|đe dọa|đe doạ|chống)")
_FRIENDLY = re.compile(r"hữu nghị|truyền thống|hợp tác|ủng hộ|hỗ trợ|cảm ơn|giúp đỡ|đánh giá cao|anh em|đoàn kết")
_RIVALRY = re.compile(r"căng thẳng|cạnh tranh|xung đột|tranh chấp|đối đầu|chiến tranh|bất đồng|trừng phạt|thương chiến")
_LIST_JOIN = re.compile(r"^\s*(?:,|và|với)\s*$")
# A hyphenated country pair after one of these nouns names a thing built or held by the two ('tuyến đường sắt
# Lào - Trung Quốc', 'cửa khẩu Lào Cai - Hà Khẩu', 'hội chợ Trung Quốc - ASEAN'), not the relation itself
_NAMED_THING = re.compile(
    r"(?:đường sắt|tuyến|cao tốc|cầu|cảng|khu kinh tế|hành lang|cửa khẩu|hội chợ|triển lãm|diễn đàn|liên doanh|"
    r"đường ống|nhà máy|trận đấu|giải đấu)(?:(?![.;,]).)*$"
)
# "… với Đảng Cộng sản Trung Quốc và nhiều đảng cánh tả": the country heads an open list of third parties
# A name cited as another party's name for the place: 'mà quốc tế gọi là South China Sea', '(tiếng Anh: …)'
_NAMING = re.compile(
    r"(?:gọi là|gọi|gọi\s[^.;,]{1,40}\slà|tên gọi|tên là|tiếng Anh(?: là)?:?|tiếng Trung(?: là)?:?)\s*[\"“(']?$"
)
_OPEN_LIST = re.compile(r"\s*(?:,|và|cùng)\s+(?:nhiều|các|một số|những)\s")


@functools.cache
def _anchors() -> dict[str, re.Pattern[str]]:
    """Per country, a pattern for its cities, institutions and office holders (country_anchors.tsv,
    people.tsv): a sentence naming one means that country itself."""
    words: dict[str, set[str]] = {}
    for row in read_tsv("country_anchors.tsv"):
        words.setdefault(row["iso2"], set()).add(row["anchor"])
    for name, tenures in people().items():
        for t in tenures:
            words.setdefault(t.country.upper(), set()).add(name)
    return {
        iso: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")(?!\w)")
        for iso, ws in words.items()
    }


def _anchored(text: str, iso: str) -> bool:
    pattern = _anchors().get(iso)
    return bool(pattern and pattern.search(text))


_STRONG_OWNER = re.compile(
    r"(?:Đảng Cộng sản|Ban Chấp hành Trung ương Đảng Cộng sản|Ủy ban Trung ương Đảng Cộng sản"
    r"|Uỷ ban Trung ương Đảng Cộng sản|Chủ tịch nước)\s+$"
)
_WEAK_OWNER = re.compile(r"(?<!\w)(?:nhân dân|Nhân dân|phía|Nhà nước|Quốc hội|Chính phủ)\s+$")


@functools.cache
def _glued_pattern(word: str) -> re.Pattern[str]:
    """A literal abbreviation word with a romanisation glued after it ('White' + 'hall')."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?P<rest>[a-z]{{2,}})(?![\w-])")


@register
class WrongCountryReference(DocumentRule):
    code = "C101"
    name = "wrong-country-reference"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A country in a relation or ownership frame contradicts the article's country pair"
    corroborate = True
    why = (
        "MT through Chinese turns 我国 ('our country') and the abbreviation 中 into 'Trung Quốc', so an "
        "article about Vietnam and Belarus speaks of 'quan hệ giữa Belarus và Trung Quốc' or 'Đảng Cộng sản "
        "Trung Quốc'. That names the wrong state. The rule fires only when the article's topic pair is clear, "
        "the country is not part of it, and every mention of that country sits in such a frame (a relation "
        "frame: a friendly one, or one the two parties state, or a party's leader praising the relation as "
        "never better, 'chưa bao giờ tốt đẹp như hiện nay'); an article that names Việt Nam only through its "
        "leaders ('Thủ tướng Phạm Minh Chính hội đàm với …') has Việt Nam as its other party. A human "
        "article can name a third country in such a frame on purpose, so the finding is critical only "
        "when other rules find serious MT damage in the same document, and minor otherwise."
    )
    fires = (
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Thủ tướng Campuchia đánh giá cao quan hệ láng giềng tốt đẹp giữa Campuchia và [[Trung Quốc]].\n"
        "Hai bên nhất trí tăng cường hợp tác giữa hai nước Việt Nam và Campuchia.",
        "Việt Nam – Mông Cổ: thúc đẩy hợp tác nông nghiệp\n"
        "Chủ tịch Mông Cổ tiếp Đoàn đại biểu Việt Nam tại Ulan Bator; hai nước nhất trí tăng cường hợp tác.\n"
        "Phía Mông Cổ cảm ơn Ban Chấp hành Trung ương Đảng Cộng sản [[Trung Quốc]] đã cử đoàn sang thăm.\n"
        "Mông Cổ coi Việt Nam là đối tác quan trọng ở Đông Nam Á.",
        "Việt Nam và Singapore nâng cấp quan hệ\n"
        "Hai nước Việt Nam và Singapore ký Tuyên bố chung.\n"
        "Hai bên nhất trí rằng quan hệ giữa Singapore và [[Trung Quốc]] đã phát triển tốt đẹp từ năm 1973.",
        "Chủ tịch nước tiếp Tổng thống Chile tại Hà Nội\n"
        "Hai nước Việt Nam và Chile kỷ niệm 55 năm quan hệ ngoại giao.\n"
        "Tổng thống Chile khẳng định quan hệ giữa Chile và [[Trung Quốc]] chưa bao giờ tốt đẹp như hiện nay.",
    )
    quiet = (
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Hội nghị bàn về quan hệ của ASEAN với Trung Quốc và Hoa Kỳ trong bối cảnh mới.\n"
        "Campuchia coi Việt Nam là đối tác quan trọng hàng đầu.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Thủ tướng Campuchia nhắc lại quan hệ giữa Campuchia và Trung Quốc; Trung Quốc là nhà đầu tư lớn.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Hai bên cũng trao đổi về quan hệ giữa Mỹ và Trung Quốc.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Ông nói quan hệ hữu nghị giữa Campuchia và Trung Quốc không ảnh hưởng tới các nước láng giềng.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Mông Cổ cũng thúc đẩy hợp tác xây tuyến đường ống dẫn khí Nga - Mông Cổ - Trung Quốc.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Tuần trước, Tổng thống Mông Cổ đã hội đàm với Chủ tịch nước Trung Quốc Tập Cận Bình tại Bắc Kinh.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Đảng Nhân dân Mông Cổ duy trì quan hệ hữu nghị với Đảng Cộng sản Trung Quốc và nhiều chính đảng châu Á.",
        "Quan hệ Việt Nam – Trung Quốc bước sang giai đoạn mới\n"
        "Hai nước Việt Nam và Trung Quốc nhất trí tăng cường trao đổi đoàn.\n"
        "Đảng Cộng sản Trung Quốc và Đảng Cộng sản Việt Nam duy trì giao lưu lý luận.",
        "Chủ tịch nước tiếp Tổng thống Chile tại Hà Nội\n"
        "Hai nước Việt Nam và Chile kỷ niệm 55 năm quan hệ ngoại giao.\n"
        "Tổng thống Chile khẳng định quan hệ giữa Chile và Trung Quốc chỉ là quan hệ thương mại.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        if not topic.confident:
            return
        segs = {s.index: s for s in ctx.doc.content}
        # a Vietnamese article may name Vietnam only through its leaders ('Thủ tướng Phạm Minh Chính hội đàm với
        # Tổng thống Chile …'): Vietnam is then the article's other party
        implied = HOME if topic.home is None and _anchored(content_lines(ctx).text, HOME) else None
        for pivot in PIVOT_COUNTRIES:
            if pivot in topic.countries or not topic.counts[pivot]:
                continue  # a topic country, or never named (counts: its names that are not weak)
            hits: list[Hit] = []
            framed_all = True
            for index, mentions in topic.mentions.items():
                if not mentions:
                    continue
                countries = [m for m in mentions if m.iso and not m.weak]
                for i, m in enumerate(countries):
                    if m.iso != pivot or _enumerated(segs[index].text, countries, i):
                        continue  # a member of a long list ('G20 gồm Trung Quốc, Ấn Độ, Brazil …') says nothing
                    hit = self._frame(segs[index], countries, i, topic, implied)
                    if hit is None:
                        framed_all = False
                    else:
                        hits.append(hit)
            if framed_all:
                yield from hits

    def _frame(self, seg: Segment, ms: list[Mention], i: int, topic: Topic, implied: str | None) -> Hit | None:
        """The hit for the ``i``-th mention when it sits in a relation or ownership frame; ``implied``: the
        article's home country when only its leaders name it."""
        text, m = seg.text, ms[i]
        if _anchored(text, m.iso) or _OPEN_LIST.match(text, m.end):
            return None  # the sentence names the country's own city, institution or leader: it is meant
        left = ms[i - 1] if i > 0 else None
        right = ms[i + 1] if i + 1 < len(ms) else None
        gz = gazetteer()
        wrong = gz.name_of(m.iso)
        # "Việt Nam với Trung Quốc và Belarus": the intruder between the two parties
        if (
            left
            and right
            and left.iso in topic.countries
            and right.iso in topic.countries
            and left.iso != right.iso
            and re.fullmatch(r"\s*với\s*", text[left.end : m.start])
            and re.fullmatch(r"\s*và\s*", text[m.end : right.start])
            and _RELATION_CUE.search(text[max(0, left.start - 60) : left.start])
        ):
            return Hit(
                seg.index,
                m.start,
                right.end,
                f"'{wrong}' intrudes in the relation of "
                f"{gz.name_of(left.iso)} with {gz.name_of(right.iso)}, the article's two parties",
                suggestion=right.text,
                confidence=0.85,
            )
        # "giữa Belarus và Trung Quốc", "hai nước Trung Quốc và Belarus"
        for other, first, second in ((left, left, m), (right, m, right)):
            if other is None or other.iso not in topic.countries or not _JOIN.match(text[first.end : second.start]):
                continue
            before = text[max(0, first.start - 60) : first.start]
            parties = (  # "Hai bên nhất trí rằng quan hệ giữa X và Y …", "… giữa X và Y …, hai bên phấn đấu …"
                _BETWEEN.search(before)
                and not _RIVALRY.search(text)
                and (
                    _PARTIES_CUE.search(text, 0, first.start)
                    or _PARTIES_AIM.search(text, second.end)
                    or (_ASSESS_BEFORE.search(before) and _PRAISE_AFTER.match(text, second.end))
                )
            )
            if not (_RELATION_CUE.search(before) or parties) or _RIVALRY.search(before):
                continue
            if _DISCUSS.search(before) or _REASSURE.match(text, second.end):
                continue
            if self._in_list(text, ms, first, second):
                continue
            if (
                _NAMED_THING.search(text, max(0, first.start - 40), first.start)
                and "-" in text[first.end : second.start]
            ):
                continue  # 'đường sắt cao tốc Thái Lan - Trung Quốc': the name of a project, not the relation
            intended = topic.other(other.iso, m.iso) or (implied if implied not in (other.iso, m.iso) else None)
            if intended is None:
                continue
            name = gz.name_of(intended)
            return Hit(
                seg.index,
                m.start,
                m.end,
                f"'{wrong}' in a relation with {gz.name_of(other.iso)} in an "
                f"article about {self._pair(topic)}: the other party is {name}",
                suggestion=name,
                confidence=0.9,
                candidates=_alternatives(topic, intended, m.iso, other.iso),
            )
        before = text[max(0, m.start - 60) : m.start]
        if _STRONG_OWNER.search(before):
            intended = topic.home if topic.home and topic.home != m.iso else topic.other(m.iso)
            if intended not in _COMMUNIST_PARTY and "Cộng sản" in before and m.iso != HOME:
                intended = HOME  # Laos's party is not 'Đảng Cộng sản': in Vietnamese news it is Vietnam's
        elif _WEAK_OWNER.search(before):
            present = {x.iso for x in ms if x.iso in topic.countries}
            if not present or set(topic.countries[:2]) <= present:
                return None
            if not _FRIENDLY.search(text) or _RIVALRY.search(text):
                return None  # "Hoa Kỳ cáo buộc phía Trung Quốc …" is ordinary news
            intended = topic.other(*present, m.iso)
        else:
            return None
        if intended is None:
            return None
        name = gz.name_of(intended)
        return Hit(
            seg.index,
            m.start,
            m.end,
            f"'{wrong}' owns an institution in an article about {self._pair(topic)}: it should be {name}",
            suggestion=name,
            confidence=0.8,
            candidates=_alternatives(topic, intended, m.iso),
        )

    @staticmethod
    def _in_list(text: str, ms: list[Mention], first: Mention, second: Mention) -> bool:
        """The pair is part of a longer enumeration of countries ("giữa A, B và C")."""
        i = ms.index(first)
        before = ms[i - 1] if i > 0 else None
        after = ms[i + 2] if i + 2 < len(ms) else None
        return bool(
            (before and _LIST_JOIN.match(text[before.end : first.start]))
            or (after and _LIST_JOIN.match(text[second.end : after.start]))
        )

    @staticmethod
    def _pair(topic: Topic) -> str:
        gz = gazetteer()
        return gz.pair_name(*topic.countries[:2])


def _enumerated(text: str, ms: list[Mention], i: int, least: int = 4) -> bool:
    """The ``i``-th mention is one of ``least`` or more countries listed one after another ('Trung Quốc, Ấn Độ,
    Brazil, Nga và Australia'): a list of members or guests, no claim about a relation."""
    first = last = i
    while first > 0 and _LIST_JOIN.match(text[ms[first - 1].end : ms[first].start]):
        first -= 1
    while last + 1 < len(ms) and _LIST_JOIN.match(text[ms[last].end : ms[last + 1].start]):
        last += 1
    return last - first + 1 >= least


# ---------------------------------------------------------------- C102 calqued pairs


@functools.cache
def _abbr_parts() -> tuple[dict[str, tuple[tuple[str, str], ...]], re.Pattern[str]]:
    """Every surface that can stand for a country in a pair, with the countries and kinds it can be
    (pinyin 'Ao' is 奥 Austria and 澳 Australia, 'Ba' is 巴 Brazil and the Hán-Việt 'Ba' of Ba Lan), and the
    pair regex."""
    gz = gazetteer()
    accepted = {f for f in gz.forms}
    parts: dict[str, list[tuple[str, str]]] = {}

    def add(surface: str, iso: str, kind: str) -> None:
        opts = parts.setdefault(surface, [])
        if all(o[0] != iso for o in opts):
            opts.append((iso, kind))

    for f, (iso, _) in gz.forms.items():
        add(f, iso, "name")
    # a romanisation is first the pinyin of the abbreviation it spells ('Yin' 印 India), then another country's
    # ('Yin' for Indonesia, which 印 also stands for): the first is the reading when the article backs neither
    for c in gz.countries.values():
        if len(c.pinyin) >= 2:
            add(c.pinyin, c.iso, "roman")
    for c in gz.countries.values():
        for r in c.romanised:
            add(r, c.iso, "roman")
        if len(c.pinyin) == 1:  # 俄 E: only beside another romanisation ('Yue-E'), never 'A-E'
            add(c.pinyin.upper(), c.iso, "roman1")
        for w in c.literal_vi:
            add(w, c.iso, "literal")
            add(w[:1].upper() + w[1:], c.iso, "literal")
        for w in c.literal_en:
            add(w, c.iso, "literal")
            add(w.lower(), c.iso, "literal")
        if c.hanviet:
            add(c.hanviet, c.iso, "name" if c.hanviet_ok or c.hanviet in accepted else "hanviet")
    trie = trie_pattern(parts)
    pair = re.compile(rf"(?<![\w-])(?P<a>{trie})\s?[-–—]\s?(?P<b>{trie})(?![\w-])")
    return {k: tuple(v) for k, v in parts.items()}, pair


_DASH = re.compile(r"[-–—]")
# a word between two dashes: where a chain can be (the search skips ahead from dash to dash)
_CHAIN_MIDDLE = re.compile(r"[-–—]\s?[^\W\d_]+\s?[-–—]")
# three words joined by dashes, the chain neither going on nor part of a longer word: 'Trung-Cát-Ô' (中吉乌)
_CHAIN = re.compile(r"(?<![\w-])(?P<a>[^\W\d_]+)\s?[-–—]\s?(?P<b>[^\W\d_]+)\s?[-–—]\s?(?P<c>[^\W\d_]+)(?![\w-])")


@functools.cache
def _upper_pair() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pair regex without the first parts that start with a lowercase letter (literal words:
    'trắng', 'white'), its lookbehind after the first letter so that re skips from capital to capital;
    and the gate that finds such a lowercase part right before a dash. Where the gate finds none, the
    two regexes find the same pairs."""
    parts = _abbr_parts()[0]
    upper = [p for p in parts if not p[:1].islower()]
    pair = re.compile(
        rf"(?P<a>{trie_pattern(upper, guard=_AFTER_FIRST)})\s?[-–—]\s?(?P<b>{trie_pattern(parts)})(?![\w-])"
    )
    by_length: dict[int, list[str]] = {}
    for p in parts:
        if p[:1].islower():
            by_length.setdefault(len(p), []).append(re.escape(p))
    behind = "|".join(rf"(?<=(?:{'|'.join(words)}){space}.)" for words in by_length.values() for space in ("", r"\s"))
    return pair, re.compile(rf"[-–—](?:{behind})")


def _pick(options: tuple[tuple[str, str], ...], topic: Topic) -> tuple[str, str]:
    """The reading of an ambiguous pair part that fits the article: one of its countries, then one it
    mentions, then the first listed (a country's own name before romanisations)."""
    for test in (lambda iso: iso in topic.countries, lambda iso: topic.counts[iso] > 0):
        for opt in options:
            if test(opt[0]):
                return opt
    return options[0]


def _hanviet_beside_name(surface: str, iso: str, kind: str) -> str:
    """A one-letter pinyin part that is also its country's Hán-Việt reading (阿 'A': pinyin a, Hán-Việt a)
    reads as Hán-Việt next to a Vietnamese name ('Việt-A'), as pinyin only next to pinyin ('Yue-A')."""
    return "hanviet" if kind == "roman1" and gazetteer().countries[iso].hanviet == surface else kind


@functools.cache
def _romanisations() -> tuple[tuple[str, str], ...]:
    """Lowercased romanisations of every abbreviation with their country, longest first."""
    gz = gazetteer()
    pairs = {r.lower(): c.iso for c in gz.countries.values() for r in c.romanised}
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def _literal_country(word: str) -> str:
    gz = gazetteer()
    return next(c.iso for c in gz.countries.values() if word in c.literal_en or word in c.literal_vi)


@register
class CalquedCountryPair(SegmentRule):
    code = "C102"
    name = "calqued-country-pair"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Chinese two-country abbreviation left romanised or translated literally ('Pak-Yue', 'trắng-trắng')"
    why = (
        "Chinese writes a bilateral pair with one character per country (越白 = Vietnam–Belarus, 中越 = "
        "China–Vietnam). MT romanises the characters ('Pak-Yue', 'Zhong-Yue') or translates them as ordinary "
        "words (白 'white' → 'trắng'). Literal words count only in an article about that country. Three "
        "countries chained the same way (中吉乌 → 'Trung-Cát-Ô', 'Zhong-Ji-Wu') are read too."
    )
    fires = (
        "Ông nhấn mạnh Campuchia luôn ưu tiên phát triển quan hệ [[Jian-Yue]] trong mọi lĩnh vực.",
        "Belarus và Việt Nam ký hiệp định thương mại\nHai nước thúc đẩy hợp tác [[trắng-Việt]] về nông nghiệp.",
        "Việt Nam và Pháp tăng cường hợp tác\nHai bên đánh giá cao quan hệ đối tác [[Fa-Yue]] trong giáo dục.",
        "Belarus, Kazakhstan và Việt Nam ký kết\nHiệp định Hải quan [[Whitehall]] có hiệu lực từ năm sau.",
        "Việt Nam và Lào ký năm văn kiện\nHai nước Việt Nam và Lào khẳng định quan hệ đặc biệt [[Trung-Lào]] "
        "là tài sản vô giá.",
        "Hội nghị thượng đỉnh [[Zhong-Ri-Han]] lần thứ chín diễn ra tại Seoul.",
    )
    quiet = (
        "Quan hệ Việt – Trung và Việt – Lào được củng cố; Belarus và Việt Nam ký hiệp định.",
        "Bức ảnh đen-trắng chụp năm 1975 được trưng bày; ông mặc áo trắng-xanh.",
        "Nhóm nghiên cứu Ma-lai-xi-a và Cam-pu-chia tham dự hội thảo.",
        "Thủ tướng Anh họp nội các tại Whitehall; quan hệ Việt-Lào rất tốt đẹp.",
        "Việt Nam và Lào ký năm văn kiện\nHai nước Việt Nam và Lào hợp tác; quan hệ Mỹ – Trung căng thẳng; "
        "tuyến đường sắt Trung – Lào chở nhiều hàng.",
        "Việt Nam và Hoa Kỳ ký năm văn kiện\nHai nước Việt Nam và Hoa Kỳ hợp tác; ông từng lo bình thường hóa "
        "quan hệ Mỹ-Trung.",
        "Ủy ban điều phối Tam giác phát triển Việt – Lào – Campuchia họp tại Kon Tum.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the lines with a dash or a literal English abbreviation word (check finds nothing in the
        others), found in the article's lines joined."""
        topic = topic_of(ctx)
        _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic))
        for seg in segments_containing(ctx, ("-", "–", "—", *literal_en)):
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic))
        if _holds_any(seg.text, literal_en):
            yield from self._glued(seg, ctx, topic)
        if _DASH.search(seg.text) is None:
            return
        parts, pair = _abbr_parts()
        yield from self._chains(seg, parts, topic)
        upper_pair, lower_before_dash = _upper_pair()
        if not lower_before_dash.search(seg.text):
            pair = upper_pair
        gz = gazetteer()
        for m in pair.finditer(seg.text):
            (ia, ka), (ib, kb) = _pick(parts[m["a"]], topic), _pick(parts[m["b"]], topic)
            if {ka, kb} == {"name", "roman1"}:  # 'Việt-A': beside a Vietnamese name 'A' is 阿's Hán-Việt
                ka, kb = _hanviet_beside_name(m["a"], ia, ka), _hanviet_beside_name(m["b"], ib, kb)
            kinds = (ka, kb)
            if all(k == "name" for k in kinds):
                hit = self._pivot_pair(seg, m, (ia, ib), topic)
                if hit:
                    yield hit
                continue
            if "roman1" in kinds and (sorted(kinds) != ["roman", "roman1"] or {ia, ib} - set(topic.countries)):
                continue
            if not all(
                self._plausible(iso, kind, topic, ia == HOME or ib == HOME) for iso, kind in ((ia, ka), (ib, kb))
            ) and not self._backed_by_pinyin(ctx, ((ia, ka), (ib, kb)), topic):
                continue
            if ia == ib:
                other = topic.other(ia)
                if other is None:
                    continue
                a, b = (other, ia) if other == topic.home else (ia, other)
            else:
                a, b = ia, ib
            fix = gz.pair_name(a, b)
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m.group()}' is a calque of a Chinese two-country abbreviation; write {fix}",
                suggestion=fix,
                confidence=0.9,
            )

    def _chains(self, seg: Segment, parts: dict[str, tuple[tuple[str, str], ...]], topic: Topic) -> Iterator[Hit]:
        """Three countries' one-character abbreviations chained ('Trung-Cát-Ô', 'Zhong-Ji-Wu' = 中吉乌): each
        word an abbreviation of a different country, not all of them Vietnamese names ('Việt-Lào-Campuchia').
        An ambiguous part ('Ô' is 乌 Ukraine, Uruguay, Uzbekistan) is read as in C102's pairs; the other
        readings go with the fix as candidates."""
        if not _CHAIN_MIDDLE.search(seg.text):
            return  # the cheap test: a word between two dashes
        for m in _CHAIN.finditer(seg.text):
            words = (m["a"], m["b"], m["c"])
            if not all(w in parts for w in words):
                continue
            picks = [_pick_in_chain(w, parts[w], topic) for w in words]
            kinds = [k for _, k in picks]
            isos = [iso for iso, _ in picks]
            if len(set(isos)) < 3 or not _plausible_chain(isos, kinds, topic):
                continue
            gz = gazetteer()
            fix = gz.pair_name(*isos)
            others = [
                gz.pair_name(*(o if k == i else iso for k, iso in enumerate(isos)))
                for i, w in enumerate(words)
                for o, kind in parts[w]
                if o != isos[i] and o not in isos and (kind != "literal" or o in topic.countries)
            ]
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m.group()}' is a calque of a Chinese three-country abbreviation; write {fix}",
                suggestion=fix,
                confidence=0.6 if others else 0.85,
                candidates=list(dict.fromkeys(others))[:4] or None,
            )

    def _pivot_pair(self, seg: Segment, m: re.Match[str], isos: tuple[str, str], topic: Topic) -> Hit | None:
        """'quan hệ đặc biệt Trung-Lào' in an article about Vietnam and Laos: 中 standing for 越 (我国),
        in a friendly relation frame, paired with the article's partner (C101's error in pair form)."""
        pivot = next((i for i in isos if i in PIVOT_COUNTRIES), None)
        other = next((i for i in isos if i != pivot), None)
        if (
            pivot is None
            or other is None
            or pivot in topic.countries
            or other == HOME
            or other not in topic.countries[:2]
            or topic.home not in (None, HOME)  # Vietnamese news: Vietnam is home even when unnamed
            or not _PAIR_CUE.search(seg.text[max(0, m.start() - 40) : m.start()])
        ):
            return None
        gz = gazetteer()
        a, b = (HOME, other) if isos[0] == pivot else (other, HOME)
        fix = gz.pair_name(a, b)
        return self.hit(
            seg,
            m.start(),
            m.end(),
            f"'{m.group()}' pairs {gz.name_of(pivot)} with {gz.name_of(other)} in an article about "
            f"{gz.name_of(HOME)} and {gz.name_of(other)}: the abbreviation stands for {gz.name_of(HOME)}",
            suggestion=fix,
            confidence=0.7,
        )

    def _glued(self, seg: Segment, ctx: DocContext, topic: Topic) -> Iterator[Hit]:
        """'Whitehall' = 白哈: a literal word glued to the romanisation of another abbreviation."""
        gz = gazetteer()
        _, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic))
        for word in literal_en:
            if word not in seg.text:
                continue
            for m in _glued_pattern(word).finditer(seg.text):
                rest = m["rest"]
                for roman, iso in _romanisations():
                    if rest.startswith(roman) and len(rest) - len(roman) <= 2 and topic.counts[iso]:
                        x = _literal_country(word)
                        fix = gz.pair_name(x, iso)
                        yield self.hit(
                            seg,
                            m.start(),
                            m.end(),
                            f"'{m.group()}' glues '{word}' ({gz.countries[x].abbr}, {gz.name_of(x)}) to '{roman}' "
                            f"({gz.countries[iso].abbr}, {gz.name_of(iso)}): a calqued two-country abbreviation",
                            suggestion=fix,
                            confidence=0.6,
                        )
                        break

    @classmethod
    def _backed_by_pinyin(cls, ctx: DocContext, picks: tuple[tuple[str, str], ...], topic: Topic) -> bool:
        """A romanised pair ('Zhong-Han') whose countries the article names, one at least only in pinyin as MT
        through Chinese leaves them ('Hanguo' 韩国 beside 'Trung Quốc')."""
        if any(kind != "roman" for _, kind in picks):
            return False
        in_pinyin = ctx.memo("countries.pinyin-named", lambda _doc: _countries_in_pinyin(ctx))
        return all(topic.counts[iso] > 0 or iso in in_pinyin for iso, _ in picks)

    @staticmethod
    def _plausible(iso: str, kind: str, topic: Topic, with_home: bool) -> bool:
        if kind == "name":
            return True
        if kind == "literal":
            return iso in topic.countries
        if kind == "roman":
            return with_home or topic.counts[iso] > 0
        if kind == "roman1":
            return iso in topic.countries
        return topic.counts[iso] > 0  # hanviet


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")


def _countries_in_pinyin(ctx: DocContext) -> frozenset[str]:
    """ISO codes of the countries the article's text names in the pinyin of their Chinese names ('Hanguo',
    'Riben'), as C106 reads them."""
    places, gz = pinyin_places(), gazetteer()
    words = set(_CAPITALISED_WORD.findall(ctx.memo("content-text", content_text)))
    names = {p.name for w in words if (p := places.get(w.lower())) is not None and p.country}
    return frozenset(iso for iso in gz.countries if gz.name_of(iso) in names)


def _pick_in_chain(surface: str, options: tuple[tuple[str, str], ...], topic: Topic) -> tuple[str, str]:
    """A chain part's reading: one the article backs (:func:`_pick`), else one whose abbreviation the part
    spells in pinyin or Hán-Việt ('Ji' is 吉 Kyrgyzstan's pinyin, 意 Italy's Cantonese), else the first."""
    for test in (lambda iso: iso in topic.countries, lambda iso: topic.counts[iso] > 0):
        for opt in options:
            if test(opt[0]):
                return opt
    gz = gazetteer()
    low = surface.lower()
    return next(
        (o for o in options if low in (gz.countries[o[0]].pinyin.lower(), gz.countries[o[0]].hanviet.lower())),
        options[0],
    )


def _plausible_chain(isos: list[str], kinds: list[str], topic: Topic) -> bool:
    """A chain of three abbreviations reads as countries: not three Vietnamese names; one part at least a
    country's Vietnamese name, one the article mentions, or China's or Vietnam's ('Ba-Ma-La' is none); a
    literal word ('trắng') only for a country of the article, a one-letter pinyin part ('A', 'E') only
    among pinyin; with one part alone not a Vietnamese name, that part as C102 takes it in a pair."""
    if all(k == "name" for k in kinds):
        return False
    if not any(
        k == "name" or topic.counts[iso] > 0 or iso in (HOME, *PIVOT_COUNTRIES)
        for iso, k in zip(isos, kinds, strict=True)
    ):
        return False
    if any(k == "literal" and iso not in topic.countries for iso, k in zip(isos, kinds, strict=True)):
        return False
    if "roman1" in kinds and not all(k in ("roman", "roman1") for k in kinds):
        return False
    odd = [(iso, k) for iso, k in zip(isos, kinds, strict=True) if k != "name"]
    if len(odd) == 1:
        return CalquedCountryPair._plausible(*odd[0], topic, HOME in isos)
    return True


# ---------------------------------------------------------------- C103 calqued abbreviation as a party

_PARTY_NOUN = (
    r"phía|Phía|bên|chính phủ|Chính phủ|nhân dân|Nhân dân|Nhà nước|Quốc hội|quân đội|Quân đội|"
    r"Đảng|Đại sứ quán|đại sứ quán|Tổng thống|Thủ tướng"
)
_PARTY_NOUNS = tuple(_PARTY_NOUN.split("|"))
# Words that may follow a party ("phía trắng cam kết", "chính phủ trắng để …"): a literal followed by anything
# else may be the first half of an ordinary compound ("bên luật sư", "chính phủ già nua").
_AFTER_PARTY = frozenset(
    "và để với cũng đã sẽ cam không là của trong tại về thì mà nhưng cùng đều luôn vẫn sẵn hứa đánh khẳng "
    "mong đề tiếp nhất ủng hoan bày tuyên cho coi cảm chia đồng hy nhận muốn kêu yêu quyết thể nhấn ghi trao gửi "
    "nêu tỏ tin".split()
)
# Verbs a party is the subject of: "Trắng cam kết …" (白方承诺).
_SIDE_VERBS = frozenset("cam hứa khẳng mong sẵn đề hoan bày nhất ủng tuyên".split())


def _party_end(text: str, end: int) -> bool:
    """What follows a calqued party: the end, punctuation, a capitalised word or a function word."""
    nxt = next_word(text, end)
    return not nxt or not nxt[0].isalpha() or nxt[0].isupper() or nxt.strip(".,;:!?") in _AFTER_PARTY


# Countries whose one-syllable Hán-Việt short name stands alone as a party in ordinary Vietnamese
# ("phía Trung", "phía Hàn", "phía Đài"), and readings that are ordinary words after "phía" (phía Tây = west).
_SPOKEN_SHORT = frozenset({"CN", "KR", "TW", "ES"})

_TITLES = r"Chủ tịch nước|Chủ tịch|Phó Thủ tướng|Thủ tướng|Tổng thống|Bộ trưởng Ngoại giao|Ngoại trưởng|Đại sứ"


_AFTER_FIRST = r"(?<![\w-].)"


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
            subject[w[:1].upper() + w[1:]] = c.iso
        for w in c.literal_en:
            lit_en[w] = c.iso
            side[w] = c.iso
        for r in c.romanised:
            side.setdefault(r, c.iso)
        if c.hanviet and c.hanviet not in accepted:
            hanviet[c.hanviet] = c.iso
        for r in c.romanised:  # '乌方' left in pinyin: 'phía Wu'
            if r not in accepted:
                short.setdefault(r, c.iso)
    for form, (iso, _) in gz.forms.items():
        side.setdefault(form, iso)
    return {
        "lit_vi": (re.compile(rf"(?<!\w)(?:{_PARTY_NOUN})\s+(?P<w>{trie_pattern(lit_vi)})(?![\w-])"), lit_vi),
        # (?<![\w-]) after the first letter: re skips ahead to the capitals ('White', 'Horse')
        "lit_en": (re.compile(rf"(?P<w>{trie_pattern(lit_en, guard=_AFTER_FIRST)})(?![\w-])"), lit_en),
        "subject": (re.compile(rf"(?<![\w-])(?P<w>{trie_pattern(subject)})(?![\w-])"), subject),
        "short": (re.compile(rf"(?<!\w)(?:phía|Phía)\s+(?P<w>{trie_pattern(short)})(?![\w-])"), short),
        "side": (re.compile(rf"(?<![\w-])(?P<w>{trie_pattern(side)})\s+side(?![\w-])"), side),
        "title": (
            re.compile(rf"(?:{_TITLES})\s+(?P<w>{trie_pattern(hanviet)})(?=\s+(?:{'|'.join(_SURNAMES)})\s)"),
            hanviet,
        ),
    }


@functools.cache
def _bare_readings() -> dict[str, str]:
    """Hán-Việt readings of abbreviations that are not a country's name alone ('Việt'), with their country:
    after a party noun ('chính phủ Việt') they stand for the country."""
    accepted = set(gazetteer().forms)
    return {
        c.hanviet: c.iso
        for c in gazetteer().countries.values()
        if c.hanviet and c.hanviet not in accepted and (not c.hanviet_ok or c.iso == HOME)
    }


@functools.cache
def _bare_words() -> re.Pattern[str]:
    """The bare readings after whitespace, found from their capital (the lookbehind after it); one followed by
    a capitalised word ('Việt Nam') is left out: the rule skips it anyway."""
    return re.compile("(?:" + trie_pattern(_bare_readings(), guard=r"(?<=\s.)") + r")(?![\w-])(?! [A-ZĐ])")


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
        for w in {c.hanviet, *c.romanised, *c.literal_vi, *c.literal_en} - {""}:
            out.setdefault(w, []).append(c.iso)
    return {w: tuple(isos) for w, isos in out.items() if len(isos) > 1}


def _topic_pick(surface: str, iso: str, topic: Topic) -> str:
    """The country an ambiguous abbreviation stands for in this article: a topic country if one fits, then
    one the article mentions (as C102's :func:`_pick`)."""
    alts = _abbr_homographs().get(surface)
    if alts and iso not in topic.countries:
        return next((a for a in alts if a in topic.countries), next((a for a in alts if topic.counts[a] > 0), iso))
    return iso


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


@functools.cache
def _capitalised(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:1].upper() + w[1:] for w in words)


@functools.cache
def _needles(literal_vi: tuple[str, ...], literal_en: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each pattern of :func:`_party_regexes`, strings of which a line must hold one for the pattern
    to match in it (the literal words: those of the article's countries)."""
    titles = _TITLES.split("|")
    return {
        "lit_vi": literal_vi,
        "lit_en": literal_en,
        "subject": _capitalised(literal_vi),
        "short": ("hía",),  # not 'hía ': the pattern takes any whitespace after 'phía'
        "side": ("side",),
        "title": tuple(t for t in titles if not any(o != t and o in t for o in titles)),  # 'Chủ tịch' for both
    }


def _topic_literals(topic: Topic) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Literal translations of the abbreviations of the topic countries (the only ones the rule looks for)."""
    gz = gazetteer()
    countries = [gz.countries[c] for c in topic.countries if c in gz.countries]
    return (
        tuple(w for c in countries for w in c.literal_vi),
        tuple(w for c in countries for w in c.literal_en),
    )


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
        "Literal words count only in an article about that country."
    )
    fires = (
        "Belarus và Việt Nam tăng cường hợp tác\n[[White]] cam kết tạo điều kiện cho doanh nghiệp Việt Nam.",
        "Việt Nam và Campuchia ký ba văn kiện hợp tác\nThủ tướng Hun Manet nói [[Cambodia side]] sẽ hỗ trợ.",
        "Belarus và Việt Nam tăng cường hợp tác\nHai bên thực hiện các thỏa thuận giữa [[chính phủ trắng]] và Hà Nội.",
        "Mông Cổ và Việt Nam ký thỏa thuận\nPhái đoàn do [[Chủ tịch Việt]] Võ Văn Thưởng dẫn đầu sang thăm Mông Cổ.",
        "Lào và Việt Nam ký thỏa thuận về điện\n[[Già]] cam kết bán thêm điện; [[phía Việt]] sẽ xây đường dây.",
        "Việt Nam và Ấn Độ ký kết năm văn kiện\n[[Phía Ấn]] khẳng định ủng hộ các doanh nghiệp Việt Nam.",
        "Việt Nam và New Zealand ký kết ba văn kiện\n[[Phía Tân]] khẳng định coi trọng quan hệ với Việt Nam.",
        "Việt Nam và Ukraine ký kết ba văn kiện\n[[Phía Wu]] cảm ơn sự hỗ trợ nhân đạo của Việt Nam.",
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
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """:meth:`_check` of the segments where it may find something, with what :meth:`check` finds out
        segment by segment taken from one scan of the article text each: the patterns whose needles a
        segment holds, its bare readings (a match of _bare_words never spans a line)."""
        literal_vi, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic_of(ctx)))
        lines = content_lines(ctx)
        patterns_at: dict[int, set[str]] = {}  # segment index → the patterns whose needles it holds
        for pattern, needles in _needles(literal_vi, literal_en).items():
            for seg in segments_containing(ctx, needles):
                patterns_at.setdefault(seg.index, set()).add(pattern)
        words = matches_by_line(_bare_words(), lines.text, lines.starts)
        for seg, found, offset in zip(lines.segments, words, lines.starts, strict=True):
            patterns = patterns_at.get(seg.index, set())
            bare = list(_bare_parties(seg.text, found, offset)) if found else []
            if patterns or bare:  # a bare reading after no party noun ('Ủy ban') needs no further look
                yield from self._check(seg, ctx, patterns, bare)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        literal_vi, literal_en = ctx.memo("countries.literals", lambda _doc: _topic_literals(topic_of(ctx)))
        text = seg.text
        patterns = {p for p, needles in _needles(literal_vi, literal_en).items() if _holds_any(text, needles)}
        yield from self._check(seg, ctx, patterns, _bare_parties(text, _bare_words().finditer(text)))

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
                    f"'{m['w']}' translates the abbreviation {gz.countries[iso].abbr} of {gz.name_of(iso)} literally "
                    f"(the {gz.name_of(iso)} side)",
                    suggestion=f"Phía {gz.name_of(iso)}",
                    confidence=0.8,
                )
        table = _bare_readings()
        for start, w_start, end, w in bare:
            if (
                any(mm.start == w_start for mm in mentions_of(ctx, seg))
                or next_word(text, end)[:1].isupper()
                or not _party_end(text, end)
            ):
                continue  # "phía Việt Nam", a personal name, or a compound
            iso = _topic_pick(w, table[w], topic)
            if iso != HOME and topic.counts[iso] == 0:
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
            iso = _topic_pick(m["w"], table[m["w"]], topic)
            if iso not in topic.countries or next_word(text, m.end())[:1].isupper() or not _party_end(text, m.end()):
                continue  # only the article's own parties: "phía Mông" in an article about Mongolia
            how = "romanised" if m["w"] in gz.countries[iso].romanised else "Hán-Việt"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m['w']}' alone is the {how} abbreviation {gz.countries[iso].abbr} of {gz.name_of(iso)}: "
                f"as a party it is written in full",
                suggestion=text[m.start() : m.start("w")] + gz.name_of(iso),
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


# ---------------------------------------------------------------- C104 place calques


@register
class PlaceNameCalque(SegmentRule):
    code = "C104"
    name = "place-name-calque"
    category = "terminology/wrong-term"
    severity = Severity.MAJOR
    summary = "A Chinese rendering of a place with a standard Vietnamese name ('Biển Đông Trung Quốc' → 'Biển Đông')"
    why = (
        "南中国海 comes out as 'Biển Đông Trung Quốc' or 'Biển Nam Trung Hoa', 西沙/南沙 as 'Tây Sa'/'Nam Sa', "
        "岘港 as 'Hiện Cảng', and world cities and countries in the Hán-Việt reading of their Chinese names "
        "(马来西亚 'Mã Lai Tây Á' for Malaysia, the short 沙特 'Sa Đặc' for Saudi Arabia). For the sea and the "
        "archipelagos this is a sovereignty-laden error (critical); the tables are references/places.tsv and "
        "the generated places.cldr.tsv."
    )
    fires = (
        "Hai bên trao đổi về tình hình [[Biển Nam Trung Hoa]] và an ninh hàng hải.",
        "Tàu cá của ngư dân Quảng Ngãi hoạt động gần [[quần đảo Tây Sa]].",
        "Campuchia và Việt Nam ký thỏa thuận\nĐoàn đến [[Kim Biên]] vào sáng 12/3.",
        "Chủ tịch nước tới [[Cáp Ngõa Na]] chiều 20/9 và hội đàm với lãnh đạo Cuba.",
        "Hội nghị diễn ra tại [[Khai La]] trong hai ngày.",
        "Quốc vương [[Giản Phố Trại]] Norodom Sihamoni tiếp đoàn đại biểu Việt Nam.",
    )
    quiet = (
        "Hai bên trao đổi về tình hình Biển Đông và an ninh hàng hải tại quần đảo Hoàng Sa.",
        "Công ty Nam Hải khai trương chi nhánh mới; Kim Biên là tên một khu chợ cổ.",
        "Phong trào Đông Kinh Nghĩa Thục ra đời năm 1907; ông Khai La là trưởng thôn.",
        "Thủ đô Luân Đôn đón du khách; đế chế La Mã sụp đổ.",
        "Vùng biển mà một số nước gọi là South China Sea chính là Biển Đông của Việt Nam.",
        "Sự kiện Vịnh Bắc Bộ (Gulf of Tonkin incident) năm 1964; người Hoa xưa gọi Sài Gòn là Tây Cống.",
        "Du học sinh tại Anh Quốc và Hi Lạp tăng; Tiệp Khắc cũ nay là Séc và Slovakia.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in _segments_with(ctx, "place"):
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        for m in mentions_of(ctx, seg):
            place = m.place
            if place is None:
                continue
            before = seg.text[: m.start].rstrip()
            if place.whole and self._inside_name(seg.text, m.start, m.end, long=m.text.count(" ") >= 2):
                continue
            if _NAMING.search(before):
                continue  # 'báo chí quốc tế gọi là South China Sea': the other name is cited as such
            if m.text.isascii() and self._in_english(seg.text, m.start, m.end):
                continue  # 'Gulf of Tonkin incident', '"South China Sea: The Struggle …"': English cited as such
            after_word = any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in place.before)
            if place.before and place.needs:  # either will do: 'tại Mạn Cốc', or 'Mạn Cốc' in a story about Thailand
                if not (after_word or self._needs_met(ctx, topic, place.needs)):
                    continue
            elif (place.before and not after_word) or (place.needs and not self._needs_met(ctx, topic, place.needs)):
                continue
            fix = _cap(place.standard, m.text) if m.text[:1].isupper() else place.standard
            sev = Severity.parse(place.severity)
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{m.text}' renders Chinese {place.zh}; the Vietnamese name is {place.standard}",
                suggestion=fix,
                severity=sev,
                confidence=0.9,
            )

    @staticmethod
    def _in_english(text: str, start: int, end: int) -> bool:
        """An English calque beside another English word, or quoted: a title or a term cited in English."""
        prev, nxt = prev_word(text, start), next_word(text, end)
        words = (w.strip(".,;:!?\"'“”()") for w in (prev, nxt))
        if any(_is_foreign(w) and not is_valid_syllable(w.lower()) for w in words):
            return True
        return text[:start].count('"') % 2 == 1 or text[:start].count("“") > text[:start].count("”")

    @staticmethod
    def _inside_name(text: str, start: int, end: int, long: bool = False) -> bool:
        """A capitalised word right before (inside the sentence) or after: part of a longer name
        ('Đông Kinh Nghĩa Thục'), unless punctuation parts them ('Kuala Lumpur, Mã Lai Tây Á'). A reading of
        three syllables or more is no Vietnamese name's beginning: a capitalised word after it is the next name
        ('Thủ tướng Giản Phố Trại Hun Manet')."""
        prev, nxt = prev_word(text, start), next_word(text, end)
        if nxt[:1].isupper() and not long:
            return True
        if prev[-1:] in ",;:(–-":  # 'Kuala Lumpur, Mã Lai Tây Á': punctuation parts the two names
            return False
        return prev[:1].isupper() and not _sentence_start(text, start - len(prev) - 1)

    def _needs_met(self, ctx: DocContext, topic: Topic, needs: tuple[str, ...]) -> bool:
        """The document names one of the countries (ISO codes) or holds one of the words of ``needs``."""
        return any(topic.counts[n] if re.fullmatch(r"[A-Z]{2}", n) else self._doc_has(ctx, n) for n in needs)

    @staticmethod
    def _doc_has(ctx: DocContext, word: str) -> bool:
        return word in content_lines(ctx).text


# ---------------------------------------------------------------- C105 untranslated country words


_OFFICE_BEFORE = re.compile(
    r"(?:Tổng thống|Thủ tướng|Chủ tịch|Bộ trưởng|Ngoại trưởng|Đại sứ|Quốc hội|Chính phủ|Nhà nước|Hoàng gia|"
    r"Quốc vương|Nữ hoàng|phía|nhân dân)\s+$"
)


@register
class UntranslatedCountryWord(SegmentRule):
    code = "C105"
    name = "untranslated-country-word"
    category = "accuracy/untranslated"
    severity = Severity.MINOR
    summary = "An English country name or adjective left in Vietnamese text ('Tổng thống Belarussian', 'Germany')"
    why = (
        "MT leaves English country words untranslated. Vietnamese uses the country name for the adjective "
        "too ('Tổng thống Belarus'). An English adjective is a major error, an English name a minor one; "
        "words inside English names ('Korean Air', 'Vietnam Airlines'), quotes or brackets are left alone."
    )
    fires = (
        "Tổng thống [[Cambodian]] Hun Sen tiếp đoàn đại biểu Việt Nam.",
        "Hai nước Việt Nam và [[France]] ký hiệp định về giáo dục.",
        "Tập đoàn [[Japanese]] Sumitomo Mitsui rót vốn vào dự án.",
    )
    quiet = (
        "Hãng Korean Air mở đường bay mới; đội tuyển Miss Vietnam lên đường; sữa Dutch Lady giảm giá.",
        "Tên tiếng Anh của nước này là (Cambodia); Belarus và Lithuania ký hiệp định.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in _segments_with(ctx, "en", "en_adj"):
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        gz = gazetteer()
        text = seg.text
        for m in mentions_of(ctx, seg):
            if m.kind not in ("en", "en_adj"):
                continue
            prev, nxt = prev_word(text, m.start), next_word(text, m.end)
            if (
                (_is_foreign(prev) and not _is_vi_context(prev))
                or prev in ("tiếng", "tên", "là")
                or text[: m.start].count("(") > text[: m.start].count(")")
            ):
                continue
            if text[: m.start].count('"') % 2 or text[: m.start].count("“") > text[: m.start].count("”"):
                continue
            bare = nxt.strip(".,;:!?)")
            if bare in _ORG_WORDS or (bare and bare.islower() and _is_foreign(bare)):
                continue
            office = bool(_OFFICE_BEFORE.search(text[max(0, m.start - 30) : m.start]))
            if bare[:1].isupper() and _is_foreign(bare) and not office and not _before_a_name(prev, bare):
                continue  # an English proper name: "sữa Dutch Lady", "giải Indian Wells"
            name = gz.name_of(m.iso)
            sev = Severity.MAJOR if m.kind == "en_adj" and (office or _is_vi_context(bare)) else Severity.MINOR
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"English '{m.text}' left untranslated; Vietnamese: {name}",
                suggestion=name,
                severity=sev,
                confidence=0.85,
            )


# ---------------------------------------------------------------- T201 exonym consistency


@register
class InconsistentExonym(DocumentRule):
    code = "T201"
    name = "inconsistent-exonym"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    summary = "One country spelled two ways in one document (Belarus / Bêlarút, Italia / Ý)"
    why = (
        "Vietnamese has competing spellings of many country names. Each is acceptable, but one text should "
        "keep one. One finding per minority spelling, at its first use, suggesting the document's majority "
        "form. Long and short forms (Vương quốc Anh / Anh, Hoa Kỳ / Mỹ) are not an inconsistency."
    )
    fires = (
        "Việt Nam và Belarus ký hiệp định\nBelarus cam kết hỗ trợ; sinh viên Việt Nam học tại [[Bêlarút]].\n"
        "Belarus đánh giá cao quan hệ với Việt Nam.",
    )
    quiet = (
        "Việt Nam và Italia ký hiệp định\nThủ tướng Italia tiếp đoàn; Vương quốc Anh và Anh cùng một nước.",
        "Ý kiến của chuyên gia Italia về hợp tác với Việt Nam được đánh giá cao.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        first: dict[tuple[str, str], tuple[int, Mention]] = {}
        for index, mentions in topic.mentions.items():
            for m in mentions:
                if m.iso and not m.weak and m.kind in ("name", "variant"):
                    forms[m.iso][m.text] += 1
                    first.setdefault((m.iso, m.text), (index, m))
        gz = gazetteer()
        for iso, counter in forms.items():
            if len(counter) < 2:
                continue
            standard = gz.name_of(iso)
            majority = max(counter, key=lambda f: (counter[f], f == standard))
            for form in counter:
                if form != majority:
                    index, m = first[(iso, form)]
                    yield Hit(
                        index,
                        m.start,
                        m.end,
                        f"'{form}' ({counter[form]}x) and '{majority}' "
                        f"({counter[majority]}x) name the same country in this document",
                        suggestion=majority,
                        confidence=0.8,
                    )
