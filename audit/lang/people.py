"""The people and offices gazetteers and the Vietnamese personal-name syllables, loaded once.

Files (``references/``): ``people.tsv`` (``name_vi name_zh name_en country office start end source``),
``offices.tsv`` (``office country title_vi variants calques title_en title_zh source``) and
``vi_names.tsv`` (``syllable kind hanzi freq source``). A missing file reads as empty, so the
name rules stay quiet rather than fail when a deployment ships without a gazetteer.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from audit.lang.hanviet import fold, syllable_key
from audit.lang.resources import ResourceError, read_tsv

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"\d{4}-(\d{2})")  # 'YYYY-MM' or 'YYYY-MM-DD': a date known to the month


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person holding one office (a row of people.tsv)."""

    name_vi: str
    name_zh: str
    name_en: str
    country: str
    office: str
    start: int | None
    end: int | None
    start_month: int | None = None  # the month of ``start`` when the table gives it ('2025-10' or '2025-10-21')
    end_month: int | None = None

    def covers(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def covers_month(self, year: int, month: int | None) -> bool:
        """In office in ``month`` of ``year`` (None: any month of it). A tenure whose first or last year is
        ``year`` without a month in the table counts for the whole year; the month a holder takes or leaves
        the office counts as his (in a month of hand-over both held it)."""
        if not self.covers(year):
            return False
        if month is None:
            return True
        if self.start == year and self.start_month is not None and month < self.start_month:
            return False
        return not (self.end == year and self.end_month is not None and month > self.end_month)


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    country: str
    titles: tuple[str, ...]  # the correct Vietnamese title and its variants
    calques: tuple[str, ...]  # wrong titles MT produces for this office
    title_en: str


def _rows(name: str) -> list[dict[str, str]]:
    try:
        return list(read_tsv(name))
    except ResourceError:
        return []


def _year(value: str) -> int | None:
    m = _YEAR.search(value or "")
    return int(m.group(1)) if m else None


def _month(value: str) -> int | None:
    """The month of a 'YYYY-MM(-DD)' cell; None for a year alone (a row without a month still loads)."""
    m = _MONTH.match((value or "").strip())
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def _split(value: str) -> tuple[str, ...]:
    return tuple(_nfc(v) for v in (value or "").split("|") if v.strip())


@functools.cache
def tenures() -> tuple[Tenure, ...]:
    out = []
    for r in _rows("people.tsv"):
        if not r.get("name_vi"):
            continue
        out.append(
            Tenure(
                name_vi=_nfc(r["name_vi"]),
                name_zh=_nfc(r.get("name_zh", "")),
                name_en=_nfc(r.get("name_en", "")),
                country=r.get("country", "").lower(),
                office=r.get("office", ""),
                start=_year(r.get("start", "")),
                end=_year(r.get("end", "")),
                start_month=_month(r.get("start", "")),
                end_month=_month(r.get("end", "")),
            )
        )
    return tuple(out)


@functools.cache
def people() -> dict[str, tuple[Tenure, ...]]:
    """name_vi → that person's tenures."""
    by_name: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures():
        by_name[t.name_vi].append(t)
    return {k: tuple(v) for k, v in by_name.items()}


# A generational suffix after a name ('Ferdinand Marcos Jr.', 'Martin Luther King III'); a capitalised run
# keeps the word without its full stop.
GENERATIONAL = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


@functools.cache
def people_by_stem() -> dict[str, tuple[Tenure, ...]]:
    """A gazetteer name without its generational suffix ('Ferdinand Marcos') → the tenures of every person
    whose name is that stem plus a suffix."""
    out: dict[str, list[Tenure]] = defaultdict(list)
    for name, ts in people().items():
        stem, _, last = name.rpartition(" ")
        if stem and last in GENERATIONAL:
            out[stem].extend(ts)
    return {k: tuple(v) for k, v in out.items()}


# Countries whose people the Vietnamese press names in either order, given name first or family name first
# ('Shigeru Ishiba' and 'Ishiba Shigeru', 'Sanae Takaichi' and 'Takaichi Sanae'); people.tsv writes one
EITHER_ORDER = frozenset({"jp"})


def name_orders(name: str, country: str) -> tuple[str, ...]:
    """``name`` as the table writes it, and a two-word name of an :data:`EITHER_ORDER` country the other way round."""
    words = name.split()
    return (name, f"{words[1]} {words[0]}") if country in EITHER_ORDER and len(words) == 2 else (name,)


def person_tenures(name: str) -> tuple[Tenure, ...]:
    """The tenures of ``name``, read with or without a generational suffix or its full stop: 'Ferdinand Marcos
    Jr' and 'Ferdinand Marcos' find 'Ferdinand Marcos Jr.'; a Japanese name in the other order than the table's
    ('Takaichi Sanae' finds 'Sanae Takaichi'). Empty when unknown."""
    known = people()
    if name in known:
        return known[name]
    stem, _, last = name.rpartition(" ")
    if stem and last in GENERATIONAL:
        return known.get(f"{name}.", ()) or known.get(name.rstrip("."), ()) or people_by_stem().get(stem, ())
    if stem and " " not in stem:
        other = known.get(f"{last} {stem}", ())
        if other and all(t.country in EITHER_ORDER for t in other):
            return other
    return people_by_stem().get(name, ())


@functools.cache
def people_by_fold() -> dict[str, tuple[str, ...]]:
    """Folded name ('nguyen phu trong') → gazetteer names_vi."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in people():
        out[fold(name)].append(name)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def offices() -> dict[str, Office]:
    out = {}
    for r in _rows("offices.tsv"):
        titles = (_nfc(r.get("title_vi", "")), *_split(r.get("variants", "")))
        out[r["office"]] = Office(
            office=r["office"],
            country=r.get("country", "").lower(),
            titles=tuple(t for t in dict.fromkeys(titles) if t),
            calques=_split(r.get("calques", "")),
            title_en=r.get("title_en", ""),
        )
    return out


@functools.cache
def holders(office: str) -> tuple[Tenure, ...]:
    return tuple(t for t in tenures() if t.office == office)


@functools.cache
def single_holder(office: str) -> bool:
    """True when the office has one holder at a time and the gazetteer lists a continuous roster.

    For such offices any other name next to the title is wrong; for the others (ministers,
    deputy prime ministers) only a near-miss of a listed holder is.
    """
    ts = sorted((t for t in holders(office) if t.start), key=lambda t: t.start or 0)
    if len(ts) < 3:
        return False
    for a, b in itertools.pairwise(ts):
        if a.end is None or b.start is None or not a.end <= b.start <= a.end + 1:
            return False
    return True


@dataclass(frozen=True, slots=True)
class NameSyllable:
    syllable: str
    hanzi: tuple[str, ...]
    freq: float
    middle: float = 0.0  # a given-name syllable's frequency between the surname and the last syllable
    final: float = 0.0  # and as the last syllable


@functools.cache
def vi_names() -> dict[str, dict[str, NameSyllable]]:
    """kind ('surname' | 'given') → syllable_key → NameSyllable."""
    out: dict[str, dict[str, NameSyllable]] = {"surname": {}, "given": {}}
    for r in _rows("vi_names.tsv"):
        kind = r.get("kind", "")
        if kind not in out or not r.get("syllable"):
            continue
        syl = _nfc(r["syllable"])
        freq, middle, final = (_float(r.get(column)) for column in ("freq", "middle", "final"))
        out[kind][syllable_key(syl)] = NameSyllable(syl, _split(r.get("hanzi", "")), freq, middle, final)
    return out


def _float(cell: str | None) -> float:
    """A frequency cell: empty (or not a number) is 0."""
    try:
        return float(cell or 0)
    except ValueError:
        return 0.0


@functools.cache
def surnames() -> dict[str, str]:
    """Vietnamese surnames (vi_names.tsv plus the gazetteer's Vietnamese people): syllable_key → syllable."""
    out = {k: v.syllable for k, v in vi_names()["surname"].items()}
    for name, ts in people().items():
        if any(t.country == "vn" for t in ts):
            first = name.split()[0]
            out.setdefault(syllable_key(first), first)
    return out


@functools.cache
def folded_surnames() -> frozenset[str]:
    """:func:`surnames` without their marks, lowercase ('nguyen', 'thai'): a Vietnamese surname written without
    them."""
    return frozenset(fold(s) for s in surnames().values())


@functools.cache
def _surname_chars(key: str) -> frozenset[str]:
    entry = vi_names()["surname"].get(key)
    return frozenset(entry.hanzi) if entry else frozenset()


def same_surname(a: str, b: str) -> bool:
    """One surname in two spellings: the same letters, or the same character read two ways
    (武 Vũ/Võ, 黄 Hoàng/Huỳnh) — MT through Chinese picks either reading."""
    ka, kb = syllable_key(a), syllable_key(b)
    return ka == kb or fold(a) == fold(b) or bool(_surname_chars(ka) & _surname_chars(kb))


@functools.cache
def surname_keys() -> frozenset[str]:
    return frozenset(surnames())
