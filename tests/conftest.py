"""Shared fixtures: the real site built once per test session, a local web
server for it, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS
from scripts.local_server import serve

ROOT = Path(__file__).resolve().parent.parent


def build_site(destination: Path, site_url: str | None = None, cwd: Path = ROOT,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the real strict build of the project at ``cwd`` into ``destination`` (never -q or -v: see platform notes)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=cwd, env=env, capture_output=True, text=True,
    )


#: What a copy of the project needs to build (see copy_project).
PROJECT_PARTS = ["mkdocs.yml", "docs", "handbook", "data", "overrides", "scripts", "tests/content"]


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources, to change and build without touching the real ones.
    node_modules is linked, not copied: the build copies the CMS from it."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    if (ROOT / "node_modules").exists():
        (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project for one test."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = build_site(site)
    assert result.returncode == 0, result.stdout + result.stderr
    # What the build printed, beside (not inside) the site, for tests of its notices (see build_output).
    (site.parent / f"{site.name}-output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return site


@pytest.fixture(scope="session")
def build_output(built_site: Path) -> str:
    """Everything the strict build of the real site printed."""
    return (built_site.parent / f"{built_site.name}-output.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    server, url = serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()
