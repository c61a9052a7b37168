"""What the figures share: the palette (RGB for screens, CMYK for the print masters), text
wrapping, and the accessible frame of a drawing.

Colours are written as SVG presentation attributes (``fill="#1b5e20"``), never ``style=``: the
site's Content-Security-Policy blocks inline styles, and WeasyPrint reads attributes the same way.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

#: name -> (screen RGB, print CMYK). The RGB values are the site's (overrides/assets/stylesheets/sxsh.css)
#: and the CMYK ones those of the print pieces (scripts/pdf/pieces/common/colours-print.css); every
#: pair is inside the coated FOGRA39 gamut, so nothing shifts at the printer.
PALETTE: dict[str, tuple[str, tuple[float, float, float, float]]] = {
    "green": ("#1b5e20", (0.85, 0.2, 0.95, 0.45)),  # 7.9:1 on white
    "green-tint": ("#e8f3e8", (0.08, 0, 0.1, 0)),
    "blue": ("#0d47a1", (1, 0.65, 0, 0.15)),  # 8.6:1 on white
    "amber": ("#b45309", (0.05, 0.65, 1, 0.25)),  # 5.0:1 on white
    "ink": ("#1a1a1a", (0, 0, 0, 0.95)),
    "paper": ("#ffffff", (0, 0, 0, 0)),
    "rule": ("#9bb59d", (0.35, 0.1, 0.35, 0)),
}
GREEN, TINT, BLUE, AMBER, INK, PAPER, RULE = (PALETTE[name][0] for name in
                                               ("green", "green-tint", "blue", "amber", "ink", "paper", "rule"))
FONT = "Be Vietnam Pro, sans-serif"
FONTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "fonts"
_FONT_FILES = {400: "BeVietnamPro-Regular.ttf", 600: "BeVietnamPro-SemiBold.ttf", 700: "BeVietnamPro-Bold.ttf"}

_COLOUR_ATTRIBUTE = re.compile(r'\b(fill|stroke|stop-color)="(#[0-9a-fA-F]{6})"')
_CMYK = {rgb.lower(): cmyk for rgb, cmyk in PALETTE.values()}


class OffPaletteColourError(ValueError):
    """A drawing uses a colour that has no CMYK value: the print master would carry RGB."""


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


@cache
def _advances(weight: int) -> tuple[dict[int, int], int]:
    font = TTFont(FONTS / _FONT_FILES[weight], lazy=True)
    metrics, cmap = font["hmtx"].metrics, font.getBestCmap()
    return {code: metrics[name][0] for code, name in cmap.items()}, font["head"].unitsPerEm


def text_width(text: str, size: float, weight: int = 400) -> float:
    """The width of ``text`` set in Be Vietnam Pro, from the font's own advance widths (the bundled TTF)."""
    advances, units = _advances(weight)
    return sum(advances.get(ord(letter), units // 2) for letter in text) * size / units


def wrap(text: str, width_px: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` that fit ``width_px`` at font ``size``: SVG text does not wrap by itself."""
    weight = 700 if bold else 400
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, weight) <= width_px:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def text_lines(lines: list[str], x: float, y: float, size: float, line_height: float | None = None,
               anchor: str = "middle", weight: int = 400, fill: str = INK) -> str:
    """Lines of text, the first with its baseline at ``y``. Centred lines are placed by their measured
    width rather than with text-anchor, which WeasyPrint draws through a transparency group (a print
    master may have none)."""
    step = line_height or size * 1.2
    spans = []
    for index, line in enumerate(lines):
        start = x - text_width(line, size, weight) / 2 if anchor == "middle" else x
        spans.append(f'<tspan x="{start:.1f}" y="{y + index * step:.1f}">{e(line)}</tspan>')
    return f'<text font-size="{size}" font-weight="{weight}" fill="{fill}">{"".join(spans)}</text>'


def drawing(figure_id: str, width: float, height: float, title: str, description: str, body: str,
            css_class: str) -> str:
    """An SVG that is one image to assistive technology, named by its <title> and described by its <desc>."""
    return (f'<svg class="sx-fig-drawing {css_class}" id="{figure_id}" role="img" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}" aria-labelledby="{figure_id}-title {figure_id}-desc" '
            f'focusable="false" font-family="{FONT}">'
            f'<title id="{figure_id}-title">{e(title)}</title><desc id="{figure_id}-desc">{e(description)}</desc>'
            f"{body}</svg>")


def for_print(html_text: str) -> str:
    """The same HTML with every drawing's colour written in CMYK, for a print master. A colour outside
    the palette stops the build here, rather than reaching the printer as RGB."""
    def replace(match: re.Match) -> str:
        cmyk = _CMYK.get(match.group(2).lower())
        if cmyk is None:
            raise OffPaletteColourError(f"colour {match.group(2)} has no CMYK value in scripts/figures/svg.py PALETTE")
        return f'{match.group(1)}="device-cmyk({" ".join(f"{v:g}" for v in cmyk)})"'
    return _COLOUR_ATTRIBUTE.sub(replace, html_text)
