"""The review page's header names what the run's settings changed (rules ignored, severities overridden) and how
many findings its ignore file suppressed (ux20). A new sentence, not from any test set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Watched, audit_run

pytest.importorskip("playwright.sync_api")


def test_run_info_names_the_settings(watched: Watched, tmp_path: Path) -> None:
    src = tmp_path / "cau.txt"
    src.write_text("Cây cầu mới bắc qua sông Hậu dự kiến thông xe vào tháng Tư ,sớm hơn kế hoạch..\n", encoding="utf-8")
    config = tmp_path / "team.toml"
    config.write_text('ignore = ["S"]\nseverity = { F101 = "major" }\n', encoding="utf-8")
    out = audit_run([str(src)], tmp_path / "out", "--config", str(config))
    watched.open(out / "report.html")
    info = watched.page.locator("#run-info").text_content()
    assert info.endswith(f" · settings from {config} · ignore S; severity F101 major"), info
    assert not watched.errors
    plain = audit_run([str(src)], tmp_path / "plain")
    watched.open(plain / "report.html")
    assert "settings" not in watched.page.locator("#run-info").text_content()
