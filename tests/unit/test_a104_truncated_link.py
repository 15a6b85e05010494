"""A104 on a link cut short: the target's truncated link is flagged, with the source's whole link as the fix."""

from __future__ import annotations

from audit.api import audit_pairs


def _a104(source: str, target: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=["A104"])]


def test_a_link_cut_short_is_flagged_where_it_stands() -> None:
    got = _a104(
        "Applications open at https://portal.kigali.rw/apply/2026 on Monday.",
        "Hồ sơ được nhận tại https://portal.kigali.rw từ thứ Hai.",
    )
    assert got == [("https://portal.kigali.rw", "https://portal.kigali.rw/apply/2026")]


def test_a_bare_domain_for_a_www_link_is_a_cut_too() -> None:
    got = _a104("The programme is at www.lyon-events.fr/programme.", "Chương trình có tại lyon-events.fr.")
    assert got == [("lyon-events.fr", "www.lyon-events.fr/programme")]


def test_a_domain_the_source_also_names_alone_is_no_cut() -> None:
    source = "See nairobi.go.ke for news and nairobi.go.ke/permits for permits."
    target = "Xem nairobi.go.ke để biết tin tức và giấy phép."
    [(span, suggestion)] = _a104(source, target)
    assert span == target and suggestion is None  # the permits link is lost, not cut: the segment is flagged


def test_a_whole_link_stays_quiet() -> None:
    assert _a104("Book at www.lyon-events.fr/billets.", "Đặt vé tại www.lyon-events.fr/billets.") == []
