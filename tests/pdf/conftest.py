"""PDF fixtures: every publication rendered once per session into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.pdf import collect
from scripts.pdf.build import Written, build
from scripts.pdf.config import SiteConfig, load_config
from scripts.pdf.site_links import PDF_DIR


@pytest.fixture(scope="session")
def pdf_config() -> SiteConfig:
    return load_config()


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory, pdf_config: SiteConfig) -> tuple[Path, list[Written]]:
    # build() raises on any WeasyPrint warning and on any preflight finding. It starts from a
    # copy of what `make pdf` left in build/pdf: a PDF whose inputs (HTML, renderer, fonts,
    # profile) have not changed is reused, since the same input gives the same bytes
    # (test_same_sources_same_bytes renders again to hold that promise); all else is rendered.
    out = tmp_path_factory.mktemp("pdf")
    if PDF_DIR.is_dir():
        shutil.copytree(PDF_DIR, out, dirs_exist_ok=True)
    return out, build(out, pdf_config)


@pytest.fixture(scope="session")
def publications(pdf_config: SiteConfig) -> list[collect.Publication]:
    return collect.publications(collect.load(pdf_config), pdf_config)
