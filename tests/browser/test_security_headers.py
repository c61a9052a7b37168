"""The sample nginx configuration (deploy/nginx/sxsh.conf) serving a real build under /sxsh/ on
127.0.0.1: its headers and types, compression, and a browser that loads pages and searches with
the Content-Security-Policy in force, without a single violation or console error."""

from __future__ import annotations

import gzip
import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.quality.nginx import PREFIX, listening_socket, nginx_command, serving, site_folder
from scripts.quality.site_pages import base_path

pytestmark = pytest.mark.browser

MISSING = "khong-co-trang-nay/"  # no such page: the server answers with the site's 404 page
PAGES = ["", "so-tay/", "chuong-trinh/", "lien-he/", "en/", "en/chuong-trinh/", MISSING]

@pytest.fixture(scope="module")
def nginx_url(tmp_path_factory: pytest.TempPathFactory, built_site: Path) -> Iterator[str]:
    if nginx_command() is None:
        pytest.fail("nginx is missing: `make test` installs Debian's nginx")
    scratch = tmp_path_factory.mktemp("nginx")
    site = site_folder(scratch)
    # The site as shipped, built for /sxsh/ as nginx serves it; a copy, since files are added below.
    assert base_path(built_site) == PREFIX
    shutil.copytree(built_site, site)
    # File types the site will serve but the current content may not have yet.
    (site / "sample.webmanifest").write_text('{"name": "SXSH"}', encoding="utf-8")
    (site / "sample.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    if not (site / "admin").exists():  # a stand-in for the editors' CMS page until it is built
        (site / "admin").mkdir()
        (site / "admin" / "index.html").write_text("<!doctype html><title>CMS</title>", encoding="utf-8")
    with serving(scratch, listening_socket()) as url:
        yield url


def fetch(url: str, compressed: bool = False) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if compressed else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, {key.lower(): value for key, value in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {key.lower(): value for key, value in error.headers.items()}, error.read()


@pytest.mark.parametrize("path", ["", "assets/stylesheets/sxsh.css", MISSING])
def test_security_headers_on_pages_assets_and_errors(nginx_url: str, path: str) -> None:
    _, headers, _ = fetch(nginx_url + path)
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert headers["strict-transport-security"].startswith("max-age=")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_only_the_editors_cms_gets_its_wider_policy(nginx_url: str) -> None:
    # Decap CMS needs run-time code and injected styles; the pages never do.
    _, page_headers, _ = fetch(nginx_url + "lien-he/")
    _, cms_headers, _ = fetch(nginx_url + "admin/")
    assert "'unsafe-eval'" not in page_headers["content-security-policy"]
    assert "'unsafe-eval'" in cms_headers["content-security-policy"]
    assert "frame-ancestors 'none'" in cms_headers["content-security-policy"]
    assert cms_headers["x-content-type-options"] == "nosniff"


def test_language_switcher_finds_the_sitemap_next_to_each_page(nginx_url: str) -> None:
    # What Material's language switcher asks for (see deploy/nginx/sxsh.conf)
    status, headers, body = fetch(nginx_url + "en/lien-he/sitemap.xml")
    assert status == 200 and headers["content-type"] == "application/xml; charset=utf-8"
    assert body == fetch(nginx_url + "sitemap.xml")[2]
    assert fetch(nginx_url + "en/lien-he/khong-co.xml")[0] == 404


def test_missing_page_gets_the_sites_404_page(nginx_url: str) -> None:
    status, headers, body = fetch(nginx_url + MISSING)
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert "md-header" in body.decode("utf-8")


@pytest.mark.parametrize(("path", "content_type"), [
    ("", "text/html; charset=utf-8"),
    ("assets/stylesheets/sxsh.css", "text/css; charset=utf-8"),
    ("assets/javascripts/page-tools.js", "text/javascript; charset=utf-8"),
    ("search/search_index.json", "application/json; charset=utf-8"),
    ("sitemap.xml", "application/xml; charset=utf-8"),
    ("sample.webmanifest", "application/manifest+json; charset=utf-8"),
    ("sample.pdf", "application/pdf"),
    ("chuong-trinh/qd-1759-2013-ubnd-hai-phong.txt", "text/plain; charset=utf-8"),
    ("assets/fonts/BeVietnamPro-Regular.woff2", "font/woff2"),
])
def test_content_types(nginx_url: str, path: str, content_type: str) -> None:
    status, headers, _ = fetch(nginx_url + path)
    assert status == 200
    assert headers["content-type"] == content_type


@pytest.mark.parametrize("path", ["", "assets/stylesheets/sxsh.css", "assets/javascripts/page-tools.js", "search/search_index.json"])
def test_text_is_sent_gzip_compressed(nginx_url: str, path: str) -> None:
    _, _, plain = fetch(nginx_url + path)
    _, headers, body = fetch(nginx_url + path, compressed=True)
    assert headers.get("content-encoding") == "gzip"
    assert "accept-encoding" in headers.get("vary", "").lower()
    assert gzip.decompress(body) == plain
    assert len(body) < len(plain)


def test_pages_and_search_run_with_the_policy_in_force(browser: object, nginx_url: str) -> None:
    context = browser.new_context()
    # Every violation the page reports, also for its workers (which report to the console).
    context.add_init_script("""document.addEventListener("securitypolicyviolation", event => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });""")
    page = context.new_page()
    errors: list[str] = []

    def on_console(message: object) -> None:
        source = message.location.get("url", "")
        if message.type == "error" and not source.endswith(MISSING):
            errors.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    page.on("worker", lambda worker: worker.on("console", on_console))
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("response", lambda response: errors.append(f"{page.url}: {response.status} {response.url}")
            if response.status >= 400 and not response.url.endswith(MISSING)
            else None)
    for path in PAGES:
        page.goto(nginx_url + path, wait_until="networkidle")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    # Search: the worker starts, fetches the index and answers, all under the policy.
    page.goto(nginx_url + "lien-he/", wait_until="networkidle")
    box = page.locator("[data-md-component=search-query]")
    box.click()
    box.press_sequentially("dang ky", delay=30)
    # A cap, not a wait: the worker builds its index in the page, slow while other tests build sites beside it.
    page.wait_for_selector(".md-search-result__item a", timeout=30_000)
    # The print button (page-tools.js) and Material's stored state (material-base.js) work too.
    page.goto(nginx_url + "chuong-trinh/", wait_until="networkidle")
    assert page.locator(".sx-print-page").is_visible()
    assert page.evaluate("typeof __md_get === 'function' && __md_scope.pathname === '/sxsh/'")
    assert errors == []
    # And the policy is really in force: an inline script is blocked and reported.
    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        ran = page.evaluate("""() => { const script = document.createElement("script");
            script.textContent = "window.sxInline = true"; document.body.append(script);
            return window.sxInline === true; }""")
    context.close()
    assert not ran
    assert errors and all("Content Security Policy" in error or "CSP violation: script-src" in error for error in errors)
