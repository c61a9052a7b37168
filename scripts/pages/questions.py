"""The Q&A home grouped by topic, and the related pages shown at the end of each Q&A."""

from __future__ import annotations

import posixpath

from mkdocs.structure.pages import Page

from scripts.content.schema import QA, QA_TOPIC_NAMES
from scripts.content.slugs import fold
from scripts.content.sources import Site, language_of
from scripts.pages.context import RenderContext
from scripts.pages.listings import pages_for
from scripts.pages.markdown import cell
from scripts.pages.related import related_pages

WORDS = {
    "topics": {"vi": "Chủ đề", "en": "Topics"},
    "questions": {"vi": "Câu hỏi liên quan", "en": "Related questions"},
    "handbook": {"vi": "Đọc thêm trong Sổ tay SXSH", "en": "Read more in the handbook"},
}


def topics(context: RenderContext, args: dict[str, str]) -> str:
    """`<!-- render qa-topics -->`: the questions of the folder under one heading per topic, in
    the order of QA_TOPIC_NAMES, with a line of links to the topics first."""
    language = context.language
    questions = [p for p in pages_for(context, posixpath.dirname(context.url_path)) if p.content_type is QA]
    groups = [(topic, names[language], sorted((p for p in questions if p.meta.get("topic") == topic),
                                               key=lambda p: fold(p.meta["title"])))
              for topic, names in QA_TOPIC_NAMES.items()]
    groups = [group for group in groups if group[2]]
    jump = " · ".join(f"[{cell(name)}](#{topic}) ({len(pages)})" for topic, name, pages in groups)
    parts = [f"\n**{WORDS['topics'][language]}:** {jump}\n"]
    for topic, name, pages in groups:
        parts.append(f"\n## {name} {{#{topic}}}\n")
        parts.extend(f"- [{cell(p.meta['title'])}]({context.link_to(p.url_path)})" for p in pages)
        parts.append("")
    return "\n".join(parts)


def add_related(context: dict, page: Page, site: Site, language: str, separator: str) -> None:
    """Put the related questions and handbook pages of a Q&A into the template context
    (overrides/partials/sx-related.html shows them after the answer)."""
    url_path, _ = language_of(page.file.src_uri)
    source = site.page(url_path, language) or site.page(url_path, "vi")
    if source is None or source.content_type is not QA:
        return
    found = related_pages(site, source, language, separator)
    links = RenderContext(site, language, url_path)
    groups = []
    for key, pages in (("questions", found.questions), ("handbook", found.handbook)):
        if pages:
            groups.append({
                "id": f"sx-related-{key}",
                "heading": WORDS[key][language],
                "items": [{"href": links.href_to_page(p.url_path), "title": p.meta["title"]} for p in pages],
            })
    context.setdefault("sx", {})["related"] = groups
