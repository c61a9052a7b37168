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

from scripts.cms import report
from scripts.content.problems import Problem
from scripts.content.schema import CASE, EVENT
from scripts.content.sources import Site, SourcePage, language_of
from scripts.figures import case_savings, cycle, pictograms, targets
from scripts.pages import (
    assessment,
    calculator,
    cases,
    catalogue,
    contact,
    editor_guide,
    events,
    legal,
    listings,
    norms,
    open_data,
    programme,
    questions,
    retired_list,
    source_list,
    techniques,
)
from scripts.pages.context import RenderContext

DIRECTIVE = re.compile(r"^<!--\s*render\s+(?P<name>[a-z0-9-]+)(?P<args>(?:\s+[a-z_]+=[^\s]+)*)\s*-->\s*$", re.MULTILINE)
_LOOSE = re.compile(r"<!--\s*render\b")
_CODE_SPAN = re.compile(r"`[^`]*`")

Renderer = Callable[[RenderContext, dict[str, str]], str]

RENDERERS: dict[str, Renderer] = {
    "programme-targets": programme.targets_table,
    "programme-targets-chart": targets.targets_chart,
    "programme-tasks": programme.tasks_table,
    "legal-metadata": legal.legal_metadata,
    "contact": contact.contact_details,
    "request-form": contact.request_form,
    "request-email": contact.request_email,
    "pages": listings.pages_in_folder,
    "latest": listings.latest,
    "norms": norms.norms_table,
    "criteria": norms.criteria_table,
    "techniques": techniques.technique_list,
    "technique-groups": pictograms.groups_grid,
    "assessment-cycle": cycle.assessment_cycle,
    "case-savings": case_savings.case_savings,
    "case-measures": cases.measures_table,
    "case-totals": cases.totals_list,
    "case-catalogue": catalogue.catalogue,
    "case-charts": catalogue.case_charts,
    "worked-examples": catalogue.worked_examples,
    "qa-topics": questions.topics,
    "field-reference": editor_guide.field_reference,
    "html-allow-list": editor_guide.html_allow_list,
    "error-messages": editor_guide.error_messages,
    "retired-institutions": retired_list.retired_table,
    "scaffold": editor_guide.scaffold_example,
    "assessment-levels": assessment.levels_table,
    "assessment-scoring": assessment.hand_scoring,
    "self-assessment": assessment.form,
    "energy-units": calculator.factors_table,
    "sec-calculator": calculator.calculator,
    "open-data": open_data.downloads_table,
    "sources": source_list.sources_section,
    "content-report": report.content_report,
    "events": events.event_lists,
    "next-event": events.next_event,
    "event-facts": events.event_facts,
}

#: The script a page part needs in the browser; the page loads it only when the part is on it.
SCRIPTS: dict[str, str] = {
    "self-assessment": assessment.SCRIPT,
    "sec-calculator": calculator.SCRIPT,
    "case-catalogue": catalogue.SCRIPT,
}
#: Parts a page type must render from its front matter, so that its figures are never typed twice.
REQUIRED: dict[str, tuple[str, ...]] = {CASE.name: ("case-measures", "case-totals"), EVENT.name: ("event-facts",)}


def _arguments(text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in text.split())


def expand(markdown: str, page: Page, site: Site, language: str, site_url: str = "") -> str:
    return expand_for(markdown, language_of(page.file.src_uri)[0], site, language, site_url)


def expand_for(markdown: str, url_path: str, site: Site, language: str, site_url: str = "") -> str:
    """``expand`` without a MkDocs page: the PDF step renders the same directives."""
    context = RenderContext(site, language, url_path, site_url)

    def replace(match: re.Match) -> str:
        return RENDERERS[match.group("name")](context, _arguments(match.group("args")))

    page = site.page(url_path, language) or site.page(url_path, "vi")
    return DIRECTIVE.sub(replace, with_sources(with_case_savings(markdown, page), page))


_SOURCES_LINE = re.compile(r"^<!--\s*render\s+sources\b", re.MULTILINE)


def with_sources(markdown: str, page: SourcePage | None) -> str:
    """A page that names sources shows them: at the end, unless it places <!-- render sources --> itself
    (a leaflet's last panel). Editors of the web form never need to type the line."""
    if page is None or not page.meta.get("sources") or _SOURCES_LINE.search(markdown):
        return markdown
    return markdown.rstrip("\n") + "\n\n<!-- render sources -->\n"


_CASE_TOTALS_LINE = re.compile(r"^<!--\s*render\s+case-totals\b.*$", re.MULTILINE)
_CASE_SAVINGS_LINE = re.compile(r"^<!--\s*render\s+case-savings\b", re.MULTILINE)


def with_case_savings(markdown: str, page: SourcePage | None) -> str:
    """A case shows its savings as a picture under its totals, unless it places <!-- render case-savings -->
    itself; the figure draws nothing for a case whose front matter holds no savings."""
    if page is None or page.content_type is not CASE or _CASE_SAVINGS_LINE.search(markdown):
        return markdown
    return _CASE_TOTALS_LINE.sub(lambda m: m.group(0) + "\n\n<!-- render case-savings -->", markdown, count=1)


def scripts_for(markdown: str) -> list[str]:
    """The scripts (site paths) of the page parts used in ``markdown``, in order, each once."""
    used = [SCRIPTS[m.group("name")] for m in DIRECTIVE.finditer(markdown) if m.group("name") in SCRIPTS]
    return list(dict.fromkeys(used))


def check_directives(site: Site) -> list[Problem]:
    problems = []
    names = ", ".join(sorted(RENDERERS))
    for page in site.pages:
        present = {match.group("name") for match in DIRECTIVE.finditer(page.body)}
        for name in REQUIRED.get(page.content_type.name, ()):
            if name not in present:
                problems.append(Problem(
                    page.source, page.body_line, "render",
                    f"trang {page.content_type.label_vi.lower()} thiếu dòng <!-- render {name} --> — thêm dòng này"
                    " (một dòng riêng) vào chỗ cần hiện nó; số liệu được dựng từ phần khai báo đầu trang,"
                    " không gõ lại",
                    f"a {page.content_type.label_en.lower()} page needs the line <!-- render {name} --> — add it"
                    " (on a line of its own) where it should appear; the figures are made from the front matter,"
                    " never typed again",
                ))
        for offset, line in enumerate(page.body.split("\n")):
            if not _LOOSE.search(_CODE_SPAN.sub("", line)):  # `<!-- render x -->` in code is an example
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
