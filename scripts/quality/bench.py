"""`make bench`: the full build of the real site timed, and Lighthouse (mobile) on a few pages
served by nginx with the sample configuration; the results, with the machine and the date, are
appended to BENCHMARKS.md. Lighthouse scores are reported here, never a test gate."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.quality.nginx import PREFIX, listening_socket, serving, site_folder
from scripts.quality.site_pages import html_pages, url_path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "BENCHMARKS.md"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
           "cumulative-layout-shift": "CLS", "total-byte-weight": "bytes"}


@dataclass
class Timing:
    what: str
    seconds: float | None
    note: str = ""


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} cores ({cpu}), {memory_kib / 1024 / 1024:.1f} GiB memory, load average {load:.1f} at start"


def commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return result.stdout.strip() + (" with uncommitted changes" if dirty else "")


def build(destination: Path, site_url: str | None = None) -> Timing:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError("the build failed:\n" + result.stdout + result.stderr)
    return Timing("site build (mkdocs build --strict)", seconds, f"{len(html_pages(destination))} HTML pages")


def pdf_build() -> Timing:
    """`make pdf` as the print team runs it: it reuses renders whose sources did not change."""
    start = time.perf_counter()
    result = subprocess.run(["make", "pdf"], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        return Timing("PDFs (make pdf)", None, "make pdf failed: " + (result.stderr or result.stdout).strip()[-300:])
    return Timing("PDFs (make pdf)", seconds, "renders whose sources did not change are reused")


def pdf_from_scratch(out: Path) -> Timing:
    """Every PDF rendered anew into an empty folder (no render reused), as on a fresh clone. Run
    before any other child process, so the peak memory is the PDF step's own."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "scripts.pdf", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        return Timing("all PDFs from scratch", None, "failed: " + (result.stderr or result.stdout).strip()[-300:])
    # ru_maxrss (KiB on Linux): the largest resident size of any finished descendant process.
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    count = len(list(out.rglob("*.pdf")))
    return Timing("all PDFs from scratch", seconds,
                  f"{count} PDFs, {os.cpu_count()} processes; peak memory of the largest process {peak_mib:.0f} MiB")


def chosen_pages(site: Path) -> list[tuple[str, str]]:
    """The home page, the deepest handbook page and a case study (or their catalogues), as they exist."""
    paths = [url_path(site, page) for page in html_pages(site)]

    def deepest(section: str) -> str | None:
        candidates = [path for path in paths if path.startswith(section) and path.endswith("/")]
        return max(candidates, key=lambda path: (path.count("/"), -len(path)), default=None)

    pages = [("home", "")]
    for label, section in (("handbook page", "so-tay/"), ("case study or catalogue", "mo-hinh/")):
        path = deepest(section)
        if path is not None:
            pages.append((label, path))
    return pages


def lighthouse(url: str, output: Path) -> dict:
    """One Lighthouse run (mobile, its default) with Debian's Chromium; the parsed report."""
    env = {**os.environ, "CHROME_PATH": CHROME}
    command = ["node", str(LIGHTHOUSE), url, "--output=json", f"--output-path={output}", "--quiet",
               f"--only-categories={','.join(CATEGORIES)}",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not output.exists():
        raise RuntimeError("Lighthouse failed: " + (result.stderr or result.stdout).strip()[-500:])
    return json.loads(output.read_text(encoding="utf-8"))


def lighthouse_row(label: str, path: str, report: dict) -> str:
    scores = [report["categories"][category]["score"] for category in CATEGORIES]
    audits = report["audits"]
    metrics = []
    for audit, short in METRICS.items():
        value = audits.get(audit, {}).get("numericValue")
        if value is None:
            metrics.append("–")
        elif short == "CLS":
            metrics.append(f"{value:.3f}")
        elif short == "bytes":
            metrics.append(f"{value / 1000:.0f} kB")
        else:
            metrics.append(f"{value / 1000:.1f} s")
    score_cells = " | ".join("–" if score is None else str(round(score * 100)) for score in scores)
    return f"| {label}: `/{path}` | {score_cells} | {' | '.join(metrics)} |"


def run() -> str:
    """Measure everything; the Markdown section that is appended to BENCHMARKS.md."""
    started = dt.datetime.now(dt.UTC)
    about = machine()
    with tempfile.TemporaryDirectory(prefix="sxsh-bench-") as scratch_name:
        scratch = Path(scratch_name)
        scratch_pdfs = pdf_from_scratch(scratch / "pdf")
        # The PDFs first: the site build copies them into the site (scripts/pdf/site_links.py).
        timings = [pdf_build(), build(scratch / "site")]
        if all(timing.seconds is not None for timing in timings):
            timings.append(Timing("full build (PDFs + site)", sum(timing.seconds for timing in timings)))
        timings.append(scratch_pdfs)
        listener = listening_socket()
        site = site_folder(scratch)
        build(site, site_url=f"http://127.0.0.1:{listener.getsockname()[1]}{PREFIX}")
        rows = []
        with serving(scratch, listener) as url:
            for label, path in chosen_pages(site):
                report = lighthouse(url + path, scratch / f"lighthouse-{len(rows)}.json")
                rows.append(lighthouse_row(label, path, report))
                version = report.get("lighthouseVersion", "?")
    lines = [f"### {started:%Y-%m-%d %H:%M} UTC — commit {commit()}", "", f"Machine: {about}.", "",
             "| step | seconds | note |", "|---|---:|---|"]
    for timing in timings:
        seconds = "–" if timing.seconds is None else f"{timing.seconds:.1f}"
        lines.append(f"| {timing.what} | {seconds} | {timing.note} |")
    lines += ["", f"Lighthouse {version}, mobile (its default emulation and simulated throttling), Debian Chromium, "
              "site served by nginx with deploy/nginx/sxsh.conf on 127.0.0.1:", "",
              "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", *rows, ""]
    return "\n".join(lines)


def append(section: str, path: Path = BENCHMARKS) -> None:
    """Add a run at the end of the "## Runs" section (other sections, such as the search
    benchmark's, which scripts/search/bench.py rewrites, stay where they are)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    runs = re.search(r"^## Runs\n", text, re.MULTILINE)
    if runs is None:
        text = text.rstrip("\n") + "\n\n## Runs\n"
        runs = re.search(r"^## Runs\n", text, re.MULTILINE)
    following = re.compile(r"^## ", re.MULTILINE).search(text, runs.end())
    end = following.start() if following else len(text)
    before, after = text[:end].rstrip("\n"), text[end:]
    path.write_text(before + "\n\n" + section.rstrip("\n") + "\n" + ("\n" + after if after else ""), encoding="utf-8")
