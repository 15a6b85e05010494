"""review32: human text next to round 24's new triggers (misses27–30's T308 rows and frames, N105's titles, C107's
head-last bodies, C104's readings, N108/N109's names, N106, C101, T307, F113, L101, L102 and the ranking and
apparatus chrome rows) stays quiet and keeps its article lines (tests/data/review32, written and committed blind at
10ec6f71). Blind: 16 findings on a_sentences (T308 10, C104 1, N102 1, T201 1, T307 1, N101 2) and t4's closing
standings (5 article lines) read as chrome; the fixes' tests below use sentences that are in neither the probes nor
the adversary sets nor the rules' examples, both ways: the human sentence stays quiet, an MT sentence of the same
kind still fires."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line

DATA = Path(__file__).resolve().parents[1] / "data" / "review32"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())

# Left alone: N101's minor note on a Chinese athlete's and a Chinese manager's pinyin names ('Lin Shidong', 'Zhang
# Wei'), which it says are kept as is for athletes and business people (a note, no round-24 trigger; clean46 left
# the same); chrome read as article that no round-24 row touches: a site's name over a menu with an item of four
# words (t2) or over a breadcrumb (t4: a headline over a breadcrumb stays, by design), a 'see the earlier digest' link
# (t3)
KNOWN_FINDINGS = {("N101", "Lin Shidong"), ("N101", "Zhang Wei")}
# (chrome62: the site's name over a menu with an item of four words, t2's 'Điện & Đời sống', is chrome)
KNOWN_AS_ARTICLE = {"Xem thêm điểm tin ngày 27/11", "Thể thao Cờ"}


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written file gets no finding but the two left alone (blind: 16 on a_sentences)."""
    found = {(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))}
    assert found <= KNOWN_FINDINGS


@pytest.mark.parametrize("name", ["s1_hang_khong.tsv", "s2_nguon_trung.tsv"])
def test_tsv_rows_get_no_finding(name: str) -> None:
    """Quoted English, English names holding 'Badminton'/'Football', Japanese names from their kanji, a member
    university's 'Hiệu trưởng', 中国第一 (blind: none)."""
    rows = [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]]
    assert audit_pairs([(src, mt) for _, src, mt in rows]) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_keep_their_article_lines(path: Path) -> None:
    """Blind: t4's closing standings (heading and four rows) read as chrome, and 4 chrome lines as article (t4's
    byline 'Minh Khôi - 27/11/2026' among them); after: no article line lost, 3 chrome lines left."""
    score = score_lines(path)
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= KNOWN_AS_ARTICLE
    assert score.article_missing == [] and score.unplaced == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a word 'phục' opens after the company Điện Quang; the MT's 'điện quang phục' (光伏发电) still fires
        ("Sau hai quý giảm, doanh thu của Điện Quang phục hồi nhờ đơn hàng đèn đường.", []),
        ("Nhà máy điện quang phục trên mái nhà xưởng có công suất 3 MW.", ["quang phục"]),
        # a wire that sags ('dây điện võng', 'điện võng sát'); the grid (电网) still fires
        ("Sợi cáp điện võng thấp qua ngõ nhỏ, người dân phải báo điện lực.", []),
        ("Đường dây điện võng sát ngọn cây nên công nhân phải cắt tỉa.", []),
        ("Điện võng miền Bắc quá tải trong đợt nắng nóng đầu tháng 6.", ["Điện võng"]),
        # 'nguy cơ' + 'tổ máy'; the MT's 'cơ tổ' for 机组 still fires
        ("Nắng nóng làm tăng nguy cơ tổ máy tua-bin khí phải giảm công suất 100 MW.", []),
        ("Cơ tổ số 3 của nhà máy nhiệt điện 600 MW đã hòa lưới sáng nay.", ["Cơ tổ"]),
        # a real yield beside inflation; a bank's deposit rate still fires
        ("Khi lạm phát lên 5%, lợi suất tiền gửi gần như bằng không.", []),
        ("Các ngân hàng thương mại giảm lợi suất huy động thêm 0,3 điểm phần trăm.", ["lợi suất"]),
        # what a surface emits as a satellite's sensor sees it; a launch still fires
        ("Cảm biến trên vệ tinh ghi nhận lượng nhiệt mà các đô thị phát xạ về đêm.", []),
        ("Trung Quốc phát xạ thành công vệ tinh thời tiết lên quỹ đạo.", ["phát xạ"]),
        # a recruiter's interviews; a state visit still fires
        ("Công ty Hàn Quốc có chuyến phỏng vấn chính thức các thí sinh xuất khẩu lao động ở Bắc Giang.", []),
        ("Tổng thống có chuyến phỏng vấn chính thức Singapore từ ngày 3 đến 5/12.", ["phỏng vấn"]),
        # the old word cited as such; a launch of today still fires
        ("Vệ tinh Explorer 1 được phóng bằng hỏa tiễn Jupiter-C, theo cách gọi của sách báo thời ấy.", []),
        ("Vệ tinh được đưa lên quỹ đạo bằng hỏa tiễn Trường Chinh 5 vào sáng nay.", ["hỏa tiễn"]),
        # a pink hammock in a clip; an internet celebrity still fires
        ("Cô gái ngủ quên trên võng hồng trong đoạn clip đăng lên TikTok.", []),
        ("Nhiều võng hồng livestream bán sầu riêng trên TikTok kiếm hàng trăm triệu đồng.", ["võng hồng"]),
        # 'thừa khách, thiếu xe' (too many riders); passengers (乘客) still fire
        ("Giờ cao điểm, xe buýt tuyến 86 thừa khách, thiếu xe.", []),
        ("Số thừa khách đi metro tăng 20% trong tháng 10.", ["thừa khách"]),
    ],
)
def test_t308_words_in_their_vietnamese_senses(sentence: str, found: list[str]) -> None:
    assert _texts(sentence, "T308") == found


def test_t307_a_ships_deadweight_in_myriads() -> None:
    """'tàu (trọng tải) N vạn tấn' is the ports' own idiom; a cargo or an export in 'vạn tấn' still fires."""
    for quiet in ("Cầu cảng mới đón được tàu 10 vạn tấn.", "Sà lan tải trọng 2 vạn tấn mắc cạn ở cửa sông."):
        assert _texts(quiet, "T307") == [], quiet
    assert _texts("Tàu chở 4 vạn tấn gạo rời cảng Sài Gòn.", "T307") == ["4 vạn"]
    assert _texts("Năm nay tỉnh xuất khẩu 5 vạn tấn cà phê.", "T307") == ["5 vạn"]


def test_a_readings_cited_as_the_name_a_text_gave() -> None:
    """'Bản đồ ghi Canada là Gia Nã Đại': the reading glossed by the name (C104, N102); the reading alone fires."""
    assert _texts("Tấm bản đồ năm 1930 ghi Canada là Gia Nã Đại.", "C104") == []
    assert _texts("Gia Nã Đại là đối tác thương mại lớn của Việt Nam.", "C104") == ["Gia Nã Đại"]
    assert _texts("Sách giáo khoa cũ viết Mexico là Mễ Tây Cơ.", "N102") == []
    assert _texts("Mễ Tây Cơ là nước sản xuất bạc lớn nhất thế giới.", "N102") == ["Mễ Tây Cơ"]


def test_t201_a_pass_named_for_the_country() -> None:
    """'đèo Ai Lao' is a pass of Quảng Trị; 'Ai Lao' for the country beside 'Lào' still fires."""
    assert _texts("Xe tải qua đèo Ai Lao rồi sang Lào.", "T201") == []
    assert _texts("Ai Lao ký hiệp định với Việt Nam; Lào xuất khẩu điện.", "T201") == ["Ai Lao"]


def _page_kinds(lines: list[str]) -> dict[str, str | None]:
    from audit.corpus.boilerplate import classify_lines

    return {line: kind for line, kind in zip(lines, classify_lines(lines), strict=True) if line}


def test_a_reports_own_standings_at_its_end_stay_article() -> None:
    """Standings under the report's last sentence, the rows' players named in it, stay article; a sidebar's box
    after the source line, or one naming others, is still chrome."""
    story = [
        "Kỳ thủ Trần Minh Thắng vô địch giải cờ tướng đồng đội toàn quốc sau 9 ván, thắng 7 và hòa 2.",
        "Ở ván cuối, anh hòa Lại Lý Huynh để giữ ngôi đầu hơn nửa điểm.",
        "Bảng xếp hạng sau vòng cuối",
        "1. Trần Minh Thắng (Hà Nội) – 8 điểm",
        "2. Lại Lý Huynh (Bình Dương) – 7,5 điểm",
        "",
        "© 2026 Cờ Tướng Việt",
    ]
    kinds = _page_kinds(story)
    assert kinds["Bảng xếp hạng sau vòng cuối"] is None
    assert kinds["1. Trần Minh Thắng (Hà Nội) – 8 điểm"] is None
    assert classify_line("Trần Quốc Bảo - 4/12/2026")[0] == "timestamp"  # a byline of a name and the date
    assert classify_line("Giải cờ nhanh mở rộng - 4/12/2026")[0] is None  # a heading with lowercase words
    sidebar = [*story[:2], "Bảng xếp hạng sau vòng cuối", "1. Nguyễn Thành Bảo (Bình Định) – 8 điểm",
               "2. Uông Dương Bắc (Hà Nội) – 7,5 điểm", "", "© 2026 Cờ Tướng Việt"]  # fmt: skip
    assert _page_kinds(sidebar)["Bảng xếp hạng sau vòng cuối"] is not None
