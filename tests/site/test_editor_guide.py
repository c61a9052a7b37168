"""The editor's guide: published at /huong-dan-bien-tap/ in both languages, out of the readers' navigation
and search, with its field reference and error list made from the code."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
import yaml

from scripts.content.schema import CASE, QA
from tests.conftest import ROOT

GUIDE = "huong-dan-bien-tap"
PAGES = ["", "truong-du-lieu/", "thong-bao-loi/"]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("page", PAGES)
def test_guide_pages_are_published(built_site: Path, prefix: str, page: str) -> None:
    assert (built_site / prefix / GUIDE / page / "index.html").exists()


def test_guide_is_not_in_the_navigation_nor_in_search(built_site: Path) -> None:
    for home in ("index.html", "en/index.html", "hoi-dap/index.html"):
        assert GUIDE not in read(built_site, home)
    index = json.loads(read(built_site, "search/search_index.json"))
    assert not [doc["location"] for doc in index["docs"] if GUIDE in doc["location"]]


def test_field_reference_lists_every_field_in_schema_order(built_site: Path) -> None:
    for prefix, label in (("", "Câu hỏi"), ("en/", "Question")):
        page = read(built_site, f"{prefix}{GUIDE}/truong-du-lieu/index.html")
        qa_table = page[page.index('id="qa"'):page.index('id="case"')]
        positions = [qa_table.index(f"<code>{field.name}</code>") for field in QA.fields]
        assert positions == sorted(positions)
        assert label in qa_table
        case_table = page[page.index('id="case"'):page.index('id="leaflet"')]
        assert "<code>measures[].investment_vnd</code>" in case_table
        assert all(f"<code>{field.name}</code>" in case_table for field in CASE.fields)


def test_error_list_shows_every_real_message(built_site: Path) -> None:
    expected = yaml.safe_load((ROOT / "tests/content/expected.yml").read_text(encoding="utf-8"))
    for prefix in ("", "en/"):
        page = read(built_site, f"{prefix}{GUIDE}/thong-bao-loi/index.html")
        for messages in expected.values():
            for message in messages:
                assert html.escape(message, quote=False) in page.replace("&quot;", '"').replace("&#x27;", "'")


def test_guide_shows_the_scaffold_as_make_writes_it(built_site: Path) -> None:
    page = read(built_site, f"{GUIDE}/index.html")
    assert "docs/hoi-dap/danh-gia-sxsh-mat-bao-lau.vi.md" in page
    assert "short_answer" in page and "topic" in page
