"""The language switcher of pages that belong to no page of the other language."""

from __future__ import annotations

from urllib.parse import urlsplit


def home_alternates(alternates: list[dict] | None, site_url: str | None) -> list[dict] | None:
    """Each language's entry pointed at that language's home page.

    mkdocs-static-i18n renders the 404 page after all the others, with the language links of
    the last page built (a glossary page, say); on a page that does not exist, "English"
    should lead to the English home page."""
    if not alternates:
        return alternates
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    homes = []
    for alternate in alternates:
        # The link is the last page's, relative to the site ("en/so-tay/") or absolute ("/sxsh/en/so-tay/").
        link = alternate.get("link", "")
        relative = link[len(base):] if link.startswith(base) else link.lstrip("/")
        language_folder = f"{alternate.get('lang', '')}/"
        home = base + language_folder if relative.startswith(language_folder) else base
        homes.append({**alternate, "link": home})
    return homes
