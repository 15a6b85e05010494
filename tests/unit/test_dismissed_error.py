"""A dismissed finding (its fingerprint in the ignore file) keeps the error dismissed: another rule's finding
of the same span with the same fix does not take its place on the next run."""

from __future__ import annotations

from audit.api import document_from_text
from audit.model import fingerprint
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

TEXT = (
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n"
    "Cùng ngày, Thủ tướng Fan Mingzheng chủ trì phiên họp Chính phủ thường kỳ."
)


def _findings(ignored: frozenset[str] = frozenset()) -> list:
    doc = document_from_text(TEXT)
    return run_rules(doc, [c() for c in select_rules(["N101", "T101"])], Settings(ignored_fingerprints=ignored))


def test_other_rule_on_the_same_error_stays_dismissed() -> None:
    doc = document_from_text(TEXT)
    found = [f for f in _findings() if f.text == "Fan Mingzheng"]
    assert [f.rule for f in found] == ["N101"]  # T101 gives the same fix on the same span: one error
    seg = doc.segments[found[0].segment]
    dismissed = frozenset({fingerprint("N101", "Fan Mingzheng", seg.text)})
    assert [f for f in _findings(dismissed) if f.text == "Fan Mingzheng"] == []


def test_findings_without_a_fix_are_separate_errors() -> None:
    """A lost link and a dropped number both span the whole segment with no fix: two errors, and
    dismissing one leaves the other."""
    from audit.api import document_from_pairs

    doc = document_from_pairs(
        [
            (
                "Details are at https://example.org/report; the project will cost 2 billion dollars by 2030.",
                "Chi tiết tại trang web; dự án sẽ tốn hai tỷ đô la.",
            )
        ]
    )
    rules = [c() for c in select_rules(["A102", "A104"])]
    found = run_rules(doc, rules, Settings())
    assert sorted(f.rule for f in found) == ["A102", "A104"]
    a102 = next(f for f in found if f.rule == "A102")
    dismissed = frozenset({fingerprint("A102", a102.text, doc.segments[0].text)})
    assert [f.rule for f in run_rules(doc, rules, Settings(ignored_fingerprints=dismissed))] == ["A104"]
