"""HTML's ``translate`` attribute read as the HTML standard reads it: ``yes`` and the empty string (also the
attribute written without a value) turn translation on, ``no`` off, any other value inherits; keywords match
ASCII case-insensitively and are not trimmed. Elements whose end tag HTML lets a page leave out (``<p>``, ``<li>``,
table cells) end where a browser ends them, so a ``translate="no"`` (or a byline class) on one does not spill over
the paragraphs after it."""

from __future__ import annotations

import io

import pytest

from audit.corpus.html import read_html
from audit.model import Segment

HEAD = "<html><body><h1>Nhà máy điện gió ngoài khơi đầu tiên đi vào vận hành</h1>"


def _segments(body: str) -> list[Segment]:
    page = (HEAD + body + "</body></html>").encode("utf-8")
    (doc,) = read_html(io.BytesIO(page), "wind.html", "wind.html", 10_000)
    return doc.segments[1:]


def _protected(seg: Segment) -> list[str]:
    return [seg.text[s:e] for s, e in seg.protected]


@pytest.mark.parametrize("attr", ['translate=""', "translate", 'translate="YES"', 'translate="Yes"'])
def test_empty_and_bare_translate_mean_yes_inside_no(attr: str) -> None:
    (seg,) = _segments(
        f'<div translate="no"><p>Mã trạm <span {attr}>được kết nối với lưới điện quốc gia</span> KX-7.</p></div>'
    )
    assert not seg.boilerplate
    assert _protected(seg) == ["Mã trạm ", " KX-7."]


@pytest.mark.parametrize("value", ["no", "NO", "No"])
def test_no_in_any_case_inside_yes_is_protected(value: str) -> None:
    (seg,) = _segments(
        f'<div translate="yes"><p>Hệ thống <b translate="{value}">Vestas Nordlys</b> đã chạy thử.</p></div>'
    )
    assert _protected(seg) == ["Vestas Nordlys"]


@pytest.mark.parametrize("value", [" no ", "false", "0", "off"])
def test_an_invalid_value_inherits(value: str) -> None:
    (seg,) = _segments(f'<p>Hệ thống <b translate="{value}">Vestas Nordlys</b> đã chạy thử.</p>')
    assert _protected(seg) == []
    (seg,) = _segments(f'<p translate="no">Hệ thống <b translate="{value}">Vestas Nordlys</b> đã chạy thử.</p>')
    assert seg.boilerplate_kind == "translate-no"


def test_no_nested_three_deep() -> None:
    (seg,) = _segments(
        '<section translate="no"><p translate="yes">Tuabin <i translate="no">SG 14-222 DD</i> '
        'có công suất <span translate="">mười bốn megawatt</span>.</p></section>'
    )
    assert _protected(seg) == ["SG 14-222 DD"]


def test_an_unclosed_no_paragraph_ends_at_the_next_paragraph() -> None:
    first, second = _segments(
        '<p translate="no">Powered by Nordlys Grid Monitor<p>Sản lượng điện tháng này tăng mạnh so với cùng kỳ.'
    )
    assert first.boilerplate_kind == "translate-no"
    assert not second.boilerplate and second.protected == ()


def test_an_unclosed_list_item_and_cell_end_at_their_next_sibling() -> None:
    segs = _segments(
        '<ul><li class="notranslate">Nordlys Grid Monitor<li>Công suất lắp đặt đạt ba trăm megawatt.</ul>'
        '<table><tr><td translate="no">KX-7 / KX-9<td>Hai trạm biến áp đã hoàn thành việc nghiệm thu.</table>'
    )
    kinds = [(s.text, s.boilerplate_kind) for s in segs]
    assert kinds == [
        ("Nordlys Grid Monitor", "translate-no"),
        ("Công suất lắp đặt đạt ba trăm megawatt.", None),
        ("KX-7 / KX-9", "translate-no"),
        ("Hai trạm biến áp đã hoàn thành việc nghiệm thu.", None),
    ]


def test_an_unclosed_byline_paragraph_does_not_take_the_article() -> None:
    segs = _segments(
        '<p class="byline">Lê Minh Khôi<p>Dự án được khởi công từ đầu năm và hoàn thành sau mười tám tháng.'
    )
    assert segs[-1].text.startswith("Dự án") and not segs[-1].boilerplate


def test_a_paragraph_inside_a_closed_list_item_is_not_closed_early() -> None:
    (seg,) = _segments('<ul><li><p translate="no">Nordlys Grid Monitor <b>v2</b></p></li></ul>')
    assert seg.boilerplate_kind == "translate-no"
