"""Round 36's fixes of round 35's leftovers (leftovers64), tested on sentences outside the sets they come from.

1. clean67's minor N101 on a Singaporean's name in its own spelling: a surname spelt the Hokkien, Teochew or
   Cantonese way (references/dialect_surnames.tsv, a sourced class: 陈 'Tan', 王 'Heng' …) before a given name
   written syllable by syllable is no pinyin; pinyin names of mainland Chinese people still fire.
2. clean67's two chrome lines (references/boilerplate.tsv): a posting line 'Đăng ngày … · Phóng sự của NAME tại
   PLACES' and a section footer 'Bài thuộc chuyên mục X. Góp ý: address'; sentences like them stay article."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line


def _n101(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "N101"]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Tan Wei Jie, kỹ sư trưởng của một hãng thiết kế ở Penang, nói dự án sẽ xong trong năm nay.",
        "Bà Tan Mei Ling, giám đốc một chuỗi nhà hàng ở Singapore, cho biết sẽ mở chi nhánh ở Đà Nẵng.",
        "Theo Tan Jia Hui, nhà phân tích của một ngân hàng ở Kuala Lumpur, giá dầu cọ sẽ giảm.",
    ],
)
def test_n101_quiet_on_a_dialect_surname_and_a_given_name_syllable_by_syllable(text: str) -> None:
    assert _n101(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bộ trưởng Ngoại giao Wang Yi hội đàm với người đồng cấp tại Bắc Kinh.", "Wang Yi"),
        ("Thủ tướng Li Qiang dự hội nghị thượng đỉnh.", "Li Qiang"),
        ("Chủ tịch Nhân đại Zhao Leji tiếp đoàn đại biểu Quốc hội Việt Nam.", "Zhao Leji"),
        # the given name as one word, as Hanyu Pinyin writes it: no dialect spelling
        ("Bà Tan Liting, giám đốc một công ty ở Thượng Hải, cho biết đơn hàng tăng.", "Tan Liting"),
        # a pinyin surname (陈 'Chen'), not the dialect's 'Tan', before syllables written apart
        ("Ông Chen Li Ting, giám đốc một công ty ở Quảng Châu, cho biết đơn hàng tăng.", "Chen Li Ting"),
        # two words: no given name written syllable by syllable ('Tan' is also the pinyin of 谭)
        ("Ông Tan Dun, nhà soạn nhạc, sẽ biểu diễn tại Hà Nội.", "Tan Dun"),
    ],
)
def test_n101_still_fires_on_pinyin_names(text: str, span: str) -> None:
    assert _n101(text) == [span]


# 2. clean67's two chrome lines read as article: a posting line that opens with the date and goes on with the piece's
#    kind, 'của', the writer and the places; a section footer with the address after 'Góp ý:'.
@pytest.mark.parametrize(
    "line",
    [
        "Đăng ngày thứ Sáu 5/12/2025 · Ký sự của Lê Văn Hà tại Sóc Trăng, Bạc Liêu và Cà Mau",
        "Đăng ngày 18/10/2025 | Ghi chép của Phan Thu Trang",
        "Đăng ngày chủ nhật 7/12/2025 · Bài và ảnh của Đỗ Minh Khôi ở Hà Giang",
        "Bài viết thuộc chuyên mục Kinh tế xanh. Liên hệ: kinhtexanh@baomau.example.vn",
        "Bài thuộc chuyên mục Đời sống. Phản hồi: doisong@tintuc.example.vn",
    ],
)
def test_posting_line_and_section_footer_are_chrome(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Đăng ngày 3/12/2025, phóng sự của chị Hà về ngư dân Cà Mau gây chú ý.",
        "Phóng sự của Nguyễn Thị Lan tại Cà Mau được đăng ngày 3/12/2025 · nhận nhiều bình luận.",
        "Bài thuộc chuyên mục này được nhiều người đọc. Góp ý của bạn đọc rất quý.",
        "Bài thuộc chuyên mục Miền Tây hôm nay. Góp ý: ông Nam cho rằng cần thêm cống ngăn mặn.",
    ],
)
def test_sentences_like_them_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None
