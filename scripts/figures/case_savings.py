"""A case's yearly savings by technique group and the resources it saves, from its front matter.

Money: the implemented measures (``status: da-thuc-hien``) summed by technique group, the same
measures ``<!-- render case-totals -->`` adds up. Resources: ``resource_savings``, each in its own unit
(they are never added together). A case without either figure gets no picture: nothing is drawn
that the front matter does not hold.
"""

from __future__ import annotations

from scripts.content.case_figures import IMPLEMENTED, yearly_savings
from scripts.content.schema import CASE, RESOURCES
from scripts.figures.pictograms import resource_pictogram, technique_pictogram
from scripts.figures.svg import GREEN, INK, drawing, e, text_lines, wrap
from scripts.pages.cases import case_of, money, technique_names
from scripts.pages.charts import data_table
from scripts.pages.context import RenderContext
from scripts.pages.norms import format_number

WORDS = {
    "title": {"vi": "Tiền tiết kiệm mỗi năm theo nhóm giải pháp (các giải pháp đã thực hiện)",
              "en": "Yearly savings by technique group (implemented measures)"},
    "desc": {"vi": "Mỗi thanh là một nhóm giải pháp: {items}.", "en": "Each bar is one technique group: {items}."},
    "group": {"vi": "Nhóm giải pháp", "en": "Technique group"},
    "count": {"vi": "Số giải pháp", "en": "Measures"},
    "savings": {"vi": "Tiết kiệm mỗi năm (đồng)", "en": "Yearly savings (VND)"},
    "total": {"vi": "Tổng", "en": "Total"},
    "resources": CASE.labels("resource_savings"),
    "resource": {"vi": "Tài nguyên", "en": "Resource"},
    "amount": {"vi": "Lượng mỗi năm", "en": "Amount per year"},
}

WIDTH, ROW, ICON, NAME_SIZE = 640, 74, 44, 16
BAR_LEFT, VALUE_ROOM = 56, 190


def _by_technique(meta: dict, names: dict[str, str]) -> list[tuple[str, str, int, float]]:
    """(group id, name, measures, savings) of the implemented measures, in the groups' order."""
    # Only savings published per year (case_figures.yearly_savings): a one-off or unstated figure is not drawn.
    done = [(m, yearly_savings(m)) for m in meta.get("measures", []) or [] if m.get("status") == IMPLEMENTED]
    done = [(m, value) for m, value in done if isinstance(value, int | float)]
    rows = []
    for group, name in names.items():
        measures = [value for m, value in done if m.get("technique") == group]
        if measures:
            rows.append((group, name, len(measures), float(sum(measures))))
    return [row for row in rows if row[3] > 0]


def _number_of(names: dict[str, str], group: str) -> int:
    return list(names).index(group) + 1


def draw_savings(rows: list[tuple[str, str, int, float]], names: dict[str, str], language: str, figure_id: str) -> str:
    largest = max(row[3] for row in rows)
    scale = (WIDTH - BAR_LEFT - VALUE_ROOM) / largest
    parts = []
    for index, (group, name, _count, value) in enumerate(rows):
        y = index * ROW
        icon = technique_pictogram(group, _number_of(names, group), ICON)
        parts.append(icon.replace("<svg ", f'<svg x="0" y="{y + 8}" ', 1).replace(' aria-hidden="true"', ""))
        parts.append(text_lines(wrap(name, WIDTH - BAR_LEFT, NAME_SIZE, True)[:1], BAR_LEFT, y + 22, NAME_SIZE,
                                anchor="start", weight=700, fill=INK))
        width = max(value * scale, 2)
        parts.append(f'<rect x="{BAR_LEFT}" y="{y + 32}" width="{width:.1f}" height="22" fill="{GREEN}"/>')
        parts.append(text_lines([money(value, language)], BAR_LEFT + width + 8, y + 49, 15, anchor="start",
                                weight=600, fill=INK))
    items = "; ".join(f"{name}: {money(value, language)}" for _, name, _, value in rows)
    return drawing(figure_id, WIDTH, len(rows) * ROW + 4, WORDS["title"][language],
                   WORDS["desc"][language].format(items=items), "".join(parts), "sx-savings-drawing")


def _resource_name(kind: str, language: str) -> str:
    vi, en, _units = RESOURCES[kind]
    return vi if language == "vi" else en


def resources_list(savings: list[dict], language: str) -> str:
    """Resources saved, one tile each: pictogram, amount and unit, name. Real text, not a drawing."""
    items = "".join(
        f'<li>{resource_pictogram(s["resource"], 48)}<span class="sx-resource-amount">'
        f'{e(format_number(s["amount"], language))} {e(s["unit"])}</span>'
        f'<span class="sx-resource-name">{e(_resource_name(s["resource"], language))}</span></li>'
        for s in savings)
    return (f'<div class="sx-resources"><p class="sx-resources-title">{e(WORDS["resources"][language])}</p>'
            f'<ul>{items}</ul></div>')


def case_savings(context: RenderContext, args: dict[str, str]) -> str:
    language, meta = context.language, case_of(context).meta
    names = technique_names(context)
    rows = _by_technique(meta, names)
    resources = [s for s in meta.get("resource_savings", []) or []
                 if s.get("resource") in RESOURCES and isinstance(s.get("amount"), int | float) and s.get("unit")]
    if not rows and not resources:
        return ""
    parts = ['\n<figure class="sx-fig sx-fig--savings">']
    if rows:
        parts.append(f'<div data-search-exclude>{draw_savings(rows, names, language, "sx-case-savings")}</div>')
        parts.append('<div class="sx-table-scroll">' + data_table(
            WORDS["title"][language], [WORDS["group"][language], WORDS["count"][language], WORDS["savings"][language]],
            [[name, str(count), format_number(value, language)] for _, name, count, value in rows],
            [WORDS["total"][language], str(sum(r[2] for r in rows)), format_number(sum(r[3] for r in rows), language)],
        ) + "</div>")
    if resources:
        parts.append(resources_list(resources, language))
    parts.append("</figure>\n")
    return "".join(parts)
