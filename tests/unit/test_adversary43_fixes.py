"""The fixes adversary43 led to, each tried on names, countries and places NOT in that set: Pacific heads of
government (Papua New Guinea's, not Fiji's), a place opening the dateline or after 'trung tâm' (Luanda, Đà Nẵng,
Nha Trang, not Yaoundé, Dubai or Vũng Tàu), interpunct names with Arabic particles (Saudi and Emirati princes, not
DP World's chairman) and Japanese family names read in Hán-Việt (Sato, Nakamura, Tanaka, not Suzuki)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of

from audit.lang.hanviet import syllable_key
from audit.lang.japanese_names import japanese_hanviet_names, japanese_surnames
from audit.lang.mentions import country_names
from audit.lang.names import multiword_runs


def _found(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.text, f.suggestion) for _, f in findings_of(path)]


def test_papua_new_guinea_prime_minister_in_pinyin_and_by_given_name(tmp_path: Path) -> None:
    """马拉佩 'Malapei' after the title is James Marape (N108); 'Thủ tướng James' names him by his given name (N104)."""
    found = _found(
        tmp_path,
        "Sáng 12/8/2025, Thủ tướng Phạm Minh Chính đã tiếp Thủ tướng Papua New Guinea Malapei tại Hà Nội.\n"
        "Thủ tướng James cho biết Papua New Guinea mong muốn nhập khẩu gạo của Việt Nam.\n",
    )
    assert ("N108", "Malapei", "James Marape") in found
    assert ("N104", "James", "James Marape") in found


def test_place_in_pinyin_opening_the_dateline_or_after_trung_tam(tmp_path: Path) -> None:
    found = _found(
        tmp_path,
        "(TTXVN) Luoanda, ngày 6/8/2025 - Chủ tịch nước đã hội đàm với Tổng thống Angola.\n"
        "Xiangang, 12/3/2026 - Thành phố đón hai triệu lượt khách quốc tế.\n"
        "Khu nghỉ dưỡng mới nằm cách trung tâm Yazhuang khoảng 30 km.\n",
    )
    assert {("C106", "Luoanda", "Luanda"), ("C106", "Xiangang", "Đà Nẵng"), ("C106", "Yazhuang", "Nha Trang")} <= set(
        found
    )


def test_dateline_and_institution_names_stay_quiet(tmp_path: Path) -> None:
    """A company opening a dateline, 'Trung tâm' starting an institution's name, a person named like a city."""
    found = _found(
        tmp_path,
        "Samsung, 12/3/2026 - Tập đoàn công bố kết quả kinh doanh quý I.\n"
        "Trung tâm Xinhua cho biết số liệu sẽ được cập nhật.\n"
        "Ông Dibai, 45 tuổi, là kỹ sư của một hãng xây dựng ở Dubai.\n",
    )
    assert [f for f in found if f[0] == "C106"] == []


def test_interpunct_names_with_arabic_particles_are_one_name(tmp_path: Path) -> None:
    """The whole name, and no other person's name as the fix: Abdullah bin Zayed is not his brother Mohamed."""
    found = _found(
        tmp_path,
        "Thái tử Mohammed·bin·Salman tiếp đoàn Việt Nam tại Riyadh.\n"
        "Ngoại trưởng Abdullah · bin · Zayed · Al Nahyan dự tiệc chiêu đãi.\n",
    )
    assert ("N102", "Mohammed·bin·Salman", "Mohammed bin Salman") in found
    assert ("N102", "Abdullah · bin · Zayed · Al Nahyan", "Abdullah bin Zayed Al Nahyan") in found


def test_japanese_family_names_in_hanviet(tmp_path: Path) -> None:
    found = _found(
        tmp_path,
        "Đoàn chuyên gia Nhật Bản do giáo sư Trung Thôn Chính và tiến sĩ Điền Trung Hạo Nhị dẫn đầu.\n"
        "Cố Thủ tướng Nhật Bản Tá Đằng Vinh Tác từng nhận giải Nobel Hòa bình.\n",
    )
    spans = {span for rule, span, _ in found if rule == "N102"}
    assert spans == {"Trung Thôn Chính", "Điền Trung Hạo Nhị", "Tá Đằng Vinh Tác"}


def test_japanese_family_names_need_japan_a_title_and_an_unvietnamese_shape(tmp_path: Path) -> None:
    """Not in an article that never names Japan; not a family name opening with a Vietnamese surname ('Cao Kiều'),
    nor one of common Vietnamese name syllables before one given syllable ('ông Điền Trung Hạo')."""
    assert [f for f in _found(tmp_path, "Ông Trung Thôn Chính dự hội chợ ở Pháp.\n") if f[0] == "N102"] == []
    text = "Đoàn Nhật Bản gặp ông Điền Trung Hạo, bà Thanh Thủy Tiên và ông Cao Kiều Minh ở Hà Nội."
    runs = [(start, tuple(w for *_, w in run)) for run in multiword_runs(text) for start in [run[0][0]]]
    assert japanese_hanviet_names(text, runs, country_names()) == []
    table = japanese_surnames()
    assert (syllable_key("Linh"), syllable_key("Mộc")) in table  # 铃木 Suzuki
    assert (syllable_key("Cao"), syllable_key("Kiều")) not in table  # 高桥 Takahashi: 'Cao' is a Vietnamese surname
