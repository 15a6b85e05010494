"""The clean62 set (tests/data/clean62): five human-written Vietnamese pages on round 33's second-wave beats
(Australia and New Zealand; Vietnamese firms in Africa; Tết travel; online fraud; Latin America trade and study
abroad), two saved as HTML from different CMSs (a WordPress community site with comments, a Ghost newsletter site with
a callout card), one copied from a browser as text (menus, path, share and like lines, related links, comments), one
Hugo Markdown post and one JSON-lines bank of human sentences. Written and committed blind, then run once (README):
the expectations are the blind figures, kept as a floor so that a later fix shows and nothing gets worse. No detector
was changed for this set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN62 = Path(__file__).resolve().parents[1] / "data" / "clean62"
DOCS = sorted(p for p in CLEAN62.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")

# blind figures (README): no major or critical finding; one minor finding, S101 on 'até' in the Portuguese quote of
# 02 ('Antes, para telefonar, era preciso andar até à vila'); chrome read as article 2 of 76 (02: the Ghost
# newsletter call to action, whose sentence 'Tin thị trường xuất khẩu gửi vào hộp thư mỗi sáng thứ Hai.' is read as
# article while its title and button are navigation; 04: the italic disclaimer under the closing '---' rule);
# article read as chrome 3 of 86 (01 and 02: the figcaptions ending 'Ảnh: …', the project's caption convention;
# 02: the callout card of prices, whose emoji icon '📦' is a navigation segment while its text is article). Misses
# are for a later task
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT = {
    "02_ghost_doanh_nghiep_viet_o_chau_phi.html": {("S101", "até")},
}
CHROME_LEFT = {
    "02_ghost_doanh_nghiep_viet_o_chau_phi.html": {
        "Đăng ký nhận bản tin Thương Trường Toàn CầuTin thị trường xuất khẩu gửi vào hộp thư mỗi sáng thứ Hai.Đăng"
        " ký miễn phí"
    },
    "04_blog_canh_bao_lua_dao_truc_tuyen_cuoi_nam.md": {
        "*Bài viết mang tính tham khảo, không thay thế ý kiến tư vấn pháp lý cho từng vụ việc cụ thể.*"
    },
}
ARTICLE_LEFT = {
    "01_wordpress_trai_cay_viet_sang_uc_new_zealand.html": {
        "Thanh long ruột đỏ Việt Nam tại chợ đầu mối Epping, phía bắc Melbourne, sáng 26/11. Ảnh: Hữu Nghĩa"
    },
    "02_ghost_doanh_nghiep_viet_o_chau_phi.html": {
        "Khách chờ làm thủ tục tại một cửa hàng Movitel ở thành phố Nampula, miền bắc Mozambique. Ảnh: Bảo Ngọc",
        "📦Giá tham khảo cuối tháng 11/2025 do các doanh nghiệp trong bài cung cấp: điều thô Bờ Biển Ngà giao cảng"
        " Abidjan 1.300–1.400 USD/tấn; gạo trắng 5% tấm của Việt Nam giao Tây Phi 360–375 USD/tấn.",
    },
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 5 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sorted(p.suffix for p in DOCS) == [".html", ".html", ".jsonl", ".md", ".txt"]


def test_every_line_is_annotated() -> None:
    for path in DOCS:
        kinds = {kind for kind, _ in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["lines"]}
        assert kinds <= {"C", "A", "N"} and "A" in kinds, path.name


def test_sentence_bank_records_are_all_read_whole() -> None:
    path = CLEAN62 / "05_cau_tin_my_latinh_va_du_hoc.jsonl"
    records = [json.loads(line)["mt"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # records opening with an English quote and going on after it are kept whole, quotation marks included
    assert len(records) == 20 and [s.text for s in page_segments(path)] == records


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_major_or_critical_no_more_than_left(path: Path) -> None:
    assert len(serious_findings(path)) <= SERIOUS_LEFT.get(path.name, 0)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_findings_only_the_blind_ones(path: Path) -> None:
    found = {(f.rule, f.text) for _, f in findings_of(path)}
    assert found <= FINDINGS_LEFT.get(path.name, set())


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_no_worse_than_left(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT.get(path.name, set())
    assert set(score.chrome_as_article) <= CHROME_LEFT.get(path.name, set())


def test_after_round_33_no_finding_and_no_chrome_as_article() -> None:
    """The lead, round 33: S101 leaves a word of a quotation in another language alone ('até'); 'cta' is a chrome
    class (Ghost's 'gh-cta' sign-up box); a disclaimer 'mang tính tham khảo, không thay thế …' without 'chỉ' is chrome.
    No finding on the five pages, no chrome line read as article (the captions stay the reader's convention)."""
    for path in DOCS:
        assert findings_of(path) == [], path.name
        assert score_lines(path).chrome_as_article == [], path.name
