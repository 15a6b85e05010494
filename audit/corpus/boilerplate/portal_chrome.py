"""A portal's chrome that needs the lines around it (chrome50): an open-data portal's list of files under its heading,
a contact bar at the page's head, and a table of the portal's own (a vessel schedule, a timetable) between its menus
above the headline. An article's own table, under its headline or inside its text, stays article."""

from __future__ import annotations

import re

from audit.corpus.boilerplate.line import classify_line

# A file of a dataset's list: its title, its format, its size and the button beside it ('📄 Biểu 46 – Cân đối ngân sách
# …      XLSX   48 KB   Tải về', CKAN's; 'Danh sách trường  CSV  12 KB  Download'); no sentence ends so
_RESOURCE_ROW = re.compile(
    r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*)?[^.!?]{2,160}?\s+"
    r"(?:XLSX?|CSV|PDF|JSON|GEOJSON|XML|DOCX?|ODS|ZIP|RAR|KML|KMZ|SHP|TXT|RDF|API|HTML?)\s+"
    r"\d[\d.,]*\s*(?:[KMG]i?B|bytes?)\s+"
    r"(?:Tải về|Tải xuống|Xem trước|Xem|Khám phá|Download|Preview|Explore|Go to resource)",
)
_RESOURCE_GATE = re.compile(r"\d\s*[KMG]i?B\s", re.I)
_ROWS = 2  # files in a list; one such line may be an article's link to its report
_HEADING_WORDS = 6


def resource_lists(stripped: list[str], kinds: list[str | None]) -> None:
    """Two files or more of a dataset's list, one a line, each with its format, its size and a download or preview
    button: the portal's list, navigation, and the short heading right above it ('Dữ liệu và tài nguyên', 'Data and
    Resources'). A sentence naming a report's format and size ('Báo cáo (PDF, 1,2 MB) có thể tải về tại …') ends in
    its full stop, not in the button."""
    rows = [i for i, line in enumerate(stripped) if _RESOURCE_GATE.search(line) and _RESOURCE_ROW.fullmatch(line)]
    if len(rows) < _ROWS:
        return
    shown = [i for i, line in enumerate(stripped) if line]
    runs: list[list[int]] = []
    for i in rows:
        k = shown.index(i)
        if runs and k > 0 and shown[k - 1] == runs[-1][-1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < _ROWS:
            continue
        for i in run:
            kinds[i] = kinds[i] or "navigation"
        k = shown.index(run[0])
        head = shown[k - 1] if k > 0 else None
        if head is not None and kinds[head] is None and _heading(stripped[head]):
            kinds[head] = "navigation"


def _heading(line: str) -> bool:
    """A box's heading: six words at most, no sentence end."""
    return len(line.split()) <= _HEADING_WORDS and line[-1] not in '.!?…:;"”,'


# A contact in a page's top bar: a hotline, a dispatch line or a switchboard with its number ('Hotline điều độ: 0254 3
# 876 999', 'Tổng đài: 1900 1234', 'Đường dây nóng 0912 345 678')
_CONTACT = re.compile(
    r"(?:hotline|tổng đài|đường dây nóng|điện thoại|tel|phone|đt)(?: [^\d:：.!?|]{1,25})?"
    r"\s*[:：]?\s*\+?\d[\d .()-]{6,18}\d",
    re.I,
)
_BAR_GAP = re.compile(r"\s{3,}")
_BAR_PART_WORDS = 16
_BAR_PARTS = 2  # the name and a contact or a login at least


def head_contact_bars(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """Above the article's first sentence, a line whose parts, set apart by wide spaces, are the site's name (sixteen
    words at most, no sentence end) and then only a hotline with its number or a widget a pattern names (a login, a
    language switch): 'CẢNG CONTAINER QUỐC TẾ SAO BIỂN     Hotline điều độ: 0254 3 876 999     VI | EN', 'DỮ LIỆU MỞ
    THÀNH PHỐ …     Đăng nhập | Đăng ký'. The site's name and its bar, navigation. A sentence giving a hotline ('Người
    dân gọi đường dây nóng 1900 1234 để phản ánh.') ends in its full stop, and lower down it is the article's."""
    for i in range(first):
        line = stripped[i]
        if kinds[i] is not None or "   " not in line or line[-1] in ".!?…;":
            continue
        name, *bar = [p.strip() for p in _BAR_GAP.split(line) if p.strip()]
        if (
            len(bar) >= _BAR_PARTS - 1
            and len(name.split()) <= _BAR_PART_WORDS
            and name[-1] not in ".!?…:;,"
            and all(_CONTACT.fullmatch(p) or classify_line(p)[0] is not None for p in bar)
        ):
            kinds[i] = "navigation"


_TABLE_CELLS = 3
_TABLE_ROWS = 2
_TABLE_HEADING_WORDS = 12


def head_tables(stripped: list[str], kinds: list[str | None], first: int) -> None:
    """Above the article's first sentence, a table split by '|' (two rows or more of the same three cells or more) with
    chrome right above it, or above its heading, and right under it (a menu over it, a lookup box or a breadcrumb
    under it): a table of the portal's own (a port's vessel schedule, a station's timetable), navigation with its
    heading ('LỊCH TÀU DỰ KIẾN (cập nhật 06:00, 26/11/2025)'). An article's own table follows its headline or its
    text, not chrome, or has the article's first sentence under it (clean49's schedule; chrome50)."""
    shown = [i for i in range(first) if stripped[i]]
    k = 0
    while k < len(shown):
        n = _cells(stripped[shown[k]])
        end = k
        while end < len(shown) and n >= _TABLE_CELLS and _cells(stripped[shown[end]]) == n:
            if kinds[shown[end]] is not None:
                break
            end += 1
        if end - k < _TABLE_ROWS:
            k += 1
            continue
        rows = shown[k:end]
        above = k - 1
        heading = None
        if above >= 0 and kinds[shown[above]] is None and _table_heading(stripped[shown[above]]):
            heading, above = shown[above], above - 1
        chrome_above = above >= 0 and kinds[shown[above]] not in (None, "separator")
        chrome_below = end < len(shown) and kinds[shown[end]] not in (None, "separator")
        if chrome_above and chrome_below:
            for i in [*([heading] if heading is not None else []), *rows]:
                kinds[i] = "navigation"
        k = end


def _cells(line: str) -> int:
    """The cells of a table's row split by '|' (0 for a line that is no such row)."""
    if "|" not in line or line[0] == "|" or line[-1] == "|":
        return 0
    return line.count("|") + 1


def _table_heading(line: str) -> bool:
    """A table's heading over it: twelve words at most, no sentence end, no '|'."""
    return "|" not in line and len(line.split()) <= _TABLE_HEADING_WORDS and line[-1] not in '.!?…:;"”'


# A side box of a portal: its title, a visit counter's or a hotline's ('Thống kê truy cập', 'Lượt truy cập', 'Đường
# dây nóng', 'Hotline', 'Số điện thoại cần biết'), over its rows, each a short label, a colon and a figure or a phone
# number alone ('Đang truy cập: 37', 'Hôm nay: 1.904', 'Tổng lượt truy cập: 612.447', 'Phòng, chống thiên tai: 0262
# 3871 118')
_BOX_TITLE = re.compile(
    r"(thống kê (lượt )?truy cập|(số )?lượt truy cập|bộ đếm( truy cập)?|thống kê|đường dây nóng|hotline|tổng đài"
    r"( hỗ trợ)?|số điện thoại (cần biết|khẩn cấp|đường dây nóng|hữu ích)|điện thoại (cần biết|khẩn cấp)|"
    r"visitors?( counter| statistics)?|site statistics)\s*[:：]?",
    re.I,
)
_BOX_ROW = re.compile(
    r"[^\d.!?:：;]{2,50}[:：]\s*(?:\+?\d[\d .()-]{5,18}\d|\d{1,3}(?:[.,]\d{3})*|\d+)",
)
_BOX_LABEL_WORDS = 7


def side_boxes(stripped: list[str], kinds: list[str | None]) -> None:
    """A visit counter's or a hotline's box beside the article: its title over two rows or more of a label and a
    figure, each alone on its line (a row a pattern reads already, a hotline, counts among them), with chrome or the
    page's edge right after the rows, and the title chrome already or under chrome or the page's edge: the title and
    the rows are navigation (a portal's side column, where the page's structure gives the title its verdict but not
    the short lines under it). A list of figures in the article ('Số hộ bị ngập: 1.240' under 'Thiệt hại ban đầu:')
    has no such title over it or the article's text after it; the article's own list of phone numbers under such a
    title ('Số điện thoại cần biết:' closing a flood story) has the article's text above it."""
    shown = [i for i, line in enumerate(stripped) if line]
    for k, head in enumerate(shown):
        if not _BOX_TITLE.fullmatch(stripped[head]):
            continue
        rows = []
        for j in shown[k + 1 :]:
            line = stripped[j]
            if not _BOX_ROW.fullmatch(line) or len(re.split("[:：]", line)[0].split()) > _BOX_LABEL_WORDS:
                break
            rows.append(j)
        if len(rows) < _ROWS:
            continue
        after = next((j for j in shown if j > rows[-1]), None)
        if after is not None and kinds[after] is None:
            continue
        if kinds[head] is None and k > 0 and kinds[shown[k - 1]] is None:
            continue  # under the article's text: the article's own list of numbers
        for j in (head, *rows):
            kinds[j] = kinds[j] or "navigation"
