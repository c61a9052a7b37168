"""Every HTML page of a built site, and the URL path each one is served at."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

# Folders of the built site that are not pages for readers; each is left out of the page checks
# (axe, reflow, HTML validity, page weight), with its reason.
NOT_PAGES: dict[str, str] = {
    "admin/": "the editors' CMS (Decap): a JavaScript application for editors behind the forge's login, "
              "several megabytes by design, served with its own Content-Security-Policy "
              "(deploy/nginx/sxsh.conf); its own browser test covers it",
}


def html_pages(site: Path) -> list[Path]:
    """All ``.html`` files of the built site, both languages, in a stable order."""
    pages = [path for path in site.rglob("*.html") if not any(path.relative_to(site).as_posix().startswith(prefix)
                                                                 for prefix in NOT_PAGES)]
    return sorted(pages, key=lambda path: path.relative_to(site).as_posix())


def url_path(site: Path, page: Path) -> str:
    """The path of ``page`` relative to the site's root URL, as a reader types it (``so-tay/`` for ``so-tay/index.html``)."""
    relative = page.relative_to(site).as_posix()
    if relative == "index.html":
        return ""
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


def base_path(site: Path) -> str:
    """The URL path the site was built for (``/sxsh/``), read from its sitemap. Pages with absolute
    links (MkDocs writes the 404 page that way) only work when served under this path."""
    match = re.search(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    return urlsplit(match.group(1)).path if match else "/"
