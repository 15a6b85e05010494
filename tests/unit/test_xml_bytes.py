"""The byte-level tag reader that in-place XLIFF edits use (audit/report/xml_bytes.py)."""

from __future__ import annotations

import pytest

from audit.report.xml_bytes import tag_end


def test_tag_end_skips_a_gt_inside_quoted_values() -> None:
    data = b"""<target note='a > b' x="c>d" state="new">Ch\xc3\xa0o</target>"""
    assert data[: tag_end(data, 0)].endswith(b'state="new">')


def test_tag_end_of_empty_and_end_tags() -> None:
    assert tag_end(b"<mrk mtype='seg'/>rest", 0) == len(b"<mrk mtype='seg'/>")
    assert tag_end(b"ab</sdl:seg>", 2) == len(b"ab</sdl:seg>")


def test_tag_end_of_a_tag_that_never_ends() -> None:
    with pytest.raises(ValueError, match="unterminated"):
        tag_end(b'<target state="new', 0)
