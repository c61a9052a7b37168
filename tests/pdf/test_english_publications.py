"""Every publication has an English version a reader can reach (issue 11, items 7 and 9): in the site built
with its PDFs, each Vietnamese publication has an English web page (not the Vietnamese text shown as a
fallback), that page offers its English screen PDF and print master, and the English list of publications
links the page and both PDFs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest

from scripts.pages.directives import DIRECTIVE
from scripts.pages.page_facts import NOTES
from scripts.pdf import collect
from scripts.pdf.build import Written
from tests.conftest import build_site, copy_project

FALLBACK_NOTE = NOTES[("en", "vi")]


@pytest.fixture(scope="module")
def site_with_pdfs(tmp_path_factory: pytest.TempPathFactory, rendered: tuple[Path, list[Written]]) -> Path:
    """The real strict build of a copy of the project whose build/pdf holds this session's PDFs, as after
    `make build` (the shared session site has no PDFs when the PDF step has not run)."""
    project = copy_project(tmp_path_factory.mktemp("with-pdfs") / "project")
    shutil.copytree(rendered[0], project / "build" / "pdf")
    site = project / "site"
    result = build_site(site, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def _hrefs(html: str) -> set[str]:
    return set(re.findall(r'href="([^"#]+)"', html))


def _vietnamese_slugs(publications: list[collect.Publication]) -> list[str]:
    slugs = [p.slug for p in publications if p.language == "vi"]
    assert len(slugs) >= 6  # five leaflets and the poster at least
    return slugs


def test_every_publication_has_an_english_page(site_with_pdfs: Path, publications: list[collect.Publication]) -> None:
    missing = []
    for slug in _vietnamese_slugs(publications):
        page = site_with_pdfs / "en" / "tai-lieu" / slug / "index.html"
        html = page.read_text(encoding="utf-8") if page.exists() else ""
        if not re.search(r'<html[^>]*\slang="en"', html) or FALLBACK_NOTE in html:
            missing.append(slug)
    assert missing == [], f"publications without an English web page: {missing}"


def test_every_english_page_offers_its_english_pdfs(site_with_pdfs: Path, publications: list[collect.Publication]) -> None:
    problems = []
    for slug in _vietnamese_slugs(publications):
        folder = site_with_pdfs / "en" / "tai-lieu" / slug
        html = (folder / "index.html").read_text(encoding="utf-8")
        for name in (f"{slug}-man-hinh.pdf", f"{slug}-in.pdf"):
            pdf = folder / name
            if name not in _hrefs(html) or not pdf.is_file():
                problems.append(f"{slug}: {name} not linked or not in the site")
                continue
            with pikepdf.open(pdf) as document:
                if str(document.Root.get("/Lang", "")) != "en":
                    problems.append(f"{slug}: {name} is not in English")
    assert problems == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_publications_list_links_each_page_and_its_pdfs(site_with_pdfs: Path, publications: list[collect.Publication],
                                                       language: str) -> None:
    folder = site_with_pdfs / ("" if language == "vi" else "en") / "tai-lieu"
    hrefs = _hrefs((folder / "index.html").read_text(encoding="utf-8"))
    missing = [href for slug in _vietnamese_slugs(publications)
               for href in (f"{slug}/", f"{slug}/{slug}-man-hinh.pdf", f"{slug}/{slug}-in.pdf") if href not in hrefs]
    assert missing == []
    for href in hrefs:
        if href.endswith(".pdf"):
            assert (folder / href).is_file(), href


def test_english_publication_renders_the_same_data_and_figures(publications: list[collect.Publication]) -> None:
    # A table or figure added to one language only (a new pictogram row on the poster) would leave the other
    # edition behind; each edition renders the same parts, in the same order, with the same arguments.
    def parts(publication: collect.Publication) -> list[str]:
        return [" ".join(m.group(0).split()) for m in DIRECTIVE.finditer(publication.page.body)]

    by_language = {(p.slug, p.language): p for p in publications}
    differ = [slug for (slug, language), page in by_language.items()
              if language == "vi" and (slug, "en") in by_language and parts(page) != parts(by_language[slug, "en"])]
    assert differ == []
