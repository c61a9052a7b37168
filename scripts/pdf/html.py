"""Stage 2: a publication's Markdown → the HTML of its print piece.

The Markdown is rendered with the site's own extensions (read from mkdocs.yml)
and its ``<!-- render ... -->`` directives, so the PDF says what the web page says.
Each piece (pieces/<name>/) keeps its template and print CSS together.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2
import markdown
import segno

from scripts.content.sources import Site
from scripts.figures.svg import for_print
from scripts.pages.directives import expand_for

from .collect import Publication
from .config import SiteConfig

Kind = Literal["screen", "print"]
PIECES_DIR = Path(__file__).parent / "pieces"
PROFILE = Path(__file__).parent / "profiles" / "sxsh-fogra39l.icc"
_SECTION = re.compile(r'<section class="sx-panel"[^>]*>(.*?)</section>', re.DOTALL)
_HREF = re.compile(r'href="([^"#:]+\.md)(#[^"]*)?"')
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>')

WORDS = {
    "scan": {"vi": "Quét mã để đọc bản trên web", "en": "Scan to read it on the web"},
    "edition": {"vi": "Lần in", "en": "Edition"},
    "print_run": {"vi": "Số lượng in", "en": "Print run"},
    "copies": {"vi": "bản", "en": "copies"},
    "publisher": {"vi": "Sở Công Thương thành phố Hải Phòng", "en": "Hai Phong Department of Industry and Trade"},
    "licence": {"vi": "Nội dung dùng theo giấy phép CC BY 4.0.", "en": "Content licensed under CC BY 4.0."},
}


@dataclass(frozen=True)
class PieceHtml:
    html: str
    base_url: str  # file: URL of the piece folder; every relative URL resolves inside it
    turn_wide_pages: int = 0  # degrees (clockwise, PDF /Rotate) to turn landscape pages of a portrait piece


def markdown_to_html(text: str, config: SiteConfig) -> str:
    configs = {name: dict(options) for name, options in config.extension_configs.items()}
    # A permalink sign after each heading means nothing on paper.
    configs.setdefault("toc", {})["permalink"] = False
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=configs)
    return _PERMALINK.sub("", md.convert(text))


def absolute_links(html: str, url_path: str, language: str, config: SiteConfig) -> str:
    """Relative links to other pages become the site's public URLs: a PDF travels alone."""
    folder = posixpath.dirname(url_path)

    def replace(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(folder, match.group(1)))
        return f'href="{config.public_url(target, language)}{match.group(2) or ""}"'

    return _HREF.sub(replace, html)


def qr_svg(url: str, kind: Kind) -> str:
    """A vector QR code. In the print master it is 100 % K only, as printers need for thin modules."""
    qr = segno.make(url, error="m", boost_error=False)
    path = qr.svg_inline(scale=1, border=4, dark="#000", omitsize=True)
    colour = "device-cmyk(0 0 0 1)" if kind == "print" else "#000"
    return path.replace('stroke="#000"', f'stroke="{colour}" fill="none"').replace("<svg ", '<svg role="img" aria-hidden="true" ', 1)


def panels(html: str) -> list[str]:
    return _SECTION.findall(html)


def build_html(publication: Publication, site: Site, config: SiteConfig, kind: Kind) -> PieceHtml:
    page = publication.page
    body = expand_for(page.body, page.url_path, site, publication.language)
    content = absolute_links(markdown_to_html(body, config), page.url_path, publication.language, config)
    folder = PIECES_DIR / publication.piece
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([folder, PIECES_DIR / "common"]), autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.globals["raise"] = _fail(page.source)
    language = publication.language
    html = environment.get_template("template.html").render(
        kind=kind,
        lang=language,
        meta=page.meta,
        content=content,
        panels=panels(content),
        qr=qr_svg(publication.page_url, kind),
        page_url=publication.page_url,
        words={key: value[language] for key, value in WORDS.items()},
        date=page.meta["date"].isoformat(),
        fonts_url=(config.root / "overrides" / "assets" / "fonts").as_uri() + "/",
        profile_url=PROFILE.as_uri(),
    )
    if kind == "print":  # the figures' colours in CMYK: a print master carries no RGB
        html = for_print(html)
    return PieceHtml(html, folder.as_uri() + "/")


class PieceError(ValueError):
    """The page does not fit its print piece (e.g. a tri-fold without six panels)."""


def _fail(source: str):
    def fail(message: str) -> None:
        raise PieceError(f"{source}: {message}")
    return fail
