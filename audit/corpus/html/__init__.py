"""HTML reader: article text extracted block by block, page chrome marked as boilerplate.

Built on the standard library's tolerant HTMLParser, which reports where each piece of
text starts, so every character keeps its original line and column (entities included).
Text inside ``nav``, ``header``, ``footer``, ``aside``, ``form``, ``figcaption`` or an element
whose class or id names page chrome (menu, sidebar, related, share, comment, reviews, date, author …) is
boilerplate, and so is a block with radio buttons or check boxes (a poll), and, in a page laid out in a table, a
short block in a cell beside the one holding the article's sentences; ``script``, ``style`` and similar are
dropped. A chrome block's kind is what its own
text shows (a timestamp, a byline, a "Tin khác" heading and the list under it) or else what its
innermost container says (``footer`` → footer, ``figcaption`` → caption, class ``date`` →
timestamp, ``related`` → related; navigation otherwise). The article blocks are classified like
plain-text lines, on their own, so a chrome box never turns article text into boilerplate; a
related-news heading among them ('Tin liên quan') marks the box it opens and the lists of links
after it, not the article paragraphs that follow the box. The headline (the first ``h1`` of four
words or more, not a link) is article text even inside a ``header``; the short lines above it are chrome.

Text not meant to be translated is kept but never audited as prose: ``code``, ``kbd``, ``pre``, ``samp``, ``var``,
an element with ``translate="no"`` (HTML5, ITS 2.0; inherited, ``translate="yes"`` or ``""`` inside turns it back on) or
class ``notranslate``. A block that is all such text is a boilerplate segment of kind ``translate-no``, as the
XLIFF reader keeps a ``translate="no"`` unit; such text inside a sentence stays in it and is listed in
``Segment.protected``, where the pipeline drops any finding that touches it.
"""

from __future__ import annotations

from audit.corpus.html.reader import read_html

__all__ = ["read_html"]
