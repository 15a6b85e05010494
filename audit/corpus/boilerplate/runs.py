"""Runs of lines on a page copied as text: a menu or tag list above or below the article (with the masthead
above it), a table of contents, a table split by '|'."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from audit.corpus.boilerplate.menus import LETTER
from audit.lang.resources import read_lines

_MENU_ITEM_WORDS_MAX = 5
ITEM_CHARS = 40
_MENU_RUN = 4  # lines: a menu of fewer items is not told from a short list
_LONG_MENU = 6  # items: a run this long above a dated headline is a menu with no known item in it
_MENU_MEAN_WORDS = 3.5  # a menu's items are one to four words ('Tra cứu văn bản'); verse lines are longer
# a dot inside a word ('V.League', 'TP.HCM') is no sentence's end
_ITEM_PUNCTUATION = re.compile(r"\.(?!\w)|[,;!?…\"“”()\[\]]|(?<!\d):|:(?!\d)")


def _menu_item_words(line: str, longest: int = _MENU_ITEM_WORDS_MAX) -> int | None:
    """The words of a line that can be a menu or tag item (short, no sentence punctuation), else None."""
    if len(line) > ITEM_CHARS or _ITEM_PUNCTUATION.search(line):
        return None
    words = sum(1 for w in line.split() if LETTER.search(w))
    limit = longest + (1 if line.isupper() else 0)
    return words if 0 < words <= limit else None


def menu_runs(stripped: list[str], kinds: list[str | None], low: int, high: int) -> None:
    """In lines ``low`` to ``high`` (the head above the article's first sentence, or the foot below its last): a
    run of four lines or more, each one page chrome already or a short item (one to three words on average),
    holding one known chrome line at least, and not introduced by an article line ending in ':' (a list): a
    menu, a tag list, a scoreboard; its items are navigation. In the foot the run opens on a chrome line ('Từ
    khóa:', 'Chia sẻ'): short lines straight after the article's last sentence are the article's own list. Verse
    and lists inside the article are outside the head and foot or have longer lines."""
    letterheads = _letterheads(stripped, kinds, high) if low == 0 else frozenset()
    longest = _MENU_ITEM_WORDS_MAX + (1 if letterheads else 0)
    i = low
    while i < high:
        start = i
        sizes: dict[int, int] = {}  # the run's items and their words
        while i < high and stripped[i]:
            if kinds[i] is None:
                n = _menu_item_words(stripped[i], longest)
                if n is None:
                    break
                sizes[i] = n
            i += 1
        end = i  # the run is start .. end-1
        if end == start:
            i += 1
            continue
        if low > 0:
            while start < end and kinds[start] is None:
                start += 1
        items = [j for j in sizes if j >= start]
        # the site's name in capitals opening the page, above a menu of three items or more, is not one of its
        # items: its words do not count in their mean ('DOANH NGHIỆP VIỆT TOÀN CẦU' over 'Công nghệ', …)
        masthead = low == 0 and len(items) > _MASTHEAD_MENU and items[0] == start and stripped[start].isupper()
        counted = items[1:] if masthead else items
        words = sum(sizes[j] for j in counted)
        # page chrome in the run: an article's own date and byline (under its headline, above a list) are none
        known = sum(1 for j in range(start, end) if kinds[j] not in (None, "timestamp", "byline"))
        known += sum(1 for j in items if stripped[j].casefold() in _sections_of_news_sites())
        before = start - 1
        introduced = before >= 0 and kinds[before] is None and stripped[before].endswith((":", "："))
        # a long run of items at the page's head, above the headline and its date line, is the site's menu even
        # when none of its items is a known one ('Bóng đá', 'Tennis', 'Điền kinh', … then the headline, then
        # 'Chủ nhật, 23/11/2025 - 12:05')
        dated_head = low == 0 and len(items) >= _LONG_MENU and "timestamp" in kinds[end:high]
        # an office's letterhead in capitals right above the run or opening it ('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH …'
        # over 'Giới thiệu', 'Văn bản chỉ đạo điều hành', …): a portal's menu, whose items run longer than a news site's
        head = start - 1 if start - 1 in letterheads else start if start in letterheads else None
        letterhead = head is not None
        mean = _LETTERHEAD_MEAN_WORDS if letterhead else _MENU_MEAN_WORDS
        if (
            items
            and end - start >= _MENU_RUN
            and (known >= 1 or dated_head or letterhead)
            and not introduced
            and words / len(counted) <= mean
        ):
            for j in items:
                kinds[j] = "navigation"
            if head is not None:
                _above_letterhead(stripped, kinds, head)
            if len(items) >= _MASTHEAD_MENU and low == 0:
                _masthead(stripped, kinds, start)


_LETTERHEAD_WORDS = 5  # an office's name in capitals ('VIỆN KIỂM SÁT NHÂN DÂN TỈNH …'); a poem's title is shorter
_LETTERHEAD_MEAN_WORDS = 4.5
# the word an office's, a school's, a club's or a firm's name opens on ('SỞ …', 'BAN QUẢN LÝ …', 'TRƯỜNG ĐẠI HỌC …');
# a headline or a recipe's title in capitals ('CANH CHUA CÁ LÓC …', 'DANH SÁCH …') opens on other words
_OFFICE = re.compile(
    r"(SỞ|BAN|BỘ|ỦY|UỶ|UBND|HĐND|VIỆN|HỌC VIỆN|TRƯỜNG|ĐẠI HỌC|BỆNH VIỆN|TÒA|TOÀ|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|"
    r"NGÂN HÀNG|HỘI|HIỆP HỘI|LIÊN ĐOÀN|TRUNG TÂM|CỤC|CHI CỤC|TỔNG CỤC|CÂU LẠC BỘ|ĐẠI SỨ QUÁN|TỔNG LÃNH SỰ QUÁN|"
    r"THƯ VIỆN|BẢO TÀNG|CƠ QUAN|ĐẢNG BỘ|PHÒNG|QUỸ|KHU|ĐÀI|CỔNG|BÁO|TẠP CHÍ|HUYỆN|XÃ|PHƯỜNG|TỈNH|THÀNH PHỐ) "
)


def _letterheads(stripped: list[str], kinds: list[str | None], high: int) -> frozenset[int]:
    """In the page's head (above line ``high``), the lines that may be an office's letterhead: an office's, a
    school's or a firm's name in capitals, five words or more, no sentence end, with no article line above them
    (chrome lines only: a language bar, opening hours)."""
    found = set()
    for i in range(high):
        line = stripped[i]
        if not line:
            continue
        if _office_letterhead(line):
            found.add(i)
        elif kinds[i] is None and " | " not in line:
            break  # a line of the article's head ('Tin câu lạc bộ', a headline): no letterhead below it
    return frozenset(found)


def _office_letterhead(line: str) -> bool:
    """An office's, a school's or a firm's name in capitals, five words or more, no sentence end (see _letterheads)."""
    return (
        line.isupper()
        and len(line.split()) >= _LETTERHEAD_WORDS
        and line[-1] not in '.!?…:;"”'
        and bool(_OFFICE.match(line))
    )


def _above_letterhead(stripped: list[str], kinds: list[str | None], letterhead: int) -> None:
    """The letterhead over a menu is the site's name, and the bars of items above it ('Giờ mở cửa: … | Giá vé: …')
    its chrome."""
    for i in range(letterhead + 1):
        if stripped[i] and kinds[i] is None:
            kinds[i] = "navigation"


# a price or index moving: a figure, an arrow, a figure ('118.500 đ/kg ▼ 1.200', 'VN-Index 1.262,4 ▲ 0,8%')
_TICKER = re.compile(r"\d[^▲▼△▽]{0,20}[▲▼△▽]\s*[-+]?\d")
_TICKER_CHARS = 80
_TICKER_GATE = re.compile("[▲▼△▽]")


def head_tickers(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """Above the article's first sentence, a line that shows a price or an index moving up or down, with no
    sentence end, is the site's ticker: navigation (lower down the same line can be a price report's own list);
    so is a longer strip of such items between '|' ('VN-Index 1.684,52 ▲ 6,31 (0,38%) | HNX-Index … ▼ …')."""
    for i in range(first):
        line = stripped[i]
        if kinds[i] is None and line and line[-1] not in ".!?…":
            if (len(line) <= _TICKER_CHARS and _TICKER.search(line)) or _ticker_strip(line):
                kinds[i] = "navigation"


_DASH_MENU_ITEMS = 5  # a portal's menu between dashes; a headline joins two to four places or sides with them
_DASH_ITEM_WORDS = 4


def dash_menus(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """Above the article's first sentence, a line of five items or more between spaced dashes, each one to four words
    opening on a capital, with no sentence punctuation ('Giới thiệu – Chính quyền – Công dân – Doanh nghiệp – Văn
    bản'), is the site's menu: navigation (clean40). A team's line-up or a list of places lower down stays."""
    for i in range(first):
        line = stripped[i]
        if kinds[i] is not None or line.count(" – ") < _DASH_MENU_ITEMS - 1 or _ITEM_PUNCTUATION.search(line):
            continue
        items = [item.strip() for item in line.split(" – ")]
        if all(item[:1].isupper() and 1 <= len(item.split()) <= _DASH_ITEM_WORDS for item in items):
            kinds[i] = "navigation"


_CAPITALS_MASTHEAD_WORDS = 6  # a site's name in capitals ('NHỊP ĐẬP TÀI CHÍNH'); a headline in capitals runs longer
# A public agency's portal names the agency in full ('TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH TỈNH …'): longer
_AGENCY_MASTHEAD = ("TRUNG TÂM ", "SỞ ", "ỦY BAN ", "UỶ BAN ", "HIỆP HỘI ", "VIỆN ", "CỤC ", "BAN QUẢN LÝ ")
# ... and a mission abroad ('ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI …' over 'Embassy of …', clean32)
# whose name holds the state's full name and the host country's, twenty words at most
_MISSION_MASTHEAD = ("ĐẠI SỨ QUÁN ", "TỔNG LÃNH SỰ QUÁN ", "LÃNH SỰ QUÁN ", "PHÁI ĐOÀN ")
_MISSION_MASTHEAD_WORDS = 20
# ... and a public institution's ('BẢO TÀNG VĂN HÓA DÂN TỘC VIỆT NAM' over 'Museum of …', clean31)
_INSTITUTION_MASTHEAD = ("BẢO TÀNG ", "THƯ VIỆN ", "HỌC VIỆN ", "TRƯỜNG ", "ĐẠI HỌC ", "BỆNH VIỆN ", "NHÀ HÁT ")
# ... and so does a company's or a bank's own site ('CÔNG TY CỔ PHẦN … (HOSE: HLT)', clean30)
_COMPANY_MASTHEAD = ("CÔNG TY ", "TỔNG CÔNG TY ", "TẬP ĐOÀN ", "NGÂN HÀNG ")
_AGENCY_MASTHEAD_WORDS = 16
# The name in English under it ('NGÂN HÀNG NHÀ NƯỚC VIỆT NAM' over 'State Bank of Vietnam', clean30): capitalised
# words of plain Latin letters, a few small words between them, no sentence end; an embassy's runs to fifteen words
# ('Embassy of the Socialist Republic of Viet Nam in the Kingdom of Norway', clean32)
_ENGLISH_NAME = re.compile(r"[A-Z][A-Za-z&.'-]*(?:\s+(?:[A-Z][A-Za-z&.'-]*|of|and|for|the|on|in|&)){1,14}")


def capitals_masthead(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """The page's first line in capitals, two to six words with no sentence end, right above a chrome line (a
    ticker, a date, a menu; not a rule of dashes: a decree's issuer 'CHÍNH PHỦ' over '-------') and above another
    line that is no chrome before the article's first sentence (the headline) is the site's name: navigation (an
    agency's, a company's or a bank's name, 'TRUNG TÂM …', 'SỞ …', 'CÔNG TY …', 'NGÂN HÀNG …', up to sixteen words,
    a mission's, 'ĐẠI SỨ QUÁN …', up to twenty; with its name in English on the line under it; a name that long
    stands over a menu, not right over a date). A headline in capitals over its date and its first sentence stays."""
    top = next((i for i in range(first) if stripped[i] and kinds[i] is None), None)
    if top is None:
        return
    line = _without_motto(stripped[top])
    long_name = line.startswith((*_AGENCY_MASTHEAD, *_COMPANY_MASTHEAD, *_INSTITUTION_MASTHEAD))
    if any(stripped[i] for i in range(top)) and not long_name:
        return  # only a company's or an agency's name opens on a chrome line (a newsletter's links, clean34)
    mission = line.startswith(_MISSION_MASTHEAD)
    most = _MISSION_MASTHEAD_WORDS if mission else _AGENCY_MASTHEAD_WORDS if long_name else _CAPITALS_MASTHEAD_WORDS
    if not (line.isupper() and 2 <= len(line.split()) <= most and line[-1] not in '.!?…:;"”'):
        return
    below = [i for i in range(top + 1, first) if stripped[i]]
    english = below[:1] if below and kinds[below[0]] is None and _ENGLISH_NAME.fullmatch(stripped[below[0]]) else []
    below = below[len(english) :]
    if len(line.split()) > _CAPITALS_MASTHEAD_WORDS and below and kinds[below[0]] == "timestamp":
        return  # a long name's site has its menu under it; a headline has its date ('NGÂN HÀNG … GIỮ NGUYÊN LÃI SUẤT')
    # with its English name under it, the name needs no headline line before the first sentence: a headline in
    # quotation marks is taken for that sentence ('Khai mạc trưng bày "…"', clean31)
    if below and kinds[below[0]] not in (None, "separator") and (english or any(kinds[i] is None for i in below[1:])):
        for i in [top, *english]:
            kinds[i] = "navigation"
    elif (
        len(below) > 2
        and _tagline(stripped[below[0]])
        and kinds[below[0]] is None
        and kinds[below[1]] not in (None, "separator")
        and any(kinds[i] is None for i in below[2:])
    ):  # the site's name, its tagline ('Cổng thông tin tài chính – tiền tệ'), then its menu (adversary58)
        kinds[top] = kinds[below[0]] = "navigation"


_ONE_WORD_NAME = 4  # letters of a one-word name in capitals over a motto; shorter ones are abbreviations ('TP', 'UBND')
_HEAD_BARS = 3  # lines under the site's name before its first navigation line: a tagline, a contact bar, a motto
_HEAD_BAR_WORDS = 16
_QUOTED = re.compile(r'["“][^"“”]{1,80}["”]')


def name_over_bars(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """The site's name in capitals opening the page (a motto may follow it after a dash: 'VIỆT PHÁP TIN – Tờ báo
    của …'), with at most three lines under it that end no sentence (a second name in capitals, a tagline, a
    contact bar, a motto in quotation marks, a dateline), then a navigation line (a menu, a login bar), then a line
    that is no chrome before the article's first sentence (the headline) unless a bar stands between the name and
    the navigation: the site's head, navigation (clean33). A headline in capitals over its date, or over a
    breadcrumb right above the first sentence, stays."""
    shown = [i for i in range(first) if stripped[i]]
    if len(shown) > 1 and kinds[shown[0]] == "navigation" and _office_letterhead(stripped[shown[0]]):
        shown = shown[1:]  # the body over the site's name, chrome already ('ỦY BAN NHÂN DÂN XÃ …' over a school's name)
    if not shown or kinds[shown[0]] is not None:
        return
    name, _, motto = _motto_dash(stripped[shown[0]])
    # one word is a name when a motto follows it ('STOCKVIET – Đầu tư thông minh', clean40)
    fewest = 1 if motto and len(name) >= _ONE_WORD_NAME else 2
    if not (name.isupper() and fewest <= len(name.split()) <= _AGENCY_MASTHEAD_WORDS and _bar(motto or name)):
        return
    nav = next((k for k, i in enumerate(shown) if kinds[i] == "navigation"), None)
    if nav is None or nav > _HEAD_BARS + 1:
        return
    # the headline under the navigation, or a bar under the name (a headline in capitals has its lead under it)
    if nav < 2 and not any(kinds[i] is None for i in shown[nav + 1 :]):
        return
    if all(kinds[i] is None and _bar(stripped[i]) for i in shown[1:nav]):
        # a byline or date right under the navigation line: that line is a prompt under the headline ('Cuộn xuống
        # để đọc ↓' over the credits, clean37), and the bar over it is the headline, which stays
        under = nav + 1 < len(shown) and kinds[shown[nav + 1]] in _SECTION_FOLLOWERS
        for i in shown[: nav - 1 if under and nav >= 2 else nav]:
            kinds[i] = "navigation"


def _bar(line: str) -> bool:
    """A line of a site's head: sixteen words at most, ending no sentence, or a motto in quotation marks."""
    if _QUOTED.fullmatch(line):
        return len(line.split()) <= _MOTTO_WORDS
    words = sum(1 for w in line.split() if LETTER.search(w))
    return words <= _HEAD_BAR_WORDS and line[-1] not in '.!?…:;"”' and ". " not in line


_SECTION_FOLLOWERS = frozenset({"timestamp", "byline"})
# a meta bar under the headline holding its date ('Thứ Hai, 24/11/2025 | Người viết: Tổ Văn phòng', clean33)
# ... or a date in words ('21 tháng 11, 2026 · Ban truyền thông', '26 thg 11, 2026', clean41)
_DATED = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} (?:tháng|thg) \d{1,2},? (?:năm )?\d{4}")


def _dated(stripped: list[str], kinds: list[str | None], i: int) -> bool:
    """Line ``i`` is a date or byline line, or a navigation bar holding a date."""
    return kinds[i] in _SECTION_FOLLOWERS or (kinds[i] == "navigation" and _DATED.search(stripped[i]) is not None)


def section_label(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """Between the site's menu and the headline, a line that can be a menu item ('Văn hóa – Nghệ thuật', 'HỢP TÁC QUỐC
    TẾ') is the section the story is filed under, when the headline under it has its date or byline under it
    (clean32), or a meta bar holding its date (clean33): navigation. A line over a headline with the lead right
    under it stays."""
    shown = [i for i in range(first) if stripped[i]]
    for k in range(1, len(shown) - 2):
        menu, label, headline, dated = shown[k - 1 : k + 3]
        if (
            kinds[menu] == "navigation"
            and kinds[label] is None
            and kinds[headline] is None
            and _dated(stripped, kinds, dated)
            and _menu_item_words(stripped[label]) is not None
            and len(stripped[headline].split()) > len(stripped[label].split())
            and stripped[headline][-1] not in '.!?…:;"”'
        ):
            kinds[label] = "navigation"
            return


_TAGLINE_WORDS = 12


def _tagline(line: str) -> bool:
    """A short line in sentence case with no sentence end and no figure: a site's tagline under its name."""
    return (
        len(line.split()) <= _TAGLINE_WORDS
        and not line.isupper()
        and line[-1] not in '.!?…:;"”'
        and not any(c.isdigit() for c in line)
    )


_MOTTO_WORDS = 8
# the dash between a site's name in capitals and its motto: an en or em dash, or a plain hyphen between spaces ('BÓNG
# ĐÁ 24 GIỜ - Tin thể thao nhanh nhất', adversary124); a hyphen inside a name ('VIỆT - LÀO') has capitals after it
_MOTTO_DASH = re.compile(r" [–—-] (?=[^\W\d_])")


def _motto_dash(line: str) -> tuple[str, str, str]:
    """``line`` parted at the first spaced dash whose left side is in capitals and right side opens on a capital and
    is not in capitals (a name and its motto), else at the first ' – ' as str.partition does."""
    for m in _MOTTO_DASH.finditer(line):
        name, motto = line[: m.start()], line[m.end() :]
        if name.isupper() and motto[:1].isupper() and not motto.isupper():
            return name, m.group().strip(), motto
    return line.partition(" – ")


def _without_motto(line: str) -> str:
    """The site's name in capitals without the motto after its dash ('LAO ĐỘNG CÔNG NHÂN – Tiếng nói của người lao
    động', clean31): a short phrase in sentence case, no sentence end; any other line as it is."""
    name, dash, motto = _motto_dash(line)
    if (
        dash
        and name.isupper()
        and motto[:1].isupper()
        and not motto.isupper()
        and len(motto.split()) <= _MOTTO_WORDS
        and motto[-1] not in '.!?…:;"”'
    ):
        return name
    return line


# a currency's code and its rate in đồng ('CNY 3.652 đ', 'USD 26.310 VND') (clean38)
_RATE = re.compile(r"(?<![^\W\d_])[A-Z]{3}\s*\d[\d.,]*\s*(?:đ|đồng|VND|₫)(?![^\W\d_])")


# A count with the way it moves, ending an item of a strip ('Hữu Nghị 742 ▲'), or the strip's update time
_COUNT_MOVING = re.compile(r"\d(?:[\d.,:]*\d)?(?:\s*[▲▼△▽])?\s*$")
_COUNT_ITEMS = 3  # a strip of counts: three items or more, two of them with an arrow
_COUNT_ARROWS = 2


def _ticker_strip(line: str) -> bool:
    """Two items or more between '|', each a price or an index moving ('VN-Index 1.684,52 ▲ 6,31 (0,38%) |
    HNX-Index 268,14 ▼ 0,42') or a currency's rate ('Tỷ giá …: CNY 3.652 đ | KRW 18,2 đ'): a ticker strip, not a
    table's row. So is a strip of three counts or more, each closing its item, two with an up or down arrow after
    it ('Xe chờ xuất: Hữu Nghị 742 ▲ | Tân Thanh 315 ▼ | Chi Ma 96 | Cập nhật 06:30', a border gate's queues;
    adversary76)."""
    gate = _TICKER_GATE.search(line)
    found = _TICKER if gate else _RATE
    items = line.split("|")
    if len(items) >= 2 and all(found.search(item) for item in items):
        return True
    return (
        gate is not None
        and len(items) >= _COUNT_ITEMS
        and len(_TICKER_GATE.findall(line)) >= _COUNT_ARROWS
        and all(_COUNT_MOVING.search(item) for item in items)
    )


@functools.cache
def _sections_of_news_sites() -> frozenset[str]:
    """The section names of news sites' menus ('Thời sự', 'Góc nhìn', 'Video'), lower case."""
    return frozenset(read_lines("news_sections.txt"))


# A tag list's heading alone on its line, with or without its colon ('Tags:', 'Từ khóa', 'Thẻ')
_TAG_HEADING = re.compile(r"(?:từ khóa|từ khoá|tags?|keywords?|thẻ)\s*[:：]?", re.IGNORECASE)
_TAGS_MAX = 12  # tags under one heading; more short lines are something else


def tag_lists(stripped: list[str], kinds: list[str | None], low: int, high: int) -> None:
    """In lines ``low`` to ``high`` (the foot below the article's last sentence): the lines under a tag heading, up
    to the next chrome line, each short and without sentence punctuation, are its tags, however many words a
    tag has ('đường sắt Lào Cai - Hà Nội - Hải Phòng', a route, is one); lines that run on into article text, a
    blank line or the page's end are not closed by chrome and stay."""
    for i in range(low, high):
        if kinds[i] is None or not _TAG_HEADING.fullmatch(stripped[i]):
            continue
        j = i + 1
        while j < high and j - i <= _TAGS_MAX and kinds[j] is None and _tag_item(stripped[j]):
            j += 1
        if j > i + 1 and j < high and kinds[j] is not None:
            for k in range(i + 1, j):
                kinds[k] = "navigation"


def _tag_item(line: str) -> bool:
    """A line that can be one tag: short, no sentence punctuation."""
    return 0 < len(line) <= ITEM_CHARS and not _ITEM_PUNCTUATION.search(line)


_MASTHEAD_MENU = 3  # unknown items of a menu under which the page's first lines are the site's name
_MASTHEAD_LINES = 2
_MASTHEAD_WORDS = 12


def _masthead(stripped: list[str], kinds: list[str | None], menu: int) -> None:
    """The one or two lines that open a page above its menu, without a sentence end, are the site's name and
    motto ('Nàng Xuân' / 'Tạp chí phụ nữ hiện đại'); chrome lines among them (a language switch, a live button)
    do not count, and a letterhead in capitals may be long ('ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA … TẠI …')."""
    above = [i for i in range(menu) if stripped[i] and kinds[i] is None]
    if len(above) > _MASTHEAD_LINES:
        return
    if all(
        (len(stripped[i].split()) <= _MASTHEAD_WORDS or stripped[i].isupper()) and stripped[i][-1] not in '.!?…:;"”'
        for i in above
    ):
        for i in above:
            kinds[i] = kinds[i] or "navigation"


_MENU_LINE_GAP = re.compile(r" {2,}|\t+| [|·•] ")
_MENU_LINE_ITEMS = 4
# an item's words: five at most ('Bóng đá Việt Nam', 'Tra cứu văn bản'; adversary124), three on average
_MENU_LINE_ITEM_WORDS = 3


def name_over_menu_line(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """The page's first line right above its menu copied as one line (four items or more, five words at most each and
    three on average, set apart by wide spaces, '|' or '·': 'Trang chủ   Học viện   Đội hình   Tin tức   Liên hệ',
    'Trang chủ | Bóng đá Việt Nam | SEA Games | Video', adversary124), with a line that is
    no chrome under the menu before the article's first sentence (the headline): the site's name in sentence case,
    and its motto under it, are the site's head (``_masthead``) (clean41). A headline over a breadcrumb stays: a
    breadcrumb is no such menu."""
    shown = [i for i in range(first) if stripped[i]]
    if len(shown) < 3 or kinds[shown[0]] is not None:
        return
    # the menu is the second or third line: a date bar may come between ('Thứ Sáu, 28/11/2025 | Hà Nội 24°C, trời
    # nắng nhẹ | Đăng nhập', its cells longer than a menu's; chrome74)
    for menu in (1, 2):
        if menu >= len(shown) or kinds[shown[menu]] != "navigation":
            continue
        if not any(kinds[i] is None for i in shown[menu + 1 :]):
            return
        items = [item for item in _MENU_LINE_GAP.split(stripped[shown[menu]]) if item.strip()]
        sizes = [len(item.split()) for item in items]
        if (
            len(items) >= _MENU_LINE_ITEMS
            and max(sizes) <= _MENU_ITEM_WORDS_MAX
            and sum(sizes) / len(sizes) <= _MENU_LINE_ITEM_WORDS
        ):
            _masthead(stripped, kinds, shown[menu])
            return


_CONTENTS_WORDS = 14
_CONTENTS_RUN = 3
# ... or a newsletter's or a magazine's contents ("Trong số này:", clean34)
_CONTENTS_HEADING = re.compile(
    r"(?:mục lục|nội dung( chính)?|table of contents|contents|trong số này|in this issue)\s*[:：]?", re.IGNORECASE
)


def contents_runs(stripped: list[str], kinds: list[str | None], prose: list[int]) -> None:
    """Three lines or more in a row that each come back later as a line of their own, after a sentence of the
    article (or at once, under a contents heading 'Mục lục'), each heading its own part of the article: a table of
    contents listing the article's headings (navigation); the headings stay content. A song's refrain has no
    sentence of ten words between its repeats, or its lines come back one under the other."""
    last_seen = {line: i for i, line in enumerate(stripped) if line}
    run: list[int] = []
    headed = False  # the run stands under a contents heading ('Mục lục'): its first heading may follow it at once
    heading = -1  # that heading's line
    for i, line in enumerate([*stripped, ""]):
        repeated = (
            bool(line)
            and last_seen[line] > i
            and kinds[i] is None
            and line.count(" ") < _CONTENTS_WORDS
            and (headed or _between(prose, i, last_seen[line]))
        )
        if repeated:
            run.append(i)
            continue
        if len(run) >= _CONTENTS_RUN and _sections(run, last_seen, stripped):
            for j in run:
                kinds[j] = "navigation"
            if headed and not any(stripped[heading + 1 : run[0]]):
                kinds[heading] = kinds[heading] or "navigation"  # the heading over it ('Trong số này:')
        run = []
        if line:
            headed = _CONTENTS_HEADING.fullmatch(line) is not None
            heading = i


def _sections(run: list[int], last_seen: dict[str, int], stripped: list[str]) -> bool:
    """The run's lines come back in order, each heading its own stretch of the article (a line of text between
    one and the next): a table of contents; lines that come back together are a refrain or a stanza quoted
    twice, article text."""
    later = [last_seen[stripped[j]] for j in run]
    return all(a < b and any(stripped[a + 1 : b]) for a, b in itertools.pairwise(later))


def _between(sorted_lines: list[int], low: int, high: int) -> bool:
    """One of the (sorted) line numbers lies strictly between ``low`` and ``high``."""
    k = bisect.bisect_right(sorted_lines, low)
    return k < len(sorted_lines) and sorted_lines[k] < high


_TABLE_CELLS = 3
_NARROW_CELLS = 2
_NARROW_ROWS = 3  # rows of figures under a two-column table's heading (a footer's 'Liên hệ | Quảng cáo' has none)
_FIGURE = re.compile(r"\|\s*[-+]?\d[\d.,]*\s*(%|đ|đồng|triệu|tỷ|usd|\$)?$", re.IGNORECASE)


def pipe_tables(stripped: list[str], kinds: list[str | None]) -> None:
    """Two lines or more in a row split by '|' into the same number of cells (three or more), not opening or
    closing on a '|', with data in them (a digit, a comma or a cell of five words), or a two-column table (a
    heading row, then three rows or more ending in a figure): a table of the article, not a menu. A line already
    read as another kind of chrome than a menu (a footer's branches 'Hệ thống cơ sở: … | … | …', clean39) is no row."""

    def cells(r: int) -> int:
        line = stripped[r]
        if "|" not in line or line[0] == "|" or line[-1] == "|" or _ticker_strip(line):
            return 0
        if kinds[r] not in (None, "navigation"):
            return 0
        return line.count("|") + 1

    i = 0
    while i < len(stripped):
        n = cells(i)
        j = i
        while j < len(stripped) and n >= _NARROW_CELLS and cells(j) == n:
            j += 1
        rows = range(i, j)
        if n >= _TABLE_CELLS and j - i >= 2 and any(_data_cell(c) for r in rows for c in stripped[r].split("|")):
            table = True
        else:  # two columns: a heading row, then three rows or more whose last cell is a figure ('Studio | 7,2')
            table = n == _NARROW_CELLS and j - i > _NARROW_ROWS and all(_figure(stripped[r]) for r in rows[1:])
        if table:
            for r in rows:
                if kinds[r] == "navigation":
                    kinds[r] = None
        i = max(j, i + 1)


def _figure(row: str) -> bool:
    """The row's last cell is a figure ('| 7,2', '| 11.500 đ', '| 3%')."""
    return _FIGURE.search(row) is not None


def _data_cell(cell: str) -> bool:
    return any(ch.isdigit() or ch == "," for ch in cell) or len(cell.split()) >= 5
