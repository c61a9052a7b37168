"""Navigation without a hand-written `nav:`: MkDocs builds the tree from the
folders, and we order and name it from the front matter, so a new page never
needs an edit of mkdocs.yml.

- top-level sections follow `extra.section_order` in mkdocs.yml;
- a section is named by its `index.md` (``nav_title`` or ``title``);
- inside a section: the index first, then ``part``, worked examples after
  real cases, then ``order``, then news by date (newest first), then title.
"""

from __future__ import annotations

import datetime as dt
import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from scripts.content.sources import Site, SourcePage, language_of
from scripts.site_model import load as site_model


def order(nav: Navigation, site: Site, config: MkDocsConfig) -> Navigation:
    language = config.theme.get("language", site_model().default_language)
    section_order = list(config.extra.get("section_order", []))
    _order_children(nav.items, site, language)

    def top_key(item: object) -> tuple:
        if isinstance(item, Page):
            return (-1, 0)
        folder = _folder(item)
        return (section_order.index(folder) if folder in section_order else len(section_order), folder)

    nav.items.sort(key=top_key)
    _relink(nav)
    return nav


def source_of(page: Page, site: Site, language: str) -> SourcePage | None:
    url_path, _ = language_of(page.file.src_uri)
    return site.page(url_path, language) or site.page(url_path, "vi")


def _order_children(items: list, site: Site, language: str) -> None:
    for item in items:
        if isinstance(item, Section):
            index = _index_source(item, site, language)
            if index is not None:
                item.title = index.meta.get("nav_title") or index.meta["title"]
            _order_children(item.children, site, language)
        elif isinstance(item, Page):
            source = source_of(item, site, language)
            if source is not None and source.meta.get("nav_title"):
                # The menu label only; Material's <title> and the page's <h1> keep the full title.
                item.title = source.meta["nav_title"]
    items.sort(key=lambda item: _key(item, site, language))


def _key(item: object, site: Site, language: str) -> tuple:
    source = _index_source(item, site, language) if isinstance(item, Section) else source_of(item, site, language)
    is_index = isinstance(item, Page) and item.file.name == "index"
    meta = source.meta if source else {}
    date = meta.get("date")
    newest_first = -date.toordinal() if isinstance(date, dt.date) else 0
    title = str(meta.get("title", ""))
    # Worked examples (invented cases) come after the real cases, never mixed in among them.
    example = meta.get("illustrative") is True
    return (0 if is_index else 1, meta.get("part", 0), example, meta.get("order", 10_000), newest_first, title)


def _index_source(section: Section, site: Site, language: str) -> SourcePage | None:
    folder = _folder(section)
    return site.page(f"{folder}/index.md", language) or site.page(f"{folder}/index.md", "vi")


def _folder(section: Section) -> str:
    """The folder a section stands for, from the shallowest page inside it."""
    pages = [child for child in section.children if isinstance(child, Page)]
    if pages:
        return posixpath.dirname(language_of(pages[0].file.src_uri)[0])
    return posixpath.dirname(_folder(next(c for c in section.children if isinstance(c, Section))))


def _relink(nav: Navigation) -> None:
    """Previous/next links follow the new order."""
    pages = nav.pages = _pages(nav.items)
    for before, page, after in zip([None, *pages[:-1]], pages, [*pages[1:], None], strict=True):
        page.previous_page, page.next_page = before, after


def _pages(items: list) -> list[Page]:
    found: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            found.append(item)
        elif isinstance(item, Section):
            found.extend(_pages(item.children))
    return found
