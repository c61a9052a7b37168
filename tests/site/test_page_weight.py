"""Page weight budgets (DESIGN.md), computed from the built files as the server sends them."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.quality.site_pages import base_path
from scripts.quality.weight import FIRST_VISIT_BUDGET, report, resources, weigh


@pytest.fixture(scope="module")
def weights(built_site: Path) -> list:
    return weigh(built_site, base_path(built_site))


def test_every_page_is_within_the_budgets(weights: list, capsys: pytest.CaptureFixture) -> None:
    with capsys.disabled():  # the ten heaviest pages, in every test run's output
        print("\n" + report(weights))
    over = [problem for weight in weights for problem in weight.over_budget()]
    assert over == [], "\n".join(over)


def test_pages_refer_only_to_files_that_exist(weights: list) -> None:
    assert [(weight.page, weight.missing) for weight in weights if weight.missing] == []


def test_the_count_includes_what_a_browser_loads(built_site: Path) -> None:
    found, _ = resources(built_site, built_site / "chuong-trinh" / "index.html", base_path(built_site))
    names = {file.name for file in found}
    assert "sxsh.css" in names and "print.css" in names and "page-tools.js" in names
    assert "BeVietnamPro-Regular.woff2" in names and "material-base.js" in names
    # The search code and index only when a search starts
    assert not [name for name in names if name.startswith("search_index") or name.endswith(".mjs")]
    assert min(weight.first_visit for weight in weigh(built_site, base_path(built_site))) > FIRST_VISIT_BUDGET / 10
