"""Hand the rendered PDFs to the site build: copy them into the built site and tell
each publication's page which PDFs it has, with their size and page count. The
handbook's home page and the publications page offer the handbook as a book.

The PDF step (``make pdf``) writes ``build/pdf/`` and its manifest before MkDocs
runs; without a manifest the pages simply show no download box.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
from pathlib import Path

from scripts.content.schema import HANDBOOK_CHAPTER
from scripts.pages.markdown import format_size as size_text
from scripts.site_model import load as site_model

from .build import MANIFEST
from .collect import PRINT_SUFFIX, SCREEN_SUFFIX

# Where `make pdf` writes; the tests render into a folder of their own and name it in SXSH_PDF_DIR.
PDF_DIR = Path(os.environ.get("SXSH_PDF_DIR") or Path(__file__).resolve().parents[2] / "build" / "pdf")
LABELS = {
    "screen": {"vi": "Bản đọc trên màn hình (PDF có cấu trúc, dễ tiếp cận)", "en": "Screen version (tagged, accessible PDF)"},
    "print": {"vi": "Bản in (PDF/X-4, CMYK, có lề xén 3 mm)", "en": "Print master (PDF/X-4, CMYK, 3 mm bleed)"},
    "pages": {"vi": "trang", "en": "pages"},
    "heading": {"vi": "Tải bản PDF", "en": "Download the PDF"},
    "book_heading": {"vi": "Tải sổ tay bản PDF (sách khổ A5)", "en": "Download the handbook as a PDF (A5 book)"},
}


def read_manifest(pdf_dir: Path = PDF_DIR) -> dict[str, dict]:
    path = pdf_dir / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _box(heading: str, stem: str, page_dir: str, language: str, manifest: dict[str, dict]) -> dict | None:
    """The download box for the PDFs ``<stem>-<suffix>.pdf`` (site paths) on a page served at ``page_dir``."""
    items = []
    for kind, suffix in (("screen", SCREEN_SUFFIX), ("print", PRINT_SUFFIX)):
        path = f"{stem}-{suffix}.pdf"
        entry = manifest.get(path)
        if entry:
            items.append({
                "href": posixpath.relpath(path, page_dir),
                "label": LABELS[kind][language],
                "details": f"PDF, {size_text(entry['bytes'], language)}, {entry['pages']} {LABELS['pages'][language]}",
            })
    return {"heading": heading, "items": items} if items else None


def links_for(url_path: str, language: str, manifest: dict[str, dict]) -> dict | None:
    """The download box of a publication's page (``tai-lieu/x.md``) in ``language``; None when it has no PDFs."""
    slug = posixpath.splitext(posixpath.basename(url_path))[0]
    folder = site_model().page_address(url_path, language).rstrip("/")  # the page is published here, next to its PDFs
    return _box(LABELS["heading"][language], f"{folder}/{slug}", folder, language, manifest)


def book_links_for(url_path: str, language: str, manifest: dict[str, dict]) -> dict | None:
    """The handbook's download box on a section's home page (``so-tay/index.md``, ``tai-lieu/index.md``)."""
    model = site_model()
    book = model.page_address(f"{HANDBOOK_CHAPTER.folder}/index.md", language) + HANDBOOK_CHAPTER.folder
    page_dir = model.page_address(url_path, language).rstrip("/")
    return _box(LABELS["book_heading"][language], book, page_dir or ".", language, manifest)


def copy_into(site_dir: Path, language: str, pdf_dir: Path = PDF_DIR) -> int:
    """Copy this language's PDFs into its built site (only changed files). Returns how many were copied."""
    model = site_model()
    source = pdf_dir / model.prefix(language)
    others = {model.prefix(lang).rstrip("/") for lang in model.languages if lang != model.default_language}
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted(source.rglob("*.pdf")):
        relative = path.relative_to(source)
        if language == model.default_language and relative.parts[0] in others:
            continue
        target = site_dir / relative
        if target.exists() and target.read_bytes() == path.read_bytes():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied += 1
    return copied


# ---------------------------------------------------------------- MkDocs side (called from scripts/hooks.py)

def add(context: dict, page: object, language: str, config: object) -> None:
    from scripts.content.schema import LEAFLET, page_type_for
    from scripts.content.sources import language_of

    url_path = language_of(page.file.src_uri)[0]  # type: ignore[attr-defined]
    if page_type_for(url_path) is LEAFLET:
        box = links_for(url_path, language, read_manifest())
    elif url_path in (f"{HANDBOOK_CHAPTER.folder}/index.md", f"{LEAFLET.folder}/index.md"):
        box = book_links_for(url_path, language, read_manifest())
    else:
        return
    if box:
        context.setdefault("sx", {})["pdfs"] = box


def copy_for_build(config: object) -> None:
    default = site_model().default_language
    language = config.theme.get("language", default)  # type: ignore[attr-defined]
    site_dir = Path(config.site_dir)  # type: ignore[attr-defined]
    # mkdocs-static-i18n builds every language with the root site_dir and prefixes the pages' paths.
    if language != default and site_dir.name != language:
        site_dir = site_dir / language
    copy_into(site_dir, language)
