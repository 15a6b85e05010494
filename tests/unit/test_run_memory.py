"""A run keeps little per document: the records of documents.jsonl are written as each document ends and ranked from
that file, the per-segment figures the ranking needs are arrays (issue 3: memory does not grow with corpus size).
Real runs of the pipeline; tracemalloc counts what Python allocates, the same on every run of the same input."""

from __future__ import annotations

import itertools
import json
import tracemalloc
from pathlib import Path

import pytest

from audit.pipeline import Settings, memory, run

ROOT = Path(__file__).resolve().parents[2]


def _corpus(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        text = f"Ông Trần Văn Bình {i} cho biết sản lượng lúa tăng {i % 97}% so với năm trước.\n"
        (root / f"tin{i:05d}.txt").write_text(text, encoding="utf-8")
    return root


def _traced_peak(paths: list[Path], out: Path) -> int:
    tracemalloc.start()
    try:
        run([str(p) for p in paths], str(out), Settings(select=["ALL"], qe=["builtin"]), jobs=1, reports=())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_runs_memory_grows_little_with_its_documents(tmp_path: Path) -> None:
    """Ten times the documents: the peak grows by well under 2 KB a document (the file list, a few arrays); the
    records once held for the ranking took another 1.2 KB each. The ranks are those of one sort of all documents."""
    warm = _corpus(tmp_path / "warm", 20)
    run([str(warm)], str(tmp_path / "o0"), Settings(select=["ALL"], qe=["builtin"]), jobs=1, reports=())
    small = _traced_peak([_corpus(tmp_path / "small", 300)], tmp_path / "o1")
    big = _traced_peak([_corpus(tmp_path / "big", 3000)], tmp_path / "o2")
    per_doc = (big - small) / 2700
    assert per_doc < 1800, f"{per_doc:.0f} bytes a document"
    docs = [json.loads(line) for line in (tmp_path / "o2" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 3000 and sorted(d["rank"] for d in docs) == list(range(1, 3001))
    by_rank = sorted(docs, key=lambda d: d["rank"])
    assert all(a["risk"] >= b["risk"] for a, b in itertools.pairwise(by_rank))


def test_the_word_caches_are_kept_small_and_the_findings_stay_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caches keyed on words and names are emptied when they grow past TRIM_ABOVE_ENTRIES (a corpus of many
    distinct names took a run to 622 MB by 180,000 lines, 228 MB now): they are pure, so emptying them after every
    document, tables and all, changes no output."""
    from audit.lang.english import is_english_form

    is_english_form.cache_clear()
    for w in ("alpha", "beta", "gamma", "delta"):
        is_english_form(w)
    memory.trim_word_caches(above=10)
    assert is_english_form.cache_info().currsize == 4  # under the limit: kept
    assert memory.trim_word_caches(above=3) >= 1
    assert is_english_form.cache_info().currsize == 0
    inputs = [ROOT / "corpus", ROOT / "tests" / "data" / "adversary60"]
    settings = Settings(select=["ALL"], qe=["builtin"])
    run([str(p) for p in inputs], str(tmp_path / "kept"), settings, jobs=1, reports=())
    monkeypatch.setattr(memory, "TRIM_EVERY_SEGMENTS", 1)
    monkeypatch.setattr(memory, "TRIM_ABOVE_ENTRIES", 0)
    run([str(p) for p in inputs], str(tmp_path / "trimmed"), settings, jobs=1, reports=())
    for name in ("findings.jsonl", "segments.jsonl", "documents.jsonl"):
        assert (tmp_path / "trimmed" / name).read_bytes() == (tmp_path / "kept" / name).read_bytes(), name
