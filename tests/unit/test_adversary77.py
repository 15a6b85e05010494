"""The seventy-seventh adversary held-out set (tests/data/adversary77): MT on sport, a bribery trial, health insurance
and tourism: three plain-text pages through Chinese with their chrome (SEA Games 33 and a footballer's loan to a
Japanese club, on a sports portal; a provincial court's bribery trial over hospital tenders, copied from a legal
paper's print view; Chinese and Indian tourists in Phú Quốc and Đà Lạt, on a travel agency's blog) and a TSV of 28
rows with their English source (id/src/mt: a health and health-insurance digest), 69 planted errors; a human page of
a cinema chain on a short-film festival in Huế must stay quiet, every page line annotated chrome or article. Written
and annotated before the tool ran on it (7a523cc3; one accepted fix widened after the run at be784c20, no text
changed); the blind figures were the floor, misses25's are now (README: what was missed, what was fixed)."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary77"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".tsv"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_SPORT = "01_sea_games_chuyen_nhuong.txt"
_TRIAL = "02_xet_xu_hoi_lo_so_y_te.txt"
_HEALTH = "03_ban_tin_bao_hiem_y_te.tsv"
_TOURISM = "04_khach_trung_an_phu_quoc_da_lat.txt"
_HUMAN = "01_lien_hoan_phim_ngan_song_huong.txt"

# Blind (data at 7a523cc3; main at 0cba633d, this branch's base): 52 of 69 found, 46 with the accepted fix (47 with
# 'tù' accepted for 'hữu kỳ đồ hình', be784c20); these 17 were missed:
BLIND_MISSES = {
    f"{_SPORT}: T303 'thứ Bảy, 14/12'",
    f"{_SPORT}: T308 'kim bài'",
    f"{_SPORT}: N108 'Jishada Wenmi'",
    f"{_SPORT}: T308 'chuyển hội'",
    f"{_SPORT}: C104 'Giáp Phủ'",
    f"{_TRIAL}: T308 'thụ hối'",
    f"{_TRIAL}: C101 'Trung Quốc'",
    f"{_TRIAL}: C106 'Bianhe'",
    f"{_TRIAL}: T101 'Trần Văn Hoan'",
    f"{_TRIAL}: T308 'hành hối'",
    f"{_TRIAL}: N105 'Ủy ban Kiểm tra Kỷ luật Trung ương'",
    f"{_HEALTH}: A113 'mũi tiêm vào cánh tay'",
    f"{_HEALTH}: F114 '2.5'",
    f"{_TOURISM}: C107 'Việt Tiệp'",
    f"{_TOURISM}: T308 'tửu điếm'",
    f"{_TOURISM}: C104 'Đại Lặc'",
    f"{_TOURISM}: T308 'cảnh khu'",
}
# After misses25 (fixes tested outside the set in test_misses25.py): 68 of 69 found, 64 with the accepted fix; only
# Vietjet's Hán-Việt is missed ('Việt Tiệp' is also a Hải Phòng hospital's and a lock maker's name)
AFTER_MISSES25 = {f"{_TOURISM}: C107 'Việt Tiệp'"}
# Outside the planted pairs, blind: T101 on the defendant's right name ('Trần Văn Hoàn', the main form taken for the
# slip 'Trần Văn Hoan' the pinyin was also read as), and A111 on the short translation planted as A105 (the clause it
# dropped held the source's 'will not').
BLIND_EXTRAS = {
    (_TRIAL, "T101", "Trần Văn Hoàn"),
    (_HEALTH, "A111", "Các chuyên gia cho rằng cải cách là một bước đi đúng hướng."),
}
# After misses25: T101 reads the defendant's usual name ('bị cáo Hoàn' ×3) and flags the slip, as planted
AFTER_EXTRAS = {(_HEALTH, "A111", "Các chuyên gia cho rằng cải cách là một bước đi đúng hướng.")}
# Chrome read as article, blind: thirteen lines (no article line lost); none after misses25.
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: [
        "📍 Chọn rạp: Huế – Trường Tiền ▾ | 🎟 Mua vé nhanh",
        "Suất chiếu phim liên hoan tại rạp: 29/11 – 18:00 | 30/11 – 15:30, 20:00 → Đặt vé",
    ],
    _SPORT: [
        "THỂ THAO SỐ ⚡ Nhanh hơn một nhịp",
        "Bóng đá Việt Nam ⁄ Chuyển nhượng ⁄ SEA Games 33 ⁄ Quần vợt ⁄ Đua xe ⁄ eSports ⁄ Video",
        "LIVE ⏱ 67' Thái Lan 61–58 Philippines (bóng rổ nữ) ⏵ Xem ngay | 19:30 Việt Nam – Indonesia (futsal nữ) 🔔",
        "⌂ › SEA Games 33 › Đoàn Việt Nam",
        "🏅 Tổng sắp sau ngày 6: 1. Thái Lan 71 HCV · 2. Việt Nam 41 · 3. Indonesia 37 · 4. Philippines 25 ➜ Xem "
        "đầy đủ",
        "💬 Bình luận (27) · Viết bình luận của bạn...",
    ],
    _TRIAL: [
        "BÁO PHÁP LUẬT MIỀN ĐÔNG · phapluatmiendong.example",
        "In lúc 08:12:45 ngày 21/11/2025 — Bản quyền thuộc Báo Pháp luật Miền Đông",
    ],
    _TOURISM: [
        "🔥 Tour hot: Phú Quốc 3N2Đ chỉ từ 3.990.000đ → Đặt ngay | Đà Lạt săn mây 2N1Đ từ 1.690.000đ → Đặt ngay",
        "Nhận ưu đãi qua email: [ Nhập email của bạn ] [Đăng ký]",
        "Bài viết cùng chủ đề: Kinh nghiệm xin e-visa Việt Nam cho khách Ấn Độ ◦ Top 10 khách sạn Phú Quốc gần biển",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _HEALTH).read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["id", "src", "mt"] and len(rows) == 29
    records = json.loads((ADVERSARY / "mt" / _HEALTH).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [row.split("\t")[0] for row in rows[1:]]


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the festival page (Thai, Korean, Japanese, Indonesian jurors, a quote)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_clean_rows_of_the_digest_get_no_finding() -> None:
    """Blind: no finding on a TSV row the annotation calls clean (Đào Hồng Lan against 'Dao Hong Lan', an e-mail
    address and a phone kept, figures kept)."""
    path = ADVERSARY / "mt" / _HEALTH
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_after_misses25() -> None:
    """Blind: 52 of 69 found, 46 with the accepted fix (47 with 'tù' accepted); after misses25: 68, 64."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 69
    assert found >= 68 and fixed >= 64
    assert set(missed) <= AFTER_MISSES25 < BLIND_MISSES, sorted(set(missed) - AFTER_MISSES25)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS < BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; thirteen chrome lines read as article; none after misses25."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 13
