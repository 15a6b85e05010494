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
# ' > ', ' >> ', ' | ', ' / ' (or its fraction slash ' ⁄ ') or a dot between items, an arrow (unspaced too), or a run
# of spaces
_MENU_SEPARATOR = re.compile(rf"\s+(?:[{_ARROW_CHARS}>|/⁄{_DOT_CHARS}]|>>)\s+|\s*[{_ARROW_CHARS}]\s*|\s{{2,}}")
SENTENCE_STOPS = frozenset(".!?…;,")
MENU_GATE = re.compile(f"[{_ARROW_CHARS}>|/⁄{_DOT_CHARS}]")  # one character class: a fast scan
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
    most = _ARROW_ITEM_WORDS if separators and all(s in _CRUMB_SEPARATORS for s in separators) else _MENU_ITEM_WORDS
    if len(parts) < 2 or any(not part or len(part.split()) > most or not _item_start(part) for part in parts):
        return False
    if len(parts) >= 3:
        return True
    if any(ch in _ARROWS or ch in ">|/⁄" for ch in line):
        return True
    return any(ch in _DOT_CHARS for ch in line) and all(len(part.split()) >= 2 for part in parts)


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
    return len(items) >= 2 and all(
        item and len(item.split()) <= _MENU_ITEM_WORDS and (item[0].isupper() or item[0].isdigit()) for item in items
    )
