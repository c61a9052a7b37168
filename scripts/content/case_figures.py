"""The figures of a case study: payback and totals computed from its measures, and the
checks that keep what an editor typed in agreement with them.

A case's front matter lists its measures with investment and yearly savings; the
page shows the measures table and the totals rendered from that list (see
scripts/pages/cases.py), so a number is typed once. What is still typed by hand,
the payback of each measure and the English copy of every figure, is checked here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from .sources import SourcePage

IMPLEMENTED = "da-thuc-hien"
PAYBACK_TOLERANCE = 0.01  # payback is written with two decimals
# Figures that must be the same in both languages (names and prose are translated, numbers are not).
SHARED_FIELDS = ("illustrative", "sector", "size", "assessment_year", "assessment_type", "co2e_tonnes_per_year")
SHARED_MEASURE_FIELDS = ("technique", "status", "investment_vnd", "savings_vnd_per_year", "payback_years")
SHARED_RESOURCE_FIELDS = ("resource", "amount", "unit")


def payback_years(investment: float, savings: float) -> float | None:
    """Years for the savings to repay the investment, to two decimals; 0 without investment;
    None when nothing is saved (it never pays back)."""
    if investment == 0:
        return 0.0
    if savings == 0:
        return None
    return round(investment / savings, 2)


@dataclass(frozen=True)
class Totals:
    count: int
    investment: float
    savings: float

    @property
    def payback(self) -> float | None:
        return payback_years(self.investment, self.savings)


def totals(measures: Iterable[dict], statuses: Iterable[str] = (IMPLEMENTED,)) -> Totals:
    """Sums over the measures whose status is in ``statuses`` (by default: implemented)."""
    chosen = [m for m in measures if m.get("status") in set(statuses)]
    return Totals(len(chosen), sum(m.get("investment_vnd", 0) for m in chosen),
                  sum(m.get("savings_vnd_per_year", 0) for m in chosen))


def yaml_number(value: float) -> str:
    """A number as an editor writes it in front matter: 1200000000, 0.94."""
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


def check_case(page: SourcePage) -> list[Problem]:
    """Each measure's payback agrees with its investment and savings."""
    problems = []
    for index, measure in enumerate(page.meta.get("measures", []), start=1):
        if not {"investment_vnd", "savings_vnd_per_year", "payback_years"} <= measure.keys():
            continue  # a missing or invalid number is reported by the schema; payback may be left out
        field = f"measures[{index}].payback_years"
        line = page.lines.get(field, page.lines.get(f"measures[{index}]", 1))
        investment, savings, written = measure["investment_vnd"], measure["savings_vnd_per_year"], measure["payback_years"]
        expected = payback_years(investment, savings)
        inv, sav = yaml_number(investment), yaml_number(savings)
        if expected is None:
            problems.append(Problem(
                page.source, line, field,
                f"giải pháp không tiết kiệm được gì (savings_vnd_per_year: {sav}) nên không bao giờ hoàn vốn"
                " — xoá dòng payback_years, hoặc sửa số tiền tiết kiệm mỗi năm",
                f"the measure saves nothing (savings_vnd_per_year: {sav}), so it never pays back"
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
