"""The site configuration the PDF step needs, read from mkdocs.yml (one configuration).

MkDocs' own loader would instantiate every plugin; the PDF step only needs a
few plain values, so the YAML is read by scripts/site_config.py (same ``!ENV`` rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.site_config import site_config

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SiteConfig:
    root: Path
    site_url: str
    markdown_extensions: list[str]
    extension_configs: dict[str, dict]
    mounts: dict[str, str]
    languages: tuple[str, ...]
    default_language: str

    def public_url(self, url_path: str, language: str) -> str:
        """Where the site publishes a page: ``so-tay/x/index.md`` in English → ``<site_url>en/so-tay/x/``."""
        prefix = "" if language == self.default_language else f"{language}/"
        stem = url_path.removesuffix(".md")
        path = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
        return f"{self.site_url}{prefix}{path}"


def load_config(root: Path = ROOT) -> SiteConfig:
    raw = site_config(root)
    names: list[str] = []
    configs: dict[str, dict] = {}
    for entry in raw.get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            configs[name] = dict(options or {})
        else:
            names.append(entry)
    languages: list[str] = []
    default = "vi"
    for plugin in raw.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"]["languages"]:
                languages.append(language["locale"])
                if language.get("default"):
                    default = language["locale"]
    site_url = str(raw.get("site_url") or "")
    if not site_url.endswith("/"):
        site_url += "/"
    return SiteConfig(root, site_url, names, configs, dict(raw.get("extra", {}).get("mounts", {})),
                      tuple(languages) or ("vi",), default)
