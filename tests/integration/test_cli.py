"""The `audit` command on real files: the output contract, exit statuses, config, ignores, jobs."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit.model import fingerprint
from audit.output import OutputDir

FINDING_FIELDS = {
    "doc",
    "segment",
    "line",
    "column",
    "text",
    "rule",
    "category",
    "severity",
    "message",
    "suggestion",
    "confidence",
}
SEGMENT_FIELDS = {"doc", "segment", "line", "column", "text", "boilerplate", "lang", "scores", "risk", "rank"}
DOCUMENT_FIELDS = {"doc", "title", "segments", "findings", "risk", "rank"}


def audit(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=600
    )


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("run")
    before = tree_digest(root / "corpus")
    r = audit("run", str(root / "corpus"), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    assert tree_digest(root / "corpus") == before, "the input files were modified"
    return out


def test_contract_files_and_fields(corpus_run: Path) -> None:
    for name in ("findings.jsonl", "segments.jsonl", "documents.jsonl", "summary.json"):
        assert (corpus_run / name).is_file(), name
    findings = rows(corpus_run / "findings.jsonl")
    segments = rows(corpus_run / "segments.jsonl")
    documents = rows(corpus_run / "documents.jsonl")
    assert findings and all(FINDING_FIELDS <= f.keys() for f in findings)
    assert all(SEGMENT_FIELDS <= s.keys() for s in segments)
    assert all(DOCUMENT_FIELDS <= d.keys() for d in documents)
    assert {d["doc"] for d in documents} == {p.name for p in (Path(__file__).parents[2] / "corpus").iterdir()}
    assert sorted(d["rank"] for d in documents) == [1, 2, 3, 4, 5]
    content_ranks = sorted(s["rank"] for s in segments if not s["boilerplate"])
    assert content_ranks == list(range(1, len(content_ranks) + 1))
    assert all(s["rank"] is None and s["risk"] == 0 for s in segments if s["boilerplate"])
    for f in findings:
        assert f["severity"] in ("minor", "major", "critical") and 0 <= f["confidence"] <= 1
        assert f["line"] >= 1 and f["column"] >= 1
    summary = json.loads((corpus_run / "summary.json").read_text(encoding="utf-8"))
    for key in ("version", "config", "rules", "backends", "counts", "timings", "input_errors", "risk_formula"):
        assert key in summary
    assert summary["counts"]["findings"] == len(findings)
    assert not list(corpus_run.glob(".mt-audit-*")), "temporary files left behind"


def test_findings_point_at_the_original_file(corpus_run: Path) -> None:
    root = Path(__file__).resolve().parents[2] / "corpus"
    for f in rows(corpus_run / "findings.jsonl"):
        line = (root / f["doc"]).read_text(encoding="utf-8").split("\n")[f["line"] - 1]
        assert line[f["column"] - 1 :].startswith(f["text"]), f


def test_boilerplate_lines_of_human_documents(corpus_run: Path) -> None:
    segs = [s for s in rows(corpus_run / "segments.jsonl") if s["doc"].startswith(("001_", "004_"))]
    by_text = {s["text"]: s for s in segs}
    for chrome in ("Tin khác", "Other news", "Top", "PV", "13/03/2026", "Tin mới 27/12/2025 08:12", "Nên xem"):
        assert by_text[chrome]["boilerplate"] is True, chrome
    assert by_text["Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU tương xứng với tiềm năng"]["boilerplate"] is False


def test_exit_statuses(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Hai bên nhất trí tăng cường hợp tác..\n", encoding="utf-8")
    assert audit("run", str(doc), "--out", str(tmp_path / "o1"), "-q").returncode == 0
    assert audit("run", str(doc), "--out", str(tmp_path / "o2"), "-q", "--fail-on", "minor").returncode == 1
    assert (
        audit(
            "run", str(doc), "--out", str(tmp_path / "o3"), "-q", "--fail-on", "critical", "--select", "F101"
        ).returncode
        == 0
    )
    r = audit("run", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o4"), "-q")
    assert r.returncode == 2 and "missing.txt" in r.stderr and "no such file" in r.stderr
    assert audit("run", str(doc), "--out", str(tmp_path / "o5"), "--qe", "nonsense").returncode == 2
    assert audit("run", "--bogus-option").returncode == 2
    assert audit("rules", "Z999").returncode == 2


def test_bad_inputs_in_a_directory(tmp_path: Path) -> None:
    """Every kind of bad input the issue lists, in one folder beside good files, plus a missing path:
    each error names its file (and its line when it has one), the rest is audited, exit status 2,
    the errors are in summary.json, and no input file is touched."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Hai bên ký hiệp định..\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (d / "latin.txt").write_bytes("Café à Paris.\n".encode("latin-1"))
    (d / "utf16.txt").write_bytes("Ông Ramos tới Lima.\n".encode("utf-16-le"))  # no BOM
    (d / "bad.jsonl").write_text('{"mt": "Một.."}\n{oops\n{"mt": 7}\n', encoding="utf-8")
    (d / "bad.xlf").write_text("<xliff version='1.2'><file><body><trans-unit>", encoding="utf-8")
    (d / "rows.tsv").write_text("src\tmt\nA.\tMột..\nB.\n", encoding="utf-8")
    with (d / "huge.jsonl").open("w", encoding="utf-8") as fh:  # a 50 MB single line
        fh.write('{"mt": "' + "a" * (50 << 20) + '"}\n')
    before = tree_digest(d)
    out = tmp_path / "out"
    r = audit("run", str(d), str(tmp_path / "missing.txt"), "--out", str(out), "-q")
    assert r.returncode == 2
    assert tree_digest(d) == before
    assert sorted(p.name for p in d.iterdir()) == sorted(before)  # nothing written beside them either
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    errs = {(Path(e["file"]).name, e["line"]): e["message"] for e in summary["input_errors"]}
    expected = {
        ("missing.txt", None): "no such file",
        ("empty.txt", None): "empty",
        ("binary.txt", 1): "binary file",
        ("latin.txt", 1): "iconv -f ISO-8859-1 -t UTF-8",
        ("utf16.txt", 1): "iconv -f UTF-16LE -t UTF-8",
        ("bad.jsonl", 2): "malformed JSON",
        ("bad.jsonl", 3): "field 'mt' (the target text) is a number",
        ("bad.xlf", 1): "not well-formed XML",
        ("rows.tsv", 3): "row has 1 column, the header has 2",
        ("huge.jsonl", 1): "line longer than",
    }
    for key, needle in expected.items():
        assert needle in errs.get(key, ""), (key, errs)
    assert len(errs) == len(expected)
    docs = {d["doc"] for d in rows(out / "documents.jsonl")}
    assert docs == {"good.txt", "bad.jsonl", "rows.tsv"}  # the rest of the directory was audited
    for (name, line), message in errs.items():
        where = f"{name}:{line}: " if line else f"{name}: "
        assert where in r.stderr and message in r.stderr, name


def test_config_select_ignore_and_severity(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Hai bên ký hiệp định .. Sau đó ông về nước .\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mt-audit]\nselect = ["F1"]\nignore = ["F102"]\nseverity = { F101 = "major" }\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    r = audit("run", "a.txt", "--out", "out", "-q", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    found = rows(out / "findings.jsonl")
    assert {f["rule"] for f in found} == {"F101"}
    assert all(f["severity"] == "major" for f in found)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "F102" not in summary["rules"] and summary["config"]["config_file"].endswith("pyproject.toml")
    # Command-line options win over the file.
    audit("run", "a.txt", "--out", "out2", "-q", "--ignore", "F101", "--select", "F", cwd=tmp_path)
    assert {f["rule"] for f in rows(tmp_path / "out2" / "findings.jsonl")} == {"F102"}
    audit("run", "a.txt", "--out", "out3", "-q", "--select", "F101,F102", "--ignore", "F", cwd=tmp_path)
    assert {f["rule"] for f in rows(tmp_path / "out3" / "findings.jsonl")} == {"F101", "F102"}
    (tmp_path / "bad.toml").write_text("select = 3\n", encoding="utf-8")
    r = audit("run", "a.txt", "--config", "bad.toml", "--out", "o3", cwd=tmp_path)
    assert r.returncode == 2 and "select" in r.stderr


def test_unknown_rule_codes_and_bad_numbers_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hai bên ký hiệp định..\n", encoding="utf-8")
    r = audit("run", "a.txt", "--select", "F1O1", "--out", "o", cwd=tmp_path)
    assert r.returncode == 2 and "F1O1" in r.stderr and not (tmp_path / "o").exists()
    (tmp_path / "typo.toml").write_text('severity = { X101 = "major" }\n', encoding="utf-8")
    r = audit("run", "a.txt", "--config", "typo.toml", "--out", "o", cwd=tmp_path)
    assert r.returncode == 2 and "typo.toml" in r.stderr and "X101" in r.stderr
    assert audit("run", "a.txt", "--jobs", "-1", "--out", "o", cwd=tmp_path).returncode == 2
    for empty in ("", ","):  # an empty selection ran every rule while summary.json said select: []
        r = audit("run", "a.txt", "--select", empty, "--out", "o", cwd=tmp_path)
        assert r.returncode == 2 and "--select is empty, so no rule would run" in r.stderr
        assert not (tmp_path / "o").exists()


def test_rerun_removes_reports_of_the_earlier_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hai bên ký hiệp định..\n", encoding="utf-8")
    r = audit("run", "a.txt", "--out", "o", "-q", "--export", "csv", cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "o" / "report.html").is_file()
    (tmp_path / "o" / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert audit("run", "a.txt", "--out", "o", "-q", "--no-html", cwd=tmp_path).returncode == 0
    left = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert left == ["documents.jsonl", "findings.jsonl", "notes.txt", "segments.jsonl", "summary.json"]


def test_rerun_keeps_a_users_own_file_named_like_a_report(tmp_path: Path) -> None:
    """A vendor's findings.csv and a report.xlf of a CAT tool in the output folder are the user's: the second run
    (the folder now holds a run's summary.json) must not take them for a stale export and delete them."""
    (tmp_path / "a.txt").write_text("Hai bên ký hiệp định..\n", encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    theirs = {"findings.csv": "segment;issue\n3;typo\n", "report.xlf": '<xliff version="1.2"></xliff>\n'}
    for name, text in theirs.items():
        (out / name).write_text(text, encoding="utf-8")
    for _ in range(2):
        assert audit("run", "a.txt", "--out", "o", "-q", cwd=tmp_path).returncode == 0
    assert {name: (out / name).read_text(encoding="utf-8") for name in theirs} == theirs
    assert audit("run", "a.txt", "--out", "o", "-q", "--export", "csv", cwd=tmp_path).returncode == 0
    assert (out / "findings.csv").read_text(encoding="utf-8-sig").startswith("doc,record,segment")  # written
    assert audit("run", "a.txt", "--out", "o", "-q", cwd=tmp_path).returncode == 0
    assert not (out / "findings.csv").exists()  # our stale export goes
    assert (out / "report.xlf").read_text(encoding="utf-8") == theirs["report.xlf"]


def test_fingerprint_ignore_survives_moved_lines(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Hai bên ký hiệp định..\nÔng về nước..\n", encoding="utf-8")
    out = tmp_path / "out"
    audit("run", str(doc), "--out", str(out), "-q", "--select", "F101")
    first = rows(out / "findings.jsonl")
    assert len(first) == 2
    target = next(f for f in first if f["line"] == 2)
    seg = next(s for s in rows(out / "segments.jsonl") if s["segment"] == target["segment"])
    ignore = tmp_path / ".mt-audit-ignore"
    ignore.write_text(f"{fingerprint('F101', target['text'], seg['text'])}  # dismissed\n", encoding="utf-8")
    doc.write_text("Dòng mới ở đầu.\n\nHai bên ký hiệp định..\nÔng về nước..\n", encoding="utf-8")
    audit("run", str(doc), "--out", str(out), "-q", "--select", "F101", "--ignore-file", str(ignore))
    after = rows(out / "findings.jsonl")
    assert [(f["line"], f["text"]) for f in after] == [(3, "..")]


def test_ignore_file_count_in_summary_and_terminal(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Đoàn đại biểu Peru thăm Lima..\nHội nghị kết thúc ở Quito..\nTrời đẹp..\n", encoding="utf-8")
    out = tmp_path / "out"
    assert audit("run", str(doc), "--out", str(out), "-q", "--select", "F101").returncode == 0
    first = rows(out / "findings.jsonl")
    assert len(first) == 3 and json.loads((out / "summary.json").read_text())["counts"]["ignored"] == 0
    segs = {s["segment"]: s["text"] for s in rows(out / "segments.jsonl")}
    ignore = tmp_path / "dismissed"
    ignore.write_text(
        "".join(f"{fingerprint(f['rule'], f['text'], segs[f['segment']])}  # {f['line']}\n" for f in first[:2]),
        encoding="utf-8",
    )
    r = audit("run", str(doc), "--out", str(out), "--select", "F101", "--ignore-file", str(ignore))
    counts = json.loads((out / "summary.json").read_text())["counts"]
    assert (counts["findings"], counts["ignored"]) == (1, 2)
    assert f"1 finding (0 critical, 0 major, 1 minor), 2 suppressed by {ignore}; outputs in" in r.stdout
    assert f"2 suppressed by {ignore}" in audit("show", str(out)).stdout  # the saved run says it too


def test_malformed_ignore_file_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Trời đẹp..\n", encoding="utf-8")
    ignore = tmp_path / "dismissed"
    ignore.write_text("# mine\ngarbage line\n", encoding="utf-8")
    r = audit("run", str(doc), "--out", str(tmp_path / "out"), "-q", "--ignore-file", str(ignore))
    assert r.returncode == 2 and f"{ignore}:2: not a finding fingerprint: 'garbage line'" in r.stderr
    assert not (tmp_path / "out").exists() and ignore.read_text(encoding="utf-8") == "# mine\ngarbage line\n"


def test_jobs_give_identical_output(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    audit("run", str(corpus), "--out", str(tmp_path / "j1"), "-q", "--jobs", "1")
    audit("run", str(corpus), "--out", str(tmp_path / "j2"), "-q", "--jobs", "2")
    for name in ("findings.jsonl", "segments.jsonl", "documents.jsonl"):
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes(), name


def test_stdin(tmp_path: Path) -> None:
    r = audit("run", "-", "--out", str(tmp_path / "o"), "-q", stdin="Hai bên ký hiệp định..\n")
    assert r.returncode == 0, r.stderr
    [f] = [f for f in rows(tmp_path / "o" / "findings.jsonl") if f["rule"] == "F101"]
    assert f["doc"] == "-" and f["line"] == 1


def test_empty_stdin_is_named_as_such(tmp_path: Path) -> None:
    """Nothing piped in is 'standard input is empty', not '-: empty file' (there is no file)."""
    for piped, said in (("", "standard input is empty\n"), ("\n  \n", "standard input is empty (only white space)")):
        r = audit("run", "-", "--out", str(tmp_path / "o"), "-q", stdin=piped)
        assert r.returncode == 2 and f"input error: -: {said}" in r.stderr and "empty file" not in r.stderr


def test_rules_command_lists_and_documents() -> None:
    r = audit("rules")
    assert r.returncode == 0 and "F101" in r.stdout and "doubled-punctuation" in r.stdout
    r = audit("rules", "F101")
    assert "Why it matters" in r.stdout and "Fires on" in r.stdout and "Does not fire on" in r.stdout
    assert audit("rules", "doubled-punctuation").stdout == r.stdout


def test_help_does_not_import_torch() -> None:
    code = (
        "import sys; from audit.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\n"
        "print('torch' in sys.modules, 'comet' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip().endswith("False False")


def test_output_dir_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "o"
    with OutputDir(out) as d:
        d.open("findings.jsonl").write_json({"a": 1})
    assert (out / "findings.jsonl").read_text() == '{"a":1}\n'
    with pytest.raises(RuntimeError), OutputDir(out) as d:
        d.open("findings.jsonl").write_json({"a": 2})
        raise RuntimeError("crash half-way")
    assert (out / "findings.jsonl").read_text() == '{"a":1}\n'  # previous output intact
    assert [p.name for p in out.iterdir()] == ["findings.jsonl"]


def test_large_jsonl_is_read_in_parts_with_the_same_output(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    lines = []
    for i in range(400):
        rec = {"src": f"Sentence {i}.", "mt": f"Câu số {i} có lỗi.." if i % 7 == 0 else f"Câu số {i}."}
        if i % 3 == 0:
            rec["id"] = f"r{i}"
        lines.append(json.dumps(rec, ensure_ascii=False))
    lines.insert(100, "{broken")
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = tmp_path / "whole"
    audit("run", str(p), "--out", str(whole), "-q")
    import os

    env_parts = {**os.environ, "MT_AUDIT_PART_BYTES": "1500"}
    for jobs in ("1", "2"):
        out = tmp_path / f"parts{jobs}"
        r = subprocess.run(
            [sys.executable, "-m", "audit", "run", str(p), "--out", str(out), "-q", "--jobs", jobs],
            capture_output=True,
            text=True,
            env=env_parts,
        )
        assert r.returncode == 2 and "big.jsonl:101" in r.stderr  # the broken line, named once
        for name in ("findings.jsonl", "segments.jsonl"):
            assert (out / name).read_text() == (whole / name).read_text(), name
        [merged], [single] = rows(out / "documents.jsonl"), rows(whole / "documents.jsonl")
        merged_scores, single_scores = merged.pop("scores"), single.pop("scores")
        assert merged == single
        assert merged_scores == pytest.approx(single_scores, abs=1e-3)  # means of per-part means
    [doc] = rows(whole / "documents.jsonl")
    assert doc["segments"] == 400
    segs = rows(whole / "segments.jsonl")
    assert [s["record"] for s in segs[:4]] == ["r0", "1", "2", "r3"]


def test_bad_input_with_jobs(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Hai bên ký hiệp định..\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "more.txt").write_text("Câu khác.\n", encoding="utf-8")
    r = audit("run", str(d), "--out", str(tmp_path / "out"), "-q", "--jobs", "2")
    assert r.returncode == 2 and "empty.txt" in r.stderr
