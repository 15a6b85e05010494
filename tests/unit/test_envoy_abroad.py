"""C101's envoy frame: 'Đại sứ Trung Quốc tại Lào' in a story of Việt Nam and Lào that names China nowhere as a
party (我国驻老挝大使 through Chinese). Stories written for this test (adversary39's football final motivated it;
these are other partners and events)."""

from __future__ import annotations

import pytest

from audit.api import audit_text

LAOS = (
    "Việt Nam và Lào ký kết năm văn kiện hợp tác giáo dục\n"
    "Viêng Chăn, 14/11/2025 - Bộ trưởng Bộ Giáo dục và Đào tạo Việt Nam và Bộ trưởng Giáo dục Lào đã ký kết năm "
    "văn kiện hợp tác.\n"
    "Hai bên nhất trí tăng số suất học bổng cho sinh viên Lào sang học tại Việt Nam.\n"
    "Tham dự lễ ký có {envoy} cùng đại diện các trường đại học của hai nước.\n"
    "Việt Nam hiện là nơi đào tạo nhiều cán bộ nhất cho Lào, quan hệ Việt Nam - Lào luôn được vun đắp.\n"
)
CAMBODIA = (
    "Việt Nam và Campuchia khai trương tuyến xe buýt mới\n"
    "Phnom Penh, 2/10/2025 - Tuyến xe buýt nối Thành phố Hồ Chí Minh với Phnom Penh chính thức khai trương.\n"
    "Hai bên kỳ vọng tuyến xe giúp du khách Việt Nam và Campuchia đi lại thuận tiện hơn.\n"
    "Phát biểu tại buổi lễ, {envoy} cho biết mỗi tháng có hàng chục nghìn lượt người Việt sang Campuchia.\n"
    "Quan hệ Việt Nam - Campuchia không ngừng được củng cố.\n"
)


def _c101(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C101"])]


@pytest.mark.parametrize(
    ("story", "envoy"),
    [(LAOS, "Đại sứ Trung Quốc tại Lào"), (CAMBODIA, "Đại sứ Trung Quốc tại Campuchia")],
)
def test_china_sending_the_envoy_to_the_partner_fires(story: str, envoy: str) -> None:
    assert _c101(story.format(envoy=envoy)) == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    ("story", "envoy"),
    [(LAOS, "Đại sứ Việt Nam tại Lào"), (CAMBODIA, "Đại sứ quán Việt Nam tại Campuchia")],
)
def test_the_right_envoy_stays_quiet(story: str, envoy: str) -> None:
    assert _c101(story.format(envoy=envoy)) == []


def test_china_as_a_party_of_its_own_stays_quiet() -> None:
    """China named again in the story, as a party of its own: its envoy is meant."""
    text = LAOS.format(envoy="Đại sứ Việt Nam tại Lào") + (
        "Trung Quốc cũng mở rộng học bổng; Đại sứ Trung Quốc tại Lào hôm qua trao 200 suất học bổng.\n"
    )
    assert _c101(text) == []
