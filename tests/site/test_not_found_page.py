"""The page served at every missing address says so in both languages, Vietnamese first, and leads to
pages that exist: each language's home page and contact page."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.quality.site_pages import base_path

_SECTION = re.compile(r'<section lang="([a-z]+)">(.*?)</section>', re.DOTALL)
_LINK = re.compile(r'<a href="([^"]+)">')


def test_the_missing_page_speaks_both_languages(built_site: Path) -> None:
    text = (built_site / "404.html").read_text(encoding="utf-8")
    sections = _SECTION.findall(text)
    assert [language for language, _ in sections] == ["vi", "en"]
    assert "<h1>Không tìm thấy trang</h1>" in sections[0][1]
    assert "<h2>Page not found</h2>" in sections[1][1]
    assert "404 - Not found" not in text  # Material's own, English only


def test_its_links_lead_to_pages_that_exist(built_site: Path) -> None:
    base = base_path(built_site)
    links = [link for _, body in _SECTION.findall((built_site / "404.html").read_text(encoding="utf-8"))
             for link in _LINK.findall(body)]
    assert links == [base, f"{base}lien-he/", f"{base}en/", f"{base}en/lien-he/"]
    missing = [link for link in links if not (built_site / link.removeprefix(base) / "index.html").is_file()]
    assert missing == []
