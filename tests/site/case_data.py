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

    def sums(self, technique: str = "", status: str = IMPLEMENTED) -> tuple[int, float, float]:
        chosen = [m for m in self.meta["measures"]
                  if (not technique or m["technique"] == technique) and (not status or m["status"] == status)]
        return (len(chosen), sum(m["investment_vnd"] for m in chosen), sum(m["savings_vnd_per_year"] for m in chosen))


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
