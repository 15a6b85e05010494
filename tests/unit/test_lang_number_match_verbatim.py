"""The source numbers and verbatim tokens shared by rules A101/A102/A104 and the built-in score's signals
(audit/lang/number_match.py, audit/lang/verbatim.py), on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from audit.api import audit_pairs
from audit.lang.number_match import match_numbers
from audit.lang.verbatim import lost_tokens, squeezed, token_kind, token_text, verbatim_tokens
from audit.qe.source_signals import code_signal, number_signal


def test_verbatim_tokens_of_every_kind() -> None:
    text = "Call +1 or see https://ferry.example.gr/lich, mail ops@port.example.org, #Harbour24 and flight KL1736."
    assert [token_text(m) for m in verbatim_tokens(text)] == [
        "https://ferry.example.gr/lich",
        "ops@port.example.org",
        "#Harbour24",
        "KL1736",
    ]
    assert [token_kind(t) for t in ("KL1736", "#Harbour24", "ops@port.example.org", "www.x.org", "vedur.is")] == [
        "code",
        "handle",
        "email",
        "link",
        "domain",
    ]
    assert [token_text(m) for m in verbatim_tokens("Forecasts are on en.vedur.is daily.")] == ["en.vedur.is"]
    # a currency before an amount, a hyphenated year and a figure with a unit are no verbatim tokens
    assert list(verbatim_tokens("It cost VND5 million in mid-2021 for a 5km road.")) == []
    assert list(verbatim_tokens("A plain sentence without any of them.")) == []


def test_a_token_is_looked_for_without_case_spaces_and_hyphens() -> None:
    assert squeezed("Covid 19") == squeezed("COVID-19")
    assert lost_tokens("The H7N9 strain and COVID-19.", "Chủng H7N9 và Covid 19.") == (["H7N9", "COVID-19"], [])
    assert lost_tokens("Flight KL1736 left.", "Chuyến bay KL1763 đã cất cánh.") == (["KL1736"], ["KL1736"])


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("Shipments fell to 1,875 tonnes.", "Lượng hàng giảm còn 1.875 tấn.", []),
        ("Shipments fell to 1,875 tonnes.", "Lượng hàng giảm còn 1.857 tấn.", ["1,875"]),
        ("The fund holds $7.2 billion.", "Quỹ nắm giữ 7,2 triệu USD.", ["7.2"]),  # the scale word counts
        ("The fund holds $7.2 billion.", "Quỹ nắm giữ 7,2 tỷ USD.", []),
        ("Four in 9 voters agreed.", "Bốn trong chín cử tri đồng ý.", []),  # spelled out
        ("The trail climbs 14 miles.", "Con đường leo dốc 22 km.", []),  # a converted unit is not looked for
        ("The plant employs 48,960 people.", "Nhà máy có gần 49.000 công nhân.", []),  # rounded after 'gần'
        ("The plant employs 48,960 people.", "Nhà máy có 49.000 công nhân.", ["48,960"]),  # no hedge
        ("Code ZX-5521 failed.", "Mã lỗi không rõ.", []),  # inside a code: the verbatim check's
    ],
)
def test_match_numbers(source: str, target: str, missing: list[str]) -> None:
    assert [n.text for n in match_numbers(source, target).missing] == missing


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Exports rose 6.1% to $4.3 billion in 2022.", "Xuất khẩu tăng 6,1% lên 4,3 triệu USD năm 2022."),
        ("Exports rose 6.1% to $4.3 billion in 2022.", "Xuất khẩu tăng lên 4,3 tỷ USD."),
        ("The 38 buses carry 2,400 riders.", "38 chiếc xe buýt chở 4.200 hành khách."),
        ("该市去年新增就业岗位3.6万个。", "Năm ngoái thành phố có thêm 63.000 việc làm."),
    ],
)
def test_the_score_counts_what_the_rules_report(source: str, target: str) -> None:
    """The built-in ``numbers`` signal counts the source numbers A101 (a number in their place) and A102 (none)
    report: one matching, for both."""
    found = audit_pairs([(source, target)], select=["A101", "A102"])
    listed = [re.findall(r"'([^']*)'", f.message.split("source's", 1)[1]) for f in found if f.rule == "A102"]
    reported = sum(f.rule == "A101" for f in found) + sum(map(len, listed))
    assert reported > 0 and number_signal(source, target)[0] == reported


def test_the_score_counts_the_tokens_a104_reports() -> None:
    source = "Register at www.citypool.example.se or write to swim@citypool.example.se before 1 May."
    target = "Đăng ký tại trang web của hồ bơi hoặc viết thư trước ngày 1/5."
    found = audit_pairs([(source, target)], select=["A104"])
    assert len(found) == 1 and "www.citypool.example.se" in found[0].message
    assert code_signal(source, target) == (2, 2)
