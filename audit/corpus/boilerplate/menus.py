"""One-line page chrome by shape: menus, breadcrumbs and meta lines between separators, rows of icon buttons."""

from __future__ import annotations

import re

LETTER = re.compile(r"[^\W\d_]")

# A breadcrumb's arrows, also unspaced: '›', '»', '⟩', '▸', and the other arrows sites draw between sections ('⟫',
# '➤', '⊳', '►'; adversary73; '❯', '❱', adversary76)
_ARROW_CHARS = "›»⟩〉▸▶►▹▻⊳⟫≫➤➔➜➝➞➙❯❱"
# A menu's or a meta line's dots, bullets and diamonds between items ('·', '•', '◦', '▪', '⁂', and '∙', '⋄', '◇',
# '◆', '✦', '●'; adversary73)
_DOT_CHARS = "·•◦▪⁂∙⋅⋄◇◆♦❖✦✧●○■□▫◾◽⬩⬥"
# A menu's bar between items: '|', and the double, broken, box-drawing and full-width bars some sites draw ('Giới
# thiệu ‖ Thị trường ‖ Liên hệ'; misses42)
_BAR_CHARS = "|‖¦│┃｜"
# ' > ', ' >> ', a bar, ' / ' (or its fraction slash ' ⁄ ') or a dot between items, an arrow (unspaced too), or a run
# of spaces
_MENU_SEPARATOR = re.compile(
    rf"\s+(?:[{_ARROW_CHARS}>{_BAR_CHARS}/⁄{_DOT_CHARS}]|>>)\s+|\s*[{_ARROW_CHARS}]\s*|\s{{2,}}"
)
SENTENCE_STOPS = frozenset(".!?…;,")
MENU_GATE = re.compile(f"[{_ARROW_CHARS}>{_BAR_CHARS}/⁄{_DOT_CHARS}]")  # one character class: a fast scan
_MENU_ITEM_WORDS = 6
# A breadcrumb's arrows ('›', '»', '⟩'): its last section may be named in full ('Trang chủ » Hoạt động Quốc hội »
# Chất vấn và trả lời chất vấn', 'Bóng chuyền › Giải vô địch các CLB nữ Đông Nam Á', clean31)
_ARROW_ITEM_WORDS = 10
_ARROWS = frozenset(_ARROW_CHARS)
# a breadcrumb drawn with '>' between spaced sections is one too ('Bản tin quốc tế > Giao thông Việt Nam qua báo chí
# Trung Quốc'; misses29)
_CRUMB_SEPARATORS = _ARROWS | {">", ">>"}
_MENU_LINE_CHARS = 250


def menu_line(line: str) -> bool:
    """A menu, breadcrumb or meta line: two or more short items, each starting with a capital, a digit or '#',
    between separators, and no sentence end ('Trang chủ › Thế giới', 'Minh Anh · 18/06/2025 · 3 phút đọc').
    Items split by spaces alone, or two items around a dot of which one is a single word, are not enough: a
    doubled space inside a headline is a typo, 'Xi Hê • Rompuy' a name joined the Chinese way."""
    if line[-1] in SENTENCE_STOPS or len(line) > _MENU_LINE_CHARS or not ("  " in line or MENU_GATE.search(line)):
        return False
    parts = [part.strip() for part in _MENU_SEPARATOR.split(line)]
    separators = [s.strip() for s in _MENU_SEPARATOR.findall(line)]
    crumb = separators and all(s in _CRUMB_SEPARATORS for s in separators)
    most = _ARROW_ITEM_WORDS if crumb or _home_crumb(parts, separators) else _MENU_ITEM_WORDS
    if len(parts) < 2 or any(not part or len(part.split()) > most or not _item_start(part) for part in parts):
        return False
    if len(parts) >= 3:
        return True
    if any(ch in _ARROWS or ch in ">/⁄" or ch in _BAR_CHARS for ch in line):
        return True
    return any(ch in _DOT_CHARS for ch in line) and all(len(part.split()) >= 2 for part in parts)


# a breadcrumb drawn with ' / ' opens on the site's home ('Trang chủ / Tổ chức / Sở Tài chính / Dự toán ngân sách địa
# phương năm 2026', a CKAN portal's; chrome50): its last item, the page's title, may be named in full as an arrow's
_HOME_ITEMS = frozenset({"trang chủ", "trang nhất", "trang đầu", "home"})


def _home_crumb(parts: list[str], separators: list[str]) -> bool:
    """The items are split by ' / ' alone and the first is the site's home ('Trang chủ', 'Home')."""
    return bool(separators) and all(s == "/" for s in separators) and parts[0].casefold() in _HOME_ITEMS


# A crumb's first item drawn as a house alone, with or without its variation selector
_HOME_ICONS = frozenset({"⌂", "🏠", "🏡", "🏠\ufe0e", "🏠\ufe0f", "⌂\ufe0e", "⌂\ufe0f"})


def _item_start(part: str) -> bool:
    """A menu item starts with a capital, a digit or '#', after the icon a button shows before its label
    ('👍 1,2K', '↗ Chia sẻ', '⚑ Báo lỗi'), or with a letter of a script without capitals: a language switch
    names each language in its own script ('中文 | English | 한국어')."""
    first = part[0]
    if first.isupper() or first.isdigit() or first == "#" or (first.isalpha() and not first.islower()):
        return True
    if first.islower() and part[1:2].isupper() and part[2:3].islower():
        return True  # a brand's camel case: 'eSports', 'iPhone', 'eMagazine' (misses25)
    if first.islower() and part.split()[0][1:].isupper():
        return True  # ... or a service's short name: 'eDO', 'iOS', 'eKYC' (a port's delivery orders; chrome50)
    if part in _HOME_ICONS:
        return True  # a breadcrumb's home sign for 'Trang chủ': '⌂ › SEA Games 33 › Đoàn Việt Nam' (misses25)
    label = ICONS.sub("", part, count=1)
    return bool(label) and label != part and (label[0].isupper() or label[0].isdigit())


# Symbols a button draws before its label (arrows, technical signs, symbols, dingbats, pictographs, transport
# signs, with their variation selector); not the faces and gestures of chat ('😂', '🤔'), which end a writer's line
_ICON_CHARS = r"\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001f5ff\U0001f680-\U0001f6ff\ufe0f"
ICONS = re.compile(f"^[{_ICON_CHARS}]+\\s*")
_ICON_RUN = re.compile(f"[{_ICON_CHARS}]+")


def icon_bar(line: str) -> bool:
    """A row of buttons, each an icon and a short label ('↓ Đến công thức 🖨 In công thức', '▶ Phát ⏸ Dừng'):
    the line opens with an icon, two items or more, each starting with a capital or a digit, no sentence end."""
    if line[-1] in SENTENCE_STOPS or len(line) > _MENU_LINE_CHARS:
        return False
    items = [item.strip() for item in _ICON_RUN.split(line)[1:]]
    # an icon with no label between two others ('❤ 23     🔗     ↩ Trả lời', a forum post's like, link and reply
    # buttons; chrome50) is a button all the same; the last icon's label may not be missing
    items = [item for k, item in enumerate(items) if item or k == len(items) - 1]
    return len(items) >= 2 and all(
        item and len(item.split()) <= _MENU_ITEM_WORDS and (item[0].isupper() or item[0].isdigit()) for item in items
    )


# The icons a site's bar ends on, each a button with no label: search, menu, account, notifications, settings, cart
_BAR_ICONS = "🔍🔎☰≡⋮⋯⚙👤🔔✉🛒🌐"
_SITE_BAR = re.compile(rf"(?P<name>[^{_BAR_ICONS}]+?)(?:\s+[{_BAR_ICONS}]\ufe0f?){{2,6}}")
_SITE_BAR_WORDS = 8


def site_bar(line: str) -> bool:
    """A site's name and the icon buttons of its bar at the right ('Diễn đàn Nghiên cứu viên trẻ     🔍  ☰  👤', a
    Discourse forum's; chrome50): eight words at most, no sentence end, then two icons or more of search, menu,
    account or notifications. A writer's line closing on emoji ends its sentence first, or uses other pictures."""
    m = _SITE_BAR.fullmatch(line)
    return (
        m is not None
        and len(m["name"].split()) <= _SITE_BAR_WORDS
        and m["name"].rstrip()[-1] not in SENTENCE_STOPS
        and LETTER.search(m["name"]) is not None
    )


_SLUG = re.compile(r"[^\W\d_]+(?:-[^\W_]+)+|[^\W\d_]+")
_SLUG_ROW_ITEMS = 8
_SLUG_ROW_JOINED = 2


def slug_row(line: str) -> bool:
    """A forum's tags as their slugs, two to eight, set apart by runs of spaces or a dot ('sáng-chế   chuyển-giao
    đại-học', Discourse's; chrome50): every item a lower-case word or words joined by hyphens, two of them joined so.
    Words of a sentence are not set apart by wide spaces nor joined by hyphens."""
    items = re.split(r"\s{2,}|\s+[·•,]\s+", line)
    return (
        2 <= len(items) <= _SLUG_ROW_ITEMS
        and line == line.lower()
        and all(_SLUG.fullmatch(item) for item in items)
        and sum("-" in item for item in items) >= _SLUG_ROW_JOINED
    )
