"""Recovering the Vietnamese name behind a pinyin rendering ("Ruan Fuzhong" → "Nguyễn Phú Trọng").

Recovery runs in the reverse direction: every candidate Vietnamese name — from the people
gazetteer, from the names already in the same document, and surname × given-name combinations
from ``vi_names.tsv`` — is turned into the pinyin it can produce (Hán-Việt syllable →
characters with that reading → their pinyin; a gazetteer person's own Chinese name first) and
compared with the observed pinyin syllable by syllable. The forward chain (pinyin → most frequent
characters → Hán-Việt) is the low-confidence fallback for names in no list.

``readings.py`` (a name's pinyin readings and the match), ``recovery.py`` (the candidates, best first);
also finding Vietnamese personal names in a text (``runs.py``: capitalised runs, ``vietnamese_names.py``) and
the syllable-level similarity used for near-miss names (``similarity.py``).
"""

from audit.lang.names.readings import (
    SylOptions,
    faithful,
    match_score,
    name_options,
    observed_sequences,
    syllable_options,
)
from audit.lang.names.recovery import SOURCE_WEIGHT, Candidate, confidence, forward_chain, recover
from audit.lang.names.runs import (
    LETTER,
    RUN_WORD,
    Run,
    RunStart,
    capitalised_runs,
    multiword_run_words,
    multiword_runs,
    multiword_runs_by_text,
    multiword_runs_passing,
    run_at,
    run_offsets,
)
from audit.lang.names.similarity import name_similarity, syllable_similarity
from audit.lang.names.vietnamese_names import names_in_run, names_in_runs

__all__ = [
    "LETTER",
    "RUN_WORD",
    "SOURCE_WEIGHT",
    "Candidate",
    "Run",
    "RunStart",
    "SylOptions",
    "capitalised_runs",
    "confidence",
    "faithful",
    "forward_chain",
    "match_score",
    "multiword_run_words",
    "multiword_runs",
    "multiword_runs_by_text",
    "multiword_runs_passing",
    "name_options",
    "name_similarity",
    "names_in_run",
    "names_in_runs",
    "observed_sequences",
    "recover",
    "run_at",
    "run_offsets",
    "syllable_options",
    "syllable_similarity",
]
