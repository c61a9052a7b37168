"""Stage 1: find the publications among the site's validated pages."""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass

from scripts.content.problems import ContentError
from scripts.content.schema import LEAFLET
from scripts.content.sources import Site, SourcePage, load_site
from scripts.pages.directives import check_directives

from .config import SiteConfig

#: Leaflet format (front matter) -> folder of the print piece under pieces/.
PIECES = {"a4-gap-ba": "trifold", "a5-to-roi": "flyer", "a3-ap-phich": "poster"}
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


def load(config: SiteConfig) -> Site:
    """The same validation as the site build: a publication with errors is never printed."""
    site = load_site(config.root, config.mounts)
    site.problems.extend(check_directives(site))
    if site.problems:
        raise ContentError(site.problems)
    return site


def publications(site: Site, config: SiteConfig) -> list[Publication]:
    found = []
    for page in site.pages:
        if page.content_type is not LEAFLET:
            continue
        slug = posixpath.splitext(posixpath.basename(page.url_path))[0]
        prefix = "" if page.language == config.default_language else f"{page.language}/"
        site_path = f"{prefix}{posixpath.dirname(page.url_path)}/{slug}/"
        target = page.meta.get("qr_target") or site_path
        page_url = target if "://" in target else config.site_url + target.lstrip("/")
        found.append(Publication(page, PIECES[page.meta["format"]], slug, page.language, page_url, site_path))
    return sorted(found, key=lambda p: (p.page.meta.get("order", 0), p.slug, p.language))
