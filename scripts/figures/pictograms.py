"""A pictogram for each of the eight technique groups (data/technique-groups.yml) and for each
kind of resource a case saves (scripts/content/schema.py, RESOURCES).

A pictogram always stands next to the name it shows, so it is decorative to assistive technology
(aria-hidden): the name is the text. Each is a few strokes on a 64-unit square, in the site's green,
legible from a thumb-sized chip on a phone to 40 mm on the poster.
"""

from __future__ import annotations

import math
import posixpath

from scripts.figures.svg import GREEN, TINT, e, text_lines
from scripts.pages.context import RenderContext


def _stroke(width: float = 3.6) -> str:
    return f'fill="none" stroke="{GREEN}" stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"'


_STROKE = _stroke()


def _gear() -> str:
    teeth = []
    for index in range(8):
        angle = math.pi * 2 * index / 8
        x1, y1 = 32 + 13 * math.cos(angle), 32 + 13 * math.sin(angle)
        x2, y2 = 32 + 20 * math.cos(angle), 32 + 20 * math.sin(angle)
        teeth.append(f"M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}")
    return (f'<path d="{"".join(teeth)}" {_stroke(6.5)}/>'
            f'<circle cx="32" cy="32" r="13" {_STROKE}/><circle cx="32" cy="32" r="5" {_STROKE}/>')


#: Group id (data/technique-groups.yml) -> drawing. A group without one gets its number in a circle.
TECHNIQUES: dict[str, str] = {
    # a broom sweeping: good housekeeping
    "quan-ly-noi-vi": f'<path d="M46 10L33 33" {_STROKE}/><path d="M26 31L40 38L35 54L14 47Z" {_STROKE}/>'
                      f'<path d="M22 46L27 36M29 49L33 38" {_STROKE}/>',
    # one sack swapped for another: input material change
    "thay-doi-nguyen-lieu": f'<rect x="9" y="12" width="18" height="18" rx="3" {_STROKE}/>'
                            f'<rect x="37" y="34" width="18" height="18" rx="3" {_STROKE}/>'
                            f'<path d="M31 19C41 19 46 23 46 29M42 25L46 30L50 25" {_STROKE}/>'
                            f'<path d="M33 45C23 45 18 41 18 35M22 39L18 34L14 39" {_STROKE}/>',
    # a dial whose needle sits where it should: better process control
    "kiem-soat-qua-trinh": f'<path d="M10 42A22 22 0 0 1 54 42" {_STROKE}/>'
                           f'<path d="M32 42L43 27" {_STROKE}/><circle cx="32" cy="42" r="3.5" fill="{GREEN}"/>'
                           f'<path d="M14 30L18 32M32 20V24M50 30L46 32M10 50H54" {_STROKE}/>',
    # a gear: equipment modification
    "cai-tien-thiet-bi": _gear(),
    # a light bulb: technology change
    "thay-doi-cong-nghe": f'<path d="M25 42C17 36 16 28 18 22C21 14 28 11 32 11C36 11 43 14 46 22C48 28 47 36 39 42Z" '
                          f'{_STROKE}/><path d="M26 48H38M28 54H36M32 42V32L28 28M32 32L36 28" {_STROKE}/>',
    # two arrows chasing each other round a drop: on-site recovery and reuse
    "tuan-hoan-tai-su-dung": f'<path d="M14 28A19 19 0 0 1 47 19M50 36A19 19 0 0 1 17 45" {_STROKE}/>'
                             f'<path d="M41 16L48 19L47 11M23 48L16 45L17 53" {_STROKE}/>'
                             f'<path d="M32 24C29 29 26 32 26 36A6 6 0 0 0 38 36C38 32 35 29 32 24Z" {_STROKE}/>',
    # a price tag: a useful by-product that sells
    "san-pham-phu": f'<path d="M10 34L32 12H52V32L30 54Z" {_STROKE}/><circle cx="44" cy="20" r="3.5" {_STROKE}/>'
                    f'<path d="M24 36L32 28M28 42L38 32" {_STROKE}/>',
    # a package with a leaf: product modification
    "cai-tien-san-pham": f'<path d="M10 22L32 12L54 22V44L32 54L10 44Z" {_STROKE}/><path d="M10 22L32 32L54 22M32 32V54" {_STROKE}/>'
                         f'<path d="M38 44C38 37 43 33 49 33C49 40 45 44 38 44ZM38 44L45 37" {_stroke(2.6)}/>',
}

#: Resource kind (schema RESOURCES) -> drawing.
RESOURCES: dict[str, str] = {
    "dien": f'<path d="M36 8L16 36H31L27 56L48 27H33Z" {_STROKE}/>',
    "nhien-lieu": f'<path d="M32 8C36 20 48 26 48 40A16 16 0 0 1 16 40C16 31 22 26 24 20C28 26 30 28 32 28C33 20 32 14 32 8Z" '
                  f'{_STROKE}/>',
    "nuoc": f'<path d="M32 8C26 20 16 30 16 40A16 16 0 0 0 48 40C48 30 38 20 32 8Z" {_STROKE}/>'
            f'<path d="M24 40A8 8 0 0 0 32 48" {_STROKE}/>',
    "nguyen-lieu": f'<rect x="10" y="34" width="20" height="18" rx="2" {_STROKE}/><rect x="34" y="34" width="20" height="18" '
                   f'rx="2" {_STROKE}/><rect x="22" y="12" width="20" height="18" rx="2" {_STROKE}/>',
    "hoa-chat": f'<path d="M26 10H38M28 10V26L14 50C12 54 14 56 18 56H46C50 56 52 54 50 50L36 26V10" {_STROKE}/>'
                f'<path d="M20 42H44" {_STROKE}/>',
}


def pictogram(drawing: str | None, size: int = 48, label_no: int | None = None, css_class: str = "sx-picto") -> str:
    """A decorative pictogram: the tinted disc, then the drawing (or the number when there is none)."""
    inner = drawing if drawing is not None else text_lines([str(label_no or "")], 32, 42, 28, weight=700, fill=GREEN)
    return (f'<svg class="{css_class}" viewBox="0 0 64 64" width="{size}" height="{size}" aria-hidden="true" '
            f'focusable="false"><circle cx="32" cy="32" r="31" fill="{TINT}"/>{inner}</svg>')


def technique_pictogram(group_id: str, number: int | None = None, size: int = 48) -> str:
    return pictogram(TECHNIQUES.get(group_id), size, number)


def resource_pictogram(kind: str, size: int = 40) -> str:
    return pictogram(RESOURCES.get(kind), size)


GROUPS_FOLDER = "so-tay/giai-phap"


def group_page(context: RenderContext, number: int) -> str | None:
    """The handbook page of group ``number``: the technique chapters are ordered by group number."""
    for page in context.site.pages:
        if (posixpath.dirname(page.url_path) == GROUPS_FOLDER and posixpath.basename(page.url_path) != "index.md"
                and page.meta.get("order") == number):
            return page.url_path
    return None


def groups_grid(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render technique-groups -->``: the eight groups as a grid of pictograms with their names,
    each linked to its handbook page. The names are the text: the list is its own text equivalent."""
    language = context.language
    records = sorted(context.site.data["technique-groups"], key=lambda r: r["no"])
    items = []
    for record in records:
        name = f"{record['no']}. {record['name'][language]}"
        icon = technique_pictogram(record["id"], record["no"], 56)
        target = group_page(context, record["no"])
        # A Markdown link, so that MkDocs checks it and the PDF step prints its public address.
        label = f"{icon}<span>{e(name)}</span>"
        items.append(f"- [{label}]({context.link_to(target)})" if target else f"- {label}")
    return '\n<div class="sx-groups" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"

