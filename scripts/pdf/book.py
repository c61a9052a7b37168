"""Stage 2 for the handbook: its pages → the HTML of one book (pieces/book/).

Each page is rendered like a leaflet (the site's Markdown extensions and
directives), then fitted into the book:

- heading levels follow the book's outline (part titles h1, chapter titles h2);
- ids get the chapter's prefix, since every page has its own "nguon" heading;
- links between handbook pages point inside the book and print "(trang N)";
  links to the rest of the site become the site's public addresses;
- each worksheet (a heading with class ``sx-worksheet``) becomes a form on pages
  of its own, after the chapter's text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

import jinja2
import lxml.html

from scripts.content.sources import Site, SourcePage
from scripts.figures.svg import for_print
from scripts.pages.directives import expand_for
from scripts.pages.markdown import format_date
from scripts.pages.norms import format_number

from .collect import Book
from .config import SiteConfig
from .html import PIECES_DIR, PROFILE, WORDS, Kind, PieceError, PieceHtml, markdown_to_html, qr_svg

#: Worksheet pages are landscape; the print master turns them so every page has the
#: book's portrait shape, the top of the form towards the spine side (read by turning
#: the book clockwise), as tables set broadside in books are.
TURN_WIDE_PAGES = 270
WORKSHEET_CLASS = "sx-worksheet"
_HEADING = re.compile(r"^h([1-6])$")

BOOK_WORDS = {
    "contents": {"vi": "Mục lục", "en": "Contents"},
    "worksheets": {"vi": "Các phiếu công việc", "en": "Worksheets"},
    "page": {"vi": "trang", "en": "page"},
    "page_footer": {"vi": ("Trang ", " / "), "en": ("Page ", " of ")},
    "about": {"vi": "Thông tin xuất bản", "en": "About this book"},
    "issued_by": {"vi": "Cơ quan phát hành", "en": "Issued by"},
    "date": {"vi": "Ngày phát hành", "en": "Date of issue"},
    "web": {"vi": "Bản trên web", "en": "On the web"},
    "licence": {
        "vi": "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được sao chép, in lại, chia sẻ và chỉnh sửa"
              " nội dung, miễn là ghi rõ nguồn.",
        "en": "Creative Commons Attribution 4.0 International (CC BY 4.0): you may copy, reprint, share and adapt"
              " the content, as long as you name the source.",
    },
    "licence_name": {"vi": "Giấy phép", "en": "Licence"},
}


@dataclass
class Chapter:
    page: SourcePage
    anchor: str  # id of the chapter in the book
    depth: int  # 0: the handbook's home page, 1: a part (a folder's index), 2: a chapter of a part
    title: str  # the first heading's text (the front-matter title if the page has no heading)
    running_head: str
    part_head: str = ""  # running head of the part the chapter belongs to
    html: str = ""
    worksheets: list[tuple[str, str]] = field(default_factory=list)  # (id, title)


def anchor_of(url_path: str) -> str:
    """``so-tay/phuong-phap/buoc-1-khoi-dong.md`` → ``c-phuong-phap__buoc-1-khoi-dong``."""
    inner = url_path.split("/", 1)[1].removesuffix(".md")
    return "c-" + inner.replace("/", "__")


def _depth(page: SourcePage) -> int:
    folders = page.url_path.count("/") - 1  # below the handbook folder
    return folders if posixpath.basename(page.url_path) == "index.md" else folders + 1


def _link(href: str, chapter: Chapter, anchors: dict[str, str], config: SiteConfig, language: str) -> tuple[str, str]:
    """(new href, class) of a link in a chapter."""
    if href.startswith("#"):
        return f"#{chapter.anchor}--{href[1:]}", "sx-xref"
    path, _, fragment = href.partition("#")
    if "://" in path or path.startswith(("mailto:", "tel:")):
        return href, "sx-external"
    if not path.endswith(".md"):
        # A file of the site in raw HTML (e.g. a decision's full text): relative to the page's address,
        # and published once, at the site's root, for every language.
        page_dir = config.model.page_address(chapter.page.url_path, language)  # e.g. en/so-tay/x/
        target = posixpath.normpath(posixpath.join(page_dir, path))
        return config.site_url + target + (f"#{fragment}" if fragment else ""), "sx-external"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(chapter.page.url_path), path))
    if target in anchors:
        return f"#{anchors[target]}--{fragment}" if fragment else f"#{anchors[target]}", "sx-xref"
    url = config.public_url(target, language)
    return (f"{url}#{fragment}" if fragment else url), "sx-external"


def _fit_chapter(chapter: Chapter, html: str, anchors: dict[str, str], config: SiteConfig, language: str) -> None:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    shift = max(chapter.depth - 1, 0)
    headings = [el for el in root.iter() if isinstance(el.tag, str) and _HEADING.match(el.tag)]
    for number, element in enumerate(headings):
        level = min(int(element.tag[1]) + shift, 6)
        element.tag = f"h{level}"
        if number == 0:  # the chapter's title as its readers see it, also in the contents
            element.set("class", " ".join(filter(None, [element.get("class"), "sx-chapter-title"])))
            element.set("data-running-head", chapter.running_head)
            # Set again on every chapter's first page, so that first-except leaves it blank there.
            element.set("data-part-head", chapter.part_head)
            chapter.title = element.text_content().strip()
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("id"):
            element.set("id", f"{chapter.anchor}--{element.get('id')}")
    for element in root.iter("a"):
        if element.get("href"):
            href, kind = _link(element.get("href"), chapter, anchors, config, language)
            element.set("href", href)
            element.set("class", " ".join(filter(None, [element.get("class"), kind])))
    for table in root.iter("table"):
        before = table.getprevious()
        if before is not None and before.tag == "p":  # a line that introduces the table stays with it
            before.set("class", " ".join(filter(None, [before.get("class"), "sx-keep-with-next"])))
    sheets = []
    for heading in [h for h in headings if WORKSHEET_CLASS in (h.get("class") or "").split()]:
        level = int(heading.tag[1])
        sheet = lxml.html.Element("section", {"class": "sx-worksheet-sheet", "aria-labelledby": heading.get("id")})
        heading.addprevious(sheet)
        node = heading
        while node is not None:
            following = node.getnext()
            sheet.append(node)  # moves the node (and its tail text) into the sheet
            node = following
            if node is not None and isinstance(node.tag, str) and _HEADING.match(node.tag) and int(node.tag[1]) <= level:
                break
        sheets.append(sheet)
        chapter.worksheets.append((heading.get("id"), heading.text_content().strip()))
    for sheet in sheets:  # forms after the chapter's text and sources, each on pages of its own
        root.append(sheet)
    chapter.html = "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    if root.text and root.text.strip():
        chapter.html = root.text + chapter.html


def chapters_of(book: Book, site: Site, config: SiteConfig) -> list[Chapter]:
    chapters = [
        Chapter(page, anchor_of(page.url_path), _depth(page), page.meta["title"],
                page.meta.get("nav_title") or page.meta["title"])
        for page in book.chapters
    ]
    anchors = {chapter.page.url_path: chapter.anchor for chapter in chapters}
    part_head = ""
    for chapter in chapters:
        part_head = chapter.running_head if chapter.depth <= 1 else part_head
        chapter.part_head = part_head
        page = chapter.page
        # As on the site: a page shown in another language (not translated yet) gets the tables of the book's language.
        body = expand_for(page.body, page.url_path, site, book.language)
        _fit_chapter(chapter, markdown_to_html(body, config), anchors, config, book.language)
    _check_targets(chapters)
    return chapters


def _check_targets(chapters: list[Chapter]) -> None:
    """Every page reference must land on an element of the book, or it would print "(trang 0)"."""
    ids = {c.anchor for c in chapters} | {m for c in chapters for m in re.findall(r'\bid="([^"]+)"', c.html)}
    for chapter in chapters:
        for target in re.findall(r'href="#([^"]+)"', chapter.html):
            if target not in ids:
                raise PieceError(f"{chapter.page.source}: the link to #{target.split('--', 1)[-1]} has no target in the book")


def build_html(book: Book, site: Site, config: SiteConfig, kind: Kind) -> PieceHtml:
    language = book.language
    folder = PIECES_DIR / book.piece
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([folder, PIECES_DIR / "common"]), autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    details = {key: (value[language] if isinstance(value, dict) else value) for key, value in book.details.items()}
    words = {key: value[language] for key, value in WORDS.items()}
    words.update({key: value[language] for key, value in BOOK_WORDS.items()})
    html = environment.get_template("template.html").render(
        kind=kind,
        lang=language,
        meta={"title": details["cover_title"], "description": details.get("cover_subtitle")},
        book=details,
        chapters=chapters_of(book, site, config),
        qr=qr_svg(book.page_url, kind),
        page_url=book.page_url,
        words=words,
        date=book.date.isoformat(),
        date_text=format_date(book.date, language),
        print_run_text=format_number(details["print_run"], language) if details.get("print_run") else "",
        fonts_url=(config.root / "overrides" / "assets" / "fonts").as_uri() + "/",
        profile_url=PROFILE.as_uri(),
    )
    if kind == "print":  # the figures' colours in CMYK: a print master carries no RGB
        html = for_print(html)
    return PieceHtml(html, folder.as_uri() + "/", TURN_WIDE_PAGES if kind == "print" else 0)
