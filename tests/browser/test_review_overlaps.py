"""report.html with overlapping suggestions and findings without one, in a real headless Chromium.

The input is audited by the real command line; the page is driven by mouse and keyboard; the
exported decisions are applied with the real ``audit apply``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from audit.report import write_reports
from audit.report.load import RunData, load_run
from audit.report.synthetic import make_run
from tests.browser.conftest import Watched, audit_run, run_lines

pytest.importorskip("playwright.sync_api")

LINES = [
    "Đoàn đại biểu tỉnh Lâm Đồng đã tới thăm trường đại học Nông Lâm.",
    "Chủ tịch Bêlarút Alexander Lukashenko đã gặp các doanh nghiệp Ấn Độ tại Minsk.",
    "Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực nông nghiệp, du lịch , .",
    "Phía Ấn Độ cho biết sẽ mở thêm một số.",
    "Các doanh nghiệp Ấn Độ cam kết tăng đầu tư vào Belarus trong năm tới.",
    "Đoàn cũng thăm một trang trại bò sữa ở ngoại ô thủ đô Minsk..",
]


@pytest.fixture
def overlap_run(tmp_path: Path) -> Path:
    return run_lines(tmp_path, "minsk.txt", LINES)


def _finding(run: RunData, rule: str, segment: int) -> tuple[int, dict[str, Any]]:
    found = [(i, f) for i, f in enumerate(run.findings) if f["rule"] == rule and f["segment"] == segment]
    assert len(found) == 1, (rule, segment, run.findings)
    return found[0]


def _press_on(page: Any, fid: int, key: str) -> None:
    row = page.locator(f"#frows tr[data-f='{fid}']")
    assert row.count() == 1, f"finding {fid} is not on the list's first page"
    row.click()
    page.keyboard.press(key)


def _apply(run_dir: Path, decisions: dict[str, Any], tmp_path: Path) -> tuple[list[str], str]:
    path = run_dir / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    ignore = tmp_path / "ignore"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "audit",
            "apply",
            str(path),
            "--out",
            str(tmp_path / "post"),
            "--ignore-file",
            str(ignore),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    post = tmp_path / "post" / "minsk.txt"  # written only when a segment changed
    lines = post.read_text(encoding="utf-8").splitlines() if post.exists() else []
    return lines, ignore.read_text(encoding="utf-8") if ignore.exists() else ""


def test_overlapping_accepts_are_composed_and_applied(watched: Watched, overlap_run: Path, tmp_path: Path) -> None:
    """' , .': accepting «␠,» → ',' then «, .» → '.' gives '.', in the page, the export and the applied file."""
    run = load_run(overlap_run)
    space, f_space = _finding(run, "F102", 2)
    comma, f_comma = _finding(run, "F108", 2)
    assert f_space["end"] > f_comma["start"]  # the two spans share the comma
    page = watched.page
    watched.open(overlap_run / "report.html")
    _press_on(page, space, "a")
    _press_on(page, comma, "a")
    assert page.locator("#detail .conflict").count() == 0
    assert page.locator("#progress").text_content() == "2 accepted · 0 dismissed · 0 edited"
    fixed = "Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực nông nghiệp, du lịch."
    assert page.locator("#seg-0-2 ins.acc").text_content() == "."
    assert page.locator("#seg-0-2 del.acc").text_content() == " , ."
    data = page.evaluate("window.mtAuditExport()")
    assert [s["text"] for s in data["segments"]] == [fixed]
    assert {(d["rule"], d["decision"], d["replacement"]) for d in data["findings"]} == {
        ("F102", "accepted", ","),
        ("F108", "accepted", "."),
    }
    # the other order composes to the same text
    page.keyboard.press("u")
    _press_on(page, space, "u")
    _press_on(page, comma, "a")
    _press_on(page, space, "a")
    assert page.evaluate("window.mtAuditExport()")["segments"][0]["text"] == fixed
    lines, ignored = _apply(overlap_run, data, tmp_path)
    assert lines[2] == fixed
    assert f_space["fingerprint"] not in ignored and f_comma["fingerprint"] not in ignored  # real errors: not hidden
    assert watched.errors == []


def test_nested_accepts_compose(watched: Watched, overlap_run: Path, tmp_path: Path) -> None:
    """'Bêlarút' → 'Belarus' inside 'Chủ tịch Bêlarút' → 'Tổng thống Belarus': the outer edit already does it."""
    run = load_run(overlap_run)
    inner, f_inner = _finding(run, "T201", 1)
    outer, f_outer = _finding(run, "N105", 1)
    page = watched.page
    watched.open(overlap_run / "report.html")
    _press_on(page, inner, "a")
    assert page.evaluate("window.mtAuditExport()")["segments"][0]["text"] == LINES[1].replace("Bêlarút", "Belarus")
    _press_on(page, outer, "a")
    assert page.locator("#detail .conflict").count() == 0
    assert page.locator("#progress").text_content() == "2 accepted · 0 dismissed · 0 edited"
    expected = LINES[1].replace("Chủ tịch Bêlarút", "Tổng thống Belarus")
    lines, ignored = _apply(overlap_run, page.evaluate("window.mtAuditExport()"), tmp_path)
    assert lines[1] == expected
    assert f_outer["fingerprint"] not in ignored and f_inner["fingerprint"] not in ignored  # real errors: not hidden
    assert watched.errors == []


@pytest.fixture
def nested_conflict(tmp_path: Path) -> tuple[Path, int, int]:
    """A synthetic run and two findings, the second inside the first, whose suggestions cannot both apply."""
    run_dir = make_run(tmp_path / "syn", segments=200, findings=400, docs=2)
    write_reports(run_dir)
    run = load_run(run_dir)
    for i, a in enumerate(run.findings):
        for j, b in enumerate(run.findings):
            if (a["doc"], a["segment"]) != (b["doc"], b["segment"]) or (a["start"], a["end"]) == (b["start"], b["end"]):
                continue
            if a["start"] <= b["start"] and b["end"] <= a["end"] and b["text"] not in a["suggestion"]:
                if b["suggestion"] not in a["suggestion"] and run.ranked_documents()[0]["doc"] == a["doc"]:
                    return run_dir, i, j
    raise AssertionError("the synthetic run has no conflicting nested pair")


def test_conflicting_accept_is_refused_with_a_reason(watched: Watched, nested_conflict: tuple[Path, int, int]) -> None:
    run_dir, outer, inner = nested_conflict
    run = load_run(run_dir)
    page = watched.page
    watched.open(run_dir / "report.html")
    _press_on(page, inner, "a")
    _press_on(page, outer, "a")
    why = page.locator("#detail .conflict")
    assert why.get_attribute("role") == "alert"
    assert "Not accepted" in why.text_content() and run.findings[inner]["rule"] in why.text_content()
    assert page.locator("#detail .status").text_content() == "open"
    assert page.locator("#progress").text_content() == "1 accepted · 0 dismissed · 0 edited"
    assert "accepted" not in page.locator(f"#frows tr[data-f='{outer}']").get_attribute("class")
    data = page.evaluate("window.mtAuditExport()")
    assert [d["fingerprint"] for d in data["findings"]] == [run.findings[inner]["fingerprint"]]
    f = run.findings[inner]
    text = run.segment(f["doc"], f["segment"])["text"]
    assert data["segments"][0]["text"] == text[: f["start"]] + f["suggestion"] + text[f["end"] :]
    # the reason goes with the next decision; once the inner edit is undone the outer one goes through
    _press_on(page, inner, "u")
    assert page.locator("#detail .conflict").count() == 0
    _press_on(page, outer, "a")
    assert page.locator("#detail .status").text_content() == "accepted"
    assert watched.errors == []


def test_conflicting_accepts_from_an_old_page_are_reopened(
    watched: Watched, nested_conflict: tuple[Path, int, int]
) -> None:
    """Decisions stored by an older page (both accepted, one edit lost) are reopened with a visible note."""
    run_dir, outer, inner = nested_conflict
    run = load_run(run_dir)
    page = watched.page
    watched.open(run_dir / "report.html")
    both = {"d": "accepted", "r": None, "x": None}
    stored = {"f": {str(inner): both, str(outer): both}, "e": {}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [f"mt-audit:{run.run_id}", json.dumps(stored)])
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    note = page.locator("#notice")
    assert note.is_visible() and "Reopened 1 accepted finding" in note.text_content()
    data = page.evaluate("window.mtAuditExport()")
    (only,) = data["findings"]
    text = run.segment(run.findings[outer]["doc"], run.findings[outer]["segment"])["text"]
    assert data["segments"][0]["text"] == text[: only["start"]] + only["replacement"] + text[only["end"] :]
    assert page.locator("#progress").text_content() == "1 accepted · 0 dismissed · 0 edited"


def test_accept_on_a_hand_edit_that_dropped_the_span_is_refused(watched: Watched, overlap_run: Path) -> None:
    run = load_run(overlap_run)
    fid, _ = _finding(run, "F101", 5)
    page = watched.page
    watched.open(overlap_run / "report.html")
    page.click(f"#frows tr[data-f='{fid}']")
    page.keyboard.press("e")
    page.locator("#seg-0-5 textarea").fill("Đoàn cũng thăm một trang trại bò sữa gần thủ đô")
    page.keyboard.press("Control+Enter")
    page.click(f"#frows tr[data-f='{fid}']")
    page.keyboard.press("a")
    assert "no longer in your hand edit" in page.locator("#detail .conflict").text_content()
    data = page.evaluate("window.mtAuditExport()")
    assert data["segments"][0]["text"] == "Đoàn cũng thăm một trang trại bò sữa gần thủ đô"
    (fixed,) = data["findings"]  # the edit took the span out: fixed by it, not accepted
    assert fixed["fixed_by_edit"] and fixed["manual"] and fixed["replacement"] is None
    # a hand edit that keeps the span: the suggestion goes in at the span's place
    page.keyboard.press("e")
    page.locator("#seg-0-5 textarea").fill("Đoàn thăm trang trại bò sữa ở ngoại ô Minsk..")
    page.keyboard.press("Control+Enter")
    page.click(f"#frows tr[data-f='{fid}']")
    page.keyboard.press("a")
    assert (
        page.evaluate("window.mtAuditExport()")["segments"][0]["text"] == "Đoàn thăm trang trại bò sữa ở ngoại ô Minsk."
    )


def test_accept_without_a_suggestion_confirms_and_opens_the_editor(
    watched: Watched, overlap_run: Path, tmp_path: Path
) -> None:
    """'a' on an unfinished sentence (no suggestion): confirmed, editor open; fixed once edited by hand."""
    run = load_run(overlap_run)
    fid, f = _finding(run, "F107", 3)
    assert f.get("suggestion") is None
    page = watched.page
    watched.open(overlap_run / "report.html")
    page.click("#help-btn")
    assert "no suggestion: confirm the error and edit the segment" in page.locator("#help").text_content()
    page.click(f"#frows tr[data-f='{fid}']")
    assert page.locator("#detail button[data-action=confirm]").text_content() == "Confirm & edit (a)"
    page.keyboard.press("a")
    area = page.locator("#seg-0-3 textarea")
    assert area.is_visible() and page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.press("Escape")  # not edited yet: confirmed, still to fix
    assert page.locator("#detail .status").text_content() == "confirmed, to edit"
    assert page.locator("#progress").text_content() == "0 accepted · 0 dismissed · 0 edited · 1 confirmed, to edit"
    page.select_option("#f-status", "confirmed")
    assert page.locator("#frows tr").count() == 1
    page.select_option("#f-status", "")
    data = page.evaluate("window.mtAuditExport()")
    assert data["findings"] == [] and [c["fingerprint"] for c in data["confirmed"]] == [f["fingerprint"]]
    _, ignored = _apply(overlap_run, data, tmp_path / "before")
    assert f["fingerprint"] not in ignored  # an unfixed error is never hidden
    page.click(f"#frows tr[data-f='{fid}']")
    page.keyboard.press("a")
    fixed = "Phía Ấn Độ cho biết sẽ mở thêm một số văn phòng đại diện."
    page.locator("#seg-0-3 textarea").fill(fixed)
    page.keyboard.press("Control+Enter")
    assert page.locator("#detail .status").text_content() == "confirmed, fixed by hand edit"
    assert page.locator("#progress").text_content() == "1 accepted · 0 dismissed · 1 edited"
    data = page.evaluate("window.mtAuditExport()")
    assert data["confirmed"] == []
    (rec,) = data["findings"]
    assert (rec["decision"], rec["replacement"], rec["manual"]) == ("accepted", None, True)
    lines, ignored = _apply(overlap_run, data, tmp_path / "after")
    assert lines[3] == fixed and f["fingerprint"] not in ignored  # fixed in the copy, not hidden elsewhere
    assert watched.errors == []


CASES = [
    # (text, edits, expected text, conflicting edit indexes)
    ("ab , .", [(2, 4, ","), (3, 6, ".")], "ab.", []),  # the first keeps the shared comma
    ("ab , .", [(3, 6, "."), (2, 4, ",")], "ab.", []),  # same, listed the other way round
    ("xy  z", [(2, 4, " "), (3, 5, " z")], "xy z", []),  # the second keeps the shared space
    ("A B, A B.", [(0, 8, "A B"), (5, 8, "C")], "C.", []),  # inside a replaced repetition: its one occurrence
    ("Chu X đi.", [(0, 5, "Ông Y"), (4, 5, "Y")], "Ông Y đi.", []),  # the outer edit already does the inner one
    ("X và X đi.", [(0, 6, "X"), (0, 1, "Y"), (5, 6, "Y")], "Y đi.", []),  # a repetition removed, then renamed
    ("Chu X đi.", [(0, 5, "Ông Z"), (4, 5, "Y")], "Ông Z đi.", [1]),  # incompatible: not applied
    ("a..b", [(1, 3, "."), (1, 3, ".")], "a.b", []),  # the same edit twice
    ("a..b", [(1, 3, "."), (1, 3, "…")], "a.b", [1]),  # one span, two different replacements
    ("ab", [(1, 1, "-"), (1, 2, "B")], "a-B", []),  # an insertion then an edit from the same point
    ("one two", [(0, 3, "1"), (3, 4, "_"), (4, 7, "2")], "1_2", []),  # adjacent edits
    ("abcdef", [(0, 4, "X"), (2, 6, "Y")], "Xef", [1]),  # an overlap neither keeps: the later is refused
]


@pytest.fixture(scope="module")
def compose_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A page of a one-sentence run, for its composer (``window.mtAuditCompose``)."""
    tmp = tmp_path_factory.mktemp("compose")
    (tmp / "one.txt").write_text("Hội nghị bế mạc chiều nay.\n", encoding="utf-8")
    run = audit_run([str(tmp / "one.txt")], tmp / "run")
    page = browser.new_page()
    page.goto((run / "report.html").resolve().as_uri())
    page.wait_for_selector("body[data-ready=true]")
    yield page
    page.close()


@pytest.mark.parametrize("text, edits, expected, conflicts", CASES)
def test_compose_cases(compose_page: Any, text: str, edits: list, expected: str, conflicts: list) -> None:
    got = compose_page.evaluate(
        "([t, e]) => window.mtAuditCompose(t, e)", [text, [{"start": s, "end": e, "rep": r} for s, e, r in edits]]
    )
    assert got == {"text": expected, "conflicts": conflicts}
