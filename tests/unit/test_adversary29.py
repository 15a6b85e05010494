"""The twenty-ninth adversary held-out set (tests/data/adversary29): a blind measurement in round 11 of records that
carry their source. A Chinese coffee cooperative's report as JSONL (ref on some records), a travel insurance
policy as TSV src/mt/ref, a note-taking app's release notes as XLIFF 2.0 and a hotel's guest-app notices as
gettext PO were written and annotated before the tool ran on them; two human-quality record files (a textile
exhibition from Chinese as JSONL, a harbour museum's audio guide as XLIFF 1.2) must get no major finding. The
blind figures are the floor; README says what was missed and why, and which fixes followed (tested below on
records outside the set)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary29"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at 824cffb): 50 of 59 found, 48 with the accepted fix; these 9 were missed.
BLIND_MISSES = [
    "01_hop_tac_xa_ca_phe.jsonl: T308 'biểu thị'",
    "02_bao_hiem_du_lich.tsv: A101 '50.000 EUR'",
    "02_bao_hiem_du_lich.tsv: A101 '30 tuần'",
    "02_bao_hiem_du_lich.tsv: L101 'adventure'",
    "03_ghi_chu_phat_hanh.xlf: A110 'Nhấn Ctrl+Shift+F để tìm kiếm trong tất cả các sổ ghi chép.'",
    "03_ghi_chu_phat_hanh.xlf: A110 'Tệp PDF xuất ra giờ đây giữ nguyên định dạng in đậm và in nghiêng.'",
    "03_ghi_chu_phat_hanh.xlf: C105 'Polish'",
    "03_ghi_chu_phat_hanh.xlf: A101 '2 MB'",
    "04_thong_bao_khach_san.vi.po: L101 'at least'",
]
# Blind, four findings outside the planted (rule, span) pairs: a true T302 on the American date 3/14/2026, the
# repeated <pc> code flagged on its own text (the planted A110 spans the record), a minor L101 on a word of a link
# and a minor A106 on two PO entries of one msgid told apart by msgctxt (kept: adversary11 plants that very case
# as an error, one term translated two ways in two places of a UI).
BLIND_EXTRAS = {
    ("02_bao_hiem_du_lich.tsv", "T302", "3/14/2026"),
    ("02_bao_hiem_du_lich.tsv", "L101", "terms"),
    ("03_ghi_chu_phat_hanh.xlf", "A110", "in nghiêng"),
    ("04_thong_bao_khach_san.vi.po", "A106", "Quầy lễ tân"),
}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".jsonl", ".xlf"]
    assert [p.suffix for p in MT] == [".jsonl", ".tsv", ".xlf", ".po"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """101 records in JSONL, TSV, XLIFF 2.0, PO and XLIFF 1.2, each with its source (the empty translation
    too)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and all(s.source for s in segments)
    assert len(segments) == 101


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 50 of 59 found, 48 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 59
    assert found >= 50 and fixed >= 48
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_clean_files_get_no_finding() -> None:
    """Blind and after: no finding of any severity on the two human-quality files."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 56, 54
AFTER_FIX_MISSES = {
    "02_bao_hiem_du_lich.tsv: L101 'adventure'",
    "03_ghi_chu_phat_hanh.xlf: A110 'Nhấn Ctrl+Shift+F để tìm kiếm trong tất cả các sổ ghi chép.'",
    "03_ghi_chu_phat_hanh.xlf: A110 'Tệp PDF xuất ra giờ đây giữ nguyên định dạng in đậm và in nghiêng.'",
}
# (the A106 across two msgctxt is gone since fixes13: PO contexts are kept apart, and across them only a term swapped
# in one frame is flagged, as adversary11's 'Lịch sử đặt vé' / 'Lịch sử giữ chỗ'; 'Quầy lễ tân' lengthens 'Lễ tân';
# since adversary63 T302 suggests '14/3/2026' for the month-first '3/14/2026', the fix the planted A109 gives: one
# error, reported once as A109)
AFTER_FIX_EXTRAS = {
    ("03_ghi_chu_phat_hanh.xlf", "A110", "in nghiêng"),
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 56 of 59, 54 with the accepted fix; outside the planted pairs the repeated code on its own
    text (README; the minor A106 across two msgctxt is gone, and the true T302 now shares A109's span and fix: see
    AFTER_FIX_EXTRAS)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert set(unplanted_findings(MT)) == AFTER_FIX_EXTRAS


# --- the fixes, on records outside the set (firing and quiet) --------------------------------------------


def _found(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_pairs

    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_a_figure_kept_with_another_currency() -> None:
    src = "The museum received a grant of CHF 80,000 and GBP 12,500 from two foundations."
    assert _found(src, "Bảo tàng nhận khoản tài trợ 80.000 CHF và 12.500 bảng Anh từ hai quỹ.", "A101") == []
    assert _found(src, "Bảo tàng nhận khoản tài trợ 80.000 CHF và 12.500 euro từ hai quỹ.", "A101") == [
        ("12.500 euro", "12.500 GBP")
    ]
    # '$' is any dollar; one dollar for another is a change
    assert _found("Tickets cost $45.", "Vé giá 45 đô la Canada.", "A101") == []
    assert _found("Tickets cost C$45.", "Vé giá 45 USD.", "A101") == [("45 USD", "45 CAD")]
    # Chinese: 美元 is USD; 元 alone stands for any currency's unit (加拿大 5元 are Canadian dollars)
    assert _found("订单金额为300美元。", "Giá trị đơn hàng là 300 yên.", "A101") == [("300 yên", "300 USD")]
    assert _found("加拿大新版5元纸币。", "Tờ 5 đô la Canada mới.", "A101") == []


def test_a_figure_kept_with_another_unit_of_time_size_or_length() -> None:
    assert _found("The trial lasts 14 days.", "Thử nghiệm kéo dài 14 tháng.", "A101") == [("14 tháng", "14 ngày")]
    assert _found("The trial lasts 14 days.", "Thử nghiệm kéo dài 14 ngày.", "A101") == []
    assert _found("每次会议限时45分钟。", "Mỗi cuộc họp giới hạn trong 45 giây.", "A101") == [("45 giây", "45 phút")]
    assert _found("The update needs 750 MB.", "Bản cập nhật cần 750 GB.", "A101") == [("750 GB", "750 MB")]
    assert _found("The dam is 96 metres high.", "Con đập cao 96 feet.", "A101") == [("96 feet", "96 m")]
    # converted with its figure: no change of a kept figure
    assert _found("The dam is 300 feet high.", "Con đập cao 91 m.", "A101") == []
    # the date's numbers are no amounts; the source's figure with its unit elsewhere in the target
    assert _found("On 3 May, 3 weeks after the vote.", "Ngày 3 tháng 5, 3 tuần sau cuộc bỏ phiếu.", "A101") == []
    assert _found("The 60th anniversary, 60 days away.", "Lễ kỷ niệm 60 năm, còn 60 ngày nữa.", "A101") == []
    assert _found("庆祝建校60周年。", "Kỷ niệm 60 năm thành lập trường.", "A101") == []


def test_link_words_are_no_english() -> None:
    from audit.api import audit_text

    def l101(text: str) -> list[str]:
        return [f.text for f in audit_text(text, select=["L101"])]

    assert l101("Đăng ký tại https://pool.example/summer-swimming-lessons trước thứ Sáu.") == []
    assert l101("Liên hệ opening-hours@gallery.example để biết thêm.") == []
    assert l101("Đăng ký tại https://pool.example/lessons để nhận the latest news.") == ["the latest news"]


def test_english_hedge_before_a_number() -> None:
    from audit.api import audit_text

    def l101(text: str) -> list[str]:
        return [f.text for f in audit_text(text, select=["L101"])]

    assert l101("Khách phải đến trước at least 20 phút.") == ["at least"]
    assert l101("Gói cước có dung lượng 5 GB mỗi tháng.") == []
    assert l101("Anh ấy chạy 10 km mỗi sáng.") == []


def test_speech_verb_after_more_titles() -> None:
    from audit.api import audit_text

    def t308(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in audit_text(text, select=["T308"])]

    assert t308("Bí thư Đảng ủy xã Nông Văn Tuấn biểu thị, xã sẽ làm thêm hai cây cầu.") == [("biểu thị", "cho biết")]
    assert t308("Trưởng ban Quản lý dự án Hà Thị Lan biểu thị: công trình xong vào tháng 6.") == [
        ("biểu thị", "cho biết")
    ]
    assert t308("Mũi tên màu xanh biểu thị hướng đi của đoàn thư ký.") == []


def test_language_named_with_an_english_adjective() -> None:
    from audit.api import audit_text

    def c105(text: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in audit_text(text, select=["C105"])]

    assert c105("Sách được dịch sang tiếng Hungarian và tiếng Séc.") == [("Hungarian", "Hungary")]
    assert c105("Cô học tiếng Indonesia và tiếng Thái ở Bangkok.") == []
    assert c105("Tên tiếng Anh của nước này là Hungary.") == []
