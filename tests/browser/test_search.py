"""Search in Debian's Chromium: what a reader sees when they type, compose
with a Vietnamese input method or paste, and what the page downloads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from scripts.local_server import serve

pytestmark = pytest.mark.browser

INPUT = "[data-md-component=search-query]"
RESULT_LINKS = ".md-search-result__list > li > a:first-child"


@pytest.fixture(scope="module")
def sub_path_url(built_site: Path) -> Iterator[str]:
    """The site under a sub-path, as on the department's server."""
    server, url = serve(built_site, "/sxsh/")
    yield url
    server.shutdown()


def _record_requests(page: object) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    page.on("worker", lambda worker: urls.append(worker.url))
    return urls


def _open_search(page: object) -> object:
    """Click the search box in the header, as a reader on a wide screen does."""
    box = page.locator(INPUT)
    box.click()
    return box


def _first_results(page: object, count: int = 3) -> list[str]:
    page.wait_for_function(f"document.querySelectorAll('{RESULT_LINKS}').length > 0", timeout=5000)
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(link => link.href)")
    return [urlparse(href).path for href in hrefs[:count]]


def test_page_view_fetches_no_search_bytes_until_the_search_box_is_used(page: object, sub_path_url: str) -> None:
    requests = _record_requests(page)
    page.goto(sub_path_url + "hoi-dap/")
    page.wait_for_load_state("networkidle")  # 500 ms without a request: the page has loaded all it will
    assert not [url for url in requests if "/search/" in url or "search_index" in url]
    assert all(urlparse(url).hostname in ("127.0.0.1", None) for url in requests if url.startswith("http"))
    # Material fetches the manifest, then hands it to the search module it loads (material-base.js)
    with page.expect_response(lambda response: response.url.endswith("/search/engine.mjs")):
        _open_search(page)
    # The search code and the manifest of this page's language; the words' parts wait for a query
    search_requests = sorted({url.removeprefix(sub_path_url) for url in requests if "/search/" in url})
    assert search_requests == ["assets/javascripts/search/engine.mjs", "assets/javascripts/search/search.mjs",
                               "search/vi/manifest.json"]
    page.locator(INPUT).press_sequentially("lien", delay=30)
    _first_results(page)
    assert not [url for url in requests if "search_index" in url or "/search/en/" in url]


@pytest.mark.parametrize(("query", "expected"), [
    ("lien he", "lien-he/"),
    ("Liên hệ", "lien-he/"),
    ("DANG KY DANH GIA", "hoi-dap/dang-ky-danh-gia-sxsh-the-nao/"),
    ("1759/QĐ-UBND", "chuong-trinh/"),
])
def test_typing_key_by_key_shows_results(page: object, sub_path_url: str, query: str, expected: str) -> None:
    page.goto(sub_path_url)
    box = _open_search(page)
    box.press_sequentially(query, delay=40)
    assert _first_results(page)[0] == "/sxsh/" + expected
    # Words are marked once: no markup shows as text, every mark holds a whole word
    shown = page.inner_text(".md-search-result__list")
    assert "<" not in shown and ">" not in shown
    assert page.eval_on_selector_all(".md-search-result__list mark", "marks => marks.length") > 0
    assert not page.eval_on_selector_all(".md-search-result__list mark mark", "marks => marks.length")


@pytest.mark.parametrize("query", ["1759", "thoi gian hoan von", "contact"])
def test_enter_opens_the_first_result(page: object, sub_path_url: str, query: str) -> None:
    # Material's Enter opens the entry with the highest score, wherever it is in the list
    page.goto(sub_path_url + ("en/" if query == "contact" else ""))
    box = _open_search(page)
    box.press_sequentially(query, delay=30)
    first = _first_results(page, count=1)[0]
    with page.expect_navigation():
        box.press("Enter")
    assert urlparse(page.url).path == first


def test_vietnamese_input_method_composition_shows_results(page: object, sub_path_url: str) -> None:
    # Telex typing of "liên hệ": the input method composes each syllable, then commits it
    page.goto(sub_path_url)
    box = _open_search(page)
    box.focus()
    cdp = page.context.new_cdp_session(page)
    for syllable, steps in (("liên", ["l", "li", "lie", "liê", "liên"]), (" hệ", [" h", " he", " hê", " hệ"])):
        for step in steps:
            cdp.send("Input.imeSetComposition", {"text": step, "selectionStart": len(step), "selectionEnd": len(step)})
        cdp.send("Input.insertText", {"text": syllable})
    assert box.input_value() == "liên hệ"
    # The results of "liên" may show first; the reader sees those of "liên hệ" once they come.
    page.wait_for_selector(".md-search__scrollwrap[data-sx-answers='liên hệ']", timeout=10_000)
    assert _first_results(page)[0] == "/sxsh/lien-he/"


def test_pasted_text_shows_results(page: object, sub_path_url: str) -> None:
    # A paste with the mouse fires `input` but no key events
    page.goto(sub_path_url)
    box = _open_search(page)
    box.focus()
    page.keyboard.insert_text("tự đánh giá")
    assert _first_results(page)[0] == "/sxsh/tu-danh-gia/"


def test_english_pages_show_english_results(page: object, sub_path_url: str) -> None:
    page.goto(sub_path_url + "en/")
    box = _open_search(page)
    box.press_sequentially("contact", delay=30)
    results = _first_results(page, count=20)
    assert results[0] == "/sxsh/en/lien-he/"
    assert all(path.startswith("/sxsh/en/") for path in results)


def test_vietnamese_pages_show_vietnamese_results(page: object, sub_path_url: str) -> None:
    page.goto(sub_path_url + "lien-he/")
    box = _open_search(page)
    box.press_sequentially("sxsh", delay=30)
    results = _first_results(page, count=50)
    assert not [path for path in results if path.startswith("/sxsh/en/")]
