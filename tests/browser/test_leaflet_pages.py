"""A leaflet's web page on a phone: each panel of the printed leaflet reads as a card."""

from __future__ import annotations

import pytest

from .test_accessibility import axe_violations

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("path", ["tai-lieu/san-xuat-sach-hon-la-gi/", "en/tai-lieu/san-xuat-sach-hon-la-gi/"])
def test_panels_are_cards_on_a_phone(page, site_url: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    violations = axe_violations(page, site_url + path)
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    panels = page.locator(".md-typeset .sx-panel")
    assert panels.count() >= 4
    border, padding, cover, inside = panels.nth(1).evaluate(
        """panel => {
            const style = getComputedStyle(panel);
            const cover = getComputedStyle(document.querySelector('.md-typeset .sx-panel')).backgroundColor;
            return [parseFloat(style.borderTopWidth), parseFloat(style.paddingLeft), cover, style.backgroundColor];
        }"""
    )
    assert border > 0 and padding >= 10  # a visible edge and room inside it
    assert cover != inside  # the first panel (the leaflet's cover) stands out
    first, second = (panels.nth(i).bounding_box() for i in (0, 1))
    assert second["y"] >= first["y"] + first["height"]  # cards stack, one under the other
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
