"""C105 on continents and regions (references/en_regions.tsv): an English region word left in a Vietnamese
sentence fires; inside an English name, a quote, brackets or a country's adjective it does not. The sentences
are in no test or blind set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.model import Severity
from audit.rules.countries.untranslated_country_word import en_regions


def _c105(text: str) -> list[tuple[str, str | None, Severity]]:
    return [(f.text, f.suggestion, f.severity) for f in audit_text(text, select=["C105"])]


@pytest.mark.parametrize(
    ("text", "word", "vi", "severity"),
    [
        ("Các hãng sữa African đang mở rộng sang thị trường mới.", "African", "châu Phi", Severity.MAJOR),
        ("Xuất khẩu hạt điều sang Latin America tăng 12% trong năm nay.", "Latin America", "Mỹ Latinh", Severity.MINOR),
        ("Nhiều nhà máy Central Asian thiếu điện vào mùa đông.", "Central Asian", "Trung Á", Severity.MAJOR),
        ("Giá khí đốt ở Middle East biến động mạnh sau cuộc họp.", "Middle East", "Trung Đông", Severity.MINOR),
    ],
)
def test_a_region_word_left_in_fires(text: str, word: str, vi: str, severity: Severity) -> None:
    assert _c105(text) == [(word, vi, severity)]


@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển bóng rổ nữ giành vé dự Asian Cup lần đầu tiên.",
        "Nghị viện châu Âu (European Parliament) thông qua dự luật về pin.",
        "Báo African Business đưa tin về dự án cảng biển.",
        "Nhà nghiên cứu gọi đây là mô hình 'European' trong quản lý nước.",
        'Ông nói: "Asia will grow faster" trước các nhà đầu tư.',
        "Bộ trưởng Thương mại châu Âu và châu Phi gặp nhau tại Rabat.",
    ],
)
def test_a_region_word_in_a_name_quote_or_brackets_is_quiet(text: str) -> None:
    assert _c105(text) == []


def test_a_country_adjective_that_holds_a_region_word_is_the_country() -> None:
    [(word, vi, _)] = _c105("Đồng rand South African mất giá so với đồng USD.")
    assert (word, vi) == ("South African", "Nam Phi")


def test_every_region_has_a_vietnamese_name_and_a_kind() -> None:
    assert en_regions()["European"] == ("châu Âu", True)
    assert en_regions()["Oceania"] == ("châu Đại Dương", False)
    assert all(vi and vi != en for en, (vi, _) in en_regions().items())
