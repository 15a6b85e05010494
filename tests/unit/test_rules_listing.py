"""`audit rules` on a terminal (ux18): its lines ran to 214 characters, so an 80-column terminal wrapped each
summary to the left edge, under the rule codes. On a terminal the listing is wrapped to its width; piped, it keeps
one line a rule (for grep)."""

from __future__ import annotations

from audit.rules.docs import SUMMARY_COLUMN, list_rules, rule_doc
from audit.rules.registry import all_rules, get_rule


def _rule_lines(listing: str) -> list[str]:
    return [line for line in listing.splitlines() if line.startswith("  ") and line[2:6] in all_rules()]


def test_piped_the_listing_keeps_one_line_a_rule() -> None:
    listing = list_rules()
    assert len(_rule_lines(listing)) == len(all_rules())
    for line in _rule_lines(listing):
        code = line.split()[0]
        assert line.endswith(all_rules()[code].summary)


def test_on_an_80_column_terminal_each_summary_goes_indented_below_its_rule() -> None:
    listing = list_rules(width=80)
    assert max(len(line) for line in listing.splitlines()) < 80
    rows = listing.splitlines()
    for i, line in enumerate(rows):
        if line.startswith("  ") and line[2:6] in all_rules():
            summary = all_rules()[line[2:6]].summary
            below = []
            for more in rows[i + 1 :]:
                if not more.startswith(" " * 8):
                    break
                below.append(more.strip())
            assert " ".join(below) == summary


def test_on_a_wide_terminal_the_summaries_wrap_in_their_column() -> None:
    listing = list_rules("N", width=150)
    assert max(len(line) for line in listing.splitlines()) < 150
    assert len(_rule_lines(listing)) == sum(code.startswith("N") for code in all_rules())
    for line in listing.splitlines()[1:]:
        assert line[2:6] in all_rules() or line[:SUMMARY_COLUMN].strip() == ""  # a continuation: in the column
    first = _rule_lines(listing)[0]
    assert first[SUMMARY_COLUMN - 1] == " " and first[SUMMARY_COLUMN] != " "


def test_a_rules_page_is_wrapped_to_the_width_given() -> None:
    page = rule_doc(get_rule("N101"), width=79)
    why = page.split("Why it matters\n", 1)[1].split("\n\n", 1)[0]
    assert max(len(line) for line in why.splitlines()) <= 79
