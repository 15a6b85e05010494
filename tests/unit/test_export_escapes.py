"""The exports opened as a CAT tool or a spreadsheet opens them: report.xlf is well-formed and reads back with
the same segment texts (a carriage return included); findings.csv is UTF-8 with a BOM and a cell that would
start a formula is prefixed with an apostrophe."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from audit.cli import main

RECORDS = [
    ("=SUM(A1:A9) is a formula.", "=SUM(A1:A9) là công thức , đúng không.."),
    ("+1 800 555 0199", "+1 800 555 0199 là số điện thoại .."),
    ("-Ready?", "- Sẵn sàng chưa ,,"),
    ("@Minh wrote", "@Minh đã viết ,"),
    ("Line\rbreak", "Dòng một\rdòng hai .."),
    ('Quotes "a" & <i>b</i>', 'Dấu "a" & <i>b</i> ..'),
]


def _run(tmp_path: Path) -> Path:
    src = tmp_path / "lo.jsonl"
    lines = [json.dumps({"id": f"k{i}", "src": s, "mt": t}, ensure_ascii=False) for i, (s, t) in enumerate(RECORDS)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-q", "--export", "xliff", "--export", "csv"])
    assert r.exit_code == 0, r.output
    return out


def test_report_xlf_is_well_formed_and_reads_back_with_the_same_texts(tmp_path: Path) -> None:
    out = _run(tmp_path)
    root = etree.parse(str(out / "report.xlf"), etree.XMLParser(resolve_entities=False)).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    targets = ["".join(t.itertext()) for t in root.iterfind(".//x:target", ns)]
    assert targets == [t for _, t in RECORDS]
    back = tmp_path / "back"
    r = CliRunner().invoke(main, ["run", str(out / "report.xlf"), "--out", str(back), "-q", "--no-html"])
    assert r.exit_code == 0, r.output
    segments = [json.loads(line) for line in (back / "segments.jsonl").read_text("utf-8").splitlines()]
    assert [s["text"] for s in segments] == [t for _, t in RECORDS]
    assert [s["source"] for s in segments] == [s for s, _ in RECORDS]


def test_findings_csv_has_a_bom_and_defuses_formulas(tmp_path: Path) -> None:
    out = _run(tmp_path)
    raw = (out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (out / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_record = {r["record"]: r for r in rows}
    for i, (source, target) in enumerate(RECORDS):
        row = by_record[f"k{i}"]
        risky = target[0] in "=+-@"
        assert row["segment_text"] == ("'" + target if risky else target)
        assert row["source"] == ("'" + source if source[0] in "=+-@" else source)
