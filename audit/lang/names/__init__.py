"""Vietnamese personal names: the name behind a pinyin rendering ("Ruan Fuzhong" → "Nguyễn Phú Trọng"), names
in a text, and how alike two names are.

``readings.py`` (a name's pinyin readings and the syllable match), ``recovery.py`` (the candidates behind
observed pinyin, best first; how recovery works is in its docstring), ``runs.py`` (runs of capitalised
words), ``vietnamese_names.py`` (Vietnamese names in them, for the document memo), ``similarity.py``
(syllable-level similarity for near-miss names).
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
from audit.lang.names.vietnamese_names import name_opening_run, names_in_run, names_in_runs

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
    "name_opening_run",
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
