"""Hand the rendered PDFs to the site build: copy them into the built site and tell
each publication's page which PDFs it has, with their size and page count. The
handbook's home page and the publications page offer the handbook as a book.

The PDF step (``make pdf``) writes ``build/pdf/`` and its manifest before MkDocs
runs; without a manifest the pages simply show no download box.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import shutil
from pathlib import Path

from scripts.content.schema import HANDBOOK_CHAPTER
from scripts.pages.markdown import format_size as size_text
from scripts.site_model import load as site_model

from . import thumbnails
from .build import MANIFEST
from .collect import PRINT_SUFFIX, SCREEN_SUFFIX

# Where `make pdf` writes; the tests render into a folder of their own and name it in SXSH_PDF_DIR.
PDF_DIR = Path(os.environ.get("SXSH_PDF_DIR") or Path(__file__).resolve().parents[2] / "build" / "pdf")
LABELS = {
    "screen": {"vi": "Bản đọc trên màn hình (PDF có cấu trúc, dễ tiếp cận)", "en": "Screen version (tagged, accessible PDF)"},
    "print": {"vi": "Bản in (PDF/X-4, CMYK, có lề xén 3 mm)", "en": "Print master (PDF/X-4, CMYK, 3 mm bleed)"},
    "screen_short": {"vi": "PDF để đọc trên màn hình", "en": "PDF for screens"},
    "print_short": {"vi": "PDF để in", "en": "PDF for printing"},
    "pages": {"vi": "trang", "en": "pages"},
    "page": {"vi": "trang", "en": "page"},
    "heading": {"vi": "Tải bản PDF", "en": "Download the PDF"},
    "book_heading": {"vi": "Tải sổ tay bản PDF (sách khổ A5)", "en": "Download the handbook as a PDF (A5 book)"},
    "page_of": {"vi": "Trang {no} trên {pages} của {title}", "en": "Page {no} of {pages} of {title}"},
    "cover_of": {"vi": "Bìa của {title}", "en": "Cover of {title}"},
    "preview": {"vi": "Xem trước", "en": "Preview"},
}


def previews(entry: dict, page_dir: str, title: str, language: str, pdf_dir: Path | None = None) -> list[dict]:
    """The thumbnails of a screen PDF (manifest entry) as <img> attributes for a page served at ``page_dir``."""
    pdf_dir = pdf_dir or PDF_DIR
    found = []
    names = entry.get("thumbnails", [])
    for number, name in enumerate(names, start=1):
        path = pdf_dir / name
        if not path.exists():
            continue
        width, height = thumbnails.size_of(path)
        words = "cover_of" if len(names) == 1 and entry["pages"] > 1 else "page_of"
        found.append({"src": posixpath.relpath(name, page_dir), "width": width, "height": height,
                      "alt": LABELS[words][language].format(no=number, pages=entry["pages"], title=title)})
    return found


def read_manifest(pdf_dir: Path = PDF_DIR) -> dict[str, dict]:
    path = pdf_dir / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _details(entry: dict, language: str) -> str:
    """ "1,2 MB, 2 trang" / "26 KB, 1 page": a PDF's size and page count."""
    pages = LABELS["page" if entry["pages"] == 1 else "pages"][language]
    return f"{size_text(entry['bytes'], language)}, {entry['pages']} {pages}"


def _items(stem: str, page_dir: str, language: str, manifest: dict[str, dict], labels: str = "") -> list[dict]:
    """The PDFs ``<stem>-<suffix>.pdf`` (site paths) that were rendered, linked from a page served at
    ``page_dir``; ``labels="short"`` names them for a list of publications."""
    items = []
    for kind, suffix in (("screen", SCREEN_SUFFIX), ("print", PRINT_SUFFIX)):
        path = f"{stem}-{suffix}.pdf"
        entry = manifest.get(path)
        if entry:
            items.append({
                "href": posixpath.relpath(path, page_dir),
                "label": LABELS[f"{kind}_{labels}" if labels else kind][language],
                "details": _details(entry, language) if labels else f"PDF, {_details(entry, language)}",
            })
    return items


def _box(heading: str, stem: str, page_dir: str, language: str, manifest: dict[str, dict],
         title: str = "") -> dict | None:
    """The download box for the PDFs ``<stem>-<suffix>.pdf`` (site paths) on a page served at ``page_dir``,
    with the thumbnails of the screen PDF's pages."""
    items = _items(stem, page_dir, language, manifest)
    screen = manifest.get(f"{stem}-{SCREEN_SUFFIX}.pdf")
    pictures = previews(screen, page_dir, title, language) if screen and title else []
    return {"heading": heading, "items": items, "previews": pictures, "preview_label": LABELS["preview"][language]} \
        if items else None


def _folder(url_path: str, language: str) -> tuple[str, str]:
    """(the folder a publication's page is published in, next to its PDFs; its slug)."""
    slug = posixpath.splitext(posixpath.basename(url_path))[0]
    return site_model().page_address(url_path, language).rstrip("/"), slug


def links_for(url_path: str, language: str, manifest: dict[str, dict], title: str = "") -> dict | None:
    """The download box of a publication's page (``tai-lieu/x.md``) in ``language``; None when it has no PDFs."""
    folder, slug = _folder(url_path, language)
    return _box(LABELS["heading"][language], f"{folder}/{slug}", folder, language, manifest, title)


def list_links_for(url_path: str, language: str, manifest: dict[str, dict], from_url_path: str) -> list[dict]:
    """A publication's PDFs in the section's list (``from_url_path``, an index page served at its folder),
    with short names: the list already says which publication they belong to."""
    folder, slug = _folder(url_path, language)
    list_dir = site_model().page_address(from_url_path, language).rstrip("/") or "."
    return _items(f"{folder}/{slug}", list_dir, language, manifest, "short")


def book_links_for(url_path: str, language: str, manifest: dict[str, dict], title: str = "") -> dict | None:
    """The handbook's download box on a section's home page (``so-tay/index.md``, ``tai-lieu/index.md``)."""
    model = site_model()
    book = model.page_address(f"{HANDBOOK_CHAPTER.folder}/index.md", language) + HANDBOOK_CHAPTER.folder
    page_dir = model.page_address(url_path, language).rstrip("/")
    return _box(LABELS["book_heading"][language], book, page_dir or ".", language, manifest, title)


def list_preview(url_path: str, title: str, language: str, href_to: object, manifest: dict[str, dict]) -> str:
    """For a publication in a list of pages: its first page's thumbnail (<img>); empty when it has none yet.
    ``href_to`` turns a site path (without the language folder) into an href."""
    folder, slug = _folder(url_path, language)
    entry = manifest.get(f"{folder}/{slug}-{SCREEN_SUFFIX}.pdf")
    pictures = previews(entry, ".", title, language)[:1] if entry else []
    if not pictures:
        return ""
    picture = pictures[0]
    src = href_to(picture["src"].removeprefix(site_model().prefix(language)))  # type: ignore[operator]
    return (f'<img class="sx-thumb" src="{src}" alt="{html.escape(picture["alt"])}" width="{picture["width"]}" '
            f'height="{picture["height"]}" loading="lazy">')


def copy_into(site_dir: Path, language: str, pdf_dir: Path = PDF_DIR) -> int:
    """Copy this language's PDFs into its built site (only changed files). Returns how many were copied."""
    model = site_model()
    source = pdf_dir / model.prefix(language)
    others = {model.prefix(lang).rstrip("/") for lang in model.languages if lang != model.default_language}
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted([*source.rglob("*.pdf"), *source.rglob(f"*-{thumbnails.SUFFIX}-*.png")]):
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
    title = str(page.meta.get("title") or page.title or "")  # type: ignore[attr-defined]
    if page_type_for(url_path) is LEAFLET:
        box = links_for(url_path, language, read_manifest(), title)
    elif url_path in (f"{HANDBOOK_CHAPTER.folder}/index.md", f"{LEAFLET.folder}/index.md"):
        from scripts import build_state

        cover = build_state.current().book.get("cover_title") or {}
        box = book_links_for(url_path, language, read_manifest(), str(cover.get(language, "")))
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
