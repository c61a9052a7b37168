"""Page weight from the built files (DESIGN.md budgets): what a browser downloads for each
page, with text files compressed by gzip as the server sends them (deploy/nginx/sxsh.conf)
and fonts and images counted as they are.

- First visit: the page's HTML and everything it loads without a search: stylesheets
  (also the print one, which browsers fetch too), scripts, icons, images, and every font
  file the stylesheets name (an upper bound: a browser fetches only the faces the page uses).
- Later pages: the HTML plus whatever the page loads that not every page loads (what
  every page loads is in the browser's cache after the first one).
- On scroll: images marked ``loading="lazy"`` after the page's first one. A browser fetches them
  only as the reader scrolls near them (Chromium on a 360 × 740 phone screen fetched one of the six
  screenshots of the editors' web-form guide), so they have a budget of their own. The first lazy
  image is counted in the first visit, as it is usually on the first screen.
The search code and its index are fetched only when a search starts (material-base.js).
"""

from __future__ import annotations

import gzip
import html as html_lib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from scripts.quality.site_pages import html_pages, url_path

FIRST_VISIT_BUDGET = 250_000  # bytes transferred, DESIGN.md "Budgets"
LATER_PAGE_BUDGET = 100_000
ON_SCROLL_BUDGET = 250_000  # a long page's pictures further down: at most one more first visit
# Sent compressed by the server (gzip_types in deploy/nginx/sxsh.conf); the rest as they are.
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".map"}
GZIP_LEVEL = 6  # gzip_comp_level in deploy/nginx/sxsh.conf

_ATTRIBUTE_URLS = re.compile(
    r"<(?:script|img|source|video|audio|iframe|embed|input)\b[^>]*?\s(?:src|poster)=\"(?P<url>[^\"]+)\"", re.IGNORECASE)
_LAZY_IMAGE = re.compile(r"<img\b[^>]*?\sloading=\"lazy\"[^>]*>", re.IGNORECASE)
_LINKS = re.compile(r"<link\b(?P<attributes>[^>]*)>", re.IGNORECASE)
_SRCSET = re.compile(r"\ssrcset=\"(?P<set>[^\"]+)\"", re.IGNORECASE)
_OBJECT = re.compile(r"<object\b[^>]*?\sdata=\"(?P<url>[^\"]+)\"", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(?P<quote>['\"]?)(?P<url>[^'\")]+)(?P=quote)\s*\)")
_CSS_IMPORT = re.compile(r"@import\s+(?P<quote>['\"])(?P<url>[^'\"]+)(?P=quote)")
# <link rel=...> values that make the browser download the target when the page loads.
_FETCHED_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "manifest"}


@dataclass(frozen=True)
class PageWeight:
    page: str  # URL path relative to the site root
    html: int
    first_visit: int
    later: int
    missing: tuple[str, ...]  # files the page refers to that are not in the site
    on_scroll: int = 0


    def over_budget(self) -> list[str]:
        problems = []
        if self.first_visit > FIRST_VISIT_BUDGET:
            problems.append(f"/{self.page}: first visit {kb(self.first_visit)} > {kb(FIRST_VISIT_BUDGET)}")
        if self.later > LATER_PAGE_BUDGET:
            problems.append(f"/{self.page}: later visit {kb(self.later)} > {kb(LATER_PAGE_BUDGET)}")
        if self.on_scroll > ON_SCROLL_BUDGET:
            problems.append(f"/{self.page}: images further down {kb(self.on_scroll)} > {kb(ON_SCROLL_BUDGET)}")
        return problems


def kb(size: int) -> str:
    return f"{size / 1000:.1f} kB"


@cache
def transferred(file: Path) -> int:
    data = file.read_bytes()
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0)) if file.suffix.lower() in COMPRESSED else len(data)


def _local_file(site: Path, site_path: str, reference: str, base_url: str) -> Path | str | None:
    """The site file a reference points to; a string when it should exist but does not; None if external."""
    url = urlsplit(urljoin(base_url, html_lib.unescape(reference.strip())))
    if url.scheme not in ("http", "https") or url.netloc != "site.invalid":
        return None
    path = unquote(url.path)
    if not path.startswith(site_path):
        return path
    file = site / path[len(site_path):]
    if path.endswith("/"):
        file = file / "index.html"
    return file if file.is_file() else path


def _html_references(html: str) -> list[str]:
    references = [match["url"] for match in _ATTRIBUTE_URLS.finditer(html)]
    references += [match["url"] for match in _OBJECT.finditer(html)]
    for match in _SRCSET.finditer(html):
        references += [candidate.split()[0] for candidate in match["set"].split(",") if candidate.strip()]
    for match in _LINKS.finditer(html):
        attributes = match["attributes"]
        rel = re.search(r'\srel="([^"]+)"', attributes)
        href = re.search(r'\shref="([^"]+)"', attributes)
        if rel and href and _FETCHED_RELS & set(rel[1].lower().split()):
            references.append(href[1])
    return references


def _css_references(css: str) -> list[str]:
    return [match["url"] for match in _CSS_URL.finditer(css) if not match["url"].startswith("data:")] + [
        match["url"] for match in _CSS_IMPORT.finditer(css)]


def _on_scroll(html: str) -> tuple[str, list[str]]:
    """The page without its lazy images after the first, and those images' references."""
    lazy = list(_LAZY_IMAGE.finditer(html))[1:]
    later = [reference for match in lazy for reference in _html_references(match[0])]
    for match in reversed(lazy):
        html = html[:match.start()] + html[match.end():]
    return html, later


def _follow(site: Path, site_path: str, references: list[str], base_url: str) -> tuple[set[Path], set[str]]:
    found: set[Path] = set()
    missing: set[str] = set()
    queue = [(reference, base_url) for reference in references]
    while queue:
        reference, base = queue.pop()
        file = _local_file(site, site_path, reference, base)
        if file is None or file in found:
            continue
        if isinstance(file, str):
            missing.add(file)
            continue
        found.add(file)
        if file.suffix == ".css":
            css_url = "http://site.invalid" + site_path + file.relative_to(site).as_posix()
            queue += [(css_reference, css_url) for css_reference in _css_references(file.read_text(encoding="utf-8"))]
    return found, missing


def resources(site: Path, page: Path, site_path: str = "/") -> tuple[set[Path], set[str]]:
    """Every file the page makes the browser download on a plain visit, and the missing ones."""
    found, missing, _ = _resources(site, page, site_path)
    return found, missing


def _resources(site: Path, page: Path, site_path: str) -> tuple[set[Path], set[str], set[Path]]:
    base_url = "http://site.invalid" + site_path + url_path(site, page)
    html, later = _on_scroll(page.read_text(encoding="utf-8"))
    found, missing = _follow(site, site_path, _html_references(html), base_url)
    scrolled, scroll_missing = _follow(site, site_path, later, base_url)
    return found, missing | scroll_missing, scrolled - found


def weigh(site: Path, site_path: str = "/") -> list[PageWeight]:
    """Weights of every page, heaviest first visit first."""
    pages = html_pages(site)
    loads = {page: _resources(site, page, site_path) for page in pages}
    shared = set.intersection(*(found for found, _, _ in loads.values())) if loads else set()
    weights = []
    for page, (found, missing, scrolled) in loads.items():
        html = transferred(page)
        weights.append(PageWeight(
            page=url_path(site, page),
            html=html,
            first_visit=html + sum(transferred(file) for file in found),
            later=html + sum(transferred(file) for file in found - shared),
            missing=tuple(sorted(missing)),
            on_scroll=sum(transferred(file) for file in scrolled),
        ))
    return sorted(weights, key=lambda weight: (-weight.first_visit, weight.page))


def report(weights: list[PageWeight], count: int = 10) -> str:
    lines = [f"Page weight of {len(weights)} pages (budgets: first visit {kb(FIRST_VISIT_BUDGET)}, "
             f"later pages {kb(LATER_PAGE_BUDGET)}, images further down {kb(ON_SCROLL_BUDGET)}; "
             f"text gzip -{GZIP_LEVEL}, fonts and images as they are).",
             f"The {min(count, len(weights))} heaviest:",
             f"  {'first visit':>11}  {'later':>9}  {'HTML':>9}  {'on scroll':>9}  page"]
    for weight in weights[:count]:
        lines.append(f"  {kb(weight.first_visit):>11}  {kb(weight.later):>9}  {kb(weight.html):>9}"
                     f"  {kb(weight.on_scroll):>9}  /{weight.page}")
    return "\n".join(lines)
