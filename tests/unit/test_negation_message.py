"""A111's message quotes the negated source sentence as the source writes it (not lowercased), cut with '…'."""

from __future__ import annotations

from audit.api import audit_pairs
from audit.rules.negation import quoted


def test_the_source_sentence_is_quoted_in_its_own_case() -> None:
    [f] = audit_pairs(
        [("Passengers from Quito must not leave bags unattended.", "Hành khách từ Quito phải để hành lý ở lại.")],
        select=["A111"],
    )
    assert "('Passengers from Quito must not leave bags unattended.')" in f.message


def test_a_long_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    source = "Ms Adebayo said the Ibadan ferry service will not resume before the end of the rainy season next year."
    [f] = audit_pairs([(source, "Bà Adebayo nói dịch vụ phà Ibadan sẽ nối lại trước khi mùa mưa năm sau kết thúc.")])
    assert f.rule == "A111" and "('Ms Adebayo said the Ibadan ferry service will not resume…')" in f.message


def test_quoted_keeps_short_sentences_whole_and_falls_back_to_the_found_text() -> None:
    assert quoted("Do NOT open.", "do not open.") == "Do NOT open."
    assert quoted("x" * 70, "x" * 70) == "x" * 60 + "…"  # no space to cut at
    assert quoted("İstanbul ferries do not run.", "i̇stanbul ferries do not run.") == "i̇stanbul ferries do not run."
