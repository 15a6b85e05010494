"""The sixty-second adversary held-out set (tests/data/adversary62): plain-text pages machine-translated through
Chinese on beats no set centred on (the Minister of Health with WHO in Geneva, university rankings and the 2026
exam, Việt Nam at COP30 and the Mekong delta, typhoon Kalmaegi), each with the chrome of an outlet style no set used
(a private hospital's site, an admissions portal, a provincial department's e-portal, a weather site), every line
annotated chrome or article. Written and annotated before the tool ran on it; the blind figures are the floor;
README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary62"
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 356bff9; main at 6ad6b90): 47 of 69 found, 43 with the accepted fix; with N103's span corrected
# after the run (4d4ac97: no text changed), 48 and 43. These 21 were missed:
BLIND_MISSES = {
    "01_who_sot_xuat_huyet.txt: T308 'đăng cách nhiệt'",
    "01_who_sot_xuat_huyet.txt: T308 'dịch miêu'",
    "01_who_sot_xuat_huyet.txt: C101 'Trung Quốc'",
    "01_who_sot_xuat_huyet.txt: T308 'y viện'",
    "02_xep_hang_dai_hoc.txt: T308 'bài danh'",
    "02_xep_hang_dai_hoc.txt: C107 'Henei Guojia Daxue'",
    "02_xep_hang_dai_hoc.txt: C107 'Ma tỉnh Lý công Học viện'",
    "02_xep_hang_dai_hoc.txt: C107 'Tư Thản Phúc'",
    "02_xep_hang_dai_hoc.txt: T201 'Ô-xtrây-li-a'",
    "02_xep_hang_dai_hoc.txt: C103 'Úc phương'",
    "02_xep_hang_dai_hoc.txt: N102 'Cơ Nhĩ · Tư Tháp Mặc'",
    "02_xep_hang_dai_hoc.txt: C101 'Trung Quốc'",
    "02_xep_hang_dai_hoc.txt: T308 'học phân'",
    "03_cop30_mekong.txt: T308 'tịnh linh'",
    "03_cop30_mekong.txt: C101 'Trung Quốc'",
    "03_cop30_mekong.txt: C104 'Mi Công'",
    "03_cop30_mekong.txt: N108 'Gutelesi'",
    "03_cop30_mekong.txt: C107 'Thế giới Khí tượng Tổ chức'",
    "04_bao_kalmaegi.txt: C106 'Suwu'",
    "04_bao_kalmaegi.txt: C107 'Á Hành'",
    "04_bao_kalmaegi.txt: T308 'đài phong'",
}
# After this branch's fixes (README): 64 of 69 found, 60 with the accepted fix.
AFTER_MISSES = {
    "01_who_sot_xuat_huyet.txt: C101 'Trung Quốc'",
    "03_cop30_mekong.txt: C104 'Mi Công'",
    "02_xep_hang_dai_hoc.txt: C107 'Henei Guojia Daxue'",
    "03_cop30_mekong.txt: N108 'Gutelesi'",
    "04_bao_kalmaegi.txt: C106 'Suwu'",
}
# Outside the planted pairs, blind: 'Henei' (河内) read as Hà Nội in pinyin where the annotation takes the whole
# university (C107), 'Úc' of the calque 'Úc phương' counted as a second spelling of Australia, and N102 on the
# Hán-Việt Stanford and on the part of Starmer's dotted name after the dot.
BLIND_EXTRAS = {
    ("02_xep_hang_dai_hoc.txt", "C106", "Henei"),
    ("02_xep_hang_dai_hoc.txt", "T201", "Úc"),
    ("02_xep_hang_dai_hoc.txt", "N102", "Tư Thản Phúc"),
    ("02_xep_hang_dai_hoc.txt", "N102", "Tư Tháp Mặc"),
}
AFTER_EXTRAS = {("02_xep_hang_dai_hoc.txt", "C106", "Henei"), ("02_xep_hang_dai_hoc.txt", "T201", "Úc")}
# Round 20 (misses20): the two national universities' pinyin in words in organisations.tsv ('Henei Guojia Daxue'
# 河内国家大学), and C106 leaves a place opening such a name to C107: 65 of 69, 61 with the accepted fix; 'Henei'
# no longer an extra.
MISSES20_MISSES = AFTER_MISSES - {"02_xep_hang_dai_hoc.txt: C107 'Henei Guojia Daxue'"}
MISSES20_EXTRAS = {("02_xep_hang_dai_hoc.txt", "T201", "Úc")}
# Chrome read as article, blind: a byline bar, two widgets, a caption without a credit, bylines alone on their line,
# a poll with its counts, a counselling box, a footer, a related-news heading naming its beat and what follows it.
BLIND_CHROME_AS_ARTICLE = {
    "01_who_sot_xuat_huyet.txt": ["Đăng bởi: Phòng Công tác xã hội | 21/11/2025 | 1.245 lượt xem"],
    "02_xep_hang_dai_hoc.txt": [
        "[Công cụ] Tính điểm xét tuyển 2026 – Nhập điểm 3 môn để biết cơ hội trúng tuyển",
        "Thí sinh tham khảo bảng xếp hạng tại một ngày hội tư vấn tuyển sinh. Ảnh minh họa",
        "Phương Linh",
        "Bạn thấy bài viết hữu ích? Có (213) | Không (9)",
        "Đăng ký tư vấn 1:1 miễn phí – Để lại số điện thoại, chuyên gia gọi lại trong 24 giờ",
        "TUYỂN SINH 360 – Trang thông tin tư vấn tuyển sinh. Mọi nội dung chỉ mang tính tham khảo.",
    ],
    "04_bao_kalmaegi.txt": [
        "[Bản đồ] Đường đi của bão – Vị trí tâm bão lúc 7 giờ: 15,2°N – 110,8°E | Gió cấp 12, giật cấp 15",
        "Minh Khoa",
        "Tin bão liên quan",
        "Áp thấp nhiệt đới trên Biển Đông mạnh lên thành bão",
        "Cách gia cố nhà cửa trước mùa mưa bão",
        "Số liệu dự báo chỉ mang tính tham khảo. Nguồn số liệu: Trung tâm Dự báo khí tượng thủy văn quốc gia.",
    ],
}
# After this branch's boilerplate rows: every chrome line read as chrome.
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def _found(text: str, tmp_path: Path, rule: str) -> list[tuple[str, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(f.text, f.suggestion) for _, f in findings_of(page) if f.rule == rule]


def test_set_is_complete() -> None:
    assert len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 47 of 69 found, 43 with the accepted fix (48 and 43 with N103's span corrected); after, 64 and 60;
    after round 20's (misses20) 65 and 61."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 65 and fixed >= 61
    assert set(missed) <= MISSES20_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - MISSES20_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= MISSES20_EXTRAS <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; thirteen chrome lines read as article (see README); after, none."""
    for path in MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name


def test_medical_academic_and_climate_calques(tmp_path: Path) -> None:
    """T308 (references/zh_calques.tsv): 疫苗, 登革热, 流感, 医院, 排名, 学分, 净零 and 台风 read in Hán-Việt, on
    sentences, places and numbers not in the set; the army hospital's old name, 'học phân' not after a number (a
    misspelt 'học phần'), a nun called Tịnh Linh and 'cách nhiệt' (insulation) stay quiet."""
    found = _found(
        "Trẻ em dưới 5 tuổi ở Kon Tum được tiêm dịch miêu phòng bạch hầu miễn phí.\n"
        "Số ca đăng cách nhiệt tại Bình Dương tăng gấp đôi so với cùng kỳ.\n"
        "Mùa lưu cảm năm nay ở Nhật Bản đến sớm hơn mọi năm.\n"
        "Bệnh nhân được chuyển lên y viện tỉnh Thanh Hóa trong đêm.\n"
        "Trường xếp thứ 12 trong bài danh của tạp chí Times Higher Education.\n"
        "Để tốt nghiệp, sinh viên cần tích lũy 36 học phân chuyên ngành.\n"
        "New Zealand đặt mục tiêu phát thải tịnh linh vào năm 2050.\n"
        "Cơn đài phong thứ 5 trong năm đã đổ bộ vào tỉnh Quảng Đông.\n"
        "Ông từng điều trị ở Quân y viện 175 trong chiến tranh.\n"
        "Sinh viên đăng ký học phân trực tuyến từ tuần sau.\n"
        "Sư cô Tịnh Linh trụ trì ngôi chùa nhỏ ven sông.\n"
        "Vật liệu cách nhiệt giúp giảm hóa đơn tiền điện.\n",
        tmp_path,
        "T308",
    )
    assert found == [
        ("dịch miêu", "vắc xin"),
        ("đăng cách nhiệt", "sốt xuất huyết"),
        ("lưu cảm", "cúm"),
        ("y viện", "bệnh viện"),
        ("bài danh", "bảng xếp hạng"),
        ("học phân", "tín chỉ"),
        ("tịnh linh", "ròng bằng 0"),
        ("đài phong", "bão"),
    ]


def test_universities_and_bodies_by_their_chinese_names(tmp_path: Path) -> None:
    """C107 (references/organisations.tsv): Stanford, MIT, the WMO and the ADB's short form on sentences not in the
    set; Stanford's Hán-Việt after 'Đại học' is C107's alone (no N102 beside it)."""
    page = (
        "Tiến sĩ Lê Minh tốt nghiệp Đại học Tư Thản Phúc năm 2015.\n"
        "Các nhà khoa học của Ma tỉnh Lý công Học viện công bố loại pin mới.\n"
        "Theo Thế giới Khí tượng Tổ chức, mùa mưa năm nay đến muộn.\n"
        "Á Hành cho Bangladesh vay 400 triệu USD để xây đường sắt.\n"
    )
    assert _found(page, tmp_path, "C107") == [
        ("Tư Thản Phúc", "Stanford"),
        ("Ma tỉnh Lý công Học viện", "Viện Công nghệ Massachusetts (MIT)"),
        ("Thế giới Khí tượng Tổ chức", "Tổ chức Khí tượng Thế giới (WMO)"),
        ("Á Hành", "Ngân hàng Phát triển châu Á (ADB)"),
    ]
    assert _found(page, tmp_path, "N102") == []


def test_side_calque_before_a_policy_verb(tmp_path: Path) -> None:
    """C103: a country's Hán-Việt reading and 方 before a government's policy verb ('siết', 'công bố', 'nới'), on
    other countries (Germany, Canada); 'Đức phương án' (a plan) and 'địa phương siết' stay quiet."""
    found = _found(
        "Việt Nam và Đức ký thỏa thuận về lao động kỹ năng\n"
        "Đức phương thắt chặt điều kiện cấp thị thực cho lao động từ năm tới.\n"
        "Người dân địa phương siết chặt quản lý rác thải; Đức phương án mới chưa công bố.\n"
        "Canada cũng mở rộng chương trình học bổng.\n"
        "Gia phương công bố sẽ nới lỏng điều kiện cấp thị thực du học.\n",
        tmp_path,
        "C103",
    )
    assert found == [("Đức phương", "Phía Đức"), ("Gia phương", "Phía Canada")]


def test_our_country_before_a_list_of_vietnamese_places_or_institutions(tmp_path: Path) -> None:
    """C101: 'Trung Quốc' (我国) before a list of Vietnamese hospitals named for their provinces, and of provinces after
    'trong đó có', on places not in the set."""
    found = _found(
        "Đoàn bác sĩ trẻ về vùng khó khăn\n"
        "Những bệnh viện của Trung Quốc như Bệnh viện Đa khoa tỉnh Nghệ An và Bệnh viện Đa khoa tỉnh Lạng Sơn đã cử "
        "bác sĩ về xã.\n"
        "Một số địa phương của Trung Quốc, trong đó có Quảng Ninh và Nghệ An, đã hoàn thành chỉ tiêu.\n",
        tmp_path,
        "C101",
    )
    assert found == [("Trung Quốc", "Việt Nam"), ("Trung Quốc", "Việt Nam")]


def test_chinese_universities_and_provinces_stay_china(tmp_path: Path) -> None:
    """C101 quiet: China's own universities and provinces in the same frames."""
    found = _found(
        "Sinh viên Việt Nam sang Bắc Kinh học tập\n"
        "Nhiều trường đại học của Trung Quốc như Đại học Thanh Hoa và Đại học Bắc Kinh tuyển thêm sinh viên Việt Nam.\n"
        "Nhiều địa phương của Trung Quốc, trong đó có Quảng Tây và Vân Nam, mở thêm đường bay tới Hà Nội.\n",
        tmp_path,
        "C101",
    )
    assert found == []


def test_australia_spelled_out_with_o_for_au(tmp_path: Path) -> None:
    """T201: Australia spelled out with 'Ô'/'Ốt' for its 'Au' beside 'Australia' (another spelling and sentences
    than the set's); a gloss in brackets and Oman stay quiet."""
    fires = (
        "Thủ tướng Australia thăm Hà Nội vào tháng tới.\n"
        "Nhiều doanh nghiệp Ốt-xtrây-li-a muốn đầu tư vào năng lượng sạch ở Việt Nam.\n"
        "Australia hiện là đối tác thương mại lớn thứ bảy của Việt Nam.\n"
    )
    assert _found(fires, tmp_path, "T201") == [("Ốt-xtrây-li-a", "Australia")]
    quiet = (
        "Đoàn vận động viên Australia tập huấn tại Đà Nẵng.\n"
        "Vận động viên Ô-man và vận động viên Australia cùng dự giải; Ô-xtrây-li-a (Australia) đứng đầu bảng.\n"
    )
    assert _found(quiet, tmp_path, "T201") == []


def test_dotted_hanviet_name_of_a_known_person_is_found_whole(tmp_path: Path) -> None:
    """N102: a known person's Hán-Việt name with the interpunct is one finding over the whole name, the given name's
    syllables before the dot too (Albanese 安东尼·阿尔巴尼斯, Guterres 安东尼奥·古特雷斯: not the set's Starmer), not
    the title's country or 'Liên Hợp Quốc' before it."""
    found = _found(
        "Thủ tướng Úc An Đông Ni · A Nhĩ Ba Ni Tư dự hội nghị.\n"
        "Tổng thư ký Liên Hợp Quốc An Đông Ni Áo · Cổ Đặc Lôi Tư kêu gọi ngừng bắn.\n"
        "Thủ tướng Canada Mã Khắc · Tạp Ni tiếp đoàn doanh nghiệp Việt Nam tại Ottawa.\n",
        tmp_path,
        "N102",
    )
    assert found == [
        ("An Đông Ni · A Nhĩ Ba Ni Tư", "Anthony Albanese"),
        ("An Đông Ni Áo · Cổ Đặc Lôi Tư", "António Guterres"),
        ("Mã Khắc · Tạp Ni", "Mark Carney"),
    ]


def test_chrome_of_these_outlet_styles_on_other_lines() -> None:
    """references/boilerplate.tsv (adversary62 rows), on lines not in the set: a poster's byline bar with its date,
    a poll with its counts, a caption ending in 'Ảnh minh hoạ', a related heading naming its beat, a widget's
    bracketed label, a counselling sign-up box, a site's tagline over a reference-only notice; article sentences
    that share their words stay article."""
    from audit.corpus.boilerplate import classify_line

    chrome = {
        "Người đăng: Ban Biên tập | 03/12/2025 | 862 lượt xem": ("navigation", False),
        "Quý vị thấy thông tin này có hữu ích? Có (12) · Không (3)": ("navigation", False),
        "Học sinh trường chuyên trong giờ thực hành. Ảnh minh hoạ": ("caption", False),
        "Tin thời tiết liên quan": ("related", True),
        "Bài giáo dục liên quan:": ("related", True),
        "[Tiện ích] Tra cứu lịch cắt điện khu vực – Nhập tên phường, xã": ("navigation", False),
        "Đăng ký nhận tư vấn du học – Điền thông tin, chuyên viên sẽ liên hệ trong ngày": ("navigation", False),
        "GÓC HỌC TẬP – Chuyên trang ôn thi. Các thông tin trên trang chỉ mang tính tham khảo.": ("footer", False),
    }
    for line, kind in chrome.items():
        assert classify_line(line) == kind, line
    for line in (
        "Đăng ký tư vấn là bước đầu tiên để phụ huynh hiểu rõ chương trình, theo bà Lan.",
        "Bài học liên quan đến an toàn hóa chất được đưa vào chương trình từ năm nay.",
        "Theo ông, số liệu này chỉ mang tính tham khảo.",
        "Ảnh minh họa cho thấy mức nước dâng cao ở Cần Thơ.",
        "Người đăng ký dự thi tăng 12% so với năm 2024.",
    ):
        assert classify_line(line)[0] is None, line


def test_junior_named_without_xiao(tmp_path: Path) -> None:
    """N102: 小 'Jr.' opening a junior's Chinese name (小马科斯) may be left out by the source (马科斯 'Mã Khoa Tư'):
    the name still reads the junior. The gazetteer's one such junior is Marcos, so tried on other sentences (an
    honorific before him, the name with 'Tiểu'); Koizumi's 小泉 is a family name, not 'Jr.': '泉进次郎' names no one."""
    found = _found(
        "Ông Mã Khoa Tư tiếp Thủ tướng Nhật Bản tại Manila hôm 3/12.\n"
        "Năm 2023, Tổng thống Philippines Tiểu Mã Khoa Tư thăm Hà Nội.\n"
        "Bộ trưởng Quốc phòng Nhật Bản Tuyền Tiến Thứ Lang dự hội nghị.\n",
        tmp_path,
        "N102",
    )
    assert found == [("Mã Khoa Tư", "Ferdinand Marcos Jr."), ("Tiểu Mã Khoa Tư", "Ferdinand Marcos Jr.")]
