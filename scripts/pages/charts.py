"""Bar charts drawn at build time as inline SVG, each followed by its data table.

The SVG is one image for assistive technology (role="img", named by its
<title> and <desc>); the numbers it shows are all in the table under it. Bars
carry their value as text, and the series of a stacked bar differ by pattern
(solid, hatched, dotted) as well as colour, so colour is never the only cue.
Colours have at least 4.5:1 contrast with the white page, and stacked parts are
separated by a white gap.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

WIDTH = 480
LABEL_HEIGHT = 18  # a category's label sits above its bar, so long names never squeeze the bars
BAR_HEIGHT = 20
ROW_GAP = 14
VALUE_ROOM = 170  # room right of the longest bar for its value
LEGEND_HEIGHT = 30


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: str
    pattern: str = "solid"  # "solid", "hatch" or "dots"


PALETTE = (  # (colour, pattern) in the order series are given
    ("#1b5e20", "solid"),  # 7.9:1 on white
    ("#0d47a1", "hatch"),  # 8.6:1
    ("#b45309", "dots"),  # 5.0:1
)


def series_for(keys_and_labels: list[tuple[str, str]]) -> list[Series]:
    return [Series(key, label, *PALETTE[index % len(PALETTE)]) for index, (key, label) in enumerate(keys_and_labels)]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _patterns(chart_id: str, series: list[Series]) -> str:
    defs = []
    for item in series:
        pid = f"{chart_id}-{item.key}"
        if item.pattern == "hatch":
            defs.append(f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse" '
                        f'patternTransform="rotate(45)"><rect width="8" height="8" fill="{item.colour}"/>'
                        f'<rect width="3" height="8" fill="#ffffff"/></pattern>')
        elif item.pattern == "dots":
            defs.append(f'<pattern id="{pid}" width="7" height="7" patternUnits="userSpaceOnUse">'
                        f'<rect width="7" height="7" fill="{item.colour}"/>'
                        f'<circle cx="3.5" cy="3.5" r="1.6" fill="#ffffff"/></pattern>')
    return f"<defs>{''.join(defs)}</defs>" if defs else ""


def _fill(chart_id: str, item: Series) -> str:
    return item.colour if item.pattern == "solid" else f"url(#{chart_id}-{item.key})"


def bar_chart(chart_id: str, title: str, description: str, categories: list[str], series: list[Series],
              values: list[list[float]], total_text: Callable[[float], str]) -> str:
    """Horizontal bars, one per category, stacked by series; ``values[category][series]``."""
    legend = len(series) > 1
    top = LEGEND_HEIGHT if legend else 0
    row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    height = top + row * len(categories) + 4
    largest = max((sum(v) for v in values), default=0) or 1
    scale = (WIDTH - VALUE_ROOM) / largest
    parts = [
        f'<svg class="sx-chart" id="{chart_id}" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">',
        f'<title id="{chart_id}-title">{_e(title)}</title>',
        f'<desc id="{chart_id}-desc">{_e(description)}</desc>',
        _patterns(chart_id, series),
    ]
    if legend:
        x = 0
        for item in series:
            parts.append(f'<rect x="{x}" y="4" width="16" height="16" fill="{_fill(chart_id, item)}" '
                         f'stroke="{item.colour}"/>')
            parts.append(f'<text x="{x + 22}" y="17">{_e(item.label)}</text>')
            x += 22 + 9 * len(item.label) + 24
    for index, (category, row_values) in enumerate(zip(categories, values, strict=True)):
        y = top + index * row
        parts.append(f'<text x="0" y="{y + LABEL_HEIGHT - 4}">{_e(category)}</text>')
        x = 0.0
        for item, value in zip(series, row_values, strict=True):
            if value <= 0:
                continue
            width = value * scale
            parts.append(f'<rect x="{x:.1f}" y="{y + LABEL_HEIGHT}" width="{max(width - 2, 1):.1f}" '
                         f'height="{BAR_HEIGHT}" fill="{_fill(chart_id, item)}"/>')
            x += width
        parts.append(f'<text class="sx-chart-value" x="{x + 6:.1f}" y="{y + LABEL_HEIGHT + BAR_HEIGHT - 5}">'
                     f'{_e(total_text(sum(row_values)))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def data_table(caption: str, header: list[str], rows: list[list[str]], footer: list[str] | None = None) -> str:
    """An HTML table with a caption; the first cell of each row is its header. Cells are HTML-escaped."""
    head = "".join(f'<th scope="col">{_e(text)}</th>' for text in header)
    body = "".join(
        "<tr>" + f'<th scope="row">{_e(cells[0])}</th>' + "".join(f"<td>{_e(text)}</td>" for text in cells[1:]) + "</tr>"
        for cells in rows
    )
    foot = ""
    if footer:
        foot = ("<tfoot><tr>" + f'<th scope="row">{_e(footer[0])}</th>'
                + "".join(f"<td>{_e(text)}</td>" for text in footer[1:]) + "</tr></tfoot>")
    # No class on the table: Material styles tables without one.
    return (f'<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody>{foot}</table>")


def figure(chart: str, table: str) -> str:
    """The chart and its data table together; one raw-HTML block (no blank line inside). The
    drawing stays out of the search index (Material's data-search-exclude): its labels would run
    together there, and the table beside it holds the same words and figures."""
    return (f'\n<figure class="sx-figure">\n<div data-search-exclude>{chart}</div>\n'
            f'<div class="sx-table-scroll">{table}</div>\n</figure>\n')
