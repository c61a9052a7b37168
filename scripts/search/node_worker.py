"""Query a built site's search exactly as the browser does: the site's own
search worker (our wrapper around Material's lunr worker) run in Node.

One implementation of folding and ranking (the JavaScript the reader gets),
and Python only drives it, so tests cannot drift from the browser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

HARNESS = Path(__file__).with_name("worker_harness.js")


@dataclass(frozen=True)
class Hit:
    location: str  # the page, as the reader sees results grouped under pages
    best: str  # the page's part that matched best (the page itself or a heading in it)
    title: str  # the page's title, with Material's <mark> highlights
    score: float
    terms: dict[str, bool]  # the words Material lists as found (true) or missing (false)


@dataclass(frozen=True)
class WorkerRun:
    results: dict[str, list[Hit]]
    folded: dict[str, str]
    setup_ms: float


def run(site: Path, language: str, queries: list[str] = (), fold: list[str] = (),
        extra_docs: list[dict] = ()) -> WorkerRun:
    """Set the worker up with ``site``'s search index (plus ``extra_docs``) for a
    page in ``language`` and answer every query; also fold ``fold`` in JS."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("Node.js is needed to run the search worker (Debian package nodejs)")
    request = {"site": str(Path(site).resolve()), "language": language, "queries": list(queries),
               "fold": list(fold), "extra_docs": list(extra_docs)}
    done = subprocess.run([node, str(HARNESS)], input=json.dumps(request), capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"search worker failed:\n{done.stderr}")
    reply = json.loads(done.stdout)
    results = {query: [Hit(hit["location"], hit["best"], hit["title"], hit["score"], hit["terms"]) for hit in hits]
               for query, hits in reply["results"].items()}
    return WorkerRun(results, reply["fold"], reply["setup_ms"])
