"""PDF fixtures: every publication rendered once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pdf import collect
from scripts.pdf.build import Written, build
from scripts.pdf.config import SiteConfig, load_config


@pytest.fixture(scope="session")
def pdf_config() -> SiteConfig:
    return load_config()


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory, pdf_config: SiteConfig) -> tuple[Path, list[Written]]:
    # build() raises on any WeasyPrint warning and on any preflight finding.
    out = tmp_path_factory.mktemp("pdf")
    return out, build(out, pdf_config)


@pytest.fixture(scope="session")
def publications(pdf_config: SiteConfig) -> list[collect.Publication]:
    return collect.publications(collect.load(pdf_config), pdf_config)
