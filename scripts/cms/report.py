"""Content health for editors (`make report`, and the guide's page bao-cao-noi-dung, rendered at build
time by <!-- render content-report -->): what needs an editor's or the Department's attention, each line
naming its file and line.

- pages not changed for 12 months (their last commit, scripts/pages/git_dates.py);
- pages with no translation (a ``.vi.md`` without its ``.en.md``, or the reverse);
- sources without an address (data/sources.yml, no ``url``);
- figures resting on a source with a caveat (a source whose ``note`` says it is a press report, a
  summary, not checked against the original: the facts file's [verify] and [secondary]), where cited;
- what the Department still has to confirm (data/contact.yml: ``confirmed: false`` and its empty lines).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.content import schema
from scripts.content.schema import DATA_COLLECTIONS, SOURCE_RECORDS
from scripts.content.sources import LANGUAGES, Site
from scripts.pages.context import RenderContext
from scripts.pages.git_dates import last_commit_dates

STALE_AFTER = dt.timedelta(days=365)
CONTACT_FILE = "data/contact.yml"


@dataclass(frozen=True, order=True)
class Item:
    section: str
    path: str
    line: int
    vi: str
    en: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.vi}\n    (EN) {self.en}"


#: The sections in the order the report shows them, with their headings.
SECTIONS: dict[str, dict[str, str]] = {
    "stale": {"vi": "Trang chưa được sửa trong 12 tháng", "en": "Pages not changed for 12 months"},
    "translation": {"vi": "Trang thiếu bản dịch", "en": "Pages missing a translation"},
    "address": {"vi": "Nguồn chưa có địa chỉ", "en": "Sources without an address"},
    "caveat": {"vi": "Số liệu dựa trên nguồn cần lưu ý", "en": "Figures resting on a source with a caveat"},
    "confirm": {"vi": "Thông tin Sở còn phải xác nhận", "en": "Details the Department still has to confirm"},
}


def today() -> dt.date:
    """The build's date: its commit's (SOURCE_DATE_EPOCH, as the Makefile sets it), so two builds agree."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()


def stale_pages(site: Site, on: dt.date) -> list[Item]:
    dates = last_commit_dates(site.root, sorted({page.source.split("/")[0] for page in site.pages}))
    items = []
    for page in site.pages:
        changed = dates.get(page.source)
        if changed is not None and on - changed > STALE_AFTER:
            items.append(Item("stale", page.source, 1,
                              f"sửa lần cuối ngày {changed:%d/%m/%Y} — đọc lại, cập nhật nếu cần",
                              f"last changed on {changed:%d %B %Y} — read it again and update it if needed"))
    return items


def missing_translations(site: Site) -> list[Item]:
    items = []
    for page in site.pages:
        for language in LANGUAGES:
            if language != page.language and site.page(page.url_path, language) is None:
                twin = page.source.removesuffix(f".{page.language}.md") + f".{language}.md"
                name_vi = "tiếng Anh" if language == "en" else "tiếng Việt"
                name_en = "English" if language == "en" else "Vietnamese"
                items.append(Item("translation", page.source, 1, f"chưa có bản {name_vi} ({twin})",
                                  f"has no {name_en} version ({twin})"))
    return items


def _text(value: object, language: str) -> str:
    return str(value.get(language, "")) if isinstance(value, dict) else str(value or "")


def sources_without_address(site: Site) -> list[Item]:
    lines = site.data_lines.get(SOURCE_RECORDS.name, {})
    path = f"data/{SOURCE_RECORDS.folder}"
    return [Item("address", path, lines.get(f"[{index}].id", 1),
                 f"nguồn “{source['id']}” chưa có địa chỉ (url) — thêm địa chỉ đã kiểm tra nếu có",
                 f"the source “{source['id']}” has no address (url) — add a checked address if there is one")
            for index, source in enumerate(site.data.get(SOURCE_RECORDS.name, []), start=1) if not source.get("url")]


def caveated_figures(site: Site) -> list[Item]:
    notes = {source["id"]: source["note"] for source in site.data.get(SOURCE_RECORDS.name, []) if source.get("note")}
    items = []

    def cite(path: str, line: int, where_vi: str, where_en: str, source_id: str) -> None:
        note = notes[source_id]
        items.append(Item("caveat", path, line,
                          f"{where_vi} dựa trên nguồn “{source_id}”: {_text(note, 'vi')} — khi tìm được văn bản gốc,"
                          " dẫn văn bản đó và bỏ lưu ý",
                          f"{where_en} rests on the source “{source_id}”: {_text(note, 'en')} — once the original"
                          " is found, cite it and drop the caveat"))

    for collection in DATA_COLLECTIONS:
        if collection is SOURCE_RECORDS:
            continue
        lines = site.data_lines.get(collection.name, {})
        for index, record in enumerate(site.data.get(collection.name, []), start=1):
            for number, ref in enumerate(record.get("sources", []), start=1):
                if ref.get("id") in notes:
                    key = record.get(collection.key)
                    cite(f"data/{collection.folder}", lines.get(f"[{index}].sources[{number}].id", 1),
                         f"bản ghi “{key}”", f"the record “{key}”", ref["id"])
    for page in site.pages:
        for number, ref in enumerate(page.meta.get("sources", []) or [], start=1):
            if isinstance(ref, dict) and ref.get("id") in notes:
                cite(page.source, page.lines.get(f"sources[{number}].id", 1), "trang này", "this page", ref["id"])
    return items


def to_confirm(root: Path) -> list[Item]:
    path = root / CONTACT_FILE
    if not path.exists():
        return [Item("confirm", CONTACT_FILE, 1,
                     "chưa có tệp thông tin liên hệ của Sở — người phụ trách trang Liên hệ tạo tệp này",
                     "the Department's contact file does not exist yet — whoever looks after the contact page"
                     " creates it")]
    try:
        node = yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # `make check` reports the file's YAML problem with its line
    if not isinstance(node, yaml.MappingNode):
        return []
    items = []
    for key, value in node.value:
        line = key.start_mark.line + 1
        if key.value == "confirmed" and value.value != "true":
            items.append(Item("confirm", CONTACT_FILE, line,
                              "Sở chưa xác nhận thông tin liên hệ — khi đã kiểm tra, đổi thành “confirmed: true”"
                              " và ghi ngày vào “confirmed_on”",
                              "the Department has not confirmed its contact details — once checked, write"
                              " “confirmed: true” and the date in “confirmed_on”"))
        elif _empty(value):
            items.append(Item("confirm", CONTACT_FILE, line, f"“{key.value}” còn trống — Sở điền thông tin chính thức",
                              f"“{key.value}” is empty — the Department fills in the official details"))
    # The fields of the contact type (once the schema has it) that the file does not have yet.
    contact = getattr(schema, "CONTACT", None)
    written = {key.value for key, _ in node.value}
    for field in contact.fields if contact is not None else ():
        if field.name not in written and field.name != "confirmed_on":
            items.append(Item("confirm", CONTACT_FILE, 1,
                              f"chưa có “{field.name}” ({field.label_vi}) — Sở điền thông tin chính thức",
                              f"“{field.name}” ({field.label_en}) is not there yet — the Department fills in the"
                              " official details"))
    return items


def _empty(node: yaml.Node) -> bool:
    if isinstance(node, yaml.ScalarNode):
        return node.value.strip() in ("", "~", "null")
    if isinstance(node, yaml.MappingNode):
        return all(_empty(value) for _, value in node.value)
    return isinstance(node, yaml.SequenceNode) and not node.value


def report(site: Site, on: dt.date | None = None) -> list[Item]:
    on = on or today()
    items = (stale_pages(site, on) + missing_translations(site) + sources_without_address(site)
             + caveated_figures(site) + to_confirm(site.root))
    order = list(SECTIONS)
    return sorted(items, key=lambda item: (order.index(item.section), item.path, item.line))


def content_report(context: RenderContext, args: dict[str, str]) -> str:
    """<!-- render content-report -->: the report in the page's language, a list per section."""
    language = context.language
    items = report(context.site)
    parts = []
    for section, heading in SECTIONS.items():
        chosen = [item for item in items if item.section == section]
        count = f" ({len(chosen)})" if chosen else ""
        parts.append(f"## {heading[language]}{count}\n")
        if not chosen:
            parts.append("Không có.\n" if language == "vi" else "None.\n")
            continue
        parts.extend(f"- `{item.path}:{item.line}` — {getattr(item, language)}" for item in chosen)
        parts.append("")
    return "\n".join(parts)
