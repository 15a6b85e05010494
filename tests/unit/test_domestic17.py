"""Round 16, domestic17: C101's 我国 ('our country') frames probed on human-written Vietnamese news that names China's
own state, army, economy and provinces (tests/data/domestic17, written for this probe: border trade, comparisons,
Chinese investors in Vietnamese provinces, China's NPC), and extended to the national economy and army frames
adversary44 left ('kim ngạch xuất khẩu', 'tăng trưởng tín dụng', 'Quân đội … cán bộ, chiến sĩ'). Every sentence
below is new, on provinces, holders and figures not in adversary44."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text

PROBES = sorted((Path(__file__).resolve().parents[1] / "data" / "domestic17").glob("*.txt"))
_VN = [("Trung Quốc", "Việt Nam")]


def _hits(text: str, rule: str = "C101") -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.name)
def test_china_in_human_vietnamese_news_stays_quiet(path: Path) -> None:
    """Before this branch 13_don_hang_dong_nai ('nền kinh tế Trung Quốc phục hồi chậm', a Deputy PM speaking in a
    Đồng Nai story) and 14_luong_xanh_lao_cai ('Chính phủ Trung Quốc đã đồng ý … mở thêm luồng' at a border
    crossing) drew C101."""
    assert _hits(path.read_text(encoding="utf-8")) == []


def test_probe_set_is_complete() -> None:
    assert len(PROBES) == 14


_EXPORT = (
    "Nghệ An, 4/12/2025 - Chủ tịch UBND tỉnh Nghệ An chủ trì hội nghị tổng kết công tác đối ngoại.\n"
    "Năm nay, Nghệ An đóng góp hơn 3 tỷ USD vào kim ngạch xuất khẩu của Trung Quốc, chủ yếu là linh kiện điện tử.\n"
    "Tỉnh đặt mục tiêu thu hút thêm 20 dự án FDI trong năm tới."
)
_GROWTH = (
    "Hà Nội, 28/12/2025 - Thủ tướng Phạm Minh Chính chủ trì hội nghị Chính phủ với các địa phương.\n"
    "Tăng trưởng kinh tế của Trung Quốc năm nay ước đạt 8,02%, vượt mục tiêu mà Quốc hội đã đề ra.\n"
    "Thủ tướng đề nghị các bộ, ngành không chủ quan trong năm 2026."
)
_ARMY = (
    "Yên Bái, 12/9/2025 - Lũ quét tại huyện Mù Cang Chải làm 9 người chết và mất tích.\n"
    "Quân đội Trung Quốc đã điều động 2.500 cán bộ, chiến sĩ giúp dân dọn bùn, dựng lại nhà.\n"
    "Bí thư Tỉnh ủy Yên Bái đề nghị các xã hỗ trợ người dân sớm ổn định cuộc sống."
)


def test_national_frames_of_a_domestic_story() -> None:
    """A province said to make up the exports, the growth the National Assembly set, the army's 'cán bộ, chiến
    sĩ'."""
    for text in (_EXPORT, _GROWTH, _ARMY):
        assert _hits(text) == _VN, text


def test_taiwan_in_the_press_form_does_not_break_the_story() -> None:
    text = _ARMY + "\nMột doanh nghiệp Đài Loan (Trung Quốc) ủng hộ 2 tỷ đồng."
    assert _hits(text) == _VN


def test_china_itself_in_the_same_frames_stays_quiet() -> None:
    """The frame's sentence names Việt Nam (a comparison) or a Chinese city or leader; a direction after the
    exports; no Vietnamese-only phrasing in the sentence; the story names China otherwise (an investor), or a
    Chinese institution."""
    for text in (
        _EXPORT.replace("vào kim ngạch", "vào kim ngạch xuất khẩu của Việt Nam, còn Quảng Đông vào kim ngạch"),
        _EXPORT.replace("của Trung Quốc,", "của Trung Quốc sang ASEAN,"),
        _EXPORT.replace("Nghệ An đóng góp hơn 3 tỷ USD vào", "tỉnh theo dõi sát"),
        _GROWTH.replace("Quốc hội đã đề ra", "Bắc Kinh đã đề ra"),
        _GROWTH.replace(", vượt mục tiêu mà Quốc hội đã đề ra", ", cao hơn dự báo"),
        _ARMY.replace("giúp dân", "và 300 binh sĩ Trung Quốc giúp dân"),
        _ARMY + "\nNhiều nhà đầu tư Trung Quốc tại tỉnh cũng góp tiền ủng hộ.",
        _ARMY + "\nTân Hoa xã đưa tin về đợt lũ.",
        "Yên Bái, 12/9/2025 - Bí thư Tỉnh ủy Yên Bái tiếp đoàn khách.\n"
        "Ông cho biết Quân đội Trung Quốc từng cử 200 cán bộ, chiến sĩ sang Việt Nam giúp dân.",
    ):
        assert _hits(text) == [], text


_ECONOMY = (
    "Đồng Nai, 2/10/2025 - Phó Thủ tướng Hồ Đức Phớc làm việc với tỉnh Đồng Nai.\n"
    "Ông nhận định nền kinh tế Trung Quốc tăng trưởng chậm làm giảm đơn hàng của doanh nghiệp tỉnh.\n"
)


def test_state_frames_need_vietnamese_phrasing_or_no_border_or_consent() -> None:
    """The economy said to be the country's is China's unless its sentence holds Vietnamese-only phrasing; the
    government agreeing to a request, or in a story at a border crossing, is China's."""
    assert _hits(_ECONOMY) == []
    assert _hits(_ECONOMY.replace("làm giảm đơn hàng", "vẫn đạt mục tiêu Quốc hội giao, dù giảm đơn hàng")) == _VN
    text = (
        "Lạng Sơn, 9/10/2025 - Phó Thủ tướng Hồ Đức Phớc làm việc với tỉnh Lạng Sơn.\n"
        "Ông cho biết Chính phủ Trung Quốc sẽ bố trí ngân sách nhà nước cho tuyến cao tốc qua Chi Lăng.\n"
    )
    assert _hits(text) == _VN
    assert _hits(text.replace("sẽ bố trí", "đã đồng ý để tỉnh bố trí")) == []
    assert _hits(text + "Tỉnh đề nghị mở thêm luồng hàng tại cửa khẩu Tân Thanh.") == []
