"""Open data as a reuser gets it from the built site: each JSON file validates against its JSON Schema
(generated from scripts/content/schema.py), each CSV opens with Vietnamese intact, the counts equal
the sources, the files live once under du-lieu/mo/ and both data pages link them with true sizes."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest
import yaml

from scripts.content.json_schema import file_schema
from scripts.content.sources import load_site
from scripts.pages import open_data
from scripts.pages.markdown import format_size
from scripts.site_model import load as site_model
from tests.conftest import ROOT

FOLDER = "du-lieu/mo"
EXPORTS = {export.name: export for export in open_data.EXPORTS}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---", 2)[1])


def vietnamese_pages(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / "docs" / folder).glob("*.vi.md") if p.name != "index.vi.md")


def slug(path: Path) -> str:
    return path.name.split(".")[0]


def data_file(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))


def read_json(site: Path, name: str) -> dict:
    return json.loads((site / FOLDER / name).read_text(encoding="utf-8"))


def read_csv(site: Path, name: str) -> list[dict[str, str]]:
    raw = (site / FOLDER / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 byte-order mark: Excel would garble Vietnamese"
    text = raw.decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text), name
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_json_validates_against_its_schema(built_site: Path, name: str) -> None:
    document = read_json(built_site, f"{name}.json")
    schema = read_json(built_site, f"{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(document)] == []
    assert document["$schema"] == f"{name}.schema.json"


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_schema_is_generated_from_the_content_model(built_site: Path, name: str) -> None:
    export = EXPORTS[name]
    title = {"vi": export.content_type.label_vi, "en": export.content_type.label_en}
    assert read_json(built_site, f"{name}.schema.json") == file_schema(export.content_type, export.fields, export.from_pages, title)


def test_the_validator_catches_a_wrong_record(built_site: Path) -> None:
    document = read_json(built_site, "mo-hinh.json")
    document["records"][0]["illustrative"] = "có lẽ"
    del document["records"][1]["sector"]
    validator = jsonschema.Draft202012Validator(read_json(built_site, "mo-hinh.schema.json"))
    assert len(list(validator.iter_errors(document))) == 2


def test_case_studies_counts_measures_and_illustrative_label(built_site: Path) -> None:
    pages = vietnamese_pages("mo-hinh")
    metas = [front_matter(p) for p in pages]
    records = read_json(built_site, "mo-hinh.json")["records"]
    assert len(records) == len(pages) > 0
    rows = read_csv(built_site, "mo-hinh.csv")
    assert len(rows) == len(pages)
    assert [row["id"] for row in rows] == [slug(p) for p in pages]
    assert [row["illustrative"] for row in rows] == ["true" if m["illustrative"] else "false" for m in metas]
    assert [row["title_vi"] for row in rows] == [m["title"] for m in metas]
    assert [int(row["measures_count"]) for row in rows] == [len(m["measures"]) for m in metas]
    measures = read_csv(built_site, "mo-hinh-giai-phap.csv")
    assert len(measures) == sum(len(m["measures"]) for m in metas)
    assert "illustrative" in measures[0] and measures[0]["illustrative"] in ("true", "false")
    first = metas[0]["measures"][0]
    assert measures[0]["measure_name_vi"] == first["name"]
    # a figure the source does not publish is an empty cell, never a 0
    if "investment_vnd" in first:
        assert float(measures[0]["measure_investment_vnd"]) == first["investment_vnd"]
    else:
        assert measures[0]["measure_investment_vnd"] == ""
    by_case = {m["id"]: m["illustrative"] for m in measures}
    assert by_case == {row["id"]: row["illustrative"] for row in rows if int(row["measures_count"])}
    english = front_matter(pages[0].with_name(slug(pages[0]) + ".en.md"))
    assert records[0]["title"] == {"vi": metas[0]["title"], "en": english["title"]}
    assert records[0]["measures"][0]["name"]["en"] == english["measures"][0]["name"]


def test_qa_index_has_the_fields_a_reader_needs(built_site: Path) -> None:
    pages = vietnamese_pages("hoi-dap")
    rows = read_csv(built_site, "hoi-dap.csv")
    assert len(rows) == len(pages) > 0
    assert list(rows[0]) == ["id", "url_vi", "url_en", "title_vi", "title_en", "topic",
                             "short_answer_vi", "short_answer_en", "date"]
    meta = front_matter(pages[0])
    assert rows[0]["title_vi"] == meta["title"] and rows[0]["short_answer_vi"] == meta["short_answer"]
    assert rows[0]["url_vi"].endswith(f"/hoi-dap/{slug(pages[0])}/")
    assert rows[0]["url_en"].endswith(f"/en/hoi-dap/{slug(pages[0])}/")
    assert rows[0]["date"] == str(meta["date"])


@pytest.mark.parametrize(("name", "source", "items", "item_file"), [
    ("dinh-muc-nang-luong", "energy-norms.yml", None, None),
    ("muc-tieu-chuong-trinh", "programme-targets.yml", None, None),
    ("phan-cong-thuc-hien", "programme-tasks.yml", "tasks", "phan-cong-thuc-hien-nhiem-vu.csv"),
    ("tieu-chi-danh-gia", "assessment-criteria.yml", "levels", "tieu-chi-danh-gia-muc.csv"),
    ("muc-tu-danh-gia", "assessment-levels.yml", None, None),
    ("nganh", "sectors.yml", None, None),
    ("nhom-giai-phap", "technique-groups.yml", None, None),
    ("van-ban-phap-luat", "legal-documents.yml", None, None),
])
def test_data_collections_count_as_in_data(built_site: Path, name: str, source: str, items: str | None, item_file: str | None) -> None:
    records = data_file(source)
    assert len(read_json(built_site, f"{name}.json")["records"]) == len(records)
    assert len(read_csv(built_site, f"{name}.csv")) == len(records)
    if items:
        assert len(read_csv(built_site, item_file)) == sum(len(r[items]) for r in records)


def test_csv_keeps_vietnamese_text_exactly(built_site: Path) -> None:
    rows = read_csv(built_site, "dinh-muc-nang-luong.csv")
    records = data_file("energy-norms.yml")
    assert [(row["product_vi"], row["capacity_vi"], row["unit"], float(row["value"])) for row in rows] == [
        (r["product"]["vi"], r["capacity"]["vi"], r["unit"], float(r["value"])) for r in records]
    assert any(row["product_vi"] == "Thép dài cán nóng" for row in rows)


def test_files_are_written_once_at_the_root(built_site: Path) -> None:
    names = {p.name for p in (built_site / FOLDER).iterdir()}
    expected = {n for built in open_data.build_all(load_site(ROOT, site_model().mounts), "") for n in built.files}
    assert names == expected
    assert not (built_site / "en" / FOLDER).exists()


@pytest.mark.parametrize("page", ["du-lieu/du-lieu-mo/index.html", "en/du-lieu/du-lieu-mo/index.html"])
def test_data_page_links_every_file_with_its_true_size(built_site: Path, page: str) -> None:
    html = (built_site / page).read_text(encoding="utf-8")
    language = "en" if page.startswith("en/") else "vi"
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a> \(([^)]+)\)', html)
    files = {p.name for p in (built_site / FOLDER).iterdir()}
    assert {text for _, text, _ in links} >= files
    for href, name, size in links:
        if name not in files:
            continue
        target = (built_site / page).parent / href
        assert target.resolve() == (built_site / FOLDER / name).resolve(), href
        assert size == format_size(target.stat().st_size, language)
    licence = "CC BY 4.0"
    assert licence in html
    assert "illustrative" in html


def test_licence_is_the_sites(built_site: Path) -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    copyright_text = config[config.index("copyright:"):config.index("repo_url:")]
    assert open_data.LICENCE in copyright_text
    assert read_json(built_site, "mo-hinh.json")["licence"] == open_data.LICENCE


def test_output_is_deterministic(tmp_path: Path) -> None:
    first = open_data.build_all(load_site(ROOT, site_model().mounts), "https://example.gov.vn/sxsh/")
    second = [open_data.build(e, load_site(ROOT, site_model().mounts), "https://example.gov.vn/sxsh/") for e in open_data.EXPORTS]
    assert [b.files for b in first] == [b.files for b in second]
    assert open_data.write(tmp_path, first) == sum(len(b.files) for b in first)
    assert open_data.write(tmp_path, second) == 0  # nothing changed: nothing rewritten
