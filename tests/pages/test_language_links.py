"""The 404 page's language switcher leads to each language's home page."""

from __future__ import annotations

from scripts.pages.language_links import home_alternates

GLOSSARY = [
    {"name": "Tiếng Việt", "link": "/sxsh/so-tay/tra-cuu/thuat-ngu/", "lang": "vi"},
    {"name": "English", "link": "/sxsh/en/so-tay/tra-cuu/thuat-ngu/", "lang": "en"},
]


def test_links_go_to_each_language_home() -> None:
    homes = home_alternates(GLOSSARY, "https://socongthuong.haiphong.gov.vn/sxsh/")
    assert [alternate["link"] for alternate in homes] == ["/sxsh/", "/sxsh/en/"]
    assert [alternate["name"] for alternate in homes] == ["Tiếng Việt", "English"]
    assert GLOSSARY[0]["link"] == "/sxsh/so-tay/tra-cuu/thuat-ngu/"  # the configuration is not changed


def test_site_at_the_root() -> None:
    pages = [{"name": "Tiếng Việt", "link": "/lien-he/", "lang": "vi"}, {"name": "English", "link": "/en/lien-he/", "lang": "en"}]
    assert [alternate["link"] for alternate in home_alternates(pages, "http://127.0.0.1:8000/")] == ["/", "/en/"]


def test_links_relative_to_the_site() -> None:
    # what mkdocs-static-i18n leaves after the last page it built
    pages = [{"name": "Tiếng Việt", "link": "so-tay/", "lang": "vi"}, {"name": "English", "link": "en/so-tay/", "lang": "en"}]
    assert [alternate["link"] for alternate in home_alternates(pages, "https://example.gov.vn/sxsh/")] == ["/sxsh/", "/sxsh/en/"]
