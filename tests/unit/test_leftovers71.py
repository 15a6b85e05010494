"""Round 36's fixes of adversary130's misses (leftovers71), each on sentences outside the set, both ways: a Vietnamese
local office's title right before a pinyin name ('Phó Chủ tịch UBND tỉnh … Huang Wenxiu') makes it a Vietnamese
official's name in pinyin (N101, with its Vietnamese reading) even where the page names Korea elsewhere; a Korean
title or 'Hàn Quốc' right before the name keeps N109. Page chrome: a translators' credit line and an outlet's footer
with its newsroom's street address (references/boilerplate.tsv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_text


def _names(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text) if f.rule in ("N101", "N109")]


_KOREA_ELSEWHERE = "\nKhách Hàn Quốc đến tỉnh cũng tăng mạnh trong năm nay."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch UBND tỉnh Cao Bằng Li Minghua đề nghị hai bên đơn giản hóa thủ tục.", "Li Minghua"),
        ("Giám đốc Sở Công Thương tỉnh Điện Biên Zheng Minghui cho biết hàng qua cửa khẩu tăng.", "Zheng Minghui"),
        ("Chủ tịch UBND thành phố Hải Phòng Jin Minghua tiếp đoàn doanh nghiệp.", "Jin Minghua"),
        # 'Hàn Quốc' earlier in the sentence, but the Vietnamese title right before the name
        ("Tiếp đoàn Hàn Quốc, Phó Chủ tịch UBND tỉnh Lào Cai Jin Wenhai cho biết tỉnh mở cửa.", "Jin Wenhai"),
    ],
)
def test_vietnamese_local_office_before_a_pinyin_name_is_n101_despite_korea(text: str, name: str) -> None:
    found = _names(text + _KOREA_ELSEWHERE)
    assert [(r, t) for r, t, _ in found] == [("N101", name)]
    assert found[0][2]  # a Vietnamese reading as the fix


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại sứ Hàn Quốc Jin Minghua phát biểu tại hội nghị.", "Jin Minghua"),
        # a Vietnamese official named first, then a Korean title right before the pinyin name
        ("Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Nam tiếp Đại sứ Hàn Quốc Jin Minghua tại Lào Cai.", "Jin Minghua"),
    ],
)
def test_korean_title_right_before_keeps_n109(text: str, name: str) -> None:
    assert ("N109", name) in [(r, t) for r, t, _ in _names(text + _KOREA_ELSEWHERE)]


def test_a_korean_province_after_a_vietnamese_word_is_no_vietnamese_office() -> None:
    """'Chủ tịch tỉnh Gyeonggi' names no Vietnamese unit: the Vietnamese-office test leaves it (no N109 lost to it)."""
    from audit.rules.korean_names.target_only import _vn_local_office_before

    for text in ("Chủ tịch tỉnh Gyeonggi Jin Minghua", "Thị trưởng Seoul Jin Minghua", "Đại sứ Hàn Quốc Jin Minghua"):
        assert not _vn_local_office_before(text, text.index("Jin"))
    for text in ("Bí thư Tỉnh ủy Quảng Ninh Jin Minghua", "Phó Chủ tịch HĐND huyện Văn Lãng Jin Minghua"):
        assert _vn_local_office_before(text, text.index("Jin"))


def test_translators_credit_and_newsroom_address_are_chrome(tmp_path: Path) -> None:
    """boilerplate.tsv: a translators' credit line with the bulletin it follows in brackets, and an outlet's footer
    naming its newsroom by its street address (other desks, outlets, streets than the set's); sentences about a
    translating desk or the newsroom stay article."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Giá cà phê xuất khẩu tăng tuần thứ ba liên tiếp\n"
        "Đắk Lắk, 3/3/2026 - Giá cà phê nhân xô tại Tây Nguyên tăng thêm 1.500 đồng/kg so với tuần trước.\n"
        "Nhóm biên dịch làm việc suốt đêm để kịp đưa bản tin lên trang trước giờ mở cửa thị trường.\n"
        "Tòa soạn đã nhận được nhiều thư của bạn đọc hỏi về giá phân bón vụ tới.\n"
        "Ban Dịch thuật (theo Thông tấn xã Tân Hoa)\n"
        "Tổ biên dịch Tin Nhanh Kinh Tế\n"
        "Tạp chí Nông Sản Việt - Tòa soạn: 45 phố Hàng Chuối, Hà Nội\n"
        "Toà soạn: số 118/3 đường Trần Hưng Đạo, TP Buôn Ma Thuột\n",
        encoding="utf-8",
    )
    lines = page.read_text(encoding="utf-8").splitlines()
    notes = {"lines": [["A" if k < 4 else "C", t] for k, t in enumerate(lines)]}
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []
