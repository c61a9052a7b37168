"""Thumbnails of a publication's pages, rendered from its screen PDF (scripts/pdf/raster.py).

A reader sees what a leaflet looks like before downloading it. The images are small (240 px wide,
shown at 120–240 CSS px) and reduced to a 32-colour palette: a leaflet page is flat colour and
text, so that costs nothing visible and keeps each image near 10 KB for the page-weight budget.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PIL import Image

from scripts.pdf.raster import render_pages

WIDTH = 240
#: Pages shown per publication: a leaflet or poster shows every page up to this; the book only its cover.
MOST_PAGES = 4
SUFFIX = "trang"


def names_for(pdf_site_path: str, pages: int) -> list[str]:
    """Site paths of the thumbnails of ``x/x-man-hinh.pdf``: ``x/x-man-hinh-trang-1.png``, …"""
    stem = pdf_site_path.removesuffix(".pdf")
    return [f"{stem}-{SUFFIX}-{number}.png" for number in range(1, pages + 1)]


def make(pdf: Path, out_dir: Path, pdf_site_path: str, pages: int) -> list[str]:
    """Render the first ``pages`` pages of ``pdf`` as thumbnails under ``out_dir``; returns their site paths.
    Thumbnails newer than their PDF are kept."""
    names = names_for(pdf_site_path, pages)
    targets = [out_dir / name for name in names]
    if all(t.exists() and t.stat().st_mtime >= pdf.stat().st_mtime for t in targets):
        return names
    with tempfile.TemporaryDirectory() as folder:
        rendered = render_pages(pdf, Path(folder), "page",
                                ["-f", "1", "-l", str(pages), "-scale-to-x", str(WIDTH), "-scale-to-y", "-1"])
        for source, target in zip(rendered, targets, strict=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            Image.open(source).convert("RGB").quantize(colors=32).save(target, optimize=True)
    return names


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size
