"""PDF fixtures: every publication rendered once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pdf import collect
from scripts.pdf.config import SiteConfig, load_config


@pytest.fixture(scope="session")
def pdf_config() -> SiteConfig:
    return load_config()


@pytest.fixture(scope="session")
def rendered(shipped_pdfs: Path) -> Path:
    """The PDFs of the site as shipped (tests/conftest.py), rendered once per test run."""
    return shipped_pdfs


@pytest.fixture(scope="session")
def publications(pdf_config: SiteConfig) -> list[collect.Publication]:
    return collect.publications(collect.load(pdf_config), pdf_config)
