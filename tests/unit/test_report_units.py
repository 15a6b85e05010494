"""Small pieces of the reports: span location, progress bar, terminal highlighting, decisions validation."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from audit.report.decisions import DecisionsError, parse_decisions
from audit.report.load import span_of
from audit.report.progress import RunProgress
from audit.report.terminal import highlighted


def test_span_of_plain_text_uses_the_column() -> None:
    seg = {"text": "Mưa to ở Huế .. Trời lạnh ..", "line": 3, "column": 10}
    # the second ".." starts at index 26 of the segment, column 10 + 26 of the line
    assert span_of(seg, {"text": "..", "line": 3, "column": 36}) == (26, 28)
    assert span_of(seg, {"text": "..", "line": 3, "column": 23}) == (13, 15)


def test_span_of_records_counts_within_the_target_and_falls_back_to_search() -> None:
    seg = {"text": "Giá xăng tăng nhẹ..", "line": 5, "column": 1, "record": "a7"}
    assert span_of(seg, {"text": "..", "line": 5, "column": 18, "record": "a7"}) == (17, 19)
    # a column off by one (e.g. after normalisation) still finds the nearest occurrence
    assert span_of(seg, {"text": "..", "line": 5, "column": 17, "record": "a7"}) == (17, 19)


def test_progress_bar_waits_a_second_and_reports_rates() -> None:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    with RunProgress(console=console) as p:
        p(1, 10, 500)  # under a second: nothing yet
        assert p._progress is None
        p.t0 -= 2.0
        p(2, 10, 1000)
        assert p._progress is not None
        p._progress.refresh()
    out = buf.getvalue()
    assert "docs/s" in out and "seg/s" in out and "2/10" in out


def test_progress_bar_is_silent_off_a_terminal() -> None:
    buf = io.StringIO()
    with RunProgress(console=Console(file=buf, force_terminal=False)) as p:
        p.t0 -= 5
        p(1, 3, 10)
    assert buf.getvalue() == "" and p._progress is None


def test_highlighted_styles_each_span_by_severity() -> None:
    text = highlighted(
        "Hà Nội hôm nay mưa..",
        [{"start": 18, "end": 20, "severity": "major"}, {"start": 0, "end": 2, "severity": "minor"}],
    )
    spans = {(s.start, s.end): str(s.style) for s in text.spans}
    assert spans == {(18, 20): "black on bright_red", (0, 2): "black on yellow"}


def test_decisions_validation_names_the_problem() -> None:
    ok = {"format": "mt-audit-decisions", "version": 1, "run_id": "r", "findings": [], "segments": []}
    assert parse_decisions(ok).run_id == "r"
    bad = {**ok, "findings": [{"fingerprint": "x", "doc": "d", "segment": 0, "rule": "F1", "decision": "maybe"}]}
    with pytest.raises(DecisionsError, match=r"findings\[0\]: decision"):
        parse_decisions(bad)
    with pytest.raises(DecisionsError, match="version"):
        parse_decisions({**ok, "version": 2})
