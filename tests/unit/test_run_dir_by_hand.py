"""A run's output folder edited by hand (ux19): `audit show` reads what an editor leaves readable (CRLF or lone-CR
line ends, a byte-order mark, a blank line, a finding line removed) and refuses what it cannot read with the file and
line, never a traceback (a line cut in the middle of a character, a finding of a segment the run lacks, a record
without one of its fields, a segment line removed or doubled); it never rewrites the run's own files. Real runs of
the command line on corpus/000, no mocks."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from accept_all import accept_all
from click.testing import CliRunner

from audit.cli import main

ROOT = Path(__file__).resolve().parents[2]
RUN_FILES = ("summary.json", "documents.jsonl", "segments.jsonl", "findings.jsonl")
EVERY_REPORT = ["--html", "--export", "csv", "--export", "xliff"]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ux19") / "out"
    r = CliRunner().invoke(main, ["run", str(ROOT / "corpus" / "000_d8220ceeb6286349.txt"), "--out", str(out), "-q"])
    assert r.exit_code in (0, 1), r.output
    assert len((out / "findings.jsonl").read_bytes().splitlines()) >= 5
    return out


def _edited(run_dir: Path, tmp_path: Path, name: str, edit: Callable[[list[bytes]], list[bytes]]) -> Path:
    out = tmp_path / "edited"
    shutil.copytree(run_dir, out)
    lines = (out / name).read_bytes().split(b"\n")[:-1]
    (out / name).write_bytes(b"".join(line + b"\n" for line in edit(lines)))
    return out


def _record(line: bytes, change: Callable[[dict], None]) -> bytes:
    record = json.loads(line)
    change(record)
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _show(out: Path, *args: str) -> tuple[int, str, dict[str, bytes]]:
    """`audit show` with every report, its exit status and standard error, and the run's own files before it."""
    before = {n: (out / n).read_bytes() for n in RUN_FILES}
    r = CliRunner().invoke(main, ["show", str(out), *args])
    assert {n: (out / n).read_bytes() for n in RUN_FILES} == before  # nothing of the run's is rewritten
    return r.exit_code, r.stderr, before


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        ("findings.jsonl", lambda ls: [x + b"\r" for x in ls]),  # CRLF
        ("segments.jsonl", lambda ls: [b"\r".join(ls)]),  # lone CR (the final LF ends the last line)
        ("findings.jsonl", lambda ls: [b"\xef\xbb\xbf" + ls[0], *ls[1:]]),  # a byte-order mark
        ("documents.jsonl", lambda ls: [b"\xef\xbb\xbf" + ls[0], *ls[1:]]),
        ("findings.jsonl", lambda ls: [ls[0], b"", *ls[1:]]),  # a blank line
        ("findings.jsonl", lambda ls: ls[:2] + ls[3:]),  # a finding removed (a false alarm dismissed)
    ],
)
def test_what_an_editor_leaves_readable_is_read(
    run_dir: Path, tmp_path: Path, name: str, edit: Callable[[list[bytes]], list[bytes]]
) -> None:
    out = _edited(run_dir, tmp_path, name, edit)
    code, err, _ = _show(out, *EVERY_REPORT)
    assert code == 0, err
    assert (out / "report.html").stat().st_size > 0 and (out / "findings.csv").stat().st_size > 0


def _drop(key: str) -> Callable[[dict], None]:
    return lambda r: r.pop(key)


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda r: r.__setitem__(key, value)


@pytest.mark.parametrize(
    ("name", "line", "change", "message"),
    [
        ("findings.jsonl", 3, _drop("text"), "a finding record with no 'text'"),
        ("findings.jsonl", 2, _drop("rule"), "a finding record with no 'rule'"),
        ("findings.jsonl", 4, _set("rule", 7), "a finding record with a number for its 'rule'"),
        ("findings.jsonl", 3, _set("severity", "blocker"), "a finding of severity 'blocker' (not critical, major"),
        ("findings.jsonl", 3, _set("column", "12"), "a finding record with a string for its 'column'"),
        ("findings.jsonl", 5, _drop("message"), "a finding record with no 'message'"),
        ("findings.jsonl", 3, _set("suggestion", 3), "a finding record with a number for its 'suggestion'"),
        ("findings.jsonl", 3, _set("segment", 4000), "a finding of segment 000_d8220ceeb6286349.txt#4000, which"),
        ("findings.jsonl", 3, _set("segment", True), "a finding record with true or false for its 'segment'"),
        ("segments.jsonl", 2, _drop("text"), "a segment record with no 'text'"),
        ("segments.jsonl", 6, _set("segment", 2), "a second line for segment 000_d8220ceeb6286349.txt#2"),
        ("documents.jsonl", 1, _set("doc", None), "not a record of an mt-audit run"),
    ],
)
def test_a_record_edited_out_of_shape_is_named_by_file_and_line(
    run_dir: Path, tmp_path: Path, name: str, line: int, change: Callable[[dict], None], message: str
) -> None:
    """Each of these once ended in a KeyError or TypeError traceback (or, for the doubled segment, in findings
    shown against the wrong segment's text)."""
    out = _edited(
        run_dir, tmp_path, name, lambda ls: [_record(x, change) if k == line - 1 else x for k, x in enumerate(ls)]
    )
    code, err, _ = _show(out, *EVERY_REPORT)
    assert code == 2 and f"{out / name}:{line}: {message}" in err, err
    assert "Traceback" not in err


def test_a_segment_line_removed_is_named_not_shown_against_the_next_segment(run_dir: Path, tmp_path: Path) -> None:
    """Without segment 4's line, the document's segments once shifted by one: every later finding was shown in the
    text of the segment after its own."""
    out = _edited(run_dir, tmp_path, "segments.jsonl", lambda ls: ls[:4] + ls[5:])
    code, err, _ = _show(out)
    assert code == 2, err
    assert f"{out / 'segments.jsonl'}:5: segment 000_d8220ceeb6286349.txt#5 with no line for" in err
    assert "#4 (a line removed?)" in err


@pytest.mark.parametrize("line_end", [b"\n", b"\r"])
def test_a_file_cut_inside_a_character_is_named_by_file_and_line(
    run_dir: Path, tmp_path: Path, line_end: bytes
) -> None:
    """A copy cut short in the middle of a Vietnamese letter (a full disk, an interrupted transfer) once ended in a
    UnicodeDecodeError traceback; with lone-CR line ends too."""
    out = tmp_path / "edited"
    shutil.copytree(run_dir, out)
    lines = (out / "findings.jsonl").read_bytes().split(b"\n")[:-1]
    n = max(k for k, line in enumerate(lines) if not line.isascii()) + 1  # the last line with a Vietnamese letter
    last = lines[n - 1]
    cut = max(k for k in range(len(last)) if last[k] >= 0xC0) + 1  # just after the lead byte of its last letter
    (out / "findings.jsonl").write_bytes(line_end.join([*lines[: n - 1], last[:cut]]))
    code, err, _ = _show(out, "--export", "csv")
    assert code == 2 and f"{out / 'findings.jsonl'}:{n}: not UTF-8 text (byte 0x" in err, err


def test_apply_on_a_run_with_a_broken_file_names_that_file_not_another_folder(run_dir: Path, tmp_path: Path) -> None:
    """`audit apply` with the decisions in the run's folder, or with --run, on a run whose findings.jsonl was cut
    short: the error is that file's line, not 'neither the decisions file's folder nor ./reports holds a run' nor
    'give the run's output directory with --run' (the user gave it); nothing is written."""
    out = tmp_path / "edited"
    shutil.copytree(run_dir, out)
    decisions = accept_all(out)
    lines = (out / "findings.jsonl").read_bytes().split(b"\n")[:-1]
    (out / "findings.jsonl").write_bytes(b"\n".join(lines)[:-20])
    for run in ([], ["--run", str(out)]):
        r = CliRunner().invoke(main, ["apply", str(decisions), "--out", str(tmp_path / "post"), *run])
        assert r.exit_code == 2, r.output
        assert f"error: {out / 'findings.jsonl'}:{len(lines)}: not valid JSON (" in r.stderr
        assert "--run" not in r.stderr and "./reports" not in r.stderr
        assert not (tmp_path / "post").exists()


def test_findings_removed_by_hand_are_counted_as_the_file_holds_them(run_dir: Path, tmp_path: Path) -> None:
    """The totals line gives summary.json's count; once findings.jsonl lost lines (false alarms dismissed by hand)
    it also says how many the file holds, which the rule table above it counts; an untouched run says nothing."""
    r = CliRunner().invoke(main, ["show", str(run_dir)])
    assert r.exit_code == 0 and "changed since the run" not in r.stdout
    out = _edited(run_dir, tmp_path, "findings.jsonl", lambda ls: ls[3:])
    total = len((run_dir / "findings.jsonl").read_bytes().splitlines())
    r = CliRunner().invoke(main, ["show", str(out)])
    assert r.exit_code == 0, r.output
    assert f"{total} findings (" in r.stdout
    assert f"; {out / 'findings.jsonl'} holds {total - 3} (changed since the run)" in r.stdout.replace("\n", " ")


def test_a_document_line_removed_or_doubled_is_named(run_dir: Path, tmp_path: Path) -> None:
    """documents.jsonl without the line of a document whose segments the run has once ended `audit show --html` in
    a KeyError traceback; a doubled line listed the document twice in the ranking."""
    out = _edited(run_dir, tmp_path, "documents.jsonl", lambda ls: ls[1:])
    code, err, _ = _show(out, "--html")
    assert code == 2 and f"{out / 'segments.jsonl'}:1: a segment of document 000_d8220ceeb6286349.txt, which" in err
    shutil.rmtree(out)
    out = _edited(run_dir, tmp_path, "documents.jsonl", lambda ls: [*ls, ls[0]])
    code, err, before = _show(out)
    n = len(before["documents.jsonl"].splitlines())
    assert code == 2 and f"documents.jsonl:{n}: a second line for document 000_d8220ceeb6286349.txt (the first" in err
