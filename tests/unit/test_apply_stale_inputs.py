"""`audit apply` on inputs changed since the audit, as the README says for each format (ux20): a PO, TSV, JSONL or
plain-text file stops apply with an error naming the file and line (nothing written); an XLIFF record whose target
changed is refused, named with its line, the other edits written, exit status 1. New strings, not from any test set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.report.load import load_run

XLF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="menu.html" source-language="en" target-language="vi" datatype="html">
    <body>
      <trans-unit id="m1">
        <source>Breakfast is served until ten.</source>
        <target state="needs-review-translation">Bữa sáng phục vụ đến mười giờ..</target>
      </trans-unit>
      <trans-unit id="m2">
        <source>Lunch starts at noon.</source>
        <target state="needs-review-translation">Bữa trưa bắt đầu lúc mười hai giờ..</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
PO = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Print the ticket"\nmsgstr "In vé.."\n'


def _accept_all(out: Path) -> Path:
    """A decisions file accepting every finding's suggestion, as the review page exports it."""
    data = load_run(out)
    findings, segments = [], {}
    for f in data.findings:
        seg = data.segment(f["doc"], f["segment"])
        key = (f["doc"], f["segment"])
        text = segments.get(key, {}).get("text", seg["text"])
        base = {k: f[k] for k in ("fingerprint", "doc", "segment", "line", "column", "rule", "text")}
        findings.append(
            base
            | {"decision": "accepted", "reason": None, "replacement": f["suggestion"]}
            | {"start": f["start"], "end": f["end"], "record": f.get("record")}
        )
        segments[key] = {
            "doc": f["doc"], "segment": f["segment"], "line": seg["line"], "column": seg["column"],
            "original": seg["text"], "text": text[: f["start"]] + f["suggestion"] + text[f["end"] :],
            "manual": False, "record": seg.get("record"),
        }  # fmt: skip
    path = out / "decisions.json"
    doc = {"format": "mt-audit-decisions", "version": 1, "run_id": data.run_id}
    path.write_text(json.dumps(doc | {"findings": findings, "segments": list(segments.values())}), encoding="utf-8")
    return path


@pytest.fixture
def job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "menu.xlf").write_text(XLF, encoding="utf-8")
    (tmp_path / "ve.po").write_text(PO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["run", "menu.xlf", "ve.po", "--out", "reports", "-q", "--select", "F101"])
    assert r.exit_code == 0 and len(load_run(tmp_path / "reports").findings) == 3
    return tmp_path


def test_a_changed_po_entry_stops_apply_naming_its_line(job: Path) -> None:
    decisions = _accept_all(job / "reports")
    (job / "ve.po").write_text(PO.replace("In vé..", "In vé tàu.."), encoding="utf-8")
    r = CliRunner().invoke(main, ["apply", str(decisions), "--out", "post"])
    assert r.exit_code == 2 and "error: ve.po:6: the text there is not the audited segment" in r.stderr
    assert not (job / "post").exists()


def test_a_changed_xliff_target_is_refused_and_the_rest_written(job: Path) -> None:
    decisions = _accept_all(job / "reports")
    (job / "menu.xlf").write_text(XLF.replace("mười giờ..", "10 giờ.."), encoding="utf-8")
    r = CliRunner().invoke(main, ["apply", str(decisions), "--out", "post"])
    assert r.exit_code == 1, r.stderr
    assert "warning: menu.xlf:5: record m1 (segment 0): edit not applied: the target's text is not the audited" in (
        r.stderr
    )
    copy = (job / "post" / "menu.xlf").read_text(encoding="utf-8")
    assert "10 giờ..</target>" in copy and "mười hai giờ.</target>" in copy
    assert (job / "post" / "ve.po").read_text(encoding="utf-8").endswith('msgstr "In vé."\n')
    summary = json.loads((job / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    assert len(summary["refused"]) == 1 and summary["refused"][0].startswith("menu.xlf:5:")
