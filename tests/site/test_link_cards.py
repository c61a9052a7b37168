"""Link preview cards: every page of both languages carries the Open Graph and Twitter tags a
messenger (Zalo, Facebook) reads, with absolute addresses under site_url and an image that exists."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from scripts.quality.site_pages import base_path, html_pages
from scripts.site_model import load as site_model

_META = re.compile(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"')
_LANG = re.compile(r'<html lang="([a-z]+)"')
REQUIRED = ("og:title", "og:description", "og:image", "og:image:alt", "og:locale", "og:type", "twitter:card",
            "twitter:title", "twitter:description", "twitter:image")
LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def tags_of(path: Path) -> tuple[str, dict[str, list[str]]]:
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("</head>")]
    tags: dict[str, list[str]] = {}
    for name, value in _META.findall(head):
        tags.setdefault(name, []).append(unescape(value))
    return _LANG.search(text).group(1), tags


def test_every_page_has_a_complete_card(built_site: Path) -> None:
    root_url = site_model().site_url
    base = base_path(built_site)
    problems, images = [], set()
    pages = html_pages(built_site)
    for path in pages:
        name = path.relative_to(built_site).as_posix()
        language, tags = tags_of(path)
        missing = [tag for tag in REQUIRED if not (tags.get(tag) or [""])[0].strip()]
        if missing:
            problems.append(f"{name}: missing {', '.join(missing)}")
            continue
        if tags["og:locale"] != [LOCALES[language]]:
            problems.append(f"{name}: og:locale {tags['og:locale']} on a page in {language}")
        if tags["twitter:card"] != ["summary_large_image"]:
            problems.append(f"{name}: twitter:card {tags['twitter:card']}")
        image = tags["og:image"][0]
        if tags["twitter:image"] != [image] or not image.startswith(root_url):
            problems.append(f"{name}: image {image} is not an absolute address under {root_url}")
            continue
        images.add(urlsplit(image).path.removeprefix(base))
        if name != "404.html" and not (tags.get("og:url") or [""])[0].startswith(root_url):
            problems.append(f"{name}: og:url {tags.get('og:url')}")
    assert problems == [], "\n".join(problems)
    assert len(pages) > 100
    for image in images:
        with Image.open(built_site / image) as picture:
            assert (picture.format, picture.size) == ("PNG", (1200, 630)), image


def test_search_engines_get_the_page_s_own_description(built_site: Path) -> None:
    """The description a search engine shows under the link is the card's: a Q&A's short answer, not the
    site's sentence on every page."""
    site_description = re.compile(r'<meta name="description" content="([^"]*)"')
    differ = []
    for path in html_pages(built_site):
        _, tags = tags_of(path)
        found = site_description.search(path.read_text(encoding="utf-8"))
        if path.name != "404.html" and (found is None or unescape(found.group(1)) != tags["og:description"][0]):
            differ.append(path.relative_to(built_site).as_posix())
    assert differ == []
    _, tags = tags_of(built_site / "hoi-dap" / "ai-giup-doanh-nghiep-danh-gia-sxsh" / "index.html")
    assert tags["og:description"][0].startswith("Ở Hải Phòng, đầu mối là Sở Công Thương")


def test_a_page_card_says_what_the_page_is(built_site: Path) -> None:
    _, tags = tags_of(built_site / "en" / "so-tay" / "phuong-phap" / "buoc-2-phan-tich-cac-cong-doan" / "index.html")
    assert tags["og:title"] == ["Step 2: Analysing process steps"]
    assert tags["og:description"][0].startswith("Step 2 ")
    assert tags["og:image"][0].endswith("/assets/images/og/en-so-tay.png")
    assert tags["og:url"][0].endswith("/en/so-tay/phuong-phap/buoc-2-phan-tich-cac-cong-doan/")
    language, home = tags_of(built_site / "index.html")
    assert language == "vi" and home["og:image"][0].endswith("/assets/images/og/vi-trang-chu.png")
    assert home["og:locale:alternate"] == ["en_GB"]
