"""The thirty-second adversary held-out set (tests/data/adversary32): a blind measurement in round 12 of records
that carry their source, in five new domains. An air purifier's product page as Trados Studio SDLXLIFF, a
logistics contract clause as TSV src/mt/ref, a surgical consent form from Chinese as JSONL and a game's menus
and dialogue as gettext PO were written and annotated before the tool ran on them; two human-quality files (a
city guide app's strings as XLIFF 1.2, its introduction video as SubRip) must stay quiet. The blind figures are
the floor; README says what was missed and why, and which fixes followed (tested below on records outside the
set)."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary32"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

# Blind (main at b09b9fb): 60 of 65 found, 59 with the accepted fix; these 5 were missed.
BLIND_MISSES = [
    "01_may_loc_khong_khi.vi.sdlxliff: F111 'theo theo'",
    "01_may_loc_khong_khi.vi.sdlxliff: L101 'user manual'",
    "03_phieu_dong_y_phau_thuat.jsonl: T308 'biểu thị'",
    "04_tro_choi_den_long.vi.po: A101 'năm'",
    "04_tro_choi_den_long.vi.po: C105 'Netherlands'",
]
# Blind, two findings outside the planted (rule, span) pairs, both true: A102 on the contract row that lost its
# figures (26 tonnes, USD 45; planted as A105) and A110 on the end tag '</b>' of the changed '<i>' pair.
BLIND_EXTRAS = {
    ("02_dieu_khoan_van_chuyen.tsv", "A102", "7.15 Container được cân tại cảng Cát Lái."),
    ("04_tro_choi_den_long.vi.po", "A110", "</b>"),
}


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".xlf", ".srt"]
    assert [p.suffix for p in MT] == [".sdlxliff", ".tsv", ".jsonl", ".po"]
    assert all(p.with_suffix(".json").exists() for p in MT)


def test_every_record_is_read_with_its_source() -> None:
    """125 records in SDLXLIFF, TSV, JSONL, PO, XLIFF 1.2 and SRT; all but the 12 subtitle cues with a source
    (the empty translation too)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == []
    assert len(segments) == 125
    assert sum(1 for s in segments if s.source) == 113


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 60 of 65 found, 59 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 60 and fixed >= 59
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_clean_files_get_no_finding() -> None:
    """Blind and after: no finding of any severity on the two human-quality files."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_findings_outside_the_plants_are_the_known_true_ones() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 64, 64
AFTER_FIX_MISSES = {"01_may_loc_khong_khi.vi.sdlxliff: L101 'user manual'"}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 64 of 65, all 64 with the accepted fix; outside the planted pairs the same two true
    findings as blind."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert set(unplanted_findings(MT)) == BLIND_EXTRAS


# --- the fixes, on records and sentences outside the set (firing and quiet) ---------------------------------


def _pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_pairs

    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def _text(text: str, rule: str) -> list[tuple[str, str | None]]:
    from audit.api import audit_text

    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_count_in_words_changed() -> None:
    assert _pairs("Three boats sank off the coast.", "Năm chiếc thuyền bị chìm ngoài khơi.", "A101") == [("Năm", "Ba")]
    assert _pairs("The team won four medals.", "Đội giành sáu tấm huy chương.", "A101") == [("sáu", "bốn")]
    assert _pairs("The team won four medals.", "Đội giành bốn tấm huy chương.", "A101") == []
    # a count the source has in digits or words elsewhere; 'năm' as 'year'; a name with a number word
    assert _pairs("She bought three books for both children.", "Cô mua ba quyển sách cho cả hai đứa trẻ.", "A101") == []
    assert _pairs("Five of the 5 lorries.", "Năm chiếc trong số 5 xe tải.", "A101") == []
    assert _pairs("The Four Seasons hotel has nine floors.", "Khách sạn Four Seasons có chín tầng.", "A101") == []
    src, tgt = "In two years, three bridges opened.", "Trong năm cây cầu mới, ba cây cầu đã thông xe sau hai năm."
    assert _pairs(src, tgt, "A101") == []
    # two counts lost: no telling which became which
    assert _pairs("Two cats and three dogs.", "Năm con mèo và sáu con chó.", "A101") == []


def test_a_fix_grouped_as_a_vietnamese_amount() -> None:
    assert _pairs("押金为7500元。", "Tiền đặt cọc là 750 nhân dân tệ.", "A101") == [("750", "7.500")]
    assert _pairs("The fine is 30000 pesos.", "Tiền phạt là 300 peso.", "A101") == [("300", "30.000")]
    # a figure that may be a year stays ungrouped
    assert _pairs("The bridge opened in 1875.", "Cây cầu thông xe năm 187.", "A101") == [("187", "1875")]


def test_speech_verb_after_a_persons_name() -> None:
    assert _text("Bác sĩ Quan biểu thị, ca mổ diễn ra thuận lợi.", "T308") == [("biểu thị", "cho biết")]
    assert _text("Kỹ sư trưởng Đoàn Minh Khang biểu thị: tuyến đường sẽ thông xe vào quý III.", "T308") == [
        ("biểu thị", "cho biết")
    ]
    assert _text("Đoàn Minh Khang biểu thị rằng công trình sẽ xong sớm.", "T308") == [("biểu thị", "cho biết")]
    # no speaker: a sentence's first words, a language, a symbol; no comma after
    assert _text("Tiếng Thái biểu thị, giống tiếng Lào, thanh điệu bằng dấu.", "T308") == []
    assert _text("Trong tiếng Khmer biểu thị, theo các nhà ngôn ngữ học, là một động từ.", "T308") == []
    assert _text("Trên sơ đồ, ký hiệu P biểu thị, theo chú thích, bãi đỗ xe.", "T308") == []
    assert _text("Bác sĩ Quan chỉ vào đường cong biểu thị nhịp tim.", "T308") == []


def test_theo_written_twice() -> None:
    assert _text("Lịch tàu được cập nhật theo theo từng giờ.", "F111") == [("theo theo", "theo")]
    assert _text("Theo theo dõi của phóng viên, hàng xe kéo dài hai cây số.", "F111") == []
    assert _text("Bước tiếp theo theo lộ trình là mở thêm hai chi nhánh.", "F111") == []
    assert _text("Giấy tờ kèm theo theo quy định gồm bản sao hộ chiếu.", "F111") == []


def test_an_english_country_alone_in_brackets() -> None:
    assert _text("Chọn máy chủ: Bắc Âu (Finland) hoặc Nam Mỹ (Chile).", "C105") == [("Finland", "Phần Lan")]
    assert _text("Văn phòng chính đặt tại Lisbon (Portugal).", "C105") == [("Portugal", "Bồ Đào Nha")]
    # a gloss of the country's Vietnamese name, or after 'là', 'tên', 'tiếng Anh'
    assert _text("Đội tuyển Phần Lan (Finland) gặp Bồ Đào Nha (Portugal) ở vòng bảng.", "C105") == []
    assert _text("Tên tiếng Anh của nước này là (Portugal).", "C105") == []


def test_speech_verb_after_a_kinship_word_and_not_after_a_place() -> None:
    assert _text("Chú Tám biểu thị, vườn cam năm nay được mùa.", "T308") == [("biểu thị", "cho biết")]
    assert (
        _text("Nhìn chung, mực nước ở vùng hạ lưu sông Đồng Nai biểu thị, theo các kỹ sư, xu hướng giảm.", "T308") == []
    )
