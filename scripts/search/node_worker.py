"""Query a built site's search exactly as the browser does: the site's own
search modules (overrides/assets/javascripts/search/, as built into
site/assets/javascripts/search/) run in Node over the prebuilt index.

One implementation of folding and ranking (the JavaScript the reader gets),
and Python only drives it, so tests cannot drift from the browser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.search import prebuilt

HARNESS = Path(__file__).with_name("harness.mjs")


@dataclass(frozen=True)
class Hit:
    location: str  # the page, as the reader sees results grouped under pages
    best: str  # the page's part that matched best (the page itself or a heading in it)
    title: str  # the page's title, with the words found marked
    score: float
    terms: dict[str, bool]  # the words Material lists as found (true) or missing (false)


@dataclass(frozen=True)
class WorkerRun:
    results: dict[str, list[Hit]]
    folded: dict[str, str]
    setup_ms: float


def run(site: Path, language: str, queries: list[str] = (), fold: list[str] = (),
        extra_docs: list[dict] = ()) -> WorkerRun:
    """Answer every query with ``site``'s search for a page in ``language`` (with ``extra_docs``
    added to the site's search documents, the index made again for them); also fold ``fold`` in JS."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("Node.js is needed to run the site's search (Debian package nodejs)")
    site = Path(site).resolve()
    with tempfile.TemporaryDirectory(prefix="sxsh-search-") as temporary:
        index = site / "search" / language
        if extra_docs:
            documents = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
            documents["docs"] += list(extra_docs)
            index = Path(temporary) / language
            prebuilt.build_language(documents, language == "en", index)
        request = {"scripts": str(site / "assets" / "javascripts" / "search"), "index": str(index),
                   "queries": list(queries), "fold": list(fold)}
        done = subprocess.run([node, str(HARNESS)], input=json.dumps(request), capture_output=True,
                              text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"site search failed:\n{done.stderr}")
    reply = json.loads(done.stdout)
    results = {query: [Hit(hit["location"], hit["best"], hit["title"], hit["score"], hit["terms"]) for hit in hits]
               for query, hits in reply["results"].items()}
    return WorkerRun(results, reply["fold"], reply["setup_ms"])
