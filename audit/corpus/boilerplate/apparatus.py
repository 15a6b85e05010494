"""A page's apparatus that only the lines around it show (a page copied as text, clean45): a mail's signature under
'--', a photo's caption between its number and its facts, a group's or a page's name over its facts, and a lookup
widget's table with its label above the page's path."""

from __future__ import annotations

import itertools
import re

from audit.corpus.boilerplate.prose import article_sentence

_SIGNATURE_MARK = frozenset({"--", "-- ", "—", "__"})
_SIGNATURE_LINES = 6  # a name, a title, an office, a phone, an address
_SIGNATURE_WORDS = 15
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3}")
_STOPS = (".", "!", "?", "…", '"', "”")


def signature_blocks(stripped: list[str], kinds: list[str | None]) -> None:
    """An e-mail's signature as a list archive shows it: the lines under a line of '--' alone up to the next blank
    line, six or fewer, each short and ending no sentence, the first a person's name of two to four capitalised words
    ('Trần Minh Đức' / 'Trưởng nhóm …' / 'ĐT: …'): a footer. A rule of dashes over a paragraph or verse stays."""
    for i, line in enumerate(stripped):
        if line not in _SIGNATURE_MARK or kinds[i] is None:
            continue
        block = []
        for j in range(i + 1, min(len(stripped), i + 1 + _SIGNATURE_LINES + 1)):
            if not stripped[j]:
                break
            block.append(j)
        if not block or len(block) > _SIGNATURE_LINES or not _NAME.fullmatch(stripped[block[0]]):
            continue
        if all(len(stripped[j].split()) <= _SIGNATURE_WORDS and not stripped[j].endswith(_STOPS) for j in block):
            for j in block:
                kinds[j] = kinds[j] or "footer"


# a photo's number in its set ('Ảnh 3/6', 'Hình 2 / 12')
_PHOTO_NUMBER = re.compile(r"(ảnh|hình|photo)\s*\d{1,3}\s*/\s*\d{1,3}", re.I)
_CAPTION_LINES = 2


def photo_captions(stripped: list[str], kinds: list[str | None]) -> None:
    """In a photo set, the one or two lines between a photo's number ('Ảnh 3/6') and its facts (a caption line: 'Mã
    ảnh: … · 6.000 × 4.000 px · Ảnh: …'), both chrome, are its caption. A number with article text and no facts
    after it keeps that text."""
    shown = [i for i, line in enumerate(stripped) if line]
    for k, i in enumerate(shown):
        if kinds[i] is None or not _PHOTO_NUMBER.fullmatch(stripped[i]):
            continue
        inner = shown[k + 1 : k + 2 + _CAPTION_LINES]
        end = next((n for n, j in enumerate(inner) if kinds[j] == "caption"), None)
        if end:
            for j in inner[:end]:
                kinds[j] = kinds[j] or "caption"


# a group's or a page's facts under its name ('Nhóm Công khai · 48,2K thành viên', 'Trang · 1,2 triệu người theo dõi')
_FACTS = re.compile(
    r"(nhóm (công khai|riêng tư|kín)|trang|kênh|page|group|public group|private group)\s*·\s*\d[\d.,]*\s*"
    r"(k|n|m|nghìn|triệu)?\s*(thành viên|người theo dõi|lượt thích|người thích|members|followers|likes)",
    re.I,
)
_NAME_WORDS = 15


def named_over_facts(stripped: list[str], kinds: list[str | None]) -> None:
    """The line right above a group's or a page's facts ('Nhóm Công khai · 48,2K thành viên'), short and ending no
    sentence, is the group's or the page's name: chrome. A sentence above such a line stays."""
    shown = [i for i, line in enumerate(stripped) if line]
    for above, i in itertools.pairwise(shown):
        if kinds[i] is None or kinds[above] is not None or not _FACTS.fullmatch(stripped[i]):
            continue
        text = stripped[above]
        if len(text.split()) <= _NAME_WORDS and not text.endswith(_STOPS):
            kinds[above] = kinds[i]


# a path of two items or more ('Tin tức › Tin ngành điện', 'Trang chủ » Tin tức » Tìm kiếm cứu nạn')
_PATH = re.compile(r"[^›»>]{1,40}(\s[›»>]\s[^›»>]{1,60}){1,5}")
_TABLE_CELLS = 3
_LABEL_LINES = 3


def lookup_tables(stripped: list[str], kinds: list[str | None]) -> None:
    """A lookup widget above the page's path: a table split by '|' (three cells or more, two rows or more) right
    above the path ('Trang chủ » Tin tức » …'), with no article sentence above it, and the one to three lines right
    above it down to a blank or a chrome line (its label, its form: 'Tra cứu lịch ngừng, giảm cung cấp điện',
    'Đơn vị: …   Từ ngày: …   [Tra cứu]') are chrome: an outage schedule, an alert feed in the page's head. A table
    with an article line above it, or none under it but text, stays article."""
    shown = [i for i, line in enumerate(stripped) if line]
    for k, path in enumerate(shown):
        if kinds[path] != "navigation" or not _PATH.fullmatch(stripped[path]) or k == 0:
            continue
        rows, n = [], 0
        for j in reversed(shown[:k]):
            cells = stripped[j].count("|") + 1 if "|" in stripped[j] else 0
            if cells < _TABLE_CELLS or (n and cells != n) or (rows and j + 1 != rows[-1]):
                break
            rows.append(j)
            n = cells
        if len(rows) < 2:  # the row right above the path (blank lines between) and the rows above it
            continue
        labels = []
        j = rows[-1] - 1
        while j >= 0 and stripped[j] and kinds[j] is None and len(labels) < _LABEL_LINES:
            labels.append(j)
            j -= 1
        if j >= 0 and stripped[j] and kinds[j] is None:
            continue  # a longer run of text above: no widget's label
        if any(kinds[i] is None and article_sentence(stripped[i]) for i in range(rows[-1])):
            continue
        for i in rows + labels:
            kinds[i] = kinds[i] or "navigation"


# a record's field: a label of one to four words, a colon, a value that ends no sentence ('Khối lượng: 1.210 kg ngà
# voi; 3.450 kg vảy tê tê', 'Loài / sản phẩm: Ngà voi châu Phi')
_FIELD = re.compile(r"[^\W\d_][^\W\d_/ ]*(?:\s*/?\s*[^\W\d_]+){0,3}\s*[:：]\s*\S[^:：!?]{0,120}")
_FIELD_RUN = 4  # fields in a row, at least
_FIELD_SHARE = 0.5  # of them already chrome by their own line, at least


def record_fields(stripped: list[str], kinds: list[str | None]) -> None:
    """A record's field box (a case database's 'Mã vụ việc: …', 'Ngày phát hiện: …', 'Địa điểm: …', 'Khối lượng:
    …'): four fields or more on consecutive lines, half of them or more chrome by their own line (a code, a date, an
    agency, a status), make the others chrome too: fields named as generally as 'Địa điểm:' or 'Khối lượng:' are
    the box's, not the article's. An article's own facts ('Thời gian: …', 'Địa điểm: …') with no such field among
    them, or a line ending a sentence, stay (clean50). Only a line with a colon is tried: without one the pattern
    cannot match, and its failing search splits the first words every way (40 µs a line of news)."""
    run: list[int] = []
    for i, line in enumerate([*stripped, ""]):
        if (":" in line or "：" in line) and _FIELD.fullmatch(line) and not line.endswith(_STOPS):
            run.append(i)
            continue
        if len(run) >= _FIELD_RUN and sum(kinds[j] is not None for j in run) >= _FIELD_SHARE * len(run):
            for j in run:
                kinds[j] = kinds[j] or "navigation"
        run = []
