"""Quotations that run on across the sentences of a paragraph.

Shared by L101, L102, N101, R-rules and number_format: a sentence that opens inside a quotation opened in an earlier
sentence of its paragraph is as quoted as that first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audit.model import Segment

CLOSING = {"“": "”", '"': '"'}  # an opening quote mark → the mark that closes it
_QUOTE_MARKS = re.compile('[“”"]')  # the keys and values of CLOSING


def quote_carried(seg: Segment, segments: Sequence[Segment]) -> int:
    """Where a quotation opened in an earlier sentence of the segment's paragraph closes in it: the index after its
    closing mark, the segment's length when it does not close there, 0 when no quotation is open at its start (the
    second sentence of 'phát biểu bằng tiếng Anh: "Applications rose by 35 percent. Dr. Hà made it work."' is as
    quoted as the first).

    ``segments`` are the document's segments in order (``seg`` among them, at ``seg.index``); only the quote marks of
    the earlier sentences of the paragraph are read (“ closed by ”, " by ")."""
    k = seg.index
    while k and segments[k - 1].paragraph == seg.paragraph:
        k -= 1
    if k == seg.index:
        return 0
    closing = ""
    for earlier in segments[k : seg.index]:
        for ch in _QUOTE_MARKS.findall(earlier.text):  # no other character opens or closes one
            if closing and ch == closing:
                closing = ""
            elif not closing and ch in CLOSING:
                closing = CLOSING[ch]
    if not closing:
        return 0
    end = seg.text.find(closing)
    return len(seg.text) if end < 0 else end + 1
