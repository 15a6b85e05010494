"""The thirty-fifth adversary held-out set (tests/data/adversary35): English→Vietnamese MT as a localisation team
gets it — an energy company's sustainability report as XLIFF 1.2, a football club's press release as TSV
src/mt/ref, an aquarium's audio guide as WebVTT, a smart-home app's strings as JSONL, a news article as plain
text — written and annotated before the tool ran on it; a human-quality story and a faithfully translated app's
strings must stay free of findings. The blind figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary35"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (data at 3f9a0fe, main at 6f7786b): 61 of 67 found, 60 with the accepted fix; these 6 were missed (the
# T303 one an annotation slip, its span corrected at 0a02eca: the rule had found the weekday).
BLIND_MISSES = [
    "01_bao_cao_ben_vung.vi.xlf: A101 '1,2 tỷ EUR'",
    "04_chuoi_nha_thong_minh.jsonl: A111 'Hãy rút phích cắm bộ điều khiển trung tâm trong khi cập nhật phần mềm.'",
    "05_trai_cay_brazil.txt: L101 'official'",
    "05_trai_cay_brazil.txt: T101 'Nguyễn Thị Lan Hướng'",
    "05_trai_cay_brazil.txt: N103 'Đỗ Đức Huy'",
    "05_trai_cay_brazil.txt: T303 'thứ Năm, ngày 21/1/2027'",
]
# After the fixes: README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 65, 64
AFTER_FIX_MISSES = {
    "05_trai_cay_brazil.txt: L101 'official'",
    "05_trai_cay_brazil.txt: T101 'Nguyễn Thị Lan Hướng'",
}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".txt", ".jsonl"]
    assert [p.suffix for p in MT] == [".xlf", ".tsv", ".vtt", ".jsonl", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_clean_files_get_no_finding_at_all() -> None:
    """Blind and after: not even a minor finding on the boat-library story or the yoga app's strings."""
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """Blind 61 of 67 (60 with the fix); after the fixes 65 of 67, 64 with the accepted fix."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 67
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind there were two: F107 'tại' in 'nước sở tại' (fixed) and the slipped T303 annotation (corrected)."""
    assert unplanted_findings(MT) == []


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_do_not_with_a_verb_in_un_is_a_negation() -> None:
    """A111: 'do not / must not / did not' before an un- verb (unplug, unfasten, unlock) is a clause negation, not
    the double negative 'not uncommon'; other verbs and objects than the set's."""
    for source, target in (
        (
            "Please do not unplug the charger while the phone is updating.",
            "Vui lòng rút sạc khi điện thoại đang cập nhật.",
        ),
        ("You must not unfasten your seat belt during landing.", "Bạn phải tháo dây an toàn trong lúc hạ cánh."),
        ("The guard did not unlock the gate for the visitors.", "Người bảo vệ đã mở khóa cổng cho khách tham quan."),
    ):
        assert _pair(source, target, "A111"), target
    for source, target in (
        ("It is not unusual for ferries to be late in winter.", "Phà bị trễ vào mùa đông là chuyện thường gặp."),
        ("The outcome was not unexpected.", "Kết quả này nằm trong dự đoán."),
        ("Please do not unplug the charger.", "Vui lòng không rút sạc."),
    ):
        assert not _pair(source, target, "A111"), target


def test_currency_swapped_after_a_scale_word() -> None:
    """A101: a currency changed on an amount with a scale word ('GBP 2.5 billion' → '2,5 tỷ USD', 3亿美元 → '300
    triệu euro'); the same currency in words stays quiet."""
    assert _pair("The port borrowed GBP 2.5 billion.", "Cảng đã vay 2,5 tỷ USD.", "A101") == [
        ("2,5 tỷ USD", "2,5 tỷ GBP")
    ]
    assert _pair("The fund holds 3 billion euros.", "Quỹ nắm giữ 3 tỷ USD.", "A101") == [("3 tỷ USD", "3 tỷ EUR")]
    assert _pair("项目投资3亿美元。", "Dự án đầu tư 300 triệu euro.", "A101") == [("300 triệu euro", "300 triệu USD")]
    assert not _pair("The port borrowed GBP 2.5 billion.", "Cảng đã vay 2,5 tỷ bảng Anh.", "A101")
    assert not _pair("项目投资3亿美元。", "Dự án đầu tư 300 triệu đô la Mỹ.", "A101")


def test_so_tai_ends_a_clause() -> None:
    """F107: 'sở tại' (nước/chính quyền sở tại) is a complete word; a bare 'tại' at the end still fires, and so
    does the 'tại' after a noun in -sở ('cơ sở tại.', 'công sở tại.': the place was cut)."""
    assert _found("Cảnh sát đã bàn giao vụ việc cho chính quyền sở tại.", "F107") == []
    assert _found("Người lao động cần tôn trọng phong tục của nước sở tại.", "F107") == []
    assert _found("Đoàn công tác đã làm việc tại.", "F107") == [("tại", None)]
    assert _found("Chuỗi cà phê vừa mở thêm hai cơ sở tại.", "F107") == [("tại", None)]
    assert _found("Nhân viên được điều về làm việc ở công sở tại.", "F107") == [("tại", None)]


def test_near_miss_of_the_first_agriculture_and_environment_minister() -> None:
    """N103: Đỗ Đức Duy held the merged ministry from March to July 2025; a one-letter miss after its title
    fires (another letter than the set's), his own name and his successor's stay quiet."""
    assert _found("Tháng 4/2025, Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Dung thăm Sơn La.", "N103") == [
        ("Đỗ Đức Dung", "Đỗ Đức Duy")
    ]
    assert _found("Tháng 4/2025, Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy thăm Sơn La.", "N103") == []
    assert _found("Tháng 12/2025, Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng thăm Sơn La.", "N103") == []
