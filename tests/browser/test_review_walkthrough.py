"""The review page as a post-editor works through a new batch: the source and the reference beside the
text (also while editing), j/k in the document just chosen, input errors shown, confirmed errors exported
with their record; the input notes (files read all the same) below the input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.report.load import load_run
from tests.browser.conftest import Watched, audit_run

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

RECORDS = [
    {
        "id": "k1",
        "src": "Kenya exported 640,000 tonnes of tea in 2024.",
        "mt": "Kenya đã xuất khẩu 460.000 tấn chè trong năm 2024.",
        "ref": "Kenya đã xuất khẩu 640.000 tấn chè trong năm 2024.",
    },
    {
        "id": "k2",
        "src": "The full tables are at https://example.org/tea-tables.",
        "mt": "Các bảng đầy đủ có trên trang web.",
        "ref": "Các bảng đầy đủ có tại https://example.org/tea-tables.",
    },
]
TEXT = [
    "Hội nghị về chè Thái Nguyên khai mạc sáng nay..",
    "Các doanh nghiệp giới thiệu nhiều sản phẩm mới , thu hút khách tham quan.",
    "Ban tổ chức cho biết hội nghị kéo dài ba ngày..",
]


@pytest.fixture
def batch_run(tmp_path: Path) -> Path:
    """A JSONL batch with source and reference, a plain text, and an empty file, audited."""
    src = tmp_path / "batch"
    src.mkdir()
    (src / "tea.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    (src / "che.txt").write_text("\n".join(TEXT) + "\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    out = audit_run([str(src)], tmp_path / "out", exit_code=2)  # the empty file: an input error, exit status 2
    assert (out / "report.html").is_file()  # the reports are written all the same
    return out


def test_source_and_reference_stay_in_view_while_editing(watched: Watched, batch_run: Path) -> None:
    watched.open(batch_run / "report.html")
    page = watched.page
    run = load_run(batch_run)
    doc = next(i for i, d in enumerate(run.ranked_documents()) if d["doc"] == "tea.jsonl")
    page.locator("#doc-list button").nth(doc).click()
    row = page.locator(f"#seg-{doc}-1")
    assert row.locator(".src").text_content() == "source " + RECORDS[1]["src"]
    assert row.locator(".ref").text_content() == "reference " + RECORDS[1]["ref"]
    row.hover()
    row.locator("button", has_text="Edit").click()
    assert row.locator("textarea").is_visible()
    assert row.locator(".src").is_visible() and row.locator(".ref").is_visible()
    assert RECORDS[1]["src"] in row.locator(".src").text_content()
    page.keyboard.press("Escape")
    assert watched.errors == []


def test_j_and_k_start_in_the_document_just_chosen(watched: Watched, batch_run: Path) -> None:
    watched.open(batch_run / "report.html")
    page = watched.page
    run = load_run(batch_run)
    docs = [d["doc"] for d in run.ranked_documents()]
    page.keyboard.press("j")  # the first finding of the first document
    assert page.locator("#frows tr.sel td:nth-child(3)").text_content() == docs[0]
    page.locator("#doc-list button").nth(1).click()
    page.keyboard.press("j")
    first = int(page.locator("#frows tr.sel").get_attribute("data-f"))
    assert run.findings[first]["doc"] == docs[1]
    page.locator("#doc-list button").nth(0).click()
    page.keyboard.press("k")  # from another document, k starts at the chosen one's last finding
    last = int(page.locator("#frows tr.sel").get_attribute("data-f"))
    assert run.findings[last]["doc"] == docs[0]
    page.keyboard.press("j")  # then j/k walk the list as before: the next is the second document's first
    assert int(page.locator("#frows tr.sel").get_attribute("data-f")) == first


def test_input_errors_are_shown_above_the_report(watched: Watched, batch_run: Path) -> None:
    watched.open(batch_run / "report.html")
    box = watched.page.locator("#input-errors")
    assert box.is_visible()
    assert box.locator("summary").text_content().startswith("1 input error: ")
    box.locator("summary").click()
    assert "empty.txt: empty file" in box.locator("li").first.text_content()


def test_no_input_error_box_on_a_clean_run(watched: Watched, corpus_run: Path) -> None:
    watched.open(corpus_run / "report.html")
    assert watched.page.locator("#input-errors").is_hidden()
    assert watched.page.locator("#input-notes").is_hidden()


def test_input_notes_are_shown_below_the_input_errors(watched: Watched, tmp_path: Path) -> None:
    """A record file read without a source (its 'english' field unread): summary.json's note is on the page."""
    src = tmp_path / "batch"
    src.mkdir()
    record = {"id": "m1", "english": "The mill in Pleiku reopened.", "mt": "Nhà máy ở Pleiku mở cửa trở lại."}
    (src / "mill.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    out = audit_run([str(src)], tmp_path / "out", exit_code=2)
    watched.open(out / "report.html")
    page = watched.page
    notes = page.locator("#input-notes")
    assert notes.is_visible() and page.locator("#input-errors").is_visible()
    assert page.evaluate("document.querySelector('#input-errors').nextElementSibling.id") == "input-notes"
    assert notes.locator("summary").text_content().startswith("1 input note: ")
    notes.locator("summary").click()
    assert "mill.jsonl: no source field" in notes.locator("li").first.text_content()
    assert "'english'" in notes.locator("li").first.text_content()
    assert not watched.errors


def test_a_confirmed_error_is_exported_with_its_record(watched: Watched, batch_run: Path) -> None:
    watched.open(batch_run / "report.html")
    page = watched.page
    run = load_run(batch_run)
    lost = next(f for f in run.findings if f["rule"] == "A104")
    page.locator("#frows tr", has_text="A104").first.click()
    page.locator("#detail button[data-action=confirm]").click()
    page.keyboard.press("Escape")
    data = page.evaluate("window.mtAuditExport()")
    assert [(c["fingerprint"], c["record"]) for c in data["confirmed"]] == [(lost["fingerprint"], "k2")]


def test_a_rerun_into_the_same_folder_carries_the_decisions_over(watched: Watched, tmp_path: Path) -> None:
    """Mid-review, the batch grows and is audited again into the same folder: the new page (a new run id)
    takes over the decisions and hand edits of the old one that still match, by fingerprint and text."""
    src = tmp_path / "batch"
    src.mkdir()
    (src / "che.txt").write_text("\n".join(TEXT) + "\n", encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out")
    first = load_run(out)
    watched.open(out / "report.html")
    page = watched.page
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.keyboard.press("j")
    page.keyboard.press("d")
    row = page.locator("#seg-0-2")
    row.hover()
    row.locator("button", has_text="Edit").click()
    row.locator("textarea").fill("Ban tổ chức cho biết hội nghị sẽ kéo dài ba ngày.")
    row.locator("button", has_text="Save").click()
    before = page.evaluate("window.mtAuditExport()")
    # accepted, dismissed, and the finding the hand edit took out (fixed by it); two changed segments
    assert [f.get("fixed_by_edit", False) for f in before["findings"]] == [False, False, True]
    assert len(before["segments"]) == 2
    (src / "them.txt").write_text("Giá chè xuất khẩu tăng nhẹ trong quý ba..\n", encoding="utf-8")
    audit_run([str(src)], out)
    second = load_run(out)
    assert second.run_id != first.run_id
    page.goto("about:blank")  # the reviewer closes the old page before opening the new one
    watched.open(out / "report.html")
    notice = page.locator("#notice")
    stored = page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('mt-audit:'))")
    why = f"saved states {stored}, dialogs {watched.dialogs}, errors {watched.errors}"
    expect(notice, why).to_be_visible(timeout=10_000)
    expect(notice).to_contain_text(f"from run {first.run_id}")
    after = page.evaluate("window.mtAuditExport()")
    assert after["run_id"] == second.run_id
    key = lambda d: sorted((f["fingerprint"], f["decision"], f["reason"]) for f in d["findings"])  # noqa: E731
    assert key(after) == key(before)
    assert [(s["doc"], s["original"], s["text"]) for s in after["segments"]] == [
        (s["doc"], s["original"], s["text"]) for s in before["segments"]
    ]
    page.keyboard.press("Escape")
    assert notice.is_hidden()
    # a page that has decisions of its own takes nothing over
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#notice").is_hidden()
    assert watched.errors == []


@pytest.mark.parametrize(("width", "side_by_side"), [(1400, True), (1000, True), (700, False)])
def test_text_and_findings_side_by_side_down_to_a_laptop(
    watched: Watched, batch_run: Path, width: int, side_by_side: bool
) -> None:
    """On a 1,000-pixel window (a laptop, half a screen) the text and the finding list stay side by side;
    only a phone-sized window stacks them."""
    page = watched.page
    page.set_viewport_size({"width": width, "height": 800})
    watched.open(batch_run / "report.html")
    text, side = page.locator("#doc-view").bounding_box(), page.locator("#side").bounding_box()
    beside = side["x"] >= text["x"] + text["width"] - 1 and abs(side["y"] - text["y"]) < 5
    assert beside == side_by_side, (text, side)
    assert page.locator("#segments mark.f").first.is_visible()


def test_the_header_counts_the_findings_still_open(watched: Watched, batch_run: Path) -> None:
    """What a project manager asks first: how much of the review is left."""
    watched.open(batch_run / "report.html")
    page = watched.page
    n = len(load_run(batch_run).findings)
    assert n >= 3
    assert page.locator("#remaining").text_content() == f"· {n} of {n} findings open"
    page.keyboard.press("j")
    page.keyboard.press("d")
    page.keyboard.press("j")
    page.keyboard.press("Shift+D")
    assert page.locator("#remaining").text_content() == f"· {n - 2} of {n} findings open"
    for _ in range(n - 2):
        page.keyboard.press("j")
        page.keyboard.press("d")
    assert page.locator("#remaining").text_content() == "· every finding decided"


def test_decisions_exported_by_a_colleague_are_imported(watched: Watched, batch_run: Path, tmp_path: Path) -> None:
    """One reviewer exports, another (another browser) imports into the same or a later run's page."""
    page = watched.page
    watched.open(batch_run / "report.html")
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.keyboard.press("j")
    page.keyboard.press("Shift+D")
    page.locator("#doc-list button").nth(1).click()
    row = page.locator("#seg-1-1")  # a segment of the second document, edited by hand
    row.hover()
    row.locator("button", has_text="Edit").click()
    row.locator("textarea").fill("Các doanh nghiệp giới thiệu nhiều sản phẩm mới.")
    row.locator("button", has_text="Save").click()
    with page.expect_download() as info:
        page.click("#export")
    exported = tmp_path / "decisions.json"
    info.value.save_as(exported)
    mine = json.loads(exported.read_text(encoding="utf-8"))
    other = watched.page.context.browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        colleague = Watched(other.new_page())
        colleague.open(batch_run / "report.html")
        assert colleague.page.evaluate("window.mtAuditExport()")["findings"] == []
        colleague.page.set_input_files("#import-file", str(exported))
        notice = colleague.page.locator("#notice")
        decided = [f for f in mine["findings"] if not f.get("fixed_by_edit")]  # the others: the edit says so again
        expect_text = f"Imported {len(decided)} decision(s) and 1 hand edit(s) from decisions.json."
        colleague.page.wait_for_function(
            "t => document.getElementById('notice').textContent === t", arg=expect_text, timeout=10_000
        )
        assert notice.is_visible()
        theirs = colleague.page.evaluate("window.mtAuditExport()")
        assert theirs["findings"] == mine["findings"]
        assert theirs["segments"] == mine["segments"]
        # a file that is not a decisions file is refused with a reason, nothing changes
        bad = tmp_path / "notes.json"
        bad.write_text('{"hello": 1}', encoding="utf-8")
        colleague.page.set_input_files("#import-file", str(bad))
        colleague.page.wait_for_function(
            "() => document.getElementById('notice').textContent.startsWith('Not imported')"
        )
        assert "notes.json is not an mt-audit decisions file" in notice.text_content()
        assert colleague.page.evaluate("window.mtAuditExport()")["segments"] == mine["segments"]
        assert colleague.errors == []
    finally:
        other.close()
