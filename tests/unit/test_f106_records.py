"""F106 looks at the sentences inside one segment too: a JSONL record or a table cell is one segment holding
several sentences, and a fragment cut from its clause there starts a sentence, not the segment. The span is the
first two syllables, as at a segment start (the convention earlier adversary sets annotate: 'các doanh')."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.api import audit_text
from audit.corpus import ReadOptions, discover, read_file
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _f106_in_jsonl(tmp_path: Path, *records: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "records.jsonl"
    lines = [json.dumps({"id": str(i), "mt": text}, ensure_ascii=False) for i, text in enumerate(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]
    rules = [cls() for cls in select_rules(["F106"])]
    return [(f.text, f.suggestion) for d in docs for f in run_rules(d, rules, Settings())]


def test_fragment_inside_a_record_fires(tmp_path: Path) -> None:
    record = (
        "Nhà máy thép ở Quảng Yên tuyển thêm hai trăm công nhân trong tháng này. "
        "những lao động có tay nghề được ưu tiên ký hợp đồng dài hạn. Lương khởi điểm tăng nhẹ so với năm ngoái."
    )
    assert _f106_in_jsonl(tmp_path, record) == [("những lao", "Những lao")]


def test_two_syllable_word_keeps_both(tmp_path: Path) -> None:
    record = "Đội tuyển bóng chuyền nữ đã về nước sáng nay. huấn luyện viên cho các cầu thủ nghỉ ba ngày."
    assert _f106_in_jsonl(tmp_path, record) == [("huấn luyện", "Huấn luyện")]


@pytest.mark.parametrize(
    "record",
    [
        "Đội tuyển bóng chuyền nữ đã về nước sáng nay. Huấn luyện viên cho các cầu thủ nghỉ ba ngày.",
        "Ông đọc tác phẩm của nhà văn L. Tolstoy và những tác giả Nga khác.",  # an initial
        "Buổi triển lãm giới thiệu tranh, tượng, gốm v.v. của các nghệ sĩ trẻ.",  # an abbreviation
        "Cô ngập ngừng... rồi kể tiếp câu chuyện về ngôi làng.",  # an ellipsis
        "Hãng vừa ra mắt mẫu máy tính mới. iPad thế hệ mới có giá từ 15 triệu đồng.",  # a lowercase brand
    ],
)
def test_sentences_inside_a_record_stay_quiet(tmp_path: Path, record: str) -> None:
    assert _f106_in_jsonl(tmp_path, record) == []


def test_plain_text_gives_the_same_span() -> None:
    text = "Chính phủ thông qua nghị quyết về nhà ở xã hội. các cơ quan địa phương phải báo cáo trước tháng Sáu."
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["F106"])] == [("các cơ", "Các cơ")]
