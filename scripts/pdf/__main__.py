"""``python -m scripts.pdf [--out DIR] [--only SLUG]``: render every publication's PDFs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.content.problems import ContentError

from .build import build
from .html import PieceError
from .preflight import PreflightError
from .render import RendererWarningError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.pdf", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/pdf"), help="folder mirroring the site (default build/pdf)")
    parser.add_argument("--only", help="render only the publication with this slug")
    args = parser.parse_args(argv)
    try:
        for item in build(args.out, only=args.only):
            print(f"{item.site_path}: {item.pages} pages, {item.size / 1024:.0f} KB, {item.seconds:.2f} s")
    except (ContentError, PieceError, PreflightError, RendererWarningError) as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
