"""JSON Schemas of the open-data files, derived from the field descriptions in schema.py.

A field is described once, in schema.py; this module only translates its kind into JSON Schema
(draft 2020-12), so the published schema cannot drift from what the build validates.

Pages (case studies, Q&A) exist in two files, Vietnamese and English. Their exports are
*bilingual*: every text field becomes ``{"vi": ..., "en": ...}`` (``en`` is null when the page has
no English version), while numbers, dates and fixed-list values are the same in both languages.
"""

from __future__ import annotations

from .schema import ContentType, Field

DRAFT = "https://json-schema.org/draft/2020-12/schema"
TEXT_KINDS = ("text", "multiline")


def translated(field: Field) -> bool:
    """Whether a page field's value differs by language (its text); lists of text count too."""
    if field.kind in TEXT_KINDS:
        return True
    return field.kind == "list" and field.item is not None and field.item.kind in TEXT_KINDS


def _title(field: Field) -> dict:
    return {"title": f"{field.label_vi} / {field.label_en}"}


def _pair(vi: dict, en: dict) -> dict:
    return {"type": "object", "properties": {"vi": vi, "en": en}, "required": ["vi", "en"], "additionalProperties": False}


def field_schema(field: Field, bilingual: bool = False) -> dict:
    """The JSON Schema of one field's value. ``bilingual``: the field comes from a page and its text is
    given in both languages (see the module's docstring)."""
    schema = _title(field)
    if bilingual and translated(field):
        one = {"type": "string"} if field.kind in TEXT_KINDS else {"type": "array", "items": {"type": "string"}}
        nullable = {"type": ["string", "null"]} if field.kind in TEXT_KINDS else {"type": ["array", "null"], "items": {"type": "string"}}
        return schema | _pair(one, nullable)
    if field.kind in ("text", "multiline", "path"):
        schema["type"] = "string"
    elif field.kind == "date":
        schema |= {"type": "string", "format": "date"}
    elif field.kind == "int":
        schema["type"] = "integer"
    elif field.kind == "number":
        schema["type"] = "number"
    elif field.kind == "bool":
        schema["type"] = "boolean"
    elif field.kind == "choice":
        schema |= {"type": "string", "enum": list(field.choices)}
    elif field.kind == "i18n":
        schema |= _pair({"type": "string"}, {"type": "string"})
    elif field.kind == "list":
        assert field.item is not None
        schema |= {"type": "array", "items": field_schema(field.item, bilingual)}
    elif field.kind == "object":
        schema |= object_schema(field.fields, bilingual)
    else:  # pragma: no cover - every kind of schema.Kind is handled above
        raise AssertionError(field.kind)
    if field.minimum is not None and field.kind in ("int", "number"):
        schema["minimum"] = field.minimum
    return schema


def object_schema(fields: tuple[Field, ...], bilingual: bool = False) -> dict:
    return {
        "type": "object",
        "properties": {f.name: field_schema(f, bilingual) for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def file_schema(content_type: ContentType, fields: tuple[Field, ...], bilingual: bool, title: dict[str, str]) -> dict:
    """The schema of a whole open-data JSON file: a short header and the list of records."""
    return {
        "$schema": DRAFT,
        "title": f"{title['vi']} / {title['en']}",
        "description": f"{content_type.label_vi} / {content_type.label_en}",
        "type": "object",
        "properties": {
            "$schema": {"type": "string"},
            "title": _pair({"type": "string"}, {"type": "string"}),
            "licence": {"type": "string"},
            "licence_url": {"type": "string"},
            "publisher": {"type": "string"},
            "records": {"type": "array", "items": object_schema(fields, bilingual)},
        },
        "required": ["$schema", "title", "licence", "licence_url", "publisher", "records"],
        "additionalProperties": False,
    }
