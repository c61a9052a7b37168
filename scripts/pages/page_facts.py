"""Facts about a page that the templates show: which languages it exists in,
when it was last updated, and where an editor corrects it."""

from __future__ import annotations

import datetime as dt

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from scripts.content.sources import Site
from scripts.pages.markdown import format_date
from scripts.pages.navigation import source_of

NOTES = {
    # (language of the build, language of the text shown) -> note
    ("vi", "vi"): "Trang này chưa có bản tiếng Anh. / This page has no English version yet.",
    ("en", "vi"): "This page is available in Vietnamese only; the English version is being prepared.",
}


def add(context: dict, page: Page, site: Site, language: str, config: MkDocsConfig,
        commit_dates: dict[str, dt.date] | None = None) -> None:
    source = source_of(page, site, language)
    if source is None:
        return
    facts: dict = {}
    other = "en" if language == "vi" else "vi"
    if source.language != language or site.translation_of(source, other) is None:
        facts["language_note"] = NOTES.get((language, source.language))
        facts["text_language"] = source.language
    # The front matter's date first; else when the file was last committed.
    updated = source.meta.get("updated") or source.meta.get("date") or (commit_dates or {}).get(source.source)
    if isinstance(updated, dt.date):
        page.meta["revision_date"] = format_date(updated, language)
    if config.repo_url and config.edit_uri:
        page.edit_url = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/{source.source}"
    context["sx"] = facts
