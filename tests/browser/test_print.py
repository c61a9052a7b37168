"""Printing an article (Decree 42/2022 asks for a print function on each one): Chromium prints
pages to PDF; the text of the PDF (poppler's pdftotext) holds the article and none of the
navigation, links carry their addresses, and long tables repeat their header row."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.quality.site_pages import base_path
from tests.conftest import serve

pytestmark = pytest.mark.browser

# The programme page (legal metadata, long tables), a handbook chapter (the first one of the
# method part when it exists, else the handbook's front page), and the English programme page.
ARTICLES = ["programme", "handbook", "programme-en"]


def article_path(site: Path, kind: str) -> str:
    if kind == "programme":
        return "chuong-trinh/"
    if kind == "programme-en":
        return "en/chuong-trinh/"
    chapters = sorted(page.parent.relative_to(site).as_posix() + "/" for page in (site / "so-tay").glob("*/*/index.html"))
    method = [chapter for chapter in chapters if chapter.startswith("so-tay/phuong-phap/")]
    return (method or chapters or ["so-tay/"])[0]

# Texts of the screen furniture that must not be on paper: navigation entries not named in the
# article, the search box, the footer's previous/next links, the print button itself.
FURNITURE = """() => {
  const article = document.querySelector("article").innerText;
  const texts = [...document.querySelectorAll(
      ".md-sidebar--primary .md-nav__link, .md-footer__title, .md-footer__direction, .md-search__input, .sx-print-page, .md-skip")]
    .map(element => (element.placeholder || element.innerText || "").trim())
    .filter(text => text.length > 3 && !article.includes(text));
  return [...new Set(texts)];
}"""


@pytest.fixture(scope="module")
def served(built_site: Path) -> Iterator[str]:
    server, url = serve(built_site, base_path(built_site))
    yield url
    server.shutdown()


def pdf_text(page: object, tmp_path: Path, name: str) -> list[str]:
    """The printed pages' text, one string per sheet, with spaces and line breaks made single spaces."""
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(sheet.split()) for sheet in text.split("\f") if sheet.strip()]


def squeeze(text: str) -> str:
    # pdftotext joins a word broken at a hyphen at the end of a line and drops the hyphen
    return re.sub(r"[\s\-‐]+", "", text)


def article_facts(page: object) -> dict:
    return page.evaluate("""() => {
      const article = document.querySelector("article");
      const paragraphs = [...article.querySelectorAll(":scope > p")].map(p => p.innerText.trim()).filter(t => t.length > 40);
      const link = article.querySelector("a[data-sx-url]");
      return {title: article.querySelector("h1").innerText.replace(/¶$/, "").trim(), paragraph: paragraphs[0] || "",
              last: paragraphs[paragraphs.length - 1] || "", address: link ? link.dataset.sxUrl : null};
    }""")


@pytest.mark.parametrize("kind", ARTICLES)
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_printed_article_holds_the_article_and_no_navigation(browser: object, built_site: Path, served: str, tmp_path: Path,
                                                             kind: str, javascript: bool) -> None:
    path = article_path(built_site, kind)
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(served + path, wait_until="load")
    facts = article_facts(page)
    furniture = page.evaluate(FURNITURE)
    sheets = pdf_text(page, tmp_path, path.replace("/", "-") + str(javascript))
    context.close()
    whole = " ".join(sheets)
    assert facts["title"] in whole
    assert squeeze(facts["paragraph"]) in squeeze(whole)
    assert squeeze(facts["last"]) in squeeze(whole)
    assert furniture, "found no navigation to look for"
    assert [text for text in furniture if text in whole] == []
    if facts["address"]:  # links carry their full address on paper
        assert squeeze(facts["address"]) in squeeze(whole)


def test_long_table_repeats_its_header_on_every_sheet(page: object, served: str, tmp_path: Path) -> None:
    page.goto(served + "chuong-trinh/", wait_until="load")
    # The header row of the page's longest table (its first two cells, which print side by side).
    header = page.evaluate("""() => {
      const tables = [...document.querySelectorAll("article table")].filter(t => t.tHead);
      const longest = tables.sort((a, b) => b.rows.length - a.rows.length)[0];
      return [...longest.tHead.rows[0].cells].slice(0, 2).map(cell => cell.innerText).join(" ");
    }""")
    # Small sheets make the table run over several of them. The columns of the body print side by
    # side, so pdftotext interleaves their lines; the header row stays in one piece.
    pdf = tmp_path / "table.pdf"
    page.pdf(path=str(pdf), width="148mm", height="120mm")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    with_header = [number for number, sheet in enumerate(text.split("\f")) if squeeze(header) in squeeze(sheet)]
    assert len(with_header) > 2, f"header {header!r} printed on sheets {with_header} only"
    assert with_header == list(range(with_header[0], with_header[-1] + 1)), "a sheet of the table has no header"


def test_print_button_on_articles_only(page: object, served: str) -> None:
    page.goto(served + "chuong-trinh/", wait_until="load")
    button = page.get_by_role("button", name="In trang này")
    assert button.is_visible()
    page.evaluate("window.print = () => { window.sxPrinted = true; }")
    button.click()
    assert page.evaluate("window.sxPrinted === true")
    page.goto(served + "en/chuong-trinh/", wait_until="load")
    assert page.get_by_role("button", name="Print this page").is_visible()
    page.goto(served, wait_until="load")
    assert page.locator(".sx-print-page").count() == 0


def test_print_button_stays_hidden_without_javascript(browser: object, served: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + "chuong-trinh/", wait_until="load")
    assert page.locator(".sx-print-page").count() == 1
    assert not page.locator(".sx-print-page").is_visible()
    context.close()
