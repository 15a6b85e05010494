"""Reports from real runs: terminal (piped and JSON), `audit show`, report.html's embedding, XLIFF and CSV exports."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit.report.html import page_data, safe_json
from audit.report.load import load_run

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = [
    "Lễ hội hoa xuân Đà Lạt khai mạc sáng nay",
    "Lễ hội năm nay có hơn năm mươi vườn hoa tham gia..",
    "Khách tham quan gõ thử <script>alert(1)</script> vào bảng tên .",
    'Một tấm ảnh <img src=x onerror="alert(2)"> được treo ở cổng..',
    '=HYPERLINK("http://example.invalid") được viết trên biển hiệu ..',
    "Ban tổ chức cảm ơn các nghệ nhân đã đóng góp cho lễ hội.",
]


def audit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=600
    )


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    r = audit("run", "corpus", "--out", str(out), "--quiet", "--export", "xliff", "--export", "csv")
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture
def hostile_out(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "le-hoi.txt").write_text("\n".join(HOSTILE) + "\n", encoding="utf-8")
    r = audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet", "--export", "xliff", "--export", "csv")
    assert r.returncode == 0, r.stderr
    return tmp_path / "out"


def test_piped_terminal_report_is_plain_and_ranked(corpus_out: Path) -> None:
    r = audit("show", str(corpus_out), "--top", "3")
    assert r.returncode == 0, r.stderr
    assert "\x1b[" not in r.stdout
    listed = re.findall(r"\b(00\d)_\w+\.txt", r.stdout.split("Worst")[0])
    assert set(listed[:3]) == {"000", "002", "003"} and set(listed[3:5]) == {"001", "004"}
    run = load_run(corpus_out)
    worst = sorted(
        (s for segs in run.segments.values() for s in segs if s.get("findings") and s.get("rank")),
        key=lambda s: s["rank"],
    )[:3]
    for s in worst:
        assert s["text"] in r.stdout  # the sentence, unwrapped
        for f in run.by_segment[(s["doc"], s["segment"])]:
            assert f"{f['rule']} {f['severity']}" in r.stdout and f["message"] in r.stdout
    assert "Findings by rule" in r.stdout


def test_json_summary_from_run_and_show_agree(corpus_out: Path, tmp_path: Path) -> None:
    r = audit("run", "corpus", "--out", str(tmp_path / "o"), "--output-format", "json", "--top", "4")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["rank"] for d in data["documents"]] == sorted(d["rank"] for d in data["documents"])
    assert len(data["worst_segments"]) <= 4
    for s in data["worst_segments"]:
        for f in s["findings"]:
            assert s["text"][f["start"] : f["end"]] == f["text"]
    shown = json.loads(audit("show", str(tmp_path / "o"), "--format", "json", "--top", "4").stdout)
    assert shown == data


def test_show_takes_top_from_the_config_like_run(corpus_out: Path, tmp_path: Path) -> None:
    def worst(*args: str) -> int:
        r = audit("show", str(corpus_out), "--format", "json", *args, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        return len(json.loads(r.stdout)["worst_segments"])

    assert worst() == 10  # no config anywhere above tmp_path: the default
    (tmp_path / "pyproject.toml").write_text("[tool.mt-audit]\ntop = 2\n", encoding="utf-8")
    assert worst() == 2
    (tmp_path / "review.toml").write_text("top = 3\n", encoding="utf-8")
    assert worst("--config", "review.toml") == 3
    assert worst("--top", "4") == 4  # the option wins over the file
    (tmp_path / "bad.toml").write_text("top = -1\n", encoding="utf-8")
    r = audit("show", str(corpus_out), "--config", "bad.toml", cwd=tmp_path)
    assert r.returncode == 2 and "top" in r.stderr


def test_show_refuses_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    r = audit("show", str(tmp_path))
    assert r.returncode == 2
    assert "not an mt-audit output directory" in r.stderr


def test_quiet_non_tty_run_prints_nothing(tmp_path: Path) -> None:
    r = audit("run", "corpus", "--out", str(tmp_path / "o"), "--quiet")
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""
    assert (tmp_path / "o" / "report.html").is_file()


def test_report_html_is_self_contained_and_embeds_data_safely(hostile_out: Path) -> None:
    page = (hostile_out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 2  # the JSON data and the page's own code: nothing else
    (data_attrs, data_text), (_, code) = scripts
    assert 'type="application/json"' in data_attrs
    assert "<" not in data_text and ">" not in data_text  # escaped, so nothing can close the element
    run = load_run(hostile_out)
    assert json.loads(data_text) == page_data(run)
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_safe_json_escapes_everything_that_could_end_a_script() -> None:
    text = safe_json({"a": "</script><!-- ]]> & \u2028\u2029"})
    assert "</" not in text and "<!--" not in text and "]]>" in json.loads(text)["a"]
    assert "\u2028" not in text and json.loads(text) == {"a": "</script><!-- ]]> & \u2028\u2029"}


def test_xliff_export_parses_with_translate_toolkit(corpus_out: Path) -> None:
    xliff2 = pytest.importorskip("translate.storage.xliff2")
    store = xliff2.Xliff2File.parsefile(str(corpus_out / "report.xlf"))
    run = load_run(corpus_out)
    segs = [s for d in run.documents for s in run.segments[d["doc"]]]
    assert len(store.units) == len(segs)
    assert [u.target for u in store.units] == [s["text"] for s in segs]


def test_xliff_export_marks_findings_with_its(corpus_out: Path) -> None:
    from lxml import etree

    root = etree.parse(str(corpus_out / "report.xlf")).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    its = "{http://www.w3.org/2005/11/its}"
    assert root.get("version") == "2.0" and root.get("trgLang") == "vi"
    marks = root.findall(".//x:target/x:mrk", ns) + root.findall(".//x:target/x:sm", ns)
    run = load_run(corpus_out)
    assert len(marks) == len(run.findings)
    by_fp = {f["fingerprint"]: f for f in run.findings}
    for m in marks:
        f = by_fp[m.get("{urn:mt-audit:xliff:1}fingerprint")]
        assert m.get("type") == "its:any"
        severity = {"minor": "10", "major": "50", "critical": "100"}[f["severity"]]
        assert m.get(f"{its}locQualityIssueSeverity") == severity
        assert f["message"] in m.get(f"{its}locQualityIssueComment")
        assert m.get(f"{its}locQualityIssueType") in (
            "typographical",
            "mistranslation",
            "misspelling",
            "untranslated",
            "grammar",
            "terminology",
            "inconsistency",
            "style",
            "other",
            "omission",
            "addition",
            "register",
            "locale-violation",
        )
        if m.tag.endswith("mrk"):
            assert "".join(m.itertext()) == f["text"]


def test_xliff_export_validates_against_the_oasis_schema(
    corpus_out: Path, hostile_out: Path, tmp_path: Path, xliff2_schema: object
) -> None:
    """Needs the OASIS XLIFF 2.0 schema folder (xliff_core_2.0.xsd, its.xsd, metadata.xsd, w3c xml.xsd) in
    MT_AUDIT_XLIFF_SCHEMAS.

    The schemas are not redistributed here; with the folder given, the export is validated
    against XLIFF 2.0 core and the ITS attribute types (issue type enumeration, 0-100 severity).
    """

    from lxml import etree

    from audit.report import write_reports
    from audit.report.synthetic import make_run

    schema = xliff2_schema
    synthetic = make_run(tmp_path / "syn", segments=500, findings=1500, docs=5)  # many overlapping spans
    write_reports(synthetic, ["xliff"])
    for out in (corpus_out, hostile_out, synthetic):
        assert schema.validate(etree.parse(str(out / "report.xlf"))), schema.error_log


def test_overlapping_findings_use_sm_em() -> None:
    from lxml import etree

    from audit.report.xliff import annotated_target

    base = {"rule": "X1", "category": "fluency/grammar", "severity": "minor", "message": "m", "fingerprint": "f"}
    text = "một hai ba bốn"
    findings = [
        {**base, "start": 0, "end": 7},
        {**base, "start": 4, "end": 10},
        {**base, "start": 11, "end": 14},
        {**base, "start": 14, "end": 14},
    ]
    xml = (
        f'<target xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" '
        f'xmlns:mta="urn:mt-audit:xliff:1">{annotated_target(text, findings)}</target>'
    )
    el = etree.fromstring(xml)
    assert "".join(el.itertext()) == text
    local = [etree.QName(c).localname for c in el]
    assert local.count("sm") == 2 and local.count("em") == 2 and local.count("mrk") == 2


def test_xliff_round_trips_through_audit_run(corpus_out: Path, tmp_path: Path) -> None:
    r = audit("run", str(corpus_out / "report.xlf"), "--out", str(tmp_path / "rt"), "--quiet")
    assert r.returncode == 0, r.stderr
    before, after = load_run(corpus_out), load_run(tmp_path / "rt")
    seg_before = [s["text"] for d in before.documents for s in before.segments[d["doc"]]]
    seg_after = [s["text"] for s in after.segments["report.xlf"]]
    assert seg_after == seg_before
    kinds = [s.get("boilerplate_kind") for d in before.documents for s in before.segments[d["doc"]]]
    assert [s.get("boilerplate_kind") for s in after.segments["report.xlf"]] == kinds  # boilerplate stays out
    # The five documents become one XLIFF file (one document), so rules that weigh a whole
    # document (consistency, topic) may judge differently; segment-level findings must all come back.
    from audit.rules.registry import all_rules

    segment_rules = {code for code, cls in all_rules().items() if cls.scope == "segment"}
    content = {
        (f["rule"], f["text"], before.segment(f["doc"], f["segment"])["text"])
        for f in before.findings
        if f["rule"] in segment_rules
    }
    again = {(f["rule"], f["text"], after.segment(f["doc"], f["segment"])["text"]) for f in after.findings}
    assert content <= again


def test_hostile_text_in_exports(hostile_out: Path) -> None:
    from lxml import etree

    root = etree.parse(str(hostile_out / "report.xlf")).getroot()
    targets = ["".join(t.itertext()) for t in root.iter("{urn:oasis:names:tc:xliff:document:2.0}target")]
    assert any("<script>alert(1)</script>" in t for t in targets)
    raw = (hostile_out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(load_run(hostile_out).findings)
    assert any(r["segment_text"].startswith("'=HYPERLINK") for r in rows)  # formula neutralised
    assert all(not r["segment_text"].startswith("=") for r in rows)


def test_csv_export_has_one_row_per_finding(corpus_out: Path) -> None:
    raw = (corpus_out / "findings.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    run = load_run(corpus_out)
    rank = {d["doc"]: d["rank"] for d in run.documents}  # the riskiest document's rows first, each in text order
    assert [(r["doc"], int(r["segment"]), r["rule"], r["fingerprint"]) for r in rows] == [
        (f["doc"], f["segment"], f["rule"], f["fingerprint"])
        for f in sorted(run.findings, key=lambda f: rank[f["doc"]])
    ]


def test_html_limit_skips_the_page_for_huge_runs(tmp_path: Path) -> None:
    from audit.report import write_reports
    from audit.report.synthetic import make_run

    run_dir = make_run(tmp_path, segments=300, findings=200, docs=3)
    assert write_reports(run_dir, ["html", "csv"], html_limit=299) == [run_dir / "findings.csv"]
    assert not (run_dir / "report.html").exists()
    assert write_reports(run_dir, ["html"], html_limit=300) == [run_dir / "report.html"]


def test_xliff_carries_sources_and_their_language(tmp_path: Path) -> None:
    from lxml import etree

    src = tmp_path / "in"
    src.mkdir()
    rows = [
        ("a", "河内今天下雨了。", "Hôm nay Hà Nội có mưa.."),
        ("b", "会议在岘港举行。", "Hội nghị được tổ chức tại Đà Nẵng."),
    ]
    (src / "pairs.tsv").write_text("id\tsrc\tmt\n" + "".join(f"{i}\t{s}\t{m}\n" for i, s, m in rows), encoding="utf-8")
    assert audit("run", str(src), "--out", str(tmp_path / "o"), "--quiet", "--export", "xliff").returncode == 0
    root = etree.parse(str(tmp_path / "o" / "report.xlf")).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("zh", "vi")
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    assert [u.get("name") for u in root.iter(f"{ns}unit")] == ["a", "b"]
    assert [s.text for s in root.iter(f"{ns}source")] == [s for _, s, _ in rows]
    assert audit("run", str(tmp_path / "o" / "report.xlf"), "--out", str(tmp_path / "rt"), "--quiet").returncode == 0
    assert [s["source"] for s in load_run(tmp_path / "rt").segments["report.xlf"]] == [s for _, s, _ in rows]


def test_run_off_a_terminal_prints_the_report_but_no_progress(tmp_path: Path) -> None:
    r = audit("run", "corpus", "--out", str(tmp_path / "o"), "--top", "2")
    assert r.returncode == 0
    assert r.stderr == ""  # no progress bar when standard error is not a terminal
    assert "Documents by risk" in r.stdout and "Worst 2 segments" in r.stdout
