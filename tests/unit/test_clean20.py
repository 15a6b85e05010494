"""The clean20 set (tests/data/clean20): human-written Vietnamese that is hard for the detectors but correct (an
obituary of a Hoa herbalist, a live futsal blog, a world-markets close with foreign tickers, a fraud trial with
initials and abbreviations, a kombucha recipe with imperial units, a commentary on a Tang quatrain in Hán-Việt, a
Q&A with a Korean expert, an earbuds review, village-head election results, a parish Christmas notice, university
cut-off scores, an amending traffic decree, a children's story, lullaby lyrics in WebVTT, a bilingual menu) and
three pages of templates not imitated before (an online bookshop's product page, a recipe site, a XenForo forum
thread). Clean text must stay quiet and the chrome must be boilerplate; the damage the fixes could hide (a decoder
loop, a bracket that closes nothing, a clause dropped from a source, an untranslated English line, article lines
shaped like the new chrome) is written into sentences and pages outside the set and must still be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line
from audit.model import Severity

CLEAN20 = Path(__file__).resolve().parents[1] / "data" / "clean20"
DOCS = sorted(p for p in CLEAN20.iterdir() if p.suffix in {".txt", ".html", ".vtt", ".tsv"})
PAGES = [p for p in DOCS if p.with_suffix(".json").exists()]
# minor findings allowed on the whole set (blind run: 2 minor and 5 major; after the fixes: 1 minor, L102 on the
# lullaby's English hook, which a reviewer confirms)
MINOR_BUDGET = 1
# lines left as the blind run read them (tests/data/clean20/README.md): the bookshop's specification table (its
# heading, labels and values) and its 'Giới thiệu sách' tab heading, chrome read as article
CHROME_LEFT = {
    "Thông tin chi tiết",
    "Mã hàng",
    "8934974205519",
    "Nhà cung cấp",
    "NXB Trẻ",
    "Năm xuất bản",
    "2026",
    "Trọng lượng (gr)",
    "320",
    "Kích thước bao bì",
    "20,5 x 14 x 1,4 cm",
    "Số trang",
    "276",
    "Hình thức",
    "Bìa mềm",
    "Giới thiệu sách",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 18 and len(PAGES) == 3
    assert {p.suffix for p in DOCS} == {".txt", ".html", ".vtt", ".tsv"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_minor_findings_within_budget() -> None:
    minors = [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)]
    assert len(minors) <= MINOR_BUDGET, minors


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_annotated_substrings_hold(path: Path) -> None:
    assert all(any(f"{t!r}" in wrong for t in CHROME_LEFT) for wrong in chrome_misclassified(path))


# --- F113: a storyteller's verb told on and on ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Con ngựa trắng cứ phi, phi, phi mãi.",
        "Nàng đợi, đợi, đợi hoài…",
        "- Đi, đi, đi mãi thôi, rồi sẽ tới!",
        "Chú kiến bò, bò, bò miết, không dừng lại.",
    ],
)
def test_a_verb_told_on_and_on_is_no_loop(text: str) -> None:
    assert audit_text(text, select=["F112", "F113"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nàng đợi, đợi, đợi, đợi mãi.", "đợi, đợi, đợi, đợi"),  # four copies: a loop even so
        ("Lãi suất tăng, tăng, tăng mãi trong năm nay.", "tăng, tăng, tăng"),  # the adverb closes no clause
        ("Hai nước thúc đẩy, thúc đẩy, thúc đẩy mãi.", "thúc đẩy, thúc đẩy, thúc đẩy"),  # a phrase, not one verb
        ("Giá vàng tăng tăng tăng mãi.", "tăng tăng tăng"),  # no commas
    ],
)
def test_a_loop_before_an_adverb_of_duration_still_fires(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["F113"])] == [span]


# --- F103: a list marker opening a quotation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2. Bổ sung điểm e vào sau điểm d khoản 3 Điều 6 như sau:\n“e) Không mang theo giấy đăng ký xe;”.",
        'Sửa đổi điểm b như sau: "b) Chở hàng vượt quá chiều cao xếp hàng cho phép;".',
    ],
)
def test_a_quoted_list_point_is_balanced(text: str) -> None:
    assert audit_text(text, select=["F103"]) == []


def test_a_bracket_closing_nothing_still_fires() -> None:
    assert [f.text for f in audit_text('Ông Tâm nói: "Doanh thu tăng mạnh) trong quý ba."', select=["F103"])] == [")"]


# --- A105: a menu's Vietnamese name and its English gloss ---------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Bánh canh cua – thick tapioca noodle soup with crab meat and quail eggs – 110", "Bánh canh cua – 110"),
        ("Cơm tấm – broken rice with grilled pork chop, shredded pork skin and fried egg – 85", "Cơm tấm sườn bì – 85"),
        ("Chùa Một Cột - the One Pillar Pagoda, a Buddhist temple first built in 1049", "Chùa Một Cột"),
    ],
)
def test_a_glossed_vietnamese_name_is_no_omission(source: str, target: str) -> None:
    assert audit_pairs([(source, target)], select=["A105"]) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the gloss is a sentence, not a phrase
        ("Mì Quảng – turmeric noodles with pork and shrimp; served with rice crackers and herbs – 90", "Mì Quảng – 90"),
        # the Vietnamese name sits in the middle of an English sentence
        (
            "Visitors to the Old Quarter – Phố cổ Hà Nội – can join a three-hour walk with a local guide.",
            "Phố cổ Hà Nội.",
        ),
        # the name is not copied into the translation
        ("Hồ Gươm – the lake at the heart of Hanoi, ringed by old trees and a red bridge", "Hồ nằm ở trung tâm."),
    ],
)
def test_a_clause_dropped_beside_a_vietnamese_name_still_fires(source: str, target: str) -> None:
    assert [f.rule for f in audit_pairs([(source, target)], select=["A105"])] == ["A105"]


# --- L101 and L102: a loan, a song's English hook ------------------------------------------------------------------


def test_gluten_is_a_loan() -> None:
    assert audit_text("Bánh mì này không chứa gluten, hợp với người bị bệnh celiac.", select=["L101"]) == []


SONG = "Chiều nay gió lộng bờ đê\nMẹ ngồi vá lưới chờ cha về\n{line}\nSóng ơi sóng đừng xô bến quê\nNgủ đi con ơi"


def test_an_english_hook_in_a_vietnamese_song_is_minor() -> None:
    found = audit_text(SONG.format(line="Stay with me, stay until the morning light"), select=["L102"])
    assert [(f.text, f.severity) for f in found] == [("Stay with me, stay until the morning light", Severity.MINOR)]


@pytest.mark.parametrize(
    "text",
    [
        SONG.format(line="Stay with me, stay until the morning light\nI will wait for you by the river tonight"),
        "Hai bên đã hội đàm tại Huế.\nThe two sides agreed to expand tourism and trade links.\nHai bên ký ba văn kiện.",
    ],
)
def test_english_lines_beside_english_or_in_prose_stay_major(text: str) -> None:
    assert {f.severity for f in audit_text(text, select=["L102"])} == {Severity.MAJOR}


# --- page chrome: a shop, a recipe site, a forum ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Thêm vào giỏ hàng",
        "Chọn mua",
        "250.000 đ 300.000 đ",
        "1.250.000₫ -15%",
        "Dự kiến giao hàng: Thứ Sáu, 28/11",
        "Giao tới Quận 3, TP.HCM · Dự kiến nhận hàng trong 2-3 ngày",
        "Số lượng: - 1 +",
        "Đổi trả trong 7 ngày",
        "Miễn phí vận chuyển cho đơn từ 300k",
        "Hàng chính hãng 100%",
        "Giá sản phẩm trên Sách Hay đã bao gồm thuế theo luật hiện hành. Tùy địa chỉ giao hàng có thể phát sinh phí.",
        "Jump to recipe",
        "In công thức Lưu công thức",
        "Bạn đã làm món này chưa? Đánh giá công thức:",
        "Nhấn để mở rộng...",
        "Click to expand...",
        "Lan Anh, Quốc Bảo và 5 người khác đã thích",
        # a forum thread and a shop page copied as text (probes written after the blind run)
        "Thích Trích dẫn Trả lời",
        "Trích dẫn · Báo cáo",
        "Tham gia: 12/05/2024",
        "Bài viết: 2.145",
        "Điểm tương tác: 41",
        "Thành viên tích cực",
        "Điều hành viên",
        "minhtu_rider",
        "quang_bao88 đã viết:",
        "Tìm kiếm sản phẩm...",
        "Tìm sách, tác giả, nhà xuất bản…",
        "Giỏ hàng (3)",
    ],
)
def test_new_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Giá bán lẻ 450.000 đồng, giảm 20% so với năm ngoái.",
        "Số lượng hàng tồn kho tăng 12% trong quý ba.",
        "Dự kiến giao hàng trong tháng 12, công ty sẽ tuyển thêm 200 lao động.",
        "Đổi trả hàng lỗi là quyền của người tiêu dùng theo luật.",
        "Đánh giá món ăn đường phố Hà Nội",
        "Ông Trần Văn Tâm nói:",
        "Nhà văn Tô Hoài đã viết:",
        "Giá niêm yết của mẫu xe là 1,2 tỷ đồng, đã bao gồm thuế VAT.",
        "Hàng nghìn người và 12 người khác đã thích thú với lễ hội.",
        "Trả lời:",
        "Trả lời",
        "Thành viên",
        "Ông Nam tham gia đoàn công tác từ 12/05/2024.",
        "Nhà văn Tô Hoài đã viết:",
        "Tìm mãi, tìm mãi…",
        "Tìm việc làm ở thành phố lớn ngày càng khó.",
    ],
)
def test_article_lines_like_the_new_chrome_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


def _html(tmp_path: Path, body: str) -> dict[str, str | None]:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    return {s.text: s.boilerplate_kind for s in page_segments(page)}


SENTENCE = "Chiếc nồi chiên không dầu này có dung tích 6 lít, đủ cho gia đình bốn người dùng hằng ngày."


def test_a_row_of_buttons_in_the_article_is_chrome(tmp_path: Path) -> None:
    kinds = _html(
        tmp_path,
        f"<h1>Nồi chiên không dầu Lumi 6 lít</h1><div class='box'><p>{SENTENCE}</p>"
        "<div class='act'><button>Mua ngay</button> <button>Trả góp 0%</button></div>"
        "<p>Bấm <button>Xem thêm</button> để đọc thông số chi tiết của sản phẩm trước khi mua hàng.</p></div>",
    )
    assert kinds["Mua ngay Trả góp 0%"] == "navigation"
    assert kinds[SENTENCE] is None
    assert kinds["Bấm Xem thêm để đọc thông số chi tiết của sản phẩm trước khi mua hàng."] is None  # text around it


def test_a_forum_posts_user_box_and_reactions_are_chrome(tmp_path: Path) -> None:
    post = "Mình đã thay lốp xe đạp theo cách này và đi được hơn 2.000 km mà không bị thủng lần nào."
    kinds = _html(
        tmp_path,
        "<h1>Kinh nghiệm thay lốp xe đạp đường trường</h1><article class='message'>"
        "<div class='message-userDetails'><a class='username'>quoc_bao88</a> <span class='userTitle'>Thành viên"
        "</span><dl><dt>Bài viết</dt><dd>318</dd></dl></div>"
        f"<div class='message-content'><div class='bbWrapper'><p>{post}</p></div></div>"
        "<div class='reactionsBar'>Lan Anh và 4 người khác</div></article>"
        f"<div class='user-content'><p>{SENTENCE}</p></div>",
    )
    assert all(kinds[t] is not None for t in ("quoc_bao88 Thành viên", "Bài viết", "Lan Anh và 4 người khác"))
    assert kinds[post] is None
    assert kinds[SENTENCE] is None  # 'user-content' names an article's body, not a user box


# --- probes written after the blind run: a chant, assent in chat ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đại chúng đồng thanh niệm: Nam mô A Di Đà Phật, Nam mô A Di Đà Phật, Nam mô A Di Đà Phật.",
        "Bà cụ lần tràng hạt, khẽ niệm A Di Đà Phật, A Di Đà Phật, A Di Đà Phật.",
        "[20:15] Hải Yến: Ok ok ok, mai mình gửi file nhé",
        "- Ừ ừ ừ, biết rồi, nói mãi!",
    ],
)
def test_an_invocation_or_assent_said_again_is_no_loop(text: str) -> None:
    assert audit_text(text, select=["F111", "F112", "F113"]) == []


def test_a_loop_in_a_temple_story_still_fires() -> None:
    text = "Đoàn khách đến thăm chùa Phật Tích Phật Tích Phật Tích ở Bắc Ninh."
    assert [f.text for f in audit_text(text, select=["F113"])] == ["Phật Tích Phật Tích Phật Tích"]
