"""The validated content of the build in progress, shared by the hooks.

MkDocs runs the build once per language (mkdocs-static-i18n) and again on every
change under `mkdocs serve`; the sources are loaded and checked once per change.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from scripts.content.problems import ContentError
from scripts.content.sources import Site, load_site, source_folders
from scripts.content.style import report_notes
from scripts.pages.directives import check_directives
from scripts.pages.git_dates import last_commit_dates
from scripts.site_model import load as site_model


def mounts(config: MkDocsConfig) -> dict[str, str]:
    return site_model(Path(config.config_file_path).parent).mounts


def load_checked(root: Path, mounts: dict[str, str], docs_dir: Path | None = None) -> Site:
    """Every source loaded and checked, page parts (directives) included: what the build, `make check` and the
    PDF step each accept. The problems are in ``site.problems``."""
    site = load_site(root, mounts, docs_dir)
    site.problems.extend(check_directives(site))
    return site


def _fingerprint(root: Path, config: MkDocsConfig) -> tuple:
    stamps = []
    for folder in [*source_folders(mounts(config)), "data"]:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                stat = path.stat()
                stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


# The build in progress: MkDocs calls the hooks as plain functions, so the one Site of this build (validated
# content, commit dates, everything derived from them) is kept here with the fingerprint of its sources.
# It is replaced, never updated, when a source changes.
_build: tuple[tuple, Site] | None = None


def load(root: Path, config: MkDocsConfig) -> Site:
    """Load and check all sources; raise ContentError listing every problem."""
    global _build
    key = _fingerprint(root, config)
    if _build is None or _build[0] != key:
        site = load_checked(root, mounts(config), Path(config.docs_dir))
        report_notes(site.notes)
        site.commit_dates.update(last_commit_dates(root, list(source_folders(mounts(config)))))
        _build = (key, site)
    if _build[1].problems:
        raise ContentError(_build[1].problems)
    return _build[1]


def current() -> Site:
    assert _build is not None, "build_state.load() runs in on_pre_build"
    return _build[1]


def mounted_sources(root: Path, config: MkDocsConfig) -> Iterator[tuple[str, str]]:
    """(site path, absolute source path) of every file in a mounted folder."""
    for folder, url_folder in mounts(config).items():
        base = root / folder
        for path in sorted(base.rglob("*")):
            if path.is_file() and not any(p.startswith(".") for p in path.relative_to(base).parts):
                yield f"{url_folder}/{path.relative_to(base).as_posix()}", str(path)


def mounted_source_of(src_uri: str, root: Path, config: MkDocsConfig) -> Path | None:
    for folder, url_folder in mounts(config).items():
        if src_uri.startswith(url_folder + "/"):
            return root / folder / src_uri[len(url_folder) + 1:]
    return None


def repoint_mounted(files: Files, root: Path, config: MkDocsConfig) -> None:
    for file in files:
        source = mounted_source_of(file.src_uri, root, config)
        if source is not None:
            file.abs_src_path = str(source)
