"""What the figures share: the palette (RGB for screens, CMYK for the print masters), text
wrapping, and the accessible frame of a drawing.

Colours are written as SVG presentation attributes (``fill="#1b5e20"``), never ``style=``: the
site's Content-Security-Policy blocks inline styles, and WeasyPrint reads attributes the same way.
"""

from __future__ import annotations

import html
import re
import textwrap

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
#: Mean advance of a Be Vietnam Pro letter, in em (measured on Vietnamese text); bold is wider.
LETTER_EM, BOLD_LETTER_EM = 0.56, 0.6

_COLOUR_ATTRIBUTE = re.compile(r'\b(fill|stroke|stop-color)="(#[0-9a-fA-F]{6})"')
_CMYK = {rgb.lower(): cmyk for rgb, cmyk in PALETTE.values()}


class OffPaletteColourError(ValueError):
    """A drawing uses a colour that has no CMYK value: the print master would carry RGB."""


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def wrap(text: str, width_px: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` that fit ``width_px`` at font ``size`` (an estimate: SVG text does not wrap)."""
    letters = max(4, int(width_px / (size * (BOLD_LETTER_EM if bold else LETTER_EM))))
    return textwrap.wrap(text, letters, break_long_words=False) or [""]


def text_lines(lines: list[str], x: float, y: float, size: float, line_height: float | None = None,
               anchor: str = "middle", weight: int = 400, fill: str = INK) -> str:
    """Lines of text, the first with its baseline at ``y``."""
    step = line_height or size * 1.2
    spans = "".join(f'<tspan x="{x:.1f}" y="{y + index * step:.1f}">{e(line)}</tspan>' for index, line in enumerate(lines))
    return (f'<text font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" fill="{fill}">'
            f"{spans}</text>")


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
