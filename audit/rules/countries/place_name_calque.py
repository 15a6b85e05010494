"""C104: a Chinese rendering of a place with a standard Vietnamese name (南中国海 → 'Biển Đông Trung Quốc')."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.cited_names import cited_old_name
from audit.lang.countries import Mention, Topic, gazetteer, next_word, prev_word
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.batch_rows import LONG_DOCUMENT, NEAR_SEGMENTS
from audit.rules.countries.context import (
    _cap,
    _is_foreign,
    _segments_with,
    _sentence_start,
    as_written,
    mentions_of,
    topic_of,
)
from audit.rules.organisations import organisation_holding
from audit.rules.registry import register

# Two countries listed together: a comma or 'và' between them
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# Words before a person's name ('ông Ba Tây'): a name there is a person's, not a country's
_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em"})
# A name cited as another party's name for the place: 'mà quốc tế gọi là South China Sea', '(tiếng Anh: …)'; not
# 'kêu gọi' (to call on: 'Liên Hợp Quốc kêu gọi Ô Khắc Lan và Nga …' is a calque; review36)
_NAMING = re.compile(
    r"(?<!kêu )(?:gọi là|gọi|gọi\s[^.;,]{1,40}\slà|tên gọi|tên là|tiếng Anh(?: là)?:?|tiếng Trung(?: là)?:?)"
    r"\s*[\"“(']?$"
)
# A shop's sign names the dish or trade, the owner's home town and her given name ('bún cá Nha Trang Loan', 'tiệm may
# Hạ Long Loan'): a bay read the Chinese way ('… Loan', 湾) is the owner's name there (review28)
_SHOP_SIGN = re.compile(
    r"(?<!\w)(?:[Qq]uán|[Tt]iệm|[Cc]ửa hàng|[Nn]hà hàng|[Hh]iệu|[Ss]ạp|[Kk]ios?t?|[Bb]ún|[Pp]hở|"
    r"[Bb]ánh|[Cc]ơm|[Cc]hè|[Ll]ẩu|[Nn]em|[Cc]hả|[Hh]ủ tiếu|[Mm]ì|[Cc]háo|[Xx]ôi|[Gg]ỏi|[Hh]ải sản)"
    r"(?:\s+(?!(?:ở|tại|trên|quanh|của|và|gần|ven|dọc)(?!\w))[^\s,.;:!?]+){0,2}\s+$"
)

# A fix opening on a classifier noun Vietnamese writes lowercase before a name ('sông Mê Công', 'quần đảo Hoàng Sa')
# keeps it lowercase mid-sentence, whatever the calque's case; a reef's 'Đá Gạc Ma', a gulf's 'Vịnh Thái Lan' and the
# Gulf region's 'Vùng Vịnh' are written capitalised as whole names (the earlier sets' accepted fixes) and keep the
# calque's case
_CLASSIFIER = re.compile(r"(?:sông|quần đảo|hồ|núi|eo biển) ")

# A football club's word and its Latin nickname right before a city read in Hán-Việt: 'câu lạc bộ Ventforet Giáp Phủ'
# (甲府 Kofu), 'CLB Consadole Trát Hoảng' (札幌 Sapporo): the city is the club's, after the city gate's 'thành phố'
# (misses25); one or two words of plain Latin letters between ('Urawa Red …' stays out: its city comes first)
_CLUB_BEFORE = re.compile(r"(?<!\w)(?:[Cc]âu lạc bộ|CLB|[Đđ]ội bóng)(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2} $")

# A university's, a hospital's or an airport's name right before a city's reading of three syllables or more, which
# closes the name: 'Đại học Kỹ thuật Mộ Ni Hắc' (慕尼黑工业大学 Technical University of Munich), 'Nhạc viện Uy Ni
# Tư' (misses35); up to three capitalised words between (each maybe with a lowercase one: 'Kỹ thuật'), and no
# capitalised word after the reading (as for a club)
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:Đại học|Học viện|Nhạc viện|Viện|Bệnh viện|Sân bay|Bảo tàng|Nhà hát|Thư viện)"
    r"(?: [A-ZĐ]\w*(?: [a-zđ]\w*)?){0,3} $"
)

# A minister's title with its portfolio right before a country's two-syllable reading: 'Bộ trưởng Thương mại Sa Đặc'
# (沙特商务部长), 'Thứ trưởng Bộ Ngoại giao Ba Tây', 'Ngoại trưởng A Mạn' (misses32); the portfolio opens in a
# capital, up to four words
_MINISTER_BEFORE = re.compile(r"(?<!\w)(?:(?:Bộ trưởng|Thứ trưởng|Bộ)(?: [A-ZĐ]\w*)(?: \w+){0,3}|Ngoại trưởng)$")

# A person word right before a '… Loan' name: 'ông Thái Quốc Loan', 'chị Thái Lan Loan' are people (review29)
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]ô|[Cc]hú|[Bb]ác|[Cc]ụ|[Đđ]ồng chí|[Nn]hà báo|[Nn]ghệ sĩ)\s+$"
)


# A state's leader's title right before a country's two-syllable reading: a capitalised word after it is the
# holder's name, not more of a longer name ('Tổng thống Ba Tây Lula', 'Thủ tướng Lão Qua Sonexay'; misses44)
_LEADER_TITLES = ("Thủ tướng", "Tổng thống", "Quốc vương", "Thái tử")


def _after_leader_title(before: str, place_before: tuple[str, ...]) -> bool:
    """``before`` (the text before a mention, stripped) ends with a leader's title the place's row accepts."""
    return before.endswith(_LEADER_TITLES) and any(
        t in place_before and re.search(rf"(?<!\w){t}$", before) for t in _LEADER_TITLES
    )


def _capitalised_beside(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after ``start:end``: what a longer name holding it needs (a quick test)."""
    return next_word(text, end)[:1].isupper() or prev_word(text, start)[:1].isupper()


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
        "(马来西亚 'Mã Lai Tây Á' for Malaysia, the short 沙特 'Sa Đặc' for Saudi Arabia; a Japanese city's or "
        "prefecture's of two syllables only after 'thành phố' or 'tỉnh', or in a club's name after its Latin nickname: "
        "札幌 'thành phố Trát Hoảng', 'CLB Consadole Trát Hoảng'; a European city's reading of three syllables "
        "or more closing an institution's name too: 'Đại học Kỹ thuật Mộ Ni Hắc' (慕尼黑); a Vietnamese "
        "province or city read in the Hán-Việt of its Chinese name likewise: 广义 'tỉnh Quảng Nghĩa' for Quảng Ngãi, "
        "顺化 'thành phố Thuận Hóa' for Huế, where a commune or ward of that name is right; a bay read with 湾 after "
        "it, 'Nha Trang Loan', but not in a shop's sign, where 'Loan' is the owner: 'quán bún cá Nha Trang Loan'; "
        "a country's reading after a leader's title though a name follows: 'Tổng thống Ba Tây Lula'; a reading "
        "gated on a word before it counts after a place's preposition alone, 'họp tại Khánh Châu', where the "
        "document writes it after its word elsewhere, 'thành phố Khánh Châu', as a headline names the city its "
        "dateline gives). "
        "For the "
        "sea and the archipelagos this is a sovereignty-laden error (critical); the tables are "
        "references/places.tsv and the generated places.cldr.tsv."
    )
    fires = (
        "Hai bên trao đổi về tình hình [[Biển Nam Trung Hoa]] và an ninh hàng hải.",
        "Tàu cá của ngư dân Quảng Ngãi hoạt động gần [[quần đảo Tây Sa]].",
        "Campuchia và Việt Nam ký thỏa thuận\nĐoàn đến [[Kim Biên]] vào sáng 12/3.",
        "Chủ tịch nước tới [[Cáp Ngõa Na]] chiều 20/9 và hội đàm với lãnh đạo Cuba.",
        "Hội nghị diễn ra tại [[Khai La]] trong hai ngày.",
        "Quốc vương [[Giản Phố Trại]] Norodom Sihamoni tiếp đoàn đại biểu Việt Nam.",
        "Na Uy cam kết 3 tỷ USD, [[Ba Tây]] và Indonesia mỗi nước 1 tỷ USD.",
        "Giá dầu tăng do căng thẳng ở các nước [[Hải Loan]].",
        "Du khách đến thành phố [[Quảng Đảo]] và tỉnh [[Xung Thằng]]; lệnh ngừng bắn ở Dải [[Gia Sa]] có hiệu lực.",
        "Lũ quét ở tỉnh [[Lượng Sơn]] làm sập 12 ngôi nhà; đoàn về thành phố [[Thuận Hóa]] chiều nay.",
        "Bộ trưởng Nông nghiệp [[Trí Lợi]] thăm Việt Nam; Ngoại trưởng [[A Mạn]] gửi điện mừng.",
        "Trường ký thỏa thuận với Đại học [[Ba Tắc La Na]]; sinh viên học ở Nhạc viện [[Uy Ni Tư]].",
        "Tổng thống [[Ba Tây]] Lula tiếp đoàn; đại hội diễn ra tại [[Thái Quốc]] tháng 12.",
        "Mưa lớn kéo dài ở [[Cao Bình]]\nLũ quét ở tỉnh [[Cao Bình]] làm 4 người mất tích.",
    )
    quiet = (
        "Hai bên trao đổi về tình hình Biển Đông và an ninh hàng hải tại quần đảo Hoàng Sa.",
        "Công ty Nam Hải khai trương chi nhánh mới; Kim Biên là tên một khu chợ cổ.",
        "Phong trào Đông Kinh Nghĩa Thục ra đời năm 1907; ông Khai La là trưởng thôn.",
        "Thủ đô Luân Đôn đón du khách; đế chế La Mã sụp đổ.",
        "Vùng biển mà một số nước gọi là South China Sea chính là Biển Đông của Việt Nam.",
        "Sự kiện Vịnh Bắc Bộ (Gulf of Tonkin incident) năm 1964; người Hoa xưa gọi Sài Gòn là Tây Cống.",
        "Du học sinh tại Anh Quốc và Hi Lạp tăng; Tiệp Khắc cũ nay là Séc và Slovakia.",
        "Ông Ba Tây ở xóm trên; làng Ba Tây và xã Tân Thành cùng đón bằng công nhận.",
        "Chị Hải Loan bán hàng ở chợ Bến Thành; Hợp tác xã Hải Loan mở rộng sản xuất.",
        "Quán phở Cam Ranh Loan mở cửa từ 6 giờ sáng; bà Thái Quốc Loan là giáo viên.",
        "Ông làm việc tại Đại Tân rồi chuyển về Kinh Đô; bà Gia Sa là giáo viên.",
        "Phường Thuận Hóa mở lễ hội đường phố; xã Cao Bình đạt chuẩn nông thôn mới.",
        "Đại học Mễ Lan Anh mở ở Cần Thơ; Viện trưởng Uy Ni Tư Minh phát biểu.",
        "Liên danh có Tân Gia Pha Cảng vụ Tập đoàn (PSA) và hãng tàu Đan Mạch.",
        "Học sinh trường Ba Tây Lula mở hội chợ; anh Thái Quốc ghi bàn ở phút 90.",
        "Đoàn công tác về Cao Bình trao quà; xã Cao Bình đạt chuẩn nông thôn mới.",
        "Yangon là Ngưỡng Quang trong sách cũ. Tại Ngưỡng Quang, chùa Shwedagon thu hút du khách.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Each segment's calques, in order, with a gated calque the document confirms elsewhere after its own gate
        word where it stands after a place's preposition without it (see :data:`_PLACE_PREPOSITIONS`)."""
        found = self._by_segment(ctx)
        for seg in _segments_with(ctx, "place"):
            yield from found.get(seg.index, ())

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        found = self._by_segment(ctx)
        if seg.index in found and 0 <= seg.index < len(ctx.doc.segments) and ctx.doc.segments[seg.index] is seg:
            yield from found[seg.index]  # what :meth:`run` finds there, the document's confirmations included
        else:
            yield from self._check(seg, ctx, None)

    def _by_segment(self, ctx: DocContext) -> dict[int, list[Hit]]:
        """The hits of each segment with a place, a deferred calque's among them where another segment confirms it
        (memoised as "C104 hits": :meth:`run` and :meth:`check` give the same)."""

        def compute(_doc: object) -> dict[int, list[Hit]]:
            found: dict[int, list[Hit]] = {}
            deferred: list[tuple[Segment, Mention]] = []
            confirmed: dict[str, list[int]] = {}  # a calque found → the segments where it was
            for seg in _segments_with(ctx, "place"):
                hits = found[seg.index] = list(self._check(seg, ctx, deferred))
                for hit in hits:
                    confirmed.setdefault(seg.text[hit.start : hit.end], []).append(seg.index)
            long = len(ctx.doc.segments) > LONG_DOCUMENT  # a batch of unrelated rows: the confirming row must be near
            for seg, m in deferred:
                where = confirmed.get(m.text, ())
                if any(not long or abs(i - seg.index) <= NEAR_SEGMENTS for i in where):
                    found.setdefault(seg.index, []).append(self._hit(seg, ctx, m))
            return found

        return ctx.memo("C104 hits", compute)

    def _check(self, seg: Segment, ctx: DocContext, deferred: list[tuple[Segment, Mention]] | None) -> Iterator[Hit]:
        """The calques of ``seg``; a gated one whose gate word is missing but that follows a place's preposition is
        appended to ``deferred`` (when given) for :meth:`run` to judge against the rest of the document."""
        topic = topic_of(ctx)
        mentions = mentions_of(ctx, seg)
        for m in mentions:
            place = m.place
            if place is None:
                continue
            before = seg.text[: m.start].rstrip()
            club = "thành phố" in place.before and (
                _CLUB_BEFORE.search(seg.text, max(0, m.start - 50), m.start)
                or (m.text.count(" ") >= 2 and _INSTITUTION_BEFORE.search(seg.text, max(0, m.start - 60), m.start))
            )
            if (
                not club
                and place.whole
                and self._inside_name(seg.text, m.start, m.end, long=m.text.count(" ") >= 2)
                and not _after_leader_title(before, place.before)
            ):
                continue
            if club and next_word(seg.text, m.end)[:1].isupper():
                continue  # more of the club's name after it
            if m.text.endswith(" Loan") and _SHOP_SIGN.search(seg.text, max(0, m.start - 40), m.start):
                continue  # 'quán bún cá Nha Trang Loan': a shop named for its owner
            if m.text.endswith(" Loan") and _PERSON_BEFORE.search(seg.text, max(0, m.start - 20), m.start):
                continue  # 'ông Thái Quốc Loan': a person's name (surname Thái), not the Gulf of Thailand
            if _capitalised_beside(seg.text, m.start, m.end) and organisation_holding(seg.text, m.start, m.end):
                continue  # 'Mi Công Hà Ủy viên Hội' (the MRC), 'Tân Gia Pha Cảng vụ Tập đoàn' (PSA): C107's
            if _NAMING.search(before):
                continue  # 'báo chí quốc tế gọi là South China Sea': the other name is cited as such
            if cited_old_name(seg.text, m.start):
                continue  # '… Pháp được gọi là Phú Lãng Sa, Đức là Đức Ý Chí và Ý là Ý Đại Lợi' (clean68)
            if _glossed_near(ctx, place.standard, seg.index):
                continue  # 'sách cũ chép Canada là Gia Nã Đại': the reading glossed by the name itself (review32)
            if m.text.isascii() and self._in_english(seg.text, m.start, m.end):
                continue  # 'Gulf of Tonkin incident', '"South China Sea: The Struggle …"': English cited as such
            after_word = bool(club) or any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in place.before)
            after_word = after_word or (bool(place.before) and _listed_country(seg.text, m, mentions))
            if not after_word and "Thủ tướng" in place.before and "trưởng" in before[-40:]:
                after_word = _MINISTER_BEFORE.search(before, max(0, len(before) - 60)) is not None
            if place.whole and not after_word and _PERSON_BEFORE.search(seg.text, max(0, m.start - 20), m.start):
                continue  # 'chị Cổ Ba' in a story on Cuba: a person's name, the story's country aside (misses28)
            if place.whole and not after_word and next_word(seg.text, m.end).rstrip(",.;:") == "phương":
                continue  # 'Ấn Ni phương' (印尼方, the Indonesian side): C103's, whole
            if place.before and place.needs:  # either will do: 'tại Mạn Cốc', or 'Mạn Cốc' in a story about Thailand
                if not (after_word or self._needs_met(ctx, topic, place.needs)):
                    if deferred is not None and _after_place_preposition(before):
                        deferred.append((seg, m))
                    continue
            elif (place.before and not after_word) or (place.needs and not self._needs_met(ctx, topic, place.needs)):
                if deferred is not None and place.before and _after_place_preposition(before):
                    deferred.append((seg, m))
                continue
            yield self._hit(seg, ctx, m)

    def _hit(self, seg: Segment, ctx: DocContext, m: Mention) -> Hit:
        """The finding on the calque ``m`` of ``seg``, with the standard name written as the text needs it."""
        place = m.place
        assert place is not None
        fix = _cap(place.standard, m.text) if m.text[:1].isupper() else place.standard
        if _CLASSIFIER.match(place.standard) and not _capitalised_here(seg.text, m.start):
            fix = place.standard  # 'hạ lưu Mê Công Hà' -> 'sông Mê Công', not 'Sông Mê Công'
        if " " in fix and place.before and "Thủ tướng" in place.before:
            fix = as_written(ctx, fix)  # a country: as the document spells it ('Ả Rập Xê-út')
        return self.hit(
            seg,
            m.start,
            m.end,
            f"'{m.text}' renders Chinese {place.zh}; the Vietnamese name is {place.standard}",
            suggestion=fix,
            severity=Severity.parse(place.severity),
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


# A place's preposition right before a gated calque without its gate word ('họp tại Khánh Châu', 'lũ ở Lượng Sơn'):
# the calque counts there when the document writes it after its gate word elsewhere ('thành phố Khánh Châu'), as a
# headline names the city its dateline gives in full (adversary121). A person's name ('Khánh Châu', a given name) or a
# company's after 'tại' in the same document as the city read so is not to be expected.
_PLACE_PREPOSITIONS = re.compile(r"(?<!\w)(?:tại|ở|đến|tới|từ|về|Tại|Ở)$")


def _after_place_preposition(before: str) -> bool:
    """``before`` (the text before a mention, stripped) ends with a place's preposition."""
    return _PLACE_PREPOSITIONS.search(before, max(0, len(before) - 4)) is not None


def _glosses(text: str, m: Mention) -> bool:
    """The mention is glossed by the place's standard name right before it ('người Việt xưa gọi Viêng Chăn là Vạn
    Tượng', 'Canada là Gia Nã Đại', 'Huế tức Thuận Hóa') or right after it ('Vạn Tượng, tức Viêng Chăn', 'Vạn Tượng
    (nay là Viêng Chăn)')."""
    assert m.place is not None
    name = "(?:" + "|".join(re.escape(n) for n in _standard_names(m.place.standard)) + ")"
    before = text[: m.start].rstrip()
    if re.search(rf"(?<!\w){name}\s+(?:là|tức|hay)\s*[\"“(']?$", before):
        return True
    return re.match(rf"\s*[,(]?\s*(?:là|tức|tức là|nay là)\s+{name}(?!\w)", text[m.end :]) is not None


@functools.cache
def _standard_names(standard: str) -> tuple[str, ...]:
    """The standard name of a place and, for a country, its other Vietnamese names: Italia's 'Ý' glosses 'Ý Đại Lợi'
    as well ('Ý là Ý Đại Lợi', clean68); the longest first."""
    names = {standard}
    for country in gazetteer().countries.values():
        if standard in country.vi_all:
            names.update(n for n in country.vi_all if n)
    return tuple(sorted(names, key=len, reverse=True))


def _glossed_near(ctx: DocContext, standard: str, index: int) -> bool:
    """The document glosses a reading of the place ``standard`` names (:func:`_glosses`): a writer who tells the
    reader that Vạn Tượng is Viêng Chăn may go on writing Vạn Tượng (clean65); MT does not gloss its own calques.
    In a batch of over 300 unrelated rows only a gloss within 25 rows of segment ``index`` counts."""
    where = _glossed(ctx).get(standard, ())
    if len(ctx.doc.segments) <= LONG_DOCUMENT:
        return bool(where)
    return any(abs(i - index) <= NEAR_SEGMENTS for i in where)


def _glossed(ctx: DocContext) -> dict[str, list[int]]:
    """The standard names of the places whose reading the document glosses, with the segments where it does
    (memoised as "C104 glossed")."""

    def glossed(_doc: object) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for seg in _segments_with(ctx, "place"):
            for m in mentions_of(ctx, seg):
                if m.place is not None and _glosses(seg.text, m):
                    out.setdefault(m.place.standard, []).append(seg.index)
        return out

    return ctx.memo("C104 glossed", glossed)


def _capitalised_here(text: str, start: int) -> bool:
    """A fix at ``start`` takes the calque's capital: it opens the sentence, or a capitalised word before it (one
    that opens no sentence) makes it part of a name ('Chiến tranh Hải Loan' -> 'Chiến tranh Vùng Vịnh')."""
    if _sentence_start(text, start):
        return True
    prev = prev_word(text, start)
    return prev[:1].isupper() and not _sentence_start(text, start - len(prev) - 1)


def _listed_country(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A country's two-syllable reading listed with another country ('Ba Tây và Indonesia', 'Chile, Ba Tây'):
    a comma or 'và' between it and a country's name. A reading of a city is no country and stays gated."""
    assert m.place is not None
    if m.place.standard not in gazetteer().forms or prev_word(text, m.start).lower() in _HONORIFICS:
        return False
    for other in mentions:
        if other.place is not None or other.kind not in ("name", "variant", "form"):
            continue
        gap = text[other.end : m.start] if other.end <= m.start else text[m.end : other.start]
        if _LISTED.fullmatch(gap):
            return True
    return False
