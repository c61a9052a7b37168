"""In a real browser, on the site as shipped: every download box offers PDFs that are there, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_every_pdf_of_every_download_box_downloads(page, built_site: Path, site_url: str) -> None:
    boxes = sorted(path.parent.relative_to(built_site).as_posix() + "/" for path in built_site.rglob("index.html")
                   if 'class="sx-pdf-links"' in path.read_text(encoding="utf-8"))
    # The handbook's home offers the book in each language; publications offer their own PDFs.
    assert {"so-tay/", "en/so-tay/", "tai-lieu/san-xuat-sach-hon-la-gi/", "en/tai-lieu/san-xuat-sach-hon-la-gi/"} <= set(boxes)
    for path in boxes:
        page.goto(site_url + path)
        links = page.locator(".sx-pdf-links a[type='application/pdf']")
        assert links.count() == 2, f"{path}: the screen and the print PDF"
        for href in links.evaluate_all("links => links.map(link => link.href)"):
            response = page.request.get(href)
            assert response.status == 200, f"{path}: {href}"
            assert response.body().startswith(b"%PDF-"), f"{path}: {href}"
