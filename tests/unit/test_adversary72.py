"""The seventy-second adversary held-out set (tests/data/adversary72): plain-text news pages machine-translated through
Chinese on beats no set centred on (an influenza season and vaccines, university admissions and foreign scholarships,
offshore wind and LNG with foreign investors and ministers, foreign arrivals and the e-visa policy) and one
human-written library page that must stay quiet, each with the page chrome around it, every line annotated chrome or
article. Written and annotated before the tool ran on it (77a2c5d3); the blind figures are the floor; README says
what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary72"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

_FLU = "01_mua_cum_vac_xin_bach_mai.txt"
_EXAM = "02_tuyen_sinh_hoc_bong_dai_hoc_nuoc_ngoai.txt"
_ENERGY = "03_dien_gio_ngoai_khoi_lng_nha_dau_tu.txt"
_VISA = "04_khach_quoc_te_thi_thuc_dien_tu.txt"

# Blind (data at 77a2c5d3; main at 66662cdb, this branch's base): 49 of 70 found, 49 with the accepted fix; these 21
# were missed:
BLIND_MISSES = {
    f"{_FLU}: T308 'hoạn giả'",
    f"{_FLU}: T308 'biểu thị'",
    f"{_FLU}: C107 'Thế giới Vệ sinh Tổ chức'",
    f"{_FLU}: T307 '20 vạn'",
    f"{_FLU}: C101 'Hàn Quốc'",
    f"{_FLU}: T101 'Vũ Minh Khanh'",
    f"{_EXAM}: N103 'Phạm Ngọc Thương'",
    f"{_EXAM}: T308 'tưởng học kim'",
    f"{_EXAM}: L101 'deadline'",
    f"{_EXAM}: N109 'Liu Honglin'",
    f"{_ENERGY}: C107 'Ốc Húc'",
    f"{_ENERGY}: T308 'hải thượng phong điện'",
    f"{_ENERGY}: C101 'Thái Lan'",
    f"{_ENERGY}: N108 'Chize Liangzheng'",
    f"{_ENERGY}: T308 'điện xưởng'",
    f"{_VISA}: T308 'điện tử thiêm chứng'",
    f"{_VISA}: L103 '出入境管理局'",
    f"{_VISA}: T308 'miễn thiêm'",
    f"{_VISA}: C107 'Đại Hàn Hàng Không'",
    f"{_VISA}: L101 'peak season'",
    f"{_VISA}: C104 'Hạ Long Loan'",
}
# After this branch's fixes (README): 65 of 70 found, 65 with the accepted fix; these 5 are left.
AFTER_MISSES = {
    f"{_FLU}: T101 'Vũ Minh Khanh'",
    f"{_EXAM}: N103 'Phạm Ngọc Thương'",
    f"{_EXAM}: L101 'deadline'",
    f"{_VISA}: L103 '出入境管理局'",
    f"{_VISA}: L101 'peak season'",
}
# Outside the planted pairs, blind: T201 on 'Đại Hàn' inside Korean Air's Hán-Việt name (planted as C107).
BLIND_EXTRAS = {(_VISA, "T201", "Đại Hàn")}
AFTER_EXTRAS = BLIND_EXTRAS
# Chrome read as article, blind: four mastheads (a name in capitals with a tagline after a dash or a bar), two
# service bars, a product box, a call-back invitation, a visa-service invitation, a byline with the update time and
# the editor, two company footers with an address.
BLIND_CHROME_AS_ARTICLE = {
    _FLU: [
        "NHÀ THUỐC MINH TÂM 365 — Góc sức khỏe",
        "Tìm nhà thuốc gần bạn | Tư vấn dược sĩ 1800 6xxx (miễn phí) | Giao thuốc trong 2 giờ",
        "Sản phẩm gợi ý: Khẩu trang y tế 4 lớp | Nhiệt kế điện tử | Viên ngậm họng thảo dược",
    ],
    _EXAM: [
        "EDULINK DU HỌC TOÀN CẦU | Tư vấn du học – Học bổng – Luyện thi chứng chỉ",
        "Đăng ký tư vấn miễn phí: 0912 xxx xxx | Văn phòng Hà Nội – Đà Nẵng – TP.HCM",
        "Bạn muốn săn học bổng 2026? Để lại số điện thoại, chuyên viên EduLink sẽ gọi lại trong 24 giờ.",
    ],
    _ENERGY: [
        "CHỨNG KHOÁN PHƯƠNG NAM — Trung tâm Phân tích & Tư vấn đầu tư",
        "Công ty Cổ phần Chứng khoán Phương Nam – Tầng 9, 22 Lý Thường Kiệt, Hà Nội",
    ],
    _VISA: [
        "VISA VIỆT ĐÔNG — Dịch vụ thị thực & hộ chiếu trọn gói",
        "Cập nhật lúc 16:20 ngày 18/12/2025 – Biên tập: Minh Thư",
        "Bạn cần làm visa nhanh? Gửi hồ sơ qua Zalo 09xx xxx xxx, nhận kết quả sau 3 ngày làm việc.",
        "Công ty TNHH Visa Việt Đông – 45 Nguyễn Thị Minh Khai, Quận 1, TP.HCM",
    ],
}
# After (boilerplate.tsv rows): none.
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the library page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 49 of 70 found, 49 with the accepted fix; after, 65 and 65."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 65 and fixed >= 65
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; twelve chrome lines of the four MT pages read as article; after,
    none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


# --- the fixes, on other sentences, names, places and companies (none of them in the set) ---


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_hospital_school_energy_and_visa_calques() -> None:
    """T308 (zh_calques.tsv): 患者 'hoạn giả', 奖学金 'tưởng học kim', 海上风电 'hải thượng phong điện', 电厂 'điện
    xưởng', 电子签证 'điện tử thiêm chứng', 签证 'thiêm chứng', 免签 'miễn thiêm', in sentences not in the set; the
    Vietnamese words that hold them stay quiet (Thủ Thiêm 'chứng kiến', a workshop's power, a name and a call)."""
    text = (
        "Khoa Nhi tiếp nhận 30 hoạn giả sốt xuất huyết. Quỹ trao 40 suất tưởng học kim cho sinh viên nghèo. Dự án "
        "hải thượng phong điện ở Cà Mau khởi công. Hai điện xưởng than ở Quảng Ninh tạm dừng. Hệ thống điện tử "
        "thiêm chứng mới được nâng cấp. Anh ấy xin thiêm chứng tại sứ quán. Chile nằm trong danh sách miễn thiêm."
    )
    assert _found(text, "T308") == [
        ("hoạn giả", "bệnh nhân"),
        ("tưởng học kim", "học bổng"),
        ("hải thượng phong điện", "điện gió ngoài khơi"),
        ("điện xưởng", "nhà máy điện"),
        ("điện tử thiêm chứng", "thị thực điện tử"),
        ("thiêm chứng", "thị thực"),
        ("miễn thiêm", "miễn thị thực"),
    ]
    quiet = (
        "Khu đô thị Thủ Thiêm chứng kiến nhiều thay đổi.\nCơn bão làm mất điện xưởng may suốt hai ngày.\n"
        "Tiền điện xưởng sản xuất tăng mạnh.\nAnh Phong điện về nhà báo tin vui.\nHọc sinh nhận học bổng toàn phần."
    )
    assert _found(quiet, "T308") == []


def test_said_after_a_named_person_and_an_apposition() -> None:
    """T308: 'biểu thị' (表示) after a person named and an apposition opening on an office, closed by a comma, is
    'said' though no tense word follows (the set had 'Bác sĩ …, Trưởng khoa …, biểu thị hầu hết …'); tried on other
    people and offices. A stance noun after it, a thing before the apposition and a lowercase role stay quiet."""
    said = (
        "Kỹ sư Lâm Quốc Bảo, Giám đốc dự án cầu Rạch Miễu 3, biểu thị công trình đã vượt tiến độ.\n"
        "Luật sư Đinh Hải, đại diện bị đơn, biểu thị thân chủ không đồng ý hòa giải.\n"
    )
    assert [t for t, _ in _found(said, "T308")] == ["biểu thị", "biểu thị"]
    quiet = (
        "Ông Trần Văn Nam, Giám đốc Sở Tài chính, biểu thị sự đồng tình với đề xuất.\n"
        "Bà Lê Thu, Chủ tịch Hội Nông dân xã, biểu thị đồng tình với kế hoạch.\n"
        "Đường màu đỏ, theo chú giải của tác giả, biểu thị vùng có mưa lớn.\n"
        "Mũi tên, giám đốc Lan giải thích, biểu thị hướng đi của hàng hóa.\n"
    )
    assert _found(quiet, "T308") == []


def test_world_bodies_and_companies_by_their_chinese_names() -> None:
    """C107: the WHO's, WTO's and IMF's full Chinese names read in Hán-Việt in Chinese word order (世界卫生组织,
    世界贸易组织, 国际货币基金组织; the set had the WHO's), Ørsted 沃旭 after a company word, Vestas 维斯塔斯 and
    Korean Air 大韩航空, in sentences not in the set; 'Ốc Húc' as a person's name, with no company word, stays
    quiet."""
    text = (
        "Việt Nam gia nhập Thế giới Mậu dịch Tổ chức năm 2007. Quốc tế Hóa tệ Cơ kim Tổ chức dự báo tăng trưởng 6,5%. "
        "Theo Thế Giới Vệ Sinh Tổ Chức, bệnh sởi đang tăng. Công ty Ốc Húc rút khỏi dự án ở Đài Loan. Duy Tư Tháp "
        "Tư giao 40 tua-bin. Chuyến bay của Đại Hàn Hàng Không hạ cánh ở Nội Bài."
    )
    assert _found(text, "C107") == [
        ("Thế giới Mậu dịch Tổ chức", "Tổ chức Thương mại Thế giới (WTO)"),
        ("Quốc tế Hóa tệ Cơ kim Tổ chức", "Quỹ Tiền tệ Quốc tế (IMF)"),
        ("Thế Giới Vệ Sinh Tổ Chức", "WHO"),
        ("Ốc Húc", "Ørsted"),
        ("Duy Tư Tháp Tư", "Vestas"),
        ("Đại Hàn Hàng Không", "Korean Air"),
    ]
    assert _found("Bà Ốc Húc bán rau ở chợ Đông Ba.", "C107") == []


def test_bays_named_the_chinese_way() -> None:
    """C104: '…湾' read with the bay word after the name ('Cam Ranh Loan' 金兰湾, 'Nha Trang Loan' 芽庄湾; the set had
    Hạ Long's); Vietnamese writes 'vịnh' first. 'Loan' as a woman's given name stays quiet."""
    text = "Tàu hải quân neo ở Cam Ranh Loan. Du khách lặn biển ở Nha Trang Loan."
    assert [t for t, _ in _found(text, "C104")] == ["Cam Ranh Loan", "Nha Trang Loan"]
    quiet = "Chị Trần Thị Loan ở Nha Trang; vịnh Cam Ranh và vịnh Hạ Long đón nhiều du khách."
    assert _found(quiet, "C104") == []


def test_myriads_of_doses_candidates_and_passengers() -> None:
    """T307: 'vạn' before the counts of health, school and travel news ('20 vạn liều' in the set; here doses,
    candidates, passengers, places and applications); the history's soldiers and the Vietnamese form stay quiet."""
    text = "Nhật Bản tặng 35 vạn liều vắc xin. Có 12 vạn thí sinh, 8 vạn hành khách, 3 vạn suất ăn và 5 vạn hồ sơ."
    assert [t for t, _ in _found(text, "T307")] == ["35 vạn", "12 vạn", "8 vạn", "3 vạn", "5 vạn"]
    assert _found("Năm 1789, vua Quang Trung đem 10 vạn quân ra Bắc; 350.000 liều vắc xin đã về.", "T307") == []


def test_japans_trade_minister_and_seouls_university_president_in_pinyin() -> None:
    """N108 with Akazawa Ryosei (赤泽亮正, Japan's trade minister from 21/10/2025) and N109 with Ryu Hong-lim (柳弘林,
    Seoul National University's president; in a Korean frame) in the tables, in sentences not in the set; their
    names as the press writes them stay quiet."""
    text = (
        "Ông Chize Liangzheng thăm nhà máy pin ở Bắc Ninh.\n"
        "Giáo sư Liu Honglin của trường đại học hàng đầu Hàn Quốc phát biểu ở Đà Nẵng.\n"
    )
    assert _found(text, "N108") == [("Chize Liangzheng", "Akazawa Ryosei")]
    assert _found(text, "N109") == [("Liu Honglin", "Ryu Hong-lim")]
    quiet = "Bộ trưởng Akazawa Ryosei và Giáo sư Ryu Hong-lim dự hội nghị ở Tokyo."
    assert _found(quiet, "N108") == [] and _found(quiet, "N109") == []


def test_chrome_lines_of_the_new_outlets(tmp_path: Path) -> None:
    """boilerplate.tsv: a name in capitals with its tagline after a dash or a bar, a service bar with a telephone
    between bars, a call to sign up with a telephone, a product box, a call-back invitation, a company's street
    address at the foot, an update time with its editor. Tried on lines not in the set (other shops, services,
    numbers and addresses); article lines with the same words, a headline with a dash and a sentence naming a
    company's street stay article."""
    page = tmp_path / "page.txt"
    page.write_text(
        "KÍNH MẮT ÁNH DƯƠNG — Góc tư vấn thị lực\n"
        "XE DU LỊCH BẮC NAM | Dịch vụ thuê xe – Đưa đón sân bay\n"
        "Đặt lịch khám mắt | Tư vấn miễn phí 1900 5xxx | Giao kính tận nhà\n"
        "Đăng ký khám miễn phí: 0236 3xxx xxx | Cơ sở Đà Nẵng – Huế\n"
        "HÀ NỘI — mùa đông đến sớm\n"
        "Hà Nội, 3/3/2026 - Nhiều học sinh phải đeo kính vì dùng điện thoại quá nhiều, theo tư vấn của bác sĩ.\n"
        "Công ty TNHH Ánh Dương – 12 Lê Lợi, Huế đã tặng 500 cặp kính cho học sinh vùng cao.\n"
        "Bạn cần tư vấn thêm? Hãy hỏi bác sĩ mắt tại cơ sở y tế gần nhất.\n"
        "Sản phẩm liên quan: Kính chống ánh sáng xanh | Nước nhỏ mắt | Khăn lau kính\n"
        "Bạn muốn đặt lịch khám? Nhắn tin Zalo 09xx xxx xxx, nhân viên sẽ xác nhận trong 30 phút.\n"
        "Cập nhật ngày 3/3/2026 lúc 9:15 | Người viết: Thanh Hương\n"
        "Công ty Cổ phần Kính mắt Ánh Dương – Số 8 Trần Phú, phường Hải Châu, TP. Đà Nẵng\n",
        encoding="utf-8",
    )
    article = {
        "HÀ NỘI — mùa đông đến sớm",
        "Hà Nội, 3/3/2026 - Nhiều học sinh phải đeo kính vì dùng điện thoại quá nhiều, theo tư vấn của bác sĩ.",
        "Công ty TNHH Ánh Dương – 12 Lê Lợi, Huế đã tặng 500 cặp kính cho học sinh vùng cao.",
        "Bạn cần tư vấn thêm? Hãy hỏi bác sĩ mắt tại cơ sở y tế gần nhất.",
    }
    lines = page.read_text(encoding="utf-8").splitlines()
    notes = {"lines": [["A" if t in article else "C", t] for t in lines]}
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []


def test_ambassador_posted_to_a_country_the_story_names_nowhere_else() -> None:
    """C101: 'Đại sứ Hàn Quốc tại Indonesia' in a Vietnamese story of Việt Nam and Korea that names Indonesia nowhere
    else is the ambassador to Việt Nam (驻越南/驻我国大使; the set had Japan's envoy 'tại Hàn Quốc' and Denmark's 'tại
    Thái Lan'). Quiet: Việt Nam's own ambassador abroad, a host the story names again, an envoy's sentence naming a
    third country, a story of no Vietnamese place."""
    wrong = (
        "Hà Nội, 4/3/2026 - Việt Nam và Hàn Quốc ký thỏa thuận hợp tác y tế.\n"
        "Hàn Quốc sẽ cử 20 bác sĩ sang hỗ trợ các bệnh viện tuyến tỉnh.\n"
        "Đại sứ Hàn Quốc tại Indonesia Choi Young-sam dự lễ ký.\n"
    )
    assert _found(wrong, "C101") == [("Indonesia", "Việt Nam")]
    quiet = (
        "Hà Nội, 4/3/2026 - Việt Nam và Hàn Quốc ký thỏa thuận hợp tác y tế.\n"
        "Hàn Quốc sẽ cử 20 bác sĩ sang hỗ trợ các bệnh viện tuyến tỉnh.\n"
        "Đại sứ Việt Nam tại Indonesia cũng gửi thư chúc mừng.\n"
    )
    assert _found(quiet, "C101") == []
    again = wrong + "Indonesia cũng đang đàm phán một thỏa thuận tương tự với Hàn Quốc.\n"
    assert _found(again, "C101") == []
    third = wrong.replace("Choi Young-sam dự lễ ký", "nói quan hệ Hàn Quốc và Úc cũng phát triển")
    assert _found(third, "C101") == []
    abroad = (
        "Jakarta, 4/3/2026 - Hàn Quốc và Malaysia ký thỏa thuận hợp tác y tế.\n"
        "Hàn Quốc sẽ cử 20 bác sĩ sang Malaysia.\nĐại sứ Hàn Quốc tại Indonesia dự lễ ký.\n"
    )
    assert _found(abroad, "C101") == []
