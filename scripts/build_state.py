"""The validated content of the build in progress, shared by the hooks.

MkDocs runs the build once per language (mkdocs-static-i18n) and again on every
change under `mkdocs serve`; the sources are loaded and checked once per change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from scripts.content.problems import ContentError
from scripts.content.sources import Site, load_site, source_folders
from scripts.content.style import report_notes
from scripts.pages.directives import check_directives
from scripts.pages.git_dates import last_commit_dates

_cache: dict[tuple, Site] = {}
_current: Site | None = None
_dates: dict[str, dt.date] = {}


def mounts(config: MkDocsConfig) -> dict[str, str]:
    return dict(config.extra.get("mounts", {}))


def _fingerprint(root: Path, config: MkDocsConfig) -> tuple:
    stamps = []
    for folder in [*source_folders(mounts(config)), "data"]:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                stat = path.stat()
                stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def load(root: Path, config: MkDocsConfig) -> Site:
    """Load and check all sources; raise ContentError listing every problem."""
    global _current, _dates
    key = _fingerprint(root, config)
    if key not in _cache:
        site = load_site(root, mounts(config), Path(config.docs_dir))
        site.problems.extend(check_directives(site))
        report_notes(site.notes)
        _cache.clear()
        _cache[key] = site
        _dates = last_commit_dates(root, list(source_folders(mounts(config))))
    _current = _cache[key]
    if _current.problems:
        raise ContentError(_current.problems)
    return _current


def current() -> Site:
    assert _current is not None, "build_state.load() runs in on_pre_build"
    return _current


def commit_dates() -> dict[str, dt.date]:
    """Source path -> date of its last commit (empty without git)."""
    return _dates


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
