"""The figures of a case study: payback and totals computed from its measures, and the
checks that keep what an editor typed in agreement with them.

A case's front matter lists its measures with investment and savings; the
page shows the measures table and the totals rendered from that list (see
scripts/pages/cases.py), so a number is typed once. What is still typed by hand,
the payback of each measure and the English copy of every figure, is checked here,
and so is the rule that a case presented as real names a source a reader can open.

A published case often gives only part of the figures: savings without the
investment, one total for several options, savings per season. Such a figure
stays as published; sums say what they leave out, and a payback is worked out
only where the investment and the yearly savings are both known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .problems import Problem
from .schema import CASE, SOURCE_RECORDS, YEARLY

if TYPE_CHECKING:
    from .sources import Site, SourcePage

IMPLEMENTED = "da-thuc-hien"
PAYBACK_TOLERANCE = 0.01  # payback is written with two decimals
# Figures that must be the same in both languages (names and prose are translated, numbers are not).
SHARED_FIELDS = ("illustrative", "sector", "size", "assessment_year", "assessment_type", "co2e_tonnes_per_year")
SHARED_MEASURE_FIELDS = ("technique", "status", "investment_vnd", "savings_vnd", "savings_period", "payback_years",
                         "grouped", "approximate")
SHARED_RESOURCE_FIELDS = ("resource", "amount", "unit")


def payback_years(investment: float, savings: float) -> float | None:
    """Years for the savings to repay the investment, to two decimals; 0 without investment;
    None when nothing is saved (it never pays back)."""
    if investment == 0:
        return 0.0
    if savings == 0:
        return None
    return round(investment / savings, 2)


def yearly(measure: dict) -> bool:
    return measure.get("savings_period", YEARLY) == YEARLY


def yearly_savings(measure: dict) -> float | None:
    """The measure's savings if they are published per year, else None."""
    return measure.get("savings_vnd") if yearly(measure) else None


def complete(measure: dict) -> bool:
    """Both the investment and the yearly savings are published, so the payback can be worked out."""
    return "investment_vnd" in measure and yearly_savings(measure) is not None


@dataclass(frozen=True)
class Totals:
    count: int
    investment: float  # of the measures that publish it
    savings: float  # yearly savings of the measures that publish them per year
    complete: bool = True  # every measure counted publishes both figures, yearly
    with_investment: int = 0  # how many of the measures counted publish their investment
    with_savings: int = 0  # ... and their yearly savings

    @property
    def payback(self) -> float | None:
        return payback_years(self.investment, self.savings)


def totals(measures: Iterable[dict], statuses: Iterable[str] = (IMPLEMENTED,)) -> Totals:
    """Sums over the measures whose status is in ``statuses`` (by default: implemented)."""
    chosen = [m for m in measures if m.get("status") in set(statuses)]
    return Totals(len(chosen), sum(m.get("investment_vnd", 0) for m in chosen),
                  sum(yearly_savings(m) or 0 for m in chosen), all(complete(m) for m in chosen),
                  sum(1 for m in chosen if "investment_vnd" in m),
                  sum(1 for m in chosen if yearly_savings(m) is not None))


def yaml_number(value: float) -> str:
    """A number as an editor writes it in front matter: 1200000000, 0.94."""
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


def check_case(page: SourcePage) -> list[Problem]:
    """Each measure's payback agrees with its investment and yearly savings, where both are published."""
    problems = []
    for index, measure in enumerate(page.meta.get("measures", []), start=1):
        if "payback_years" not in measure:
            continue
        if not complete(measure):
            field = f"measures[{index}].payback_years"
            problems.append(Problem(
                page.source, page.lines.get(field, page.lines.get(f"measures[{index}]", 1)), field,
                "thời gian hoàn vốn chỉ tính được khi có cả vốn đầu tư và tiền tiết kiệm mỗi năm — xoá dòng"
                " payback_years (trang sẽ ghi “chưa công bố”), hoặc thêm số còn thiếu nếu nguồn có công bố",
                "a payback can only be worked out from both the investment and the yearly savings — delete the"
                " payback_years line (the page says “not published”), or add the missing figure if the source"
                " publishes it",
            ))
            continue
        field = f"measures[{index}].payback_years"
        line = page.lines.get(field, page.lines.get(f"measures[{index}]", 1))
        investment, savings, written = measure["investment_vnd"], measure["savings_vnd"], measure["payback_years"]
        expected = payback_years(investment, savings)
        inv, sav = yaml_number(investment), yaml_number(savings)
        if expected is None:
            problems.append(Problem(
                page.source, line, field,
                f"giải pháp không tiết kiệm được gì (savings_vnd: {sav}) nên không bao giờ hoàn vốn"
                " — xoá dòng payback_years, hoặc sửa số tiền tiết kiệm mỗi năm",
                f"the measure saves nothing (savings_vnd: {sav}), so it never pays back"
                " — delete the payback_years line, or correct the yearly savings",
            ))
        elif abs(written - expected) > PAYBACK_TOLERANCE + 1e-9:
            how_vi = ("không cần vốn đầu tư nên hoàn vốn ngay" if investment == 0
                      else f"vốn đầu tư {inv} chia cho tiền tiết kiệm mỗi năm {sav} là {yaml_number(expected)} năm")
            how_en = ("there is no investment, so it pays back at once" if investment == 0
                      else f"the investment {inv} divided by the yearly savings {sav} is {yaml_number(expected)} years")
            problems.append(Problem(
                page.source, line, field,
                f"thời gian hoàn vốn ghi {yaml_number(written)} năm, nhưng {how_vi}"
                f" — viết “payback_years: {yaml_number(expected)}”",
                f"the payback is written as {yaml_number(written)} years, but {how_en}"
                f" — write “payback_years: {yaml_number(expected)}”",
            ))
    return problems


def check_sources(site: Site) -> list[Problem]:
    """A case presented as real (no `illustrative: true`) cites at least one source with an address, so a
    reader can check its figures; a worked example needs none."""
    addresses = {r.get("id"): r.get("url") for r in site.data.get(SOURCE_RECORDS.name, [])}
    problems = []
    for page in site.pages:
        if page.content_type is not CASE or page.meta.get("illustrative", True) is not False:
            continue  # a missing or invalid `illustrative` is reported by the schema
        cited = [ref.get("id") for ref in page.meta.get("sources") or [] if isinstance(ref, dict)]
        if any(addresses.get(ref) for ref in cited):
            continue
        names = ", ".join(f"“{ref}”" for ref in cited) or "không có nguồn nào"
        names_en = ", ".join(f"“{ref}”" for ref in cited) or "no source"
        problems.append(Problem(
            page.source, page.lines.get("sources", page.lines.get("illustrative", 1)), "sources",
            f"mô hình này là doanh nghiệp có thật (illustrative: false) nhưng nguồn ({names}) không có địa chỉ"
            " để bạn đọc mở ra kiểm tra số liệu — thêm một nguồn có “url:” trong data/sources.yml (trang đã công"
            " bố mô hình), hoặc ghi “illustrative: true” nếu đây là ví dụ giả định",
            f"this case is a real enterprise (illustrative: false) but its sources ({names_en}) have no address"
            " a reader can open to check the figures — cite a source with a “url:” in data/sources.yml (the page"
            " that published the case), or write “illustrative: true” if this is an invented example",
        ))
    return problems


def check_translation(vietnamese: SourcePage, english: SourcePage) -> list[Problem]:
    """Every figure of the English page equals the Vietnamese one (reported on the English file)."""
    problems: list[Problem] = []

    def compare(name: str, ours: object, theirs: object) -> None:
        if ours == theirs:
            return
        line = english.lines.get(name, english.lines.get(name.rsplit(".", 1)[0], 1))
        vi_line = vietnamese.lines.get(name, vietnamese.lines.get(name.rsplit(".", 1)[0], 1))
        fix_vi = "xoá dòng này" if theirs is None else f"viết “{name.rsplit('.', 1)[-1]}: {_shown(theirs, 'vi')}”"
        fix_en = "delete this line" if theirs is None else f"write “{name.rsplit('.', 1)[-1]}: {_shown(theirs, 'en')}”"
        problems.append(Problem(
            english.source, line, name,
            f"khác với bản tiếng Việt ({vietnamese.source}:{vi_line} ghi {_shown(theirs, 'vi')}) — số liệu hai"
            f" bản phải giống nhau: {fix_vi}, hoặc sửa bản tiếng Việt nếu chính nó sai",
            f"differs from the Vietnamese page ({vietnamese.source}:{vi_line} says {_shown(theirs, 'en')}) — both"
            f" languages give the same figures: {fix_en}, or correct the Vietnamese page if it is the wrong one",
        ))

    for name in SHARED_FIELDS:
        compare(name, english.meta.get(name), vietnamese.meta.get(name))
    for name in ("value", "norm_id"):
        compare(f"baseline.{name}", english.meta.get("baseline", {}).get(name),
                vietnamese.meta.get("baseline", {}).get(name))
    for group, fields in (("measures", SHARED_MEASURE_FIELDS), ("resource_savings", SHARED_RESOURCE_FIELDS)):
        ours, theirs = english.meta.get(group, []), vietnamese.meta.get(group, [])
        if len(ours) != len(theirs):
            problems.append(Problem(
                english.source, english.lines.get(group, 1), group,
                f"bản tiếng Anh có {len(ours)} mục, bản tiếng Việt ({vietnamese.source}) có {len(theirs)}"
                " — hai bản phải có cùng các mục, theo cùng thứ tự",
                f"the English page has {len(ours)} items, the Vietnamese page ({vietnamese.source}) has"
                f" {len(theirs)} — both must list the same items in the same order",
            ))
            continue
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=True), start=1):
            for name in fields:
                compare(f"{group}[{index}].{name}", mine.get(name), other.get(name))
    return problems


def _shown(value: object, language: str) -> str:
    if value is None:
        return "không có" if language == "vi" else "none"
    if isinstance(value, bool):
        return str(value).lower()
    return yaml_number(value) if isinstance(value, (int, float)) else str(value)
