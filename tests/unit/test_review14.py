"""Review of round 11's merges: each test is a bug the review found, on sentences outside every set."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from audit.api import audit_text
from audit.corpus.segment import sentence_spans
from audit.report.decisions import Decisions


def _c101(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "C101"]


def test_rank_of_a_chinese_place_named_after_the_province_is_quiet() -> None:
    # the province is not what is ranked: the Chinese place named after it is
    assert _c101("Doanh nghiệp Bình Dương mở nhà máy ở Thâm Quyến, thành phố có GDP cao nhất toàn Trung Quốc.") == []
    assert _c101("Nhiều lao động Nghệ An làm việc tại Quảng Đông, tỉnh đứng đầu toàn Trung Quốc về xuất khẩu.") == []


def test_rank_of_the_province_itself_still_fires() -> None:
    assert _c101("Năm 2023, sản lượng lúa của An Giang đứng thứ nhất toàn Trung Quốc.") == ["Trung Quốc"]


def test_chinese_law_in_a_sentence_about_a_chinese_citizen_is_quiet() -> None:
    text = (
        "Tòa án nhân dân tỉnh Lào Cai xét xử vụ buôn lậu.\n"
        "Bị cáo là công dân Trung Quốc, bị truy nã theo pháp luật Trung Quốc."
    )
    assert _c101(text) == []


def test_provincial_court_applying_the_chinese_code_still_fires() -> None:
    text = (
        "Tòa án nhân dân tỉnh Lạng Sơn xét xử hai bị cáo.\nHành vi của họ vi phạm Điều 249 Bộ luật Hình sự Trung Quốc."
    )
    assert _c101(text) == ["Trung Quốc"]


def test_cr_line_ends_on_standard_input_say_convert_in_the_pipe(tmp_path: Path) -> None:
    # standard input has no file to move aside: the hint was 'mv - -.orig && tr … < -.orig > -'
    data = '{"target": "Chào Cần Thơ."}\r{"target": "Hẹn gặp lại."}\r'.encode()
    out = subprocess.run(
        [sys.executable, "-m", "audit", "run", "-", "--format", "jsonl", "--out", str(tmp_path / "o"), "--quiet"],
        input=data,
        capture_output=True,
        check=False,
    )
    err = out.stderr.decode()
    assert "carriage returns (CR)" in err
    assert "in the pipe before audit run - with tr '\\r' '\\n'" in err and "-.orig" not in err


def _findings(n: int) -> list[dict[str, Any]]:
    return [
        {"doc": f"tin-{i % 40}", "segment": i // 40, "decision": ("accepted", "dismissed")[i % 3 == 0], "n": i}
        for i in range(n)
    ]


def test_accepted_findings_of_a_segment_in_file_order() -> None:
    findings = [*_findings(120), {"doc": "tin-1", "segment": 0, "decision": "accepted", "n": -1}]
    d = Decisions("run", findings, [])
    got = d.accepted("tin-1", 0)
    assert got == [f for f in findings if f["doc"] == "tin-1" and f["segment"] == 0 and f["decision"] == "accepted"]
    assert [f["n"] for f in got] == [1, -1]
    assert d.accepted("tin-0", 0) == [] and d.accepted("no-such-doc", 3) == []


class _CountedScans(list):
    """A list that counts how often it is walked from the start."""

    scans = 0

    def __iter__(self) -> Iterator[Any]:
        self.scans += 1
        return super().__iter__()


def test_accepted_is_not_a_scan_of_every_finding_per_edit() -> None:
    # audit apply asks once per edit: 10,000 edits over 40,000 findings took ~20 s as a scan each time. The
    # findings are walked once (to index them), not once a question: counted, not timed.
    findings = _CountedScans(_findings(40_000))
    d = Decisions("run", findings, [])
    n = sum(len(d.accepted(f"tin-{i % 40}", i // 40)) for i in range(10_000))
    assert n == sum(1 for i in range(10_000) if i % 3)
    assert findings.scans == 1


def test_unknown_year_question_marks_still_do_not_split() -> None:
    text = "Ông Trần Khải (? - 1802) lập làng. Bà Đoàn Nhi (1740 –  ? ) mở chợ. Ai đến ? Không ai."
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == ["Ông Trần Khải (? - 1802) lập làng.", "Bà Đoàn Nhi (1740 –  ? ) mở chợ.", "Ai đến ?", "Không ai."]


def test_question_marks_after_a_space_on_a_long_line_are_linear() -> None:
    # each ' ?' copied the line before it (text[:at].rstrip()): 612,000 characters took 16 s, now 0.08 s. No timed
    # assertion (the project measures speed in bench/): the spans are checked, and a quadratic regression shows as
    # this test's duration in `pytest --durations`.
    text = "Vì sao lại thế ? " * 36_000
    spans = sentence_spans(text)
    assert len(spans) == 36_000
    assert spans[1] == (17, 33) and text[spans[-1][0] : spans[-1][1]] == "Vì sao lại thế ?"


def test_rule_codes_split_one_way_in_the_file_and_on_the_command_line(tmp_path: Path) -> None:
    from audit.config import load_config, split_codes

    assert split_codes([" F101 , ,N", "C"]) == ["F101", "N", "C"]
    cfg_file = tmp_path / "mt-audit.toml"
    cfg_file.write_text('[tool.mt-audit]\nselect = [" F101 , ,N", "C"]\n', encoding="utf-8")
    assert load_config(str(cfg_file)).select == split_codes([" F101 , ,N", "C"])


def test_name_key_is_one_function_and_its_cache_is_bounded() -> None:
    # the documents' names went into an unbounded functools.cache (lang/mentions), beside a second copy of the
    # same function in rules/names/analyses
    from audit.lang.mentions import known_person, name_key

    assert name_key("Nguyễn Văn Hoà") == name_key("Nguyễn Văn Hòa") != name_key("Nguyễn Văn Hoa")
    for i in range(70_000):
        known_person(f"Tạ Minh {i}")
    assert name_key.cache_info().currsize <= 65_536


def _c107(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["C107"])]


def test_organisation_pinyin_after_a_vietnamese_word_still_fires() -> None:
    # 'Theo' (according to) is a short unaccented capitalised word, no pinyin surname
    assert _c107("Theo Shihang, kinh tế Malaysia sẽ tăng 4,6% trong năm tới.") == ["Shihang"]
    assert _c107("Trong Beiyue, các nước thành viên chưa thống nhất.") == ["Beiyue"]


def test_organisation_pinyin_after_a_pinyin_surname_is_a_given_name() -> None:
    assert _c107("Nhà nghiên cứu Zhou Shihang và bà Gao Beiyue trình bày kết quả.") == []
