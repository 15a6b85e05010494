"""The sixty-sixth adversary held-out set (tests/data/adversary66): English→Vietnamese MT brought without its source on
business, technology and politics, three plain-text pages with their chrome (the Ministry of Finance's press
conference, an American chipmaker's plant in Bắc Ninh, the German Bundestag's 2026 budget) and a TSV of 30
target-only rows (an economy and politics digest; columns id, mt), and one human-written business-tech page (a Đà
Nẵng software firm's contract with a Japanese bank) that must stay quiet, every page line annotated chrome or article.
Written and annotated before the tool ran on it; the blind figures are the floor; README says what was missed."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary66"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".tsv"))
PAGES = [p for p in MT if p.suffix == ".txt"]

# Blind (data at 48188da; main at 67649ca): 48 of 70 found, 43 with the accepted fix; 53 and 45 once six annotated
# spans were put in the catalogue's conventions (F106 takes two words, N103 a former holder with his title; five of
# those findings were there). These 17 missed with the corrected annotations:
BLIND_MISSES = {
    "01_hop_bao_bo_tai_chinh.txt: T308 'con số sân bóng chày'",
    "01_hop_bao_bo_tai_chinh.txt: T101 'Thắng'",
    "01_hop_bao_bo_tai_chinh.txt: T308 'băng đỏ'",
    "01_hop_bao_bo_tai_chinh.txt: A111 'sẽ điều chỉnh'",
    "01_hop_bao_bo_tai_chinh.txt: L101 'shortfall'",
    "02_nha_may_chip_bac_ninh.txt: T308 'trái cây treo thấp'",
    "02_nha_may_chip_bac_ninh.txt: L101 'Mr.'",
    "02_nha_may_chip_bac_ninh.txt: A111 'sẽ cắt giảm'",
    "02_nha_may_chip_bac_ninh.txt: T308 'đá cái lon xuống đường'",
    "03_ha_vien_duc_ngan_sach.txt: L101 'billion'",
    "03_ha_vien_duc_ngan_sach.txt: N103 'Thủ tướng Đức Olaf Scholz'",
    "03_ha_vien_duc_ngan_sach.txt: T101 'Friedrich Mertz'",
    "03_ha_vien_duc_ngan_sach.txt: T308 'trên cùng một trang'",
    "03_ha_vien_duc_ngan_sach.txt: T308 'quả bóng đang ở trong sân của'",
    "03_ha_vien_duc_ngan_sach.txt: A111 'sẽ tăng thuế'",
    "04_ban_tin_25_11.tsv: A111 'sẽ tăng lãi suất'",
    "04_ban_tin_25_11.tsv: T308 'cắt góc'",
}
# After this branch's fixes (README): 54 of 70 found, 46 with the accepted fix. The 16 left:
AFTER_MISSES = BLIND_MISSES - {"03_ha_vien_duc_ngan_sach.txt: L101 'billion'"}
# misses20 (round 20): the seven English idioms rendered word for word, read on the target alone (T308,
# references/en_idiom_calques.tsv), 'Mertz' (T101: a four-letter surname with a letter added inside, the known
# person's form preferred in a tie) and 'Bà Thắng' (T101: the honorific of the other sex than the middle name 'Văn' of
# the one 'Nguyễn Văn Thắng') and 'Mr.' heading the attribution of a quotation whose closing mark is missing (L101):
# 64 of 70 found, 56 with the accepted fix. The 6 left:
MISSES20_MISSES = AFTER_MISSES - {
    "01_hop_bao_bo_tai_chinh.txt: T308 'con số sân bóng chày'",
    "01_hop_bao_bo_tai_chinh.txt: T308 'băng đỏ'",
    "02_nha_may_chip_bac_ninh.txt: T308 'trái cây treo thấp'",
    "02_nha_may_chip_bac_ninh.txt: T308 'đá cái lon xuống đường'",
    "03_ha_vien_duc_ngan_sach.txt: T308 'trên cùng một trang'",
    "03_ha_vien_duc_ngan_sach.txt: T308 'quả bóng đang ở trong sân của'",
    "04_ban_tin_25_11.tsv: T308 'cắt góc'",
    "03_ha_vien_duc_ngan_sach.txt: T101 'Friedrich Mertz'",
    "01_hop_bao_bo_tai_chinh.txt: T101 'Thắng'",
    "02_nha_may_chip_bac_ninh.txt: L101 'Mr.'",
}
# Blind, chrome read as article (seven lines); after the fixes none.
BLIND_CHROME_AS_ARTICLE = {
    "01_phan_mem_da_nang.txt": [
        "DOANH NHÂN MIỀN TRUNG ONLINE",
        "Khởi nghiệp ◦ Công nghệ ◦ Bất động sản ◦ Du lịch ◦ Gương mặt doanh nhân ◦ Tòa soạn",
        "Công nghệ ◦ Chuyển đổi số",
        "Hoài An ◦ Thứ Tư, 26/11/2025 ◦ 08:30",
        "Chia sẻ ◦ In bài ◦ Gửi bạn bè",
    ],
    "02_nha_may_chip_bac_ninh.txt": [
        "Bán dẫn ⁄ Phần cứng ⁄ Trí tuệ nhân tạo ⁄ Viễn thông ⁄ Podcast",
        "Đăng bởi Quang Vinh — 24.11.2025",
    ],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    tsv = next(p for p in MT if p.suffix == ".tsv")
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tmt" and len(rows) == 31


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 48 of 70 found, 43 with the accepted fix (53 and 45 with the corrected spans); after the fixes 54
    and 46; after misses20's English idioms, 'Mertz', 'Bà Thắng' and
    'Mr.' 64 and 56."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 64 and fixed >= 56
    assert set(missed) <= MISSES20_MISSES <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - MISSES20_MISSES)


def test_no_finding_outside_planted_spans() -> None:
    """Blind (with the corrected spans) and after: every finding on the MT is a planted error."""
    assert unplanted_findings(MT) == []


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; seven chrome lines read as article (above); after the fixes none."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [], path.name
