"""A run collects young objects less often (audit.pipeline.gcwork) and leaves the collector as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

from audit.pipeline import Settings, run
from audit.pipeline.gcwork import YOUNG_THRESHOLD, collecting_less


def test_a_run_raises_the_young_threshold_and_restores_it(tmp_path: Path) -> None:
    src = tmp_path / "tin.txt"
    src.write_text("Ông Kowalczyk đến Gdańsk hôm thứ Ba.\nTrời mưa to ở Đà Nẵng.\n", encoding="utf-8")
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    result = run([str(src)], str(tmp_path / "out"), Settings(), progress=lambda *_: seen.append(gc.get_threshold()))
    assert result.summary["counts"]["segments"] == 2
    assert seen and all(t[0] == max(before[0], YOUNG_THRESHOLD) and t[1:] == before[1:] for t in seen)
    assert gc.get_threshold() == before


def test_thresholds_come_back_after_an_error_and_a_higher_one_stays() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(YOUNG_THRESHOLD * 3, 7, 9)
        try:
            with collecting_less():
                assert gc.get_threshold() == (YOUNG_THRESHOLD * 3, 7, 9)  # never lowered
                raise KeyError("boom")
        except KeyError:
            pass
        assert gc.get_threshold() == (YOUNG_THRESHOLD * 3, 7, 9)
    finally:
        gc.set_threshold(*before)
