"""A case study's measures table and totals, rendered from its own front matter.

A case page writes

    <!-- render case-measures -->
    <!-- render case-totals -->

and gets the table of its measures and the sums of the implemented ones, in the
page's language and number format: the figures live once, in the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.content.case_figures import IMPLEMENTED, payback_years, totals
from scripts.content.schema import ASSESSMENT_TYPE_NAMES, CASE, MEASURE, MEASURE_STATUS_NAMES
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
    "illustrative": {"vi": "Ví dụ minh hoạ", "en": "Worked example"},
    "illustrative_text": {
        "vi": "Doanh nghiệp và mọi con số trên trang này là giả định, được dựng lên để minh hoạ cách làm đánh giá"
              " sản xuất sạch hơn (SXSH). Đây không phải kết quả của một doanh nghiệp có thật.",
        "en": "The enterprise and every figure on this page are invented to show how a cleaner production (SXSH)"
              " assessment works. They are not the results of a real business.",
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


def measures_table(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    names = technique_names(context)
    labels = {f.name: (f.label_vi if language == "vi" else f.label_en) for f in MEASURE.item.fields}
    item = MEASURE.item.label_vi if language == "vi" else MEASURE.item.label_en
    header = [item, labels["technique"], labels["status"], labels["investment_vnd"], labels["savings_vnd_per_year"],
              labels["payback_years"]]
    rows = [[
        cell(m["name"]), cell(names[m["technique"]]), status_name(m["status"], language),
        format_number(m["investment_vnd"], language), format_number(m["savings_vnd_per_year"], language),
        payback_text(m["investment_vnd"], m["savings_vnd_per_year"], language),
    ] for m in case_of(context).meta.get("measures", [])]
    return table(header, rows, numeric=(3, 4, 5))


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
    payback = payback_years(done.investment, done.savings)
    if payback is None:
        payback_line = WORDS["never"][language]
    else:
        payback_line = (f"{WORDS['about'][language]} **{format_number(payback, language)} {WORDS['years'][language]}**"
                        f" ({WORDS['how'][language]})")
    return "\n".join([
        "", lead, "",
        f"- {WORDS['investment'][language]}: **{money(done.investment, language)}**",
        f"- {WORDS['savings'][language]}: **{money(done.savings, language)}**",
        f"- {WORDS['payback'][language]}: {payback_line}",
        "",
    ])


@dataclass(frozen=True)
class CaseRecord:
    """A case as the catalogue and the charts need it, in one language."""

    url_path: str
    title: str
    enterprise: str
    sector: str
    year: int
    assessment_type: str
    illustrative: bool
    measures: tuple[dict, ...]

    def status_counts(self) -> dict[str, int]:
        return {status: sum(1 for m in self.measures if m["status"] == status) for status in MEASURE_STATUS_NAMES}

    @property
    def techniques(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m["technique"] for m in self.measures))

    @property
    def implemented(self) -> tuple[dict, ...]:
        return tuple(m for m in self.measures if m["status"] == IMPLEMENTED)


def _complete(measure: dict) -> bool:
    # A measure with a field the schema rejected is reported by the loader; the build stops before rendering.
    return {"technique", "status", "investment_vnd", "savings_vnd_per_year"} <= measure.keys()


def case_records(context: RenderContext, folder: str = CASE.folder) -> list[CaseRecord]:
    """Every case page of the folder, newest assessment first, in the context's language."""
    records = [CaseRecord(
        url_path=page.url_path, title=page.meta.get("title", ""), enterprise=page.meta.get("enterprise", ""),
        sector=page.meta.get("sector", "khac"), year=page.meta.get("assessment_year", 0),
        assessment_type=page.meta.get("assessment_type", "nhanh"), illustrative=page.meta.get("illustrative", True),
        measures=tuple(m for m in page.meta.get("measures", []) if _complete(m)),
    ) for page in pages_for(context, folder) if page.content_type is CASE]
    return sorted(records, key=lambda r: (-r.year, r.enterprise))



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
