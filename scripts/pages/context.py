"""What a generated page part knows about the page it is rendered into."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from scripts.content.sources import Site
from scripts.site_model import load as site_model


@dataclass(frozen=True)
class RenderContext:
    site: Site
    language: str
    url_path: str  # the page's path in the site without language suffix, e.g. "hoi-dap/index.md"
    site_url: str = ""  # mkdocs.yml's site_url (empty when a part is only being checked)

    def link_to(self, url_path: str) -> str:
        """A Markdown link target from this page to another page (MkDocs checks and rewrites it)."""
        return posixpath.relpath(url_path, posixpath.dirname(self.url_path) or ".")

    def href_to(self, site_path: str) -> str:
        """An HTML href from this page's address to a file of the site, for raw HTML that MkDocs
        does not rewrite. With directory URLs "a/b.md" is served at "a/b/", one level deeper."""
        return posixpath.relpath(site_path, self._page_dir() or ".")

    def href_to_page(self, url_path: str) -> str:
        """An HTML href to another page of the same language ("so-tay/x.md" -> "../so-tay/x/")."""
        return self.href_to(site_model().page_dir(url_path) or ".").rstrip("/") + "/"

    def href_to_shared(self, site_path: str) -> str:
        """An HTML href to a file published once at the site's root for every language (open data):
        the pages of another language are served under its folder, e.g. /en/du-lieu/du-lieu-mo/."""
        page_dir = site_model().page_address(self.url_path, self.language)
        return posixpath.relpath(site_path, page_dir or ".")

    def _page_dir(self) -> str:
        return site_model().page_dir(self.url_path)
