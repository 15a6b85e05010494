"""Byte-level reading of XML written by others, for editing a file in place (xliff_edit, cat_status)."""

from __future__ import annotations

import re

# the rest of a start tag after its '<': any bytes but '>' outside quoted attribute values, then the '>'
_TAG_REST = re.compile(rb"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")


def tag_end(data: bytes, start: int) -> int:
    """The byte offset just past the tag that opens at ``start`` (a '>' inside a quoted attribute value does not
    end it); ValueError when the tag never ends."""
    m = _TAG_REST.match(data, start + 1)
    if m is None:
        raise ValueError("unterminated start tag")
    return m.end()
