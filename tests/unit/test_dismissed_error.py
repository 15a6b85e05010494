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
