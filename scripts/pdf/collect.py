"""Stage 1: find the publications among the site's validated pages."""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass

from scripts.build_state import load_checked
from scripts.content.problems import ContentError
from scripts.content.schema import HANDBOOK_CHAPTER, LEAFLET
from scripts.content.sources import Site, SourcePage
from scripts.pages.context import RenderContext
from scripts.pages.listings import pages_for

from .config import SiteConfig

#: Leaflet format (front matter) -> folder of the print piece under pieces/.
PIECES = {"a4-gap-ba": "trifold", "a5-to-roi": "flyer", "a3-ap-phich": "poster", "a4-phieu": "form"}
#: Suffixes of the two files written per publication (Vietnamese: they are part of URLs).
SCREEN_SUFFIX = "man-hinh"
PRINT_SUFFIX = "in"


@dataclass(frozen=True)
class Publication:
    page: SourcePage
    piece: str
    slug: str
    language: str
    page_url: str  # the web page of this publication, printed as QR code and link
    site_path: str  # folder of the page inside the built site, e.g. "en/tai-lieu/x/"

    @property
    def date(self) -> dt.date:
        return self.page.meta["date"]

    def pdf_name(self, kind: str) -> str:
        return f"{self.slug}-{SCREEN_SUFFIX if kind == 'screen' else PRINT_SUFFIX}.pdf"


@dataclass(frozen=True)
class Book:
    """The handbook as a book in one language: its pages in the site's order."""

    page: SourcePage  # the handbook's home page; its web address is printed as QR code
    chapters: tuple[SourcePage, ...]  # the home page first, then each part's index and its chapters
    details: dict  # handbook/.book.yml (schema BOOK)
    language: str
    page_url: str
    site_path: str  # e.g. "en/so-tay/"
    piece: str = "book"

    @property
    def slug(self) -> str:
        return HANDBOOK_CHAPTER.folder

    @property
    def date(self) -> dt.date:
        return self.details["date"]

    def pdf_name(self, kind: str) -> str:
        return f"{self.slug}-{SCREEN_SUFFIX if kind == 'screen' else PRINT_SUFFIX}.pdf"


def load(config: SiteConfig) -> Site:
    """The same validation as the site build: a publication with errors is never printed."""
    site = load_checked(config.root, config.mounts)
    if site.problems:
        raise ContentError(site.problems)
    return site


def publications(site: Site, config: SiteConfig) -> list[Publication]:
    found = []
    for page in site.pages:
        if page.content_type is not LEAFLET:
            continue
        slug = posixpath.splitext(posixpath.basename(page.url_path))[0]
        site_path = config.model.page_address(page.url_path, page.language)
        target = page.meta.get("qr_target") or site_path
        page_url = target if "://" in target else config.site_url + target.lstrip("/")
        found.append(Publication(page, PIECES[page.meta["format"]], slug, page.language, page_url, site_path))
    return sorted(found, key=lambda p: (p.page.meta.get("order", 0), p.slug, p.language))


def book_order(site: Site, folder: str, language: str) -> list[SourcePage]:
    """A folder's pages in the order of the site's navigation: its index, then its pages and
    sub-folders by part and order (the same sort as the section lists, ``listings.pages_for``)."""
    url_path = f"{folder}/index.md"
    index = site.page(url_path, language) or site.page(url_path, "vi")
    ordered = [index] if index else []
    for page in pages_for(RenderContext(site, language, url_path), folder):
        if posixpath.basename(page.url_path) == "index.md":
            ordered += book_order(site, posixpath.dirname(page.url_path), language)
        else:
            ordered.append(page)
    return ordered


def books(site: Site, config: SiteConfig) -> list[Book]:
    """The handbook as a book in every language that has its home page."""
    folder = HANDBOOK_CHAPTER.folder
    found = []
    for language in config.languages:
        home = site.page(f"{folder}/index.md", language)
        if home is None or not site.book:
            continue
        found.append(Book(home, tuple(book_order(site, folder, language)), site.book, language,
                          config.public_url(home.url_path, language), config.model.page_address(home.url_path, language)))
    return found
