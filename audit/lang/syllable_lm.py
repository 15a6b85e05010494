"""A Vietnamese syllable model: how word-like a run of syllables is (the built-in QE score), and which two
syllables make up a dictionary word (F113: a repetition that continues a word).

Trained from syllable transitions inside dictionary words (``references/vi_syllable_lm.tsv``,
built by ``scripts/build_vi_lm.py`` from pyvi's MIT-licensed word list). Running text is a
sequence of words, so the probability of syllable ``b`` after syllable ``a`` mixes "``a`` ends a
word and ``b`` starts the next one" with "``b`` continues the word ``a`` is in"::

    P(b | a) = e(a) * S(b) + (1 - e(a)) * P_in(b | a)

- ``e(a)``: share of ``a``'s occurrences that end a word (add-one smoothed);
- ``S(b)``: probability that a word starts with ``b``, add-one smoothed over the vocabulary plus
  one unknown-syllable slot;
- ``P_in(b | a)``: within-word transition, Witten-Bell interpolated with ``S``: the ``T(a)``
  distinct continuations seen after ``a`` reserve ``T(a) / (c(a) + T(a))`` for ``S``.

:func:`FluencyModel.logprob` returns the mean natural-log probability per syllable of a
lowercased token sequence (higher = more word-like). Loaded once per process; the trained
tables are cached under the user cache dir (``$XDG_CACHE_HOME/mt-audit/``, keyed by a hash of
the counts file and the Python version), which makes loading about ten times faster.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import marshal
import math
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit.lang.diskcache import cache_dir
from audit.lang.resources import read_tsv, reference_path

START, END = "<w>", "</w>"
RESOURCE = "vi_syllable_lm.tsv"


class FluencyModel:
    def __init__(self, transitions: dict[tuple[str, str], int] | None = None) -> None:
        if transitions is not None:
            self._train(transitions)

    def _train(self, transitions: dict[tuple[str, str], int]) -> None:
        starts: Counter[str] = Counter()
        ctx: Counter[str] = Counter()
        types: Counter[str] = Counter()
        ends: Counter[str] = Counter()
        inside: dict[tuple[str, str], int] = {}
        for (a, b), n in transitions.items():
            if a == START:
                starts[b] += n
                continue
            if b == END:
                ends[a] += n
            else:
                inside[(a, b)] = n
                types[a] += 1
            ctx[a] += n
        total = sum(starts.values())
        vocab = len(starts) + 1
        self._start = {s: math.log((n + 1) / (total + vocab)) for s, n in starts.items()}
        self._unk = math.log(1 / (total + vocab))
        # Precomputed so that scoring is dictionary lookups: for a known ``a``, an unseen pair
        # costs log S(b) + log(e(a) + (1 - e(a)) * backoff(a)); a pair seen inside words has its
        # full log probability stored.
        self._unseen: dict[str, float] = {}
        end_prob: dict[str, float] = {}
        backoff: dict[str, float] = {}
        for a, c in ctx.items():
            c_in, t = c - ends[a], types[a]
            end_prob[a] = (ends[a] + 1) / (c + 2)
            backoff[a] = t / (c_in + t) if c_in + t else 1.0
            self._unseen[a] = math.log(end_prob[a] + (1.0 - end_prob[a]) * backoff[a])
        self._pair: dict[tuple[str, str], float] = {}
        for (a, b), n in inside.items():
            s_b = math.exp(self.start_logprob(b))
            p_in = n / (ctx[a] - ends[a] + types[a]) + backoff[a] * s_b
            self._pair[(a, b)] = math.log(end_prob[a] * s_b + (1.0 - end_prob[a]) * p_in)
        self.vocabulary = len(starts)

    def tables(self) -> tuple[dict[str, float], float, dict[tuple[str, str], float], dict[str, float]]:
        """(start log-probs, unknown log-prob, seen-pair log-probs, unseen-pair constants) for hot loops."""
        return self._start, self._unk, self._pair, self._unseen

    def start_logprob(self, syllable: str) -> float:
        return self._start.get(syllable, self._unk)

    def transition_logprob(self, prev: str, syllable: str) -> float:
        lp = self._pair.get((prev, syllable))
        if lp is not None:
            return lp
        return self._unseen.get(prev, 0.0) + self._start.get(syllable, self._unk)

    def logprob(self, tokens: Sequence[str]) -> float:
        """Mean log probability per syllable of lowercased ``tokens`` (0.0 for none)."""
        if not tokens:
            return 0.0
        total = self.start_logprob(tokens[0])
        for a, b in itertools.pairwise(tokens):
            total += self.transition_logprob(a, b)
        return total / len(tokens)

    def runs_logprob(self, tokens: Sequence[str]) -> tuple[float, int]:
        """Mean log probability per syllable over the runs of lowercase tokens, and their count.

        Capitalised tokens (names, sentence starts) break a run: a name's syllables say nothing
        about how fluent the sentence around it is.
        """
        start, unk, pair, unseen = self._start, self._unk, self._pair, self._unseen
        total, n, prev = 0.0, 0, None
        for tok in tokens:
            if not tok[0].islower():
                prev = None
                continue
            if prev is None:
                total += start.get(tok, unk)
            else:
                lp = pair.get((prev, tok))
                total += lp if lp is not None else unseen.get(prev, 0.0) + start.get(tok, unk)
            n += 1
            prev = tok
        return (total / n if n else 0.0), n

    def state(self) -> tuple[Any, ...]:
        return (self._start, self._unk, self._pair, self._unseen, self.vocabulary)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> FluencyModel:
        model = cls()
        model._start, model._unk, model._pair, model._unseen, model.vocabulary = state
        return model


def _cache_file() -> Path:
    digest = hashlib.sha256(reference_path(RESOURCE).read_bytes()).hexdigest()[:16]
    return cache_dir() / f"fluency-{digest}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


@functools.cache
def fluency_model() -> FluencyModel:
    """The model, from the user cache when it was trained before, else trained and cached."""
    path = _cache_file()
    try:
        return FluencyModel.from_state(marshal.loads(path.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    counts = {(r["prev"], r["syllable"]): int(r["count"]) for r in read_tsv(RESOURCE)}
    model = FluencyModel(counts)
    try:  # best effort: a read-only cache dir only costs the training time next run
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(model.state()))
        os.replace(tmp, path)
    except OSError:
        pass
    return model


def in_word(first: str, second: str) -> bool:
    """The lowercase syllables ``first`` then ``second`` occur inside a dictionary word ('kêu', 'gọi')."""
    return (first, second) in fluency_model().tables()[2]
