"""The fixes adversary46 led to, each tested on names, countries and sentences not in the set that motivated it
(tests/data/adversary46): a country between a person's occupation and a name (C105, C106), universities and WHO
under Chinese short forms (C107), the Mekong River Commission's members (C108), Turkish cities in pinyin (C106), two
ministers in pinyin (N108), a source cited back by name alone (T101) and a Korean name after a Korean body's acronym
(N109)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary46" / "mt"


def _found(text: str, rule: str) -> set[tuple[str, str | None]]:
    return {(f.text, f.suggestion) for f in audit_text(text, select=[rule])}


def test_country_between_an_occupation_and_a_name() -> None:
    """Peru's and Chile's pinyin and English adjectives (the set had Brazil's) before a person's name."""
    text = "Chuyên gia Milu Carlos Mendoza và kỹ sư Chilean Pablo Rojas dự hội thảo ở Hà Nội."
    assert _found(text, "C106") == {("Milu", "Peru")}
    assert _found(text, "C105") == {("Chilean", "Chile")}


def test_occupation_alone_or_an_english_name_stays_quiet() -> None:
    text = "Chuyên gia Baxi cho biết; bác sĩ Milu khám cho bệnh nhân; kỹ sư Korean Air kiểm tra máy bay."
    assert _found(text, "C106") == set()
    assert _found(text, "C105") == set()


def test_universities_and_who_under_chinese_short_forms() -> None:
    text = (
        "Anh tốt nghiệp Đại học Kiếm Kiều năm 2010 rồi làm nghiên cứu sau tiến sĩ ở Đại học Hafo.\n"
        "Thế Vệ khuyến cáo các nước tăng cường tiêm chủng; Đại học Niujin công bố kết quả thử nghiệm."
    )
    assert _found(text, "C107") == {
        ("Kiếm Kiều", "Cambridge"),
        ("Hafo", "Harvard"),
        ("Thế Vệ", "WHO"),
        ("Niujin", "Oxford"),
    }


def test_university_readings_that_are_names_stay_quiet() -> None:
    text = "Chị Nguyễn Thị Kiếm Kiều và anh La Lan cùng quê Nghệ An; ông Cáp Văn Phật là thợ mộc."
    assert _found(text, "C107") == set()


def test_mekong_river_commission_members() -> None:
    """Myanmar (the set had China), a dialogue partner, is no member; the four members and the partners named as
    such stay quiet."""
    found = _found("Myanmar là thành viên Ủy hội sông Mê Công quốc tế từ nhiều năm nay.", "C108")
    assert found == {("Myanmar", None)}
    quiet = "Campuchia và Lào là thành viên Ủy hội sông Mê Công; Trung Quốc và Myanmar là đối tác đối thoại của MRC."
    assert _found(quiet, "C108") == set()


def test_turkish_city_in_pinyin() -> None:
    """Bursa (the set had Antalya)."""
    assert _found("Nhà máy mới của hãng đặt tại thành phố Buersa, Thổ Nhĩ Kỳ.", "C106") == {("Buersa", "Bursa")}


def test_ministers_in_pinyin_under_other_title_forms() -> None:
    text = (
        "Ngoại trưởng Hungary Xiyaerduo đến Hà Nội ngày 3/10/2025.\n"
        "Bộ trưởng Biến đổi khí hậu và Năng lượng Úc Baoen phát biểu tại hội nghị ngày 5/11/2025."
    )
    assert {f.text for f in audit_text(text, select=["N108"])} == {"Xiyaerduo", "Baoen"}


def test_source_cited_back_by_name_alone() -> None:
    """'Theo ông X, …' after the titled name with one mark changed (other names than the set's)."""
    text = (
        "Giám đốc Sở Y tế Lê Văn Thắng cho biết bệnh viện đã triển khai phác đồ mới.\n"
        "Theo ông Lê Văn Thăng, tỷ lệ điều trị thành công đạt 89%."
    )
    assert _found(text, "T101") == {("Lê Văn Thăng", "Lê Văn Thắng")}


def test_source_cited_without_its_comma_or_beside_the_other_stays_quiet() -> None:
    text = (
        "Chủ tịch UBND xã Nguyễn Thị Hoa cho biết xã đã hoàn thành kế hoạch.\n"
        "Theo bà Nguyễn Thị Hòa ở thôn Đông giá lúa tăng mạnh."
    )
    assert _found(text, "T101") == set()


def test_korean_name_after_a_korean_body_and_its_acronym(tmp_path: Path) -> None:
    """'… Hàn Quốc (KOTRA) Jin Xiuying' (another body and name than the set's KOICA expert) in a page about Việt Nam
    and Japan: the bracketed acronym no longer hides 'Hàn Quốc' before the name (N109, not N101); after Japan's
    body the name is not marked Korean."""
    page = (ADVERSARY / "01_who_benh_lao.txt").read_text(encoding="utf-8")
    korean = page.replace(
        "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) Jin Minzhu",
        "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) Jin Xiuying",
    )
    path = tmp_path / "page.txt"
    path.write_text(korean, encoding="utf-8")
    assert [f.rule for _, f in findings_of(path) if f.text == "Jin Xiuying"] == ["N109"]
    japanese = korean.replace("Thương mại và Đầu tư Hàn Quốc (KOTRA)", "Thương mại Nhật Bản (JETRO)")
    path.write_text(japanese, encoding="utf-8")
    assert "N109" not in [f.rule for _, f in findings_of(path) if f.text == "Jin Xiuying"]
