"""Small repairs of the page markup that Material and Python-Markdown write: two so that every
page passes the W3C Nu HTML Checker (tests/site/test_html_validity.py), one so that the
Content-Security-Policy needs no 'unsafe-inline' for styles (deploy/nginx/sxsh.conf).
Each keeps what the reader sees unchanged."""

from __future__ import annotations

import re

# Material writes tabindex="" on section labels of the navigation (nav-item.html: the value is
# only set for non-sections). An empty tabindex is invalid and browsers ignore it: same as none.
_EMPTY_TABINDEX = re.compile(r'\stabindex=""')
# The table of contents' title is a <label for="__toc">, but the "__toc" checkbox exists only on
# pages whose navigation entry shows the table of contents; elsewhere the label points at nothing.
_LABEL_FOR = re.compile(r'(<label\b[^>]*?)\sfor="(?P<target>[^"]+)"')


# Markdown tables write column alignment (`|---:|`) as style="text-align: right;" on each cell;
# the policy blocks style attributes, so the alignment becomes a class (sxsh.css: .sx-align-*).
_ALIGNED_CELL = re.compile(r'<(?P<tag>td|th)(?P<before>(?:\s(?!class=)[^>]*?)?)\sstyle="text-align: (?P<side>left|right|center);"')


def repair(html: str) -> str:
    html = _ALIGNED_CELL.sub(lambda match: f'<{match["tag"]}{match["before"]} class="sx-align-{match["side"]}"', html)
    html = _EMPTY_TABINDEX.sub("", html)
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    return _LABEL_FOR.sub(lambda match: match[0] if match["target"] in ids else match[1], html)
