"""Decap CMS configuration, generated from ``scripts/content/schema.py``.

The CMS forms are one more view of the content model, like the scaffolds and
the editor's field reference: never written by hand. ``docs/admin/config.yml``
is the rendering for the settings in mkdocs.yml (checked by
``python -m scripts cms-config --check``); the build writes the rendering for
its own environment (CMS_* variables) into the site.
"""

from __future__ import annotations

import yaml

from scripts.content.scaffold import SCAFFOLD_TYPES
from scripts.content.schema import ContentType, Field

CONFIG_PATH = "docs/admin/config.yml"
HEADER = ("# Generated from scripts/content/schema.py by `python -m scripts cms-config`: do not edit.\n"
          "# Tạo tự động từ scripts/content/schema.py bằng `python -m scripts cms-config`: đừng sửa tay.\n")
# Values that are the same in both languages are copied from the Vietnamese page.
_SHARED_KINDS = ("choice", "date", "int", "number", "bool", "path")
_DEFAULT_CMS = {
    "backend": "forgejo",
    "api_root": "https://git.haiphong.gov.vn/api/v1",
    "app_id": "",
    "branch": "main",
    "local_backend_url": "http://127.0.0.1:8081/api/v1",
}


def label(field: Field | ContentType) -> str:
    return f"{field.label_vi} / {field.label_en}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _hint(field: Field) -> str:
    example = field.example_for("vi")
    text = "Danh sách: thêm từng mục một" if field.kind == "list" else _sentence(field.describe_vi())
    if example is not None and field.kind not in ("list", "object", "date"):
        text += f". Ví dụ: {example}"
    return text


def _shared(field: Field) -> bool:
    if field.kind == "object":
        return all(_shared(sub) for sub in field.fields)
    return field.kind in _SHARED_KINDS


def widget(field: Field, top: bool = True) -> dict:
    """One form field. ``top`` fields carry the i18n setting; nested ones follow their parent."""
    spec: dict = {"label": label(field), "name": field.name}
    kind = field.kind
    if kind in ("text", "path"):
        spec["widget"] = "string"
    elif kind == "multiline":
        spec["widget"] = "text"
    elif kind == "date":
        spec.update(widget="datetime", format="YYYY-MM-DD", date_format="DD/MM/YYYY", time_format=False,
                    picker_utc=True)
    elif kind in ("int", "number"):
        spec.update(widget="number", value_type="int" if kind == "int" else "float")
        if field.minimum is not None:
            spec["min"] = field.minimum
    elif kind == "bool":
        spec.update(widget="boolean", default=bool(field.example))
    elif kind == "choice":
        spec.update(widget="select", options=list(field.choices))
    elif kind == "list":
        assert field.item is not None
        spec["widget"] = "list"
        if field.item.kind == "object":
            spec["fields"] = [widget(sub, top=False) for sub in field.item.fields]
            spec["summary"] = "{{fields." + field.item.fields[0].name + "}}"
        else:
            spec["field"] = widget(field.item, top=False)
    elif kind == "object":
        spec.update(widget="object", fields=[widget(sub, top=False) for sub in field.fields])
    else:  # pragma: no cover - "i18n" only occurs in data collections, which the CMS does not edit
        raise AssertionError(kind)
    if not field.required:
        spec["required"] = False
    spec["hint"] = _hint(field)
    if top:
        # Decap takes only true/false on a list: a list is translated as a whole.
        spec["i18n"] = "duplicate" if _shared(field) and kind != "list" else True
    return spec


def collection(content_type: ContentType, folder: str) -> dict:
    fields = [widget(field) for field in content_type.fields]
    fields.append({"label": "Nội dung / Body", "name": "body", "widget": "markdown", "i18n": True})
    return {
        "name": content_type.name,
        "label": label(content_type),
        "label_singular": content_type.label_vi,
        "folder": folder,
        "create": True,
        "extension": "md",
        "format": "frontmatter",
        "identifier_field": "title",
        "slug": "{{slug}}",
        "summary": "{{title}}",
        "i18n": True,
        # Images sit next to the page and are linked relatively, which works under any sub-path.
        "media_folder": "",
        "public_folder": "",
        "fields": fields,
    }


def settings(site_config: dict) -> dict:
    return {**_DEFAULT_CMS, **(site_config.get("extra", {}).get("cms") or {})}


def config(site_config: dict) -> dict:
    cms = settings(site_config)
    mounts = dict(site_config.get("extra", {}).get("mounts", {}))
    source_of = {url: source for source, url in mounts.items()}
    backend = {"name": cms["backend"], "repo": site_config.get("repo_name", ""), "branch": cms["branch"],
               "api_root": cms["api_root"]}
    if cms["app_id"]:
        backend["app_id"] = cms["app_id"]
    return {
        "locale": "vi",
        "backend": backend,
        # Used only when the admin page is opened on this computer (localhost) and `make cms` runs decap-server.
        "local_backend": {"url": cms["local_backend_url"]},
        "site_url": site_config.get("site_url") or "",
        "display_url": site_config.get("site_url") or "",
        "media_folder": "docs/assets/anh",
        "public_folder": "/assets/anh",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "i18n": {"structure": "multiple_files", "locales": ["vi", "en"], "default_locale": "vi"},
        "collections": [
            collection(content_type, f"{source_of.get(content_type.folder, 'docs/' + content_type.folder)}")
            for content_type in SCAFFOLD_TYPES.values()
        ],
    }


def render(site_config: dict) -> str:
    body = yaml.safe_dump(config(site_config), allow_unicode=True, sort_keys=False, width=10_000)
    return HEADER + body
