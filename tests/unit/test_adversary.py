"""The adversary held-out set (tests/data/adversary): human-written news in genres the other held-out
sets do not cover (court, weather, health, culture, religion, markets, sports with foreign players,
travel in China, history, obituary, press release, interview, web chrome) must get no major or
critical finding from any rule; the machine-translated-style articles (Vietnamese places and people
in pinyin, ambiguous country abbreviations, cut sentences) must be found with the right fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted

from audit.api import audit_text
from audit.model import Severity

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix in {".txt", ".html"})
MT = sorted((ADVERSARY / "mt").glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    serious = [f"{f.rule} {f.severity} {f.text!r}" for _, f in findings_of(path) if f.severity >= Severity.MAJOR]
    assert serious == []


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected >= 35
    assert found / expected >= 0.94, missed  # 60/61 when written (tests/data/adversary/README.md)
    assert fixed / found >= 0.95


def test_honorific_alone_does_not_make_a_pinyin_name_major() -> None:
    """The press writes Chinese business people in pinyin after 'ông'/'bà'; an office title or the
    surname Ruan (阮, Vietnamese) still makes it major."""
    quiet = audit_text("Ông Zhong Shanshan, nhà sáng lập hãng nước Nongfu Spring, là người giàu nhất châu Á.")
    assert all(f.severity < Severity.MAJOR for f in quiet)
    loud = audit_text("Hậu vệ Ruan Xianming bị thẻ đỏ ở phút 80.")
    assert any(f.rule == "N101" and f.severity >= Severity.MAJOR for f in loud)
