"""Load every source of the site, check it, and keep what later stages need.

Nothing is normalised or rewritten here: a problem is reported with its file
and line, and the build stops before rendering (see ``scripts/hooks.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from scripts.site_model import load as site_model

from .case_figures import check_case, check_sources, check_translation
from .fields import Reader
from .problems import Problem
from .raw_html import RawLink, scan
from .references import check_keys, check_references
from .related_paths import check_related
from .retired import check_records, check_site_pages
from .schema import (
    BOOK,
    CASE,
    DATA_COLLECTIONS,
    HANDBOOK_CHAPTER,
    RETIRED_INSTITUTIONS,
    SOURCE_RECORDS,
    ContentType,
    page_type_for,
)
from .slugs import slugify
from .source_refs import check_registry
from .style import check_voice
from .text_checks import check_text
from .units import check_units

# The site's languages, default first, as mkdocs.yml's i18n plugin lists them (scripts/site_model.py).
LANGUAGES = site_model().languages
DEFAULT_LANGUAGE = site_model().default_language
MARKDOWN_SUFFIX = ".md"
T = TypeVar("T")

# MkDocs' own front-matter pattern (mkdocs.utils.meta), so we see exactly what it sees.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_SAFE_NAME = re.compile(r"^[A-Za-z0-9._-]+$")


@dataclass
class SourcePage:
    source: str  # path from the repository root, e.g. "handbook/phuong-phap/index.en.md"
    url_path: str  # path inside the site without the language suffix, e.g. "so-tay/phuong-phap/index.md"
    language: str
    content_type: ContentType
    meta: dict
    body: str
    body_line: int  # file line where the body starts
    lines: dict[str, int] = field(default_factory=dict)  # front-matter field -> file line (see Reader.lines)
    raw_links: list[RawLink] = field(default_factory=list)  # addresses written in raw HTML, checked after the build


def summary_of(meta: dict) -> str:
    """What a page says in a sentence or two, for lists, feeds and link previews: a Q&A's short answer,
    else its summary, else its description ("" when it has none of them)."""
    return str(meta.get("short_answer") or meta.get("summary") or meta.get("description") or "")


@dataclass
class Site:
    root: Path
    pages: list[SourcePage] = field(default_factory=list)
    data: dict[str, list[dict]] = field(default_factory=dict)
    data_lines: dict[str, dict[str, int]] = field(default_factory=dict)  # collection -> "[2].id" -> file line
    book: dict = field(default_factory=dict)  # the handbook's print details (handbook/.book.yml)
    contact: dict = field(default_factory=dict)  # the Department's contact details (data/contact.yml)
    contact_lines: dict[str, int] = field(default_factory=dict)  # its field -> file line
    problems: list[Problem] = field(default_factory=list)
    # Style problems over the whole text of each file (tone marks, checking notes, units): `make check`
    # fails on them, the build only prints them.
    notes: list[Problem] = field(default_factory=list)
    commit_dates: dict[str, dt.date] = field(default_factory=dict)  # source path -> its last commit (empty without git)
    # What later stages work out from these sources once per build (open data, related-page corpora): kept
    # here, so a new build (a change under `mkdocs serve`) starts afresh with its new Site. See derive().
    derived: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)

    def derive(self, key: tuple, make: Callable[[], T]) -> T:
        """``make()`` once for this Site: the value under ``key`` ("what", its parameters...)."""
        if key not in self.derived:
            self.derived[key] = make()
        return self.derived[key]  # type: ignore[return-value]

    def page(self, url_path: str, language: str) -> SourcePage | None:
        return next((p for p in self.pages if p.url_path == url_path and p.language == language), None)

    def translation_of(self, page: SourcePage, language: str) -> SourcePage | None:
        return self.page(page.url_path, language)


def source_folders(mounts: dict[str, str]) -> dict[str, str]:
    """Source folder -> URL folder inside the site; docs/ is the root."""
    return {"docs": "", **mounts}


def load_site(root: Path, mounts: dict[str, str], docs_dir: Path | None = None) -> Site:
    """Every source of the site; ``docs_dir`` is MkDocs' docs folder when it is not ``root/docs``
    (the search benchmark builds a generated corpus with our configuration)."""
    site = Site(root)
    for folder, url_folder in source_folders(mounts).items():
        base = docs_dir if (docs_dir is not None and folder == "docs") else root / folder
        for path in sorted(base.rglob("*")):
            if _is_ignored(path.relative_to(base)):
                continue
            relative = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
            if path.is_symlink():  # MkDocs would follow it, even out of the repository, into the site
                site.problems.append(_symlink_problem(relative))
                continue
            if path.is_dir():
                continue
            site.problems.extend(check_name(relative, path.relative_to(base)))
            site.problems.extend(check_kind(relative, path.relative_to(base)))
            if path.suffix == MARKDOWN_SUFFIX:
                site.problems.extend(check_language_suffix(relative))
                inner = path.relative_to(base).as_posix()
                url_path = f"{url_folder}/{inner}" if url_folder else inner
                text, problems = read_source(path, relative)
                site.problems.extend(problems)
                if text is None:
                    continue
                site.notes.extend(check_voice(relative, text))
                page, problems = load_page(relative, url_path, text)
                site.problems.extend(problems)
                if page:
                    site.pages.append(page)
    for collection in DATA_COLLECTIONS:
        site.data[collection.name] = load_collection(site, collection)
    for folder, url_folder in mounts.items():
        if url_folder == HANDBOOK_CHAPTER.folder:
            site.book = load_book(site, folder)
    from .contact import load_contact  # here, not at the top: contact.py reads its file with this module

    site.contact, site.contact_lines = load_contact(site)
    site.problems.extend(check_site(site))
    return site


def check_page(page: SourcePage) -> list[Problem]:
    """Checks across the fields of one page, after each field has passed the schema."""
    return check_case(page) if page.content_type is CASE else []


def check_site(site: Site) -> list[Problem]:
    """Checks across pages: paths in front matter, sources, figures shared by both languages."""
    problems = check_related(site) + check_keys(site) + check_references(site) + check_units(site)
    problems += check_sources(site)
    problems += check_registry(site.data.get(SOURCE_RECORDS.name, []), site.data_lines.get(SOURCE_RECORDS.name, {}))
    retired = site.data.get(RETIRED_INSTITUTIONS.name, [])
    problems += check_records(retired, site.data_lines.get(RETIRED_INSTITUTIONS.name, {}))
    problems += check_site_pages(site.pages, retired)
    for page in site.pages:
        english = site.translation_of(page, "en") if page.language == DEFAULT_LANGUAGE else None
        if page.content_type is CASE and english is not None:
            problems.extend(check_translation(page, english))
    return problems


#: What a content folder may hold besides pages (``.md``): files MkDocs publishes as they are.
STATIC_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf", ".txt", ".csv")
#: The web form's own files (Decap CMS), which are not content.
CMS_FOLDER = "admin"


def check_kind(relative: str, inner: Path) -> list[Problem]:
    """A file that is neither a page nor a picture or document readers download would be published unchecked
    (an .html page, a Word file, a page written .MD): say what to do with it."""
    suffix = inner.suffix
    if suffix == MARKDOWN_SUFFIX or suffix in STATIC_SUFFIXES or inner.parts[0] == CMS_FOLDER:
        return []
    allowed = ", ".join(STATIC_SUFFIXES)
    if suffix.lower() == MARKDOWN_SUFFIX:
        fix_vi, fix_en = f"đổi đuôi thành “{MARKDOWN_SUFFIX}” (chữ thường)", f"rename it to end in “{MARKDOWN_SUFFIX}” (lower case)"
    else:
        fix_vi = f"chép nội dung vào một trang .md, hoặc xoá tệp; chỉ dùng được trang .md và tệp {allowed}"
        fix_en = f"copy its content into a .md page, or delete the file; only .md pages and {allowed} files are used"
    return [Problem(
        relative, 1, "tệp",
        f"tệp “{inner.name}” không phải trang Markdown, ảnh hay tài liệu để tải về, nên sẽ được đăng mà không qua"
        f" kiểm tra nào — {fix_vi}",
        f"the file “{inner.name}” is not a Markdown page, a picture or a document to download, so it would be"
        f" published without any check — {fix_en}",
    )]


def _symlink_problem(relative: str) -> Problem:
    return Problem(
        relative, 1, "tệp",
        "đây là một liên kết tượng trưng (symlink) tới tệp hay thư mục khác; bản dựng không theo nó, vì nó có thể dẫn"
        " ra ngoài kho — thay bằng bản sao của tệp thật",
        "this is a symbolic link to another file or folder; the build does not follow it, because it may lead out"
        " of the repository — replace it with a copy of the real file",
    )


def _is_ignored(relative: Path) -> bool:
    # Editor back-up files and hidden folders (.nav, .git) are not content.
    return any(part.startswith(".") for part in relative.parts) or relative.name.endswith("~")


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Windows-1258 writes a tone as a combining mark after its letter (bytes CC, EC, D2, DE, F2 after a letter).
_CP1258_TONE = re.compile(rb"[A-Za-z\xc2\xca\xd4\xd5\xdd\xe2\xea\xf4\xf5\xfd][\xcc\xec\xd2\xde\xf2]")


def read_source(path: Path, relative: str) -> tuple[str | None, list[Problem]]:
    """The text of a UTF-8 file (a byte-order mark, as Notepad writes it, is dropped, as MkDocs does), or a
    problem naming the encoding it seems to be in and the line where it stops being UTF-8."""
    data = path.read_bytes()
    if data.startswith(_UTF16_BOMS) or (len(data) > 1 and data.count(b"\0") > len(data) // 4):
        return None, [Problem(
            relative, 1, "mã hóa",
            "tệp được lưu bằng UTF-16 — mở tệp và lưu lại với kiểu mã UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)",
            "the file is saved as UTF-16 — open it and save it again as UTF-8 (Notepad: Save as… → Encoding: UTF-8)",
        )]
    try:
        # Universal newlines, as MkDocs reads pages: a Windows file is not an error.
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        if len(_CP1258_TONE.findall(data)) >= 2:
            return None, [Problem(
                relative, line, "mã hóa",
                "tệp được lưu bằng bảng mã Windows-1258, không phải UTF-8 — mở tệp và lưu lại với kiểu mã UTF-8",
                "the file is saved in the Windows-1258 encoding, not UTF-8 — open it and save it again as UTF-8",
            )]
        return None, [Problem(
            relative, line, "mã hóa",
            "tệp không được lưu bằng UTF-8 (có lẽ bằng bảng mã cũ TCVN3 hay VNI) — chạy `make fix-unicode`,"
            " hoặc lưu lại tệp với kiểu mã UTF-8",
            "the file is not saved as UTF-8 (perhaps in the old TCVN3 or VNI encoding) — run `make fix-unicode`,"
            " or save it again as UTF-8",
        )]


def check_name(relative: str, inner: Path) -> list[Problem]:
    problems = []
    for part in inner.parts:
        if not _SAFE_NAME.match(part):
            stem, dot, suffix = part.partition(".")
            fixed = slugify(stem) + dot + suffix
            problems.append(Problem(
                relative, 1, "tên tệp",
                f"tên “{part}” có dấu, chữ hoa lạ hoặc khoảng trắng, sẽ thành địa chỉ web khó dùng"
                f" — đổi tên thành “{fixed}” (chỉ chữ không dấu, số và dấu gạch ngang)",
                f"the name “{part}” has accents, spaces or other characters that make a poor web address"
                f" — rename it “{fixed}” (plain letters, digits and hyphens only)",
            ))
    return problems


def check_language_suffix(relative: str) -> list[Problem]:
    """Every page names its language (`x.vi.md`, `x.en.md`): the web form (Decap) lists only
    files that do, so a page written `x.md` could never be opened there."""
    if any(relative.endswith(f".{language}{MARKDOWN_SUFFIX}") for language in LANGUAGES):
        return []
    fixed = relative.rsplit("/", 1)[-1].removesuffix(MARKDOWN_SUFFIX) + f".{DEFAULT_LANGUAGE}{MARKDOWN_SUFFIX}"
    return [Problem(
        relative, 1, "tên tệp",
        f"tên tệp không ghi ngôn ngữ — đổi tên thành “{fixed}” (bản tiếng Việt; bản tiếng Anh là .en.md),"
        " để biểu mẫu web mở được trang này; liên kết tới trang vẫn viết “.md”",
        f"the file name does not say its language — rename it “{fixed}” (the Vietnamese text; English is .en.md),"
        " so that the web form can open the page; links to the page still end in “.md”",
    )]


def language_of(url_path: str) -> tuple[str, str]:
    """("hoi-dap/x.en.md") -> ("hoi-dap/x.md", "en")."""
    stem = url_path[: -len(MARKDOWN_SUFFIX)]
    for language in LANGUAGES:
        if stem.endswith("." + language):
            return stem[: -len(language) - 1] + MARKDOWN_SUFFIX, language
    return url_path, DEFAULT_LANGUAGE


def load_page(source: str, url_path: str, text: str) -> tuple[SourcePage | None, list[Problem]]:
    """Check one Markdown source; ``url_path`` (its place in the site) decides its content type."""
    problems = check_text(source, text)
    url_path, language = language_of(url_path)
    content_type = page_type_for(url_path)
    reader = Reader(source, line_offset=1)  # the YAML starts on the line after "---"
    match = _FRONT_MATTER.match(text)
    if not text.strip():
        problems.append(Problem(
            source, 1, "tệp",
            "tệp trống — viết nội dung của trang (bắt đầu bằng phần khai báo đầu trang), hoặc xoá tệp",
            "the file is empty — write the page (starting with its front matter), or delete the file",
        ))
        return None, problems
    if not match:
        unclosed = text.startswith("---")
        reason_vi = "có phần khai báo đầu trang nhưng thiếu dòng “---” để đóng" if unclosed else "không có phần khai báo đầu trang"
        reason_en = "has front matter with no closing “---” line" if unclosed else "has no front matter"
        problems.append(Problem(
            source, 1, "YAML",
            f"tệp {reason_vi} — bắt đầu tệp bằng dòng “---”, các dòng “tên: giá trị” (ít nhất “title: ...”),"
            " rồi một dòng “---”",
            f"the file {reason_en} — start it with a “---” line, then “name: value” lines"
            " (at least “title: ...”), then a “---” line",
        ))
        return None, problems
    node = reader.compose(match.group(1))
    meta = reader.read_mapping(node, content_type.fields, open_fields=content_type.open_fields) if node else {}
    problems.extend(reader.problems or [])
    body_line = match.group(0).count("\n") + 1
    body = text[match.end():]
    html_problems, raw_links = scan(source, body, body_line)
    problems.extend(html_problems)
    page = SourcePage(source, url_path, language, content_type, meta, body, body_line, dict(reader.lines or {}), raw_links)
    problems.extend(check_page(page))
    return page, problems


def _compose_file(site: Site, relative: str) -> tuple[Reader, yaml.Node | None] | None:
    """A YAML file of the repository as a node tree, or None (problem recorded) when it is missing."""
    path = site.root / relative
    if not path.exists():
        site.problems.append(Problem(relative, 1, "tệp", "thiếu tệp dữ liệu này — khôi phục nó từ git",
                                     "this data file is missing — restore it from git"))
        return None
    text, problems = read_source(path, relative)
    site.problems.extend(problems)
    if text is None:
        return None
    site.problems.extend(check_text(relative, text))
    site.notes.extend(check_voice(relative, text))
    reader = Reader(relative)
    return reader, reader.compose(text)


def load_collection(site: Site, collection: ContentType) -> list[dict]:
    composed = _compose_file(site, f"data/{collection.folder}")
    if composed is None:
        return []
    reader, node = composed
    records: list[dict] = []
    if node is None and not reader.problems:
        reader.report(None, "YAML", "tệp dữ liệu trống — khôi phục nó từ git, hoặc viết các bản ghi, mỗi bản ghi bắt"
                      " đầu bằng “- ”", "the data file is empty — restore it from git, or write its records, each"
                      " starting with “- ”")
    elif node is not None and not isinstance(node, yaml.SequenceNode):
        reader.report(node, "YAML", "tệp dữ liệu phải là một danh sách, mỗi bản ghi bắt đầu bằng “- ”",
                      "a data file must be a list, each record starting with “- ”")
    elif node is not None:
        for index, record in enumerate(node.value, start=1):
            records.append(reader.read_mapping(record, collection.fields, f"[{index}]"))
    site.problems.extend(reader.problems or [])
    site.data_lines[collection.name] = dict(reader.lines or {})
    return records


def load_book(site: Site, folder: str) -> dict:
    """The handbook's print details: one group of fields (no list), checked like front matter."""
    composed = _compose_file(site, f"{folder}/{BOOK.folder}")
    if composed is None:
        return {}
    reader, node = composed
    if node is None and not reader.problems:
        reader.report(None, "YAML", "tệp trống — khôi phục nó từ git", "the file is empty — restore it from git")
    book = reader.read_mapping(node, BOOK.fields) if node is not None else {}
    site.problems.extend(reader.problems or [])
    return book
