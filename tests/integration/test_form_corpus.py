"""The form, language and spelling rules on the bundled corpus: every artifact found with its exact
span, and the human-written documents (001, 004) free of major and critical findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text
from audit.corpus.build import document_from_lines
from audit.model import Finding, Severity
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

FORM_FAMILIES = ["F", "L", "S", "T3"]

# (document prefix, rule, exact span, a few words of the segment it sits in)
EXPECTED = [
    ("000", "F107", "để mặc", "Bắc Ireland để mặc"),
    ("000", "F102", " .", "Bắc Ireland để mặc"),
    ("000", "F101", "..", "giáo dục và đào tạo.."),
    ("000", "F107", "một số", "việc mở rộng một số"),
    ("000", "F112", "Việt Nam, Việt Nam", "thúc đẩy Việt Nam, Việt Nam"),
    ("000", "F106", "lần Tổng", "lần Tổng Bí thư"),
    ("000", "F104", "vv.", "quan hệ đối tác chiến lược giữa hai nước, vv."),
    ("002", "F106", "thành tựu", "thành tựu và Việt Nam"),
    ("002", "F101", "..", "nhân viên quân sự Việt Nam.."),
    ("002", "F101", "..", "Văn phòng Chủ tịch Bêlarut.."),
    ("002", "F112", "Biển Đông Trung Quốc, Biển Đông Trung Quốc", "Về tình hình ở Biển Đông"),
    ("002", "F101", ".", "."),
    ("003", "F106", "xuất khẩu", "xuất khẩu của thủy sản"),
    ("003", "F108", ", .", "máy kéo, xe tải, ."),
    ("003", "F101", "..", "giữa Việt Nam và Nga.."),
    ("004", "S101", "hiêp", "các hiêp định"),
]


def _audit(path: Path, select: list[str] | None) -> tuple[list[Finding], list[str]]:
    doc = document_from_lines(path.name, path.read_text(encoding="utf-8").split("\n"))
    findings = run_rules(doc, [cls() for cls in select_rules(select)], Settings())
    return findings, [s.text for s in doc.segments]


def _doc(corpus_dir: Path, prefix: str) -> Path:
    return next(corpus_dir.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize(
    ("prefix", "rule", "span", "context"), EXPECTED, ids=[f"{e[0]}-{e[1]}-{e[2]}" for e in EXPECTED]
)
def test_artifact_found_with_exact_span(corpus_dir: Path, prefix: str, rule: str, span: str, context: str) -> None:
    findings, texts = _audit(_doc(corpus_dir, prefix), [rule])
    hits = [f for f in findings if f.text == span and context in texts[f.segment]]
    assert hits, f"{rule} missed {span!r} in {context!r}: {[(f.text, texts[f.segment][:40]) for f in findings]}"


def test_cut_fragments_in_mt_documents_are_major(corpus_dir: Path) -> None:
    for prefix in ("000", "002", "003"):
        findings, _ = _audit(_doc(corpus_dir, prefix), ["F106"])
        assert findings and all(f.severity == Severity.MAJOR for f in findings)


def test_suggestions_for_misspelled_syllables(corpus_dir: Path) -> None:
    findings, _ = _audit(_doc(corpus_dir, "004"), ["S101"])
    assert [f.suggestion for f in findings] == ["hiệp"]
    # 001's 'triẻn' is in a related-news headline (boilerplate): the rule's suggestion for it, unreported
    assert [f.suggestion for f in audit_text("kỷ nguyên phát triẻn giàu mạnh", select=["S101"])] == ["triển"]


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_human_documents_have_no_major_findings(corpus_dir: Path, prefix: str) -> None:
    findings, texts = _audit(_doc(corpus_dir, prefix), None)
    serious = [(f.rule, f.text, texts[f.segment][:60]) for f in findings if f.severity >= Severity.MAJOR]
    assert not serious


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_human_documents_form_rules_only_flag_the_typo(corpus_dir: Path, prefix: str) -> None:
    """004's article has one typo ('hiêp'); 001's only typo ('triẻn') is in a related-news headline, page
    chrome that is never counted as a translation error."""
    findings, _ = _audit(_doc(corpus_dir, prefix), FORM_FAMILIES)
    assert [(f.rule, f.text) for f in findings] == ([] if prefix == "001" else [("S101", "hiêp")])


@pytest.mark.data
def test_clean_news_major_false_alarms_within_budget(shared_data: Path) -> None:
    """At most 1 sentence in 1,000 of human news with a major/critical form finding."""
    lines = (shared_data / "clean_news" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    rules = [cls() for cls in select_rules(FORM_FAMILIES)]
    flagged = set()
    for i in range(0, len(lines), 50):
        doc = document_from_lines(f"clean:{i}", lines[i : i + 50])
        for f in run_rules(doc, rules, Settings()):
            if f.severity >= Severity.MAJOR:
                flagged.add((i, f.segment))
    assert len(flagged) <= len(lines) / 1000
