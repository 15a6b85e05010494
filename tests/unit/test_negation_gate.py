"""A111's run skips a document with no source and no 'tự ý' in its article at once: on documents of other sentences
than the rule's examples it finds what reading every segment finds (targets alone, 'tự ý' in a boilerplate row or
a blank one, one segment with a source among targets alone)."""

from __future__ import annotations

from audit.lang.textcache import new_document
from audit.model import Document, Segment
from audit.rules.base import DocContext
from audit.rules.negation import NegationLost

ROWS = [
    ("", "Cơ quan y tế khuyến cáo người dân nên tự ý mua thuốc hạ sốt cho trẻ."),
    ("", "Ban quản lý chợ Bến Thành hãy tự ý sắp xếp lại các sạp hàng."),
    ("", "Giá cà phê Robusta tại Đắk Lắk tăng 2% trong tuần."),
    ("", "   "),
    ("Visitors must not feed the animals.", "Du khách cho thú ăn."),
    ("The bridge will not reopen before March.", "Cây cầu sẽ mở lại trước tháng Ba."),
]


def _plain(rule: NegationLost, doc: Document, ctx: DocContext) -> list:
    """Every segment read, as run did before the gate."""
    out = []
    for seg in doc.segments:
        if not seg.text.strip() or seg.boilerplate:
            continue
        out += rule.check(seg, ctx) if seg.source else rule._target_only(seg)
    return out


def _doc(rows: list[tuple[str, str, bool]]) -> Document:
    return Document(
        "<t>",
        [Segment(i, t, line=i + 1, column=1, source=s or None, boilerplate=b) for i, (s, t, b) in enumerate(rows)],
    )


def test_the_gate_finds_what_reading_every_segment_finds() -> None:
    rule = NegationLost()
    docs = [
        [(s, t, False) for s, t in ROWS[:4]],  # targets alone, 'tự ý' in two
        [(s, t, False) for s, t in ROWS[2:4]],  # targets alone, no 'tự ý': skipped
        [("", ROWS[0][1], True), ("", ROWS[2][1], False)],  # 'tự ý' only in a boilerplate row
        [(s, t, False) for s, t in ROWS[2:5]],  # one segment with a source
        [(s, t, i % 2 == 0) for i, (s, t) in enumerate(ROWS)],
    ]
    fired = 0
    for rows in docs:
        doc = _doc(rows)
        new_document()
        found = list(rule.run(DocContext(doc)))
        new_document()
        assert found == _plain(rule, doc, DocContext(doc)), rows
        fired += len(found)
    assert fired >= 3
