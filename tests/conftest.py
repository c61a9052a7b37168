"""Shared fixtures: the site as shipped (its PDFs rendered, then the real build) made once per test run
and shared by every xdist worker, a local web server for it, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import fcntl
import filecmp
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS
from scripts.local_server import serve
from scripts.quality.site_pages import base_path

ROOT = Path(__file__).resolve().parent.parent
#: Dated by the commit, as the Makefile dates a build, so that every build of a run (and of a commit) agrees.
EPOCH = os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(
    ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout.strip() or "1764633600"


def build_site(destination: Path, site_url: str | None = None, cwd: Path = ROOT,
               env: dict[str, str] | None = None, engine: str = "mkdocs",
               strict: bool = True) -> subprocess.CompletedProcess:
    """Run the real strict build of the project at ``cwd`` into ``destination`` (never -q or -v: see platform notes),
    with ``engine`` (mkdocs or properdocs) as `make build ENGINE=...` runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--config-file", "mkdocs.yml", *(["--strict"] if strict else []),
         "--site-dir", str(destination)],
        cwd=cwd, env=env, capture_output=True, text=True,
    )


def differing(left: Path, right: Path) -> list[str]:
    """The files that differ between two built sites, or that only one has (paths from the site's root)."""
    found = []
    comparison = filecmp.dircmp(left, right)
    found += [f"only in one build: {name}" for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += mismatch + errors
    for name in comparison.common_dirs:
        found += [f"{name}/{item}" for item in differing(left / name, right / name)]
    return found


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """``make(folder)`` run once per test run, whichever xdist worker asks first; the others wait for it and
    share the folder. A failure is kept, so every test that needs the folder fails with the same message
    instead of making it again."""
    base = factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder, done, failed = shared / name, shared / f"{name}.done", shared / f"{name}.failed"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, even if this worker dies
        if failed.exists():
            pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            try:
                make(folder)
            except BaseException as error:
                failed.write_text(f"{name}: {error}", encoding="utf-8")
                raise
            done.touch()
    return folder


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


def _render_pdfs(folder: Path) -> None:
    from scripts.pdf.build import build
    from scripts.pdf.site_links import PDF_DIR

    # A PDF whose inputs (HTML, renderer, fonts, profile) have not changed since `make pdf` is reused, since
    # the same input gives the same bytes (tests/pdf/test_output.py renders again to hold that promise).
    if PDF_DIR.is_dir():
        shutil.copytree(PDF_DIR, folder, dirs_exist_ok=True)
    build(folder)  # raises on any WeasyPrint warning and on any preflight finding


@pytest.fixture(scope="session")
def shipped_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every publication's PDFs and their manifest, as `make build` renders them before the site."""
    return made_once(tmp_path_factory, "pdf", _render_pdfs)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, shipped_pdfs: Path) -> Path:
    """The site as readers get it: built as `make build` builds it, download boxes and PDFs included."""
    def make(site: Path) -> None:
        result = build_site(site, env={"SXSH_PDF_DIR": str(shipped_pdfs)})
        assert result.returncode == 0, result.stdout + result.stderr
        # What the build printed, beside (not inside) the site, for tests of its notices (see build_output).
        (site.parent / f"{site.name}-output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")

    return made_once(tmp_path_factory, "site", make)


@pytest.fixture(scope="session")
def build_output(built_site: Path) -> str:
    """Everything the strict build of the real site printed."""
    return (built_site.parent / f"{built_site.name}-output.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The site as shipped, served under the path it was built for (/sxsh/), as the Department's server does."""
    server, url = serve(built_site, base_path(built_site))
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
