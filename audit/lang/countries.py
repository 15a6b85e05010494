"""Country gazetteer, a fast country-mention matcher and the document's topic countries.

The gazetteer is ``references/countries.tsv`` (CLDR names + curated variants, English
adjectives and the one-character Chinese abbreviations with their readings) and
``references/places.tsv`` (place-name calques). Everything is loaded once per process.

:func:`find_mentions` finds every country name, variant, form and English name in a text
with one compiled trie regex (longest match, word boundaries, case-sensitive); place
calques are in the same regex so that "Biển Đông Trung Quốc" is one place, not a mention
of China. :func:`document_topic` (use it through ``DocContext.memo``) says which countries
an article is about.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import marshal
import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from audit.lang import stored_regex
from audit.lang.lines import line_starts, lines_matching, matches_by_line
from audit.lang.resources import read_lines, read_tsv
from audit.lang.syllable import syllable_set
from audit.model import Document

HOME = "VN"  # the country of the Vietnamese press: the default first party of a bilateral article
VI_DIACRITIC = re.compile(r"[à-ỹđÀ-ỸĐ]")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@dataclass(frozen=True, slots=True)
class Country:
    """One row of ``countries.tsv``."""

    iso: str
    vi: str
    vi_variants: tuple[str, ...]
    vi_forms: tuple[str, ...]
    en: str
    en_variants: tuple[str, ...]
    en_adjectives: tuple[str, ...]
    zh: str
    abbr: str
    pinyin: str
    jyutping: str
    romanisations: tuple[str, ...]
    literal_vi: tuple[str, ...]
    literal_en: tuple[str, ...]
    hanviet: str
    hanviet_ok: bool
    hanviet_more: tuple[str, ...] = ()  # the abbreviation's other Hán-Việt readings (卡: 'Ca', also 'Tạp')

    @property
    def hanviet_all(self) -> tuple[str, ...]:
        """Every Hán-Việt reading of the abbreviation, the first the main one ('Ca', 'Tạp' for Qatar's 卡)."""
        return (self.hanviet, *self.hanviet_more) if self.hanviet else ()

    @property
    def vi_all(self) -> tuple[str, ...]:
        return (self.vi, *self.vi_variants, *self.vi_forms)

    @property
    def romanised(self) -> tuple[str, ...]:
        """Romanisations of the abbreviation MT writes (pinyin and others), two letters or more."""
        out = [self.pinyin, *self.romanisations]
        return tuple(dict.fromkeys(r for r in out if len(r) >= 2))


@dataclass(frozen=True, slots=True)
class Place:
    """One row of ``places.tsv``: a calque and the standard Vietnamese name."""

    calque: str
    standard: str
    zh: str
    before: tuple[str, ...]
    needs: tuple[str, ...]
    severity: str
    whole: bool = False  # generated (places.cldr.tsv): only as a whole capitalised name, never lowercased


@dataclass(slots=True, unsafe_hash=True)  # read-only: not frozen only because a frozen one is slow to make
class Mention:
    """A country (or place-calque) mention in a text (a segment has many: quick to make and to read).

    ``kind`` is ``name`` (the standard Vietnamese name), ``variant`` (a competing spelling),
    ``form`` (a long or short form), ``en`` (an English name), ``en_adj`` (an English adjective)
    or ``place`` (a place calque; ``iso`` is then empty and ``place`` is set).
    ``weak`` marks a one-syllable name at the start of a sentence (it may be an ordinary word).
    """

    start: int
    end: int
    text: str
    iso: str
    kind: str
    weak: bool = False
    place: Place | None = None


class Gazetteer:
    """Countries by ISO code, every surface form with its country and kind, and the matcher."""

    def __init__(self, countries: Iterable[Country], places: Iterable[Place], homographs: Iterable[str]) -> None:
        self.countries = {c.iso: c for c in countries}
        self.places = {p.calque: p for p in places}
        self.forms: dict[str, tuple[str, str]] = {}
        for c in self.countries.values():
            vi_set = set(c.vi_all)
            for text, kind in (
                *((v, "variant") for v in c.vi_variants),
                *((v, "form") for v in c.vi_forms),
                *((v, "en") for v in (c.en, *c.en_variants) if v not in vi_set),
                *((v, "en_adj") for v in c.en_adjectives if v not in vi_set),
                (c.vi, "name"),
            ):
                if (text and text not in self.forms) or kind == "name":
                    self.forms[text] = (c.iso, kind)
        surfaces = (
            list(self.forms) + list(self.places) + [_lower_first(c) for c, p in self.places.items() if not p.whole]
        )
        self.regex = stored_regex.compile(r"(?<![\w-])(?:" + trie_pattern(surfaces) + r")(?![\w])")
        # The fast matcher for text that holds no surface starting with a lowercase letter (the lowercased
        # place calques 'quần đảo Tây Sa', 'xisha'): the others, their lookbehind after the first letter, so
        # that re skips from capital to capital. `lower_gate` finds a tell-tale part of a lowercase surface
        # (see _gate_part) where the whole surface ends: it matches in a text exactly where one stands.
        lower = sorted({s for s in surfaces if s[:1].islower()})
        self.regex_upper = stored_regex.compile(
            r"(?:" + trie_pattern((s for s in surfaces if not s[:1].islower()), guard=r"(?<![\w-].)") + r")(?![\w])"
        )
        self.lower_surfaces = tuple(lower)
        self.lower_gate = stored_regex.compile(_gate_pattern(lower))
        # any lowercase surface as a substring: one search where a test of each would take one call each
        self.lower_anywhere = stored_regex.compile(trie_pattern(lower) or "(?!)")
        self.homographs: dict[str, list[tuple[int, str]]] = {}
        homographs = list(homographs)
        self.ambiguous = frozenset(h for h in homographs if h in self.forms)
        for phrase in (h for h in homographs if h not in self.ambiguous):
            for name in self.forms:
                if name in phrase:  # the substring test first: most pairs never meet
                    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", phrase):
                        self.homographs.setdefault(name, []).append((m.start(), phrase))
        # the same phrases by where they start before the name and their length: one slice of the text
        # and a set lookup for each (offset, length) instead of a comparison with each phrase
        self.homograph_spans: dict[str, dict[tuple[int, int], frozenset[str]]] = {}
        for name, found in self.homographs.items():
            spans: dict[tuple[int, int], set[str]] = {}
            for offset, phrase in found:
                spans.setdefault((offset, len(phrase)), set()).add(phrase)
            self.homograph_spans[name] = {span: frozenset(phrases) for span, phrases in spans.items()}
        # form → (country, kind, whether the words around decide: a one-word Vietnamese name, or a longer one that a
        # listed phrase holds ('Tòa Thánh' in 'Tòa Thánh Tây Ninh'), homograph)
        self.readings = {
            form: (
                iso,
                kind,
                (" " not in form or form in self.homographs) and kind in ("name", "variant", "form"),
                form in self.homographs,
            )
            for form, (iso, kind) in self.forms.items()
        }

    def matcher(self, text: str) -> re.Pattern[str]:
        """The regex that finds the surfaces in ``text``: ``regex``, or the faster ``regex_upper`` when
        ``text`` holds no lowercase surface (then both find the same)."""
        return self.regex if self.may_hold_lowercase(text) else self.regex_upper

    def may_hold_lowercase(self, text: str) -> bool:
        """``text`` holds a surface that starts with a lowercase letter (the gate first, then each)."""
        return self.lower_gate.search(text) is not None and self.lower_anywhere.search(text) is not None

    def place(self, text: str) -> Place | None:
        return self.places.get(text) or self.places.get(text[:1].upper() + text[1:])

    def name_of(self, iso: str) -> str:
        c = self.countries.get(iso)
        return c.vi if c else iso

    def pair_name(self, *isos: str) -> str:
        """Countries as a Vietnamese pair: 'Việt Nam – Belarus'."""
        return " – ".join(self.name_of(i) for i in isos)


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _gate_part(surface: str) -> str:
    """The end of a lowercase surface from its first capital ('quần đảo Tây Sa' → 'Tây Sa'), or for an
    all-lowercase one (pinyin: 'xisha', 'yongxing') from its last 's' or 'x' ('sha', 'xing'): spellings no
    Vietnamese word has, so that the gate seldom opens on ordinary text."""
    capital = next((i for i, ch in enumerate(surface) if ch.isupper()), None)
    if capital is not None:
        return surface[capital:]
    return surface[max(0, surface.rfind("s"), surface.rfind("x")) :]


def _gate_pattern(surfaces: list[str]) -> str:
    """A regex that matches where one of ``surfaces`` ends, found from its tell-tale part (:func:`_gate_part`):
    the parts as a trie (so that ``re`` skips ahead to a part's first letter, mostly a capital), each part followed
    by a lookbehind for the surfaces it ends ('Sơn' by '(?<=phủ Sơn)|(?<=lượng Sơn)'). Common parts ('Sơn' of 'phủ
    Sơn', 'Hải' of 'nam Hải') then open the gate only where the surface stands; the trie gives back a shorter part
    when the lookbehinds fail. (Each part's own lookbehinds, not one of every surface a length: fewer to try where a
    common part stands.)"""
    if not surfaces:
        return "(?!)"
    by_part: dict[str, list[str]] = {}
    for s in sorted(set(surfaces)):
        by_part.setdefault(_gate_part(s), []).append(s)
    trie: dict = {}
    for part, ends in by_part.items():
        node = trie
        for ch in part:
            node = node.setdefault(ch, {})
        node[""] = "(?:" + "|".join(f"(?<={re.escape(s)})" for s in ends) + ")"

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])  # after the longer parts: the trie gives back a shorter part last
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


def trie_pattern(words: Iterable[str], guard: str = "") -> str:
    """One regex alternation for many literal strings, as a character trie (longest match first).

    ``guard`` (a lookbehind such as ``(?<![\\w-].)``) goes right after the first character of every
    word: the pattern then starts with literal characters, so that ``re`` skips ahead to a possible
    first character instead of testing a leading lookbehind at every position of the text.
    """
    unique = set(words)
    if len(unique) < _STORED_TRIE:
        return _trie_text(unique, guard)
    key = guard + "\x00" + "\x00".join(sorted(unique))
    return stored_regex.derived(_trie_kind(), key, lambda: _trie_text(unique, guard))


_STORED_TRIE = 200  # words; a smaller trie is written out in under a millisecond


@functools.cache
def _trie_kind() -> str:
    """The stored tries' kind: a hash of the code that writes them out (an edit of it stores them afresh)."""
    return "trie-" + hashlib.sha256(marshal.dumps(_trie_text.__code__)).hexdigest()[:16]


def _trie_text(words: set[str], guard: str) -> str:
    """:func:`trie_pattern` written out."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, after: str = "") -> str:
        end = "" in node
        alts = [re.escape(ch) + after + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return ("(?:" + body + ")?") if len(alts) == 1 and len(body) > 1 else body + "?"
        return body

    return build(trie, guard)


@functools.cache
def zh_short_names() -> tuple[tuple[str, str], ...]:
    """(short Chinese name, ISO code) of each row of references/countries.zh_short.tsv (印尼 for Indonesia)."""
    return tuple((r["zh"], r["iso2"]) for r in read_tsv("countries.zh_short.tsv"))


@functools.cache
def country_anchors() -> dict[str, frozenset[str]]:
    """Per country (ISO code, capitals), its cities and institutions in the form the Vietnamese press writes
    them (country_anchors.tsv): 'Cáp Nhĩ Tân' and 'Bắc Kinh' are China's."""
    words: dict[str, set[str]] = {}
    for row in read_tsv("country_anchors.tsv"):
        words.setdefault(row["iso2"], set()).add(row["anchor"])
    return {iso: frozenset(ws) for iso, ws in words.items()}


@functools.cache
def gazetteer() -> Gazetteer:
    """The country gazetteer, loaded once per process."""
    countries = [
        Country(
            iso=r["iso2"],
            vi=r["vi_name"],
            vi_variants=split_list(r["vi_variants"]),
            vi_forms=split_list(r["vi_forms"]),
            en=r["en_name"],
            en_variants=split_list(r["en_variants"]),
            en_adjectives=split_list(r["en_adjectives"]),
            zh=r["zh_name"],
            abbr=r["zh_abbr"],
            pinyin=r["abbr_pinyin"],
            jyutping=r["abbr_jyutping"],
            romanisations=split_list(r["abbr_romanisations"]),
            literal_vi=split_list(r["abbr_literal_vi"]),
            literal_en=split_list(r["abbr_literal_en"]),
            hanviet=(split_list(r["abbr_hanviet"]) or ("",))[0],
            hanviet_ok=r["hanviet_ok"] == "yes",
            hanviet_more=split_list(r["abbr_hanviet"])[1:],
        )
        for r in read_tsv("countries.tsv")
    ]
    places = [
        Place(r["calque"], r["standard"], r["zh"], split_list(r["before"]), split_list(r["needs"]), r["severity"])
        for r in read_tsv("places.tsv")
    ]
    curated = {p.calque for p in places}
    # a country's two-syllable reading (Lão Qua 老挝) wants a word before it ('Chính phủ Lão Qua') or, as curated rows
    # may ('Mạn Cốc'), a story that names the country: 'khẳng định Lão Qua luôn coi trọng' beside 'Lào' (misses28)
    iso_of = {c.vi: c.iso for c in countries}
    places += [
        # two-syllable readings (Đông Kinh, Nữu Ước) are the dated Hán-Việt names history still uses: minor
        Place(
            r["calque"],
            r["standard"],
            r["zh"],
            split_list(r["before"]),
            (iso_of[r["standard"]],) if r["before"] and r["standard"] in iso_of else (),
            r.get("severity") or ("minor" if r["before"] else "major"),
            whole=True,
        )
        for r in read_tsv("places.cldr.tsv")
        if r["calque"] not in curated
    ]
    return Gazetteer(countries, places, read_lines("country_homographs.txt"))


_SENT_END_CHARS = frozenset('.!?:;"“(…')


def at_sentence_start(text: str, index: int) -> bool:
    """Nothing but a sentence end, an opening quote or a dash stands before ``index``."""
    before = text[max(0, index - 12) : index].rstrip()
    if not before:
        return index <= 12 or not text[:index].strip()
    return before[-1] in _SENT_END_CHARS or (before[-1] in "-–—" and before[-2:-1].isspace())


def prev_word(text: str, start: int) -> str:
    """The whitespace-delimited word before ``start`` (punctuation included)."""
    words = text[max(0, start - 40) : start].rsplit(None, 1)
    return words[-1] if words else ""


def next_word(text: str, end: int) -> str:
    """The whitespace-delimited word after ``end`` (punctuation included)."""
    words = text[end : end + 40].split(None, 1)
    return words[0] if words else ""


def is_word_char(ch: str) -> bool:
    """What re calls \\w."""
    return ch.isalnum() or ch == "_"


def is_vietnamese_word(word: str) -> bool:
    """A rough test: the word carries a Vietnamese diacritic."""
    return bool(VI_DIACRITIC.search(word))


def find_mentions(text: str) -> list[Mention]:
    """Country mentions and place calques in ``text``, left to right, longest match."""
    gz = gazetteer()
    return _mentions(gz, text, gz.matcher(text).finditer(text))


def mentions_by_text(
    texts: list[str], joined: str | None = None, starts: list[int] | None = None
) -> list[list[Mention]]:
    """``find_mentions`` of each text, with one scan of ``joined``, the texts joined by newlines, whose
    text k starts at ``starts[k]`` (see audit.lang.lines: a surface never holds a newline, and a newline
    bounds a word as the end of a text does); a text that may hold a lowercase surface is scanned alone
    (see ``Gazetteer.matcher``)."""
    gz = gazetteer()
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(texts)
    upper = matches_by_line(gz.regex_upper, joined, starts)
    gated = lines_matching(gz.lower_gate, joined, starts)
    out: list[list[Mention]] = []
    for k, text in enumerate(texts):
        if k in gated and gz.may_hold_lowercase(text):
            out.append(find_mentions(text))  # scanned alone, with the regex that finds lowercase surfaces
        else:
            out.append(_mentions(gz, text, upper[k], starts[k]) if upper[k] else [])
    return out


def _mentions(gz: Gazetteer, text: str, matches: Iterable[re.Match[str]], offset: int = 0) -> list[Mention]:
    """The mentions among ``matches`` of the gazetteer's surfaces, found ``offset`` characters before ``text``."""
    out: list[Mention] = []
    forms, readings = gz.forms, gz.readings
    for m in matches:
        start, end, s = m.start() - offset, m.end() - offset, m.group()
        reading = readings.get(s)
        if reading is None:
            place = gz.place(s)
            if place is not None:
                out.append(Mention(start, end, s, "", "place", place=place))
            continue
        iso, kind, contextual, homograph = reading
        weak = False
        if contextual:
            if homograph and _is_homograph(gz, text, start, s):
                continue
            if _in_name(text, start, prev_word(text, start), gz):
                continue  # part of a personal or place name: "Thúy Nga", "Minh Đức"
            # 'tại Phi-líp-pin Trần Quốc Bảo', 'Ngoại giao Campuchia Bố …': no name
            if "-" not in s and _name_syllable(s) and vietnamese_name_after(text, end):
                if next_word(text, end).rstrip(".,;:") not in forms:
                    continue  # "Đức Thọ", "Anh Tuấn"
            weak = s in gz.ambiguous and at_sentence_start(text, start)
        out.append(Mention(start, end, s, iso, kind, weak))
    return out


@functools.cache
def _name_syllable(form: str) -> bool:
    """``form`` is one Vietnamese syllable, which may open a personal name ('Đức Thọ', 'Anh Tuấn', 'Nga'); a
    country's name that is none ('Campuchia', 'Singapore') cannot, whatever follows it."""
    return form.lower() in syllable_set()


def vietnamese_name_after(text: str, end: int) -> bool:
    """A capitalised word in Vietnamese spelling (with a diacritic) comes right after ``end``: a personal name may
    go on there ('Đức Thọ', 'Đại sứ Trung Quốc tại Chile Ngưu Thanh Báo')."""
    return _next_initial(text, end).isupper() and is_vietnamese_word(next_word(text, end))


def _next_initial(text: str, end: int) -> str:
    """``next_word(text, end)[:1]``, without splitting when one space or none comes first."""
    ch = text[end : end + 1]
    if ch == " ":
        ch = text[end + 1 : end + 2]
    return next_word(text, end)[:1] if ch.isspace() else ch


def _in_name(text: str, start: int, prev: str, gz: Gazetteer) -> bool:
    """The previous word is a capitalised word inside the sentence (not its first word), and no compass word of
    a part of the country ('miền Trung Philippines', 'phía Bắc Lào')."""
    if not (prev[:1].isupper() and prev.isalpha()) or prev in gz.forms:
        return False
    if prev in _COMPASS and _REGION_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False
    return not at_sentence_start(text, text.rfind(prev, 0, start))


# 'miền', 'phía', 'mạn' and the capitalised compass words after them: a part of the country that follows ('miền
# Trung Philippines', 'phía Bắc Lào'), not a personal name before it; not after 'vùng' or 'khu vực', which may
# stand before the proper name of a region ('khu vực Tây Úc', the state of Western Australia)
_COMPASS = frozenset(("Bắc", "Nam", "Đông", "Tây", "Trung"))
_REGION_BEFORE = re.compile(r"(?<!\w)(?:miền|phía|mạn)(?: (?:Bắc|Nam|Đông|Tây|Trung)){1,2} $")


def _is_homograph(gz: Gazetteer, text: str, start: int, name: str) -> bool:
    for (offset, length), phrases in gz.homograph_spans[name].items():
        a = start - offset
        if a >= 0 and text[a : a + length] in phrases and (a + length == len(text) or not text[a + length].isalnum()):
            return True
    return False


# ---------------------------------------------------------------- document topic

_PAIR_JOIN = re.compile(r"\s*(?:và|với|[-–—/])\s*$")
# 'hai nước', 'hai bên', 'song phương' … (the article is about a bilateral relation) as the first letters
# and the pattern of the rest of each phrase: a pattern that starts with a literal is searched for as fast
# as str.find, five times as fast as (?<!\w)(?:[Hh]ai (?:nước|…)|[Ss]ong phương)(?!\w) (see bilateral_count)
_BILATERAL = (("Hh", re.compile(r"ai (?:nước|bên|dân tộc|[Đđ]ảng)(?!\w)")), ("Ss", re.compile(r"ong phương(?!\w)")))
# A visit or talks verb, with what may follow it, right before a country: 'thăm chính thức', 'hội đàm với'
_VISIT_VERBS = ("thăm", "sang", "tới", "đến", "tại", "hội đàm với", "điện đàm với")
_VISIT_AFTER = ("chính thức", "cấp nhà nước", "cấp Nhà nước", "làm việc tại")
_VISIT = re.compile(rf"(?<!\w)(?:{'|'.join(_VISIT_VERBS)})(?:\s+(?:{'|'.join(_VISIT_AFTER)}))?\s*$")
# the last words _VISIT can end with: a text that does not end with one (and spaces) holds no match
_VISIT_ENDS = tuple(dict.fromkeys(phrase.split()[-1] for phrase in (*_VISIT_VERBS, *_VISIT_AFTER)))
_VISIT_LAST = frozenset(word[-1] for word in _VISIT_ENDS)
TITLE_WEIGHT = 3
_ISO = operator.attrgetter("iso")


def bilateral_count(text: str) -> int:
    """How many times ``text`` says 'hai nước', 'Hai bên', 'song phương' … as whole words: the matches of
    the rest of a phrase whose first letter stands before it at the start of a word."""
    n = 0
    for first, rest in _BILATERAL:
        for m in rest.finditer(text):
            i = m.start() - 1  # the phrase's first letter
            if i >= 0 and text[i] in first and (i == 0 or not is_word_char(text[i - 1])):
                n += 1
    return n


def _visited(text: str, start: int) -> bool:
    """A visit or talks verb right before ``start`` ('thăm', 'hội đàm với'): ``_VISIT.search`` of the 40
    characters before, the test of their last word first."""
    if start >= 2 and text[start - 1] == " " and text[start - 2] not in _VISIT_LAST and not text[start - 2].isspace():
        return False  # the word right before does not end as a visit verb does
    before = text[max(0, start - 40) : start]
    return before.rstrip().endswith(_VISIT_ENDS) and _VISIT.search(before) is not None


@dataclass(slots=True)
class Topic:
    """Which countries a document is about.

    ``scores`` weighs mentions (title x3, pairs and visits count extra); ``countries`` are
    the topic countries, best first; ``partner`` is the main country other than ``home``;
    ``confident`` says the evidence is strong enough for a rule to call a mention wrong.
    """

    scores: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    bilateral: int = 0
    countries: list[str] = field(default_factory=list)
    home: str | None = None
    partner: str | None = None
    confident: bool = False
    mentions: dict[int, list[Mention]] = field(default_factory=dict)

    def about(self, iso: str) -> bool:
        return iso in self.countries

    def other(self, *present: str) -> str | None:
        """The topic party not among ``present`` (home first, then partner)."""
        for iso in (self.home, self.partner, *self.countries):
            if iso and iso not in present:
                return iso
        return None


def document_topic(
    doc: Document,
    joined: str | None = None,
    starts: list[int] | None = None,
    known: tuple[dict[int, list[Mention]], int] | None = None,
) -> Topic:
    """The topic countries of ``doc`` (article text only; boilerplate is ignored). ``joined`` and ``starts``:
    the article segments' texts joined by newlines and where each starts, when the caller has them. ``known``:
    each article segment's mentions by its index (a segment's mentions are found in its text alone) and how many
    times the article says 'hai nước', 'song phương' … (no such phrase spans a line), when the caller has them."""
    topic = Topic()
    content = doc.content
    title_idx = None
    if doc.title:
        title = doc.title.strip()
        title_idx = next(
            (s.index for s in content if title in s.text and s.text.strip() == title),
            content[0].index if content else None,
        )
    texts = [seg.text for seg in content]
    if known is not None:
        found = [known[0][seg.index] for seg in content]
        topic.bilateral = known[1]
    else:
        if joined is None or starts is None:
            joined, starts = "\n".join(texts), line_starts(texts)
        topic.bilateral = bilateral_count(joined)  # the phrases never span a line
        found = mentions_by_text(texts, joined, starts)
    indices = [seg.index for seg in content]
    topic.mentions = dict(zip(indices, found, strict=True))
    # the country of each mention that counts, in order, and the points a mention adds to its country's score
    # besides one (the title's, a visit's, a pair's): added up at C level after the loop (Counter.update), each
    # country then in the order of its first mention, as adding them one by one gives
    named: list[str] = []
    extra: list[str] = []
    for k in itertools.compress(range(len(found)), found):  # the segments with a mention
        text = texts[k]
        countries = [m for m in found[k] if m.iso and not m.weak]
        if not countries:
            continue
        isos = list(map(_ISO, countries))
        named += isos
        weight = TITLE_WEIGHT if indices[k] == title_idx else 1
        if weight > 1:
            extra += isos * (weight - 1)
        for m in countries:
            if _visited(text, m.start):
                extra.append(m.iso)
        for a, b in itertools.pairwise(countries):
            if a.iso != b.iso and b.start - a.end <= 5 and _PAIR_JOIN.match(text, a.end, b.start):
                key = (min(a.iso, b.iso), max(a.iso, b.iso))
                topic.pairs[key] += weight
                extra += (a.iso, b.iso)
    topic.counts.update(named)
    topic.scores.update(named)
    topic.scores.update(extra)
    if not topic.scores:
        return topic
    topic.home = HOME if topic.counts[HOME] else None
    others = [(s, iso) for iso, s in topic.scores.items() if iso != topic.home]
    if others:
        best = max(others)[0]
        topic.partner = max(others)[1]
        keep = {iso for s, iso in others if s >= max(3, 0.4 * best)} | {topic.partner}
    else:
        best, keep = 0, set()
    ranked = sorted(keep, key=lambda iso: (-topic.scores[iso], iso))  # ties by code: the same order every run
    topic.countries = ([topic.home] if topic.home else []) + ranked
    pair_seen = any(topic.partner in k and (topic.home in k if topic.home else True) for k in topic.pairs)
    topic.confident = bool(
        topic.partner
        and best >= 4
        and (
            topic.bilateral > 0
            or pair_seen
            or (title_idx is not None and topic.partner in {m.iso for m in topic.mentions.get(title_idx, [])})
        )
    )
    return topic


TOPIC_KEY = "countries.topic"
