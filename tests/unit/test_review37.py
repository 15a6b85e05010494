"""review37: human text next to round 29's triggers (C101's speakers' frames, quoted officials and stray pairs, N108's
shared Chinese names, N103's future and effective-from years, T308's e-commerce, coal, climate, traffic and medicine
words, C107's platforms and 'Cục' bodies, N106, N109 after a Vietnamese rank, C106 a route's end, and the chrome
reader's round-29 rows) stays quiet and keeps its article lines (tests/data/review37, written and committed blind at
6a8fcabb). Blind: one T308 minor ('năng nguyên' in 'nhiều khả năng nguyên nhân', on the sentences and the page), one
C101 minor on the sentences ('Mông Cổ' paired with Việt Nam in a sentence that names Ulaanbaatar), two chrome lines
read as article ('← BÀI TRƯỚC …' and a speaker-notes label with its note). The fixes' tests below use lines in
neither the probes nor the adversary sets nor the rules' examples, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "review37"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_false_alarm(path: Path) -> None:
    """Each human-written text file gets no finding."""
    assert [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))] == []


def test_tsv_rows_get_no_finding() -> None:
    """鲍威尔 as Jerome and as Colin Powell, 易卜拉欣, 女士/女诗人/先生, 我国 of Việt Nam's and of China's spokesman,
    交警 and 酒驾, 招标, 煤炭 and 牛肉, 乌兰巴托 at a route's end, the Green Climate Fund, 希音 and Temu."""
    rows = [line.split("\t") for line in (DATA / "s1_nguon.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert [(f.rule, f.text) for f in audit_pairs([(src, mt) for _, src, mt in rows])] == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_are_read_as_annotated(path: Path) -> None:
    score = score_lines(path)
    assert score.article_as_chrome == [] and score.chrome_as_article == []
    assert score.article_missing == [] and score.unplaced == []


def _rules(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    "text",
    [
        "Theo bác sĩ, nhiều khả năng nguyên nhân ngộ độc là do thuốc giả bán trên mạng.",
        "Tỉnh có tiềm năng nguyên liệu gỗ rừng trồng rất lớn.",
        "Chức năng nguyên bản của ứng dụng vẫn được giữ sau bản cập nhật.",
    ],
)
def test_nang_nguyen_across_two_vietnamese_words_is_quiet(text: str) -> None:
    assert _rules(text, "T308") == []


@pytest.mark.parametrize(
    "text",
    [
        "An ninh năng nguyên là ưu tiên của hai nước trong năm tới.",
        "Hai bên nhất trí hợp tác về năng nguyên tái tạo và lưới điện.",
        "Giá năng nguyên tăng mạnh khiến chi phí sản xuất đội lên.",
    ],
)
def test_nang_nguyen_for_energy_still_fires(text: str) -> None:
    assert _rules(text, "T308") != []


_VN_CN = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Trung Quốc Lý Cường tại Hà Nội. Quan hệ Việt Nam – Trung Quốc "
    "tiếp tục phát triển tốt. Trung Quốc là đối tác thương mại lớn nhất của Việt Nam.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Các doanh nghiệp vừa từ Caracas về cũng kiến nghị thúc đẩy quan hệ hợp tác giữa Việt Nam và Venezuela.",
        "Đoàn doanh nghiệp vừa dự hội chợ ở La Habana cũng đề xuất mở rộng quan hệ hợp tác giữa Việt Nam và Cuba.",
        "Một hãng tàu ở Rotterdam muốn tham gia quan hệ đối tác giữa Việt Nam và Hà Lan về quản lý nước.",
    ],
)
def test_a_pair_in_a_sentence_naming_the_countrys_capital_is_meant(line: str) -> None:
    assert _rules(_VN_CN + line, "C101") == []


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("Các doanh nghiệp cũng kiến nghị thúc đẩy quan hệ hợp tác giữa Việt Nam và Venezuela.", "Venezuela"),
        ("Đoàn doanh nghiệp cũng đề xuất mở rộng quan hệ hợp tác giữa Việt Nam và Cuba.", "Cuba"),
        ("Một hãng tàu muốn tham gia quan hệ đối tác giữa Việt Nam và Hà Lan về quản lý nước.", "Hà Lan"),
    ],
)
def test_a_stray_pair_without_an_anchor_still_fires(line: str, country: str) -> None:
    assert _rules(_VN_CN + line, "C101") == [country]


_PAGE = ["TIN GIÁ XĂNG 24H", "Trang chủ | Xăng dầu | Điện", "Giá xăng giảm từ chiều nay", "Cửa hàng bán E5 giá mới."]


def _kind(line: str) -> str | None:
    page = [*_PAGE, line, "© 2026 Tin giá xăng 24h"]
    return dict(zip(page, classify_lines(page), strict=True))[line]


@pytest.mark.parametrize(
    "line",
    [
        "‹ Tin sau Giá điện bậc thang có thể giảm còn năm bậc",
        "« Bài trước: Lịch cắt điện cuối tuần ở Hà Đông",
        "Speaker notes: pause after the tariff chart",
        "Ghi chú của diễn giả: nhắc lại số liệu quý III",
    ],
)
def test_a_card_with_its_arrow_first_and_a_note_after_its_label_are_chrome(line: str) -> None:
    assert _kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Bài trước đó của chúng tôi đã nêu rõ cách tính giá điện bậc thang.",
        "Tin sau cùng từ Bộ Công Thương cho biết giá xăng sẽ giảm nhẹ.",
        "Ghi chú của người thuyết trình cho thấy bà đã chuẩn bị số liệu rất kỹ.",
        "Ghi chú của người trình bày: Bộ Công Thương đã yêu cầu rà soát giá. Sau đó, bà chuyển sang slide khác.",
    ],
)
def test_sentences_with_the_words_stay_article(line: str) -> None:
    assert _kind(line) is None
