"""The twenty-fifth adversary held-out set (tests/data/adversary25): the closing blind measurement of round 10.
Four files machine-translated through Chinese (the Việt Nam–India Defence Policy Dialogue and the Wang Fuk Court
fire in Hong Kong as plain text, Mount Semeru's eruption as JSONL with its Chinese source, an invented K-pop
concert in Hà Nội saved from an entertainment site of a new template) and one through English (Thailand's snap
election as TSV src/mt/ref) were written and annotated before the tool ran on them; two human-style news texts
must stay free of findings. The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary25"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "05_concert_kpop_ha_noi.html"

# Blind (main at 97e2439, data at 8615130): 56 of 72 found, 54 with the accepted fix; these 16 were missed.
BLIND_MISSES = [
    "01_doi_thoai_quoc_phong_an_do.txt: N103 'Rajesh Kumar Singh'",
    "01_doi_thoai_quoc_phong_an_do.txt: T308 'biểu thị'",
    "01_doi_thoai_quoc_phong_an_do.txt: C103 'Bên Ấn'",
    "01_doi_thoai_quoc_phong_an_do.txt: T101 'Hoàng Xuân Chiên'",
    "01_doi_thoai_quoc_phong_an_do.txt: L101 'shipbuilding'",
    "01_doi_thoai_quoc_phong_an_do.txt: N103 'Phan Văn Giao'",
    "02_chay_chung_cu_hong_kong.txt: C106 'Dapu'",
    "02_chay_chung_cu_hong_kong.txt: F107 'liên quan đến'",  # annotated 'đến' blind (span corrected)
    "02_chay_chung_cu_hong_kong.txt: T101 'Đặng Bính Cường'",
    "03_nui_lua_semeru.jsonl: C104 'Đông Trảo Oa'",
    "03_nui_lua_semeru.jsonl: N108 'Abudule Muhali'",
    "04_bau_cu_thai_lan.tsv: N103 'Paetongtarn Shinawatra'",
    "04_bau_cu_thai_lan.tsv: F107 'về'",
    "05_concert_kpop_ha_noi.html: C106 'Meiting'",
    "05_concert_kpop_ha_noi.html: C103 'Phía Han'",
    "05_concert_kpop_ha_noi.html: T101 'Kang Min-so'",
]
# Blind, one page line classified against its annotation: the inline ticket promo inside the article body.
BLIND_CHROME = ["05_concert_kpop_ha_noi.html: 'Đặt vé concert giá tốt' should be boilerplate"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".txt", ".jsonl", ".tsv", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 56 of 72 found, 54 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 72
    assert found >= 56 and fixed >= 54
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_finding_outside_planted_spans() -> None:
    """Blind: every finding on the MT files is a planted (rule, span)."""
    assert unplanted_findings(MT) == []


def test_page_chrome_at_least_as_blind() -> None:
    """Blind: 28 of the 29 listed lines of the saved page (17 chrome, 12 article) classified as annotated."""
    assert set(chrome_misclassified(PAGE)) <= set(BLIND_CHROME)


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 63, 62
AFTER_FIX_MISSES = {
    "01_doi_thoai_quoc_phong_an_do.txt: N103 'Rajesh Kumar Singh'",
    "01_doi_thoai_quoc_phong_an_do.txt: L101 'shipbuilding'",
    "02_chay_chung_cu_hong_kong.txt: C106 'Dapu'",
    "03_nui_lua_semeru.jsonl: N108 'Abudule Muhali'",
    "04_bau_cu_thai_lan.tsv: N103 'Paetongtarn Shinawatra'",
    "04_bau_cu_thai_lan.tsv: F107 'về'",
    "05_concert_kpop_ha_noi.html: C106 'Meiting'",
    "05_concert_kpop_ha_noi.html: C103 'Phía Han'",
    "05_concert_kpop_ha_noi.html: T101 'Kang Min-so'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 63 of 72 found, 62 with the accepted fix (F107's span corrected after scoring to the
    rule's listed ending 'liên quan đến'); no finding outside the planted spans; the page's chrome as annotated."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert chrome_misclassified(PAGE) == []


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_name_written_once_with_one_syllable_remarked() -> None:
    """T101: a three-syllable name once with other marks on one syllable, after the title its main form has."""
    assert _found(
        "Ông Trương Quang Nghĩa phát biểu.\n\nÔng Trương Quang Nghĩa nói.\n\nÔng Trương Quang Nghìa cảm ơn.", "T101"
    ) == [("Trương Quang Nghìa", "Trương Quang Nghĩa")]
    assert _found(
        "Đại tá Lò Văn Thắm dự lễ.\n\nĐại tá Lò Văn Thắm phát biểu.\n\nĐại tá Lò Văn Thầm kết luận.", "T101"
    ) == [("Lò Văn Thầm", "Lò Văn Thắm")]
    for quiet in (
        # another honorific: another person (a daughter, a sister)
        "Bà Vũ Thị Hoa dạy văn.\n\nBà Vũ Thị Hoa nghỉ hưu.\n\nEm gái bà, cô Vũ Thị Hòa, làm y tá.",
        # both forms in one sentence: two people
        "Ông Đỗ Văn Tấn và ông Đỗ Văn Tân cùng dự.\n\nÔng Đỗ Văn Tấn phát biểu.",
        # one mention each: no main form
        "Ông Hà Minh Đức dự họp.\n\nÔng Hà Minh Dực phát biểu.",
        # two syllables changed
        "Ông Mai Tiến Dũng dự.\n\nÔng Mai Tiến Dũng nói.\n\nÔng Mai Tiền Dùng nói thêm.",
    ):
        assert _found(quiet, "T101") == [], quiet


def test_a_minister_under_a_bare_title() -> None:
    """N103: after a bare 'Bộ trưởng', a one-syllable miss of a Vietnamese minister the article names in full."""
    text = "Bộ trưởng Bộ Y tế Đào Hồng Lan kiểm tra bệnh viện.\n\nBộ trưởng Đào Hồng Lam yêu cầu tăng giường bệnh."
    assert _found(text, "N103") == [("Đào Hồng Lam", "Đào Hồng Lan")]
    assert _found("Bộ trưởng Đào Hồng Lam yêu cầu tăng giường bệnh.", "N103") == []  # nobody named in full
    assert _found("Bộ trưởng Bộ Y tế Đào Hồng Lan kiểm tra.\n\nBộ trưởng Đào Hồng Lan yêu cầu.", "N103") == []


def test_side_read_ben_opening_the_sentence() -> None:
    """C103: 方 read 'bên' before a side's verb at the sentence's start; 'over in X' and full names stay quiet."""
    assert _found("Việt Nam và Ấn Độ ký ba văn kiện.\n\nBên Ấn khẳng định ủng hộ doanh nghiệp Việt Nam.", "C103") == [
        ("Bên Ấn", "Phía Ấn Độ")
    ]
    for quiet in (
        "Việt Nam và Ấn Độ ký ba văn kiện.\n\nCon gái tôi sang bên Ấn học từ năm ngoái.",
        "Việt Nam và Ấn Độ ký ba văn kiện.\n\nBên Ấn Độ khẳng định ủng hộ doanh nghiệp Việt Nam.",
        "Việt Nam và Ấn Độ ký ba văn kiện.\n\nBên Ấn, mùa mưa đến sớm.",
    ):
        assert _found(quiet, "C103") == [], quiet


def test_speech_verb_after_a_military_rank() -> None:
    assert _found("Thiếu tướng Vũ Hải Sản biểu thị, hai lực lượng sẽ phối hợp chặt chẽ.", "T308") == [
        ("biểu thị", "cho biết")
    ]
    assert _found("Đại tá Vũ Hải Sản nói vạch xanh biểu thị tuyến tuần tra.", "T308") == []


def test_java_in_han_viet() -> None:
    assert _found("Lũ quét ở tỉnh Trung Trảo Oa làm 12 người mất tích.", "C104") == [("Trung Trảo Oa", "Trung Java")]
    assert _found("Indonesia cho biết đảo Trảo Oà có mật độ dân số cao.", "C104") == [("Trảo Oà", "Java")]
    assert _found("Sử cũ chép rằng thuyền buôn nước Trảo Oa từng cập cảng Vân Đồn.", "C104") == []


def test_a_verb_that_needs_its_object_ending_the_sentence() -> None:
    assert _found("Công an đã triệu tập năm người có liên quan tới.", "F107") == [("liên quan tới", None)]
    assert _found("Những sai sót này có thể dẫn đến.", "F107") == [("dẫn đến", None)]
    assert _found("Đoàn công tác đã đến. Mọi người có liên quan đến dự án được mời.", "F107") == []


def test_an_afternoon_hour_is_fixed_on_the_24_hour_clock() -> None:
    from audit.api import audit_pairs

    def hits(src: str, tgt: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in audit_pairs([(src, tgt)], select=["A101"])]

    assert hits("The museum closes at 6 p.m.", "Bảo tàng đóng cửa lúc 16 giờ.") == [("16", "18")]
    assert hits("The museum closes at 6 p.m.", "Bảo tàng đóng cửa lúc 18 giờ.") == []
    assert hits("The museum opens at 8 a.m.", "Bảo tàng mở cửa lúc 9 giờ.") == [("9", "8")]


def test_a_promo_box_in_the_article_is_chrome(tmp_path: Path) -> None:
    from audit.corpus import ReadOptions, discover, read_file

    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><article><h1>Giá lúa tăng mạnh ở Đồng Tháp</h1>"
        "<p>Giá lúa tại Đồng Tháp tăng 300 đồng mỗi ký trong tuần qua, theo các thương lái.</p>"
        '<div class="box-promo">Mua phân bón giảm giá 20% tại NôngMart – Xem ngay</div>'
        "<p>Nông dân cho biết vụ thu đông năm nay được mùa và được giá.</p></article></body></html>",
        encoding="utf-8",
    )
    errors: list = []
    segments = [s for d in read_file(discover([str(page)], errors)[0], ReadOptions(), errors) for s in d.segments]
    promo = [s for s in segments if "NôngMart" in s.text]
    assert promo and all(s.boilerplate for s in promo)
    assert not any(s.boilerplate for s in segments if "Nông dân" in s.text)
