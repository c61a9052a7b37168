"""Atom feeds of the news and the Q&A, one per language: feed.xml and en/feed.xml.

Feed readers need absolute addresses, so links are made from site_url (SITE_URL
when set). A page is listed in the feed of the language it is written in.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.content.sources import Site, SourcePage, summary_of
from scripts.site_model import load as site_model

FEED_TYPES = ("news", "qa")
FEED_FILE = "feed.xml"
FEED_TITLES = {"vi": "Tin tức và Hỏi – Đáp", "en": "News and Q&A"}
ATOM = "http://www.w3.org/2005/Atom"
# Pages carry dates without a time: midnight in Hai Phong.
_HAI_PHONG = dt.timezone(dt.timedelta(hours=7))


def language_root(site_url: str, language: str) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + site_model().prefix(language)


def page_url(site_url: str, language: str, url_path: str) -> str:
    """ "tin-tuc/x.md" -> ".../tin-tuc/x/" (directory URLs)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + site_model().page_address(url_path, language)


def _stamp(page: SourcePage) -> dt.date:
    return page.meta.get("updated") or page.meta.get("date") or dt.date.min


def _time(date: dt.date) -> str:
    return dt.datetime(date.year, date.month, date.day, tzinfo=_HAI_PHONG).isoformat()


def feed_pages(site: Site, language: str) -> list[SourcePage]:
    pages = [page for page in site.pages if page.language == language and page.content_type.name in FEED_TYPES]
    return sorted(pages, key=lambda page: (_stamp(page), page.url_path), reverse=True)


def atom(site: Site, language: str, site_url: str, site_name: str) -> str:
    ET.register_namespace("", ATOM)
    home = language_root(site_url, language)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": language})
    pages = feed_pages(site, language)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = home + FEED_FILE
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{FEED_TITLES[language]} — {site_name}"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=home + FEED_FILE)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=home)
    newest = _stamp(pages[0]) if pages else dt.date(2026, 1, 1)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _time(newest)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = site_name
    for page in pages:
        url = page_url(site_url, language, page.url_path)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}title").text = str(page.meta["title"])
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _time(_stamp(page))
        if isinstance(page.meta.get("date"), dt.date):
            ET.SubElement(entry, f"{{{ATOM}}}published").text = _time(page.meta["date"])
        summary = summary_of(page.meta)
        if summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = " ".join(str(summary).split())
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def write_feeds(site: Site, site_dir: Path, site_url: str, names: dict[str, str]) -> None:
    for language, name in names.items():
        folder = site_dir / site_model().prefix(language)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / FEED_FILE).write_text(atom(site, language, site_url, name), encoding="utf-8")
