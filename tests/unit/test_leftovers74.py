"""Round 36's fixes of clean71's two minor false alarms (leftovers74), tested on sentences outside the set.

1. F114 on a number in the part of an English quotation that the sentence splitter cut off from its opening mark
   ('“Your parcel is held at customs. | Pay the 1.99 USD fee …”'): a quotation carried over a sentence break
   (``_quote_carried``, as L101 and N101 read one) is exempt as a quote within one segment is, when its words read as
   English (audit/lang/english.py ``reads_english``: lowercase words, names left out). A carried Vietnamese quote,
   or a mixed one, still fires.
2. F112 on English's reduplication ('and more and more', 'again and again and') and on any repetition inside a
   quotation whose words read as English, names with Vietnamese marks left out ('… comes from Đắk Lắk.'). A stutter
   in Vietnamese speech still fires (F112 'hợp tác hợp tác', F111 'các các'), in a segment or carried."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.english import reads_english


def _found(text: str, rule: str) -> set[str]:
    return {f.text for f in audit_text(text) if f.rule == rule}


@pytest.mark.parametrize(
    "text",
    [
        # a decimal point before '%' in the second sentence of an English phishing mail, Vietnamese after the quote
        "Email giả viết: “Dear customer, your account is suspended. Only 2.5% of users pass the new check”, rồi dẫn "
        "tới một trang giả.",
        # a Vietnamese place name in the quote's first sentence: names say nothing of its language
        "Người mua Đức nói: “We buy our pepper from Gia Lai. Prices rose 7.5% this year”, nhưng theo ông, đơn hàng "
        "năm sau sẽ tăng.",
        # the decimal point before a currency where the text writes Vietnamese numbers ('6,4%')
        "Năm nay lãi tăng 6,4%. Tin nhắn giả viết: “Your order is waiting at the depot. Pay the 2.49 USD storage fee "
        "today”, kèm logo bưu điện.",
    ],
)
def test_number_in_a_carried_english_quote_is_quiet(text: str) -> None:
    assert _found(text, "F114") == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the same frames, quoted in Vietnamese: the MT's format still fires
        (
            "Năm nay lãi tăng 6,4%. Tin nhắn giả viết: “Đơn hàng của bạn đang ở kho. Hãy trả phí lưu kho 2.49 USD "
            "trong hôm nay”, kèm logo bưu điện.",
            "2.49",
        ),
        (
            "Giám đốc nói: “Chúng tôi mua tiêu ở Gia Lai. Giá năm nay tăng 7.5%”, nhưng theo ông, chất lượng tốt hơn.",
            "7.5",
        ),
        # a carried quote half Vietnamese ('triệu tấn'): not English
        ("Ông nói: “Our cashew goes to Bình Dương first. Then 3.5 triệu tấn goes abroad”, rồi cười.", "3.5"),
        # no quotation at all
        ("Giá tiêu năm nay tăng 7.5% so với năm ngoái.", "7.5"),
    ],
)
def test_number_outside_an_english_quote_still_fires(text: str, flagged: str) -> None:
    assert _found(text, "F114") == {flagged}


@pytest.mark.parametrize(
    "text",
    [
        # English's reduplication in an English quote with a Vietnamese place name in it
        'Ông nói: "Our tea is getting better and better, and more and more of it goes to Lâm Đồng buyers."',
        # 'again and again and' and 'and more and more', the quote carried over a sentence break
        "She said: “The market grew fast. Prices rose again and again and again, and more and more buyers came.”",
        # an English repetition other than 'X and X' in an English quote: English, whatever it repeats
        "Ông Brown kể: “We worked day after day after day to get the beans right”, rồi mời khách nếm thử.",
        # the English idiom left unquoted in a Vietnamese sentence is L101's business, not a stutter
        "Khách hàng quay lại nhiều lần, and more and more người mua đặt hàng trực tuyến.",
    ],
)
def test_english_repetition_is_quiet(text: str) -> None:
    assert _found(text, "F112") == set()


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("Ông Hùng nói: “Hai nước sẽ tăng cường hợp tác hợp tác kinh tế trong năm tới.”", "F112", "hợp tác hợp tác"),
        # carried over a sentence break, Vietnamese
        (
            "Ông nói: “Hai bên đã thống nhất. Sẽ tăng cường hợp tác hợp tác kinh tế trong năm tới.”",
            "F112",
            "hợp tác hợp tác",
        ),
        (
            "Ông Brown kể: “Chúng tôi làm việc ngày này qua ngày khác ngày khác để có hạt cà phê ngon”, rồi mời khách.",
            "F112",
            "ngày khác ngày khác",
        ),
        # a Vietnamese quote holding one English word: its lowercase words are Vietnamese
        (
            "Bà Hoa nói: “Chúng tôi sẽ làm marketing làm marketing cho hợp tác xã ở Đắk Lắk.”",
            "F112",
            "làm marketing làm marketing",
        ),
        ("Ông Hùng nói: “Chúng tôi đã gửi các các mẫu hàng sang Ý để kiểm định.”", "F111", "các các"),
        ("Hai nước tăng cường hợp tác hợp tác kinh tế.", "F112", "hợp tác hợp tác"),
    ],
)
def test_vietnamese_repetition_still_fires(text: str, rule: str, flagged: str) -> None:
    assert _found(text, rule) == {flagged}


def test_reads_english_leaves_names_out() -> None:
    assert reads_english("Italian espresso blends need good Robusta, and more and more of it comes from Đắk Lắk.")
    assert not reads_english("Chúng tôi mua cà phê ở Đắk Lắk và Gia Lai.")
    assert not reads_english("Then 3.5 triệu tấn goes abroad")
    assert not reads_english("Gia Lai, Kon Tum")  # too few lowercase words to judge
