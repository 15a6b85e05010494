"""C101's speaker's-country frames: 我国 ('our country') turned into 'Trung Quốc' where the sentence itself says whose
country is meant, through the people who speak in it, whatever the article's other countries (a page about Laos that
also tells of the Laos–China railway, a page of a Vietnamese film at the Shanghai festival):

- the meeting's two leaders: 'Chủ tịch nước Lương Cường hội đàm với Chủ tịch nước Lào …' and then 'Hai nhà lãnh đạo
  đánh giá cao … kim ngạch thương mại giữa Trung Quốc và Lào': the two leaders assess their own countries' relation,
  so a third country in its pair is the slip, and the fix is the meeting's other party;
- a Vietnamese official's national first: 'Cục trưởng Cục Điện ảnh cho biết đây là lần đầu tiên một bộ phim của
  Trung Quốc giành giải thưởng cao nhất' (我国影片): a speaker named by a Vietnamese name or a bare Vietnamese body (no
  country after it) who tells of a first prize or title won by a country's team or work tells of his own country's.

A sentence naming one of China's cities, institutions or leaders, a rivalry, a discussion of a third relation, or (for
the meeting) a meeting whose parties include China stays quiet.

A record's Chinese source says it outright: 我国 in the words of a named country's official ('日本外相表示，我国将…',
'老挝总理说：“我国…') is that country, so the target's 'Trung Quốc' beside that country's name is the slip, and the
fix is the country (not where the source names China, 中国 or 中方, or 我国 comes before the speaker, as a Chinese
publisher's own 'our country' does: '我国外交部发言人表示…').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from audit.lang.countries import HOME, Mention, find_mentions, gazetteer
from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import RIVALRY_WORDS, segments_naming, sentence_bounds, topic_of
from audit.rules.countries.promoted_goods import vietnamese_speaker

_PIVOT = "CN"
# the meeting's two parties as the subject of the sentence that assesses their relation
_PARTIES = re.compile(
    r"(?<!\w)[Hh]ai (?:nhà lãnh đạo|bên|Chủ tịch|Tổng thống|Thủ tướng|Bộ trưởng|Tổng Bí thư|Ngoại trưởng)(?!\w)"
)
_BETWEEN = re.compile(r"(?<!\w)giữa\s+$")
_JOIN = re.compile(r"\s*(?:và|với|[-–—])\s*")
# a meeting of two leaders: 'X hội đàm với Y', 'X tiếp Y', 'X điện đàm với Y'
_MEETING = re.compile(r"(?<!\w)(?:hội đàm|hội kiến|điện đàm|gặp gỡ|gặp|làm việc|tiếp|đón)(?: với)? (?=\S)")
# the two discuss a third relation, or a link or deal built between two other countries ('tuyến đường sắt nối giữa
# Trung Quốc và Lào', 'khoản vay giữa Trung Quốc và Campuchia'): not their own relation
_DISCUSS = re.compile(
    r"(?<!\w)(?:trao đổi|thảo luận|bàn|đề cập|chia sẻ|quan điểm|lo ngại|đường sắt|đường ống|đường bộ|cao tốc|kênh đào|"
    r"cảng|cầu|khoản vay|vay|dự án|hành lang|tuyến)(?!\w)"
)
_RIVALRY = re.compile(RIVALRY_WORDS)
_LOOK_BACK = 2  # content segments before the sentence where the meeting may be told

# a national first: 'lần đầu tiên (một) <team or work> của <country> giành/đoạt …'
_FIRST_OF = re.compile(r"(?<!\w)lần đầu tiên(?: một| các| những)?(?: [\w-]+){1,4} của $")
_WINS = re.compile(
    r"\s+(?:(?:đã|chính thức)\s+)?(?:(?:giành|đoạt|nhận|được trao|được nhận)(?: được)?(?: [\w-]+){0,2}?"
    r" (?:giải|huy chương|HCV|danh hiệu|chức vô địch|ngôi|cúp|Cúp|Kim|Oscar|Cành cọ)|vô địch|lên ngôi|được vinh danh)"
    r"(?!\w)"
)
# what makes a first someone else's: 'hai nước' (the two countries, the speaker's and the other), a year ('… giành
# giải Oscar là từ năm 2001': a first of history, not today's news)
_HISTORY = re.compile(r"(?<!\w)(?:hai nước|(?:19|20)\d\d)(?!\w)")
_SAID = re.compile(r"(?<!\w)(?:cho biết|khẳng định|nhấn mạnh|nói|chia sẻ|tự hào|phát biểu|nhận định)(?: rằng)?[,:]?\s")
# a speaker named by a bare body of the state: 'Cục trưởng Cục Điện ảnh', 'Thứ trưởng Bộ Văn hóa, Thể thao và Du
# lịch', 'Đại diện Sở Văn hóa' (a foreign body carries its country: 'Cục Điện ảnh Trung Quốc')
_BODY_SPEAKER = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:Cục trưởng|Phó Cục trưởng|Tổng cục trưởng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Giám đốc"
    r"|Phó Giám đốc|Chủ tịch|Đại diện|Người phát ngôn|Lãnh đạo) (?:Cục|Tổng cục|Vụ|Bộ|Sở|Ủy ban|Uỷ ban|Liên đoàn|Hội)"
    r"(?: [\w,]+){1,8}\s*$"
)
# an official's title before a Vietnamese name ('Thứ trưởng Nguyễn Văn A', 'Trưởng đoàn thể thao Việt Nam Trần B'):
# an official speaks for the state; a commentator, coach or expert may tell of any country's first
_OFFICIAL = re.compile(
    r"(?<!\w)(?:Bộ trưởng|Thứ trưởng|Cục trưởng|Vụ trưởng|Tổng cục trưởng|Chủ tịch|Phó Chủ tịch|Thủ tướng|Phó Thủ tướng"
    r"|Tổng Bí thư|Giám đốc Sở|Đại sứ|Trưởng đoàn|Người phát ngôn)(?!\w)"
)


def speaker_country_hits(
    rule: Rule, ctx: DocContext, anchored: Callable[[str, str], bool], home_named: Callable[[DocContext], bool]
) -> Iterator[Hit]:
    """C101's findings on 'Trung Quốc' in the meeting's own relation and in a Vietnamese official's national first;
    ``home_named``: whether the article names Việt Nam, its leaders or its provinces (the second frame needs it)."""
    segs = [
        s
        for s in segments_naming(ctx, gazetteer().name_of(_PIVOT))
        if ("giữa" in s.text and _PARTIES.search(s.text)) or "lần đầu" in s.text
    ]
    if not segs:
        return  # the common case: no sentence naming China holds either frame's words
    topic = topic_of(ctx)
    content = ctx.doc.content
    order = {s.index: n for n, s in enumerate(content)}
    home = home_named(ctx)
    for seg in segs:
        ms = [m for m in topic.mentions.get(seg.index, []) if m.iso and not m.weak]
        for i, m in enumerate(ms):
            if m.iso != _PIVOT:
                continue
            start, end = sentence_bounds(seg.text, m.start)
            sentence = seg.text[start:end]
            if anchored(sentence, _PIVOT) or _RIVALRY.search(sentence):
                continue
            before = content[max(0, order[seg.index] - _LOOK_BACK) : order[seg.index]]
            hit = _meeting_pair(seg, ms, i, start, before, anchored)
            if hit is None and home:
                hit = _own_first(seg, m, start, end)
            if hit is not None:
                yield hit


_OUR = "我国"
_CHINA_ZH = re.compile(r"中国|中方|中华|中[越老日韩美俄欧泰柬缅印非]|[越老日韩美俄欧泰柬缅印非]中")
# an official's title and a saying verb after the country's Chinese name, then 我国 in the same sentence
# (代表: a body's representative, '泰国自然资源与环境部代表表示', speaks for it as its official does)
_OFFICIAL_ZH = r"(?:总统|总理|首相|外相|外长|外交部长|部长|大臣|大使|发言人|国王|主席|议长|官员|领导人|代表)"
_SAYS_ZH = r"(?:表示|说|称|指出|强调|宣布|介绍|认为)"


@functools.cache
def _quoted_official() -> re.Pattern[str]:
    """'<country's Chinese name> … <official's title> … <saying verb> … 我国' within one sentence of the source."""
    names = sorted({c.zh for c in gazetteer().countries.values() if c.zh and c.iso != _PIVOT}, key=len, reverse=True)
    country = "|".join(map(re.escape, names))
    return re.compile(
        rf"(?P<c>{country})[^。！？；，“”\n]{{0,16}}?{_OFFICIAL_ZH}[^。！？；“”\n]{{0,16}}?{_SAYS_ZH}[^。！？；\n]{{0,60}}?{_OUR}"
    )


@functools.cache
def _iso_by_zh() -> dict[str, str]:
    return {c.zh: c.iso for c in gazetteer().countries.values() if c.zh}


def quoted_official_hits(rule: Rule, ctx: DocContext) -> Iterator[Hit]:
    """C101's findings on 'Trung Quốc' in a record whose Chinese source gives 我国 in a named country's official's
    words: the country meant is the official's."""
    gz = gazetteer()
    china = gz.name_of(_PIVOT)
    lines = content_lines(ctx)
    if china not in lines.text:
        return  # the common case, one search of the article
    for seg in lines.segments:
        src = seg.source
        if not src or _OUR not in src or china not in seg.text or _CHINA_ZH.search(src):
            continue
        said = _quoted_official().search(src)
        if said is None:
            continue
        iso = _iso_by_zh()[said["c"]]
        name = gz.name_of(iso)
        if iso not in _countries_in(seg.text):
            continue  # the target does not name the speaker's country: no sure alignment
        if seg.text.count(name) >= src.count(said["c"]) + src.count(_OUR):
            continue  # 我国 already rendered as the speaker's country; 'Trung Quốc' stands for a China the source
            # names another way ('北京', '台湾海峡 … (Trung Quốc)', '中资企业')
        for m in re.finditer(rf"(?<!\w){china}(?!\w)", seg.text):
            yield Hit(
                seg.index,
                m.start(),
                m.end(),
                f"'{china}' where the source says 我国 ('our country') in the words of {name}'s official "
                f"('{said.group()[:30]}…'): the country meant is {name}",
                suggestion=name,
                confidence=0.85,
            )


def _meeting_pair(
    seg: Segment, ms: list[Mention], i: int, start: int, before: list[Segment], anchored: Callable[[str, str], bool]
) -> Hit | None:
    """The hit when the ``i``-th mention is one side of 'giữa X và Y' said of the meeting's two leaders ('Hai nhà lãnh
    đạo …') and not one of the meeting's two parties, while the other side is."""
    text, m = seg.text, ms[i]
    if "giữa" not in text or not _PARTIES.search(text, start, m.start) or _DISCUSS.search(text, start, m.start):
        return None
    other = None
    if i > 0 and _JOIN.fullmatch(text, ms[i - 1].end, m.start) and _BETWEEN.search(text, start, ms[i - 1].start):
        other = ms[i - 1]
    elif i + 1 < len(ms) and _JOIN.fullmatch(text, m.end, ms[i + 1].start) and _BETWEEN.search(text, start, m.start):
        other = ms[i + 1]
    if other is None or other.iso == m.iso:
        return None
    parties = _meeting_parties(seg, start, before, anchored)
    if parties is None or m.iso in parties or other.iso not in parties:
        return None
    (intended,) = parties - {other.iso}
    gz = gazetteer()
    name = gz.name_of(intended)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{gz.name_of(m.iso)}' in the relation the two leaders of {gz.pair_name(*sorted(parties))} assess, "
        f"with {gz.name_of(other.iso)}: the other party is {name}",
        suggestion=name,
        confidence=0.85,
    )


def _meeting_parties(
    seg: Segment, start: int, before: list[Segment], anchored: Callable[[str, str], bool]
) -> set[str] | None:
    """The two countries of the nearest meeting told before the sentence at ``start`` (earlier in its segment, or in
    the segments ``before``): those named with the leaders' titles, and Việt Nam for a side named by a Vietnamese name
    or by an office only Việt Nam has ('Chủ tịch nước Lương Cường hội đàm với Chủ tịch nước Lào …'), and China where
    the sentence names one of its leaders."""
    texts = [s.text for s in before] + [seg.text[:start]]
    for text in reversed(texts):
        sentences = [s for s in re.split(r"(?<=[.;!?])\s+", text) if s.strip()]
        for sentence in reversed(sentences):
            meeting = _MEETING.search(sentence)
            if meeting is None:
                continue
            named = _countries_in(sentence)
            if anchored(sentence, _PIVOT):
                named.add(_PIVOT)  # 'Chủ tịch Tập Cận Bình hội đàm với …': China is a party
            if HOME not in named and vietnamese_speaker(sentence[: meeting.start()], sentence):
                named.add(HOME)
            return named if len(named) == 2 else None
    return None


def _countries_in(text: str) -> set[str]:
    """The countries ``text`` names (not a one-syllable name that may be an ordinary word at a sentence's start)."""
    return {m.iso for m in find_mentions(text) if m.iso and not m.weak}


def _own_first(seg: Segment, m: Mention, start: int, end: int) -> Hit | None:
    """The hit when the mention owns the team or work of a national first ('lần đầu tiên một bộ phim của Trung Quốc
    giành giải …') told by a Vietnamese official; the country meant is Việt Nam."""
    text = seg.text
    if "lần đầu" not in text or not _FIRST_OF.search(text, start, m.start) or not _WINS.match(text, m.end):
        return None
    said = _SAID.search(text, start, m.start)
    if said is None:
        return None
    speaker = text[start : said.start()]
    told = text[said.end() : end]
    if _countries_in(speaker) - {HOME} or _countries_in(told) - {m.iso} or _HISTORY.search(told):
        return None  # a foreign speaker; a sentence naming another country beside it or 'hai nước'; a year of history
    if not (_BODY_SPEAKER.search(speaker) or (_OFFICIAL.search(speaker) and vietnamese_speaker(speaker, text))):
        return None
    gz = gazetteer()
    home = gz.name_of(HOME)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{gz.name_of(m.iso)}' owns a national first told by a Vietnamese official ('{speaker.strip()}'): the "
        f"speaker's country is {home}",
        suggestion=home,
        confidence=0.8,
    )
