"""What the site's Content-Security-Policy (deploy/nginx/sxsh.conf) relies on, checked on every
built page: no inline script, event handler, javascript: link, <style> element or style attribute,
so that the policy needs neither 'unsafe-inline' nor hashes."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.quality.site_pages import html_pages

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "deploy" / "nginx" / "sxsh.conf"

INLINE = {
    "inline script": re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>\s*\S", re.IGNORECASE),
    "event handler attribute": re.compile(r"<[a-z][^>]*\son[a-z]+=", re.IGNORECASE),
    "javascript: link": re.compile(r"""(?:href|src|action)=["']\s*javascript:""", re.IGNORECASE),
    "<style> element": re.compile(r"<style\b", re.IGNORECASE),
    "style attribute": re.compile(r"<[a-z][^>]*\sstyle=", re.IGNORECASE),
}


def test_no_page_needs_inline_code_or_styles(built_site: Path) -> None:
    found = []
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        # Inline SVG in the page (icons, charts) is markup, not script; code blocks are text.
        for kind, pattern in INLINE.items():
            for match in pattern.finditer(html):
                line = html.count("\n", 0, match.start()) + 1
                found.append(f"{page.relative_to(built_site)}:{line}: {kind}: {match.group(0)[:80]}")
    assert found == [], "\n".join(found[:50])


def test_policy_allows_no_inline_code_and_no_other_host() -> None:
    # The pages' policy: the first in the file, in `location /sxsh/` itself (the editors' CMS
    # under /sxsh/admin/ has its own, tested in tests/browser/test_security_headers.py).
    policy = re.search(r'add_header Content-Security-Policy "([^"]+)"', CONF.read_text(encoding="utf-8"))[1]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["default-src"] == ["'none'"]
    for name, sources in directives.items():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"} & set(sources), name
        assert all(source.startswith("'") or source == "data:" for source in sources), name


# Addresses the browser loads by itself (not links a reader follows): none may use plain http.
SUBRESOURCE = re.compile(
    r"""<(?:script|img|source|video|audio|iframe|embed|track)\b[^>]*\s(?:src|srcset|poster)=["']\s*http:"""
    r"""|<link\b(?=[^>]*\brel=["'](?:stylesheet|icon|preload|modulepreload|manifest)["'])[^>]*\shref=["']\s*http:"""
    r"""|<object\b[^>]*\sdata=["']\s*http:|url\(\s*["']?http:""",
    re.IGNORECASE)


def test_no_page_or_stylesheet_loads_anything_over_plain_http(built_site: Path) -> None:
    files = [*html_pages(built_site), *built_site.rglob("*.css")]
    found = [f"{file.relative_to(built_site)}: {match.group(0)[:80]}"
             for file in files for match in SUBRESOURCE.finditer(file.read_text(encoding="utf-8"))]
    assert found == [], "\n".join(found)
