"""`audit apply`: post-edited copies written back in place, change log, ignore file, HTER."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.metrics import TER

from audit.config import read_ignore_file
from audit.report.load import RunData, load_run
from audit.report.postedit import APPLY_FILES

ROOT = Path(__file__).resolve().parents[2]


def audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def accepted(run: RunData, f: dict) -> dict:
    text = run.segment(f["doc"], f["segment"])["text"]
    return {
        "doc": f["doc"],
        "segment": f["segment"],
        "original": text,
        "manual": False,
        "text": text[: f["start"]] + f["suggestion"] + text[f["end"] :],
    }


def decision(f: dict, kind: str, reason: str | None = None) -> dict:
    return {
        "fingerprint": f["fingerprint"],
        "doc": f["doc"],
        "segment": f["segment"],
        "line": f["line"],
        "rule": f["rule"],
        "text": f["text"],
        "decision": kind,
        "reason": reason,
    }


def write_decisions(run: RunData, findings: list[dict], segments: list[dict]) -> Path:
    path = run.path / "decisions.json"
    path.write_text(
        json.dumps(
            {
                "format": "mt-audit-decisions",
                "version": 1,
                "run_id": run.run_id,
                "findings": findings,
                "segments": segments,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def audited_xliff(tmp_path: Path, data: bytes) -> tuple[Path, RunData]:
    """``tin.xlf`` holding ``data`` in ``tmp_path/in``, audited into ``tmp_path/out``: (input folder, run)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "tin.xlf").write_bytes(data)
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    return src, load_run(tmp_path / "out")


@pytest.fixture
def text_run(tmp_path: Path) -> tuple[Path, RunData]:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("000_d8220ceeb6286349.txt", "001_b4e766f322dd9309.txt"):
        shutil.copy(ROOT / "corpus" / name, src / name)
    r = audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 0, r.stderr
    return src, load_run(tmp_path / "out")


def test_apply_plain_text(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    src, run = text_run
    mt = "000_d8220ceeb6286349.txt"
    in_mt = [f for f in run.findings if f["doc"] == mt]
    f_acc = next(f for f in in_mt if f["suggestion"] is not None)
    f_dis = next(f for f in in_mt if f is not f_acc and f["segment"] != f_acc["segment"])
    human = "001_b4e766f322dd9309.txt"
    seg = next(s for s in run.segments[human] if not s["boilerplate"] and s["column"] > 1)  # not at line start
    words = seg["text"].split(" ")
    hand = {
        "doc": human,
        "segment": seg["segment"],
        "original": seg["text"],
        "manual": True,
        "text": " ".join([*words[:-1], "(đã sửa)", words[-1]]),
    }
    decisions = write_decisions(
        run,
        [
            decision(f_acc, "accepted") | {"replacement": f_acc["suggestion"]},
            decision(f_dis, "dismissed", "false-positive"),
        ],
        [accepted(run, f_acc), hand],
    )
    before = {p.name: sha(p) for p in src.iterdir()}
    ignore = tmp_path / "ignore"
    ignore.write_text("# reviewed findings\n", encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert {p.name: sha(p) for p in src.iterdir()} == before  # inputs untouched
    for name, edit in ((mt, accepted(run, f_acc)), (human, hand)):
        old = (src / name).read_text(encoding="utf-8").split("\n")
        new = (tmp_path / "post" / name).read_text(encoding="utf-8").split("\n")
        seg_rec = run.segment(name, edit["segment"])
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        assert changed == [seg_rec["line"] - 1]
        line = old[seg_rec["line"] - 1]
        c = seg_rec["column"] - 1
        assert new[seg_rec["line"] - 1] == line[:c] + edit["text"] + line[c + len(edit["original"]) :]
    changes = [json.loads(x) for x in (tmp_path / "post" / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(c["doc"], c["manual"]) for c in changes} == {(mt, False), (human, True)}
    assert next(c for c in changes if c["doc"] == mt)["accepted"] == [f_acc["fingerprint"]]
    assert read_ignore_file(str(ignore)) == {f_dis["fingerprint"]}  # an accepted error is no false positive
    assert ignore.read_text(encoding="utf-8").startswith("# reviewed findings\n")
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    hyps = [s["text"] for d in (mt, human) for s in run.segments[d] if not s["boilerplate"]]
    edits = {(mt, f_acc["segment"]): accepted(run, f_acc)["text"], (human, seg["segment"]): hand["text"]}
    content = [(d, s) for d in (mt, human) for s in run.segments[d] if not s["boilerplate"]]
    refs = [edits.get((d, s["segment"]), s["text"]) for d, s in content]
    assert summary["hter"] == round(TER().corpus_score(hyps, [refs]).score, 2) > 0
    assert f"HTER {summary['hter']:.2f}" in r.stdout
    # the ignore file silences the dismissed finding; the unedited original still shows the accepted error,
    # the post-edited copy no longer has it
    again = audit("run", str(src), "--out", str(tmp_path / "again"), "--quiet", "--ignore-file", str(ignore))
    assert again.returncode == 0
    fps = {f["fingerprint"] for f in load_run(tmp_path / "again").findings}
    assert f_dis["fingerprint"] not in fps and f_acc["fingerprint"] in fps
    post = audit("run", str(tmp_path / "post" / mt), "--out", str(tmp_path / "post-run"), "--quiet")
    assert post.returncode == 0
    same = [f for f in in_mt if f["rule"] == f_acc["rule"] and f["line"] == f_acc["line"]]
    after = [
        f for f in load_run(tmp_path / "post-run").findings if (f["rule"], f["line"]) == (f_acc["rule"], f_acc["line"])
    ]
    assert len(after) == len(same) - 1


def test_apply_refuses_to_overwrite_inputs(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    src, run = text_run
    f = next(f for f in run.findings if f["suggestion"] is not None)
    decisions = write_decisions(run, [decision(f, "accepted")], [accepted(run, f)])
    before = sha(src / f["doc"])
    r = audit("apply", str(decisions), "--out", str(src), "--ignore-file", str(tmp_path / "ig"))
    assert r.returncode == 2 and "refusing to overwrite an input file" in r.stderr
    assert sha(src / f["doc"]) == before


def test_apply_checks_the_run_id(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    _, run = text_run
    path = write_decisions(run, [], [])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["run_id"] = "another-run"
    path.write_text(json.dumps(data), encoding="utf-8")
    r = audit("apply", str(path), "--out", str(tmp_path / "post"), "--ignore-file", str(tmp_path / "ig"))
    assert r.returncode == 2 and "another-run" in r.stderr


def test_apply_rejects_a_file_that_is_not_decisions(tmp_path: Path) -> None:
    bad = tmp_path / "d.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    r = audit("apply", str(bad), "--out", str(tmp_path / "post"))
    assert r.returncode == 2 and "not an mt-audit decisions file" in r.stderr


@pytest.mark.parametrize("kind", ["jsonl", "tsv", "txt"])  # txt: a TSV file read with --format tsv
def test_apply_record_formats_edit_the_target_field(kind: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rows = [
        ("r1", "Hợp đồng được ký tại Huế.", "Hợp đồng đã được ký kết tại Huế hôm qua.."),
        ("r2", "Trời mưa.", "Trời hôm nay có mưa nhỏ ở vùng ven biển."),
        ("r3", "Chợ đông.", "Phiên chợ cuối tuần rất đông người mua bán.."),
    ]
    if kind == "jsonl":
        compact = {"ensure_ascii": False, "separators": (",", ":")}  # not how json.dumps writes by default
        body = "".join(json.dumps({"id": i, "src": s, "mt": m}, **compact) + "\n" for i, s, m in rows)
    else:
        body = "id\tsrc\tmt\n" + "".join(f"{i}\t{s}\t{m}\n" for i, s, m in rows)
    (src / f"batch.{kind}").write_text(body, encoding="utf-8")
    forced = ["--format", "tsv"] if kind == "txt" else []
    assert audit("run", str(src), "--out", str(tmp_path / "out"), "--quiet", *forced).returncode == 0
    run = load_run(tmp_path / "out")
    f = next(f for f in run.findings if f["record"] == "r3")
    decisions = write_decisions(run, [decision(f, "accepted")], [accepted(run, f)])
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(tmp_path / "ig"))
    assert r.returncode == 0, r.stderr
    out = (tmp_path / "post" / f"batch.{kind}").read_text(encoding="utf-8")
    if kind == "jsonl":
        new = accepted(run, f)["text"]
        assert out.split("\n")[:2] == body.split("\n")[:2]  # other records byte for byte
        assert out.split("\n")[2] == body.split("\n")[2].replace(f'"{rows[2][2]}"', json.dumps(new, **compact))
    else:
        lines = out.splitlines()
        assert lines[0] == "id\tsrc\tmt" and lines[3] == f"r3\t{rows[2][1]}\t{accepted(run, f)['text']}"
        assert lines[1:3] == [f"{i}\t{s}\t{m}" for i, s, m in rows[:2]]


def test_apply_xliff_replaces_the_unit_target(tmp_path: Path) -> None:
    from translate.storage.xliff2 import Xliff2File

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "corpus" / "002_ec700ead3d27b718.txt", src / "a.txt")
    assert audit("run", str(src), "--out", str(tmp_path / "first"), "--quiet", "--export", "xliff").returncode == 0
    xlf = tmp_path / "in2" / "a.xlf"
    xlf.parent.mkdir()
    shutil.copy(tmp_path / "first" / "report.xlf", xlf)
    assert audit("run", str(xlf.parent), "--out", str(tmp_path / "out"), "--quiet").returncode == 0
    run = load_run(tmp_path / "out")
    f = run.findings[0]
    decisions = write_decisions(run, [decision(f, "accepted")], [accepted(run, f)])
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(tmp_path / "ig"))
    assert r.returncode == 0, r.stderr
    before = Xliff2File.parsefile(str(xlf))
    after = Xliff2File.parsefile(str(tmp_path / "post" / "a.xlf"))
    pairs = zip(before.units, after.units, strict=True)
    changed = [(a.getid().split("::")[0], b.target) for a, b in pairs if a.target != b.target]
    assert changed == [(f["record"], accepted(run, f)["text"])]


def test_apply_takes_the_ignore_file_from_config(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    _, run = text_run
    f = run.findings[0]
    decisions = write_decisions(run, [decision(f, "dismissed", "false-positive")], [])
    conf = tmp_path / "team" / "mt-audit.toml"
    conf.parent.mkdir()
    conf.write_text('ignore-file = "dismissed.txt"\n', encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--config", str(conf))
    assert r.returncode == 0, r.stderr
    assert read_ignore_file(str(tmp_path / "team" / "dismissed.txt")) == {f["fingerprint"]}


def test_apply_extends_a_shared_ignore_file_through_its_link(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    """A team keeps one ignore file and links it into each project: apply extends that file (its mode kept), and
    the project's link stays a link (an atomic rename over it cut it off, and the team file missed the entry)."""
    import os
    import stat

    _, run = text_run
    f = run.findings[0]
    decisions = write_decisions(run, [decision(f, "dismissed", "false-positive")], [])
    shared = tmp_path / "team" / "ignored-by-all"
    shared.parent.mkdir()
    shared.write_text("# the desk's dismissals\n", encoding="utf-8")
    shared.chmod(0o664)  # group-writable for the desk
    link = tmp_path / "project" / ".mt-audit-ignore"
    link.parent.mkdir()
    link.symlink_to(os.path.relpath(shared, link.parent))
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and read_ignore_file(str(shared)) == {f["fingerprint"]}
    assert shared.read_text(encoding="utf-8").startswith("# the desk's dismissals\n")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664


XLF20 = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="vi">\n'
    ' <file id="f1">\n'
    '  <unit id="tin-1">\n'
    '   <segment id="a">\n'
    "    <source>El presidente de Perú visitó Montevideo.</source>\n"
    "    <target>Tổng thống Peru đã thăm Montevideo..</target>\n"
    "   </segment>\n"
    '   <segment id="b">\n'
    "    <source>Ambas partes firmaron un acuerdo comercial.</source>\n"
    '    <target>Hai bên ký <pc id="1" type="fmt">hiệp định</pc> thương mại<ph id="2"/>.</target>\n'
    "   </segment>\n"
    "  </unit>\n"
    "  <unit id='tin-2'>\n"
    "   <segment>\n"
    "    <source>La delegación de los países llegó a Quito.</source>\n"
    '    <target>Đoàn <pc id="3">đại biểu</pc> các nước tới Quito..</target>\n'
    "   </segment>\n"
    "  </unit>\n"
    " </file>\n"
    "</xliff>"  # no final newline: kept as it is
)


def hand(run: RunData, doc: str, record: str, text: str) -> dict:
    seg = next(s for s in run.segments[doc] if s.get("record") == record)
    return {"doc": doc, "segment": seg["segment"], "original": seg["text"], "manual": True, "text": text}


def test_apply_xliff20_segments_and_inline_markup(tmp_path: Path) -> None:
    src, run = audited_xliff(tmp_path, XLF20.encode())
    f101 = {f["record"]: f for f in run.findings if f["rule"] == "F101"}
    assert set(f101) == {"tin-1/a", "tin-2"}  # records of a unit with two segments are unit/segment
    fix_a = accepted(run, f101["tin-1/a"])
    edit_b = hand(run, "tin.xlf", "tin-1/b", "Hai bên đã ký hiệp định thương mại tự do.")
    crossing = hand(run, "tin.xlf", "tin-2", "Đoàn nhóm nước tới Quito.")  # 'đại biểu các' spans </pc>
    decisions = write_decisions(
        run,
        [decision(f101["tin-1/a"], "accepted"), decision(f101["tin-2"], "accepted")],
        [fix_a, edit_b, crossing],
    )
    ignore = tmp_path / "ig"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 1, r.stderr  # one edit refused, the others written
    line = XLF20.split("\n").index("  <unit id='tin-2'>") + 1  # where the record starts
    fp = f101["tin-2"]["fingerprint"]
    assert f"{src / 'tin.xlf'}:{line}: record tin-2 (segment 2): edit not applied:" in r.stderr
    assert "crosses inline markup" in r.stderr and f"F101 «..» ({fp})" in r.stderr
    expected = XLF20.replace(
        "<target>Tổng thống Peru đã thăm Montevideo..</target>", "<target>Tổng thống Peru đã thăm Montevideo.</target>"
    ).replace(
        '<target>Hai bên ký <pc id="1" type="fmt">hiệp định</pc> thương mại<ph id="2"/>.</target>',
        '<target>Hai bên đã ký <pc id="1" type="fmt">hiệp định</pc> thương mại tự do<ph id="2"/>.</target>',
    )
    assert (tmp_path / "post" / "tin.xlf").read_text(encoding="utf-8") == expected  # the rest byte for byte
    changes = [json.loads(x) for x in (tmp_path / "post" / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [c["record"] for c in changes] == ["tin-1/a", "tin-1/b"]
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    assert len(summary["refused"]) == 1 and "tin-2" in summary["refused"][0]
    assert read_ignore_file(str(ignore)) == set()  # accepted findings are real errors, never ignored
    # the post-edited folder audits as it is: its copies, not apply's own files
    again = audit("run", str(tmp_path / "post"), "--out", str(tmp_path / "again"), "--quiet")
    assert again.returncode == 0, again.stderr
    rerun = load_run(tmp_path / "again")
    assert [d["doc"] for d in rerun.documents] == ["tin.xlf"]
    assert [s["text"] for s in rerun.segments["tin.xlf"]] == [fix_a["text"], edit_b["text"], crossing["original"]]
    assert {f["record"] for f in rerun.findings if f["rule"] == "F101"} == {"tin-2"}


XLF12 = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n'
    "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>\r\n"
    "<file original='tin.html' source-language='en' target-language='vi' datatype='html'><body>\r\n"
    "<group id='g1'>\r\n"
    "<trans-unit id='1'><source>Salt &amp; sugar from <g id='1'>Oaxaca</g>.</source>\r\n"
    "<target state='translated'>Muối &amp; đường từ <g id='1'>Oaxaca</g>..</target></trans-unit>\r\n"
    "<trans-unit id='2'><source>See<ph id='1'>&lt;br/&gt;</ph>page 4.</source>\r\n"
    "<target>Xem<ph id='1'>&lt;br/&gt;</ph> trang 4 <!-- số trang --><![CDATA[<bảng>]]>.</target></trans-unit>\r\n"
    "</group>\r\n"
    "<trans-unit id='3'><source>Rain.</source><target>Trời mưa.</target></trans-unit>\r\n"
    "</body></file>\r\n"
    "</xliff>\r\n"
)


def test_apply_xliff12_keeps_markup_escapes_and_line_ends(tmp_path: Path) -> None:
    _, run = audited_xliff(tmp_path, XLF12.encode())
    texts = {s["record"]: s["text"] for s in run.segments["tin.xlf"]}
    assert texts["2"] == "Xem trang 4 <bảng>."  # native code inside <ph> is not text
    decisions = write_decisions(
        run,
        [],
        [
            hand(run, "tin.xlf", "1", "Muối và đường từ Oaxaca."),
            hand(run, "tin.xlf", "2", "Xem trang 5 <bảng 2>."),
        ],
    )
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(tmp_path / "ig"))
    assert r.returncode == 0, r.stderr
    expected = XLF12.replace(
        "<target state='translated'>Muối &amp; đường từ <g id='1'>Oaxaca</g>..</target>",
        "<target state='translated'>Muối và đường từ <g id='1'>Oaxaca</g>.</target>",
    ).replace(
        "<target>Xem<ph id='1'>&lt;br/&gt;</ph> trang 4 <!-- số trang --><![CDATA[<bảng>]]>.</target>",
        "<target>Xem<ph id='1'>&lt;br/&gt;</ph> trang 5 <!-- số trang --><![CDATA[<bảng 2>]]>.</target>",
    )
    assert (tmp_path / "post" / "tin.xlf").read_bytes() == expected.encode()


def test_failed_apply_writes_nothing(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    src, run = text_run
    mt, human = "000_d8220ceeb6286349.txt", "001_b4e766f322dd9309.txt"
    f = next(f for f in run.findings if f["doc"] == mt and f["suggestion"] is not None)
    seg = next(s for s in run.segments[human] if not s["boilerplate"])
    edit = {"doc": human, "segment": seg["segment"], "original": seg["text"], "manual": True, "text": "Đã sửa."}
    decisions = write_decisions(run, [decision(f, "accepted")], [accepted(run, f), edit])  # the MT document first
    ignore = tmp_path / "ig"
    ignore.write_text("# ours\n", encoding="utf-8")
    text = (src / human).read_text(encoding="utf-8").split("\n")
    text[seg["line"] - 1] = "Một dòng khác hẳn."  # the input changed since the audit
    (src / human).write_text("\n".join(text), encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 2 and f"{src / human}:{seg['line']}:" in r.stderr
    assert not (tmp_path / "post").exists()  # not even an empty folder
    assert ignore.read_text(encoding="utf-8") == "# ours\n"
    (tmp_path / "post").mkdir()
    (tmp_path / "post" / "notes.md").write_text("mine\n", encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 2
    assert sorted(p.name for p in (tmp_path / "post").iterdir()) == ["notes.md"]  # no copies, no change log
    # a later apply into the same folder replaces what an earlier one wrote there
    shutil.copy(ROOT / "corpus" / human, src / human)
    assert audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore)).returncode == 0
    assert {p.name for p in (tmp_path / "post").iterdir()} == {"notes.md", mt, human, *APPLY_FILES}
    only_mt = write_decisions(run, [decision(f, "accepted")], [accepted(run, f)])
    assert audit("apply", str(only_mt), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore)).returncode == 0
    assert {p.name for p in (tmp_path / "post").iterdir()} == {"notes.md", mt, *APPLY_FILES}


def test_apply_xliff_names_file_and_line_when_a_record_is_gone(tmp_path: Path) -> None:
    src, run = audited_xliff(tmp_path, XLF20.encode())
    decisions = write_decisions(run, [], [hand(run, "tin.xlf", "tin-1/b", "Hai bên đã ký hiệp định thương mại.")])
    (src / "tin.xlf").write_text(XLF20.replace('<segment id="b">', '<segment id="c">'), encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(tmp_path / "ig"))
    line = run.segment("tin.xlf", 1)["line"]
    assert r.returncode == 2 and f"{src / 'tin.xlf'}:{line}: no record 'tin-1/b' with a <target>" in r.stderr
    assert not (tmp_path / "post").exists()


def test_apply_refuses_a_malformed_ignore_file_and_keeps_it(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    _, run = text_run
    f = next(f for f in run.findings if f["suggestion"] is not None)
    decisions = write_decisions(run, [decision(f, "accepted")], [accepted(run, f)])
    ignore = tmp_path / "ig"
    ignore.write_text("# ours\ngarbage line\n", encoding="utf-8")
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 2 and f"{ignore}:2: not a finding fingerprint: 'garbage line'" in r.stderr
    assert ignore.read_text(encoding="utf-8") == "# ours\ngarbage line\n" and not (tmp_path / "post").exists()


def test_an_accepted_edit_the_text_does_not_show_is_named(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    """Decisions from a page that lost an accepted edit (the text still holds the error): the copy is
    written as the page left it, the finding is not silenced, and the summary says which segment to check."""
    _, run = text_run
    mt = "000_d8220ceeb6286349.txt"
    with_fix = [f for f in run.findings if f["doc"] == mt and f["suggestion"] is not None]
    by_seg: dict[int, dict] = {}  # one finding with a fix in each of three segments
    for f in with_fix:
        by_seg.setdefault(f["segment"], f)
    good, lost, unlisted = list(by_seg.values())[:3]
    hand_lost = accepted(run, lost) | {"text": accepted(run, lost)["original"] + " "}  # changed, but not the fix
    spans = lambda f: {"replacement": f["suggestion"], "start": f["start"], "end": f["end"]}  # noqa: E731
    decisions = write_decisions(
        run,
        [decision(f, "accepted") | spans(f) for f in (good, lost, unlisted)],
        [accepted(run, good), hand_lost],
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert read_ignore_file(str(ignore)) == set()
    summary = json.loads((tmp_path / "post" / "apply-summary.json").read_text(encoding="utf-8"))
    notes = " ".join(summary["skipped"])
    assert f"segment {lost['segment']}: the post-edited text does not show" in notes
    assert f"segment {unlisted['segment']}: an accepted replacement, but the segment is not among" in notes


def test_an_accepted_error_is_not_hidden_in_another_document(text_run: tuple[Path, RunData], tmp_path: Path) -> None:
    """Accepted findings are real errors: apply keeps them out of the ignore file, so the same MT sentence in
    another document (a renamed copy, a later batch) still raises them; a dismissed one stays dismissed there."""
    src, run = text_run
    mt = "000_d8220ceeb6286349.txt"
    in_mt = [f for f in run.findings if f["doc"] == mt]
    with_fix = [f for f in in_mt if f["suggestion"] is not None]
    f_acc = with_fix[0]
    f_dis = next(f for f in in_mt if f["segment"] != f_acc["segment"])
    decisions = write_decisions(
        run,
        [
            decision(f_acc, "accepted") | {"replacement": f_acc["suggestion"]},
            decision(f_dis, "dismissed", "acceptable"),
        ],
        [accepted(run, f_acc)],
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert "1 fingerprint(s) added" in r.stdout
    later = tmp_path / "batch-2"
    later.mkdir()
    shutil.copy(src / mt, later / "ban-tin-moi.txt")
    again = audit("run", str(later), "--out", str(tmp_path / "again"), "--quiet", "--ignore-file", str(ignore))
    assert again.returncode == 0, again.stderr
    fps = {f["fingerprint"] for f in load_run(tmp_path / "again").findings}
    assert f_acc["fingerprint"] in fps and f_dis["fingerprint"] not in fps
    summary = json.loads((tmp_path / "again" / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["ignored"] == sum(1 for f in in_mt if f["fingerprint"] == f_dis["fingerprint"])


def test_a_finding_dismissed_beside_an_accepted_fix_stays_dismissed_in_the_copy(
    text_run: tuple[Path, RunData], tmp_path: Path
) -> None:
    """A fingerprint hashes its segment's text: a finding dismissed in a segment whose other finding was
    accepted came back when the post-edited copy was audited (found on corpus/002; checked here on 000, whatever
    two findings of one segment it has). Apply also lists the dismissed finding's fingerprint in the edited text."""
    _, run = text_run
    mt = "000_d8220ceeb6286349.txt"
    in_mt = [f for f in run.findings if f["doc"] == mt]
    f_acc, f_dis = next(
        (a, b)
        for a in in_mt
        for b in in_mt
        if a["suggestion"] is not None
        and b["segment"] == a["segment"]
        and (b["end"] <= a["start"] or b["start"] >= a["end"])
        and b["text"].strip()
    )
    decisions = write_decisions(
        run,
        [
            decision(f_acc, "accepted") | {"replacement": f_acc["suggestion"]},
            decision(f_dis, "dismissed", "false-positive"),
        ],
        [accepted(run, f_acc)],
    )
    ignore = tmp_path / "ignore"
    r = audit("apply", str(decisions), "--out", str(tmp_path / "post"), "--ignore-file", str(ignore))
    assert r.returncode == 0, r.stderr
    assert "2 fingerprint(s) added" in r.stdout
    assert "in the post-edited text" in ignore.read_text(encoding="utf-8")

    def where(f: dict) -> tuple[str, int, str]:
        return f["rule"], f["line"], f["text"]

    plain = audit("run", str(tmp_path / "post" / mt), "--out", str(tmp_path / "plain"), "--quiet")
    assert plain.returncode == 0, plain.stderr
    assert where(f_dis) in {where(f) for f in load_run(tmp_path / "plain").findings}  # it would come back
    post = audit(
        "run", str(tmp_path / "post" / mt), "--out", str(tmp_path / "post-run"), "--quiet", "--ignore-file", str(ignore)
    )
    assert post.returncode == 0, post.stderr
    again = load_run(tmp_path / "post-run")
    assert where(f_dis) not in {where(f) for f in again.findings}
    assert again.summary["counts"]["ignored"] >= 1
