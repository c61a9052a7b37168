"""axe-core in Chromium: zero violations of the WCAG 2.2 A/AA rules on the home pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page, url: str) -> list[dict]:
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(url.split("/", 3)[0] + "//"
                                                                                     + url.split("/", 3)[2]) else route.continue_())
    page.goto(url, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(f"async () => (await axe.run(document, {{runOnly: {json.dumps(WCAG_TAGS)}}})).violations")


@pytest.mark.parametrize("path", ["", "en/"])
def test_home_has_no_axe_violations(page, site_url: str, path: str) -> None:
    violations = axe_violations(page, site_url + path)
    summary = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert summary == []


@pytest.mark.parametrize("path", ["huong-dan-bien-tap/", "huong-dan-bien-tap/truong-du-lieu/",
                                  "en/huong-dan-bien-tap/thong-bao-loi/"])
def test_editor_guide_has_no_axe_violations(page, site_url: str, path: str) -> None:
    violations = axe_violations(page, site_url + path)
    summary = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert summary == []
