"""Classify lines of a web page that are not article text (navigation, captions, related news).

Boilerplate is kept in the output (``boilerplate: true`` with a ``kind``) but never checked
by rules nor counted as translation errors. The patterns are in ``references/boilerplate.tsv``
(``tsv_patterns.py``, with ``regex_shape.py`` for their quick gates; ``line.py`` judges one line, ``menus.py``
one-line chrome by shape, ``prose.py`` sure article text); ``page.py``, ``runs.py`` and ``portal_chrome.py`` (a
portal's file list, head bar and head table) add the structural
cues no single-line pattern can see:
- a related-news marker ("Tin khác", "Other news") turns the rest of the page into boilerplate
  ("related", or the kind its own pattern gives a line: a footer, a timestamp), until a paragraph of
  article prose (30 words or more, two sentences or more) shows the box sat inside the article; on a page copied
  as text, also at two sentences in a row after a box of one to three links (``inline_box.py``: 'Đọc thêm' and one
  headline between two paragraphs), the lines below the article's last sentence staying in the block;
- very short lines without letters or sentence punctuation (font-size buttons, "x", "+");
- a menu, a breadcrumb or a meta line: short capitalised items between separators ("Trang chủ › Thế giới",
  "Đăng nhập | Đăng ký", "Minh Anh · 18/06/2025 · 3 phút đọc");
- a byline: a short final line after the article text ("PV", "Minh Anh"), or a name beside a timestamp;
- in a page copied as text: a run of short items above or below the article (a menu, a tag list, a
  scoreboard, one item a line), a table of contents (headings that the article repeats lower down); and
  a table whose cells are split by '|' is article text, not a menu.
"""

from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.page import classify_lines
from audit.corpus.boilerplate.prose import is_prose, without_notes

__all__ = ["classify_line", "classify_lines", "is_prose", "without_notes"]
