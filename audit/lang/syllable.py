"""The Vietnamese syllable, built from orthography rather than from a word list.

A written syllable is onset + optional glide (o/u) + nucleus + coda + tone. This module
lists the parts and the spelling rules that combine them (c/k/q, g/gh, ng/ngh, gi, qu,
i/y, open and closed spellings of the diphthongs iê/uô/ươ, which codas follow which
nucleus, stop codas -p -t -c -ch take only the sắc or nặng tone, where the tone mark
goes), renders every legal combination once (about 40k spellings, old and new
tone placement both included) and answers questions by lookup:

- :func:`parse` → :class:`Syllable` or None
- :func:`is_valid_syllable` → bool (case-insensitive, any Unicode normal form)
- :func:`tone_style` → ``'old'`` (hòa, thủy, khỏe), ``'new'`` (hoà, thuỷ, khoẻ) or None
- :func:`nearest` → valid spellings closest to an invalid one (hiêp → hiệp, triẻn → triển)

The rules and where they come from are listed in references/SOURCES.md ("Vietnamese
syllable model"); the model itself is this code, not a data file.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

TONES = ("ngang", "huyen", "sac", "hoi", "nga", "nang")
_TONE_MARK = {"huyen": "\u0300", "sac": "\u0301", "hoi": "\u0309", "nga": "\u0303", "nang": "\u0323"}
_MARK_TONE = {v: k for k, v in _TONE_MARK.items()}
STOP_CODAS = frozenset({"p", "t", "c", "ch"})

ONSETS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip

# Written codas each nucleus takes ("" = open syllable). iê/uô/ươ are written ia/ua/ưa when open.
NUCLEUS_CODAS: dict[str, tuple[str, ...]] = {
    "a": ("", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"),
    "ă": ("c", "m", "n", "ng", "p", "t"),
    "â": ("c", "m", "n", "ng", "p", "t", "u", "y"),
    "e": ("", "c", "m", "n", "ng", "o", "p", "t"),
    "ê": ("", "ch", "m", "n", "nh", "p", "t", "u"),
    "i": ("", "ch", "m", "n", "nh", "p", "t", "u"),
    "o": ("", "c", "i", "m", "n", "ng", "p", "t"),
    "oo": ("c", "ng"),
    "ô": ("", "c", "i", "m", "n", "ng", "p", "t"),
    "ơ": ("", "i", "m", "n", "p", "t"),
    "u": ("", "c", "i", "m", "n", "ng", "p", "t"),
    "ư": ("", "c", "i", "m", "n", "ng", "t", "u"),
    "iê": ("", "c", "m", "n", "ng", "p", "t", "u"),
    "uô": ("", "c", "i", "m", "n", "ng", "t"),
    "ươ": ("", "c", "i", "m", "n", "ng", "p", "t", "u"),
}

# Nuclei (and their codas) after the glide: o before a/ă/e, u before â/ê/i(y)/iê(yê)/ơ.
# After q the u glide is obligatory and a few more nuclei follow it (qua, que, quốc).
GLIDE_RIMES: dict[str, dict[str, tuple[str, ...]]] = {
    "o": {
        "a": ("", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "y"),
        "ă": ("c", "m", "n", "ng", "t"),
        "e": ("", "n", "o", "t"),
    },
    "u": {
        "â": ("c", "n", "ng", "t", "y"),
        "ê": ("", "ch", "n", "nh", "t"),
        "i": ("", "ch", "n", "nh", "p", "t", "u"),  # -uyp only in loans (tuýp)
        "iê": ("", "n", "t"),
        "ơ": ("",),
    },
}
Q_RIMES: dict[str, tuple[str, ...]] = {
    "a": ("", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"),
    "ă": ("c", "m", "n", "ng", "p", "t"),
    "â": ("n", "ng", "t", "y"),
    "e": ("", "n", "o", "t"),
    "ê": ("", "ch", "n", "nh", "t"),
    "i": ("", "ch", "n", "nh", "t", "u"),
    "iê": ("n", "t"),
    "ơ": ("", "n"),
    "ô": ("c",),
}
_FRONT = frozenset({"i", "e", "ê", "iê"})  # k, gh, ngh before these; c, g, ng elsewhere
_SPELL_FRONT = {"c": "k", "g": "gh", "ng": "ngh"}
_ONLY_FRONT = frozenset(_SPELL_FRONT.values())


@dataclass(frozen=True, slots=True)
class Syllable:
    """A parsed syllable. ``nucleus`` is the phonological nucleus (iê also for ia/yê/ya)."""

    onset: str
    glide: str
    nucleus: str
    coda: str
    tone: str
    spelling: str  # the lowercase written form, NFC

    @property
    def rime(self) -> str:
        return self.glide + self.nucleus + self.coda


def _onset_ok(onset: str, glide: str, nucleus: str) -> bool:
    if onset == "q":
        return glide == "u"
    if onset == "gi":
        return not glide
    front = nucleus in _FRONT
    if onset in _SPELL_FRONT:  # c/g/ng: never before front vowels
        if front and not glide:
            return False
        return not (onset == "c" and glide)  # /kw/ is written qu
    if onset in _ONLY_FRONT:  # k/gh/ngh: only before front vowels
        return front and not glide
    return True


def _nucleus_spellings(onset: str, glide: str, nucleus: str, coda: str) -> list[str]:
    """Written forms of the nucleus in context (i/y and the diphthongs vary)."""
    open_ = coda == ""
    if nucleus == "iê":
        if onset == "gi":  # gi + iê merges: giêng, giết (open 'gia' is gi + a)
            return [] if open_ else ["ê"]
        y_form = glide == "u" or onset == ""
        if open_:
            return ["ya"] if glide == "u" else ["ia"]
        return ["yê"] if y_form else ["iê"]
    if nucleus == "uô":
        return ["ua"] if open_ else ["uô"]
    if nucleus == "ươ":
        return ["ưa"] if open_ else ["ươ"]
    if nucleus == "i":
        if onset == "gi":  # gi + i merges: gì, gìn
            return [""]
        if glide == "u":
            return ["i", "y"] if onset == "q" and coda in ("", "t") else ["y"]
        if open_:
            return ["i", "y"]  # lí/lý, kĩ/kỹ, í/ý: both in use
        return ["i"]
    return [nucleus]


def _put_tone(letters: str, index: int, tone: str) -> str:
    if tone == "ngang":
        return letters
    ch = unicodedata.normalize("NFC", letters[index] + _TONE_MARK[tone])
    return letters[:index] + ch + letters[index + 1 :]


def _tone_positions(onset: str, glide_w: str, nuc_w: str, coda: str) -> list[tuple[int, str | None]]:
    """Index (in glide+nucleus letters) where the tone mark goes, with its style if it varies."""
    if nuc_w == "":  # merged gi + i: the mark sits on the i of gi
        return [(-1, None)]
    n = len(glide_w)
    if len(nuc_w) == 2:
        if nuc_w in ("ia", "ua", "ưa"):  # open diphthongs: on the first letter
            return [(n, None)]
        return [(n + 1, None)]  # iê, yê, uô, ươ, oo, ya: on the second
    if glide_w and onset != "q" and coda == "" and nuc_w in ("a", "e", "y"):
        return [(n - 1, "old"), (n, "new")]  # hòa/hoà, khỏe/khoẻ, thủy/thuỷ
    return [(n, None)]


@functools.cache
def _table() -> dict[str, tuple[Syllable, str | None]]:
    """Every valid spelling (lowercase, NFC) → (Syllable, tone style or None)."""
    table: dict[str, tuple[Syllable, str | None]] = {}
    rimes: list[tuple[str, str, str]] = [(n, "", c) for n, codas in NUCLEUS_CODAS.items() for c in codas]
    rimes += [(n, g, c) for g, nuclei in GLIDE_RIMES.items() for n, codas in nuclei.items() for c in codas]
    q_rimes = [(n, "u", c) for n, codas in Q_RIMES.items() for c in codas]
    for onset in ONSETS:
        for nucleus, glide, coda in q_rimes if onset == "q" else rimes:
            if not _onset_ok(onset, glide, nucleus):
                continue
            for nuc_w in _nucleus_spellings(onset, glide, nucleus, coda):
                letters = glide + nuc_w
                for tone in TONES if coda not in STOP_CODAS else ("sac", "nang"):
                    for pos, style in _tone_positions(onset, glide, nuc_w, coda):
                        if pos == -1:  # gi + i: the i of the onset carries the tone
                            written = _put_tone("gi", 1, tone) + coda
                        else:
                            written = onset + _put_tone(letters, pos, tone) + coda
                        if tone == "ngang":
                            style = None
                        syl = Syllable(onset, glide, nucleus, coda, tone, written)
                        table.setdefault(written, (syl, style))
    return table


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


@functools.lru_cache(maxsize=65536)
def _lookup(word: str) -> tuple[Syllable, str | None] | None:
    return _table().get(_norm(word))


def parse(word: str) -> Syllable | None:
    """The syllable ``word`` spells, or None if it is not a valid Vietnamese syllable."""
    entry = _lookup(word)
    return entry[0] if entry else None


def is_valid_syllable(word: str) -> bool:
    """True if ``word`` (any case) is a well-formed Vietnamese syllable."""
    return _lookup(word) is not None


def tone_style(word: str) -> str | None:
    """'old' (hòa, thủy, khỏe), 'new' (hoà, thuỷ, khoẻ), or None where the styles agree."""
    entry = _lookup(word)
    return entry[1] if entry else None


def syllable_spellings() -> Mapping[str, object]:
    """Every valid spelling, lowercase and NFC (a word in this form is valid iff it is in here).

    A dict: ``set(words).difference(syllable_spellings())`` looks each word up (a keys view would
    make ``-`` walk the whole table)."""
    return _table()


@functools.cache
def syllable_set() -> frozenset[str]:
    """The spellings of :func:`syllable_spellings` as a set: ``set(words).difference(syllable_set())`` looks each
    word up in one table of hashes and keys (a dict's lookup goes through its index to its entries: twice the
    memory a document's words touch)."""
    return frozenset(_table())


@functools.cache
def styled_spellings() -> frozenset[str]:
    """The spellings (lowercase, NFC) whose :func:`tone_style` is 'old' or 'new'."""
    return frozenset(w for w, (_, style) in _table().items() if style)


def strip_diacritics(word: str) -> str:
    """Base letters only: tones and vowel marks removed, đ → d."""
    decomposed = unicodedata.normalize("NFD", _norm(word)).replace("đ", "d")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _by_skeleton() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for written in _table():
        index.setdefault(strip_diacritics(written), []).append(written)
    return {k: tuple(v) for k, v in index.items()}


def spellings_of(letters: str) -> tuple[str, ...]:
    """The valid syllables whose base letters are ``letters`` (lowercase: 'duoc' → 'được', 'dược', 'đuốc' …)."""
    return _by_skeleton().get(letters, ())


def skeletons() -> Iterable[str]:
    """The base letters of every valid syllable ('duoc', 'nguoi', 'a' …)."""
    return _by_skeleton().keys()


_Unit = tuple[str, str]  # (base letter, vowel mark or "") — tone marks are compared apart


def _units(word: str) -> tuple[list[_Unit], str, int]:
    """Letters as (base, mark) units, the tone and the index of the letter that carries it."""
    units: list[_Unit] = []
    tone, where = "ngang", -1
    for ch in word:
        if ch == "đ":
            units.append(("d", "đ"))
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        shape = ""
        for m in marks:
            if m in _MARK_TONE:
                tone, where = _MARK_TONE[m], len(units)
            else:
                shape += m
        units.append((base, shape))
    return units, tone, where


def _sub_cost(a: _Unit, b: _Unit) -> float:
    if a == b:
        return 0.0
    if a[0] != b[0]:
        return 1.5
    return 1.0 if not a[1] or not b[1] else 1.25  # adding or dropping a mark < swapping marks


def _distance(a: str, b: str) -> float:
    """Edit distance that weighs a missing vowel mark or tone below a wrong letter."""
    ua, ta, wa = _units(a)
    ub, tb, wb = _units(b)
    prev = [j * 1.5 for j in range(len(ub) + 1)]
    for i, ca in enumerate(ua, 1):
        cur = [i * 1.5]
        for j, cb in enumerate(ub, 1):
            cur.append(min(prev[j] + 1.5, cur[j - 1] + 1.5, prev[j - 1] + _sub_cost(ca, cb)))
        prev = cur
    tone_cost = 1.0 if ta != tb else (0.5 if wa != wb else 0.0)
    return prev[-1] + tone_cost


_LETTERS = "abcdeghiklmnopqrstuvxy"


@functools.lru_cache(maxsize=4096)
def _candidates(low: str) -> tuple[tuple[float, int, str], ...]:
    """(distance, tone rank, spelling) of the valid syllables near ``low``: same base letters or one letter off."""
    skeleton = strip_diacritics(low)
    index = _by_skeleton()
    skeletons = {skeleton}
    for i in range(len(skeleton) + 1):
        for ch in _LETTERS:
            skeletons.add(skeleton[:i] + ch + skeleton[i:])
            if i < len(skeleton):
                skeletons.add(skeleton[:i] + ch + skeleton[i + 1 :])
        if i < len(skeleton):
            skeletons.add(skeleton[:i] + skeleton[i + 1 :])
    table = _table()
    return tuple(
        (_distance(low, cand), _TONE_ORDER[table[cand][0].tone], cand)
        for sk in skeletons
        for cand in index.get(sk, ())
        if cand != low
    )


_TONE_ORDER = {t: i for i, t in enumerate(("nang", "sac", "ngang", "huyen", "hoi", "nga"))}


@functools.lru_cache(maxsize=4096)
def _within_reach(low: str, limit: int) -> tuple[tuple[float, int, str], ...]:
    """The candidates of :func:`_candidates` that may rank among the first ``limit`` of :func:`nearest`, in
    their order: those no further than the ``limit``-th nearest (the distance is its first sort key), so that
    ``prefer`` is asked about a few spellings, not about every one near the word."""
    cands = _candidates(low)
    if limit < 1 or len(cands) <= limit:
        return cands
    cutoff = sorted(d for d, _, _ in cands)[limit - 1]
    return tuple(c for c in cands if c[0] <= cutoff)


def nearest(word: str, limit: int = 5, prefer: Callable[[str], float] | Mapping[str, float] | None = None) -> list[str]:
    """Valid syllables closest to ``word`` (diacritic-aware edit distance), best first.

    Candidates share its base letters or differ from them by one letter. Ties are broken
    by ``prefer`` (a score per spelling, e.g. how often it occurs in the same document or in
    Vietnamese text at large), then by tone. The case of the first letter is kept.
    """
    low = _norm(word)
    if not low:
        return []
    scored = []
    for dist, tone_rank, cand in _within_reach(low, limit):
        freq = 0.0 if prefer is None else prefer(cand) if callable(prefer) else prefer.get(cand, 0.0)
        scored.append((dist, -freq, tone_rank, cand))
    scored.sort()
    out = [c for *_, c in scored[:limit]]
    if word[:1].isupper():
        out = [c[:1].upper() + c[1:] for c in out]
    return out


@functools.cache
def _styled() -> dict[tuple[str, str, str, str, str, str], str]:
    out: dict[tuple[str, str, str, str, str, str], str] = {}
    for written, (s, style) in _table().items():
        if style:
            out.setdefault((s.onset, s.glide, s.nucleus, s.coda, s.tone, style), written)
    return out


def restyle(word: str, style: str) -> str | None:
    """``word`` with its tone mark placed in ``style`` ('old' or 'new'); None if the styles agree."""
    syl = parse(word)
    if syl is None:
        return None
    written = _styled().get((syl.onset, syl.glide, syl.nucleus, syl.coda, syl.tone, style))
    if written is None:
        return None
    return written[:1].upper() + written[1:] if word[:1].isupper() else written


def base_letters_spell_syllable(word: str) -> bool:
    """True if some valid syllable has the same base letters as ``word`` (only its marks may be wrong)."""
    return strip_diacritics(word) in _by_skeleton()


_BASE_LETTERS = "abcdeghiklmnopqrstuvxyđ"


def letter_slips(word: str) -> list[str]:
    """Valid syllables one base letter away from ``word``: a letter dropped, doubled or swapped.

    For words whose base letters spell no syllable ("tăg" → "tăng", "khôg" → "không", "tdễ" → "dễ");
    the marks already written are kept, so the candidates are few and close.
    """
    low = _norm(word)
    edits: set[str] = set()
    for i in range(len(low) + 1):
        if i < len(low):
            edits.add(low[:i] + low[i + 1 :])  # an extra letter
        if i + 1 < len(low):
            edits.add(low[:i] + low[i + 1] + low[i] + low[i + 2 :])  # two letters swapped
        for ch in _BASE_LETTERS:
            edits.add(low[:i] + ch + low[i:])  # a dropped letter
    return sorted(e for e in edits if e and is_valid_syllable(e))
