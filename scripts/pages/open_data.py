"""Open data: every structured collection of the site as JSON (with its JSON Schema) and as CSV.

The files are made in memory from the validated content, so the data page can state their sizes,
and written once into ``site/du-lieu/mo/`` after the Vietnamese build; the English data page links
to the same files. Output is deterministic: the same content gives the same bytes.

- JSON: a short header (title, licence, publisher) and the records. Page collections (case studies,
  Q&A) are bilingual: each text is ``{"vi": ..., "en": ...}`` (see scripts/content/json_schema.py).
- CSV: UTF-8 with a byte-order mark, so that Excel shows Vietnamese; one row per record. A collection
  with a main nested list (a case study's measures, a criterion's levels, an area's tasks) gets a
  second CSV with one row per item, led by the record's key columns; the first CSV gives the count.
  Translated texts get a column per language (``title_vi``, ``title_en``); other lists are joined
  with " | ".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import posixpath
from dataclasses import dataclass
from pathlib import Path

from scripts.content.json_schema import file_schema, translated
from scripts.content.schema import (
    ASSESSMENT_CRITERIA,
    ASSESSMENT_LEVELS,
    CASE,
    ENERGY_NORMS,
    LEGAL_DOCUMENTS,
    PROGRAMME_TARGETS,
    PROGRAMME_TASKS,
    QA,
    SECTOR_RECORDS,
    TECHNIQUE_RECORDS,
    ContentType,
    Field,
)
from scripts.content.sources import DEFAULT_LANGUAGE, LANGUAGES, Site
from scripts.pages.context import RenderContext
from scripts.pages.markdown import format_size, table
from scripts.site_model import load as site_model

FOLDER = "du-lieu/mo"
# The site's licence, as mkdocs.yml's `copyright` states it (a test holds the two together).
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
PUBLISHER = "Sở Công Thương thành phố Hải Phòng (Hai Phong Department of Industry and Trade)"
JOIN = " | "

PAGE_ID = Field("id", "path", "Mã (tên tệp của trang)", "Id (the page's file name)")
PAGE_URL = Field("url", "text", "Địa chỉ trang", "Page address")


@dataclass(frozen=True)
class Export:
    name: str  # file name without extension, under du-lieu/mo/
    content_type: ContentType
    explode: str = ""  # the nested list whose items get their own CSV, one row each
    items_name: str = ""  # that CSV's name: <name>-<items_name>.csv
    keys: tuple[str, ...] = ()  # the record's columns repeated on each item row
    page_fields: tuple[str, ...] = ()  # pages only: the front-matter fields exported (empty: all)

    @property
    def from_pages(self) -> bool:
        return self.content_type in (CASE, QA)

    @property
    def fields(self) -> tuple[Field, ...]:
        if not self.from_pages:
            return self.content_type.fields
        chosen = [f for f in self.content_type.fields if not self.page_fields or f.name in self.page_fields]
        return (PAGE_ID, PAGE_URL, *chosen)


EXPORTS = (
    Export("mo-hinh", CASE, explode="measures", items_name="giai-phap",
           keys=("id", "title", "illustrative", "sector", "assessment_year")),
    Export("hoi-dap", QA, page_fields=("title", "topic", "short_answer", "date")),
    Export("dinh-muc-nang-luong", ENERGY_NORMS),
    Export("muc-tieu-chuong-trinh", PROGRAMME_TARGETS),
    Export("phan-cong-thuc-hien", PROGRAMME_TASKS, explode="tasks", items_name="nhiem-vu", keys=("no", "area")),
    Export("tieu-chi-danh-gia", ASSESSMENT_CRITERIA, explode="levels", items_name="muc", keys=("id", "area", "criterion")),
    Export("muc-tu-danh-gia", ASSESSMENT_LEVELS),
    Export("nganh", SECTOR_RECORDS),
    Export("nhom-giai-phap", TECHNIQUE_RECORDS),
    Export("van-ban-phap-luat", LEGAL_DOCUMENTS),
)


# ---------------------------------------------------------------- records


def _plain(value: object) -> object:
    """JSON-ready: dates as YYYY-MM-DD, whole numbers without ".0"."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _merge(fields: tuple[Field, ...], vi: dict, en: dict | None) -> dict:
    """One bilingual record from the Vietnamese and English front matter (same field order as the schema)."""
    record = {}
    for field in fields:
        if field.name not in vi:
            continue
        value, other = vi[field.name], (en or {}).get(field.name)
        if translated(field):
            record[field.name] = {"vi": _plain(value), "en": _plain(other) if en is not None else None}
        elif field.kind == "object":
            record[field.name] = _merge(field.fields, value, other if isinstance(other, dict) else None)
        elif field.kind == "list" and field.item is not None and field.item.kind == "object":
            others = other if isinstance(other, list) else []
            record[field.name] = [_merge(field.item.fields, item, others[i] if i < len(others) else None)
                                  for i, item in enumerate(value)]
        else:
            record[field.name] = _plain(value)
    return record


def _page_url(site_url: str, language: str, url_path: str) -> str:
    address = site_model().page_address(url_path, language)
    return f"{site_url.rstrip('/')}/{address}" if site_url else address


def records(export: Export, site: Site, site_url: str) -> list[dict]:
    if not export.from_pages:
        return [_plain(r) for r in site.data[export.content_type.name]]
    result = []
    for url_path in sorted({p.url_path for p in site.pages if p.content_type is export.content_type}):
        vi, en = site.page(url_path, "vi"), site.page(url_path, "en")
        if vi is None:  # an English page without its Vietnamese original is reported elsewhere
            continue
        meta = {**vi.meta, "id": posixpath.basename(url_path).removesuffix(".md"),
                "url": _page_url(site_url, "vi", url_path)}
        en_meta = {**en.meta, "url": _page_url(site_url, "en", url_path)} if en else None
        result.append(_merge(export.fields, meta, en_meta))
    return result


# ---------------------------------------------------------------- CSV


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return JOIN.join(_cell(v) for v in value)
    if isinstance(value, dict):  # an item of a list joined into one cell, or an i18n value
        return " ".join(_cell(v["vi"] if isinstance(v, dict) and "vi" in v else v) for v in value.values())
    return str(value)


def _flatten(fields: tuple[Field, ...], record: dict, bilingual: bool, prefix: str = "") -> dict[str, str]:
    """Columns of one record, walking the schema, so every record has the same columns."""
    row: dict[str, str] = {}
    for field in fields:
        name, value = prefix + field.name, record.get(field.name)
        if field.kind == "i18n" or (bilingual and translated(field)):
            for language in LANGUAGES:
                row[f"{name}_{language}"] = _cell((value or {}).get(language))
        elif field.kind == "object":
            row |= _flatten(field.fields, value or {}, bilingual, name + "_")
        else:
            row[name] = _cell(value)
    return row


def _exploded(export: Export) -> Field | None:
    return next((f for f in export.fields if f.name == export.explode), None)


def _count_column(field: Field) -> str:
    return f"{field.name}_count"


def csv_rows(export: Export, items: list[dict]) -> list[dict[str, str]]:
    """One row per record; the exploded list (if any) is given as its number of items."""
    exploded = _exploded(export)
    rows = []
    for record in items:
        row = {}
        for field in export.fields:
            if field is exploded:
                row[_count_column(field)] = str(len(record.get(field.name) or []))
            else:
                row |= _flatten((field,), record, export.from_pages)
        rows.append(row)
    return rows


def item_rows(export: Export, items: list[dict]) -> list[dict[str, str]]:
    """One row per item of the exploded list, led by the record's key columns and the item's number."""
    exploded = _exploded(export)
    assert exploded is not None and exploded.item is not None
    keys = tuple(f for f in export.fields if f.name in export.keys)
    item_name = exploded.item.name
    rows = []
    for record in items:
        base = _flatten(keys, record, export.from_pages)
        for number, item in enumerate(record.get(exploded.name) or [], start=1):
            rows.append(base | {f"{item_name}_no": str(number)}
                        | _flatten(exploded.item.fields, item, export.from_pages, item_name + "_"))
    return rows


def _csv_bytes(rows: list[dict[str, str]], header: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _headers(export: Export) -> tuple[list[str], list[str]]:
    """The columns of the record CSV and of the item CSV, from the schema alone (the same with no record)."""
    exploded = _exploded(export)
    record_columns: list[str] = []
    for field in export.fields:
        record_columns += [_count_column(field)] if field is exploded else list(_flatten((field,), {}, export.from_pages))
    if exploded is None or exploded.item is None:
        return record_columns, []
    keys = tuple(f for f in export.fields if f.name in export.keys)
    item_name = exploded.item.name
    item_columns = [*_flatten(keys, {}, export.from_pages), f"{item_name}_no",
                    *_flatten(exploded.item.fields, {}, export.from_pages, item_name + "_")]
    return record_columns, item_columns


# ---------------------------------------------------------------- files


@dataclass(frozen=True)
class ExportFiles:
    export: Export
    records: int
    item_rows: int  # rows of the item CSV (0 when there is none)
    files: dict[str, bytes]  # file name -> content

    @property
    def items_file(self) -> str:
        return f"{self.export.name}-{self.export.items_name}.csv" if self.export.items_name else ""


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build(export: Export, site: Site, site_url: str) -> ExportFiles:
    items = records(export, site, site_url)
    title = {"vi": export.content_type.label_vi, "en": export.content_type.label_en}
    schema = file_schema(export.content_type, export.fields, export.from_pages, title)
    document = {"$schema": f"{export.name}.schema.json", "title": title, "licence": LICENCE,
                "licence_url": LICENCE_URL, "publisher": PUBLISHER, "records": items}
    record_columns, item_columns = _headers(export)
    files = {
        f"{export.name}.json": _json_bytes(document),
        f"{export.name}.schema.json": _json_bytes(schema),
        f"{export.name}.csv": _csv_bytes(csv_rows(export, items), record_columns),
    }
    rows = item_rows(export, items) if export.items_name else []
    if export.items_name:
        files[f"{export.name}-{export.items_name}.csv"] = _csv_bytes(rows, item_columns)
    return ExportFiles(export, len(items), len(rows), files)


def build_all(site: Site, site_url: str) -> list[ExportFiles]:
    """Every export, made once per build (the data page shows their sizes, the build writes them)."""
    return site.derive(("open data", site_url), lambda: [build(export, site, site_url) for export in EXPORTS])


def write(site_dir: Path, exports: list[ExportFiles]) -> int:
    """Write the files under ``site_dir``/du-lieu/mo/, only those whose bytes changed. Returns how many."""
    folder = site_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for export in exports:
        for name, content in export.files.items():
            target = folder / name
            if target.exists() and target.read_bytes() == content:
                continue
            target.write_bytes(content)
            written += 1
    return written


def write_for_build(site: Site, config: object) -> None:
    """Called after each language's build; the files are written once, with the default language."""
    if config.theme.get("language", DEFAULT_LANGUAGE) != DEFAULT_LANGUAGE:  # type: ignore[attr-defined]
        return
    write(Path(config.site_dir), build_all(site, config.site_url or ""))  # type: ignore[attr-defined]


# ---------------------------------------------------------------- the data page

WORDS = {
    "collection": {"vi": "Bộ dữ liệu", "en": "Collection"},
    "records": {"vi": "Số bản ghi", "en": "Records"},
    "schema": {"vi": "Lược đồ JSON", "en": "JSON Schema"},
    "one_row_per": {"vi": "mỗi dòng một {item} ({rows} dòng)", "en": "one row per {item} ({rows} rows)"},
}


def _link(context: RenderContext, name: str, size: int) -> str:
    return f'<a href="{context.href_to_shared(f"{FOLDER}/{name}")}">{name}</a> ({format_size(size, context.language)})'


def downloads_table(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render open-data -->``: every open-data file with its size, linked from either language."""
    language = context.language
    rows = []
    for built in build_all(context.site, context.site_url):
        export, files = built.export, built.files
        label = export.content_type.label_vi if language == "vi" else export.content_type.label_en
        csv_cell = _link(context, f"{export.name}.csv", len(files[f"{export.name}.csv"]))
        exploded = _exploded(export)
        if built.items_file and exploded is not None and exploded.item is not None:
            item = exploded.item.label_vi.lower() if language == "vi" else exploded.item.label_en.lower()
            csv_cell += (f"<br>{_link(context, built.items_file, len(files[built.items_file]))}: "
                         + WORDS["one_row_per"][language].format(item=item, rows=built.item_rows))
        rows.append([
            label,
            str(built.records),
            _link(context, f"{export.name}.json", len(files[f"{export.name}.json"])),
            csv_cell,
            _link(context, f"{export.name}.schema.json", len(files[f"{export.name}.schema.json"])),
        ])
    header = [WORDS["collection"][language], WORDS["records"][language], "JSON", "CSV", WORDS["schema"][language]]
    return table(header, rows)
