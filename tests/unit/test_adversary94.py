"""The ninety-fourth adversary held-out set (tests/data/adversary94), round 27's second blind measurement, MT through
Chinese on beats no set centred on: a TSV of 20 rows `id`/`src` (Chinese)/`mt`/`ref` (human) (Vietnamese rescued
from scam compounds in Cambodia and Myanmar, INTERPOL and Chinese police, deepfake calls), a saved HTML page on a
foreign-affairs e-magazine's layout of the author's own (a New Zealand Prime Minister's visit, Fiji, Papua New
Guinea, aid with Australia) and a Markdown page of a fintech site (cross-border QR payments with Thailand, Cambodia's
Bakong, Laos, a digital bank licence), 52 planted errors; a human HTML page (a teller stops a transfer after a faked
video call) must stay quiet, every line and block annotated chrome or article. Written and annotated before the tool
ran on it (df4c360d; one annotation slip corrected after the run at a23e3a8a, no text changed); the blind figures are
the floor; the set's README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary94"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in (".html", ".txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".tsv", ".html", ".md"))
PAGES = [p for p in MT if p.suffix in (".html", ".md")]

_SCAMS = "01_ban_tin_giai_cuu_lua_dao_truc_tuyen.tsv"
_PACIFIC = "02_thu_tuong_new_zealand_dao_quoc_thai_binh_duong.html"
_FINTECH = "03_thanh_toan_qr_xuyen_bien_gioi.md"
_HUMAN = "01_chan_giao_dich_cuoc_goi_gia_mao.html"

# Blind (data at df4c360d; main at c972edc8, this branch's base): 42 of 52 found, 42 with the accepted fix; 44 and 44
# with the N107 slip corrected at a23e3a8a (the country is the span, not the holder); these 8 were missed:
BLIND_MISSES = {
    f"{_SCAMS}: T308 'biểu thị'",
    f"{_SCAMS}: T308 'thâm độ ngụy tạo'",
    f"{_PACIFIC}: C101 'Trung Quốc'",
    f"{_PACIFIC}: N108 'Labuka'",
    f"{_PACIFIC}: F106 'phần lớn'",
    f"{_FINTECH}: T308 'nhị duy mã'",
    f"{_FINTECH}: T307 '12 vạn'",
    f"{_FINTECH}: C101 'Trung Quốc'",
}
# Still missed after misses41 (T307 '12 vạn', T308 'biểu thị' after a ministry, 'thâm độ ngụy tạo', 'nhị duy mã' fixed):
AFTER_MISSES = BLIND_MISSES - {
    f"{_SCAMS}: T308 'biểu thị'",
    f"{_SCAMS}: T308 'thâm độ ngụy tạo'",
    f"{_FINTECH}: T308 'nhị duy mã'",
    f"{_FINTECH}: T307 '12 vạn'",
}
# Outside the planted pairs, blind: only the two N107 findings the slip's correction made planted; none after it.
BLIND_EXTRA: set[tuple[str, str, str]] = set()
# Chrome read as article, blind: the Markdown page's '>' updated line and italic disclaimer, the human page's note.
CHROME_AS_ARTICLE = {
    _FINTECH: [
        "> Cập nhật 09:20, 28/11/2025 · 6 phút đọc",
        "*Bài viết chỉ mang tính tham khảo, không phải lời khuyên đầu tư.*",
    ],
    _HUMAN: ["Mọi thông tin phản ánh về an ninh trật tự xin gửi về đường dây nóng của công an phường."],
}
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 2 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    rows = (ADVERSARY / "mt" / _SCAMS).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id\tsrc\tmt\tref" and all(len(r.split("\t")) == 4 for r in rows)
    records = json.loads((ADVERSARY / "mt" / _SCAMS).with_suffix(".json").read_text(encoding="utf-8"))["records"]
    assert sorted(records) == [r.split("\t")[0] for r in rows[1:]]
    assert len(records) == 20 and sum(r == "clean" for r in records.values()) == 4


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human page (420 triệu đồng, 'Chiều 24/11', Đỗ Thu Trang, OTP) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article blocks audited alone."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_rows_of_the_tsv_get_no_finding() -> None:
    """Blind: no finding on a row the annotation calls clean (the dated title, 'Phía Việt Nam' and Mae Sot, Phạm
    Minh Chính, 3 working groups)."""
    path = ADVERSARY / "mt" / _SCAMS
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if records[f[0]] == "clean"] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 42 of 52 found, 42 with the accepted fix; 44 and 44 with the N107 slip corrected."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 52
    assert found >= 44 and fixed >= 44
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_the_fixes() -> None:
    """After misses41: 49 of 52, 49 with the accepted fix (T307 before retail outlets, T308 after a ministry, T308
    deepfake and QR code)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 49 and fixed >= 49
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_beyond_blind() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRA


def test_page_chrome_read_right_but_the_known_misreads() -> None:
    """Blind: no article line read as chrome, lost or unplaced on any page; chrome read as article only on the known
    lines (CHROME_AS_ARTICLE)."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == [] and score.article_as_chrome == [], path.name
        assert set(score.chrome_as_article) <= set(CHROME_AS_ARTICLE.get(path.name, [])), path.name
