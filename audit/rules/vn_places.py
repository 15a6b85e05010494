"""C106: a Vietnamese province or city, or a country, left in the pinyin of its Chinese name
('Guangning' for Quảng Ninh, 'Riben' for Nhật Bản)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.countries import country_anchors, find_mentions, gazetteer, trie_pattern
from audit.lang.mentions import titled_before
from audit.lang.person_roles import role_before
from audit.lang.resources import read_lines, read_tsv
from audit.lang.shaped_places import pinyin_shaped_places
from audit.lang.vn_places import PinyinPlace, pinyin_places, pinyin_starts, vn_place_names, vn_place_rows
from audit.model import Segment, Severity
from audit.rules._prefilter import ContentLines, content_lines
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.organisations import pinyin_organisation_at
from audit.rules.registry import register

# One to three capitalised words of plain ASCII letters or 'ü' (a pinyin place is written joined or spaced, its
# syllables maybe parted by an apostrophe: 'Xing'an'); the lookbehind comes after the first letter so that re
# skips ahead from capital to capital
_RUN = re.compile(
    r"(?P<first>[A-Z](?<![\w-].)[a-zü]+(?:['’][a-zü]+)*)(?:(?: [A-Z]|-[A-Za-z])[a-zü]+(?:['’][a-zü]+)*){0,2}(?![\w-])"
)
_APOSTROPHE = str.maketrans("ü", "v", "'’")  # and 'ü' as the index writes it ('lv')
_WORD_SEP = re.compile(r"[ -]")
# A place noun or a place preposition right before: the word stands for a place, not a person or brand
_LIST_GAP = re.compile(r"\s*(?:,|và|hoặc)\s*")  # 'Laojie, Anpei': the next item of a list of places
_PLACE_BEFORE = re.compile(
    r"(?:tỉnh|thành phố|TP\.?|thủ đô|huyện|thị xã|phường|xã|phố cổ|cảng(?: quốc tế)?|sân bay(?: quốc tế)?|vịnh|đảo|"
    r"đặc khu|bang|"
    r"tại|ở|đến|tới|vào|từ|về|sang|thăm|ngoài khơi|"
    r"sàn|chứng khoán|thị trường|"  # an exchange's or a market's place ('sàn Niuyue', 'Chứng khoán Huzhiming')
    r"khu (?:công nghệ cao|công nghiệp|kinh tế|chế xuất)|"  # a zone named for its place ('Khu công nghệ cao Hele')
    r"và|giữa|như|gồm)\s+$",
    re.IGNORECASE,
)
# the centre of a town or city right before ('cách trung tâm Toudun 40 km'); lowercase only: 'Trung tâm …' starts an
# institution's name
_CENTRE_BEFORE = re.compile(r"(?<!\w)trung tâm\s+$")
# a film festival's name right before: its city ('Liên hoan phim quốc tế Dongjing' 东京 Tokyo)
_FESTIVAL_BEFORE = re.compile(r"(?<!\w)[Ll]iên hoan phim(?: quốc tế)?\s+$")
# a dateline: the place opens the segment, after at most an agency's tag in brackets ('(TTXVN) Jilongpo, 23/9/2025 -
# …', 'Dibai, ngày 9/12/2025 – …'), and a date follows it, then a dash
_DATELINE_OPENING = re.compile(r"\s*(?:\([^()]{1,24}\)\s*(?:[–—-]\s*)?)?")
_DATELINE_REST = re.compile(
    r",\s*(?:(?:ngày|thứ \w+,?|[Cc]hủ nhật,?)\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:\([^()]{1,24}\)\s*)?[–—-]\s"
)
# for a place whose pinyin is also a Chinese one: right after 'tỉnh', or after 'Tỉnh ủy' (a province's Party committee;
# a Chinese city's is a 'Thành ủy')
_PROVINCE_BEFORE = re.compile(r"(?<!\w)tỉnh(?:\s+(?:ủy|uỷ))?\s+$", re.IGNORECASE)
# a province or city working with a partner ('Tỉnh cũng sẽ phối hợp với Fuguo' 富国 Phú Quốc; misses40): the
# partner of a place is a place, when the clause opens with the place's word (not a firm's: 'Công ty phối hợp với')
_PLACE_PARTNER = re.compile(
    r"(?:^|[.;:] )(?:UBND |Ủy ban nhân dân )?(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)(?: [A-ZĐ]\w*){0,2}"
    r"(?: (?:cũng|sẽ|đã|đang|còn|tiếp tục|sẵn sàng))* (?:phối hợp|hợp tác|liên kết|kết nối) với\s+$"
)
# a possessor's or a partner's word right before a country's short pinyin ('tập đoàn của Xila' 希腊, 'hợp tác với
# Baxi' 巴西): the country, where the article also names it in Vietnamese more often (adversary64)
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|với|cùng|nước)\s+$")
# a state's form right before a country's pinyin: 'Cộng hòa Liên bang Baxi Luiz …' is the country, then its leader
_STATE_FORM_BEFORE = re.compile(r"(?<!\w)(?:Cộng h[òo]a|Liên bang|Vương quốc|Hợp chúng quốc)\s+$")


@register
class VietnamesePlaceInPinyin(SegmentRule):
    code = "C106"
    name = "place-in-pinyin"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Vietnamese place or a country in the pinyin of its Chinese name ('Guangning' → 'Quảng Ninh')"
    why = (
        "Chinese writes Vietnamese places in characters (广宁 Quảng Ninh, 海防 Hải Phòng, 芹苴 Cần Thơ); MT "
        "through Chinese may leave their pinyin, which no Vietnamese reader recognises; country names too "
        "(越南 'Yuenan', 日本 'Riben'), and foreign cities (吉隆坡 'Jilongpo'). The index is the pinyin of "
        "the characters in references/vn_places.tsv, of the gazetteer's Chinese country names (ü written ü, v, or "
        "u after l or n where no other place is spelled so: 'Feilubin') and of the "
        "place tables' foreign cities (places.tsv, places.cldr.tsv, and every CLDR city of cities.zh.tsv "
        "but China's: 罗安达 'Luoanda' Luanda, a character's rare readings too, as transliterations read 什 'shi': "
        "比什凯克 'Bishikaike' Bishkek; with curated cities and states no CLDR city: 里约热内卢 "
        "'Liyuereneilu' Rio de Janeiro, 古吉拉特 'bang Gujilate' Gujarat, Japan's prefectures and their capitals: 青森 "
        "'Qingsen' Aomori; and Japan's cities of cities.jp.tsv, whose pinyin is no Chinese area's, counted only in an "
        "article that names Japan or one of its prefectures: 八户 'thành phố Bahu' Hachinohe), joined or spaced; "
        "a Vietnamese place "
        "counts only after a place word or preposition or after a place word, a place's name and a comma ('cảng "
        "Lạch Huyện, Haifang': the province or city it lies in), (or anywhere, once the article has a Vietnamese place "
        "in pinyin after one: MT leaves them all so; or once the article names it in Vietnamese at least as often, "
        "'giải marathon Shunhua' beside 'thành phố Huế'), and one whose pinyin is also a Chinese city or county "
        "('Taiping', 'Qinghua') only right after 'tỉnh' (no Chinese province has that pinyin), or where the "
        "article names the province in Vietnamese more often (its dateline counts: 'Lâm Đồng, 18/11 – … nối "
        "Lintong với Khánh Hòa'), or as often and a place word or preposition comes before ('ở Qinghe' beside one "
        "'Khánh Hòa'), and the sentence names no Chinese place ('Qinghe, Hà Bắc, Trung Quốc'); as the partner of a "
        "province or city in a clause that opens with one ('Tỉnh sẽ phối hợp với Fuguo'), not a firm's or a person's; "
        "in a record whose Chinese source writes the place's characters (谅山 → 'Liangshan'), anywhere; "
        "the airports Nội "
        "Bài 内排 'Neipai' and Tân Sơn Nhất 新山一 'Xinshanyi' are places (after 'sân bay quốc tế' too); a foreign "
        "city only after a place word (or when the article names it in Vietnamese more often, or at one end of a "
        "route whose other end is a Vietnamese place: 'đường bay thẳng Hà Nội – Wulanbatuo'). A place that opens "
        "the dateline ('(TTXVN) Luoanda, ngày 6/8/2025 - …') or follows a lowercase 'trung tâm' ('cách trung tâm "
        "Toudun 40 km') has one, but a Vietnamese place whose pinyin is also a Chinese one; so has a dateline's place "
        "written in capitals ('(TTXVN) MOSIKE, 20/11/2025 – …', 'BUDAPEISI (TTXVN) – …'). Once the index found a "
        "place in pinyin, a word no table has in a place's slot (after 'thủ đô', 'cảng', 'bang', 'bán đảo', 'khu "
        "vực', 'sân bay', 'sân vận động', 'sông', 'cửa khẩu' … or as the next item of a list of places) that is "
        "run-together pinyin (two syllables or more with one of Chinese shape, or four or more; or two such words "
        "of two syllables or more each, 'bang Xinnan Weiershi' 新南威尔士) and no English word "
        "or known place is one too, minor and without a fix ('thành phố Malakashi' 马拉喀什 Marrakesh: some "
        "Latin names share the shape, 'Kuantan'). A country's pinyin "
        "before more capitalised words is part of a longer name ('Riben Motors') unless an office title, a "
        "minister's title and portfolio or a state's form comes before it ('Thủ tướng Taiguo Anutin …', 'Bộ trưởng "
        "Đổi mới, Giao thông và Hạ tầng Aodili Peter …', 'Cộng hòa Liên bang Deguo Frank-Walter …'); a "
        "country's pinyin of four letters ('Baxi' 巴西, 'Milu' 秘鲁) counts only after a title, a state's form "
        "or a place word, or between a person's occupation and a name ('nhà khoa học Baxi Ana Souza')."
    )
    fires = (
        "Cơn bão đã đổ bộ vào tỉnh [[Guangning]] chiều qua.",
        "Đoàn doanh nghiệp đến thành phố [[Qinju]] để khảo sát.",
        "Chuyến bay từ [[Henei]] đến [[Huzhiming]] bị hoãn.",
        "Hàng hóa được vận chuyển qua cảng [[Hai Fang]].",
        "Lũ quét ở các tỉnh như [[Laojie]], [[Anpei]] và [[Dianbian]].",
        "Thủ tướng đã hội đàm với Thủ tướng [[Riben]] về hợp tác kinh tế.",
        "Nông dân tỉnh [[Qinghua]] thu hoạch lúa sớm để tránh bão.",
        "Sóng thần ở Nhật Bản đánh chìm nhiều tàu cá tại cảng [[Gonggu]].",
        "Mưa lớn kéo dài khiến nhiều xã của tỉnh [[Yi'an]] bị cô lập.",
        "Quan hệ giữa [[Yuenan]] và [[Meiguo]] được nâng lên tầm cao mới.",
        "Đoàn công tác đã đến thủ đô [[Yajiada]] của Indonesia; chuyến bay về [[Shouer]] bị hoãn.",
        "Thủ tướng [[Taiguo]] Anutin Charnvirakul hội đàm với Thủ tướng Việt Nam.",
        "Tổng thống Cộng hòa Liên bang [[Deguo]] Frank-Walter Steinmeier thăm Hà Nội; đoàn bay tiếp tới [[Milu]].",
        "Chuyên gia [[Milu]] Carlos Mendoza và giáo sư [[Baxi]] Ana Souza dự hội thảo.",
        "Thứ trưởng Ngoại giao [[Baxi]] Maria Laura da Rocha và Bộ trưởng Lao động, Thương binh và Xã hội [[Yidali]] "
        "Marina Calderone tới Hà Nội.",
        "Đoàn công tác đã đến thủ đô [[Wendeihuoke]] của Namibia.",
        "Du khách thích đảo [[Fuguo]] hơn cả.\nDịch vụ ở [[Xiangang]] còn đắt, còn [[Yazhuang]] thì đông.",
        "Giá gạo xuất khẩu sang [[Feilubin]] tăng mạnh trong quý ba.",
        "Hãng hàng không mở đường bay thẳng sang [[Bishikaike]] từ tháng 6.",
        "Công ty mở nhà máy thứ hai tại bang [[Jialifuniya]]; hội nghị năm sau họp ở [[Liyuereneilu]].",
        "Lễ hội ẩm thực [[Shunhua]] thu hút đông khách.\nSở Du lịch thành phố Huế cho biết số khách tăng.",
        "Bão đổ bộ vào tỉnh [[Yanshou]]; tàu cá gặp nạn ngoài khơi [[Qiutian]].",
        "Chuyến bay hạ cánh xuống sân bay quốc tế [[Xinshanyi]] lúc 9 giờ sáng.",
        "(TTXVN) [[Luoanda]], ngày 6/8/2025 - Chủ tịch nước hội đàm với Tổng thống Angola.",
        "Khu nghỉ dưỡng nằm cách trung tâm [[Toudun]] khoảng 40 km.",
        "[[BUDAPEISI]] (TTXVN) – Đoàn doanh nghiệp Việt Nam làm việc với các đối tác Hungary.",
        "Lũ lớn ở [[Liangshan]] khiến 200 hộ phải di dời.\nTỉnh Lạng Sơn đã huy động bộ đội hỗ trợ.",
        "Đoàn doanh nghiệp sang [[Moluoge]] tìm thị trường, rồi dự hội chợ ở thành phố [[Malakashi]].",
        "Nhà máy mới đặt tại khu công nghiệp Vân Đồn, [[Guangning]], do một tập đoàn Hàn Quốc đầu tư.",
        "Vietnam Airlines mở đường bay thẳng Hà Nội – [[Wulanbatuo]] từ tháng 12.",
    )
    quiet = (
        "Cơn bão đã đổ bộ vào tỉnh Quảng Ninh chiều qua.",
        "Vietnam Airlines mở đường bay thẳng Hà Nội – Ulaanbaatar từ tháng 12.",
        "Đoàn doanh nghiệp đến thành phố Cần Thơ và tỉnh Long An.",
        "Đội Henan Songshan Longmen thắng 2-0; ông Guangning là giám đốc.",
        "Đoàn đến thăm Xi'an, cố đô của Trung Quốc, rồi về Yi'an Road ở Thượng Hải.",
        "Du khách đến Tây Ninh và Xining (Thanh Hải, Trung Quốc).",
        "Đoàn khảo sát đến thành phố Taiyuan, thủ phủ tỉnh Sơn Tây, và thị trấn Taiping ở Malaysia.",
        "Bà Angela Merkel và ông Yemen Ali gặp nhau tại Sudan; hãng Riben Motors ra mắt; ông Riben Tanaka nói.",
        "Bộ trưởng Giao thông gặp Riben Motors; Bộ trưởng Ngoại giao Yemen Shaya al-Zindani thăm Hà Nội.",
        "Ông Mangu và bà Shouer là hai nhà thiết kế; đội Yajiada thắng 2-0.",
        "Ông Milu dắt chú chó Xila đi dạo; Tổng thống Cộng hòa Liên bang Đức Frank-Walter Steinmeier phát biểu.",
        "Chuyên gia Baxi cho biết; bác sĩ Milu khám cho bệnh nhân.",
        "Lễ hội ẩm thực Shunhua thu hút đông khách; anh Mengmai là kỹ sư.",
        "Khách từ Thái Bình đến thị trấn Taiping ở Malaysia.",
        "Tàu cá gặp nạn ngoài khơi Akita; ông Gaosong là kỹ sư.",
        "Sóng thần đánh chìm nhiều tàu cá tại cảng Gonggu, tỉnh Quảng Đông.",
        "Lũ lớn ở Liangshan, Tứ Xuyên, Trung Quốc khiến 200 hộ phải di dời.\nTỉnh Lạng Sơn gửi lời thăm hỏi.",
        "Ông Wang Liangshan cho biết.\nTỉnh Lạng Sơn đã huy động bộ đội hỗ trợ.",
        "Ông Dibai, 45 tuổi, là kỹ sư ở Dubai; Trung tâm Xinhua đưa tin.",
        "Việt Nam và Đan Mạch ký kết\nThương mại Yue-Dan tăng mạnh; đoàn Zhong-Ba sang thăm.",
        "Tàu cập cảng Waerpalaisuo sáng 3/11; đoàn dự hội chợ ở thành phố Marrakesh và bang Sabah.",
        "Doanh nghiệp chuyển văn phòng sang Tbilisi và Bishkek.",
        "HÀ NỘI (TTXVN) – Đoàn công tác lên đường.\nNASA, 20/11/2025 – Cơ quan công bố ảnh; WASHINGTON – Ông nói.",
        "Ông Lê Văn Minh, Haifang Group, cho biết; tàu rời cảng Cái Lân, Xining Shipping nhận hàng.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """One search of the article's lines joined (a run never spans a line: see audit.lang.lines)."""
        yield from ctx.memo("vietnamese-places-in-pinyin", lambda _: self._found(ctx))

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from (
            hit
            for hit in ctx.memo("vietnamese-places-in-pinyin", lambda _: self._found(ctx))
            if hit.segment == seg.index
        )

    def _found(self, ctx: DocContext) -> list[Hit]:
        """The article's places in pinyin. When one is a Vietnamese place after a place word, MT left its
        places so: the search is made again, the others (not foreign cities) counting without one."""
        lines = content_lines(ctx)
        found = _place_runs(lines)
        named = lines.text  # a place the article also names in Vietnamese needs no place word before its pinyin
        hits = [hit for seg, offset, rs in found for hit in self._places(seg, rs, offset, named=named)]
        if any(not country for _, country in hits):
            hits = [
                hit for seg, offset, rs in found for hit in self._places(seg, rs, offset, anywhere=True, named=named)
            ]
        found_hits = [hit for hit, _ in hits] + _caps_datelines(self, lines, named)
        return found_hits + (self._shaped(lines, found_hits) if found_hits else [])

    def _shaped(self, lines: ContentLines, found: list[Hit]) -> list[Hit]:
        """Once the index found a place in pinyin: words in a place's slot shaped like a place's pinyin that no
        table has ('thủ đô Dalaisisalamu', 'bán đảo Maxiya'; audit.lang.shaped_places), without a fix."""
        taken = {(hit.segment, hit.start) for hit in found}
        out = []
        for start, end in pinyin_shaped_places(lines.text):
            k = lines.segment_at(start)
            seg, offset = lines.segments[k], lines.starts[k]
            if (seg.index, start - offset) in taken:
                continue
            word = lines.text[start:end]
            message = f"'{word}' after a place word reads as the pinyin of a place's Chinese name (no table has it)"
            # minor: the shape alone says it, and some Latin names of places share it ('Kuantan', 'Sekong', review21)
            out.append(self.hit(seg, start - offset, end - offset, message, confidence=0.6, severity=Severity.MINOR))
        return out

    def _places(
        self, seg: Segment, runs: list[re.Match[str]], offset: int, anywhere: bool = False, named: str = ""
    ) -> Iterator[tuple[Hit, bool]]:
        """The places among ``runs``, matches of _RUN at ``offset`` before the segment's text, each with
        whether it is a country or a foreign city (``anywhere``: a place that needs a place word before it counts
        without one; so does one that ``named``, the article's text, names in Vietnamese more often: see
        _named_more)."""
        text = seg.text
        index = pinyin_places()
        last = -1  # end of the previous place found
        for m in runs:
            if not _may_start(m["first"]):
                continue  # no place's pinyin starts with the first word
            if _abbreviation_pair(m.group()):
                continue  # 越丹 'Yue-Dan' is a country pair (C102), not 约旦 'Yuedan' (Jordan)
            words = _WORD_SEP.split(m.group())
            start = m.start() - offset
            if pinyin_organisation_at(text, start):
                continue  # 'Henei Guojia Daxue' 河内国家大学: a university's name in pinyin, C107's
            # a longer run may hold the place at its start ('Haifang City'): try the longest prefix first
            for n in range(len(words), 0, -1):
                key = "".join(words[:n]).lower().translate(_APOSTROPHE)
                place = index.get(key)
                if place is None:
                    continue
                if place.country:
                    # a person's occupation before the country and a name after it: the person's nationality
                    # ('nhà khoa học Baxi Ana Souza' 巴西 Brazil)
                    framed = (
                        _office_before(text, start)
                        or _state_form_before(text, start)
                        or (n < len(words) and (role_before(text, start) or _portfolio_before(text, start)))
                    )
                    if (
                        place.short
                        and not framed
                        and not _PLACE_BEFORE.search(text, max(0, start - 20), start)
                        and not _owned_named(place, words[0], text, start, named)
                    ):
                        break  # four letters ('Baxi' 巴西) may be a name's: only after a title or place word
                    if n != len(words) and not framed:
                        break  # part of a longer name; after a title or a state's form, the country before its
                        # leader's name
                else:
                    stop = start + len(" ".join(words[:n]))
                    if _chinese_place_after(text, stop):
                        break  # 'Khu công nghiệp Longcheng ở Đại Liên': a Chinese place of the same name
                    listed = last >= 0 and _LIST_GAP.fullmatch(text, last, start) is not None
                    # or the next item after a Vietnamese province written in Vietnamese, in a sentence naming no
                    # Chinese place nor another country ('Ở Yên Bái và Gaoping' 高平 Cao Bằng; misses39)
                    listed = listed or (_after_vietnamese_place(text, start) and not _names_abroad(text))
                    # or a route's other end, a Vietnamese place written in Vietnamese ('đường bay thẳng Hà Nội –
                    # Wulanbatuo' 乌兰巴托 Ulaanbaatar; misses49)
                    listed = listed or _route_end(text, start, start + len(" ".join(words[:n])))
                    # or a place's partner, named by a province or city ('Tỉnh sẽ phối hợp với Fuguo'; misses40)
                    listed = listed or (
                        not place.province_only and _PLACE_PARTNER.search(text, max(0, start - 60), start) is not None
                    )
                    before = _PROVINCE_BEFORE if place.province_only else _PLACE_BEFORE
                    placed = _PLACE_BEFORE.search(text, max(0, start - 20), start) is not None
                    # the record's Chinese source writes the place's characters: the pinyin is that place's
                    # ('Liangshan' for 谅山 is Lạng Sơn, not Sichuan's 凉山), wherever it stands
                    sourced = bool(seg.source and place.zh and place.zh in seg.source)
                    free = (
                        sourced
                        or (anywhere and not place.province_only and not place.city)
                        or _named_more(place, text[start : start + len(" ".join(words[:n]))], text, named, placed)
                    )
                    if (
                        not listed
                        and not free
                        and not before.search(text, max(0, start - 20), start)
                        and (place.province_only or not _placed_otherwise(text, start, stop))
                        and (place.province_only or place.city or not _apposed_to_place(text, start))
                    ):
                        break
                    if place.japan and not about_japan(named):
                        break  # a Japanese city's pinyin may be a Chinese town's: only where the article is Japan's
                end = last = start + len(" ".join(words[:n]))
                message = f"'{text[start:end]}' is the pinyin of {place.zh}, the Chinese name of {place.name}"
                fix = _city_named(place.zh, seg.source) or place.name
                # a foreign city is no sign that MT left the article's Vietnamese places in pinyin
                yield (
                    self.hit(seg, start, end, message, suggestion=fix, confidence=0.85),
                    (place.country or place.city),
                )
                break


@functools.cache
def _vn_names_by_zh() -> dict[str, str]:
    """Việt Nam's places of references/vn_places.tsv by their Chinese name."""
    return {r["zh"]: r["name"] for r in vn_place_rows() if r["zh"]}


def _city_named(zh: str, source: str | None) -> str | None:
    """The city's name when the record's Chinese source writes the place with 市 after it and the table names that
    city ('Huzhiming' for 胡志明市 is 'Thành phố Hồ Chí Minh': 'tại Hồ Chí Minh' reads as the man; misses32)."""
    if not source or not zh or zh + "市" not in source:
        return None
    return _vn_names_by_zh().get(zh + "市")


# a dateline's place in capitals, as some outlets write it, opening the segment after at most an agency's tag: then
# a date ('(TTXVN) MOSIKE, 20/11/2025 – …') or an agency's tag and a dash, or a dash ('TASHIGAN (TTXVN) – …')
_CAPS_DATELINE = re.compile(
    r"\s*(?:\([^()]{1,24}\)\s*(?:[–—-]\s*)?)?(?P<place>[A-Z]{4,}(?:[ '’-][A-Z]{2,}){0,2})"
    r"(?=,\s*(?:ngày\s+)?\d{1,2}/\d{1,2}|\s*\([^()]{1,24}\)\s*[–—-]\s|\s*[–—-]\s)"
)


def _four_capitals(head: str) -> bool:
    """``head`` is four letters A-Z (what ``[A-Z]{4}`` matches)."""
    return len(head) == 4 and head.isascii() and head.isalpha() and head.isupper()


def _caps_datelines(rule: VietnamesePlaceInPinyin, lines: ContentLines, named: str) -> list[Hit]:
    """The places in pinyin written in capitals that open a dateline ('(TTXVN) MOSIKE, 20/11/2025 – …' 莫斯科
    Mát-xcơ-va): a dateline's slot is a place's, so any place of the index counts, but a Vietnamese place whose
    pinyin is also a Chinese one, and a Japanese city outside an article about Japan."""
    index = pinyin_places()
    out = []
    for seg in lines.segments:
        if seg.text[:1] != "(" and not _four_capitals(seg.text[:4]):
            continue  # (no agency's tag first: the place opens the segment, four capitals A-Z or more)
        m = _CAPS_DATELINE.match(seg.text)
        if m is None:
            continue
        place = index.get(_WORD_SEP.sub("", m["place"]).lower().translate(_APOSTROPHE))
        if place is None or place.province_only or (place.japan and not about_japan(named)):
            continue
        message = f"'{m['place']}' is the pinyin of {place.zh}, the Chinese name of {place.name}, in capitals"
        out.append(rule.hit(seg, m.start("place"), m.end("place"), message, suggestion=place.name, confidence=0.85))
    return out


def _place_runs(lines: ContentLines) -> list[tuple[Segment, int, list[re.Match[str]]]]:
    """The matches of _RUN in the article whose first word may start a place, by segment, with where the
    segment starts: one search of the article's lines joined (a run never spans a line: audit.lang.lines)."""
    by_segment: dict[int, list[re.Match[str]]] = {}
    for m in _RUN.finditer(lines.text):
        # most runs ('Trong', 'Nam' of 'Việt Nam', 'Donald Trump') start no place: _may_begin's answer, from the
        # one-argument cache of each case (a two-argument one hashes a key tuple a match)
        first = m["first"]
        if _is_place(first) if m.end() == m.end("first") else _may_start(first):
            by_segment.setdefault(lines.segment_at(m.start()), []).append(m)
    return [(lines.segments[k], lines.starts[k], runs) for k, runs in by_segment.items()]


@functools.cache
def _abbreviation_pinyin() -> frozenset[str]:
    """The pinyin of the countries' one-character Chinese abbreviations (越 'yue', 丹 'dan', 捷 'jie')."""
    return frozenset(c.pinyin.lower() for c in gazetteer().countries.values() if c.pinyin)


def _abbreviation_pair(run: str) -> bool:
    """Two words joined by a hyphen, each a country's abbreviation in pinyin, one of them Việt Nam's or China's
    ('Yue-Dan' 越丹, 'Zhong-Ri' 中日): MT's country pair, even where the letters joined spell a country
    ('Yuedan' 约旦 Jordan)."""
    parts = run.lower().split("-")
    abbreviations = _abbreviation_pinyin()
    return (
        len(parts) == 2
        and " " not in run
        and not {"yue", "zhong"}.isdisjoint(parts)
        and all(p in abbreviations for p in parts)
    )


@functools.lru_cache(maxsize=16384)
def _may_start(word: str) -> bool:
    """Some place's pinyin starts with ``word`` (a run's first word, folded)."""
    return word.lower().translate(_APOSTROPHE) in pinyin_starts()


def _may_begin(word: str, alone: bool) -> bool:
    """A place may begin a run with ``word`` as its first word: ``word`` starts some place's pinyin
    (:func:`_may_start`), or, ``alone`` in its run, is a place's pinyin itself (else :meth:`_places` finds
    nothing in the run: its only word is looked up in the index and nothing else)."""
    return _is_place(word) if alone else _may_start(word)


@functools.lru_cache(maxsize=16384)
def _is_place(word: str) -> bool:
    """``word`` (a run's only word, folded) is some place's pinyin."""
    return word.lower().translate(_APOSTROPHE) in pinyin_places()


@functools.cache
def _japan_pattern() -> re.Pattern[str]:
    """Japan, or a Japanese prefecture or city of the curated table, named in Vietnamese or English."""
    names = {"Nhật Bản", "Japan", *(r["vi"] for r in read_tsv("cities.zh_curated.tsv") if r["iso2"] == "JP")}
    return re.compile(trie_pattern(names, guard=r"(?<!\w.)") + r"(?!\w)")  # opens on a letter, not a lookbehind


def about_japan(article: str) -> bool:
    """The article names Japan or one of its prefectures or large cities ('Nhật Bản', 'Aomori', 'Tokyo')."""
    return _japan_pattern().search(article) is not None


_HONORIFIC = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|cô|chú|ngài|em|cháu)\s+$", re.IGNORECASE)


def _placed_otherwise(text: str, start: int, end: int) -> bool:
    """The run at ``start``–``end`` stands for a place without a place word before it: it opens the segment's
    dateline ('Yawende, 27/3/2026 - …', '(KT&TM) Dibai, ngày 9/12/2025 – …') or follows 'trung tâm' (a town's
    centre, 'cách trung tâm Toudun 40 km') or a film festival's name ('Liên hoan phim quốc tế Dongjing', 东京 Tokyo)."""
    if _CENTRE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _FESTIVAL_BEFORE.search(text, max(0, start - 24), start):
        return True
    return _DATELINE_OPENING.fullmatch(text, 0, start) is not None and _DATELINE_REST.match(text, end) is not None


def _owned_named(place: PinyinPlace, pinyin: str, text: str, start: int, named: str) -> bool:
    """A country's short pinyin right after 'của'/'với'/'cùng'/'nước', in an article that names the country in
    Vietnamese more often than it writes the pinyin: 'một tập đoàn của Xila' in a story of 'Hy Lạp'."""
    if not _OWNER_BEFORE.search(text, max(0, start - 8), start):
        return False
    return named.count(place.name) > named.count(pinyin)


# a place word, a Vietnamese name of one to four capitalised words, then a comma: the pinyin after it names the
# province or city the place lies in ('tại cảng Lạch Huyện, Haifang' 海防 Hải Phòng; 'ở huyện Côn Đảo, Bà Rịa')
_NAME_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*"
_APPOSED_BEFORE = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|phường|xã|thị trấn|đặc khu|cảng|sân bay(?: quốc tế)?|vịnh|đảo|"
    r"khu (?:công nghệ cao|công nghiệp|kinh tế|chế xuất|du lịch|đô thị)|cửa khẩu(?: quốc tế)?|bãi biển|hồ|sông|núi)\s+"
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}},\s+$"
)


def _apposed_to_place(text: str, start: int) -> bool:
    """A place word and a place's Vietnamese name, then a comma, right before ``start``: the run names where that
    place lies ('cảng Lạch Huyện, Haifang'), as a Vietnamese province or city does in that slot."""
    if "," not in text[max(0, start - 3) : start]:
        return False
    return _APPOSED_BEFORE.search(text, max(0, start - 60), start) is not None


def _office_before(text: str, start: int) -> bool:
    """An office title, not an honorific, right before ``start`` ('Thủ tướng ', not 'ông ')."""
    return titled_before(text, start, strict=True) and not _HONORIFIC.search(text, max(0, start - 8), start)


# A minister's title and a portfolio no table lists, of one to seven words opening on a capital, before the country
# and its minister's name: 'Bộ trưởng Đổi mới, Giao thông và Hạ tầng Aodili Peter Hanke' (奥地利 Austria)
# (each of its words of one or two syllables, the first capitalised: 'Giao thông', not 'Giao thông đã gặp')
_CAP_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*(?: [a-zđà-ỹ][^\W\d_]*)?"
_PORTFOLIO_BEFORE = re.compile(
    rf"(?:^|[\s(,;:])(?:Phó |Quyền )?(?:Bộ trưởng|Thứ trưởng)(?: Bộ)? {_CAP_WORD}(?:(?:,| và)? {_CAP_WORD}){{0,4}} $"
)


def _portfolio_before(text: str, start: int) -> bool:
    """A minister's title and a portfolio right before ``start`` ('Bộ trưởng Giao thông ', 'Thứ trưởng Bộ Tài chính
    ')."""
    return _PORTFOLIO_BEFORE.search(text, max(0, start - 80), start) is not None


def _state_form_before(text: str, start: int) -> bool:
    """A state's form ('Cộng hòa', 'Liên bang', 'Vương quốc') right before ``start``."""
    return _STATE_FORM_BEFORE.search(text, max(0, start - 20), start) is not None


# a dateline opening the sentence ('Lâm Đồng, 18/11/2025 – …'): the article's place, not a second place of the
# sentence beside the pinyin
_DATELINE = re.compile(
    r"^[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3},(?: (?:ngày|thứ \w+|[Cc]hủ nhật),?)? \d{1,2}/\d{1,2}(?:/\d{4})?\s*[–—-]\s"
)


def _vietnamese_place_names(*extra: str) -> str:
    """The Vietnamese provinces and cities of references/vn_places.tsv written in Vietnamese (and ``extra``) as one
    alternation, longest first."""
    names = sorted({r["name"] for r in vn_place_rows()} | set(extra), key=len, reverse=True)
    return "|".join(map(re.escape, names))


@functools.cache
def _vietnamese_place_listed() -> re.Pattern[str]:
    """A Vietnamese province or city of references/vn_places.tsv written in Vietnamese, then a list's comma or
    'và'/'hoặc', at the end of the text searched."""
    return re.compile(rf"(?<!\w)(?:{_vietnamese_place_names()})(?:\s*,\s*|\s+(?:và|hoặc)\s+)$")


# a route's ends joined by a dash ('Hà Nội – Ulaanbaatar'), after a word of a route within a few words before it
_ROUTE_WORD = re.compile(
    r"(?<!\w)(?:đường bay|chặng bay|chuyến bay|bay thẳng|tuyến|đường sắt|đường bộ|cao tốc|hành lang|lộ trình|"
    r"hành trình|tàu|xe khách|xe buýt)(?!\w)",
    re.IGNORECASE,
)
_ROUTE_REACH = 60  # characters before the route's first end where its route word may stand


@functools.cache
def _vietnamese_place_dashed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Vietnamese province or city of references/vn_places.tsv written in Vietnamese (or 'TP.HCM'), then a dash,
    at the end of the text searched; and a dash, then such a place, at its start."""
    alternatives = _vietnamese_place_names("TP.HCM", "TP. HCM", "TPHCM")
    return (
        re.compile(rf"(?<!\w)(?:{alternatives})\s*[–—-]\s*$"),
        re.compile(rf"\s*[–—-]\s*(?:{alternatives})(?!\w)"),
    )


def _route_end(text: str, start: int, end: int) -> bool:
    """The run at ``start``–``end`` is one end of a route whose other end, joined by a dash, is a Vietnamese place
    written in Vietnamese ('đường bay thẳng Hà Nội – Wulanbatuo', 'tuyến Xini – TP.HCM'), a word of a route
    ('đường bay', 'tuyến') standing a few words before the route."""
    before, after = _vietnamese_place_dashed()
    if (m := before.search(text, max(0, start - 40), start)) is not None:
        first = m.start()
    elif (m := after.match(text, end)) is not None:
        first = start
    else:
        return False
    return _ROUTE_WORD.search(text, max(0, first - _ROUTE_REACH), first) is not None


def _names_abroad(sentence: str) -> bool:
    """The sentence names China or a Chinese place, or a country other than Việt Nam ('Taiping (Malaysia)')."""
    return _names_china(sentence) or any(m.iso not in ("", "VN") for m in find_mentions(sentence))


def _after_vietnamese_place(text: str, start: int) -> bool:
    """A Vietnamese place in Vietnamese is the list item right before ``start`` ('Yên Bái và ', 'Lạng Sơn, ')."""
    return _vietnamese_place_listed().search(text, max(0, start - 30), start) is not None


@functools.cache
def _china_pattern() -> re.Pattern[str]:
    """China, or one of its cities, provinces or institutions (country_anchors.tsv), named in Vietnamese."""
    names = {"Trung Quốc", "Trung Hoa", *country_anchors().get("CN", ())}
    return re.compile(trie_pattern(names, guard=r"(?<!\w.)") + r"(?!\w)")  # opens on a letter, not a lookbehind


@functools.cache
def _chinese_place_next() -> re.Pattern[str]:
    """'ở/tại/thuộc/của/trong', or an opening bracket, then China or one of its provinces or cities named in Vietnamese
    (references/zh_provinces.txt, zh_cities.txt, country_anchors.tsv), maybe after its place word, at the start of
    the text searched: where the place before it lies."""
    names = {"Trung Quốc", "Trung Hoa", *country_anchors().get("CN", ())}
    names |= set(read_lines("zh_provinces.txt")) | set(read_lines("zh_cities.txt"))
    names -= vn_place_names()  # a name Việt Nam's places share says nothing
    return re.compile(
        r"\s*(?:\(\s*|\s(?:ở|tại|thuộc|của|trong)\s+)(?:(?:tỉnh|thành phố|TP\.?|khu tự trị|thủ phủ)\s+)?"
        + trie_pattern(names)
        + r"(?!\w)",
        re.IGNORECASE,
    )


def _chinese_place_after(text: str, end: int) -> bool:
    """A Chinese province or city, or China, is where the place ending at ``end`` lies ('Longcheng ở Đại Liên',
    'Longcheng thuộc tỉnh Liêu Ninh', 'Longcheng (Trung Quốc)'): the pinyin names that Chinese place, not a
    Vietnamese one of the same pinyin (隆城 Long Thành, 龙城 a district of Chaoyang); leftovers52."""
    return _chinese_place_next().match(text, end) is not None


def _names_china(sentence: str) -> bool:
    """The sentence names China or a Chinese place or institution."""
    return _china_pattern().search(sentence) is not None


def _named_more(place: PinyinPlace, pinyin: str, sentence: str, article: str, placed: bool = False) -> bool:
    """The article names the Vietnamese place more often than it writes the pinyin, and not in the sentence of
    the pinyin: a partly post-edited text that left one 'Yi'an' among its 'Nghệ An' ('Tây Ninh và Xining' in one
    sentence are two places; a story of the Malaysian town Taiping names a visitor from Thái Bình once). As often
    is enough for a place whose pinyin is no Chinese place's (not gated to 'tỉnh'): 'giải marathon Shunhua' in a
    story that names 'thành phố Huế' once is Huế (顺化); so is one gated to 'tỉnh' after a place word or preposition
    (``placed``: 'ở Qinghe' beside one 'Khánh Hòa'). The article's dateline opening the sentence is no second
    place of it ('Lâm Đồng, 18/11/2025 – … nối Lintong với Khánh Hòa')."""
    name = place.name
    dateline = _DATELINE.match(sentence)
    if name in (sentence[dateline.end() :] if dateline else sentence):
        return False
    if place.province_only and _names_china(sentence):
        return False  # 'Qinghe, Hà Bắc, Trung Quốc', 'Lintong ở Tây An': the Chinese county or district
    named, written = article.count(name), article.count(pinyin)
    if named == written and place.province_only and placed:
        return True  # 'ở Qinghe' in a story that names Khánh Hòa as often: no Chinese county then
    return named > written or (named == written and not place.province_only and not place.city)
