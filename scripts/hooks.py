"""MkDocs hooks of the SXSH column. Each entry point only dispatches to plain
functions in ``scripts/`` that tests can call without a build.

Order matters against mkdocs-static-i18n, whose events run at priority -100:
handbook files are mounted before it sorts files by language, and navigation is
ordered after it has built each language's tree.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urljoin

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads this file by path, not as part of the package
    sys.path.insert(0, str(ROOT))

from scripts import build_state  # noqa: E402
from scripts.cms.install import MissingCmsError, install  # noqa: E402
from scripts.content.contact import unconfirmed_notice  # noqa: E402
from scripts.content.problems import ContentError  # noqa: E402
from scripts.content.sources import language_of  # noqa: E402
from scripts.figures import cards  # noqa: E402
from scripts.pages import cases, directives, events, feeds, navigation, open_data, page_facts, questions, raw_links  # noqa: E402
from scripts.pages.editor_positions import install_position_filter  # noqa: E402
from scripts.pages.html_fixes import repair  # noqa: E402
from scripts.pages.language_links import home_alternates  # noqa: E402
from scripts.pages.print_links import add_print_urls  # noqa: E402
from scripts.pages.task_lists import label_checkboxes  # noqa: E402
from scripts.pdf import site_links  # noqa: E402
from scripts.pdf.raster import RasterError  # noqa: E402
from scripts.search import prebuilt  # noqa: E402
from scripts.search.word_breaks import keep_words_apart  # noqa: E402
from scripts.site_model import load as site_model  # noqa: E402


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    install_position_filter(ROOT)
    return config


#: INFO, not WARNING: the strict build fails on any warning, and an unconfirmed contact must not stop the site.
log = logging.getLogger("mkdocs.plugins.sxsh")


def on_pre_build(config: MkDocsConfig) -> None:
    try:
        site = build_state.load(ROOT, config)
    except ContentError as error:
        raise PluginError(str(error)) from None
    notice = unconfirmed_notice(site.contact, site.contact_lines)
    # Once per build: the default language is built first, then mkdocs-static-i18n builds the others.
    if notice and language_of_build(config) == site_model(ROOT).default_language:
        log.info("CHÚ Ý / NOTE: %s", notice)


@event_priority(100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    # Added as if they lived under docs/, which is what mkdocs-static-i18n accepts;
    # on_nav points them back at their real folder before any page is read.
    for src_uri, _ in build_state.mounted_sources(ROOT, config):
        files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


@event_priority(-110)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # i18n re-creates every File under docs_dir; point mounted ones back at their folder.
    build_state.repoint_mounted(files, ROOT, config)
    return navigation.order(nav, build_state.current(), config)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    page.meta["sx_scripts"] = directives.scripts_for(markdown)  # read by overrides/main.html
    markdown = directives.expand(markdown, page, build_state.current(), language_of_build(config), config.site_url or "")
    return cases.with_illustrative_label(markdown, language_of(page.file.src_uri)[0], build_state.current(),
                                         language_of_build(config))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    html = label_checkboxes(keep_words_apart(html))
    return add_print_urls(html, urljoin(config.site_url or "", page.url))


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    page_facts.add(context, page, build_state.current(), language_of_build(config), config,
                   build_state.current().commit_dates)
    questions.add_related(context, page, build_state.current(), language_of_build(config), search_separator(config))
    site_links.add(context, page, language_of_build(config), config)
    context["sx_card"] = link_card(page, config)
    # Material writes <meta name="description"> from page.meta.description, else the site's: search engines
    # would show one sentence for every Q&A. The card's description is the page's own (its short answer).
    # Escaped as Markup: Material's template writes it unescaped, and a short answer may hold quotes.
    page.meta["description"] = escape(context["sx_card"]["description"])
    return context


def link_card(page: Page | None, config: MkDocsConfig) -> dict[str, str]:
    """The preview card's tags of a page (the home page's card for the 404 page, which has none)."""
    language = language_of_build(config)
    url_path, meta, canonical, url = "index.md", {}, config.site_url or "", ""
    if page is not None:
        url_path = language_of(page.file.src_uri)[0]
        source = navigation.source_of(page, build_state.current(), language)
        meta = source.meta if source is not None else page.meta
        canonical, url = page.canonical_url or "", page.url
    elif language != "vi":
        canonical = urljoin(canonical, f"{language}/")
        url = f"{language}/"
    card = cards.page_card(url_path, meta, language, canonical, url, config.site_name, config.site_description or "",
                           list(config.extra.get("section_order", [])))
    if page is None:  # the 404 page is served at every missing address: it has none of its own
        card["url"] = ""
    return card


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return repair(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return repair(output) if template_name.endswith(".html") else output


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html":
        # mkdocs-static-i18n sets the language links as an attribute of config.extra, page by page.
        alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
        config.extra.alternate = home_alternates(alternates, config.site_url)
        context["sx_card"] = link_card(None, config)
    return context


def copy_pdfs_and_open_data(config: MkDocsConfig) -> None:
    site_links.copy_for_build(config)
    open_data.write_for_build(build_state.current(), config)
    names = site_model(ROOT).site_names
    # Into the site's root folder, for every language at once (the English build's site_dir is en/).
    try:
        cards.write_cards(build_state.current(), site_root(config), ROOT, list(config.extra.get("section_order", [])),
                          names, tuple(names))
    except RasterError as error:
        raise PluginError(str(error)) from None


@event_priority(-200)
def install_site_wide_files(config: MkDocsConfig) -> None:
    # Once at the site's root: the CMS at /admin/ and the feeds. This runs after
    # mkdocs-static-i18n has built the other languages (and copied the static
    # docs/admin/config.yml), so this build's settings win.
    try:
        install(ROOT, Path(config.site_dir), config)
    except MissingCmsError as error:
        raise PluginError(str(error)) from None
    if config.site_url:
        feeds.write_feeds(build_state.current(), Path(config.site_dir), config.site_url, site_model(ROOT).site_names)
        events.write_calendars(build_state.current(), Path(config.site_dir), config.site_url)


@event_priority(-250)
def write_search_index(config: MkDocsConfig) -> None:
    # The index of each language, in parts (scripts/search/prebuilt.py), once the search plugin has
    # written the documents of both: not during mkdocs-static-i18n's build of the other language, when
    # they are not all there yet
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return
    if (Path(config.site_dir) / "search" / "search_index.json").is_file():
        prebuilt.build(Path(config.site_dir))


@event_priority(-300)
def check_raw_html_links(config: MkDocsConfig) -> None:
    # Last: mkdocs-static-i18n has written every language by then (it calls this once per language, both
    # times with the whole site in place), and the PDFs and open data are copied.
    problems = raw_links.check(build_state.current(), Path(config.site_dir))
    if problems:
        raise PluginError(str(ContentError(problems)))


on_post_build = CombinedEvent(copy_pdfs_and_open_data, install_site_wide_files, write_search_index,
                              check_raw_html_links)


def site_root(config: MkDocsConfig) -> Path:
    """The site's root folder, whichever language is being built (the i18n plugin may give en/)."""
    site_dir, language = Path(config.site_dir), language_of_build(config)
    return site_dir.parent if language != "vi" and site_dir.name == language else site_dir


def language_of_build(config: MkDocsConfig) -> str:
    # mkdocs-static-i18n builds each language with the theme set to it.
    return config.theme.get("language", site_model(ROOT).default_language)


def search_separator(config: MkDocsConfig) -> str:
    """The word separator of the search plugin (mkdocs.yml), which related pages cut words with too."""
    plugin = next(p for name, p in config.plugins.items() if name.rsplit("/", 1)[-1] == "search")
    return plugin.config.separator
