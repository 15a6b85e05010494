"""The clean21 set (tests/data/clean21): fifteen human-written news pages as readers copy them from Vietnamese
sites (a party paper, a tabloid, a business daily, a sports site, a regional paper, a magazine, a government
portal, a live blog, an interview, an opinion column, a photo story, an obituary, a court report, a weather
bulletin, a science story), twelve as text and three as saved HTML, with every line annotated chrome or article.
Clean text must stay quiet and the chrome must be boilerplate. The fixes are tested on lines and pages written
outside the set, both ways: the chrome they now catch, and article lines of the same shape that must stay
content."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN21 = Path(__file__).resolve().parents[1] / "data" / "clean21"
DOCS = sorted(p for p in CLEAN21.iterdir() if p.suffix in {".txt", ".html"})
# lines left as the blind run read them (tests/data/clean21/README.md): a weather widget, photo captions without a
# credit, a pull quote that repeats the interview's own sentence, an audio button (the columnist's name and job line
# above the date, left at first, are read as her byline since clean42)
CHROME_LEFT = {
    "Đắk Lắk 19°C - 27°C | Giá cà phê hôm nay: 112.500 đ/kg",
    "Một em bé người Mông bên ruộng tam giác mạch ở xã Sủng Là.",
    "Chợ phiên Đồng Văn vào sáng Chủ nhật.",
    '"Một mét vuông giếng trời không mất đi, nó trả lại bằng sức khỏe."',
    "Lắng nghe",
}
# a live blog's entry times alone on their lines: annotated article, read as chrome (no word in them to check)
ARTICLE_LEFT = {"09:40", "08:55", "07:32", "06:10", "05:45", "04:30"}


def test_set_is_complete() -> None:
    assert len(DOCS) == 15 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = CHROME_LEFT | ARTICLE_LEFT
    assert [w for w in chrome_misclassified(path) if not any(f"{t[:40]!r}"[:-1] in w for t in left)] == []


# --- a site's menu on a page copied as text: the section names ------------------------------------------------------

PAGE = """BẢN TIN SÔNG HÀN
Thời sự
Kinh doanh
Pháp luật
Giải trí
Xe
Thời sự
Khánh thành cầu vượt sông Cổ Cò: rút ngắn 20 phút đi từ Hội An ra Đà Nẵng
Sáng 20/11, thành phố khánh thành cầu vượt sông Cổ Cò dài 420 m sau hai năm thi công, vốn đầu tư 310 tỷ đồng.
Cầu có bốn làn xe, hai bên có lối đi bộ và làn dành cho xe đạp."""


def test_a_menu_of_section_names_is_navigation() -> None:
    """A text page whose menu holds no known chrome line, only section names (written outside the set)."""
    lines = PAGE.splitlines()
    kinds = classify_lines(lines)
    assert all(kinds[i] is not None for i in range(7)), list(zip(lines, kinds, strict=True))
    assert all(kinds[i] is None for i in range(7, 10))


def test_an_article_list_of_section_like_words_stays_content() -> None:
    """Short lines inside the article, introduced by a colon, or below a sentence: the article's own list."""
    lines = [
        "Hội thảo về báo chí số diễn ra tại Huế ngày 20/11 với hơn 200 nhà báo tham dự.",
        "Các tiểu ban gồm:",
        "Thời sự",
        "Kinh tế",
        "Thể thao",
        "Văn hóa",
        "Mỗi tiểu ban thảo luận trong một buổi chiều và gửi kiến nghị về ban tổ chức.",
    ]
    assert classify_lines(lines)[2:6] == [None] * 4


def test_a_dot_inside_a_tag_does_not_end_a_menu() -> None:
    lines = [
        "Đội tuyển futsal Việt Nam thắng Thái Lan 3-2 trong trận giao hữu tối qua ở TP.HCM.",
        "Tags:",
        "futsal",
        "TP.HCM",
        "Futsal Việt Nam",
        "Thái Lan",
    ]
    assert all(k is not None for k in classify_lines(lines)[1:])


# --- page chrome lines, one by one ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Cùng chuyên mục",
        "Cùng chủ đề:",
        "Tin mới",
        "Bài khác",
        "Ảnh khác",
        "Phỏng vấn khác",
        "Các bài tường thuật trực tiếp khác",
        "Bạn đọc quan tâm",
        "Độc giả đọc nhiều",
        "45 phút trước",
        "3 ngày trước",
        "Vừa xong",
        "[Ảnh]",
        "[Video]",
        "[Hình 3]",
        "Bạn cảm thấy thế nào về bài viết này?",
        "Thích 1,2K",
        "Phẫn nộ 7",
        "Thắp hương tưởng niệm",
        "2.315 người đã thắp nến",
        "Gửi lời tri ân",
        "Viết bình luận của bạn...",
        "Để lại ý kiến…",
        "Gửi",
        "Bài viết phản ánh quan điểm cá nhân của tác giả, không nhất thiết là quan điểm của tòa soạn.",
        "Ngọc Mai (ghi)",
        "Hoàng Lan (lược dịch)",
        "Chủ đề nóng:",
        "3,4K lượt xem",
        ">> Đọc thêm: Giá vàng lập đỉnh mới",
        "® Ghi rõ nguồn khi trích dẫn thông tin từ trang này.",
        "Xem toàn văn nghị quyết tại đây",
        "Tải mẫu đơn đăng ký tại đây.",
        # a news page copied as text (probe written after the blind run)
        "Quan tâm nhiều",
        "Được quan tâm nhiều nhất",
        "Copy link thành công",
        "Đã sao chép liên kết",
    ],
)
def test_new_chrome_lines(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Cùng chuyên mục này, tòa soạn đã đăng nhiều bài về chống hàng giả.",
        "Tin mới về vụ cháy chung cư được công an cung cấp lúc 9 giờ.",
        "Ba năm trước, ngôi làng này chưa có điện.",
        "Ảnh khác hẳn với những gì ông chụp hồi trẻ.",
        "Bạn cảm thấy thế nào khi lần đầu ra nước ngoài thi đấu?",
        "Thích nghi với biến đổi khí hậu là việc cấp bách.",
        "Gửi tiết kiệm vẫn là kênh đầu tư an toàn.",
        "Gửi em, người con gái phố núi",
        "Thắp nến là nghi thức quen thuộc trong lễ cầu siêu.",
        "Bà con thắp hương tưởng niệm các liệt sĩ tại nghĩa trang vào sáng 27/7.",
        "Bài viết của tác giả thể hiện quan điểm của nhiều chuyên gia trong ngành.",
        "Xu hướng tiêu dùng xanh đang lên.",
        "Dự án được nhiều nhà đầu tư quan tâm nhiều năm nay.",
        "Sao chép liên kết giả mạo là thủ đoạn quen thuộc của kẻ lừa đảo.",
        "Góc nhìn khác",  # an opinion piece's subheading: no box of more stories
        "Ông Nam cho biết người dân có thể xem danh sách tại đây, ngay trụ sở xã.",
    ],
)
def test_article_lines_like_the_new_chrome_stay_content(line: str) -> None:
    assert classify_line(line)[0] is None


# --- S101: a Central Highlands name on 'P', L101: a chemistry term --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông Y Pơng Niê dẫn đoàn vào làng Pơng Ktu.",  # names outside the set
        "Bà H'Pơm Ayun và con gái Pă Nhung làm rẫy ở xã Ia Pơr.",
    ],
)
def test_a_highlands_name_on_p_is_no_misspelling(text: str) -> None:
    assert audit_text(text, select=["S101"]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ông Phạm Văn Phơng làm nghề đánh cá.", "Phơng"),  # 'Ph': a Vietnamese name, a slip
        ("Bà Trơng Thị Hoa về thăm quê.", "Trơng"),
        ("Người dân vẫn pơng pha ngoài đồng.", "pơng"),  # not capitalised
    ],
)
def test_a_slipped_name_still_fires(text: str, word: str) -> None:
    assert word in [f.text for f in audit_text(text, select=["S101"])]


def test_oxide_is_a_loan() -> None:
    text = "Học sinh lớp 10 học cách gọi tên oxide, hydroxide và acid theo danh pháp IUPAC."
    assert audit_text(text, select=["L101"]) == []
