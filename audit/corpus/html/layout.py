"""The page's blocks judged by where they stand: the headline, bylines, boxes between chrome, lists under a related
heading, table labels, captions, signatures and the article's own fact boxes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from audit.corpus.boilerplate import classify_line, classify_lines, is_prose, without_notes
from audit.corpus.boilerplate.portal_chrome import side_boxes
from audit.corpus.run_positions import RunPositions

_HEADLINE_WORDS = 4  # a site's name in an h1 is shorter than a headline
_SENTENCE_ENDS = tuple(".!?…")
_LINK_SHARE = 0.5  # a block whose text is mostly links is a list of links


@dataclass(slots=True)
class _Text:
    """A block's collapsed NFC text with its positions and what the page's structure says about it."""

    text: str
    positions: RunPositions
    kind: str | None
    box: int
    elements: tuple[int, ...]
    links: bool  # mostly link text
    h1: bool
    h2: bool
    cell: bool = False
    right: bool = False
    protected: list[tuple[int, int]] | None = None  # [start, end) of the text not to be translated
    cells: tuple[int, ...] = ()  # the serial numbers of the table cells it sits in, outermost first
    under_image: bool = False  # centred, right after an image: a caption's place
    li: bool = False  # its innermost block element is a list item
    cell_paragraph: bool = False  # a paragraph right inside a table cell (see _CELL_PARAGRAPHS)


def _in_related(blocks: list[_Text]) -> Callable[[int, int], bool]:
    """``in_tail(start, i)`` for classify_lines over the article blocks: block ``i`` is a list of links, or
    sits in the box the related-news heading ``start`` opened: an element whose first block is the heading
    (its own element and the box around it) and that holds no more sentences than links and short items
    (a headline and its lead are a box's item, so is a schedule's '18:30 Phim tài liệu: …'; the article body,
    when the heading opens it, holds paragraphs)."""
    first: dict[int, int] = {}
    links: Counter[int] = Counter()
    others: Counter[int] = Counter()
    for n, b in enumerate(blocks):
        for e in b.elements:
            first.setdefault(e, n)
            if first[e] != n:
                (links if b.links or _list_item(b) else others)[e] += 1

    def in_tail(start: int, i: int) -> bool:
        if blocks[i].links or any(first[e] == start and others[e] <= links[e] for e in blocks[i].elements):
            return True
        # a heading and its items as siblings, no box around them ('<h3>Bài cùng chuyên mục</h3><li>…</li><li>…</li>'):
        # every block from the heading's next to this one is a list item of a headline's length, no sentence (misses32)
        return all(_headline_item(blocks[k]) for k in range(start + 1, i + 1))

    return in_tail


def _headed_links(b: _Text) -> str | None:
    """'related' for a block of links that opens on a related-news heading and its colon, joined in one block ('Các
    tin đã đưa: <a>…</a> <a>…</a>', clean35); None otherwise."""
    if not b.links or ":" not in b.text:
        return None
    head = b.text.split(":", 1)[0]
    kind, starts_tail = classify_line(head)
    return "related" if kind == "related" and starts_tail else None


_ITEM_WORDS = 12  # a list item of a box (a programme, a match, a headline without its link) is short


_HEADLINE_ITEM_WORDS = 20  # a related story's headline as a list item


def _headline_item(b: _Text) -> bool:
    """A list item ('<li>') that ends no sentence and is no longer than a headline: a related story's link text."""
    return b.li and not _ends_sentence(b) and len(b.text.split()) <= _HEADLINE_ITEM_WORDS


def _list_item(b: _Text) -> bool:
    """A short block that ends no sentence: an item of a box's list, not a paragraph of an article."""
    return not _ends_sentence(b) and len(b.text.split()) <= _ITEM_WORDS


def _headline(blocks: list[_Text], title: str = "") -> int | None:
    """The first h1 block of a headline's length that is no link (a site's logo is a link home), if any; on a
    page without one, the first such h2 of the article blocks when no article sentence comes before it (a site
    that sets its headline in an h2: the menus above it are chrome; an h2 after the lead is a subheading; an h2 in a
    chrome box when the page's title holds it), or else the first such block that the page's title holds whole,
    before the site's name ('Headline - Site')."""
    h1 = next((i for i, b in enumerate(blocks) if b.h1 and _headline_shaped(b)), None)
    if h1 is not None and blocks[h1].kind is not None and title and not _titles(title, blocks[h1].text):
        # a help centre's greeting in the h1 of its header, and the page's title holds a later h1, in chrome or not
        # (Intercom's article title inside its 'article__meta' box): that h1 is the headline (clean53)
        titled_h1 = next(
            (i for i in range(h1 + 1, len(blocks)) if blocks[i].h1 and _titled_headline(blocks[i], title)), None
        )
        if titled_h1 is not None:
            return titled_h1
        # a site's name in an h1 of its title row (SharePoint's 's4-titlerow'), and the page's title holds the h2 of
        # the article's own page-title field: that h2 is the headline (clean39)
        titled_h2 = next(
            (i for i, b in enumerate(blocks) if b.kind is None and b.h2 and _titled_headline(b, title)),
            None,
        )
        if titled_h2 is not None:
            return titled_h2
    if h1 is not None:
        return h1
    titled = None
    for i, b in enumerate(blocks):
        if b.kind is None and _ends_sentence(b):
            return titled  # a sentence of the article came first: an h2 after it is a subheading
        if b.kind is None and b.h2 and _headline_shaped(b):
            return i
        if b.kind == "navigation" and b.h2 and _headline_shaped(b) and title and _titles(title, b.text):
            return i  # the page's title holds it: a headline in a heading box (Joomla's 'page-header', clean38)
        if b.links and (b.h1 or b.h2) and _linked_headline(b, title):
            return i  # a headline linking to its own page (Confluence's '#title-text', Weebly's 'blog-title', clean50)
        if titled is None and b.kind is None and _headline_shaped(b) and _titles(title, b.text):
            titled = i
    return titled


def _linked_headline(b: _Text, title: str) -> bool:
    """A heading that is a link and opens the page's title, longer than what the title names after it ('Headline -
    Space - Site'): the headline linking to its own page. A site's name linking home opens no title but 'Site -
    Headline', and is shorter than the headline after it."""
    words = b.text.split()
    if len(words) < _HEADLINE_WORDS or not title.startswith(b.text):
        return False
    rest = title[len(b.text) :]
    if not rest:
        return True
    return rest.startswith(_TITLE_SEPARATORS) and len(rest.split()) - 1 < len(words)


def _titled_headline(b: _Text, title: str) -> bool:
    """The block is headline-shaped and the page's title holds it."""
    return _headline_shaped(b) and _titles(title, b.text)


_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " :: ", " « ", " » ")


def _titles(title: str, text: str) -> bool:
    """The page's title is the text, or the text and then the site's name after a separator, or the site's name
    and then the text (an old portal's 'Cổng thông tin … - Headline', clean41), or a shortened text before the site's
    name (clean33)."""
    return (
        title == text
        or (title.startswith(text) and title[len(text) : len(text) + 4].startswith(_TITLE_SEPARATORS))
        or (title.endswith(text) and title[: len(title) - len(text)].endswith(_TITLE_SEPARATORS))
        or _shortened(title, text)
    )


_SHORT_TITLE_WORDS = 6
_SHORT_TITLE_SHARE = 0.8
_OPENING_WORDS = 3


def _shortened(title: str, text: str) -> bool:
    """The title before its last separator (the site's name) opens on the text's first three words and four in five
    of its words, six or more, are the text's: the headline cut short for the title ('ĐHQG Hà Nội công bố lịch thi
    đánh giá năng lực 2026 - Site' over 'ĐHQG Hà Nội công bố lịch thi đánh giá năng lực năm 2026, mở thêm …')."""
    cut = max(title.rfind(sep) for sep in _TITLE_SEPARATORS)
    if cut <= 0:
        return False
    words, own = title[:cut].split(), text.replace(",", " ").split()
    return (
        len(words) >= _SHORT_TITLE_WORDS
        and words[:_OPENING_WORDS] == own[:_OPENING_WORDS]
        and sum(w in own for w in words) >= _SHORT_TITLE_SHARE * len(words)
    )


def _headline_shaped(b: _Text) -> bool:
    return not b.links and len(b.text.split()) >= _HEADLINE_WORDS


def _block_kinds(blocks: list[_Text], title: str = "") -> list[str | None]:
    """Boilerplate kind of each block of a page.

    Article blocks are classified together like the lines of a text page, a related-news block among them
    ending where its box and its links end. A chrome block takes the kind its own text shows, else "related"
    under a related-news heading of the same box, else its container's kind. The headline is article text;
    short article blocks above it are chrome (a menu, a section name, a search box). A table cell of figures
    in the article is article text; a short line set flush right after the article's text is its signature, and
    so is a name between the article's last sentence and the page's chrome.
    """
    headline = _headline(blocks, title)
    article = [i for i, b in enumerate(blocks) if b.kind is None or i == headline]
    kinds: list[str | None] = [None] * len(blocks)
    in_tail = _in_related([blocks[i] for i in article])
    article_kinds = classify_lines([_without_anchor_mark(blocks[i]) for i in article], in_tail, text_page=False)
    for i, kind in zip(article, article_kinds, strict=True):
        kinds[i] = kind or _headed_links(blocks[i])
    _figures_and_signatures(blocks, article, kinds)
    _table_labels(blocks, article, kinds)
    _side_cells(blocks, kinds, headline)
    related_boxes: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind is None or i == headline:
            continue
        own, starts_tail = classify_line(b.text)
        if starts_tail:
            related_boxes.add(b.box)
        kinds[i] = own or ("related" if b.box in related_boxes else b.kind)
        if starts_tail:
            _list_under_heading(blocks, kinds, i)
    _header_byline(blocks, kinds, headline)
    if headline is not None:
        for i in range(headline):
            if kinds[i] is None and not is_prose(blocks[i].text):
                kinds[i] = "navigation"
    else:
        for i in range(len(blocks)):
            if kinds[i] is None and _ends_sentence(blocks[i]):
                break
            if kinds[i] is None and blocks[i].links:
                kinds[i] = "navigation"  # no headline: the lists of links above the first article sentence are menus
    _boxes_between_chrome(blocks, kinds)
    side_boxes([b.text.strip() for b in blocks], kinds)  # a portal's counter or hotline box under its title (clean65)
    return kinds


_ANCHOR_MARKS = "#¶§"


def _without_anchor_mark(b: _Text) -> str:
    """A heading's text without the mark of its own anchor link before or after it ('#Lợi ích cho người bệnh', GitBook's
    '<h2><a class="hash" href="#…">#</a>…</h2>'; Sphinx's '…¶'; chrome50), as the line is judged: a heading of several
    words, not a hashtag. Any other block's text as it is."""
    text = b.text
    if not (b.h1 or b.h2) or " " not in text.strip():
        return text
    if text[0] in _ANCHOR_MARKS and text[1].isupper():
        return text[1:]
    if text[-1] in _ANCHOR_MARKS and not text[-2].isspace():
        return text[:-1]
    return text


_BOX_ITEMS = 2  # a box's heading and this many list items at least
_ARTICLE_ENDS = frozenset({"byline", "navigation", "related", "footer"})  # chrome after an article (not a caption)


def _boxes_between_chrome(blocks: list[_Text], kinds: list[str | None]) -> None:
    """After the article's last sentence, a heading and its list items ('<h3>Dịch vụ lãnh sự</h3><li>▸ Cấp hộ chiếu
    …</li>…') with chrome right before them (a tags line, an end by-line) and right after them (a related box, the
    footer) or the page's end: a box of the page, not the article (updates ``kinds``; misses32). An article's own list
    under a subheading follows its text, not chrome."""
    sentences = [i for i, b in enumerate(blocks) if kinds[i] is None and _ends_sentence(b)]
    if not sentences:
        return
    i = sentences[-1] + 1
    while i < len(blocks):
        if kinds[i] is not None:
            i += 1
            continue
        end = i
        while end < len(blocks) and kinds[end] is None:
            end += 1
        run = blocks[i:end]
        if (
            kinds[i - 1] in _ARTICLE_ENDS
            and len(run) > _BOX_ITEMS
            and not _ends_sentence(run[0])
            and not run[0].li
            and all(b.li and _list_item(b) for b in run[1:])
        ):
            for k in range(i, end):
                kinds[k] = "related"
        i = end


def _list_under_heading(blocks: list[_Text], kinds: list[str | None], heading: int) -> None:
    """A related-news heading in a chrome box's own header ('<header class="portlet-topper"><h2>Tin liên quan</h2>
    </header>', a Liferay portlet) and the list after it outside that header: the element holding both (the portlet)
    holds nothing but links and short items, so its article blocks after the heading are that box's list (updates
    ``kinds``) (clean38)."""
    following = heading + 1
    if following >= len(blocks) or kinds[following] is not None:
        return
    head, nxt = blocks[heading].elements, blocks[following].elements
    shared = 0
    while shared < min(len(head), len(nxt)) and head[shared] == nxt[shared]:
        shared += 1
    if shared == 0:
        return
    box = head[shared - 1]
    inside = [k for k in range(following, len(blocks)) if box in blocks[k].elements]
    if inside and all(blocks[k].links or _list_item(blocks[k]) for k in inside):
        for k in inside:
            kinds[k] = kinds[k] or "related"


_SIGNATURE_WORDS = 10  # a writer's name, or a desk's ('Phòng Văn hóa - Xã hội phường …', clean41)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _words(text: str) -> int:
    """Words holding a letter (a dash between two parts of a name is none)."""
    return sum(1 for w in text.split() if _LETTER.search(w))


_NAME_JOINS = ("-", "–", "/", "&")  # between two writers' names ('Thu Hà - Minh Anh')


def _name_shaped(text: str) -> bool:
    """Two to four capitalised words of letters, or two such names joined ('Hoàng Minh', 'Thu Hà - Minh Anh')."""
    names = [text]
    for join in _NAME_JOINS:
        if f" {join} " in text:
            names = text.split(f" {join} ", 1)
            break
    return all(
        2 <= len(words := name.split(" ")) <= 4 and all(w.isalpha() and w[0].isupper() for w in words) for name in names
    )


def _side_cells(blocks: list[_Text], kinds: list[str | None], headline: int | None) -> None:
    """A page laid out in a table (an old portal): the article's sentences all sit in one cell, and a block outside
    that cell that no one has placed (a right column's 'Thông tin cần biết' box and its short items, a left column's
    menu) is page chrome, the headline aside (updates ``kinds``). Nothing changes when the article's sentences share
    no cell (a page not laid out in a table, or one that spreads its article over several cells)."""
    sentences = [b for i, b in enumerate(blocks) if kinds[i] is None and b.kind is None and _ends_sentence(b)]
    if len(sentences) < 2:
        return
    common = set(sentences[0].cells).intersection(*(b.cells for b in sentences[1:]))
    if not common:
        return
    article_cell = max(common)  # the innermost: opened last
    for i, b in enumerate(blocks):
        if kinds[i] is None and i != headline and b.cells and article_cell not in b.cells:
            kinds[i] = "navigation"


def _closing_name(blocks: list[_Text], i: int, kinds: list[str | None]) -> bool:
    """Block ``i`` is a writer's name closing the article ('Hoàng Minh' in a bold line after the last paragraph, a
    newsletter's sign-off with the writer's given name alone: 'Huy'): name-shaped, right after an article block that
    ends a sentence and right before page chrome (the print and e-mail tools, a comment box, a reader poll its own
    lines show) or the page's end (adversary49, clean51). Not a table's cell: 'Trạm' heading a column after the lead."""
    b = blocks[i]
    if i == 0 or b.cell or not (_name_shaped(b.text) or _given_name(b.text)):
        return False
    before = blocks[i - 1]
    after = i + 1 if i + 1 < len(blocks) else None
    chrome_after = after is None or blocks[after].kind is not None or kinds[after] is not None
    return before.kind is None and _ends_sentence(before) and chrome_after


def _given_name(text: str) -> bool:
    """One capitalised word of letters, not in capitals ('Huy', 'Trang'): a writer's given name signing off."""
    return text.isalpha() and text[0].isupper() and not text.isupper() and len(text) <= _GIVEN_NAME_CHARS


_GIVEN_NAME_CHARS = 12


def _header_byline(blocks: list[_Text], kinds: list[str | None], headline: int | None) -> None:
    """Between the headline and the article's first sentence, a name-shaped article block beside a chrome block
    holding a date ('Trần Quang Huy' over '24 thg 11, 2025 · 6 phút đọc' in a post's header) is the byline (updates
    ``kinds``; clean51). A subtitle or a lead there is no name; a name with no date beside it stays."""
    if headline is None:
        return
    for i in range(headline + 1, len(blocks)):
        b = blocks[i]
        if kinds[i] is None and b.kind is None and _ends_sentence(b):
            return
        if kinds[i] is not None or not _name_shaped(b.text):
            continue
        beside = [k for k in (i - 1, i + 1) if 0 <= k < len(blocks) and k != headline]
        if any(kinds[k] is not None and _DIGIT.search(blocks[k].text) for k in beside):
            kinds[i] = "byline"


_BARE = ("navigation", "timestamp")  # a cell of figures ('8,12') or a date ('22/11/2026') judged alone
_RANK_HEADS = frozenset({"#", "№"})  # a ranking table's first column head ('<th>#</th>', clean26 probe)


def _figures_and_signatures(blocks: list[_Text], article: list[int], kinds: list[str | None]) -> None:
    """Article blocks the line classifier cannot place (updates ``kinds``): a table cell holding only figures
    ('8,12', '1.846', also in a paragraph of its own: '<td><p>312</p></td>', clean51), a date ('22/11/2026') or a
    rank column's head ('#') is part of the article's table, not a bare symbol line, unless it follows a cell of a
    related box (a side box of today's prices: 'Hồ tiêu' then '146.000', clean35); a short unpunctuated block set
    flush right (not a table's cell or column) after a sentence of the article is the writer's signature ('Hoàng Thu
    Phương')."""
    seen_sentence = False
    previous: int | None = None
    for i in article:
        b = blocks[i]
        in_box = previous is not None and kinds[previous] == "related"
        in_box = in_box and (blocks[previous].cell or blocks[previous].cell_paragraph)
        if (
            (b.cell or b.cell_paragraph)
            and kinds[i] in _BARE
            and (_DIGIT.search(b.text) or b.text in _RANK_HEADS)
            and not _LETTER.search(b.text)
        ):
            kinds[i] = "related" if in_box else None
        elif kinds[i] is None:
            if seen_sentence and b.right and _words(b.text) <= _SIGNATURE_WORDS and not _ends_sentence(b):
                kinds[i] = "byline"
            elif _image_caption(b):
                kinds[i] = "caption"
            elif _closing_name(blocks, i, kinds):
                kinds[i] = "byline"
            seen_sentence = seen_sentence or _ends_sentence(b)
        previous = i


_LABEL_WORDS = 3


def _table_labels(blocks: list[_Text], article: list[int], kinds: list[str | None]) -> None:
    """A table cell of one to three words that the line classifier took for a form's field label ('Nội dung', 'Email',
    'Họ và tên') between article cells of the same table (the cells before and after it read as article) is the
    table's column head, article (updates ``kinds``; clean50). A form's labels in a table sit beside other labels and
    controls."""
    for n, i in enumerate(article):
        b = blocks[i]
        if not b.cell or b.links or kinds[i] != "navigation" or len(b.text.split()) > _LABEL_WORDS:
            continue
        around = [article[k] for k in (n - 1, n + 1) if 0 <= k < len(article)]
        if len(around) == 2 and all(blocks[k].cell and kinds[k] is None for k in around):
            kinds[i] = None


_CAPTION_WORDS = 30
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"')]?\s+\S")


def _image_caption(b: _Text) -> bool:
    """A short centred block right after an image, one sentence at most and no table cell, is the image's caption
    though no figcaption or credit says so ('<img …><p style="text-align:center"><em>Các diễn giả tại hội thảo …
    </em></p>', clean42)."""
    return (
        b.under_image
        and not (b.cell or b.h1 or b.h2)
        and _words(b.text) <= _CAPTION_WORDS
        and not _SENTENCE_BREAK.search(b.text)
    )


def _article_fact_boxes(blocks: list[_Text], asides: dict[int, int]) -> None:
    """An <aside> inside an <article>, no class naming it chrome, that holds no link and a sentence, is the
    article's fact box ('Cơ chế hợp tác ba bên trong 25 năm' and its dated items, clean26): its blocks are read
    as the article's (a 'Tin liên quan' heading among them still opens a related box); an aside of links stays
    chrome. So is such an aside without a sentence (most often 'label: value' lines) that sits between the
    article's paragraphs: an article paragraph before it and the block right after it one, both in the element that
    holds the aside (a match's time, venue and tickets between two paragraphs of the story, clean66); a box after the
    article's last paragraph (a widget over the tags) stays chrome. ``asides``: box -> the aside's serial."""
    for box, serial in asides.items():
        inside = [i for i, b in enumerate(blocks) if b.box == box]
        if not inside or any(blocks[i].links for i in inside):
            continue
        if any(_ends_sentence(blocks[i]) for i in inside) or _between_paragraphs(blocks, inside, serial):
            for i in inside:
                blocks[i].kind = None


def _between_paragraphs(blocks: list[_Text], inside: list[int], serial: int) -> bool:
    """The aside (element ``serial``, blocks ``inside``) has an article paragraph before it and one right after it,
    both in the element that holds the aside."""
    elements = blocks[inside[0]].elements
    if serial not in elements or elements.index(serial) == 0:
        return False
    parent = elements[elements.index(serial) - 1]

    def paragraph(b: _Text) -> bool:
        return b.kind is None and not b.h1 and not b.links and parent in b.elements and _ends_sentence(b)

    after = inside[-1] + 1
    return after < len(blocks) and paragraph(blocks[after]) and any(paragraph(b) for b in blocks[: inside[0]])


def _post_cover(blocks: list[_Text], header_boxes: set[int], leads: set[int], title: str) -> None:
    """A post's own header set in an element its class names a header, its title in no heading (Odoo's blog post
    cover: '<div class="blog_header">' around '<div id="o_wblog_post_name">' and '<div id="o_wblog_post_subtitle">',
    clean44): on a page with no headline in an h1, the first block of such a box that the page's title holds before
    the site's name ('Headline | Site') is the headline, and a block after it in the same box in an element named
    for a lead is the sapo; both are article text. The box's other blocks (author, date, category) stay chrome; a
    site's name in a header box (a link home, or the whole title) is no headline."""
    if any(b.h1 and _headline_shaped(b) for b in blocks):
        return
    for i, b in enumerate(blocks):
        if b.kind is None or b.box not in header_boxes or title == b.text or not _titled_headline(b, title):
            continue
        b.kind = None
        for after in blocks[i + 1 :]:
            if after.box != b.box:
                break
            if leads.intersection(after.elements) and _ends_sentence(after) and not after.links:
                after.kind = None
        return


_FORM_HEAD_BLOCKS = 2  # a form's title and its line of explanation
_FORM_HEAD_WORDS = 30
_PAGE_PARTS = frozenset({"article", "main", "body", "html"})


def _form_headings(blocks: list[_Text], forms: list[tuple[tuple[tuple[int, str], ...], int]]) -> None:
    """A form's own title and call above it, in the block that holds the form and nothing else ('Nhận thông báo mở
    bán vé' / 'Để lại email, chúng tôi gửi …' over Tilda's form, clean43): the nearest element around the form that
    holds other text holds at most two short blocks, all before the form, none the headline, and the page has article
    text besides; they are the form's box. An article's paragraphs before a form in the article stay (its container
    holds more, or is the article itself)."""
    if not forms:
        return
    held: dict[int, list[int]] = {}  # element -> the blocks inside it, in order
    for i, b in enumerate(blocks):
        for element in b.elements:
            held.setdefault(element, []).append(i)
    for ancestors, box in forms:
        inside = [i for i, b in enumerate(blocks) if b.box == box]
        if not inside:
            continue
        around = next(
            (
                (element, tag, outside)
                for element, tag in reversed(ancestors)
                if (outside := [i for i in held.get(element, ()) if blocks[i].box != box])
            ),
            None,
        )
        if around is None:
            continue
        element, tag, outside = around
        if any(t == "article" for _, t in ancestors):
            continue  # a form inside the article (a calculator between its paragraphs): the text around it is the
            # article's (review31), now that the form's own text is its block (clean51)
        if (
            tag not in _PAGE_PARTS
            and len(outside) <= _FORM_HEAD_BLOCKS
            and all(
                i < inside[0]
                and blocks[i].kind is None
                and not blocks[i].h1
                and _words(blocks[i].text) <= _FORM_HEAD_WORDS
                for i in outside
            )
            and any(b.kind is None and element not in b.elements for b in blocks)
        ):
            for i in outside:
                blocks[i].kind, blocks[i].box = "navigation", box


def _all_protected(b: _Text) -> bool:
    """Every character of the block but spaces is text not to be translated."""
    mask = [False] * len(b.text)
    for start, end in b.protected or ():
        mask[start:end] = [True] * (end - start)
    return all(m or c == " " for m, c in zip(mask, b.text, strict=True))


def _ends_sentence(b: _Text) -> bool:
    return without_notes(b.text)[-1:] in _SENTENCE_ENDS
