"""The fifty-fourth adversary held-out set (tests/data/adversary54): plain-text local news pages machine-translated
through Chinese (floods in Quảng Ngãi and Gia Lai, a Ninh Bình trial after an expressway crash, the 2026 graduation
exam and admissions) and one human-written village festival page that must stay quiet, each with the page chrome
around it, every line annotated chrome or article. Written and annotated before the tool ran on it; the blind figures
are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary54"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 907fef8; main at 38576f4): 36 of 55 found, all 36 with the accepted fix; these 19 were missed.
BLIND_MISSES = {
    "01_lu_quang_ngai_gia_lai.txt: C104 'Quảng Nghĩa'",
    "01_lu_quang_ngai_gia_lai.txt: C101 'Trung Quốc'",
    "01_lu_quang_ngai_gia_lai.txt: N105 'Phó Tỉnh trưởng'",
    "01_lu_quang_ngai_gia_lai.txt: T308 'hào mét'",
    "01_lu_quang_ngai_gia_lai.txt: T308 'hương'",
    "02_xet_xu_tai_nan_cao_toc.txt: T308 'công lộ'",
    "02_xet_xu_tai_nan_cao_toc.txt: C107 'Nhân dân Pháp viện'",
    "02_xet_xu_tai_nan_cao_toc.txt: L103 '2025年3月14日'",
    "02_xet_xu_tai_nan_cao_toc.txt: T101 'Phạm Văn Khỏa'",
    "02_xet_xu_tai_nan_cao_toc.txt: C101 'Trung Quốc'",
    "02_xet_xu_tai_nan_cao_toc.txt: C107 'Kiểm sát viện'",
    "02_xet_xu_tai_nan_cao_toc.txt: T308 'hữu kỳ đồ hình'",
    "02_xet_xu_tai_nan_cao_toc.txt: T101 'Trình Văn Long'",
    "03_thi_tot_nghiep_thpt.txt: T308 'cao khảo'",
    "03_thi_tot_nghiep_thpt.txt: N105 'Phó Bộ trưởng'",
    "03_thi_tot_nghiep_thpt.txt: T101 'Phạm Ngọc Thương'",
    "03_thi_tot_nghiep_thpt.txt: C101 'Trung Quốc'",
    "03_thi_tot_nghiep_thpt.txt: C107 'Hà Nội Quốc gia Đại học'",
    "03_thi_tot_nghiep_thpt.txt: C104 'Thuận Hóa'",
}
# After this branch's fixes (README): 53 of 55 found, all 53 with the accepted fix. The 2 left:
AFTER_MISSES = {
    "01_lu_quang_ngai_gia_lai.txt: T308 'hương'",
    "03_thi_tot_nghiep_thpt.txt: T101 'Phạm Ngọc Thương'",
}
# Blind, the findings outside the planted pairs: L103 marks the Chinese date's three characters one by one.
BLIND_EXTRAS = {
    ("02_xet_xu_tai_nan_cao_toc.txt", "L103", "年"),
    ("02_xet_xu_tai_nan_cao_toc.txt", "L103", "月"),
    ("02_xet_xu_tai_nan_cao_toc.txt", "L103", "日"),
}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()  # L103 marks the date once
# Blind, chrome read as article: the clean page's masthead and its tagline.
BLIND_CHROME_AS_ARTICLE = {
    "01_hoi_dua_thuyen_canh_duong.txt": [
        "VĂN HÓA QUÊ NHÀ",
        "Chuyên trang di sản và lễ hội của Hội Văn nghệ dân gian miền Trung",
    ],
}
AFTER_CHROME_AS_ARTICLE: dict[str, list[str]] = {}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human festival story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 36 of 55 found, all 36 with the accepted fix; after this branch's fixes 53 and 53."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 53 and fixed >= 53
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; the clean page's masthead and tagline read as article; after the
    fixes none."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
        assert set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))
