"""Keyboard in Chromium: every control on the page is reached with Tab and shows where the focus
is (WCAG 2.1.1, 2.4.7). Reflow at 320 px (400 % zoom) is checked on every page by the same pass
that runs axe (test_accessibility.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.quality.site_pages import base_path, html_pages, url_path
from tests.conftest import serve

pytestmark = pytest.mark.browser

# Interactive pages (catalogue filters, calculators, the self-assessment): a form in the article,
# or an element marked with this attribute. The keyboard test tabs through each of them.
WIDGET = "data-sx-widget"
WIDGET_ROOTS = f"[{WIDGET}], article form"


def is_interactive(html: str) -> bool:
    article = html[html.find("<article"):html.find("</article>")]
    return WIDGET in html or re.search(r"<form\b", article) is not None

# The element that has the focus: what it is, whether it can be seen, and whether its focus
# indicator can (an outline or a box shadow of non-zero width).
FOCUSED = """() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== "none"
    && !/^(rgba\\(0, 0, 0, 0\\)|transparent) 0px 0px 0px 0px$/.test(style.boxShadow);
  window.sxTabStops = window.sxTabStops || new WeakSet();
  const again = window.sxTabStops.has(element);
  window.sxTabStops.add(element);
  const id = element.id ? "#" + element.id : "";
  const name = (element.getAttribute("aria-label") || element.textContent || element.getAttribute("href") || "").trim().slice(0, 40);
  return {key: element.tagName.toLowerCase() + id + " " + name, again: again, reach: element.dataset.sxReach || null,
          indicator: outline || shadow, visible: box.width > 0 && box.height > 0};
}"""

# Every control a keyboard user should reach: visible links, buttons, fields, tab stops; each is
# numbered (data-sx-reach) so that the Tab walk can tell which it reached. The radio buttons of a
# group share one number: Tab enters the group once and the arrow keys move inside it.
REACHABLE = """() => {
  const groups = new Map();
  const controls = [...document.querySelectorAll(
      "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]")]
    .filter(element => element.tabIndex >= 0 && !element.closest("[hidden], [inert]"))
    .filter(element => { const box = element.getBoundingClientRect();
                         return box.width > 0 && box.height > 0 && element.checkVisibility({visibilityProperty: true}); });
  const names = [];
  for (const element of controls) {
    const group = element.type === "radio" && element.name ? (element.form ? element.form.id : "") + "/" + element.name : null;
    if (group && groups.has(group)) { element.dataset.sxReach = String(groups.get(group)); continue; }
    const index = names.length;
    if (group) groups.set(group, index);
    element.dataset.sxReach = String(index);
    const name = element.getAttribute("aria-label") || element.textContent || element.getAttribute("href") || element.name || "";
    names.push(element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") + " " + name.trim().slice(0, 40));
  }
  return names;
}"""


@pytest.fixture(scope="module")
def served(built_site: Path) -> Iterator[str]:
    """The site under the path it was built for."""
    server, url = serve(built_site, base_path(built_site))
    yield url
    server.shutdown()


def tab_through(page: object, limit: int = 400) -> list[dict]:
    """Press Tab from the top of the page until the focus leaves the page or comes round again."""
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or focused["again"]:
            break
        stops.append(focused)
    return stops


def assert_keyboard_works(page: object) -> None:
    reachable = page.evaluate(REACHABLE)
    stops = tab_through(page)
    assert stops, "Tab reaches nothing"
    assert [stop["key"] for stop in stops if not stop["visible"]] == [], "focus on something that cannot be seen"
    assert [stop["key"] for stop in stops if not stop["indicator"]] == [], "focus without a visible outline"
    reached = {int(stop["reach"]) for stop in stops if stop["reach"] is not None}
    assert [key for index, key in enumerate(reachable) if index not in reached] == [], "controls Tab never reaches"


@pytest.mark.parametrize("path", ["", "en/"])
def test_tab_reaches_every_control_of_the_home_page_with_a_visible_focus(page: object, served: str, path: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served + path, wait_until="load")
    assert_keyboard_works(page)


def test_search_by_keyboard_alone(page: object, served: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served + "lien-he/", wait_until="load")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-md-component=search-query]')"):
            break
    else:
        pytest.fail("Tab never reaches the search box")
    assert page.evaluate(FOCUSED)["indicator"], "the search box shows no focus"
    page.keyboard.type("dang ky danh gia", delay=20)
    # The list of the whole query: a list answering "dang ky danh" would be redrawn under the focus.
    page.wait_for_selector(".md-search__scrollwrap[data-sx-answers='dang ky danh gia'] .md-search-result__item a",
                           timeout=10_000)
    for _ in range(10):
        page.keyboard.press("ArrowDown")
        if page.evaluate("document.activeElement.matches('.md-search-result__link, .md-search-result__item a')"):
            break
    else:
        pytest.fail("the arrow keys never reach a search result")
    assert page.evaluate(FOCUSED)["indicator"], "the focused search result shows no focus"
    before = page.url
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != before)
    assert "/lien-he/" in page.url or "/hoi-dap/" in page.url or "/tai-lieu/" in page.url


def test_interactive_pages_work_by_keyboard(page: object, built_site: Path, served: str) -> None:
    pages = [url_path(built_site, file) for file in html_pages(built_site) if is_interactive(file.read_text(encoding="utf-8"))]
    if not pages:
        pytest.skip(f"no catalogue, calculator or questionnaire page yet (a form in the article, or {WIDGET})")
    page.set_viewport_size({"width": 1280, "height": 900})
    for path in pages:
        page.goto(served + path, wait_until="load")
        assert_keyboard_works(page)
        widget_controls = page.evaluate(f"""() => [...document.querySelectorAll("{WIDGET_ROOTS}")].map(root =>
            root.querySelectorAll("a[href], button, input, select, textarea, [tabindex]").length)""")
        assert all(count > 0 for count in widget_controls), f"/{path}: a widget without any control"


# Each word of the page's title, by its boxes on screen: a word split over two lines has two. A line may
# end after a hyphen or a dash ("self-", "2013–"), so the parts between them are the words measured.
SPLIT_WORDS = """() => {
  const title = document.querySelector("article h1");
  const split = [];
  const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[^\\s\\-–]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}"""


def test_no_title_word_is_broken_on_a_phone(browser: object, site_url: str, built_site: Path) -> None:
    # The long English words next to the page's print button were the ones that broke ("Publicatio-ns").
    pages = [url_path(built_site, page) for page in html_pages(built_site)
             if url_path(built_site, page).count("/") <= 2 and "<article" in page.read_text(encoding="utf-8")]
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    tab = context.new_page()
    broken = {}
    for page in pages:
        tab.goto(site_url + page)
        tab.evaluate("document.fonts.ready.then(() => true)")  # words are measured in the site's own font
        if tab.locator("article h1").count():
            split = tab.evaluate(SPLIT_WORDS)
            if split:
                broken[page] = split
    context.close()
    assert len(pages) > 20 and broken == {}
