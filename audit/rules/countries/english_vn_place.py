"""Vietnamese places left as an English source writes them ('Hanoi', 'Ho Chi Minh City', 'Mekong Delta') or
without their marks ('Can Tho', 'Da Nang') in a Vietnamese sentence: part of C105."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.lang.countries import next_word, prev_word, trie_pattern
from audit.lang.hanviet import unmarked
from audit.lang.person_roles import role_before
from audit.lang.resources import read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.lang.tokens import words
from audit.lang.vn_places import vn_place_rows
from audit.rules.countries.context import _is_foreign, _is_vi_context

_MARKED_WORDS = 3  # a sentence written with marks: at least this many words with a letter outside ASCII
# a person's name after these ('ông Quang Nam', 'chị Hoa Binh'): not the place
_PERSON_BEFORE = frozenset("ông bà anh chị em cô chú bác cháu cụ".split())
_OPENERS = frozenset("'‘\"“«(/@#.")
# the head of an institution's or a company's name: a name without marks after it may be another place's Hán-Việt
# ('Đại học Thanh Hoa' is Tsinghua University, 清华), not a Vietnamese province without its marks
# a person's occupation or standing right before: an unmarked name after it is a given name ('ca sĩ Thanh Hoa',
# 'học viên Quang Nam'), not the province without its marks
_ROLE_BEFORE = re.compile(
    r"(?<!\w)(?i:ca sĩ|nhạc sĩ|diễn viên|đạo diễn|họa sĩ|hoạ sĩ|nghệ nhân|NSND|NSƯT|giáo viên|cô giáo|thầy giáo|"
    r"thầy|học sinh|sinh viên|học viên|thí sinh|vận động viên|VĐV|cầu thủ|võ sĩ|xạ thủ|kỳ thủ|bệnh nhân|"
    r"nạn nhân|bé|cậu bé|cô bé|người mẫu|hoa hậu|á hậu)\s+$"
)
_INSTITUTION_BEFORE = re.compile(
    r"(?:^|[^\w])(?:Đại học|Học viện|Trường|Viện|Bệnh viện|Bảo tàng|Chùa|Đền|Công ty|Tập đoàn|Ngân hàng)\s+$"
)

# a Vietnamese administrative unit's word right before: inside brackets the name is still the sentence's Vietnamese
# ('đèo Khánh Lê (tỉnh Khanh Hoa)'), not a gloss in English ('(Hanoi)') (misses31)
_UNIT_BEFORE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+$")


@functools.cache
def english_vn_places() -> dict[str, str]:
    """English or unmarked form → the Vietnamese name: references/vn_places.en.tsv, and the provinces and cities
    of vn_places.tsv of two syllables or more written without their marks (not a name that has none: 'Kon Tum')."""
    forms = {r["en"]: r["vi"] for r in read_tsv("vn_places.en.tsv")}
    for row in vn_place_rows():
        name = row["name"]
        bare = unmarked(name)
        if " " in name and bare != name:
            forms.setdefault(bare, name)
    return forms


@functools.cache
def place_pattern() -> re.Pattern[str]:
    """The forms as whole words, longest first; starting with literal capitals (re skips ahead to them)."""
    return re.compile(r"(?:" + trie_pattern(english_vn_places(), guard=r"(?<![\w-].)") + r")(?![\w-])")


@functools.cache
def _forms_by_first_word() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """First lowercase word → the forms it opens, each with all its words ('can' → ('Can Tho', {'can', 'tho'})), as
    :func:`audit.lang.tokens.words` splits them."""
    out: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for form in english_vn_places():
        split = words(form)
        out[split[0]] = (*out.get(split[0], ()), (form, frozenset(split)))
    return out


def may_hold_place(word_set: set[str], text: str) -> bool:
    """Whether ``text``, whose lowercase words are ``word_set``, may hold a match of :func:`place_pattern`: a form
    is in it as written, and, tested first, all the form's words are among its words (a match stands between
    characters that are no word's, its words between spaces; the words of some forms, 'hai' and 'phong', are
    Vietnamese ones). Most articles hold none: their scan for the forms is spared."""
    by_first = _forms_by_first_word()
    return any(ws <= word_set and form in text for first in by_first.keys() & word_set for form, ws in by_first[first])


@dataclass(frozen=True, slots=True)
class PlaceHit:
    start: int
    end: int
    vi: str


def _marked_sentence(text: str) -> bool:
    return sum(1 for w in text.split() if not w.isascii()) >= _MARKED_WORDS


def english_places_in(text: str) -> Iterator[PlaceHit]:
    """Each English or unmarked Vietnamese place of a Vietnamese sentence written with marks, but inside quotes,
    brackets, a link or a longer name ('Hanoi FC', 'Nguyen Quang Nam'), after an English word (an English phrase:
    L101's) or a person's honorific, and a form glossed by its Vietnamese name right after it."""
    if not _marked_sentence(text):
        return
    for m in place_pattern().finditer(text):
        start, end = m.span()
        vi = english_vn_places()[m.group()]
        before = text[:start]
        if unmarked(vi) == m.group() and _INSTITUTION_BEFORE.search(before[-24:]):
            continue
        if unmarked(vi) == m.group() and (_ROLE_BEFORE.search(before[-24:]) or role_before(text, start)):
            continue  # a person's given name: 'ca sĩ Thanh Hoa', 'nghệ sĩ Quang Ninh'
        if start and text[start - 1] in _OPENERS:
            continue
        bracketed = before.count("(") > before.count(")")
        if bracketed and _UNIT_BEFORE.search(before[-16:]):
            bracketed = False  # a Vietnamese unit word opens the name inside: '(tỉnh Khanh Hoa)' (misses31)
        if bracketed or before.count('"') % 2 or before.count("“") > before.count("”"):
            continue
        prev, nxt = prev_word(text, start), next_word(text, end)
        bare_prev = prev.strip(",;:")
        if bare_prev.lower() in _PERSON_BEFORE:
            continue
        opens = not text[: text.rfind(prev, 0, start)].strip()  # the word before opens the sentence ('Sang Hanoi')
        syllable = bare_prev[:1].isupper() and is_valid_syllable(bare_prev)
        if prev == bare_prev and not opens and syllable:
            continue  # the end of a longer name: 'Vũ Quang Nam', 'Nguyen Quang Nam'
        if prev == bare_prev and _is_foreign(prev) and not _is_vi_context(prev):
            continue  # inside an English phrase ('in Hanoi'): the phrase is L101's
        bare_next = nxt.rstrip(".,;:!?)")
        if bare_next[:1].isupper() and bare_next.isascii():
            continue  # the head of an English or unmarked name: 'Hanoi FC', 'Da Nang Airport', 'Tay Ninh Farm.'
        if text[end:].lstrip().startswith("(" + vi):
            continue  # 'Hanoi (Hà Nội)': the reader is given both
        yield PlaceHit(start, end, vi)
