"""Link preview cards: the Open Graph and Twitter tags of every page, and one 1200 × 630 image per
section and language, drawn at build time in the site's type and colours.

A link passed on Zalo or Facebook shows the page's title, its summary and the card of its section
(the home page, the handbook, Q&A, …). The images are rendered by WeasyPrint (already used for the
print pieces) into one PDF of one page per card, then into PNG (scripts/pdf/raster.py). A card set
whose HTML has not changed is copied from ``build/cards/`` instead of being drawn again.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin

from scripts.content.sources import Site, summary_of
from scripts.figures.pictograms import technique_pictogram
from scripts.figures.svg import GREEN, e
from scripts.pdf.raster import render_pages

WIDTH, HEIGHT = 1200, 630
FOLDER = "assets/images/og"
HOME = "trang-chu"
LOCALES = {"vi": "vi_VN", "en": "en_GB"}
TYPE_WORDS = {"vi": "Sở Công Thương thành phố Hải Phòng", "en": "Hai Phong Department of Industry and Trade"}


@dataclass(frozen=True)
class Card:
    language: str
    section: str  # a top-level folder of the site, or HOME
    title: str
    summary: str

    @property
    def site_path(self) -> str:
        return f"{FOLDER}/{self.language}-{self.section}.png"


def section_of(url_path: str, sections: list[str]) -> str:
    """"so-tay/phuong-phap/index.md" -> "so-tay"; a page outside the listed sections gets the home card."""
    first = url_path.split("/", 1)[0] if "/" in url_path else ""
    return first if first in sections else HOME


def cards_for(site: Site, sections: list[str], site_names: dict[str, str], languages: tuple[str, ...]) -> list[Card]:
    cards = []
    for language in languages:
        home = site.page("index.md", language) or site.page("index.md", "vi")
        cards.append(Card(language, HOME, site_names[language], str(home.meta.get("description", "")) if home else ""))
        for section in sections:
            index = site.page(f"{section}/index.md", language) or site.page(f"{section}/index.md", "vi")
            if index is None:
                continue
            title = str(index.meta.get("nav_title") or index.meta["title"])
            summary = str(index.meta.get("summary") or index.meta.get("description") or "")
            cards.append(Card(language, section, title, summary))
    return cards


def _card_html(cards: list[Card], site_names: dict[str, str], fonts: Path) -> str:
    faces = "".join(
        f'@font-face {{ font-family: "Be Vietnam Pro"; font-weight: {weight}; src: url("{(fonts / name).as_uri()}"); }}'
        for weight, name in ((400, "BeVietnamPro-Regular.ttf"), (700, "BeVietnamPro-Bold.ttf")))
    icons = "".join(technique_pictogram(group, number, 84) for number, group in enumerate(
        ("quan-ly-noi-vi", "thay-doi-nguyen-lieu", "kiem-soat-qua-trinh", "cai-tien-thiet-bi", "thay-doi-cong-nghe",
         "tuan-hoan-tai-su-dung", "san-pham-phu", "cai-tien-san-pham"), start=1))
    pages = "".join(
        f'<section lang="{card.language}"><p class="who">{e(site_names[card.language])} · {e(TYPE_WORDS[card.language])}</p>'
        f'<h1>{e(card.title)}</h1><p class="summary">{e(_shorten(card.summary, 150))}</p>'
        f'<div class="icons">{icons}</div></section>'
        for card in cards)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{faces}"
            f"@page {{ size: {WIDTH}px {HEIGHT}px; margin: 0; }}"
            f"html {{ font-family: 'Be Vietnam Pro'; color: #ffffff; }} body {{ margin: 0; }}"
            f"section {{ width: {WIDTH}px; height: {HEIGHT}px; box-sizing: border-box; padding: 56px 72px;"
            f" background: {GREEN}; page-break-after: always; position: relative; }}"
            ".who { font-size: 26px; margin: 0 0 26px; opacity: 1; }"
            "h1 { font-size: 76px; line-height: 1.08; margin: 0 0 22px; font-weight: 700; max-height: 170px; overflow: hidden; }"
            ".summary { font-size: 29px; line-height: 1.3; margin: 0; max-height: 114px; overflow: hidden; }"
            ".icons { position: absolute; left: 72px; bottom: 52px; display: flex; gap: 28px; }"
            ".icons svg { width: 84px; height: 84px; }"
            f"</style></head><body>{pages}</body></html>")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + " …"


def write_cards(site: Site, site_dir: Path, root: Path, sections: list[str], site_names: dict[str, str],
                languages: tuple[str, ...]) -> list[Path]:
    """Every card as PNG under ``site_dir``; unchanged cards come from the cache in ``build/cards/``."""
    cards = cards_for(site, sections, site_names, languages)
    page_html = _card_html(cards, site_names, root / "overrides" / "assets" / "fonts")
    digest = hashlib.sha256(f"{version('weasyprint')}\n{page_html}".encode()).hexdigest()[:16]
    cache = root / "build" / "cards" / digest
    if not all((cache / Path(card.site_path).name).exists() for card in cards):
        _render(cards, page_html, cache)
    written = []
    for card in cards:
        target = site_dir / card.site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cache / Path(card.site_path).name, target)
        written.append(target)
    return written


def _render(cards: list[Card], page_html: str, cache: Path) -> None:
    from PIL import Image
    from weasyprint import HTML

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "cards.pdf"
        HTML(string=page_html).write_pdf(pdf)
        pngs = render_pages(pdf, Path(folder), "card", ["-scale-to-x", str(WIDTH), "-scale-to-y", str(HEIGHT)])
        if len(pngs) != len(cards):
            raise RuntimeError(f"link cards: {len(pngs)} images rendered for {len(cards)} cards")
        cache.mkdir(parents=True, exist_ok=True)
        for card, png in zip(cards, pngs, strict=True):
            # Flat colours: a 64-colour palette keeps every card near 20 KB without visible loss.
            Image.open(png).convert("RGB").quantize(colors=64).save(cache / Path(card.site_path).name, optimize=True)


def page_card(url_path: str, meta: dict, language: str, canonical_url: str, page_url: str, site_name: str,
              site_description: str, sections: list[str]) -> dict[str, str]:
    """The tags' values for one page. ``canonical_url`` and ``page_url`` are MkDocs' (the page's
    address and its path from the site's root), so the root is what is left of one without the other."""
    root = canonical_url[: len(canonical_url) - len(page_url)] if page_url and canonical_url.endswith(page_url) \
        else canonical_url
    section = section_of(url_path, sections)
    description = summary_of(meta) or site_description
    title = str(meta.get("title") or site_name)
    return {
        "title": title,
        "description": _shorten(description, 300),
        "url": canonical_url,
        "image": urljoin(root, f"{FOLDER}/{language}-{section}.png"),
        "image_alt": f"{title} — {site_name}" if title != site_name else site_name,
        "locale": LOCALES.get(language, language),
        "alternate_locales": [value for key, value in LOCALES.items() if key != language],
        "type": "website" if section == HOME else "article",
        "site_name": site_name,
    }

