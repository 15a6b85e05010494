"""A111 on long Chinese sentences (over 30 characters), read when the translation follows them clause by clause,
and the Chinese words and Vietnamese renderings that say no clause negation (sentences written for this test)."""

from __future__ import annotations

import pytest

from audit.rules.negation import lost_negation

RESERVOIRS = "据气象部门介绍，今年北方多个省份的降雨量明显偏少，因此部分水库至今仍未恢复正常供水。"


def test_a_long_sentence_translated_clause_by_clause_without_its_negation_fires() -> None:
    target = (
        "Theo cơ quan khí tượng, năm nay lượng mưa ở nhiều tỉnh phía bắc giảm rõ rệt, vì vậy một số hồ chứa "
        "đến nay đã khôi phục cấp nước bình thường."
    )
    found = lost_negation(RESERVOIRS, target)
    assert found is not None and found[0] == RESERVOIRS


@pytest.mark.parametrize(
    "target",
    [
        # the negation kept
        "Theo cơ quan khí tượng, năm nay lượng mưa ở nhiều tỉnh phía bắc giảm rõ rệt, vì vậy một số hồ chứa "
        "đến nay vẫn chưa khôi phục cấp nước bình thường.",
        # rendered freely (other clauses): an antonym may say the negation
        "Lượng mưa ở miền bắc năm nay ít hơn hẳn mọi năm và nhiều hồ chứa đã cạn.",
    ],
)
def test_a_long_sentence_kept_or_rendered_freely_is_quiet(target: str) -> None:
    assert lost_negation(RESERVOIRS, target) is None


def test_two_long_sentences_are_not_aligned() -> None:
    source = RESERVOIRS + "专家建议，各地应当提前做好抗旱准备工作，合理安排农业用水。"
    target = (
        "Theo cơ quan khí tượng, năm nay lượng mưa ở nhiều tỉnh phía bắc giảm rõ rệt, vì vậy một số hồ chứa "
        "đến nay đã khôi phục cấp nước bình thường. Chuyên gia khuyến nghị các địa phương chuẩn bị chống hạn."
    )
    assert lost_negation(source, target) is None


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # a negated attribute before literary 之: an idiom ('unfinished'), no clause negation
        ("他决心完成父亲的未竟之业。", "Anh quyết tâm hoàn thành sự nghiệp dang dở của cha."),
        # 'far from … on the contrary'
        ("他不但没有道歉，反而指责记者。", "Ông ta còn quay sang chỉ trích phóng viên."),
        # 'ignore' said with làm ngơ, bác bỏ
        ("但有关部门始终未予理会。", "Nhưng cơ quan chức năng vẫn làm ngơ."),
        ("法院未予理会他的上诉请求。", "Tòa án bác bỏ đơn kháng cáo của ông."),
    ],
)
def test_words_that_say_no_clause_negation_are_quiet(source: str, target: str) -> None:
    assert lost_negation(source, target) is None
