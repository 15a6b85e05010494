"""The review page is written as it is made (a document's segments at a time) and a large run gives its rules'
caches back before its reports: the report step of a large run does not add to the rule pass's memory peak
(issue 3: peak memory under 300 MB). Real runs of the command line, no mocks."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

from audit.output import write_atomic
from audit.pipeline.memory import release_rule_caches
from audit.report.html import html_pieces, page_data, render_html, safe_json
from audit.report.load import load_run

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
    mac = tmp_path / "mac"
    mac.mkdir()
    for name in ("summary.json", "documents.jsonl", "findings.jsonl"):
        (mac / name).write_bytes((out / name).read_bytes())
    (mac / "segments.jsonl").write_bytes((out / "segments.jsonl").read_bytes().replace(b"\n", b"\r"))
    held = load_run(mac)
    assert {d: held.segments[d] for d in held.segments} == {d: run.segments[d] for d in run.segments}
    assert [f["fingerprint"] for f in held.findings] == [f["fingerprint"] for f in run.findings]
