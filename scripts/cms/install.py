"""Put the CMS into the built site: Decap's own files from node_modules, and the
configuration rendered for this build's settings. Nothing is fetched at run time."""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.cms.config import render

DECAP_DIST = Path("node_modules/decap-cms/dist")
# The YAML reader of our data-file format (docs/admin/sxsh-admin.js): the `yaml` package Decap itself
# depends on, as ES modules for the browser.
YAML_DIST = Path("node_modules/yaml/browser/dist")
ADMIN = "admin"


class MissingCmsError(Exception):
    pass


def decap_files(root: Path) -> list[Path]:
    """The bundle, the chunks it loads on demand, its WebAssembly parts and its licence (no source maps)."""
    dist = root / DECAP_DIST
    if not (dist / "decap-cms.js").exists():
        raise MissingCmsError(
            "chưa cài Decap CMS (node_modules/decap-cms) — chạy `make build` hoặc `npm ci`"
            "\n    (EN) Decap CMS is not installed (node_modules/decap-cms) — run `make build` or `npm ci`")
    return sorted(path for path in dist.iterdir()
                  if path.name.endswith(("decap-cms.js", ".wasm")) or path.name == "decap-cms.js.LICENSE.txt")


def yaml_files(root: Path) -> list[Path]:
    dist = root / YAML_DIST
    if not (dist / "index.js").exists():
        raise MissingCmsError(
            "thiếu gói yaml của Decap CMS (node_modules/yaml) — chạy `make build` hoặc `npm ci`"
            "\n    (EN) Decap CMS's yaml package is missing (node_modules/yaml) — run `make build` or `npm ci`")
    return sorted(dist.glob("*.js"))


def install(root: Path, site_dir: Path, site_config: dict) -> None:
    target = site_dir / ADMIN
    target.mkdir(parents=True, exist_ok=True)
    for path in decap_files(root):
        shutil.copyfile(path, target / path.name)
    (target / "yaml").mkdir(exist_ok=True)
    for path in yaml_files(root):
        shutil.copyfile(path, target / "yaml" / path.name)
    (target / "config.yml").write_text(render(site_config, root), encoding="utf-8")
