"""Thumbnails of the publications' pages: rendered from each screen PDF by the PDF step, listed in
its manifest, small enough for the page-weight budget, and described for readers who cannot see them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from scripts.pdf import thumbnails
from scripts.pdf.build import MANIFEST, Written
from scripts.pdf.site_links import list_preview, previews

MOST_BYTES = 30_000  # each; the publications page shows one per publication


def test_every_screen_pdf_has_thumbnails_of_its_pages(rendered: tuple[Path, list[Written]]) -> None:
    out, written = rendered
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    screens = [w for w in written if w.kind == "screen"]
    assert screens
    for w in screens:
        names = manifest[w.site_path]["thumbnails"]
        expected = 1 if w.site_path.endswith("so-tay/so-tay-man-hinh.pdf") else min(w.pages, thumbnails.MOST_PAGES)
        assert len(names) == expected, w.site_path
        for name in names:
            path = out / name
            assert path.stat().st_size < MOST_BYTES, f"{name}: {path.stat().st_size} bytes"
            with Image.open(path) as image:
                assert image.format == "PNG" and image.width == thumbnails.WIDTH
    assert all("thumbnails" not in entry for entry in manifest.values() if entry["kind"] == "print")


def test_thumbnails_say_which_page_of_what(rendered: tuple[Path, list[Written]]) -> None:
    out, _ = rendered
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    stem = "tai-lieu/tam-nhom-giai-phap-san-xuat-sach-hon/tam-nhom-giai-phap-san-xuat-sach-hon"
    pictures = previews(manifest[f"{stem}-man-hinh.pdf"], "tai-lieu/tam-nhom-giai-phap-san-xuat-sach-hon",
                        "Tám nhóm giải pháp", "vi", out)
    assert [p["alt"] for p in pictures] == ["Trang 1 trên 2 của Tám nhóm giải pháp", "Trang 2 trên 2 của Tám nhóm giải pháp"]
    assert pictures[0]["src"] == "tam-nhom-giai-phap-san-xuat-sach-hon-man-hinh-trang-1.png"
    cover = previews(manifest["so-tay/so-tay-man-hinh.pdf"], "so-tay", "Sổ tay", "vi", out)
    assert [p["alt"] for p in cover] == ["Bìa của Sổ tay"]


def test_the_publications_list_shows_the_first_page(rendered: tuple[Path, list[Written]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out, _ = rendered
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    monkeypatch.setattr("scripts.pdf.site_links.PDF_DIR", out)
    slug = "tam-nhom-giai-phap-san-xuat-sach-hon"
    picture = list_preview(f"tai-lieu/{slug}.md", "Tám nhóm", "vi", lambda path: "../" + path, manifest)
    assert f'<img class="sx-thumb" src="../tai-lieu/{slug}/{slug}-man-hinh-trang-1.png" alt="Trang 1 trên' in picture
    assert 'loading="lazy"' in picture
    assert list_preview("tai-lieu/khong-co.md", "X", "vi", str, manifest) == ""
