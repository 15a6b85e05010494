"""Sentence segmentation of Vietnamese news text and the NFC → original position map."""

from __future__ import annotations

import unicodedata

import pytest

from audit.api import audit_text, document_from_text
from audit.corpus.normalize import nfc_map
from audit.corpus.segment import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 27/12/2025, giá vàng tăng. Chiều cùng ngày giảm.",
            ["Ngày 27/12/2025, giá vàng tăng.", "Chiều cùng ngày giảm."],
        ),
        (
            "Dự án có 1.000 lao động và 95,8 triệu USD. Tiếp theo là A.",
            ["Dự án có 1.000 lao động và 95,8 triệu USD.", "Tiếp theo là A."],
        ),
        ("Ông làm việc tại TP. Hồ Chí Minh từ năm 2010.", ["Ông làm việc tại TP. Hồ Chí Minh từ năm 2010."]),
        ("PGS.TS. Trần Văn Bình cho biết như vậy.", ["PGS.TS. Trần Văn Bình cho biết như vậy."]),
        ("Theo ThS. Lê Thị Hoa, kết quả tốt.", ["Theo ThS. Lê Thị Hoa, kết quả tốt."]),
        (
            "Nông sản, thủy sản, gỗ v.v. đều tăng. Xuất khẩu tốt.",
            ["Nông sản, thủy sản, gỗ v.v. đều tăng.", "Xuất khẩu tốt."],
        ),
        ('Bà nói: "Chúng tôi sẽ cố gắng." Sau đó bà rời đi.', ['Bà nói: "Chúng tôi sẽ cố gắng."', "Sau đó bà rời đi."]),
        (
            "Các lĩnh vực như năng lượng, du lịch… trong đó có Việt Nam.",
            ["Các lĩnh vực như năng lượng, du lịch… trong đó có Việt Nam."],
        ),
        ("Hai bên để mặc . Đây là lần đầu.", ["Hai bên để mặc .", "Đây là lần đầu."]),
        ("Kết thúc. thành tựu và Việt Nam.", ["Kết thúc.", "thành tựu và Việt Nam."]),
        ("Lúc 18:00 ngày 26/11, hai bên hội đàm.", ["Lúc 18:00 ngày 26/11, hai bên hội đàm."]),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_nfc_map_points_back_to_decomposed_characters() -> None:
    raw = unicodedata.normalize("NFD", "Bộ trưởng hiêp định")
    text, offsets = nfc_map(raw)
    assert text == unicodedata.normalize("NFC", raw)
    assert offsets is not None
    i = text.index("hiêp")
    assert raw[offsets[i] :].startswith("hi")
    assert unicodedata.normalize("NFC", raw[offsets[i] :]).startswith("hiêp")


def test_column_in_decomposed_input_equals_column_in_original() -> None:
    line = "Hai bên nhất trí tăng cường hợp tác.. Sau đó ông về."
    nfc_doc = document_from_text(line)
    nfd_doc = document_from_text(unicodedata.normalize("NFD", line))
    nfd_raw = unicodedata.normalize("NFD", line)
    seg_nfc, seg_nfd = nfc_doc.segments[0], nfd_doc.segments[0]
    assert seg_nfc.text == seg_nfd.text
    i = seg_nfc.text.index("..")
    assert seg_nfc.locate(i) == (1, line.index("..") + 1)
    # In the decomposed file, the '..' sits further right by the number of combining marks before it.
    assert seg_nfd.locate(i) == (1, nfd_raw.index("..") + 1)
    [f_nfd] = audit_text(unicodedata.normalize("NFD", line), select=["F101"])
    assert f_nfd.column == nfd_raw.index("..") + 1
    assert f_nfd.text == ".."


def test_second_sentence_keeps_its_column() -> None:
    doc = document_from_text("Câu một. Câu hai có lỗi ..")
    second = doc.segments[1]
    assert second.column == len("Câu một. ") + 1
    assert second.locate(second.text.index("lỗi")) == (1, len("Câu một. Câu hai có ") + 1)
