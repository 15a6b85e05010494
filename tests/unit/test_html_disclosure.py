"""A button that opens a panel (``aria-expanded``/``aria-controls``) is the question of an accordion FAQ, not a form
control: a question written as a sentence is article text; a short toggle ('Xem thêm', 'Mục lục') and a menu
button in the page's header stay chrome, and plain buttons side by side ('Thích', 'Chia sẻ') stay a row of controls."""

from __future__ import annotations

import io

from audit.corpus.html import read_html


def _kinds(body: str) -> list[tuple[str, bool]]:
    page = f"<html><body><header><button aria-expanded='false'>Menu</button></header><main>{body}</main></body></html>"
    (doc,) = read_html(io.BytesIO(page.encode("utf-8")), "faq.html", "faq.html", 10_000)
    return [(s.text, s.boilerplate) for s in doc.segments]


def test_accordion_questions_are_article_text() -> None:
    kinds = _kinds(
        "<h1>Giải đáp về thẻ căn cước cho trẻ em</h1>"
        '<h3><button class="accordion" aria-expanded="false" aria-controls="p1">'
        "Trẻ dưới 6 tuổi có phải đến cơ quan công an để làm thẻ không?</button></h3>"
        '<div id="p1"><p>Cha mẹ có thể làm thủ tục trực tuyến cho trẻ dưới 6 tuổi.</p></div>'
        '<button type="button" aria-controls="p2">Thẻ căn cước của trẻ có thời hạn bao lâu?</button>'
        '<div id="p2"><p>Thẻ cấp cho trẻ dưới 14 tuổi được đổi khi trẻ đủ 14 tuổi.</p></div>'
    )
    assert ("Trẻ dưới 6 tuổi có phải đến cơ quan công an để làm thẻ không?", False) in kinds
    assert ("Thẻ căn cước của trẻ có thời hạn bao lâu?", False) in kinds
    assert ("Menu", True) in kinds


def test_short_toggles_and_plain_buttons_stay_chrome() -> None:
    kinds = _kinds(
        "<h1>Giá xăng giảm lần thứ ba liên tiếp</h1>"
        "<p>Giá xăng RON 95 giảm 320 đồng mỗi lít từ 15 giờ chiều nay, theo Bộ Công Thương.</p>"
        '<button aria-expanded="false" aria-controls="more">Xem thêm</button>'
        "<div><button>Thích</button> <button>Chia sẻ</button></div>"
    )
    assert ("Xem thêm", True) in kinds
    assert [k for k in kinds if "Thích" in k[0]] == [("Thích Chia sẻ", True)]
    assert ("Giá xăng RON 95 giảm 320 đồng mỗi lít từ 15 giờ chiều nay, theo Bộ Công Thương.", False) in kinds
