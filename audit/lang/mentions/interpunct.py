"""Name parts joined by a Chinese interpunct ('Xi Hê • Rompuy', 'Đức Lỗ · Vi Tư Mạn'): a Western name run
through Chinese."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from audit.lang.hanviet import syllable_key
from audit.lang.mentions.shared import DOT, INTERPUNCT, country_names, foreign
from audit.lang.names import Run, capitalised_runs
from audit.lang.textcache import per_document


@dataclass(frozen=True, slots=True)
class InterpunctName:
    start: int
    end: int
    parts: tuple[str, ...]


# the label of a contact line's next field after a separating dot ('Công ty … · Hotline 1900 6408 · Email: …', an
# event page's or a shop's footer, clean44): no part of a name
_CONTACT_LABELS = frozenset(
    "hotline email e-mail fax tel website web zalo facebook fanpage youtube tiktok instagram telegram whatsapp viber "
    "skype mst sđt đt".split()
)
_HYPHEN_PART = re.compile(r"-([A-ZÀ-Ỹ][\w]*)")
# the capitalised word hyphened to a name part before the dot ('Kassym-Jomart · Tokayev': one given name)
_HYPHEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-Ỹ]\w*)-$")
# An interpunct followed by the lowercase particles of a Western family name ('Ruud·van Nistelrooy') or of an Arabic
# one, each before a space or another interpunct ('Sultan·Ahmed·bin·Sulayem': Chinese dots every part)
_DOT_PARTICLES = re.compile(
    r"\s*[•·‧・∙]\s*((?:(?:van|von|der|den|de|del|della|da|das|dos|du|di|ten|ter|zu|le|la|bin|binti|bint|ibn|al|el)"
    r"(?: |\s*[•·‧・∙]\s*))+)"
)


@per_document(maxsize=1024)
def interpunct_names(text: str) -> list[InterpunctName]:
    """Name parts joined by a Chinese interpunct ('Xi Hê • Rompuy') with a foreign-looking part, three or more
    parts as one name ('Anula·Kumala·Disanayake'). Chinese puts a dot between every part of a foreign name, so a
    part in Latin spelling before the dot is one word: the capitalised word before it (a company, a sentence's
    first word) is not taken into the name; a part in Hán-Việt ('Thông Luân • Tây Tô Lý') has a word per syllable.

    N102 and N108 ask for the same segments: found once a document (the list is shared: do not change it)."""
    if not DOT.search(text):
        return []
    runs = capitalised_runs(text)
    out = []
    for a, b in itertools.pairwise(runs):
        if b[0][2].lower() in _CONTACT_LABELS:
            continue  # '… Việt Nam · Hotline 1900 …', '… Lâm Đồng · Email: …': the next field of a contact line
        gap = text[a[-1][1] : b[0][0]]
        particles: list[tuple[int, int, str]] = []
        if not INTERPUNCT.fullmatch(gap):
            if (joined := _DOT_PARTICLES.fullmatch(gap)) is None:
                continue
            base = a[-1][1]  # 'Ruud·van Nistelrooy': a lowercase particle opens the part after the dot
            at = base + joined.start(1)
            particles = [(at + m.start(), at + m.end(), m[0]) for m in re.finditer(r"\w+", joined[1])]
        left: list[tuple[int, int, str]] = []
        for t in reversed(a[-3:]):
            if _acronym(t[2], len(a)):
                break
            left.insert(0, t)
        for k in range(len(left)):
            if " ".join(w for _, _, w in left[: k + 1]) in country_names():
                left = left[k + 1 :]
                break
        if left and foreign(left[-1][2]):
            left = left[-1:]  # a Latin part is one word ('Amkor Giel·Rutten'): the word before is no part of it
        elif len(left) > 1 and foreign(left[0][2]) and not any(foreign(t[2]) for t in (*left[1:], *b[:3])):
            left = [t for t in left if not foreign(t[2])]  # 'Reuters Minh Khuê · Thu Hà', 'Boeing Đại Vệ·Lý': a
            # company's Latin name before parts in Vietnamese spelling is no part of the name
        while left and len(left) < 3 and (head := _HYPHEN_BEFORE.search(text, max(0, left[0][0] - 30), left[0][0])):
            left.insert(0, (head.start(1), head.end(1), head[1]))  # 'Kassym-Jomart' is one name part
        right: list[tuple[int, int, str]] = list(particles)
        for t in b[:3]:
            if _acronym(t[2], len(b)):
                break
            right.append(t)
        if not left or len(right) == len(particles):
            continue
        if _label_list(text, a[-1][1]):
            continue
        while (tail := _HYPHEN_PART.match(text, right[-1][1])) and len(right) < 4:
            right.append((tail.start(1), tail.end(1), tail[1]))  # 'Díaz-Canel' is one name part
        words = [w for _, _, w in left + right]
        if not any(foreign(w) for w in words):
            hanviet = _hanviet_transcription(a, b, text)
            if hanviet is None and len(gap) == 1:
                hanviet = _titled_unspaced(text, a, b)
            if hanviet is None:
                continue
            left, right = hanviet
            words = [w for _, _, w in left + right]
        if out and left[0][0] < out[-1].end:  # 'Anula·Kumala·Disanayake': a third part continues the name
            kept = tuple(w for a_, _, w in left + right if a_ >= out[-1].end)
            out[-1] = InterpunctName(out[-1].start, right[-1][1], out[-1].parts + kept)
            continue
        out.append(InterpunctName(left[0][0], right[-1][1], tuple(words)))
    return out


def _acronym(word: str, run_length: int) -> bool:
    """An acronym ('FIFA', 'UBND') or a letter alone ('A · B · C'), no part of a name; a one-letter word among
    others is a syllable ('A' 阿 in 'A Mạc Lâm')."""
    return word.isupper() and (len(word) > 1 or run_length == 1)


# Characters Chinese picks for the sounds of foreign names (with source_pinyin's, which reads their pinyin): their
# Hán-Việt readings are the syllables of a Western name run through Chinese ('Tây Phàm · Cáp Tang' 西凡·哈桑)
_SOUND_CHARS_HANVIET = "哈曼桑鲁路皮易莎娜阿艾约翰姆瓦科波弗赫霍乔凯维本莫林"
_HANVIET_PART = 4  # syllables of one '·' part read in Hán-Việt ('Tư Bì Lý Đông' 斯皮里东 Spyridon)
# syllables of one '·' part read whole when its run is one name: 伊格莱西亚斯 'Y Cách Lai Tây Á Tư' (Iglesias),
# 弗拉基米尔 'Phất Lạp Cơ Mễ Nhĩ' (Vladimir), 别克捷诺夫 'Biệt Khắc Tiệp Nặc Phu' (Bektenov)
_HANVIET_WHOLE = 6


@functools.cache
def _sound_readings() -> tuple[frozenset[str], frozenset[str]]:
    """The Hán-Việt readings of those characters (syllable keys), and of them the ones that are no common
    Vietnamese name syllable (vi_names.tsv, 1 per mille or more: Đức, Lý, Gia … are left out)."""
    from audit.lang.hanviet import load
    from audit.lang.source_pinyin import SOUND_CHARS

    hv = load()
    readings = {syllable_key(r[0]) for ch in SOUND_CHARS | set(_SOUND_CHARS_HANVIET) if (r := hv.main_first(ch))}
    return frozenset(readings), frozenset(readings - _common_name_syllables())


def _hanviet_transcription(
    a: Run, b: Run, text: str
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None:
    """The two parts of a foreign name read in Hán-Việt on either side of an interpunct ('Đức Lỗ · Vi Tư Mạn'
    德鲁·韦斯曼 Drew Weissman): capitalised Vietnamese syllables, four or more in all, two thirds of them readings
    of characters Chinese picks for sounds and two of those no common Vietnamese name syllable. Vietnamese names
    and places joined by a dot in a byline or a list ('Minh Khuê · Thu Hà', 'Hà Nội · Huế') have none of them.
    The words before the name that read no such character ('Ông', a country) are left out, but for the whole run of
    Hán-Việt syllables before the dot right after a country or a title, one given name read from Chinese whose first
    syllables are common Vietnamese ones ('Ngoại trưởng Ý An Đức Liệt Á·…' 安德烈亚 Andrea, not 'Á·…':
    :func:`_given_name_run`)."""
    sound, rare = _sound_readings()
    words = [w for _, _, w in a]
    names = country_names()
    spans = [(i, j) for i in range(len(a)) for j in range(i + 1, min(i + 3, len(a)) + 1)]
    countries = [(i, j) for i, j in spans if " ".join(words[i:j]) in names]
    ends = {j for _, j in countries}
    # 'Hà Lan Tây Phàm': the country is no part of the name; but one right after another country or an honorific
    # is the name's first syllable ('Kazakhstan Áo Nhĩ Trát Tư·…' 奥尔扎斯 Olzhas, 'Ông Áo Lợi Phất·…' 奥利弗 Oliver)
    cut = max((j for i, j in countries if not (i and (i in ends or words[i - 1] in _NOT_NAME_WORDS))), default=0)
    if len(a) - cut < 2:
        cut = 0  # a part of one syllable is none: 'Đức Lỗ' (德鲁 Drew) reads Đức as a syllable, not Germany
    window = list(itertools.takewhile(lambda t: not foreign(t[2]), reversed(a[cut:][-_HANVIET_PART:])))[::-1]
    right = list(itertools.takewhile(lambda t: not foreign(t[2]), b[:_HANVIET_PART]))
    left = window
    while len(left) > 1 and syllable_key(left[0][2]) not in sound:
        left = left[1:]
    keys = [syllable_key(w) for _, _, w in left + right]
    if not left or not right or len(keys) < 4:
        return None
    if 3 * sum(k in sound for k in keys) < 2 * len(keys) or sum(k in rare for k in keys) < 2:
        return None
    # the run after the country that opens it (a country's name inside the run is a syllable: 'Ý An Đức Liệt Á')
    opening = max((j for j in range(1, min(3, len(a)) + 1) if " ".join(words[:j]) in names), default=0)
    # the given name is read from the whole run before the dot (up to six syllables), as the family name after it
    window = list(itertools.takewhile(lambda t: not foreign(t[2]), reversed(a[opening or cut :][-_HANVIET_WHOLE:])))
    window = window[::-1]
    after_country = opening > 0 and window[:1] == list(a[opening : opening + 1]) and words[0] not in _NOT_NAME_WORDS
    return _given_name_run(text, window, left, after_country=after_country), _whole_part(b, right)


def _whole_part(b: Run, right: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The part after the dot read whole: the rest of its run when the whole run is one name, six syllables or fewer
    in Vietnamese spelling, at least half of the added ones readings of transcription characters
    (references/zh_transliteration_chars.txt), none of them a country's, a Vietnamese place's or a city's name nor
    the start or the end of one ('Chu Mạn Gia Lâm' 朱曼加林 Zhumangarin, 'Phổ Nhĩ Ngõa Cam Địch' 普尔瓦甘迪
    Purwagandhi, 'Nỗ Nhĩ Lan Biệt Khoa Phu', whose last syllables were cut); else ``right`` as found. A run that goes
    on past six, or into a word of another kind ('… Khải Lặc Hà Nội'), is not taken whole."""
    from audit.lang.transliterated import sound_syllables
    from audit.lang.vn_places import vn_place_names

    if not right or len(right) >= len(b) or len(b) > _HANVIET_WHOLE or right[-1] != b[len(right) - 1]:
        return right
    sound, _ = sound_syllables()
    places = (country_names(), vn_place_names())
    words = [w for _, _, w in b]
    added = words[len(right) :]
    if any(foreign(w) or (len(w) > 1 and w.isupper()) or w in _NOT_NAME_WORDS for w in added):
        return right
    if 2 * sum(syllable_key(w) in sound for w in added) < len(added):
        return right
    for k in range(len(b)):  # a name that ends among the added words ('Hà Nội' after 'Khải Lặc Hà')
        if any(k + n > len(right) and " ".join(words[k : k + n]) in names for n in (1, 2, 3) for names in places):
            return right
    return list(b)


def _given_name_run(
    text: str, window: list[tuple[int, int, str]], left: list[tuple[int, int, str]], *, after_country: bool
) -> list[tuple[int, int, str]]:
    """The part before the dot of a name :func:`_hanviet_transcription` found, widened to the Hán-Việt syllables of
    its run that it left out for reading no character Chinese picks for sounds, when they start right after a country
    (``after_country``: the run's first word after it) or a title or honorific: the run between the title and the dot
    is one given name ('Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Ý An Đông Ni Áo·…' 安东尼奥 Antonio, found from 'Ni'
    for 'An' and 'Đông', common name syllables: adversary127). The widest such start (at most four syllables in all:
    the window); none with a word of another kind ('Ông', a capitalised sentence word)."""
    from audit.lang.mentions.preceding_title import titled_before

    for k in range(len(window) - len(left)):
        head = window[k:]
        if any(w in _NOT_NAME_WORDS or w.isupper() for _, _, w in head[: len(head) - len(left)]):
            continue
        if (k == 0 and after_country) or titled_before(text, head[0][0], strict=True):
            return head
    return left


# honorifics and sentence words capitalised before a name: never a syllable of the given name
_NOT_NAME_WORDS = frozenset({"Ông", "Bà", "Ngài", "Anh", "Chị", "Cô", "Theo", "Khi", "Tại", "Với", "Sau", "Trước"})


def _titled_unspaced(text: str, a: Run, b: Run) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None:
    """A foreign name read in Hán-Việt with the dot written as Chinese writes it, with no space on either side, right
    after a title or honorific ('Bà An Na·Khải Lặc' 安娜·凯勒 Anna Keller), where too few of its syllables are rare for
    :func:`_hanviet_transcription`: three to six syllables in parts of one to three, one of them a reading of a
    character Chinese picks for sounds and one no common Vietnamese name syllable. A list or a byline spaces its dots
    ('Minh Khuê · Thu Hà'); no human page of the test sets or the shared data writes a dot between two words. A role
    in a company stands for the title too ('Chủ tịch khu vực châu Á của Alstom Chu Lợi An·Mạc La': leftovers57)."""
    from audit.lang.mentions.preceding_title import titled_before

    sound, _ = _sound_readings()
    right = list(itertools.takewhile(lambda t: not foreign(t[2]), b[:3]))
    for size in (5, 4, 3, 2, 1):
        left = list(a[-size:])
        if len(left) < size or any(foreign(w) for _, _, w in left):
            continue
        if any(" ".join(w for _, _, w in left[:k]) in country_names() for k in (1, 2)) and not _syllable_after(a, size):
            continue  # the country after the title is no part of the name ('Chủ tịch nước Lào Bồng Tái·…')
        start = left[0][0]
        if any(titled_before(text, w_start, strict=True) for w_start, _, _ in left[1:]):
            continue  # a longer title ends inside the words ('Bộ trưởng Công Thương Lào Bồng Tái·…': the ministry's)
        if not (
            titled_before(text, start, strict=True)
            or _company_role_before(text, start)
            or _titled_country_before(text, start)
            or _titled_body_before(text, start)
            or _company_kind_role_before(text, start)
        ):
            continue
        keys = [syllable_key(w) for _, _, w in left + right]
        common = _common_name_syllables()
        if right and len(keys) >= 3 and any(k in sound for k in keys) and not all(k in common for k in keys):
            return left, _whole_part(b, right)
        return None
    return None


def _syllable_after(a: Run, size: int) -> bool:
    """The first word of the last ``size`` words of ``a``, a one-word country ('Áo'), comes right after another
    country or an honorific in the run: it is the name's first syllable ('Thủ tướng Kazakhstan Áo Nhĩ Trát Tư·…'
    奥尔扎斯 Olzhas, 'Ông Áo Lợi Phất·…' 奥利弗 Oliver)."""
    if len(a) <= size or a[-size][2] not in country_names():
        return False
    before = a[-size - 1][2]
    return before in country_names() or before in _NOT_NAME_WORDS


def _titled_country_before(text: str, pos: int) -> bool:
    """A title, then the country it is of, right before ``pos`` ('Chủ tịch Quốc hội Lào ', 'Ngoại trưởng Thái Lan '),
    as Chinese puts the country between an office and its holder (老挝国会主席 …): the title counts as it does right
    before the name (adversary122)."""
    from audit.lang.mentions.preceding_title import titled_before

    lo = max(0, pos - 30)
    window = text[lo:pos]
    if not window.endswith(" "):
        return False
    words, shown = window.split(), window.rstrip()
    names = country_names()
    after = text[pos:].split(maxsplit=1)[:1]
    if any(" ".join(words[-k:] + after) in names for k in (1, 2) if len(words) >= k):
        return False  # the name would start inside the country's ('Thái ' before 'Lan Mã Lợi·…')
    for size in (1, 2, 3):
        name = " ".join(words[-size:])
        if len(words) < size or name not in names or not shown.endswith(name):
            continue
        if titled_before(text, lo + len(shown) - len(name), strict=True):
            return True
    return False


# a word of an organisation's or a field's name between a title and a name: an acronym ('NATO', 'FIFA', '(WHO)'), a
# capitalised syllable or a lowercase one ('Tổ chức Hàng hải Quốc tế', 'Năng lượng')
_BODY_WORD = re.compile(r"\(?[A-Z]{2,6}\)?|[A-ZÀ-Ỹ]?[a-zà-ỹđ]+|[A-ZÀ-ỸĐ][a-zà-ỹđ]*")
_ACRONYM_WORD = re.compile(r"\(?[A-Z]{2,6}\)?")
_BODY_WORDS = 10  # an organisation's Vietnamese name of up to nine words and its acronym in brackets


def _titled_body_before(text: str, pos: int) -> bool:
    """A title, then the organisation or field it heads, right before ``pos`` ('Tổng thư ký NATO ', 'Chủ tịch FIFA ',
    'Bộ trưởng Năng lượng ', 'Tổng thư ký Tổ chức Hàng hải Quốc tế '), as Chinese puts the body between an office and
    its holder (国际海事组织秘书长 …, 能源部长 …): the title counts as it does right before the name. The body
    starts with a capital and ends with an acronym or a lowercase syllable, so the capitalised run after it (the
    name) is no part of it; no punctuation stands between the title and the name (adversary124)."""
    from audit.lang.mentions.preceding_title import titled_before

    lo = max(0, pos - 90)
    window = text[lo:pos]
    if not window.endswith(" "):
        return False
    words = list(re.finditer(r"\S+", window))[-_BODY_WORDS:]
    if not words or not (_ACRONYM_WORD.fullmatch(words[-1][0]) or words[-1][0][0].islower()):
        return False
    for k in range(len(words) - 1, -1, -1):
        word = words[k][0]
        if not _BODY_WORD.fullmatch(word):
            return False
        if word[0].isupper() or word[0] == "(":
            if word[0] != "(" and titled_before(text, lo + words[k].start(), strict=True):
                return True
    return False


# ' của <Company> ' right before a name: one to three capitalised words in Latin spelling after 'của'
_COMPANY_BEFORE = re.compile(r"(?<!\w)của\s+(?P<co>(?:[A-Z][\w&.'-]*\s+){1,3})$")
_CLAUSE_END = re.compile(r"[,;.:!?()\n]")


def _company_role_before(text: str, pos: int) -> bool:
    """A role in a company right before ``pos``: a title (:func:`titled_before`) and what it heads, with no comma
    between, then 'của' and the company's name in Latin spelling ('Chủ tịch khu vực châu Á - Thái Bình Dương của
    Alstom ', 'Giám đốc điều hành của Siemens Mobility '), as Chinese puts a role before a name (阿尔斯通亚太区总裁)."""
    from audit.lang.mentions.preceding_title import titled_before

    m = _COMPANY_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None or not all(foreign(w) for w in m["co"].split()):
        return False
    lo = max(0, m.start() - 60)
    ends = [e.end() for e in _CLAUSE_END.finditer(text, lo, m.start())]
    lo = ends[-1] if ends else lo
    starts = [w.start() for w in re.finditer(r"(?<!\S)\S", text[lo : m.start()])]
    return any(titled_before(text, lo + k, strict=True) for k in starts) or titled_before(text, m.start(), strict=True)


# a company's kind, opening an unnamed company's description ('tập đoàn năng lượng Thái Lan ')
_COMPANY_KIND = re.compile(r"(?<!\w)(?:tập đoàn|công ty|hãng|ngân hàng)\s")
_FIELD_WORDS = 4  # lowercase words of the company's field between its kind and its country ('năng lượng tái tạo')


def _company_kind_role_before(text: str, pos: int) -> bool:
    """A role in an unnamed company right before ``pos``: a title (:func:`titled_before`) or a manager's role, the
    role's other words with no comma between, then the company's kind, one to four lowercase words of its field and its
    country ('Phó Chủ tịch tập đoàn năng lượng Thái Lan ', 'Giám đốc điều hành công ty dầu khí Malaysia '), as
    Chinese puts a role and its company before a name (泰国能源集团副总裁 …): the title counts as it does right before
    the name (adversary126)."""
    from audit.lang.mentions.preceding_title import titled_before

    lo = max(0, pos - 80)
    window = text[lo:pos]
    if not window.endswith(" "):
        return False
    words = window.split()
    names = country_names()
    after = text[pos:].split(maxsplit=1)[:1]
    sizes = [n for n in (1, 2, 3) if len(words) > n and " ".join(words[-n:]) in names]
    if not sizes or any(" ".join(words[-n:] + after) in names for n in (1, 2)):
        return False  # no country, or the name would start inside the country's ('Thái ' before 'Lan Tụng Tát·…')
    country_start = pos - 1 - len(" ".join(words[-sizes[-1] :]))
    kind = None
    for m in _COMPANY_KIND.finditer(text, lo, country_start):
        field = text[m.end() : country_start].split()
        if 1 <= len(field) <= _FIELD_WORDS and all(w.islower() and w.isalpha() for w in field):
            kind = m
    if kind is None:
        return False
    head = max(0, kind.start() - 50)
    ends = [e.end() for e in _CLAUSE_END.finditer(text, head, kind.start())]
    head = ends[-1] if ends else head
    if _MANAGER_BEFORE.search(text, head, kind.start()):
        return True
    starts = [w.start() for w in re.finditer(r"(?<!\S)\S", text[head : kind.start()])]
    return any(titled_before(text, head + k, strict=True) for k in starts) or titled_before(
        text, kind.start(), strict=True
    )


# a company's manager right before its kind ('Giám đốc điều hành ', 'Phó Tổng giám đốc '): a role titled_before
# does not list (it is no office)
_MANAGER_BEFORE = re.compile(
    r"(?<!\w)(?:[Pp]hó )?(?:[Tt]ổng )?[Gg]iám đốc(?: điều hành| tài chính| kinh doanh| khu vực)? $"
)


@functools.cache
def _common_name_syllables() -> frozenset[str]:
    """Syllable keys of common Vietnamese name syllables (vi_names.tsv, 1 per mille or more)."""
    from audit.lang.people import vi_names

    return frozenset(key for kind in vi_names().values() for key, syl in kind.items() if syl.freq >= 1.0)


_SPACED_DOT = re.compile(r"\s[•·‧・∙]\s")


def _label_list(text: str, pos: int) -> bool:
    """The dot separates the items of a labelled list ('Từ khóa: A · B · C'): a colon before the
    first item and two or more spaced dots. A name run through Chinese is not introduced this way."""
    first = _SPACED_DOT.search(text)
    return bool(first) and len(_SPACED_DOT.findall(text)) >= 2 and ":" in text[: first.start()] and first.start() <= pos
