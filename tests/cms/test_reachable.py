"""Every source file opens in the web form: each collection of the generated configuration is listed
through the local backend (decap-server) the way Decap lists it, and the files it yields are counted
against the files of the repository."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from scripts.cms.config import NOT_IN_FORM, config
from scripts.site_model import load as site_model
from tests.cms.decap_server import call, decap_server
from tests.conftest import ROOT

LOCALES = ("vi", "en")


def source_files(root: Path) -> set[str]:
    """What an editor may need to open: every page of docs/ (not the form itself, not the editor's guide)
    and of handbook/, every data collection and the book's print details."""
    pages = {path.relative_to(root).as_posix() for folder in ("docs", "handbook") for path in (root / folder).rglob("*.md")}
    pages = {page for page in pages if not any(page.startswith(f"docs/{skip}/") for skip in NOT_IN_FORM)}
    return pages | {path.relative_to(root).as_posix() for path in (root / "data").glob("*.yml")} | {"handbook/.book.yml"}


def _front_matter(text: str) -> dict:
    match = re.match(r"^---\n(.*?\n)---\n", text, re.DOTALL)
    return (yaml.safe_load(match.group(1)) or {}) if match else {}


def opened_by(api: str, collection: dict) -> Iterator[str]:
    """The files Decap opens for one collection: in a folder collection, each `slug.vi.md` (an entry,
    kept by the collection's filter) with its `slug.en.md`; in a file collection, each file."""
    if "files" in collection:
        for entry in call(api, "entriesByFiles", files=[{"path": spec["file"]} for spec in collection["files"]]):
            yield entry["file"]["path"]
        return
    listed = call(api, "entriesByFolder", folder=collection["folder"], extension=collection["extension"], depth=1)
    by_slug: dict[str, dict[str, dict]] = {}
    for entry in listed:
        path = entry["file"]["path"]
        stem, locale, _ = path.rsplit(".", 2)
        by_slug.setdefault(stem, {})[locale] = entry
    rule = collection.get("filter")
    for locales in by_slug.values():
        default = locales.get("vi") or next(iter(locales.values()))
        if rule and _front_matter(default["data"]).get(rule["field"]) != rule.get("value"):
            continue
        yield from (entry["file"]["path"] for locale, entry in locales.items() if locale in LOCALES)


@pytest.fixture(scope="module")
def api() -> Iterator[str]:
    with decap_server(ROOT) as address:
        yield address


def test_every_source_file_opens_in_the_form(api: str) -> None:
    served = config(site_model(ROOT).config, ROOT)
    opened: dict[str, list[str]] = {}
    for collection in served["collections"]:
        for path in opened_by(api, collection):
            opened.setdefault(path, []).append(collection["name"])
    expected = source_files(ROOT)
    missing = sorted(expected - set(opened))
    reachable = len(expected & set(opened))
    print(f"\n{reachable} of {len(expected)} source files open in the web form")
    assert not missing, f"{reachable} of {len(expected)} files open; not reachable: {missing}"
    assert set(opened) <= expected  # the form opens nothing else (not the guide, not its own files)


def test_a_section_opening_is_a_section_page_not_an_entry_of_its_type(api: str) -> None:
    served = {collection["name"]: collection for collection in config(site_model(ROOT).config, ROOT)["collections"]}
    assert set(opened_by(api, served["pages-hoi-dap"])) == {"docs/hoi-dap/index.vi.md", "docs/hoi-dap/index.en.md"}
    assert "docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md" in set(opened_by(api, served["case"]))


def test_handbook_parts_keep_their_part_number(api: str) -> None:
    served = config(site_model(ROOT).config, ROOT)["collections"]
    parts = [collection for collection in served if collection["name"].startswith("handbook-")]
    assert len(parts) == len([path for path in (ROOT / "handbook").iterdir() if path.is_dir()])
    for collection in parts:
        default = next(field["default"] for field in collection["fields"] if field["name"] == "part")
        index = (ROOT / collection["folder"] / "index.vi.md").read_text(encoding="utf-8")
        assert _front_matter(index)["part"] == default, collection["folder"]
