"""F101 on a doubled stop parted from its word by a space ('bạn ..'): the span takes the space in, so that one
accept gives 'bạn.' (the '.' suggested for '..' left 'bạn .', which F102 then raised on the post-edited copy; found
reviewing tests/data/formats end to end). Sentences written for this test, not from the test sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text
from audit.corpus import InputFile, ReadOptions, read_file
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _f1(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["F1"])]


def _fixed(text: str) -> str:
    out = text
    for f in sorted(audit_text(text, select=["F1"]), key=lambda f: -f.start):
        out = out[: f.start] + (f.suggestion or "") + out[f.end :]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn khách Hàn Quốc đã tới Quy Nhơn ..",
        "Chợ hoa Tết mở cửa đến 10 giờ đêm ..  Mọi người đều vui.",
        "Xem bảng giá (trang 12) ..",
    ],
)
def test_a_spaced_doubled_stop_is_fixed_in_one_accept(text: str) -> None:
    [(_, span, suggestion)] = [x for x in _f1(text) if x[0] == "F101"]
    assert span.startswith(" ") and span.strip() == ".." and suggestion == "."
    assert not [x for x in _f1(_fixed(text)) if x[0] in ("F101", "F102")]


def test_stops_that_touch_the_word_and_spaced_commas_are_as_before() -> None:
    assert _f1("Đoàn khách tới Quy Nhơn..") == [("F101", "..", ".")]
    assert ("F101", ", ,", ",") in _f1("Hai bên ký kết , , và hợp tác.")  # F102 flags the space before it
    assert _f1(" .. tiếp theo") == [("F101", "..", ".")]  # no word before the spaces


def test_no_fix_across_an_inline_code(tmp_path: Path) -> None:
    """'Giá vé là <ph/> ..' reads 'Giá vé là  ..': the spaces stand on both sides of the placeholder."""
    xlf = tmp_path / "ve.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="ve" source-language="en" target-language="vi" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>The fare is <x id="1"/>.</source>'
        '<target>Giá vé là <x id="1"/> ..</target></trans-unit></body></file></xliff>\n',
        encoding="utf-8",
    )
    [doc] = read_file(InputFile(str(xlf), xlf.name), ReadOptions(), [])
    findings = [f for f in run_rules(doc, [rule() for rule in select_rules(["F101"])], Settings()) if f.rule == "F101"]
    assert [f.text for f in findings] == [".."]
