"""Tables of the city programme of 2013–2020 (Decision 1759/QĐ-UBND), from `data/`."""

from __future__ import annotations

from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, table
from scripts.pages.source_list import record_refs, sources_line

PERIOD_LABELS = {
    "den-2015": {"vi": "Đến năm 2015", "en": "To 2015"},
    "2016-2020": {"vi": "2016–2020", "en": "2016–2020"},
}

WORDS = {
    "period": {"vi": "Giai đoạn", "en": "Period"},
    "target": {"vi": "Mục tiêu", "en": "Target"},
    "no": {"vi": "TT", "en": "No."},
    "task": {"vi": "Nhiệm vụ cụ thể", "en": "Tasks"},
    "lead": {"vi": "Cơ quan chủ trì", "en": "Lead agency"},
    "partners": {"vi": "Cơ quan phối hợp", "en": "Partners"},
    "timing": {"vi": "Thời gian thực hiện", "en": "Timing"},
}


def targets_table(context: RenderContext, args: dict[str, str]) -> str:
    site, language = context.site, context.language
    records = site.data["programme-targets"]
    rows = [[PERIOD_LABELS[r["period"]][language], cell(r["text"][language])] for r in records]
    return table([WORDS["period"][language], WORDS["target"][language]], rows) + sources_line(record_refs(records), context)


def tasks_table(context: RenderContext, args: dict[str, str]) -> str:
    site, language = context.site, context.language
    rows = []
    for record in site.data["programme-tasks"]:
        tasks = "<br>".join(f"– {cell(t['text'][language])}" for t in record["tasks"])
        leads = "<br>".join(f"– {cell(t['lead'][language])}" for t in record["tasks"])
        rows.append([
            str(record["no"]),
            f"**{cell(record['area'][language])}**<br>{tasks}",
            leads,
            cell(record["partners"][language]),
            cell(record["timing"][language]),
        ])
    header = [WORDS[k][language] for k in ("no", "task", "lead", "partners", "timing")]
    return table(header, rows) + sources_line(record_refs(site.data["programme-tasks"]), context)

