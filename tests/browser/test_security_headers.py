"""The sample nginx configuration (deploy/nginx/sxsh.conf) serving a real build under /sxsh/ on
127.0.0.1: its headers and types, compression, and a browser that loads pages and searches with
the Content-Security-Policy in force, without a single violation or console error."""

from __future__ import annotations

import gzip
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site

pytestmark = pytest.mark.browser

CONF = ROOT / "deploy" / "nginx" / "sxsh.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MISSING = "khong-co-trang-nay/"  # no such page: the server answers with the site's 404 page
PAGES = ["", "so-tay/", "chuong-trinh/", "lien-he/", "en/", "en/chuong-trinh/", MISSING]
# Material asks for "<page in the other language>/sitemap.xml" to map pages between languages
# (its language switcher); the i18n plugin already links each page to its counterpart, so these
# probes answer 404 by design. Their "Failed to load resource" console lines are the only errors
# accepted, and only for that address.
ACCEPTED_FAILURES = ("/sitemap.xml",)

NGINX_CONF = """
user {user};
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {www};
        include {conf};
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def nginx_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(NGINX).exists():
        pytest.fail("nginx is missing: `make test` installs Debian's nginx")
    tmp = tmp_path_factory.mktemp("nginx")
    port = free_port()
    url = f"http://127.0.0.1:{port}/sxsh/"
    site = tmp / "www" / "sxsh"
    result = build_site(site, site_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    # File types the site will serve but the current content may not have yet.
    (site / "sample.webmanifest").write_text('{"name": "SXSH"}', encoding="utf-8")
    (site / "sample.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    user = "root" if subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() == "0" else "nobody"
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(user=user, tmp=tmp, port=port, www=tmp / "www", conf=CONF),
                                    encoding="utf-8")
    server = subprocess.Popen([NGINX, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf"),
                               "-g", "daemon off;"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None:
                pytest.fail("nginx did not start: " + server.stdout.read().decode() + (tmp / "error.log").read_text())
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


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
        if message.type == "error" and not source.endswith(ACCEPTED_FAILURES) and not source.endswith(MISSING):
            errors.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    page.on("worker", lambda worker: worker.on("console", on_console))
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on("response", lambda response: errors.append(f"{page.url}: {response.status} {response.url}")
            if response.status >= 400 and not response.url.endswith((*ACCEPTED_FAILURES, MISSING))
            else None)
    for path in PAGES:
        page.goto(nginx_url + path, wait_until="networkidle")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    # Search: the worker starts, fetches the index and answers, all under the policy.
    page.goto(nginx_url + "lien-he/", wait_until="networkidle")
    box = page.locator("[data-md-component=search-query]")
    box.click()
    box.press_sequentially("dang ky", delay=30)
    page.wait_for_selector(".md-search-result__item a", timeout=10_000)
    # The print button (page-tools.js) and Material's stored state (material-base.js) work too.
    page.goto(nginx_url + "chuong-trinh/", wait_until="networkidle")
    assert page.locator(".sx-print-page").is_visible()
    assert page.evaluate("typeof __md_get === 'function' && __md_scope.pathname === '/sxsh/'")
    assert errors == []
    # And the policy is really in force: an inline script is blocked and reported.
    ran = page.evaluate("""() => { const script = document.createElement("script");
        script.textContent = "window.sxInline = true"; document.body.append(script); return window.sxInline === true; }""")
    page.wait_for_timeout(200)
    context.close()
    assert not ran
    assert errors and all("Content Security Policy" in error or "CSP violation: script-src" in error for error in errors)
