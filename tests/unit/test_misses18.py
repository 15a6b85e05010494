"""Fixes of round 18's misses18 helper: groups of planted errors last round's blind sets (adversary46 … 51) left,
each fix tested here on names, places and sentences that are in NO set, both ways (fires / stays quiet)."""

from __future__ import annotations

from audit.api import audit_text


def _spans(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


def test_same_day_clause_dates_from_a_day_not_a_recalled_year() -> None:
    """'Cùng ngày, …' counts from the last day's date written before it, not from a year the sentence before
    recalls ('Hiệp định Paris năm 2015'): a former Prime Minister of Japan named as the current one in November 2025
    is found (adversary51 had Olaf Scholz after a mention of UNCLOS 1982). A same-day clause after a date of his
    tenure, and one after a day of the year he left but before he left, stay quiet."""
    former = (
        "Tokyo, 20/11/2025 - Hai bên nhắc lại Hiệp định Paris năm 2015 về khí hậu.\n"
        "Cùng ngày, Thủ tướng Nhật Bản Shigeru Ishiba tiếp đoàn đại biểu."
    )
    assert _spans(former, "N103") == ["Thủ tướng Nhật Bản Shigeru Ishiba"]
    in_office = (
        "Tokyo, 20/11/2025 - Ngày 3/4/2025, đoàn đến Tokyo dự hội nghị về khí hậu năm 1990.\n"
        "Cùng ngày, Thủ tướng Nhật Bản Shigeru Ishiba tiếp đoàn đại biểu."
    )
    assert _spans(in_office, "N103") == []
    earlier = (
        "Luân Đôn, 12/11/2025 - Ngày 3 tháng 2 năm 2023, hai nước ký hiệp định.\n"
        "Ngày hôm sau, Thủ tướng Anh Rishi Sunak tiếp đoàn."
    )
    assert _spans(earlier, "N103") == []


def test_honorific_after_a_name_behind_an_occupation_or_rank() -> None:
    """N106 reads a Chinese honorific after a full Vietnamese name behind a noun for the person's post or rank
    that no title table lists ('Cơ trưởng', 'Đại úy', 'Kỹ sư trưởng'), and T308 reads 'biểu thị' as the speech verb
    after such a name and its honorific (adversary51: a ship's captain). A teacher's old 'thầy … tiên sinh', a
    poet's 'nhà thơ … nữ sĩ' and a map's 'biểu thị' stay quiet."""
    text = (
        "Cơ trưởng Lê Văn Nam tiên sinh biểu thị, máy bay đã hạ cánh an toàn.\n"
        "Đại úy Trịnh Thị Mai nữ sĩ cho biết đơn vị đã sẵn sàng."
    )
    assert _spans(text, "N106") == ["tiên sinh", "nữ sĩ"]
    assert _spans(text, "T308") == ["biểu thị"]
    quiet = (
        "Học trò trường làng gọi thầy Đỗ Văn Hào tiên sinh.\n"
        "Nhà thơ Đoàn Thị Điểm nữ sĩ để lại bản dịch Chinh phụ ngâm.\n"
        "Trên bản đồ, vùng Lam tiên sinh biểu thị, theo chú giải, một trạm cứu hộ."
    )
    assert _spans(quiet, "N106") == [] and _spans(quiet, "T308") == []


def test_foreign_city_pinyin_with_transliteration_readings() -> None:
    """柏 is 'bo' and 什 'shi' in Chinese names of foreign places (柏林 Berlin, 塔什干 Tashkent), not their everyday
    'bai' and 'shen': 'Dubolin' (Dublin), 'Tashigan' (Tashkent) and 'Bishikaike' (Bishkek) after a place word are
    found (adversary51 had 'Bolin'); a person called Bolin is not a place."""
    found = {
        (f.text, f.suggestion)
        for f in audit_text(
            "Đoàn bay tới Tashigan rồi sang thủ đô Bishikaike của Kyrgyzstan.\nHội nghị diễn ra tại Dubolin, Ireland.",
            select=["C106"],
        )
    }
    assert found == {("Tashigan", "Tashkent"), ("Bishikaike", "Bishkek"), ("Dubolin", "Dublin")}
    assert _spans("Ông Bolin là kỹ sư người Thụy Điển; bà Tashi mở quán trà.", "C106") == []


def test_one_candidate_stated_to_be_a_member_now() -> None:
    """C108: one candidate of a bloc said to be a member now, in apposition or after 'là', is minor (adversary51
    had Ukraine as an EU member); a candidate called one, a wish to join, a country in a list and a real member
    stay quiet."""
    text = (
        "Đức sẽ tiếp tục hỗ trợ Montenegro, thành viên Liên minh châu Âu, trong cải cách tư pháp.\n"
        "Theo ông, Albania là thành viên EU có tốc độ tăng trưởng cao."
    )
    found = [(f.text, f.severity.name) for f in audit_text(text, select=["C108"])]
    assert found == [("Montenegro", "MINOR"), ("Albania", "MINOR")]
    quiet = (
        "Moldova, ứng viên thành viên EU, và Serbia mong muốn gia nhập EU.\n"
        "Bắc Macedonia, thành viên NATO, ủng hộ; Phần Lan là thành viên EU từ năm 1995."
    )
    assert _spans(quiet, "C108") == []


def test_organisations_by_full_chinese_names_in_han_viet() -> None:
    """C107: UNCLOS by its short Chinese name 海洋法公约 and in the press's mixed case, Rheinmetall with 属 read
    'thuộc', the Diplomatic Academy and the ADB in Chinese word order (adversary51 and 46 had the full UNCLOS name,
    'Kim Chúc', and 'Ngân hàng Á Châu Khai Phát'); the province Hải Dương, the bank ACB ('Ngân hàng Á Châu') and the
    academy's own name stay quiet."""
    found = {
        (f.text, f.suggestion)
        for f in audit_text(
            "Việt Nam luôn tuân thủ Hải Dương Pháp Công Ước và luật pháp quốc tế.\n"
            "Các bên viện dẫn Liên hợp quốc Hải dương pháp công ước năm 1982.\n"
            "Đoàn tham quan nhà máy của Lai Nhân Kim Thuộc ở Unterlüß.\n"
            "Sinh viên Ngoại giao Học viện dự hội thảo do Á Châu Khai Phát tài trợ.",
            select=["C107"],
        )
    }
    assert found == {
        ("Hải Dương Pháp Công Ước", "Công ước Liên Hợp Quốc về Luật Biển"),
        ("Liên hợp quốc Hải dương pháp công ước", "Công ước Liên Hợp Quốc về Luật Biển"),
        ("Lai Nhân Kim Thuộc", "Rheinmetall"),
        ("Ngoại giao Học viện", "Học viện Ngoại giao"),
        ("Á Châu Khai Phát", "ADB"),
    }
    quiet = (
        "Tỉnh Hải Dương phát triển công nghiệp; Ngân hàng Á Châu (ACB) tăng vốn.\n"
        "Học viện Ngoại giao tổ chức hội thảo về Công ước Liên Hợp Quốc về Luật Biển."
    )
    assert _spans(quiet, "C107") == []


def test_pinyin_name_after_a_court_presidents_title_and_the_courts_name() -> None:
    """N108's pinyin shape counts after 'Chánh án Tòa án …' and the court's name of any case (adversary51 had the
    president of ITLOS as 'Tomas Haidaer' 海达尔): a pinyin-shaped name after another court's is found, minor and
    without a fix; Latin names and a Vietnamese judge after such a title stay quiet."""
    fires = "Chánh án Tòa án Hình sự Quốc tế Kalimu Kahanuo phát biểu khai mạc."
    assert [(f.text, f.severity.name) for f in audit_text(fires, select=["N108"])] == [("Kalimu Kahanuo", "MINOR")]
    quiet = (
        "Phó Chánh án Tòa án Công lý Quốc tế Julia Sebutinde phát biểu.\n"
        "Chánh án Tòa án Trọng tài Thể thao Matthieu Reeb cho biết.\n"
        "Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quảng phát biểu."
    )
    assert _spans(quiet, "N108") == []


def test_dateline_place_in_pinyin_written_in_capitals() -> None:
    """C106: a dateline's place in pinyin written in capitals, after an agency's tag and before a date, or before an
    agency's tag and a dash, is found with its fix (the brief's 'all-caps pinyin datelines'; adversary51 had 'Bolin,
    25/11/2025' in title case). A Vietnamese dateline in capitals, an acronym and an English city stay quiet."""
    found = {
        (f.text, f.suggestion)
        for f in audit_text(
            "(TTXVN) MOSIKE, 20/11/2025 – Chủ tịch nước hội đàm với Tổng thống Nga.\n"
            "TASHIGAN (TTXVN) – Đoàn doanh nghiệp Việt Nam làm việc với các đối tác Uzbekistan.",
            select=["C106"],
        )
    }
    assert found == {("MOSIKE", "Mát-xcơ-va"), ("TASHIGAN", "Tashkent")}
    quiet = (
        "HÀ NỘI (TTXVN) – Đoàn công tác lên đường.\n"
        "NASA, 20/11/2025 – Cơ quan công bố ảnh mới.\n"
        "WASHINGTON (TTXVN) – Ông cho biết hai bên sẽ gặp lại."
    )
    assert _spans(quiet, "C106") == []


def test_a_country_abbreviation_with_two_han_viet_readings() -> None:
    """卡 (Qatar) is 'Ca' and 'Tạp' in Hán-Việt: the side and the pair calqued with 'Tạp' are found in sentences not
    in adversary49; a given name 'Tạp' before 'phương án' and the word 'tạp hóa' stay quiet."""
    text = (
        "Việt Nam và Qatar ký thỏa thuận về năng lượng.\n"
        "Tạp phương sẵn sàng mở rộng đầu tư; quan hệ Việt-Tạp phát triển tốt."
    )
    found = {(f.rule, f.text) for f in audit_text(text, select=["C102", "C103"])}
    assert found == {("C103", "Tạp phương"), ("C102", "Việt-Tạp")}
    quiet = "Việt Nam và Qatar ký thỏa thuận.\nÔng Trần Văn Tạp phương án mới đã được duyệt. Chợ tạp hóa mở cửa."
    assert list(audit_text(quiet, select=["C102", "C103"])) == []


def test_china_named_only_in_two_slips_of_a_many_country_story() -> None:
    """C101: in a story of several ambassadors received by the President, 'Trung Quốc' said twice for Việt Nam (the
    President's own stance, an ambassador's relation with Việt Nam) made China a topic country and hid both slips
    (adversary47). With China named at most twice, never its cities, institutions or leaders, and not the partner,
    every name must fit a frame: both are found in a story of other countries (Chile, Ai Cập, Ireland). Quiet: the
    same frames in a story that names China's leader, and a President who speaks of Việt Nam."""
    text = (
        "Chủ tịch nước Lương Cường nhận quốc thư của các Đại sứ Chile, Ai Cập và Ireland\n"
        "Sáng 10/12, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã nhận quốc thư của Đại sứ Chile, Đại sứ Ai Cập và "
        "Đại sứ Ireland tại Việt Nam.\n"
        "Tiếp Đại sứ Chile, Chủ tịch nước khẳng định Trung Quốc luôn coi trọng quan hệ với các nước Mỹ Latinh, trong "
        "đó có Chile.\n"
        "Tiếp Đại sứ Ireland, Chủ tịch nước cảm ơn Ireland đã hỗ trợ Việt Nam trong giáo dục.\n"
        "Đại sứ Ireland khẳng định quan hệ hữu nghị giữa Ireland và Trung Quốc đang phát triển tốt đẹp.\n"
        "Đại sứ Ai Cập cho biết Ai Cập mong muốn mở rộng hợp tác với Việt Nam."
    )
    assert _spans(text, "C101") == ["Trung Quốc", "Trung Quốc"]
    anchored = text + "\nTrước đó, Chủ tịch Trung Quốc Tập Cận Bình đã gửi thư chúc mừng."
    assert _spans(anchored, "C101") == []
    own = text.replace("khẳng định Trung Quốc luôn", "khẳng định Việt Nam luôn").replace(
        "giữa Ireland và Trung Quốc", "giữa Ireland và Việt Nam"
    )
    assert _spans(own, "C101") == []
