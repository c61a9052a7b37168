"""Parts of the editor's guide made from the code, so the guide never drifts:
the fields of each page type (from scripts/content/schema.py) and the real
messages of the checks (from tests/content/expected.yml, which the tests hold
to the code's exact output, with the faulty line of each example file)."""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from pathlib import Path

import yaml

from scripts.content.raw_html import allowed_rows
from scripts.content.scaffold import make
from scripts.content.schema import ALL_TYPES, DATE, Field
from scripts.content.unicode_fix import visible
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, table

EXPECTED = Path("tests/content/expected.yml")
EXAMPLES = Path("tests/content/broken")
TYPES = {content_type.name: content_type for content_type in ALL_TYPES}
WORDS = {
    "field": {"vi": "Trường", "en": "Field"},
    "meaning": {"vi": "Ý nghĩa", "en": "Meaning"},
    "required": {"vi": "Bắt buộc", "en": "Required"},
    "how": {"vi": "Cách viết", "en": "How to write it"},
    "example": {"vi": "Ví dụ", "en": "Example"},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    "line": {"vi": "Dòng sai trong tệp ví dụ", "en": "The faulty line of the example file"},
    "tag": {"vi": "Thẻ", "en": "Element"},
    "attributes": {"vi": "Thuộc tính dùng được", "en": "Attributes it may carry"},
    "use": {"vi": "Dùng để", "en": "For"},
}


def html_allow_list(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render html-allow-list -->``: the HTML a page may hold, from scripts/content/raw_html.py."""
    language = context.language
    rows = [[f"`{tag}`", cell(attributes), cell(use)] for tag, attributes, use in allowed_rows(language)]
    return table([WORDS[k][language] for k in ("tag", "attributes", "use")], rows)


def _rows(field: Field, language: str, prefix: str = "") -> list[list[str]]:
    name = prefix + field.name
    label = field.label_vi if language == "vi" else field.label_en
    how = field.describe_vi() if language == "vi" else field.describe_en()
    example = field.example_for(language)
    if example is None or field.kind in ("list", "object"):
        shown = ""
    elif field.kind in ("text", "multiline"):
        shown = f"“{cell(example)}”"  # Vietnamese words read badly in the code font
    else:
        shown = f"`{cell(example)}`"
    required = WORDS["yes" if field.required else "no"][language]
    rows = [[f"`{name}`", cell(label), required, cell(how), shown]]
    if field.kind == "list" and field.item is not None and field.item.kind == "object":
        for sub in field.item.fields:
            rows += _rows(sub, language, f"{name}[].")
    elif field.kind == "object":
        for sub in field.fields:
            rows += _rows(sub, language, f"{name}.")
    return rows


def field_reference(context: RenderContext, args: dict[str, str]) -> str:
    """`<!-- render field-reference type=qa -->`: every field of a type, in the order of the schema."""
    content_type = TYPES[args["type"]]
    language = context.language
    header = [WORDS[key][language] for key in ("field", "meaning", "required", "how", "example")]
    rows = [row for field in content_type.fields for row in _rows(field, language)]
    return table(header, rows)


def _message_block(message: str) -> str:
    return f'\n<pre class="sx-message"><code>{html.escape(message)}</code></pre>\n'


def error_messages(context: RenderContext, args: dict[str, str]) -> str:
    """`<!-- render error-messages -->`: each example mistake, the message it gets, and its faulty line."""
    root = context.site.root
    expected: dict[str, list[str]] = yaml.safe_load((root / EXPECTED).read_text(encoding="utf-8"))
    by_check: dict[str, list[tuple[str, str]]] = {}
    for example, messages in expected.items():
        for message in messages:
            _, check, _ = message.split(": ", 2)
            by_check.setdefault(check, []).append((example, message))
    parts = []
    for check, items in by_check.items():
        parts.append(f"\n### {html.escape(check)}\n")
        for example, message in items:
            parts.append(_message_block(message))
            number = int(message.split(": ", 1)[0].rsplit(":", 1)[1])
            source = root / EXAMPLES / example
            # A file in a wrong encoding is one of the examples: its line is shown as far as it can be read.
            lines = source.read_bytes().decode("utf-8", errors="replace").split("\n") if source.exists() else []
            if 0 < number <= len(lines) and lines[number - 1].strip() not in ("", "---"):
                # Shown the way `make fix-unicode` shows it: invisible characters written out, NFC.
                shown = visible(unicodedata.normalize("NFC", lines[number - 1]))
                # A block of raw HTML, which Markdown leaves alone: the line may hold "![](x.png)".
                parts.append(f"\n<p class=\"sx-faulty-line\">{WORDS['line'][context.language]}: <code>{html.escape(shown)}</code></p>\n")
    return "\n".join(parts) + "\n"


def scaffold_example(context: RenderContext, args: dict[str, str]) -> str:
    """`<!-- render scaffold type=qa -->`: exactly the file `make new-qa` writes (dated like the schema's example)."""
    content_type = TYPES[args["type"]]
    title = content_type.field("title").example_for("vi")
    scaffold = make(content_type.name, title, today=dt.date.fromisoformat(DATE.example))
    path, text = list(scaffold.files.items())[0 if context.language == "vi" else 1]
    return f"\n`{path}`\n\n```text\n{text}```\n"
