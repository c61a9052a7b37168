"""New pages made from the schemas: `make new-qa TITLE="..."` and its siblings.

A scaffold is the Vietnamese page and its English twin, with every required
field of the type in schema order, filled with the schema's example, so the
page builds at once and the editor only replaces examples. Nothing is ever
overwritten.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .schema import CASE, EVENT, LEAFLET, NEWS, QA, ContentType, Field
from .slugs import slugify
from .text_checks import ZERO_WIDTH

#: The page types an editor can scaffold, by the name used on the command line.
SCAFFOLD_TYPES: dict[str, ContentType] = {"qa": QA, "case": CASE, "leaflet": LEAFLET, "news": NEWS, "event": EVENT}


class ScaffoldError(Exception):
    """A reason not to write, told in Vietnamese and English."""

    def __init__(self, vi: str, en: str):
        super().__init__(f"{vi}\n    (EN) {en}")


@dataclass(frozen=True)
class Scaffold:
    files: dict[str, str]  # path from the repository root -> text


# The body of each type. Instructions are HTML comments: a page published
# before they are deleted shows nothing odd to readers.
_BODIES = {
    ("qa", "vi"): "# {title}\n\n**{short_answer}**\n\n## Chi tiết\n\n"
                  "<!-- Giải thích kỹ hơn câu trả lời ngắn ở trên. -->\n",
    ("qa", "en"): "# {title}\n\n{note}**{short_answer}**\n\n## Details\n\n"
                  "<!-- Explain the short answer above in more detail. -->\n",
    ("case", "vi"): "# {title}\n\n## Doanh nghiệp\n\n<!-- Doanh nghiệp làm gì, tình hình trước khi đánh giá. -->\n\n"
                    "## Giải pháp\n\n<!-- Bảng giải pháp được dựng từ `measures:` ở phần đầu trang. -->\n\n"
                    "<!-- render case-measures -->\n\n"
                    "## Kết quả\n\n<!-- render case-totals -->\n\n<!-- Tiết kiệm được gì, đo thế nào. -->\n",
    ("case", "en"): "# {title}\n\n{note}## The enterprise\n\n<!-- What it makes, where it stood before the assessment. -->\n\n"
                    "## Measures\n\n<!-- The table of measures is made from `measures:` in the front matter. -->\n\n"
                    "<!-- render case-measures -->\n\n"
                    "## Results\n\n<!-- render case-totals -->\n\n<!-- What was saved and how it was measured. -->\n",
    # Leaflets: one <section class="sx-panel"> per printed panel, in print order.
    ("leaflet", "vi"): "<section class=\"sx-panel\" markdown>\n\n# {title}\n\n"
                       "<!-- Mặt bìa: một hoặc hai câu. Mỗi mặt in là một khối <section> như thế này. -->\n\n"
                       "</section>\n\n<section class=\"sx-panel\" markdown>\n\n<!-- render sources style=line -->\n\n</section>\n",
    ("leaflet", "en"): "<section class=\"sx-panel\" markdown>\n\n# {title}\n\n{note}"
                       "<!-- Cover: one or two sentences. Each printed panel is a <section> block like this one. -->\n\n"
                       "</section>\n\n<section class=\"sx-panel\" markdown>\n\n<!-- render sources style=line -->\n\n</section>\n",
    ("news", "vi"): "# {title}\n\n{summary}\n\n<!-- Viết nội dung tin ở đây. -->\n",
    ("news", "en"): "# {title}\n\n{note}{summary}\n\n<!-- Write the news item here. -->\n",
    # The dates, place, organiser, audience, registration and materials are shown from the front matter.
    ("event", "vi"): "# {title}\n\n<!-- render event-facts -->\n\n<!-- Sự kiện này nói về gì, chương trình từng buổi. -->\n",
    ("event", "en"): "# {title}\n\n{note}<!-- render event-facts -->\n\n<!-- What the event is about, its programme. -->\n",
}
_TRANSLATE_NOTE = ("<!-- Dịch trang tiếng Việt cùng tên sang tiếng Anh, kể cả tiêu đề và các trường chữ ở đầu trang."
                   " / Translate the Vietnamese page of the same name, its title and text fields too. -->\n\n")


def clean_title(title: str) -> str:
    """The title as the editor meant it: NFC, one line, no invisible characters."""
    title = unicodedata.normalize("NFC", title)
    title = "".join(char for char in title if char not in ZERO_WIDTH and (char.isprintable() or char == " "))
    return " ".join(title.split())


def example_of(field: Field, language: str, today: dt.date) -> object:
    """The example value of a field; lists and groups are built from their parts' examples."""
    if field.kind == "date":
        return today
    value = field.example_for(language)
    if value is not None:
        return value
    if field.kind == "list" and field.item is not None:
        return [example_of(field.item, language, today)]
    if field.kind == "object":
        return {sub.name: example_of(sub, language, today) for sub in field.fields if sub.required}
    raise AssertionError(f"schema.py: the required field “{field.name}” needs an example")


def front_matter(content_type: ContentType, title: str, language: str, today: dt.date) -> dict:
    values: dict = {}
    for field in content_type.fields:
        if field.name == "title":
            values["title"] = title
        elif field.required:
            values[field.name] = example_of(field, language, today)
    return values


class _Dumper(yaml.SafeDumper):
    """YAML the way our pages are written: list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def dump_front_matter(values: dict) -> str:
    text = yaml.dump(values, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000,
                     default_flow_style=False)
    return f"---\n{text}---\n"


def page_text(content_type: ContentType, title: str, language: str, today: dt.date) -> str:
    values = front_matter(content_type, title, language, today)
    texts = {key: value for key, value in values.items() if isinstance(value, str)}
    note = _TRANSLATE_NOTE if language == "en" else ""
    body = _BODIES[(content_type.name, language)].format(**texts, note=note)
    return f"{dump_front_matter(values)}\n{body}"


def make(type_name: str, title: str, title_en: str = "", today: dt.date | None = None,
         folders: dict[str, str] | None = None) -> Scaffold:
    """The files of a new page. ``folders`` maps a URL folder to its source folder (docs/ by default)."""
    if type_name not in SCAFFOLD_TYPES:
        names = ", ".join(SCAFFOLD_TYPES)
        raise ScaffoldError(f"không có loại trang “{type_name}” — dùng một trong: {names}",
                            f"there is no page type “{type_name}” — use one of: {names}")
    content_type = SCAFFOLD_TYPES[type_name]
    title = clean_title(title)
    title_en = clean_title(title_en) or title
    if not any(char.isalnum() for char in title):
        raise ScaffoldError(
            f"chưa có tiêu đề — viết tiêu đề tiếng Việt, ví dụ: make new-{type_name} TITLE=\"{content_type.field('title').example}\"",
            f"no title given — write the Vietnamese title, e.g. make new-{type_name} TITLE=\"{content_type.field('title').example}\"",
        )
    today = today or dt.date.today()
    folder = (folders or {}).get(content_type.folder, f"docs/{content_type.folder}")
    stem = f"{folder}/{slugify(title)}"
    return Scaffold({
        f"{stem}.vi.md": page_text(content_type, title, "vi", today),
        f"{stem}.en.md": page_text(content_type, title_en, "en", today),
    })


def write(root: Path, scaffold: Scaffold) -> list[str]:
    """Write every file of the scaffold, or none when any of them exists already."""
    existing = [path for path in scaffold.files if (root / path).exists()]
    if existing:
        names = ", ".join(existing)
        raise ScaffoldError(
            f"đã có {names} — không ghi đè, không tạo tệp nào; mở tệp đã có để sửa, hoặc chọn một tiêu đề khác",
            f"{names} exists already — nothing was overwritten or created; open that file to edit it,"
            " or choose another title",
        )
    for path, text in scaffold.files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8", newline="\n")
    return list(scaffold.files)
