"""Recovering the Vietnamese name behind a pinyin rendering ("Ruan Fuzhong" → "Nguyễn Phú Trọng").

Recovery runs in the reverse direction: every candidate Vietnamese name — from the people
gazetteer, from the names already in the same document, and surname × given-name combinations
from ``vi_names.tsv`` — is turned into the pinyin it can produce (Hán-Việt syllable →
characters with that reading → their pinyin; a gazetteer person's own Chinese name first) and
compared with the observed pinyin syllable by syllable. The forward chain (pinyin → most frequent
characters → Hán-Việt) is the low-confidence fallback for names in no list.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from audit.lang.hanviet import HanViet, fold, load, syllable_key
from audit.lang.names.readings import (
    SylOptions,
    faithful,
    match_score,
    name_options,
    observed_sequences,
    syllable_options,
)
from audit.lang.people import NameSyllable, people, vi_names
from audit.lang.resources import read_tsv

SOURCE_WEIGHT = {"gazetteer": 1.0, "document": 0.97, "names": 0.8, "forward": 0.5}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A Vietnamese name that may lie behind observed pinyin."""

    name: str
    score: float  # syllable match, 0–1
    source: str  # gazetteer | document | names | forward
    freq: float = 0.0
    faithful: bool = False  # every syllable read exactly, or written in its own letters without marks

    @property
    def rank_score(self) -> float:
        return self.score * SOURCE_WEIGHT[self.source]

    # sort key, best first: a faithful reading first (a gazetteer person whose own characters do not give the
    # written pinyin syllable by syllable is not preferred to a name that does), then the source-weighted
    # match, then how common the name's syllables are; made once (candidates are cached and ranked often)
    order: tuple[int, float, float, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        order = (-self.faithful, -round(self.score * SOURCE_WEIGHT[self.source], 3), -self.freq, self.name)
        object.__setattr__(self, "order", order)


@functools.cache
def _gazetteer_options() -> tuple[tuple[str, tuple[SylOptions, ...]], ...]:
    """The gazetteer's people (people.tsv) and Vietnamese business leaders (vn_business_people.tsv; misses38) of
    Vietnamese shape, with the syllable options of their names."""
    out = []
    for name, ts in people().items():
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        if _has_vi_shape(name):
            out.append((name, name_options(name, zh)))
    for row in read_tsv("vn_business_people.tsv"):
        if _has_vi_shape(row["name_vi"]):
            out.append((row["name_vi"], name_options(row["name_vi"], row["name_zh"])))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _has_vi_shape(name: str) -> bool:
    """A Vietnamese-style name (2–4 syllables, a Hán-Việt reading for most of them)."""
    syls = name.split()
    if not 2 <= len(syls) <= 4:
        return False
    hv = load()
    return sum(1 for s in syls if hv.chars_of(s)) >= len(syls) - 1


def _position(i: int, n: int) -> str:
    """The place of the ``i``-th of ``n`` name syllables: 'surname', 'middle' or 'final'."""
    return "surname" if i == 0 else "final" if i == n - 1 else "middle"


def _position_freq(entry: NameSyllable, position: str) -> float:
    """How common the syllable is in that place of a name: a given-name syllable's middle or final frequency
    ('Lê' is a common middle name and a rare last one), a surname's own."""
    return entry.middle if position == "middle" else entry.final if position == "final" else entry.freq


def _entries(position: str) -> Iterable[NameSyllable]:
    return vi_names()["surname" if position == "surname" else "given"].values()


@functools.cache
def _pinyin_index(position: str) -> dict[str, tuple[tuple[str, float, bool], ...]]:
    """pinyin → Vietnamese name syllables for that place of a name (see :func:`_position`) that produce it:
    (syllable, frequency there, exact), exact ones first, then the most frequent."""
    out: dict[str, list[tuple[str, float, bool]]] = defaultdict(list)
    for entry in _entries(position):
        exact, loose, _ = syllable_options(entry.syllable)
        freq = _position_freq(entry, position)
        for p in exact:
            out[p].append((entry.syllable, freq, True))
        for p in loose - exact:
            out[p].append((entry.syllable, freq, False))
    return {p: tuple(sorted(v, key=lambda e: (-e[2], -e[1]))) for p, v in out.items()}


@functools.cache
def _folded_index(position: str) -> dict[str, tuple[tuple[str, float, bool], ...]]:
    """Unaccented syllable → the Vietnamese name syllables it can be in that place of a name ('quoc' → Quốc)."""
    out: dict[str, list[tuple[str, float, bool]]] = defaultdict(list)
    for entry in _entries(position):
        out[fold(entry.syllable)].append((entry.syllable, _position_freq(entry, position), True))
    return {k: tuple(sorted(v, key=lambda e: -e[1])) for k, v in out.items()}


@functools.lru_cache(maxsize=16384)
def _combos(obs: tuple[str, ...], limit: int) -> tuple[Candidate, ...]:
    """Surname × given-name combinations from vi_names.tsv that produce ``obs`` exactly or loosely
    (a '?'-marked syllable — Vietnamese written without its marks — by its letters), the syllables common in
    their place of a name first."""
    if not 2 <= len(obs) <= 4:
        return ()
    per_pos = []
    for i, o in enumerate(obs):
        position = _position(i, len(obs))
        if o.startswith("?"):
            opts = tuple((s, f, 1.0) for s, f, _ in _folded_index(position).get(o[1:], ())[:4])
        else:
            opts = _given_options(o, position)
        if not opts:
            return ()
        per_pos.append(opts)
    best: list[tuple[float, str, float]] = []
    for combo in itertools.product(*per_pos):
        score = sum(fit for _, _, fit in combo) / len(combo)
        freq = sum(math.log1p(f) for _, f, _ in combo)
        best.append((score, " ".join(s for s, _, _ in combo), freq))
    best = heapq.nlargest(limit, best, key=lambda b: (b[0], b[2]))
    return tuple(
        Candidate(_title_case(name), score, "names", freq, faithful=score == 1.0) for score, name, freq in best
    )


# How well a name syllable fits an observed pinyin syllable in :func:`_combos`: a Vietnamese name syllable that
# reads it exactly, the main reading of a character commonly written so (no Vietnamese name reads it), a
# Vietnamese name syllable that reads it with another tone or by a rare reading
EXACT_FIT, WRITTEN_FIT, LOOSE_FIT = 1.0, 0.85, 0.75


@functools.lru_cache(maxsize=4096)
def _given_options(py: str, position: str, limit: int = 6) -> tuple[tuple[str, float, float], ...]:
    """(syllable, frequency, fit) for a pinyin syllable in that place of a name, best first.

    The Vietnamese name syllables that read it exactly; when none does and the place is a given name's, the
    main Hán-Việt readings of the characters commonly written for it (Unihan kFrequency / kGradeLevel: 'jiu'
    → Cửu for 九 久, not the loose 'Tú'), then the loose ones.
    """
    opts = _pinyin_index(position).get(py, ())
    if any(exact for _, _, exact in opts) or position == "surname":
        return tuple((s, f, EXACT_FIT if exact else LOOSE_FIT) for s, f, exact in opts[:limit])
    written = [(r, w, WRITTEN_FIT) for r, w in load().written_readings(py)[:3]]
    loose = [(s, f, LOOSE_FIT) for s, f, _ in opts]
    return tuple([*written, *loose][:limit])


def forward_chain(obs: Sequence[str], limit: int = 3) -> list[Candidate]:
    """pinyin → frequent characters → Hán-Việt, weighted by how common each syllable is in names."""
    return list(_forward_chain(tuple(obs), limit))


@functools.lru_cache(maxsize=16384)
def _forward_chain(obs: tuple[str, ...], limit: int) -> tuple[Candidate, ...]:
    if any(o.startswith("?") for o in obs) or not obs:
        return ()
    hv = load()
    names = vi_names()
    beams: list[tuple[float, list[str]]] = [(0.0, [])]
    for i, o in enumerate(obs):
        kind = "surname" if i == 0 else "given"
        options = []
        for reading, share in _forward_readings(hv, o, kind):
            entry = names[kind].get(syllable_key(reading))
            weight = math.log(share + 1e-6) + (math.log1p(entry.freq) * 0.5 if entry else 0.0)
            options.append((weight, entry.syllable if entry else reading))
        if not options:
            return ()
        beams = heapq.nlargest(8, [(s + w, [*p, r]) for s, p in beams for w, r in options], key=lambda b: b[0])
    return tuple(Candidate(_title_case(" ".join(p)), 0.5, "forward", s) for s, p in beams[:limit])


def _forward_readings(hv: HanViet, py: str, kind: str) -> list[tuple[str, float]]:
    """Hán-Việt readings of a pinyin syllable with their shares: for a given name, by how common in writing the
    characters read so are (spoken frequency favours grammatical words: 'jiu' 就 tựu before 九 cửu); for a
    surname, and for a syllable no common character has, by spoken frequency."""
    written = hv.written_readings(py)[:6] if kind == "given" else ()
    total = sum(w for _, w in written)
    return [(r, w / total) for r, w in written] if total else hv.forward(py, limit=6)


def _title_case(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _match(name: str, opts: tuple[SylOptions, ...], seqs: Sequence[tuple[str, ...]], source: str) -> Candidate | None:
    observed = {o for s in seqs for o in s}
    if not any(o.startswith("?") for o in observed) and not any(observed & (ex | lo) for ex, lo, _ in opts):
        return None  # no syllable in common: skip the alignment
    score = max(match_score(opts, s) for s in seqs)
    if score < 0.45:
        return None
    return Candidate(name, score, source, faithful=any(faithful(opts, s) for s in seqs))


@functools.lru_cache(maxsize=65536)
def _document_match(name: str, seqs: tuple[tuple[str, ...], ...]) -> Candidate | None:
    """A name found elsewhere in the document, as a candidate for the observed pinyin (or None)."""
    return _match(name, name_options(name), seqs, "document") if _has_vi_shape(name) else None


@functools.lru_cache(maxsize=4096)
def _gazetteer_matches(seqs: tuple[tuple[str, ...], ...]) -> tuple[Candidate, ...]:
    found = (_match(name, opts, seqs, "gazetteer") for name, opts in _gazetteer_options())
    return tuple(c for c in found if c)


def recover(
    tokens: Sequence[str],
    document_names: Iterable[str] = (),
    limit: int = 5,
    use_gazetteer: bool = True,
    use_names: bool = True,
) -> list[Candidate]:
    """Candidate Vietnamese names for observed pinyin tokens, best first.

    ``document_names`` are Vietnamese names found elsewhere in the same document. A faithful reading
    (:func:`faithful`) ranks first; candidates from the gazetteer and the document rank above surname ×
    given-name combinations at equal match; the forward chain comes last.
    """
    seqs = observed_sequences(tokens)
    if not seqs:
        return []
    found: dict[str, Candidate] = {}

    def add(c: Candidate) -> None:
        key = fold(c.name)
        old = found.get(key)
        if old is None or c.order[:3] < old.order[:3]:
            found[key] = c

    key = tuple(seqs)
    if use_gazetteer:
        for c in _gazetteer_matches(key):
            add(c)
    for name in dict.fromkeys(document_names):
        c = _document_match(name, key)
        if c:
            add(c)
    for s in seqs:
        if use_names:
            for c in _combos(s, limit):
                add(c)
        for c in forward_chain(s):
            add(c)
    return sorted(found.values(), key=lambda c: c.order)[:limit]


def confidence(c: Candidate) -> float:
    """Confidence of a recovered name as a fix (0–1)."""
    return round(min(0.97, 0.25 + 0.72 * c.rank_score), 3)
