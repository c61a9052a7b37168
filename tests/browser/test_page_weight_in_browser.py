"""The page-weight count (scripts/quality/weight.py) against what Chromium really fetches on a phone:
a long page's lazy pictures further down are fetched only when the reader scrolls to them, and the
count's first visit holds every image the browser fetched before that."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.quality.site_pages import base_path
from scripts.quality.weight import resources, weigh

pytestmark = pytest.mark.browser
GUIDE = "huong-dan-bien-tap/bieu-mau-web/"
PICTURES = (".webp", ".png", ".jpg", ".svg")


def test_lazy_pictures_further_down_wait_for_the_reader(browser: object, built_site: Path, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    tab = context.new_page()
    fetched: list[str] = []
    tab.on("requestfinished", lambda request: fetched.append(request.url.rsplit("/", 1)[1]))
    tab.goto(site_url + GUIDE)
    tab.wait_for_load_state("networkidle")
    on_load = {name for name in fetched if name.endswith(PICTURES)}
    counted, _ = resources(built_site, built_site / GUIDE / "index.html", base_path(built_site))
    assert on_load <= {file.name for file in counted}
    screenshots = [image for image in tab.locator("article img").all() if "anh/" in (image.get_attribute("src") or "")]
    assert len(screenshots) == 6 and len([name for name in on_load if name.startswith("bieu-mau-")]) < 3

    for screenshot in screenshots:  # the reader scrolls down the guide
        screenshot.scroll_into_view_if_needed()
        screenshot.evaluate("(image) => image.decode()")
    assert {name for name in fetched if name.startswith("bieu-mau-")} == {
        Path(image.get_attribute("src")).name for image in screenshots}
    weight = next(weight for weight in weigh(built_site, base_path(built_site)) if weight.page == GUIDE)
    assert weight.on_scroll > 0
    context.close()
