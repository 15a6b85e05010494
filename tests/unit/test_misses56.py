"""misses56 (round 30): adversary109's misses, fixed in general and tested on sentences outside the set."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _idiom_spans(source: str, target: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)], select=["A113"])]


# F111: 'trong' doubled was added, then withdrawn after the round's review: 'trong trong' is also the reduplicated
# adjective 'quite clear' ('Nước suối trong trong chảy qua khe đá'), which a word list cannot tell from a doubling
@pytest.mark.parametrize(
    "text",
    [
        "Nước suối trong trong chảy qua khe đá.",
        "Giọng hát trong trong của cô bé vang lên.",
        "Hai thợ mỏ bị mắc kẹt bên trong trong nhiều giờ trước khi được cứu.",
    ],
)
def test_trong_trong_quiet(text: str) -> None:
    assert _hits(text, "F111") == []


# A113: 'strike while the iron is hot' with a blow, not with the Vietnamese proverb's forging verb
@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "Exporters struck while the iron was hot and signed three contracts in Doha.",
            "Các nhà xuất khẩu đã tấn công khi sắt còn nóng và ký ba hợp đồng tại Doha.",
            "tấn công khi sắt còn nóng",
        ),
        (
            "We must strike while the iron's hot, the minister told investors in Perth.",
            "Chúng ta phải đập khi sắt còn nóng, bộ trưởng nói với các nhà đầu tư tại Perth.",
            "đập khi sắt còn nóng",
        ),
    ],
)
def test_strike_while_iron_hot_calqued(source: str, target: str, span: str) -> None:
    assert _idiom_spans(source, target) == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Exporters struck while the iron was hot and signed three contracts in Doha.",
            "Các nhà xuất khẩu đã rèn sắt khi còn nóng và ký ba hợp đồng tại Doha.",
        ),
        (
            "Exporters struck while the iron was hot and signed three contracts in Doha.",
            "Các nhà xuất khẩu đã chớp thời cơ và ký ba hợp đồng tại Doha.",
        ),
        (
            "The blacksmith struck while the iron was hot, shaping a horseshoe.",
            "Người thợ rèn đập khi sắt còn nóng, tạo hình móng ngựa.",
        ),
    ],
)
def test_strike_while_iron_hot_quiet(source: str, target: str) -> None:
    assert _idiom_spans(source, target) == []
