"""The fixes after the adversary50 blind set (tests/data/adversary50), each tested on names, countries and pages
that set does not have (Ramos-Horta rather than Gusmão, Singapore's President and Foreign Minister rather than its
Prime Minister, Japan's former Prime Minister, the EU, Korea's side, Malaysia spelled out), firing and quiet."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_pinyin_given_name_after_a_hyphenated_country() -> None:
    """N108: the given name in pinyin right after 'Timor-Leste' belongs to the name (the run used to start at
    'Leste', a word of no pinyin that ended the name before it)."""
    assert _found("Tổng thống Timor-Leste Ruoze Aoerta thăm Hà Nội.", "N108") == [("Ruoze Aoerta", "José Ramos-Horta")]
    assert _found("Tổng thống Timor-Leste José Ramos-Horta thăm Hà Nội.", "N108") == []


def test_people_of_singapore_called_by_a_latin_name() -> None:
    """N108, not N101: Singapore's leaders whom the press calls by their Latin names (尚达曼 Tharman, 维文 Vivian
    Balakrishnan); one it calls by the Hán-Việt of his Chinese name stays N101's (Lý Hiển Long)."""
    president = "Tổng thống Singapore Shangdaman tiếp đoàn."
    assert _found(president, "N108") == [("Shangdaman", "Tharman Shanmugaratnam")] and _found(president, "N101") == []
    minister = "Bộ trưởng Ngoại giao Singapore Weiwen tiếp đoàn."
    assert _found(minister, "N108") == [("Weiwen", "Vivian Balakrishnan")] and _found(minister, "N101") == []
    former = "Cựu Thủ tướng Singapore Li Xianlong tiếp đoàn."
    assert _found(former, "N108") == [] and _found(former, "N101") == [("Li Xianlong", "Lý Hiển Long")]


_MENU = "TIN QUỐC TẾ\nTrang chủ\nThời sự\nThế giới\nKinh tế\nThể thao\nThế giới > Châu Á\n"


def test_former_holder_read_on_the_dateline_below_a_menu() -> None:
    """N103: a page whose dateline stands below its menu is dated to that month (it was dated to the year only, and
    a holder who left that year passed); a page of a month he was still in office stays quiet."""
    body = "Nhật Bản tăng viện trợ cho Việt Nam\n(TQT) Tokyo, {date} – Thủ tướng Nhật Bản Shigeru Ishiba tiếp đoàn.\n"
    after = _found(_MENU + body.format(date="5/12/2025"), "N103")
    assert [t for t, _ in after] == ["Thủ tướng Nhật Bản Shigeru Ishiba"]
    assert _found(_MENU + body.format(date="5/9/2025"), "N103") == []


def test_members_counted_then_some_named() -> None:
    """C108: 'ORG có N (nước) thành viên, trong đó có X, Y và Z' claims membership of each."""
    assert _found("Hiện EU có 27 nước thành viên, trong đó có Đức, Pháp và Na Uy.", "C108") == [("Na Uy", None)]
    for quiet in (
        "Hiện ASEAN có 11 thành viên, trong đó có Thái Lan, Lào và Việt Nam.",
        "ASEAN có 11 thành viên. Trong đó, Ấn Độ và Nhật Bản là đối tác.",
    ):
        assert _found(quiet, "C108") == [], quiet


def test_side_calque_before_a_sports_verb() -> None:
    """C103: 'X phương nhập cuộc' (方 the side, 入场); 'các địa phương nhập khẩu' is no side."""
    assert _found("Việt Nam gặp Hàn Quốc ở chung kết. Bước vào trận, Hàn phương nhập cuộc tốt hơn.", "C103") == [
        ("Hàn phương", "phía Hàn Quốc")
    ]
    assert _found("Tỉnh đẩy mạnh thương mại với Thái Lan; các địa phương nhập khẩu nhiều gạo.", "C103") == []


def test_spelled_out_country_before_a_vietnamese_name() -> None:
    """T201: a hyphenated spelling of a country right before a Vietnamese name ('Đại sứ … tại Bra-xin Nguyễn Thanh
    Hà') is the country, not the first part of a name; a one-syllable country name before one ('Anh Tuấn') is still
    a person's."""
    for latin, spelled in (("Brazil", "Bra-xin"), ("Mexico", "Mê-hi-cô"), ("Israel", "I-xra-en")):
        text = f"{latin} mua thêm gạo Việt Nam. Đại sứ Việt Nam tại {spelled} Nguyễn Thanh Hà cho biết."
        assert _found(text, "T201") == [(spelled, latin)], spelled
    assert _found("Anh là thị trường lớn. Anh Tuấn, kỹ sư ở Luân Đôn, cho biết Anh sẽ mua thêm.", "T201") == []


def test_asean_full_chinese_name_in_han_viet() -> None:
    """C107: 东南亚国家联盟 read in Hán-Việt."""
    assert _found("Các nước Đông Nam Á Quốc gia Liên minh nhất trí tăng cường hợp tác.", "C107") == [
        ("Đông Nam Á Quốc gia Liên minh", "ASEAN")
    ]


def test_chrome_lines_of_widgets_and_taglines() -> None:
    """A line of widgets joined by ' | ', each a chrome line on its own, and a site's tagline ('Chuyên trang của
    …') are chrome; a ' | ' line with a part no pattern names is not made chrome by the bar."""
    for chrome in (
        "Lượt xem: 1.024 | 5 bình luận",
        "12 bình luận | Theo dõi Báo Mới trên Zalo",
        "Chuyên trang của Báo Nông nghiệp",
        "Cổng thông tin điện tử thuộc Sở Y tế tỉnh Gia Lai",
    ):
        assert classify_line(chrome)[0] is not None, chrome
    assert classify_line("5 bình luận | Giá lúa hôm nay tăng mạnh ở Đồng bằng sông Cửu Long.")[0] is None


def test_thai_cities_in_pinyin() -> None:
    """C106: 合艾 Hat Yai and 宋卡 Songkhla in pinyin after a place word; a person named so is no place."""
    assert _found("Đoàn thể thao tới thành phố Heai để tập huấn.", "C106") == [("Heai", "Hat Yai")]
    assert _found("Ông Songka là nông dân ở Nghệ An.", "C106") == []
