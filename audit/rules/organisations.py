"""C107: an international organisation or a multinational company named by the Hán-Việt reading or the
pinyin of its Chinese name ('Đông Minh' / 'Dongmeng' for 东盟 ASEAN, 'Bắc Ước' for 北约 NATO; 'Phong Điền' /
'Fengtian' for 丰田 Toyota). The tables are references/organisations.tsv and references/companies.calques.tsv
(the companies' context tests: audit/rules/companies.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from audit.lang import stored_regex
from audit.lang.countries import find_mentions, trie_pattern
from audit.lang.vn_places import vn_place_names
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, content_text, segments_matching
from audit.rules.base import DocContext, Hit
from audit.rules.companies import (
    Calque,
    accepted,
    after_place_word,
    company_calques,
    known_in_document,
    own_named_in_document,
    read_calques,
)
from audit.rules.registry import register

# The word right before a calque that is also a personal or place name must say "organisation": a bloc,
# its members or meetings, an office in it, or an award ('giải Thanh Long' 青龙奖, adversary57) (not 'của', 'và',
# 'với': they stand before people's names too)
_ORG_BEFORE = re.compile(
    r"(?<!\w)(?i:khối|tổ chức|các nước|nước|thành viên|hội nghị|cấp cao|thượng đỉnh|gia nhập|tham gia|"
    r"liên minh|nhóm|chủ tịch|tổng thư ký|ban thư ký|ngoại trưởng|bộ trưởng|nội khối|toàn|cơ chế|khuôn khổ|"
    r"diễn đàn|đại học|học viện|giải|giải thưởng|ủy ban|hội đồng|nghị viện|đoàn thanh tra)\s+$"
)
# ('Ủy ban Âu Minh' 欧盟委员会, 'đoàn thanh tra Âu Minh' 欧盟检查团: a commune's committee is 'Ủy ban nhân dân xã …',
# misses53)
# … or a body's rules or market, then 'của', right before it: 'quy định mới của Âu Minh' (欧盟的新规定, misses40), 'thị
# trường của Đông Minh'; a person or a commune issues no regulation (lowercase words only between: no name crossed)
_RULES_OF = re.compile(
    r"(?<!\w)(?i:quy định|quy chuẩn|tiêu chuẩn|chính sách|lệnh trừng phạt|lệnh cấm|thị trường|đạo luật|chỉ thị|"
    r"hạn ngạch|thuế quan)(?P<between>(?: \w+){0,3}) của $"
)
# … or a country joined by 'và'/'với'/'giữa … và': 'giữa Việt Nam và Âu Minh', 'Âu Minh và Việt Nam'
_JOINED = re.compile(r"\s+(?:và|với)\s+$|^\s+(?:và|với)\s+", re.IGNORECASE)
_UN_AFTER = re.compile(r"\s+(?:Liên [Hh]ợp [Qq]uốc|LHQ)(?!\w)")  # the United Nations, a body's parent
# … or the calque is joined to a number or another party: 'Đông Minh+3', 'Âu Minh - Việt Nam'
_ORG_AFTER = re.compile(r"\s?[-–+]\s?(\w)")  # then a digit or a capital letter
# … or an acronym in brackets right after it that opens with the body's own ('Âu Minh (EUDR)': the EU's deforestation
# rules, 'Đông Minh (ASEAN)'; misses34): a person or a commune takes no such bracket
_ACRONYM_AFTER = re.compile(r"\s?\((?P<acronym>[A-Z][A-Z0-9&]{1,9})\)")
_STANDARD_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]+$|\((?P<inner>[A-Z][A-Z0-9&]+)\)$")
# A pinyin form right after a pinyin surname is a person's given name ("Li Shihang", "Wang Yahang"); not after
# any short unaccented capitalised word ('Theo Shihang, …': 'according to')
_SURNAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{0,5}) $")


# A Hán-Việt form right after a Vietnamese surname or an honorific is a person's given name ('ông Nguyễn Thế Vệ',
# 'cụ Ngưu Tân'), as a pinyin form after a pinyin surname is
_VI_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<honorific>(?i:ông|bà|anh|chị|cụ|cô|chú|bác|em|thầy))|(?P<word>[A-ZĐ]\w*)) $"
)


_SCHOOL_ENDS = (" Đại học", " Đại Học", " Học viện", " Học Viện")


def _rules_of(text: str, start: int, end: int) -> bool:
    """A body's rules or market right before the calque (:data:`_RULES_OF`), and no capitalised word right after it
    (a person's name goes on: 'chính sách của Âu Minh Tuấn')."""
    m = _RULES_OF.search(text, max(0, start - 60), start)
    if m is None or not all(w.islower() for w in m["between"].split()):
        return False
    after = text[end:].split(None, 1)
    return not (after and after[0][:1].isupper())


def _after_vietnamese_name(text: str, start: int, school: bool = False) -> bool:
    """A Vietnamese surname ('Nguyễn', 'Lê') or an honorific ('ông', 'cụ') stands right before ``start``; before a
    ``school`` (a calque of a university's whole name in Chinese order, 'Thủ Nhĩ Đại học') only an honorific: the
    capitalised word before it is a school's ('Trường', also a surname's spelling), and no given name ends in
    'Đại học'."""
    from audit.lang.hanviet import syllable_key
    from audit.lang.people import surname_keys

    m = _VI_NAME_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return False
    return m["honorific"] is not None or (not school and syllable_key(m["word"]) in surname_keys())


def _after_surname(text: str, start: int) -> bool:
    """A pinyin surname ('Li', 'Wang') stands right before ``start``, a space between."""
    from audit.lang.mentions import chinese_surname_pinyin

    m = _SURNAME_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and m[1].lower() in chinese_surname_pinyin()


def _acronym_after(text: str, end: int, standard: str) -> bool:
    """An acronym in brackets right after ``end`` opens with the acronym of ``standard`` ('EU', or the bracket of
    'Liên minh châu Phi (AU)'): 'Âu Minh (EUDR)'."""
    if text[end : end + 2].strip()[:1] != "(":
        return False  # (the common case)
    m = _ACRONYM_AFTER.match(text, end)
    own = _STANDARD_ACRONYM.search(standard)
    return bool(m and own and m["acronym"].startswith(own["inner"] or own.group()))


@functools.cache
def org_calques() -> dict[str, Calque]:
    """The rows of references/organisations.tsv by calque."""
    return read_calques("organisations.tsv")


def read_as_organisation(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a Hán-Việt calque of organisations.tsv that C107 reports where it stands: ungated, or
    after a word of organisations ('Đại học Tư Thản Phúc' 斯坦福 Stanford; N102 leaves it to C107)."""
    c = org_calques().get(text[start:end])
    if c is None or c.kind != "hanviet":
        return False
    return not c.gate or _ORG_BEFORE.search(text, max(0, start - 24), start) is not None


def organisation_ending_in(text: str, start: int, end: int) -> int | None:
    """Where a Hán-Việt calque of organisations.tsv that C107 reports ends, when it starts before ``start`` and ends
    inside ``start:end`` ('Mỹ Liên Trữ' 美联储 of 'Mỹ Liên Trữ Bào Uy Nhĩ', the Fed's chair after it; misses27)."""
    for m in _pattern().finditer(text, max(0, start - 40), end):
        if m.start() < start < m.end() < end and read_as_organisation(text, m.start(), m.end()):
            return m.end()
    return None


@functools.cache
def _calque_parts() -> frozenset[str]:
    """Every run of words short of the whole of a calque of organisations.tsv ('Mi Công Hà' of 'Mi Công Hà Ủy viên
    Hội'): what :func:`organisation_holding` may find inside one (a quick test before its scan)."""
    parts = set()
    for calque in org_calques():
        words = calque.split()
        n = len(words)
        parts.update(" ".join(words[i:j]) for i in range(n) for j in range(i + 1, n + 1) if j - i < n)
    return frozenset(parts)


def organisation_holding(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a longer calque of organisations.tsv that C107 reports where it stands:
    'Mi Công Hà' (湄公河, the river, C104's) of 'Mi Công Hà Ủy viên Hội' (湄公河委员会, the Mekong River Commission),
    'Độc phẩm' (毒品, T308's) of 'Liên Hợp Quốc Độc phẩm và Phạm tội …' (UNODC; misses36)."""
    return text[start:end] in _calque_parts() and holding_scan(text, start, end)


def holding_scan(text: str, start: int, end: int) -> bool:
    """:func:`organisation_holding` without its quick test: the calques' scan around ``start:end``."""
    for m in _pattern().finditer(text, max(0, start - 40), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end() and m.end() - m.start() > end - start:
            c = org_calques().get(m[0])
            if c is not None and (not c.gate or _ORG_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                return True
    return False


# A company's head word right after its Hán-Việt reading, in Chinese word order (凯德集团 'Khải Đức Tập đoàn' for
# CapitaLand; misses31): capitalised as a name's part, then no capitalised word (a next name: 'huyện Phong Điền Tập
# đoàn Vingroup …' is a place, then another company) and no place word or name right before the reading
_HEAD_AFTER = re.compile(r" (?P<head>Tập đoàn|Công ty)(?![\w-])(?! [A-ZĐ])")


def _head_after(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """``m``, a company calque, read in Hán-Việt and followed by its head word: where the head ends and the head, or
    None."""
    if company_calques()[m.group()].kind != "hanviet":
        return None
    h = _HEAD_AFTER.match(text, m.end())
    if h is None or after_place_word(text, m.start()) or _after_vietnamese_name(text, m.start()):
        return None
    return h.end(), h["head"]


@functools.cache
def _spaced_pinyin() -> tuple[str, ...]:
    """The pinyin calques written in words ('Henei Guojia Daxue' 河内国家大学): a place's pinyin opening one is the
    organisation's, C107's, not a place left in pinyin (C106)."""
    return tuple(c for c, row in org_calques().items() if row.kind == "pinyin" and " " in c)


def pinyin_organisation_at(text: str, start: int) -> bool:
    """A pinyin calque of organisations.tsv written in words starts at ``start``."""
    return any(text.startswith(c, start) for c in _spaced_pinyin())


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Every calque, organisations' and companies', as a whole word (longest first): a character trie whose
    word-start test follows the first character, so ``re`` skips ahead to a possible first letter."""
    calques = {*org_calques(), *company_calques()}
    return stored_regex.compile(trie_pattern(calques, guard=r"(?<![\w-].)") + r"(?![\w-])" if calques else r"(?!x)x")


# A body of a country named in Chinese word order, its head word last (越南科学技术院 'Việt Nam Khoa học Kỹ thuật Viện'
# for the Vietnam Academy of Science and Technology; 日本国际协力机构 …): the country, a capitalised field of one to
# six words, then the head ('Viện', 'Ngân hàng', 'Ủy ban' …); Vietnamese puts the head first ('Viện … Việt Nam').
# Not the head opening the next name or a title ('Viện trưởng', 'Viện Pasteur'), nor a field holding a word of a
# clause ('tại', 'của', 'được' …: 'Việt Nam Thắng lớn tại Trung tâm …') (misses28). Countries further off too, by
# names no Vietnamese person or place bears (波兰投资贸易局 'Ba Lan Đầu tư Mậu dịch Cục', the Polish Investment and
# Trade Agency; not 'Hà Lan', 'Nam Phi', 'Đức', 'Mỹ', 'Nga', given names as well) (misses45)
_UPPER = "A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_ORDER_COUNTRIES = (
    "Việt Nam", "Trung Quốc", "Lào", "Campuchia", "Nhật Bản", "Hàn Quốc", "Thái Lan", "Indonesia", "Malaysia",
    "Singapore", "Philippines", "Myanmar",
    "Ba Lan", "Hungary", "Cộng hòa Séc", "Séc", "Slovakia", "Romania", "Bulgaria", "Ukraine", "Serbia", "Thụy Sĩ",
    "Thụy Điển", "Phần Lan", "Đan Mạch", "Tây Ban Nha", "Bồ Đào Nha", "Hy Lạp", "Italy", "Thổ Nhĩ Kỳ", "Israel",
    "Ả Rập Xê Út", "Qatar", "Kuwait", "Ai Cập", "Ấn Độ", "Pakistan", "Bangladesh", "Mông Cổ", "Kazakhstan",
    "Australia", "New Zealand", "Canada", "Mexico", "Brazil", "Argentina", "Hoa Kỳ", "Triều Tiên", "Brunei",
)  # fmt: skip
_CHINESE_ORDER = re.compile(
    # the countries as a trie whose word-start test follows the first letter: re skips ahead to a capital
    "(?P<country>" + trie_pattern(_ORDER_COUNTRIES, guard=r"(?<![\w-].)") + ")"
    rf" (?P<mid>[{_UPPER}]\w*(?: \w+){{0,5}}?)"
    r" (?P<head>Học viện|Viện|Ngân hàng|Ủy ban|Uỷ ban|Hiệp hội|Tổng cục|Cục|Trung tâm|Tập đoàn|Tổng công ty|"
    r"Đại học)(?![\w-])"
)
_HEADS = (
    "Học viện",
    "Viện",
    "Ngân hàng",
    "Ủy ban",
    "Uỷ ban",
    "Hiệp hội",
    "Tổng cục",
    "Cục",  # 越南海事局 'Việt Nam Hàng hải Cục' (misses35)
    "Trung tâm",
    "Tập đoàn",
    "Tổng công ty",  # 越南粮食总公司 'Việt Nam Lương thực Tổng công ty' (Vinafood; misses50)
    "Đại học",
)
_CLAUSE_WORDS = frozenset(
    "tại ở của cho với trong từ đến tới là được bị đã sẽ đang các những một này đó khi nếu thì mà để vì do "
    "theo sau trước về như rằng".split()
)


def _chinese_order(text: str, m: re.Match[str]) -> bool:
    """The match names one body with its head last: no clause word in the field, nothing capitalised or a title's
    syllable right after the head (the head opening a name or a title of its own)."""
    if any(w in _CLAUSE_WORDS for w in m["mid"].split()) or any(c.kind == "name" for c in find_mentions(m["mid"])):
        return False  # a clause, or a second country ('Việt Nam Singapore Trung tâm …')
    nxt = text[m.end() :].split(None, 1)
    word = nxt[0] if nxt else ""
    return not (word[:1].isupper() or word.strip(",.;:") in ("trưởng", "phó") or text[m.end() : m.end() + 1] == "(")


# A Vietnamese department named in Chinese word order without a country before it: 交通警察局 'Giao thông Cảnh sát
# Cục' for the Cục Cảnh sát giao thông (misses51). 'Cục' (a state department) heads a Vietnamese body's name and never
# ends one, but it stands alone for a department the page named ('Đại diện Cục khuyến cáo', 'Chánh Văn phòng Cục', the
# department's representative, its office's head: clean54). So the field right before it (no clause word, no name,
# no stop or comma between) counts when it is the page's own body reversed ('Cục Cảnh sát giao thông' named
# elsewhere), or when it holds two capitalised words besides a sentence's first (MT's title case: 'Dân dụng Hàng
# không') and no word of a department's unit or post ('Văn phòng', 'Thanh tra', 'Đại diện', 'Phó' …). Not a word that
# ends in 'cục' ('Bưu cục', 'bố cục', 'kết cục', 'thế cục', 'đại cục', 'Tổng cục'), nor 'Cục' opening a name or a
# title of its own ('… Cục Thuế', 'Phó Cục trưởng'). The fix reverses the field's two-syllable words, as Chinese puts
# the modifier first ('Cục Cảnh sát giao thông'); check the body's name.
# (literal first: a lookbehind first would be tried at every position; 'Cục' opening a name or a title, the common
# case, is left to the lookaheads, so that few segments reach the rule's check for it)
_CUC_LAST = re.compile(rf" Cục(?![\w-])(?! trưởng| phó)(?! [{_UPPER}])(?!\s*\()")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_CUC_WORDS = frozenset("bưu bố kết thế đại chiến thời toàn tổng phá".split())
_JOINING = frozenset({"và", "hoặc", "với", "cùng"})
# a department's unit or post before 'Cục' standing alone for the department (its office, its representative)
_UNIT_OR_POST = re.compile(
    r"(?<!\w)(?i:văn phòng|thanh tra|chánh|phó|giám đốc|trưởng|lãnh đạo|đại diện|cán bộ|phòng|chi cục|hội đồng|"
    r"công đoàn|đảng ủy|đảng uỷ|bí thư|chuyên viên|kế toán|tổ chức cán bộ)(?!\w)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘'(]\s*)$")


def _head_last_bodies(text: str, page: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, fix) of each body :data:`_CUC_LAST` ends in Chinese word order (see above); ``page`` is the
    document's article text, where the body may be named in Vietnamese order."""
    for m in _CUC_LAST.finditer(text):
        if not text[m.start() - 1 : m.start()].isalpha():
            continue
        words: list[tuple[int, str]] = []  # the field's words, last first, one space between them
        pos = m.start()
        while len(words) < 6:
            w = _LAST_WORD.search(text, max(0, pos - 40), pos)
            if w is None or w.group().lower() in _CLAUSE_WORDS:
                break
            words.append((w.start(), w.group()))
            if w.start() < 2 or text[w.start() - 1] != " " or not text[w.start() - 2].isalpha():
                break  # the text's start, a stop, a comma or a bracket before it
            pos = w.start() - 1
        if not words or words[0][1].lower() in _CUC_WORDS or words[0][1].lower() in _JOINING:
            continue  # ('Sở Y tế Hà Nội và Cục …': the department named before, joined to another body)
        caps = [k for k, (_, word) in enumerate(words) if word[:1].isupper()]
        if not caps or caps[-1] < 1:
            continue  # one word, or none capitalised
        field_words = [word for _, word in reversed(words[: caps[-1] + 1])]
        start = words[caps[-1]][0]
        field = " ".join(field_words)
        if any(c.kind == "name" or c.iso for c in find_mentions(field)):
            continue  # a person's or a country's name in it: the country-first pattern's, or no body
        fix = _head_first(field)
        if fix is not None and fix.lower() in page.lower():
            yield start, m.end(), fix  # the page names the body in Vietnamese order too
            continue
        first = 1 if _SENTENCE_START.search(text, 0, start) else 0
        if sum(w[:1].isupper() for w in field_words[first:]) >= 2 and not _UNIT_OR_POST.search(field):
            yield start, m.end(), fix


def _head_first(field: str) -> str | None:
    """'Cục' and the field with its two-syllable words reversed ('Giao thông Cảnh sát' → 'Cục Cảnh sát giao thông'),
    a Vietnamese province or city kept as written; None when its syllables do not pair up (a word of three: 出入境
    'xuất nhập cảnh')."""
    syl = field.split()
    if len(syl) % 2 or "và" in syl:
        return None  # ('Đầu tư và Mậu dịch': a pair of fields, whose order is not undone word by word either)
    units = [" ".join(syl[i : i + 2]) for i in range(0, len(syl), 2)][::-1]
    places = vn_place_names()
    first, rest = units[0], [u if u.isupper() or u in places else u.lower() for u in units[1:]]
    return " ".join(["Cục", first[:1].upper() + first[1:], *rest])


@functools.cache
def _trigger() -> re.Pattern[str]:
    """The calques, or a body named in Chinese word order (with a country first, or a word before 'Cục')."""
    return stored_regex.compile(f"(?:{_pattern().pattern})|{_CHINESE_ORDER.pattern}|{_CUC_LAST.pattern}")


@functools.cache
def _trigger_parts() -> tuple[re.Pattern[str], ...]:
    """The branches of :func:`_trigger`: a text holds a match of the trigger where it holds one of theirs."""
    return (_pattern(), _CHINESE_ORDER, _CUC_LAST)


@functools.cache
def _scan() -> re.Pattern[str]:
    """What every match of :func:`_trigger` holds, as one trie that starts with literals: a calque, or a body's head
    word (the alternation of the trigger's two patterns would be tried at every position)."""
    words = {*org_calques(), *company_calques(), *_HEADS}
    return stored_regex.compile(trie_pattern(words, guard=r"(?<![\w-].)") + r"(?![\w-])")


@register
class OrganisationCalque(PrefilteredRule):
    code = "C107"
    name = "organisation-name-calque"
    category = "terminology/wrong-term"
    severity = Severity.MAJOR
    summary = (
        "An organisation or a company in the Hán-Việt or pinyin of its Chinese name ('Đông Minh' → 'ASEAN', "
        "'Phong Điền' → 'Toyota')"
    )
    why = (
        "Chinese media name organisations by short forms: 东盟 ASEAN, 欧盟 EU, 北约 NATO, 金砖 BRICS. MT through "
        "Chinese reads them in Hán-Việt ('Đông Minh', 'Âu Minh', 'Bắc Ước', 'Kim Chuyên') or leaves the pinyin "
        "('Dongmeng'); a Vietnamese reader cannot tell which organisation is meant. The short readings are also "
        "Vietnamese names (xã Đông Minh, a man called Phi Minh), so they count only after a word of "
        "organisations ('khối', 'các nước', 'Hội nghị', 'thành viên', for universities 'Đại học' …) or joined to a "
        "country or a number "
        "('Âu Minh - Việt Nam', 'Việt Nam và Âu Minh', 'Đông Minh+3'). The table is references/organisations.tsv. "
        "Foreign companies and brands fare the same: 丰田 Toyota is read 'Phong Điền' or left as 'Fengtian', 西门子 "
        "Siemens 'Tây Môn Tử', 微软 Microsoft 'Vi Nhuyễn', 波音 Boeing 'Ba Âm' (references/companies.tsv, the calques "
        "generated into companies.calques.tsv). A Hán-Việt reading is often a Vietnamese word or place too (huyện "
        "Phong Điền; 'đại chúng', the public), so it counts only after a word of companies ('tập đoàn', 'hãng', "
        "'công ty', 'thương hiệu', and for football clubs 'câu lạc bộ', 'CLB', 'đội bóng': 曼联 'Mạn Liên' "
        "Manchester United … with at most a few lowercase words or a country between), after one of the maker's "
        "products and 'của' ('máy bay thân hẹp của Không Khách': 空客 Airbus), joined by 'và'/',' "
        "to another company, or once the document has named that company so with such evidence, or by its own name "
        "('Amkor Technology …', then 'An Kháo cho biết …' 安靠), unless the reading ends in a syllable of Vietnamese "
        "given names, as places and people do ('Phong Điền', 'Mỹ Quang'), or follows a place or person word; a "
        "reading of four syllables or more also counts with one inner syllable lowercase ('Nam phương Cộng đồng Thị "
        "trường', Mercosur); a pinyin form "
        "counts alone unless it is an English or Vietnamese word, or an organisation's pinyin follows a pinyin surname "
        "(a person: 'Li Shihang'), or a Hán-Việt form a Vietnamese surname or an honorific ('ông Nguyễn Thế Vệ', "
        "'cụ Ngưu Tân'); a longer Hán-Việt form counts alone, unless it opens with a Vietnamese surname or an "
        "honorific before given-name syllables ('Anh Vĩ Đạt' 英伟达 is also 'anh' before a man called Vĩ Đạt; not "
        "'Anh Đặc Nhĩ'). A Hán-Việt reading before a "
        "capitalised word "
        "is part of a longer name ('Phong Điền Hòa'), unless that word starts a country's name ('hãng dược Huy Thụy "
        "Mỹ'), or the United Nations, the body's parent ('An lý hội Liên hợp quốc': 安理会, the Security Council), "
        "or the source writes that word after the company's "
        "Chinese name ('三星SDI' → 'Tam Tinh SDI'); after a capitalised word, when the source writes that word right "
        "before the Chinese name ('SK海力士' → 'SK Hải Lực Sĩ', 'SK Hailishi'). A Vietnamese body whose Chinese "
        "name MT translates word for word into a name it does not bear is one too: 越南足协 (越南足球协会) "
        "'Hiệp hội Bóng đá Việt Nam' for the Liên đoàn Bóng đá Việt Nam (VFF). A body of a country in the Chinese "
        "order, its head word last ('Việt Nam "
        "Hàng hải Cục' 越南海事局; 'Ba Lan Đầu tư Xúc tiến Cục' after a country further off, by a name no Vietnamese "
        "person or place bears), is one with the head put first as the fix; the table's own names win there "
        "('Việt Nam Tri thức Tài sản Cục' 越南知识产权局: 'Cục Sở hữu trí tuệ Việt Nam'). Without a country, the "
        "field right before 'Cục' (which heads a Vietnamese body's name and never ends one) is a department in "
        "Chinese order too ('Giao thông Cảnh sát Cục' 交通警察局) when it is the page's own 'Cục …' reversed, or holds "
        "two capitalised words besides a sentence's first and no unit or post ('Đại diện Cục', 'Chánh Văn phòng Cục' "
        "speak of a department the page named): the fix reverses the field's two-syllable words ('Cục Cảnh sát giao "
        "thông'), none when they do not pair up; not 'Bưu Cục', 'Phó Cục trưởng' or 'Cục' opening the next name."
    )
    fires = (
        "Hội nghị Bộ trưởng Ngoại giao các nước [[Đông Minh]] khai mạc tại Kuala Lumpur.",
        "Việt Nam và [[Âu Minh]] thúc đẩy thực thi hiệp định thương mại tự do.",
        "Các thành viên của [[Beiyue]] cam kết tăng chi tiêu quốc phòng.",
        "Nghị quyết được [[An lý hội]] Liên hợp quốc thông qua với 13 phiếu thuận.",
        "Diễn đàn [[Á Thái Kinh Hợp]] năm nay được tổ chức tại Hàn Quốc.",
        "Hãng hàng không Qatar đặt mua thêm 30 máy bay của tập đoàn [[Ba Âm]].",
        "Doanh số của hãng xe Nhật Bản [[Bản Điền]] tại Thái Lan tăng 12%.",
        "Cổ phiếu của hãng chip [[Anh Nghiệp Đạt]] tăng 4% sau báo cáo quý III.",
        "[[Weiruan]] công bố đầu tư 5 tỷ USD vào trung tâm dữ liệu ở Malaysia.",
        "Công ty dược phẩm [[Huy Thụy]] Mỹ xin cấp phép lưu hành vắc xin phế cầu mới.",
        "Tiền vệ này vừa gia nhập câu lạc bộ [[Hoàng Mã]] với giá 60 triệu euro.",
        "Theo báo cáo của [[Shihang]], kinh tế Indonesia tăng trưởng 5% trong năm nay.",
        "Văn phòng [[Thế Vệ]] tại Việt Nam hỗ trợ; anh tốt nghiệp Đại học [[Kiếm Kiều]] rồi sang Đại học [[Hafo]].",
        "丰田Motor公司公布了新车型。 => [[Phong Điền]] Motor công bố mẫu xe mới.",
        "Chủ tịch [[Hiệp hội Bóng đá Việt Nam]] dự lễ bốc thăm vòng loại Asian Cup.",
        "Theo số liệu của [[Việt Nam Hàng hải Cục]], lượng hàng qua cảng biển tăng 12%.",
        "Theo [[Dân dụng Hàng không Cục]], hãng bay mới đã được cấp phép.",
    )
    quiet = (
        "Ông Nguyễn Đông Minh, Chủ tịch UBND xã Đông Minh, kiểm tra công trình thủy lợi.",
        "Chị Nguyễn Thị Kiếm Kiều và anh La Lan cùng quê; Đại học Oxford và Đại học Harvard ký kết.",
        "Phe Đồng Minh đổ bộ lên Normandy năm 1944; Mỹ là đồng minh của Nhật Bản.",
        "Hội nghị Cấp cao ASEAN và Liên minh châu Âu (EU) bàn về thương mại; anh Phi Minh đoạt giải nhất.",
        "Nông dân huyện Phong Điền thu hoạch lúa; công ty đại chúng phải công bố thông tin.",
        "Công ty TNHH Phong Điền khởi công nhà máy tại huyện Phong Điền; ông Tam Tinh là giám đốc.",
        "丰田公司的经理表示。 => Ông Phong Điền Hòa, giám đốc của Toyota, cho biết.",
        "Công ty Huy Thụy Long An mở thêm cửa hàng vật liệu xây dựng ở Tân An.",
        "Liên đoàn Bóng đá Việt Nam (VFF) và Hiệp hội Bóng đá Anh (FA) ký thỏa thuận hợp tác đào tạo.",
        "Kỹ sư Li Shihang và bà Wang Beiyue trình bày báo cáo.",
        "Bác sĩ Trần Thế Vệ, Phó Giám đốc bệnh viện tỉnh, cho biết bệnh nhân đã qua cơn nguy kịch.",
        "Anh Nghiệp Đạt, thợ điện ở Bắc Ninh, kể lại vụ cháy; người dân gọi: “Anh Vĩ Đạt ơi, ra giúp một tay!”",
        "Việt Nam Airlines và Cục Hàng không Việt Nam họp; đại diện Việt Nam Thống kê Cục trưởng phát biểu.",
        "Theo Cục Cảnh sát giao thông, số vụ giảm; Phó Cục trưởng Lê Văn Nam và Sài Gòn Bưu Cục cũng cho biết.",
    )

    def trigger_pattern(self) -> re.Pattern[str]:
        return _trigger()

    def trigger_parts(self) -> tuple[re.Pattern[str], ...]:
        """The trigger's three branches, each with its own skip (a capital, a capital, ' Cục'): a candidate with a
        body's head word ('Ủy ban', 'Tập đoàn') is asked in a quarter of the time the alternation takes."""
        return _trigger_parts()

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        return segments_matching(ctx, _scan())

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        table = org_calques()
        companies: list[re.Match[str]] = []
        tabled: list[tuple[int, int]] = []  # the table's calques reported: the Chinese order's search skips them
        for m in _pattern().finditer(text):
            c = table.get(m.group())
            if c is None:
                companies.append(m)
                continue
            in_source = bool(seg.source) and c.zh in (seg.source or "")  # the source says 欧盟: no doubt left
            if c.gate and not in_source and not self._org_context(text, m.start(), m.end(), c.standard):
                continue
            if c.kind == "pinyin" and not in_source and _after_surname(text, m.start()):
                continue  # a person's given name after a pinyin surname ('Li Shihang')
            if (
                c.kind == "hanviet"
                and not in_source
                and _after_vietnamese_name(text, m.start(), c.calque.endswith(_SCHOOL_ENDS))
            ):
                continue  # a person's given name after a Vietnamese surname or an honorific ('ông Nguyễn Thế Vệ')
            after = text[m.end() :]
            if (
                c.kind == "hanviet"
                and c.calque.count(" ") < 2  # a reading of three syllables or more begins no longer name: a
                # capitalised word after it is the next name ('Nhân dân Pháp viện TP Cần Thơ', the court's city)
                and after[:1].isspace()
                and after.lstrip()[:1].isupper()
                and not _UN_AFTER.match(after)
            ):
                continue  # part of a longer name ('Đông Minh Châu'), not the body's parent ('An lý hội Liên hợp quốc')
            how = {"hanviet": "the Hán-Việt", "pinyin": "the pinyin", "meaning": "a word-for-word translation"}[c.kind]
            tabled.append((m.start(), m.end()))
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{c.calque}' is {how} of Chinese {c.zh}; Vietnamese news writes '{c.standard}'",
                suggestion=c.standard,
                confidence=0.85 if c.gate else 0.95,
            )
        if companies:
            yield from self._company_hits(seg, companies, ctx)
        for m in _CHINESE_ORDER.finditer(text):
            if not _chinese_order(text, m) or any(a < m.end() and m.start() < b for a, b in tabled):
                continue  # (a body the table names, with its own name as the fix: 'Việt Nam Tri thức Tài sản Cục')
            fix = f"{m['head']} {m['mid']} {m['country']}"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{m.group()}' puts the body's head word '{m['head']}' last, in Chinese word order; Vietnamese "
                f"writes it first ('{fix}'; check the body's own name)",
                suggestion=fix,
                confidence=0.6,
            )
            tabled.append((m.start(), m.end()))
        if " Cục" in text:
            for start, end, fix in _head_last_bodies(text, ctx.memo("content-text", content_text)):
                if any(a < end and start < b for a, b in tabled):
                    continue
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"'{text[start:end]}' puts the body's head word 'Cục' last, in Chinese word order; Vietnamese "
                    f"writes it first ('{fix or 'Cục …'}'; check the body's own name)",
                    suggestion=fix,
                    confidence=0.6,
                )

    def _company_hits(self, seg: Segment, found: list[re.Match[str]], ctx: DocContext) -> Iterator[Hit]:
        """The company calques of the segment that count (audit/rules/companies.py): by the segment's own
        evidence, else because the document names the same company that way with evidence elsewhere; a Hán-Việt
        one with its head word after it, in Chinese order ('Khải Đức Tập đoàn' 凯德集团), is reported with the head."""
        text, source = seg.text, seg.source or ""
        headed = {m.start(): (m, *h) for m in found if (h := _head_after(text, m)) is not None}
        if headed:
            found = [m for m in found if m.start() not in headed]
            yield from self._headed_hits(seg, headed)
            if not found:
                return
        ok = accepted(text, source, found)
        if len(ok) < len(found):
            known = known_in_document(ctx, _pattern())
            own = own_named_in_document(ctx)
            if known or own:
                ok = accepted(text, source, found, known, own)
        table = company_calques()
        for m in ok:
            c = table[m.group()]
            how = "Hán-Việt" if c.kind == "hanviet" else "pinyin"
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{c.calque}' is the {how} of Chinese {c.zh}, the company {c.standard}; Vietnamese news writes "
                f"'{c.standard}'",
                suggestion=c.standard,
                confidence=0.85 if c.gate else 0.95,
            )

    def _headed_hits(self, seg: Segment, headed: dict[int, tuple[re.Match[str], int, str]]) -> Iterator[Hit]:
        """A company's Hán-Việt reading, then its head word: the span takes both, the fix puts the head first."""
        table = company_calques()
        for start, (m, end, head) in sorted(headed.items()):
            c = table[m.group()]
            yield self.hit(
                seg,
                start,
                end,
                f"'{seg.text[start:end]}' is the Hán-Việt of Chinese {c.zh} with the head word after it, in Chinese "
                f"word order; Vietnamese news writes '{head} {c.standard}'",
                suggestion=f"{head} {c.standard}",
                confidence=0.9,
            )

    @staticmethod
    def _org_context(text: str, start: int, end: int, standard: str = "") -> bool:
        """A word of organisations right before, a number or another party joined right after, the body's own
        acronym in brackets right after ('Âu Minh (EUDR)'), or a country joined to it by 'và'/'với'."""
        if _acronym_after(text, end, standard):
            return True
        joined = _ORG_AFTER.match(text, end)
        if _ORG_BEFORE.search(text, max(0, start - 24), start) or (
            joined and (joined.group(1).isdigit() or joined.group(1).isupper())
        ):
            return True
        if _rules_of(text, start, end):
            return True
        before = _JOINED.search(text, max(0, start - 8), start)
        if before and any(m.end == before.start() for m in find_mentions(text[: before.start()]) if m.iso):
            return True
        after = _JOINED.match(text, end)
        return bool(after and any(m.start == 0 and m.iso for m in find_mentions(text[after.end() :])))
