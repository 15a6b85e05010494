"""report.html in a real headless Chromium: loads offline, filters, review actions, export, safety, scale."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from audit.report import write_reports
from audit.report.load import load_run
from audit.report.synthetic import make_run
from tests.browser.conftest import Watched, audit_run, run_lines

expect = pytest.importorskip("playwright.sync_api").expect


def test_corpus_page_loads_offline_without_errors(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    page = watched.page
    assert watched.errors == []
    assert watched.external_requests() == []
    ranked = page.locator("#doc-list .doc-name").all_text_contents()
    assert len(ranked) == 5
    # the machine-translated documents come first, the human-written ones last
    assert all(name.split(" ", 1)[1][:4] in ("000_", "002_", "003_") for name in ranked[:3])
    assert page.locator("#segments mark.f").count() > 0
    assert page.locator("#boilerplate summary").text_content().startswith("Boilerplate:")
    n = len(load_run(corpus_run).findings)
    assert page.locator("#count").text_content() == f"{n} of {n} findings"


def test_filters_and_search(watched: Watched, tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, segments=600, findings=900, docs=6)
    write_reports(run_dir)
    run = load_run(run_dir)
    watched.open(run_dir / "report.html")
    page = watched.page
    critical = sum(1 for f in run.findings if f["severity"] == "critical")
    page.select_option("#f-sev", "3")
    assert page.locator("#count").text_content() == f"{critical} of {len(run.findings)} findings"
    assert set(page.locator("#frows td:first-child").all_text_contents()) == {"critical"}
    page.select_option("#f-sev", "")
    page.select_option("#f-rule", "T401")
    t401 = [f for f in run.findings if f["rule"] == "T401"]
    assert page.locator("#count").text_content().startswith(f"{len(t401)} of")
    page.select_option("#f-rule", "")
    page.select_option("#f-cat", "accuracy/mistranslation")
    acc = sum(1 for f in run.findings if f["category"] == "accuracy/mistranslation")
    assert page.locator("#count").text_content().startswith(f"{acc} of")
    page.select_option("#f-cat", "")
    doc = run.ranked_documents()[2]["doc"]
    page.select_option("#f-doc", label=f"#3 {doc}")
    in_doc = sum(1 for f in run.findings if f["doc"] == doc)
    assert page.locator("#count").text_content().startswith(f"{in_doc} of")
    assert set(page.locator("#frows td:nth-child(3)").all_text_contents()) == {doc}
    page.select_option("#f-doc", "")
    page.fill("#q", "space before")
    n_space = sum(1 for f in run.findings if "space before" in f["message"])
    expect(page.locator("#count")).to_have_text(re.compile(f"^{n_space} of"))
    # sorting by severity puts critical first, then reversing puts minor first
    page.fill("#q", "")
    expect(page.locator("#count")).to_have_text(re.compile(f"^{len(run.findings)} of"))
    page.click("#flist th button[data-sort=sev]")
    assert page.locator("#frows td:first-child").first.text_content() == "critical"
    page.click("#flist th button[data-sort=sev]")
    assert page.locator("#frows td:first-child").first.text_content() == "minor"
    page.select_option("#sort", "cat")
    cats = sorted(f["category"] for f in run.findings)
    first = int(page.locator("#frows tr").first.get_attribute("data-f"))
    assert run.findings[first]["category"] == cats[0]
    page.select_option("#sort", "risk")
    first = int(page.locator("#frows tr").first.get_attribute("data-f"))
    top_risk = max(run.segment(f["doc"], f["segment"])["risk"] for f in run.findings)
    assert run.segment(run.findings[first]["doc"], run.findings[first]["segment"])["risk"] == top_risk
    assert watched.errors == []


def _row(page: object, fid: int) -> None:
    page.click(f"#frows tr[data-f='{fid}']")


def test_accept_dismiss_edit_survive_reload_and_export(watched: Watched, hostile_run: Path, tmp_path: Path) -> None:
    run = load_run(hostile_run)
    page = watched.page
    watched.open(hostile_run / "report.html")
    f0, f1 = run.findings[0], run.findings[1]
    # accept the first suggestion
    _row(page, 0)
    page.click("#detail button[data-action=accept]")
    seg0 = page.locator(f"#seg-0-{f0['segment']}")
    assert seg0.locator("ins.acc").text_content() == f0["suggestion"]
    # dismiss the second as a false positive
    _row(page, 1)
    page.click("#detail button[data-action=dismiss-fp]")
    assert page.locator("#detail .status").text_content() == "dismissed (false positive)"
    # edit a segment without findings by hand
    clean = next(s for s in run.segments["hoi-cho.txt"] if not s["findings"] and not s["boilerplate"])
    row = page.locator(f"#seg-0-{clean['segment']}")
    row.hover()
    row.locator("button", has_text="Edit").click()
    new_text = "Người dân địa phương vui mừng vì được mùa."
    row.locator("textarea").fill(new_text)
    row.locator("button", has_text="Save").click()
    assert page.locator("#progress").text_content() == "1 accepted · 1 dismissed · 1 edited"
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#progress").text_content() == "1 accepted · 1 dismissed · 1 edited"
    assert page.locator(f"#seg-0-{f0['segment']} ins.acc").count() == 1
    assert new_text in page.locator(f"#seg-0-{clean['segment']} .txt").text_content()
    with page.expect_download() as info:
        page.click("#export")
    path = tmp_path / "decisions.json"
    info.value.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "mt-audit-decisions" and data["version"] == 1
    assert data["run_id"] == run.run_id
    decided = {(d["fingerprint"], d["decision"], d["reason"]) for d in data["findings"]}
    assert decided == {(f0["fingerprint"], "accepted", None), (f1["fingerprint"], "dismissed", "false-positive")}
    assert next(d for d in data["findings"] if d["decision"] == "accepted")["replacement"] == f0["suggestion"]
    seg_text = run.segment("hoi-cho.txt", f0["segment"])["text"]
    expected = seg_text[: f0["start"]] + f0["suggestion"] + seg_text[f0["end"] :]
    edits = {s["segment"]: s for s in data["segments"]}
    assert edits[f0["segment"]]["text"] == expected and edits[f0["segment"]]["manual"] is False
    assert edits[clean["segment"]]["text"] == new_text and edits[clean["segment"]]["manual"] is True
    assert edits[clean["segment"]]["original"] == clean["text"]
    assert len(edits) == 2
    assert watched.errors == []


def test_keyboard_navigation(watched: Watched, hostile_run: Path) -> None:
    run = load_run(hostile_run)
    page = watched.page
    watched.open(hostile_run / "report.html")
    page.keyboard.press("j")
    assert page.locator("#frows tr.sel").get_attribute("data-f") == "0"
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.locator("#frows tr.sel").get_attribute("data-f") == "0"
    focused = page.evaluate("document.activeElement.id")
    assert focused == "f-0"
    page.keyboard.press("a")
    page.keyboard.press("j")
    page.keyboard.press("Shift+D")
    data = page.evaluate("window.mtAuditExport()")
    got = {d["fingerprint"]: (d["decision"], d["reason"]) for d in data["findings"]}
    assert got == {
        run.findings[0]["fingerprint"]: ("accepted", None),
        run.findings[1]["fingerprint"]: ("dismissed", "acceptable"),
    }
    page.keyboard.press("u")
    assert len(page.evaluate("window.mtAuditExport()")["findings"]) == 1


def test_hostile_text_is_shown_not_run(watched: Watched, hostile_run: Path) -> None:
    page = watched.page
    watched.open(hostile_run / "report.html")
    assert page.evaluate("window.__pwned") is None
    text = page.locator("#segments").text_content()
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert "</textarea></script><script>window.__pwned = 3</script>" in text
    assert page.locator("#segments img, #segments script, #doc-view textarea").count() == 0
    # hovering and opening the editor on hostile segments must not run them either
    for mark in page.locator("#segments mark.f").all():
        mark.hover()
    seg = next(s for s in load_run(hostile_run).segments["hoi-cho.txt"] if "</textarea>" in s["text"])
    row = page.locator(f"#seg-0-{seg['segment']}")
    row.hover()
    row.locator("button", has_text="Edit").click()
    assert page.locator("#doc-view textarea").input_value() == seg["text"]
    page.keyboard.press("Escape")
    assert page.locator("#doc-view textarea").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert watched.dialogs == [] and watched.errors == [] and watched.external_requests() == []


def test_large_page_renders(watched: Watched, tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, segments=10_000, findings=20_000, docs=40)
    write_reports(run_dir)
    size = (run_dir / "report.html").stat().st_size
    page = watched.page
    t0 = time.perf_counter()
    watched.open(run_dir / "report.html")
    t_ready = time.perf_counter() - t0
    t1 = time.perf_counter()
    page.select_option("#f-sev", "3")
    page.fill("#q", "Việt Nam")
    page.wait_for_timeout(200)
    for _ in range(5):
        page.keyboard.press("Escape")
        page.keyboard.press("j")
    t_nav = time.perf_counter() - t1
    print(
        f"\n10k segments / 20k findings: page {size / 1e6:.1f} MB, ready in {t_ready:.2f} s, "
        f"filter + 5 steps in {t_nav:.2f} s"
    )
    assert page.locator("#frows tr").count() == 100  # one page of the list
    assert page.locator("#segments .seg").count() <= 200  # one page of the document
    assert page.locator("#frows tr.sel").count() == 1
    assert watched.errors == []


def test_review_then_apply_round_trip(watched: Watched, hostile_run: Path, tmp_path: Path) -> None:
    """Decisions made in the page and exported are what `audit apply` writes back into the text."""
    import subprocess
    import sys

    run = load_run(hostile_run)
    page = watched.page
    watched.open(hostile_run / "report.html")
    page.keyboard.press("j")
    page.keyboard.press("a")
    with page.expect_download() as info:
        page.click("#export")
    decisions = hostile_run / "decisions.json"
    info.value.save_as(decisions)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "audit",
            "apply",
            str(decisions),
            "--out",
            str(tmp_path / "post"),
            "--ignore-file",
            str(tmp_path / "ignore"),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    f = run.findings[0]
    seg = run.segment(f["doc"], f["segment"])
    lines = (tmp_path / "post" / f["doc"]).read_text(encoding="utf-8").splitlines()
    assert lines[seg["line"] - 1] == seg["text"][: f["start"]] + f["suggestion"] + seg["text"][f["end"] :]
    assert not (tmp_path / "ignore").exists()  # an accepted finding is a real error, never ignored


def test_accept_an_alternative_and_empty_run(watched: Watched, tmp_path: Path) -> None:
    run_dir = make_run(tmp_path / "run", segments=60, findings=80, docs=2)
    write_reports(run_dir)
    run = load_run(run_dir)
    page = watched.page
    watched.open(run_dir / "report.html")
    page.select_option("#f-rule", "N201")
    page.locator("#frows tr").first.click()
    fid = int(page.locator("#frows tr.sel").get_attribute("data-f"))
    f = run.findings[fid]
    assert page.locator("#detail").text_content().count("Nguyễn Văn Ân") == 2  # alternatives line and button
    page.click("#detail button[data-action=accept-alt]")
    data = page.evaluate("window.mtAuditExport()")
    assert data["findings"][0]["replacement"] == "Nguyễn Văn Ân"
    seg = next(s for s in data["segments"] if s["segment"] == f["segment"] and s["doc"] == f["doc"])
    assert seg["text"][f["start"] : f["start"] + len("Nguyễn Văn Ân")] == "Nguyễn Văn Ân"
    (tmp_path / "nothing").mkdir()
    empty = audit_run([str(tmp_path / "nothing")], tmp_path / "empty", exit_code=2)  # nothing to audit: an error
    watched.open(empty / "report.html")
    assert "no documents" in page.locator("#doc-head").text_content()
    assert watched.errors == []


def test_po_and_subtitle_findings_are_marked_where_they_are(watched: Watched, tmp_path: Path) -> None:
    formats = Path(__file__).resolve().parents[1] / "data" / "formats"
    (tmp_path / "in").mkdir()
    for name in ("ung-dung.vi.po", "cho-noi.srt", "bai-giang.vtt"):  # the catalogue with a fuzzy entry ranks first
        (tmp_path / "in" / name).write_bytes((formats / name).read_bytes())
    run_dir = audit_run([str(tmp_path / "in")], tmp_path / "out")
    run = load_run(run_dir)
    watched.open(run_dir / "report.html")
    page = watched.page
    assert watched.errors == []
    marked = page.locator("#segments mark.f").all_text_contents()  # pieces: overlapping spans are split
    top = [f for f in run.findings if f["doc"] == run.ranked_documents()[0]["doc"]]
    covered = {(f["segment"], k) for f in top for k in range(f["start"], f["end"])}
    assert sum(len(m) for m in marked) == len(covered)
    assert all(any(m in f["text"] for f in top) for m in marked)
    assert "fuzzy" in page.locator("#segments .kind").all_text_contents()  # the PO document comes first


def test_an_empty_translation_and_a_span_of_spaces_are_visible(watched: Watched, tmp_path: Path) -> None:
    """A108 on an empty target gets a mark to jump to; F110's two spaces show as ␣␣ in the list and the panel."""
    src = tmp_path / "in"
    src.mkdir()
    rows = [
        {"id": "nav-1", "src": "Order history", "mt": ""},
        {"id": "nav-2", "src": "Track your parcel", "mt": "Theo dõi  bưu kiện của bạn"},
    ]
    (src / "nav.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = audit_run([str(src)], tmp_path / "out")
    rules = [f["rule"] for f in load_run(out).findings]
    assert rules[:1] == ["A108"] and "F110" in rules
    page = watched.page
    watched.open(out / "report.html")
    page.keyboard.press("j")
    mark = page.locator("#seg-0-0 mark.f.empty")
    expect(mark).to_have_text("∅ empty translation")
    assert page.evaluate("document.activeElement.id") == mark.get_attribute("id")
    expect(page.locator("#tip")).to_contain_text("A108")
    spans = page.locator("#frows tr td:nth-child(4)").all_text_contents()
    assert spans[0] == "∅" and "␣␣" in spans
    page.locator("#frows tr", has_text="F110").click()
    expect(page.locator("#detail")).to_contain_text("«␣␣»")
    assert watched.errors == []


def test_the_help_names_its_own_key_and_hides_the_tooltip(watched: Watched, hostile_run: Path) -> None:
    page = watched.page
    watched.open(hostile_run / "report.html")
    page.keyboard.press("j")
    expect(page.locator("#tip")).to_be_visible()
    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    expect(page.locator("#help")).to_contain_text("? this help")
    expect(page.locator("#tip")).to_be_hidden()  # it would stay where the help pushed the text away from


def test_document_badges_on_its_line_explained_on_hover(watched: Watched, hostile_run: Path) -> None:
    page = watched.page
    watched.open(hostile_run / "report.html")
    meta = page.locator("#doc-head > div.muted").bounding_box()
    badges = page.locator("#doc-head .badges").bounding_box()
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#doc-head > div.muted')).lineHeight)")
    assert meta["height"] < 2 * line  # one line: '#1 · hoi-cho.txt · text · [2 minor] [MQM …] risk …'
    assert badges["x"] > meta["x"] + 40
    titles = page.locator("#doc-list li:first-child .badges [title]").evaluate_all("els => els.map(e => e.title)")
    assert any(t.startswith("MQM score: 100 − error penalty per 100 words") for t in titles)
    assert any(t.startswith("Risk from 0 to 1") and "review from the top" in t for t in titles)


@pytest.mark.parametrize("width", [1500, 1200, 800])
def test_the_header_buttons_stay_together_at_the_right(watched: Watched, hostile_run: Path, width: int) -> None:
    page = watched.page
    page.set_viewport_size({"width": width, "height": 700})
    watched.open(hostile_run / "report.html")
    boxes = [page.locator(s).bounding_box() for s in ("#import", "#export", "#help-btn")]
    assert len({round(b["y"]) for b in boxes}) == 1  # one row, whatever wraps before them
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[2]["x"] + boxes[2]["width"] > width - 40  # at the right edge


@pytest.mark.parametrize("width", [1500, 1200])
def test_the_side_panels_stay_below_a_wrapped_header(watched: Watched, tmp_path: Path, width: int) -> None:
    lines = [f"Đoạn {i}: hội chợ ở Cần Thơ có {i * 10} gian hàng đến từ các tỉnh miền Tây.." for i in range(1, 40)]
    out = run_lines(tmp_path, "can-tho.txt", lines)
    page = watched.page
    page.set_viewport_size({"width": width, "height": 600})
    watched.open(out / "report.html")
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(300)
    assert page.evaluate("window.scrollY") > 500
    header = page.locator("#top").bounding_box()
    for panel in ("#docs", "#side"):
        assert page.locator(panel).bounding_box()["y"] >= header["y"] + header["height"] - 1, panel


def test_keys_work_after_choosing_a_filter(watched: Watched, hostile_run: Path) -> None:
    """Choosing a filter leaves the focus on its <select>; j and a must still walk and accept."""
    page = watched.page
    watched.open(hostile_run / "report.html")
    page.focus("#f-sev")
    page.select_option("#f-sev", "1")
    assert page.evaluate("document.activeElement.id") == "f-sev"
    page.keyboard.press("j")
    assert page.locator("#frows tr.sel").count() == 1
    page.keyboard.press("a")
    assert page.evaluate("document.getElementById('f-sev').value") == "1"  # the filter did not change
    assert page.locator("#progress").text_content().startswith("1 accepted")
    page.focus("#f-sev")
    page.keyboard.press("ArrowUp")  # the select's own keys are left to it (minor is the last option)
    assert page.evaluate("document.getElementById('f-sev').value") != "1"


def test_enter_in_the_search_box_gives_the_keys_back(watched: Watched, hostile_run: Path) -> None:
    page = watched.page
    watched.open(hostile_run / "report.html")
    page.keyboard.press("/")
    page.keyboard.type("..")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") != "q"
    page.keyboard.press("j")
    expect(page.locator("#frows tr.sel")).to_have_count(1)
    assert page.locator("#q").input_value() == ".."  # the search stays
