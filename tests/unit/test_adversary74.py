"""The seventy-fourth adversary held-out set (tests/data/adversary74): round 21's closing blind measurement, mixed MT
in record formats and pages: an XLIFF 2.0 file of 40 units with a Chinese source (a customs and logistics bulletin), a
PO file of 31 entries translated from English (a news app's widget), and two plain-text pages through Chinese with
chrome (a provincial party congress and its personnel; labour export, as a forum thread); a human job-fair page of a
vocational college must stay quiet. Written and annotated before the tool ran on it (343006a7; three annotation slips
corrected after the run at 7e4ea9b4, no text changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, run_pairs, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary74"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".xlf", ".po", ".txt"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_XLF = "01_ban_tin_hai_quan_logistics.xlf"
_PO = "02_tien_ich_tin_tuc.vi.po"
_CONGRESS = "03_dai_hoi_dang_bo_tinh.txt"
_LABOUR = "04_xuat_khau_lao_dong_9_thang.txt"

# Blind (data at 343006a7, annotations as corrected at 7e4ea9b4; main at 36030d1b, this branch's base): 53 of 70 found,
# 48 with the accepted fix (50 and 46 as first annotated); these 17 were missed:
BLIND_MISSES = {
    f"{_XLF}: T308 'tập trang tương'",
    f"{_XLF}: T308 'khẩu ngạn'",
    f"{_XLF}: T308 'vật lưu'",
    f"{_XLF}: C107 'Trung Viễn Hải Vận'",
    f"{_XLF}: C107 'Thế Mậu Tổ chức'",
    f"{_XLF}: A104 'Chi tiết xin truy cập trang www.customs.gov.vn.'",
    f"{_XLF}: C102 'Zhong-Lao'",
    f"{_XLF}: C106 'Hu Zhiming Shi'",
    f"{_PO}: L101 'Settings'",
    f"{_PO}: L102 'Privacy policy updated on %s'",
    f"{_CONGRESS}: N105 'Tỉnh ủy Thư ký'",
    f"{_CONGRESS}: T308 'lãnh đạo ban tử'",
    f"{_CONGRESS}: T101 'Trần Quốc Hung'",
    f"{_CONGRESS}: C101 'Trung Quốc'",
    f"{_LABOUR}: C101 'Trung Quốc'",
    f"{_LABOUR}: T308 'phí dụng'",
    f"{_LABOUR}: C106 'Gaoxiong'",
}
# After this branch's fixes (README): 65 of 70 found, 60 with the accepted fix; after misses23's (T101 a last syllable
# stripped of its marks, C106 Kaohsiung in the city table) 67 and 62: these 3 are left.
AFTER_MISSES = {
    f"{_PO}: L101 'Settings'",
    f"{_PO}: L102 'Privacy policy updated on %s'",
    f"{_LABOUR}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: A102 on the unit whose hotline '1900 9299' the target drops (planted as A104: the
# phone is found, by the other rule), and 'Hu Zhiming' (C106, the person's name the city is named for) with N101 on
# 'Hu Zhiming Shi' (胡志明市, planted as C106 on the whole). After: none.
BLIND_EXTRAS = {
    (_XLF, "A102", "Chi tiết xin truy cập trang www.customs.gov.vn."),
    (_XLF, "C106", "Hu Zhiming"),
    (_XLF, "N101", "Hu Zhiming Shi"),
}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()
# Chrome read as article, blind: a forum's related-threads line, a school page's 'Tin khác' line and its contact line
# (a phone, then '| Email: …'). After (boilerplate.tsv rows): none.
BLIND_CHROME_AS_ARTICLE = {
    _LABOUR: ["Bài viết liên quan: Kinh nghiệm phỏng vấn đơn hàng thực phẩm | Chi phí đi Đài Loan 2025 hết bao nhiêu?"],
    "01_ngay_hoi_viec_lam_cao_dang.txt": [
        "Tin khác: Thông báo lịch thi kết thúc học phần học kỳ I | Kết quả Hội giảng giáo viên giỏi cấp trường năm "
        "2025",
        "Phòng Tuyển sinh – Quan hệ doanh nghiệp: (0208) 3xxx xxx | Email: tuyensinh@cdcntn.example",
    ],
}
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    assert (ADVERSARY / "mt" / _XLF).read_text(encoding="utf-8").count("<unit ") == 40
    assert (ADVERSARY / "mt" / _PO).read_text(encoding="utf-8").count("\nmsgid ") == 32  # the header and 31 entries


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the job-fair page (wages, vacancies, a recruiter and a student quoted)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 53 of 70 found, 48 with the accepted fix; after, 65 and 60; after misses23, 67 and 62."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 67 and fixed >= 62
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; three chrome lines read as article; after, none."""
    for path in PAGES + CLEAN:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


# --- the fixes, on other sentences, names, places and companies (none of them in the set) ---


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_trade_party_and_labour_calques() -> None:
    """T308 (zh_calques.tsv): 集装箱 'tập trang tương', 口岸 'khẩu ngạn', 物流 'vật lưu', 领导班子 'lãnh đạo ban tử',
    费用 'phí dụng', in sentences not in the set; the Vietnamese words that hold them stay quiet (a souvenir, a kept
    object, the cost of tools)."""
    text = (
        "Chi phí vật lưu của doanh nghiệp Campuchia giảm. Hàng nghìn tập trang tương ùn ứ ở khẩu ngạn Móng Cái. "
        "Trung tâm thu phí dụng của học viên. Lãnh đạo ban tử của thành phố được kiện toàn."
    )
    assert _found(text, "T308") == [
        ("vật lưu", "logistics"),
        ("tập trang tương", "container"),
        ("khẩu ngạn", "cửa khẩu"),
        ("phí dụng", "chi phí"),
        ("Lãnh đạo ban tử", "Ban lãnh đạo"),
    ]
    quiet = (
        "Du khách mua vật lưu niệm ở chợ Đông Ba.\nCác hiện vật lưu giữ tại bảo tàng được số hóa.\n"
        "Chi phí dụng cụ học tập tăng mạnh.\nHàng hóa qua cửa khẩu Tân Thanh tăng; ban lãnh đạo công ty họp."
    )
    assert _found(quiet, "T308") == []


def test_shipping_lines_and_bodies_by_their_chinese_names() -> None:
    """C107: COSCO Shipping 中远海运 in pinyin and Hán-Việt, the WTO's and the SCO's short forms before 组织 in
    Hán-Việt (the set had the WTO's in one case and COSCO's Hán-Việt); the bodies' Vietnamese names stay quiet."""
    text = (
        "Hãng tàu Zhongyuanhaiyun mở tuyến mới đến cảng Lạch Huyện. Thượng Hợp Tổ chức họp tại Astana. "
        "Thế Mậu Tổ Chức hạ dự báo thương mại."
    )
    assert _found(text, "C107") == [
        ("Zhongyuanhaiyun", "COSCO Shipping"),
        ("Thượng Hợp Tổ chức", "Tổ chức Hợp tác Thượng Hải (SCO)"),
        ("Thế Mậu Tổ Chức", "Tổ chức Thương mại Thế giới (WTO)"),
    ]
    quiet = "Tổ chức Hợp tác Thượng Hải họp tại Astana; Tổ chức Thương mại Thế giới và hãng COSCO Shipping dự."
    assert _found(quiet, "C107") == []


def test_committee_secretary_in_the_chinese_order() -> None:
    """N105: 市委书记, 县委副书记 with the committee first ('Thành ủy Thư ký', 'Huyện ủy Phó Thư ký'; the set had a
    province's); a lowercase clerk's 'thư ký', an office and a secretary's title run on after 'Bí thư Tỉnh ủy' stay
    quiet."""
    text = "Ông Lý Văn Toàn được bầu làm Thành ủy Thư ký, bà Đỗ Thị Mai làm Huyện ủy Phó Thư ký."
    assert _found(text, "N105") == [
        ("Thành ủy Thư ký", "Bí thư Thành ủy"),
        ("Huyện ủy Phó Thư ký", "Phó Bí thư Huyện ủy"),
    ]
    quiet = (
        "Chánh Văn phòng Tỉnh ủy thư ký phiên họp.\nVăn phòng Thành ủy Thư ký hội nghị.\n"
        "Bí thư Thành ủy Cần Thơ dự họp; ông là thư ký của Bí thư Tỉnh ủy."
    )
    assert _found(quiet, "N105") == []


def test_a_city_with_shi_is_the_city() -> None:
    """C106: 胡志明市 in pinyin, spaced or joined, is TP Hồ Chí Minh (the set had it in an XLIFF unit); N101 leaves it
    to C106, but still reads the person's name ('Chủ tịch Hu Zhiming')."""
    text = "Giá nhà ở Huzhimingshi tăng mạnh; chuyến bay đến Hu Zhiming Shi bị hoãn."
    assert _found(text, "C106") == [
        ("Huzhimingshi", "Thành phố Hồ Chí Minh"),
        ("Hu Zhiming Shi", "Thành phố Hồ Chí Minh"),
    ]
    assert _found(text, "N101") == []
    assert _found("Chủ tịch Hu Zhiming đọc Tuyên ngôn Độc lập năm 1945.", "N101") == [("Hu Zhiming", "Hồ Chí Minh")]


def test_pinyin_pair_before_a_link_between_two_countries() -> None:
    """C102: a pinyin pair after 'đường sắt', 'đường ống', 'hành lang kinh tế' (中老铁路; the set had 'đường sắt
    Zhong-Lao') is two countries though the article names neither; a railway's English name stays quiet."""
    assert _found("Dự án đường ống Zhong-Mian đã vận hành ổn định.", "C102") == [("Zhong-Mian", "Trung Quốc – Myanmar")]
    assert _found("Tuyến đường sắt Trans-Asia và tàu Sino-Thai Express khai trương.", "C102") == []


def test_the_era_of_the_nations_rise_is_vietnams() -> None:
    """C101: the slogan 'kỷ nguyên vươn mình' said of 'Trung Quốc' (我国) in a Vietnamese story is Việt Nam's (the set
    had a provincial congress 'cùng Trung Quốc bước vào …'); China's own 'kỷ nguyên mới' and a sentence naming a
    Chinese city stay quiet."""
    text = "Hội nghị Thành ủy Đà Nẵng khẳng định quyết tâm góp phần đưa Trung Quốc vững bước vào kỷ nguyên vươn mình."
    assert _found(text, "C101") == [("Trung Quốc", "Việt Nam")]
    quiet = (
        "Ông Tập Cận Bình nói Trung Quốc bước vào kỷ nguyên mới của chủ nghĩa xã hội đặc sắc Trung Quốc.\n"
        "Bắc Kinh tuyên bố Trung Quốc bước vào kỷ nguyên vươn mình mạnh mẽ."
    )
    assert _found(quiet, "C101") == []


def test_a_dropped_service_number_is_a_lost_token() -> None:
    """A104: Việt Nam's toll-free and service numbers (1800/1900, 8 or 10 digits in groups) are phone numbers: one the
    translation drops is a lost token, not a lost number (A102; the set had '1900 9299' after a Chinese source); kept
    however grouped, or changed in a group (A101's), and a year before a number stay as they were."""
    assert run_pairs([("详情请致电 1800 588 822。", "Chi tiết xin gọi tổng đài.")], "A") == [
        ("A104", "Chi tiết xin gọi tổng đài.", None)
    ]
    assert run_pairs([("Call 1900 54 54 54 for help.", "Gọi 1900545454 để được hỗ trợ.")], "A") == []
    changed = ("Call the hotline 1900 1234 for help.", "Gọi đường dây nóng 1900 1243 để được hỗ trợ.")
    assert run_pairs([changed], "A") == [("A101", "1243", "1234")]
    assert run_pairs([("In 1900 1234 people lived here.", "Năm 1900 có 1234 người sống ở đây.")], "A") == []
