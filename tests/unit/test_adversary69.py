"""The sixty-ninth adversary held-out set (tests/data/adversary69), the round's closing blind measurement: plain-text
news pages machine-translated through Chinese (a sports federation's congress, fisheries and the sea border, a
foreign president's state visit) and through English without their source (a tech product launch, a climate
report), and one human-written fisheries page that must stay quiet, each with the page chrome around it, every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, found_in_text, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary69"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

_SPORT = "01_dai_hoi_lien_doan_bong_chuyen.txt"
_FISH = "02_chong_khai_thac_iuu_vung_bien_giap_ranh.txt"
_VISIT = "03_tong_thong_kazakhstan_tham_cap_nha_nuoc.txt"
_TECH = "04_ra_mat_laptop_ai_chip_viet.txt"
_CLIMATE = "05_bao_cao_khi_hau_dong_bang_song_cuu_long.txt"
_HUMAN = "01_ngu_dan_quang_ngai_ra_khoi_dau_nam.txt"

# Blind (data at ef71e59; main at 1dcad9b, this branch's base): 48 of 70 found, 44 with the accepted fix; with the
# accepted fixes widened after the run (0fe15f6, no text changed: an en dash in a country pair, Tokayev's full name),
# 47. These 22 were missed:
BLIND_MISSES = {
    f"{_SPORT}: T306 '13/12'",
    f"{_SPORT}: T308 'biểu thị'",
    f"{_SPORT}: C107 'Á Châu Bài cầu Liên hợp hội'",
    f"{_SPORT}: T308 'giáo luyện'",
    f"{_SPORT}: C106 'Qinghua'",
    f"{_FISH}: C107 'Âu Minh'",
    f"{_FISH}: C103 'Ấn Ni phương'",
    f"{_FISH}: C104 'Nam Hải'",
    f"{_FISH}: T308 'ngư thuyền'",
    f"{_FISH}: C101 'Trung Quốc'",
    f"{_VISIT}: N102 'Kassym-Jomart • Tokayev'",
    f"{_VISIT}: C107 'Thượng Hợp Tổ chức'",
    f"{_VISIT}: C101 'Campuchia'",
    f"{_TECH}: T308 'người thay đổi trò chơi'",
    f"{_TECH}: L101 'the'",
    f"{_CLIMATE}: F114 '0.8'",
    f"{_CLIMATE}: T308 'cuộc gọi đánh thức'",
    f"{_CLIMATE}: N103 'Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh'",
    f"{_CLIMATE}: T308 'con voi trong phòng'",
    f"{_CLIMATE}: L101 'nature-based'",
    f"{_CLIMATE}: F107 'đến'",
    f"{_CLIMATE}: T201 'Băng-la-đét'",
}
# After this branch's fixes (README): 59 of 70 found, 58 with the accepted fix.
AFTER_MISSES = BLIND_MISSES - {
    f"{_SPORT}: T306 '13/12'",
    f"{_SPORT}: T308 'biểu thị'",
    f"{_SPORT}: C107 'Á Châu Bài cầu Liên hợp hội'",
    f"{_SPORT}: T308 'giáo luyện'",
    f"{_FISH}: T308 'ngư thuyền'",
    f"{_VISIT}: N102 'Kassym-Jomart • Tokayev'",
    f"{_VISIT}: C107 'Thượng Hợp Tổ chức'",
    f"{_CLIMATE}: F114 '0.8'",
    f"{_CLIMATE}: T308 'cuộc gọi đánh thức'",
    f"{_CLIMATE}: T308 'con voi trong phòng'",
    f"{_CLIMATE}: T201 'Băng-la-đét'",
}
# round 20 (misses21): 60 of 70, 59 (C103 a two-syllable reading before 'phương', 'Ấn Ni phương' 印尼方)
AFTER_MISSES -= {f"{_FISH}: C103 'Ấn Ni phương'"}
# round 21 (misses22): 63 of 70, 62 (N103 a page dated only by its chrome's 'Ngày đăng'; T308 'người thay đổi trò
# chơi', a game changer; C101 our fishermen 'bị nước ngoài bắt giữ')
AFTER_MISSES -= {
    f"{_CLIMATE}: N103 'Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh'",
    f"{_TECH}: T308 'người thay đổi trò chơi'",
    f"{_FISH}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: N102 on the hyphenated given name's second half ('Jomart • Tokayev', planted
# whole), N104 on 'Kassym-Jomart' before the dot, F114 on '50,000' inside the whole English sentence (planted as
# L102). After: none.
BLIND_EXTRAS = {(_VISIT, "N104", "Kassym-Jomart"), (_VISIT, "N102", "Jomart • Tokayev"), (_TECH, "F114", "50,000")}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()
# Chrome read as article, blind and after (no chrome row was added: README): a site's name in capitals with a tagline
# that names no 'tin/trang/kênh', a live-score ticker, a sea-weather warning, a 'posted at … — author' line, a
# hotline line, a price bar, an events calendar, a bare section label, a price-comparison bar, a related-products
# line, a donation banner, a newsletter sign-up, an organisation's footer, a 'now playing' bar. After chrome62: the
# site's name in capitals over its menu with its motto after an em dash ('THỂ THAO MIỀN BẮC TV — …', 'CÔNG NGHỆ SỐ
# PLUS — …', 'PHÁT THANH - TRUYỀN HÌNH MIỀN TRUNG — …') is chrome.
CHROME_AS_ARTICLE = {
    _SPORT: [
        "LIVE: Thể Công Viettel 2-1 Hà Nội (HT) | Nam Định 0-0 SLNA (45')",
    ],
    _FISH: [
        "BẢN TIN NGHỀ BIỂN — Cùng ngư dân vươn khơi bám biển",
        "Cảnh báo: Vùng biển Bình Thuận – Cà Mau gió Đông Bắc cấp 6, giật cấp 8, sóng cao 3-4 m",
        "Đăng lúc 10:20, 9/12/2025 — Tác giả: Hải Đăng",
        "Bản tin Nghề Biển - Đường dây nóng hỗ trợ ngư dân: 1800 xxxx (miễn phí)",
        "Giá hải sản hôm nay: Cá ngừ đại dương 145.000đ/kg | Mực ống 210.000đ/kg | Tôm hùm bông 1.350.000đ/kg",
    ],
    _VISIT: [
        "Lịch sự kiện: 18/12 Diễn đàn doanh nghiệp Việt Nam - Trung Á | 19/12 Hội thảo Con đường tơ lụa mới",
        "Hoạt động lãnh đạo",
        "Đối Ngoại 24/7 - Chuyên trang thông tin tổng hợp. Email: toasoan@doingoai247.vn",
    ],
    _TECH: [
        "So sánh giá nhanh: iPhone 17 từ 24.990.000đ | Galaxy S25 từ 19.490.000đ | MacBook Air M4 từ 26.990.000đ",
        "Tin công nghệ",
        "Sản phẩm liên quan: Laptop văn phòng dưới 15 triệu | Laptop gaming bán chạy",
    ],
    _CLIMATE: [
        "MẠNG LƯỚI SỐNG XANH — Bản tin hành động vì khí hậu",
        "Chung tay trồng 1 triệu cây đước ven biển — Ủng hộ từ 50.000đ",
        "Báo cáo & Nghiên cứu",
        "Đăng ký nhận bản tin hằng tháng: nhập email của bạn",
        "Mạng lưới Sống Xanh — Tổ chức phi lợi nhuận. Địa chỉ: Quận Ninh Kiều cũ, TP Cần Thơ",
    ],
    _HUMAN: [
        "Đang phát: Chương trình Thời sự 18h | Bản tin Nhà nông",
        "Biển đảo",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 5
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 48 of 70 found, 44 with the accepted fix (47 with the widened fixes); after, 59 and 58; after misses21,
    60 and 59; after misses22, 63 and 62."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 63 and fixed >= 62
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """The article whole on every page; 22 chrome lines of six pages read as article, blind and after."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_today_under_a_dateline_below_a_page_head_read_as_text(tmp_path: Path) -> None:
    """T306: a masthead, a ticker and a headline read as text may stand before the dateline; the dateline still
    dates 'today'. Other outlet, city and dates than the set's; the dateline's own day stays quiet."""
    head = "BÁO MẪU ONLINE — Nhanh và chính xác\nLIVE: Đội A 1-0 Đội B (HT)\nKhai mạc hội chợ mùa xuân\n"
    wrong = head + "Đà Nẵng, 3/3/2026 - Chiều nay (2/3), hội chợ mùa xuân đã khai mạc tại công viên Biển Đông.\n"
    right = head + "Đà Nẵng, 3/3/2026 - Chiều nay (3/3), hội chợ mùa xuân đã khai mạc tại công viên Biển Đông.\n"
    assert found_in_text(tmp_path, wrong, "T306") == [("T306", "2/3", "3/3")]
    assert found_in_text(tmp_path, right, "T306") == []


def test_said_after_a_ministry_named_with_commas(tmp_path: Path) -> None:
    """T308: 'biểu thị' after a title whose ministry's name holds commas before capitalised words ('Bộ Lao động,
    Thương binh và Xã hội'); other ministries and people than the set's. A thing that indicates stays quiet."""
    text = (
        "Thứ trưởng Bộ Lao động, Thương binh và Xã hội Lê Văn Thanh biểu thị, quỹ sẽ được giải ngân sớm.\n"
        "Màu đỏ trong tranh của họa sĩ Văn, Thể và Du biểu thị sự ấm áp.\n"
    )
    assert found_in_text(tmp_path, text, "T308") == [("T308", "biểu thị", "cho biết")]


def test_hyphenated_given_name_before_an_interpunct(tmp_path: Path) -> None:
    """N102 takes the whole hyphenated given name ('Jean-Luc · Martin', 'Marie-Claire·Dubois'), and N104 does not
    read the given name before the dot as the whole name (it still does without the dot). Other names than the
    set's but Tokayev's, whose given name alone is read only in the N104 case."""
    text = (
        "Thủ tướng Jean-Luc · Martin phát biểu tại hội nghị.\n"
        "Tổng thống Kazakhstan Kassym-Jomart • Tokayev đến Hà Nội.\n"
        "Bà Marie-Claire·Dubois dự lễ.\n"
    )
    assert found_in_text(tmp_path, text, "N102") == [
        ("N102", "Jean-Luc · Martin", "Jean-Luc Martin"),
        ("N102", "Kassym-Jomart • Tokayev", "Kassym-Jomart Tokayev"),
        ("N102", "Marie-Claire·Dubois", "Marie-Claire Dubois"),
    ]
    assert found_in_text(tmp_path, text, "N104") == []
    assert found_in_text(tmp_path, "Tổng thống Kazakhstan Kassym-Jomart đã tiếp Đại sứ.\n", "N104") == [
        ("N104", "Kassym-Jomart", "Kassym-Jomart Tokayev")
    ]


def test_english_decimal_before_a_temperature(tmp_path: Path) -> None:
    """F114: '1.2 độ C', '2.5°C' are the English format; the Vietnamese '1,2 độ C', a version number and a weight
    (human product pages write '6.6kg') stay quiet, as do the numbers of a whole English sentence (L102 reports it).
    Not the set's figures."""
    text = (
        "Nhiệt độ mùa hè tăng thêm 1.2 độ C, có nơi 2.5°C.\n"
        "Nhiệt độ tăng 1,2 độ C; phiên bản 18.2 có thêm tính năng; xe nặng 6.6kg.\n"
        "The ministry expects 20,000 visitors and 3.5 million dollars in sales.\n"
    )
    assert found_in_text(tmp_path, text, "F114") == [("F114", "1.2", "1,2"), ("F114", "2.5", "2,5")]


def test_fishing_boat_and_coach_calques(tmp_path: Path) -> None:
    """T308 (zh_calques.tsv): 渔船 'ngư thuyền', 教练 'giáo luyện', in sentences not in the set; 'tôn giáo luyện …'
    (religion trains …) holds the words without being one."""
    text = (
        "Cảnh sát biển kiểm tra 30 ngư thuyền tại cảng Sa Kỳ.\n"
        "Đội bóng mời giáo luyện người Nhật về dẫn dắt.\n"
        "Ông cho rằng tôn giáo luyện cho con người lòng từ bi.\n"
    )
    assert found_in_text(tmp_path, text, "T308") == [
        ("T308", "ngư thuyền", "tàu cá"),
        ("T308", "giáo luyện", "huấn luyện viên"),
    ]


def test_wake_up_call_and_elephant_in_the_room(tmp_path: Path) -> None:
    """T308 (en_idiom_calques.tsv): 'a wake-up call' and 'the elephant in the room' rendered word for word, in
    sentences not in the set; a hotel's wake-up call, the idiom quoted as a borrowed phrase, and a circus elephant
    stay quiet."""
    text = (
        "Trận thua là cuộc gọi đánh thức cho cả đội.\n"
        "Nợ xấu là con voi trong phòng mà ngân hàng không muốn nói tới.\n"
        "Khách sạn có dịch vụ cuộc gọi đánh thức lúc 6 giờ sáng.\n"
        'Chuyên gia gọi nợ xấu là "con voi trong phòng" của ngành ngân hàng.\n'
        "Trong rạp xiếc, con voi trong phòng chờ được cho ăn.\n"
    )
    assert found_in_text(tmp_path, text, "T308") == [
        ("T308", "cuộc gọi đánh thức", "lời cảnh tỉnh"),
        ("T308", "con voi trong phòng", "vấn đề hiển nhiên bị né tránh"),
    ]


def test_volleyball_bodies_and_the_sco_by_their_chinese_names(tmp_path: Path) -> None:
    """C107 (organisations.tsv): 上合组织 'Thượng Hợp Tổ chức', 国际排联 'Quốc tế Bài liên', 亚排联 'Á Bài liên' and the
    full 亚洲排球联合会 in Chinese word order, in sentences not in the set."""
    text = (
        "Hai nước phối hợp trong khuôn khổ Thượng Hợp Tổ chức và ASEAN.\n"
        "Ông Lê Hải được Quốc tế Bài liên trao huy hiệu; Á Bài liên họp tại Bangkok.\n"
        "Đội tuyển sẽ dự giải do Á Châu Bài Cầu Liên Hợp Hội tổ chức.\n"
    )
    assert found_in_text(tmp_path, text, "C107") == [
        ("C107", "Thượng Hợp Tổ chức", "Tổ chức Hợp tác Thượng Hải (SCO)"),
        ("C107", "Quốc tế Bài liên", "Liên đoàn Bóng chuyền Quốc tế (FIVB)"),
        ("C107", "Á Bài liên", "Liên đoàn Bóng chuyền châu Á (AVC)"),
        ("C107", "Á Châu Bài Cầu Liên Hợp Hội", "Liên đoàn Bóng chuyền châu Á (AVC)"),
    ]


def test_bangladesh_spelled_two_ways(tmp_path: Path) -> None:
    """T201: the old transliteration 'Băng-la-đét' beside 'Bangladesh' (countries.curated.tsv); other sentences
    than the set's; one form alone stays quiet."""
    both = "Bangladesh và Việt Nam ký ba văn kiện. Bangladesh mua thêm gạo.\nĐoàn Băng-la-đét đến Hà Nội.\n"
    assert found_in_text(tmp_path, both, "T201") == [("T201", "Băng-la-đét", "Bangladesh")]
    assert found_in_text(tmp_path, "Đoàn Băng-la-đét đến Hà Nội.\nBăng-la-đét mua gạo.\n", "T201") == []


def test_former_minister_of_a_merged_ministry(tmp_path: Path) -> None:
    """N103 (people.tsv): Đặng Quốc Khánh, Minister of Natural Resources and Environment from May 2023 to August 2024;
    in a story of 2025 he is a former minister named as the current one; in one of 2023 he was in office."""
    later = (
        "Hà Nội, 3/3/2025 - Hội thảo về nước ngầm.\nBộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh phát biểu.\n"
    )
    earlier = (
        "Hà Nội, 3/10/2023 - Hội thảo về nước ngầm.\nBộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh phát biểu.\n"
    )
    assert found_in_text(tmp_path, later, "N103") == [
        (
            "N103",
            "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh",
            "Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Đức Duy",
        )
    ]
    assert found_in_text(tmp_path, earlier, "N103") == []
