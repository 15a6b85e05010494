"""A segment rule that first asks one cheap regular expression of the whole document.

Most rules of the F/L/T families fire on a small share of documents. Searching the document's
article text once with a pattern every firing segment must match (its ``trigger``) skips the
per-segment work for all the others; only the segments the trigger matches are checked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from audit.lang.tokens import vocabulary
from audit.model import Document
from audit.rules.base import DocContext, Hit, SegmentRule


def content_text(doc: Document) -> str:
    """The article text of a document, one segment per line (memoise it as "content-text")."""
    return "\n".join(s.text for s in doc.segments if not s.boilerplate)


def content_vocabulary(doc: Document) -> Counter[str]:
    """Lowercase words of the article text and their counts (memoise it as "vocab")."""
    return vocabulary(s.text for s in doc.segments if not s.boilerplate)


class PrefilteredRule(SegmentRule):
    """A SegmentRule whose ``trigger`` must match a segment before ``check`` looks at it."""

    trigger: ClassVar[re.Pattern[str]]

    def trigger_pattern(self) -> re.Pattern[str]:
        """The trigger (override to build it from a reference file on first use)."""
        return self.trigger

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        pattern = self.trigger_pattern()
        if not pattern.search(ctx.memo("content-text", content_text)):
            return
        for seg in ctx.doc.segments:
            if not seg.boilerplate and pattern.search(seg.text):
                yield from self.check(seg, ctx)
