"""The sixty-seventh adversary held-out set (tests/data/adversary67): plain-text news pages machine-translated through
Chinese on beats no set centred on (a fraud trial with a Korean defendant, Việt Nam-France high-speed rail and
aviation, foreign capital in real estate after the 2025 mergers, Yên Tử's World Heritage certificate) and one
human-written railway page that must stay quiet, each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it; the blind figures are the floor; README says what was
missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, found_in_text, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary67"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

_COURT = "01_xet_xu_lua_dao_dau_tu_truc_tuyen.txt"
_RAIL = "02_hop_tac_duong_sat_toc_do_cao_phap.txt"
_PROPERTY = "03_von_ngoai_bat_dong_san_sau_sap_nhap.txt"
_HERITAGE = "04_yen_tu_don_bang_di_san_the_gioi.txt"

# Blind (data at 2b3144b; main at 3714449, this branch's base): 37 of 70 found, 35 with the accepted fix; with the
# one annotation slip corrected after the run (7a5f5e9, no text changed: T305 flags the later form, as documented),
# 38 and 36. These 32 were missed:
BLIND_MISSES = {
    f"{_COURT}: T306 '4/12'",
    f"{_COURT}: T308 'Pháp viện'",
    f"{_COURT}: T308 'bị cáo nhân'",
    f"{_COURT}: T308 'khởi tố thư'",
    f"{_COURT}: T308 'vô kỳ đồ hình'",
    f"{_COURT}: T308 'biểu thị'",
    f"{_COURT}: T308 'Hiềm nghi nhân'",
    f"{_COURT}: N105 'Viện trưởng'",
    f"{_RAIL}: C106 'Bali'",
    f"{_RAIL}: T308 'cao thiết'",
    f"{_RAIL}: C107 'Việt Hàng'",
    f"{_RAIL}: C107 'Không Khách'",
    f"{_RAIL}: C106 'Longcheng'",
    f"{_RAIL}: L101 'air traffic control'",
    f"{_RAIL}: N103 'Thủ tướng Pháp François Bayrou'",
    f"{_RAIL}: C101 'Đức'",
    f"{_RAIL}: F112 'mỗi tuần mỗi tuần'",
    f"{_PROPERTY}: C107 'Khải Đức'",
    f"{_PROPERTY}: C107 'Lạc Thiên'",
    f"{_PROPERTY}: T307 '68 vạn'",
    f"{_PROPERTY}: N103 'Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị'",
    f"{_PROPERTY}: T308 'bình phương mễ'",
    f"{_PROPERTY}: C101 'Trung Quốc'",
    f"{_PROPERTY}: N108 'Xu Fangda'",
    f"{_PROPERTY}: L101 'high-end'",
    f"{_HERITAGE}: C106 'Anzi'",
    f"{_HERITAGE}: C107 'Liên Hợp Quốc Giáo Khoa Văn Tổ chức'",
    f"{_HERITAGE}: N103 'Tổng Giám đốc UNESCO Audrey Azoulay'",
    f"{_HERITAGE}: T308 'thân di'",
    f"{_HERITAGE}: C101 'Lào'",
    f"{_HERITAGE}: L101 'spiritual tourism'",
    f"{_HERITAGE}: F107 'đến từ'",
}
# After this branch's fixes (README): 55 of 70 found, 53 with the accepted fix.
AFTER_MISSES = BLIND_MISSES - {
    f"{_COURT}: T306 '4/12'",
    f"{_COURT}: T308 'bị cáo nhân'",
    f"{_COURT}: T308 'khởi tố thư'",
    f"{_COURT}: T308 'vô kỳ đồ hình'",
    f"{_COURT}: T308 'Hiềm nghi nhân'",
    f"{_COURT}: N105 'Viện trưởng'",
    f"{_RAIL}: T308 'cao thiết'",
    f"{_RAIL}: N103 'Thủ tướng Pháp François Bayrou'",
    f"{_PROPERTY}: C107 'Khải Đức'",
    f"{_PROPERTY}: C107 'Lạc Thiên'",
    f"{_PROPERTY}: T307 '68 vạn'",
    f"{_PROPERTY}: N103 'Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị'",
    f"{_PROPERTY}: T308 'bình phương mễ'",
    f"{_HERITAGE}: C106 'Anzi'",
    f"{_HERITAGE}: C107 'Liên Hợp Quốc Giáo Khoa Văn Tổ chức'",
    f"{_HERITAGE}: N103 'Tổng Giám đốc UNESCO Audrey Azoulay'",
    f"{_HERITAGE}: F107 'đến từ'",
}
# round 20 (misses21): 59 of 70, 57 (T308 'biểu thị' after a speaker ending on 'bị cáo' and a name; rows for
# 'Pháp viện' in a court story and 'thân di' in a heritage story; C107 a maker's reading after its product and 'của')
AFTER_MISSES -= {
    f"{_COURT}: T308 'biểu thị'",
    f"{_COURT}: T308 'Pháp viện'",
    f"{_HERITAGE}: T308 'thân di'",
    f"{_RAIL}: C107 'Không Khách'",
}
# round 21 (misses22): 61 of 70, 59 (C101 the investment climate credited to the two-tier local government; N108 'Xu
# Fangda', Chee Hong Tat in the tables)
AFTER_MISSES -= {f"{_PROPERTY}: C101 'Trung Quốc'", f"{_PROPERTY}: N108 'Xu Fangda'"}
# Outside the planted pairs, blind and after: N101 on the Singaporean minister's pinyin (planted as N108: 'Xu
# Fangda' 徐芳达 is Chee Hong Tat, whom the rule reads as a Chinese name, 'Từ Phương Đạt'). After misses22: none.
BLIND_EXTRAS = {(_PROPERTY, "N101", "Xu Fangda")}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()
# Chrome read as article, blind: a byline with the writer's desk (twice), a site's name in capitals with its tagline
# (twice), a hotline bar with fares, a listings box with its footer, a Buddhist site's invocation banner.
BLIND_CHROME_AS_ARTICLE = {
    _COURT: ["Lê Minh - Ban Truyền thông"],
    _RAIL: [
        "VÉ MÁY BAY 24H — Tin hàng không",
        "Hotline đặt vé: 1900 6xxx | Hà Nội – TP.HCM từ 899.000đ | Đà Nẵng – Phú Quốc từ 1.090.000đ",
    ],
    _PROPERTY: [
        "NHÀ ĐẤT 360 — Kênh thông tin mua bán bất động sản",
        "Tin rao nổi bật",
        "Bán căn hộ 2PN Thủ Đức, 68m², sổ hồng riêng - 3,2 tỷ",
        "Cho thuê nhà nguyên căn Bình Thạnh - 18 triệu/tháng",
        "Nhà Đất 360 - Hotline: 1900 8xxx - Email: lienhe@nhadat360.vn",
    ],
    _HERITAGE: ["Nam mô Bổn Sư Thích Ca Mâu Ni Phật", "Minh Tâm - Văn phòng Ban Thông tin Truyền thông"],
}
# After (boilerplate.tsv rows): none.
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 37 of 70 found, 35 with the accepted fix (38 and 36 with the corrected annotation); after, 55 and 53;
    after misses21, 59 and 57; after misses22, 61 and 59."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 61 and fixed >= 59
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; ten chrome lines of four pages read as article; after, none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_chrome_lines_of_the_new_outlets(tmp_path: Path) -> None:
    """boilerplate.tsv: a site's name in capitals with its tagline after a dash, a hotline bar with offers, a site's
    name with hotline and e-mail, a byline naming the writer's desk, a listings box, an invocation banner. Tried on
    lines not in the set (other sites, desks, numbers, listings); article lines with the same words stay article."""
    page = tmp_path / "page.txt"
    page.write_text(
        "XE KHÁCH 365 — Trang tin vận tải hành khách\n"
        "Hotline: 1900 1234 | Hà Nội – Lào Cai từ 250.000đ | Hà Nội – Sa Pa từ 300.000đ\n"
        "Hà Nội — tin vui cho người dân ngoại thành\n"
        "Hà Nội, 4/3/2026 - Từ ngày 10/3, bến xe Mỹ Đình mở thêm 12 tuyến đi các tỉnh phía Bắc.\n"
        "Ban Truyền thông của bến xe cho biết lượng khách tăng mạnh; hotline 1900 1234 trực 24/24.\n"
        "Nam mô A Di Đà Phật là câu niệm quen thuộc của nhiều người cao tuổi đi lễ chùa đầu năm.\n"
        "Trần Hoa - Phòng Biên tập\n"
        "Tin đăng mới nhất\n"
        "Bán xe khách 29 chỗ đời 2020 - 900 triệu\n"
        "Xe Khách 365 - Tổng đài: 1900 1234 - Email: hotro@xekhach365.vn\n",
        encoding="utf-8",
    )
    article = {
        "Hà Nội — tin vui cho người dân ngoại thành",
        "Hà Nội, 4/3/2026 - Từ ngày 10/3, bến xe Mỹ Đình mở thêm 12 tuyến đi các tỉnh phía Bắc.",
        "Ban Truyền thông của bến xe cho biết lượng khách tăng mạnh; hotline 1900 1234 trực 24/24.",
        "Nam mô A Di Đà Phật là câu niệm quen thuộc của nhiều người cao tuổi đi lễ chùa đầu năm.",
    }
    lines = page.read_text(encoding="utf-8").splitlines()
    notes = {"lines": [["A" if t in article else "C", t] for t in lines]}
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []


def test_today_under_a_dateline_of_the_city_abbreviation(tmp_path: Path) -> None:
    """T306: a dateline may name Hồ Chí Minh City by its abbreviation ('TP.HCM, 8/3/2026 -', 'TP. Hồ Chí Minh, …');
    tried on other dates and parts of the day than the set's; the dateline's own day stays quiet."""
    wrong = "TP.HCM, 8/3/2026 - Chiều nay (7/3), đoàn công tác đã làm việc với thành phố.\n"
    spaced = "TP. Hồ Chí Minh, 8/3/2026 - Tối nay (9/3), ca sĩ biểu diễn ở Nhà hát Thành phố.\n"
    right = "TP HCM, 8/3/2026 - Tối nay (8/3), ca sĩ biểu diễn ở Nhà hát Thành phố.\n"
    assert found_in_text(tmp_path, wrong, "T306") == [("T306", "7/3", "8/3")]
    assert found_in_text(tmp_path, spaced, "T306") == [("T306", "9/3", "8/3")]
    assert found_in_text(tmp_path, right, "T306") == []


def test_court_head_is_its_chief_justice(tmp_path: Path) -> None:
    """N105: 'Viện trưởng' (院长) before 'Tòa án'/'TAND' is a court's Chánh án; tried on a provincial court and a
    deputy; a Viện kiểm sát's or an institute's Viện trưởng stays quiet."""
    text = (
        "Phó Viện trưởng TAND tỉnh Đồng Nai Lê Văn Hải cho biết toàn ngành đã giải quyết 95% số vụ việc.\n"
        "Viện trưởng Viện kiểm sát nhân dân TP Hà Nội và Viện trưởng Viện Hàn lâm Khoa học xã hội dự lễ.\n"
    )
    assert found_in_text(tmp_path, text, "N105") == [("N105", "Phó Viện trưởng", "Phó Chánh án")]


def test_court_rail_and_unit_calques(tmp_path: Path) -> None:
    """T308 (zh_calques.tsv): 被告人 'bị cáo nhân', 起诉书 'khởi tố thư', 无期徒刑 'vô kỳ đồ hình', 嫌疑人 'hiềm nghi
    nhân', 高铁 'cao thiết', 平方米 'bình phương mễ', tried on sentences not in the set; the Vietnamese words that
    hold them stay quiet ('bị cáo nhân viên ngân hàng', 'nâng cao thiết bị')."""
    text = (
        "Theo bản khởi tố thư, hai hiềm nghi nhân người nước ngoài bị bắt tại Đà Nẵng.\n"
        "Tòa tuyên phạt bị cáo nhân mức án vô kỳ đồ hình.\n"
        "Tuyến cao thiết Bắc Kinh - Thượng Hải đông khách; giá đất 5.000 USD mỗi bình phương mễ.\n"
        "Công ty nâng cao thiết bị; bị cáo nhân viên ngân hàng khai nhận, bị cáo nhân thân tốt.\n"
    )
    assert found_in_text(tmp_path, text, "T308") == [
        ("T308", "khởi tố thư", "cáo trạng"),
        ("T308", "hiềm nghi nhân", "nghi phạm"),
        ("T308", "bị cáo nhân", "bị cáo"),
        ("T308", "vô kỳ đồ hình", "tù chung thân"),
        ("T308", "cao thiết", "đường sắt tốc độ cao"),
        ("T308", "bình phương mễ", "m²"),
    ]


def test_developers_and_unesco_by_their_chinese_names(tmp_path: Path) -> None:
    """C107: Lotte 乐天 ('Lạc Thiên'), CapitaLand 凯德 ('Khải Đức') after a word of companies, UNESCO
    联合国教科文组织 read in Chinese word order, tried on sentences not in the set; a person called Khải Đức stays
    quiet."""
    text = (
        "Hãng Lạc Thiên mở thêm hai trung tâm thương mại tại Hà Nội.\n"
        "Công ty Khải Đức vừa mua lại một tòa văn phòng ở Đà Nẵng.\n"
        "Quần thể được Liên hợp quốc Giáo Khoa Văn Tổ chức ghi danh; ông Nguyễn Khải Đức dự lễ.\n"
    )
    assert found_in_text(tmp_path, text, "C107") == [
        ("C107", "Lạc Thiên", "Lotte"),
        ("C107", "Khải Đức", "CapitaLand"),
        ("C107", "Liên hợp quốc Giáo Khoa Văn Tổ chức", "UNESCO"),
    ]


def test_former_prime_minister_and_director_general(tmp_path: Path) -> None:
    """N103 with François Bayrou (France's prime minister 2024-12-13 to 2025-09-09) and Audrey Azoulay (UNESCO's
    Director-General to 2025-11-14) in the tables; tried on sentences not in the set: in a story of January 2026 each
    under the bare title is a former holder named as the current one; 'cựu' is right; in a story of October 2025
    Azoulay was still in office."""
    later = (
        "Paris, 12/1/2026 - Pháp và Việt Nam ký thỏa thuận văn hóa.\n"
        "Thủ tướng Pháp François Bayrou phát biểu tại lễ ký.\n"
        "Tổng Giám đốc UNESCO Audrey Azoulay gửi thư chúc mừng; cựu Thủ tướng Pháp François Bayrou cũng dự.\n"
    )
    earlier = "Paris, 20/10/2025 - Hội thảo về di sản.\nTổng Giám đốc UNESCO Audrey Azoulay phát biểu khai mạc.\n"
    assert found_in_text(tmp_path, later, "N103") == [
        ("N103", "Thủ tướng Pháp François Bayrou", "Thủ tướng Pháp Sébastien Lecornu"),
        ("N103", "Tổng Giám đốc UNESCO Audrey Azoulay", "Tổng Giám đốc UNESCO Khaled El-Enany"),
    ]
    assert found_in_text(tmp_path, earlier, "N103") == []


def test_a_days_date_before_the_title_gives_its_month(tmp_path: Path) -> None:
    """N103: in the year a minister left, a day's date without its year before his title in its sentence ('Ngày
    10/1, Bộ trưởng …') is the month the sentence speaks in, not the dateline's; tried on another minister than the
    set's (Phạm Bình Minh, foreign minister to April 2021) both ways."""
    after = "Hà Nội, 7/12/2021 - Tổng kết năm.\nTại hội nghị ngày 5/12, Bộ trưởng Ngoại giao Phạm Bình Minh nói.\n"
    before = "Hà Nội, 7/12/2021 - Tổng kết năm.\nNgày 10/1, Bộ trưởng Ngoại giao Phạm Bình Minh đã ký công hàm.\n"
    assert found_in_text(tmp_path, after, "N103") == [
        ("N103", "Bộ trưởng Ngoại giao Phạm Bình Minh", "Bộ trưởng Ngoại giao Bùi Thanh Sơn")
    ]
    assert found_in_text(tmp_path, before, "N103") == []


def test_a_dateline_below_a_long_page_head_dates_the_text(tmp_path: Path) -> None:
    """N103: a dateline under a masthead, bars, a menu, a headline and a byline (past the first segments) still dates
    the text to its month; tried on another minister than the set's, both ways."""
    head = "BÁO MẪU\nHotline: 0900 000 000\nThời sự | Thế giới | Kinh tế\nHội nghị tổng kết năm\nBài: Lan Anh\n"
    later = head + "Hà Nội, 7/12/2021 - Hội nghị bế mạc.\nBộ trưởng Ngoại giao Phạm Bình Minh phát biểu.\n"
    earlier = head + "Hà Nội, 7/3/2021 - Hội nghị bế mạc.\nBộ trưởng Ngoại giao Phạm Bình Minh phát biểu.\n"
    assert found_in_text(tmp_path, later, "N103") == [
        ("N103", "Bộ trưởng Ngoại giao Phạm Bình Minh", "Bộ trưởng Ngoại giao Bùi Thanh Sơn")
    ]
    assert found_in_text(tmp_path, earlier, "N103") == []


def test_monastic_surname_in_pinyin(tmp_path: Path) -> None:
    """N101: after a monastic title the pinyin surname 'Shi' is 释, the religious surname Thích (Unihan gives 释 no
    Hán-Việt reading, so the guess read 石 'Thạch'); tried on another monk than the set's; a layman's 'Shi' keeps the
    guess."""
    text = "Thượng tọa Shi Minghui trụ trì chùa Hoa Yên tiếp đoàn.\n"
    assert found_in_text(tmp_path, text, "N101") == [("N101", "Shi Minghui", "Thích Minh Huy")]


def test_cut_origin_verb(tmp_path: Path) -> None:
    """F107: 'đến từ', 'xuất phát từ', 'bắt nguồn từ' need their source; a fronted one ('nơi mà … đến từ') keeps the
    ending. Other sentences than the set's."""
    text = (
        "Lễ hội thu hút hàng nghìn du khách đến từ.\n"
        "Đây là nơi mà nhiều chuyên gia đến từ.\n"
        "Ý tưởng của dự án bắt nguồn từ.\n"
        "Du khách đến từ Nhật Bản và Hàn Quốc.\n"
    )
    assert found_in_text(tmp_path, text, "F107") == [("F107", "đến từ", None), ("F107", "bắt nguồn từ", None)]


def test_myriad_before_an_area(tmp_path: Path) -> None:
    """T307: a count of one or two digits in 'vạn' before an area or a volume ('12 vạn mét vuông', '35 vạn m3') is
    the MT's 万; other figures than the set's; history's '10 vạn quân' stays quiet."""
    text = (
        "Trung tâm thương mại rộng 12 vạn mét vuông vừa khai trương.\n"
        "Mỗi năm nhà máy xử lý 35 vạn m3 nước thải.\n"
        "Năm 1789, vua Quang Trung đem 10 vạn quân ra Bắc.\n"
    )
    assert found_in_text(tmp_path, text, "T307") == [("T307", "12 vạn", "120.000"), ("T307", "35 vạn", "350.000")]


def test_yen_tu_in_pinyin(tmp_path: Path) -> None:
    """C106: Yên Tử (安子, vn_places.tsv) left in pinyin, counted after a place word or a preposition like the other
    gated places; tried on sentences not in the set; a brand of that spelling stays quiet."""
    assert found_in_text(tmp_path, "Hàng nghìn người hành hương về Anzi dịp đầu xuân.\n", "C106") == [
        ("C106", "Anzi", "Yên Tử")
    ]
    assert found_in_text(tmp_path, "Anzi Studio ra mắt sản phẩm mới.\n", "C106") == []
