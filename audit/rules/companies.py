"""Companies for C107: a multinational company or brand named by the Hán-Việt reading or the pinyin of its
Chinese name (丰田 'Phong Điền' / 'Fengtian' for Toyota, 西门子 'Tây Môn Tử' for Siemens). The table is
references/companies.calques.tsv, generated from companies.tsv by scripts/build_companies.py.

Many readings are also Vietnamese words or places ('Phong Điền' is a district, 'đại chúng' means 'the
public'), so a gated form counts only after a word of companies ('tập đoàn', 'hãng', 'công ty' …, with at most
a few lowercase words or a country between: 'tập đoàn ô tô Phong Điền', 'hãng xe Đức Đại Chúng'), beside
another company ('Tây Môn Tử và Đại Chúng', 'Toyota và Bản Điền') or when the source holds the Chinese name;
a Hán-Việt one also where the document writes the same company by its own name ('Amkor Technology …', then 'An Kháo
cho biết …'), unless it ends in a syllable of Vietnamese given names (places and people share them: 'Phong Điền',
'Mỹ Quang') or a place word or a person's word stands right before it ('tại …', 'ông An Kháo').
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from audit.lang.countries import find_mentions
from audit.lang.hanviet import syllable_key
from audit.lang.people import surname_keys, vi_names
from audit.lang.resources import ResourceError, read_tsv
from audit.rules._prefilter import content_text, segments_matching
from audit.rules.base import DocContext

# a word of companies (lowercase or capitalised at a sentence start; matched case-insensitively)
_CUE = re.compile(
    r"(?<!\w)(?i:tập đoàn|hãng|công ty|nhà sản xuất|nhà chế tạo|thương hiệu|ông chủ|bà chủ|doanh nghiệp|"
    r"nhà bán lẻ|chuỗi|nhà cung cấp|nhà mạng|cổ phiếu|người sáng lập|nhà sáng lập|CEO|câu lạc bộ|CLB|đội bóng|"
    r"ngân hàng)(?!\w)"
)
# cues that also stand before a person's name ('ông chủ Cao Thông'): a reading that opens with a Vietnamese
# surname does not count after them
_PERSON_CUES = frozenset({"ông chủ", "bà chủ", "người sáng lập", "nhà sáng lập", "ceo"})
_CUE_REACH = 70  # characters before a calque searched for a cue
_MAX_BETWEEN = 4  # lowercase words allowed between the cue and the calque ('tập đoàn ô tô lớn như')
# words that make what follows a place, not a company ('công ty ở huyện Phong Điền'); 'thị trấn' and 'thị xã' by
# their second word: 'thị' alone is also the market of 'siêu thị' ('chuỗi siêu thị Vĩnh Vượng' is a company)
_PLACE_WORDS = frozenset(
    "huyện xã tỉnh trấn thành phố quận phường tại ở vùng khu làng thôn ấp sông núi đường miền đến tới từ về "
    "qua đồng bằng".split()
)
_LOWER_WORD = re.compile(r"[^\W\d_]+")
# a maker's product, a few lowercase words, then 'của' right before the reading: 'máy bay thân hẹp của Không Khách'
# (空客 Airbus), 'mẫu điện thoại gập của Tam Tinh' (三星 Samsung); not what a person owns ('chiếc ô tô cũ của …')
_PRODUCT_OF = re.compile(
    r"(?<!\w)(?i:máy bay|tàu bay|trực thăng|động cơ|tua-bin|chip|vắc-xin|(?:dòng|mẫu) (?:xe|điện thoại|máy tính))"
    r"((?:\s+[^\W\d_]+){0,4})\s+của\s+$"
)
# what joins two companies in a list: 'Tây Môn Tử và Đại Chúng', 'Toyota, Bản Điền'
_JOIN = r"\s*(?:,|và|với|hay|hoặc|cùng|lẫn)\s*"
_JOIN_AFTER = re.compile(_JOIN)
_JOIN_BEFORE = re.compile(_JOIN + r"$")
_PREV_WORD = re.compile(r"(\w+) $")
_NEXT_WORD = re.compile(r" (\w+)")
_SENTENCE_OPENERS = ".!?:;\"'“‘(«–—-"


@dataclass(frozen=True, slots=True)
class Calque:
    """One row of a calque table (references/organisations.tsv, references/companies.calques.tsv)."""

    calque: str
    standard: str
    zh: str
    kind: str  # hanviet | pinyin
    gate: bool


def read_calques(name: str) -> dict[str, Calque]:
    """The rows of a calque table in references/ by calque, their kind and gate checked; a Hán-Việt calque of three
    syllables or more also by its other capitalisations (:func:`case_forms`)."""
    out: dict[str, Calque] = {}
    for r in read_tsv(name):
        if r["kind"] not in ("hanviet", "pinyin", "meaning") or r["gate"] not in ("yes", "no"):
            raise ResourceError(f"{name}: {r['calque']!r}: kind must be hanviet|pinyin|meaning, gate yes|no")
        c = r["calque"]
        out[c] = Calque(c, r["standard"], r["zh"], r["kind"], r["gate"] == "yes")
    for c in [c for c in out.values() if c.kind == "hanviet"]:
        for form in case_forms(c.calque):
            out.setdefault(form, c)
    return out


def case_forms(calque: str) -> tuple[str, ...]:
    """How MT capitalises a long Hán-Việt reading besides the table's form: every syllable capitalised, or the first
    three or more and the rest lowercase ('Mỹ Liên Trữ' for the row 'Mỹ Liên trữ', 'Tam Lăng Trọng công' for 'Tam
    Lăng Trọng Công', misses27). Not fewer: one or two capitalised words before lowercase ones are often a name or a
    sentence's first word before Vietnamese words ('Thế giới ngân hàng số', the world of banking; 'Tại Hàn Quốc ngân
    hàng …'), and readings of one or two syllables keep their own case ('Đông Minh', 'đồng minh'). A reading of four
    syllables or more also with one inner syllable lowercase between capitalised ones ('Nam phương Cộng đồng Thị
    trường' for 'Nam Phương …'): no name nor sentence opening reads so. Not one beside a lowercase syllable: 'Thế giới
    ngân hàng' (the row 'Thế giới Ngân hàng') is the world of banking."""
    words = calque.split()
    if len(words) < 3:
        return ()
    title = [w[:1].upper() + w[1:] for w in words]
    forms = [" ".join(title)]
    forms += [" ".join([*title[:k], *(w.lower() for w in words[k:])]) for k in range(3, len(words))]
    if len(words) >= 4:  # one inner syllable lowercase, as a common word ('Nam phương Cộng đồng …'; misses38)
        forms += [
            " ".join([*words[:k], words[k].lower(), *words[k + 1 :]])
            for k in range(1, len(words) - 1)
            if words[k - 1][:1].isupper() and words[k + 1][:1].isupper()  # between capitals, as the row has them
        ]
    return tuple(f for f in dict.fromkeys(forms) if f != calque)


@functools.cache
def company_calques() -> dict[str, Calque]:
    """The rows of references/companies.calques.tsv by calque."""
    return read_calques("companies.calques.tsv")


@functools.cache
def _standards() -> re.Pattern[str]:
    """The companies' own names (Toyota, Mercedes-Benz …), case as written."""
    names = sorted({c.standard for c in company_calques().values()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def after_cue(text: str, start: int, calque: str) -> bool:
    """A word of companies before ``start`` with at most a few lowercase words or a country between, and no
    place word ('tập đoàn ô tô Phong Điền', 'hãng xe Đức Đại Chúng'; not 'công ty ở huyện Phong Điền'), or a maker's
    product and 'của' right before it ('máy bay thân hẹp của Không Khách'), unless the reading opens with a surname."""
    surname = syllable_key(calque.split()[0].lower()) in surname_keys()
    product = _PRODUCT_OF.search(text, max(0, start - _CUE_REACH), start)
    if product and not surname and all(t.islower() and t not in _PLACE_WORDS for t in product.group(1).split()):
        return True
    for cue in reversed(list(_CUE.finditer(text, max(0, start - _CUE_REACH), start))):
        if surname and cue.group().lower() in _PERSON_CUES:
            continue
        between = text[cue.end() : start]
        for m in sorted(find_mentions(between), key=lambda m: -m.start):
            if m.iso:
                between = between[: m.start] + " " + between[m.end :]
        tokens = between.split()
        if len(tokens) <= _MAX_BETWEEN and all(
            _LOWER_WORD.fullmatch(t) and t.islower() and t not in _PLACE_WORDS for t in tokens
        ):
            return True
    return False


def beside_company(text: str, start: int, end: int, accepted: Sequence[tuple[int, int]]) -> bool:
    """Joined by 'và'/','/'với' … to another company: its own name or an accepted calque."""
    after = _JOIN_AFTER.match(text, end)
    if after:
        if any(s == after.end() for s, _ in accepted) or _standards().match(text, after.end()):
            return True
    before = _JOIN_BEFORE.search(text, max(0, start - 12), start)
    if before:
        if any(e == before.start() for _, e in accepted):
            return True
        return any(m.end() == before.start() for m in _standards().finditer(text, max(0, before.start() - 30)))
    return False


def _capitalised_before(text: str, start: int) -> bool:
    """The word right before ``start`` is capitalised, opens no sentence and is no word of companies."""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    if not prev or not prev[1][:1].isupper() or _CUE.fullmatch(prev[1]):
        return False
    rest = text[: prev.start()].rstrip()
    return bool(rest) and rest[-1] not in _SENTENCE_OPENERS


def name_part(text: str, start: int, end: int) -> bool:
    """A pinyin form beside another capitalised word is part of a person's name ('Li Qiangsheng')."""
    if _capitalised_before(text, start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and nxt[1][:1].isupper())


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """A Hán-Việt form with a capitalised word right after it or right before it (other than a country's
    name: 'hãng xe Đức Đại Chúng', 'hãng dược Vũ Điền Nhật Bản') is part of a longer name ('Phong Điền Hòa',
    'Mạc Tư Khoa')."""
    if text[end : end + 1].isspace() and text[end:].lstrip()[:1].isupper():
        tail = text[end:].lstrip()
        return not any(m.iso and m.start == 0 for m in find_mentions(tail[:40]))
    if not _capitalised_before(text, start):
        return False
    head = text[max(0, start - 40) : start].rstrip()
    return not any(m.iso and m.end == len(head) for m in find_mentions(head))


def after_place_word(text: str, start: int) -> bool:
    """The word right before ``start`` makes a place of what follows ('huyện Phong Điền', 'tại Phong Điền')."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _PLACE_WORDS


def accepted(
    text: str, source: str, found: Sequence[re.Match[str]], known: Collection[str] = (), own: Collection[str] = ()
) -> list[re.Match[str]]:
    """The matches of company calques in ``text`` that count, in order: ungated ones, those after a word of
    companies, with their Chinese name in ``source`` or of a company in ``known`` (named so with evidence
    elsewhere in the document; not after a place word), Hán-Việt ones of a company in ``own`` (the document writes
    its own name; not after a place word nor a person's word); then, until none is added, those joined to one that
    counts or to a company's own name. A pinyin form inside a person's name and a Hán-Việt one followed by a
    capitalised word beside it (part of a longer name: 'Phong Điền Hòa', 'Mạc Tư Khoa') never count."""
    table = company_calques()
    ok: dict[int, re.Match[str]] = {}
    for m in found:
        c = table[m.group()]
        if c.kind == "pinyin" and name_part(text, m.start(), m.end()) and not _source_prefix(text, m, c, source):
            continue
        longer = inside_longer_name(text, m.start(), m.end())
        if (
            c.kind == "hanviet"
            and longer
            and not (_source_suffix(text, m, c, source) or _source_prefix(text, m, c, source))
        ):
            continue
        if (
            not c.gate
            or (source and c.zh in source)
            or after_cue(text, m.start(), c.calque)
            or (c.standard in known and not after_place_word(text, m.start()))
            or (c.kind == "hanviet" and c.standard in own and _reads_as_company(c.calque, text, m.start()))
        ):
            ok[m.start()] = m
    for a, b in itertools.pairwise(found):  # two companies' Chinese names side by side ('Hoa Vi và Bỉ Á Địch')
        if a.start() in ok or b.start() in ok or after_place_word(text, a.start()):
            continue
        join = _JOIN_AFTER.match(text, a.end())
        if join and join.end() == b.start() and not any(_longer_or_person(text, m) for m in (a, b)):
            ok[a.start()], ok[b.start()] = a, b
    grew = True
    while grew:
        spans = [(m.start(), m.end()) for m in ok.values()]
        new = [m for m in found if m.start() not in ok and beside_company(text, m.start(), m.end(), spans)]
        ok.update((m.start(), m) for m in new)
        grew = bool(new)
    return [ok[s] for s in sorted(ok)]


# a word that makes a person of the name after it ('ông An Kháo', 'chị Mỹ Quang')
_PERSON_WORDS = frozenset("ông bà anh chị em cô chú bác cụ cháu con thầy giáo sư bạn".split())


def _reads_as_company(calque: str, text: str, start: int) -> bool:
    """A Hán-Việt reading that is neither a Vietnamese place nor a person: its last syllable is no syllable of
    Vietnamese given names (places are named with the same syllables: 'Phong Điền', 'Mỹ Quang'), and neither a place
    word nor a person's word stands right before it."""
    if syllable_key(calque.rsplit(" ", 1)[-1]) in vi_names()["given"]:
        return False
    before = text[max(0, start - 20) : start].split()
    return not before or before[-1].lower() not in _PLACE_WORDS | _PERSON_WORDS


def own_named_in_document(ctx: DocContext) -> frozenset[str]:
    """The companies of companies.calques.tsv whose own name the document's article text writes as a whole word
    ('Amkor', 'Toyota'; memoised; asked only when a segment has a calque without evidence)."""

    def build(doc: object) -> frozenset[str]:
        text = ctx.memo("content-text", content_text)
        names = {c.standard for c in company_calques().values()}
        return frozenset(n for n in names if n in text and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))

    return ctx.memo("c107-companies-own-named", build)


def _longer_or_person(text: str, m: re.Match[str]) -> bool:
    """A calque that is part of a longer name: a person's (pinyin) or a place's or a person's (Hán-Việt)."""
    if company_calques()[m.group()].kind == "pinyin":
        return name_part(text, m.start(), m.end())
    return inside_longer_name(text, m.start(), m.end())


def _source_suffix(text: str, m: re.Match[str], c: Calque, source: str) -> bool:
    """The capitalised word after the calque is the Latin part the source writes after the company's Chinese name
    ('三星SDI' → 'Tam Tinh SDI'): the company's own longer name, not a person's ('Phong Điền Hòa')."""
    nxt = _NEXT_WORD.match(text, m.end())
    if not (source and nxt and c.zh in source):
        return False
    return re.search(re.escape(c.zh) + r"\s?" + re.escape(nxt[1]), source) is not None


def _source_prefix(text: str, m: re.Match[str], c: Calque, source: str) -> bool:
    """The capitalised word before the calque is the Latin part the source writes right before the company's Chinese
    name ('SK海力士' → 'SK Hải Lực Sĩ'): the company's own longer name, not a person's or a place's (leftovers61)."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
    if not (source and prev and c.zh in source):
        return False
    return re.search(re.escape(prev[1]) + r"\s?" + re.escape(c.zh), source) is not None


def known_in_document(ctx: DocContext, pattern: re.Pattern[str]) -> frozenset[str]:
    """The companies (own names) a calque names with evidence in its own segment somewhere in the document:
    'Tập đoàn Phong Điền …' lets a later bare 'Phong Điền' count (memoised; asked only when a segment has a
    calque without evidence)."""

    def build(_doc: object) -> frozenset[str]:
        table = company_calques()
        out: set[str] = set()
        for seg in segments_matching(ctx, pattern):
            found = [m for m in pattern.finditer(seg.text) if m.group() in table]
            out.update(table[m.group()].standard for m in accepted(seg.text, seg.source or "", found))
        return frozenset(out)

    return ctx.memo("c107-companies-named", build)
