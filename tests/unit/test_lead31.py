"""The lead's fix of round 31: N103 reads a near miss of a foreign holder's short surname (three or four letters) under
a title that names one country's office, the given name written right (adversary110: 'Thủ tướng Đức Friedrich
Mertz'). Names, countries and sentences here are none of the set's but Merz's own title."""

from __future__ import annotations

import pytest

from audit.api import audit_text

DATED = "Ngày 20/11/2025, "


def _n103(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(DATED + text, select=["N103"])]


@pytest.mark.parametrize(
    "text, span, fix",
    [
        ("Thủ tướng Đức Friedrich Mertz phát biểu tại Berlin.", "Friedrich Mertz", "Friedrich Merz"),
        ("Tổng thống Kenya William Rutto tiếp Đại sứ Việt Nam tại Nairobi.", "William Rutto", "William Ruto"),
        ("Thủ tướng Singapore Lawrence Wang thăm Hà Nội.", "Lawrence Wang", "Lawrence Wong"),
    ],
)
def test_a_short_surname_one_letter_off_under_its_country_title_fires(text: str, span: str, fix: str) -> None:
    assert _n103(text) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Đức Friedrich Merz phát biểu tại Berlin.",  # written right
        "Tổng thống Kenya William Ruto tiếp Đại sứ Việt Nam tại Nairobi.",
        "Thủ tướng Singapore Lawrence Wong thăm Hà Nội.",
        "Thủ tướng Đức Friedrich Mertzo phát biểu.",  # two letters off a short surname: another name
        "Thủ tướng Đức Friedrich Hertz phát biểu.",  # two letters off 'Merz' (a letter changed, one added)
        "Thủ tướng Đức Heinrich Merk phát biểu.",  # another given name: another person, not a misspelling
        "Tổng thống Friedrich Mertz phát biểu.",  # a title naming no country's office
        "Ông Friedrich Mertz, một nhà kinh tế Đức, phát biểu.",  # no title
    ],
)
def test_quiet_without_the_title_the_given_name_or_a_near_surname(text: str) -> None:
    assert _n103(text) == []


def test_boric_is_chiles_president_until_march_2026() -> None:
    """references/people.tsv: Gabriel Boric, Chile's President 2022-03-11 to 2026-03-11 (sourced), then Kast."""
    bolivia = "Tổng thống Bolivia Gabriel Boric tuyên thệ tại La Paz."
    chile = "Tổng thống Chile Gabriel Boric tiếp Chủ tịch nước."
    assert [(f.rule, f.text, f.suggestion) for f in audit_text(DATED + bolivia, select=["N"])] == [
        ("N107", "Bolivia", "Chile")
    ]
    assert audit_text(DATED + chile, select=["N"]) == []
    later = audit_text("Ngày 20/5/2026, " + chile, select=["N103"])
    assert [f.suggestion for f in later] == ["Tổng thống Chile José Antonio Kast"]


def test_rosatoms_head_in_pinyin_gets_his_name() -> None:
    """references/foreign_business_people.tsv: Alexey Likhachev (利哈乔夫), with 'của Nga' or not before the pinyin."""
    for text in (
        "Tổng giám đốc Rosatom Lihaqiaofu cho biết nhà máy sẽ khởi công năm tới.",
        "Tổng giám đốc Tập đoàn Rosatom của Nga Lihaqiaofu cho biết nhà máy sẽ khởi công năm tới.",
    ):
        assert [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["N"])] == [
            ("N108", "Lihaqiaofu", "Alexey Likhachev")
        ]
    assert audit_text("Tổng giám đốc Rosatom Alexey Likhachev cho biết nhà máy sẽ khởi công.", select=["N"]) == []


def test_uniqlo_by_its_chinese_name() -> None:
    """references/companies.tsv: Uniqlo (优衣库), read in Hán-Việt or in pinyin; the brand's own name is quiet."""
    for calque in ("Ưu Y Khố", "Youyiku"):
        text = f"Đơn hàng áo khoác của {calque} cho mùa đông tăng 20%."
        assert [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=["C107"])] == [
            ("C107", calque, "Uniqlo")
        ]
    assert audit_text("Đơn hàng áo khoác của Uniqlo cho mùa đông tăng 20%.") == []


def _t306(page: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(page, select=["T306"])]


def test_a_place_and_date_line_between_headline_and_article_is_the_dateline() -> None:
    """T306: 'Cần Thơ, 14/3/2026' alone on its line (chrome) under the headline dates the article below it."""
    page = "Hội chợ nông sản mở cửa\nCần Thơ, 14/3/2026\nSáng nay ({}), hội chợ đón hơn 5.000 lượt khách tham quan."
    assert _t306(page.format("15/3")) == [("15/3", "14/3")]
    assert _t306(page.format("14/3")) == []


def test_the_same_line_over_the_headline_or_apart_from_the_article_is_no_dateline() -> None:
    """A page's date strip over the headline (the day the page was saved) or a place-and-date line with chrome after
    it dates nothing."""
    strip = (
        "Trang chủ | Thời sự | Kinh tế\nCần Thơ, 20/3/2026\nTrang chủ | Thời sự | Kinh tế\nHội chợ nông sản mở cửa\n"
        "Sáng nay (15/3), hội chợ đón hơn 5.000 lượt khách tham quan."
    )
    assert _t306(strip) == []
