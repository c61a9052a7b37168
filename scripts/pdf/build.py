"""Run the stages for every publication and write the PDFs plus a manifest.

The manifest (JSON) lists each PDF's path in the site, size and page count; the
site build reads it to link the PDFs from each publication's page.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from . import collect, html, preflight, render
from .config import SiteConfig, load_config

MANIFEST = "pdf-manifest.json"


@dataclass(frozen=True)
class Written:
    site_path: str  # e.g. "tai-lieu/x/x-in.pdf"
    kind: str
    pages: int
    size: int
    seconds: float


def build(out_dir: Path, config: SiteConfig | None = None, only: str | None = None) -> list[Written]:
    config = config or load_config()
    site = collect.load(config)
    written: list[Written] = []
    problems: list[str] = []
    for publication in collect.publications(site, config):
        if only and only != publication.slug:
            continue
        for kind in ("screen", "print"):
            start = time.perf_counter()
            name = publication.site_path + publication.pdf_name(kind)
            piece = html.build_html(publication, site, config, kind)
            result = render.render(piece, kind, f"{publication.page.source} ({kind})")
            path = out_dir / name
            render.write(path, result.data)
            if kind == "print":
                problems += [str(p) for p in preflight.check(path)]
            written.append(Written(name, kind, result.pages, len(result.data), time.perf_counter() - start))
    manifest = {w.site_path: {"kind": w.kind, "pages": w.pages, "bytes": w.size} for w in written}
    if not only:
        render.write(out_dir / MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    if problems:
        raise preflight.PreflightError(problems)
    return written
