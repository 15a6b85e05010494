"""The document scans of audit.rules._prefilter find every segment the per-segment test finds."""

from __future__ import annotations

import pytest

from audit.lang.textcache import new_document
from audit.model import Document, Segment
from audit.rules._prefilter import PrefilteredRule
from audit.rules.base import DocContext
from audit.rules.docs import strip_marks
from audit.rules.registry import all_rules

PREFILTERED = sorted(code for code, cls in all_rules().items() if issubclass(cls, PrefilteredRule))
EXAMPLES = [strip_marks(ex) for cls in all_rules().values() for ex in (*cls.fires, *cls.quiet)]
LINES = [line for ex in EXAMPLES for line in ex.split("\n")] + [
    ".",
    " . ",
    "!",
    "3 ức",
    "vạn",
    "Thứ Hai, 27/11/2013",
    "KỶ NIỆM 25 năm (1992-2017)",
    "kỷ nıệm 5 năm",
    "BIỂU THỊ",
    "a ,b",
    "vv",
    " - Lê - Lý - Trần",
]


def _doc(texts: list[str]) -> Document:
    return Document("<test>", [Segment(i, t, line=i + 1, column=1) for i, t in enumerate(texts)])


# the lines one a segment, padded with spaces, in pairs and split inside a segment ('\n' within a segment
# turns the scans off), and each example as a document of its own
DOCS = [
    _doc(LINES),
    _doc([f"  {t} " for t in LINES]),
    _doc([f"{a}\n{b}" for a, b in zip(LINES[::2], LINES[1::2], strict=False)]),
    *(_doc(ex.split("\n")) for ex in EXAMPLES),
]


@pytest.mark.parametrize("code", PREFILTERED)
def test_candidates_hold_every_segment_the_trigger_matches(code: str) -> None:
    rule = all_rules()[code]()
    assert isinstance(rule, PrefilteredRule)
    overrides_run = type(rule).run is not PrefilteredRule.run
    for doc in DOCS:
        new_document()
        ctx = DocContext(doc)
        trigger = rule.trigger_pattern()
        matching = [s for s in doc.segments if trigger.search(s.text)]
        if overrides_run:  # the rule scans in its own way: it finds what checking those segments finds
            assert list(rule.run(ctx)) == [h for s in matching for h in rule.check(s, ctx)]
        else:
            candidates = list(rule.candidates(ctx))
            assert [s.index for s in candidates] == sorted({s.index for s in candidates})
            assert {s.index for s in matching} <= {s.index for s in candidates}
