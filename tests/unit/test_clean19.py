"""The clean19 set (tests/data/clean19): human-written Vietnamese that is hard for the detectors but correct (a
column quoting foreign coaches, a temple history in Hán-Việt with Chinese dynasties, an economic report dense with
figures, a decree, a scientific abstract with Latin names and an English abstract, a travel guide across China,
Japan, Korea and Europe, a parliament Q&A, a children's story, cooking-video subtitles, a spec sheet with its
English source, a fintech press release, a diaspora story) and three pages with chrome unlike the earlier ones (a
hospital's health article, a legal Q&A site copied as text, a museum's exhibition page). Clean text must stay quiet
and the chrome must be boilerplate; the damage the fixes could hide (a list cut before its stop, an untranslated
English paragraph, a foreign name read in Hán-Việt, article lines shaped like the new chrome) is written into
sentences and pages outside the set and must still be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import page_segments, score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line, classify_lines
from audit.corpus.segment import sentence_spans

CLEAN19 = Path(__file__).resolve().parents[1] / "data" / "clean19"
DOCS = sorted(p for p in CLEAN19.iterdir() if p.suffix in {".txt", ".html", ".srt", ".tsv"})
PAGES = [p for p in DOCS if p.with_suffix(".json").exists()]
MINOR_BUDGET = 1  # minor findings allowed on the whole set (blind run: 7; after the fixes: 1, 'subscribe')
# lines left as the blind run read them (tests/data/clean19/README.md): the legal-basis list at the end of the
# Q&A page's answer (chrome, arguably the answer's own), and the exhibition's dates-and-venue line ('·' between
# two short items, read as a menu line)
CHROME_LEFT = {"Căn cứ pháp lý:", "Bộ luật Dân sự 2015", "Luật Đất đai 2024", "Luật Công chứng 2024"}
ARTICLE_LEFT = {"15/11/2026 – 28/02/2027 · Phòng trưng bày tầng 2"}


def test_set_is_complete() -> None:
    assert len(DOCS) == 15 and len(PAGES) == 3
    assert {p.suffix for p in DOCS} == {".txt", ".html", ".srt", ".tsv"}


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
    assert set(score.article_as_chrome) <= ARTICLE_LEFT
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_annotated_substrings_hold(path: Path) -> None:
    left = {text[:30] for text in CHROME_LEFT | ARTICLE_LEFT}
    assert all(any(t in wrong for t in left) for wrong in chrome_misclassified(path))


# --- a '?' standing for a year not known ---------------------------------------------------------------------


def test_a_question_mark_for_an_unknown_year_ends_no_sentence() -> None:
    text = "Thiền sư Phổ Tịnh (1702 – ?) là đệ tử của ngài. Ai sẽ thắng? - Chưa biết."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Thiền sư Phổ Tịnh (1702 – ?) là đệ tử của ngài.",
        "Ai sẽ thắng?",
        "- Chưa biết.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hòa thượng Chơn Trí (trụ trì đời thứ tư, ? - 1851) trùng tu tam quan.",
        "Tải tệp mẫu (.docx, .xlsx) rồi điền đủ thông tin.",
    ],
)
def test_an_unknown_year_or_a_file_extension_is_no_cut_list(text: str) -> None:
    assert audit_text(text, select=["F108"]) == []


def test_a_list_cut_before_its_stop_still_fires() -> None:
    assert [f.text for f in audit_text("Hàng xuất khẩu gồm gạo, cà phê, .", select=["F108"])] == [", ."]


def test_a_species_abbreviation_ends_no_sentence() -> None:
    text = "Mật độ Vibrio spp. trong nước giảm mạnh, còn chủng Bacillus sp. BT1 tăng gấp đôi. Ao đối chứng không đổi."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Mật độ Vibrio spp. trong nước giảm mạnh, còn chủng Bacillus sp. BT1 tăng gấp đôi.",
        "Ao đối chứng không đổi.",
    ]


# --- probes written after the blind run: crying written out, a Fahrenheit range converted -------------------


@pytest.mark.parametrize("text", ["- Cháu lạc mẹ rồi bác ạ! Hu hu hu!", "Em bé trong nôi khóc oa oa oa đòi bú."])
def test_crying_written_out_is_no_loop(text: str) -> None:
    assert audit_text(text, select=["F113"]) == []


@pytest.mark.parametrize("text", ["- Vé đâu rồi?\n- Đây, đây, đây này!", "Cô gọi với theo: Đi, đi, đi thôi!"])
def test_a_cry_ending_on_a_particle_is_no_loop(text: str) -> None:
    assert audit_text(text, select=["F112", "F113"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("- Đây, đây, đây này anh xem giá.", "Đây, đây, đây"),
        ("Anh ta nói tăng, tăng, tăng này giá cả.", "tăng, tăng, tăng"),
    ],
)
def test_copies_going_on_past_the_particle_still_fire(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["F113"])] == [span]


def test_a_loop_of_a_word_still_fires() -> None:
    assert [f.text for f in audit_text("Giá lúa tăng mạnh mạnh mạnh trong tuần.", select=["F113"])] == [
        "mạnh mạnh mạnh"
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Operating temperature: 32° to 95° F (0° to 35° C)", "Nhiệt độ hoạt động: 0 °C đến 35 °C"),
        ("Store between 41 and 77 degrees Fahrenheit.", "Bảo quản ở nhiệt độ từ 5 đến 25 độ C."),
        ("The trail is 10-15 miles long and takes 6 hours.", "Cung đường dài 16-24 km, đi mất 6 giờ."),
    ],
)
def test_a_converted_range_is_no_missing_number(source: str, target: str) -> None:
    assert audit_pairs([(source, target)], select=["A101", "A102"]) == []


@pytest.mark.parametrize(
    ("source", "target", "rule"),
    [
        ("The trail is 10 to 15 km long and takes 6 hours.", "Cung đường dài 15 km, đi mất 6 giờ.", "A102"),
        ("Store between 41 and 77 °F for up to 18 months.", "Bảo quản ở 5-25 °C trong tối đa 8 tháng.", "A101"),
    ],
)
def test_a_range_in_metric_or_another_number_still_fires(source: str, target: str, rule: str) -> None:
    assert [f.rule for f in audit_pairs([(source, target)], select=["A101", "A102"])] == [rule]


# --- L102: a bilingual paper's English abstract ------------------------------------------------------------------

PAPER = (
    "TÓM TẮT\nNghiên cứu ghi nhận 12 loài ếch nhái ở Vườn quốc gia Pù Mát trong hai mùa khảo sát.\n"
    "ABSTRACT\nTwelve amphibian species were recorded in Pu Mat National Park during two survey seasons.\n"
)


def test_an_english_abstract_of_a_bilingual_paper_is_quiet() -> None:
    assert audit_text(PAPER, select=["L102"]) == []


@pytest.mark.parametrize(
    "text",
    [
        PAPER.replace("TÓM TẮT\n", ""),  # no Vietnamese abstract: the English one is the source left untranslated
        PAPER.replace(
            "ABSTRACT\n", "ABSTRACT\nNghiên cứu được tài trợ bởi quỹ NAFOSTED trong giai đoạn 2024-2026.\n"
        ),  # a Vietnamese sentence between: the English one is not under the heading
    ],
)
def test_english_text_outside_an_abstract_still_fires(text: str) -> None:
    assert [f.text for f in audit_text(text, select=["L102"])] == [
        "Twelve amphibian species were recorded in Pu Mat National Park during two survey seasons."
    ]


# --- N102: a Chinese city whose Hán-Việt name is the standard one -----------------------------------------------


def test_an_anchored_hanviet_city_is_quiet() -> None:
    text = "Tuyết rơi dày ở Cáp Nhĩ Tân suốt tuần qua, nhiệt độ xuống âm 30 độ C."
    assert audit_text(text, select=["N102"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ca sĩ Ai Đức Tây Lạp Nhĩ biểu diễn ở Cáp Nhĩ Tân tối qua.", "Ai Đức Tây Lạp Nhĩ"),
        ("Ông Cáp Nhĩ Tân Đặc Lạp đến thăm nhà máy.", "Cáp Nhĩ Tân Đặc Lạp"),
    ],
)
def test_a_transcribed_name_beside_or_around_the_city_still_fires(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["N102"])] == [span]


# --- page chrome: legal Q&A sites, event calendars, clinics -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Câu hỏi liên quan",
        "Văn bản liên quan:",
        "Thông tin trên chỉ mang tính tham khảo, không thay thế ý kiến của luật sư.",
        "Bạn có thắc mắc khác? Đặt câu hỏi tại đây",
        "Gửi câu hỏi cho chuyên gia",
        "Không (14)",
        "Thông tin này có hữu ích với bạn không?",
        "Tổng đài hỗ trợ: 1900 1234",
        "Báo Sông Lam - Báo điện tử của tỉnh Nghệ An",
        "Gõ tên thủ tục cần tra cứu...",
        "Tìm",
        "Lịch biểu diễn tuần này",
        "Sự kiện sắp diễn ra",
        "Các khóa học khác",
        "Xem tất cả sự kiện »",
        "Tham vấn y khoa: ThS.BS Lê Minh",
        "Kiểm duyệt nội dung bởi TS. Phan Hải",
        "Chat Zalo Gọi ngay",
        "Việc làm tương tự",
        "Ứng tuyển ngay",
        "Báo cáo tin tuyển dụng",
        "Mức độ hài lòng của bạn: Rất hài lòng Hài lòng Chưa hài lòng",
    ],
)
def test_new_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Bảng giá trên chỉ mang tính tham khảo vì giá thay đổi theo mùa.",
        "Người dân có thể gửi câu hỏi cho luật sư qua tổng đài từ ngày 1/12.",
        "Người dân cần hỗ trợ gọi: 0905 111 222.",
        "Đà Nẵng - thành phố đáng sống nhất",
        "Hội thảo khác nhau về quy mô và đối tượng tham dự.",
        "Lịch sử hình thành của nhà hát",
        "Có 14 người bị thương trong vụ tai nạn.",
        "Công việc khác theo sự phân công của quản lý.",
        "Nộp hồ sơ trước ngày 15/12.",
        "Mức độ hài lòng của người dân tăng lên 92%.",
    ],
)
def test_article_lines_like_the_new_chrome_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


def _kinds(text: str) -> dict[str, str | None]:
    lines = text.strip("\n").split("\n")
    return dict(zip(lines, classify_lines(lines), strict=True))


ANSWER = (
    "Theo khoản 1 Điều 113 Bộ luật Lao động 2019, người lao động làm đủ 12 tháng được nghỉ hằng năm 12 ngày. "
    "Số ngày nghỉ tăng thêm theo thâm niên làm việc.\n"
)


def test_a_legal_qa_page_copied_as_text() -> None:
    page = (
        "Tra cứu văn bản\nBiểu mẫu\nHỏi đáp lao động\nTính lương hưu\nLuật sư trả lời\nĐăng nhập | Đăng ký\n"
        "Pháp Lý Nhanh - Trang thông tin pháp luật lao động\nNhập câu hỏi cần tìm, ví dụ: nghỉ phép...\nTìm\n"
        "Người lao động được nghỉ phép năm bao nhiêu ngày?\n" + ANSWER + "Trân trọng!\n"
        "Câu trả lời có hữu ích với bạn không?\nCó (41)\nKhông (3)\nCâu hỏi liên quan\n"
        "Nghỉ phép năm không hết có được trả lương không?\nThời giờ làm thêm tối đa mỗi tháng là bao nhiêu?\n"
        "Về chúng tôi\nLiên hệ\n"
    )
    kinds = _kinds(page)
    for line in (
        "Tra cứu văn bản",  # a menu of items of 3.4 words on average
        "Luật sư trả lời",
        "Pháp Lý Nhanh - Trang thông tin pháp luật lao động",
        "Tìm",
        "Có (41)",
        "Nghỉ phép năm không hết có được trả lương không?",
        "Liên hệ",
    ):
        assert kinds[line] is not None, line
    for line in ("Người lao động được nghỉ phép năm bao nhiêu ngày?", ANSWER.strip(), "Trân trọng!"):
        assert kinds[line] is None, line


def test_a_four_syllable_verse_at_a_pages_head_stays_article() -> None:
    verse = ["Mẹ ơi con nhớ", "Bếp lửa chiều đông", "Khói bay lên mái", "Thơm mùi lúa mới"]
    kinds = _kinds("\n".join(["Đăng nhập | Đăng ký", *verse]) + "\n" + ANSWER)
    assert [kinds[line] for line in verse] == [None] * 4


def _html(tmp_path: Path, body: str) -> dict[str, str | None]:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    return {s.text: s.boilerplate_kind for s in page_segments(page)}


SENTENCE = "<p>Nhà hát Lớn mở cửa trở lại sau hai năm tu bổ, với 598 ghế và một sân khấu xoay mới.</p>"


def test_a_theatre_page_calendar_and_other_events_are_chrome(tmp_path: Path) -> None:
    kinds = _html(
        tmp_path,
        "<h1>Nhà hát Lớn mở cửa trở lại sau hai năm tu bổ</h1>" + SENTENCE + "<table><tr><th>Ngày</th>"
        "<th>Vở diễn</th></tr><tr><td>05/12/2026</td><td>Vở opera Cô Sao</td></tr></table>"
        "<p>Vé được bán tại quầy của nhà hát từ ngày 20/11, giá từ 300.000 đồng.</p>"
        '<section class="lich"><h3>Lịch biểu diễn tháng 12</h3><ul><li><span>05</span> Vở opera Cô Sao</li>'
        "<li><span>19</span> Hòa nhạc Giáng sinh</li></ul></section>"
        '<section class="khac"><h3>Sự kiện sắp diễn ra</h3><div><a href="/a">Liên hoan múa rối</a> '
        "<span>Sắp diễn ra</span></div></section>",
    )
    assert kinds["05/12/2026"] is None and kinds["Vở opera Cô Sao"] is None  # the article's table
    assert kinds["Lịch biểu diễn tháng 12"] is not None and kinds["19 Hòa nhạc Giáng sinh"] is not None
    assert kinds["Sự kiện sắp diễn ra"] is not None and kinds["Liên hoan múa rối Sắp diễn ra"] is not None
    assert all(k is None for t, k in kinds.items() if t.startswith("Nhà hát Lớn mở cửa trở lại sau hai năm tu bổ,"))


def test_a_clinic_page_reviewer_box_and_floating_buttons_are_chrome(tmp_path: Path) -> None:
    kinds = _html(
        tmp_path,
        "<h1>Đau lưng khi ngồi lâu: nguyên nhân và cách phòng tránh</h1>"
        '<div class="medical-reviewer"><span>Bác sĩ tham vấn</span> <a href="/bs">BS.CKI Lê Minh Tâm</a> '
        "<span>Khoa Cơ xương khớp</span></div>"
        "<p>Ngồi liên tục quá hai giờ khiến cơ lưng co cứng và đĩa đệm chịu áp lực lớn hơn khi đứng.</p>"
        '<div class="floating-bar"><a href="tel:1900">Gọi ngay</a> <a href="#">Đặt lịch</a></div>'
        "<footer><p>Ngày cập nhật</p><table><tr><td>01/12/2026</td></tr></table></footer>",
    )
    assert kinds["Bác sĩ tham vấn BS.CKI Lê Minh Tâm Khoa Cơ xương khớp"] == "byline"
    assert kinds["Gọi ngay Đặt lịch"] is not None
    assert kinds["01/12/2026"] is not None  # a date outside the article stays chrome
    assert kinds["Ngồi liên tục quá hai giờ khiến cơ lưng co cứng và đĩa đệm chịu áp lực lớn hơn khi đứng."] is None
