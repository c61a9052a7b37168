"""Every mistake an editor can make ends in a message naming the file, the line and the fix.

Each file under broken/ holds one fault; expected.yml holds the exact messages an editor sees (the
build's, and the Markdown style rules of `make check`). The editor's guide lists them from there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from scripts.content.case_figures import check_sources
from scripts.content.problems import Problem
from scripts.content.references import check_references
from scripts.content.retired import check_site_pages
from scripts.content.schema import RETIRED_INSTITUTIONS
from scripts.content.sources import Site, check_name, load_page, load_site, read_source
from scripts.content.style import check_style, check_voice
from scripts.content.text_checks import check_text
from scripts.content.units import check_units

BROKEN = Path(__file__).parent / "broken"
ROOT = BROKEN.parents[2]
EXPECTED: dict[str, list[str]] = yaml.safe_load((BROKEN.parent / "expected.yml").read_text(encoding="utf-8"))


@cache
def real_site() -> Site:
    """The real content, which a fixture page joins to have its references (sources, pages) checked."""
    return load_site(ROOT, {"handbook": "so-tay"})


def problems_of(relative: str) -> list[Problem]:
    path = BROKEN / relative
    text, problems = read_source(path, f"docs/{relative}")
    if text is not None:
        page, found = load_page(f"docs/{relative}", relative, text)
        problems += found + (check_style(page.source, page.body, page.body_line) if page else [])  # style: `make check`
        problems += check_voice(f"docs/{relative}", text)  # the build prints these, `make check` fails on them
        if page is not None:
            real = real_site()
            site = Site(ROOT, pages=[*real.pages, page], data=real.data, data_lines=real.data_lines)
            problems += [p for p in check_references(site) + check_units(site) + check_sources(site)
                         if p.path == page.source]
            problems += check_site_pages([page], real.data[RETIRED_INSTITUTIONS.name])
    return problems + check_name(f"docs/{relative}", path.relative_to(BROKEN))


def test_every_broken_file_has_expected_messages() -> None:
    on_disk = {p.relative_to(BROKEN).as_posix() for p in BROKEN.rglob("*.md")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_exact_message_and_line(relative: str) -> None:
    assert [str(p) for p in problems_of(relative)] == EXPECTED[relative]


@pytest.mark.parametrize(
    "line",
    [
        "Nhiệt độ 25°C, diện tích 12 m², hiệu suất ±5%, khổ 2×3 m.",
        "Hoà, hòa, thuỷ, thủy, khoẻ, khỏe, quá, quân, tuệ, người, được, đường.",
        "ISO 14001:2015 và Quyết định 1759/QĐ-UBND (SXSH).",
    ],
)
def test_clean_vietnamese_is_not_flagged(line: str) -> None:
    assert check_text("docs/x.md", line) == []
