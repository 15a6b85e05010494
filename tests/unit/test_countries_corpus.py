"""C1xx/T201 on corpus/: every wrong-country reference and calque in the MT documents, nothing serious on
the human ones, and the false-alarm budget on clean_news (skipped when ../shared/data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import document_from_text
from audit.corpus import ReadOptions, discover, read_file
from audit.model import Document, Severity
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

RULES = ["C", "T2"]

# (segment text it is in — a unique fragment, rule, exact span, suggestion)
EXPECTED = {
    "000_": [
        ("hợp tác Ý về sự phát triển", "T201", "Ý", "Italia"),
        ("Việt Nam và Italy sẽ đẩy", "T201", "Italy", "Italia"),  # Italy: a press spelling beside Italia
    ],
    "002_": [
        ("Tổng thống Belarussian Alexander", "C105", "Belarussian", "Belarus"),
        ("hữu nghị giữa Belarus và Trung Quốc", "C101", "Trung Quốc", "Việt Nam"),
        ("phát triển quan hệ Pak-Yue", "C102", "Pak-Yue", "Belarus – Việt Nam"),
        ("hợp tác với Bêlarut", "T201", "Bêlarut", "Belarus"),
        ("White cam kết tạo", "C103", "White", "Phía Belarus"),
        ("vừa qua White đã hứa", "C103", "White", "phía Belarus"),
        ("giữa chính phủ trắng", "C103", "chính phủ trắng", "chính phủ Belarus"),
        ("Về tình hình ở Biển Đông Trung Quốc", "C104", "Biển Đông Trung Quốc", "Biển Đông"),
        ("Đảng Cộng sản Trung Quốc vào ngày 26", "C101", "Trung Quốc", "Việt Nam"),
    ],
    "003_": [
        ("Chủ tịch Bêlarút đến", "T201", "Bêlarút", "Belarus"),
        ("truyền thống trắng-trắng", "C102", "trắng-trắng", "Việt Nam – Belarus"),
        ("Chủ tịch Việt Trương Tấn Sang", "C103", "Chủ tịch Việt", "Chủ tịch nước Việt Nam"),
        ("Bêlarut đã đào tạo", "T201", "Bêlarut", "Belarus"),
        ("Hiệp định Hải quan Whitehall", "C102", "Whitehall", "Belarus – Kazakhstan"),
        ("Việt Nam với Trung Quốc và Belarus", "C101", "Trung Quốc và Belarus", "Belarus"),
    ],
}


def _docs(corpus_dir: Path, prefix: str) -> Document:
    errors: list = []
    files = [f for f in discover([str(corpus_dir)], errors, None) if Path(f.path).name.startswith(prefix)]
    assert files, f"no corpus file {prefix}*"
    return read_file(files[0], ReadOptions(), errors)[0]


def _run(doc: Document):
    return run_rules(doc, [cls() for cls in select_rules(RULES)], Settings())


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_mt_documents_every_country_error_found(corpus_dir: Path, prefix: str) -> None:
    doc = _docs(corpus_dir, prefix)
    found = _run(doc)
    got = [(doc.segments[f.segment].text, f.rule, f.text, f.suggestion) for f in found]
    for fragment, rule, span, suggestion in EXPECTED[prefix]:
        assert any(fragment in seg and (r, t, s) == (rule, span, suggestion) for seg, r, t, s in got), (
            f"{prefix}: missing {rule} {span!r} -> {suggestion!r} in '{fragment}'; got {[g[1:] for g in got]}"
        )
    # the repeated "Biển Đông Trung Quốc" is flagged at each of its three uses
    extra = [g for g in got if not any(fr in g[0] and g[1:] == tuple(e) for fr, *e in EXPECTED[prefix])]
    assert all(g[1:] == ("C104", "Biển Đông Trung Quốc", "Biển Đông") for g in extra), extra


def test_south_china_sea_calque_is_critical(corpus_dir: Path) -> None:
    found = [f for f in _run(_docs(corpus_dir, "002_")) if f.rule == "C104"]
    assert len(found) == 3 and all(f.severity == Severity.CRITICAL for f in found)


@pytest.mark.parametrize("prefix", ["001_", "004_"])
def test_human_documents_have_no_major_findings(corpus_dir: Path, prefix: str) -> None:
    serious = [f for f in _run(_docs(corpus_dir, prefix)) if f.severity >= Severity.MAJOR]
    assert serious == []


@pytest.mark.data
def test_clean_news_false_alarm_budget(shared_data: Path) -> None:
    lines = [ln for ln in (shared_data / "clean_news" / "sentences.txt").read_text("utf-8").splitlines() if ln]
    rules = [cls() for cls in select_rules(RULES)]
    serious = [
        (i, f.rule, f.text)
        for i, line in enumerate(lines)
        for f in run_rules(document_from_text(line), rules, Settings())
        if f.severity >= Severity.MAJOR
    ]
    assert len(serious) <= len(lines) // 2000, serious
