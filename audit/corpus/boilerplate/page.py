"""A page's lines classified together: each line's own kind, the related-news block, the runs of lines, the
repeated headline and the byline."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from audit.corpus.boilerplate.apparatus import (
    lookup_tables,
    named_over_facts,
    photo_captions,
    record_fields,
    signature_blocks,
)
from audit.corpus.boilerplate.calendars import calendar_boxes
from audit.corpus.boilerplate.chapters import chapter_lists
from audit.corpus.boilerplate.inline_box import article_resumes, block_after_article
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.portal_chrome import head_contact_bars, head_tables, resource_lists, side_boxes
from audit.corpus.boilerplate.prose import article_sentence, is_prose
from audit.corpus.boilerplate.rankings import ranking_boxes
from audit.corpus.boilerplate.runs import (
    ITEM_CHARS,
    capitals_masthead,
    contents_runs,
    dash_menus,
    head_tickers,
    menu_runs,
    name_over_bars,
    name_over_menu_line,
    pipe_tables,
    section_label,
    tag_lists,
)

_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\s*$")
_NAME_JOINS = frozenset("-–—/&")  # between two authors' names in a byline


def classify_lines(
    lines: list[str], in_tail: Callable[[int, int], bool] | None = None, text_page: bool = True
) -> list[str | None]:
    """Boilerplate kind for each line of a page (None for article text and blank lines).

    ``in_tail(start, i)``, when given, says whether line ``i`` still belongs to the related-news block that
    line ``start`` opened (an HTML page knows where the box ends); without it the block runs to the page's
    end, or to a paragraph of article prose. ``text_page``: the lines are a page copied as text (an HTML
    page's article blocks are not: its menus sit in containers)."""
    kinds: list[str | None] = [None] * len(lines)
    stripped = [line.strip() for line in lines]
    tail: int | None = None  # the line that opened the related-news block
    seen_article = in_tail is not None  # text copied from a page: a box's heading before any article sentence
    resumed: list[list[int]] = []  # the stretches of article after a box inside it: [first line, end)
    for i, line in enumerate(lines):
        if not stripped[i]:
            continue
        kind, starts_tail = classify_line(line)
        if starts_tail and kind == "navigation" and tail is None and _capitals_heads(stripped, kinds, i) >= _HEADS:
            kind, starts_tail = None, False  # one more of the article's sections in capitals ('LỊCH SỰ KIỆN')
        if starts_tail and not seen_article and tail is None:
            starts_tail = False  # is a menu item at the page's head ('Tin mới', 'Ảnh khác'): its line only
        if tail is not None and kind is None and (is_prose(line) or (in_tail is not None and not in_tail(tail, i))):
            tail = None  # article text again: the block was a box inside the article ('Xem thêm: …')
        if tail is not None and kind is None and in_tail is None and article_resumes(lines, stripped, kinds, tail, i):
            tail = None  # a box of one to three links inside the article, then its short paragraphs again
            resumed.append([i, len(lines)])
        if tail is not None:  # the related-news block, unless a line says what else it is (a footer, a timestamp)
            kinds[i] = kind or "related"
            if starts_tail:
                tail = i  # a second box's heading: the lines after it belong to its box
            continue
        if starts_tail:
            tail = i
            if resumed and resumed[-1][1] == len(lines):
                resumed[-1][1] = i
        kinds[i] = kind
        if kind is None and not seen_article:  # a sentence of five words or more
            seen_article = stripped[i][-1] in '.!?…"”' and stripped[i].count(" ") >= 4
    for start, end in resumed:
        block_after_article(stripped, kinds, start, end)
    _page_structure(stripped, kinds, text_page)
    content = [i for i, kind in enumerate(kinds) if kind is None and stripped[i]]
    if not content:
        return kinds
    # The headline repeated lower down is a photo caption or a share widget.
    title = stripped[content[0]]
    for i in content[1:]:
        if stripped[i] == title:
            kinds[i] = "caption"
    _bylines_before_chrome(stripped, kinds, content)
    # A short unpunctuated last line after the article text is a byline ("PV", "Minh Anh", "Minh Khôi - Thu Hà").
    last_content = content[-1]
    if len(content) > 1:
        words = [w for w in lines[last_content].split() if w not in _NAME_JOINS]
        if (
            len(words) <= 4
            and not _SENTENCE_END.search(lines[last_content])
            and not _last_item(stripped, content)
            and "\t" not in stripped[last_content]  # a table's last row ('Tổng cộng\t\t2.030\t46'), not a name
            and not stripped[last_content].endswith(",")  # a letter's closing ('Trân trọng,', clean45), not a name
        ):
            kinds[last_content] = "byline"
    return kinds


_NAME_WORD = re.compile(r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+")


def _bylines_before_chrome(stripped: list[str], kinds: list[str | None], content: list[int]) -> None:
    """A name alone (two to four capitalised words) between the article's last sentence and the page's chrome (a
    share row, related links) is the byline, when readers' comments after that chrome make it no last line ('Thùy
    Dương' / 'Chia sẻ: Facebook | Zalo' / comments; adversary116). A heading has an article paragraph after it."""
    for a, i in itertools.pairwise(content):
        words = stripped[i].split()
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        after = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)
        if after is None or kinds[after] is None or a != max(j for j in range(i) if stripped[j]):
            continue  # not right before chrome, or a chrome line between it and the article above
        if stripped[a][-1] in '.!?…"”' and article_sentence(stripped[a]):
            kinds[i] = "byline"


_LIST_MARKS = ("- ", "– ", "• ", "+ ", "* ")
_HEADS = 2  # the article's own section heads in capitals above a calendar's heading in capitals
_HEAD_WORDS = 8


def _capitals_heads(stripped: list[str], kinds: list[str | None], i: int) -> int:
    """How many article lines above line ``i`` are section heads in capitals like it: eight words at most, no sentence
    end, an article sentence right under them ('THỊ TRƯỜNG TRONG NƯỚC' over its paragraph, in a brokerage's
    newsletter). A calendar's or a programme's heading in capitals ('LỊCH SỰ KIỆN') under two such heads is one more
    section of the article, not the page's box (clean34); the box of a page whose article has no such heads stays."""
    if not stripped[i].isupper():
        return 0
    shown = [j for j in range(i) if stripped[j]]
    return sum(
        1
        for a, b in itertools.pairwise(shown)
        if kinds[a] is None
        and stripped[a].isupper()
        and len(stripped[a].split()) <= _HEAD_WORDS
        and stripped[a][-1] not in '.!?…:;"”'
        and kinds[b] is None
        and article_sentence(stripped[b])
    )


def _last_item(stripped: list[str], content: list[int]) -> bool:
    """The last content line is the last item of a list ('- Chiều 16h-19h' under '- Sáng 6h-9h'): it opens with
    the list mark the content line above it opens with, which a byline after the article does not."""
    last, before = stripped[content[-1]], stripped[content[-2]]
    return any(last.startswith(m) and before.startswith(m) for m in _LIST_MARKS)


def _page_structure(stripped: list[str], kinds: list[str | None], text_page: bool) -> None:
    """The cues that need the neighbouring lines (updates ``kinds`` in place): table rows back to the article,
    then, on a page copied as text (an HTML page has its containers), menus and tables of contents out of it;
    bylines beside a timestamp. A page copied with a blank line after every line (each menu item, each paragraph)
    is judged on its lines without the blanks: they separate nothing."""
    if text_page and _double_spaced(stripped):
        shown = [i for i, line in enumerate(stripped) if line]
        compact = [kinds[i] for i in shown]
        _page_structure([stripped[i] for i in shown], compact, text_page)
        for i, kind in zip(shown, compact, strict=True):
            kinds[i] = kind
        return
    if text_page:
        lines = [line for line in stripped if line]
        if any(line.startswith(("00:00", "0:00")) for line in lines):
            chapter_lists(stripped, kinds)
        if "|" in "".join(lines):
            pipe_tables(stripped, kinds)
        short = any(len(line) <= ITEM_CHARS for line in lines)  # menu items are short: most pages of prose have none
        repeated = len(set(lines)) < len(lines)  # a table of contents repeats the headings

        def sentence(i: int) -> bool:
            return bool(stripped[i]) and kinds[i] is None and article_sentence(stripped[i])

        first = next((i for i in range(len(stripped)) if sentence(i)), None) if short or repeated else None
        if first is not None and short:
            last = next(i for i in range(len(stripped) - 1, first - 1, -1) if sentence(i))
            head_tickers(stripped, kinds, first)  # the page's head: its price tickers, its menus
            dash_menus(stripped, kinds, first)
            head_contact_bars(stripped, kinds, first)  # the site's name with its hotline (chrome50)
            head_tables(stripped, kinds, first)  # a schedule of the portal's own between its menus (chrome50)
            menu_runs(stripped, kinds, 0, first)
            capitals_masthead(stripped, kinds, first)  # the site's name above them
            name_over_bars(stripped, kinds, first)  # with its tagline, contacts or motto under it
            name_over_menu_line(stripped, kinds, first)  # in sentence case, over a menu copied as one line
            section_label(stripped, kinds, first)  # the story's section under them
            tag_lists(stripped, kinds, last + 1, len(stripped))  # its foot: the tags under their heading
            menu_runs(stripped, kinds, last + 1, len(stripped))  # and its menus
        if first is not None and repeated:
            contents_runs(stripped, kinds, [i for i in range(first, len(stripped)) if sentence(i)])
        _summary_heads(stripped, kinds)
        _document_apparatus(stripped, kinds)
        _interview_questions(stripped, kinds)
        _poll_runs(stripped, kinds)
        signature_blocks(stripped, kinds)  # a mail's signature under '--'
        photo_captions(stripped, kinds)  # a photo's caption between its number and its facts
        named_over_facts(stripped, kinds)  # a group's name over 'Nhóm Công khai · N thành viên'
        lookup_tables(stripped, kinds)  # a lookup widget's table and label above the path
        record_fields(stripped, kinds)  # a record's fields, half of them chrome by their own line
    ranking_boxes(stripped, kinds)
    calendar_boxes(stripped, kinds)
    if "B " in "".join(stripped):
        resource_lists(stripped, kinds)  # a dataset's files with their format and size (chrome50)
    side_boxes(stripped, kinds)  # a portal's visit counter or hotline box (clean65)
    if "navigation" in kinds:
        _credited_names(stripped, kinds)
    if "timestamp" in kinds:
        _dated_rows(stripped, kinds)
    if "timestamp" in kinds or "navigation" in kinds:
        _bylines_by_dates(stripped, kinds)
    if "footer" in kinds:
        _newsletter_colophon(stripped, kinds)
    _contact_headings(stripped, kinds)
    _listed_people(stripped, kinds)


# An official document's number line ('Số: 27/TCBC-TA', 'Số: 241/2026/NĐ-CP'), its place-and-date line ('Hà Nội, ngày 24
# tháng 11 năm 2026') and the heading of its distribution list ('Nơi nhận:'), each alone on its line
_DOC_NUMBER = re.compile(r"số\s*[:：]\s*\d{1,5}(?:/\d{4})?/[^\W_][\w.-]{0,30}", re.I)
_PLACE_DATE = re.compile(r"[^\W\d_][^,.!?:;]{1,40},\s*ngày \d{1,2} tháng \d{1,2} năm \d{4}\.?", re.I)
_RECIPIENTS = re.compile(r"nơi nhận\s*[:：]?", re.I)


def _document_apparatus(stripped: list[str], kinds: list[str | None]) -> None:
    """An official document printed on a portal's page (a menu, a path or a tool row above its number or its place
    and date, not only a rule of dashes): its number line and its place-and-date line are chrome, and from its
    distribution list ('Nơi nhận:') on, the list, the signature block and the page's foot (clean43). A document
    copied on its own, with no page around it, keeps them as its text (clean17, clean19, genres18)."""
    page_above = marked = False
    for i, line in enumerate(stripped):
        if not line:
            continue
        if kinds[i] is not None:
            page_above = page_above or kinds[i] != "separator"
            continue
        if not page_above:
            if article_sentence(line):
                return  # the document's text began with no page around it
            continue
        if _DOC_NUMBER.fullmatch(line) or _PLACE_DATE.fullmatch(line):
            # navigation, not a timestamp: the document's kind under its date ('THÔNG BÁO') is no byline beside it
            kinds[i], marked = "navigation", True
        elif marked and _RECIPIENTS.fullmatch(line):
            for j in range(i, len(stripped)):
                if stripped[j] and kinds[j] is None:
                    kinds[j] = "footer"
            return


# A box's label over the names it credits, alone on its line ('Đơn vị tổ chức', 'Đơn vị đồng hành', 'Nhà tài trợ')
_CREDIT_LABEL = re.compile(r"(đơn vị|ban) (tổ chức|đồng hành|bảo trợ)|(đơn vị|nhà) (tài trợ|đồng hành)|đối tác", re.I)
_CREDIT_WORDS = 30


def _credited_names(stripped: list[str], kinds: list[str | None]) -> None:
    """The line right under an organiser's or a partner's label, chrome, that names them and ends no sentence ('Trung
    tâm Văn hóa – Điện ảnh TP Cần Thơ', 'Sở … · Cảng hàng không … · Câu lạc bộ …'): the box's names, chrome (clean44).
    A paragraph under such a heading ends in its full stop and stays."""
    for i, line in enumerate(stripped):
        if kinds[i] is None or not _CREDIT_LABEL.fullmatch(line):
            continue
        below = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)
        if below is None or kinds[below] is not None:
            continue
        text = stripped[below]
        if len(text.split()) <= _CREDIT_WORDS and not text.endswith((".", "!", "?", "…", ":")):
            kinds[below] = kinds[i]


# A poll's label or question to the reader ('📊 Bình chọn ẩn danh', 'Bạn dự đoán … ?') and its vote count ('6.402 lượt
# bình chọn'), the page's chrome already
_POLL_OPEN = re.compile(
    r"(📊\s*)?(bình chọn|cuộc thăm dò|thăm dò ý kiến|khảo sát) (ẩn danh|công khai)"
    r"|(📊\s*)?(anonymous|public) (poll|quiz)|bạn dự đoán [^.!?]{3,150}\?",
    re.I,
)
_POLL_VOTES = re.compile(r"\d[\d.,]* (lượt bình chọn|lượt bầu chọn|lượt dự đoán|phiếu bầu|votes?)", re.I)
_POLL_LINES = 8  # a poll's question and its options
_POLL_ITEM_WORDS = 15


def _poll_runs(stripped: list[str], kinds: list[str | None]) -> None:
    """A poll copied with its question and options one a line ('U22 Việt Nam sẽ vào đến vòng nào?', 'Vô địch – 58%'):
    between its label and its vote count, both chrome, eight lines or fewer, each short and ending in no full stop,
    are its question and its options, chrome (clean44). A label with no vote count near it closes nothing."""
    for i, line in enumerate(stripped):
        if kinds[i] is None or not _POLL_OPEN.fullmatch(line):
            continue
        inner = [j for j in range(i + 1, len(stripped)) if stripped[j]][: _POLL_LINES + 1]
        votes = (k for k, j in enumerate(inner) if kinds[j] is not None and _POLL_VOTES.fullmatch(stripped[j]))
        end = next(votes, None)
        if end is None or end == 0:
            continue
        items = inner[:end]
        if all(len(stripped[j].split()) <= _POLL_ITEM_WORDS and not stripped[j].endswith(".") for j in items):
            for j in items:
                kinds[j] = kinds[j] or "navigation"


_QUESTION_TO_READER = re.compile(r"bạn dự đoán [^.!?]{3,150}\?", re.I)


def _interview_questions(stripped: list[str], kinds: list[str | None]) -> None:
    """A poll's question to the reader ('Bạn dự đoán … ?') between two full sentences of the article is an
    interviewer's question to a young player or artist, answered in the line under it: article text (in place). A
    poll's question has its options or its vote count under it (review31)."""
    shown = [i for i, line in enumerate(stripped) if line]
    for k, i in enumerate(shown[1:-1], start=1):
        if kinds[i] is None or not _QUESTION_TO_READER.fullmatch(stripped[i]):
            continue
        before, after = shown[k - 1], shown[k + 1]
        if kinds[before] is None and kinds[after] is None and article_sentence(stripped[after]):
            kinds[i] = None


_SUMMARY_HEAD = re.compile(r"nội dung chính\s*[:：]?", re.I)
_SUMMARY_WORDS = 25  # a summary's paragraph; a table of contents lists headings, each shorter


def _summary_heads(stripped: list[str], kinds: list[str | None]) -> None:
    """'Nội dung chính' heads a table of contents on most pages, but right over a paragraph of the article (an
    episode's or a report's summary) it is the paragraph's heading: article text (in place) (clean39)."""
    for i, line in enumerate(stripped):
        if kinds[i] != "navigation" or not _SUMMARY_HEAD.fullmatch(line):
            continue
        below = next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)
        if (
            below is not None
            and kinds[below] is None
            and len(stripped[below].split()) >= _SUMMARY_WORDS
            and article_sentence(stripped[below])
        ):
            kinds[i] = None


_DOUBLE_SPACED_LINES = 8  # lines a page needs before its blank lines are judged to separate nothing


def _double_spaced(stripped: list[str]) -> bool:
    """Every line of the page, eight or more, stands between blank lines (no two lines of text touch)."""
    shown = [i for i, line in enumerate(stripped) if line]
    return len(shown) >= _DOUBLE_SPACED_LINES and all(b - a >= 2 for a, b in itertools.pairwise(shown))


_NAME_WORD = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*")
_JOINED = re.compile(r"\s+[-–—/&]\s+")


# a reading time on a line of its own ('6–8 phút', '5 phút đọc'), as a browser's reader view puts it under the
# byline (clean42)
_READING_TIME = re.compile(r"\d{1,3}(\s*[–-]\s*\d{1,3})?\s*phút( đọc)?|\d{1,3}(\s*[–-]\s*\d{1,3})?\s*min( read)?", re.I)
_AUTHOR_LINE_WORDS = 20
_AUTHOR_LINE_MIN_WORDS = 3  # an author's post or headline ('Phóng viên thường trú tại Lạng Sơn'), not a column head


def _name(line: str) -> bool:
    """Two to four capitalised words, or two such names joined by '-' ('Đỗ Khải - Vàng Seo Phủ'), and no place."""
    names = [name.split() for name in _JOINED.split(line)]
    words = [w for name in names for w in name]
    return (
        len(names) <= 2
        and all(2 <= len(name) <= 4 for name in names)
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not _place(line)
    )


def _bylines_by_dates(stripped: list[str], kinds: list[str | None]) -> None:
    """A name of two to four capitalised words (or two such names joined by '-') right above or below a timestamp
    line or a reading time is the byline ('Thanh Mai' / 'Thứ Tư, 25/11/2026 - 20:15'); so is a name over one
    unpunctuated line (the author's post or headline) over the timestamp ('Phạm Thu Hà' / 'Giám đốc Xuất khẩu tại
    …' / 'Đã đăng vào 23 thg 11, 2026'), and that line with it (clean42)."""
    dates = [
        t
        for t, kind in enumerate(kinds)
        if kind == "timestamp" or (kind == "navigation" and _READING_TIME.fullmatch(stripped[t]))
    ]
    for i in sorted({j for t in dates for j in (t - 1, t + 1)}):
        if 0 <= i < len(kinds) and kinds[i] is None and stripped[i] and _name(stripped[i]):
            kinds[i] = "byline"
    for t in dates:
        if t < 2 or kinds[t - 1] is not None or kinds[t - 2] is not None:
            continue
        post, name = stripped[t - 1], stripped[t - 2]
        if (
            post
            and name
            and _name(name)
            and all(w[0].isupper() for w in name.split() if w not in _NAME_JOINS)
            and _AUTHOR_LINE_MIN_WORDS <= len(post.split()) <= _AUTHOR_LINE_WORDS
            and not _SENTENCE_END.search(post)
            and not _name(post)
        ):
            kinds[t - 2] = kinds[t - 1] = "byline"


# A line of a label and a full date after a dash ('Chặng Milan - 12/12/2026', 'Chung kết cúp thế giới - 19/12/2026')
_DATED_ROW = re.compile(r"[^\n]{2,80}?\s[-–—]\s+(ngày\s*)?\d{1,2}/\d{1,2}/\d{4}")


def _dated_rows(stripped: list[str], kinds: list[str | None]) -> None:
    """A line read as a byline and its date ('Minh Khôi - 27/11/2026') that is a row of a dated list in the article
    is article text (in place): the line above it is article and ends in ':' ('Lịch thi đấu còn lại của đội tuyển:')
    or is such a row, or the line below is an article row of the same shape; a schedule's capitalised label
    ('Chặng Milan - 12/12/2026') is no author (review34). A byline under a headline, over the lead, stays."""
    shown = [i for i, line in enumerate(stripped) if line]
    for pos, i in enumerate(shown):
        if kinds[i] != "timestamp" or not _DATED_ROW.fullmatch(stripped[i]):
            continue
        above = shown[pos - 1] if pos else None
        below = shown[pos + 1] if pos + 1 < len(shown) else None
        if (
            above is not None
            and kinds[above] is None
            and (stripped[above].endswith((":", "：")) or _DATED_ROW.fullmatch(stripped[above]))
        ) or (below is not None and kinds[below] is None and _DATED_ROW.fullmatch(stripped[below])):
            kinds[i] = None


# A newsletter's own colophon: who publishes it and how often, and nothing else ('Bản tin do Bảo hiểm xã hội thành
# phố phát hành mỗi tháng một số.', 'This newsletter is published by …'); not what a bulletin said ('Bản tin do … phát
# hành lúc 10 giờ cho biết …')
_COLOPHON = re.compile(
    r"(bản tin|thư tin|tập san|tạp chí|newsletter)( điện tử)?( này)? (do|của) [^.!?]{2,100}? "
    r"(phát hành|xuất bản|biên soạn|thực hiện)( [^.!?]{0,30}(ngày|tuần|tháng|quý|năm)( một (số|lần|kỳ))?)?[.!]?"
    r"|this (newsletter|bulletin) is (published|sent|produced) by [^.!?]{2,100}[.!]?",
    re.I,
)
_UNSUBSCRIBE = re.compile(r"(hủy|huỷ) đăng ký|ngừng nhận|unsubscribe", re.I)


def _newsletter_colophon(stripped: list[str], kinds: list[str | None]) -> None:
    """The newsletter's colophon right above its foot is chrome (in place): a line saying who publishes the
    newsletter ('Bản tin do … phát hành mỗi tháng một số.') with only chrome after it, an unsubscribe line among
    it (review34). The same words in an article, or on a page with no unsubscribe line, stay."""
    shown = [i for i, line in enumerate(stripped) if line]
    for pos, i in enumerate(shown):
        if kinds[i] is not None or not _COLOPHON.fullmatch(stripped[i]):
            continue
        after = shown[pos + 1 :]
        if after and all(kinds[j] is not None for j in after) and any(_UNSUBSCRIBE.search(stripped[j]) for j in after):
            kinds[i] = "footer"


# A press contact's heading alone, nothing after its colon ('Thông tin liên hệ báo chí:', 'Liên hệ truyền thông:',
# 'Media contact:')
_CONTACT_HEADING = re.compile(
    r"(thông tin )?liên hệ (báo chí|truyền thông|dành cho báo chí)\s*[:：]"
    r"|(media|press) contacts?( information)?\s*[:：]",
    re.I,
)


def _contact_headings(stripped: list[str], kinds: list[str | None]) -> None:
    """A press contact's heading is chrome (in place) when the line under it is: a wire's or a newsroom's contact
    line the rows read as chrome (review35). Over contact lines read as the release's own text (clean24's
    convention for a company's release) it stays with them."""
    shown = [i for i, line in enumerate(stripped) if line]
    for pos, i in enumerate(shown[:-1]):
        line = stripped[i]
        if kinds[i] is None and line.endswith((":", "：")) and len(line) < 48 and _CONTACT_HEADING.fullmatch(line):
            if kinds[shown[pos + 1]] is not None:
                kinds[i] = "footer"


def _listed_people(stripped: list[str], kinds: list[str | None]) -> None:
    """Lines shaped like a correspondent's byline ('Trần Quốc Bảo (từ Tokyo)') right under an article line ending
    in ':' are a list of the people the article names (prize winners, speakers): article text (in place)."""
    listing = False  # the line above opens the list or is one of its people
    for i, line in enumerate(stripped):
        if kinds[i] == "byline" and line.endswith(")") and listing:
            kinds[i] = None
        elif line:
            listing = kinds[i] is None and line.endswith((":", "："))


def _place(line: str) -> bool:
    """The line is a country or a Vietnamese province or city ('Thái Lan', 'Đà Nẵng'): a list's item or a
    dateline under the date, article text (a country miswritten there is an MT error to see), not a byline."""
    from audit.lang.countries import find_mentions
    from audit.lang.vn_places import vn_place_rows

    if line in {row["name"] for row in vn_place_rows()}:
        return True
    return any(m.start == 0 and m.end == len(line) for m in find_mentions(line))
