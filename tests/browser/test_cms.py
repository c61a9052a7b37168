"""The web form at /admin/ (Decap CMS): served from our own site, in Vietnamese, and through the local
backend (decap-server on 127.0.0.1) it writes both language files, which then build."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT, build_site, serve

pytestmark = pytest.mark.browser
DECAP_SERVER = ROOT / "node_modules/decap-server/dist/index.js"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    for _ in range(100):  # at most about 10 s
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read() if process.stdout else "decap-server stopped")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("decap-server did not start")


def test_admin_page_loads_from_our_own_host_only(page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "admin/", wait_until="networkidle")
    # No decap-server here: the production (Forgejo) login, around Decap's Vietnamese interface.
    page.get_by_role("button", name="Login with Forgejo").wait_for(timeout=15_000)
    assert page.get_by_text("Quay về trang web").is_visible()
    assert any(url.endswith("/admin/decap-cms.js") for url in requests)
    assert any(url.endswith("/admin/config.yml") for url in requests)
    # The page and the local-backend probe (decap-server's address on this computer) only.
    assert {urlsplit(url).hostname for url in requests if url.startswith("http")} == {"127.0.0.1"}


@pytest.fixture
def cms(project: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    backend = {"CMS_LOCAL_BACKEND_URL": f"http://127.0.0.1:{port}/api/v1"}
    result = build_site(tmp_path / "admin-site", cwd=project, env=backend)
    assert result.returncode == 0, result.stdout + result.stderr
    server_env = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "GIT_REPO_DIRECTORY": str(project),
                  "LOG_LEVEL": "warn"}
    decap = subprocess.Popen(["node", str(DECAP_SERVER)], cwd=project, env=server_env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    web, url = serve(tmp_path / "admin-site")
    try:
        wait_for_port(port, decap)
        yield url, project
    finally:
        web.shutdown()
        decap.terminate()
        decap.wait(timeout=10)


def test_new_entry_writes_both_language_files_that_build(page, cms: tuple[str, Path], tmp_path: Path) -> None:
    url, project = cms
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(url + "admin/", wait_until="networkidle")
    page.get_by_role("button", name="Đăng nhập").click()
    page.goto(url + "admin/#/collections/news/new")
    page.locator("input[id^=title-field]").first.wait_for(timeout=15_000)
    vietnamese, english = page.locator("input[id^=title-field]").all()
    vietnamese.fill("Tin thử: Đồ Sơn tiết kiệm điện")
    english.fill("Test news: Do Son saves power")
    page.locator("input[id^=date-field]").first.fill("2026-11-28")
    summary_vi, summary_en = page.locator("textarea[id^=summary-field]").all()
    summary_vi.fill("Tóm tắt tin thử.")
    summary_en.fill("Summary of the test news.")
    add_source = page.get_by_role("button", name="Add nguồn / sources")
    add_source.nth(0).click()
    add_source.nth(1).click()
    source_vi, source_en = page.locator("input[id^=id-field]").all()  # a source is named by its id (data/sources.yml)
    source_vi.fill("qd-1759-2013")
    source_en.fill("qd-1759-2013")
    body_vi, body_en = page.locator("[data-slate-editor=true]").all()
    body_vi.click()
    page.keyboard.type("Nội dung tin thử.")
    body_en.click()
    page.keyboard.type("Body of the test news.")
    page.get_by_role("button", name="Công bố").click()
    page.get_by_role("menuitem", name="Công bố ngay").click()

    written = project / "docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.vi.md"
    written_en = project / "docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.en.md"
    for _ in range(100):  # the save is asynchronous: at most about 10 s
        if written.exists() and written_en.exists():
            break
        page.wait_for_timeout(100)
    text = written.read_text(encoding="utf-8")
    assert 'title: "Tin thử: Đồ Sơn tiết kiệm điện"' in text and "Nội dung tin thử." in text
    assert "date: 2026-11-28" in text
    assert "Body of the test news." in written_en.read_text(encoding="utf-8")
    assert {urlsplit(request).hostname for request in requests if request.startswith("http")} == {"127.0.0.1"}

    result = build_site(tmp_path / "after", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix, heading in (("", "Tin thử: Đồ Sơn tiết kiệm điện"), ("en/", "Test news: Do Son saves power")):
        html = (tmp_path / "after" / prefix / "tin-tuc/tin-thu-do-son-tiet-kiem-dien/index.html").read_text(encoding="utf-8")
        assert heading in html
        # "Edit this page" opens the file of this language in the forge's web editor.
        language_file = "vi" if prefix == "" else "en"
        assert f"_edit/main/docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.{language_file}.md" in html
        # Listed in its section without any navigation file being edited.
        section = (tmp_path / "after" / prefix / "tin-tuc/index.html").read_text(encoding="utf-8")
        assert 'href="tin-thu-do-son-tiet-kiem-dien/"' in section
