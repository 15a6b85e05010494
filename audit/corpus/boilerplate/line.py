"""One line of a page judged on its own: its boilerplate kind, and whether it opens a related-news block."""

from __future__ import annotations

import re

from audit.corpus.boilerplate.menus import (
    ICONS,
    LETTER,
    MENU_GATE,
    SENTENCE_STOPS,
    icon_bar,
    menu_line,
    site_bar,
    slug_row,
)
from audit.corpus.boilerplate.needles import NeedsIndex
from audit.corpus.boilerplate.tsv_patterns import Pattern, gated, holds, patterns, ungated
from audit.corpus.boilerplate.ungated import UngatedRows


def classify_line(line: str) -> tuple[str | None, bool]:
    """(kind or None, starts-a-tail) for one line of text, judged on its own; a line of Markdown (a page saved
    through a Markdown clipper: links '[Trang chủ](/)', headings '### Tin cùng chuyên mục', bold '**Xem thêm:**')
    that nothing names is judged again as the text it shows."""
    stripped = line.strip().strip("\ufeff")
    if not stripped:
        return None, False
    found = _classify(stripped)
    if found[0] is None and ("](" in stripped or stripped[0] == "#" or stripped.startswith("**")):
        shown = _shown_text(stripped)
        if shown and shown != stripped:
            return _classify(shown)
    return found


# Markdown around shown text: a link or an image '[text](url)', a heading's '#' marks, a list's or quotation's mark
# before a link, bold or italic '**' / '__'
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*+>]\s+(?=\[))")
_MD_EMPHASIS = re.compile(r"\*\*|__")


def _shown_text(text: str) -> str:
    """The text a Markdown line shows: its links' text, without heading, list or emphasis marks."""
    return _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", _MD_LEAD.sub("", text))).strip()


def _classify(stripped: str) -> tuple[str | None, bool]:
    """:func:`classify_line` of a stripped, non-empty line."""
    found = _by_pattern(stripped)
    if found is not None:
        return found
    if not LETTER.search(stripped):
        return "navigation", False
    if stripped[0] in "BGHT" and stripped.startswith(_RELIGIOUS) and stripped.isupper() and len(stripped.split()) <= 16:
        return "navigation", False  # a religious body's letterhead: 'BAN TRỊ SỰ GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH …'
    if stripped[0] in "BKTVUỦ" and stripped.isupper() and _state_letterhead(stripped):
        return "navigation", False  # a state body's name over its page: 'BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG' (clean43)
    if (
        stripped[0] in "BTCĐP"
        and stripped.isupper()
        and (
            stripped.startswith(_MASTHEAD)
            or (stripped.startswith(_SERVICE) and " – " in stripped)
            or (stripped.startswith(_OUTLET) and stripped.endswith(" ĐIỆN TỬ"))
            or _party_letterhead(stripped)
        )
    ):
        return "navigation", False  # the site's name in capitals: 'BÁO ĐIỆN TỬ …', 'TẠP CHÍ …', 'BÁO … ĐIỆN TỬ'
    if stripped[-1] not in SENTENCE_STOPS and ("  " in stripped or MENU_GATE.search(stripped)) and menu_line(stripped):
        return "navigation", False
    if ICONS.match(stripped) and icon_bar(stripped):
        return "navigation", False
    if "  " in stripped and stripped[-1] not in SENTENCE_STOPS and (site_bar(stripped) or slug_row(stripped)):
        return "navigation", False  # a forum's bar with its icon buttons, its tags as slugs (chrome50)
    # a last widget may close on '…' (a search box's prompt: 'Chọn thành phố: Hà Nội ▾ | Tìm sự kiện, nghệ sĩ…')
    if _BAR in stripped and (stripped[-1] not in SENTENCE_STOPS or stripped[-1] == "…") and _chrome_parts(stripped):
        return "navigation", False
    if "  " in stripped and _chrome_parts(stripped, _GAP):
        return "navigation", False
    return None, False


_BAR = " | "
# widgets set apart by wide spaces on a line copied from a page ('Tìm kiếm...   Đăng nhập', a poll's question and its
# choices 'Bạn thấy bài viết thế nào?   👍 Hữu ích (214)   😐 Bình thường (12)'; clean66)
_GAP = re.compile(r"\s{2,}")


def _chrome_parts(stripped: str, between: str | re.Pattern[str] = _BAR) -> bool:
    """A line of widgets joined by ' | ' (or set apart by wide spaces), each of which a pattern names on its own:
    '0 bình luận | Theo dõi … trên Google News'. Two parts at least between wide spaces: a line with a gap inside a
    sentence has parts that no pattern names."""
    parts = [
        p.strip() for p in (between.split(stripped) if isinstance(between, re.Pattern) else stripped.split(between))
    ]
    if isinstance(between, re.Pattern) and len(parts) < 2:
        return False
    return len(parts) <= 4 and all(p and (found := _by_pattern(p)) is not None and not found[1] for p in parts)


def _by_pattern(stripped: str) -> tuple[str, bool] | None:
    """(kind, starts-a-tail) of the first pattern of boilerplate.tsv that names the line; None if none does."""
    patterns, gated, ungated = _TABLES or _tables()
    # in the file's order: the first pattern that matches names the line (when no pattern without a gate
    # matches, as for most lines, only the gated ones are tried)
    if ungated.may_match(stripped):
        for p in patterns:
            if (holds(p.needs, stripped) if p.needs else True) and p.regex.fullmatch(stripped):
                return p.kind, p.tail
    else:
        for p in gated.rows(stripped):  # the rows whose needs the line meets (most lines: none)
            if p.regex.fullmatch(stripped):
                return p.kind, p.tail
    return None


# A publication's name written in capitals opens a masthead line (no headline starts so in capitals)
_MASTHEAD = (
    "BÁO ĐIỆN TỬ ",
    "TẠP CHÍ ",
    "TUẦN SAN ",
    "TUẦN BÁO ",
    "CỔNG THÔNG TIN ",
    "TRANG THÔNG TIN ",
    "TRANG TIN ĐIỆN TỬ ",
    "ĐÀI PHÁT THANH ",  # a broadcaster's service: 'ĐÀI PHÁT THANH SAKURA – BAN TIẾNG VIỆT' (clean26)
    "ĐÀI TRUYỀN HÌNH ",
    "ĐÀI TIẾNG NÓI ",
)
# A broadcaster's name without 'ĐÀI', then its service or its call letters after a dash ('PHÁT THANH … – CHƯƠNG TRÌNH
# TIẾNG VIỆT', 'TRUYỀN HÌNH … – MTV', clean27)
_SERVICE = ("PHÁT THANH ", "TRUYỀN HÌNH ")
_OUTLET = ("BÁO ", "ĐÀI ", "TRANG ", "CỔNG ")  # ... with ' ĐIỆN TỬ' at the end: 'BÁO CHIẾN SĨ ĐIỆN TỬ' (clean23)

# A religious body's letterhead in capitals, maybe with its calendar year after a dash ('BAN TRỊ SỰ GIÁO HỘI PHẬT GIÁO
# VIỆT NAM TỈNH BẮC NINH – PL. 2570', 'TÒA GIÁM MỤC XUÂN LỘC') (clean36)
_RELIGIOUS = (
    "GIÁO HỘI PHẬT GIÁO ",
    "BAN TRỊ SỰ GIÁO HỘI ",
    "BAN TRỊ SỰ GHPGVN",
    "TÒA GIÁM MỤC ",
    "TOÀ GIÁM MỤC ",
    "TÒA TỔNG GIÁM MỤC ",
    "TOÀ TỔNG GIÁM MỤC ",
    "HỘI ĐỒNG GIÁM MỤC ",
)

# A Party body's letterhead in capitals ('ĐẢNG CỘNG SẢN VIỆT NAM' over 'BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ',
# clean26): the Party's name alone, or a committee's board ('BAN …') named with the committee it serves
_PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ ")
_COMMITTEES = (" TỈNH ỦY", " THÀNH ỦY", " ĐẢNG ỦY", " TRUNG ƯƠNG", " TỈNH UỶ", " THÀNH UỶ", " ĐẢNG UỶ")


def _party_letterhead(stripped: str) -> bool:
    if stripped == _PARTY[0] or stripped.startswith(_PARTY[1]):
        return len(stripped.split()) <= 12
    return stripped.startswith("BAN ") and len(stripped.split()) <= 14 and any(c in stripped for c in _COMMITTEES)


# A state body's name in capitals with the place it serves, as its portal prints it over the page ('BẢO HIỂM XÃ HỘI
# TỈNH LÂM ĐỒNG', 'TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'KHO BẠC NHÀ NƯỚC KHU VỰC XII'): a headline in capitals says what
# happened after the name and runs longer (clean43)
_STATE_BODIES = (
    "BẢO HIỂM XÃ HỘI ",
    "KHO BẠC NHÀ NƯỚC ",
    "TÒA ÁN NHÂN DÂN ",
    "TOÀ ÁN NHÂN DÂN ",
    "VIỆN KIỂM SÁT NHÂN DÂN ",
    "ỦY BAN NHÂN DÂN ",
    "UỶ BAN NHÂN DÂN ",
)
_SERVED = ("TỈNH ", "THÀNH PHỐ ", "KHU VỰC ", "VIỆT NAM", "TỐI CAO", "CẤP CAO ", "XÃ ", "PHƯỜNG ", "ĐẶC KHU ")


def _state_letterhead(stripped: str) -> bool:
    body = next((b for b in _STATE_BODIES if stripped.startswith(b)), None)
    return body is not None and stripped[len(body) :].startswith(_SERVED) and len(stripped.split()) <= 9


_Tables = tuple[tuple[Pattern, ...], NeedsIndex, UngatedRows]
_TABLES: _Tables | None = None


def _tables() -> _Tables:
    """(every pattern, the gated ones' index, the ungated ones), built once (classify_line runs for
    every line of every page: a global is quicker to reach than three cached calls)."""
    global _TABLES
    _TABLES = (patterns(), NeedsIndex(gated()), ungated())
    return _TABLES
