"""A legal document's metadata, as Decree 42/2022/NĐ-CP asks a state website to publish it (form, issuing
body, number and symbol, dates of issue and effect, summary, where to get the text), from
`data/legal-documents.yml`, with what holds today."""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import urlsplit

from scripts.content.schema import LEGAL_DOCUMENTS
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, format_date, table
from scripts.pages.source_list import sources_line

WORDS = {
    "file": {"vi": "Toàn văn", "en": "Full text"},
    "not_given": {"vi": "Không ghi trong các nguồn đã dẫn", "en": "Not given in the sources cited"},
    "not_here": {"vi": "Chưa có trên trang này", "en": "Not on this site"},
    "read_at": {"vi": "Đọc tại", "en": "Read it at"},
}


def _label(name: str, language: str) -> str:
    field = LEGAL_DOCUMENTS.field(name)
    return field.label_vi if language == "vi" else field.label_en


def _date(record: dict, name: str, language: str) -> str:
    value = record.get(name)
    return format_date(value, language) if isinstance(value, dt.date) else ""


def _where_to_read(record: dict, context: RenderContext) -> str:
    """`file`: the site's own copy of the text, or the address of a published text (named by the source
    that has the same address); without it, a plain "not on this site"."""
    language = context.language
    where = record.get("file")
    if not where:
        return WORDS["not_here"][language]
    if not where.startswith(("https://", "http://")):
        name = where.rsplit("/", 1)[-1]
        return f'<a href="{html.escape(context.href_to_shared(where))}">{html.escape(name, quote=False)}</a>'
    source = next((r for r in context.site.data.get("sources", []) if r.get("url") == where), None)
    name = source["publisher"][language] if source else urlsplit(where).netloc
    return f'{WORDS["read_at"][language]}: <a href="{html.escape(where)}">{html.escape(name, quote=False)}</a>'


def legal_metadata(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render legal-metadata id=luat-77-2025 -->``: one document's metadata table and its sources."""
    language = context.language
    wanted = args["id"]
    record = next((r for r in context.site.data["legal-documents"] if r["id"] == wanted), None)
    if record is None:
        raise KeyError(f"id={wanted}")
    if not record.get("summary") and not record.get("about"):
        raise ValueError(f"{wanted}: write `summary` (the official trích yếu) or `about`")
    effective = _date(record, "effective", language)
    if record.get("effective_note"):
        effective = (effective + " " if effective else "") + record["effective_note"][language]
    summary_field = "summary" if record.get("summary") else "about"
    rows = [
        [_label("form", language), record["form"][language]],
        [_label("number", language), record["number"]],
        [_label("issuer", language), record["issuer"][language]],
        [_label("issued", language), _date(record, "issued", language) or WORDS["not_given"][language]],
        [_label("effective", language), cell(effective) or WORDS["not_given"][language]],
        *([[_label("status", language), cell(record["status"][language])]] if record.get("status") else []),
        [_label(summary_field, language), cell(record[summary_field][language])],
        [WORDS["file"][language], _where_to_read(record, context)],
    ]
    return table(["", ""], rows, header_hidden=True) + sources_line(record["sources"], context)
