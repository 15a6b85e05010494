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


def test_the_ignore_file_left_out_of_a_walk_is_an_input_note_on_the_page(watched: Watched, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "le-hoi.txt").write_text("Lễ hội đua ghe ngo ở Sóc Trăng thu hút hàng vạn người xem..\n", encoding="utf-8")
    (batch / "bo-qua.txt").write_text("0123456789abcdef  # dismissed\n", encoding="utf-8")
    out = audit_run([str(batch)], tmp_path / "out", "--ignore-file", str(batch / "bo-qua.txt"))
    watched.open(out / "report.html")
    notes = watched.page.locator("#input-notes")
    assert notes.is_visible()
    assert "left out on purpose" in notes.locator("summary").text_content()
    assert "bo-qua.txt: the run's ignore file (fingerprints of dismissed findings): not audited" in (
        notes.locator("ul").text_content()
    )
    assert "1 document ·" in watched.page.locator("#run-info").text_content()
