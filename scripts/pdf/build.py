"""Run the stages for every publication and write the PDFs plus a manifest.

The manifest (JSON) lists each PDF's path in the site, size and page count; the
site build reads it to link the PDFs. It also keeps a fingerprint of what each
PDF was made from (its HTML, the renderer, fonts and colour profile): a PDF whose
fingerprint has not changed is not rendered again, since the same input gives the
same bytes (every print master is still preflighted). PDFs are rendered in
parallel, one process per core.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from multiprocessing import get_context
from pathlib import Path

from . import book, collect, html, preflight, render, thumbnails
from .config import SiteConfig, load_config

MANIFEST = "pdf-manifest.json"
Item = collect.Publication | collect.Book


@dataclass(frozen=True)
class Written:
    site_path: str  # e.g. "tai-lieu/x/x-in.pdf"
    kind: str
    pages: int
    size: int
    seconds: float
    fingerprint: str = ""
    problems: tuple[str, ...] = ()  # preflight findings (print masters)
    reused: bool = False  # unchanged since the last build: not rendered again


@cache
def _renderer_fingerprint(root: Path) -> str:
    """What else decides the bytes besides the HTML: library versions, our post-processing,
    the font files and the colour profile (they are referenced by URL from the HTML)."""
    digest = hashlib.sha256()
    for name in ("weasyprint", "pikepdf", "pydyf", "fonttools"):
        digest.update(f"{name}={version(name)}\n".encode())
    files = [Path(render.__file__), html.PROFILE, *sorted((root / "overrides" / "assets" / "fonts").glob("*.ttf"))]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _fingerprint(piece: html.PieceHtml, kind: str, root: Path) -> str:
    digest = hashlib.sha256(_renderer_fingerprint(root).encode())
    digest.update(f"{kind}\n{piece.base_url}\n{piece.turn_wide_pages}\n".encode())
    digest.update(piece.html.encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class _Task:
    name: str  # path in the site
    kind: str
    piece: html.PieceHtml
    fingerprint: str
    label: str  # for messages: the source file and the kind


def _render(task: _Task, out_dir: Path) -> Written:
    start = time.perf_counter()
    result = render.render(task.piece, task.kind, task.label)
    path = out_dir / task.name
    render.write(path, result.data)
    problems = tuple(str(p) for p in preflight.check(path)) if task.kind == "print" else ()
    return Written(task.name, task.kind, result.pages, len(result.data), time.perf_counter() - start,
                   task.fingerprint, problems)


def build(out_dir: Path, config: SiteConfig | None = None, only: str | None = None,
          jobs: int | None = None) -> list[Written]:
    config = config or load_config()
    site = collect.load(config)
    items: list[Item] = [*collect.books(site, config), *collect.publications(site, config)]  # longest first
    manifest_path = out_dir / MANIFEST
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    order: list[str] = []
    covers_only: set[str] = set()  # the book shows its cover; a leaflet every page
    done: dict[str, Written] = {}
    pending: list[_Task] = []
    for item in items:
        if only and only != item.slug:
            continue
        make_html = book.build_html if isinstance(item, collect.Book) else html.build_html
        for kind in ("screen", "print"):
            name = item.site_path + item.pdf_name(kind)
            order.append(name)
            if isinstance(item, collect.Book):
                covers_only.add(name)
            piece = make_html(item, site, config, kind)  # type: ignore[arg-type]
            fingerprint = _fingerprint(piece, kind, config.root)
            previous, path = old.get(name, {}), out_dir / name
            if previous.get("fingerprint") == fingerprint and path.exists() and path.stat().st_size == previous["bytes"]:
                # Not rendered again, but checked again: the preflight may have learnt something new.
                problems = tuple(str(p) for p in preflight.check(path)) if kind == "print" else ()
                done[name] = Written(name, kind, previous["pages"], previous["bytes"], 0.0, fingerprint, problems, True)
            else:
                pending.append(_Task(name, kind, piece, fingerprint, f"{item.page.source} ({kind})"))
    workers = min(jobs or os.cpu_count() or 1, len(pending))
    if workers <= 1:
        results = [_render(task, out_dir) for task in pending]
    else:
        # "spawn": a fresh interpreter per worker, safe whatever threads the caller runs (e.g. pytest).
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            results = list(pool.map(_render, pending, [out_dir] * len(pending)))
    done.update({result.site_path: result for result in results})
    written = [done[name] for name in order]
    previews = {w.site_path: thumbnails.make(out_dir / w.site_path, out_dir, w.site_path,
                                             1 if w.site_path in covers_only else min(w.pages, thumbnails.MOST_PAGES))
                for w in written if w.kind == "screen"}
    if not only:
        # A master that failed preflight keeps no fingerprint, so the next build renders and checks it again.
        manifest = {w.site_path: {"kind": w.kind, "pages": w.pages, "bytes": w.size,
                                  **({"thumbnails": previews[w.site_path]} if w.site_path in previews else {}),
                                  **({"fingerprint": w.fingerprint} if not w.problems else {})} for w in written}
        render.write(manifest_path, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode())
    problems = [problem for w in written for problem in w.problems]
    if problems:
        raise preflight.PreflightError(problems)
    return written
