"""The thirtieth adversary held-out set (tests/data/adversary30): the round-11 closing blind measurement. A mixed
batch — a Việt Nam–Philippines rice memorandum and Việt Nam's objection to Laos's Sanakham dam as plain text
through Chinese, a ransomware attack on a Vietnamese e-wallet as JSONL with its Chinese source, Vietnamese
universities in an Asian ranking as an English→Vietnamese TSV with reference — was written and annotated before
the tool ran on it; a human-quality sports story must stay free of findings. The blind figures are the floor;
README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary30"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at b3045ab, data at 14fcfc4): 51 of 60 found, 48 with the accepted fix; these 9 were missed.
BLIND_MISSES = [
    "02_dap_me_cong.txt: F106 'lúa'",
    "02_dap_me_cong.txt: C104 'Lang Bột Lạp Bang'",
    "02_dap_me_cong.txt: C107 'Shihang'",
    "02_dap_me_cong.txt: C101 'Trung Quốc'",
    "03_tan_cong_vi_dien_tu.jsonl: A107 'Hàn Quốc'",
    "03_tan_cong_vi_dien_tu.jsonl: T307 '1 vạn'",
    "03_tan_cong_vi_dien_tu.jsonl: A107 'Trung Quốc'",
    "03_tan_cong_vi_dien_tu.jsonl: A105 'Ngân hàng Nhà nước Việt Nam trước đó đã yêu cầu các ví điện tử rà soát an"
    " ninh.'",
    "04_xep_hang_dai_hoc.tsv: S101 'lot'",
]
# Blind, one finding outside the planted pairs: the planted F106 found with a two-word span ('lúa ở' for the
# annotated 'lúa'; the annotation is left as written blind).
BLIND_EXTRAS = {("02_dap_me_cong.txt", "F106", "lúa ở")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt"]
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_human_news_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human-quality sports story."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 51 of 60 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 60
    assert found >= 51 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans_but_the_blind_extra() -> None:
    """Blind: every finding on the MT files is a planted (rule, span) but the one listed."""
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
# (fixes13 found the last two: the A105 record, 0.57 of the length expected from its Chinese, under the cutoff of 0.6
# from 100 characters expected, and S101 'lot', a word without its marks the source does not have)
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 59, 55
AFTER_FIX_MISSES = {
    "02_dap_me_cong.txt: F106 'lúa'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 59 of 60 found, 55 with the accepted fix (57 and 53 before fixes13)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_myriad_before_incidents_and_cases() -> None:
    """T307: 'vạn' after a count of one or two digits before 'vụ' or 'trường hợp' (incidents, cases: modern
    news counts them in thousands); 'hàng vạn vụ' and history stay quiet."""
    assert _found("Năm ngoái cả nước xảy ra hơn 2 vạn vụ tai nạn giao thông.", "T307") == [("2 vạn", "20.000")]
    assert _found("Các bệnh viện đã tiếp nhận 4 vạn trường hợp mắc cúm mùa.", "T307") == [("4 vạn", "40.000")]
    for quiet in (
        "Hàng vạn vụ việc đã được hòa giải thành ở cơ sở.",
        "Năm 1789, 29 vạn quân Thanh tiến vào Thăng Long.",
        "Công an đã điều tra 25 vụ án trong năm.",
    ):
        assert _found(quiet, "T307") == [], quiet


def test_third_country_praised_as_a_priceless_asset() -> None:
    """C101: a leader calling the relation of a party and China 'tài sản vô giá' in a story about that party and
    Việt Nam is the 我国 slip; the same words of a relation not with Việt Nam's partner stay quiet."""
    story = (
        "Việt Nam và Cuba ký kết bốn văn kiện hợp tác\n\n"
        "Hai nước Việt Nam và Cuba nhất trí mở rộng hợp tác về y tế và nông nghiệp.\n\n"
        "Chủ tịch Quốc hội Cuba khẳng định mối quan hệ đặc biệt giữa Cuba và Trung Quốc là tài sản vô giá.\n\n"
        "Cuba cảm ơn Việt Nam đã hỗ trợ gạo trong những năm khó khăn."
    )
    assert [f[0] for f in _found(story, "C101")] == ["Trung Quốc"]
    quiet = story.replace("giữa Cuba và Trung Quốc là tài sản vô giá", "giữa Cuba và Việt Nam là tài sản vô giá")
    assert _found(quiet, "C101") == []
    rivalry = story.replace(
        "khẳng định mối quan hệ đặc biệt giữa Cuba và Trung Quốc là tài sản vô giá",
        "nói căng thẳng giữa Mỹ và Trung Quốc là mối lo của khu vực",
    )
    assert _found(rivalry, "C101") == []


def test_bank_short_forms_in_pinyin() -> None:
    """C107: 世行 (World Bank) and 亚行 (ADB) left in pinyin; the same syllables as a Chinese person's given name
    after a pinyin surname stay quiet."""
    assert _found("Theo dự báo của Shihang, kinh tế Campuchia tăng trưởng 6% năm tới.", "C107") == [
        ("Shihang", "Ngân hàng Thế giới (WB)")
    ]
    assert _found("Yahang phê duyệt khoản vay 150 triệu USD cho Bangladesh.", "C107") == [
        ("Yahang", "Ngân hàng Phát triển châu Á (ADB)")
    ]
    assert _found("Kỹ sư Zhang Shihang và nhà thơ Chen Yahang dự hội thảo ở Côn Minh.", "C107") == []


def test_luang_prabang_in_han_viet() -> None:
    """C104: 琅勃拉邦 read in Hán-Việt in a story that names Laos; quiet in a story that does not."""
    assert _found("Lào mở tuyến bay mới\n\nDu khách đổ về cố đô Lang Bột Lạp Bang dịp Tết.", "C104") == [
        ("Lang Bột Lạp Bang", "Luang Prabang")
    ]
    assert _found("Nhà thơ Lang Bột Lạp Bang đọc thơ ở Huế.", "C104") == []


def _pair(source: str, target: str, rule: str = "A107") -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_north_korea_for_south_korea_in_chinese_sources() -> None:
    """A107: a Chinese source's 朝鲜/北韩 (North Korea) as 'Hàn Quốc' fires, 韩国 as 'Triều Tiên' too; the right
    Korea, and 朝鲜 in a phrase for the whole peninsula or its history, stay quiet."""
    assert _pair(
        "朝鲜外务省发表声明，谴责联合军演。", "Bộ Ngoại giao Hàn Quốc ra tuyên bố lên án cuộc tập trận chung."
    ) == [("Hàn Quốc", "Triều Tiên")]
    assert _pair("北韩向日本海发射了两枚弹道导弹。", "Nam Hàn đã phóng hai tên lửa đạo đạn ra biển Nhật Bản.") == [
        ("Nam Hàn", "Triều Tiên")
    ]
    assert _pair("韩国现代汽车在泰国建厂。", "Hãng Hyundai của Triều Tiên xây nhà máy tại Thái Lan.") == [
        ("Triều Tiên", "Hàn Quốc")
    ]
    assert not _pair("朝鲜外务省发表声明。", "Bộ Ngoại giao Triều Tiên ra tuyên bố.")
    assert not _pair("朝鲜外务省发表声明。", "Bộ Ngoại giao CHDCND Triều Tiên ra tuyên bố.")
    assert not _pair("韩国现代汽车在泰国建厂。", "Hãng Hyundai của Hàn Quốc xây nhà máy tại Thái Lan.")
    assert not _pair("朝鲜半岛无核化是各方的共同目标。", "Phi hạt nhân hóa bán đảo Triều Tiên là mục tiêu chung.")
    assert not _pair("他的祖父参加过朝鲜战争。", "Ông nội anh từng tham gia Chiến tranh Hàn Quốc.")
    assert not _pair("延边有许多朝鲜族居民。", "Diên Biên có nhiều cư dân gốc Hàn Quốc.")
    # the peninsula named right beside the swap does not hide it
    assert _pair(
        "朝鲜半岛局势紧张，朝鲜再次试射导弹。",
        "Tình hình bán đảo Triều Tiên căng thẳng, Hàn Quốc lại phóng thử tên lửa.",
    ) == [("Hàn Quốc", "Triều Tiên")]
    # both Koreas in the source (朝韩 'the two Koreas'), or the target names the right one too: quiet
    assert not _pair("朝韩双方在板门店举行会谈。", "Hai bên Hàn Quốc hội đàm tại Bàn Môn Điếm.")
    assert not _pair("朝鲜与韩国举行会谈。", "Triều Tiên và Hàn Quốc tổ chức hội đàm.")


def test_north_korea_for_south_korea_in_english_sources() -> None:
    """A107: 'North Korea'/'DPRK' as 'Hàn Quốc' fires, 'South Korea'/'Republic of Korea' as 'Triều Tiên' too;
    a bare 'Korean' may be either Korea and stays quiet; a bare 'Korea' as a noun is South Korea where the source names
    North Korea nowhere (round 35: in today's English news North Korea is 'North Korea', 'the DPRK')."""
    assert _pair(
        "The DPRK test-fired a cruise missile on Sunday.", "Hàn Quốc phóng thử một tên lửa hành trình hôm Chủ nhật."
    ) == [("Hàn Quốc", "Triều Tiên")]
    assert _pair(
        "The Republic of Korea will host the summit in Busan.", "Triều Tiên sẽ đăng cai hội nghị thượng đỉnh ở Busan."
    ) == [("Triều Tiên", "Hàn Quốc")]
    assert not _pair(
        "The Democratic People's Republic of Korea rejected the talks.", "CHDCND Triều Tiên bác bỏ cuộc đàm phán."
    )
    assert not _pair("Korean exports of chips rose sharply.", "Xuất khẩu chip của Hàn Quốc tăng mạnh.")
    assert _pair("Korea will host the summit in Busan.", "Triều Tiên sẽ đăng cai hội nghị ở Busan.") == [
        ("Triều Tiên", "Hàn Quốc")
    ]
    assert not _pair("North Korea reopened its border.", "Triều Tiên mở cửa lại biên giới.")


def test_this_country_as_china() -> None:
    """A107: 'Trung Quốc' for 本国 ('this country'), where the source names one country before it and not China;
    a source that names China (中国, 中方, 北京, 华 …), or two countries, stays quiet."""
    assert _pair(
        "泰国央行表示，将继续支持本国中小企业。",
        "Ngân hàng trung ương Thái Lan cho biết sẽ tiếp tục hỗ trợ doanh nghiệp nhỏ của Trung Quốc.",
    ) == [("Trung Quốc", "Thái Lan")]
    assert _pair(
        "印尼政府禁止本国渔船进入该海域。", "Chính phủ Indonesia cấm tàu cá của Trung Quốc vào vùng biển này."
    ) == [("Trung Quốc", "Indonesia")]
    assert not _pair(
        "泰国央行表示，将继续支持本国中小企业。",
        "Ngân hàng trung ương Thái Lan sẽ tiếp tục hỗ trợ doanh nghiệp nhỏ trong nước.",
    )
    assert not _pair(
        "泰国总理访问北京，称本国欢迎投资。", "Thủ tướng Thái Lan thăm Trung Quốc, nói nước này hoan nghênh đầu tư."
    )
    assert not _pair("泰国与中国签署协议，保护本国企业。", "Thái Lan và Trung Quốc ký thỏa thuận bảo vệ doanh nghiệp.")
    # two countries: 本国 is not read, the main check says Myanmar was dropped (one finding, not two)
    assert _pair("泰国和缅甸同意保护本国劳工。", "Thái Lan và Trung Quốc đồng ý bảo vệ lao động.") == [
        ("Trung Quốc", "Myanmar")
    ]
    assert not _pair("本国企业在泰国投资。", "Doanh nghiệp Trung Quốc đầu tư tại Thái Lan.")  # 本国 before the country
