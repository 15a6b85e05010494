"""A108: a record whose source has text and whose translation is empty."""

from __future__ import annotations

from collections.abc import Iterator

from audit.model import Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register


@register
class EmptyTranslation(SourceRule):
    code = "A108"
    name = "empty-translation"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    summary = "A record whose source has text and whose translation is empty"
    why = (
        "An MT batch with an empty target (a timeout, a filter, a record the engine skipped) publishes "
        "nothing in its place; the reader loses the sentence. The finding spans the empty target."
    )
    fires = ("The ministry will publish the figures on Monday. => ",)
    quiet = ("The ministry will publish the figures on Monday. => Bộ sẽ công bố số liệu vào thứ Hai.",)

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in ctx.doc.segments:
            if seg.source and seg.source.strip() and not seg.text.strip() and not seg.boilerplate:
                yield self.hit(seg, 0, len(seg.text), "the source has text and the translation is empty")
