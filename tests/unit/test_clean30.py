"""The clean30 set (tests/data/clean30): ten human-written Vietnamese documents on markets, finance and technology,
six copied as plain text with their chrome (a listed company's investor-relations page, a trading app's news tab,
the central bank's press release, a tech magazine's long-read with a table of contents, a Korean company's
newsroom, a bank's news page) and four as JSONL records of a news app's content feed under its own field names,
read with --field. Every line or record annotated; clean text must stay quiet and the chrome must be
boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of
from chrome_lines import score_lines
from test_adversary5_html import chrome_misclassified

from audit.corpus import ReadOptions, discover, read_file
from audit.corpus.boilerplate import classify_line, classify_lines
from audit.corpus.records import FieldNames
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

CLEAN30 = Path(__file__).resolve().parents[1] / "data" / "clean30"
PAGES = sorted(CLEAN30.glob("*.txt"))
FEEDS = sorted(CLEAN30.glob("*.jsonl"))
FEED_FIELDS = ReadOptions(fields=FieldNames(target="van_ban", id="ma_khoi"))


def feed_documents(path: Path) -> list[Document]:
    """The feed file's documents, read as `--field target=van_ban --field id=ma_khoi` reads them."""
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, FEED_FIELDS, errors)]
    assert errors == []
    return docs


def feed_findings(path: Path) -> list[tuple[Document, Finding]]:
    rules = [cls() for cls in select_rules(None)]
    return [(d, f) for d in feed_documents(path) for f in run_rules(d, rules, Settings())]


def test_set_is_complete() -> None:
    assert len(PAGES) == 6 and len(FEEDS) == 4
    assert all(p.with_suffix(".json").exists() for p in PAGES + FEEDS)


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.name)
def test_feed_records_are_all_read(path: Path) -> None:
    """Every record's text is read under the feed's field names, none lost."""
    records = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["records"]
    text = " ".join(s.text for d in feed_documents(path) for s in d.segments)
    assert all(r[3][:40] in text for r in records)


def test_no_finding() -> None:
    found = [(p.name, f.rule, f.text) for p in PAGES for _, f in findings_of(p)]
    found += [(p.name, f.rule, f.text) for p in FEEDS for _, f in feed_findings(p)]
    assert found == []


# chrome lines left as the reader reads them: a magazine's and a newsroom's name in mixed case over the menu (a
# headline's shape), the issuing department's signature under a press release, and a press release's contact block,
# which earlier sets (clean24) keep as the release's own text
CHROME_LEFT = {
    "Vụ Truyền thông – Ngân hàng Nhà nước Việt Nam",
    "TECHZONE · Tạp chí công nghệ số",
    "Samsung Newsroom Việt Nam",
    "Thông tin liên hệ báo chí:",
    "Phòng Truyền thông Samsung Việt Nam – Email: press.vn@samsung-media.vn",
}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_missing == [] and score.unplaced == []
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= CHROME_LEFT


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    left = [t[:30] for t in CHROME_LEFT]
    assert [w for w in chrome_misclassified(path) if not any(t in w for t in left)] == []


# --- chrome rows (boilerplate.tsv) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "📄 Nghị quyết Đại hội đồng cổ đông bất thường năm 2026 (PDF, 860 KB) · Tải về",
        "Báo cáo thường niên 2025 (PDF, 12,3 MB)",
        "Tải xuống: Bộ ảnh lễ ký kết (ZIP, 42 MB)",
        "Bảng giá cước bản tiếng Anh (DOCX)",
        "Biểu phí dịch vụ thẻ: Tải về (PDF)",
        "Ngày công bố: 03/02/2026 · Loại tin: Công bố thông tin bất thường",
        "Ngày phát hành: 14/01/2026",
        "Liên hệ Phòng Quan hệ cổ đông: shareholder@thepmiennam.vn · 028 3822 1188",
        "Quý khách vui lòng liên hệ tổng đài chăm sóc khách hàng: 1800 588 822",
        "Mọi câu hỏi về sản phẩm xin liên hệ hotline miễn phí: 1800 6789",
        "Đăng ký nhận bản tin tuần: [ Email của bạn ] [Gửi]",
        "Các thông cáo báo chí khác",
        "Thông cáo khác",
        "08:15 ◀ Chi tiết tin",
        "← Thị trường vàng",
    ],
)
def test_page_chrome_rows(line: str) -> None:
    """Chrome lines of the styles the set brought (attachments, IR and hotline contacts, a sign-up form, related
    disclosures, an app's back bar), worded as no page of it words them."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Theo báo cáo (PDF) đăng trên trang của hãng, doanh thu quý IV tăng 12%.",
        "Nhà đầu tư có thể tải về bản báo cáo thường niên trên website của công ty từ ngày 5/3.",
        "Mọi thắc mắc xin liên hệ tổng đài 1800 588 822.",
        "Người dân có thể đăng ký nhận thông báo qua email từ ngày 1/12 trên Cổng Dịch vụ công.",
        "Ngày công bố kết quả kinh doanh quý IV là 20/1/2026, sớm hơn mọi năm.",
        "Các thông cáo khác nhau của hai bên cho thấy vẫn còn bất đồng về giá.",
        "Ông Tuấn cho biết sẽ liên hệ với đối tác Nhật Bản trong tuần tới để chốt đơn hàng.",
    ],
)
def test_article_sentences_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


# --- page structure: a company's or a bank's masthead with its English name, a table of contents ---------------

_HEAD = [
    "TẬP ĐOÀN VIỄN THÔNG ĐẤT PHƯƠNG NAM",
    "Southern Land Telecom Group",
    "Trang chủ | Giới thiệu | Tin tức | Nhà đầu tư",
    "Lợi nhuận năm 2025 vượt kế hoạch",
    "Năm 2025, tập đoàn đạt doanh thu 8.420 tỷ đồng, tăng 9,6% so với năm trước. Lợi nhuận trước thuế đạt 1.105 tỷ"
    " đồng, vượt 6% kế hoạch mà đại hội cổ đông đã giao.",
]


def test_company_masthead_and_its_english_name_are_chrome() -> None:
    """An invented group's page (no line of the set): its name in capitals and in English above the menu."""
    kinds = classify_lines(_HEAD)
    assert kinds[0] is not None and kinds[1] is not None
    assert kinds[3] is None and kinds[4] is None


def test_a_capitals_headline_over_its_sentence_stays() -> None:
    """A headline in capitals opening with 'NGÂN HÀNG', straight over its date and first sentence, is no
    masthead; nor is an English line under a headline."""
    page = [
        "NGÂN HÀNG TRUNG ƯƠNG CHÂU ÂU GIỮ NGUYÊN LÃI SUẤT",
        "European Central Bank",
        "Frankfurt, 18/12/2025 – Ngân hàng Trung ương châu Âu (ECB) quyết định giữ nguyên lãi suất tiền gửi ở mức 2%."
        " Đây là lần thứ tư liên tiếp ECB giữ nguyên lãi suất.",
    ]
    assert classify_lines(page)[0] is None


_SECTIONS = [
    "Vì sao giá vàng tăng mạnh",
    "Ngân hàng trung ương mua ròng",
    "Người mua vàng cần lưu ý gì",
]
_BODY = (
    "Giá vàng thế giới đã tăng hơn 50% trong năm, vượt nhiều dự báo của các tổ chức tài chính lớn. Nhiều nhà đầu tư"
    " cá nhân ở châu Á đổ tiền vào vàng miếng và vàng nhẫn."
)
_PARTS = [
    "Lãi suất thực giảm và đồng USD yếu đi khiến vàng hấp dẫn hơn. Quỹ ETF vàng cũng mua vào liên tục từ tháng 4.",
    "Ngân hàng trung ương nhiều nước mua hơn 1.000 tấn vàng mỗi năm. Trung Quốc, Ba Lan và Thổ Nhĩ Kỳ mua nhiều nhất.",
    "Chênh lệch giữa giá mua và giá bán có lúc lên tới 3 triệu đồng/lượng. Người mua nên chọn cửa hàng có uy tín.",
]


def test_contents_under_its_heading_with_the_first_section_at_once() -> None:
    """A table of contents under 'Nội dung chính' whose first heading follows it at once (a gold explainer, not in
    the set): the list is navigation, the headings lower down stay article."""
    page = [_BODY, "Nội dung chính", *_SECTIONS]
    for heading, part in zip(_SECTIONS, _PARTS, strict=True):
        page += [heading, part]
    kinds = classify_lines(page)
    assert all(k is not None for k in kinds[1:5])
    assert all(k is None for k in kinds[5:])


def test_lines_repeated_without_a_contents_heading_stay_article() -> None:
    """The same three lines with no heading above them and no sentence before the first repeat: a refrain or a
    quoted list, left article as before."""
    page = [_BODY, *_SECTIONS]
    for heading, part in zip(_SECTIONS, _PARTS, strict=True):
        page += [heading, part]
    assert all(k is None for k in classify_lines(page))
