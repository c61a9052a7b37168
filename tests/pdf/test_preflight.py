"""Preflight catches faults planted in a print master that passed."""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf
import pytest

from scripts.pdf import preflight


@pytest.fixture
def master(rendered: Path, tmp_path: Path) -> Path:
    source = next(rendered.rglob("*-in.pdf"))
    target = tmp_path / "master-in.pdf"
    target.write_bytes(source.read_bytes())
    return target


def _append_content(path: Path, operators: bytes, **resources: dict) -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        for category, entries in resources.items():
            group = page.obj.Resources.get(f"/{category}")
            if group is None:
                page.obj.Resources[f"/{category}"] = group = pikepdf.Dictionary()
            for name, value in entries.items():
                group[f"/{name}"] = pdf.make_indirect(value(pdf) if callable(value) else value)
        page.contents_add(pikepdf.Stream(pdf, b"q " + operators + b" Q"), prepend=False)
        pdf.save(path)


def test_clean_master_passes(master: Path) -> None:
    assert preflight.check(master) == []


def test_rgb_colour_is_caught(master: Path) -> None:
    _append_content(master, b"1 0 0 rg 10 10 20 20 re f")
    findings = [str(f) for f in preflight.check(master)]
    assert any("page 1" in f and "RGB colour operator rg" in f and str(master) in f for f in findings), findings


def test_low_resolution_image_is_caught(master: Path) -> None:
    def image(pdf: pikepdf.Pdf) -> pikepdf.Stream:
        stream = pikepdf.Stream(pdf, zlib.compress(bytes(10 * 10 * 4)))
        stream.Type, stream.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        stream.Width = stream.Height = 10
        stream.ColorSpace, stream.BitsPerComponent = pikepdf.Name.DeviceCMYK, 8
        stream.Filter = pikepdf.Name.FlateDecode
        return stream

    # 10 px drawn 100 mm wide: about 2.5 ppi.
    _append_content(master, b"283.46 0 0 283.46 50 50 cm /LowRes Do", XObject={"LowRes": image})
    findings = [str(f) for f in preflight.check(master)]
    assert any("image /LowRes" in f and "ppi" in f for f in findings), findings


def test_font_not_embedded_is_caught(master: Path) -> None:
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    _append_content(master, b"BT /Missing 12 Tf 20 20 Td (x) Tj ET", Font={"Missing": font})
    findings = [str(f) for f in preflight.check(master)]
    assert any("Helvetica" in f and "not embedded" in f for f in findings), findings


def test_transparency_is_caught(master: Path) -> None:
    state = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=0.5)
    _append_content(master, b"/Half gs 0 0 0 1 k 10 10 20 20 re f", ExtGState={"Half": state})
    findings = [str(f) for f in preflight.check(master)]
    assert any("transparency: ca = 0.5" in f for f in findings), findings


def test_missing_trim_box_is_caught(master: Path) -> None:
    with pikepdf.open(master, allow_overwriting_input=True) as pdf:
        del pdf.pages[0].obj["/TrimBox"]
        pdf.save(master)
    findings = [str(f) for f in preflight.check(master)]
    assert any("page 1" in f and "TrimBox is missing" in f for f in findings), findings


def test_screen_pdf_fails_preflight(rendered: Path) -> None:
    """The RGB screen file is not a print master; preflight says so."""
    findings = preflight.check(next(rendered.rglob("*-man-hinh.pdf")))
    assert any("RGB" in str(f) or "not CMYK" in str(f) for f in findings)
    assert any("output intent" in str(f) for f in findings)
