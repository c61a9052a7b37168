"""The one model of the site: its languages, mounted folders, address and where each page is published.

mkdocs.yml is read with MkDocs' own YAML loader (its ``!ENV`` and ``INHERIT`` rules) and ``site_url`` is
checked by MkDocs' own option, so the command line, the PDF step and the page modules see exactly what a
build sees: ``SITE_URL=`` set but empty means no site address, as in MkDocs, never the production default.
Values come from the file, not from a live build's config, because mkdocs-static-i18n rewrites some of them
(the site's name) language by language during a build.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import get_schema
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILE = "mkdocs.yml"
_I18N = "i18n"


@dataclass(frozen=True)
class SiteModel:
    root: Path
    config: dict = field(repr=False)  # mkdocs.yml as MkDocs reads it (for the few settings only one step needs)
    site_url: str | None  # with its trailing slash, as MkDocs normalises it; None when the site has no address
    languages: tuple[str, ...]  # the default first
    default_language: str
    mounts: dict[str, str]  # source folder -> URL folder, besides docs/
    site_names: dict[str, str]  # the site's name in each language
    use_directory_urls: bool = True

    def prefix(self, language: str) -> str:
        """The folder a language is published under: "" for the default language, "en/" for English."""
        return "" if language == self.default_language else f"{language}/"

    def page_dir(self, url_path: str) -> str:
        """A page's folder under its language's root: "so-tay/x/index.md" -> "so-tay/x", "index.md" -> ""."""
        folder, name = posixpath.split(url_path)
        if name == "index.md" or not self.use_directory_urls:
            return folder
        return posixpath.join(folder, name.removesuffix(".md"))

    def page_address(self, url_path: str, language: str) -> str:
        """A page's address from the site's root: "so-tay/x.md" in English -> "en/so-tay/x/" ("" for the home page)."""
        if not self.use_directory_urls:
            return self.prefix(language) + url_path.removesuffix(".md") + ".html"
        path = self.page_dir(url_path)
        return self.prefix(language) + (f"{path}/" if path else "")

    def site_path(self, url_path: str, language: str) -> str:
        """The page's file in site/: "so-tay/x.md" in English -> "en/so-tay/x/index.html"."""
        address = self.page_address(url_path, language)
        return address if not self.use_directory_urls else f"{address}index.html"

    def public_url(self, url_path: str, language: str) -> str:
        """Where readers find the page: site_url + its address (only the address when the site has none)."""
        return (self.site_url or "") + self.page_address(url_path, language)

    def language_root(self, language: str) -> str:
        """A language's home page: "<site_url>en/"."""
        return (self.site_url or "") + self.prefix(language)

    @property
    def base_path(self) -> str:
        """The path the site is served under, e.g. "/sxsh/" ("/" without a site address)."""
        if not self.site_url:
            return "/"
        return "/" + self.site_url.split("://", 1)[-1].partition("/")[2]


def read_config(root: Path = ROOT) -> dict:
    """mkdocs.yml as MkDocs reads it: its YAML loader, ``!ENV`` resolved from the environment now."""
    with open(root / CONFIG_FILE, "rb") as file:
        return yaml_load(file)


def _i18n_languages(config: dict) -> list[dict]:
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and _I18N in plugin:
            return list((plugin[_I18N] or {}).get("languages") or [])
    return []


def from_config(config: dict, root: Path = ROOT) -> SiteModel:
    site_url = dict(get_schema())["site_url"].validate(config.get("site_url"))
    entries = _i18n_languages(config)
    default = next((entry["locale"] for entry in entries if entry.get("default")), None)
    default = default or config.get("theme", {}).get("language") or "en"
    others = [entry["locale"] for entry in entries if entry["locale"] != default and entry.get("build", True)]
    names = {default: config["site_name"]}
    for entry in entries:
        names[entry["locale"]] = entry.get("site_name") or config["site_name"]
    return SiteModel(root, config, site_url or None, (default, *others), default,
                     dict((config.get("extra") or {}).get("mounts") or {}), names,
                     bool(config.get("use_directory_urls", True)))


_loaded: dict[tuple, SiteModel] = {}


def load(root: Path = ROOT) -> SiteModel:
    """The site model of ``root``'s mkdocs.yml under the current environment (read again when either changes)."""
    path = root / CONFIG_FILE
    key = (root, path.stat().st_mtime_ns, tuple(sorted(os.environ.items())))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = from_config(read_config(root), root)
    return _loaded[key]
