"""Every mistake an editor can make ends in a message naming the file, the line and the fix.

Each file under broken/ holds one fault; expected.yml holds the exact messages an editor sees (the
build's, and the Markdown style rules of `make check`). The editor's guide lists them from there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.content.problems import Problem
from scripts.content.sources import check_name, load_page
from scripts.content.style import check_style
from scripts.content.text_checks import check_text

BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[str]] = yaml.safe_load((BROKEN.parent / "expected.yml").read_text(encoding="utf-8"))


def problems_of(relative: str) -> list[Problem]:
    path = BROKEN / relative
    page, problems = load_page(f"docs/{relative}", relative, path.read_text(encoding="utf-8"))
    style = check_style(page.source, page.body, page.body_line) if page else []  # `make check` only
    return problems + style + check_name(f"docs/{relative}", path.relative_to(BROKEN))


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
