"""mkdocs.yml read without MkDocs, for the command line and for values that
mkdocs-static-i18n replaces per language during a build (the site's own name)."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def site_config(root: Path = ROOT) -> dict:
    """The YAML of mkdocs.yml, each !ENV tag taken at its default."""

    class Loader(yaml.SafeLoader):
        pass

    def env_default(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
        if isinstance(node, yaml.SequenceNode) and node.value:
            return loader.construct_object(node.value[-1])
        return None

    Loader.add_multi_constructor("!", env_default)
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def site_names(config: dict) -> dict[str, str]:
    """The site's name in each language: mkdocs.yml's own, then the i18n plugin's per language."""
    names = {"vi": config["site_name"]}
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"].get("languages", []):
                names[language["locale"]] = language.get("site_name") or config["site_name"]
    return names
