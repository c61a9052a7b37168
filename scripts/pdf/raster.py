"""PDF pages as PNG images, by pdftoppm (Debian's poppler-utils, installed by ``make build``).

Both the publication thumbnails and the link preview cards are drawn this way, so the build has one
way to turn a PDF page into pixels and one clear message when the tool is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class RasterError(RuntimeError):
    pass


def render_pages(pdf: Path, folder: Path, stem: str, options: list[str]) -> list[Path]:
    """Render ``pdf`` with pdftoppm ``options`` into ``folder/stem-N.png``; the images in page order."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RasterError("pdftoppm không có trên máy này: chạy “make build” (cài gói poppler-utils) rồi dựng lại\n"
                          "    (EN) pdftoppm is not on this machine: run “make build”, which installs Debian's "
                          "poppler-utils, then build again")
    subprocess.run([tool, "-png", *options, str(pdf), str(folder / stem)], check=True, capture_output=True)
    # pdftoppm pads page numbers to the width of the last one (card-01 … card-12), so a sort keeps page order.
    return sorted(folder.glob(f"{stem}-*.png"))
