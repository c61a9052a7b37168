"""The case studies' figures read straight from their Markdown files, for tests that compare what
a page shows with what its editor wrote. Deliberately independent of scripts/: plain YAML, plain sums."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "docs" / "mo-hinh"
IMPLEMENTED = "da-thuc-hien"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])


def data(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    slug: str  # "vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc"
    meta: dict  # Vietnamese front matter
    meta_en: dict

    def site_path(self, language: str) -> str:
        return posixpath.join("en" if language == "en" else "", "mo-hinh", self.slug, "index.html")

    def meta_in(self, language: str) -> dict:
        return self.meta_en if language == "en" else self.meta

    @property
    def illustrative(self) -> bool:
        return self.meta["illustrative"] is True

    def chosen(self, technique: str = "", status: str = IMPLEMENTED) -> list[dict]:
        return [m for m in self.meta["measures"]
                if (not technique or m.get("technique") == technique) and (not status or m["status"] == status)]

    def sums(self, technique: str = "", status: str = IMPLEMENTED) -> tuple[int, float, float]:
        """Count, published investment and published yearly savings of the chosen measures."""
        chosen = self.chosen(technique, status)
        return (len(chosen), sum(m.get("investment_vnd", 0) for m in chosen),
                sum(yearly(m) or 0 for m in chosen))

    def figures(self, language: str, technique: str = "", status: str = IMPLEMENTED) -> tuple[str, str, str]:
        """Investment, yearly savings and payback as a catalogue row shows them."""
        chosen = self.chosen(technique, status)
        _, investment, savings = self.sums(technique, status)
        with_investment = any("investment_vnd" in m for m in chosen)
        with_savings = any(yearly(m) is not None for m in chosen)
        return (number(investment, language) if with_investment else NOT_PUBLISHED[language],
                number(savings, language) if with_savings else NOT_PUBLISHED[language],
                payback(investment, savings, language) if chosen and all(known(m) for m in chosen)
                else NOT_ENOUGH[language])


NOT_PUBLISHED = {"vi": "chưa công bố", "en": "not published"}
NOT_ENOUGH = {"vi": "chưa đủ số liệu", "en": "not enough figures"}


def yearly(measure: dict) -> float | None:
    """The measure's savings if published per year (the default period), else None."""
    return measure.get("savings_vnd") if measure.get("savings_period", "nam") == "nam" else None


def known(measure: dict) -> bool:
    """Both the investment and the yearly savings are published."""
    return "investment_vnd" in measure and yearly(measure) is not None


def real_cases() -> list[Case]:
    return [case for case in cases() if not case.illustrative]


def worked_examples() -> list[Case]:
    return [case for case in cases() if case.illustrative]


def cases() -> list[Case]:
    found = []
    for path in sorted(CASES.glob("*.vi.md")):
        if path.name.startswith("index."):
            continue
        stem = path.name.removesuffix(".vi.md")
        found.append(Case(stem, front_matter(path), front_matter(path.with_name(stem + ".en.md"))))
    return found


def number(value: float, language: str) -> str:
    """How the site writes a number: 1.234.567 and 0,94 in Vietnamese; 1,234,567 and 0.94 in English."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    if language == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def payback(investment: float, savings: float, language: str) -> str:
    if investment == 0:
        return "0 (không cần vốn)" if language == "vi" else "0 (no investment)"
    if savings == 0:
        return "không hoàn vốn" if language == "vi" else "never"
    return number(round(investment / savings, 2), language)


def names(collection: str, language: str) -> dict[str, str]:
    return {record["id"]: record["name"][language] for record in data(collection)}
