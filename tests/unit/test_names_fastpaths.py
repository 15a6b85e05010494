"""The quick paths of the name analyses give what the plain definitions give (audit.lang.names/mentions,
the document scans of audit.rules.names)."""

from __future__ import annotations

import pytest

from audit.api import document_from_text
from audit.lang import mentions
from audit.lang.names import capitalised_runs, multiword_run_words, multiword_runs
from audit.lang.textcache import new_document
from audit.rules import names as rules
from audit.rules.base import DocContext

TEXTS = [
    "Bộ trưởng Ngoại giao Trần Quang Khải tiếp Đại sứ Hà Lan Pieter de Vries tại Hà Nội.",
    "eVisa Card và iPhone Pro; Tổng thống\u00a0Kenya\u00a0William Ruto; a²Bộ trưởng Lê Văn Hưu",
    "Chủ tịch nước Đinh Công Tráng, THỦ TƯỚNG Lương Văn Can, Thủ Tướng Hồ Quý Ly, Tổng Bí thư  Lý Công Uẩn.",
    "Tổng thống Việt Nam Cộng hòa, Chủ tịch Đảngviên Mai Thúc Loan; Tổng thống Ruto.",
    "Ông Thuý Hoà gặp bà Kiều Oanh; Quý Công; xHoà Bình; Vu Van Dung và Tran Quoc Toan",
    "Tổng thống Kenya William Ruto nói: «ıİ» Thủ tướng Phan Chu Trinh.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_runs_of_two_or_more_words(text: str) -> None:
    new_document()
    assert list(multiword_runs(text)) == [r for r in capitalised_runs(text) if len(r) >= 2]
    found = multiword_run_words([text, text])
    expected = [tuple(w for _, _, w in r) for r in multiword_runs(text)]
    assert [words for i, words in found if i == 0] == expected
    assert [words for i, words in found if i == 1] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_title_regex_agrees_with_the_word_walk(text: str) -> None:
    pattern = mentions.title_start_pattern()
    assert pattern is not None
    for m in pattern.finditer(text):
        walked = mentions._match_title(text, m.start())
        if mentions._case_unsafe().search(text) is None:
            assert mentions._title_at(text, m.start(), m.end()) == walked


def test_case_insensitive_matching_differs_from_casefolding_only_where_checked() -> None:
    unsafe = mentions._case_unsafe()
    # 'ı' matches 'i' case-insensitively but does not casefold to it; 'İ' and 'ß' casefold to two characters
    assert unsafe.search("ı") and unsafe.search("İ") and unsafe.search("ß")
    assert unsafe.search("Thủ tướng, “Đại sứ” — 中国 (Phó Chủ tịch).") is None


def test_document_scans_find_the_segments_one_search_each_finds() -> None:
    doc = document_from_text("\n".join(TEXTS))
    new_document()
    ctx = DocContext(doc)
    content = doc.content
    assert rules._variant_segments(ctx) == [s for s in content if rules._maybe_variant(s.text)]
    assert rules._pinyin_segments(ctx) == [s for s in content if mentions.may_have_pinyin(s.text)]
    assert rules.doc_titled(ctx) == [(s.index, t) for s in content for t in mentions.titled_names(s.text)]


@pytest.mark.parametrize("text", TEXTS)
def test_strict_title_starts_drop_no_title(text: str) -> None:
    strict = mentions.strict_title_start_pattern()
    assert strict is not None
    if mentions.case_safe(text):
        spans = [m.span() for m in strict.finditer(text)]
        assert mentions.titled_names(text, spans) == mentions.titled_names(text)
