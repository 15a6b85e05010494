"""misses55 (round 30): what it added beside misses54's fixes of adversary107's misses (the two worked on the same set;
misses54's were merged): Vietjet and DP World left in pinyin (C107), and a pinyin name after a minister's portfolio
written without 'Bộ' and a country (N108). Tested on sentences not in the set, both ways."""

from __future__ import annotations

from audit.api import audit_text


def _found(text: str, code: str) -> set[tuple[str, str]]:
    return {(f.text, f.suggestion or "") for f in audit_text(text, select=[code])}


def test_c107_vietjet_and_dp_world_left_in_pinyin() -> None:
    text = (
        "Hãng Yuejie Hangkong nhận thêm hai tàu bay thân rộng trong quý tới.\n"
        "Tập đoàn Dibai Huanqiu Gangwu công bố lợi nhuận nửa đầu năm tăng mạnh."
    )
    assert _found(text, "C107") == {("Yuejie Hangkong", "Vietjet"), ("Dibai Huanqiu Gangwu", "DP World")}


def test_c107_quiet_on_the_companies_own_names() -> None:
    text = "Vietjet mở thêm đường bay; DP World khai thác cảng Jebel Ali và hợp tác với Gemadept."
    assert _found(text, "C107") == set()


def test_n108_pinyin_name_after_a_portfolio_and_a_country() -> None:
    text = (
        "Bộ trưởng Năng lượng và Hạ tầng UAE Maziluyi cho biết hai bên sẽ ký thỏa thuận.\n"
        "Bộ trưởng Nông nghiệp Brazil Fawaluo thăm một hợp tác xã cà phê ở Đắk Lắk."
    )
    assert {t for t, _ in _found(text, "N108")} == {"Maziluyi", "Fawaluo"}


def test_n108_quiet_on_latin_and_vietnamese_names_after_a_portfolio() -> None:
    text = (
        "Bộ trưởng Nông nghiệp Brazil Carlos Fávaro thăm Đắk Lắk.\n"
        "Bộ trưởng Công Thương Việt Nam Nguyễn Hồng Diên và Bộ trưởng Tài chính Mỹ Scott Bessent gặp nhau.\n"
        "Bộ trưởng Năng lượng và Hạ tầng UAE Suhail Al Mazrouei dự lễ ký."
    )
    assert _found(text, "N108") == set()
