"""Every page of the built site, both languages, viewed in Chromium at the site's root and under
/sxsh/ (as on the department's server): no request fails, none asks for a sitemap (Material's
language switcher probe) and none fetches search bytes before the reader searches; the language
switcher still leads to the counterpart page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scripts.local_server import serve
from scripts.quality.site_pages import base_path, html_pages, url_path

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=["/", "/sxsh/"])
def served(request: pytest.FixtureRequest, built_site: Path) -> Iterator[tuple[str, str]]:
    server, url = serve(built_site, request.param)
    yield request.param, url
    server.shutdown()


def test_no_page_view_makes_a_failing_or_needless_request(browser: object, built_site: Path,
                                                           served: tuple[str, str]) -> None:
    prefix, url = served
    # The 404 page links its files from the path the site was built for (MkDocs writes it so)
    pages = [page for page in html_pages(built_site)
             if page.name != "404.html" or prefix == base_path(built_site)]
    context = browser.new_context()
    tab = context.new_page()
    problems: list[str] = []
    current = {"page": ""}
    tab.on("response", lambda response: problems.append(f"{current['page']}: {response.status} {response.url}")
           if response.status >= 400 and not response.url.endswith("404.html") else None)
    # Chromium asks for the favicon after the page has loaded; the next page view cancels that request
    tab.on("requestfailed", lambda request: None if request.url.endswith("favicon.svg") else problems.append(
        f"{current['page']}: failed {request.url} ({request.failure})"))

    def needless(request: object) -> None:
        path = urlsplit(request.url).path
        if path.endswith("sitemap.xml") or "/search/" in path:
            problems.append(f"{current['page']}: {request.url} before any search")
    tab.on("request", needless)
    try:
        for page in pages:
            current["page"] = url_path(built_site, page)
            response = tab.goto(url + current["page"], wait_until="load")
            if page.name != "404.html":
                assert response is not None and response.ok, current["page"]
            # Material and our scripts make their requests while the page loads; their answers come
            # from a local server within milliseconds
            tab.wait_for_timeout(150)
    finally:
        context.close()
    assert problems == [], "\n".join(problems[:50])


def test_the_language_switcher_leads_to_the_counterpart_page(page: object, built_site: Path,
                                                            served: tuple[str, str]) -> None:
    prefix, url = served
    for start, counterpart in (("lien-he/", "en/lien-he/"), ("en/so-tay/", "so-tay/")):
        page.goto(url + start, wait_until="networkidle")
        page.locator(".md-header__option .md-select").hover()
        page.locator(f".md-select__link[hreflang={'en' if counterpart.startswith('en/') else 'vi'}]").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == prefix + counterpart
