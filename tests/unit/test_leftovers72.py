"""Round 36's fixes of clean70's false alarms and chrome miss (leftovers72), tested on sentences outside the set.

1. N101 on a pinyin name the sentence cites as a spelling ('… còn báo tiếng Anh viết Li Qiang và Wang Yi', 'tên tiếng
   Anh là …', 'phiên âm là …', 'viết là …', a list of such names after the verb; audit/lang/cited_names.py
   ``cited_spelling``) of a person the sentence or the document names in Hán-Việt, nor T101 on it (the two
   spellings are cited as one person's). A bare pinyin name still fires,
   and so does one after 'viết' in the sense of 'wrote' ('Li Qiang viết thư …', '… tiếng Anh viết Li Qiang sẽ …'),
   and a cited spelling whose person the text never names in Hán-Việt.
2. A caption wholly in brackets with its photo credit before the ')' ('(Ảnh: … Ảnh: NAME)', references/
   boilerplate.tsv) is chrome; a bracketed line with no credit after a stop stays article."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line
from audit.lang.cited_names import cited_spelling


def _n101(text: str, rules: tuple[str, ...] = ("N101",)) -> set[str]:
    return {f.text for f in audit_text(text) if f.rule in rules}


@pytest.mark.parametrize(
    "text",
    [
        # other people than clean70's, in a list after the foreign press's 'viết'
        "Báo chí trong nước gọi Chủ tịch Trung Quốc Tập Cận Bình và Ủy viên trưởng Triệu Lạc Tế theo âm Hán - Việt, "
        "còn hãng tin tiếng Anh viết Xi Jinping và Zhao Leji.",
        # 'phiên âm là', the Hán-Việt name in the sentence before
        "Phó Thủ tướng Trung Quốc Hàn Chính đến Hà Nội hôm qua.\nTên ông, phiên âm là Han Zheng, xuất hiện trên các "
        "báo nước ngoài.",
        # 'tên tiếng Anh là' in apposition
        "Ông Đinh Tiết Tường, tên tiếng Anh là Ding Xuexiang, là Phó Thủ tướng thường trực Trung Quốc.",
        # 'được viết là' closing the sentence, the Hán-Việt name in an earlier paragraph
        "Thủ tướng Lý Cường gửi thư chúc mừng.\nTrên các báo nước ngoài, tên ông được viết là Li Qiang.",
    ],
)
def test_pinyin_cited_as_a_spelling_is_quiet(text: str) -> None:
    # nor T101's 'written … elsewhere in this document': the two spellings are given as one person's on purpose
    assert _n101(text, ("N101", "T101")) == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the pinyin name before 'viết' ('wrote'), the Hán-Việt name in the document: no cue before the name
        (
            "Thủ tướng Lý Cường dự hội nghị.\nLi Qiang viết thư chúc mừng Thủ tướng Việt Nam nhân dịp năm mới.",
            "Li Qiang",
        ),
        # the foreign press 'wrote' a clause about the person: the name does not end the clause
        (
            "Thủ tướng Lý Cường đến Hà Nội.\nTân Hoa Xã tiếng Anh viết Li Qiang sẽ gặp Tổng Bí thư chiều nay.",
            "Li Qiang",
        ),
        ("Bộ trưởng Vương Nghị phát biểu.\nBài báo viết là Wang Yi đã hội đàm với Ngoại trưởng Mỹ.", "Wang Yi"),
        # a spelling cited of people the text never names in Hán-Việt: MT may have written it
        ("Báo tiếng Anh viết Zhao Leji và Han Zheng.", "Zhao Leji"),
        # a bare pinyin name after a title
        ("Bộ trưởng Ngoại giao Wang Yi gọi điện cho người đồng cấp.", "Wang Yi"),
    ],
)
def test_pinyin_not_cited_still_fires(text: str, flagged: str) -> None:
    assert flagged in _n101(text)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Chủ tịch nước Trương Tấn Sang tiếp khách.\nBáo tiếng Anh viết Zhang Jinchuang sẽ thăm Nhật Bản.", False),
        ("Chủ tịch nước Trương Tấn Sang tiếp khách.\nBáo tiếng Anh viết Zhang Jinchuang.", True),
    ],
)
def test_t101_alone_on_a_cited_spelling(text: str, cited: bool) -> None:
    """T101 run alone (with N101 it yields the span to N101): the cited spelling is quiet, the 'wrote' sense not."""
    found = {f.text for f in audit_text(text, select=["T101"])}
    assert found == (set() if cited else {"Zhang Jinchuang"})


def test_cited_spelling_cues() -> None:
    def cited(text: str, name: str) -> bool:
        i = text.index(name)
        return cited_spelling(text, i, i + len(name))

    listed = "Báo tiếng Anh viết Xi Jinping, Li Qiang và Zhao Leji; báo ta viết Tập Cận Bình, Lý Cường, Triệu Lạc Tế."
    assert all(cited(listed, n) for n in ("Xi Jinping", "Li Qiang", "Zhao Leji"))
    assert cited("Ông Triệu Lạc Tế (phiên âm là Zhao Leji) dự lễ.", "Zhao Leji")
    assert cited("Tên ông được truyền thông quốc tế chuyển tự thành Han Zheng trong các bản tin.", "Han Zheng")
    assert not cited("Thủ tướng Li Qiang viết thư cho ông.", "Li Qiang")
    assert not cited("Bộ trưởng Wang Yi gọi điện cho ông.", "Wang Yi")
    assert not cited("Người phát ngôn viết Wang Yi.", "Wang Yi")  # no foreign language or press before the verb


@pytest.mark.parametrize(
    "line",
    [
        "(Ảnh: Đoàn xe tải chờ qua cầu Bắc Luân II sáng 3/12. Ảnh: Lê Thu Hà)",
        "(Ảnh minh họa: Du khách tham quan chợ phiên Bắc Hà ngày cuối tuần. Ảnh: Lò Văn Sính)",
        "(Công nhân lắp đặt dầm cầu vượt sông Nậm Thi - Ảnh: Hoàng Anh)",
    ],
)
def test_bracketed_caption_with_its_credit_is_chrome(line: str) -> None:
    assert classify_line(line)[0] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "(Ảnh hưởng của bão số 3: nhiều tuyến đường sạt lở, giao thông bị chia cắt.)",
        "(Tin bổ sung: ông Trần Quang Vinh cho biết đoàn sẽ đến cửa khẩu vào sáng mai.)",
        "(Ảnh: Xe tải chờ thông quan.) Đây là lần đầu cửa khẩu mở đến 22 giờ, theo Ban Quản lý khu kinh tế.",
    ],
)
def test_bracketed_article_line_stays_article(line: str) -> None:
    assert classify_line(line)[0] is None
