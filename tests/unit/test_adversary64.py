"""The sixty-fourth adversary held-out set (tests/data/adversary64), the round's closing blind measurement: plain-text
news pages machine-translated through Chinese on mixed beats no set centred on (the National Assembly Chairman's
visit to Spain, a Lạch Huyện container-terminal deal signed with a Greek group in Piraeus, Vietnam Culture Days in
the Netherlands, fresh durian let into Australia) and one human-written port page that must stay quiet, each with the
page chrome around it, every line annotated chrome or article. Written and annotated before the tool ran on it; the
blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, found_in_text, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary64"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 611f985; main at 18eef23, this branch's base, and at 8b66086 alike): 50 of 69 found, 49 with the
# accepted fix; with the annotation slips corrected after the run (no text changed; d590554: N103's span on a past
# holder is title, country and name, as documented, F107's the whole listed ending; then F106's the first two words,
# as adversary52 annotates 'ông Turchin'), 52 and 51. These 17 were missed:
BLIND_MISSES = {
    "01_chu_tich_quoc_hoi_tham_tay_ban_nha.txt: T308 'nguyện ý'",
    "01_chu_tich_quoc_hoi_tham_tay_ban_nha.txt: N102 'Phí Lợi Bội Lục Thế'",
    "02_ben_container_lach_huyen_hy_lap.txt: C106 'Bileiaifusi'",
    "02_ben_container_lach_huyen_hy_lap.txt: C106 'Xila'",
    "02_ben_container_lach_huyen_hy_lap.txt: T308 'biểu thị'",
    "02_ben_container_lach_huyen_hy_lap.txt: L101 'green port'",
    "02_ben_container_lach_huyen_hy_lap.txt: C101 'Trung Quốc'",
    "02_ben_container_lach_huyen_hy_lap.txt: C102 'Việt Hy'",
    "02_ben_container_lach_huyen_hy_lap.txt: F112 'năm 2028 năm 2028'",
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt: C106 'Lutedan'",
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt: L101 'street food'",
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt: F107 'quan tâm đến'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: C103 'Áo phương'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: C101 'Trung Quốc'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: N103 'Thủ tướng Úc Scott Morrison'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: N104 'Julie'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: C108 'Úc'",
}
# After this branch's fixes (README): 61 of 69 found, 60 with the accepted fix.
AFTER_MISSES = BLIND_MISSES - {
    "02_ben_container_lach_huyen_hy_lap.txt: C106 'Bileiaifusi'",
    "02_ben_container_lach_huyen_hy_lap.txt: C106 'Xila'",
    "02_ben_container_lach_huyen_hy_lap.txt: T308 'biểu thị'",
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt: C106 'Lutedan'",
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt: F107 'quan tâm đến'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: C103 'Áo phương'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: N103 'Thủ tướng Úc Scott Morrison'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: N104 'Julie'",
    "01_chu_tich_quoc_hoi_tham_tay_ban_nha.txt: N102 'Phí Lợi Bội Lục Thế'",
}
# Round 20 (misses20): T308 reads 愿意 'nguyện ý' (zh_calques.tsv) and C108 a fronted apposition 'Là thành viên của
# ASEAN, Úc …', and F112 a phrase with a number written twice ('năm 2028 năm 2028'): 64 of 69 found, 63 with the
# accepted fix. The 5 left:
MISSES20_MISSES = AFTER_MISSES - {
    "01_chu_tich_quoc_hoi_tham_tay_ban_nha.txt: T308 'nguyện ý'",
    "04_sau_rieng_xuat_khau_sang_uc.txt: C108 'Úc'",
    "02_ben_container_lach_huyen_hy_lap.txt: F112 'năm 2028 năm 2028'",
}
# Outside the planted pairs: none, blind (with the corrected spans) and after.
BLIND_EXTRAS: set[tuple[str, str, str]] = set()
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: a reporter's line and a 'listen more' bar, a 'most read' heading with its two titles
# and the imprint under them, a poster's byline bar with its section, a caption credited with initials.
BLIND_CHROME_AS_ARTICLE = {
    "01_chu_tich_quoc_hoi_tham_tay_ban_nha.txt": [
        "Phóng viên thường trú tại châu Âu: Hải Minh",
        "Nghe thêm: Bản tin thời sự 6:00 | Bản tin thời sự 12:00",
    ],
    "02_ben_container_lach_huyen_hy_lap.txt": [
        "Đọc nhiều trong tuần",
        "Sản lượng container qua cảng biển Việt Nam tăng 12%",
        "Cái Mép - Thị Vải đón tàu 24.000 TEU",
        "Tạp chí Cảng & Logistics. Giấy phép hoạt động báo chí điện tử số xxx/GP-BTTTT. Tòa soạn: Hải Phòng.",
    ],
    "03_ngay_van_hoa_viet_nam_tai_ha_lan.txt": ["Đăng bởi Ban Biên tập lúc 22:47, 14/09/2025 — Chuyên mục: Văn hóa"],
    "04_sau_rieng_xuat_khau_sang_uc.txt": ["Sầu riêng Ri6 được đóng gói tại một cơ sở ở Tiền Giang. Ảnh: M.K."],
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
    """Blind: 50 of 69 found, 49 with the accepted fix (52 and 51 with the corrected annotations); after, 61 and 60;
    after round 20's (misses20) 64 and 63."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 64 and fixed >= 63
    assert set(missed) <= MISSES20_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - MISSES20_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; eight chrome lines of four pages read as article; after, none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_chrome_lines_of_the_new_outlets(tmp_path: Path) -> None:
    """boilerplate.tsv: a resident reporter's line with his post before the colon, a 'listen more' bar, a 'most read
    this week' heading with its box, a poster's byline with 'lúc' and the time, a caption credited with initials.
    Tried on lines not in the set (other names, posts, programmes, credits); article sentences that hold the same
    words stay article."""
    page = tmp_path / "page.txt"
    page.write_text(
        "BẢN TIN MIỀN TRUNG\n"
        "Đăng bởi Quản trị viên lúc 07:15, 02/03/2026 — Chuyên mục: Xã hội\n"
        "Đà Nẵng mở thêm hai tuyến xe buýt ra sân bay\n"
        "Đà Nẵng, 2/3/2026 – Từ ngày 5/3, thành phố mở thêm hai tuyến xe buýt nối trung tâm với sân bay quốc tế.\n"
        "Xe buýt mới tại bến Hàm Nghi. Ảnh: T.L.\n"
        "Phóng viên thường trú tại Đà Nẵng cho biết lượng khách tăng mạnh dịp cuối tuần.\n"
        "Mỗi ngày có 48 chuyến, giá vé 10.000 đồng/lượt; người dân có thể nghe thêm thông tin qua tổng đài.\n"
        "Phóng viên thường trú ở miền Trung: Lê Văn Tâm\n"
        "Nghe thêm: Thời sự sáng | Thời sự trưa | Thời sự tối\n"
        "Xem nhiều trong tháng\n"
        "Giá xăng giảm lần thứ ba liên tiếp\n",
        encoding="utf-8",
    )
    article = {
        "Đà Nẵng mở thêm hai tuyến xe buýt ra sân bay",
        "Đà Nẵng, 2/3/2026 – Từ ngày 5/3, thành phố mở thêm hai tuyến xe buýt nối trung tâm với sân bay quốc tế.",
        "Phóng viên thường trú tại Đà Nẵng cho biết lượng khách tăng mạnh dịp cuối tuần.",
        "Mỗi ngày có 48 chuyến, giá vé 10.000 đồng/lượt; người dân có thể nghe thêm thông tin qua tổng đài.",
    }
    lines = page.read_text(encoding="utf-8").splitlines()
    notes = {"lines": [["A" if t in article else "C", t] for t in lines]}
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []


def test_australia_side_read_ao(tmp_path: Path) -> None:
    """C103: 澳, Australia's abbreviation, reads 'Áo' in Hán-Việt too (澳門 'Áo Môn'), so 澳方 comes out 'Áo
    phương'; the article's countries tell it from Austria's 'Áo'. Tried on other sentences than the set's: an
    Australia story is told 'phía Australia', an Austria story 'phía Áo', one naming neither stays quiet."""
    australia = "Bò Úc nhập khẩu vào Việt Nam tăng mạnh\nÁo phương đề nghị nới điều kiện kiểm dịch với thịt bò.\n"
    austria = "Việt Nam và Áo ký hiệp định về đào tạo nghề\nÁo phương cam kết cấp học bổng cho sinh viên Việt Nam.\n"
    neither = "Giá lúa gạo tăng nhẹ trong tuần\nÁo phương cam kết sẽ mua thêm gạo Việt Nam.\n"
    assert found_in_text(tmp_path, australia, "C103") == [("C103", "Áo phương", "Phía Australia")]
    assert found_in_text(tmp_path, austria, "C103") == [("C103", "Áo phương", "Phía Áo")]
    assert found_in_text(tmp_path, neither, "C103") == []


def test_short_country_pinyin_after_a_possessor(tmp_path: Path) -> None:
    """C106: a country's pinyin of four letters after 'của'/'với' counts where the article names the country in
    Vietnamese more often (巴西 'Baxi' in a Brazil story); tried on another country than the set's Greece. Where the
    article never names Brazil, 'của Baxi' may be a brand or a person's name: quiet."""
    brazil = (
        "Việt Nam và Brazil ký thỏa thuận về cà phê.\nMột tập đoàn của Baxi đã mua 20.000 tấn cà phê Robusta.\n"
        "Brazil là nước sản xuất cà phê lớn nhất thế giới.\n"
    )
    brand = "Sản phẩm mới của Baxi được bán tại Đà Nẵng.\nCông ty cho biết doanh thu tăng 12%.\n"
    assert found_in_text(tmp_path, brazil, "C106") == [("C106", "Baxi", "Brazil")]
    assert found_in_text(tmp_path, brand, "C106") == []


def test_port_cities_in_pinyin(tmp_path: Path) -> None:
    """C106: Rotterdam (鹿特丹 'Lutedan') and Piraeus (比雷埃夫斯 'Bileiaifusi') are in the city table; tried on
    sentences not in the set; a city's pinyin counts after a place word only ('hãng Lutedan' is quiet)."""
    text = (
        "Chuyến tàu đầu tiên chở gạo Việt Nam đã cập cảng Lutedan.\nHàng hóa được chuyển tiếp từ Bileiaifusi sang.\n"
        "Hãng Lutedan cũng tham gia hội chợ.\n"
    )
    assert found_in_text(tmp_path, text, "C106") == [
        ("C106", "Lutedan", "Rotterdam"),
        ("C106", "Bileiaifusi", "Piraeus"),
    ]


def test_speech_verb_before_a_reported_clause(tmp_path: Path) -> None:
    """T308: 表示 before a reported clause, no comma ('Thống đốc biểu thị lãi suất sẽ …'); tried on other speakers and
    sentences. A noun of stance after it ('biểu thị sự đồng tình') is Vietnamese: quiet."""
    text = (
        "Thống đốc Nguyễn Thị Hồng biểu thị lãi suất cho vay sẽ tiếp tục giảm.\n"
        "Bà Hồng biểu thị sự đồng tình và sẽ báo cáo Chính phủ.\n"
    )
    assert found_in_text(tmp_path, text, "T308") == [("T308", "biểu thị", "cho biết")]


def test_past_prime_minister_and_the_agriculture_minister(tmp_path: Path) -> None:
    """N103 and N104 with Scott Morrison (Australia's prime minister 2018-2022) and Julie Collins (its agriculture
    minister) in the tables; tried on sentences not in the set: Morrison under the bare title in a story of 2026 is
    a former holder named as the current one, 'cựu Thủ tướng' is right; 'Bộ trưởng Julie' drops her surname."""
    text = (
        "Canberra, 4/3/2026 - Đoàn doanh nghiệp Việt Nam làm việc tại Australia.\n"
        "Thủ tướng Úc Scott Morrison tiếp đoàn tại thủ đô.\n"
        "Cựu Thủ tướng Úc Scott Morrison cũng dự buổi gặp.\n"
        "Bộ trưởng Nông nghiệp Úc Julie Collins nói về xuất khẩu lúa mì; Bộ trưởng Julie cho biết thêm về giá.\n"
    )
    assert found_in_text(tmp_path, text, "N103") == [
        ("N103", "Thủ tướng Úc Scott Morrison", "Thủ tướng Úc Anthony Albanese")
    ]
    assert found_in_text(tmp_path, text, "N104") == [("N104", "Julie", "Julie Collins")]


def test_cut_attention_verb(tmp_path: Path) -> None:
    """F107: 'quan tâm đến/tới' and 'đề cập đến/tới' need their topic; a fronted topic ('mà …', 'được …') keeps the
    ending. Other sentences than the set's."""
    text = (
        "Thủ tướng thăm trường. Báo cáo của bộ đã đề cập tới.\n"
        "Đây là điều mà nhiều phụ huynh quan tâm đến.\n"
        "Chủ đề này đã được báo chí đề cập đến.\n"
    )
    assert found_in_text(tmp_path, text, "F107") == [("F107", "đề cập tới", None)]


def test_monarch_with_his_regnal_number_in_han_viet(tmp_path: Path) -> None:
    """N102: a Western monarch's Chinese name read in Hán-Việt with the regnal number after it (卡尔三世 'Tạp Nhĩ Tam
    Thế', Charles III; the set's is Felipe VI): the name is judged without the number, which the span takes in.
    Tried on another monarch than the set's; a Chinese emperor's 'Tần Nhị Thế' and a Vietnamese name stay quiet."""
    text = (
        "Quốc vương Tạp Nhĩ Tam Thế tiếp Chủ tịch nước tại London.\n"
        "Tần Nhị Thế lên ngôi năm 210 trước Công nguyên.\n"
        "Ông Nguyễn Văn Nhất Thế dự lễ khánh thành.\n"
    )
    assert found_in_text(tmp_path, text, "N102") == [("N102", "Tạp Nhĩ Tam Thế", None)]
