"""The built-in QE score: no download, deterministic, in [0, 1] (1 = reads like good Vietnamese).

Without a source it looks at the target text alone and adds up evidence of machine-translation damage::

    damage  = 10 * rule_penalty_per_word             rule findings (audit.rank.penalty)
            +  4 * invalid_lower                     lowercase tokens that are not Vietnamese syllables
            +  1 * invalid_capitalised               capitalised non-acronym tokens that are not
                                                     Vietnamese syllables (pinyin names, garbles)
            +  1 * max(0, -8.6 - fluency)            mean log-prob per syllable of the lowercase runs
                                                     under the syllable model (audit.lang.syllable_lm),
                                                     when there are at least 4 such syllables
            +  1 * foreign                           1 when the segment is not Vietnamese (langid)
    builtin = exp(-damage)

Each share is over the segment's letter tokens. The weights were set by hand so that one major
finding in a 20-word sentence (damage 2.5) or a quarter of its words misspelt (damage 1) clearly
lowers the score. The fluency floor is the 1st percentile of human news sentences (clean_news:
median -7.4 nats per syllable, 1st percentile -8.6), so fluent human text is not penalised: the
model knows syllables inside dictionary words, not running text, and a sentence with many names has
short lowercase runs that score low. (A floor at the human median, -7.0, used before, put a third
of human sentences below 0.5 and ranked human sentences above MT segments with planted errors:
AUC 0.47, against 0.64 with -8.6; bench/eval_builtin.py.) On a document, the score is the
word-weighted mean over its content segments.
Besides ``builtin``, the backend reports the signals themselves (``builtin_invalid``,
``builtin_fluency``) so reviewers can see why a score is low. Syllable validity comes from
``audit.lang.syllable``; without it those terms are 0.

With a source (JSONL, TSV/CSV, XLIFF records), target tokens found in the source are set apart
(a copied capitalised token is a name, not a garble: it leaves ``invalid_capitalised``; a copied
lowercase token leaves ``invalid_lower``, and counts as ``untranslated`` when it is a common English
word that is no loan or stands next to another copied word; copied Chinese characters count so too),
and the source terms of :mod:`audit.qe.source_signals` are added::

    damage += 2 * length_excess          log distance of letters(target)/letters(source) outside the
                                         band of 90% of human translations of the language pair
            + 2 * numbers / source_numbers    source numbers missing from the target
            + 1 * codes / source_codes        links, e-mails, hashtags, codes (FI614) missing
            + 4 * untranslated / tokens       copied words Vietnamese does not use, Chinese characters
            + 0.5 * names / source_names      names of the source missing letter for letter
            + 0.5 * parity                    question, exclamation, negation of the source not carried
            + 0.5 * sentences                 source sentences more than the target has
            + 4 * repeats / tokens            target words in loops the source does not have

each reported as ``builtin_length`` (the ratio over the typical one), ``builtin_numbers``,
``builtin_codes``, ``builtin_untranslated``, ``builtin_names``, ``builtin_parity``,
``builtin_sentences``, ``builtin_repeats`` (counts). The weights were chosen on the odd lines of
mt_vi (Spearman with sentence chrF and TER), the length and name weights halved from 4 and 1 because
that cost 0.015 of rho there and cut the human NTREX-128 translations scoring below 0.5 from 4.0% to
0.9%; the even lines of mt_vi, NTREX-128 with synthetic damage and tests/data/adversary5_src measure
the result (``scripts/eval_builtin_source.py``). A segment without a source gets exactly the
target-only score and signals.

:func:`scored` gives the terms of the damage too (:class:`Damage`; the terminal report names the
largest), and the backend's ``describe()`` (summary.json) states both formulas with their weights.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from audit.lang.langid import _VI_LETTERS, guess_lang, letter_words
from audit.lang.syllable_lm import fluency_model
from audit.qe.base import QEBackend, QEItem, prose
from audit.qe.source_signals import LENGTH, SourceSignals, source_signals, untranslated
from audit.rank import penalty

W_RULES = 10.0
W_INVALID_LOWER = 4.0
W_INVALID_CAP = 1.0
W_FLUENCY = 1.0
FLUENCY_FLOOR = -8.6  # 1st percentile of human news sentences (clean_news)
FLUENCY_MIN_SYLLABLES = 4
W_FOREIGN = 1.0
# source terms (segments with a source only; tuned on one half of mt_vi: scripts/eval_builtin_source.py)
W_LENGTH = 2.0
W_NUMBERS = 2.0
W_CODES = 1.0
W_UNTRANSLATED = 4.0
W_NAMES = 0.5
W_PARITY = 0.5
W_SENTENCES = 0.5
W_REPEATS = 4.0
FORMULA = (
    f"exp(-({W_RULES:g}*rule_penalty_per_word + {W_INVALID_LOWER:g}*invalid_lower"
    f" + {W_INVALID_CAP:g}*invalid_capitalised + {W_FLUENCY:g}*max(0, {FLUENCY_FLOOR:g} - fluency)"
    f" + {W_FOREIGN:g}*foreign))"
)
# a record with a source: the damage of FORMULA (tokens copied from the source left out of the invalid shares) plus
# the source terms
FORMULA_WITH_SOURCE = (
    "exp(-(D + "
    f"{W_LENGTH:g}*length_excess + {W_NUMBERS:g}*numbers/source_numbers"
    f" + {W_CODES:g}*codes/source_codes + {W_UNTRANSLATED:g}*untranslated/tokens + {W_NAMES:g}*names/source_names"
    f" + {W_PARITY:g}*parity + {W_SENTENCES:g}*sentences + {W_REPEATS:g}*repeats/tokens)), D = the damage inside"
    " 'formula', tokens copied from the source left out of invalid_lower and invalid_capitalised"
)

_VI_CHAR = re.compile(f"[{''.join(sorted(_VI_LETTERS))}]")
FOREIGN_CHECK = 0.4  # only segments with at least this share of non-Vietnamese tokens go to langid


@functools.cache
def _validity() -> Callable[[str], bool] | None:
    try:
        from audit.lang.syllable import is_valid_syllable
    except ImportError:
        return None
    return functools.lru_cache(maxsize=1 << 16)(is_valid_syllable)


def _foreign(text: str, n_tokens: int) -> bool:
    """Not Vietnamese: few Vietnamese letters and langid agrees (langdetect only when unsure)."""
    if n_tokens < 3 or len(_VI_CHAR.findall(text)) >= 0.25 * n_tokens:
        return False
    return guess_lang(text) not in ("vi", "und")


_EMPTY_ROW: dict[str, float] = {}
_TOKEN_CACHE_MAX = 1 << 17
LOWER, LOWER_INVALID, CAP, CAP_INVALID = 0, 1, 2, 3


_Fact = tuple[int, float, dict[str, float], float, str]


class _Facts(dict[str, _Fact]):
    """A token's facts for the hot loop of :func:`signals`, computed on first use (``facts[token]``: a
    plain dictionary lookup after that; emptied when it holds _TOKEN_CACHE_MAX tokens)."""

    def __init__(self, fact: Callable[[str], _Fact]) -> None:
        super().__init__()
        self._fact = fact

    def __missing__(self, t: str) -> _Fact:
        if len(self) >= _TOKEN_CACHE_MAX:
            self.clear()
        fact = self[t] = self._fact(t)
        return fact


@functools.cache
def _token_table() -> _Facts:
    """Per-token facts for the hot loop of :func:`signals`, computed once per distinct token.

    A token maps to (kind, start log-prob, its row of seen-pair log-probs, its unseen-pair
    constant, its syllable as the rows spell it); the pair table is regrouped by first syllable
    so that a transition is one lookup. Every row holds the same string object for a syllable,
    the one the facts give: a lookup then matches it by identity, without reading and comparing
    its characters (the loop runs about a sixth quicker).
    """
    valid = _validity()
    start, unk, pair, unseen = fluency_model().tables()
    syllables: dict[str, str] = {}  # one string object per syllable
    rows: dict[str, dict[str, float]] = {}
    for (a, b), lp in pair.items():
        rows.setdefault(syllables.setdefault(a, a), {})[syllables.setdefault(b, b)] = lp

    def info(t: str) -> _Fact:
        if t[0].islower():
            kind = LOWER_INVALID if valid is not None and not valid(t) else LOWER
        else:  # acronyms (EU, ASEAN) are no evidence
            kind = CAP_INVALID if valid is not None and not t.isupper() and not valid(t) else CAP
        return (kind, start.get(t, unk), rows.get(t, _EMPTY_ROW), unseen.get(t, 0.0), syllables.get(t, t))

    return _Facts(info)


def signals(text: str) -> dict[str, float]:
    """The text-only signals of one segment: invalid shares, fluency, foreign (0/1); ``fluency_used`` 1.0 when
    the fluency rests on enough syllables to count (see :func:`_signals`)."""
    invalid_lower, invalid_cap, fluency, fluency_used, foreign = _signals(text)
    out = {"invalid_lower": invalid_lower, "invalid_capitalised": invalid_cap, "fluency": fluency, "foreign": foreign}
    if fluency_used:
        out["fluency_used"] = 1.0
    return out


def _signals(text: str) -> tuple[float, float, float, bool, float]:
    """(invalid_lower, invalid_capitalised, fluency, fluency used, foreign) of one segment.

    One pass over the tokens: syllable validity and the fluency of lowercase runs together
    (the fluency part is ``FluencyModel.runs_logprob`` inlined; a test keeps the two equal).
    A run starts after an empty row with no unseen-pair constant: ``0.0 + start`` is ``start``,
    so the sums are those of adding each run's start alone.
    """
    tokens = letter_words(text)  # runs of letters, shared with the language guess
    n = len(tokens)
    if not n:
        return 0.0, 0.0, 0.0, False, 0.0
    lowercase = LOWER_INVALID  # the kinds up to this one are lowercase tokens
    lower = cap = n_cap = 0
    total = 0.0
    row = _EMPTY_ROW  # the previous lowercase token's row of pairs; empty after a break
    prev_unseen = 0.0
    for kind, start_lp, t_row, t_unseen, syllable in map(_token_table().__getitem__, tokens):
        if kind <= lowercase:
            lower += kind
            if (lp := row.get(syllable)) is None:
                total += prev_unseen + start_lp
            else:
                total += lp
            row = t_row
            prev_unseen = t_unseen
        else:
            row = _EMPTY_ROW
            prev_unseen = 0.0
            cap += kind  # CAP or CAP_INVALID: how many of the latter, once the former are taken off below
            n_cap += 1
    used = n - n_cap
    cap -= CAP * n_cap
    foreign = 0.0
    if _validity() is None or (lower + cap) >= FOREIGN_CHECK * n:
        foreign = 1.0 if _foreign(text, n) else 0.0
    return lower / n, cap / n, total / used if used else 0.0, used >= FLUENCY_MIN_SYLLABLES, foreign


def _target_row(text: str, rule_penalty: float, words: int) -> dict[str, float]:
    """The backend's row for a segment without a source: :func:`_score`'s target-only damage, its terms added in
    the same order, without the signals dictionary."""
    invalid_lower, invalid_cap, fluency, fluency_used, foreign = _signals(text)
    damage = (
        W_RULES * rule_penalty / max(1, words)
        + W_INVALID_LOWER * invalid_lower
        + W_INVALID_CAP * invalid_cap
        + W_FOREIGN * foreign
    )
    if fluency_used:
        damage += W_FLUENCY * max(0.0, FLUENCY_FLOOR - fluency)
    invalid = invalid_lower + invalid_cap
    return {  # round() only where it can change the value: half the segments score 1.0 with no invalid word
        "builtin": round(math.exp(-damage), 4) if damage else 1.0,
        "builtin_invalid": round(invalid, 4) if invalid else invalid,
        "builtin_fluency": round(fluency, 3),
    }


def builtin_score(
    text: str, rule_penalty: float, words: int, source: str | None = None
) -> tuple[float, dict[str, float]]:
    """The built-in quality of one segment, and its signals (with ``source``: the source-aware ones too)."""
    q, s, _ = _score(text, rule_penalty, words, source, False)
    return q, s


def scored(
    text: str, rule_penalty: float, words: int, source: str | None = None
) -> tuple[float, dict[str, float], Damage]:
    """:func:`builtin_score` with the terms of its damage (what lowered the score, and how much)."""
    q, s, damage = _score(text, rule_penalty, words, source, True)
    assert damage is not None
    return q, s, damage


def _has_source(source: str | None) -> bool:
    """A source to compare with: not missing, not blank (a blank one is scored as no source)."""
    return bool(source and source.strip())


def _score(
    text: str, rule_penalty: float, words: int, source: str | None, explain: bool
) -> tuple[float, dict[str, float], Damage | None]:
    s = signals(text)
    if _has_source(source):
        assert source is not None
        return _with_source(text, source, rule_penalty, words, s, explain)
    parts = _target_terms(s, rule_penalty, words)
    damage = parts[0] + parts[1] + parts[2] + parts[3]
    fluency = W_FLUENCY * max(0.0, FLUENCY_FLOOR - s["fluency"]) if s.pop("fluency_used", 0.0) else None
    if fluency is not None:
        damage += fluency
    return math.exp(-damage), s, Damage.of(parts, None, fluency, s, None) if explain else None


_TARGET_TERMS = ("rules", "invalid_lower", "invalid_capitalised", "foreign")


def _target_terms(s: dict[str, float], rule_penalty: float, words: int) -> tuple[float, float, float, float]:
    """The target-only terms of the damage but fluency (:data:`_TARGET_TERMS`), in the order they are added."""
    return (
        W_RULES * rule_penalty / max(1, words),
        W_INVALID_LOWER * s["invalid_lower"],
        W_INVALID_CAP * s["invalid_capitalised"],
        W_FOREIGN * s["foreign"],
    )


@dataclass(slots=True)
class Damage:
    """The terms of a segment's damage (``exp(-sum)`` is its score), with the signals they come from."""

    terms: dict[str, float]
    signals: dict[str, float]
    source: SourceSignals | None

    @classmethod
    def of(
        cls,
        target: tuple[float, ...],
        of_source: dict[str, float] | None,
        fluency: float | None,
        signals: dict[str, float],
        src: SourceSignals | None,
    ) -> Damage:
        """The terms by name, from those :func:`_score` added up."""
        terms = dict(zip(_TARGET_TERMS, target, strict=True))
        terms.update(of_source or {})
        if fluency is not None:
            terms["fluency"] = fluency
        return cls(terms, signals, src)

    def main(self) -> str | None:
        """The term that lowered the score most, said as a reviewer checks it ('builtin_numbers: 2 of 3
        source numbers missing'); None when nothing did."""
        name, value = max(self.terms.items(), key=lambda kv: kv[1], default=("", 0.0))
        return _SAYS[name](self.signals, self.source) if value > 0 else None


def _share(key: str, what: str) -> Callable[[dict[str, float], SourceSignals | None], str]:
    return lambda s, _: f"builtin_invalid: {s[key]:.0%} of the words {what}"


def _of(name: str, count: str, total: str, what: str) -> Callable[[dict[str, float], SourceSignals | None], str]:
    return lambda _, src: f"builtin_{name}: {getattr(src, count)} of {getattr(src, total)} {what}"


_SAYS: dict[str, Callable[[dict[str, float], SourceSignals | None], str]] = {
    "rules": lambda s, _: "rule findings",
    "invalid_lower": _share("invalid_lower", "are no Vietnamese syllable"),
    "invalid_capitalised": _share("invalid_capitalised", "are capitalised and no Vietnamese syllable"),
    "foreign": lambda s, _: "not Vietnamese text",
    "fluency": lambda s, _: f"builtin_fluency: {s['fluency']:.1f} per syllable (human text: above {FLUENCY_FLOOR})",
    "length": lambda _, src: f"builtin_length: {src.length:.2f} times the usual length of a translation",
    "numbers": _of("numbers", "numbers", "source_numbers", "source numbers missing"),
    "codes": _of("codes", "codes", "source_codes", "links, addresses or codes of the source missing"),
    "untranslated": lambda _, src: f"builtin_untranslated: {src.untranslated} words left untranslated",
    "names": _of("names", "names", "source_names", "source names missing"),
    "parity": lambda _, src: f"builtin_parity: {src.parity} question, exclamation or negation of the source lost",
    "sentences": lambda _, src: f"builtin_sentences: {src.sentences} sentence(s) of the source missing",
    "repeats": lambda _, src: f"builtin_repeats: {src.repeats} words in a loop",
}


def _invalid_tokens(tokens: tuple[str, ...]) -> list[tuple[int, str, int]]:
    """The tokens that are no Vietnamese syllable: (index, token, kind: LOWER_INVALID or CAP_INVALID)."""
    facts = _token_table()
    out = []
    for i, t in enumerate(tokens):
        kind = facts[t][0]
        if kind in (LOWER_INVALID, CAP_INVALID):
            out.append((i, t, kind))
    return out


def _in_copied_run(tokens: tuple[str, ...], i: int, src: SourceSignals) -> bool:
    """A neighbour of token ``i`` is a lowercase word copied from the source too (not part of a link or code)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j][0].islower() and src.copied(tokens[j]):
            if tokens[j].casefold() not in src.code_words:
                return True
    return False


def _with_source(
    text: str, source: str, rule_penalty: float, words: int, s: dict[str, float], explain: bool
) -> tuple[float, dict[str, float], Damage | None]:
    """The score of a segment with a source: the target-only terms with copied tokens set apart, plus the
    source terms (audit.qe.source_signals)."""
    tokens = letter_words(text)
    n = max(1, len(tokens))
    src = source_signals(source, text, tokens)
    garbled_lower = garbled_cap = untranslated_tokens = 0
    invalid = _invalid_tokens(tokens) if s["invalid_lower"] or s["invalid_capitalised"] else []
    for i, t, kind in invalid:
        if not src.copied(t):
            garbled_lower += kind == LOWER_INVALID
            garbled_cap += kind == CAP_INVALID
        elif t.casefold() not in src.code_words and untranslated(t, _in_copied_run(tokens, i, src)):
            untranslated_tokens += 1
    src.untranslated = untranslated_tokens
    s["invalid_lower"] = garbled_lower / n if tokens else 0.0
    s["invalid_capitalised"] = garbled_cap / n if tokens else 0.0
    parts = _target_terms(s, rule_penalty, words)
    more = source_terms(src, len(tokens))
    damage = parts[0] + parts[1] + parts[2] + parts[3] + sum(more.values())
    fluency = W_FLUENCY * max(0.0, FLUENCY_FLOOR - s["fluency"]) if s.pop("fluency_used", 0.0) else None
    if fluency is not None:
        damage += fluency
    s.update(src.report())
    return math.exp(-damage), s, Damage.of(parts, more, fluency, s, src) if explain else None


def source_terms(src: SourceSignals, n_tokens: int) -> dict[str, float]:
    """The source terms of the damage (see the module docstring), in the order they are added."""
    return {
        "length": W_LENGTH * src.length_excess,
        "numbers": W_NUMBERS * (src.numbers / src.source_numbers if src.source_numbers else 0.0),
        "codes": W_CODES * (src.codes / src.source_codes if src.source_codes else 0.0),
        "untranslated": W_UNTRANSLATED * src.untranslated / max(1, n_tokens),
        "names": W_NAMES * (src.names / src.source_names if src.source_names else 0.0),
        "parity": W_PARITY * src.parity,
        "sentences": W_SENTENCES * src.sentences,
        "repeats": W_REPEATS * src.repeats / max(1, n_tokens),
    }


class BuiltinBackend(QEBackend):
    name: ClassVar[str] = "builtin"
    in_worker: ClassVar[bool] = True
    quality_score: ClassVar[str | None] = "builtin"  # what to_quality says

    def score(self, items: list[QEItem]) -> list[dict[str, float]]:
        return [  # an item without a source or protected spans (most) goes straight to its row: _row's calls left out
            _target_row(it.text, penalty(it.findings) if it.findings else 0.0, it.words)
            if not it.source and not it.protected
            else self._row(it)
            for it in items
        ]

    @staticmethod
    def _row(item: QEItem) -> dict[str, float]:
        """One item's scores: the score, the signals behind it, and with a source the source counts."""
        text = prose(item.text, item.protected)  # an HTML page's code is no Vietnamese to judge
        if not _has_source(item.source):
            return _target_row(text, penalty(item.findings) if item.findings else 0.0, item.words)
        q, s, _ = _score(text, penalty(item.findings) if item.findings else 0.0, item.words, item.source, False)
        row = {
            "builtin": round(q, 4),
            "builtin_invalid": round(s["invalid_lower"] + s["invalid_capitalised"], 4),
            "builtin_fluency": round(s["fluency"], 3),
        }
        if item.source and _has_source(item.source):  # only then are there source counts (builtin_length …)
            row.update((k, v) for k, v in s.items() if k.startswith("builtin_"))
        return row

    def to_quality(self, name: str, value: float) -> float | None:
        return value if name == "builtin" else None

    def describe(self) -> dict[str, Any]:
        from audit import __version__

        return {
            "name": self.name,
            "version": __version__,
            "formula": FORMULA,
            "weights": {
                "rules": W_RULES,
                "invalid_lower": W_INVALID_LOWER,
                "invalid_capitalised": W_INVALID_CAP,
                "fluency": W_FLUENCY,
                "fluency_floor": FLUENCY_FLOOR,
                "foreign": W_FOREIGN,
            },
            "formula_with_source": FORMULA_WITH_SOURCE,
            "weights_with_source": {
                "length_excess": W_LENGTH,
                "numbers": W_NUMBERS,
                "codes": W_CODES,
                "untranslated": W_UNTRANSLATED,
                "names": W_NAMES,
                "parity": W_PARITY,
                "sentences": W_SENTENCES,
                "repeats": W_REPEATS,
            },
            "length_ratio": {kind: dict(zip(("median", "p5", "p95"), v, strict=True)) for kind, v in LENGTH.items()},
            "source_terms": (
                "length_excess: log distance of letters(target)/letters(source) outside the band of 90% of human "
                "translations (length_ratio); numbers, codes: source numbers and verbatim tokens missing, as rules "
                "A101/A102/A104 match them; untranslated: copied words Vietnamese does not use; names: source names "
                "missing letter for letter; parity: question, exclamation, negation lost; sentences: source sentences "
                "more than the target's; repeats: target words in loops (audit/qe/source_signals.py)"
            ),
            "syllable_model": "audit.lang.syllable" if _validity() else None,
            "fluency_model": f"references/vi_syllable_lm.tsv ({fluency_model().vocabulary} syllables)",
        }
