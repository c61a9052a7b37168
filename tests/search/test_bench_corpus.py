"""The benchmark's synthetic site (scripts/search/bench_corpus.py): the same
pages for the same seed, both languages, and a strict build with our
configuration, overrides and hooks."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.search import bench_corpus
from tests.conftest import build_site


def _files(project: Path) -> dict[str, str]:
    return {path.relative_to(project).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted((project / "docs").rglob("*.md"))
            if "so-tay" not in path.parts}  # the stand-ins for the handbook pages our data names


def test_the_same_seed_makes_the_same_pages_in_both_languages(tmp_path: Path) -> None:
    bench_corpus.generate(tmp_path / "a", pages=60)
    bench_corpus.generate(tmp_path / "b", pages=60)
    pages = _files(tmp_path / "a")
    assert pages == _files(tmp_path / "b")
    vietnamese = [name for name in pages if name.endswith(".vi.md") and not name.endswith("index.vi.md")]
    english = [name for name in pages if name.endswith(".en.md") and not name.endswith("index.en.md")]
    assert len(vietnamese) == len(english) == 60
    assert {name.removesuffix(".vi.md") for name in vietnamese} == {name.removesuffix(".en.md") for name in english}


def test_the_corpus_builds_with_our_configuration(tmp_path: Path) -> None:
    config = bench_corpus.generate(tmp_path / "project", pages=20)
    site = tmp_path / "site"
    result = build_site(site, cwd=config.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    english = [page for page in pages if page.startswith("en/") and not page.startswith("en/so-tay/")]
    assert len(english) == 20 + 2  # pages, home, one folder (the handbook stand-ins aside)
    assert (site / "assets" / "javascripts" / "search" / "search.mjs").is_file()
    manifest = json.loads((site / "search" / "en" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["config"]["parts"]["docs"]) == len([doc for doc in index["docs"] if doc["location"].startswith("en/")])
