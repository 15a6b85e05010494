"""The name rules on the bundled corpus (every name artifact found, with its fix) and on human text (quiet)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from audit.api import document_from_text
from audit.model import Severity
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

RULES = [cls() for cls in select_rules(["N", "T1"])]


def corpus_findings(corpus_dir: Path, prefix: str):
    path = next(corpus_dir.glob(f"{prefix}*.txt"))
    doc = document_from_text(path.read_text(encoding="utf-8"), doc=path.name)
    return doc, run_rules(doc, RULES, Settings())


def spans(findings, code: str) -> Counter[str]:
    return Counter(f.text for f in findings if f.rule == code)


def test_doc_000_western_name_through_chinese(corpus_dir: Path) -> None:
    _, found = corpus_findings(corpus_dir, "000_")
    hits = [f for f in found if f.rule == "N102"]
    assert [(f.text, f.suggestion) for f in hits] == [("Xi Hê • Rompuy", "Herman Van Rompuy")]


def test_doc_002_wrong_people_pinyin_and_incomplete_names(corpus_dir: Path) -> None:
    _, found = corpus_findings(corpus_dir, "002_")
    wrong = spans(found, "N103")
    assert wrong == Counter({"Nguyễn Phú Cường": 2, "Nguyễn Phong Chung": 1, "Nguyễn Phương": 1})
    assert {f.suggestion for f in found if f.rule == "N103"} == {"Nguyễn Phú Trọng"}
    assert all(f.severity == Severity.CRITICAL for f in found if f.rule == "N103")
    pinyin = {f.text: f for f in found if f.rule == "N101"}
    assert set(pinyin) == {"Ngurah 10 Fu Fuanzhong", "Zhang Jinchuang"}
    assert pinyin["Ngurah 10 Fu Fuanzhong"].suggestion == "Nguyễn Phú Trọng"
    assert pinyin["Zhang Jinchuang"].suggestion == "Trương Tấn Sang"
    incomplete = [f for f in found if f.rule == "N104"]
    assert len(incomplete) == 3 and {f.text for f in incomplete} == {"Alexander"}
    assert {f.suggestion for f in incomplete} == {"Alexander Lukashenko"}
    calques = spans(found, "N105")
    assert calques["Tổng Thư ký"] == 1 and calques["Chủ tịch Đảng Cộng sản Việt Nam"] == 1


def test_doc_002_spans_are_exact(corpus_dir: Path) -> None:
    doc, found = corpus_findings(corpus_dir, "002_")
    for f in found:
        seg = doc.segments[f.segment]
        assert seg.text[f.start : f.end] == f.text


def test_doc_003_pinyin_general_secretary(corpus_dir: Path) -> None:
    _, found = corpus_findings(corpus_dir, "003_")
    pinyin = [f for f in found if f.rule == "N101"]
    assert [(f.text, f.suggestion, f.severity) for f in pinyin] == [
        ("Ruan Fuzhong", "Nguyễn Phú Trọng", Severity.CRITICAL)
    ]
    assert pinyin[0].candidates  # the alternatives travel with the finding


@pytest.mark.parametrize("prefix", ["001_", "004_"])
def test_human_documents_have_no_major_name_findings(corpus_dir: Path, prefix: str) -> None:
    doc, found = corpus_findings(corpus_dir, prefix)
    serious = [
        (f.rule, f.text) for f in found if f.severity >= Severity.MAJOR and not doc.segments[f.segment].boilerplate
    ]
    assert serious == []


@pytest.mark.data
def test_clean_news_false_alarms(shared_data: Path) -> None:
    lines = (shared_data / "clean_news" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    serious = []
    for line in lines:
        doc = document_from_text(line)
        serious += [(f.rule, f.text) for f in run_rules(doc, RULES, Settings()) if f.severity >= Severity.MAJOR]
    assert len(serious) <= len(lines) // 1000, serious
