"""Headless Chromium through Playwright's Python API, pointed at the system browser.

No browser is downloaded: the tests use Debian's ``chromium`` (``/usr/bin/chromium``, or
``MT_AUDIT_CHROMIUM``) and skip cleanly when it or the ``playwright`` package is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]


def chromium_path() -> str | None:
    given = os.environ.get("MT_AUDIT_CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium browser installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=ARGS)
        except Exception as e:  # a broken browser install is a skip, not a failure
            pytest.skip(f"cannot launch {exe}: {e}")
        yield b
        b.close()


class Watched:
    """A page with its console errors, page errors, dialogs and network requests recorded."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(d: object) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)

    def open(self, html: Path) -> None:
        self.page.goto(html.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=60_000)

    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]


@pytest.fixture
def watched(browser: object) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    yield Watched(page)
    context.close()


def audit_run(paths: list[str], out: Path, *extra: str, exit_code: int = 0) -> Path:
    """Run the real command line on ``paths`` (it must end with ``exit_code``); returns the output directory."""
    done = subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", *paths, "--out", str(out), "--quiet", *extra], cwd=ROOT
    )
    assert done.returncode == exit_code
    return out


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return audit_run([str(ROOT / "corpus")], tmp_path_factory.mktemp("corpus-run"))


HOSTILE_LINES = [
    "Hội chợ nông sản Đồng Tháp thu hút nhiều du khách",
    "Hội chợ năm nay có hơn ba trăm gian hàng đến từ các tỉnh miền Tây..",
    "Bài viết có thẻ <script>window.__pwned = 1</script> nằm ngay trong nội dung .",
    'Một bức hình <img src=x onerror="window.__pwned = 2"> được đăng kèm bài viết..',
    "Đoạn cuối </textarea></script><script>window.__pwned = 3</script> kết thúc bài viết .",
    "Người dân địa phương rất vui mừng vì mùa màng bội thu.",
    "Ban tổ chức cho biết hội chợ sẽ kéo dài đến hết tuần sau..",
]


def run_lines(tmp_path: Path, name: str, lines: list[str]) -> Path:
    """A plain-text document of ``lines`` in ``tmp_path/input``, audited into ``tmp_path/out``."""
    src = tmp_path / "input"
    src.mkdir()
    (src / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return audit_run([str(src)], tmp_path / "out")


@pytest.fixture
def hostile_run(tmp_path: Path) -> Path:
    return run_lines(tmp_path, "hoi-cho.txt", HOSTILE_LINES)
