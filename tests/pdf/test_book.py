"""The handbook as a book: what a reader and the print team see in its two PDFs.

Text is read back with pdftotext, one page at a time, so page numbers in the
contents, page references, running heads and footers are checked against the
pages they name.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import pikepdf
import pytest

from scripts.pdf import book, collect, preflight, render
from scripts.pdf.config import SiteConfig

from .test_output import _comparable, _plain_sentences

MM = 72 / 25.4
A5 = (148 * MM, 210 * MM)
BLEED_PT = 3 * MM
FOOTER = {"vi": "Trang {page} / {pages}", "en": "Page {page} of {pages}"}
CONTENTS = {"vi": "Mục lục", "en": "Contents"}
PAGE_WORD = {"vi": "trang", "en": "page"}

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture(scope="session")
def books(pdf_config: SiteConfig) -> list[collect.Book]:
    return collect.books(collect.load(pdf_config), pdf_config)


@pytest.fixture(scope="session")
def chapters(books: list[collect.Book], pdf_config: SiteConfig) -> dict[str, list[book.Chapter]]:
    site = collect.load(pdf_config)
    return {b.language: book.chapters_of(b, site, pdf_config) for b in books}


def _path(rendered: Path, item: collect.Book, kind: str) -> Path:
    return rendered / item.site_path / item.pdf_name(kind)


@cache
def page_texts(path: Path) -> tuple[str, ...]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return tuple(text.split("\f")[:-1])


def flat(text: str) -> str:
    """Text to compare: whitespace folded, hyphens left out (pdftotext joins a word broken
    after a hyphen at the end of a line and drops the hyphen: "QĐ-|UBND" → "QĐUBND")."""
    return " ".join(text.replace("-", "").split())


def contents_pages(texts: tuple[str, ...], language: str) -> list[int]:
    """0-based indexes of the pages of the table of contents: its heading's page and the
    pages after it that still have dot leaders."""
    first = next(i for i, text in enumerate(texts) if text.strip().startswith(CONTENTS[language]))
    pages = [first]
    while re.search(r"(\. ?){4}\d", texts[pages[-1] + 1]):
        pages.append(pages[-1] + 1)
    return pages


def without_footer(text: str, language: str) -> str:
    footer = re.compile(FOOTER[language].format(page=r"\d+", pages=r"\d+"))
    return "\n".join(line for line in text.splitlines() if not footer.fullmatch(line.strip()))


@cache
def contents(texts: tuple[str, ...], language: str) -> dict[str, int]:
    """Title → page number, as the contents list them ("Title . . . . 25")."""
    toc = flat(" ".join(without_footer(texts[i], language) for i in contents_pages(texts, language)))
    toc = toc.removeprefix(CONTENTS[language]).replace(f" {book.BOOK_WORDS['worksheets'][language]} ", " ")
    parts = re.split(r"\s*(?:\.\s*){3,}(\d+)(?!\d)\s*", toc)
    entries = [(parts[i].strip(), int(parts[i + 1])) for i in range(0, len(parts) - 1, 2)]
    assert len({title for title, _ in entries}) == len(entries), "a title is listed twice in the contents"
    return dict(entries)


def contents_page_number(texts: tuple[str, ...], language: str, title: str) -> int:
    return contents(texts, language)[flat(title)]


def outline_titles(entries: list) -> list[str]:
    """Titles of the PDF's bookmarks, depth first."""
    return [title for entry in entries for title in [entry.title, *outline_titles(entry.children)]]


def test_both_languages_have_a_book(books: list[collect.Book]) -> None:
    assert sorted(b.language for b in books) == ["en", "vi"]
    for item in books:
        assert item.chapters[0].url_path == "so-tay/index.md"
        assert all(page.url_path.startswith("so-tay/") for page in item.chapters)


def test_chapter_order_is_the_site_navigation(books: list[collect.Book], built_site: Path) -> None:
    for item in books:
        prefix = "" if item.language == "vi" else "en/"
        html = (built_site / prefix / "so-tay" / "index.html").read_text(encoding="utf-8")
        start = html.index("md-nav--primary")
        navigation = html[start:html.index("md-sidebar--secondary", start)]
        links = re.findall(r'href="([^"]*)"', navigation)
        handbook = links[links.index("./"):]
        handbook = handbook[:next(i for i, link in enumerate(handbook) if link.startswith("../"))]
        expected = [page.url_path.removeprefix("so-tay/").removesuffix("index.md").removesuffix(".md")
                    for page in item.chapters]
        assert handbook == ["./" if not path else path if path.endswith("/") else path + "/" for path in expected]


def test_page_size_a5_with_bleed_in_the_master(rendered: Path, books: list[collect.Book]) -> None:
    for item in books:
        with pikepdf.open(_path(rendered, item, "print")) as pdf:
            turned = 0
            for number, page in enumerate(pdf.pages, start=1):
                trim = [float(x) for x in page.obj.TrimBox]
                bleed = [float(x) for x in page.obj.BleedBox]
                size = (trim[2] - trim[0], trim[3] - trim[1])
                if size[0] > size[1]:  # a worksheet page: landscape, turned upright for the printer
                    assert int(page.obj.get("/Rotate", 0)) == book.TURN_WIDE_PAGES, f"page {number}"
                    size = size[::-1]
                    turned += 1
                assert size == pytest.approx(A5, abs=0.05), f"page {number}"
                assert [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]] == \
                    pytest.approx([BLEED_PT] * 4, abs=0.05), f"page {number}"
            assert turned >= 11  # every worksheet has at least one page of its own
        with pikepdf.open(_path(rendered, item, "screen")) as pdf:
            for page in pdf.pages:
                box = sorted(float(x) for x in (page.mediabox[2] - page.mediabox[0], page.mediabox[3] - page.mediabox[1]))
                assert box == pytest.approx(sorted(A5), abs=0.05)
                assert "/Rotate" not in page.obj  # on screen, worksheets stay landscape


def test_master_passes_preflight(rendered: Path, books: list[collect.Book]) -> None:
    for item in books:
        assert preflight.check(_path(rendered, item, "print")) == []


def test_screen_book_is_tagged_with_outline(rendered: Path, books: list[collect.Book],
                                            chapters: dict[str, list[book.Chapter]]) -> None:
    for item in books:
        with pikepdf.open(_path(rendered, item, "screen")) as pdf:
            assert str(pdf.Root.Lang) == item.language
            assert "/StructTreeRoot" in pdf.Root
            with pdf.open_outline() as outline:
                titles = outline_titles(outline.root)
            assert [c.title for c in chapters[item.language]] == [t for t in titles if t in
                                                                  {c.title for c in chapters[item.language]}]


def test_links_go_inside_the_book_or_to_the_website(rendered: Path, books: list[collect.Book],
                                                    pdf_config: SiteConfig) -> None:
    """A PDF travels alone: no link may point at a file on the machine that made it."""
    for item in books:
        with pikepdf.open(_path(rendered, item, "screen")) as pdf:
            uris, internal = [], 0
            for page in pdf.pages:
                for annotation in page.obj.get("/Annots", []):
                    action = annotation.get("/A")
                    if action is not None and "/URI" in action:
                        uris.append(str(action.URI))
                    elif "/Dest" in annotation or (action is not None and "/D" in action):
                        internal += 1
        assert internal > 100  # contents, page references
        assert uris and all(uri.startswith(("https://", "http://", "mailto:")) for uri in uris), \
            [uri for uri in uris if not uri.startswith(("https://", "http://", "mailto:"))]
        assert any(uri.startswith(pdf_config.site_url) for uri in uris)


@needs_pdftotext
@pytest.mark.parametrize("kind", ["screen", "print"])
def test_contents_page_numbers_are_where_chapters_start(rendered: Path, books: list[collect.Book],
                                                       chapters: dict[str, list[book.Chapter]], kind: str) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, kind))
        starts = []
        for chapter in chapters[item.language]:
            number = contents_page_number(texts, item.language, chapter.title)
            # No running head on the page where a chapter begins: its first line is the title.
            assert flat(texts[number - 1]).startswith(flat(chapter.title)), f"{chapter.title}: page {number}"
            starts.append(number)
        assert starts == sorted(starts)


@needs_pdftotext
def test_worksheets_start_a_landscape_page(rendered: Path, books: list[collect.Book],
                                           chapters: dict[str, list[book.Chapter]]) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, "screen"))  # turned pages read back as columns
        sheets = [title for chapter in chapters[item.language] for _, title in chapter.worksheets]
        assert len(sheets) == 11
        with pikepdf.open(_path(rendered, item, "print")) as pdf:
            for title in sheets:
                number = contents_page_number(texts, item.language, title)
                lines = [line for line in texts[number - 1].splitlines() if line.strip()]
                assert flat(" ".join(lines[1:])).startswith(flat(title)), f"{title}: page {number}"  # after the running head
                assert int(pdf.pages[number - 1].obj.get("/Rotate", 0)) == book.TURN_WIDE_PAGES


@needs_pdftotext
def test_running_heads_name_the_part_and_the_chapter(rendered: Path, books: list[collect.Book],
                                                     chapters: dict[str, list[book.Chapter]]) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, "screen"))
        checked = 0
        part = None
        listed = chapters[item.language]
        for chapter, following in zip(listed, [*listed[1:], None], strict=True):
            if chapter.depth <= 1:
                part = chapter
            start = contents_page_number(texts, item.language, chapter.title)
            end = contents_page_number(texts, item.language, following.title) - 1 if following else len(texts)
            for number in range(start + 1, end + 1):
                lines = [line.strip() for line in texts[number - 1].splitlines() if line.strip()]
                if not lines:
                    continue  # a blank page before a part, which opens on a right-hand page
                expected = chapter.running_head if number % 2 else part.running_head  # odd pages are right-hand
                assert lines[0] == expected, f"page {number}"
                checked += 1
        assert checked > 50


@needs_pdftotext
@pytest.mark.parametrize("kind", ["screen", "print"])
def test_footer_says_page_x_of_y(rendered: Path, books: list[collect.Book], kind: str) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, kind))
        total = len(texts)
        with pikepdf.open(_path(rendered, item, kind)) as pdf:
            assert len(pdf.pages) == total
        assert FOOTER[item.language].format(page=1, pages=total) not in texts[0]  # none on the cover
        for number, text in enumerate(texts[1:], start=2):
            if text.strip():
                assert FOOTER[item.language].format(page=number, pages=total) in text, f"page {number}"
        assert FOOTER[item.language].format(page=total // 2, pages=total) in texts[total // 2 - 1]


@needs_pdftotext
def test_page_references_print_the_page_of_their_target(rendered: Path, books: list[collect.Book],
                                                        chapters: dict[str, list[book.Chapter]]) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, "print"))
        body = flat(" ".join(texts[max(contents_pages(texts, item.language)) + 1:]))
        found = 0
        for chapter in chapters[item.language]:
            start = contents_page_number(texts, item.language, chapter.title)
            for number in re.findall(re.escape(flat(chapter.title)) + rf" \({PAGE_WORD[item.language]} (\d+)\)", body):
                assert int(number) == start, f"a reference to “{chapter.title}” says page {number}, it starts on {start}"
                found += 1
        assert found >= 30


def _sentences_without_links(markdown: str) -> list[str]:
    # A link prints its page number or address after its text, so sentences with links differ on paper;
    # quotations (">") and inline HTML ("<sup>") keep their markup in the source.
    blocks = [block for block in re.split(r"\n\s*\n", markdown) if "](" not in block and not block.lstrip().startswith(">")]
    return [s for s in _plain_sentences("\n\n".join(blocks)) if not re.search(r"</?[a-z]", s)]


def _without_heads_and_footers(texts: tuple[str, ...], language: str, heads: set[str]) -> str:
    pages = []
    for text in texts:
        lines = without_footer(text, language).splitlines()
        while lines and not lines[0].strip():
            lines.pop(0)
        if lines and lines[0].strip() in heads:
            lines.pop(0)
        pages.append("\n".join(lines))
    return "\n".join(pages)


@needs_pdftotext
@pytest.mark.parametrize("kind", ["screen", "print"])
def test_text_extracted_equals_nfc_source(rendered: Path, books: list[collect.Book],
                                         chapters: dict[str, list[book.Chapter]], kind: str) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, kind))
        heads = {c.running_head for c in chapters[item.language]}
        text = _without_heads_and_footers(texts, item.language, heads)
        assert unicodedata.is_normalized("NFC", text)
        extracted = flat(_comparable(text))
        checked = 0
        for page in item.chapters:
            for sentence in _sentences_without_links(page.body):
                assert unicodedata.is_normalized("NFC", sentence)
                assert flat(_comparable(sentence)) in extracted, f"{page.source}: missing sentence: {sentence}"
                checked += 1
        assert checked > 200


@needs_pdftotext
def test_colophon_names_edition_publisher_licence_and_address(rendered: Path,
                                                              books: list[collect.Book]) -> None:
    for item in books:
        texts = page_texts(_path(rendered, item, "print"))
        cover, colophon = flat(texts[0]), flat(texts[1])
        details = {key: value[item.language] if isinstance(value, dict) else value for key, value in item.details.items()}
        for text in (cover, colophon):
            assert flat(details["cover_title"]) in text
            assert details["edition"] in text
        assert ("Sở Công Thương thành phố Hải Phòng" if item.language == "vi" else "Department of Industry and Trade") in cover
        assert "CC BY 4.0" in colophon
        assert flat(item.page_url) in colophon
        assert flat(details["colophon"]) in colophon


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="zbar-tools or poppler-utils missing")
def test_colophon_qr_code_leads_to_the_handbook_page(rendered: Path, books: list[collect.Book],
                                                     tmp_path: Path) -> None:
    for item in books:
        for kind in ("screen", "print"):
            image = tmp_path / f"{item.language}-{kind}"
            subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", "-f", "2", "-l", "2",
                            str(_path(rendered, item, kind)), str(image)], check=True)
            result = subprocess.run(["zbarimg", "--quiet", "--raw", f"{image}.png"], capture_output=True, text=True)
            assert result.stdout.split() == [item.page_url], f"{item.language} ({kind})"


def test_same_sources_same_bytes(rendered: Path, books: list[collect.Book],
                                 pdf_config: SiteConfig) -> None:
    item = next(b for b in books if b.language == "vi")
    piece = book.build_html(item, collect.load(pdf_config), pdf_config, "print")
    assert render.render(piece, "print", "again").data == _path(rendered, item, "print").read_bytes()


def test_a_link_to_a_missing_anchor_fails(books: list[collect.Book], pdf_config: SiteConfig) -> None:
    site = collect.load(pdf_config)
    item = next(b for b in books if b.language == "vi")
    first = item.chapters[1]
    broken = dataclasses.replace(first, body=first.body + "\n\nXem [mục không có](#khong-co-muc-nay).\n")
    with pytest.raises(book.PieceError, match=rf"{first.source}: .*khong-co-muc-nay"):
        book.chapters_of(dataclasses.replace(item, chapters=(item.chapters[0], broken, *item.chapters[2:])),
                         site, pdf_config)


@needs_pdftotext
def test_the_book_states_todays_law_and_marks_ended_norm_periods(rendered: Path,
                                                                  books: list[collect.Book]) -> None:
    """A printed book outlives a web page: it names the law in force and never prints an ended norm period
    as the yardstick in force (the norm tables come from data/, with their periods)."""
    ended = {"vi": "(đã kết thúc)", "en": "(ended)"}
    for item in books:
        text = " ".join(" ".join(page_texts(_path(rendered, item, "screen"))).split())
        assert "77/2025/QH15" in text and "30/2026/NĐ-CP" in text
        assert text.count(ended[item.language]) >= 30  # every row of the beer, steel, paper and seafood tables
