"""Link addresses for paper: every link in a page's text carries its full address in
``data-sx-url``, which the print stylesheet writes after the link text
(overrides/assets/stylesheets/print.css). On paper "Bước 2" means nothing without
the address a reader can type; the build knows it, the browser's CSS alone does not
(``attr(href)`` would print "../buoc-2/")."""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urljoin, urlsplit

_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>(?P<text>.*?)</a>", re.DOTALL)
_HREF = re.compile(r'\bhref="(?P<href>[^"]*)"')
_TAG = re.compile(r"<[^>]+>")
# Links that lead nowhere new on paper: within the page, and the heading permalinks and
# footnote arrows that Markdown adds.
_SKIP_CLASSES = re.compile(r'\bclass="[^"]*\b(headerlink|footnote-ref|footnote-backref)\b')


def add_print_urls(html: str, page_url: str) -> str:
    """``page_url`` is the page's own full address (site_url + page.url)."""
    def rewrite(match: re.Match) -> str:
        attributes = match["attributes"]
        href_match = _HREF.search(attributes)
        if not href_match or "data-sx-url" in attributes or _SKIP_CLASSES.search(attributes):
            return match[0]
        href = html_lib.unescape(href_match["href"])
        if not href or href.startswith("#"):
            return match[0]
        address = urljoin(page_url, href)
        if urlsplit(address).scheme not in ("http", "https", "mailto", "tel"):
            return match[0]
        shown = address.split(":", 1)[1] if urlsplit(address).scheme in ("mailto", "tel") else address
        text = html_lib.unescape(_TAG.sub("", match["text"])).strip()
        if text in (shown, address, shown.removeprefix("https://").removeprefix("http://").rstrip("/")):
            return match[0]  # the text already is the address
        return f'<a{attributes} data-sx-url="{html_lib.escape(shown, quote=True)}">{match["text"]}</a>'

    return _LINK.sub(rewrite, html)
