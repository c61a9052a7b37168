"""mkdocs.yml read without MkDocs, for the command line and for values that
mkdocs-static-i18n replaces per language during a build (the site's own name)."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    pass


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    # MkDocs' !ENV: [NAME, ..., default] or NAME; the first variable that is set wins, as in a build.
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else [*names, None]
    for name in variables:
        if os.environ.get(str(name)):
            return os.environ[str(name)]
    return default


_Loader.add_constructor("!ENV", _env)


def site_config(root: Path = ROOT) -> dict:
    """The YAML of mkdocs.yml, each !ENV tag resolved the way MkDocs resolves it."""
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def site_names(config: dict) -> dict[str, str]:
    """The site's name in each language: mkdocs.yml's own, then the i18n plugin's per language."""
    names = {"vi": config["site_name"]}
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"].get("languages", []):
                names[language["locale"]] = language.get("site_name") or config["site_name"]
    return names
