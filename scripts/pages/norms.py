"""Tables of MOIT energy-use norms and of the assessment criteria, from `data/`."""

from __future__ import annotations

import html

from scripts.content.schema import ASSESSMENT_CRITERIA, CRITERIA_AREA_NAMES, ENERGY_NORMS, NORM_PERIOD_NAMES
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, table
from scripts.pages.source_list import publishers_cell, record_refs, sources_line

WORDS = {
    "product": ENERGY_NORMS.labels("product"),
    "capacity": {"vi": "Quy mô", "en": "Capacity"},
    "period": {"vi": "Giai đoạn", "en": "Period"},
    "norm": ENERGY_NORMS.labels("value"),
    "circular": ENERGY_NORMS.labels("circular"),
    "all": {"vi": "Mọi quy mô", "en": "Any size"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "criterion": ASSESSMENT_CRITERIA.labels("criterion"),
    "levels": {"vi": "Các mức và điểm", "en": "Levels and points"},
    "none": {"vi": "Chưa có con số định mức của Bộ Công Thương cho ngành này để đưa vào bảng.",
             "en": "There are no Ministry of Industry and Trade norm values for this sector to show."},
    "ended": {"vi": "đã kết thúc", "en": "ended"},
    "ended_note": {"vi": "Giai đoạn ghi “đã kết thúc” không còn áp dụng.",
                   "en": "Periods marked “ended” no longer apply."},
    "ended_meaning": {"vi": "Con số của các giai đoạn đó cho biết mức Bộ Công Thương đã đặt khi ấy, không phải"
                            " mức đang áp dụng hôm nay.",
                      "en": "Their values show the levels the Ministry of Industry and Trade set for those"
                            " periods, not the levels that apply today."},
}

def format_number(value: float, language: str) -> str:
    """12400 -> "12.400" in Vietnamese, "12,400" in English; 0.94 -> "0,94" and "0.94"."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return text.translate(_VIETNAMESE_MARKS) if language == "vi" else text


_VIETNAMESE_MARKS = str.maketrans(",.", ".,")  # Vietnamese groups thousands with dots, decimals with a comma


def period_text(record: dict, language: str) -> str:
    """ "2021–2025 (đã kết thúc)": the period a value belongs to, and whether it has ended (from data)."""
    name = NORM_PERIOD_NAMES[record["period"]][language]
    return name if record["in_force"] else f"{name} ({WORDS['ended'][language]})"


def status_note(records: list[dict], language: str) -> str:
    """One paragraph under a norm table (and in the calculator): ended periods no longer apply, and what
    is known of the norm that applies now, each fact once. Empty when every value is in force."""
    ended = [r for r in records if not r["in_force"]]
    if not ended:
        return ""
    known = dict.fromkeys(r["current"][language] for r in ended if r.get("current"))
    text = " ".join((WORDS["ended_meaning"][language], *known))
    return (f'\n<p class="sx-norm-status"><strong>{html.escape(WORDS["ended_note"][language], quote=False)}</strong>'
            f" {html.escape(text, quote=False)}</p>\n")


def norms_table(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    # Optional filters keep a table short enough for a leaflet panel: id_prefix=bia- period=2021-2025.
    records = [r for r in context.site.data["energy-norms"] if r["sector"] == args["sector"]
               and r["id"].startswith(args.get("id_prefix", "")) and r["period"] == args.get("period", r["period"])]
    if not records:
        return f"\n{WORDS['none'][language]}\n"
    # source=row (the data page) names the source on every row instead of once under the table.
    per_row = args.get("source") == "row"
    rows = [[
        cell(r["product"][language]),
        cell(r["capacity"][language]) if r.get("capacity") else WORDS["all"][language],
        period_text(r, language),
        f"{format_number(r['value'], language)} {r['unit']}",
        r["circular"],
        *([publishers_cell(r["sources"], context)] if per_row else []),
    ] for r in records]
    columns = ("product", "capacity", "period", "norm", "circular", *(("source",) if per_row else ()))
    header = [WORDS[k][language] for k in columns]
    if per_row:
        return table(header, rows) + status_note(records, language)
    return table(header, rows) + status_note(records, language) + sources_line(record_refs(records), context)


def criteria_table(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    records = context.site.data["assessment-criteria"]
    if "area" in args:
        records = [r for r in records if r["area"] == args["area"]]
    rows = []
    for r in records:
        levels = "<br>".join(f"{level['points']} – {cell(level['text'][language])}" for level in r["levels"])
        rows.append([f"**{cell(r['criterion'][language])}**<br>{CRITERIA_AREA_NAMES[r['area']][language]}", levels])
    return table([WORDS["criterion"][language], WORDS["levels"][language]], rows)
