"""The catalogue of case studies and its charts, rendered from the cases' front matter.

``<!-- render case-catalogue -->`` writes a complete HTML table of every case
(it works without JavaScript) plus a filter form that stays hidden until
overrides/assets/javascripts/catalogue.js shows it. Each row carries its
measures as data, so the script filters by sector, technique group, year and
status, sorts and adds up exactly the figures this module adds up.

``<!-- render case-charts -->`` writes three charts (savings by technique
group, payback distribution, cases per sector), each with its data table.

Both cover the real, published cases only: a worked example (``illustrative:
true``) is never counted, and ``<!-- render worked-examples -->`` lists those
apart. A figure a source does not publish is left out of a sum, and the sum
says so; a payback is shown only where every measure counted has both figures.
"""

from __future__ import annotations

import html
import json

from scripts.content.case_figures import IMPLEMENTED, Totals, complete, payback_years, totals, yearly_savings
from scripts.content.schema import CASE, MEASURE_STATUS_NAMES
from scripts.figures.pictograms import technique_pictogram
from scripts.pages import charts
from scripts.pages.cases import (
    CURRENCY,
    CaseRecord,
    assessment_type_name,
    case_records,
    money,
    payback_text,
    sector_names,
    status_name,
    technique_names,
)
from scripts.pages.cases import (
    WORDS as CASE_WORDS,
)
from scripts.pages.context import RenderContext
from scripts.pages.norms import format_number

#: Filters, sorting and live totals in the browser; the table is complete without it.
SCRIPT = "assets/javascripts/catalogue.js"

WORDS = {
    "caption": {
        "vi": "Các mô hình điểm đã công bố. Vốn đầu tư và tiền tiết kiệm mỗi năm cộng từ các giải pháp đã thực hiện"
              " của mỗi mô hình có công bố con số đó; tiền tiết kiệm tính theo vụ hoặc không ghi thời gian không"
              " được cộng vào.",
        "en": "The published case studies. Investment and yearly savings add up each case's implemented measures"
              " that publish the figure; savings counted per season or over an unstated period are not added.",
    },
    "caption_filtered": {
        "vi": "Các mô hình điểm đã công bố khớp với bộ lọc. Vốn đầu tư và tiền tiết kiệm mỗi năm cộng từ các giải"
              " pháp khớp với bộ lọc “Tình trạng” và “Nhóm kỹ thuật” có công bố con số đó.",
        "en": "The published case studies that match the filters. Investment and yearly savings add up the"
              " measures that match the “Status” and “Technique group” filters and publish the figure.",
    },
    "enterprise": CASE.labels("enterprise"),
    "sector": CASE.labels("sector"),
    "year": {"vi": "Năm đánh giá", "en": "Year"},
    "type": {"vi": "Loại đánh giá", "en": "Assessment"},
    "techniques": {"vi": "Nhóm kỹ thuật", "en": "Technique groups"},
    "technique": CASE.labels("measures.technique"),
    "measures": CASE.labels("measures"),
    "status": CASE.labels("measures.status"),
    "investment": {"vi": "Vốn đầu tư đã công bố (đồng)", "en": "Published investment (VND)"},
    "savings": {"vi": "Tiết kiệm mỗi năm đã công bố (đồng)", "en": "Published yearly savings (VND)"},
    "payback": {"vi": "Hoàn vốn (năm)", "en": "Payback (years)"},
    "location": CASE.labels("location"),
    "total": {"vi": "Tổng", "en": "Total"},
    "cases": {"vi": "mô hình", "en": "cases"},
    "case": {"vi": "mô hình", "en": "case"},
    "all_sectors": {"vi": "Mọi ngành", "en": "All sectors"},
    "all_techniques": {"vi": "Mọi nhóm", "en": "All groups"},
    "all_years": {"vi": "Mọi năm", "en": "All years"},
    "all_statuses": {"vi": "Mọi tình trạng", "en": "Any status"},
    "filters": {"vi": "Lọc và sắp xếp các mô hình", "en": "Filter and sort the cases"},
    "sort": {"vi": "Sắp xếp", "en": "Sort by"},
    "sort_default": {"vi": "Năm đánh giá, mới nhất trước", "en": "Year, newest first"},
    "sort_payback_up": {"vi": "Hoàn vốn, nhanh nhất trước", "en": "Payback, quickest first"},
    "sort_payback_down": {"vi": "Hoàn vốn, lâu nhất trước", "en": "Payback, slowest first"},
    "sort_savings_down": {"vi": "Tiết kiệm mỗi năm, nhiều nhất trước", "en": "Yearly savings, largest first"},
    "sort_savings_up": {"vi": "Tiết kiệm mỗi năm, ít nhất trước", "en": "Yearly savings, smallest first"},
    "reset": {"vi": "Bỏ lọc", "en": "Clear filters"},
    "empty": {"vi": "Không có mô hình nào khớp với bộ lọc.", "en": "No case matches the filters."},
    "summary": {
        "vi": "Đang hiện {count} trên {all} mô hình. Tổng vốn đầu tư đã công bố: {investment}; tổng tiền tiết kiệm"
              " mỗi năm đã công bố: {savings}.",
        "en": "Showing {count} of {all} cases. Total published investment: {investment}; total published yearly"
              " savings: {savings}.",
    },
    "not_published": CASE_WORDS["not_published"],
    "not_enough": CASE_WORDS["not_enough"],
    "unassigned": {"vi": "Chưa xếp nhóm", "en": "Not assigned"},
    "our_reading": {
        "vi": "Các nhóm kỹ thuật là cách trang này xếp loại giải pháp; nguồn của các mô hình không xếp nhóm.",
        "en": "The technique groups are this site's own reading of the measures; the cases' sources do not group"
              " them.",
    },
    "examples_none": {"vi": "Chưa có ví dụ minh họa nào.", "en": "There is no worked example yet."},
    "never": {"vi": "không hoàn vốn", "en": "never"},
    "no_investment": {"vi": "không cần vốn", "en": "no investment"},
}
CHARTS = {
    "techniques": {
        "id": "tiet-kiem-theo-nhom-ky-thuat",
        "title": {"vi": "Tiền tiết kiệm mỗi năm theo nhóm kỹ thuật",
                  "en": "Yearly savings by technique group"},
        "desc": {"vi": "Biểu đồ thanh ngang: tổng tiền tiết kiệm mỗi năm đã công bố của các giải pháp đã thực hiện"
                       " trong các mô hình điểm đã công bố, theo từng nhóm kỹ thuật (cách trang này xếp loại). Số"
                       " liệu đầy đủ ở bảng ngay dưới.",
                 "en": "Horizontal bar chart: the published yearly savings of the implemented measures of the"
                       " published cases, added up by technique group (this site's own reading). The full figures"
                       " are in the table below."},
        "count": {"vi": "Số giải pháp đã thực hiện", "en": "Implemented measures"},
    },
    "payback": {
        "id": "thoi-gian-hoan-von-cua-cac-giai-phap",
        "title": {"vi": "Thời gian hoàn vốn của các giải pháp", "en": "How long the measures take to pay back"},
        "desc": {"vi": "Biểu đồ thanh ngang xếp chồng: số giải pháp của các mô hình điểm đã công bố theo khoảng"
                       " thời gian hoàn vốn, chỉ gồm các giải pháp có công bố cả vốn đầu tư và tiền tiết kiệm mỗi"
                       " năm, chia theo tình trạng (đã thực hiện: tô đặc, dự kiến: kẻ sọc, loại bỏ: chấm). Số liệu"
                       " đầy đủ ở bảng ngay dưới.",
                 "en": "Stacked horizontal bar chart: the number of measures of the published cases by payback"
                       " band, counting only the measures that publish both the investment and the yearly savings,"
                       " split by status (implemented: solid, planned: striped, rejected: dotted). The full figures"
                       " are in the table below."},
        "band": {"vi": "Thời gian hoàn vốn", "en": "Payback"},
        "measures": {"vi": "giải pháp", "en": "measures"},
    },
    "sectors": {
        "id": "so-mo-hinh-theo-nganh",
        "title": {"vi": "Số mô hình theo ngành", "en": "Cases by sector"},
        "desc": {"vi": "Biểu đồ thanh ngang: số mô hình điểm đã công bố của mỗi ngành. Số liệu đầy đủ ở bảng ngay"
                       " dưới.",
                 "en": "Horizontal bar chart: the number of published case studies in each sector. The full"
                       " figures are in the table below."},
        "count": {"vi": "Số mô hình", "en": "Cases"},
    },
}
# Payback bands: (upper limit in years, Vietnamese, English); the last has no limit.
PAYBACK_BANDS = (
    (0.5, "Dưới nửa năm", "Under half a year"),
    (1, "Từ nửa năm đến dưới 1 năm", "Half a year to under 1 year"),
    (2, "Từ 1 đến dưới 2 năm", "1 to under 2 years"),
    (3, "Từ 2 đến dưới 3 năm", "2 to under 3 years"),
    (5, "Từ 3 đến dưới 5 năm", "3 to under 5 years"),
    (float("inf"), "Từ 5 năm trở lên, hoặc không hoàn vốn", "5 years or more, or never"),
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _w(key: str, language: str) -> str:
    return WORDS[key][language]


def count_of(count: int, language: str) -> str:
    """ "3 mô hình", "1 case", "3 cases"."""
    return f"{count} {_w('case' if count == 1 else 'cases', language)}"


# ---------------------------------------------------------------- catalogue


def catalogue(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    records = case_records(context)  # real cases only: a worked example is never counted
    sectors, techniques = sector_names(context), technique_names(context)
    done = [totals(r.measures) for r in records]
    summary = _w("summary", language).format(
        count=len(records), all=len(records), investment=money(sum(t.investment for t in done), language),
        savings=money(sum(t.savings for t in done), language))
    strings = {"summary": _w("summary", language), "currency": CURRENCY[language],
               "never": _w("never", language), "noInvestment": _w("no_investment", language),
               "notEnough": _w("not_enough", language), "notPublished": _w("not_published", language),
               "caption": _w("caption", language), "captionFiltered": _w("caption_filtered", language),
               "total": _w("total", language), "cases": _w("cases", language), "case": _w("case", language)}
    return "\n" + "".join([
        f'<div class="sx-catalogue" data-lang="{language}" data-strings="{_e(json.dumps(strings, ensure_ascii=False))}">',
        _filters(context, records, sectors, techniques),
        f'<p class="sx-catalogue-summary" role="status" aria-live="polite">{_e(summary)}</p>',
        '<div class="sx-table-scroll">',
        # No class on the table: Material styles (and makes scrollable) tables without one.
        f'<table><caption>{_e(_w("caption", language))}</caption>',
        "<thead><tr>",
        "".join(f'<th scope="col">{_e(_w(key, language))}</th>' for key in
                ("enterprise", "sector", "year", "type", "techniques", "measures", "investment", "savings",
                 "payback")),
        "</tr></thead><tbody>",
        "".join(_row(context, record, sectors, techniques) for record in records),
        "</tbody>",
        _footer(records, language),
        "</table></div>",
        f'<p class="sx-catalogue-empty" hidden>{_e(_w("empty", language))}</p>',
        f'<p class="sx-our-reading">{_e(_w("our_reading", language))}</p>',
        "</div>",
    ]) + "\n"


def worked_examples(context: RenderContext, args: dict[str, str]) -> str:
    """The worked examples, apart from the catalogue: a plain list of links, with no figure added up."""
    language = context.language
    records = case_records(context, illustrative=True)
    if not records:
        return f"\n{_w('examples_none', language)}\n"
    sectors = sector_names(context)
    items = [f"- [{r.title}]({context.link_to(r.url_path)}) ({sectors[r.sector].lower()})" for r in
             sorted(records, key=lambda r: r.title)]
    return "\n" + "\n".join(items) + "\n"


def _filters(context: RenderContext, records: list[CaseRecord], sectors: dict[str, str],
             techniques: dict[str, str]) -> str:
    language = context.language

    def select(name: str, label: str, options: list[tuple[str, str]], chosen: str = "") -> str:
        items = "".join(f'<option value="{_e(value)}"{" selected" if value == chosen else ""}>{_e(text)}</option>'
                        for value, text in options)
        return (f'<div class="sx-field"><label for="sx-filter-{name}">{_e(label)}</label>'
                f'<select id="sx-filter-{name}" name="{name}">{items}</select></div>')

    used_sectors = [s for s in sectors if any(r.sector == s for r in records)]
    used_techniques = [t for t in techniques if any(t in r.techniques for r in records)]
    years = sorted({r.year for r in records if r.year}, reverse=True)
    return "".join([
        f'<form class="sx-catalogue-filters" data-search-exclude hidden aria-label="{_e(_w("filters", language))}">',
        select("sector", _w("sector", language),
               [("", _w("all_sectors", language)), *((s, sectors[s]) for s in used_sectors)]),
        _technique_choice(context, used_techniques, techniques),
        select("year", _w("year", language), [("", _w("all_years", language)), *((str(y), str(y)) for y in years)]),
        select("status", _w("status", language),
               [("", _w("all_statuses", language)), *((s, status_name(s, language)) for s in MEASURE_STATUS_NAMES)],
               chosen=IMPLEMENTED),
        select("sort", _w("sort", language), [(key, _w(f"sort_{key}", language)) for key in
                                              ("default", "payback_up", "payback_down", "savings_down", "savings_up")]),
        f'<button type="reset" class="md-button">{_e(_w("reset", language))}</button>',
        "</form>",
    ])


def _technique_choice(context: RenderContext, used: list[str], techniques: dict[str, str]) -> str:
    """The technique filter as one radio button per group, each with its pictogram (the same drawings
    as the handbook's techniques page and the leaflets); the name beside it is the text."""
    numbers = {r["id"]: r["no"] for r in context.site.data["technique-groups"]}
    options = [("", _w("all_techniques", context.language), ""),
               *((t, techniques[t], technique_pictogram(t, numbers.get(t), 28)) for t in used)]
    items = "".join(
        f'<label class="sx-choice"><input type="radio" name="technique" value="{_e(value)}"'
        f'{" checked" if not value else ""}>{picture}<span>{_e(text)}</span></label>'
        for value, text, picture in options)
    return (f'<fieldset class="sx-field sx-choices"><legend>{_e(_w("technique", context.language))}</legend>'
            f'{items}</fieldset>')


def _row(context: RenderContext, record: CaseRecord, sectors: dict[str, str], techniques: dict[str, str]) -> str:
    language = context.language
    done = totals(record.measures)
    # null where the source publishes no such figure (savings per season count as not yearly)
    measures = [[m.get("technique", ""), m["status"], m.get("investment_vnd"), yearly_savings(m)]
                for m in record.measures]
    href = context.href_to_page(record.url_path)
    counts = ", ".join(f"{count} {_e(status_name(status, language).lower())}"
                       for status, count in record.status_counts().items() if count)
    kind = assessment_type_name(record.assessment_type, language) if record.assessment_type else _w("not_published", language)
    return "".join([
        f'<tr data-sector="{record.sector}" data-year="{record.year or ""}" '
        f'data-measures="{_e(json.dumps(measures))}">',
        f'<th scope="row"><a href="{_e(href)}">{_e(record.enterprise)}</a></th>',
        f"<td>{_e(sectors[record.sector])}</td>",
        f"<td>{record.year or _e(_w('not_published', language))}</td>",
        f"<td>{_e(kind)}</td>",
        f'<td class="sx-list-cell">{_e(", ".join(techniques[t] for t in record.techniques) or _w("unassigned", language))}</td>',
        f"<td>{counts}</td>",
        f'<td class="sx-number" data-figure="investment">{_figure(done.investment, done.with_investment, language)}</td>',
        f'<td class="sx-number" data-figure="savings">{_figure(done.savings, done.with_savings, language)}</td>',
        f'<td class="sx-number" data-figure="payback">{_e(_payback(done, language))}</td>',
        "</tr>",
    ])


def _figure(amount: float, published: int, language: str) -> str:
    """A row's sum, or "not published" when no measure counted publishes the figure (never a bare 0)."""
    return format_number(amount, language) if published else _e(_w("not_published", language))


def _payback(done: Totals, language: str) -> str:
    if not done.complete or done.count == 0:
        return _w("not_enough", language)
    return payback_text(done.investment, done.savings, language)


def _footer(records: list[CaseRecord], language: str) -> str:
    done = [totals(r.measures) for r in records]
    whole = Totals(sum(t.count for t in done), sum(t.investment for t in done), sum(t.savings for t in done),
                   all(t.complete for t in done))
    return "".join([
        "<tfoot><tr>",
        f'<th scope="row" data-figure="count">{_e(_w("total", language))}: {count_of(len(records), language)}</th>',
        '<td colspan="5"></td>',
        f'<td class="sx-number" data-figure="investment">{format_number(whole.investment, language)}</td>',
        f'<td class="sx-number" data-figure="savings">{format_number(whole.savings, language)}</td>',
        f'<td class="sx-number" data-figure="payback">{_e(_payback(whole, language))}</td>',
        "</tr></tfoot>",
    ])


# ---------------------------------------------------------------- charts


def case_charts(context: RenderContext, args: dict[str, str]) -> str:
    records = case_records(context)
    return "".join([_technique_chart(context, records), _payback_chart(context, records),
                    _sector_chart(context, records)])


def _heading(chart: dict, language: str) -> str:
    return f"\n## {chart['title'][language]} {{#{chart['id']}}}\n"


def _technique_chart(context: RenderContext, records: list[CaseRecord]) -> str:
    language, chart = context.language, CHARTS["techniques"]
    names = technique_names(context)
    implemented = [m for r in records for m in r.implemented]
    rows = [(names[t], [m for m in implemented if m.get("technique") == t]) for t in names]
    untagged = [m for m in implemented if not m.get("technique")]
    if untagged:
        rows.append((_w("unassigned", language), untagged))
    savings = [sum(yearly_savings(m) or 0 for m in measures) for _, measures in rows]
    svg = charts.bar_chart(chart["id"] + "-chart", chart["title"][language], chart["desc"][language],
                           [name for name, _ in rows], charts.series_for([("savings", "")]),
                           [[value] for value in savings], lambda value: money(value, language))
    table = charts.data_table(
        chart["title"][language],
        [WORDS["technique"][language], chart["count"][language], WORDS["savings"][language]],
        [[name, str(len(measures)), format_number(value, language)]
         for (name, measures), value in zip(rows, savings, strict=True)],
        [WORDS["total"][language], str(len(implemented)), format_number(sum(savings), language)],
    )
    return _heading(chart, language) + charts.figure(svg, table)


def payback_band(investment: float, savings: float) -> int:
    """Index in PAYBACK_BANDS of a measure's payback (a measure that never pays back is in the last band)."""
    years = payback_years(investment, savings)
    if years is None:
        return len(PAYBACK_BANDS) - 1
    return next(index for index, (limit, _, _) in enumerate(PAYBACK_BANDS) if years < limit)


def _payback_chart(context: RenderContext, records: list[CaseRecord]) -> str:
    language, chart = context.language, CHARTS["payback"]
    statuses = list(MEASURE_STATUS_NAMES)
    counts = [[0] * len(statuses) for _ in PAYBACK_BANDS]
    for record in records:
        for m in record.measures:
            if complete(m):  # a payback needs both figures, yearly
                counts[payback_band(m["investment_vnd"], m["savings_vnd"])][statuses.index(m["status"])] += 1
    labels = [vi if language == "vi" else en for _, vi, en in PAYBACK_BANDS]
    series = charts.series_for([(s, status_name(s, language)) for s in statuses])
    svg = charts.bar_chart(chart["id"] + "-chart", chart["title"][language], chart["desc"][language], labels,
                           series, counts, lambda value: f"{value:.0f} {chart['measures'][language]}")
    table = charts.data_table(
        chart["title"][language],
        [chart["band"][language], *(status_name(s, language) for s in statuses), WORDS["total"][language]],
        [[label, *map(str, row), str(sum(row))] for label, row in zip(labels, counts, strict=True)],
        [WORDS["total"][language], *(str(sum(row[i] for row in counts)) for i in range(len(statuses))),
         str(sum(map(sum, counts)))],
    )
    return _heading(chart, language) + charts.figure(svg, table)


def _sector_chart(context: RenderContext, records: list[CaseRecord]) -> str:
    language, chart = context.language, CHARTS["sectors"]
    names = sector_names(context)
    counts = [sum(1 for r in records if r.sector == s) for s in names]
    svg = charts.bar_chart(chart["id"] + "-chart", chart["title"][language], chart["desc"][language],
                           list(names.values()), charts.series_for([("cases", "")]), [[c] for c in counts],
                           lambda value: count_of(int(value), language))
    table = charts.data_table(
        chart["title"][language], [WORDS["sector"][language], chart["count"][language]],
        [[name, str(count)] for name, count in zip(names.values(), counts, strict=True)],
        [WORDS["total"][language], str(sum(counts))],
    )
    return _heading(chart, language) + charts.figure(svg, table)
