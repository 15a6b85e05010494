"""A related-news box inside the article of a page copied as text ('Đọc thêm' and one headline between two
paragraphs): where the article takes up again after it, and where the page's chrome starts below that."""

from __future__ import annotations

import re

from audit.corpus.boilerplate.line import classify_line

_BOX_LINKS = 3  # headlines in a box inside the article; a page's last box lists more, or a headline and its lead
_FULL_STOP = re.compile(r"[.!…][\"”]?$")  # '… miễn phí.', '… vỡ òa!', '… xem sao", ông nói.', '… nhà."'
_SENTENCE_END = re.compile(r"[.!?…][\"”]?$")


def _full_sentence(line: str, words: int) -> bool:
    """The line ends in a full stop (after a closing quote or not: not a headline's '?' or closing quote) and
    has ``words`` words at least (counted by the spaces between them)."""
    return bool(_FULL_STOP.search(line)) and line.count(" ") >= words - 1


def article_resumes(lines: list[str], stripped: list[str], kinds: list[str | None], tail: int, i: int) -> bool:
    """Line ``i``, in the related-news block that line ``tail`` opened, takes the article up again: it and the
    next line are sentences of ten words or more ending in a full stop, and none to three lines (the box's links;
    none: a digest's own 'Các tin khác' heading over its paragraphs, review30) sit between the box's heading and the
    sentences just above ``i``. A page's last box, a headline and its lead in turn, has no two such sentences in a
    row. Those sentences above ``i`` (five words or more, ending in a
    full stop: 'Trong tháng đầu, hành khách được đi miễn phí.') come back to the article (``kinds`` updated)."""
    following = next((j for j in range(i + 1, len(lines)) if stripped[j]), None)
    if following is None or not _full_sentence(stripped[i], 10) or not _full_sentence(stripped[following], 10):
        return False
    if classify_line(lines[following])[0] is not None:
        return False
    first = i
    while first - 1 > tail and (not stripped[first - 1] or _full_sentence(stripped[first - 1], 5)):
        first -= 1
    if sum(1 for j in range(tail + 1, first) if stripped[j]) > _BOX_LINKS:
        return False
    for j in range(first, i):
        if kinds[j] == "related":
            kinds[j] = None
    return True


def block_after_article(stripped: list[str], kinds: list[str | None], start: int, end: int) -> None:
    """Lines ``start`` to ``end`` are article taken up again after a box (``end``: the next box's heading or the
    page's end): below its last sentence (five words or more ending as a sentence ends, or a list or a '|' table of
    figures closing it) the lines without a kind of their own stay in the related-news block, as they were before
    the article came back (a standings widget, 'Đăng nhập để bình luận')."""
    last = max(
        (
            j
            for j in range(start, end)
            if kinds[j] is None and _SENTENCE_END.search(stripped[j]) and stripped[j].count(" ") >= 4
        ),
        default=start,
    )
    while (further := _table_after(stripped, _list_after(stripped, kinds, last, end), end)) != last:
        last = further
    for j in range(last + 1, end):
        if stripped[j] and kinds[j] is None:
            kinds[j] = "related"


_LIST_MARKS = ("- ", "– ", "• ", "+ ", "* ")


def _list_after(stripped: list[str], kinds: list[str | None], last: int, end: int) -> int:
    """The article's last line, past a line ending in ':' and the '-' items under it ('Các bến dừng gồm:' / '- Ninh
    Kiều'), when those follow its last sentence."""
    j = next((k for k in range(last + 1, end) if stripped[k]), end)
    while j < end and kinds[j] is None and stripped[j].endswith((":", "：")):
        k = j + 1
        while k < end and (not stripped[k] or (kinds[k] is None and stripped[k].startswith(_LIST_MARKS))):
            k += 1
        if not any(stripped[j + 1 : k]):
            break
        last = max(m for m in range(j + 1, k) if stripped[m])
        j = next((m for m in range(k, end) if stripped[m]), end)
    return last


def _table_after(stripped: list[str], last: int, end: int) -> int:
    """The article's last line, past a table whose cells are split by '|' right under it ('Mã | Giá | Thay đổi' /
    'VCB | 92.400 | +1,1%'): two rows or more with the same number of cells, a digit among them."""

    def cells(line: str) -> int:
        return 0 if "|" not in line or line[0] == "|" or line[-1] == "|" else line.count("|") + 1

    j = next((k for k in range(last + 1, end) if stripped[k]), end)
    n = cells(stripped[j]) if j < end else 0
    k = j
    while k < end and n and cells(stripped[k]) == n:
        k += 1
    if k - j >= 2 and any(ch.isdigit() for r in range(j, k) for ch in stripped[r]):
        return k - 1
    return last
