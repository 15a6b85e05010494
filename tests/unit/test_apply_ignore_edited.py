"""The ignore-file entries `audit apply` writes for a finding dismissed in a segment the review also changed
(sentences written for this test, not from the test sets): its fingerprint in the audited text, and the one it
has in the post-edited text, so that `audit run` of the copy does not raise it again."""

from __future__ import annotations

from audit.model import fingerprint
from audit.report.decisions import Decisions
from audit.report.postedit.ignore import ignore_entries

ORIGINAL = "Trả phòng muộn đến 12:00 có phí 9 euro."
EDITED = "Trả phòng muộn đến 11:00 có phí 9 euro."


def _dismissed(rule: str, span: str) -> dict:
    return {
        "fingerprint": fingerprint(rule, span, ORIGINAL),
        "doc": "khach-san.po",
        "segment": 2,
        "line": 24,
        "rule": rule,
        "text": span,
        "decision": "dismissed",
        "reason": "false-positive",
    }


def _decisions(*findings: dict, edited: str = EDITED) -> Decisions:
    segment = {"doc": "khach-san.po", "segment": 2, "original": ORIGINAL, "text": edited, "manual": False}
    return Decisions(run_id="r1", findings=list(findings), segments=[segment])


def _fingerprints(lines: list[str]) -> list[str]:
    return [line.split()[0] for line in lines]


def test_a_span_still_in_the_edit_gets_its_fingerprint_there_too() -> None:
    lines = ignore_entries(set(), _decisions(_dismissed("A101", "9 euro")))
    assert _fingerprints(lines) == [fingerprint("A101", "9 euro", ORIGINAL), fingerprint("A101", "9 euro", EDITED)]
    assert lines[1].endswith("dismissed (false-positive), in the post-edited text")


def test_a_finding_on_the_whole_segment_spans_the_whole_edit() -> None:
    lines = ignore_entries(set(), _decisions(_dismissed("A105", ORIGINAL)))
    assert _fingerprints(lines) == [fingerprint("A105", ORIGINAL, ORIGINAL), fingerprint("A105", EDITED, EDITED)]


def test_a_span_the_edit_took_out_or_an_unchanged_segment_gets_one_entry() -> None:
    gone = _decisions(_dismissed("A101", "12:00"))
    assert _fingerprints(ignore_entries(set(), gone)) == [fingerprint("A101", "12:00", ORIGINAL)]
    same = _decisions(_dismissed("A101", "9 euro"), edited=ORIGINAL)
    assert _fingerprints(ignore_entries(set(), same)) == [fingerprint("A101", "9 euro", ORIGINAL)]


def test_entries_already_listed_are_not_added_again() -> None:
    listed = {fingerprint("A101", "9 euro", EDITED)}
    lines = ignore_entries(listed, _decisions(_dismissed("A101", "9 euro")))
    assert _fingerprints(lines) == [fingerprint("A101", "9 euro", ORIGINAL)]
