"""Hand the rendered PDFs to the site build: copy them into the built site and tell
each publication's page which PDFs it has, with their size and page count. The
handbook's home page and the publications page offer the handbook as a book.

The PDF step (``make pdf``) writes ``build/pdf/`` and its manifest before MkDocs
runs; without a manifest the pages simply show no download box.
"""

from __future__ import annotations

import html
import json
import posixpath
import shutil
from pathlib import Path

from scripts.content.schema import HANDBOOK_CHAPTER
from scripts.pages.markdown import format_size as size_text

from . import thumbnails
from .build import MANIFEST
from .collect import PRINT_SUFFIX, SCREEN_SUFFIX

PDF_DIR = Path(__file__).resolve().parents[2] / "build" / "pdf"
LABELS = {
    "screen": {"vi": "Bản đọc trên màn hình (PDF có cấu trúc, dễ tiếp cận)", "en": "Screen version (tagged, accessible PDF)"},
    "print": {"vi": "Bản in (PDF/X-4, CMYK, có lề xén 3 mm)", "en": "Print master (PDF/X-4, CMYK, 3 mm bleed)"},
    "pages": {"vi": "trang", "en": "pages"},
    "heading": {"vi": "Tải bản PDF", "en": "Download the PDF"},
    "book_heading": {"vi": "Tải sổ tay bản PDF (sách khổ A5)", "en": "Download the handbook as a PDF (A5 book)"},
    "page_of": {"vi": "Trang {no} trên {pages} của {title}", "en": "Page {no} of {pages} of {title}"},
    "cover_of": {"vi": "Bìa của {title}", "en": "Cover of {title}"},
    "preview": {"vi": "Xem trước", "en": "Preview"},
}


def previews(entry: dict, page_dir: str, title: str, language: str, pdf_dir: Path = PDF_DIR) -> list[dict]:
    """The thumbnails of a screen PDF (manifest entry) as <img> attributes for a page served at ``page_dir``."""
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


def _box(heading: str, stem: str, page_dir: str, language: str, manifest: dict[str, dict],
         title: str = "") -> dict | None:
    """The download box for the PDFs ``<stem>-<suffix>.pdf`` (site paths) on a page served at ``page_dir``,
    with the thumbnails of the screen PDF's pages."""
    items, pictures = [], []
    for kind, suffix in (("screen", SCREEN_SUFFIX), ("print", PRINT_SUFFIX)):
        path = f"{stem}-{suffix}.pdf"
        entry = manifest.get(path)
        if entry:
            items.append({
                "href": posixpath.relpath(path, page_dir),
                "label": LABELS[kind][language],
                "details": f"PDF, {size_text(entry['bytes'], language)}, {entry['pages']} {LABELS['pages'][language]}",
            })
            if kind == "screen" and title:
                pictures = previews(entry, page_dir, title, language)
    return {"heading": heading, "items": items, "previews": pictures, "preview_label": LABELS["preview"][language]} \
        if items else None


def links_for(url_path: str, language: str, default_language: str, manifest: dict[str, dict],
              title: str = "") -> dict | None:
    """The download box of a publication's page (``tai-lieu/x.md``) in ``language``; None when it has no PDFs."""
    slug = posixpath.splitext(posixpath.basename(url_path))[0]
    prefix = "" if language == default_language else f"{language}/"
    folder = f"{prefix}{posixpath.dirname(url_path)}/{slug}"  # the page is published here, next to its PDFs
    return _box(LABELS["heading"][language], f"{folder}/{slug}", folder, language, manifest, title)


def book_links_for(url_path: str, language: str, default_language: str, manifest: dict[str, dict],
                   title: str = "") -> dict | None:
    """The handbook's download box on a section's home page (``so-tay/index.md``, ``tai-lieu/index.md``)."""
    prefix = "" if language == default_language else f"{language}/"
    book = f"{prefix}{HANDBOOK_CHAPTER.folder}/{HANDBOOK_CHAPTER.folder}"
    page_dir = prefix + posixpath.dirname(url_path)
    return _box(LABELS["book_heading"][language], book, page_dir or ".", language, manifest, title)


def list_preview(url_path: str, title: str, language: str, default_language: str, href_to: object,
                 manifest: dict[str, dict]) -> tuple[str, str]:
    """For a publication in a list of pages: its first page's thumbnail (<img>) and "PDF, 1,2 MB, 2 trang";
    empty when it has no PDF yet. ``href_to`` turns a site path (without the language folder) into an href."""
    slug = posixpath.splitext(posixpath.basename(url_path))[0]
    prefix = "" if language == default_language else f"{language}/"
    entry = manifest.get(f"{prefix}{posixpath.dirname(url_path)}/{slug}/{slug}-{SCREEN_SUFFIX}.pdf")
    if not entry:
        return "", ""
    details = f"PDF, {size_text(entry['bytes'], language)}, {entry['pages']} {LABELS['pages'][language]}"
    pictures = previews(entry, ".", title, language)[:1]
    if not pictures:
        return "", details
    picture = pictures[0]
    src = href_to(picture["src"].removeprefix(prefix))  # type: ignore[operator]
    return (f'<img class="sx-thumb" src="{src}" alt="{html.escape(picture["alt"])}" width="{picture["width"]}" '
            f'height="{picture["height"]}" loading="lazy">', details)


def copy_into(site_dir: Path, language: str, languages: tuple[str, ...], default_language: str,
              pdf_dir: Path = PDF_DIR) -> int:
    """Copy this language's PDFs into its built site (only changed files). Returns how many were copied."""
    source = pdf_dir if language == default_language else pdf_dir / language
    others = {lang for lang in languages if lang != default_language}
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted([*source.rglob("*.pdf"), *source.rglob(f"*-{thumbnails.SUFFIX}-*.png")]):
        relative = path.relative_to(source)
        if language == default_language and relative.parts[0] in others:
            continue
        target = site_dir / relative
        if target.exists() and target.read_bytes() == path.read_bytes():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied += 1
    return copied


# ---------------------------------------------------------------- MkDocs side (called from scripts/hooks.py)

def _languages(config: object) -> tuple[tuple[str, ...], str]:
    i18n = config.plugins.get("i18n")  # type: ignore[attr-defined]
    languages = tuple(lang.locale for lang in i18n.config.languages) if i18n else ("vi",)
    default = next((lang.locale for lang in i18n.config.languages if lang.default), "vi") if i18n else "vi"
    return languages, default


def add(context: dict, page: object, language: str, config: object) -> None:
    from scripts.content.schema import LEAFLET, page_type_for
    from scripts.content.sources import language_of

    url_path = language_of(page.file.src_uri)[0]  # type: ignore[attr-defined]
    _, default = _languages(config)
    title = str(page.meta.get("title") or page.title or "")  # type: ignore[attr-defined]
    if page_type_for(url_path) is LEAFLET:
        box = links_for(url_path, language, default, read_manifest(), title)
    elif url_path in (f"{HANDBOOK_CHAPTER.folder}/index.md", f"{LEAFLET.folder}/index.md"):
        from scripts import build_state

        cover = build_state.current().book.get("cover_title") or {}
        box = book_links_for(url_path, language, default, read_manifest(), str(cover.get(language, "")))
    else:
        return
    if box:
        context.setdefault("sx", {})["pdfs"] = box


def copy_for_build(config: object) -> None:
    languages, default = _languages(config)
    language = config.theme.get("language", default)  # type: ignore[attr-defined]
    site_dir = Path(config.site_dir)  # type: ignore[attr-defined]
    # mkdocs-static-i18n builds every language with the root site_dir and prefixes the pages' paths.
    if language != default and site_dir.name != language:
        site_dir = site_dir / language
    copy_into(site_dir, language, languages, default)
