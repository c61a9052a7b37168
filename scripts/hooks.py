"""MkDocs hooks of the SXSH column. Each entry point only dispatches to plain
functions in ``scripts/`` that tests can call without a build.

Order matters against mkdocs-static-i18n, whose events run at priority -100:
handbook files are mounted before it sorts files by language, and navigation is
ordered after it has built each language's tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads this file by path, not as part of the package
    sys.path.insert(0, str(ROOT))

from scripts import build_state  # noqa: E402
from scripts.content.problems import ContentError  # noqa: E402
from scripts.pages import directives, navigation, page_facts  # noqa: E402
from scripts.pages.editor_positions import install_position_filter  # noqa: E402
from scripts.pdf import site_links  # noqa: E402
from scripts.search.word_breaks import keep_words_apart  # noqa: E402


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    install_position_filter(ROOT, config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    try:
        build_state.load(ROOT, config)
    except ContentError as error:
        raise PluginError(str(error)) from None


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
    return directives.expand(markdown, page, build_state.current(), language_of_build(config))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return keep_words_apart(html)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    page_facts.add(context, page, build_state.current(), language_of_build(config), config)
    site_links.add(context, page, language_of_build(config), config)
    return context


def on_post_build(config: MkDocsConfig) -> None:
    site_links.copy_for_build(config)


def language_of_build(config: MkDocsConfig) -> str:
    return config.theme.get("language", "vi")
