"""The seventy-fifth adversary held-out set (tests/data/adversary75): subtitles and a saved page, machine-translated
without their source: an SRT documentary of 60 cues through Chinese (rice, salinity and subsidence in the Mekong
delta), a WebVTT interview of 40 cues from English (a software founder, the national team's coach) and a provincial
portal's news page through Chinese (foreign aid after a flood: mega-menu, breadcrumbs, sidebar, footer); a human
subtitle file must stay quiet. Written and annotated before the tool ran on it (6bcc451a; one annotation slip
corrected after the run at b85a1c86, no text changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary75"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".srt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".srt", ".vtt", ".html"))

_SRT = "01_phim_tai_lieu_lua_mekong.srt"
_VTT = "02_phong_van_nha_sang_lap_hlv.vtt"
_HTML = "03_cong_tinh_vien_tro_lu.html"

# Blind (data at 6bcc451a, annotations as corrected at b85a1c86; main at fd594ad5, this branch's base): 53 of 70 found,
# 47 with the accepted fix (46 as first annotated); these 17 were missed:
BLIND_MISSES = {
    f"{_SRT}: C101 'Trung Quốc'",
    f"{_SRT}: C104 'Thái Lan Loan'",
    f"{_SRT}: T308 'công phân'",
    f"{_SRT}: T101 'Nguyễn Thị Hòng Nhung'",
    f"{_SRT}: C107 'Lương Nông Tổ chức'",
    f"{_SRT}: F112 'Người dân gọi đó là những năm \"lũ không về\".'",
    f"{_VTT}: L101 'comfort zone'",
    f"{_VTT}: T308 'thay đổi trò chơi'",
    f"{_VTT}: T101 'Nguyen Minh Tuan'",
    f"{_VTT}: T308 'ở trên cùng một chiếc thuyền'",
    f"{_VTT}: T308 'với trái tim của họ trên tay áo'",
    f"{_VTT}: F111 'là là'",
    f"{_HTML}: C106 'Fuan'",
    f"{_HTML}: T308 'tai khu'",
    f"{_HTML}: C101 'Trung Quốc'",
    f"{_HTML}: T308 'cứu tai'",
    f"{_HTML}: C107 'Á Châu Khai phát Ngân hàng'",
}
# After this branch's fixes (README): 63 of 70 found, 58 with the accepted fix; these 7 are left.
AFTER_MISSES = {
    f"{_SRT}: C101 'Trung Quốc'",
    f"{_SRT}: F112 'Người dân gọi đó là những năm \"lũ không về\".'",
    f"{_VTT}: L101 'comfort zone'",
    f"{_VTT}: T308 'ở trên cùng một chiếc thuyền'",
    f"{_VTT}: F111 'là là'",
    f"{_HTML}: C106 'Fuan'",
    f"{_HTML}: C101 'Trung Quốc'",
}
# Outside the planted pairs, blind: T101 on 'Nguyễn Thị Hòng' (the planted 'Nguyễn Thị Hòng Nhung' cut after the
# known name 'Nguyễn Thị Hồng' its first three syllables spell). After: none.
BLIND_EXTRAS = {(_SRT, "T101", "Nguyễn Thị Hòng")}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    assert (ADVERSARY / "mt" / _SRT).read_text(encoding="utf-8").count(" --> ") == 60
    assert (ADVERSARY / "mt" / _VTT).read_text(encoding="utf-8").count(" --> ") == 40


def test_human_subtitles_get_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the mat-weaving film (two-line cues, sentences running over cues)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fix() -> None:
    """Blind: 53 of 70 found, 47 with the accepted fix; after, 63 and 58."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 63 and fixed >= 58
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_portal_page_chrome_read_right() -> None:
    """Blind and after: the mega-menu, crumbs, meta line, tags, tools, lists, sidebar and footer all chrome; the
    headline and every paragraph article."""
    score = score_lines(ADVERSARY / "mt" / _HTML)
    assert score.chrome_as_article == [] and score.article_as_chrome == []
    assert score.article_missing == [] and score.unplaced == []


# --- the fixes, on other sentences, names, places and bodies (none of them in the set) ---


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_relief_calques_and_chinese_units() -> None:
    """T308: 灾区 'tai khu', 救灾 'cứu tai', 公分 and 千克 after a number, in sentences not in the set; the Vietnamese
    words that hold them stay quiet (a region's disasters, first aid for accidents and strokes, building in segments,
    sorting labour)."""
    text = (
        "Hàng trăm tấn hàng được đưa vào tai khu Quảng Ngãi trong đêm. Công tác cứu tai ở Yên Bái được đẩy mạnh. "
        "Mặt đường lún 5 công phân. Mỗi bao nặng 25 thiên khắc."
    )
    assert _found(text, "T308") == [
        ("tai khu", "vùng thiên tai"),
        ("cứu tai", "cứu trợ"),
        ("công phân", "cm"),
        ("thiên khắc", "kg"),
    ]
    quiet = (
        "Thiên tai khu vực miền Trung gây thiệt hại lớn.\nĐội y tế cấp cứu tai nạn giao thông trên quốc lộ.\n"
        "Bệnh viện cấp cứu tai biến mạch máu não.\nĐội thi công phân đoạn cầu mới.\nNhân công phân loại rác."
    )
    assert _found(quiet, "T308") == []


def test_english_idioms_heart_on_sleeve_and_game_changer() -> None:
    """T308: 'heart on one's sleeve' and 'a game changer' after 'là một sự', in sentences not in the set; a change of
    games in a class and a scarf on a sleeve stay quiet."""
    text = (
        "Điện toán lượng tử là một sự thay đổi trò chơi với ngành dược.\n"
        "Tiền vệ người Brazil luôn chơi bóng với trái tim trên tay áo."
    )
    assert _found(text, "T308") == [("thay đổi trò chơi", "bước ngoặt"), ("với trái tim trên tay áo", "hết mình")]
    quiet = "Sự thay đổi trò chơi mỗi tuần giúp các em hứng thú.\nChị đeo chiếc khăn trên tay áo."
    assert _found(quiet, "T308") == []


def test_fao_adb_and_the_gulf_of_thailand_through_chinese() -> None:
    """C107 the FAO's short form before 组织 and the ADB's full name in Chinese order; C104 泰国湾 read 'Thái Quốc
    Loan'; in sentences not in the set. The bodies' and the gulf's Vietnamese names stay quiet."""
    text = "Theo Lương Nông Tổ chức, giá lương thực tăng. Á Châu Khai phát Ngân hàng cấp vốn cho Lào."
    assert _found(text, "C107") == [
        ("Lương Nông Tổ chức", "Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc (FAO)"),
        ("Á Châu Khai phát Ngân hàng", "Ngân hàng Phát triển châu Á (ADB)"),
    ]
    assert [t for t, _ in _found("Tàu cá neo ở Thái Quốc Loan chờ bão tan.", "C104")] == ["Thái Quốc Loan"]
    quiet = (
        "Theo Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc, giá lương thực tăng.\n"
        "Ngân hàng Phát triển châu Á cấp vốn cho Lào.\nTàu cá neo ở vịnh Thái Lan chờ bão tan."
    )
    assert _found(quiet, "C107") == [] and _found(quiet, "C104") == []


def test_unmarked_name_after_a_capitalised_honorific() -> None:
    """T101: an unmarked name after a capitalised word opening the sentence ('Anh', 'Chi' written without marks) is
    the marked name written elsewhere; before, the honorific and the surname were read as one pair and the surname
    never looked at. Other names than the set's; two different marked people stay apart."""
    text = "Bác sĩ Lê Thị Thu Hà trực đêm. Chi Le Thi Thu Ha cho biết bệnh nhân đã ổn."
    assert _found(text, "T101") == [("Le Thi Thu Ha", "Lê Thị Thu Hà")]
    text = "Khách mời là anh Phạm Quốc Bảo, kỹ sư phần mềm. Anh Pham Quoc Bao kể về dự án."
    assert _found(text, "T101") == [("Pham Quoc Bao", "Phạm Quốc Bảo")]
    assert _found("Em Nguyễn Văn An và Anh Nguyễn Văn Ân cùng dự lễ.", "T101") == []


def test_one_mark_slip_reported_whole_when_a_known_name_opens_it() -> None:
    """T101: a four-syllable name whose first three spell a known person (here 'Nguyễn Thị Hồng', a former governor)
    is reported whole with its slipped mark, not cut after the third syllable; a name not written longer elsewhere
    keeps its span."""
    text = (
        "Ở Bến Tre, chị Nguyễn Thị Hồng Hạnh mở xưởng dừa. Mùa này xưởng đông khách. "
        "Chị Nguyễn Thị Hòng Hạnh kể, năm nay xưởng không thiếu hàng."
    )
    assert _found(text, "T101") == [("Nguyễn Thị Hòng Hạnh", "Nguyễn Thị Hồng Hạnh")]


def test_korean_ambassador_by_his_chinese_name() -> None:
    """N109 (korean_people.tsv): Choi Young-sam 崔泳杉 in pinyin and in Hán-Việt, in sentences not in the set."""
    assert _found("Đại sứ Hàn Quốc tại Việt Nam Cui Yongshan dự lễ khởi công nhà máy.", "N109") == [
        ("Cui Yongshan", "Choi Young-sam")
    ]
    assert _found("Đại sứ Hàn Quốc Thôi Vịnh Sam chúc mừng đội tuyển Việt Nam.", "N109") == [
        ("Thôi Vịnh Sam", "Choi Young-sam")
    ]
    assert _found("Đại sứ Hàn Quốc Choi Young-sam chúc mừng đội tuyển Việt Nam.", "N109") == []
