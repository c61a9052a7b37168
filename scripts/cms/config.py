"""Decap CMS configuration, generated from ``scripts/content/schema.py``.

The CMS forms are one more view of the content model, like the scaffolds and
the editor's field reference: never written by hand. ``docs/admin/config.yml``
is the rendering for the settings in mkdocs.yml (checked by
``python -m scripts cms-config --check``); the build writes the rendering for
its own environment (CMS_* variables) into the site.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from scripts.content import schema
from scripts.content.scaffold import SCAFFOLD_TYPES
from scripts.content.schema import BOOK, DATA_COLLECTIONS, HANDBOOK_CHAPTER, PAGE, ContentType, Field, page_type_for

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
    # Decap's Forgejo backend saves each change on a branch `cms/<collection>/<slug>` and opens a pull
    # request (its Gitea backend cannot); main changes only when a reviewer merges it. decap-server on
    # a laptop (`make cms`) offers only "simple", and Decap then saves straight into the folder.
    "publish_mode": "editorial_workflow",
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
    return field.kind in _SHARED_KINDS


def widget(field: Field, top: bool = True) -> dict:
    """One form field. ``top`` fields carry the i18n setting (pages only); nested ones follow their parent."""
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
    elif kind == "i18n":
        # A data record holds both languages; the form shows them one under the other.
        spec.update(widget="object", collapsed=False, fields=[
            {"label": "Tiếng Việt", "name": "vi", "widget": "text", **({} if field.required else {"required": False})},
            {"label": "English", "name": "en", "widget": "text", **({} if field.required else {"required": False})},
        ])
    else:  # pragma: no cover - every kind of the schema is handled above
        raise AssertionError(kind)
    if not field.required:
        spec["required"] = False
    spec["hint"] = _hint(field)
    if top:
        # Decap takes only true/false on a list or an object: each is translated as a whole.
        spec["i18n"] = "duplicate" if _shared(field) and kind not in ("list", "object") else True
    return spec


def page_fields(content_type: ContentType) -> list[dict]:
    fields = [widget(field) for field in content_type.fields]
    fields.append({"label": "Nội dung / Body", "name": "body", "widget": "markdown", "i18n": True})
    return fields


def collection(content_type: ContentType, folder: str, name: str = "", title: str = "", create: bool = True) -> dict:
    """A folder of pages of one type: Decap lists ``slug.vi.md`` and opens its ``slug.en.md`` beside it."""
    return {
        "name": name or content_type.name,
        "label": title or label(content_type),
        "label_singular": content_type.label_vi,
        "folder": folder,
        "create": create,
        "extension": "md",
        "format": PAGE_FORMAT,
        "identifier_field": "title",
        "slug": "{{slug}}",
        "summary": "{{title}}",
        "i18n": True,
        # Images sit next to the page and are linked relatively, which works under any sub-path.
        "media_folder": "",
        "public_folder": "",
        "fields": page_fields(content_type),
    }


#: Not content for readers' pages, so not in the form: the guide is edited with git by whoever maintains it.
NOT_IN_FORM = ("admin", "huong-dan-bien-tap")
#: The custom YAML format (docs/admin/sxsh-admin.js): a data file is a list of records at its top, which
#: Decap's own YAML format cannot hold, and the file's comments are kept.
DATA_FORMAT = "sxsh-yaml"
#: Pages are written by our front-matter format (sxsh-yaml.js), so the form's checks know the line of a
#: field in the file it writes, and long lines are not folded.
PAGE_FORMAT = "sxsh-frontmatter"
RECORDS = "records"


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8-sig")
    if not text.startswith("---"):
        return {}
    try:
        return yaml.safe_load(text.split("---", 2)[1]) or {}
    except yaml.YAMLError:
        return {}


def _page_names(folder: Path) -> list[str]:
    """``x`` for every ``x.vi.md`` or ``x.en.md`` directly in ``folder``."""
    names = {path.name.rsplit(".", 2)[0] for path in folder.glob("*.md") if path.name.count(".") == 2}
    return sorted(names)


def _title(path_without_language: Path) -> str:
    for language in ("vi", "en"):
        candidate = path_without_language.with_name(f"{path_without_language.name}.{language}.md")
        if candidate.exists():
            meta = _front_matter(candidate)
            return str(meta.get("nav_title") or meta.get("title") or path_without_language.name)
    return path_without_language.name


#: A field every page of a typed section has and its opening page (index) has not: the opening page
#: is kept out of the section's list and in the list of section pages (Decap's filter: field equal to
#: value; no value is "no such field").
TYPED_MARK = {"qa": "topic", "case": "sector", "leaflet": "format", "news": "summary", "event": "start"}


def plain_pages(root: Path, docs: str = "docs") -> list[dict]:
    """Every page of docs/ that is not of a typed section (the home, section openings, the data and
    contact pages): one folder collection per folder, since Decap opens both language files of a page
    only in a folder collection (its file collections know one file per entry)."""
    collections = []
    typed_folders = {content_type.folder: name for name, content_type in SCAFFOLD_TYPES.items()}
    for folder in sorted({path.parent for path in (root / docs).rglob("*.md")}):
        inner = folder.relative_to(root / docs)
        if inner.parts and inner.parts[0] in NOT_IN_FORM:
            continue
        names = [name for name in _page_names(folder)
                 if page_type_for((inner / f"{name}.md").as_posix()) is PAGE]
        if not names:
            continue
        where = inner.as_posix() if inner.parts else ""
        title = _title(folder / "index") if "index" in names else where
        spec = collection(PAGE, folder.relative_to(root).as_posix(), name="pages-" + (where.replace("/", "-") or "home"),
                          title=f"Trang: {title}" + (f" ({where}/)" if where else ""), create=False)
        if where in typed_folders:
            spec["filter"] = {"field": TYPED_MARK[typed_folders[where]]}
        collections.append(spec)
    return collections


def handbook_parts(root: Path, handbook: str) -> list[dict]:
    """The handbook's opening page, then one collection per part folder, in the order of their ``part``.

    One collection per folder rather than Decap's nested collection: nested collections are a beta
    feature whose new entries must be ``folder/index.md`` bundles, while our chapters are
    ``part/chapter.vi.md``; a collection per part also puts a new chapter in the right folder with
    its part number already filled in."""
    base = root / handbook
    parts = []
    for folder in sorted(path for path in base.iterdir() if path.is_dir() and not path.name.startswith(".")):
        meta = _front_matter(folder / "index.vi.md") if (folder / "index.vi.md").exists() else {}
        parts.append((int(meta.get("part", 99)), folder.name, str(meta.get("title") or folder.name)))
    opening = collection(HANDBOOK_CHAPTER, handbook, name="handbook",
                         title="Sổ tay: trang đầu / Handbook: opening page", create=False)
    collections = [opening]
    for number, folder_name, title in sorted(parts):
        part = collection(HANDBOOK_CHAPTER, f"{handbook}/{folder_name}", name=f"handbook-{folder_name}",
                          title=f"Sổ tay, phần {number}: {title}")
        for field in part["fields"]:
            if field["name"] == "part":
                field["default"] = number
        collections.append(part)
    return collections


def record_widget(content_type: ContentType) -> dict:
    first = content_type.fields[0].name
    return {"label": "Các mục / Records", "name": RECORDS, "widget": "list", "collapsed": True,
            "summary": "{{fields." + first + "}}",
            "fields": [widget(field, top=False) for field in content_type.fields]}


def data_files(handbook: str) -> dict:
    """Every data/*.yml collection and the handbook's print details: one file collection, fields from the
    schema. A record carries both languages itself (``vi:``/``en:``), so these files have no i18n."""
    files = [{"label": label(content_type), "name": content_type.name, "file": f"data/{content_type.folder}",
              "fields": [record_widget(content_type)]}
             for content_type in DATA_COLLECTIONS]
    # One group of fields, not a list: the handbook's print details and (once it exists) the Department's
    # contact details, data/contact.yml.
    singles = [(BOOK, f"{handbook}/{BOOK.folder}")]
    contact = getattr(schema, "CONTACT", None)
    if contact is not None:
        singles.append((contact, f"data/{contact.folder}"))
    files += [{"label": label(single), "name": single.name, "file": path,
               "fields": [widget(field, top=False) for field in single.fields]} for single, path in singles]
    return {"name": "data", "label": "Số liệu / Data", "label_singular": "Tệp số liệu", "extension": "yml",
            "format": DATA_FORMAT, "files": files}


def settings(site_config: dict) -> dict:
    return {**_DEFAULT_CMS, **(site_config.get("extra", {}).get("cms") or {})}


def config(site_config: dict, root: Path) -> dict:
    cms = settings(site_config)
    mounts = dict(site_config.get("extra", {}).get("mounts", {}))
    source_of = {url: source for source, url in mounts.items()}
    handbook = source_of.get(HANDBOOK_CHAPTER.folder, "handbook")
    backend = {"name": cms["backend"], "repo": site_config.get("repo_name", ""), "branch": cms["branch"],
               "api_root": cms["api_root"]}
    if cms["app_id"]:
        backend["app_id"] = cms["app_id"]
    return {
        "locale": "vi",
        "backend": backend,
        "publish_mode": cms["publish_mode"],
        # Used only when the admin page is opened on this computer (localhost) and `make cms` runs decap-server.
        "local_backend": {"url": cms["local_backend_url"]},
        "site_url": site_config.get("site_url") or "",
        "display_url": site_config.get("site_url") or "",
        "media_folder": "docs/assets/anh",
        "public_folder": "/assets/anh",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "i18n": {"structure": "multiple_files", "locales": ["vi", "en"], "default_locale": "vi"},
        "collections": [
            *(collection(content_type, f"{source_of.get(content_type.folder, 'docs/' + content_type.folder)}")
              for content_type in SCAFFOLD_TYPES.values()),
            *handbook_parts(root, handbook),
            *plain_pages(root),
            data_files(handbook),
        ],
    }


def render(site_config: dict, root: Path) -> str:
    body = yaml.safe_dump(config(site_config, root), allow_unicode=True, sort_keys=False, width=10_000)
    return HEADER + body
