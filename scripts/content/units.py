"""Units that must agree with what they measure: a resource saved is counted in a unit of its kind (electricity
in kWh, water in m³...), and a baseline compared with a MOIT norm is written in the norm's own unit. A wrong unit
type-checks (it is a word from the list) but makes every total and comparison on the page false."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .problems import Problem
from .schema import CASE, ENERGY_NORMS, RESOURCES

if TYPE_CHECKING:
    from .sources import Site, SourcePage


def check_units(site: Site) -> list[Problem]:
    norm_units = {n["id"]: n.get("unit") for n in site.data.get(ENERGY_NORMS.name, []) if "id" in n}
    problems = []
    for page in site.pages:
        if page.content_type is CASE:
            problems += _resource_units(page) + _baseline_unit(page, norm_units)
    return problems


def _resource_units(page: SourcePage) -> list[Problem]:
    problems = []
    for index, saving in enumerate(page.meta.get("resource_savings") or [], start=1):
        if not isinstance(saving, dict):
            continue
        kind, unit = saving.get("resource"), saving.get("unit")
        if kind not in RESOURCES or unit is None or unit in RESOURCES[kind][2]:
            continue  # an unknown kind is reported by the schema
        label_vi, label_en, allowed = RESOURCES[kind]
        name = f"resource_savings[{index}].unit"
        write_vi = f"viết “{allowed[0]}”" if len(allowed) == 1 else "viết một trong: " + ", ".join(allowed)
        write_en = f"write “{allowed[0]}”" if len(allowed) == 1 else "write one of: " + ", ".join(allowed)
        problems.append(Problem(
            page.source, page.lines.get(name, 1), name,
            f"“{unit}” không phải đơn vị đo {label_vi.lower()} (resource: {kind}) — {write_vi},"
            " hoặc sửa dòng “resource” nếu loại tài nguyên bị ghi nhầm",
            f"“{unit}” is not a unit of {label_en.lower()} (resource: {kind}) — {write_en},"
            " or correct the “resource” line if the kind is wrong",
        ))
    return problems


def _baseline_unit(page: SourcePage, norm_units: dict[str, str | None]) -> list[Problem]:
    baseline = page.meta.get("baseline")
    if not isinstance(baseline, dict) or baseline.get("norm_id") not in norm_units:
        return []  # no norm to compare with (a missing norm id is reported by the reference check)
    unit, norm_unit = baseline.get("unit"), norm_units[baseline["norm_id"]]
    if unit == norm_unit or norm_unit is None:
        return []
    return [Problem(
        page.source, page.lines.get("baseline.unit", 1), "baseline.unit",
        f"đơn vị “{unit}” khác đơn vị “{norm_unit}” của định mức {baseline['norm_id']} nên không so sánh được —"
        f" đổi số liệu sang {norm_unit} và viết “unit: {norm_unit}”, hoặc bỏ dòng norm_id",
        f"the unit “{unit}” differs from the unit “{norm_unit}” of the norm {baseline['norm_id']}, so the two cannot be"
        f" compared — convert the figure to {norm_unit} and write “unit: {norm_unit}”, or remove the norm_id line",
    )]
