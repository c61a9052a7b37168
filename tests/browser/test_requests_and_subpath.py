"""In a real browser: no request leaves the site's own host, and the site works under a sub-path."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "so-tay/", "en/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_request_to_another_host(page, site_url: str, path: str) -> None:
    own_host = urlsplit(site_url).netloc
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + path, wait_until="networkidle")
    assert requests, "the browser recorded no request at all"
    foreign = [url for url in requests if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host]
    assert foreign == []
    assert any(url.endswith(".woff2") for url in requests), "the self-hosted font was not loaded"


def test_pages_css_fonts_and_search_work_under_a_sub_path(page, site_url: str) -> None:
    # site_url serves the site as shipped under the path it is built for, the Department's /sxsh/.
    assert urlsplit(site_url).path == "/sxsh/"
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(site_url + "chuong-trinh/", wait_until="networkidle")
    assert page.title().startswith("Chương trình")
    # Material's stylesheet applied: the header is fixed-position and coloured.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    assert page.evaluate("document.fonts.check('16px \"Be Vietnam Pro\"', 'Sản xuất sạch hơn')")
    assert page.evaluate("[...document.fonts].some(f => f.family.includes('Be Vietnam Pro') && f.status === 'loaded')")
    search_box = page.locator("input.md-search__input")
    search_box.click()
    search_box.press_sequentially("SXSH")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() > 0
    first_link = results.first.locator("a").first.get_attribute("href")
    assert "/sxsh/" in page.evaluate("(href) => new URL(href, location.href).pathname", first_link)
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path.startswith("/sxsh/")
    assert failed == []


def test_language_switcher_under_sub_path(page, site_url: str) -> None:
    page.goto(site_url + "lien-he/", wait_until="networkidle")
    english = page.locator("a[hreflang='en']").first.get_attribute("href")
    page.goto(page.evaluate("(href) => new URL(href, location.href).href", english), wait_until="networkidle")
    assert urlsplit(page.url).path == "/sxsh/en/lien-he/"
    assert page.locator("html").get_attribute("lang") == "en"


