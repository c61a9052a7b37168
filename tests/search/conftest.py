"""Fixtures for search tests: the fixture corpus as search documents, and the
site's real search worker (run in Node) over the built site plus that corpus."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import pytest
import yaml

from scripts.content.slugs import slugify
from scripts.search import node_worker

CORPUS = Path(__file__).with_name("corpus") / "pages.yml"


def corpus_docs() -> list[dict]:
    """The corpus in the shape of Material's search_index.json: an article, then
    one document per section (location#heading-slug), text as HTML paragraphs."""
    docs: list[dict] = []
    for page in yaml.safe_load(CORPUS.read_text(encoding="utf-8")):
        shape = (lambda text: unicodedata.normalize("NFD", text)) if page.get("nfd") else (lambda text: text)
        docs.append({"location": page["location"], "title": shape(page["title"]),
                     "text": f"<p>{html.escape(shape(page['text']), quote=False)}</p>"})
        for section in page.get("sections", []):
            docs.append({"location": f"{page['location']}#{slugify(section['heading'])}",
                         "title": shape(section["heading"]),
                         "text": f"<p>{html.escape(shape(section['text']), quote=False)}</p>"})
    return docs


class SearchRunner:
    """Answers queries in batches (one Node process per language) and caches them."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.extra_docs = corpus_docs()
        self.cache: dict[tuple[str, str], list[node_worker.Hit]] = {}

    def prefetch(self, language: str, queries: list[str]) -> None:
        missing = [query for query in queries if (language, query) not in self.cache]
        if missing:
            run = node_worker.run(self.site, language, missing, extra_docs=self.extra_docs)
            for query, hits in run.results.items():
                self.cache[language, query] = hits

    def search(self, language: str, query: str) -> list[node_worker.Hit]:
        self.prefetch(language, [query])
        return self.cache[language, query]


@pytest.fixture(scope="session")
def search_runner(built_site: Path) -> SearchRunner:
    return SearchRunner(built_site)
