"""Reference renders of the print masters: the poster, one leaflet spread and one handbook spread,
rasterised by pdftoppm at a low resolution and compared with PNGs kept under tests/pdf/reference/.

As in WeasyPrint's own tests, a failing comparison writes the actual, expected and difference images
to tests/pdf/results/ (ignored by git) so that a person can look at them. When a change of the
pictures is intended, render again and update the references:

    .venv/bin/python -m scripts.pdf && .venv/bin/python -m tests.pdf.reference_renders --update
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops

HERE = Path(__file__).resolve().parent
REFERENCE_DIR = HERE / "reference"
RESULTS_DIR = HERE / "results"
#: A pixel differs when one of its channels moves by more than this (anti-aliasing moves less)...
PIXEL_TOLERANCE = 48
#: ...and a render fails when more than this share of its pixels differ.
SHARE_TOLERANCE = 0.01
BOOK_SPREAD_TEXT = "6 bước · 18 nhiệm vụ"  # the cycle in the method overview


@dataclass(frozen=True)
class Render:
    name: str
    pdf: str  # site path of the print master
    pages: tuple[int, ...] = ()  # pages side by side; empty: found by ``find_spread``
    dpi: int = 30  # enough to see the layout and the figures, small enough to keep the PNG in git


RENDERS = (
    Render("poster", "tai-lieu/khau-hieu-san-xuat-sach-hon/khau-hieu-san-xuat-sach-hon-in.pdf", (1,), 24),
    Render("leaflet-spread", "tai-lieu/tam-nhom-giai-phap-san-xuat-sach-hon/tam-nhom-giai-phap-san-xuat-sach-hon-in.pdf", (2,)),
    Render("handbook-spread", "so-tay/so-tay-in.pdf", dpi=48),
)


def find_spread(pdf: Path, text: str) -> tuple[int, int]:
    """The two facing pages of the book where ``text`` is printed: an even page on the left."""
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for number, page in enumerate(pages.split("\f"), start=1):
        if text in page:
            left = number if number % 2 == 0 else number - 1
            return (left, left + 1) if left >= 2 else (1, 2)
    raise AssertionError(f"{pdf.name}: no page prints “{text}”")


def rasterise(pdf: Path, pages: tuple[int, ...], dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        images = []
        for page in pages:
            stem = Path(folder) / f"p{page}"
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(stem)], check=True, capture_output=True)
            images.append(Image.open(f"{stem}.png").convert("RGB"))
    spread = Image.new("RGB", (sum(i.width for i in images), max(i.height for i in images)), "white")
    x = 0
    for image in images:
        spread.paste(image, (x, 0))
        x += image.width
    return spread


def fresh(render: Render, pdf_dir: Path) -> Image.Image:
    pdf = pdf_dir / render.pdf
    return rasterise(pdf, render.pages or find_spread(pdf, BOOK_SPREAD_TEXT), render.dpi)


def differing_share(actual: Image.Image, expected: Image.Image) -> float:
    if actual.size != expected.size:
        return 1.0
    difference = ImageChops.difference(actual, expected).convert("L").point(lambda v: 255 if v > PIXEL_TOLERANCE else 0)
    return difference.histogram()[255] / (actual.width * actual.height)


def compare(render: Render, pdf_dir: Path) -> str | None:
    """None when the fresh render matches its reference; else what differs, with the images written out."""
    actual = fresh(render, pdf_dir)
    reference = REFERENCE_DIR / f"{render.name}.png"
    if not reference.exists():
        return f"{render.name}: no reference image {reference.relative_to(HERE.parents[1])}"
    expected = Image.open(reference).convert("RGB")
    share = differing_share(actual, expected)
    if share <= SHARE_TOLERANCE:
        return None
    RESULTS_DIR.mkdir(exist_ok=True)
    actual.save(RESULTS_DIR / f"{render.name}.actual.png")
    expected.save(RESULTS_DIR / f"{render.name}.expected.png")
    if actual.size == expected.size:
        ImageChops.invert(ImageChops.difference(actual, expected)).save(RESULTS_DIR / f"{render.name}.diff.png")
    return (f"{render.name}: {share:.1%} of the pixels differ (size {actual.size} against {expected.size}); see "
            f"{RESULTS_DIR.relative_to(HERE.parents[1])}/{render.name}.*.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf-dir", type=Path, default=HERE.parents[1] / "build" / "pdf")
    parser.add_argument("--update", action="store_true", help="write the fresh renders as the new references")
    args = parser.parse_args(argv)
    failures = []
    for render in RENDERS:
        if args.update:
            REFERENCE_DIR.mkdir(exist_ok=True)
            fresh(render, args.pdf_dir).save(REFERENCE_DIR / f"{render.name}.png", optimize=True)
            print(f"updated {render.name}")
        elif problem := compare(render, args.pdf_dir):
            failures.append(problem)
    print("\n".join(failures) or "all renders match")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
