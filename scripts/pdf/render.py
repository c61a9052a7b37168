"""Stage 3: HTML → PDF with WeasyPrint, then post-processing for byte-identical output.

Screen PDF: PDF/UA-1 (tagged), RGB, links, document language.
Print master: PDF/X-4 labels, device-cmyk() colours, FOGRA39 output intent, 3 mm bleed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pikepdf
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .html import Kind, PieceHtml

VARIANTS: dict[str, str] = {"screen": "pdf/ua-1", "print": "pdf/x-4"}
#: WeasyPrint may only read local files and data: URLs (no CDN, no network at build time).
FETCHER = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
_XMP_DOCUMENT_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")


class RendererWarningError(RuntimeError):
    """WeasyPrint logged a warning: something in the piece was ignored or fell back."""


class PanelOverflowError(RuntimeError):
    """A fixed-size panel holds more text than fits: on paper it would run over the fold."""


def _overflowing_panels(document: object) -> Iterator[str]:
    # Panels are absolutely placed boxes of fixed size. WeasyPrint does not warn when
    # their text is too long: it carries the rest over to the next page (or lets it
    # run past the bottom). Either way the panel would run over a fold on paper.
    def bottom(box: object) -> float:
        own = box.position_y + box.margin_height()  # type: ignore[attr-defined]
        return max([own, *(bottom(child) for child in getattr(box, "children", []))])

    def panels(box: object) -> Iterator[tuple[str, object]]:
        element = getattr(box, "element", None)
        if element is not None and box.element_tag == "section":  # type: ignore[attr-defined]
            numbers = [c[len("sx-panel-"):] for c in (element.get("class") or "").split() if c.startswith("sx-panel-")]
            if numbers:
                yield numbers[0], box
                return
        for child in getattr(box, "children", []):
            yield from panels(child)

    seen: dict[str, int] = {}
    for page_number, page in enumerate(document.pages, start=1):  # type: ignore[attr-defined]
        for number, box in panels(page._page_box):
            if number in seen:
                yield f"panel {number} (it continues on page {page_number})"
                continue
            seen[number] = page_number
            limit = box.position_y + box.margin_height()  # type: ignore[attr-defined]
            content = max((bottom(child) for child in box.children), default=0)  # type: ignore[attr-defined]
            if content > limit + 0.5:
                yield f"panel {number} (page {page_number}, {(content - limit) * 25.4 / 96:.0f} mm too long)"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


@contextmanager
def _warnings_as_errors() -> Iterator[list[str]]:
    # WeasyPrint reports ignored CSS, missing fonts and failed fetches only as log
    # records; collecting them lets the build (and the tests) fail on any of them.
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                messages.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler = Collect()
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def render(piece: PieceHtml, kind: Kind, name: str) -> RenderedPdf:
    fonts = FontConfiguration()
    with _warnings_as_errors() as warnings:
        html = HTML(string=piece.html, base_url=piece.base_url, url_fetcher=FETCHER)
        # The same FontConfiguration for CSS() and write_pdf(): otherwise @font-face is silently dropped.
        stylesheet = CSS(string="", font_config=fonts, url_fetcher=FETCHER)
        document = html.render(font_config=fonts, stylesheets=[stylesheet])
        # HTML.render() is write_pdf()'s first half; it takes the FontConfiguration, the second half does not.
        data = document.write_pdf(pdf_variant=VARIANTS[kind])
    if warnings:
        raise RendererWarningError(f"{name}: WeasyPrint: " + "; ".join(warnings))
    overflowing = list(_overflowing_panels(document))
    if overflowing:
        raise PanelOverflowError(f"{name}: text runs past the bottom of " + "; ".join(overflowing)
                                 + " — shorten the text of that panel")
    return RenderedPdf(make_deterministic(data, piece.turn_wide_pages), len(document.pages))


def make_deterministic(data: bytes, turn_wide_pages: int = 0) -> bytes:
    """Same sources → same bytes: WeasyPrint writes a random XMP DocumentID and a random /ID.

    ``turn_wide_pages`` sets /Rotate on landscape pages (a book's worksheets), so that
    every page of the print master shows the book's portrait shape.
    """
    # Dates come from the page's date (dcterms meta); only the random ids change between runs,
    # so hashing with them blanked out gives a stable identity of the content.
    blanked = _XMP_DOCUMENT_ID.sub(b"xmp.did:" + b"0" * 36, data)
    digest = hashlib.sha256(_strip_id(blanked)).hexdigest()
    stable_id = f"xmp.did:{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}".encode()
    with pikepdf.open(BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Type") == "/Metadata":
                obj.write(_XMP_DOCUMENT_ID.sub(stable_id, obj.read_bytes()))
        if turn_wide_pages:
            for page in pdf.pages:
                trim = [float(x) for x in page.obj.get("/TrimBox", page.mediabox)]
                if trim[2] - trim[0] > trim[3] - trim[1]:
                    page.obj.Rotate = turn_wide_pages
        # qpdf keeps an existing first /ID element; drop it so both are derived from the content.
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]
        out = BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def _strip_id(data: bytes) -> bytes:
    return re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)


def write(path: Path, data: bytes) -> bool:
    """Write only when the bytes change, so a rebuild is quiet. Returns True if written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
