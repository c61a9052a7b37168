"""Links and images written in raw HTML, checked against the written site like MkDocs checks Markdown links.

MkDocs neither rewrites nor checks an address inside raw HTML, so a typo there would publish a dead link.
Once every language is written, each such address must lead to a file of the site, and its `#anchor` to an id
on that page; a problem names the source line, as for every editor error.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scripts.content.problems import Problem
from scripts.content.sources import DEFAULT_LANGUAGE, LANGUAGES, Site, SourcePage
from scripts.site_model import load as site_model

_ID = re.compile(r"""\sid=["']([^"']+)["']""")
_SKIP_SCHEMES = ("http", "https", "mailto", "tel", "javascript", "vbscript", "data", "ftp")


def _served_at(page: SourcePage, site: Site) -> list[str]:
    """The folders (from the site's root) where the page's text is published: its own language, and the other
    languages that show it because they have no translation (mkdocs-static-i18n's fallback)."""
    folders = []
    for language in LANGUAGES:
        if language == page.language or (page.language == DEFAULT_LANGUAGE and site.page(page.url_path, language) is None):
            folders.append(site_model().page_address(page.url_path, language).rstrip("/"))
    return folders


@cache
def _ids(path: Path, stamp: float) -> frozenset[str]:
    return frozenset(_ID.findall(path.read_text(encoding="utf-8")))


def check(site: Site, site_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    for page in site.pages:
        for link in page.raw_links:
            parts = urlsplit(link.url)
            if parts.scheme.lower() in _SKIP_SCHEMES or link.url.startswith("//"):
                continue  # another site (links are fine, loads were refused when the page was read)
            if link.url.startswith("/"):
                problems.append(Problem(
                    page.source, link.line, "liên kết",
                    f"địa chỉ “{link.url}” bắt đầu bằng “/” nên sẽ hỏng khi chuyên mục chạy dưới một thư mục (/sxsh/)"
                    " — viết địa chỉ tương đối, ví dụ ../hoi-dap/sxsh-la-gi/, hoặc dùng liên kết Markdown tới tệp .md",
                    f"the address “{link.url}” starts with “/”, so it breaks when the site runs under a folder (/sxsh/)"
                    " — write a relative address, e.g. ../hoi-dap/sxsh-la-gi/, or a Markdown link to the .md file",
                ))
                continue
            for folder in _served_at(page, site):
                problem = _check_one(page, link.line, link.url, parts.path, parts.fragment, folder, site_dir)
                if problem is not None:
                    problems.append(problem)
                    break  # one message per address: the fix is the same in every language
    return problems


def _check_one(page: SourcePage, line: int, url: str, path: str, fragment: str, folder: str,
               site_dir: Path) -> Problem | None:
    relative = posixpath.normpath(posixpath.join(folder, unquote(path))) if path else folder
    target = site_dir / relative
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file() or relative.startswith(".."):
        markdown = " (trong HTML viết địa chỉ của trang đã dựng, không phải tên tệp .md)" if path.endswith(".md") else ""
        markdown_en = " (in HTML write the built page's address, not the .md file name)" if path.endswith(".md") else ""
        return Problem(
            page.source, line, "liên kết",
            f"liên kết “{url}” viết bằng HTML dẫn tới “{relative}”, không có trong trang đã dựng{markdown} — sửa địa"
            " chỉ, ví dụ ../hoi-dap/sxsh-la-gi/, hoặc dùng liên kết Markdown [chữ](../hoi-dap/sxsh-la-gi.md) để bản"
            " dựng tự kiểm tra",
            f"the link “{url}” written in HTML leads to “{relative}”, which the built site does not have{markdown_en}"
            " — correct the address, e.g. ../hoi-dap/sxsh-la-gi/, or use a Markdown link [text](../hoi-dap/sxsh-la-gi.md)"
            " which the build checks itself",
        )
    if fragment and target.suffix == ".html":
        ids = _ids(target, target.stat().st_mtime)
        if fragment not in ids:
            close = difflib.get_close_matches(fragment, sorted(ids), n=1)
            hint_vi = f" (có phải “#{close[0]}”?)" if close else ""
            hint_en = f" (did you mean “#{close[0]}”?)" if close else ""
            return Problem(
                page.source, line, "liên kết",
                f"liên kết “{url}” viết bằng HTML dẫn tới mục “#{fragment}”, không có trên trang đó{hint_vi} — sửa"
                " tên mục theo tiêu đề của trang đích",
                f"the link “{url}” written in HTML leads to the section “#{fragment}”, which that page does not"
                f" have{hint_en} — correct it from the target page's headings",
            )
    return None
