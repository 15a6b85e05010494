"""What a post-editor sees on the command line: input errors, --format mistakes, alternatives, QE-only
segments and confirmed errors left to fix, on real files through the real command."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from audit.report.load import load_run
from audit.report.terminal import render, worst_segments

ROOT = Path(__file__).resolve().parents[2]

RECORDS = [
    {
        "id": "g1",
        "src": "Ghana exported 310,000 tonnes of cocoa last year.",
        "mt": "Năm ngoái Ghana đã xuất khẩu 130.000 tấn ca cao.",
        "ref": "Năm ngoái Ghana đã xuất khẩu 310.000 tấn ca cao.",
    },
    {
        "id": "g2",
        "src": "The figures are published at https://example.net/cocoa-report.",
        "mt": "Các số liệu được công bố trên trang web.",
        "ref": "Các số liệu được công bố tại https://example.net/cocoa-report.",
    },
]


def audit(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """A folder as a user gets it: a JSONL batch, a good text, and three files that cannot be read."""
    src = tmp_path / "batch"
    src.mkdir()
    (src / "cocoa.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    (src / "caphe.txt").write_text("Hợp tác xã cà phê ở Lâm Đồng đạt sản lượng kỷ lục..\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "latin1.txt").write_bytes("Cà phê Buôn Ma Thuột\n".encode().replace("à".encode(), b"\xe0"))
    (src / "broken.jsonl").write_text('{"id": 1, "src": "Hi.", "mt": "Chào."}\n{"id": 2, "mt": \n')
    return src


def test_the_summary_line_counts_input_errors_and_show_lists_them(mixed_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = audit("run", str(mixed_inputs), "--out", str(out))
    assert r.returncode == 2
    totals, last = r.stdout.strip().splitlines()[-2:]
    assert totals.endswith("; 3 input errors (not audited, listed below)"), totals
    assert last.startswith("Review first: #1 "), last  # what to look at first, after the totals
    assert r.stderr.count("input error: ") == 3
    shown = audit("show", str(out))
    assert "3 input errors (not audited, listed below)" in shown.stdout
    assert "empty.txt: empty file" in shown.stderr
    assert shown.stderr.count("input error: ") == 3 and "broken.jsonl:2: malformed JSON" in shown.stderr


def test_a_clean_run_says_nothing_of_input_errors(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "caphe.txt").write_text("Nông dân ở Đắk Lắk phấn khởi vì giá cà phê tăng..\n", encoding="utf-8")
    r = audit("run", str(src), "--out", str(tmp_path / "out"))
    assert r.returncode == 0 and "input error" not in r.stdout + r.stderr


def test_format_json_on_run_points_to_output_format(mixed_inputs: Path, tmp_path: Path) -> None:
    r = audit("run", str(mixed_inputs), "--out", str(tmp_path / "out"), "--format", "json")
    assert r.returncode == 2
    assert "'json' is not an input format" in r.stderr and "--output-format json" in r.stderr
    assert not (tmp_path / "out").exists()


def test_a_forced_format_that_fails_on_other_extensions_gets_a_hint(mixed_inputs: Path, tmp_path: Path) -> None:
    r = audit("run", str(mixed_inputs), "--out", str(tmp_path / "out"), "--format", "csv", "--quiet")
    assert r.returncode == 2
    assert "hint: --format csv reads every input as csv, whatever its extension" in r.stderr
    assert "--export csv" in r.stderr
    # a format forced on files without a format of their own is what --format is for: no hint
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("Giá cà phê tăng..\n", encoding="utf-8")
    (notes / "b.md").write_bytes(b"")
    r = audit("run", str(notes), "--out", str(tmp_path / "out2"), "--format", "text", "--quiet")
    assert r.returncode == 2 and "b.md: empty file" in r.stderr and "hint:" not in r.stderr


def test_alternatives_leave_out_the_suggestion(tmp_path: Path) -> None:
    """A rule lists its suggestion among its candidates; reports show the others as alternatives."""
    from audit.report import write_reports
    from audit.report.synthetic import make_run

    run_dir = make_run(tmp_path / "run", segments=40, findings=60, docs=2)
    write_reports(run_dir, ["csv"])
    run = load_run(run_dir)
    listed = [f for f in run.findings if f.get("candidates") and f["suggestion"] in f["candidates"]]
    assert listed, "the synthetic run has findings whose candidates hold the suggestion"
    console = Console(file=StringIO(), width=200, color_system=None)
    render(run, console, top=len(run.findings))
    printed = console.file.getvalue()
    for f in listed:
        others = [c for c in f["candidates"] if c != f["suggestion"]]
        assert f"→ {f['suggestion']}  (also: {', '.join(others)})" in printed
    with (run_dir / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["fingerprint"]: r for r in csv.DictReader(fh)}
    for f in listed:
        assert f["suggestion"] not in rows[f["fingerprint"]]["alternatives"].split("; ")


def test_a_worst_segment_without_findings_says_why_it_is_listed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    lines = [
        "Tổng thống Peru Dina Boluarte sẽ thăm Montevideo vào tháng tới.",
        "Bà Boluarte gặp Tổng thống Uruguay Yamandú Orsi tại Montevideo.",
        "Hai nhà lãnh đạo thảo luận về thương mại và nông nghiệp..",
    ]
    (src / "peru.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    run = load_run(tmp_path / "out")
    quiet = [s for s in worst_segments(run, 10) if not run.by_segment.get((s["doc"], s["segment"]))]
    assert quiet, "the builtin QE gives the name-heavy lines some risk"
    console = Console(file=StringIO(), width=300, color_system=None)
    render(run, console, top=10)
    printed = console.file.getvalue().splitlines()
    for s in quiet:
        note = printed[printed.index(s["text"]) + 1]
        assert note.startswith("  no finding: ranked by its QE score alone (builtin ")
        scores, _, reason = note.partition("; lowered most by ")
        assert "builtin_" not in scores  # the backend's diagnostic parts are not its score
        assert reason.startswith("builtin_")  # but the one that lowered the score most is named, with why


def test_apply_lists_confirmed_errors_still_to_fix(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "cocoa.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    run = load_run(tmp_path / "out")
    lost = next(f for f in run.findings if f["rule"] == "A104")
    confirmed = {
        "fingerprint": lost["fingerprint"],
        "doc": lost["doc"],
        "segment": lost["segment"],
        "line": lost["line"],
        "rule": lost["rule"],
        "text": lost["text"],
        "decision": "confirmed",
        "reason": None,
        "record": lost["record"],
    }
    decisions = tmp_path / "out" / "decisions.json"
    decisions.write_text(
        json.dumps(
            {
                "format": "mt-audit-decisions",
                "version": 1,
                "run_id": run.run_id,
                "findings": [],
                "segments": [],
                "confirmed": [confirmed],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    where = f"cocoa.jsonl:{lost['line']} [g2] A104 «{lost['text']}»"
    assert "1 confirmed error(s) still to fix by hand" in r.stdout and f"  {where}" in r.stdout
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    assert summary["to_fix"] == [where]
    assert not ignore.exists() or lost["fingerprint"] not in ignore.read_text(encoding="utf-8")


def test_the_summary_line_names_the_configuration_file(tmp_path: Path) -> None:
    """A pyproject.toml up the tree may ignore or re-grade rules: the summary line says where settings came from."""
    project = tmp_path / "project"
    (project / "in").mkdir(parents=True)
    (project / "in" / "che.txt").write_text("Giá chè Thái Nguyên tăng mạnh..\n", encoding="utf-8")
    r = audit("run", "in", "--out", "out", cwd=project)
    assert r.returncode == 0 and "settings from" not in r.stdout
    (project / "pyproject.toml").write_text('[tool.mt-audit]\nignore = ["F1"]\n', encoding="utf-8")
    r = audit("run", "in", "--out", "out", cwd=project)
    last = r.stdout.strip().splitlines()[-1]
    assert f"; settings from {project / 'pyproject.toml'};" in last and "0 findings" in last


def test_nothing_read_prints_no_empty_table(tmp_path: Path) -> None:
    r = audit("run", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert "Documents by risk" not in r.stdout
    assert r.stdout.startswith("0 documents, 0 segments, 0 findings") and "1 input error" in r.stdout
    assert "missing.txt: no such file or directory" in r.stderr


def test_apply_without_run_points_to_the_folder_holding_the_run(tmp_path: Path) -> None:
    """The decisions file is in Downloads and the run in ./out, not ./reports: apply names the folder."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "che.txt").write_text("Giá chè Thái Nguyên tăng mạnh..\n", encoding="utf-8")
    assert audit("run", "in", "--out", "out", "--quiet", cwd=tmp_path).returncode == 0
    assert audit("run", "in", "--out", "other", "--quiet", "--select", "S", cwd=tmp_path).returncode == 0
    run = load_run(tmp_path / "out")
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    decisions = downloads / f"decisions-{run.run_id}.json"
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "findings": [], "segments": []}
    decisions.write_text(json.dumps(body), encoding="utf-8")
    r = audit("apply", str(decisions), "--out", "post", cwd=tmp_path)
    assert r.returncode == 2
    assert f"give the run's output directory with --run (run {run.run_id} is in out: --run out)" in r.stderr
    r = audit("apply", str(decisions), "--run", "other", "--out", "post", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.rstrip().endswith(f"(run {run.run_id} is in out: --run out)")
    assert audit("apply", str(decisions), "--run", "out", "--out", "post", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(("docs", "listed"), [(25, 25), (40, 20)])
def test_a_long_batch_lists_its_worst_documents_and_says_how_many_more(tmp_path: Path, docs: int, listed: int) -> None:
    from audit.report.synthetic import make_run

    run = load_run(make_run(tmp_path / "run", segments=docs * 3, findings=docs * 2, docs=docs))
    console = Console(file=StringIO(), width=200, color_system=None)
    render(run, console, top=0)
    printed = console.file.getvalue()
    names = [d["doc"] for d in run.ranked_documents()]
    assert all(f" {name} " in printed for name in names[:listed])
    assert not any(f" {name} " in printed for name in names[listed:])
    if listed < docs:
        assert f"Documents by risk (the worst {listed} of {docs})" in printed
        assert f"{docs - listed} more in {run.path / 'documents.jsonl'} and on the review page" in printed
    else:
        assert "more in" not in printed


def test_the_json_summary_lists_the_input_errors(mixed_inputs: Path, tmp_path: Path) -> None:
    """A CI job reading --output-format json learns which files were not audited, not only how many."""
    r = audit("run", str(mixed_inputs), "--out", str(tmp_path / "out"), "--output-format", "json")
    assert r.returncode == 2
    errors = json.loads(r.stdout)["input_errors"]
    assert sorted(Path(e["file"]).name for e in errors) == ["broken.jsonl", "empty.txt", "latin1.txt"]
    assert all(e["message"] for e in errors) and json.loads(r.stdout)["counts"]["input_errors"] == 3


def test_fail_on_says_why_the_run_failed(mixed_inputs: Path, tmp_path: Path) -> None:
    src = tmp_path / "ok"
    src.mkdir()
    (src / "cocoa.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    r = audit("run", str(src), "--out", str(tmp_path / "o1"), "--quiet", "--fail-on", "major")
    majors = sum(1 for f in load_run(tmp_path / "o1").findings if f["severity"] in ("major", "critical"))
    assert r.returncode == 1 and majors
    assert r.stderr.strip() == f"fail-on major: {majors} finding(s) major or worse; exit status 1"
    r = audit("run", str(src), "--out", str(tmp_path / "o2"), "--quiet", "--fail-on", "critical")
    assert r.returncode == 0 and r.stderr == ""  # no critical finding: nothing to say
    r = audit("run", str(mixed_inputs), "--out", str(tmp_path / "o3"), "--quiet", "--fail-on", "minor")
    assert r.returncode == 2 and "finding(s) minor or worse; exit status 2 for the input errors" in r.stderr


def test_the_csv_export_carries_source_and_reference(tmp_path: Path) -> None:
    """A reviewer working in a spreadsheet sees what the MT was compared with."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "cocoa.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet", "--export", "csv").returncode == 0
    with (tmp_path / "out" / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_record = {r["id"]: r for r in RECORDS}
    assert rows and all(
        (r["source"], r["reference"]) == (by_record[r["record"]]["src"], by_record[r["record"]]["ref"]) for r in rows
    )


def test_a_table_without_a_known_target_column_points_to_field(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "kenya.tsv").write_text("id\tbản_dịch\n1\tKenya xuất khẩu chè sang Pakistan..\n", encoding="utf-8")
    r = audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 2 and "header has no target column" in r.stderr
    assert "hint: a record's target is looked up by name" in r.stderr and "--field target=NAME" in r.stderr
    r = audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet", "--field", "target=bản_dịch")
    assert r.returncode == 0 and r.stderr == ""
    assert [f["rule"] for f in load_run(tmp_path / "out").findings] == ["F101"]


def test_apply_says_where_it_looked_for_the_run_and_what_to_do_after_a_rerun(tmp_path: Path) -> None:
    """From a folder with no run, apply names the places it looked; when ./reports holds a later run of the
    batch (audited again mid-review), it says how to carry the decisions over to it."""
    (tmp_path / "job" / "in").mkdir(parents=True)
    (tmp_path / "job" / "in" / "lua.txt").write_text("Giá lúa gạo ở An Giang tăng nhẹ..\n", encoding="utf-8")
    assert audit("run", "in", "--out", "reports", "--quiet", cwd=tmp_path / "job").returncode == 0
    run = load_run(tmp_path / "job" / "reports")
    decisions = tmp_path / f"decisions-{run.run_id}.json"
    body = {"format": "mt-audit-decisions", "version": 1, "run_id": run.run_id, "findings": [], "segments": []}
    decisions.write_text(json.dumps(body), encoding="utf-8")
    r = audit("apply", str(decisions), "--out", "post", cwd=tmp_path)
    assert r.returncode == 2
    assert f"neither the decisions file's folder ({tmp_path}) nor ./reports (from {tmp_path})" in r.stderr
    assert "give the run's output directory with --run" in r.stderr
    assert audit("run", "in", "--out", "reports", "--quiet", "--select", "F", cwd=tmp_path / "job").returncode == 0
    r = audit("apply", str(decisions), "--out", "post", cwd=tmp_path / "job")
    assert r.returncode == 2 and "open its report.html, take these decisions over with Import decisions" in r.stderr
