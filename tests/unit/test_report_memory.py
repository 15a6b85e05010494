"""The review page and the exports are written as they are made (a document's segments at a time), a run's segments
and findings are read from its files when asked for, and a large run gives its rules' caches back before its
reports: the report step of a large run does not add to the rule pass's memory peak (issue 3: peak memory under
300 MB). Real runs of the command line, no mocks."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from audit.model import fingerprint
from audit.output import write_atomic
from audit.pipeline.memory import release_rule_caches
from audit.report.csv_export import csv_pieces, render_csv
from audit.report.html import html_pieces, page_data, render_html, safe_json
from audit.report.load import RUN_FILES, RunDirError, _read_findings, load_run, span_of
from audit.report.xliff import render_xliff, xliff_pieces

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "audit",
            "run",
            str(ROOT / "corpus"),
            str(ROOT / "tests" / "data" / "formats"),
            "--out",
            str(out),
            "--quiet",
            "--no-html",
        ],
        cwd=ROOT,
        check=False,
    )
    return out


def _with_lone_cr(out: Path, copy: Path, name: str) -> Path:
    """A copy of the run directory ``out`` whose file ``name`` ends its lines in a lone CR (edited on an old Mac)."""
    copy.mkdir()
    for f in RUN_FILES:
        data = (out / f).read_bytes()
        (copy / f).write_bytes(data.replace(b"\n", b"\r") if f == name else data)
    return copy


def test_the_page_in_pieces_is_the_page_and_holds_its_data_whole(tmp_path: Path) -> None:
    run = load_run(_run(tmp_path))
    pieces = list(html_pieces(run))
    assert len(pieces) > len(run.documents)  # a piece a document at least: never the whole data at once
    page = "".join(pieces)
    assert page == render_html(run)
    assert safe_json(page_data(run)) in page  # the data as one JSON object, as the page reads it
    data = page.split('<script type="application/json" id="mt-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["run_id"] == run.run_id


def test_write_atomic_takes_text_in_pieces(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    write_atomic(target, iter(["<p>", "Hà Nội", "</p>"]))
    assert target.read_text(encoding="utf-8") == "<p>Hà Nội</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]  # no temporary file left


def test_releasing_the_rules_caches_empties_them_and_they_fill_again() -> None:
    from audit.lang.people import people

    assert people()  # loaded
    assert people.cache_info().currsize == 1
    assert release_rule_caches() > 10
    assert people.cache_info().currsize == 0
    assert people() and isinstance(people, functools._lru_cache_wrapper)  # loads again on demand


def test_a_runs_segments_are_read_a_document_at_a_time(tmp_path: Path) -> None:
    """load_run keeps each segment's byte offset, not the records: a document's segments are read when asked, the
    same records in segment order; a file with lone-CR line ends (edited by hand) is held whole and reads the same."""
    out = _run(tmp_path)
    run = load_run(out)
    every = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    for doc in run.segments:
        assert run.segments[doc] == sorted((s for s in every if s["doc"] == doc), key=lambda s: s["segment"])
    assert "no-such-doc" not in run.segments and run.segments.get("no-such-doc") is None
    held = load_run(_with_lone_cr(out, tmp_path / "mac", "segments.jsonl"))
    assert {d: held.segments[d] for d in held.segments} == {d: run.segments[d] for d in run.segments}
    assert [f["fingerprint"] for f in held.findings] == [f["fingerprint"] for f in run.findings]


def _findings_the_old_way(out: Path) -> list[dict]:
    """findings.jsonl read whole, each finding given its span and fingerprint from its segment (what load_run did
    before the findings were read on demand)."""
    segs = {}
    for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines():
        s = json.loads(line)
        segs[(s["doc"], s["segment"])] = s
    found = []
    for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        seg = segs[(f["doc"], f["segment"])]
        f["start"], f["end"] = span_of(seg, f)
        f["fingerprint"] = fingerprint(f["rule"], f["text"], seg["text"])
        found.append(f)
    return found


def test_a_runs_findings_are_read_when_asked_and_read_the_same(tmp_path: Path) -> None:
    """load_run keeps each finding's byte offset, document and segment, not the records: iterating, indexing,
    slicing, a document's findings and a segment's give the records of findings.jsonl with their spans and
    fingerprints, in file order; a file with lone-CR line ends (edited by hand) reads the same."""
    out = _run(tmp_path)
    run = load_run(out)
    expected = _findings_the_old_way(out)
    assert len(expected) > 100
    assert list(run.findings) == expected
    assert len(run.findings) == len(expected)
    assert run.findings[0] == expected[0] and run.findings[-1] == expected[-1]
    assert run.findings[5:9] == expected[5:9] and run.findings[::50] == expected[::50]
    with pytest.raises(IndexError):
        run.findings[len(expected)]
    by_segment: dict[tuple[str, int], list[dict]] = {}
    for f in expected:
        by_segment.setdefault((f["doc"], f["segment"]), []).append(f)
    assert dict(run.by_segment) == by_segment and list(run.by_segment) == list(by_segment)
    assert run.by_segment.get(("no-such-doc", 0)) is None
    some_doc = expected[-1]["doc"]
    assert run.findings.of_document(some_doc) == [f for f in expected if f["doc"] == some_doc]
    tally: dict[str, int] = {}
    for f in expected:
        tally[f["rule"]] = tally.get(f["rule"], 0) + 1
    assert {rule: n for rule, (n, _, _) in run.findings.by_rule.items()} == tally
    held = load_run(_with_lone_cr(out, tmp_path / "mac", "findings.jsonl"))
    assert list(held.findings) == expected and held.findings[3] == expected[3]


def test_the_findings_store_holds_a_fraction_of_the_findings(tmp_path: Path) -> None:
    """What load_run keeps of the findings is a small part of what the records take: memory does not grow with a
    run's findings (issue 3: under 300 MB whatever the corpus size; a 200,000-line run has 165,000 findings)."""
    out = _run(tmp_path)
    segments = load_run(out).segments
    tracemalloc.start()
    try:
        store = _read_findings(out / "findings.jsonl", segments)
        kept = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        records = _findings_the_old_way(out)
        whole = tracemalloc.get_traced_memory()[0] - kept
    finally:
        tracemalloc.stop()
    assert len(store) == len(records)
    assert kept * 10 < whole, (kept, whole)


def test_a_finding_of_a_segment_the_run_lacks_is_named(tmp_path: Path) -> None:
    out = _run(tmp_path)
    lines = (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0])
    bad["segment"] = -1  # a negative index once read the document's last segment
    (out / "findings.jsonl").write_text("\n".join([*lines, json.dumps(bad)]) + "\n", encoding="utf-8")
    where = rf"findings\.jsonl:{len(lines) + 1}: a finding of segment {re.escape(bad['doc'])}#-1"
    with pytest.raises(RunDirError, match=where):
        load_run(out)


def test_the_exports_in_pieces_are_the_exports(tmp_path: Path) -> None:
    """findings.csv and report.xlf are written as they are made (a document, or 2,000 rows, at a time): the pieces
    make the whole export, and a large run's export is never whole in memory."""
    run = load_run(_run(tmp_path))
    rows = list(csv_pieces(run, rows_a_piece=7))
    assert len(rows) > 10 and "".join(rows) == render_csv(run)
    files = list(xliff_pieces(run))
    assert len(files) == len(run.documents) + 2 and "".join(files) == render_xliff(run)
