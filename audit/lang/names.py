"""Recovering the Vietnamese name behind a pinyin rendering ("Ruan Fuzhong" → "Nguyễn Phú Trọng").

Recovery runs in the reverse direction: every candidate Vietnamese name — from the people
gazetteer, from the names already in the same document, and surname × given-name combinations
from ``vi_names.tsv`` — is turned into the pinyin it can produce (Hán-Việt syllable →
characters with that reading → their pinyin; a gazetteer person's own Chinese name first) and
compared with the observed pinyin syllable by syllable. The forward chain (pinyin → most frequent
characters → Hán-Việt) is the low-confidence fallback for names in no list.

Also here: finding Vietnamese personal names in a text (for the document memo) and the
syllable-level similarity used for near-miss names.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from audit.lang.hanviet import HanViet, fold, load, syllable_key, toneless_key
from audit.lang.lines import line_starts
from audit.lang.people import NameSyllable, people, surname_keys, vi_names
from audit.lang.pinyin import irregular, segmentations
from audit.lang.textcache import per_document

SOURCE_WEIGHT = {"gazetteer": 1.0, "document": 0.97, "names": 0.8, "forward": 0.5}
_DIGITS = re.compile(r"^\d+$")

# A syllable's pinyin options: (exact, loose, folded Vietnamese syllable)
SylOptions = tuple[frozenset[str], frozenset[str], str]


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


def observed_sequences(tokens: Sequence[str], limit: int = 6) -> list[tuple[str, ...]]:
    """Possible syllable sequences for observed tokens ('Ruan', 'Fuzhong' → [('ruan', 'fu', 'zhong'), …]).

    A token that is not pinyin becomes one '?'-prefixed folded syllable (a garble); digits are dropped.
    """
    options: list[tuple[tuple[str, ...], ...]] = []
    for tok in tokens:
        if _DIGITS.match(tok):
            continue
        splits = segmentations(tok)
        if splits:
            options.append(tuple(sp for sp in splits[:2] if irregular(sp) == irregular(splits[0])))
        else:
            options.append((("?" + fold(tok),),))
    seqs = [tuple(itertools.chain.from_iterable(combo)) for combo in itertools.product(*options)]
    return list(dict.fromkeys(seqs))[:limit]


@functools.cache
def syllable_options(syllable: str, zh: str = "") -> SylOptions:
    """Pinyin a Vietnamese name syllable can come from; ``zh`` is the known character, if any."""
    hv = load()
    exact: set[str] = set()
    for kind in ("surname", "given"):
        entry = vi_names()[kind].get(syllable_key(syllable))
        if entry and not zh:
            for ch in entry.hanzi:
                exact.update(_main_pinyin(hv, ch))
    if zh:  # the person's own character: its readings alone are exact
        exact = set(_main_pinyin(hv, zh))
    if not exact:  # the name's own characters are known: another character's reading ('Minh' 盟 meng) is not exact
        exact.update(hv.primary_pinyin_of(syllable, min_freq=20))
    if not exact:
        exact.update(hv.primary_pinyin_of(syllable))
    if not exact:
        exact.update(hv.pinyin_of(syllable))
    loose = hv.pinyin_of(syllable) | hv.pinyin_of(syllable, loose=True)
    return frozenset(exact), frozenset(loose), fold(syllable)


def _main_pinyin(hv: HanViet, ch: str) -> tuple[str, ...]:
    """The character's readings that are heard: a reading with no spoken frequency beside one that has
    one is a rare reading (氏 shi, not zhi) and would make 'Thị' compete with 'Chí' for 'zhi'. With no
    frequency at all, the first (pypinyin's default) reading: 阮 is ruan; its literary 'yuan' would read the
    given name Yuan (元 Nguyên) as the surname Nguyễn, and 潘 'fan' (Phan) would compete with 范 Phạm."""
    pys = hv.pinyin.get(ch, ())
    heard = tuple(p for p in pys if hv.freq.get((ch, p), 0) > 0)
    return heard or pys[:1]


@functools.cache
def name_options(name: str, name_zh: str = "") -> tuple[SylOptions, ...]:
    syls = name.split()
    chars = [c for c in name_zh if not c.isspace() and c not in "·•・-"]
    zh = chars if len(chars) == len(syls) else [""] * len(syls)
    return tuple(syllable_options(s, z) for s, z in zip(syls, zh, strict=True))


def match_score(cand: Sequence[SylOptions], obs: Sequence[str]) -> float:
    """How well observed pinyin syllables fit a candidate name's syllables (alignment, 0–1)."""
    n, m = len(cand), len(obs)
    if not n or not m:
        return 0.0
    inf = float("inf")
    dp = [[inf] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            cur = dp[i][j]
            if cur == inf:
                continue
            if i < n and j < m:
                c = _sub_cost(cand[i], obs[j])
                if cur + c < dp[i + 1][j + 1]:
                    dp[i + 1][j + 1] = cur + c
            if i < n and cur + 1.0 < dp[i + 1][j]:  # candidate syllable not rendered
                dp[i + 1][j] = cur + 1.0
            if j < m and cur + 0.4 < dp[i][j + 1]:  # extra observed syllable (garble)
                dp[i][j + 1] = cur + 0.4
    return max(0.0, 1.0 - dp[n][m] / n)


# A syllable rendered by one of its exact readings (0) or in its own letters without marks (0.1): a garble, not
# another reading
FAITHFUL_COST = 0.1


def faithful(cand: Sequence[SylOptions], obs: Sequence[str]) -> bool:
    """Every candidate syllable is rendered, in order, exactly or by its unmarked letters (no syllable
    dropped, added or read by another character)."""
    return len(cand) == len(obs) and all(_sub_cost(c, o) <= FAITHFUL_COST for c, o in zip(cand, obs, strict=True))


def _sub_cost(opt: SylOptions, ob: str) -> float:
    exact, loose, folded = opt
    if ob.startswith("?"):
        raw = ob[1:]
        if raw == folded:
            return 0.1  # the Vietnamese syllable without its marks ('Phu' for Phú)
        return 0.5 if len(raw) >= 3 and folded[:3] == raw[:3] else 1.0
    if ob in exact:
        return 0.0
    if ob in loose:
        return 0.25
    if ob == folded:
        return 0.1  # the Vietnamese syllable left without its marks ('Ruan Tan Yong': Tan = Tấn)
    return 1.0


@functools.cache
def _gazetteer_options() -> tuple[tuple[str, tuple[SylOptions, ...]], ...]:
    out = []
    for name, ts in people().items():
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        if _has_vi_shape(name):
            out.append((name, name_options(name, zh)))
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


# --- Vietnamese names in a text ------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
# One letter as regular expressions read it (\w without digits and '_'; unlike str.isalpha, '²' is one)
LETTER = re.compile(r"[^\W\d_]")
_UPPER = "".join(chr(c) for c in range(0x41, 0x2B0) if chr(c).isupper()) + "".join(
    chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper()
)
_RUN = re.compile(rf"[{_UPPER}][^\W\d_]*(?:[ \u00a0][{_UPPER}][^\W\d_]*)*")
RUN_WORD = re.compile(rf"[{_UPPER}][^\W\d_]*")  # one word of a run

Run = tuple[tuple[int, int, str], ...]


@per_document(maxsize=2048)
def capitalised_runs(text: str) -> tuple[Run, ...]:
    """Runs of capitalised words separated by single spaces: ((start, end, word), …) per run."""
    out = []
    for m in _RUN.finditer(text):
        base, end = m.span()
        group = m.group()
        run: Run
        if " " in group or "\u00a0" in group:
            run = tuple(_run_words(base, group))
        else:
            run = ((base, end, group),)  # most runs are one word
        if base and text[base - 1].isalpha():
            run = run[1:]  # the run starts inside a word ('eVisa'): drop that word
        if run:
            out.append(run)
    return tuple(out)


# The same runs with two or more words: a one-word run costs the regex engine nothing here
_MULTI_RUN = re.compile(rf"[{_UPPER}][^\W\d_]*+(?:[ \u00a0][{_UPPER}][^\W\d_]*+)+")


@per_document(maxsize=2048)
def multiword_runs(text: str) -> tuple[Run, ...]:
    """The runs of :func:`capitalised_runs` with two or more words, found without building the one-word
    runs (most runs are one word: 'Ông', 'Hà', a sentence's first word).

    A run of two or more words is matched by ``_MULTI_RUN`` exactly where ``_RUN`` matches it (a one-word
    ``_RUN`` match ends before no space and capital letter, so no ``_MULTI_RUN`` match starts inside it).
    """
    out = []
    for m in _MULTI_RUN.finditer(text):
        base = m.start()
        words = _run_words(base, m.group())
        if base and text[base - 1].isalpha():
            del words[0]  # the run starts inside a word ('eVisa'): drop that word
        if len(words) >= 2:
            out.append(tuple(words))
    return tuple(out)


def multiword_runs_passing(text: str, keep: Callable[[tuple[str, ...]], bool]) -> tuple[Run, ...]:
    """The runs of :func:`multiword_runs` whose words pass ``keep``, in order; the offsets of the words
    are worked out only for those (a caller that looks for one kind of name skips the other runs)."""
    out = []
    for m in _MULTI_RUN.finditer(text):
        base = m.start()
        group = m.group()
        words = group.replace("\u00a0", " ").split(" ")
        if base and text[base - 1].isalpha():
            base += len(words[0]) + 1  # the run starts inside a word ('eVisa'): drop that word
            del words[0]
            if len(words) < 2:
                continue
        if keep(tuple(words)):
            out.append(run_offsets(base, words))
    return tuple(out)


def run_at(text: str, pos: int) -> Run:
    """The words from ``pos`` on of the capitalised run whose word starts at ``pos``, for a word that
    starts there (after no letter): the end of that run of :func:`capitalised_runs`, without finding the
    others; empty when the word is not capitalised (no run has it)."""
    m = _RUN.match(text, pos)
    return tuple(_run_words(pos, m.group())) if m else ()


def _run_words(base: int, group: str) -> list[tuple[int, int, str]]:
    """The words of a run matched at ``base``: (start, end, word)."""
    words = []
    pos = base
    for w in group.replace("\u00a0", " ").split(" "):  # one character either way: offsets hold
        after = pos + len(w)
        words.append((pos, after, w))
        pos = after + 1
    return words


# Honorifics that are also (rare) surnames: 'Ông Hoàng Minh Hải' is Mr Hoàng Minh Hải
_HONORIFIC_SURNAMES = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em"})


def names_in_run(run: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Vietnamese personal names inside a run of capitalised words: (start, end, name)."""
    return [
        (run[i][0], run[i + n - 1][1], " ".join(w for _, _, w in run[i : i + n]))
        for i, n in _names_in_words(tuple([w for _, _, w in run]))
    ]


@functools.lru_cache(maxsize=16384)
def _names_in_words(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(first word index, number of words) of each Vietnamese name among capitalised words."""
    surnames = surname_keys()
    hv = load()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if syllable_key(w) in surnames and not w.isupper() and w.lower() not in _HONORIFIC_SURNAMES:
            rest = []
            for nxt in words[i + 1 : i + 4]:
                if nxt.isupper() or (not hv.chars_of(nxt) and not _vi_syllable(nxt)):
                    break
                rest.append(nxt)
            while len(rest) > 1 and fold(" ".join([w, *rest[:-1]])) in _known_folds():
                rest.pop()  # 'Nguyễn Phú Trọng Dòng …': the known name ends earlier
            if rest and any(_has_marks(x) for x in [w, *rest]):
                out.append((i, len(rest) + 1))
                i += len(rest) + 1
                continue
        i += 1
    return tuple(out)


@functools.cache
def _known_folds() -> frozenset[str]:
    return frozenset(fold(n) for n in people())


def names_in_runs(runs: Iterable[tuple[str, ...]]) -> Counter[str]:
    """Vietnamese personal names in runs of capitalised words (the words of each run), with counts."""
    found: Counter[str] = Counter()
    for words in runs:
        for i, n in _names_in_words(words):
            found[" ".join(words[i : i + n])] += 1
    return found


RunStart = tuple[int, tuple[str, ...]]  # where a run's first word starts in its text, and the run's words


def multiword_runs_by_text(
    texts: Sequence[str], joined: str | None = None, starts: list[int] | None = None
) -> list[list[RunStart]]:
    """For each of ``texts``, where each run of :func:`multiword_runs` in it starts and its words, in order
    (:func:`run_offsets` gives back the run).

    One scan of ``joined``, the texts joined by line breaks, whose text k starts at ``starts[k]`` (made
    here when not given): no run spans a line break, and a run at the start of a line keeps its first
    word as one at the start of a text does.
    """
    if joined is None or starts is None:
        joined, starts = "\n".join(texts), line_starts(list(texts))
    nbsp = "\u00a0" in joined
    out: list[list[RunStart]] = [[] for _ in starts]
    index, last = 0, len(starts) - 1
    for m in _MULTI_RUN.finditer(joined):
        base = m.start()
        while index < last and base >= starts[index + 1]:
            index += 1  # the text the run lies in (no run spans a line)
        group = m.group()
        words = (group.replace("\u00a0", " ") if nbsp else group).split(" ")
        if base and joined[base - 1].isalpha():
            base += len(words[0]) + 1
            del words[0]  # the run starts inside a word ('eVisa'): drop that word
            if len(words) < 2:
                continue
        out[index].append((base - starts[index], tuple(words)))
    return out


def multiword_run_words(texts: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
    """The words of each run of :func:`multiword_runs` in ``texts``, with the index of its text, in order
    (see :func:`multiword_runs_by_text`)."""
    return [(k, words) for k, runs in enumerate(multiword_runs_by_text(texts)) for _, words in runs]


def run_offsets(start: int, words: Sequence[str]) -> Run:
    """The run whose words, parted by one space (or no-break space) each, start at ``start``: ((start, end,
    word), …), as :func:`multiword_runs` gives it."""
    out = []
    for w in words:
        end = start + len(w)
        out.append((start, end, w))
        start = end + 1
    return tuple(out)


def _has_marks(word: str) -> bool:
    return fold(word) != word.lower()


@functools.cache
def _vi_syllable(word: str) -> bool:
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return _has_marks(word)
    return is_valid_syllable(word)


# --- similarity of two Vietnamese names -------------------------------------------------------

_ONSET = re.compile(r"^(ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnpqrstvx])?")


def syllable_similarity(a: str, b: str) -> float:
    """1 same syllable; 0.8 same letters, other marks; 0.5 same onset or same rhyme; else 0."""
    if syllable_key(a) == syllable_key(b):
        return 1.0
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 0.8
    ta, tb = toneless_key(a), toneless_key(b)
    oa = _ONSET.match(ta).group()  # type: ignore[union-attr]
    ob = _ONSET.match(tb).group()  # type: ignore[union-attr]
    if (oa and oa == ob) or (ta[len(oa) :] == tb[len(ob) :] and ta[len(oa) :]):
        return 0.5
    return 0.0


@functools.lru_cache(maxsize=65536)
def name_similarity(a: str, b: str) -> float:
    """Aligned syllable similarity of two names, 0–1 (normalised by the longer name)."""
    xa, xb = a.split(), b.split()
    n, m = len(xa), len(xb)
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            dp[i][j] = max(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1] + syllable_similarity(xa[i - 1], xb[j - 1]))
    return dp[n][m] / max(n, m, 1)
