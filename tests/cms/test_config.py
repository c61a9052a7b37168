"""The CMS forms are generated from the schemas: the committed copy never drifts, and every field is there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from scripts.cms.config import CONFIG_PATH
from scripts.content import schema
from scripts.content.scaffold import SCAFFOLD_TYPES
from scripts.content.schema import DATA_COLLECTIONS
from tests.conftest import ROOT


def cms_config(project: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts", "cms-config", *arguments], cwd=project,
                          capture_output=True, text=True)


def test_committed_config_matches_the_schemas() -> None:
    result = cms_config(ROOT, "--check")
    assert result.returncode == 0, result.stderr


def test_drift_is_caught_and_regenerating_fixes_it(project: Path) -> None:
    schema = project / "scripts/content/schema.py"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"Tóm tắt", "Summary",', '"Tóm lược", "Summary",'),
                      encoding="utf-8")
    result = cms_config(project, "--check")
    assert result.returncode == 1
    assert "docs/admin/config.yml không khớp với scripts/content/schema.py" in result.stderr
    assert cms_config(project).returncode == 0
    assert cms_config(project, "--check").returncode == 0
    assert "Tóm lược / Summary" in (project / CONFIG_PATH).read_text(encoding="utf-8")


def test_bilingual_folder_collections_with_every_field_in_schema_order() -> None:
    config = yaml.safe_load((ROOT / CONFIG_PATH).read_text(encoding="utf-8"))
    assert config["i18n"] == {"structure": "multiple_files", "locales": ["vi", "en"], "default_locale": "vi"}
    assert config["slug"]["encoding"] == "ascii" and config["slug"]["clean_accents"] is True
    assert config["locale"] == "vi"
    assert config["backend"]["name"] == "forgejo"
    assert config["publish_mode"] == "editorial_workflow"  # a branch and a pull request, reviewed before main
    collections = {collection["name"]: collection for collection in config["collections"]}
    assert set(SCAFFOLD_TYPES) <= set(collections)
    for name, content_type in SCAFFOLD_TYPES.items():
        collection = collections[name]
        assert collection["folder"] == f"docs/{content_type.folder}"
        names = [field["name"] for field in collection["fields"]]
        assert names == [field.name for field in content_type.fields] + ["body"]
        for field, spec in zip(content_type.fields, collection["fields"], strict=False):
            assert spec.get("required", True) == field.required
            assert spec["label"] == f"{field.label_vi} / {field.label_en}"


def test_data_files_have_their_schema_fields_and_no_language_split() -> None:
    config = yaml.safe_load((ROOT / CONFIG_PATH).read_text(encoding="utf-8"))
    data = next(collection for collection in config["collections"] if collection["name"] == "data")
    assert data["format"] == "sxsh-yaml" and "i18n" not in data
    files = {spec["file"]: spec for spec in data["files"]}
    singles = {"handbook/.book.yml"} | ({"data/contact.yml"} if hasattr(schema, "CONTACT") else set())
    assert set(files) == {f"data/{content_type.folder}" for content_type in DATA_COLLECTIONS} | singles
    for content_type in DATA_COLLECTIONS:
        records = files[f"data/{content_type.folder}"]["fields"][0]
        assert records["name"] == "records" and records["widget"] == "list"
        assert [field["name"] for field in records["fields"]] == [field.name for field in content_type.fields]
        for field, spec in zip(content_type.fields, records["fields"], strict=True):
            if field.kind == "i18n":  # both languages of a record, one under the other
                assert [sub["name"] for sub in spec["fields"]] == ["vi", "en"]
