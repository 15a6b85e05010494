"""review31: human text next to round 23's new detections (misses25's T308 rows, T303 on a day and month against the
dateline, N105's inspection commission, A113 'a shot in the arm', clean43's and misses25's chrome rows) stays quiet
and keeps its article lines (tests/data/review31, written and committed blind at fe85ac41). Blind: 18 false alarms
(T308 9, T303 4, A113 4, N105 1) and 6 article lines read as chrome; the fixes' tests below use sentences that are in
neither the probes nor the adversary sets nor the rules' examples, both ways: the human sentence stays quiet, an MT
sentence of the same kind still fires."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_line

DATA = Path(__file__).resolve().parents[1] / "data" / "review31"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())

# Left alone, fair or beyond a line's reach: a screening line with no full stop is a cinema's line (t6); a heading
# in capitals with a star is a masthead's form (t6); the calculator form's call inside the article stays article (p1:
# no line lost; its label and button, the form's own block since clean51, are chrome as annotated)
KNOWN_AS_CHROME = {
    "Suất chiếu đặc biệt tại Liên hoan phim: 19h30 ngày 28/11 ở rạp Quốc gia, sau đó đạo diễn giao lưu với khán giả",
    "ĐIỂM NHẤN ★ Diễn xuất của nghệ sĩ Lê Thiện",
}
KNOWN_AS_ARTICLE = {"Bạn có thể tự tính mức đóng của gia đình mình bằng công cụ dưới đây."}


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written file gets no finding (blind: T308 9 and N105 1 in a_sentences, T303 3 in t2, 1 in t3)."""
    assert [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))] == []


def test_tsv_of_real_shots_gets_no_a113() -> None:
    """A real injection (a clinic, a pharmacy, a measles campaign) or gunshot (a robbery, the police) into the arm is
    no idiom (blind: A113 4 of 6 rows)."""
    rows = [line.split("\t") for line in (DATA / "s1_ban_tin_y_te.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == 6
    assert audit_pairs([(src, mt) for _, src, mt in rows], select=["A113"]) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_keep_their_article_lines(path: Path) -> None:
    """Blind: 6 article lines read as chrome (t4 3, t5 1, t6 2); after: only the two left alone."""
    score = score_lines(path)
    assert set(score.article_as_chrome) <= KNOWN_AS_CHROME
    assert set(score.chrome_as_article) <= KNOWN_AS_ARTICLE
    assert score.article_missing == [] and score.unplaced == []


def test_t308_sport_and_tourism_words_in_their_vietnamese_senses() -> None:
    quiet = (
        "Bảo tàng tỉnh trưng bày tấm kim bài do vua Minh Mạng ban, cạnh bộ huy chương SEA Games của đội bắn cung.",
        "Do trời nắng gắt, huấn luyện viên chuyển hội thao của các cầu thủ trẻ sang buổi chiều.",
        "Liên đoàn bóng đá tỉnh chuyển hội khỏe Phù Đổng cấp trường sang sân vận động mới.",
        "Trong chuyến tham quan, du khách nghe kể về các tửu điếm thời Pháp thuộc trên phố Hàng Buồm.",
        "Du khách đứng trên đèo chụp khung cảnh khu nghỉ dưỡng ven biển Mỹ Khê.",
        "Đoàn du lịch chụp ảnh cảnh khu hang động Phong Nha lúc chiều muộn.",
    )
    for sentence in quiet:
        assert _texts(sentence, "T308") == [], sentence
    fires = {
        "Đoàn Việt Nam giành 12 kim bài ở môn điền kinh SEA Games, đứng thứ hai tổng sắp.": "kim bài",
        "Tiền đạo này vừa hoàn tất chuyển hội sang một CLB Nhật Bản với phí 2 triệu USD.": "chuyển hội",
        "Các tửu điếm ở Nha Trang kín phòng suốt dịp lễ, du khách phải đặt phòng trước hai tháng.": "tửu điếm",
        "Du khách Trung Quốc mua vé vào cảnh khu nổi tiếng nhất Hạ Long.": "cảnh khu",
    }
    for sentence, word in fires.items():
        assert _texts(sentence, "T308") == [word], sentence


def test_t303_day_and_month_of_the_next_or_last_year() -> None:
    """A month half a year or more from the dateline's may be next year's or last year's; 'năm sau/năm ngoái' in the
    sentence admits both; a weekday right in none of the years still fires."""
    quiet = (
        "Cần Thơ, 8/8/2026 - Năm học mới sắp đến.\nHọc sinh nghỉ Tết từ thứ Bảy, 6/2 đến hết thứ Hai, 15/2.",
        "Hải Phòng, 2/4/2026 - Cảng tổng kết quý I.\nHôm thứ Hai, 15/12, cảng đón chuyến tàu container lớn nhất.",
        "Vinh, 20/5/2026 - Tỉnh chuẩn bị mùa hè.\nTrại hè năm sau khai mạc vào thứ Bảy, 5/6, tại biển Cửa Lò.",
    )
    for text in quiet:
        assert _texts(text, "T303") == [], text
    fires = {
        "Cần Thơ, 8/8/2026 - Trường học chuẩn bị năm học mới.\nHọc sinh nghỉ Tết từ thứ Năm, 6/2 đến hết 15/2.": [
            "thứ Năm, 6/2"
        ],
        "Hải Phòng, 2/4/2026 - Cảng tổng kết quý I.\nHôm thứ Sáu, 15/12, cảng đón chuyến tàu lớn nhất.": [
            "thứ Sáu, 15/12"
        ],
        "Vinh, 20/5/2026 - Tỉnh chuẩn bị mùa hè.\nTrại hè khai mạc vào thứ Tư, 5/6, tại biển Cửa Lò.": ["thứ Tư, 5/6"],
    }
    for text, found in fires.items():
        assert _texts(text, "T303") == found, text


def test_n105_quiet_beside_a_chinese_province() -> None:
    china = "Ủy ban Kiểm tra Kỷ luật Trung ương điều tra ông Lưu Chí Cường, nguyên Phó Chủ tịch thành phố Trùng Khánh."
    assert _texts(china, "N105") == []
    vietnam = "Ủy ban Kiểm tra Kỷ luật Trung ương đề nghị kỷ luật ông Trần Văn Bình, nguyên Bí thư Tỉnh ủy Quảng Ngãi."
    assert _texts(vietnam, "N105") == ["Ủy ban Kiểm tra Kỷ luật Trung ương"]


def test_a113_real_shots_quiet_the_idiom_fires() -> None:
    clinic = ("A mobile clinic gave villagers a shot in the arm against cholera.", "Một phòng khám lưu động tiêm "
              "cho dân làng một mũi tiêm vào cánh tay phòng bệnh tả.")  # fmt: skip
    bullet = ("The hunter took a shot in the arm from a stray bullet.", "Người thợ săn trúng một phát súng vào cánh "
              "tay do đạn lạc.")  # fmt: skip
    idiom = ("The tax cut is a much-needed shot in the arm for small hotels in Hue.", "Việc giảm thuế là một mũi "
             "tiêm vào cánh tay rất cần thiết cho các khách sạn nhỏ ở Huế.")  # fmt: skip
    assert audit_pairs([clinic, bullet], select=["A113"]) == []
    assert [f.text for f in audit_pairs([idiom], select=["A113"])] == ["mũi tiêm vào cánh tay"]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Nhận được thư do Bộ trưởng ký, ông Hòa mới yên tâm lên đường.", False),
        ("Bạn nhận được email này vì đã đăng ký bản tin Du lịch Việt.", True),
        ("Để lại số điện thoại để nhận quà, nhiều người bị lấy cắp thông tin cá nhân.", False),
        ("Để lại email để nhận thông báo mở bán vé sớm nhất.", True),
        ("Đại diện công ty cho biết hành khách được giảm 5% khi nhập mã: SALE55.", False),
        ("Ưu đãi 15% cho độc giả bản tin khi đặt tour Đà Lạt, nhập mã: DALAT15", True),
    ],
)
def test_story_sentences_beside_the_newsletter_rows(line: str, chrome: bool) -> None:
    assert (classify_line(line)[0] is not None) is chrome


def _page_kinds(text: str) -> dict[str, str | None]:
    from audit.corpus.boilerplate import classify_lines

    lines = text.split("\n")
    return {line: kind for line, kind in zip(lines, classify_lines(lines), strict=True) if line}


def test_an_interviews_question_to_the_reader_form_stays_article_a_polls_goes() -> None:
    """'Bạn dự đoán … ?' between the article's sentences, its answer under it, is the interviewer's; with its options
    and its vote count under it, the poll's."""
    lead = "Trước đêm nhạc ở Đà Nẵng, ca sĩ trẻ Hoàng Yến dành cho chúng tôi ít phút trò chuyện sau buổi tổng duyệt."
    question = "Bạn dự đoán bao nhiêu khán giả sẽ đến sân khấu ngoài trời tối mai?"
    answer = "Em không dám đoán con số, nhưng ban tổ chức nói vé đứng đã bán hết từ tuần trước nên em rất hồi hộp."
    kinds = _page_kinds("\n".join((lead, question, answer)))
    assert kinds[question] is None
    poll = "\n".join((lead, question, "Dưới 5.000", "Từ 5.000 đến 10.000", "Trên 10.000", "1.204 lượt bình chọn"))
    assert _page_kinds(poll)[question] is not None
