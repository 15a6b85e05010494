"""The clean26 set (tests/data/clean26): ten human-written news pages dense in names, titles, countries and numbers,
five saved as HTML (a sports daily's match report, a Party paper of plain divs, an analysis site, a business site
with readers' comments, a culture magazine) and five copied as plain text with their chrome (a newspaper's Facebook
post, a browser's reader view, a print version, a Japanese broadcaster's Vietnamese service, a Party commission's
commentary page), every line or block annotated chrome or article. Clean text must stay quiet and the chrome must be
boilerplate. The fixes are tested on names, sentences and markup written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import page_segments, score_lines
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line

CLEAN26 = Path(__file__).resolve().parents[1] / "data" / "clean26"
DOCS = sorted([*CLEAN26.glob("*.txt"), *CLEAN26.glob("*.html")])


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)


def test_no_finding() -> None:
    assert [(p.name, f.rule, f.text) for p in DOCS for _, f in findings_of(p)] == []


# --- the pages' lines ------------------------------------------------------------------------------------------

# chrome lines left as the reader reads them (each has a headline's shape): a Facebook page's name and its link
# card's title, a reader view's byline of two names, a column's name in capitals, an office address without a phone
# or e-mail; and the post's hashtags, annotated article blind, read as tags
CHROME_LEFT = {
    "Báo Bóng Đá Phương Bắc",
    "Danh sách ĐT Việt Nam tháng 12/2025: Xuân Son trở lại",
    "Hoàng Ân – Đình Phú",
    "BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG",
    "Địa chỉ: số 1 đường Hòa Bình, phường Ninh Kiều, TP Cần Thơ.",
}
ARTICLE_LEFT = {"#DoiTuyenVietNam #KimSangSik #XuanSon"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert set(score.article_as_chrome) <= ARTICLE_LEFT
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = [t[:30] for t in CHROME_LEFT | ARTICLE_LEFT]
    assert [w for w in chrome_misclassified(path) if not any(t in w for t in left)] == []


# --- N109: a Chinese person's Hán-Việt name glossed with its own pinyin --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U23 Việt Nam gặp U23 Hàn Quốc và U23 Trung Quốc.\n"
        "Phút 30, tiền vệ Trương Ngọc Ninh (Zhang Yuning) ghi bàn cho đội khách.",
        "Đội tuyển Hàn Quốc hòa Trung Quốc.\nThủ môn Lưu Điện Tọa (Liu Dianzuo) cản phá xuất sắc.",
        "Bóng chuyền nữ Hàn Quốc gặp Trung Quốc.\nChủ công Chu Đình (Zhu Ting) ghi 25 điểm; đối chuyền Cung Tường "
        "Vũ (Gong Xiangyu) ghi 18 điểm.",
    ],
)
def test_a_chinese_name_glossed_with_its_pinyin_is_quiet(text: str) -> None:
    """Chinese players (not in the set) after a sports role, in a report that names Korea and China: the Hán-Việt
    name with the pinyin of its own syllables in brackets is how the press writes a Chinese person."""
    assert audit_text(text, select=["N109"]) == []


@pytest.mark.parametrize(
    "text, flagged",
    [
        # no China in the report: the gloss does not make the person Chinese
        (
            "U23 Hàn Quốc thắng 2-0.\nHLV Thôi Tương Hách (Cui Xianghe) hài lòng với các học trò.",
            ["Thôi Tương Hách"],
        ),
        # a surname only Koreans bear, glossed or not
        (
            "U23 Hàn Quốc thắng U23 Trung Quốc 2-0.\nTiền vệ Phác Tại Dần (Piao Zaiyin) ghi bàn.",
            ["Phác Tại Dần", "Piao Zaiyin"],
        ),
        # no gloss: the role path is unchanged
        ("Đội tuyển Hàn Quốc hòa Trung Quốc.\nThủ môn Lưu Điện Tọa cản phá xuất sắc.", ["Lưu Điện Tọa"]),
        # a bracket that is not the name's pinyin (two syllables for three)
        ("Đội tuyển Hàn Quốc hòa Trung Quốc.\nThủ môn Lưu Điện Tọa (Liu Yang) cản phá xuất sắc.", ["Lưu Điện Tọa"]),
    ],
)
def test_a_korean_shaped_name_without_a_matching_gloss_still_fires(text: str, flagged: list[str]) -> None:
    assert [f.text for f in audit_text(text, select=["N109"])] == flagged


# --- HTML: a description list's figures, an article's fact box --------------------------------------------------


def _page(tmp_path: Path, body: str) -> dict[str, bool]:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    return {s.text: s.boilerplate for s in page_segments(page)}


ARTICLE_HEAD = (
    "<header><nav><a href='/'>Trang chủ</a> <a href='/the-thao'>Thể thao</a></nav></header>"
    "<article><h1>Bóng chuyền nữ Việt Nam thắng Thái Lan sau năm set</h1>"
    "<p>Tối 20/11, đội tuyển bóng chuyền nữ Việt Nam thắng Thái Lan 3-2 tại Nhà thi đấu Phú Thọ.</p>"
)


def test_a_description_list_of_figures_is_the_articles(tmp_path: Path) -> None:
    """A match's facts in a <dl> (not in the set): the figures in <dd> are the article's, as a table cell's are;
    figures in the page's footer stay chrome."""
    segments = _page(
        tmp_path,
        ARTICLE_HEAD + "<dl><dt>Số set</dt><dd>3 – 2</dd><dt>Thời gian</dt><dd>2:14</dd><dt>Khán giả</dt>"
        "<dd>4.870</dd></dl><p>Đội sẽ gặp Nhật Bản ở bán kết.</p></article>"
        "<footer><dl><dt>Hotline</dt><dd>1900 6868</dd></dl></footer>",
    )
    assert not any(segments[t] for t in ("3 – 2", "2:14", "4.870", "Khán giả"))
    assert segments["1900 6868"]


def test_an_articles_fact_box_is_the_articles_and_a_box_of_links_stays_chrome(tmp_path: Path) -> None:
    """An <aside> inside the <article> (not in the set) holding dated sentences and no link is the article's fact
    box; one of links, one whose class names it related, and an aside outside the article are chrome."""
    segments = _page(
        tmp_path,
        ARTICLE_HEAD + "<aside><h3>Đối đầu gần đây</h3><ul><li>2023: Việt Nam thua 1-3 tại Băng Cốc.</li>"
        "<li>2024: Việt Nam thắng 3-1 tại Hà Nội.</li></ul></aside>"
        "<aside><ul><li><a href='/a'>Lịch thi đấu vòng bán kết</a></li>"
        "<li><a href='/b'>Thanh Thúy được bầu là cầu thủ xuất sắc</a></li></ul></aside>"
        "<aside class='related'><p>Trận bán kết diễn ra lúc 19h ngày 22/11.</p></aside>"
        "<p>Đội sẽ gặp Nhật Bản ở bán kết.</p></article>"
        "<aside><p>Báo điện tử được cấp phép năm 2019.</p></aside>",
    )
    fact_box = ("Đối đầu gần đây", "2023: Việt Nam thua 1-3 tại Băng Cốc.", "Đội sẽ gặp Nhật Bản ở bán kết.")
    assert not any(segments[t] for t in fact_box)
    assert segments["Lịch thi đấu vòng bán kết"] and segments["Trận bán kết diễn ra lúc 19h ngày 22/11."]
    assert segments["Báo điện tử được cấp phép năm 2019."]


# --- chrome rows ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Hôm qua lúc 20:15 · 🌍",
        "12 tháng 11 lúc 08:00 · 👥",
        "Tài khoản đã xác minh",
        "Ẩn bản dịch",
        "👍😆 1,5K",
        "1,2K bình luận · 340 lượt chia sẻ",
        "Mới nhất ▾",
        "THANHNIEN.VN",
        "www.baohaiphong.vn",
        "BÁO NGHỆ AN ĐIỆN TỬ – baonghean.vn",
        "Tin Tây Nguyên | tintaynguyen.com",
        "Thời gian đọc: khoảng 8–10 phút",
        "12-15 phút đọc",
        "8–10 phút",
        "Đã xác minh ✓",
        "Link bài gốc: https://vnexpress.net/abc-123.html",
        "[In] [Gửi email] [Đóng]",
        "Xem album ảnh (36 ảnh) ›",
        "Thứ Tư, 3 tháng 12 năm 2025 09:15 (giờ Hà Nội)",
        "Chào mừng Đại hội Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030",
        "Cổng thông tin điện tử Sở Y tế Hà Nam. Chịu trách nhiệm chính: Giám đốc Sở Y tế.",
        "Liên hệ quảng cáo: 0243 123 4567 | ads@baomoi.vn",
        "ĐÀI TRUYỀN HÌNH KỸ THUẬT SỐ VTC",
        "ĐẢNG BỘ TỈNH QUẢNG NINH",
        "BAN TỔ CHỨC TỈNH ỦY NGHỆ AN",
    ],
)
def test_page_chrome_rows(line: str) -> None:
    """Chrome lines of the kinds the set showed, in other words (not in the set)."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Đã xác minh danh tính nghi phạm trong vụ cướp.",
        "Bài viết đã nhận 418 bình luận và 96 lượt chia sẻ chỉ sau 3 giờ.",
        "Người dân có thể tra cứu tại dichvucong.gov.vn.",
        "Thời gian đọc ước tính của học sinh lớp 5 là 20 phút mỗi ngày.",
        "Ngày 3 tháng 12 năm 2025, 9 giờ sáng, đoàn xuất phát.",
        "Chào mừng Đại hội, Hà Nội trang hoàng rực rỡ",
        "Báo cáo nêu rõ các sai phạm. Chịu trách nhiệm: Giám đốc Sở.",
        "BAN NHẠC TRẺ CHINH PHỤC KHÁN GIẢ",
        "ĐẢNG VIÊN TRẺ VÀ KHÁT VỌNG CỐNG HIẾN",
        "Mới nhất, Bộ Y tế đã ban hành hướng dẫn.",
        "[1] Nguyễn Văn A (2020), Lịch sử Việt Nam, Nxb. Giáo dục.",
        "Chiến dịch đạt 1,2 triệu lượt chia sẻ và 400.000 bình luận.",
        "Xem ảnh vệ tinh cho thấy băng tan nhanh.",
        "Xe buýt điện chạy 8–10 phút một chuyến vào giờ cao điểm.",
    ],
)
def test_article_sentences_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


# --- probes (pages of the same beats written after the blind run, not in the set) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "GS Cung Kỳ Hoàng (Gong Qihuang), Hiệu trưởng Đại học Bắc Kinh, phát biểu tại hội thảo.",
        "PGS.TS Lưu Kiến Quân (Liu Jianjun) trình bày tham luận.",
        "ThS Tôn Hiểu Ba (Sun Xiaobo) và NSƯT Lý Vân (Li Yun) biểu diễn.",
    ],
)
def test_a_pinyin_gloss_after_an_abbreviated_title_is_quiet(text: str) -> None:
    """N101: 'GS Cung Kỳ Hoàng (Gong Qihuang)' (a probe) and other scholars: the title's abbreviation before the
    Hán-Việt name does not hide the gloss."""
    assert audit_text(text, select=["N101"]) == []


@pytest.mark.parametrize("text", ["GS Gong Qihuang phát biểu tại hội thảo.", "GS (Gong Qihuang) phát biểu."])
def test_pinyin_without_a_hanviet_name_beside_it_still_fires(text: str) -> None:
    assert [f.rule for f in audit_text(text, select=["N101"])] == ["N101"]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Vương Sở Khâm phát biểu tại hội thảo.",
        "Bà Lưu Thi Văn (Liu Shiwen) dự lễ khai mạc.",
        "Ông Trương Sở Khâm phát biểu tại hội thảo.",
        "Ông Ai Khắc Sâm (Elkeson) ghi bàn.",
        "Tiền đạo Elkeson (Ai Khắc Sâm) ghi bàn.",
        "Nhà triết học Mã Khắc Tư (Karl Marx) sinh năm 1818.",
    ],
)
def test_a_chinese_given_name_or_a_glossed_transcription_is_quiet(text: str) -> None:
    """N102 (probes): two rare syllables after a surname are a Chinese person's given name, not a transcription after
    a title ('Ông Vương Sở Khâm'); a transcription glossed with the person's Latin name beside it in brackets gives
    the reader the name."""
    assert audit_text(text, select=["N102"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Mễ Lặc phát biểu tại hội nghị.",
        "Ông Mễ Lặc (Mỹ) phát biểu tại hội nghị.",
        "Hãng Reuters (ông Mễ Lặc) đưa tin.",
        "Tổng thống Mỹ Đường Nạp Đức phát biểu.",
    ],
)
def test_a_transcription_after_a_title_or_country_still_fires(text: str) -> None:
    assert [f.rule for f in audit_text(text, select=["N102"])] == ["N102"]


def test_the_sites_name_in_its_logo_box_is_chrome(tmp_path: Path) -> None:
    """A table-layout page (a probe): the site's name as text in a box whose id or class names the logo is chrome;
    a class that only holds the letters ('catalogue') does not."""
    segments = _page(
        tmp_path,
        "<div id='logo'><b>QUÂN ĐỘI NHÂN DÂN THỦ ĐÔ</b></div><div class='site-masthead'>Tin tức quốc phòng</div>"
        "<div><b>Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Trung Quốc</b></div>"
        "<div class='catalogue'>Sáng 19/11, tại Hà Nội, hai bộ trưởng đã hội đàm về hợp tác quốc phòng.</div>",
    )
    assert segments["QUÂN ĐỘI NHÂN DÂN THỦ ĐÔ"] and segments["Tin tức quốc phòng"]
    assert not segments["Sáng 19/11, tại Hà Nội, hai bộ trưởng đã hội đàm về hợp tác quốc phòng."]


def test_a_post_quoted_whole_after_a_colon_is_quiet() -> None:
    """L102 (a probe): a leader's post quoted after 'viết:' keeps its own language in every sentence of its
    paragraph, not only the first; an English paragraph after the next Vietnamese line still fires."""
    text = (
        "Trên mạng xã hội X, Thủ tướng Anthony Albanese viết:\n"
        "Great talks with Prime Minister Pham Minh Chinh today. Australia and Viet Nam are stronger together.\n"
        "Hai nước nâng quan hệ lên Đối tác chiến lược toàn diện từ tháng 3/2024."
    )
    assert audit_text(text, select=["L102"]) == []
    untranslated = text + "\nThe two leaders agreed to expand cooperation in trade, energy and education next year."
    assert [f.rule for f in audit_text(untranslated, select=["L102"])] == ["L102"]


def test_an_embedded_social_post_is_chrome(tmp_path: Path) -> None:
    """An embedded tweet or Instagram post (a probe) is the post in its own language, not the article's text; a
    blockquote without such a class is the article's quotation."""
    segments = _page(
        tmp_path,
        ARTICLE_HEAD + "<blockquote class='twitter-tweet'><p lang='en'>What a match in Phu Tho tonight. Proud of "
        "this team.</p>— Tran Thi Thanh Thuy (@thanhthuy) November 20, 2025</blockquote>"
        "<blockquote><p>“Chúng tôi đã chơi bằng cả trái tim”, Thanh Thúy nói.</p></blockquote>"
        "<p>Đội sẽ gặp Nhật Bản ở bán kết.</p></article>",
    )
    assert segments["What a match in Phu Tho tonight. Proud of this team."]
    assert not segments["“Chúng tôi đã chơi bằng cả trái tim”, Thanh Thúy nói."]


def test_a_rank_columns_head_is_the_tables(tmp_path: Path) -> None:
    """A standings table (a probe): its '#' head is the article's table; a '#' line outside a table cell is not."""
    segments = _page(
        tmp_path,
        ARTICLE_HEAD + "<table><tr><th>#</th><th>Đội</th><th>Đ</th></tr><tr><td>1</td><td>Việt Nam</td><td>6</td>"
        "</tr></table><p>Đội sẽ gặp Nhật Bản ở bán kết.</p><p>#</p></article>",
    )
    assert not segments["Đội"]
    page = tmp_path / "page.html"
    kinds = [(s.text, s.boilerplate) for s in page_segments(page) if s.text == "#"]
    assert kinds == [("#", False), ("#", True)]
