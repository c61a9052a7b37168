"""``python -m scripts.pdf [--out DIR] [--only SLUG] [--jobs N]``: render every publication's PDFs
(leaflets, posters and the handbook as a book)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.content.problems import ContentError

from .build import build
from .config import NoSiteAddressError, load_config
from .html import PieceError
from .preflight import PreflightError
from .raster import RasterError
from .render import PanelOverflowError, RendererWarningError
from .site_links import copy_into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.pdf", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/pdf"), help="folder mirroring the site (default build/pdf)")
    parser.add_argument("--only", help="render only the publication with this slug")
    parser.add_argument("--site", type=Path, help="also copy the PDFs into this built site (e.g. site)")
    parser.add_argument("--jobs", type=int, help="processes rendering at the same time (default: one per core)")
    args = parser.parse_args(argv)
    try:
        for item in build(args.out, only=args.only, jobs=args.jobs):
            how = "unchanged" if item.reused else f"{item.seconds:.2f} s"
            print(f"{item.site_path}: {item.pages} pages, {item.size / 1024:.0f} KB, {how}")
        if args.site:
            model = load_config().model
            for language in model.languages:
                copy_into(args.site / model.prefix(language), language, args.out)
    except (NoSiteAddressError, ContentError, PieceError, PreflightError, RendererWarningError, PanelOverflowError,
            RasterError) as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
