"""Round 36's leftovers (leftovers73), each tried on sentences outside the sets, both ways.

- C102: a record's Chinese source that writes two countries' abbreviations side by side (中老铁路) settles the
  countries of a calqued pair in its translation ('đường sắt Trung - Già', 老 'old'), though the translation never
  names the country (adversary130's miss); a record whose source writes no such pair, or another one, stays as
  before.
- N101: a Vietnamese local office ending in its unit's name ('Phó Chủ tịch UBND tỉnh Lạng Sơn', 'Bí thư Tỉnh ủy
  Quảng Ninh') is the title of the pinyin name after it (major, as after a title right before the name); a Party
  committee named by its level ('Tỉnh ủy', 'Thành ủy') before a province ends the unit, so the province's last word
  ('Ninh', 'An') is no Vietnamese surname the pinyin continues (the name was not found at all).
"""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.model import Severity


def _c102_pairs(source: str, target: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=["C102"])]


def _c102_text(target: str) -> list[str]:
    return [f.text for f in audit_text(target, select=["C102"])]


@pytest.mark.parametrize(
    ("source", "target", "span", "fix"),
    [
        (
            "中老铁路货运量持续增长。",
            "Lượng hàng hóa vận chuyển trên đường sắt Trung - Già tiếp tục tăng.",
            "Trung - Già",
            "Trung Quốc – Lào",
        ),
        (
            "中美贸易摩擦持续升级。",
            "Căng thẳng thương mại Trung - Đẹp tiếp tục leo thang.",
            "Trung - Đẹp",
            "Trung Quốc – Hoa Kỳ",
        ),
        (
            "越日合作不断深化。",
            "Hợp tác Việt - Ngày không ngừng được làm sâu sắc.",
            "Việt - Ngày",
            "Việt Nam – Nhật Bản",
        ),
        (
            "中白工业园吸引更多投资。",
            "Khu công nghiệp Trung - Trắng thu hút thêm đầu tư.",
            "Trung - Trắng",
            "Trung Quốc – Belarus",
        ),
    ],
)
def test_the_sources_pair_settles_a_literal_pair(source: str, target: str, span: str, fix: str) -> None:
    assert _c102_pairs(source, target) == [(span, fix)]
    # without a source (and no country named in the text) the literal word is read as before: nothing
    assert _c102_text(target) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # no country pair in the source: 老 of 老朋友 stands beside no other abbreviation
        ("他们的老朋友来了。", "Những người bạn Trung - Già của họ đã đến."),
        # the source writes another pair (中美): 'Già' is not read as Laos from it
        ("中美贸易摩擦持续升级。", "Kết nối đường sắt Trung - Già đang được đẩy nhanh."),
        # a right pair of names stays right
        ("越澳关系日益密切。", "Quan hệ Việt - Úc ngày càng chặt chẽ."),
        ("这是一张黑白照片。", "Đây là bức ảnh đen - trắng."),
    ],
)
def test_no_source_pair_stays_quiet(source: str, target: str) -> None:
    assert _c102_pairs(source, target) == []


def _n101(text: str) -> list[tuple[str, Severity, str | None]]:
    return [(f.text, f.severity, f.suggestion) for f in audit_text(text) if f.rule == "N101"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Chủ tịch UBND tỉnh Lạng Sơn Huang Wenxiu cho biết tỉnh đang mở rộng cửa khẩu.", "Huang Wenxiu"),
        ("Chủ tịch UBND tỉnh Cao Bằng Li Minghua đề nghị hai bên đơn giản hóa thủ tục.", "Li Minghua"),
        ("Chủ tịch HĐND tỉnh Thanh Hóa Zheng Wenming phát biểu bế mạc kỳ họp.", "Zheng Wenming"),
        ("Giám đốc Sở Công Thương tỉnh Điện Biên Zheng Minghui cho biết hàng qua cửa khẩu tăng.", "Zheng Minghui"),
        # a Party committee by its level before a province whose last word is a surname ('Ninh', 'An')
        ("Bí thư Tỉnh ủy Quảng Ninh Jin Wenhai cho biết tỉnh đang mở rộng cửa khẩu.", "Jin Wenhai"),
        ("Phó Bí thư Tỉnh ủy Nghệ An Wang Minghui dự lễ khởi công.", "Wang Minghui"),
        ("Bí thư Thành ủy Hải Phòng Li Minghua phát biểu chỉ đạo.", "Li Minghua"),
    ],
)
def test_a_vietnamese_local_office_is_the_names_title(text: str, name: str) -> None:
    found = _n101(text)
    assert [(t, s) for t, s, _ in found] == [(name, Severity.MAJOR)]
    assert found[0][2]  # a Vietnamese reading as the fix


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no office before the name: minor, as before
        ("Li Minghua cho biết tỉnh sẽ mở thêm hai khu công nghiệp.", [("Li Minghua", Severity.MINOR)]),
        ("Ông Lei Jun cho biết công ty sẽ mở thêm nhà máy.", [("Lei Jun", Severity.MINOR)]),
        # a company's chairman: the press keeps a Chinese business person's pinyin
        ("Chủ tịch Xiaomi Lei Jun giới thiệu mẫu xe điện mới.", []),
        # a Vietnamese name written with its marks after the same office: no pinyin
        ("Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng phát biểu chỉ đạo.", []),
    ],
)
def test_other_names_keep_their_severity(text: str, found: list[tuple[str, Severity]]) -> None:
    assert [(t, s) for t, s, _ in _n101(text)] == found


def test_the_office_finder_needs_a_vietnamese_unit() -> None:
    from audit.lang.mentions.preceding_title import vn_local_office_before

    for text in ("Bí thư Tỉnh ủy Quảng Ninh Li Minghua", "Chủ tịch UBND huyện Văn Lãng Li Minghua"):
        assert vn_local_office_before(text, text.index("Li"))
    for text in ("Chủ tịch tỉnh Gyeonggi Li Minghua", "Chủ tịch Xiaomi Li Minghua", "Bộ trưởng Tài chính Li Minghua"):
        assert not vn_local_office_before(text, text.index("Li"))


@pytest.mark.parametrize(
    ("first", "fix"),
    [
        (("马来西亚总理访问越南。", "Thủ tướng Malaysia thăm Việt Nam."), "Việt Nam – Malaysia"),
        (("马耳他总统访问越南。", "Tổng thống Malta thăm Việt Nam."), "Việt Nam – Malta"),
    ],
)
def test_a_source_abbreviation_of_several_countries_reads_the_articles(first: tuple[str, str], fix: str) -> None:
    """马 is Malaysia's and Malta's: the source settles the pair, the article which of them (adversary129's 'Việt -
    Mã' stays Malaysia)."""
    pair = ("越马两国同意加强海上合作。", "Hai nước Việt - Mã nhất trí tăng cường hợp tác trên biển.")
    found = [(f.text, f.suggestion) for f in audit_pairs([first, pair], select=["C102"])]
    assert found == [("Việt - Mã", fix)]


@pytest.mark.parametrize(
    ("text", "first", "other"),
    [
        # a northern province's or city's office: 黄 reads 'Hoàng' first
        (
            "Phó Chủ tịch UBND tỉnh Lạng Sơn Huang Wenxiu cho biết tỉnh mở rộng cửa khẩu.",
            "Hoàng Văn Tú",
            "Huỳnh Văn Tú",
        ),
        ("Bí thư Thành ủy Hà Nội Huang Minghui dự lễ khởi công.", "Hoàng Minh Huy", "Huỳnh Minh Huy"),
        ("Chủ tịch UBND thành phố Hải Phòng Huang Wenming phát biểu.", "Hoàng Văn Minh", "Huỳnh Văn Minh"),
        # a southern province's office, or a national title: the ranking as before ('Huỳnh' first)
        ("Chủ tịch UBND tỉnh Cà Mau Huang Wenming phát biểu.", "Huỳnh Văn Minh", "Hoàng Văn Minh"),
        ("Chủ tịch UBND tỉnh Quảng Ngãi Huang Minghui phát biểu.", "Huỳnh Minh Huy", "Hoàng Minh Huy"),
        ("Phó Thủ tướng Huang Wenxiu cho biết.", "Huỳnh Văn Tú", "Hoàng Văn Tú"),
    ],
)
def test_huang_reads_hoang_after_a_northern_office(text: str, first: str, other: str) -> None:
    [finding] = [f for f in audit_text(text) if f.rule == "N101"]
    assert finding.suggestion == first
    assert other in (finding.candidates or [])


def test_other_surnames_keep_their_reading_after_a_northern_office() -> None:
    [finding] = [f for f in audit_text("Chủ tịch UBND tỉnh Lạng Sơn Li Minghua phát biểu.") if f.rule == "N101"]
    assert finding.suggestion == "Lê Minh Hoa"
