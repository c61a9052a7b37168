"""Lists of pages generated from front matter: a section's contents and the latest items."""

from __future__ import annotations

import datetime as dt
import html
import posixpath

from scripts.content.schema import LEAFLET
from scripts.content.sources import SourcePage, summary_of
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, format_date

DATED_TYPES = ("news", "qa", "case")
LATEST_COUNT = 6
NOTHING_YET = {
    "vi": "Mục này chưa có bài nào.",
    "en": "There is nothing in this section yet.",
}


def pages_for(context: RenderContext, folder: str) -> list[SourcePage]:
    """Pages of a folder and its sub-folders' index pages, in the context's language
    (Vietnamese when not translated); the folder's own index is left out."""
    chosen: dict[str, SourcePage] = {}
    for page in context.site.pages:
        parent, name = posixpath.split(page.url_path)
        is_child_page = parent == folder and name != "index.md"
        is_subfolder = name == "index.md" and posixpath.dirname(parent) == folder and parent != folder
        if not (is_child_page or is_subfolder):
            continue
        if page.language == context.language or page.url_path not in chosen:
            chosen[page.url_path] = page
    return sorted(chosen.values(), key=_sort_key)


def _sort_key(page: SourcePage) -> tuple:
    date = page.meta.get("date")
    newest_first = -date.toordinal() if isinstance(date, dt.date) else 0
    return (page.meta.get("part", 0), page.meta.get("order", 10_000), newest_first, page.meta["title"])


def _item(context: RenderContext, page: SourcePage, pdfs: list[dict] | None = None) -> str:
    summary = summary_of(page.meta)
    date = page.meta.get("date")
    dated = f" <small>({format_date(date, context.language)})</small>" if isinstance(date, dt.date) else ""
    line = f"- [{cell(page.meta['title'])}]({context.link_to(page.url_path)}){dated}"
    # Raw HTML for the PDFs: MkDocs would report a Markdown link to a file outside docs/ as missing (the
    # PDFs are copied in after the pages are written); the post-build link check verifies these hrefs.
    links = " · ".join(f'<a href="{html.escape(item["href"])}" type="application/pdf">{html.escape(item["label"])}</a>'
                       f" ({html.escape(item['details'])})" for item in pdfs or [])
    return line + (f"  \n  {cell(summary)}" if summary else "") + (f"  \n  {links}" if links else "")


def _publication_item(context: RenderContext, page: SourcePage, manifest: dict[str, dict],
                      pdfs: list[dict] | None) -> str:
    """A publication in the list: its first page's thumbnail, then its title, summary and PDFs."""
    from scripts.pdf import site_links  # imported when used: the PDF step imports this module

    picture = site_links.list_preview(page.url_path, str(page.meta["title"]), context.language, context.href_to,
                                      manifest)
    line = _item(context, page, pdfs)
    return f"- {picture} {line[2:]}" if picture else line


def pages_in_folder(context: RenderContext, args: dict[str, str]) -> str:
    folder = args.get("folder", posixpath.dirname(context.url_path))
    pages = pages_for(context, folder)
    if not pages:
        return f"\n{NOTHING_YET[context.language]}\n"
    if folder == LEAFLET.folder:
        from scripts.pdf import site_links  # the PDF step imports this module: import at call time

        manifest = site_links.read_manifest()
        pdfs = _publication_pdfs(context, pages, manifest)
        items = "\n".join(_publication_item(context, page, manifest, pdfs.get(page.url_path))
                          if page.content_type is LEAFLET else _item(context, page) for page in pages)
        return f'\n<div class="sx-publications" markdown>\n\n{items}\n\n</div>\n'
    return "\n" + "\n".join(_item(context, page) for page in pages) + "\n"


def _publication_pdfs(context: RenderContext, pages: list[SourcePage], manifest: dict[str, dict]
                      ) -> dict[str, list[dict]]:
    """Each publication's PDFs in this language, as its own page offers them (none when they were not
    rendered, or when the list shows the Vietnamese page for want of a translation)."""
    from scripts.pdf import site_links

    return {page.url_path: site_links.list_links_for(page.url_path, context.language, manifest, context.url_path)
            for page in pages if page.content_type is LEAFLET and page.language == context.language}


def latest(context: RenderContext, args: dict[str, str]) -> str:
    count = int(args.get("count", LATEST_COUNT))
    chosen: dict[str, SourcePage] = {}
    for page in context.site.pages:
        if page.content_type.name in DATED_TYPES and (page.language == context.language or page.url_path not in chosen):
            chosen[page.url_path] = page
    newest = sorted(chosen.values(), key=lambda p: (p.meta.get("date") or dt.date.min), reverse=True)[:count]
    if not newest:
        return f"\n{NOTHING_YET[context.language]}\n"
    return "\n" + "\n".join(_item(context, page) for page in newest) + "\n"
