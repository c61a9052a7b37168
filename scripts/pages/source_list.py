"""Sources as readers see them: a linked list at the end of a page (``<!-- render sources -->``) and a
line under a table made from `data/`. Each publication is described once, in `data/sources.yml`."""

from __future__ import annotations

import datetime as dt
import html

from scripts.content.schema import SOURCES
from scripts.pages.context import RenderContext
from scripts.pages.markdown import MONTHS_EN, format_date


def _registry(context: RenderContext) -> dict[str, dict]:
    return {record["id"]: record for record in context.site.data.get("sources", [])}


def published(date: str, language: str) -> str:
    """"2026-01-08" -> "8/1/2026" / "8 January 2026"; "2012-02" -> "2/2012" / "February 2012"; "2012" stays."""
    parts = [int(part) for part in date.split("-")]
    if len(parts) == 3:
        return format_date(dt.date(*parts), language)
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}" if language == "vi" else f"{MONTHS_EN[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def _href(url: str, context: RenderContext) -> str:
    # A file of the site (the decision's full text) is published once, at the root, for both languages.
    return url if url.startswith(("https://", "http://")) else context.href_to_shared(url)


def _entry(ref: dict, record: dict, context: RenderContext, language: str) -> str:
    """One source as HTML: the linked title, then publisher, date, where in it, and the note for readers."""
    title = html.escape(record["title"][language], quote=False)
    if record.get("url"):
        title = f'<a href="{html.escape(_href(record["url"], context))}">{title}</a>'
    details = [html.escape(record["publisher"][language], quote=False)]
    if record.get("date"):
        details.append(published(record["date"], language))
    text = f"{title}, {', '.join(details)}"
    note = ref.get("note")
    if isinstance(note, dict):  # a data record's note, written in both languages
        note = note[language]
    if note:
        text += f" ({html.escape(note, quote=False)})"
    if record.get("note"):
        text += f". <em>{html.escape(record['note'][language], quote=False)}</em>"
    return text


def sources_section(context: RenderContext, args: dict[str, str]) -> str:
    """The page's `sources:` as a list under a "Nguồn" / "Sources" heading, in the language of the page's
    text (a Vietnamese-only page in the English site keeps its Vietnamese sources)."""
    page = context.site.page(context.url_path, context.language) or context.site.page(context.url_path, "vi")
    refs = page.meta.get("sources", []) if page is not None else []
    if not refs:
        raise ValueError("this page has no `sources:` in its front matter")
    if args.get("style") == "line":  # a leaflet panel: one short paragraph in small print
        return sources_line(refs, context, page.language)
    registry = _registry(context)
    heading = SOURCES.label_vi if page.language == "vi" else SOURCES.label_en
    items = "\n".join(f"<li>{_entry(ref, registry[ref['id']], context, page.language)}</li>" for ref in refs)
    # An HTML list, not Markdown: the entries are links with their own escaping, also in the PDFs.
    return f"\n## {heading}\n\n<ul class=\"sx-sources\">\n{items}\n</ul>\n"


def sources_line(refs: list[dict], context: RenderContext, language: str | None = None) -> str:
    """Sources, each once, as one short line: under a table made from data records, or on a leaflet."""
    language = language or context.language
    registry = _registry(context)
    unique = list({(ref["id"], str(ref.get("note", ""))): ref for ref in refs}.values())
    label = SOURCES.label_vi if language == "vi" else SOURCES.label_en
    entries = "; ".join(_entry(ref, registry[ref["id"]], context, language) for ref in unique)
    return f'\n<p class="sx-source">{label}: {entries}.</p>\n'


def publishers_cell(refs: list[dict], context: RenderContext) -> str:
    """Who published a record's sources, linked, for a table with a source on every row."""
    registry = _registry(context)
    cells = []
    for source_id in dict.fromkeys(ref["id"] for ref in refs):
        record = registry[source_id]
        name = html.escape(record["publisher"][context.language], quote=False)
        cells.append(f'<a href="{html.escape(_href(record["url"], context))}">{name}</a>' if record.get("url") else name)
    return "; ".join(cells)


def sources_text(refs: list[dict], context: RenderContext) -> str:
    """The same sources as plain text, for a page script that shows them (titles and publishers)."""
    registry = _registry(context)
    ids = dict.fromkeys(ref["id"] for ref in refs)
    return "; ".join(f"{registry[i]['title'][context.language]} ({registry[i]['publisher'][context.language]})" for i in ids)


def record_refs(records: list[dict]) -> list[dict]:
    """Every `sources:` entry of the given data records, in order."""
    return [ref for record in records for ref in record.get("sources", [])]

