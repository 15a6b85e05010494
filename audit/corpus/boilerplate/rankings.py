"""A ranking box beside the article: its heading ('Bảng xếp hạng BWF – đơn nữ', 'BXH Ngoại hạng Anh') over two or
more rows of a rank, a name and points ('1. An Se-young (Hàn Quốc) – 111.840 điểm'), each alone on its line."""

from __future__ import annotations

import re

from audit.corpus.boilerplate.headed_rows import headed_rows
from audit.corpus.boilerplate.prose import article_sentence

# The box's heading: a short label that opens with the word for a ranking and ends no sentence
_HEAD = re.compile(r"(bảng xếp hạng|bxh|xếp hạng|top \d{1,2}|ranking|standings)\b[^.!?:;]{0,60}", re.I)
# A row: its rank, a name (a country or a club in brackets may follow), a dash or a colon, then points or a rating
_ROW = re.compile(
    r"(#?\d{1,3}[.)]?\s+)[^.!?;:]{2,60}?\s*[–—:-]\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s*"
    r"(điểm|đ|pts?|points|elo)\.?",
    re.I,
)
_HEAD_WORDS = 10
_MIN_ROWS = 2


def ranking_boxes(stripped: list[str], kinds: list[str | None]) -> None:
    """A ranking box's heading and its rows, read as article, are chrome (in place): only with two rows or more
    right under the heading (blank lines aside), and beside the page's chrome or at its edge (the line before the
    heading or after the rows is chrome, or there is none), so a paragraph on a ranking and a standings table
    between two paragraphs of the article stay (adversary82)."""
    for box in headed_rows(stripped, kinds, _HEAD, _ROW, _HEAD_WORDS, min_rows=_MIN_ROWS):
        if not box.beside_chrome:
            continue  # between two lines of the article: its own table
        if box.before is not None and kinds[box.before] is None:
            above = [j for j in range(box.head) if stripped[j]]
            if _article_standings(stripped, kinds, above, box.rows):
                continue
        for j in (box.head, *box.rows):
            kinds[j] = kinds[j] or "navigation"


_ROW_NAME = re.compile(r"#?\d{1,3}[.)]?\s+(?P<name>[^.!?;:()–—]{2,60}?)(?:\s*\(|\s+[–—-]\s|\s*:)")
_STORY_LINES = 30  # how far up the article's text is read for the rows' names


def _article_standings(stripped: list[str], kinds: list[str | None], above: list[int], rows: list[int]) -> bool:
    """The article's own standings that end it: an article sentence right above the heading, and two of the rows'
    names or more in the article's text above ('Lê Quang Liêm giành chức vô địch …' over '1. Lê Quang Liêm (Việt
    Nam) – 7,5 điểm'; review32). A sidebar's ranking names others, or is cut from the story by its source line."""
    if not article_sentence(stripped[above[-1]]):
        return False
    story = " ".join(stripped[j] for j in above[-_STORY_LINES:] if kinds[j] is None)
    names = (m["name"].strip() for j in rows if (m := _ROW_NAME.match(stripped[j])))
    return sum(name in story for name in names) >= _MIN_ROWS
