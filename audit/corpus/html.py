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

import codecs
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import BinaryIO

from audit.corpus.boilerplate import classify_line, classify_lines, is_prose, without_notes
from audit.corpus.charset_guess import PY_CODECS, guess_encoding
from audit.corpus.declared import Declaration, decode_declared, html_declaration
from audit.corpus.decode import cr_lines, iter_lines, split_lines
from audit.corpus.errors import InputError
from audit.corpus.run_positions import RunPositions
from audit.corpus.segment import sentence_spans
from audit.model import Document, Segment

BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li td th dt dd figcaption blockquote pre article section header footer "
    "nav aside main tr ul ol table figure body title br hr".split()
)
# container tag -> boilerplate kind of the text inside it
CHROME_TAGS = {
    "nav": "navigation",
    "header": "navigation",
    "footer": "footer",
    "aside": "navigation",
    "form": "navigation",
    "menu": "navigation",
    "button": "navigation",
    "select": "navigation",
    "figcaption": "caption",
    "marquee": "navigation",
}
# form controls: a block whose text is all inside them ('Thêm vào giỏ hàng Mua ngay', two buttons side by side in
# an article's div) is chrome, though no block element around it says so
CONTROLS = frozenset({"button", "select"})
# an <input> of these types in a block makes it a poll's or a form's question and choices ('Bạn thường đi … bằng gì?
# ○ Tàu hỏa ○ Xe khách'), chrome, though no form or class around it says so (adversary49)
_CHOICES = frozenset({"radio", "checkbox"})
# a table cell's text in a paragraph of its own ('<td><p><span>312</span></p></td>', as Google Docs and word
# processors write a table): still the cell's text for a cell of figures (clean51)
_CELL_PARAGRAPHS = frozenset({"p", "div"})
PROTECTED_TAGS = frozenset({"code", "kbd", "pre", "samp", "var"})  # text that is not prose: never translated
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head"})
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# ('card-header', 'panel-header': the heading of a box inside the page, not the page's header; its text says what
# it is: 'Giờ lễ Nhà thờ Chính tòa' opens a side box, 'Thông tin dự án' heads the article's facts (clean36))
# (an editor's heading block is no page header: Notion's 'notion-header-block', 'notion-sub_header-block', Editor.js's
# 'ce-header' (clean48); Jimdo's heading module 'j-module j-header', whose site header is 'jtpl-header' (clean54))
CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|foot|footer|(?<!card-)(?<!panel-)(?<!ce-)(?<!j-)header(?![-_]block)|sidebar|related|relate|share|social|comment|comments|breadcrumbs?|"
    r"crumbs?|banner|ads?|advert|tags?|widget|toolbar|cookie|consent|gdpr|subscribe|newsletter|pagination|byline|"
    r"author|meta|date|time|caption|copyright|toc|poll|rating|vote|weather|ticker|pager|paging|pagenav|audio|"
    r"tools|follow|signature|similar|references|reflist|editsection|reviews|promo|promos|promotion|player|vjs|"
    r"jwplayer|plyr|disclaimer|marquee|floating|medical[-_]review(?:er)?|"
    # a forum post's user box, reactions and quote header (XenForo 'message-user', 'userTitle', 'reactionsBar',
    # 'bbCodeBlock-title', 'bbCodeBlock-expandLink'; vBulletin 'postbit', 'userinfo'; phpBB 'postprofile') (clean20)
    r"message-user(?:details)?|usertitle|userbanner|reactions?(?:bar)?|bbcodeblock-(?:title|expandlink)|postbit|"
    r"postprofile|userinfo|user-info|member-info|poster-info|"
    # the site's name as text in its logo box ('<div id="logo"><b>QUÂN ĐỘI NHÂN DÂN THỦ ĐÔ</b></div>') (clean26 probe)
    r"logo|masthead|"
    # a social post embedded whole, in its own language ('<blockquote class="twitter-tweet">') (clean26 probe)
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed|"
    # readers' comments abbreviated ('cmt-i', 'cmt-t') and the page's colophon ('<div class="colophon">': the
    # outlet, its editor and address) (adversary57)
    r"cmt|colophon|"
    # a portal's or a magazine's meta line and top bar (Liferay's 'asset-metadata', Joomla's 'article-info' with the
    # author, category, date and hits; a 'top-bar' with the date and a hotline) (clean38)
    r"metadata|article-info|top-?bar|"
    # SharePoint's title row (the site's name), its menus and its side navigation ('s4-titlerow', 'ms-core-navigation',
    # 'ms-core-listMenu-horizontalBox', 'sideNavBox'), a 'navigation' or 'topnav' class elsewhere (clean39)
    r"titlerow|navigation|topnav|sidenav(?:box)?|listmenu|"
    # a list of the site's latest posts ('recent-posts', WordPress's 'recent-entries') (clean41)
    r"recent(?=[-_](?:posts?|entries|articles?|news)(?:$|[\s_-]))|"
    # a portal's side columns (DotNetNuke's 'LeftPane' and 'RightPane' beside its 'ContentPane') (clean42)
    r"(?:left|right)[-_]?pane|"
    # a post's link back to its list (Shopify's 'article-template__back', TYPO3 news's 'news-backlink-wrap'), a shop's
    # product cards under a post (Shopify's 'featured_collection' section, 'product-grid', 'product-recommendations')
    # and a site builder's badge (Tilda's 't-tildalabel', id 'tildacopy') (clean43)
    r"back|backlink|featured[-_]collection|product[-_](?:grid|recommendations)|tildalabel|tildacopy|"
    # a page's table of contents spelt out (Docusaurus's 'table-of-contents', 'tableOfContents_bqdL') (clean48)
    r"table[-_]?of[-_]?contents|"
    # a page's properties (Notion's 'notion-page-property': created, tags, author) and a link's preview card (Notion's
    # 'notion-bookmark-block', Ghost's 'kg-bookmark-card', a portal's 'social-bookmarks') (clean48)
    r"page[-_]propert(?:y|ies)|bookmarks?|"
    # an event page's facts around its description: the registration card, the venue, the hosts and the guest count
    # (Luma's 'registration-card', 'event-location', 'event-hosts', 'guests-section'; Meetup's 'attendees'; chrome50)
    r"registration(?=[-_](?:card|form|box|panel|section|widget))|rsvp|event[-_](?:location|venue|hosts?|organi[sz]ers?)|"
    r"hosts|organi[sz]ers|attendees|guests|"
    # a page's likes ('like-button', Confluence's 'likes-section' and 'like-summary': 'An và 4 người khác thích trang
    # này') (clean50)
    r"likes?|"
    # a hosted platform's badge ('powered-by-zendesk', 'poweredBy', 'powered_by') (clean55)
    r"powered[-_]?by)($|[\s_-])",
    re.I,
)
# Class and id names in Vietnamese, unaccented ('tin-khac', 'tin_lien_quan', 'ngay-dang', 'tac-gia', 'duong-dan'),
# as Vietnamese sites write them (chrome12)
CHROME_ATTR_VI = re.compile(
    r"(^|[\s_-])(?P<word>tin[-_]?(khac|lien[-_]?quan|cung[-_]?(chuyen[-_]?muc|loai))|lien[-_]?quan|ngay[-_]?dang|"
    r"tac[-_]?gia|chia[-_]?se|binh[-_]?luan|duong[-_]?dan|dinh[-_]?kem|quang[-_]?cao)($|[\s_-])",
    re.I,
)
VI_KINDS = {"tin": "related", "lien": "related", "ngay": "timestamp", "tac": "byline"}
# class/id word -> boilerplate kind (the other chrome words: navigation)
ATTR_KINDS = {
    "footer": "footer",
    "foot": "footer",  # 'site-foot', 'tcs-foot' (adversary49)
    "colophon": "footer",  # adversary57
    "copyright": "footer",
    "related": "related",
    "relate": "related",
    "byline": "byline",
    "author": "byline",
    "date": "timestamp",
    "time": "timestamp",
    "caption": "caption",
    "recent": "related",
    "medical-review": "byline",
    "medical_review": "byline",
    "medical-reviewer": "byline",
    "medical_reviewer": "byline",
}

Pos = tuple[int, int]


# A class naming the post's category or tag, as WordPress writes them on the article ('category-binh-luan',
# 'tag-mua-lu') and as Vietnamese themes write the section ('chuyen-muc-chia-se'): the slug is a topic, not page
# chrome; a tag widget ('tag-list', 'tag-cloud') is not one
_TAXONOMY = re.compile(
    r"(?:^|\s)(?:category|tag|post_tag|chuyen-?muc|danh-?muc)[-_]"
    r"(?!(?:list|cloud|links|box|wrap|title|items?|widget|area)(?:$|[\s_-]))\S+",
    re.I,
)


def _discloses(attrs: list[tuple[str, str | None]]) -> bool:
    """A button that opens and closes a panel (``aria-expanded`` or ``aria-controls``): in an article, the question
    of an accordion FAQ, whose answer is the panel. Its text is judged as any line is, not as a form control's
    (a menu toggle inside a page's header or navigation is chrome by its container)."""
    return any(k in ("aria-expanded", "aria-controls") for k, _ in attrs)


_POST_GROUPS = frozenset({"date-outer", "date-posts"})  # Blogger's wrappers of a day's posts


def _posts_widget(attrs: list[tuple[str, str | None]]) -> bool:
    """Blogger's posts widget (``class="widget Blog"``) and its wrappers of a day's posts ('date-outer', 'date-posts'):
    they hold the blog's posts, its article text; the other widgets (``widget Header``, ``widget Profile``, ``widget
    BlogArchive``) and the day's 'date-header' are chrome (clean38)."""
    classes = next((v for k, v in attrs if k == "class" and v), "").split()
    return ("widget" in classes and "Blog" in classes) or any(c in _POST_GROUPS for c in classes)


# an ASP.NET Web Forms page (SharePoint, DotNetNuke, many Vietnamese portals) wraps its whole body in one form that
# posts back to the page itself ('<form method="post" action="./Pages/tin.aspx" id="aspnetForm">') (clean39);
# DotNetNuke names that form 'Form' and posts it to the page's friendly URL ('<form method="post"
# action="/tin-tuc/ArticleID/2871" id="Form">') (clean42)
_PAGE_FORM_ACTION = re.compile(r"\.aspx(?:[?#].*)?$", re.I)
_PAGE_FORM_IDS = frozenset({"aspnetForm", "Form"})


def _page_form(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """A Web Forms page's form around the whole page (its action an ``.aspx`` page, ASP.NET's master-page id
    'aspnetForm' or DotNetNuke's posted 'Form'): no form of the page's chrome; its header, menus and footer are chrome
    by their own markers."""
    if tag != "form":
        return False
    values = dict(attrs)
    if (values.get("id") or "") == "Form" and (values.get("method") or "").lower() != "post":
        return False
    return bool(_PAGE_FORM_ACTION.search(values.get("action") or "")) or (values.get("id") or "") in _PAGE_FORM_IDS


# Elementor (WordPress) builds every block of a page as a widget ('elementor-widget elementor-widget-nav-menu' around an
# 'elementor-widget-container'): its generic classes say nothing, the widget's type does ('nav-menu', 'share-buttons',
# 'post-comments' are chrome by their words, 'posts' a related list); the post's own widgets hold the article (clean40)
_ELEMENTOR_NEUTRAL = re.compile(
    r"(?<!\S)elementor-widget(?:-container|-theme-post-(?:content|title|excerpt|featured-image))?(?!\S)", re.I
)


# HubSpot CMS wraps every module and field in a span whose generic classes say nothing ('hs_cos_wrapper
# hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text' around the post's body, 'hs_cos_wrapper_widget' around any
# module); the module's own name and type still do ('hs_cos_wrapper_type_blog_comments', an id
# 'hs_cos_wrapper_site_logo' or 'hs_cos_wrapper_navigation-primary') (clean42)
_HUBSPOT_NEUTRAL = re.compile(
    r"(?<!\S)hs_cos_wrapper(?:_widget(?:_container)?|_meta_field|_type_(?:rich_text|text|inline_text|module|"
    r"widget_container))?(?!\S)",
    re.I,
)


# a class written in camelCase names its parts as hyphens do ('edn_socialPrintWrapper', 'edn_relatedArticles',
# 'postMeta'): a lower-case letter before a capital starts a word (clean42)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# a class naming a thing by what it sits with ('anchorWithStickyNavbar', Docusaurus's heading: an anchor offset for a
# sticky navbar; 'page-with-sidebar') names the thing, not what follows 'with' (clean48)
_WITH = re.compile(r"(?<=[^\s_-])[-_]with[-_]\S*", re.I)
# a class saying what state an element is in or what it lies beside, not what it is: VitePress's 'VPDoc has-sidebar
# has-aside' (the document beside a sidebar), Confluence's title 'pagetitle with-breadcrumbs', Weebly's content
# 'wsite-elements wsite-not-footer' (clean50)
_STATE = re.compile(r"(?:(?<=^)|(?<=[\s_-]))(?:has|with|without|not|no)[-_][^\s_-]+", re.I)
# a table's header or footer row ('<tr class="ms-rteTableHeaderRow-default">', '<tfoot class="table-footer">') is part
# of its table, not the page's header or footer (clean42)
_TABLE_PARTS = frozenset({"tr", "th", "td", "thead", "tbody", "tfoot"})
_TABLE_HEAD = re.compile(r"(?:table[-_]?)?(?:header|footer)[-_]?row|table[-_]?(?:header|footer)", re.I)


# a document's section named 'article-info' holds the article (Zendesk Guide's '<section class="article-info">' around
# 'article-content' and 'article-body'); a meta line of that name is a list or a box ('<dl class="article-info">',
# Joomla's author, category and date; '<div class="article-info">') (clean55)
_SECTION_INFO = re.compile(r"(?<![^\s_-])article-info(?![^\s_-])", re.I)
_SECTIONING = frozenset({"section", "article", "main"})


# a newsletter's post or issue is the article itself (Substack's '<article class="newsletter-post post">'), not a
# sidebar's newsletter box ('newsletter', 'newsletter-form', 'newsletter-signup' stay chrome) (clean41)
_NEWSLETTER_POST = re.compile(r"(?<!\S)newsletter-(?:post|issue|article)(?!\S)", re.I)
# the attributes that name an element's role on the page: its class, id and ARIA role, and the names site builders
# give their blocks instead (Wix's 'data-hook': 'post-footer', 'share-buttons', 'recent-posts') (clean41)
# React sites name their components in 'data-testid' as others do in classes (Medium's 'authorName',
# 'storyReadTime', 'storyPublishDate'; 'storyTitle' names nothing of the chrome) (clean46)
_MARKER_ATTRS = ("class", "id", "role", "data-hook", "data-testid")


# a link to a tag's page ('/tag/vaccines', '/tags/bong-ban/', rel="tag"): a block whose text is all such links is the
# post's tags (Medium's, in a div with no class naming them), as a block of form controls is chrome (clean46)
_TAG_HREF = re.compile(r"/tags?/[^/?#\s]", re.I)


# a link drawn as a button ('<a class="mcnButton">', Mailchimp's call to action; 'btn btn-primary', 'button') (clean48)
_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:buttons?|btn)(?:$|[\s_-])", re.I)


def _tag_link(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """A link to a tag's page, a link drawn as a button, or an inline element whose test id names chrome (Medium's
    '<a data-testid="authorName">', '<span data-testid="storyReadTime">'): a block whose text is all inside such
    elements is chrome; such a link inside a sentence leaves it article."""
    if tag not in ("a", "span", "time"):
        return False
    values = dict(attrs)
    if tag == "a" and _BUTTON_CLASS.search(_CAMEL.sub("-", values.get("class") or "")):
        return True
    testid = _CAMEL.sub("-", values.get("data-testid") or "")
    if testid and CHROME_ATTR.search(testid):
        return True
    if tag != "a":
        return False
    return "tag" in (values.get("rel") or "").lower().split() or bool(_TAG_HREF.search(values.get("href") or ""))


_PAGE_ROOTS = frozenset({"html", "body"})


def _container_kind(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The boilerplate kind an element gives the text inside it (None: not page chrome). The page's own ``<html>``
    and ``<body>`` give none: their classes say what state or kind of page it is (Docusaurus's
    'navigation-with-keyboard', a theme's 'has-sidebar', 'single-post'), not that all of it is chrome (clean48)."""
    if tag in _PAGE_ROOTS or _page_form(tag, attrs):
        return None
    if _posts_widget(attrs):
        return CHROME_TAGS.get(tag)
    marker = " ".join(v or "" for k, v in attrs if k in _MARKER_ATTRS)
    if "elementor-widget" in marker:
        marker = _ELEMENTOR_NEUTRAL.sub(" ", marker)
    if _CAMEL.search(marker):
        marker = _CAMEL.sub("-", marker)
    if "with" in marker.lower():
        marker = _WITH.sub("", marker)
    marker = _STATE.sub(" ", marker)
    if tag in _TABLE_PARTS:
        marker = _TABLE_HEAD.sub(" ", marker)
    if "hs_cos_wrapper" in marker:
        marker = _HUBSPOT_NEUTRAL.sub(" ", marker)
    if "newsletter-" in marker:
        marker = _NEWSLETTER_POST.sub(" ", marker)
    if tag in _SECTIONING and "article-info" in marker.lower():
        marker = _SECTION_INFO.sub(" ", marker)
    if "-" in marker or "_" in marker:
        marker = _TAXONOMY.sub(" ", marker)
    m = CHROME_ATTR.search(marker) if marker else None
    if m:
        return ATTR_KINDS.get(m.group(2).lower(), "navigation")
    m = CHROME_ATTR_VI.search(marker) if marker else None
    if m:
        word = m.group("word").lower()
        return next((kind for start, kind in VI_KINDS.items() if word.startswith(start)), "navigation")
    return CHROME_TAGS.get(tag)


# A class naming an article's lead paragraph ('article-excerpt', 'post-excerpt', 'sapo', 'standfirst', 'lead')
# (clean37), Plone's 'documentDescription description' (clean45), a BEM block's 'news-page__intro' (clean47),
# Intercom's 'article__desc' (clean53)
_LEAD_ATTR = re.compile(
    r"(^|[\s_-])(excerpt|sapo|standfirst|lead|dek|summary|subtitle|description|desc|documentdescription|intro)($|[\s_-])",
    re.I,
)
# a site's own tagline or description ('site-description', 'blog-description'): no page's lead
_SITE_MARKER = re.compile(r"(^|\s)(site|blog|brand)[-_]", re.I)
_HEADER_ATTR = re.compile(r"(^|[\s_-])header($|[\s_-])", re.I)
# ... unless the same class names a person's card: Docusaurus's author card in the post header, 'avatar__intro' with
# 'avatar__subtitle' (the author's job), is a byline, not a lead (clean48's page after clean47's 'intro')
_PERSON_CARD_ATTR = re.compile(r"(^|[\s_-])(avatar|author|authors|byline|profile|bio)($|[\s_-])", re.I)


_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
_CENTRE = re.compile(r"text-align\s*:\s*center", re.I)


def _centred(attrs: list[tuple[str, str | None]]) -> bool:
    """The element centres its text (style, align or a 'text-center' class)."""
    for k, v in attrs:
        if v and (
            (k == "style" and _CENTRE.search(v))
            or (k == "align" and v.lower() == "center")
            or (k == "class" and "text-center" in v.lower().split())
        ):
            return True
    return False


def _right_aligned(attrs: list[tuple[str, str | None]]) -> bool:
    """The element sets its text flush right (style, align or a 'text-right' class): a signature's place."""
    for k, v in attrs:
        if v and (
            (k == "style" and _RIGHT.search(v))
            or (k == "align" and v.lower() == "right")
            or (k == "class" and "text-right" in v.lower().split())
        ):
            return True
    return False


# HTML's translate attribute (an enumerated attribute, its keywords matched ASCII case-insensitively and not
# trimmed): "yes" and the empty string (also an attribute written without a value, ``<span translate>``) are the
# translate-enabled state, "no" the no-translate state; a missing or any other value inherits the parent's state
_TRANSLATE_STATES = {"": False, "yes": False, "no": True}


def _protects(tag: str, attrs: list[tuple[str, str | None]], inherited: bool) -> bool:
    """The element's text is not to be translated: ``translate="no"`` (``"yes"`` or ``""`` turns an inherited "no"
    off, as HTML reads them), a code element or class ``notranslate``; else as its parent."""
    for k, v in attrs:
        if k == "translate":
            state = _TRANSLATE_STATES.get((v or "").lower())
            if state is not None:
                return state
    if tag in PROTECTED_TAGS:
        return True
    classes = next((v for k, v in attrs if k == "class" and v), "")
    return inherited or ("notranslate" in classes.lower().split() and not _editable(attrs))


# A rich-text editor's block ('contenteditable', Notion's 'data-content-editable-leaf') carries class notranslate to
# keep a browser's page translator out of the text being edited (Notion: '<div class="notranslate" spellcheck="true"
# data-content-editable-leaf="true" contenteditable="true">'): the editor's guard, not the writer's word that the text
# is no prose; translate="no" on it still is (clean48)
_EDITABLE = frozenset({"contenteditable", "data-content-editable-leaf"})


def _editable(attrs: list[tuple[str, str | None]]) -> bool:
    return any(k in _EDITABLE for k, _ in attrs)


# Start tags that end an open <p> (HTML: "close a p element" when one is in button scope), and the elements that
# bound that scope; <li>, <dt>/<dd>, table cells and rows end an open element of their own kind within their list,
# definition list or table (a simplification of the HTML tree builder's rules for these end tags a page may omit).
_CLOSES_P = frozenset(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hgroup hr main menu nav ol p pre section table ul".split()
)
_P_SCOPE = frozenset("applet button caption html marquee object table td th template".split())
_SIBLINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # tag -> (what it closes, where the search stops)
    "li": (frozenset({"li"}), frozenset("ol ul menu table td th html body".split())),
    "dt": (frozenset({"dt", "dd"}), frozenset("dl table td th html body".split())),
    "dd": (frozenset({"dt", "dd"}), frozenset("dl table td th html body".split())),
    "td": (frozenset({"td", "th"}), frozenset("tr table html".split())),
    "th": (frozenset({"td", "th"}), frozenset("tr table html".split())),
    "tr": (frozenset({"tr"}), frozenset("table thead tbody tfoot html".split())),
}


def _implied_end(open_tags: list[str], tag: str) -> int | None:
    """The stack index of the open element that a start tag ``tag`` ends without its end tag, if any."""
    if tag in _CLOSES_P:
        closes, stops = frozenset({"p"}), _P_SCOPE
    elif tag in _SIBLINGS:
        closes, stops = _SIBLINGS[tag]
    else:
        return None
    for i in range(len(open_tags) - 1, -1, -1):
        if open_tags[i] in closes:
            return i
        if open_tags[i] in stops:
            return None
    return None


@dataclass(slots=True)
class _Block:
    text: str  # collapsed, NFC (see _settled)
    positions: RunPositions  # of each character of text
    kind: str | None  # the innermost chrome container's kind; None for article text
    box: int  # which chrome container (0 for article text)
    elements: tuple[int, ...] = ()  # the serial numbers of the elements the block sits in, outermost first
    link_chars: int = 0  # characters inside a link
    h1: bool = False  # inside an h1 outside nav, aside and footer
    h2: bool = False  # inside an h2 (outside nav, aside and footer)
    cell: bool = False  # its innermost block element is a table cell
    right: bool = False  # set flush right (by an element inside its table cell, if any)
    protected: list[tuple[int, int]] | None = None  # [start, end) of text not to be translated (None: none)
    cells: tuple[int, ...] = ()  # the serial numbers of the table cells the block sits in, outermost first
    under_image: bool = False  # centred, right after an image (no text between): a caption's place
    li: bool = False  # its innermost block element is a list item
    cell_paragraph: bool = False  # a paragraph right inside a table cell (see _CELL_PARAGRAPHS)


def _settled(chars: list[str], pos: list[Pos], prot: list[bool] | None) -> tuple[str, RunPositions, list | None]:
    """A block's collapsed NFC text, the position of each of its characters (as runs) and its runs of text not to
    be translated, made when the block ends: a large page holds no object a character."""
    text, kept = _nfc_positions(*_collapse(chars, pos))
    return text, RunPositions.of(pos[i] for i in kept), _runs([prot[i] for i in kept]) if prot else None


class _Extractor(HTMLParser):
    def __init__(self, neutral: frozenset[int] = frozenset()) -> None:
        super().__init__(convert_charrefs=False)
        self.neutral = neutral  # serial numbers of page columns read as holding the article (_article_column)
        self.columns: dict[int, int] = {}  # box -> serial number of the column ('sidebar-1') that opened it
        self.column_articles: set[int] = set()  # boxes of columns holding an <article> or <main>
        # tag, chrome kind, chrome box, dropped, a form control (CONTROLS, not a disclosure button)
        self.stack: list[tuple[str, str | None, int, bool, bool]] = []
        self.serials: list[int] = []  # beside the stack: each open element's serial number
        self.aligned: list[bool] = []  # beside the stack: the element sets its text flush right
        self.centred: list[bool] = []  # beside the stack: the element centres its text
        self._image: tuple[int, ...] | None = None  # an image since the last block of text: its parent's container
        self.protecting: list[bool] = []  # beside the stack: the element's text is not to be translated
        self.prot: list[bool] = []  # beside chars: the character is not to be translated
        self._elements = 0
        self.blocks: list[_Block] = []
        self._boxes = 0
        self.header_boxes: set[int] = set()  # boxes opened by an element other than <header> its class names a header
        self.article_asides: set[int] = set()  # boxes of <aside>s opened in an article's text, no class naming chrome
        self.lead_elements: set[int] = set()  # elements whose class or id names a lead ('subtitle', 'sapo', 'excerpt')
        self.h1_boxes: set[int] = set()  # chrome boxes holding an h1 (a page header with the page's title)
        self.chars: list[str] = []
        self.pos: list[Pos] = []
        self._links = 0  # characters of the current block inside a link
        self._in_link = 0  # open <a> elements
        self._controls = 0  # open form controls (CONTROLS)
        self._control_chars = 0  # characters of the current block (spaces aside) inside a form control
        self._choices = 0  # radio buttons and check boxes in the current block (CHOICES)
        self.title = ""
        self._in_title = False
        # each form that opens a chrome box: its ancestors (serial, tag), innermost last, and its box
        self.forms: list[tuple[tuple[tuple[int, str], ...], int]] = []

    def _flags(self) -> tuple[str | None, int, bool]:
        if not self.stack:
            return None, 0, False
        return self.stack[-1][1], self.stack[-1][2], self.stack[-1][3]

    def _flush(self) -> None:
        if any(not c.isspace() for c in self.chars):
            kind, box, _ = self._flags()
            only_controls = self._control_chars and self._control_chars == sum(not c.isspace() for c in self.chars)
            if kind is None and (self._choices or only_controls):
                self._boxes += 1  # only buttons or drop-downs: a row of controls; a poll's question and its choices
                kind, box = "navigation", self._boxes
            tags = [entry[0] for entry in self.stack]
            outside = not any(t in tags for t in ("nav", "aside", "footer"))
            h1, h2 = "h1" in tags and outside, "h2" in tags and outside
            # a table cell, or a description list's value ('<dt>Khán giả</dt><dd>18.326</dd>', clean26)
            block_tags = [t for t in tags if t in BLOCKS]
            innermost = block_tags[-1] if block_tags else ""
            cell = innermost in ("td", "th", "dd")
            cell_paragraph = innermost in _CELL_PARAGRAPHS and len(block_tags) > 1 and block_tags[-2] in ("td", "th")
            # set flush right inside its table cell, if any (a right-aligned column or table is no signature's place)
            in_cell = max((k for k, t in enumerate(tags) if t in ("td", "th")), default=-1) + 1
            right = not cell and any(self.aligned[in_cell:])
            text, positions, prot = _settled(self.chars, self.pos, self.prot if any(self.prot) else None)
            cells = tuple(n for entry, n in zip(self.stack, self.serials, strict=True) if entry[0] in ("td", "th"))
            under_image = (
                self._image is not None and self.serials[: len(self._image)] == list(self._image) and any(self.centred)
            )
            self.blocks.append(
                _Block(
                    text,
                    positions,
                    kind,
                    box,
                    tuple(self.serials),
                    self._links,
                    h1,
                    h2,
                    cell,
                    right,
                    prot,
                    cells,
                    under_image,
                    innermost == "li",
                    cell_paragraph,
                )
            )
            self._image = None
        self.chars, self.pos, self.prot, self._links, self._control_chars, self._choices = [], [], [], 0, 0, 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag == "form":  # a form's text is its own block, in its box (clean51)
            self._flush()
        closed = _implied_end([entry[0] for entry in self.stack], tag)
        if closed is not None:  # an element whose end tag HTML lets a page leave out ('<p>…<p>', '<li>…<li>')
            self._flush()
            self._close(closed)
        if tag in VOID:
            self._choices += tag == "input" and (dict(attrs).get("type") or "").lower() in _CHOICES
            if tag == "img" and self._image is None and not any(not c.isspace() for c in self.chars):
                self._image = tuple(self.serials[:-1])  # a caption sits in the container of the image's parent
            return
        kind, box, dropped = self._flags()
        if tag == "h1" and kind is not None:
            self.h1_boxes.add(box)
        disclosure = tag == "button" and _discloses(attrs)
        serial = self._elements + 1
        inner = None if disclosure or serial in self.neutral else _container_kind(tag, attrs)
        # a quotation's attribution: '<blockquote><p>…</p><footer>Bà …</footer></blockquote>' (clean47)
        if inner == "footer" and tag == "footer" and self._quoting() and _container_kind("div", attrs) is None:
            inner = None
        if tag in ("article", "main") and box in self.columns:
            self.column_articles.add(box)
        if inner is None and kind is not None and self._lead_in_article_header(attrs):
            kind, box = None, 0  # the article's lead set in its header ('<p class="article-excerpt">', clean37)
        if inner is not None:
            in_article = kind is None and tag == "aside" and _container_kind("div", attrs) is None
            kind = inner
            if box == 0:  # the outermost chrome container numbers the box
                self._boxes += 1
                box = self._boxes
                if tag != "header" and _HEADER_ATTR.search(" ".join(v or "" for k, v in attrs if k in ("class", "id"))):
                    self.header_boxes.add(box)
                if in_article and any(entry[0] == "article" for entry in self.stack):
                    self.article_asides.add(box)
                if _column(tag, attrs):
                    self.columns[box] = serial
        control = (tag in CONTROLS and not disclosure) or _tag_link(tag, attrs)
        if tag == "form" and inner is not None and self._flags()[1] == 0:  # a form that opens its own box
            ancestors = tuple((n, entry[0]) for n, entry in zip(self.serials, self.stack, strict=True))
            self.forms.append((ancestors, box))
        self.stack.append((tag, kind, box, tag in DROP_TAGS or dropped, control))
        self._in_link += tag == "a"
        self._controls += control
        self._elements += 1
        self.serials.append(self._elements)
        if _LEAD_ATTR.search(" ".join(v or "" for k, v in attrs if k in ("class", "id"))):
            self.lead_elements.add(self._elements)
        self.aligned.append(_right_aligned(attrs))
        self.centred.append(_centred(attrs))
        self.protecting.append(_protects(tag, attrs, bool(self.protecting) and self.protecting[-1]))
        self._in_title = tag == "title"

    def _quoting(self) -> bool:
        """The innermost open block is a ``blockquote`` (an element inside it, ``p`` or ``footer``, closed or not)."""
        return any(entry[0] == "blockquote" for entry in self.stack) and next(
            entry[0] for entry in reversed(self.stack) if entry[0] in BLOCKS or entry[0] == "blockquote"
        ) in ("blockquote", "p")

    def _lead_in_article_header(self, attrs: list[tuple[str, str | None]]) -> bool:
        """The element names a lead ('article-excerpt', 'sapo', 'standfirst', 'subtitle') and the chrome around it
        is a ``header``, or an element its class names a header ('<div class="post-header">', Substack's, clean41),
        opened inside an ``article``: the article's own header (Ghost's 'article-header', WordPress's 'entry-header'),
        whose lead paragraph is article text; so is a page header inside ``main`` holding the page's h1 (GitBook's
        '<main><header class="page-header"><h1>…</h1><p class="page-description">', chrome50). A lead in a related box
        or the site's header (its 'site-description' tagline) stays chrome."""
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if not marker or not _LEAD_ATTR.search(marker) or _PERSON_CARD_ATTR.search(marker):
            return False
        outer = next((i for i, entry in enumerate(self.stack) if entry[1] is not None), None)
        if outer is None or self.stack[outer][1] != "navigation":
            return False
        box = self.stack[outer][2]
        if self.stack[outer][0] != "header" and box not in self.header_boxes and box not in self.h1_boxes:
            return False  # no header, nor a box holding the page's h1 (Intercom's 'article__meta', clean53)
        if any(entry[0] == "article" for entry in self.stack[:outer]):
            return True
        return (
            self.stack[outer][2] in self.h1_boxes
            and any(entry[0] == "main" for entry in self.stack[:outer])
            and not _SITE_MARKER.search(marker)
        )

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS or tag == "form":
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                self._close(i)
                break
        self._in_title = False

    def _close(self, i: int) -> None:
        """Close the open element at stack index ``i`` and every element opened inside it."""
        self._in_link -= sum(entry[0] == "a" for entry in self.stack[i:])
        self._controls -= sum(entry[4] for entry in self.stack[i:])
        del self.stack[i:]
        del self.serials[i:]
        del self.aligned[i:]
        del self.centred[i:]
        del self.protecting[i:]

    def _add(self, text: str, line: int, col: int, one_position: bool = False) -> None:
        dropped = self._flags()[2]
        if dropped and not self._in_title:
            return
        if self._in_title:
            self.title += text
            return
        if self._in_link:
            self._links += len("".join(text.split()))
        if self._controls:
            self._control_chars += len("".join(text.split()))
        self.prot.extend([bool(self.protecting) and self.protecting[-1]] * len(text))
        for ch in text:
            self.chars.append(ch)
            self.pos.append((line, col + 1))
            if not one_position:
                if ch == "\n":
                    line, col = line + 1, 0
                else:
                    col += 1

    def handle_data(self, data: str) -> None:
        line, col = self.getpos()
        self._add(data, line, col)

    def handle_entityref(self, name: str) -> None:
        line, col = self.getpos()
        self._add(unescape(f"&{name};"), line, col, one_position=True)

    def handle_charref(self, name: str) -> None:
        line, col = self.getpos()
        self._add(unescape(f"&#{name};"), line, col, one_position=True)


def _collapse(chars: list[str], pos: list[Pos]) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space and trim: the text and the index in ``chars`` of each kept
    character (its position, and whether it is protected, are those of that character)."""
    out_c: list[str] = []
    kept: list[int] = []
    for i, ch in enumerate(chars):
        if ch.isspace():
            if out_c and out_c[-1] != " ":
                out_c.append(" ")
                kept.append(i)
            continue
        out_c.append(ch)
        kept.append(i)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        kept.pop()
    return "".join(out_c), kept


def _nfc_positions(text: str, kept: list[int]) -> tuple[str, list[int]]:
    from audit.corpus.normalize import nfc_map

    nfc, offsets = nfc_map(text)
    if offsets is None:
        return text, kept
    return nfc, [kept[o] for o in offsets]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """[start, end) of each run of True in ``flags``."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, f in enumerate([*flags, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _within(runs: list[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The parts of ``runs`` inside [start, end), counted from ``start``."""
    return tuple((max(a, start) - start, min(b, end) - start) for a, b in runs if a < end and b > start)


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


def _article_fact_boxes(blocks: list[_Text], asides: set[int]) -> None:
    """An <aside> inside an <article>, no class naming it chrome, that holds no link and a sentence, is the
    article's fact box ('Cơ chế hợp tác ba bên trong 25 năm' and its dated items, clean26): its blocks are read
    as the article's (a 'Tin liên quan' heading among them still opens a related box); an aside of links stays
    chrome."""
    for box in asides:
        inside = [b for b in blocks if b.box == box]
        if inside and not any(b.links for b in inside) and any(_ends_sentence(b) for b in inside):
            for b in inside:
                b.kind = None


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


def page_source(fh: BinaryIO, path: str, max_line: int) -> str:
    """A page's text: in the encoding it declares (:mod:`audit.corpus.declared`), else strictly UTF-8
    (or UTF-16 with a BOM; a byte order mark wins over a declaration)."""
    data = fh.read()
    decl = None
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decl = html_declaration(data)
        if decl is not None and not decl.utf8:
            return "\n".join(cr_lines(split_lines(decode_declared(data, decl, path), path, max_line)))
    try:
        return "\n".join(cr_lines(iter_lines(io.BytesIO(data), path, max_line)))
    except InputError as e:
        if e.message.startswith("not UTF-8"):
            raise InputError(path, e.message + _undeclared_note(decl, data), e.line) from None
        raise


def _undeclared_note(decl: Declaration | None, data: bytes) -> str:
    """What the page's declaration says, or how it could declare the encoding its bytes look like."""
    if decl is not None:
        return f" ({decl.says()}: the declaration is wrong too)"
    guess = guess_encoding(data)
    if guess.sure and guess.encodings[0] in PY_CODECS:
        return f'; or declare it in the page\'s <head>: <meta charset="{guess.encodings[0].lower()}">'
    return ""


# Characters of one line of markup: a minified page (or one saved by a CMS) has all of it on one line, so the
# limit of text lines applies to the page's text blocks instead.
PAGE_LINE = 100_000_000


def _parse(
    source: str, path: str, max_line: int, neutral: frozenset[int] = frozenset()
) -> tuple[_Extractor, list[_Text]]:
    """The page's text blocks (``neutral``: serial numbers of elements that are no chrome whatever their class)."""
    parser = _Extractor(neutral)
    try:
        parser.feed(source)
        parser.close()
    except AssertionError as e:  # HTMLParser's way of refusing input
        raise InputError(path, f"cannot parse HTML: {e}") from None
    parser._flush()
    blocks: list[_Text] = []
    for b in parser.blocks:
        text, positions, protected = b.text, b.positions, b.protected
        if len(text) > max_line:
            raise InputError(path, f"a text block longer than {max_line:,} characters ({len(text):,})", positions[0][0])
        if text:
            letters = len(text) - text.count(" ")  # collapsed: every space is one
            links = b.link_chars > _LINK_SHARE * letters
            blocks.append(
                _Text(
                    text,
                    positions,
                    b.kind,
                    b.box,
                    b.elements,
                    links,
                    b.h1,
                    b.h2,
                    b.cell,
                    b.right,
                    protected,
                    b.cells,
                    b.under_image,
                    b.li,
                    b.cell_paragraph,
                )
            )
    if not blocks:
        raise InputError(path, "no text in the HTML page")
    return parser, blocks


_COLUMN_PARAGRAPH_WORDS = 12  # a paragraph of an article, not a teaser's line
_COLUMN_PARAGRAPHS = 3


def _paragraph(b: _Text) -> bool:
    return not b.links and _ends_sentence(b) and _words(b.text) >= _COLUMN_PARAGRAPH_WORDS


def _article_column(blocks: list[_Text], parser: _Extractor) -> int | None:
    """The serial number of the page column, chrome only by a class naming it a sidebar ('<div class="sidebar-1">',
    as a business news site names its main column), that holds the page's article: an ``article`` or ``main``
    element or the page's ``h1``, three paragraphs or more, more than the page's text outside chrome holds, and no
    headline outside it (adversary78's human page). A side column of teasers (links, short excerpts) stays chrome."""
    outside = sum(_paragraph(b) for b in blocks if b.kind is None)
    if any(b.kind is None and b.h1 and _headline_shaped(b) for b in blocks):
        return None
    best: tuple[int, int] | None = None
    for box, serial in parser.columns.items():
        inside = [b for b in blocks if b.box == box]
        paragraphs = sum(_paragraph(b) for b in inside)
        holds = box in parser.column_articles or any(b.h1 and _headline_shaped(b) for b in inside)
        if (
            holds
            and paragraphs >= _COLUMN_PARAGRAPHS
            and paragraphs > outside
            and (best is None or paragraphs > best[0])
        ):
            best = (paragraphs, serial)
    return best[1] if best else None


_SIDEBAR = re.compile(r"sidebar", re.I)


def _column(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """The element is page chrome only by a class or id naming it a sidebar (no chrome tag, no other chrome word)."""
    if tag in CHROME_TAGS or not any(k in _MARKER_ATTRS and v and _SIDEBAR.search(v) for k, v in attrs):
        return False
    return _container_kind(tag, [(k, _SIDEBAR.sub(" ", v) if v else v) for k, v in attrs]) is None


def read_html(fh: BinaryIO, doc: str, path: str, max_line: int) -> list[Document]:
    """The article blocks of a page as segments, page chrome as boilerplate; a text block longer than
    ``max_line`` characters is an input error (its markup may be on one line of any length)."""
    source = page_source(fh, path, max(max_line, PAGE_LINE))
    parser, blocks = _parse(source, path, max_line)
    column = _article_column(blocks, parser)
    if column is not None:  # read again with the column that holds the article as no chrome of itself
        parser, blocks = _parse(source, path, max_line, frozenset({column}))
    _article_fact_boxes(blocks, parser.article_asides)
    _form_headings(blocks, parser.forms)
    title = unicodedata.normalize("NFC", " ".join(parser.title.split()))
    _post_cover(blocks, parser.header_boxes, parser.lead_elements, title)
    kinds = _block_kinds(blocks, title)
    for i, b in enumerate(blocks):
        if b.protected and _all_protected(b):
            kinds[i] = "translate-no"
    segments: list[Segment] = []
    for paragraph, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        text, positions = block.text, block.positions
        spans = [(0, len(text))] if kind else sentence_spans(text)
        for start, end in spans:
            line, col = positions[start]
            segments.append(
                Segment(
                    index=len(segments),
                    text=text[start:end],
                    line=line,
                    column=col,
                    raw=text[start:end],
                    boilerplate=kind is not None,
                    boilerplate_kind=kind,
                    paragraph=paragraph,
                    positions=positions[start:end],
                    protected=_within(block.protected, start, end) if block.protected and not kind else (),
                )
            )
    first_content = next((s.text for s in segments if not s.boilerplate), "")
    return [Document(doc=doc, segments=segments, title=title or first_content, format="html", path=path)]
