"""Fixes for misses the blind sets adversary38–45 left (round 17, misses17), each tried on names, countries and
places NOT in any set, both ways."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of

from audit.lang.shaped_places import pinyin_shaped_places
from audit.lang.spelled_out import SPELLED, spelled_forms


def _found(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.text, f.suggestion) for _, f in findings_of(path)]


def test_small_places_in_pinyin_in_a_place_slot(tmp_path: Path) -> None:
    """Valparaíso 瓦尔帕莱索, Marrakesh 马拉喀什, Zanzibar 桑给巴尔 and Tamaulipas 塔毛利帕斯 are in no table; in an
    article whose other places MT left in pinyin ('Zhili' Chile, 'Moluoge' Morocco), their pinyin after 'cảng',
    'thành phố', a list of states or 'quần đảo' is found, without a fix."""
    found = _found(
        tmp_path,
        "Tàu hàng của Việt Nam cập cảng Waerpalaisuo của Zhili sáng 3/11.\n"
        "Đoàn doanh nghiệp sang Moluoge và dự hội chợ nông sản ở thành phố Malakashi.\n"
        "Hàng đi tiếp tới quần đảo Sanggeibaer và các bang Sonora, Tamaolipasi.\n",
    )
    shaped = {(rule, span) for rule, span, fix in found if rule == "C106" and fix is None}
    assert shaped == {("C106", "Waerpalaisuo"), ("C106", "Malakashi"), ("C106", "Sanggeibaer"), ("C106", "Tamaolipasi")}


def test_vietnamese_rivers_border_gates_and_stadiums_in_pinyin(tmp_path: Path) -> None:
    """Lao Bảo 老保, the Thống Nhất stadium 统一 and the Lô river 泸江 (no set used them) in pinyin after 'cửa khẩu quốc
    tế', 'sân vận động' and 'sông', in an article that leaves a province in pinyin ('tỉnh Anjiang' An Giang)."""
    found = _found(
        tmp_path,
        "Lũ lớn ở tỉnh Anjiang khiến mực nước sông Lujiang dâng cao.\n"
        "Hàng hóa qua cửa khẩu quốc tế Laobao tăng mạnh; trận đấu trên sân vận động Tongyi bị hoãn.\n",
    )
    shaped = {span for rule, span, fix in found if rule == "C106" and fix is None}
    assert shaped == {"Lujiang", "Laobao", "Tongyi"}


def test_shaped_places_stay_quiet_without_another_place_in_pinyin(tmp_path: Path) -> None:
    """The same words in an article with no place C106's index knows in pinyin: no sign MT left places so."""
    found = _found(
        tmp_path,
        "Tàu hàng cập cảng Waerpalaisuo sáng 3/11.\nĐoàn dự hội chợ nông sản ở thành phố Malakashi.\n",
    )
    assert [f for f in found if f[0] == "C106"] == []


def test_known_places_and_words_in_a_place_slot_are_no_pinyin() -> None:
    """Places written right whose letters split into pinyin syllables (Manila, Kanazawa, Alabama, Dubai, Lusaka,
    Luanda), places of two open syllables (Suwa, Busan, Sapa) and names that are not plain ASCII stay out."""
    text = (
        "Đoàn tới thủ đô Manila, thành phố Kanazawa, bang Alabama, cảng Dubai, thủ đô Lusaka, thành phố Luanda, "
        "cảng Suwa, thành phố Busan, thị xã Sapa, bang Querétaro, thủ phủ Chiapas và bán đảo Kamchatka; sông Mekong, "
        "sân vận động Lusail, hồ Baikal, núi Kilimanjaro."
    )
    assert pinyin_shaped_places(text) == []


def test_countries_spelled_out_beside_their_latin_names(tmp_path: Path) -> None:
    """Angola, Senegal, Nigeria and Slovakia (no set used them so) spelled out in hyphenated syllables no table lists,
    beside the Latin name the story uses: T201 with the story's form."""
    found = _found(
        tmp_path,
        "Việt Nam và Angola ký hiệp định hợp tác dầu khí; đoàn thăm Nigeria, Senegal và Slovakia.\n"
        "Angola cam kết hỗ trợ; nhiều kỹ sư Việt Nam đã làm việc tại Ăng-gô-la.\n"
        "Gạo Việt Nam chiếm 30% thị phần tại Xê-nê-gan, còn Ni-giê-ri-a nhập khẩu nhiều hạt điều.\n"
        "Ông Lô-ren-xô nói rằng Xlô-va-ki-a coi trọng hợp tác.\n",
    )
    assert {f for f in found if f[0] == "T201"} == {
        ("T201", "Ăng-gô-la", "Angola"),
        ("T201", "Xê-nê-gan", "Senegal"),
        ("T201", "Ni-giê-ri-a", "Nigeria"),
        ("T201", "Xlô-va-ki-a", "Slovakia"),
    }


def test_spelled_out_names_stay_quiet_when_ambiguous_or_no_country(tmp_path: Path) -> None:
    """Nigeria beside Niger (the spelling fits both), people spelled out (Giô-dép, Lô-ren-xô, Lê-nin), a city
    ('Gia-các-ta') and a country the story never writes in Latin letters stay quiet."""
    found = _found(
        tmp_path,
        "Đoàn doanh nghiệp Việt Nam thăm Nigeria và Niger trong tháng 10.\n"
        "Ni-giê-ri-a nhập khẩu nhiều hạt điều; ông Giô-dép và ông Lô-ren-xô đọc Lê-nin.\n"
        "Giải đấu ở Gia-các-ta diễn ra sôi nổi; đội tuyển Indonesia gặp Xê-nê-gan.\n",
    )
    assert [f for f in found if f[0] == "T201"] == []


def test_pinyin_name_after_a_ministry_and_its_country(tmp_path: Path) -> None:
    """A deputy minister's name in pinyin after the ministry's name and the country's ('Thứ trưởng Bộ Nông nghiệp
    Ba Lan Kexiaoke', 'Bộ trưởng Bộ Giáo dục Chile Kalaisikao'): N108 without a fix; Latin names, Vietnamese names
    and a Chinese minister's name (N101's) there stay out of N108."""
    found = _found(
        tmp_path,
        "Đoàn do Thứ trưởng Bộ Nông nghiệp Ba Lan Kexiaoke dẫn đầu đã tới Hà Nội.\n"
        "Bộ trưởng Bộ Giáo dục Chile Kalaisikao cho biết hai bên sẽ trao đổi sinh viên.\n"
        "Thứ trưởng Bộ Công Thương Séc Jan Novák và Thứ trưởng Bộ Công Thương Việt Nam Nguyễn Sinh Nhật Tân dự.\n"
        "Bộ trưởng Bộ Thương mại Trung Quốc Wang Wentao gặp Bộ trưởng Bộ Y tế Nhật Bản Fukuoka Takashi.\n",
    )
    assert {(rule, span) for rule, span, _ in found if rule == "N108"} == {("N108", "Kexiaoke"), ("N108", "Kalaisikao")}


def test_vietnamese_name_in_pinyin_after_a_province_in_pinyin(tmp_path: Path) -> None:
    """'tỉnh Anjiang Chen Wenhai' (An Giang, Trần Văn Hải) and 'thành phố Haifang Li Wenhui': the province's pinyin
    opens the run, the name follows it (N101)."""
    found = _found(
        tmp_path,
        "Phó Chủ tịch UBND tỉnh Anjiang Chen Wenhai đã tiếp đoàn doanh nghiệp.\n"
        "Chủ tịch UBND thành phố Haifang Li Wenhui phát biểu tại hội nghị.\n",
    )
    assert {("N101", "Chen Wenhai"), ("N101", "Li Wenhui")} <= {(rule, span) for rule, span, _ in found}


def test_pinyin_name_after_a_title_that_sounds_like_a_latin_name_of_the_story(tmp_path: Path) -> None:
    """Kenya's 'Tổng thống Luotuo' (鲁托) beside 'William Ruto' (no set has Kenya's President): a word after a title,
    all pinyin without a letter only pinyin reads so, that sounds like a Latin name word the same story writes (N108,
    minor, with that word as the fix)."""
    found = _found(
        tmp_path,
        "Chủ tịch nước hội đàm với Tổng thống Kenya William Ruto tại Hà Nội.\n"
        "Tổng thống Luotuo cho biết Kenya muốn nhập khẩu thêm gạo Việt Nam.\n",
    )
    assert ("N108", "Luotuo", "Ruto") in found


def test_titled_words_that_are_the_latin_names_themselves_stay_quiet(tmp_path: Path) -> None:
    """The Latin name itself after a title ('Tổng thống Mahama', 'Thủ tướng Takaichi'), a known name ('Tổng thống
    Prabowo', 'Thủ tướng Anwar') and a Japanese name that sounds like no name of the story stay quiet."""
    found = _found(
        tmp_path,
        "Tổng thống Ghana John Mahama gặp Thủ tướng Nhật Bản Sanae Takaichi và Tổng thống Indonesia Prabowo Subianto.\n"
        "Tổng thống Mahama, Thủ tướng Takaichi, Tổng thống Prabowo và Thủ tướng Anwar cùng dự; Bộ trưởng Sakura phát "
        "biểu.\n",
    )
    assert [f for f in found if f[0] == "N108"] == []


def test_a_city_spelled_out_beside_a_longer_country_name_stays_quiet(tmp_path: Path) -> None:
    """'Rô-ma' (Rome) has the consonants of 'Romania' but a syllable fewer than its vowel groups: no T201."""
    found = _found(tmp_path, "Đoàn Romania tới Việt Nam.\nĐoàn từng dự hội nghị ở Rô-ma năm ngoái.\n")
    assert [f for f in found if f[0] == "T201"] == []


def test_spelled_forms_found_from_hyphens_are_the_patterns_matches() -> None:
    """spelled_forms (from each hyphen before a letter) finds what a scan of SPELLED from every capital finds."""
    text = (
        "Tan-da-ni-a và Việt-Lào, A-déc-bai-gian. Ăng-gô-la; ổn-định x-Tan-da; Ô-xtrây-li-a, Bà Rịa-Vũng Tàu, 2-a, "
        "Covid-19, e-mail, Xê-nê-gan-Ma-li, -Ni-giê, Ni-giê-ri-a-"
    )
    assert [m.span() for m in spelled_forms(text)] == [m.span() for m in SPELLED.finditer(text)] != []


def test_a_place_in_two_words_of_pinyin(tmp_path: Path) -> None:
    """新南威尔士 New South Wales left as two pinyin words after 'bang', in an article that leaves Sydney in pinyin:
    found whole (a lead's probe, round 18; no set used it). 西澳大利亚 'Xi Aodaliya' (Western Australia) is not: a
    word of one syllable is too often a Latin one ('San Jose', 'Lao Cai' without its marks)."""
    found = _found(
        tmp_path,
        "Đoàn làm việc với chính quyền bang Xinnan Weiershi rồi bay tới Xini.\n"
        "Mỏ quặng sắt lớn nhất nằm ở bang Xi Aodaliya.\n",
    )
    shaped = {span for rule, span, fix in found if rule == "C106" and fix is None}
    assert shaped == {"Xinnan Weiershi"}


def test_two_word_latin_places_are_no_pinyin() -> None:
    """Two-word places written right, and Vietnamese ones without their marks, whose words do not both parse as
    pinyin of two syllables or more."""
    text = (
        "Đoàn tới thành phố Santa Clara, thành phố San Jose, thủ đô Kuala Lumpur, thành phố Sao Paulo, tỉnh Lao Cai, "
        "tỉnh Ha Giang, bang Rio Grande, thành phố Hong Kong, sân vận động San Siro và thành phố Buenos Aires."
    )
    assert pinyin_shaped_places(text) == []
