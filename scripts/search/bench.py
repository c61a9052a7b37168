"""Search benchmark (`make bench`): our search (Material's lunr with our worker)
side by side with Pagefind on the same synthetic 2,000-page bilingual site.

Steps: make the corpus (scripts/search/bench_corpus.py) and build it with our
configuration, overrides and hooks (timed); index the built site with Pagefind
(timed); measure the index on disk; then, in Debian's Chromium with an empty
cache for each run, what a reader downloads and waits for:

- page view: every file a content page fetches before any search;
- first search: every file fetched from the moment the reader focuses the
  search box until the results of the first query are shown;
- last keystroke to results: the query is typed key by key (one key every
  100 ms, as a person types) and the time runs from the last key down to the
  moment the result list shows the results of the whole query. "First search"
  is the first query of a page view (the index is fetched on focus, so some of
  it arrives while the reader types); "later searches" are the next queries.

Pagefind runs through its own JavaScript API on the same page, in a search box
of its own: on focus it loads pagefind.js; on every input it searches and loads
the first five results (what Pagefind's UI shows first), then lists them.
Figures are medians over the runs. The Search section of BENCHMARKS.md is
rewritten with the figures and the machine they were measured on.

    python -m scripts.search.bench [--runs 5] [--pages 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS
from scripts.local_server import serve
from scripts.search import bench_corpus, node_worker

ROOT = bench_corpus.ROOT
BENCH = ROOT / "build" / "bench"
BUDGET_MS = 300  # DESIGN.md: first results within 300 ms of typing, 2,000-page site
KEY_DELAY_MS = 100
# What readers type: words of the corpus, with and without marks, a code
QUERIES = ["tiết kiệm năng lượng", "quan ly noi vi", "định mức tiêu hao", "1759/QĐ-UBND"]
PAGE = "chu-de-10/"  # a section of the corpus; its first page is the page viewed

# In-page timing: when a key went down, when the result list last changed
_PROBE = """
(list) => {
  window.sxBench = { key: 0, change: 0 }
  document.addEventListener("keydown", () => { window.sxBench.key = performance.now() }, true)
  new MutationObserver(() => { window.sxBench.change = performance.now() })
    .observe(document.querySelector(list), { childList: true, subtree: true, characterData: true })
}
"""

# Pagefind on the same page: its own box and list, its JavaScript API, loaded on first use
_PAGEFIND = """
async (root) => {
  const box = document.createElement("input")
  box.id = "pf-query"
  const list = document.createElement("ol")
  list.id = "pf-results"
  document.body.prepend(box, list)
  let pagefind = null, latest = 0
  box.addEventListener("focus", async () => {
    if (!pagefind) {
      pagefind = import(root + "pagefind/pagefind.js")
      ;(await pagefind).init()
    }
  })
  box.addEventListener("input", async () => {
    const ticket = ++latest
    const api = await pagefind
    const search = await api.search(box.value)
    const data = search ? await Promise.all(search.results.slice(0, 5).map(result => result.data())) : []
    if (ticket !== latest) return
    list.replaceChildren(...data.map(item => {
      const entry = document.createElement("li")
      entry.textContent = item.meta.title
      return entry
    }))
  })
}
"""


@dataclass
class Engine:
    name: str
    page_view: list[list[str]] = field(default_factory=list)  # files fetched, per run
    first_search: list[list[str]] = field(default_factory=list)
    first_ms: list[float] = field(default_factory=list)
    later_ms: list[float] = field(default_factory=list)
    first_hits: list[int] = field(default_factory=list)


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run a build step; return its wall and CPU seconds (children included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _file(site: Path, path: str) -> Path:
    file = site / path
    return file / "index.html" if path.endswith("/") or path == "" else file


def _bytes(site: Path, paths: list[str]) -> tuple[int, int]:
    """Raw and gzip (level 6, as a web server sends text) bytes of the files served."""
    raw = packed = 0
    for path in paths:
        if not _file(site, path).is_file():
            continue  # a 404 (Material probes for a sitemap.xml next to the page): no body worth counting
        data = _file(site, path).read_bytes()
        raw += len(data)
        # Pagefind's index files are compressed already; a server sends them as they are
        packed += len(data) if path.endswith((".pf_index", ".pf_fragment", ".pf_meta", ".pagefind", ".woff2")) \
            else len(gzip.compress(data, 6))
    return raw, packed


def _wait_for_results(page: object, list_selector: str) -> float:
    """Milliseconds from the last key down to the last change of the result list."""
    page.wait_for_function(
        "() => window.sxBench.change > window.sxBench.key && performance.now() - window.sxBench.change > 1500"
        f" && document.querySelector('{list_selector}').children.length > 0",
        timeout=300_000, polling=100)
    return page.evaluate("() => window.sxBench.change - window.sxBench.key")


def measure(site: Path, runs: int) -> tuple[Engine, Engine, str]:
    from playwright.sync_api import sync_playwright

    log: list[str] = []
    server, url = serve(site, "/", log)
    first_page = sorted(p for p in (site / PAGE).iterdir() if p.is_dir())[0].name
    address = f"{url}{PAGE}{first_page}/"
    ours, pagefind = Engine("ours"), Engine("pagefind")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            version = browser.version
            for _ in range(runs):
                for engine in (ours, pagefind):
                    context = browser.new_context()
                    page = context.new_page()
                    log.clear()
                    page.goto(address)
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(500)
                    engine.page_view.append(list(log))
                    log.clear()
                    if engine is ours:
                        box, results = "[data-md-component=search-query]", ".md-search-result__list"
                    else:
                        page.evaluate(_PAGEFIND, url)
                        box, results = "#pf-query", "#pf-results"
                    page.evaluate(_PROBE, results)
                    if engine is ours:
                        page.click(box)  # as a reader does: the index download starts here
                    else:
                        page.focus(box)
                    for number, query in enumerate(QUERIES):
                        page.fill(box, "")
                        page.locator(box).press_sequentially(query, delay=KEY_DELAY_MS)
                        elapsed = _wait_for_results(page, results)
                        if number == 0:
                            engine.first_ms.append(elapsed)
                            engine.first_search.append(list(log))
                            engine.first_hits.append(page.evaluate(f"document.querySelector('{results}').children.length"))
                        else:
                            engine.later_ms.append(elapsed)
                    context.close()
            browser.close()
    finally:
        server.shutdown()
    return ours, pagefind, version


def _median_bytes(site: Path, runs: list[list[str]]) -> tuple[int, int]:
    sizes = [_bytes(site, paths) for paths in runs]
    return int(statistics.median(s[0] for s in sizes)), int(statistics.median(s[1] for s in sizes))


def _machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return {"cpus": str(os.cpu_count()), "memory": f"{memory / 1024 / 1024:.1f} GiB", "cpu": cpu,
            "date": dt.date.today().isoformat(), "node": node, "python": platform.python_version(),
            "load": ", ".join(f"{value:.1f}" for value in os.getloadavg())}


def _kb(value: float) -> str:
    return f"{value / 1024:,.0f} KB" if value < 1024 * 1024 else f"{value / 1024 / 1024:,.2f} MB"


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} ms" if values else "–"


def report(numbers: dict) -> str:
    """The Search section of BENCHMARKS.md."""
    ours, pagefind = numbers["ours"], numbers["pagefind"]
    site = numbers["site"]
    machine = numbers["machine"]
    first_ok = statistics.median(ours.first_ms) <= BUDGET_MS
    later_ok = statistics.median(ours.later_ms) <= BUDGET_MS
    rows = [
        ("Index on disk, raw", _kb(numbers["our_index"][0]) + " (one file, both languages)",
         _kb(numbers["pagefind_index"][0]) + f" ({numbers['pagefind_files']:,} files)"),
        ("Index on disk, gzip", _kb(numbers["our_index"][1]), _kb(numbers["pagefind_index"][1])),
        ("Page view: files, raw / gzip", "{} / {}".format(*map(_kb, _median_bytes(site, ours.page_view))),
         "{} / {}".format(*map(_kb, _median_bytes(site, pagefind.page_view)))),
        ("First search: files fetched, raw / gzip",
         "{} / {}".format(*map(_kb, _median_bytes(site, ours.first_search))),
         "{} / {}".format(*map(_kb, _median_bytes(site, pagefind.first_search)))),
        ("First search: last keystroke → results", _ms(ours.first_ms), _ms(pagefind.first_ms)),
        ("Later searches: last keystroke → results", _ms(ours.later_ms), _ms(pagefind.later_ms)),
        ("Build: wall / CPU", "{:.1f} s / {:.1f} s (MkDocs, whole site)".format(*numbers["build"]),
         "{:.1f} s / {:.1f} s (Pagefind, after MkDocs)".format(*numbers["pagefind_build"])),
    ]
    lines = [
        "## Search",
        "",
        "Measured by `make bench` (scripts/search/bench.py) on a synthetic site of "
        f"{numbers['pages']:,} pages ({numbers['pages'] // 2:,} Vietnamese, {numbers['pages'] // 2:,} English, "
        "i18n suffix structure) made of real sentences and headings of our content with a fixed seed "
        "(scripts/search/bench_corpus.py), built with our mkdocs.yml, overrides and hooks. "
        f"Pagefind {numbers['pagefind_version']} indexed the same built pages (their article only). "
        f"Chromium {numbers['chromium']} (Debian), empty cache per run, pages served from 127.0.0.1 "
        "without compression (gzip figures: each file gzipped at level 6, as a web server would send it; "
        "Pagefind's index files are compressed already and count as they are). "
        f"Queries typed key by key, one key every {KEY_DELAY_MS} ms: "
        + ", ".join(f"“{query}”" for query in QUERIES) + f"; medians of {numbers['runs']} runs.",
        "",
        f"Machine: {machine['cpus']} CPUs ({machine['cpu']}), {machine['memory']} memory, "
        f"Node {machine['node']}, Python {machine['python']}; measured {machine['date']}. "
        f"Load average when the browser runs ended: {machine['load']} (1, 5, 15 min) — the cores are shared "
        "with other work, so times vary between runs; CPU seconds vary less than wall seconds.",
        "",
        "| | Our search (Material's lunr + our worker) | Pagefind |",
        "|---|---|---|",
        *(f"| {name} | {left} | {right} |" for name, left, right in rows),
        "",
        f"Results shown (of the first query, median): ours {statistics.median(ours.first_hits):.0f} pages, "
        f"Pagefind {statistics.median(pagefind.first_hits):.0f} (it loads five, as its UI does first). "
        f"Setting up the index in the worker (Node, no browser): {numbers['setup_ms']:,.0f} ms.",
        "",
        f"**Budget** (DESIGN.md: first results within {BUDGET_MS} ms of typing for a 2,000-page site): "
        + ("met for later searches" if later_ok else "not met for later searches")
        + (" and for the first search of a page view." if first_ok else
           "; not met for the first search of a page view, which waits for the index "
           "(fetched when the reader focuses the search box) to arrive and be set up."),
        "",
    ]
    return "\n".join(lines)


def write_section(markdown: str, path: Path = ROOT / "BENCHMARKS.md") -> None:
    """Replace the Search section of BENCHMARKS.md (other sections stay as they are)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Search\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    text = pattern.sub(lambda _: markdown + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + markdown
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=1000, help="pages per language")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    parser.add_argument("--reuse-site", action="store_true",
                        help="measure the site already built under build/bench (build times then read 0)")
    arguments = parser.parse_args()

    project, site = BENCH / "project", BENCH / "site"
    build = pagefind_build = (0.0, 0.0)
    if not (arguments.reuse_site and (site / "pagefind").is_dir()):
        config = bench_corpus.generate(project, arguments.pages)
        print(f"corpus: {config}", flush=True)
        build = _run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)], ROOT)
        print(f"MkDocs build: {build[0]:.1f} s wall, {build[1]:.1f} s CPU", flush=True)
        pagefind_build = _run([sys.executable, "-m", "pagefind", "--site", str(site), "--root-selector", "article",
                               "--output-subdir", "pagefind", "--silent"], ROOT)
        print(f"Pagefind: {pagefind_build[0]:.1f} s wall, {pagefind_build[1]:.1f} s CPU", flush=True)

    index = site / "search" / "search_index.json"
    # Pagefind's search files: its UI scripts and styles are left out (we load its API only)
    pagefind_files = [p for p in (site / "pagefind").rglob("*")
                      if p.is_file() and "-ui." not in p.name and "highlight" not in p.name]
    pagefind_paths = [p.relative_to(site).as_posix() for p in pagefind_files]
    setup_ms = node_worker.run(site, "vi").setup_ms
    ours, pagefind, chromium = measure(site, arguments.runs)
    from importlib.metadata import version

    numbers = {
        "pages": 2 * arguments.pages, "runs": arguments.runs, "site": site, "machine": _machine(),  # after the runs
        "our_index": _bytes(site, [index.relative_to(site).as_posix()]),
        "pagefind_index": _bytes(site, pagefind_paths), "pagefind_files": len(pagefind_files),
        "pagefind_version": version("pagefind"), "chromium": chromium,
        "build": build, "pagefind_build": pagefind_build, "setup_ms": setup_ms,
        "ours": ours, "pagefind": pagefind,
    }
    markdown = report(numbers)
    print(markdown)
    if not arguments.no_write:
        write_section(markdown)


if __name__ == "__main__":
    main()
