"""The clean64 set (tests/data/clean64): five human-written Vietnamese pages on round 34's beats (Thailand and
Cambodia; the gold market and the State Bank; Russia and the Eurasian Economic Union; electric vehicles and charging;
Mongolia and Central Asia), two saved as HTML from CMSs not used by earlier sets (a Vietnamese newspaper's own CMS,
Blogger with its comments and pager), one copied from a browser as text (menus, path, share and like lines, related
links, comments), one Hugo-style Markdown page and one JSONL of human sentences. Written and committed blind, then run
once (README): the expectations are the blind figures, kept as a floor so that a later fix shows and nothing gets
worse. No detector was changed for this set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines

CLEAN64 = Path(__file__).resolve().parents[1] / "data" / "clean64"
DOCS = sorted(p for p in CLEAN64.iterdir() if p.suffix in {".txt", ".html", ".md", ".jsonl"} and p.name != "README.md")

# blind figures (README): no major or critical finding; one minor finding, N101 on 'Tian Shan' (02, Blogger: the
# mountain range 'dưới chân dãy Tian Shan' in its own spelling, read as a Chinese person's name in pinyin); chrome read
# as article 2 of 98 (01: the newspaper's source line 'Tổng hợp từ Bangkok Post, Khmer Times' under the body; 04: the
# group's italic footer under the closing '---' rule, its name, tagline and a CC BY 4.0 licence notice); article read
# as chrome 1 of 87 (01: the figcaption ending 'Ảnh: Minh Khang', annotated A as earlier sets annotate captions, the
# project's caption convention reads it as a caption). Misses are for a later task
# After the lead's fixes of round 34: N101 leaves a pinyin run after a landform word ('dãy Tian Shan'); the source
# line and the licence footer have their rows in references/boilerplate.tsv: no finding, no chrome read as article
SERIOUS_LEFT: dict[str, int] = {}
FINDINGS_LEFT: dict[str, set[tuple[str, str]]] = {}
CHROME_LEFT: dict[str, set[str]] = {}
ARTICLE_LEFT = {
    "01_cms_bao_thai_lan_campuchia_bien_gioi.html": {
        "Xe tải xếp hàng chờ thông quan ở cửa khẩu Khlong Luek, tỉnh Sa Kaeo, sáng 26/11. Ảnh: Minh Khang"
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
    path = CLEAN64 / "05_cau_tin_nga_lien_minh_a_au.jsonl"
    records = [json.loads(line)["mt"] for line in path.read_text(encoding="utf-8").splitlines()]
    # two records hold an English quote (one opens with it) and go on after it: kept whole with their quotation marks
    assert len(records) == 20 and [s.text for s in page_segments(path)] == records


def test_blogger_comment_bodies_are_not_article() -> None:
    """Blogger's two comment bodies (annotated N) are read, but as chrome, not as the post's text."""
    segments = page_segments(CLEAN64 / "02_blogger_mong_co_trung_a_du_ky.html")
    comments = [s for s in segments if s.text.startswith(("Đọc mà thèm đi", "Lạnh hơn nhiều em ạ"))]
    assert len(comments) == 2 and all(s.boilerplate for s in comments)


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
