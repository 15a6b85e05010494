"""review36: human text next to round 28's triggers (T308's gold, entertainment and space words, C101's self-relations
and decreed markets, A107's short names, A113's lion's share and whole-phrase spans, N106, T306 'tối qua', C104
Japanese islands, N108 Japanese names, and the chrome reader's round-28 rows) stays quiet and keeps its article lines
(tests/data/review36, written and committed blind at 3079816e). Blind: one T308 on the sentences ('nhẫn bạch kim giá
12 triệu'), one A113 ('voi': a circus's real elephant in a room) and one N102 minor ('Âu Dương Na Na' 欧阳娜娜) on the
rows, one chrome line read as article ('Bảng giá vàng trên chỉ mang tính tham khảo, …'). The fixes' tests below use
lines in neither the probes nor the adversary sets nor the rules' examples, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "review36"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_false_alarm(path: Path) -> None:
    """Each human-written text file gets no finding."""
    assert [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))] == []


def test_tsv_rows_get_no_finding() -> None:
    """印尼/印度/尼泊尔/中印, the lion's share and the elephant in the room by sense and literally, Yamakawa,
    Âu Dương Na Na, Tanegashima, a gold auction, 我国, ounce and silver, fans."""
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
        "Nữ diễn viên Gia Cát Lệ Na sang Hà Nội dự liên hoan phim.",
        "Nhà sử học Tư Mã Thiên viết bộ Sử ký.",
    ],
)
def test_a_chinese_compound_surname_in_han_viet_is_quiet(text: str) -> None:
    assert _rules(text, "N102") == []


def test_a_transcription_still_fires() -> None:
    assert _rules("Âu Khắc Lạp Đặc cho biết sẽ đến Hà Nội vào tuần sau.", "N102") != []


@pytest.mark.parametrize(
    "text",
    [
        "Đồ ngũ kim giá rẻ được bày bán khắp chợ.",
        "Dây hợp kim giá cao hơn dây đồng.",
        "Mũi kim giá chỉ vài nghìn đồng.",
    ],
)
def test_kim_as_a_word_of_a_compound_before_gia_is_quiet(text: str) -> None:
    assert _rules(text, "T308") == []


@pytest.mark.parametrize(
    "text", ["Kim giá tăng mạnh trong phiên sáng nay.", "Theo chuyên gia, kim giá quốc tế sẽ còn biến động."]
)
def test_kim_gia_for_the_gold_price_still_fires(text: str) -> None:
    assert _rules(text, "T308") != []


def _a113(src: str, mt: str) -> list[str]:
    return [f.text for f in audit_pairs([(src, mt)]) if f.rule == "A113"]


def test_a_real_elephant_in_a_room_is_quiet() -> None:
    src = "The mahout led the elephant in the room where tourists waited."
    assert _a113(src, "Người quản tượng dắt con voi vào căn phòng nơi du khách chờ.") == []


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The elephant in the room at the summit was the tariff.", "Con voi trong phòng tại hội nghị là thuế quan."),
        (
            "Nobody mentioned the elephant in the room: the budget gap.",
            "Không ai nhắc tới con voi trong phòng: ngân sách.",
        ),
    ],
)
def test_the_elephant_idiom_word_for_word_still_fires(src: str, mt: str) -> None:
    assert _a113(src, mt) != []


_PRICES = ["GIÁ CẢ 24H", "Giá vàng | Tỷ giá", "Giá xăng hôm nay giảm", "Cửa hàng bán xăng E5 với giá mới từ 15 giờ."]


def _kind(line: str) -> str | None:
    page = [*_PRICES, line, "© 2026 Giá cả 24h"]
    return dict(zip(page, classify_lines(page), strict=True))[line]


def test_a_price_tables_disclaimer_named_by_its_goods_is_chrome() -> None:
    assert _kind("Bảng giá xăng dầu trên chỉ mang tính tham khảo.") is not None


def test_a_sentence_on_a_price_table_stays() -> None:
    assert _kind("Theo ông, bảng giá vàng trên website chỉ mang tính tham khảo.") is None
