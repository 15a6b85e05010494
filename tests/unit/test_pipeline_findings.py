"""run_rules builds each Finding from its hit, its segment and its rule (by position: the fields must line up)."""

from __future__ import annotations

from collections.abc import Iterator

from audit.model import Document, Segment, Severity
from audit.pipeline.engine import Settings
from audit.pipeline.findings import run_rules
from audit.rules.base import DocContext, Hit, Rule


class _OneHit(Rule):
    """A rule written for this test: one hit on the second segment's word 'Bắc Kinh'."""

    code = "X990"
    name = "test-one-hit"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = why = ""

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        seg = ctx.doc.segments[1]
        start = seg.text.index("Bắc Kinh")
        yield Hit(1, start, start + 8, "a message", "Bắc Kinh (Trung Quốc)", 0.75, ["Bắc Kinh (Trung Quốc)", "x"])


def test_every_field_of_a_finding_comes_from_its_source() -> None:
    text = "Đoàn đại biểu đã tới Bắc Kinh chiều qua."
    segments = [
        Segment(0, "Hôm nay trời đẹp.", line=1, column=1, raw="Hôm nay trời đẹp."),
        Segment(1, text, line=3, column=5, raw=text, record="rec-7"),
    ]
    [f] = run_rules(Document("tin/a.txt", segments), [_OneHit()], Settings())
    start = text.index("Bắc Kinh")
    assert f.to_json() == {
        "doc": "tin/a.txt",
        "segment": 1,
        "line": 3,
        "column": 5 + start,  # a record's column counts within its text
        "text": "Bắc Kinh",
        "rule": "X990",
        "category": "accuracy/mistranslation",
        "severity": "major",
        "message": "a message",
        "suggestion": "Bắc Kinh (Trung Quốc)",
        "confidence": 0.75,
        "record": "rec-7",
        "candidates": ["Bắc Kinh (Trung Quốc)", "x"],
    }
    assert (f.start, f.end, f.offset) == (start, start + 8, None)
