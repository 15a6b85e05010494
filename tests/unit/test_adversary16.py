"""The sixteenth adversary held-out set (tests/data/adversary16): a blind measurement in round 8.
Four files machine-translated through Chinese (the Mekong River Commission summit in Vientiane, WHO's dengue
figures and Takeda's vaccine, the Busan film festival, a Malaysia–Việt Nam qualifier saved from a sports site;
plain text, JSONL and HTML) and an English→Vietnamese press release and job notice with its source (XLIFF 1.2)
were written and annotated before the tool ran on them; two human-style news texts must stay free of findings.
The blind figures are the floor; the fixes made after the blind run (README: what changed and why) are kept
by the after-fix list of misses, and tested on sentences outside the set below."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary16"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "04_malaysia_viet_nam.html"

# Blind (main at 071bec8): 41 of 64 found, 39 with the accepted fix; these 23 were missed.
BLIND_MISSES = [
    "01_mrc_vieng_chan.txt: C106 'Wanxiang'",
    "01_mrc_vieng_chan.txt: C106 'Taiguo'",
    "01_mrc_vieng_chan.txt: T307 '6.500 vạn'",
    "01_mrc_vieng_chan.txt: L101 'water security'",
    "01_mrc_vieng_chan.txt: N103 'Lê Minh Hoàn'",
    "01_mrc_vieng_chan.txt: F107 'giữa'",
    "02_sot_xuat_huyet.jsonl: T307 '1.443 vạn'",
    "02_sot_xuat_huyet.jsonl: N102 'Đàm Đức Tái'",
    "02_sot_xuat_huyet.jsonl: C106 'Baxi'",
    "02_sot_xuat_huyet.jsonl: C107 'Vũ Điền'",
    "02_sot_xuat_huyet.jsonl: T101 'Bạch Thị Chinh'",
    "02_sot_xuat_huyet.jsonl: N103 'Đào Hồng Lam'",
    "03_lien_hoan_phim_busan.txt: C106 'Fushan'",
    "03_lien_hoan_phim_busan.txt: N109 'Phác Tán Úc'",
    "03_lien_hoan_phim_busan.txt: N102 'Thị Chi Dụ Hòa'",
    "03_lien_hoan_phim_busan.txt: N108 'Binkou Longjie'",
    "03_lien_hoan_phim_busan.txt: T101 'Jung Han-suk'",
    "03_lien_hoan_phim_busan.txt: N104 'Jae-myung'",
    "04_malaysia_viet_nam.html: C106 'Jilongpo'",
    "04_malaysia_viet_nam.html: L101 'clean sheet'",
    "04_malaysia_viet_nam.html: N108 'Huoerjiaduo'",
    "04_malaysia_viet_nam.html: T101 'Dion Cool'",
    "04_malaysia_viet_nam.html: N109 'Kim Thượng Thực'",
]
# Found after the fixes (T307 with a thousands point, F107 'giữa', the Health and Agriculture Ministers in
# people.tsv, L101 on two loans far more English, C106 on foreign cities in pinyin, N109 on 'Phác' names
# without a source, N104 on a Korean holder's given name alone, five Japanese and Korean investors in
# companies.tsv, 塞's reading 'tái' in hanviet_extra.tsv, N108's pinyin shape after a sports or culture role):
# 54 of 64, 50 fixed.
FIXED_AFTER_BLIND = {
    "03_lien_hoan_phim_busan.txt: N108 'Binkou Longjie'",
    "02_sot_xuat_huyet.jsonl: N102 'Đàm Đức Tái'",
    "02_sot_xuat_huyet.jsonl: C107 'Vũ Điền'",
    "03_lien_hoan_phim_busan.txt: N104 'Jae-myung'",
    "03_lien_hoan_phim_busan.txt: N109 'Phác Tán Úc'",
    "01_mrc_vieng_chan.txt: C106 'Wanxiang'",
    "01_mrc_vieng_chan.txt: T307 '6.500 vạn'",
    "01_mrc_vieng_chan.txt: L101 'water security'",
    "01_mrc_vieng_chan.txt: N103 'Lê Minh Hoàn'",
    "01_mrc_vieng_chan.txt: F107 'giữa'",
    "02_sot_xuat_huyet.jsonl: T307 '1.443 vạn'",
    "02_sot_xuat_huyet.jsonl: N103 'Đào Hồng Lam'",
    "04_malaysia_viet_nam.html: C106 'Jilongpo'",
}
# Blind, one chrome line of the page read as article text (a video link box inside the article body); fixed
BLIND_CHROME_WRONG = {"04_malaysia_viet_nam.html: 'Xem video bàn thắng' should be boilerplate"}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".txt", ".html", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts (Japanese and Korean names)."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind 41 of 64 found, 39 with the accepted fix; after the fixes 54 and 50, and no found error lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 64
    assert found >= 54 and fixed >= 50
    assert set(missed) <= set(BLIND_MISSES) - FIXED_AFTER_BLIND, sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans() -> None:
    """Blind and after the fixes: every finding on the MT files is a planted (rule, span)."""
    extra = set(unplanted_findings(MT))
    assert extra == set()


def test_page_chrome() -> None:
    """Blind: of 30 chrome and article lines, only the video link box in the article body was misread; now none."""
    assert chrome_misclassified(PAGE) == []


# --- the fixes, on sentences outside the set -------------------------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_myriad_with_a_thousands_point() -> None:
    assert _found("Lưu vực sông có khoảng 2.750 vạn cư dân.", "T307") == [("2.750 vạn", "27,5 triệu")]
    assert _found("Năm ngoái tỉnh đón 1.120 vạn lượt khách.", "T307") == [("1.120 vạn", "11,2 triệu")]
    assert _found("Có 2.750 người dự lễ và hàng vạn người xem trực tuyến.", "T307") == []
    assert _found("Năm 1.789, 20 vạn quân Thanh tràn sang.", "T307") == []


def test_a_sentence_cut_after_giua() -> None:
    assert _found("Hai bộ thống nhất lập tổ công tác liên ngành giữa.", "F107") == [("giữa", None)]
    assert _found("Trong ảnh, Bộ trưởng đứng ở giữa.", "F107") == []
    assert _found("Chiếc bàn được kê chính giữa.", "F107") == []
    assert _found("Hai bên nhất trí thúc đẩy hợp tác giữa các doanh nghiệp.", "F107") == []


def test_health_and_agriculture_ministers() -> None:
    assert _found("Bộ trưởng Bộ Y tế Đào Hồng Lân thăm Bệnh viện Bạch Mai.", "N103") == [
        ("Đào Hồng Lân", "Đào Hồng Lan")
    ]
    assert _found("Bộ trưởng Y tế Đào Hồng Lan thăm Bệnh viện Chợ Rẫy.", "N103") == []
    assert _found("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoàng dự hội nghị.", "N103") == [
        ("Lê Minh Hoàng", "Lê Minh Hoan")
    ]
    assert _found("Anh Lê Minh Hoàng, kỹ sư ở Cần Thơ, đoạt giải nhất.", "N103") == []


def test_two_loans_far_more_english_are_a_phrase() -> None:
    assert _found("Biến đổi khí hậu đe dọa food security của khu vực.", "L101") == [("food security", None)]
    assert _found("Chương trình talk show và video clip thu hút khán giả trẻ.", "L101") == []
    assert _found("Quán phục vụ cà phê flat white; điện thoại feature phone vẫn bán chạy.", "L101") == []


def test_foreign_cities_in_pinyin() -> None:
    assert _found("Đoàn doanh nghiệp đã đến thủ đô Yajiada của Indonesia.", "C106") == [("Yajiada", "Jakarta")]
    assert _found("Chuyến bay thẳng tới Shouer sẽ mở vào tháng sau.", "C106") == [("Shouer", "Seoul")]
    assert _found("Ông Shouer, một kiến trúc sư, trình bày dự án.", "C106") == []
    assert _found("Công ty Yangguang Solar mở nhà máy tại Bắc Ninh.", "C106") == []


def test_phac_before_two_han_viet_syllables_is_a_korean_name() -> None:
    assert _found("Nam diễn viên Phác Hải Nhật nhận giải diễn xuất.", "N109") == [("Phác Hải Nhật", None)]
    assert _found("Ông Phác Văn Hòa là chủ nhiệm hợp tác xã.", "N109") == []
    assert _found("Bản Phác Thảo Quy Hoạch; tiền vệ Trung Quốc Phác Thành Vĩ ghi bàn.", "N109") == []


def test_video_links_in_the_article_body_are_chrome() -> None:
    from audit.corpus.boilerplate import classify_line

    assert classify_line("▶ Xem video: Toàn cảnh trận chung kết")[0] == "related"
    assert classify_line("Xem lại video pha ghi bàn của Tiến Linh: Bình Dương 2-1 Hà Nội")[0] == "related"
    assert classify_line("► Nghe podcast bản tin sáng thứ Hai")[0] == "related"
    assert classify_line("Xem video, nhiều khán giả không khỏi xúc động.")[0] is None
    assert classify_line("Xem video này, ai cũng phải bật cười")[0] is None


def test_a_korean_leaders_given_name_alone() -> None:
    assert _found("Thủ tướng Hàn Quốc Min-seok tiếp đoàn doanh nghiệp Việt Nam.", "N104") == [
        ("Min-seok", "Kim Min-seok")
    ]
    assert _found("Thủ tướng Hàn Quốc Kim Min-seok tiếp đoàn; Thủ tướng Kim cảm ơn.", "N104") == []
    assert _found("Tổng thống Lee Jae-myung phát biểu; ca sĩ Min-seok hát.", "N104") == []


def test_japanese_and_korean_investors_in_han_viet() -> None:
    assert _found("Tập đoàn Hiểu Tinh của Hàn Quốc mở rộng nhà máy ở Đồng Nai.", "C107") == [("Hiểu Tinh", "Hyosung")]
    assert _found("Hãng Nhật Lập khánh thành trung tâm dữ liệu tại Hà Nội.", "C107") == [("Nhật Lập", "Hitachi")]
    assert _found("Ông Vũ Điền, nông dân ở Nam Định, trúng mùa; huyện Đông Chi có nhiều ruộng lúa.", "C107") == []


def test_a_country_in_pinyin_before_its_leaders_name() -> None:
    """Not in the set ('quốc gia Taiguo Surasri …' has no title before it), the shape of its miss after a title."""
    assert _found("Tổng thống Yinni Prabowo Subianto thăm Hà Nội.", "C106") == [("Yinni", "Indonesia")]
    assert _found("Ngoại trưởng Riben Motegi Toshimitsu tới Hà Nội.", "C106") == [("Riben", "Nhật Bản")]
    assert _found("Hãng Riben Motors ra mắt mẫu xe mới; ông Riben Tanaka phát biểu.", "C106") == []


def test_a_second_han_viet_reading_from_hanviet_extra() -> None:
    """塞 reads tái as well as tắc (references/hanviet_extra.tsv): 谭德塞 Tedros in either Hán-Việt form."""
    from audit.lang.hanviet import load

    assert load().readings["塞"][:2] == ("tắc", "tái")
    assert _found("Ông Đàm Đức Tái, người đứng đầu WHO, kêu gọi các nước tài trợ.", "N102") == [
        ("Đàm Đức Tái", "Tedros Adhanom Ghebreyesus")
    ]
    assert _found("Bà Lê Thị Tái, 70 tuổi, sống ở xã Tân An.", "N102") == []


def test_a_pinyin_shaped_name_after_a_sports_or_culture_role() -> None:
    assert _found("Ca sĩ Taile Sifeite biểu diễn tại Singapore.", "N108") == [("Taile Sifeite", None)]
    # Christopher Nolan's Chinese name is in references/foreign_artists.tsv since adversary57: named now
    assert _found("Đạo diễn Kelisituofu Nuolan nhận giải danh dự.", "N108") == [
        ("Kelisituofu Nuolan", "Christopher Nolan")
    ]
    assert _found("Tiền đạo Kylian Mbappé ghi bàn; ca sĩ Taylor Swift và tay vợt Lý Hoàng Nam dự lễ.", "N108") == []
