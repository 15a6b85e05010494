"""The second adversary held-out set (tests/data/adversary2): human-written Vietnamese news in genres the
earlier sets do not cover (provincial Party and government news with full titles and past titles, exam
news, farm prices, a road accident, a new species with Latin names, Gen Z lifestyle with English brand
names and slang, Premier League results, Vietnam–Japan and Vietnam–Korea articles naming China as a third
party, Chinese business people in Hán-Việt with a pinyin gloss, Korean and Japanese names, old-style tone
marks, web chrome, long quotations) must get no major or critical finding from any rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.corpus import ReadOptions, discover, read_file
from audit.model import Severity
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

CLEAN = sorted((Path(__file__).resolve().parents[1] / "data" / "adversary2" / "clean").glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]
    rules = [cls() for cls in select_rules(None)]
    serious = [
        f"{f.rule} {f.severity} {f.text!r}"
        for d in docs
        for f in run_rules(d, rules, Settings())
        if f.severity >= Severity.MAJOR
    ]
    assert docs and serious == []


def test_company_title_before_a_pinyin_name_is_not_a_state_office() -> None:
    """'Chủ tịch BYD Wang Chuanfu': the press writes Chinese business heads in pinyin; a state title
    before an unknown pinyin name stays major or worse."""
    from audit.api import audit_text

    quiet = audit_text("Tổng giám đốc BYD Wang Chuanfu đến thăm nhà máy ở Bình Dương.")
    assert all(f.severity < Severity.MAJOR for f in quiet)
    loud = audit_text("Bộ trưởng Bộ Công Thương Chen Hongyan đã tiếp đoàn doanh nghiệp.")
    assert any(f.rule == "N101" and f.severity >= Severity.MAJOR for f in loud)
