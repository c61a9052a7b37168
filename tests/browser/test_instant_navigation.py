"""The page scripts start from Material's document$, so they work however the reader reached the page:
with navigation.instant on (off on the site as shipped), a page change swaps the content without
loading a new document, and the catalogue's filters, the SEC calculator, the self-assessment and the
print button still come alive on the page the reader moved to. (Within one language: an instant change
keeps the first page's <html lang> and language switcher, one reason the site ships without it.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.local_server import serve
from tests.conftest import build_site, copy_project

pytestmark = pytest.mark.browser

# A link added to the page and clicked, as a reader clicks one: Material's instant navigation takes it.
FOLLOW = """(href) => {
  const link = document.createElement("a");
  link.href = href;
  link.textContent = "next";
  document.querySelector("article").append(link);
  link.click();
}"""


@pytest.fixture(scope="module")
def instant_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("instant") / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    - navigation.indexes\n" in text
    assert "\nstrict: true\n" in text
    # Not strict: mkdocs-static-i18n warns that Material's language switcher keeps the first page's link
    # after an instant change (the header is not swapped). That is why the site ships without it.
    text = text.replace("\nstrict: true\n", "\nstrict: false\n")
    config.write_text(text.replace("    - navigation.indexes\n", "    - navigation.indexes\n    - navigation.instant\n"),
                      encoding="utf-8")
    site = project.parent / "site"
    site.mkdir()
    # Built for the address it is served at: Material maps the sitemap's addresses to the page's host but
    # not its port, so a site built for another address would make every change a full page load.
    server, url = serve(site, "/sxsh/")
    result = build_site(site, site_url=url, cwd=project, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if "WARNING" in line]
    assert warnings and all("language switcher contextual link is not compatible" in line for line in warnings)
    yield url
    server.shutdown()


def test_page_parts_work_after_an_instant_page_change(browser: object, instant_site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(instant_site, wait_until="networkidle")
    page.evaluate("window.sxSameDocument = true")
    for path, alive in (("mo-hinh/", ".sx-catalogue-filters:not([hidden]) input[name=technique]"),
                        ("du-lieu/dinh-muc-nang-luong/", "#sx-sec:not([hidden])"),
                        ("tu-danh-gia/", ".sx-assessment__actions:not([hidden])"),
                        ("mo-hinh/", ".sx-catalogue-filters:not([hidden]) input[name=technique]")):
        page.evaluate(FOLLOW, instant_site + path)
        page.wait_for_url(instant_site + path)
        page.locator(alive).first.wait_for()
        assert page.evaluate("window.sxSameDocument === true"), f"{path}: the page was loaded again, not swapped"
        page.locator(".sx-print-page:not(.sx-print-page--waiting)").wait_for()
    # The catalogue reached by an instant change filters and adds up as on a fresh load.
    summary = page.locator(".sx-catalogue [role=status]")
    before = summary.text_content()
    page.locator("input[name=technique]").nth(1).check()
    page.wait_for_function("(text) => document.querySelector('.sx-catalogue [role=status]').textContent !== text",
                           arg=before)
    context.close()
    assert errors == []
