"""Fixes after the seventeenth adversary set, tested on names and sentences that are not in it."""

from __future__ import annotations

import pytest

from audit.api import audit_text, document_from_pairs
from audit.lang.people import person_tenures
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _hits(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[code])]


def test_a_generational_suffix_is_read_with_or_without_its_stop() -> None:
    assert {t.country for t in person_tenures("Ferdinand Marcos Jr")} == {"ph"}
    assert {t.country for t in person_tenures("Ferdinand Marcos")} == {"ph"}
    assert person_tenures("Donald Trump Jr") == ()


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Tổng thống Singapore Ferdinand Marcos Jr. tiếp đoàn doanh nghiệp Nhật Bản.", "Singapore"),
        ("Tổng thống Hàn Quốc Ferdinand Marcos Jr chủ trì cuộc họp khẩn.", "Hàn Quốc"),
        ("Tổng thống Brazil Ferdinand Marcos ký sắc lệnh mới.", "Brazil"),
    ],
)
def test_a_holder_with_a_suffix_under_another_country_fires(text: str, wrong: str) -> None:
    assert _hits(text, "N107") == [(wrong, "Philippines")]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Philippines Ferdinand Marcos Jr. tiếp đoàn doanh nghiệp Nhật Bản.",
        "Tổng thống Mexico Donald Trump Jr. phát biểu tại hội nghị.",  # the son is no president
    ],
)
def test_a_holder_with_a_suffix_stays_quiet_under_the_right_country(text: str) -> None:
    assert _hits(text, "N107") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Đoàn doanh nghiệp Việt Nam sang Feilubin tìm đối tác.", "Feilubin"),  # 菲律宾, ü written u
        ("Giá gạo xuất khẩu sang Feilübin tăng mạnh.", "Feilübin"),  # ü kept
    ],
)
def test_pinyin_with_u_for_u_umlaut_fires(text: str, span: str) -> None:
    assert _hits(text, "C106") == [(span, "Philippines")]


def test_umlaut_words_and_plain_lu_syllables_stay_quiet() -> None:
    text = "Ông Lu Bin và bà Nu Lan đến thăm München, Zürich và Lübeck; ông Lubin là giám đốc."
    assert _hits(text, "C106") == []


@pytest.mark.parametrize(
    ("text", "span", "standard"),
    [
        ("Công ty Hoa Thạc của Đài Loan mở văn phòng đại diện tại Hà Nội.", "Hoa Thạc", "Asus"),
        ("Tập đoàn Lập Tấn tăng vốn cho nhà máy ở Bắc Giang thêm 300 triệu USD.", "Lập Tấn", "Luxshare"),
        ("Hãng Anh Nghiệp Đạt xây thêm nhà xưởng tại Việt Nam.", "Anh Nghiệp Đạt", "Inventec"),
        ("Các nhà cung cấp như Lixun và Foxconn đều mở rộng sản xuất.", "Lixun", "Luxshare"),
    ],
)
def test_electronics_makers_in_hanviet_or_pinyin_fire(text: str, span: str, standard: str) -> None:
    assert _hits(text, "C107") == [(span, standard)]


@pytest.mark.parametrize(
    "text",
    [
        "Hãng xe Hongqi của Trung Quốc ra mắt mẫu xe điện mới.",  # 红旗, not 宏碁 Acer
        "Từ chữ 'máy tính', học sinh liên tưởng đến Liên Tưởng là cách nói sai.",  # no company word before
        "Ông Lập Tấn Phát, Giám đốc công ty, cho biết đơn hàng tăng.",
        "Công ty Asus và Lenovo đều tăng doanh số ở Việt Nam.",
    ],
)
def test_electronics_makers_stay_quiet_without_a_calque(text: str) -> None:
    assert _hits(text, "C107") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hạt giống số năm Bolongsen thắng dễ ở vòng hai.", "Bolongsen"),  # a seeding is a player's slot
        ("Tay vợt Ấn Độ Qilage Xieti thua ở bán kết.", "Qilage Xieti"),  # a country with an accented capital
        ("Cặp Mads Kolding và Qilage Xieti dẫn trước 11-5.", "Qilage Xieti"),  # the second of a pair
    ],
)
def test_pinyin_player_after_a_seeding_or_in_a_pair_fires(text: str, span: str) -> None:
    assert _hits(text, "N108") == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Hạt giống số hai Anders Antonsen thua ở bán kết.",
        "Tay vợt Ấn Độ Lakshya Sen thua ở bán kết.",
        "Cặp Hàn Quốc Seo Seung-jae và Kang Min-hyuk vô địch.",
        "Hạt giống số một Viktor Axelsen thắng dễ.",
    ],
)
def test_latin_player_names_in_those_slots_stay_quiet(text: str) -> None:
    assert _hits(text, "N108") == []


def _pair_hits(source: str, target: str, code: str) -> list[tuple[str, str | None]]:
    doc = document_from_pairs([(source, target)])
    return [(f.text, f.suggestion) for f in run_rules(doc, [c() for c in select_rules([code])], Settings())]


@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        (
            "Write to help@tra-xanh.example for refunds.",
            "Hãy viết thư tới help@traxanh.example để được hoàn tiền.",
            "help@traxanh.example",
            "help@tra-xanh.example",
        ),
        (
            "See https://shop-abc.example/faq for details.",
            "Xem https://shopabc.example/faq để biết thêm.",
            "https://shopabc.example/faq",
            "https://shop-abc.example/faq",
        ),
    ],
)
def test_an_address_that_lost_its_hyphen_fires(source: str, target: str, span: str, fix: str) -> None:
    assert _pair_hits(source, target, "A104") == [(span, fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("See www.Shop-ABC.example today.", "Xem www.shop-abc.example ngay hôm nay."),  # case is no change
        ("The COVID-19 rules changed.", "Quy định về Covid 19 đã thay đổi."),  # a code's hyphen still is none
        ("Flight VN-123 left at noon.", "Chuyến bay VN123 đã cất cánh lúc trưa."),
    ],
)
def test_an_address_copied_and_a_code_without_its_hyphen_stay_quiet(source: str, target: str) -> None:
    assert _pair_hits(source, target, "A104") == []


@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        ("Tickets from Bamboo Airways cost more.", "Vé của Bambo Airways đắt hơn.", "Bambo", "Bamboo"),
        ("Coach Scott Brown spoke.", "HLV Scot Brown phát biểu.", "Scot", "Scott"),
    ],
)
def test_a_name_that_lost_its_doubled_last_letter_fires(source: str, target: str, span: str, fix: str) -> None:
    assert _pair_hits(source, target, "A103") == [(span, fix)]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("President Zelenskyy spoke.", "Tổng thống Zelensky phát biểu."),  # two romanisations
        ("Minister Vasilii Petrov spoke.", "Bộ trưởng Vasili Petrov phát biểu."),
    ],
)
def test_a_romanisation_with_one_final_y_or_i_stays_quiet(source: str, target: str) -> None:
    assert _pair_hits(source, target, "A103") == []


_CHILE_STORY = (
    "Việt Nam và Chile thúc đẩy thương mại nông sản\n"
    "Bộ trưởng Công Thương Việt Nam đã tiếp Đại sứ Chile tại Hà Nội hôm thứ Hai.\n"
    "Chile là đối tác thương mại lớn của Việt Nam ở Mỹ Latinh, kim ngạch năm ngoái đạt 1,6 tỷ USD.\n"
    "Hai bên nhất trí mở rộng xuất khẩu gạo, cà phê và trái cây sang Chile.\n"
)


def test_a_stray_pair_in_a_sentence_that_names_the_partner_fires() -> None:
    last = "Tại buổi tiếp, Đại sứ Chile khẳng định nông sản là trụ cột của quan hệ Đối tác toàn diện Việt Nam – Peru."
    assert _hits(_CHILE_STORY + last, "C101") == [("Peru", "Chile")]


@pytest.mark.parametrize(
    "last",
    [
        "Đại sứ Chile cho biết nước này cũng coi trọng quan hệ hợp tác Chile – Peru trong khối Thái Bình Dương.",
        "Đại sứ Chile nói quan hệ Việt Nam – Chile phát triển tốt, tương tự quan hệ Việt Nam – Peru.",
    ],
)
def test_a_third_country_paired_with_the_partner_or_compared_stays_quiet(last: str) -> None:
    assert _hits(_CHILE_STORY + last, "C101") == []
