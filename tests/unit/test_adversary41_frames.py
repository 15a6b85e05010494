"""C101's ranked-owner frame (audit/rules/countries/ranked_owner.py), added after adversary41's blind run (Mexico
ranked among China's coffee markets, VinFast's plant 'of China' in India). Stories written for this test with
other partners (Chile, Hungary, Kenya) and other goods: the 我国 slip fires, China's own ranking stays quiet when the
article names a Chinese city or leader, names China outside the frame, or speaks of rivalry."""

from __future__ import annotations

from audit.api import audit_text


def _c101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C101"])]


CHILE = (
    "Việt Nam và Chile thúc đẩy thương mại nông sản\n"
    "Ngày 14/10, Thứ trưởng Bộ Công Thương tiếp Đại sứ Chile; hai nước Việt Nam và Chile nhất trí mở rộng hợp tác.\n"
    "Chile hiện là đối tác thương mại lớn thứ hai của {owner} tại Mỹ Latinh, với kim ngạch khoảng 1,8 tỷ USD.\n"
    "Phía Chile muốn tăng xuất khẩu cherry và rượu vang sang Việt Nam.\n"
)
HUNGARY = (
    "Doanh nghiệp Việt Nam khánh thành nhà máy tại Hungary\n"
    "Ngày 3/9, Tập đoàn Thành Đạt của Việt Nam khánh thành nhà máy pin lưu trữ đầu tiên của {owner} tại Hungary.\n"
    "Đại sứ Việt Nam tại Hungary cho biết quan hệ hai nước Việt Nam và Hungary đang phát triển tốt đẹp.\n"
    "Hungary coi Việt Nam là đối tác quan trọng ở Đông Nam Á.\n"
)


def test_a_partner_ranked_among_china_s_markets_is_vietnam_s() -> None:
    assert _c101(CHILE.format(owner="Trung Quốc")) == [("Trung Quốc", "Việt Nam")]
    assert _c101(CHILE.format(owner="Việt Nam")) == []


def test_the_first_plant_of_china_in_the_partner_is_vietnam_s() -> None:
    assert _c101(HUNGARY.format(owner="Trung Quốc")) == [("Trung Quốc", "Việt Nam")]
    assert _c101(HUNGARY.format(owner="Việt Nam")) == []


def test_china_s_own_ranking_stays_quiet() -> None:
    """With a Chinese city or leader in the article, China named outside the frame, or a rival's plant."""
    ranked = CHILE.format(owner="Trung Quốc")
    assert _c101(ranked + "Tàu chở đồng của Chile cập cảng Thượng Hải mỗi tuần.\n") == []
    assert _c101(ranked + "Trung Quốc nhập khẩu nhiều đồng và quặng sắt của Chile.\n") == []
    kenya = (
        "Việt Nam và Kenya hợp tác sản xuất xe máy điện\n"
        "Hai nước Việt Nam và Kenya nhất trí thúc đẩy hợp tác công nghiệp; Kenya đánh giá cao doanh nghiệp Việt Nam.\n"
        "Doanh nghiệp Việt Nam sẽ cạnh tranh với nhà máy xe điện đầu tiên của Trung Quốc tại Kenya.\n"
    )
    assert _c101(kenya) == []
