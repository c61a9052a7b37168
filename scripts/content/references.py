"""Checks across files: every record of a data collection is named once (its key), and every field that names
another record (``Field.refers``: a source, a norm, a page) names one that exists — with the line it is written on."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .problems import Problem
from .schema import DATA_COLLECTIONS, Field, page_type_for

if TYPE_CHECKING:
    from .sources import Site

PAGE = "page"


def _walk(values: dict, fields: tuple[Field, ...], prefix: str = "") -> Iterator[tuple[str, Field, object]]:
    """(field name as the Reader records its line, its schema field, its value) for every value, nested ones too."""
    for spec in fields:
        if spec.name not in values:
            continue
        name, value = f"{prefix}{spec.name}", values[spec.name]
        if spec.kind == "object" and isinstance(value, dict):
            yield from _walk(value, spec.fields, f"{name}.")
        elif spec.kind == "list" and spec.item is not None and isinstance(value, list):
            for index, item in enumerate(value, start=1):
                if spec.item.kind == "object" and isinstance(item, dict):
                    yield from _walk(item, spec.item.fields, f"{name}[{index}].")
                else:
                    yield f"{name}[{index}]", spec.item, item
        else:
            yield name, spec, value


def check_keys(site: Site) -> list[Problem]:
    problems = []
    for collection in DATA_COLLECTIONS:
        lines = site.data_lines.get(collection.name, {})
        seen: dict[object, int] = {}
        for index, record in enumerate(site.data.get(collection.name, []), start=1):
            if collection.key not in record:
                continue
            value, line = record[collection.key], lines.get(f"[{index}].{collection.key}", 1)
            if value in seen:
                problems.append(Problem(
                    f"data/{collection.folder}", line, f"[{index}].{collection.key}",
                    f"“{collection.key}: {value}” đã có ở dòng {seen[value]} — mỗi bản ghi một {collection.key} riêng;"
                    " gộp hai bản ghi hoặc đổi một giá trị",
                    f"“{collection.key}: {value}” is already used on line {seen[value]} — each record needs its own"
                    f" {collection.key}; merge the two records or change one value",
                ))
            else:
                seen[value] = line
    return problems


def check_references(site: Site) -> list[Problem]:
    keys = {c.name: {r[c.key] for r in site.data.get(c.name, []) if c.key in r} for c in DATA_COLLECTIONS}
    keys[PAGE] = {page.url_path for page in site.pages}
    problems = []
    for page in site.pages:
        for name, spec, value in _walk(page.meta, page.content_type.fields):
            if spec.refers:
                problems.extend(_missing(page.source, name, page.lines.get(name, 1), spec, value, keys))
    for collection in DATA_COLLECTIONS:
        lines = site.data_lines.get(collection.name, {})
        for index, record in enumerate(site.data.get(collection.name, []), start=1):
            for name, spec, value in _walk(record, collection.fields, f"[{index}]."):
                if spec.refers:
                    problems.extend(_missing(f"data/{collection.folder}", name, lines.get(name, 1), spec, value, keys))
    return problems


def _missing(path: str, name: str, line: int, spec: Field, value: object, keys: dict[str, set]) -> list[Problem]:
    known = keys.get(spec.refers, set())
    if value in known:
        return []
    close = difflib.get_close_matches(str(value), sorted(map(str, known)), n=1, cutoff=0.6)
    hint_vi = f" (có phải “{close[0]}”?)" if close else ""
    hint_en = f" (did you mean “{close[0]}”?)" if close else ""
    if spec.refers == PAGE:
        section = page_type_for(str(value)).folder or "so-tay"
        return [Problem(
            path, line, name,
            f"không có trang “{value}”{hint_vi} — viết đường dẫn của trang trong trang web, ví dụ"
            f" “{section}/…/ten-trang.md” (không có .vi, không có handbook/)",
            f"there is no page “{value}”{hint_en} — write the page's path in the site, e.g. “{section}/…/page-name.md”"
            " (no .vi, no handbook/)",
        )]
    folder = next(c.folder for c in DATA_COLLECTIONS if c.name == spec.refers)
    return [Problem(
        path, line, name,
        f"không có “{value}” trong data/{folder}{hint_vi} — viết mã của một bản ghi đã có, hoặc thêm bản ghi đó vào"
        f" data/{folder} trước",
        f"there is no “{value}” in data/{folder}{hint_en} — write the id of an existing record, or add that record to"
        f" data/{folder} first",
    )]
