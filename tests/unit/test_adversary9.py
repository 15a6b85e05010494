"""The ninth adversary held-out set (tests/data/adversary9): the core mission on countries and people no earlier
MT set used (Kenya, Saudi Arabia, Uzbekistan, Timor-Leste, Hungary's 2025 visit, a provincial story with
Bangladesh). Human-written news, two of them saved web pages, must get no major or critical finding and their
chrome must be boilerplate; the Chinese-pivot MT texts are scored against their annotations
(tests/data/adversary9/README.md lists every miss and its cause)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary9"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGES = [p for p in CLEAN if p.with_suffix(".json").exists()]

BLIND_MISSES = [
    "01_viet_kenya.txt: C103 'phía Khẳng'",
    "01_viet_kenya.txt: C104 'Mạn Cốc'",
    "01_viet_kenya.txt: T101 'Soipan Tuja'",
    "02_viet_saudi.txt: C104 'Sa Đặc'",
    "02_viet_saudi.txt: N108 'Muhanmode Ben Saleman'",
    "02_viet_saudi.txt: N103 'Lương Cường'",
    "03_viet_uzbekistan.txt: C103 'Phía Wu'",
    "04_viet_timor_leste.txt: T101 'Xanana Gusmao'",
    "05_viet_hungary.txt: T304 'kỷ niệm 70 năm thiết lập quan hệ ngoại giao (3/2/1950-3/2/2025)'",
    "06_quang_binh_bangladesh.txt: T101 'Hoàng Thi Diệu Linh'",
    "06_quang_binh_bangladesh.txt: L102 '责任编辑：王丽'",
]
# After this round's fixes: a four-letter surname and one dropped mark in a Vietnamese name are T101's by design
# (too short to tell apart, and 'Nguyễn Văn An' / 'Nguyễn Văn Ân' are two people); the editor's line is chrome
MISSES_AFTER_FIX = [
    "01_viet_kenya.txt: T101 'Soipan Tuja'",
    "06_quang_binh_bangladesh.txt: T101 'Hoàng Thi Diệu Linh'",
    "06_quang_binh_bangladesh.txt: L102 '责任编辑：王丽'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 5 and len(MT) == 6 and len(PAGES) == 2
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind: nine minor C105 'Saudi Arabia' on the Saudi page; 'Saudi Arabia' is now a press spelling."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_chrome_is_boilerplate_and_the_article_content(path: Path) -> None:
    assert chrome_misclassified(path) == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 48 of 59 planted errors found, 40 with the accepted fix; after the fixes 56 and 51."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 59
    assert found >= 56, missed
    assert fixed >= 51
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_no_extra_finding_on_mt() -> None:
    """Blind: three C105 'Saudi Arabia' on the Saudi text; now every MT finding is a planted span."""
    extra = unplanted_findings(MT)
    assert extra == []


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_saudi_arabia_is_a_press_spelling() -> None:
    assert _found("Doanh nghiệp Saudi Arabia đầu tư vào năng lượng tái tạo ở Ninh Thuận.", "C105") == []
    mixed = "Ả Rập Xê Út mua thêm gạo Việt Nam.\nCác nhà nhập khẩu Saudi Arabia ưa chuộng gạo ST25."
    assert _found(mixed, "T201") == [("Saudi Arabia", "Ả Rập Xê Út")]


def test_a_name_written_family_name_first_in_pinyin() -> None:
    """舒尤克·道马什: the family name comes first, and a given name in another pinyin after it is taken along."""
    assert _found("Tổng thống Hungary Shuyouke Tamashi gửi điện mừng Quốc khánh.", "N108") == [
        ("Shuyouke Tamashi", "Sulyok Tamás")
    ]
    assert _found("Tổng thống Hungary Sulyok Tamás gửi điện mừng Quốc khánh.", "N108") == []
    assert _found("Tổng thống Mỹ Telangpu Donald phát biểu tại Nhà Trắng.", "N108") == [("Telangpu", "Donald Trump")]


def test_a_family_name_alone_is_no_given_name() -> None:
    """N104: 'Sulyok' is Sulyok Tamás's family name; a holder named given name first still needs the surname."""
    assert _found("Tổng thống Hungary Sulyok đánh giá cao cộng đồng người Việt.", "N104") == []
    assert _found("Tổng thống Kenya William đánh giá cao cộng đồng người Việt.", "N104") == [
        ("William", "William Ruto")
    ]
    assert _found("Thủ tướng Ả Rập Xê Út Mohammed bin Salman đón đoàn tại Jeddah.", "N104") == []


def test_a_leader_under_the_title_of_an_office_he_never_held() -> None:
    fires = "Tháng 6/2023, Chủ tịch Quốc hội Võ Văn Thưởng tiếp đoàn nghị sĩ Nhật Bản."
    assert _found(fires, "N103") == [("Võ Văn Thưởng", "Vương Đình Huệ")]
    quiet = (
        "Tháng 6/2023, Chủ tịch nước Võ Văn Thưởng tiếp đoàn nghị sĩ Nhật Bản; Phó Thủ tướng Trần Hồng Hà dự.",
        "Chủ tịch Quốc hội Võ Văn Thưởng tiếp đoàn nghị sĩ Nhật Bản.",  # no year: who held the office is unknown
        # a Politburo member, no top office holder, may have risen to the title after the gazetteer's last row
        "Tháng 4/2026, Thủ tướng Lương Tam Quang chủ trì phiên họp Chính phủ thường kỳ.",
    )
    assert [_found(t, "N103") for t in quiet] == [[], [], []]


def test_a_romanised_abbreviation_as_a_party() -> None:
    text = "Việt Nam và Pakistan ký ba văn kiện.\nPhía Ba nhấn mạnh tầm quan trọng của hợp tác dệt may."
    assert _found(text, "C103") == [("Phía Ba", "Phía Pakistan")]
    text = "Việt Nam và Nigeria ký ba văn kiện.\nSự ủng hộ của phía Ni thể hiện thiện chí."
    assert _found(text, "C103") == [("phía Ni", "phía Nigeria")]
    quiet = "Việt Nam và Pháp ký ba văn kiện.\nPhía Wu cam kết; phía Ba Lan nhấn mạnh hợp tác."
    assert _found(quiet, "C103") == []


def test_an_anniversary_between_two_whole_dates() -> None:
    text = "Hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao (12/4/1980-12/4/2025) bằng một hội thảo."
    assert [t for t, _ in _found(text, "T304")] == ["kỷ niệm 40 năm thiết lập quan hệ ngoại giao (12/4/1980-12/4/2025)"]
    assert _found("Lễ kỷ niệm 100 năm ngày sinh nhà thơ (5/5/1925 – 9/9/1989) diễn ra ở Nghệ An.", "T304") == []


def test_short_country_names_and_capitals_in_han_viet() -> None:
    assert _found("Tổng thống Ấn Ni sẽ dự hội nghị tại Hà Nội.", "C104") == [("Ấn Ni", "Indonesia")]
    assert _found("Đại sứ quán Brazil tại Cát Long Pha kiêm nhiệm Brunei.", "C104") == [
        ("Cát Long Pha", "Kuala Lumpur")
    ]
    quiet = "Du khách Úc Châu thích chợ Kim Biên; hội chợ diễn ra tại Kim Biên; anh Mã Ni Lạp là kỹ sư."
    assert _found(quiet, "C104") == []


def test_a_foreign_name_with_and_without_its_marks_in_one_sentence() -> None:
    """Two forms in one sentence are two people ('Santa Clara', 'Santa Clarita') unless only the marks differ."""
    text = "Ông Jürgen Müller và Thủ tướng Olaf Scholz gặp nhau; sau đó ông Jurgen Muller trả lời báo chí."
    assert _found(text, "T101") == [("Jurgen Muller", "Jürgen Müller")]
    assert _found("Hai thành phố Santa Clara và Santa Clarita ký thỏa thuận kết nghĩa.", "T101") == []


def test_no_other_office_reading_past_the_gazetteer() -> None:
    """The April 2026 session elected the top leaders anew; the gazetteer's open tenures (checked 2026-03) cannot
    say who held which office after it, so a top leader under another top title in 2026 is left alone."""
    assert _found("Tháng 6/2026, Chủ tịch nước Trần Thanh Mẫn tiếp Tổng thống Chile tại Hà Nội.", "N103") == []
    fires = "Tháng 8/2024, Chủ tịch Quốc hội Phạm Minh Chính tiếp Tổng thống Chile tại Hà Nội."
    assert _found(fires, "N103") == [("Phạm Minh Chính", "Trần Thanh Mẫn")]


def test_a_name_cited_without_its_marks_beside_it_is_no_respelling() -> None:
    """T101's one-sentence reading of a name with and without its marks leaves a form cited as such alone."""
    for text in (
        "Thủ tướng Pedro Sánchez (Pedro Sanchez) phát biểu tại Madrid.",
        "Thủ tướng Pedro Sánchez, còn gọi là Pedro Sanchez trong báo chí tiếng Anh, phát biểu.",
    ):
        assert _found(text, "T101") == []
    assert _found("Ông Jürgen Müller gặp ông Olaf Scholz; sau đó ông Jurgen Muller trả lời.", "T101") == [
        ("Jurgen Muller", "Jürgen Müller")
    ]


def test_no_other_office_reading_when_the_sentence_says_the_title_is_of_another_time() -> None:
    """A writer names an earlier event with the person's later title and says so ('khi đó là …')."""
    text = "Tháng 8/2024, Chủ tịch Quốc hội Phạm Minh Chính, khi đó là Thủ tướng, tiếp đoàn nghị sĩ Chile."
    assert _found(text, "N103") == []
