"""The clean16 set (tests/data/clean16): human-written Vietnamese outside news (an administrative procedure,
bank card terms with their English source, a recipe, live football commentary, an essay with dialogue and verse,
a course catalogue page, a product manual, a temple history in Hán-Việt, a travel blog about China, a building
regulation). Clean text of these genres must stay quiet; damage written into sentences of the same genres (not
from the set) must still be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text
from audit.corpus.segment import sentence_spans

CLEAN16 = Path(__file__).resolve().parents[1] / "data" / "clean16"
DOCS = sorted(p for p in CLEAN16.iterdir() if p.suffix in {".txt", ".jsonl", ".html"})
MINOR_BUDGET = 0  # minor findings allowed on the whole set (blind run: 0; after the fixes: 0)


def test_set_is_complete() -> None:
    assert len(DOCS) == 10
    assert {p.suffix for p in DOCS} == {".txt", ".jsonl", ".html"}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_minor_findings_within_budget() -> None:
    minors = [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)]
    assert len(minors) <= MINOR_BUDGET, minors


def test_page_chrome_is_boilerplate_and_article_is_content() -> None:
    assert chrome_misclassified(CLEAN16 / "06_chuong_trinh_dao_tao.html") == []


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_numbered_step_keeps_its_number() -> None:
    """'2. Thái hành …' is one sentence, at the start of a line or after a finished sentence."""
    assert _sentences("2. Thái hành lá thật nhỏ. Trộn đều.") == ["2. Thái hành lá thật nhỏ.", "Trộn đều."]
    assert _sentences("Ngâm gạo qua đêm. 14. Vo sạch rồi để ráo.") == ["Ngâm gạo qua đêm.", "14. Vo sạch rồi để ráo."]
    assert _sentences("III. Tổ chức thực hiện") == ["III. Tổ chức thực hiện"]


def test_a_number_ending_a_sentence_still_ends_it() -> None:
    assert _sentences("Đội khách xếp thứ 7. Đội chủ nhà đứng thứ 9.") == [
        "Đội khách xếp thứ 7.",
        "Đội chủ nhà đứng thứ 9.",
    ]
    assert _sentences("Tỷ số là 3-0. Hiệp hai bắt đầu.") == ["Tỷ số là 3-0.", "Hiệp hai bắt đầu."]


@pytest.mark.parametrize(
    "text",
    [
        "Tấm biển trước cổng ghi 成都东站 (Chengdudong), chỉ lối lên tàu.",
        "Quán có món 担担面 (dàndàn miàn) cay tê đầu lưỡi.",
        "Trên vách đá khắc hai chữ 漓江 (Li Jiang) rất lớn.",
    ],
)
def test_characters_glossed_in_pinyin_are_quiet(text: str) -> None:
    assert audit_text(text, select=["L103"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Đoàn tới 成都东站 (ga phía đông) lúc 9 giờ.", "成都东站"),
        ("Bộ trưởng thăm 南宁 (Kunming) vào tuần tới.", "南宁"),
        ("Hai nước ký 备忘录 về hợp tác nông nghiệp.", "备忘录"),
    ],
)
def test_characters_not_glossed_by_their_reading_still_fire(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["L103"])] == [span]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("Hồ sơ nộp tại Công an tỉnh Guangzhi trong giờ hành chính.", "C106", "Guangzhi"),
        ("Chúng tôi bay từ Henei sang Thành Đô mất gần ba tiếng.", "C106", "Henei"),
        ("Văn bản này có hiệu lực từ ngày 31 tháng 6 năm 2026.", "T302", "31 tháng 6 năm 2026"),
        ("Phí rút tiền mặt: 4% số tiền rút, phí chuyển đổi ngoại tệ, .", "F108", ", ."),
        ("Phật hoàng Chen Rengzong lập ra thiền phái Trúc Lâm.", "N101", "Chen Rengzong"),
    ],
)
def test_damage_in_these_genres_still_fires(text: str, rule: str, span: str) -> None:
    assert (rule, span) in [(f.rule, f.text) for f in audit_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Con gà trống nhà bên gáy ó ó ó từ lúc trời còn tối.",
        "Ngoài sân, tiếng mõ cốc cốc cốc đều đặn.",
        "Thằng bé kêu ủn ủn ủn, bắt chước chú lợn con.",
        "Nó réo gọi: “Anh ơi, anh ơi, anh ơi!”",
        "Ông ơi ông ơi ông ơi, cháu về rồi!",
    ],
)
def test_sounds_and_calls_written_three_times_are_quiet(text: str) -> None:
    assert [f for f in audit_text(text, select=["F113"])] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hai bên sẽ tiếp tục tiếp tục tiếp tục đàm phán.", "tiếp tục tiếp tục tiếp tục"),
        ("Bà lên tiếng tiếng tiếng phản đối dự án.", "tiếng tiếng tiếng"),
        ("Chủ tịch kêu gọi gọi gọi các nhà đầu tư.", "gọi gọi gọi"),
        ("Ca sĩ hát hát hát bài hát mới.", "hát hát hát"),
        ("Phái đoàn thăm thăm thăm nhà máy.", "thăm thăm thăm"),
    ],
)
def test_decoder_loops_still_fire(text: str, span: str) -> None:
    assert span in [f.text for f in audit_text(text, select=["F113"])]


@pytest.mark.parametrize(
    "text",
    ["Anh ơi, chờ em với!", "Cứu tôi với!", "Bố ơi, cho con theo với.", "Ai đó giúp tôi với."],
)
def test_a_plea_ending_on_voi_is_quiet(text: str) -> None:
    assert audit_text(text, select=["F107"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đánh giá cao quan hệ hợp tác giữa hai nước với.",
        "Các doanh nghiệp sẽ được hỗ trợ để kết nối với!",
        "Tỉnh sẽ ký kết thỏa thuận hợp tác cùng với.",
    ],
)
def test_a_cut_preposition_voi_still_fires(text: str) -> None:
    assert [f.text for f in audit_text(text, select=["F107"])][-1:] in (["với"], ["cùng với"])
