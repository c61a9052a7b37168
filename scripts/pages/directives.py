"""Page parts rendered from `data/`: an editor writes one line such as

    <!-- render programme-targets -->

and the build puts the table made from the data in its place, in the page's
language. Numbers that live in `data/` are never typed twice. In a plain
Markdown preview the line is an invisible comment, so nothing wrong shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mkdocs.structure.pages import Page

from scripts.content.problems import Problem
from scripts.content.sources import Site, language_of
from scripts.pages import listings, norms, programme, techniques
from scripts.pages.context import RenderContext

DIRECTIVE = re.compile(r"^<!--\s*render\s+(?P<name>[a-z0-9-]+)(?P<args>(?:\s+[a-z_]+=[^\s]+)*)\s*-->\s*$", re.MULTILINE)
_LOOSE = re.compile(r"<!--\s*render\b")

Renderer = Callable[[RenderContext, dict[str, str]], str]

RENDERERS: dict[str, Renderer] = {
    "programme-targets": programme.targets_table,
    "programme-tasks": programme.tasks_table,
    "legal-metadata": programme.legal_metadata,
    "pages": listings.pages_in_folder,
    "latest": listings.latest,
    "norms": norms.norms_table,
    "criteria": norms.criteria_table,
    "techniques": techniques.technique_list,
}


def _arguments(text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in text.split())


def expand(markdown: str, page: Page, site: Site, language: str) -> str:
    return expand_for(markdown, language_of(page.file.src_uri)[0], site, language)


def expand_for(markdown: str, url_path: str, site: Site, language: str) -> str:
    """``expand`` without a MkDocs page: the PDF step renders the same directives."""
    context = RenderContext(site, language, url_path)

    def replace(match: re.Match) -> str:
        return RENDERERS[match.group("name")](context, _arguments(match.group("args")))

    return DIRECTIVE.sub(replace, markdown)


def check_directives(site: Site) -> list[Problem]:
    problems = []
    names = ", ".join(sorted(RENDERERS))
    for page in site.pages:
        for offset, line in enumerate(page.body.split("\n")):
            if not _LOOSE.search(line):
                continue
            number = page.body_line + offset
            match = DIRECTIVE.match(line.strip())
            if not match:
                problems.append(Problem(
                    page.source, number, "render",
                    "dòng chèn dữ liệu viết sai — viết đúng dạng <!-- render TÊN --> trên một dòng riêng",
                    "the data line is malformed — write <!-- render NAME --> on a line of its own",
                ))
            elif match.group("name") not in RENDERERS:
                problems.append(Problem(
                    page.source, number, "render",
                    f"không có bảng dữ liệu tên “{match.group('name')}” — dùng một trong: {names}",
                    f"there is no data table called “{match.group('name')}” — use one of: {names}",
                ))
            else:
                try:
                    context = RenderContext(site, page.language, page.url_path)
                    RENDERERS[match.group("name")](context, _arguments(match.group("args")))
                except (KeyError, ValueError) as error:
                    problems.append(Problem(
                        page.source, number, "render",
                        f"không dựng được bảng: {error} — kiểm tra các tham số sau tên bảng",
                        f"the table cannot be made: {error} — check the arguments after its name",
                    ))
    return problems
