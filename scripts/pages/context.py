"""What a generated page part knows about the page it is rendered into."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from scripts.content.sources import Site


@dataclass(frozen=True)
class RenderContext:
    site: Site
    language: str
    url_path: str  # the page's path in the site without language suffix, e.g. "hoi-dap/index.md"

    def link_to(self, url_path: str) -> str:
        """A Markdown link target from this page to another page (MkDocs checks and rewrites it)."""
        return posixpath.relpath(url_path, posixpath.dirname(self.url_path) or ".")

    def href_to(self, site_path: str) -> str:
        """An HTML href from this page's address to a file of the site, for raw HTML that MkDocs
        does not rewrite. With directory URLs "a/b.md" is served at "a/b/", one level deeper."""
        folder, name = posixpath.split(self.url_path)
        page_dir = folder if name == "index.md" else posixpath.join(folder, name.removesuffix(".md"))
        return posixpath.relpath(site_path, page_dir or ".")

    def href_to_page(self, url_path: str) -> str:
        """An HTML href from this page to another page given by its source path ("hoi-dap/x.md")."""
        folder, name = posixpath.split(url_path)
        target = folder if name == "index.md" else posixpath.join(folder, name.removesuffix(".md"))
        return self.href_to(target or ".").rstrip("/") + "/"
