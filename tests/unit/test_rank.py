"""MQM penalties, risk, document scores and ranks (audit.rank)."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from pathlib import Path

import pytest

from audit.model import Finding, Severity
from audit.qe.builtin import BuiltinBackend
from audit.qe.sacrebleu_backend import SacrebleuBackend
from audit.rank import (
    FORMULA,
    K_DOCUMENT,
    DocumentRisk,
    backend_qualities,
    document_risk,
    mean_scores,
    mqm_score,
    penalty,
    ranks,
    segment_risk,
)


def finding(severity: Severity, category: str = "accuracy/mistranslation") -> Finding:
    return Finding("d.txt", 0, 1, 1, "x", "X001", category, severity, "m")


def test_penalty_weights_follow_mqm() -> None:
    assert penalty([finding(Severity.MINOR)]) == 1.0
    assert penalty([finding(Severity.MAJOR)]) == 5.0
    assert penalty([finding(Severity.CRITICAL)]) == 10.0
    assert penalty([finding(Severity.MINOR, "fluency/punctuation")]) == pytest.approx(0.1)
    assert penalty([finding(Severity.MAJOR, "fluency/punctuation")]) == 5.0  # only minor punctuation is discounted
    assert penalty([]) == 0.0


def test_mqm_score_is_per_hundred_words() -> None:
    assert mqm_score(0.0, 250) == 100.0
    assert mqm_score(5.0, 100) == 95.0  # one major in 100 words
    assert mqm_score(10.0, 400) == 97.5
    assert mqm_score(50.0, 10) == 0.0  # floored


def test_segment_risk_grows_with_penalty_and_falls_with_quality() -> None:
    assert segment_risk(0.0, 20, []) == 0.0
    assert 0 < segment_risk(1.0, 20, []) < segment_risk(5.0, 20, []) < segment_risk(10.0, 20, []) <= 1.0
    assert segment_risk(5.0, 10, []) > segment_risk(5.0, 100, [])  # normalised by words
    assert segment_risk(0.0, 20, [0.2]) > segment_risk(0.0, 20, [0.9])
    assert segment_risk(0.0, 20, [1.0]) == 0.0
    assert segment_risk(10.0, 1, [0.0]) == pytest.approx(1.0, abs=1e-3)


def test_each_backend_counts_once_in_qe_risk() -> None:
    sb = SacrebleuBackend()
    scores = {"builtin": 0.8, "builtin_fluency": -7.2, "chrf": 60.0, "bleu": 30.0, "ter": 40.0}
    qualities = backend_qualities(scores, [BuiltinBackend(), sb])
    assert qualities == pytest.approx([0.8, (0.6 + 0.3 + 0.6) / 3])
    assert backend_qualities({"ter": 250.0}, [sb]) == [0.0]  # TER above 100 clipped


def test_document_risk_blends_worst_segment_and_whole_document() -> None:
    assert document_risk([]) == 0.0
    # no finding: the word-weighted mean qe_risk (and the worst segment)
    assert document_risk([(0.08, 10, 0.0, 0.2), (0.08, 30, 0.0, 0.2)]) == pytest.approx(0.5 * 0.08 + 0.5 * 0.4 * 0.2)
    # no QE backend: the rule share alone
    body = 1 - math.exp(-K_DOCUMENT * 10.0 / 100)
    assert document_risk([(0.0, 90, 0.0, None), (1.0, 10, 10.0, None)]) == pytest.approx(0.5 * 1.0 + 0.5 * body)


def test_document_risk_grows_with_the_number_of_severe_findings() -> None:
    """Seven critical findings over nineteen segments (102 words) outrank five major ones over eight segments
    (79 words), with the same QE: a mean of per-segment risks, each near 1.0 with one finding, ranked them the
    other way round (tests/data/formats: may-anh.vi.po below thue-xe.vi.xlf)."""
    seven_critical = [(1.0, 5, 10.0, 0.3)] * 7 + [(0.1, 6, 0.0, 0.25)] * 12
    five_major = [(1.0, 9, 5.0, 0.3)] * 5 + [(0.1, 11, 0.0, 0.25)] * 3
    assert sum(w for _, w, _, _ in seven_critical) == 107 and sum(w for _, w, _, _ in five_major) == 78
    assert document_risk(seven_critical) > document_risk(five_major)
    # and a long clean article with one critical finding stays above the same article with one minor finding
    article = [(0.1, 25, 0.0, 0.2)] * 30
    assert document_risk([*article, (1.0, 25, 10.0, 0.3)]) > document_risk([*article, (0.4, 25, 1.0, 0.3)])


def test_a_document_in_parts_has_the_risk_of_one_document() -> None:
    segments = [(0.3, 12, 1.0, 0.2), (0.0, 8, 0.0, None), (0.9, 20, 5.0, 0.4), (0.2, 15, 0.0, 0.5)]
    first, second = DocumentRisk(), DocumentRisk()
    for seg in segments[:2]:
        first.add(*seg)
    for seg in segments[2:]:
        second.add(*seg)
    first.merge(second)
    assert first.value == document_risk(segments)


def test_document_scores_are_word_weighted_over_content() -> None:
    recs = [
        {"boilerplate": False, "words": 30, "scores": {"builtin": 0.9, "chrf": 50.0}},
        {"boilerplate": False, "words": 10, "scores": {"builtin": 0.5}},
        {"boilerplate": True, "words": 5, "scores": {}},
    ]
    assert mean_scores(recs) == {"builtin": pytest.approx(0.8), "chrf": 50.0}


def test_ranks_are_descending_with_stable_ties() -> None:
    assert ranks([0.1, 0.5, 0.5, 0.0]) == [3, 1, 2, 4]
    assert ranks([]) == []
    assert ranks([None, 0.2, None, 0.7]) == [None, 2, None, 1]  # boilerplate is not ranked


def test_formula_records_weights() -> None:
    assert FORMULA["weights"] == {"K": 10.0, "K_document": 5.0, "rules": 0.6, "qe": 0.4}
    assert "segment_risk" in FORMULA and "document_risk" in FORMULA and "mqm_score" in FORMULA


def test_equal_risks_rank_by_penalty_per_word() -> None:
    """A risk rounded to six places is 1.0 for a short segment with a major or critical finding; of such
    segments the heavier per word ranks first (before: input order, 3 major findings above 2 critical ones)."""
    risks = [1.0, 1.0, 0.5, 1.0, 1.0]
    per_word = [3 * 5 / 9, 2 * 10 / 6, 9.0, 10 / 4, 10 / 4]
    assert ranks(risks, per_word) == [4, 1, 5, 2, 3]  # equal penalties keep input order
    assert ranks([None, 1.0, 1.0], [0.0, 1.0, 2.0]) == [None, 2, 1]


def _ranks_by_pairs(keys: list[float | None], tiebreak: list[float] | None) -> list[int | None]:
    """The ranks as one sort by (key, tie-break) gives them (ranks() before round 14 sorted so)."""
    ranked = (i for i, k in enumerate(keys) if k is not None)
    if tiebreak is None:
        order = sorted(ranked, key=lambda i: keys[i], reverse=True)
    else:
        order = sorted(ranked, key=lambda i: (keys[i], tiebreak[i]), reverse=True)
    out: list[int | None] = [None] * len(keys)
    for r, i in enumerate(order, start=1):
        out[i] = r
    return out


@pytest.mark.parametrize("seed", range(20))
def test_ranks_of_two_stable_sorts_are_those_of_one_sort_by_pairs(seed: int) -> None:
    """ranks() sorts by the tie-break and then by the key: the same order as one sort by (key, tie-break), on
    random risks and penalties full of ties (a few values each), boilerplate (None) among them."""
    rng = random.Random(seed)
    n = rng.randint(0, 400)
    values = [rng.random() for _ in range(rng.randint(1, 6))]
    keys = [None if rng.random() < 0.1 else rng.choice([*values, 0.0, 1.0, -1.0]) for _ in range(n)]
    tiebreak = [rng.choice([0.0, 0.1, 2.5, rng.random()]) for _ in range(n)]
    assert ranks(keys, tiebreak) == _ranks_by_pairs(keys, tiebreak)
    assert ranks(keys) == _ranks_by_pairs(keys, None)


def test_a_run_ranks_saturated_segments_by_penalty_per_word(tmp_path: Path) -> None:
    """End to end (records written for this test, not from the test sets): two short records both at risk 1.0,
    the second heavier per word (three major findings in eight words against two in six), rank second first."""
    src = tmp_path / "in"
    src.mkdir()
    rows = [
        {"id": "a", "src": "Pay 40 USD at gate 7.", "mt": "Trả 14 USD ở cổng 9."},
        {"id": "b", "src": "Saved %d of %s files, 3 items", "mt": "Đã lưu %s trên %d tệp, 5 mục"},
    ]
    (src / "app.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    root = Path(__file__).resolve().parents[2]
    cmd = [sys.executable, "-m", "audit", "run", str(src), "--out", str(out), "--quiet", "--no-html"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=600)
    assert done.returncode == 0, done.stderr
    segs = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["risk"] for s in segs] == [1.0, 1.0]
    assert [(s["penalty"], s["words"]) for s in segs] == [(10.0, 6), (15.0, 8)]
    assert [s["rank"] for s in segs] == [2, 1]
