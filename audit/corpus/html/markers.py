"""What an element's tag and attributes say: page chrome by container (tag, class, id, ARIA role), a lead, a
header, alignment, text not to be translated."""

from __future__ import annotations

import re

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
    r"powered[-_]?by|"
    # TYPO3's Bootstrap package's side column beside its 'maincontent-wrap' ('subcontent-wrap': the section's sub-menu
    # and boxes), a sidebar by another name (clean59)
    r"subcontent|"
    # a call to action, a sign-up box between the article and its foot (Ghost's 'gh-cta', WordPress's 'wp-block-cta',
    # 'cta-box') (clean62)
    r"cta)($|[\s_-])",
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
# action="/tin-tuc/ArticleID/2871" id="Form">') (clean42); Kentico's portal engine names it 'form' and Visual Studio's
# template 'form1', both posted to a friendly URL ('<form method="post" action="/vi/tin-tuc/…" id="form">') (clean58)
_PAGE_FORM_ACTION = re.compile(r"\.aspx(?:[?#].*)?$", re.I)
_PAGE_FORM_IDS = frozenset({"aspnetform", "form", "form1"})
_POSTED_FORM_IDS = frozenset({"form", "form1"})  # page forms only when posted: a search form may bear the name


def _page_form(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """A Web Forms page's form around the whole page (its action an ``.aspx`` page, ASP.NET's master-page id
    'aspnetForm', DotNetNuke's posted 'Form', Kentico's posted 'form', the template's posted 'form1'): no form of the
    page's chrome; its header, menus and footer are chrome by their own markers. What it holds is judged when it
    closes: one that held only a comment or contact box is chrome after all (extract._comment_form)."""
    if tag != "form":
        return False
    values = dict(attrs)
    name = (values.get("id") or "").lower()
    if name in _POSTED_FORM_IDS and (values.get("method") or "").lower() != "post":
        return False
    return bool(_PAGE_FORM_ACTION.search(values.get("action") or "")) or name in _PAGE_FORM_IDS


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


# a class naming a side column: 'sidebar', TYPO3's 'subcontent' (clean59); one that holds the article is read again as
# no chrome of itself (reader._article_column)
_SIDEBAR = re.compile(r"sidebar|subcontent", re.I)


def _column(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """The element is page chrome only by a class or id naming it a sidebar (no chrome tag, no other chrome word)."""
    if tag in CHROME_TAGS or not any(k in _MARKER_ATTRS and v and _SIDEBAR.search(v) for k, v in attrs):
        return False
    return _container_kind(tag, [(k, _SIDEBAR.sub(" ", v) if v else v) for k, v in attrs]) is None
