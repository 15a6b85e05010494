"""C108 (country-not-member) and C102's Hán-Việt short names, on sentences written for these tests."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.countries import gazetteer
from audit.model import Severity
from audit.rules.countries.country_not_member import blocs


def _c108(text: str) -> list[tuple[str, Severity, str | None]]:
    return [(f.text, f.severity, f.suggestion) for f in audit_text(text, select=["C108"])]


def test_member_counts_match_the_blocs() -> None:
    """Each bloc's members (founders included) as of November 2025, and every country known to the gazetteer."""
    found = blocs()
    counts = {b: sum(s.role in ("founder", "member") for s in ms.values()) for b, ms in found.members.items()}
    assert counts == {
        "ASEAN": 11,
        "EU": 27,
        "G7": 7,
        "G20": 19,
        "GCC": 6,
        "APEC": 21,
        "MLC": 6,
        "MRC": 4,
        "NATO": 32,
        "OPEC": 12,
        "CPTPP": 12,
        "RCEP": 15,
        "BRICS": 10,
        "QUAD": 4,
        "SCO": 10,
        "EAEU": 5,
    }
    known = gazetteer().countries
    assert all(iso in known for ms in found.members.values() for iso in ms)


def test_china_for_our_country_is_critical_in_a_story_without_china() -> None:
    text = (
        "Việt Nam và Thái Lan thúc đẩy hợp tác du lịch\n"
        "Hai nước Việt Nam và Thái Lan ký bốn văn kiện về hàng không.\n"
        "Bộ trưởng Thái Lan nói Thái Lan và Trung Quốc đều là thành viên của ASEAN và cần mở thêm đường bay."
    )
    assert _c108(text) == [("Trung Quốc", Severity.CRITICAL, "Việt Nam")]


def test_a_founding_claim_suggests_only_a_founder() -> None:
    text = (
        "Việt Nam và Malaysia hợp tác về dầu khí\n"
        "Hai nước Việt Nam và Malaysia ký ba văn kiện.\n"
        "Ông cho biết Malaysia và Trung Quốc là hai quốc gia thành viên sáng lập ASEAN."
    )
    assert _c108(text) == [("Trung Quốc", Severity.CRITICAL, None)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Chile, một thành viên OPEC, tăng sản lượng đồng.", "Chile"),
        ("Ông nhắc rằng Na Uy và Hà Lan là hai nước thành viên EU.", "Na Uy"),
        ("Các nước thành viên NATO như Ba Lan, Litva và Áo tăng chi tiêu quốc phòng.", "Áo"),
        ("Nhóm G7 gồm Mỹ, Canada, Nhật Bản, Đức, Pháp, Italy và Brazil.", "Brazil"),
        ("Kenya với tư cách thành viên GCC đã bỏ phiếu thuận.", "Kenya"),
        ("Bangladesh đã gia nhập RCEP năm 2022.", "Bangladesh"),
        ("Ông khẳng định Ba Lan là thành viên của G20.", "Ba Lan"),
        ("Năm 2021, Mông Cổ chính thức gia nhập APEC.", "Mông Cổ"),
    ],
)
def test_fires_on_a_country_that_is_no_member(text: str, span: str) -> None:
    found = _c108(text)
    assert [f[0] for f in found] == [span]
    assert found[0][1] == Severity.MAJOR


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Năm nay, Ba Lan gia nhập NATO năm 2004.", "năm 2004", "năm 1999"),
        ("Theo ông, Croatia chính thức gia nhập EU vào năm 2007.", "năm 2007", "năm 2013"),
        ("Sau đó Chile gia nhập APEC năm 1998.", "năm 1998", "năm 1994"),
        ("Ông nhắc rằng Litva là thành viên NATO từ tháng 3/2009.", "tháng 3/2009", "tháng 3/2004"),
        ("Peru trở thành thành viên chính thức của APEC ngày 14/11/1999.", "ngày 14/11/1999", "ngày 14/11/1998"),
        ("Lào gia nhập ASEAN ngày 23 tháng 7 năm 1995.", "ngày 23 tháng 7 năm 1995", "ngày 23 tháng 7 năm 1997"),
    ],
)
def test_a_wrong_year_of_accession_is_fixed(text: str, span: str, fix: str) -> None:
    assert _c108(text) == [(span, Severity.MAJOR, fix)]


def test_a_member_called_founder_is_flagged_without_a_fix() -> None:
    assert _c108("Ông nói Myanmar là thành viên sáng lập ASEAN.") == [("Myanmar", Severity.MAJOR, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Nhật Bản và Hàn Quốc là đối tác đối thoại của ASEAN từ nhiều năm nay.",
        "Hội nghị ASEAN+3 gồm ASEAN cùng Trung Quốc, Nhật Bản và Hàn Quốc.",
        "Diễn đàn ASEAN - Nhật Bản gồm Nhật Bản, Lào và Brunei.",
        "Các nước thành viên ASEAN, Ấn Độ và Australia ra tuyên bố chung.",
        "Nga từng là thành viên G8 trước năm 2014; Qatar từng là thành viên OPEC.",
        "Thụy Sĩ không phải là thành viên EU; Iceland, không phải thành viên EU, vẫn dùng đồng króna.",
        "Nếu Gruzia là thành viên NATO, khu vực sẽ thay đổi.",
        "Ukraine mong muốn gia nhập NATO; Moldova là ứng cử viên gia nhập EU.",
        "Thái Lan và Malaysia là nước đối tác của BRICS.",
        "Bolivia, một nước đối tác BRICS, gửi đoàn dự họp.",
        "Mexico và Peru là thành viên của CPTPP và APEC.",
        "Việt Nam tham dự Hội nghị G7 mở rộng với tư cách khách mời.",
        "Timor-Leste trở thành thành viên thứ 11 của ASEAN tháng 10/2025.",
        "Anh, một thành viên NATO, ủng hộ Estonia và Latvia.",
        "Indonesia gia nhập BRICS năm 2025, sau Ai Cập, Ethiopia, Iran và UAE.",
        "Ả Rập Xê Út, Kuwait, Qatar, Bahrain, Oman và UAE là sáu thành viên GCC.",
        "Việt Nam, Lào, Campuchia, Myanmar, Thái Lan và Trung Quốc là các thành viên Hợp tác Mekong – Lan Thương.",
        "Bắc Macedonia gia nhập NATO năm 2020 và Montenegro năm 2017.",
        "Bộ Tứ gồm Mỹ, Nhật Bản, Ấn Độ và Australia.",
        "Brunei là thành viên ASEAN từ năm 1984 và là thành viên APEC từ năm 1989.",
        "Peru là thành viên APEC năm 2016, khi nước này đăng cai hội nghị.",
        "Mexico trở thành thành viên chính thức của APEC ngày 17/11/1993.",
    ],
)
def test_quiet(text: str) -> None:
    assert _c108(text) == []


def _c102(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C102"])]


def test_a_short_name_in_hanviet_is_a_pair_calque() -> None:
    text = (
        "Việt Nam và Ả Rập Xê Út ký thỏa thuận đầu tư\n"
        "Hai nước Việt Nam và Ả Rập Xê Út mở đường bay thẳng.\n"
        "Bộ trưởng đánh giá cao hợp tác Sa Đặc - Việt trong năng lượng."
    )
    assert _c102(text) == [("Sa Đặc - Việt", "Ả Rập Xê Út – Việt Nam")]
    assert _c102("Hai bên ôn lại quan hệ Việt-Ấn Ni trong phong trào Không liên kết.") == [
        ("Việt-Ấn Ni", "Việt Nam – Indonesia")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quan hệ Việt-Ấn và Việt-Nhật phát triển; hợp tác Việt-Hàn, Việt-Đức, Việt-Pháp mở rộng.",
        "Hội hữu nghị Việt-Anh, Việt-Mỹ và Việt-Úc tổ chức gặp mặt; tuyến Việt-Lào, Việt-Cam thông xe.",
        "Ông Ni - Trưởng ban Ấn phẩm - phát biểu; chuyến bay Việt-Thái cất cánh.",
    ],
)
def test_accepted_pairs_stay_quiet(text: str) -> None:
    assert _c102(text) == []
