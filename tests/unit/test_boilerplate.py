"""Boilerplate classification: page chrome is kept but marked, article text is not."""

from __future__ import annotations

from audit.api import document_from_text
from audit.corpus.boilerplate import classify_line, classify_lines


def test_single_lines() -> None:
    assert classify_line("Tin khác") == ("related", True)
    assert classify_line("Other news") == ("related", True)
    assert classify_line("Tin mới 30/12/2025 19:04")[0] == "timestamp"
    assert classify_line("13/03/2026")[0] == "timestamp"
    assert classify_line("![]() |")[0] == "image"
    assert classify_line("| Thủ tướng phát biểu tại hội nghị. (Ảnh: TTXVN) |")[0] == "image"
    assert classify_line("-----------------")[0] == "separator"
    assert classify_line("Top")[0] == "navigation"
    assert classify_line("Hai bên nhất trí tăng cường hợp tác.") == (None, False)
    assert classify_line("Ảnh hưởng của bão số 3 tới miền Bắc là rất lớn.") == (None, False)


def test_related_block_and_byline() -> None:
    lines = [
        "Việt Nam và Mông Cổ tăng cường hợp tác",
        "Ngày 5/3, tại Ulaanbaatar, hai bên ký kết ba văn kiện hợp tác.",
        "Hai bên nhất trí thúc đẩy thương mại song phương.",
        "Minh Anh",
        "",
        "Tin liên quan",
        "Thủ tướng tiếp Đại sứ Mông Cổ",
        "Hai nước ký hiệp định mới về giáo dục.",
    ]
    kinds = classify_lines(lines)
    assert kinds[:3] == [None, None, None]
    assert kinds[3] == "byline"
    assert kinds[5:] == ["related", "related", "related"]


def test_corpus_human_documents(corpus_dir) -> None:
    for name, chrome in [
        ("001_b4e766f322dd9309.txt", ["![]() |", "Tin khác", "Có thể bạn quan tâm", "Tin mới 27/12/2025 08:12"]),
        ("004_9a3a9b4a86ebd8bb.txt", ["13/03/2026", "aa", "PV", "Other news", "Top"]),
    ]:
        doc = document_from_text((corpus_dir / name).read_text(encoding="utf-8"))
        by_text = {s.text: s for s in doc.segments}
        for text in chrome:
            assert by_text[text].boilerplate, text
        assert (
            doc.title
            and not doc.segments[next(i for i, s in enumerate(doc.segments) if s.text == doc.title)].boilerplate
        )
    doc = document_from_text((corpus_dir / "004_9a3a9b4a86ebd8bb.txt").read_text(encoding="utf-8"))
    assert doc.title == "Tham vấn chính trị giữa hai Bộ Ngoại giao Việt Nam và Lithuania"
    # Article sentences are content; the related-news lede after "Other news" is not.
    assert any(s.text.startswith("Ngày 8/6, tại Hà Nội") and not s.boilerplate for s in doc.segments)
    assert all(s.boilerplate for s in doc.segments if s.text.startswith("Tổng Bí thư Tô Lâm khẳng định"))
