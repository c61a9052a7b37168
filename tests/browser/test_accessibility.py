"""One pass of Chromium over every HTML page of the built site, both languages:

- axe-core: zero violations of the WCAG 2.2 A/AA rules, in a 1280 px window;
- reflow (WCAG 1.4.10): the same page narrowed to 320 px (a 1280 px window at 400 % zoom)
  does not scroll sideways; wide tables scroll inside their own box;
- requests: no page reaches another host or loads anything over another scheme (mixed content)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scripts.quality.site_pages import base_path, html_pages, url_path
from tests.conftest import serve

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
WIDE, NARROW = {"width": 1280, "height": 800}, {"width": 320, "height": 640}
# Widths of the page and of the window, and the first element of the text that sticks out
# (outside the scroll boxes Material puts around tables).
SIDEWAYS = """() => {
  const root = document.scrollingElement;
  if (root.scrollWidth <= root.clientWidth) return null;
  const culprit = [...document.querySelectorAll(".md-content *")]
    .filter(element => element.getBoundingClientRect().right > root.clientWidth + 1)
    .find(element => !element.closest(".md-typeset__scrollwrap"));
  return `${root.scrollWidth} px wide in a ${root.clientWidth} px window`
    + (culprit ? ` (${culprit.tagName.toLowerCase()}${culprit.className ? "." + culprit.className : ""})` : "");
}"""


def axe_violations(page: object, url: str, exclude: list[str] | None = None) -> list[dict]:
    """axe's WCAG 2.2 A/AA violations on one page, for tests of one template or widget (after they
    have used it); ``exclude`` leaves parts of the page (CSS selectors) to the site-wide pass."""
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort())
    page.goto(url, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    context = json.dumps({"include": [["html"]], "exclude": [[selector] for selector in exclude or []]})
    return page.evaluate(f"async () => (await axe.run({context}, {json.dumps(AXE_OPTIONS)})).violations")


@dataclass
class Scan:
    pages: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)  # "page: rule (impact): target"
    foreign: list[str] = field(default_factory=list)  # "page: url"
    other_scheme: list[str] = field(default_factory=list)
    too_wide: list[str] = field(default_factory=list)  # "page: width in window (first element sticking out)"
    seconds: float = 0.0


@pytest.fixture(scope="module")
def scan(browser: object, built_site: Path) -> Scan:
    """One tab visits every page in turn, with axe injected into each. The site is
    served under the path it was built for, so that the 404 page's absolute links work too."""
    server, site_url = serve(built_site, base_path(built_site))
    own = urlsplit(site_url)
    result = Scan()
    current = {"path": ""}
    # Requests to any other host go to a closed local port and fail: nothing leaves the machine,
    # and the browser keeps its cache (request interception would turn it off and double the time).
    context = browser.new_context(proxy={"server": "http://127.0.0.1:9", "bypass": own.hostname}, viewport=WIDE)
    tab = context.new_page()

    def record(request: object) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("data", "blob"):
            return
        if url.netloc != own.netloc:
            result.foreign.append(f"/{current['path']}: {request.url}")
        elif url.scheme != own.scheme:
            result.other_scheme.append(f"/{current['path']}: {request.url}")

    context.on("request", record)
    # axe is injected into every page the tab opens, before the page's own scripts run (faster
    # than adding it after each load; it only defines window.axe until it is run).
    context.add_init_script(path=str(AXE))
    start = time.perf_counter()
    for page in html_pages(built_site):
        path = url_path(built_site, page)
        current["path"] = path
        result.pages.append(path)
        tab.goto(site_url + path, wait_until="load")
        for violation in tab.evaluate(f"async () => (await axe.run(document, {json.dumps(AXE_OPTIONS)})).violations"):
            for node in violation["nodes"]:
                target = " ".join(str(part) for part in node["target"])
                result.violations.append(f"/{path}: {violation['id']} ({violation['impact']}): {target}")
        tab.set_viewport_size(NARROW)
        sideways = tab.evaluate(SIDEWAYS)
        if sideways:
            result.too_wide.append(f"/{path}: {sideways}")
        tab.set_viewport_size(WIDE)
    result.seconds = time.perf_counter() - start
    context.close()
    server.shutdown()
    return result


def test_every_page_of_both_languages_is_scanned(scan: Scan, capsys: pytest.CaptureFixture) -> None:
    with capsys.disabled():
        print(f"\naxe, reflow and requests: {len(scan.pages)} pages in {scan.seconds:.0f} s")
    assert "" in scan.pages and "en/" in scan.pages
    assert any(path.startswith("en/") and path != "en/" for path in scan.pages)


def test_no_page_has_axe_violations(scan: Scan) -> None:
    assert scan.violations == [], f"{len(scan.violations)} violation(s) on {len(scan.pages)} pages:\n" + "\n".join(scan.violations)


def test_no_page_scrolls_sideways_at_320_px(scan: Scan) -> None:
    assert scan.too_wide == [], "\n".join(scan.too_wide)


def test_no_page_requests_another_host(scan: Scan) -> None:
    assert scan.foreign == [], "\n".join(scan.foreign)


def test_no_page_loads_anything_over_another_scheme(scan: Scan) -> None:
    assert scan.other_scheme == [], "\n".join(scan.other_scheme)
