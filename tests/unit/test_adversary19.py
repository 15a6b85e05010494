"""The nineteenth adversary held-out set (tests/data/adversary19): a blind MEASUREMENT of records with a source.
Five MT files (an HPV vaccination notice in TSV with references, a Mekong flood bulletin from Chinese in JSONL, a
shopping app's UI strings in XLIFF 2.0 with inline codes, an admissions portal in gettext PO, a court verdict report
in XLIFF 1.2) were written and annotated before the tool ran on them; two human-quality files (a dengue notice from
Chinese, a library app in XLIFF 1.2) must stay quiet. The blind figures are the floor; the after-fix figures are
asserted below (README: every miss and its cause)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary19"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 61b0987): 65 of 68 found, 64 with the accepted fix; these 3 were missed.
BLIND_MISSES = [
    "02_lu_mekong.jsonl: A107 'Philippines'",
    "04_tuyen_sinh_lakeview.vi.po: L101 'on a first-come, first-served basis'",
    "05_ban_an_antwerp.xlf: A104 'AN/2025/4417'",
]
# Blind, four findings outside the planted (rule, span) pairs: two true ones (the lost 'before %s' is a dropped
# clause as well as a lost directive; the changed case number is found by A101 on its digits), a part of the
# planted English tail, and a false one ('La Nina' for 拉尼娜 read as a Chinese name in pinyin).
BLIND_EXTRAS = {
    ("04_tuyen_sinh_lakeview.vi.po", "A105", "Nộp hồ sơ qua %s."),
    ("05_ban_an_antwerp.xlf", "A101", "4417"),
    ("04_tuyen_sinh_lakeview.vi.po", "L101", "first-served basis"),
    ("02_lu_mekong.jsonl", "N101", "La Nina"),
}
# Blind, one finding on the clean files: A104 read 'library@lakeview-tech.example<x id="2"/>or' as one address.
BLIND_CLEAN = {("02_thu_vien_so.xlf", "A104", "library@lakeview-tech.exampleho")}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".jsonl", ".xlf"]
    assert [p.suffix for p in MT] == [".tsv", ".jsonl", ".xlf", ".po", ".xlf"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """108 records in TSV, JSONL, XLIFF 2.0, PO and XLIFF 1.2, each with its source (four targets are empty)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and len(segments) == 108 and all(s.source for s in segments)
    assert sum(not s.text for s in segments) == 4


# After the fixes of this round (README): A107 reads a country after 'miền Trung'/'phía Bắc'; A104 parts tokens
# at a standalone inline code and reads a case number between slashes; N101 leaves a transcribed foreign word
# ('La Nina') alone and spells 李 'Lý'; L101 reads a hyphenated compound as one word of an English phrase and a
# comma between compounds inside it.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 68, 68
AFTER_FIX_MISSES: set[str] = set()
AFTER_FIX_EXTRAS = {("04_tuyen_sinh_lakeview.vi.po", "A105", "Nộp hồ sơ qua %s.")}


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_translations_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_translations_get_no_finding_at_all() -> None:
    """Blind, BLIND_CLEAN; after the fixes, none."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 65 of 68 found, 64 with the accepted fix; after the fixes 68 and 68."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 68
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED, missed
    assert set(missed) <= AFTER_FIX_MISSES <= set(BLIND_MISSES)


def test_no_new_finding_outside_planted_spans() -> None:
    extra = set(unplanted_findings(MT))
    assert extra <= AFTER_FIX_EXTRAS <= BLIND_EXTRAS, sorted(extra - AFTER_FIX_EXTRAS)


# ---------------------------------------------------------------- after the blind scoring: the fixes, each on
# records that are not in the set (fires and quiet)


def _run(pairs: list[tuple[str, str]], select: str) -> list[tuple[str, str, str | None]]:
    from audit.api import document_from_pairs
    from audit.pipeline import Settings, run_rules
    from audit.rules.registry import select_rules

    doc = document_from_pairs(pairs)
    return [(f.rule, f.text, f.suggestion) for f in run_rules(doc, [c() for c in select_rules([select])], Settings())]


def test_a_country_after_a_compass_word_of_its_parts() -> None:
    """'miền Trung Philippines', 'phía Bắc Lào': the capitalised compass word is no personal name, so the country
    after it is read (A107 finds the swap); 'khu vực Tây Úc' (a state's proper name) and names stay as before."""
    fires = [
        ("Heavy rain hit northern Laos.", "Mưa lớn đổ xuống phía Bắc Campuchia."),
        ("洪水淹没了菲律宾南部。", "Lũ lụt nhấn chìm miền Nam Indonesia."),
    ]
    assert _run(fires, "A107") == [("A107", "Campuchia", "Lào"), ("A107", "Indonesia", "Philippines")]
    quiet = [
        ("Heavy rain hit northern Laos.", "Mưa lớn đổ xuống phía Bắc Lào."),
        ("洪水淹没了菲律宾南部。", "Lũ lụt nhấn chìm miền Nam Philippines."),
    ]
    assert _run(quiet, "A107") == []
    from audit.lang.countries import find_mentions

    assert [m.iso for m in find_mentions("Mưa lớn ở miền Trung Philippines và phía Tây Nam Lào.")] == ["PH", "LA"]
    assert find_mentions("Đàn cá tập trung ở khu vực Tây Úc.") == []
    assert find_mentions("Ca sĩ Thúy Nga gặp chị Trung Anh.") == []


def _xliff12(tmp_path: Path, units: list[tuple[str, str]]) -> Path:
    body = "".join(
        f'<trans-unit id="{k}"><source>{s}</source><target>{t}</target></trans-unit>' for k, (s, t) in enumerate(units)
    )
    path = tmp_path / "units.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file original="a" source-language="en" target-language="vi" datatype="plaintext"><body>{body}'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    return path


def test_a_standalone_code_parts_an_address_from_the_next_word(tmp_path: Path) -> None:
    """'desk@harbour-news.example<x id="1"/>or': the code parts the address from the word after it; an address
    changed beside such a code is still flagged where it stands, with the source's as the fix."""
    path = _xliff12(
        tmp_path,
        [
            (
                'Write to desk@harbour-news.example<x id="1"/>or phone us.',
                'Hãy viết tới desk@harbour-news.example<x id="1"/>hoặc gọi điện cho chúng tôi.',
            ),
            (
                'Write to desk@harbour-news.example<x id="1"/>or phone us.',
                'Hãy viết tới desk@harbournews.example<x id="1"/>hoặc gọi điện cho chúng tôi.',
            ),
            ('Timetables: oslo-ferries.example/summer<x id="2"/>Tickets', 'Giờ chạy tàu<x id="2"/>Vé'),
        ],
    )
    got = [(d.segments[f.segment].record, f.text, f.suggestion) for d, f in findings_of(path) if f.rule == "A104"]
    assert got == [
        ("1", "desk@harbournews.example", "desk@harbour-news.example"),
        ("2", "Giờ chạy tàuVé", None),
    ]


def test_a_case_number_between_slashes_is_a_code() -> None:
    fires = [
        ("Regulation EU/2024/1689 applies from August.", "Quy định EU/2024/1698 áp dụng từ tháng 8."),
        ("File KT/118/2023 was closed.", "Hồ sơ đã được đóng lại."),
    ]
    assert _run(fires, "A104") == [
        ("A104", "EU/2024/1698", "EU/2024/1689"),
        ("A104", "Hồ sơ đã được đóng lại.", None),
    ]
    quiet = [
        ("Resolution A/RES/76/262 was adopted.", "Nghị quyết A/RES/76/262 được thông qua."),
        ("The fee is 20 USD/2025 season at 5 km/h, 24/7.", "Phí là 20 USD/mùa 2025, 5 km/h, 24/7."),
        ("File KT/118/2023 was closed.", "Hồ sơ KT/118/2023 đã được đóng lại."),
    ]
    assert _run(quiet, "A104") == []


def test_a_transcribed_foreign_word_is_no_pinyin_name_and_li_is_ly() -> None:
    """拉尼娜 'La Nina' is the Spanish word as Vietnamese writes it (its first syllable no Chinese surname, 'Nina' a
    common word), not a Chinese name; a name's 李 is 'Lý' and 美 'Mỹ', as the press writes them."""
    quiet = [
        ("受拉尼娜影响，雨量增加。", "Do ảnh hưởng của La Nina, lượng mưa tăng."),
        ("厄尔尼诺现象结束。", "Hiện tượng El Nino kết thúc."),
    ]
    assert _run(quiet, "N1") == []
    fires = [
        ("网球运动员李娜夺冠。", "Tay vợt Li Na giành chức vô địch."),
        ("工程师李文博介绍了项目。", "Kỹ sư Li Wenbo giới thiệu dự án."),
        ("歌手王美玲举办演唱会。", "Ca sĩ Wang Meiling tổ chức buổi hòa nhạc."),
    ]
    assert [(t, s) for _, t, s in _run(fires, "N101")] == [
        ("Li Na", "Lý Na"),
        ("Li Wenbo", "Lý Văn Bác"),
        ("Wang Meiling", "Vương Mỹ Linh"),
    ]


def test_a_hyphenated_compound_inside_an_english_phrase() -> None:
    """'on a case-by-case basis', 'on a first-come basis': the compound is one word of the phrase (major, with its
    article and particle); a comma between two compounds is inside the phrase. Loans stay quiet."""
    from audit.api import audit_text

    def hits(text: str) -> list[tuple[str, str]]:
        return [(f.text, str(f.severity)) for f in audit_text(text, select=["L101"])]

    assert hits("Hồ sơ học bổng được xét on a case-by-case basis.") == [("on a case-by-case basis", "major")]
    assert hits("Vé hòa nhạc được bán on a first-come basis.") == [("on a first-come basis", "major")]
    assert hits("Nguyên tắc ở đây là well-known, long-established.") == [("well-known, long-established", "minor")]
    for quiet in (
        "Chúng tôi làm thủ tục check-in online tại sân bay.",
        "Dịch vụ e-mail, check-in và wi-fi miễn phí.",
        "Cô ấy là fan của K-pop và hip-hop.",
        "Nhà máy dùng quy trình chemical-mechanical polishing (CMP) để làm phẳng tấm bán dẫn.",
    ):
        assert hits(quiet) == [], quiet
