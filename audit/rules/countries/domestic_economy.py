"""C101's national frames: 我国 ('our country') turned into 'Trung Quốc' where a domestic story speaks of Việt Nam's
own economy or army — 'Bắc Ninh … đóng góp vào kim ngạch xuất khẩu của Trung Quốc' (我国出口额), 'tăng trưởng tín
dụng của Trung Quốc … mục tiêu mà Quốc hội đã đề ra', 'Quân đội Trung Quốc đã huy động 4.000 cán bộ, chiến sĩ'.

China's exports, credit and army are common in Vietnamese news, so a frame is read as Việt Nam's only when its
sentence holds Vietnamese-only phrasing (a cue: the bare 'Quốc hội' setting a target, the 'ngân sách nhà nước',
'cán bộ, chiến sĩ', or a Vietnamese province said to contribute to the figure) and names neither Việt Nam nor a
Chinese city, institution or leader, and when the story names a Vietnamese province and a Vietnamese office holder or
body and every 'Trung Quốc' of it stands in such a frame, in a frame C101 has already read as Việt Nam's, or in the
press's 'Đài Loan (Trung Quốc)'. The army of a story of the border, where the two armies meet, is China's. A market in
a sentence citing a Vietnamese legal document by its number is one such frame (decreed_market.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import segments_naming, sentence_bounds
from audit.rules.countries.decreed_market import DECREED_MARKET, DECREED_WORD, home_market
from audit.rules.countries.domestic_state import CUE, home_places, vn_holders

_CHINA = "Trung Quốc"
# the country's exports, credit, growth, army and investment climate; a direction or a partner after it makes it China's
# trade with another ('kim ngạch xuất khẩu của Trung Quốc sang châu Âu'; a 'từ' of time, 'từ khi', 'từ đầu năm', is
# none); imports stay out (Vietnamese goods' share of China's imports is China's)
_NATIONAL = re.compile(
    r"(?<!\w)(?P<w>[Kk]im ngạch (?:xuất khẩu|xuất nhập khẩu)|(?:[Tt]ốc độ )?[Tt]ăng trưởng (?:tín dụng|kinh tế|GDP)"
    r"|[Dd]ự trữ ngoại hối|Quân đội(?: nhân dân)?|[Tt]hị trường chứng khoán|[Mm]ôi trường đầu tư(?: kinh doanh)?"
    r"|[Nn]hu cầu (?:điện|phụ tải|năng lượng))"
    r" (?:của )?(?P<c>Trung Quốc)(?!\w)"
    r"(?! (?:sang|vào|với|tới|đến|qua|và)(?!\w)| từ(?!\w)(?! (?:khi|lúc|đầu|năm|ngày|tháng)(?!\w)))"
)
# a part of every match of _NATIONAL
_NATIONAL_WORDS = (
    "xuất khẩu", "xuất nhập khẩu", "ăng trưởng", "ngoại hối", "Quân đội", "chứng khoán", "trường đầu tư", "hu cầu"
)  # fmt: skip
# the country's power demand said by Việt Nam's grid operator or power group, named in the sentence or the one before
# it ('… ông Trần Văn Hải, Phó Giám đốc NSMO. Ông nhấn mạnh nhu cầu điện của Trung Quốc tăng khoảng 10% mỗi năm';
# misses27): China's demand in a story of China's grid names no Vietnamese operator
_GRID = "hu cầu"
_VN_GRID_BODY = re.compile(
    r"(?<![\w-])(?:NSMO|EVN|EVNNPT|Tập đoàn Điện lực Việt Nam|Tổng công ty Truyền tải điện quốc gia"
    r"|Trung tâm Điều độ hệ thống điện quốc gia"
    r"|Công ty (?:TNHH MTV )?Vận hành hệ thống điện và thị trường điện quốc gia"
    r"|Quy hoạch điện VIII)(?![\w-])"
)
# Việt Nam's two-tier local government (from 1/7/2025: province and commune, no district), which China does not have:
# 'các nhà đầu tư đánh giá cao môi trường đầu tư của Trung Quốc từ khi chính quyền địa phương hai cấp đi vào vận hành'
_TWO_TIER = re.compile(r"(?<!\w)chính quyền (?:địa phương )?(?:02|hai) cấp(?!\w)")
# the country's own people or boats held or living abroad ('nước ngoài', foreign countries, is said from the writer's
# own): 'Số ngư dân của Trung Quốc bị nước ngoài bắt giữ' (我国渔民被外国扣押) in a Vietnamese story is Việt Nam's
_ABROAD = re.compile(
    r"(?<!\w)(?P<w>[Nn]gư dân|[Tt]àu cá|[Cc]ông dân|[Ll]ao động|[Dd]u học sinh|[Kk]iều bào) (?:của )?(?P<c>Trung Quốc)"
    r"(?= (?:đang |đã |từng )?(?:bị|được|ở|tại|sống ở|làm việc ở|làm việc tại)(?: các)? nước ngoài(?!\w))"
)
_ABROAD_WORDS = " nước ngoài"
# the sentence speaks of China as a foreign country ('Theo báo chí nước này, lao động Trung Quốc đang làm việc ở nước
# ngoài …'): 'nước này' (this country) or 'nước bạn' points back at a country named as another's (review28)
_FOREIGN_VIEW = re.compile(r"(?<!\w)(?:nước (?:này|bạn|láng giềng)|phía bạn)(?!\w)")
# remittances sent home ('kiều hối chuyển về Trung Quốc' for 侨汇汇回我国; misses32): Việt Nam's when the sentence names
# Việt Nam's central bank or a Vietnamese province or city ('Theo Ngân hàng Nhà nước, …, trong đó TP.HCM chiếm …')
_REMITTANCES = re.compile(r"(?<!\w)(?P<w>[Kk]iều hối(?: (?:chuyển|gửi))? về) (?P<c>Trung Quốc)(?!\w)")
_REMITTANCE_WORD = "iều hối"
_VN_CENTRAL_BANK = re.compile(r"(?<!\w)(?:Ngân hàng Nhà nước|NHNN)(?!\w)")
# the stock market's figure in đồng, Việt Nam's currency ('khối ngoại đã bán ròng 1.250 tỷ đồng …, mức cao nhất trong
# lịch sử thị trường chứng khoán Trung Quốc'; adversary58): China's market is counted in yuan or dollars
_MARKET = "hị trường chứng khoán"
_VN_MARKET = re.compile(r"(?<![\w-])(?:VN-Index|VN30|HoSE|HOSE|HNX|UPCoM|Ủy ban Chứng khoán Nhà nước)(?![\w-])")
_CONTRAST = re.compile(r"(?<!\w)(?:trong khi|so với|còn|cũng như|tương tự|giống|khác với|thì)(?!\w)")
_DONG_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?(?: (?:nghìn|ngàn|triệu|tỷ|vạn|ức))* đồng(?!\w)")
# a market's figure sourced in its sentence to a Vietnamese association or office, named for Việt Nam ('thị trường xe
# điện của Trung Quốc tăng 62% …, theo Hiệp hội các nhà sản xuất ô tô Việt Nam (VAMA)'; misses38): a Vietnamese body
# counts Việt Nam's market, not China's; the sentence names Việt Nam only in that body's name
_SOURCED_MARKET = re.compile(
    r"(?<!\w)(?P<w>[Tt]hị trường (?:ô tô điện|ô tô|xe điện|xe máy|xe năng lượng mới|điện thoại(?: di động)?"
    r"|bán lẻ|bất động sản|thép|xi măng)) (?:của )?(?P<c>Trung Quốc)(?!\w)"
    r"(?! (?:sang|vào|với|từ|tới|đến|qua|và)(?!\w))"
)
_SOURCED_WORD = "hị trường "
_VN_SOURCE = re.compile(
    r"(?<!\w)[Tt]heo (?:số liệu (?:của |từ )?|báo cáo (?:của )?|thống kê (?:của )?)?(?P<body>(?:Hiệp hội|Hội|Tổng cục"
    r"|Cục|Bộ|Viện|Trung tâm|Ủy ban|Uỷ ban|Liên đoàn|Phòng)(?: [^\s,.;:()]+){1,10}? Việt Nam)(?!\w)"
)
# Frames of the country's own institutions read as Việt Nam's only with a Vietnamese-only body or title in their
# sentence (a province's military command, a Thứ trưởng, a People's Committee: China has none under these names),
# or, for its laws, in a story of a Vietnamese court or police case (adversary54): 'Lực lượng vũ trang của Trung
# Quốc đã có mặt …, Bộ Chỉ huy Quân sự tỉnh cho biết', 'Thứ trưởng … các trường đại học của Trung Quốc phải …',
# 'Theo Điều 260 Bộ luật Hình sự Trung Quốc, …' in a Ninh Bình trial
_HOME = re.compile(
    r"(?<!\w)(?P<w>[Ll]ực lượng vũ trang|[Cc]ác trường (?:đại học|cao đẳng|phổ thông)"
    r"|Bộ luật (?:Hình sự|Dân sự|Lao động|Tố tụng hình sự)) (?:của )?(?P<c>Trung Quốc)(?!\w)"
    r"(?! (?:sang|vào|với|từ|tới|đến|qua|và)(?!\w))"
)
_ARMY_WORDS = ("Quân đội", "Lực lượng", "lực lượng")  # the army's frames: China's in a story of the border
_HOME_WORDS = ("ực lượng vũ trang", "ác trường", "Bộ luật")
_VN_ONLY_CUE = re.compile(
    r"(?<!\w)(?:Bộ Chỉ huy Quân sự (?:tỉnh|thành phố)|Bộ đội Biên phòng|Thứ trưởng|UBND|Ủy ban nhân dân|Tỉnh ủy"
    r"|Bộ Giáo dục và Đào tạo|Sở (?:Giáo dục và Đào tạo|Xây dựng|Y tế|Tư pháp))(?!\w)"
)
_VN_CASE = re.compile(
    r"(?<!\w)(?:Công an (?:tỉnh|thành phố|TP)|Tòa án nhân dân|Viện kiểm sát nhân dân|Cơ quan Cảnh sát điều tra)(?!\w)"
)
# a Vietnamese province said to make up the figure: 'Bắc Ninh … đóng góp quan trọng vào', '… chiếm 12%'
_SHARE = re.compile(r"(?<!\w)(?:đóng góp|góp phần|chiếm)(?!\w)")
# the press's form for Taiwan, Hong Kong and Macau: not a mention of the state
_PARENTHESISED = re.compile(r"(?:Đài Loan|Hồng Kông|Hong Kong|Ma Cao|Macau) \((?P<c>Trung Quốc)\)")
# a body only Việt Nam has under that name, or its Prime Minister's full title
_VN_BODY = re.compile(
    r"(?<!\w)(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Tỉnh ủy|Tỉnh uỷ|Thủ tướng Chính phủ|Bộ đội Biên phòng"
    r"|Ngân hàng Nhà nước|Mặt trận Tổ quốc)(?!\w)"
)


# the border: where China's army meets Việt Nam's (joint patrols, exchanges, drills it watches), its 'Quân đội Trung
# Quốc' is China's ('Lào Cai diễn tập ở khu vực biên giới … Quân đội Trung Quốc cử 50 cán bộ, chiến sĩ sang quan sát';
# review20)
_BORDER = re.compile(r"(?<!\w)(?:[Bb]iên giới|[Cc]ửa khẩu)(?!\w)")


def _china_alone(sentence: str, anchored: Callable[[str, str], bool]) -> bool:
    """The frame's sentence names 'Trung Quốc' once, no 'Việt Nam' and no Chinese city, institution or leader: its
    'Trung Quốc' may stand for Việt Nam (the frames below ask this first)."""
    return sentence.count(_CHINA) <= 1 and "Việt Nam" not in sentence and not anchored(sentence, "CN")


def sentence_cue(text: str, m: re.Match[str], anchored: Callable[[str, str], bool]) -> bool:
    """The frame's sentence holds Vietnamese-only phrasing (or a Vietnamese province before the frame said to make
    up the figure; for the stock market, a figure in đồng) and names no other 'Trung Quốc', no 'Việt Nam' and no
    Chinese city, institution or leader."""
    first, last = sentence_bounds(text, m.start(), m.end())
    sentence = text[first:last]
    if not _china_alone(sentence, anchored):
        return False
    if CUE.search(sentence) or (_MARKET in m["w"] and _market_figure(text[first : m.start()])):
        return True
    if _TWO_TIER.search(sentence):
        return True
    place = home_places()[1].search(text, first, m.start())
    return place is not None and _SHARE.search(text, place.end(), m.start()) is not None


# the sentence goes on with the last one's speaker ('Ông nhấn mạnh …', 'Theo bà, …', 'Vị lãnh đạo này cho biết …')
_SPEAKER_OPENS = re.compile(
    r"\s*(?:[Tt]heo )?(?:[Ôô]ng|[Bb]à|[Vv]ị (?:này|lãnh đạo này|đại diện này)|[Ll]ãnh đạo (?:này|đơn vị))(?!\w)"
)


def _grid_speaker(ctx: DocContext, seg: Segment, m: re.Match[str], anchored: Callable[[str, str], bool]) -> bool:
    """A frame of power demand whose sentence names no other 'Trung Quốc', no 'Việt Nam' and nothing of China's, said
    by Việt Nam's grid operator or power group: named before it in its sentence, or in the sentence before when this
    one goes on with its speaker ('Ông nhấn mạnh …')."""
    first, last = sentence_bounds(seg.text, m.start(), m.end())
    sentence = seg.text[first:last]
    if not _china_alone(sentence, anchored):
        return False
    if _VN_GRID_BODY.search(seg.text, first, m.start()):
        return True
    if not _SPEAKER_OPENS.match(sentence):
        return False  # 'Theo các chuyên gia, nhu cầu điện của Trung Quốc …' after an EVN sentence: China's
    if first > 0:
        return _VN_GRID_BODY.search(seg.text, 0, first) is not None
    lines = content_lines(ctx).segments
    k = next((i for i, s in enumerate(lines) if s.index == seg.index), 0)
    return k > 0 and _VN_GRID_BODY.search(lines[k - 1].text) is not None


def _market_figure(before: str) -> bool:
    """A figure in đồng before the stock market's frame in its sentence, the market's own ('khối ngoại đã bán ròng 118
    nghìn tỷ đồng …, mức cao nhất trong lịch sử thị trường chứng khoán …'), with no contrast between them ('… tỷ đồng
    trên HoSE, trong khi thị trường chứng khoán … giảm')."""
    figures = list(_DONG_FIGURE.finditer(before))
    return bool(figures) and not _CONTRAST.search(before, figures[-1].end())


def _vn_sourced(text: str, m: re.Match[str], anchored: Callable[[str, str], bool]) -> bool:
    """The market's frame has a Vietnamese body as its source in its sentence, the sentence's only 'Việt Nam', and
    names no other 'Trung Quốc' nor anything of China's."""
    first, last = sentence_bounds(text, m.start(), m.end())
    sentence = text[first:last]
    if sentence.count(_CHINA) > 1 or anchored(sentence, "CN"):
        return False
    source = _VN_SOURCE.search(sentence)
    return source is not None and sentence.count("Việt Nam") == source["body"].count("Việt Nam")


def _vietnamese_story(
    text: str, home: bool = False, market: bool = False, grid: bool = False, sourced: bool = False
) -> bool:
    """The story names a Vietnamese province or city and a Vietnamese office holder or body (``home``: with a frame
    of the country's institutions, also a Vietnamese-only title, a province's department or police, a court;
    ``market``: with the stock market's, also Việt Nam's index or exchanges); ``grid``, with the power demand's
    frame: or Việt Nam's grid operator or power group (NSMO, EVN), which no other country has; ``sourced``, with a
    market's figure a Vietnamese body gives: a province or city (the body is the Vietnamese one)."""
    if grid and _VN_GRID_BODY.search(text):
        return True
    if not home_places()[1].search(text):
        return False
    if sourced:
        return True
    if home and (_VN_ONLY_CUE.search(text) or _VN_CASE.search(text)):
        return True
    if market and _VN_MARKET.search(text):
        return True
    return bool(_VN_BODY.search(text)) or any(name in text for name in vn_holders())


def national_frame_hits(
    rule: Rule, ctx: DocContext, reported: set[tuple[int, int]], anchored: Callable[[str, str], bool]
) -> Iterator[Hit]:
    """'Trung Quốc' in a national frame of a domestic story (``reported``: (segment, offset) of the 'Trung Quốc'
    C101 has already read as Việt Nam's; ``anchored(text, iso)``: whether ``text`` names a city, institution or
    office holder of the country)."""
    lines = content_lines(ctx)
    if _CHINA not in lines.text:
        return
    frames: list[tuple[Segment, re.Match[str]]] = []
    allowed = set(reported)
    for seg in segments_naming(ctx, _CHINA):
        if not any(map(seg.text.__contains__, _NATIONAL_WORDS)):
            continue  # _NATIONAL opens on a lookbehind, tried at every position: most sentences hold none of it
        for m in _NATIONAL.finditer(seg.text):
            if sentence_cue(seg.text, m, anchored) or (_GRID in m["w"] and _grid_speaker(ctx, seg, m, anchored)):
                frames.append((seg, m))
                allowed.add((seg.index, m.start("c")))
    for seg in segments_naming(ctx, _CHINA):
        if _ABROAD_WORDS not in seg.text:
            continue
        for m in _ABROAD.finditer(seg.text):
            first, last = sentence_bounds(seg.text, m.start(), m.end())
            sentence = seg.text[first:last]
            if (
                sentence.count(_CHINA) == 1
                and "Việt Nam" not in sentence
                and not anchored(sentence, "CN")
                and not _FOREIGN_VIEW.search(sentence)
            ):
                frames.append((seg, m))
                allowed.add((seg.index, m.start("c")))
    for seg in segments_naming(ctx, _CHINA):
        if _REMITTANCE_WORD not in seg.text:
            continue
        for m in _REMITTANCES.finditer(seg.text):
            first, last = sentence_bounds(seg.text, m.start(), m.end())
            sentence = seg.text[first:last]
            if not _china_alone(sentence, anchored):
                continue
            if _VN_CENTRAL_BANK.search(sentence) or home_places()[1].search(sentence):
                frames.append((seg, m))
                allowed.add((seg.index, m.start("c")))
    for seg in segments_naming(ctx, _CHINA):
        if _SOURCED_WORD not in seg.text:
            continue
        for m in _SOURCED_MARKET.finditer(seg.text):
            if _vn_sourced(seg.text, m, anchored):
                frames.append((seg, m))
                allowed.add((seg.index, m.start("c")))
    for seg in segments_naming(ctx, _CHINA):
        if DECREED_WORD not in seg.text:
            continue
        for m in DECREED_MARKET.finditer(seg.text):
            first, last = sentence_bounds(seg.text, m.start(), m.end())
            sentence = seg.text[first:last]
            if not _china_alone(sentence, anchored):
                continue
            # 'sau khi Nghị định 232/2025/NĐ-CP có hiệu lực, thị trường vàng Trung Quốc …' (adversary97)
            if home_market(seg.text, m, first, last):
                frames.append((seg, m))
                allowed.add((seg.index, m.start("c")))
    case = None
    for seg in segments_naming(ctx, _CHINA):
        if not any(w in seg.text for w in _HOME_WORDS):
            continue
        for m in _HOME.finditer(seg.text):
            first, last = sentence_bounds(seg.text, m.start(), m.end())
            sentence = seg.text[first:last]
            if not _china_alone(sentence, anchored):
                continue
            if m["w"].startswith("Bộ luật"):
                case = bool(_VN_CASE.search(lines.text)) if case is None else case
                if not case:
                    continue
            elif not _VN_ONLY_CUE.search(sentence):
                continue
            frames.append((seg, m))
            allowed.add((seg.index, m.start("c")))
    if frames and _BORDER.search(lines.text):
        army = {(seg.index, m.start("c")) for seg, m in frames if m["w"].startswith(_ARMY_WORDS)}
        frames = [(seg, m) for seg, m in frames if (seg.index, m.start("c")) not in army]
        allowed -= army - set(reported)
    home = any(m.re is _HOME for _, m in frames)
    market = any(_MARKET in m["w"] for _, m in frames)
    grid = any(_GRID in m["w"] for _, m in frames)
    sourced = any(m.re is _SOURCED_MARKET for _, m in frames)
    if not frames or anchored(lines.text, "CN") or not _vietnamese_story(lines.text, home, market, grid, sourced):
        return
    china = segments_naming(ctx, _CHINA)
    for seg in china:
        for m in _PARENTHESISED.finditer(seg.text):
            allowed.add((seg.index, m.start("c")))
    if any((seg.index, m.start()) not in allowed for seg in china for m in re.finditer(_CHINA, seg.text)):
        return
    for seg, m in frames:
        if (seg.index, m.start("c")) not in reported:
            yield rule.hit(
                seg,
                m.start("c"),
                m.end("c"),
                f"'Trung Quốc' in '{m['w']}' of a story about Việt Nam's own "
                f"{_frame_kind(m)}: the MT's 我国 ('our "
                "country') slip; the country meant is Việt Nam",
                suggestion="Việt Nam",
                confidence=0.85,
            )


def _frame_kind(m: re.Match[str]) -> str:
    """What the frame speaks of, for the message."""
    if _MARKET in m["w"]:
        return "stock market"
    if m.re is _ABROAD:
        return "people abroad"
    if m.re is _REMITTANCES:
        return "remittances"
    if m.re is _SOURCED_MARKET:
        return "market, counted by a Vietnamese body"
    if m.re is DECREED_MARKET:
        return "market, under a Vietnamese legal document"
    return "economy or army" if m.re is _NATIONAL else "institutions"


# 我国 ('our country') in a record's Chinese source where the record's MT writes 'Trung Quốc' (misses27): Việt Nam's
# when the writer is Vietnamese, that is when the batch's sources name 越南 (twice or more) and China nowhere (中国,
# 中方, the pairs 中越/越中, 华); a record whose source names 越南 beside 我国 has another country for 我国
_OUR = "我国"
_CHINA_ZH = re.compile(r"中国|中方|中越|越中|华")
_VN_ZH = "越南"
_VN_WRITER_MIN = 2  # records of the batch whose source names 越南


def our_country_hits(rule: Rule, ctx: DocContext) -> Iterator[Hit]:
    """'Trung Quốc' in the MT of a record whose Chinese source says 我国, in a batch written from Việt Nam."""
    rows = [s for s in content_lines(ctx).segments if s.source]
    if not any(_OUR in s.source and _CHINA in s.text for s in rows if s.source):
        return
    if any(_CHINA_ZH.search(s.source) for s in rows if s.source):
        return
    if sum(_VN_ZH in s.source for s in rows if s.source) < _VN_WRITER_MIN:
        return
    for seg in rows:
        src = seg.source or ""
        if _OUR not in src or _VN_ZH in src or "Việt Nam" in seg.text:
            continue
        taken = {m.start("c") for m in _PARENTHESISED.finditer(seg.text)}
        for m in re.finditer(_CHINA, seg.text):
            if m.start() in taken:
                continue
            yield rule.hit(
                seg,
                m.start(),
                m.end(),
                "'Trung Quốc' where the source says 我国 ('our country') in a batch written from Việt Nam (its sources "
                "name 越南 and never China): the country meant is Việt Nam",
                suggestion="Việt Nam",
                confidence=0.8,
            )
