"""The twelfth adversary held-out set (tests/data/adversary12): world-affairs and economy news with no Vietnamese
party (Russia and India, Japan, Germany, France and Poland, Brazil, Ethiopia and Nigeria), machine-translated
through Chinese. Human-quality texts must get no finding; the MT texts are scored against their annotations
(tests/data/adversary12/README.md lists every miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings

from audit.api import audit_text
from audit.lang.hanviet import load
from audit.model import Severity

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary12"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "01_nga_an_do_putin.txt: C104 'Tân Đức Lý'",
    "01_nga_an_do_putin.txt: N104 'Rajnath'",
    "01_nga_an_do_putin.txt: C101 'Trung Quốc'",
    "02_nhat_ban_kich_thich.jsonl: T307 '21,3 vạn ức'",
    "02_nhat_ban_kich_thich.jsonl: N102 'Phiến Sơn Cao Nguyệt'",
    "02_nhat_ban_kich_thich.jsonl: N108 'Zhitian Henan'",
    "02_nhat_ban_kich_thich.jsonl: C107 'Phong Điền'",
    "02_nhat_ban_kich_thich.jsonl: C102 'Ri-Mei'",
    "03_duc_merz_paris_warsaw.txt: N102 'Mặc Từ'",
    "03_duc_merz_paris_warsaw.txt: C107 'Nam Phương Cộng đồng Thị trường'",
    "03_duc_merz_paris_warsaw.txt: C107 'Tây Môn Tử'",
    "03_duc_merz_paris_warsaw.txt: C107 'Đại Chúng'",
    "04_cop30_belem.jsonl: C104 'Ba Tây'",
    "04_cop30_belem.jsonl: N108 'Hadade'",
    "05_chau_phi_nang_luong.txt: N102 'A Tỷ • Ngải Cáp Mại Đức'",
    "05_chau_phi_nang_luong.txt: N104 'Salva'",
    "05_chau_phi_nang_luong.txt: N102 'Aliko Đan Cách Đặc'",
]
# left alone (README): C101 by design (China is named legitimately too); 'Mặc Từ' is no reading of 默茨 (茨 is tì);
# N102 'Aliko Đan Cách Đặc' (a businessman, in no gazetteer); C102 'Ri-Mei' was found later (leftovers56).
# The company names (C107) came later, with references/companies.tsv (tests/unit/test_companies.py).
FIXED = {
    "01_nga_an_do_putin.txt: C104 'Tân Đức Lý'",
    "03_duc_merz_paris_warsaw.txt: C107 'Nam Phương Cộng đồng Thị trường'",
    "04_cop30_belem.jsonl: C104 'Ba Tây'",
    "05_chau_phi_nang_luong.txt: N104 'Salva'",
    "01_nga_an_do_putin.txt: N104 'Rajnath'",
    "02_nhat_ban_kich_thich.jsonl: T307 '21,3 vạn ức'",
    "02_nhat_ban_kich_thich.jsonl: N102 'Phiến Sơn Cao Nguyệt'",
    "02_nhat_ban_kich_thich.jsonl: N108 'Zhitian Henan'",
    "04_cop30_belem.jsonl: N108 'Hadade'",
    "05_chau_phi_nang_luong.txt: N102 'A Tỷ • Ngải Cáp Mại Đức'",
    "02_nhat_ban_kich_thich.jsonl: C107 'Phong Điền'",
    "03_duc_merz_paris_warsaw.txt: C107 'Tây Môn Tử'",
    "03_duc_merz_paris_warsaw.txt: C107 'Đại Chúng'",
    # leftovers56: a word of two countries' dealings before a romanised pair is read at a sentence's start too
    # ('Quan hệ Ri-Mei'), where only a lowercase 'quan hệ' was
    "02_nhat_ban_kich_thich.jsonl: C102 'Ri-Mei'",
}
MISSES_AFTER_FIX = [m for m in BLIND_MISSES if m not in FIXED]


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt", ".jsonl", ".txt", ".txt"]
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".txt", ".jsonl", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)
    assert len((ADVERSARY / "mt" / "01_nga_an_do_putin.txt").read_text(encoding="utf-8").splitlines()) >= 25


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_quality_texts_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_quality_texts_get_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 45 of 62 planted errors found, 44 with the accepted fix; after the fixes 55 and 54; with the
    company table 58 and 57; with 'Quan hệ' read as a cue at a sentence's start (leftovers56) 59 and 58."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 62
    assert found >= 59, missed
    assert fixed >= 58
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_no_extra_finding_on_mt() -> None:
    """Blind: one extra, T307 '21,3 vạn' inside '21,3 vạn ức yên' with the wrong value '213.000'; now none."""
    extra = unplanted_findings(MT)
    assert extra == []


def test_serious_findings_on_mt_are_planted() -> None:
    """Every major or critical finding on the MT texts is a planted error."""
    for path in MT:
        spans = {n["span"] for n in json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]}
        assert [f.text for _, f in findings_of(path) if f.severity >= Severity.MAJOR and f.text not in spans] == []


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_trillion_in_myriads_is_read_whole() -> None:
    """'vạn ức' is 万亿 (10¹²): the whole unit is the finding, not its 'vạn' read as 10⁴."""
    assert _found("Ngân sách quốc phòng năm nay đạt 4,8 vạn ức won, tăng 7%.", "T307") == [("4,8 vạn ức", "4.800 tỷ")]
    assert _found("GDP cả nước vượt 126 vạn ức nhân dân tệ.", "T307") == [("126 vạn ức", "126.000 tỷ")]
    assert _found("Hàng vạn người dự lễ; những ký ức về chiến tranh vẫn còn.", "T307") == []


def test_capitals_that_are_no_time_zone_city() -> None:
    """New Delhi, Canberra, Islamabad, Ankara … in the Hán-Việt of their Chinese names (capitals.zh.tsv)."""
    assert _found("Thủ tướng Australia đón đoàn tại Kham Bồi Lạp hôm qua.", "C104") == [("Kham Bồi Lạp", "Canberra")]
    assert _found("Hội nghị diễn ra ở Y Tư Lan Bảo trong hai ngày.", "C104") == [("Y Tư Lan Bảo", "Islamabad")]
    assert _found("Tổng thống trở về An Tạp Lạp sau chuyến thăm.", "C104") == [("An Tạp Lạp", "Ankara")]
    quiet = "Đoàn tới New Delhi, Canberra, Islamabad và Ankara; thủ đô Abuja của Nigeria đông đúc."
    assert _found(quiet, "C104") == []


def test_main_reading_first() -> None:
    """A character's main Hán-Việt reading comes first whatever the table's order (皋 'cao', 勒 'lặc')."""
    hv = load()
    assert hv.main_first("皋")[0] == "cao"
    assert hv.main_first("勒")[0] == "lặc"


def test_new_office_holders() -> None:
    """The gazetteer's new holders: a given name alone after the title, a pinyin name, a Hán-Việt name."""
    assert _found("Bộ trưởng Tài chính Brazil Fernando cho biết lạm phát đã giảm.", "N104") == [
        ("Fernando", "Fernando Haddad")
    ]
    assert _found("Bộ trưởng Tài chính Brazil Fernando Haddad cho biết lạm phát đã giảm.", "N104") == []
    assert _found("Bộ trưởng Quốc phòng Nga Biệt Lạc Ô Sách Phu thăm Ấn Độ.", "N102") == [
        ("Biệt Lạc Ô Sách Phu", "Andrei Belousov")
    ]
    assert _found("Bộ trưởng Quốc phòng Nga Andrei Belousov thăm Ấn Độ.", "N102") == []


def test_a_country_reading_listed_with_countries() -> None:
    """A two-syllable country reading needs a place word before it, or another country listed beside it."""
    assert _found("Hàng hóa xuất sang Argentina, Ba Tây và Chile tăng mạnh.", "C104") == [("Ba Tây", "Brazil")]
    assert _found("Chile, Sa Đặc và Qatar ký thỏa thuận hợp tác.", "C104") == [("Sa Đặc", "Ả Rập Xê Út")]
    assert _found("Ông Ba Tây và bà Tư cùng dự lễ; xóm Ba Tây và xã Tân Thành đón bằng công nhận.", "C104") == []


def test_the_longest_country_name_in_a_title() -> None:
    """'Tổng thống Nam Sudan' names South Sudan, not Sudan; a wrong country is still found."""
    assert _found("Tổng thống Nam Sudan Salva Kiir tiếp đoàn đại biểu.", "N107") == []
    assert _found("Tổng thống Nam Phi Salva Kiir tiếp đoàn đại biểu.", "N107") == [("Nam Phi", "Nam Sudan")]


def test_mercosur_in_hanviet_and_pinyin() -> None:
    """南方共同市场 and its short form 南共市 read in Hán-Việt or left in pinyin."""
    assert _found("Các nước Nam Cộng Thị họp thượng đỉnh tại Asunción.", "C107") == [("Nam Cộng Thị", "Mercosur")]
    assert _found("Uruguay muốn Nangongshi sớm ký hiệp định với Canada.", "C107") == [("Nangongshi", "Mercosur")]
    assert _found("Ông Nam Cộng Thị là giáo viên; khối Mercosur họp tại Asunción.", "C107") == []
