"""A page copied as text whose article opens on a headline, its date and a short list (a line-up, a menu, the
teams of a group) keeps them all as article text: an article's own date is no page chrome that makes a menu of
the lines around it, and a country or a city beside the date is no byline. Page menus stay navigation."""

from __future__ import annotations

from audit.corpus.boilerplate import classify_lines

SENTENCE = "Bếp ăn của trường phục vụ hơn 900 suất ăn mỗi ngày cho học sinh bán trú từ lớp một đến lớp năm."


def _kinds(lines: list[str]) -> dict[str, str | None]:
    return dict(zip(lines, classify_lines(lines), strict=True))


def test_a_headline_and_a_list_under_the_date_stay_article() -> None:
    lines = ["Thực đơn bán trú tuần này", "Thứ Hai, 07/12/2026", "Cơm gà xé", "Canh bí đỏ", "Đậu que xào", SENTENCE]
    kinds = _kinds(lines)
    assert kinds["Thứ Hai, 07/12/2026"] == "timestamp"
    for line in ("Thực đơn bán trú tuần này", "Cơm gà xé", "Canh bí đỏ", "Đậu que xào"):
        assert kinds[line] is None, line


def test_countries_and_cities_under_the_date_are_no_byline() -> None:
    lines = ["Bảng B vòng loại", "Cập nhật: 07/12/2026 21:05", "Lào", "Campuchia", "Myanmar", "Đông Timor", SENTENCE]
    assert _kinds(lines)["Lào"] is None
    lines = ["Bảng xếp hạng", "Thứ Hai, 07/12/2026 - 21:05", "Hàn Quốc", "Đà Nẵng", SENTENCE]
    kinds = _kinds(lines)
    assert kinds["Hàn Quốc"] is None and kinds["Đà Nẵng"] is None


def test_a_site_menu_above_the_headline_and_a_name_beside_the_date_stay_chrome() -> None:
    lines = [
        "Trang chủ", "Thời sự", "Giáo dục", "Sức khỏe", "Bếp trường học đổi thực đơn",
        "Vũ Thị Hạnh", "Thứ Hai, 07/12/2026 - 21:05", SENTENCE,
    ]  # fmt: skip
    kinds = _kinds(lines)
    assert kinds["Thời sự"] == "navigation" and kinds["Sức khỏe"] == "navigation"
    assert kinds["Vũ Thị Hạnh"] == "byline"
    assert kinds["Bếp trường học đổi thực đơn"] is None


def test_a_refrain_quoted_twice_with_prose_between_stays_article() -> None:
    """A table of contents' headings come back each over its own part of the article; a refrain's lines come
    back together: the first quotation of a refrain is the article's, not a contents box."""
    refrain = ["Sông Lam ơi", "Nước xanh như ngọc", "Thuyền về bến cũ"]
    lines = [
        "Bài hát ra đời vào mùa xuân năm 1981 khi nhạc sĩ về thăm quê mẹ ở huyện Nam Đàn, Nghệ An.",
        *refrain,
        "Nhiều thế hệ người Nghệ vẫn thuộc lòng điệp khúc ấy và hát vang mỗi khi xa quê trở về.",
        *refrain,
        "Ca khúc đã được phối lại nhiều lần với dàn nhạc giao hưởng và nhạc cụ dân tộc.",
    ]
    assert classify_lines(lines) == [None] * len(lines)
