"""misses53 (round 30): adversary106's misses, fixed in general and tested on names and offices outside the set."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# N104: Australia's Minister for Resources (references/offices.tsv, people.tsv), by the given name alone
@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài nguyên Australia Madeleine phát biểu tại hội nghị khoáng sản ở Perth.",
        "Bộ trưởng Tài nguyên và Bắc Úc Madeleine thăm mỏ lithium ở Tây Australia.",
    ],
)
def test_resources_minister_given_name_only(text: str) -> None:
    assert _hits(text, "N104") == [("Madeleine", "Madeleine King")]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài nguyên Australia Madeleine King phát biểu tại hội nghị khoáng sản.",
        "Bà Madeleine, một kỹ sư mỏ ở Perth, cho biết công ty sẽ mở rộng sản xuất.",
        "Bộ trưởng Tài nguyên và Môi trường Đặng Quốc Khánh làm việc với tỉnh Lào Cai.",
    ],
)
def test_resources_minister_quiet(text: str) -> None:
    assert _hits(text, "N104") == []


# N109: a pinyin name after a South Korean office's title takes the holder of that surname as its fix
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Bộ trưởng Việc làm và Lao động Hàn Quốc Jin Yonghun thăm lao động EPS ở Gyeonggi.",
            "Jin Yonghun",
            "Kim Young-hoon",
        ),
        ("Thủ tướng Hàn Quốc Jin Minshi tiếp đoàn doanh nghiệp Việt Nam tại Seoul.", "Jin Minshi", "Kim Min-seok"),
    ],
)
def test_korean_holder_after_title(text: str, span: str, fix: str) -> None:
    assert _hits(text, "N109") == [(span, fix)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # another surname than the holder's: no fix (the person is not known)
        ("Bộ trưởng Lao động Hàn Quốc Li Minghao cho biết Seoul sẽ mở rộng ngành nghề.", "Li Minghao"),
        # no office title right before the name
        ("Giám đốc trung tâm Jin Ronghun phát biểu tại Seoul, Hàn Quốc.", "Jin Ronghun"),
    ],
)
def test_korean_name_without_holder_keeps_no_fix(text: str, span: str) -> None:
    assert _hits(text, "N109") == [(span, None)]


def test_korean_holder_written_right_quiet() -> None:
    assert _hits("Bộ trưởng Lao động Hàn Quốc Kim Young-hoon thăm lao động Việt Nam tại Gyeonggi.", "N109") == []


# C106: South Korea's provinces left in pinyin (cities.zh_curated.tsv), the fishing and EPS beats' places
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Hơn 3.000 lao động Việt Nam làm việc tại các nhà máy ở Jingjidao.", "Jingjidao", "Gyeonggi"),
        ("Các trang trại ở Jiangyuan Dao đã thuê 500 lao động thời vụ Việt Nam.", "Jiangyuan Dao", "Gangwon"),
        ("Tỉnh Quanluo Nandao cần thêm thuyền viên cho tàu cá.", "Quanluo Nandao", "Jeolla Nam"),
        ("Các ngư trường trên đảo Jizhoudao thuê công nhân Việt Nam.", "Jizhoudao", "Jeju"),
    ],
)
def test_korean_province_in_pinyin(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C106") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Gyeonggi và tỉnh Gangwon cần thêm lao động thời vụ Việt Nam.",
        "Tờ Jingji Ribao đưa tin giá đất hiếm tăng mạnh.",  # 经济 'economy', not 京畿
        "Ông Jizhou Li, kỹ sư người Singapore, phụ trách dự án.",
    ],
)
def test_korean_province_quiet(text: str) -> None:
    assert _hits(text, "C106") == []


# C107: a bloc's calque that is also a name ('Âu Minh', 'Đông Minh': gated) after a committee or council of the bloc
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Ủy ban Âu Minh sẽ cử đoàn thanh tra sang Việt Nam vào tháng tới.", "Âu Minh", "EU"),
        ("Đoàn thanh tra Âu Minh làm việc với ngư dân Quảng Ngãi.", "Âu Minh", "EU"),
        ("Hội đồng Đông Minh họp tại Jakarta về an ninh biển.", "Đông Minh", "ASEAN"),
    ],
)
def test_bloc_calque_after_committee(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C107") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân xã Đông Minh tổ chức họp dân về đất đai.",
        "Chủ tịch Hội đồng nhân dân xã Phi Minh tiếp công dân.",
        "Ông Âu Minh, thành viên hội đồng quản trị, phát biểu.",
    ],
)
def test_bloc_calque_quiet(text: str) -> None:
    assert _hits(text, "C107") == []


# C107: the rare-earths beat's companies by their Chinese names (companies.tsv)
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tập đoàn thép Phố Hạng Cương Thiết mở văn phòng ở Hà Nội.", "Phố Hạng Cương Thiết", "POSCO"),
        ("Hãng Lainasi sẽ xây nhà máy tách đất hiếm ở Malaysia.", "Lainasi", "Lynas"),
    ],
)
def test_rare_earth_companies(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C107") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "POSCO và Lynas ký thỏa thuận cung cấp đất hiếm cho nhà máy nam châm.",
        "Ông Lai Văn Tư, chủ tàu cá ở Bình Định, cho biết.",
    ],
)
def test_rare_earth_companies_quiet(text: str) -> None:
    assert _hits(text, "C107") == []


# C104: South Korea's provinces in the Hán-Việt of their Chinese names (places.tsv), in a story naming Korea
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Nhiều lao động Việt Nam làm việc ở Giang Nguyên Đạo, Hàn Quốc theo diện thời vụ.",
            "Giang Nguyên Đạo",
            "Gangwon",
        ),
        ("Ngư trường Tế Châu Đảo của Hàn Quốc tuyển thuyền viên Việt Nam.", "Tế Châu Đảo", "Jeju"),
        ("Hàn Quốc cấp thêm hạn ngạch cho Trung Thanh Bắc Đạo.", "Trung Thanh Bắc Đạo", "Chungcheong Bắc"),
    ],
)
def test_korean_province_in_hanviet(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C104") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Giang Nguyên Đạo là tên một ngôi chùa nhỏ ở ngoại ô.",  # no Korea in the story
        "Thăng Long là đất Kinh Kỳ của Đại Việt; Hàn Quốc có nhiều lao động Việt Nam.",
        "Lao động Việt Nam ở tỉnh Gyeongsang Nam và đảo Jeju của Hàn Quốc tăng mạnh.",
    ],
)
def test_korean_province_in_hanviet_quiet(text: str) -> None:
    assert _hits(text, "C104") == []
