"""Round 20's minor findings on human translations (FLORES-200 and NTREX-128 Vietnamese, clean_news), judged a
second time: the findings that misread the text, fixed in their rules, each tested on sentences that are not in those
references (the misreading stops, a true case still fires where it is)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from audit.api import audit_text, document_from_pairs
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _found(text: str, rule: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.message, f.suggestion) for f in audit_text(text, select=[rule])]


def test_f103_an_opening_quote_written_twice_is_found_where_it_is() -> None:
    """NTREX's '“"Tôi thấy Kante … nhiều.”' was read as '“"' (an empty quotation) and a last '”' that 'closes
    nothing', whose fix (delete it) would have broken the sentence further. The straight quote right after the opener,
    with no closer of its own, is the opener written twice: one finding on it (tested on other sentences)."""
    doubled = [('"', "opening quote doubled", "")]
    assert _found('“"Giá xăng sẽ còn giảm trong tháng tới,” một thương nhân ở Cần Thơ nói.', "F103") == doubled
    assert _found('Bà Lan kể: “"Nước lên nhanh lắm, cả xóm phải chạy lên đê.”', "F103") == doubled
    assert _found('""Chúng tôi chưa nhận được thông báo nào," ông Minh cho biết.', "F103") == [
        ('"', "'“' is never closed", None)  # two straight openers: the one left open is reported, as before
    ]


def test_f103_a_quotation_nested_at_the_start_of_another() -> None:
    """A straight quotation opening right after the outer opener ('“"Đổi mới" là …”', NTREX's '""Peppa the pig,"…"')
    is nested when a closer of its own follows, even glued to the next word: it used to give two 'closes nothing'.
    An outer quotation left open after it is still reported, on its opener."""
    assert _found('“"Tự chủ" là từ thầy hiệu trưởng nhắc nhiều nhất,” một giáo viên nói.', "F103") == []
    assert _found('""Lúa chín rồi,"mẹ tôi bảo vậy."', "F103") == []
    across = '“"Tự chủ" là từ thầy nhắc nhiều nhất.\nThầy nói mỗi buổi chào cờ.”'
    assert _found(across, "F103") == []
    left_open = '“"Tự chủ" là từ thầy nhắc nhiều nhất.\nThầy nói mỗi buổi chào cờ.'
    assert _found(left_open, "F103") == [("“", "'“' is never closed", None)]


def _found_with_source(pairs: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    rules = [cls() for cls in select_rules(["F103"])]
    return [(f.segment, f.text, f.message) for f in run_rules(document_from_pairs(pairs), rules, Settings())]


def test_f103_a_quotation_the_source_itself_leaves_cut() -> None:
    """NTREX's English cuts quotations ('saying he was "taking this county in the wrong direction.', 'Those things
    can't be walked back," Grant Reeher …' with no opener): 11 of its 33 F103 findings were the translation keeping
    the source's cut. With the source given, a quote the source's segment also leaves open, or also closes unopened,
    is quiet (tested on other sentences, from English and from Chinese); one the source closes still fires, and a
    second one where the source leaves one open, and a bracket where the source leaves a quote."""
    cut_open = [
        (
            'The minister said the plan would "change how farmers sell rice.',
            'Bộ trưởng nói kế hoạch sẽ "thay đổi cách nông dân bán lúa.',
        )
    ]
    assert _found_with_source(cut_open) == []
    cut_close = [
        ('Nobody saw it coming," the mayor told reporters.', 'Không ai lường trước được," thị trưởng nói với báo chí.'),
        ("Schools reopen on Monday.", "Trường học mở cửa lại vào thứ Hai."),
    ]
    assert _found_with_source(cut_close) == []
    from_chinese = [("市长说：「我们不会放弃。", "Thị trưởng nói: “Chúng tôi sẽ không bỏ cuộc.")]
    assert _found_with_source(from_chinese) == []
    # the source closes its quotation, the translation does not: the translator's slip
    closed = [
        ('The minister said: "Farmers will sell more rice."', 'Bộ trưởng nói: "Nông dân sẽ bán được nhiều lúa hơn.')
    ]
    assert _found_with_source(closed) == [(0, '"', "'“' is never closed")]
    # one quote left open by the source excuses one, not two; a quote left open excuses no bracket
    two = [('He called it "a new start.', 'Ông gọi đó là "một khởi đầu "mới.')]
    assert len(_found_with_source(two)) == 1
    bracket = [('He called it "a new start.', "Ông gọi đó là (một khởi đầu mới.")]
    assert _found_with_source(bracket) == [(0, "(", "'(' is never closed")]


def test_f106_a_lowercase_start_the_source_has_too() -> None:
    """FLORES's English starts sentences in lowercase ('towards the end of the Middle Ages …', '… countries. we treat
    you.'), and its translation keeps them: all 3 of its F106 findings. With the source given, a lowercase start
    where the source has one too is quiet (tested on other sentences, at a record's start and inside it); one the
    source capitalises still fires, as does any without a source."""
    rules = [cls() for cls in select_rules(["F106"])]

    def found(pairs: list[tuple[str, str]]) -> list[str]:
        return [f.text for f in run_rules(document_from_pairs(pairs), rules, Settings())]

    start = [
        ("The river rose overnight.", "Nước sông dâng lên trong đêm."),
        ("by morning the village was cut off.", "đến sáng thì ngôi làng bị cô lập."),
    ]
    assert found(start) == []
    assert found([start[0], ("By morning the village was cut off.", start[1][1])]) == ["đến sáng"]
    inner = [("The market closed early. prices fell again.", "Chợ đóng cửa sớm. giá lại giảm.")]
    assert found(inner) == []
    assert found([("The market closed early. Prices fell again.", inner[0][1])]) == ["giá lại"]
    assert [
        f.text for f in audit_text("Nước sông dâng lên trong đêm.\nđến sáng thì ngôi làng bị cô lập.", ["F106"])
    ] == ["đến sáng"]


def test_human_references_with_their_source(shared_data: Path) -> None:
    """eval_false_alarms.py --source on NTREX-128 and FLORES-200 by article (figures of round 20): F103 and F106 leave
    the flaws the English has too, and keep the translators' own (NTREX F103 33 -> 22, FLORES F103 7 -> 4, F106
    3 -> 0); without the source, the findings stay."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from eval_false_alarms import audit_lines, read_ids

    par = shared_data / "parallel"

    def counts(vi: str, ids: str, en: str | None) -> Counter[str]:
        lines = (par / vi).read_text(encoding="utf-8").splitlines()
        sources = (par / en).read_text(encoding="utf-8").splitlines() if en else None
        found = audit_lines(lines, vi, ["F103", "F106"], read_ids(par / ids, len(lines)), sources)
        return Counter(f.rule for f, _ in found)

    assert counts("ntrex128.vie.txt", "ntrex128.doc_ids.txt", None)["F103"] == 33
    assert counts("ntrex128.vie.txt", "ntrex128.doc_ids.txt", "ntrex128.eng.txt")["F103"] == 22
    flores = ("flores200_devtest.vie_Latn.txt", "flores200_devtest.metadata.tsv")
    assert counts(*flores, None) == Counter({"F103": 7, "F106": 3})
    assert counts(*flores, "flores200_devtest.eng_Latn.txt") == Counter({"F103": 4})
