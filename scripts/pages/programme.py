"""Tables of the city programme of 2013–2020 (Decision 1759/QĐ-UBND), from `data/`."""

from __future__ import annotations

from scripts.content.schema import PROGRAMME_TARGETS, PROGRAMME_TASKS, TARGET_PERIOD_NAMES
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, table
from scripts.pages.source_list import record_refs, sources_line

WORDS = {
    "period": PROGRAMME_TARGETS.labels("period"),
    "target": {"vi": "Mục tiêu", "en": "Target"},
    "no": {"vi": "TT", "en": "No."},
    "task": PROGRAMME_TASKS.labels("tasks"),
    "lead": PROGRAMME_TASKS.labels("tasks.lead"),
    "partners": PROGRAMME_TASKS.labels("partners"),
    "timing": PROGRAMME_TASKS.labels("timing"),
}


def targets_table(context: RenderContext, args: dict[str, str]) -> str:
    site, language = context.site, context.language
    records = site.data["programme-targets"]
    rows = [[TARGET_PERIOD_NAMES[r["period"]][language], cell(r["text"][language])] for r in records]
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

