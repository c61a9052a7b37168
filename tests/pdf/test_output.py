"""The rendered PDFs: sizes and bleed, fonts, text, QR code, folds, determinism."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from weasyprint.urls import FatalURLFetchingError

from scripts.pdf import collect, html, render

MM = 72 / 25.4
TRIM_MM = {"trifold": (297, 210), "poster": (297, 420), "flyer": (148, 210), "form": (210, 297)}
BLEED_PT = 3 * MM


def _pdf(rendered: Path, publication: collect.Publication, kind: str) -> Path:
    return rendered / publication.site_path / publication.pdf_name(kind)


def test_at_least_five_leaflets_and_a_poster(publications: list[collect.Publication]) -> None:
    vi = [p for p in publications if p.language == "vi"]
    assert len([p for p in vi if p.piece == "trifold"]) >= 5
    assert any(p.piece == "poster" for p in vi)
    assert len({p.slug for p in publications if p.language == "en"}) >= 2


def test_page_sizes_with_bleed(rendered: Path, publications: list[collect.Publication]) -> None:
    for publication in publications:
        width, height = (v * MM for v in TRIM_MM[publication.piece])
        with pikepdf.open(_pdf(rendered, publication, "print")) as pdf:
            for page in pdf.pages:
                trim = [float(x) for x in page.obj.TrimBox]
                bleed = [float(x) for x in page.obj.BleedBox]
                assert trim[2] - trim[0] == pytest.approx(width, abs=0.05)
                assert trim[3] - trim[1] == pytest.approx(height, abs=0.05)
                assert [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]] == \
                    pytest.approx([BLEED_PT] * 4, abs=0.05)
        with pikepdf.open(_pdf(rendered, publication, "screen")) as pdf:
            box = [float(x) for x in pdf.pages[0].mediabox]
            assert (box[2] - box[0], box[3] - box[1]) == pytest.approx((width, height), abs=0.05)


def test_fonts_embedded_and_subset(rendered: Path) -> None:
    for path in rendered.rglob("*.pdf"):
        with pikepdf.open(path) as pdf:
            fonts = {obj.objgen: obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
                     and obj.get("/Subtype") == "/Type0"}
            assert fonts, path
            for font in fonts.values():
                assert re.match(r"^/[A-Z]{6}\+", str(font.BaseFont)), f"{path}: {font.BaseFont} is not a subset"
                descriptor = font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, f"{path}: {font.BaseFont} not embedded"


def test_screen_pdf_is_tagged_with_language(rendered: Path, publications: list[collect.Publication]) -> None:
    for publication in publications:
        with pikepdf.open(_pdf(rendered, publication, "screen")) as pdf:
            assert str(pdf.Root.Lang) == publication.language
            assert "/StructTreeRoot" in pdf.Root
            assert pdf.Root.MarkInfo.Marked


def _plain_sentences(markdown: str) -> list[str]:
    """Sentences of ordinary paragraphs of a leaflet's Markdown, without Markdown markup."""
    sentences = []
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block or block[0] in "#<-|!*[" or re.match(r"^\d+\.", block):
            continue
        text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", block).replace("**", "").replace("*", "")
        sentences += [s.strip() for s in re.split(r"(?<=[.?!:])\s+", " ".join(text.split())) if len(s.strip()) > 20]
    return sentences


def _comparable(text: str) -> str:
    # A line may break after a dash or a slash; spaces next to them say nothing about the text. pdftotext
    # drops a hyphen at the end of a line ("NĐ-" + "CP" gives "NĐCP"), so hyphens are left out on both sides.
    return re.sub(r"\s*([–/-])\s*", r"\1", " ".join(text.split())).replace("-", "")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_text_extracted_equals_nfc_source(rendered: Path, publications: list[collect.Publication]) -> None:
    for publication in publications:
        for kind in ("screen", "print"):
            path = _pdf(rendered, publication, kind)
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert unicodedata.is_normalized("NFC", text), f"{path}: extracted text is not NFC"
            flat = _comparable(text)
            sentences = _plain_sentences(publication.page.body)
            assert sentences, publication.page.source
            for sentence in sentences:
                assert unicodedata.is_normalized("NFC", sentence)
                assert _comparable(sentence) in flat, f"{path}: missing sentence: {sentence}"


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="zbar-tools or poppler-utils missing")
def test_qr_code_decodes_to_page_url(rendered: Path, publications: list[collect.Publication],
                                     tmp_path: Path) -> None:
    for publication in publications:
        for kind in ("screen", "print"):
            prefix = tmp_path / f"{publication.slug}-{publication.language}-{kind}"
            subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(_pdf(rendered, publication, kind)), str(prefix)],
                           check=True)
            found = set()
            for image in sorted(tmp_path.glob(prefix.name + "*.png")):
                result = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True)
                found |= {line for line in result.stdout.splitlines() if line}
            assert found == {publication.page_url}, f"{publication.page.source} ({kind})"


def test_qr_url_is_built_from_site_url(publications: list[collect.Publication], pdf_config: object) -> None:
    for publication in publications:
        assert publication.page_url.startswith(pdf_config.site_url)  # type: ignore[attr-defined]
        assert publication.page_url.endswith(f"tai-lieu/{publication.slug}/")


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed")
def test_trifold_panel_edges_at_the_folds(rendered: Path, publications: list[collect.Publication],
                                          tmp_path: Path) -> None:
    """Panels have different tones, so a fold shows as an edge: outside sheet 97 | 100 | 100 mm,
    inside sheet 100 | 100 | 97 mm (roll fold, the inner flap is narrower)."""
    dpi = 100
    folds = {1: (97, 197), 2: (100, 200)}
    publication = next(p for p in publications if p.piece == "trifold")
    prefix = tmp_path / "fold"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(_pdf(rendered, publication, "print")), str(prefix)], check=True)
    for page, positions in folds.items():
        image = Image.open(next(tmp_path.glob(f"fold-{page}.png"))).convert("RGB")
        y = round((3 + 4) / 25.4 * dpi)  # 4 mm below the trim: inside the panels' top padding, no text

        def colour(x_mm: float, y: int = y, image: Image.Image = image) -> tuple[int, int, int]:
            return image.getpixel((round((x_mm + 3) / 25.4 * dpi), y))

        for fold in positions:
            assert colour(fold - 1.5) != colour(fold + 1.5), f"page {page}: no panel edge at {fold} mm"
            assert colour(fold - 1.5) == colour(fold - 8), f"page {page}: panel tone not even left of {fold} mm"
            assert colour(fold + 1.5) == colour(fold + 8), f"page {page}: panel tone not even right of {fold} mm"


def test_same_sources_same_bytes(rendered: Path, publications: list[collect.Publication],
                                 pdf_config: object) -> None:
    site = collect.load(pdf_config)  # type: ignore[arg-type]
    publication = publications[0]
    for kind in ("screen", "print"):
        piece = html.build_html(publication, site, pdf_config, kind)  # type: ignore[arg-type]
        again = render.render(piece, kind, publication.slug).data
        assert again == _pdf(rendered, publication, kind).read_bytes()


def test_any_weasyprint_warning_fails(publications: list[collect.Publication], pdf_config: object) -> None:
    site = collect.load(pdf_config)  # type: ignore[arg-type]
    piece = html.build_html(publications[0], site, pdf_config, "screen")  # type: ignore[arg-type]
    broken = html.PieceHtml(piece.html.replace("</style>", "p { colour-of-text: red; }</style>", 1), piece.base_url)
    with pytest.raises(render.RendererWarningError, match="colour-of-text"):
        render.render(broken, "screen", "broken")


def test_network_urls_are_refused(publications: list[collect.Publication], pdf_config: object) -> None:
    site = collect.load(pdf_config)  # type: ignore[arg-type]
    piece = html.build_html(publications[0], site, pdf_config, "screen")  # type: ignore[arg-type]
    remote = html.PieceHtml(piece.html.replace("</body>", '<img src="https://example.org/x.png" alt="x"></body>'), piece.base_url)
    # Only file: and data: URLs may be fetched; anything else stops the rendering.
    with pytest.raises(FatalURLFetchingError, match=r"example\.org"):
        render.render(remote, "screen", "remote")


def test_too_long_panel_fails(publications: list[collect.Publication], pdf_config: object) -> None:
    site = collect.load(pdf_config)  # type: ignore[arg-type]
    publication = next(p for p in publications if p.piece == "trifold")
    long_text = "\n\n".join(["Một đoạn rất dài để thử xem khung có bị tràn hay không."] * 40)
    body = publication.page.body.replace("</section>", long_text + "\n\n</section>", 1)
    longer = dataclasses.replace(publication, page=dataclasses.replace(publication.page, body=body))
    piece = html.build_html(longer, site, pdf_config, "print")  # type: ignore[arg-type]
    with pytest.raises(render.PanelOverflowError, match="panel 1"):
        render.render(piece, "print", "long")
