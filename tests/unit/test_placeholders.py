"""A110 (placeholders, markup, line breaks) on a PO catalogue written for these tests and checked against
gettext's own ``msgfmt -c``, on records without flags, and on prose that only looks like it; A104 on
identifiers a translator localises ('Reserved-4' → 'Dự_trữ4') beside codes that are copied."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.api import document_from_pairs
from audit.corpus import InputFile, ReadOptions, read_file
from audit.model import Finding
from audit.pipeline import Settings, run_rules
from audit.rules.placeholders import directives, tags
from audit.rules.registry import select_rules

PO = Path(__file__).resolve().parents[1] / "data" / "formats" / "may-anh.vi.po"


def _po_findings(select: str) -> list[Finding]:
    docs = read_file(InputFile(str(PO), PO.name), ReadOptions(), [])
    return run_rules(docs[0], [c() for c in select_rules([select])], Settings())


def _pairs(pairs: list[tuple[str, str]], select: str = "A110") -> list[tuple[str, str, str | None]]:
    doc = document_from_pairs(pairs)
    found = run_rules(doc, [c() for c in select_rules([select])], Settings())
    return [(f.text, f.severity.name.lower(), f.suggestion) for f in found]


def test_catalogue_findings_span_the_changed_directive_with_the_fix() -> None:
    found = [(f.line, f.text, f.severity.name.lower(), f.suggestion) for f in _po_findings("A110")]
    assert found == [
        (20, "%d", "critical", "%2$d"),  # '%s … %d' swapped without numbers
        (20, "%s", "critical", "%1$s"),
        (30, "%", "critical", "%%"),  # '%d%%' → '%d%'
        (40, "Không mở được %s", "major", None),  # a '%s' lost
        (45, "%s", "critical", None),  # a '%s' added
        (55, "%(thư_mục)s", "critical", "%(folder)s"),  # a Python key translated
        (64, "Nhấn <b>Chụp</b> để bắt đầu.", "major", None),  # '<br/>' lost
        (77, "Đã lưu chỉ mục thẻ nhớ.", "major", "Đã lưu chỉ mục thẻ nhớ.\n"),  # the final '\n' lost
        (95, "{người}", "critical", "{person}"),  # a python-brace-format name translated
        (106, "%lu", "critical", "%u"),  # an 'unsigned int' read as 'unsigned long'
    ]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_format_findings_are_the_entries_msgfmt_rejects() -> None:
    """Every line 'msgfmt -c' reports as a format or newline error is one A110 flags, and the reverse for
    entries flagged as formats (the lost '<br/>' is markup, which msgfmt does not check)."""
    run = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(PO)], capture_output=True, text=True, check=False)
    rejected = {int(m) for m in re.findall(rf"{re.escape(str(PO))}:(\d+): (?!warning)", run.stderr)}
    assert rejected == {f.line for f in _po_findings("A110") if not f.message.startswith("the source's tag")}


def test_a_singular_form_may_leave_the_number_out(tmp_path: Path) -> None:
    """msgfmt -c accepts 'một ảnh' for '%d photo' in msgstr[0] of two forms, not a form used for every n."""
    po = tmp_path / "hai-dang.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, c-format\nmsgid "%d lens"\nmsgid_plural "%d lenses"\nmsgstr[0] "một ống kính"\nmsgstr[1] "%d ống kính"\n\n'
        '#, c-format\nmsgid "%d card"\nmsgid_plural "%d cards"\nmsgstr[0] "%d thẻ"\nmsgstr[1] "các thẻ"\n',
        encoding="utf-8",
    )
    doc = read_file(InputFile(str(po), po.name), ReadOptions(), [])[0]
    assert [s.singular for s in doc.segments] == [True, False, True, False]
    found = run_rules(doc, [c() for c in select_rules(["A110"])], Settings())
    assert [(f.line, f.text) for f in found] == [(16, "các thẻ")]  # msgstr[1] of the second entry
    if shutil.which("msgfmt"):
        run = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=False)
        errors = [int(n) for n in re.findall(r":(\d+): (?!warning)", run.stderr)]
        assert len(errors) == 1 and 13 <= errors[0] <= 16  # the second entry only (msgfmt names its msgstr)


def test_a_percent_sign_before_a_word_is_read_as_a_directive(tmp_path: Path) -> None:
    """In a c-format string '30% các' holds '% c' (space flag, char): msgfmt rejects it; the fix is '%%'."""
    po = tmp_path / "pin.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, c-format\nmsgid "%s: 30%% of the cells are worn"\nmsgstr "%s: 30% các ô pin đã mòn"\n',
        encoding="utf-8",
    )
    doc = read_file(InputFile(str(po), po.name), ReadOptions(), [])[0]
    found = run_rules(doc, [c() for c in select_rules(["A110"])], Settings())
    assert [(f.text, f.severity.name.lower(), f.suggestion) for f in found] == [("% c", "critical", "%% c")]
    if shutil.which("msgfmt"):
        run = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=False)
        assert run.returncode != 0


def test_a_fuzzy_entry_is_reported_as_minor(tmp_path: Path) -> None:
    """A fuzzy entry is not compiled (msgfmt skips it) and often still translates an older msgid."""
    po = tmp_path / "cu.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy, c-format\n#| msgid "cannot read the card"\nmsgid "%s: cannot read card %d"\n'
        'msgstr "không đọc được thẻ nhớ"\n\n'
        '#, c-format\nmsgid "%s: card %d is full"\nmsgstr "%s: thẻ %s đã đầy"\n',
        encoding="utf-8",
    )
    doc = read_file(InputFile(str(po), po.name), ReadOptions(), [])[0]
    found = run_rules(doc, [c() for c in select_rules(["A110"])], Settings())
    assert [(f.line, f.severity.name.lower(), f.message.endswith("until reviewed)")) for f in found] == [
        (8, "minor", True),
        (12, "critical", False),
    ]


def test_localised_identifiers_are_no_codes_but_codes_are() -> None:
    """'Reserved-4' → 'Dự_trữ4' is a translated word with its number; 'EF-5021' → 'EF-5012' a changed code."""
    assert [(f.line, f.text, f.suggestion) for f in _po_findings("A104")] == [(90, "EF-5012", "EF-5021")]
    found = _pairs(
        [
            ("Flight VJ122 and the B787 were delayed.", "Chuyến bay VJ122 và chiếc B787 bị hoãn."),
            ("The H7N9 and F-35 reports, case ABC-2023-0112.", "Báo cáo về chiếc F-35, hồ sơ ABC-2023-0112."),
            ("Rocket Tianzhou-9 and column Spare-3 are ready.", "Tên lửa Thiên Châu-9 và cột Dự_phòng3 đã sẵn sàng."),
            ("Flight QH1521 landed.", "Chuyến bay đã hạ cánh."),
        ],
        "A104",
    )
    assert [t for t, _, _ in found] == ["Báo cáo về chiếc F-35, hồ sơ ABC-2023-0112.", "Chuyến bay đã hạ cánh."]


def test_a_word_number_identifier_still_has_its_number_checked() -> None:
    doc = document_from_pairs([("Column Spare-3 is empty.", "Cột Dự_phòng5 trống."), ("Row Spare-3", "Hàng số 5")])
    found = run_rules(doc, [c() for c in select_rules(["A101", "A102"])], Settings())
    assert [(f.rule, f.message) for f in found] == [
        ("A102", "the source's '3' not in the translation"),
        ("A101", "'5' where the source has '3'"),
    ]


def test_records_without_flags_fire_only_on_plain_directives() -> None:
    found = _pairs(
        [
            ("Downloading %s (%d of %d)", "Đang tải %s (%d trên %d)"),
            ("Hi %(user)s, %(n)d new", "Chào %(user)s, %(n)s mới"),
            ("Synced {count} notes to {device}", "Đã đồng bộ {count} ghi chú"),
            ('Tap <i>Save</i> then <a href="#next">continue</a>', 'Nhấn <i>Lưu</i> rồi <a href="#next">tiếp tục</a>'),
            ("Tap <strong>Retry</strong>", "Nhấn <em>Thử lại</em>"),
        ]
    )
    assert found == [
        ("%(n)s", "major", "%(n)d"),
        ("Đã đồng bộ {count} ghi chú", "major", None),
        ("<em>", "major", "<strong>"),
        ("</em>", "major", "</strong>"),
    ]


def test_prose_that_looks_like_placeholders_is_quiet() -> None:
    prose = [
        ("Turnout hit 71% in Tartu and 9% of ballots were spoiled.", "Tỷ lệ cử tri đạt 71% ở Tartu, 9% số phiếu hỏng."),
        ('Rates rose 0.25% as Mbeki said "100% sure".', 'Lãi suất tăng 0,25% khi Mbeki nói "chắc chắn 100%".'),
        ("Sales in the region grew 12 % d-o-d.", "Doanh số trong khu vực tăng 12%."),
        ("The set {1, 2, 3} was shown; temperatures <5C and x<y>z.", "Tập {1, 2, 3} được nêu; nhiệt độ dưới 5 độ C."),
        ("Readers wrote to the <Letters> page.", "Độc giả viết cho trang <Thư bạn đọc>."),
        ("比去年增长5%，达到3%以上。", "Tăng 5% so với năm ngoái, đạt trên 3%."),
    ]
    assert _pairs(prose) == []


def test_line_breaks_and_written_escapes() -> None:
    found = _pairs(
        [
            ("First line\nSecond line\nThird", "Dòng đầu Dòng hai\nDòng ba"),  # one inner break fewer: minor
            ("Short\nhelp", "Trợ giúp\nngắn\ngọn"),  # rewrapped with more breaks: quiet
            (r"Name:\tvalue\n", r"Tên:\tgiá trị"),  # a written '\n' lost
            ("The sync failed.\n\nTry again later.", r"Đồng bộ thất bại.\n\nHãy thử lại sau."),  # breaks typed
        ]
    )
    assert [(t[:9], s, f) for t, s, f in found] == [
        ("Dòng đầu ", "minor", None),
        ("Tên:\\tgiá", "major", None),
        ("Đồng bộ t", "major", "Đồng bộ thất bại.\n\nHãy thử lại sau."),
    ]


def test_directive_parsing_follows_msgfmt() -> None:
    found, broken = directives("%s %*d %<PRIu64> %% %-5.2lf %")
    assert [(d.key, d.type) for d in found] == [
        (1, "string"),
        (2, "int"),  # the '*' width reads an int first
        (3, "int"),
        (4, "unsigned int (64 bits)"),
        (5, "l double"),
    ]
    assert broken == [(28, 29)]  # the last "%"
    assert [(d.key, d.text) for d in directives("%2$s de %1$'d")[0]] == [(2, "%2$s"), (1, "%1$'d")]
    assert directives("%s: %m")[0][0].key == 1 and directives("%s: %m")[1] == []  # glibc's %m reads nothing
    assert [(d.key, d.type) for d in directives("%(n)x %(who)r", python=True)[0]] == [("n", "int"), ("who", "string")]
    assert [k for k, _ in tags('<a href="x" title="T">y</a><br/><FILE><Img SRC=p alt=q>')] == [
        "<a href=x>",
        "</a>",
        "<br/>",
        "<img src=p>",
    ]
