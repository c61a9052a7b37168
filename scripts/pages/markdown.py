"""Small Markdown writers shared by the generated page parts."""

from __future__ import annotations

import datetime as dt
import html
import json

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, no stray pipe."""
    return " ".join(html.escape(str(text), quote=False).split()).replace("|", "&#124;")


def table(header: list[str], rows: list[list[str]], header_hidden: bool = False,
          numeric: tuple[int, ...] = ()) -> str:
    """A Markdown table. With ``header_hidden`` the first column becomes row headers (a key–value table).
    Columns listed in ``numeric`` are right-aligned, so digits line up."""
    if header_hidden:
        body = "\n".join(
            f"<tr><th scope=\"row\">{cell(key)}</th><td>{value}</td></tr>" for key, value in rows
        )
        return f"\n<table class=\"sx-facts\">\n<tbody>\n{body}\n</tbody>\n</table>\n"
    rule = "".join("--:|" if column in numeric else "---|" for column in range(len(header)))
    lines = ["| " + " | ".join(header) + " |", "|" + rule]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n" + "\n".join(lines) + "\n"


def format_date(value: dt.date, language: str) -> str:
    """Vietnamese pages write 12/9/2013; English pages 12 September 2013."""
    if language == "vi":
        return f"{value.day}/{value.month}/{value.year}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def format_size(size: int, language: str) -> str:
    """A file size as readers write it: "850 byte", "12 KB", "1,4 MB" (Vietnamese) / "1.4 MB" (English)."""
    if size < 1024:
        return f"{size} byte" if language == "vi" else f"{size} bytes"
    text = f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
    return text.replace(".", ",") if language == "vi" else text


def json_data_element(element_id: str, data: object) -> str:
    """Data for a page's script, embedded at build time as JSON in an attribute of an empty, hidden
    element (read with ``JSON.parse(element.getAttribute("data-json"))``). Not a JSON <script>: on an
    instant page change Material runs the content's scripts again and rewrites each one without its
    id and type, so the data would be lost."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f'<div hidden id="{element_id}" data-json="{html.escape(text, quote=True)}"></div>'
