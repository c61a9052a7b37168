"""A case study's measures table and totals, rendered from its own front matter.

A case page writes

    <!-- render case-measures -->
    <!-- render case-totals -->

and gets the table of its measures and the sums of the implemented ones, in the
page's language and number format: the figures live once, in the front matter.
A figure the source does not publish reads "not published"; savings counted
over a season or an unstated period say so and stay out of the yearly sums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.content.case_figures import IMPLEMENTED, Totals, complete, payback_years, totals, yearly
from scripts.content.schema import ASSESSMENT_TYPE_NAMES, CASE, MEASURE_STATUS_NAMES, SAVINGS_PERIOD_NAMES
from scripts.content.sources import Site, SourcePage
from scripts.pages.context import RenderContext
from scripts.pages.listings import pages_for
from scripts.pages.markdown import cell, table
from scripts.pages.norms import format_number

CURRENCY = {"vi": "đồng", "en": "VND"}
WORDS = {
    "no_investment": {"vi": "không cần vốn", "en": "no investment"},
    "never": {"vi": "không hoàn vốn", "en": "never"},
    "investment": {"vi": "Vốn đầu tư", "en": "Investment"},
    "savings": {"vi": "Tiền tiết kiệm mỗi năm", "en": "Yearly savings"},
    "payback": {"vi": "Thời gian hoàn vốn chung", "en": "Overall payback"},
    "about": {"vi": "khoảng", "en": "about"},
    "years": {"vi": "năm", "en": "years"},
    "how": {"vi": "vốn đầu tư chia cho tiền tiết kiệm mỗi năm", "en": "investment divided by yearly savings"},
    "none_done": {"vi": "Chưa có giải pháp nào được thực hiện.", "en": "No measure has been implemented yet."},
    "not_published": {"vi": "chưa công bố", "en": "not published"},
    "not_enough": {"vi": "chưa đủ số liệu", "en": "not enough figures"},
    "unassigned": {"vi": "chưa xếp nhóm", "en": "not assigned"},
    "grouped": {"vi": "tổng của nhiều giải pháp, nguồn không tách riêng",
                "en": "a total for several options; the source gives no split"},
    "measure": {"vi": "Giải pháp", "en": "Measure"},
    "technique": CASE.labels("measures.technique"),
    "status": CASE.labels("measures.status"),
    "investment_col": {"vi": "Vốn đầu tư (đồng)", "en": "Investment (VND)"},
    "savings_col": {"vi": "Tiền tiết kiệm (đồng)", "en": "Savings (VND)"},
    "payback_col": CASE.labels("measures.payback_years"),
    "our_reading": {
        "vi": "Cột “Nhóm kỹ thuật” là cách trang này xếp từng giải pháp vào một trong tám nhóm giải pháp sản xuất"
              " sạch hơn; nguồn không xếp nhóm.",
        "en": "The “Technique group” column is this site's own reading of which of the eight groups of cleaner"
              " production techniques each measure belongs to; the source does not group them.",
    },
    "partial_investment": {
        "vi": "chỉ gồm các giải pháp có công bố vốn đầu tư",
        "en": "only the measures whose investment is published",
    },
    "partial_savings": {
        "vi": "chỉ gồm các giải pháp có công bố tiền tiết kiệm mỗi năm",
        "en": "only the measures whose yearly savings are published",
    },
    "no_payback": {
        "vi": "không tính được, vì thiếu vốn đầu tư hoặc tiền tiết kiệm mỗi năm của một số giải pháp",
        "en": "cannot be worked out, because the investment or yearly savings of some measures are not published",
    },
    "illustrative": {"vi": "Ví dụ minh họa để học phương pháp", "en": "Worked example for learning the method"},
    "illustrative_text": {
        "vi": "Doanh nghiệp và mọi con số trên trang này là giả định, được dựng lên để minh họa cách làm đánh giá"
              " sản xuất sạch hơn (SXSH). Đây không phải kết quả của một doanh nghiệp có thật, và không được tính"
              " vào danh mục mô hình điểm.",
        "en": "The enterprise and every figure on this page are invented to show how a cleaner production (SXSH)"
              " assessment works. They are not the results of a real business, and they are not counted in the"
              " catalogue of case studies.",
    },
}


def money(value: float, language: str) -> str:
    """2180000000 -> "2.180.000.000 đồng" (vi) or "2,180,000,000 VND" (en)."""
    return f"{format_number(value, language)} {CURRENCY[language]}"


def payback_text(investment: float, savings: float, language: str) -> str:
    """The payback as a table shows it: "0,94", "0 (không cần vốn)", "không hoàn vốn"."""
    years = payback_years(investment, savings)
    if years is None:
        return WORDS["never"][language]
    if investment == 0:
        return f"0 ({WORDS['no_investment'][language]})"
    return format_number(years, language)


def technique_names(context: RenderContext) -> dict[str, str]:
    return {r["id"]: r["name"][context.language] for r in context.site.data["technique-groups"]}


def sector_names(context: RenderContext) -> dict[str, str]:
    return {r["id"]: r["name"][context.language] for r in context.site.data["sectors"]}


def status_name(status: str, language: str) -> str:
    return MEASURE_STATUS_NAMES[status][language]


def assessment_type_name(kind: str, language: str) -> str:
    return ASSESSMENT_TYPE_NAMES[kind][language]


def case_of(context: RenderContext) -> SourcePage:
    """The case page the directive is written in (its Vietnamese text when not translated)."""
    page = context.site.page(context.url_path, context.language) or context.site.page(context.url_path, "vi")
    if page is None or page.content_type is not CASE:
        raise ValueError("this table belongs on a case study page (docs/mo-hinh/)")
    return page


def investment_text(measure: dict, language: str) -> str:
    if "investment_vnd" not in measure:
        return WORDS["not_published"][language]
    return _about(measure, format_number(measure["investment_vnd"], language), language)


def savings_text(measure: dict, language: str) -> str:
    """ "360.000.000 mỗi năm", "465.870.000 mỗi vụ", "chưa công bố"."""
    if "savings_vnd" not in measure:
        return WORDS["not_published"][language]
    period = SAVINGS_PERIOD_NAMES[measure.get("savings_period", "nam")][language]
    amount = _about(measure, format_number(measure["savings_vnd"], language), language)
    return f"{amount} {period}" if yearly(measure) or measure.get("savings_period") == "vu" else f"{amount} ({period})"


def measure_payback_text(measure: dict, language: str) -> str:
    if not complete(measure):
        return WORDS["not_enough"][language]
    return payback_text(measure["investment_vnd"], measure["savings_vnd"], language)


def _about(measure: dict, number: str, language: str) -> str:
    return f"{WORDS['about'][language]} {number}" if measure.get("approximate") else number


def measures_table(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    page = case_of(context)
    names = technique_names(context)
    header = [WORDS[key][language] for key in
              ("measure", "technique", "status", "investment_col", "savings_col", "payback_col")]
    measures = page.meta.get("measures", [])
    rows = [[
        cell(m["name"] + (f" ({WORDS['grouped'][language]})" if m.get("grouped") else "")),
        cell(names[m["technique"]]) if m.get("technique") else WORDS["unassigned"][language],
        status_name(m["status"], language),
        investment_text(m, language), savings_text(m, language), measure_payback_text(m, language),
    ] for m in measures]
    note = ""
    if not page.meta.get("illustrative", True) and any(m.get("technique") for m in measures):
        # The published cases never tag their measures: a tag is ours, and the reader is told so.
        note = f'\n<p class="sx-our-reading">{WORDS["our_reading"][language]}</p>\n'
    return table(header, rows, numeric=(3, 4, 5)) + note


def totals_list(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    done = totals(case_of(context).meta.get("measures", []))
    if done.count == 0:
        return f"\n{WORDS['none_done'][language]}\n"
    if language == "vi":
        lead = f"Tổng của {done.count} giải pháp đã thực hiện:"
    else:
        lead = ("The one implemented measure adds up to:" if done.count == 1
                else f"The {done.count} implemented measures add up to:")
    return "\n".join(["", lead, "", *total_lines(done, language), ""])


def total_lines(done: Totals, language: str) -> list[str]:
    """The three lines of a case's totals; a sum that leaves measures out says so."""
    def figure(amount: float, published: int, partial: str) -> str:
        if published == 0:
            return WORDS["not_published"][language]
        text = f"**{money(amount, language)}**"
        return text if published == done.count else f"{text} ({WORDS[partial][language]})"

    if not done.complete:
        payback_line = WORDS["no_payback"][language]
    elif done.payback is None:
        payback_line = WORDS["never"][language]
    else:
        payback_line = (f"{WORDS['about'][language]} **{format_number(done.payback, language)} {WORDS['years'][language]}**"
                        f" ({WORDS['how'][language]})")
    return [
        f"- {WORDS['investment'][language]}: {figure(done.investment, done.with_investment, 'partial_investment')}",
        f"- {WORDS['savings'][language]}: {figure(done.savings, done.with_savings, 'partial_savings')}",
        f"- {WORDS['payback'][language]}: {payback_line}",
    ]


@dataclass(frozen=True)
class CaseRecord:
    """A case as the catalogue and the charts need it, in one language."""

    url_path: str
    title: str
    enterprise: str
    sector: str
    year: int | None  # None: the source does not say
    assessment_type: str | None
    illustrative: bool
    measures: tuple[dict, ...]

    def status_counts(self) -> dict[str, int]:
        return {status: sum(1 for m in self.measures if m["status"] == status) for status in MEASURE_STATUS_NAMES}

    @property
    def techniques(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m["technique"] for m in self.measures if m.get("technique")))

    @property
    def implemented(self) -> tuple[dict, ...]:
        return tuple(m for m in self.measures if m["status"] == IMPLEMENTED)


def _valid(measure: dict) -> bool:
    # A measure with a field the schema rejected is reported by the loader; the build stops before rendering.
    return "status" in measure


def case_records(context: RenderContext, folder: str = CASE.folder, illustrative: bool = False) -> list[CaseRecord]:
    """The case pages of the folder, newest assessment first, in the context's language: the real cases
    (the catalogue, its totals and charts), or with ``illustrative=True`` only the worked examples."""
    records = [CaseRecord(
        url_path=page.url_path, title=page.meta.get("title", ""), enterprise=page.meta.get("enterprise", ""),
        sector=page.meta.get("sector", "khac"), year=page.meta.get("assessment_year"),
        assessment_type=page.meta.get("assessment_type"), illustrative=page.meta.get("illustrative", True),
        measures=tuple(m for m in page.meta.get("measures", []) if _valid(m)),
    ) for page in pages_for(context, folder) if page.content_type is CASE]
    chosen = [r for r in records if r.illustrative is illustrative]
    return sorted(chosen, key=lambda r: (-(r.year or 0), r.enterprise))


_TITLE = re.compile(r"^# .*$", re.MULTILINE)


def with_illustrative_label(markdown: str, url_path: str, site: Site, language: str) -> str:
    """A case marked `illustrative: true` says so under its title, from the front matter,
    so an editor cannot forget the label."""
    source = site.page(url_path, language) or site.page(url_path, "vi")
    if source is None or source.content_type is not CASE or not source.meta.get("illustrative"):
        return markdown
    label = (f'\n<div class="admonition warning sx-illustrative" role="note">'
             f'<p class="admonition-title">{WORDS["illustrative"][language]}</p>'
             f'<p>{WORDS["illustrative_text"][language]}</p></div>\n')
    title = _TITLE.search(markdown)
    at = title.end() if title else 0
    return markdown[:at] + "\n" + label + markdown[at:]
