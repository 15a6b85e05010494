"""finish_result (audit.pipeline.records) gives each content segment audit.rank's segment_risk and the document
audit.rank's mean_scores, in one pass: the same floats as the plain functions, on random records (scores of one
backend, of two, missing; boilerplate; findings or none)."""

from __future__ import annotations

import random

import pytest

from audit.pipeline.records import DocResult, finish_result
from audit.qe.builtin import BuiltinBackend
from audit.qe.sacrebleu_backend import SacrebleuBackend
from audit.rank import DocumentRisk, backend_qualities, mean_scores, qe_risk, segment_risk


def _record(rng: random.Random, names: list[str]) -> dict:
    scores = {
        n: rng.choice([1.0, 0.0, round(rng.random(), 4), rng.uniform(0, 100)]) for n in names if rng.random() < 0.9
    }
    return {
        "segment": 0,
        "boilerplate": rng.random() < 0.2,
        "scores": scores,
        "risk": 0.0,
        "words": rng.choice([0, 1, 3, 17, 40]),
        "penalty": rng.choice([0.0, 0.0, 0.1, 1.0, 5.0, 11.1]),
    }


@pytest.mark.parametrize("seed", range(40))
def test_one_pass_gives_the_plain_risks_and_means(seed: int) -> None:
    rng = random.Random(seed)
    backends = [BuiltinBackend()] if seed % 2 else [BuiltinBackend(), SacrebleuBackend()]
    names = ["builtin", "builtin_invalid", "builtin_fluency"] + (["chrf", "bleu", "ter"] if seed % 2 == 0 else [])
    records = [_record(rng, names) for _ in range(rng.randint(0, 60))]
    plain = [dict(r) for r in records]
    result = DocResult({"doc": "d"}, records, [], [])
    finish_result(result, backends)  # type: ignore[arg-type]

    want = DocumentRisk()
    risks, content = [], []
    for rec in plain:
        if rec["boilerplate"]:
            risks.append(-1.0)
            continue
        qualities = backend_qualities(rec["scores"], backends)  # type: ignore[arg-type]
        r = segment_risk(rec["penalty"], rec["words"], qualities)
        qe = qe_risk(qualities) if qualities else None
        want.add(r, rec["words"], rec["penalty"], qe)
        risks.append(r)
        content.append((rec["penalty"], qe))
    assert result.risks == risks and result.content == content
    assert result.doc["scores"] == mean_scores(plain)
    assert list(result.doc["scores"]) == list(mean_scores(plain))
    assert result.doc_risk is not None and result.doc_risk.value == want.value
