"""Tables of the city programme (Decision 1759/QĐ-UBND) and legal metadata, from `data/`."""

from __future__ import annotations

import datetime as dt

from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, format_date, table
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
    "form": {"vi": "Hình thức văn bản", "en": "Form"},
    "number": {"vi": "Số, ký hiệu", "en": "Number and symbol"},
    "issuer": {"vi": "Cơ quan ban hành", "en": "Issuing body"},
    "issued": {"vi": "Ngày ban hành", "en": "Date of issue"},
    "effective": {"vi": "Ngày có hiệu lực", "en": "Date of effect"},
    "summary": {"vi": "Trích yếu", "en": "Summary"},
    "file": {"vi": "Toàn văn", "en": "Full text"},
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


def legal_metadata(context: RenderContext, args: dict[str, str]) -> str:
    """The metadata Decree 42/2022/NĐ-CP asks for, for one document: ``id=qd-1759-2013``."""
    site, language = context.site, context.language
    wanted = args["id"]
    record = next((r for r in site.data["legal-documents"] if r["id"] == wanted), None)
    if record is None:
        raise KeyError(f"id={wanted}")
    effective = record.get("effective")
    effective_text = format_date(effective, language) if isinstance(effective, dt.date) else ""
    if record.get("effective_note"):
        effective_text = (effective_text + " " if effective_text else "") + record["effective_note"][language]
    rows = [
        [WORDS["form"][language], record["form"][language]],
        [WORDS["number"][language], record["number"]],
        [WORDS["issuer"][language], record["issuer"][language]],
        [WORDS["issued"][language], format_date(record["issued"], language)],
        [WORDS["effective"][language], effective_text or "—"],
        [WORDS["summary"][language], cell(record["summary"][language])],
    ]
    if record.get("file"):
        name = record["file"].rsplit("/", 1)[-1]
        rows.append([WORDS["file"][language], f'<a href="{context.href_to_shared(record["file"])}">{name}</a>'])
    return table(["", ""], rows, header_hidden=True) + sources_line(record["sources"], context)
