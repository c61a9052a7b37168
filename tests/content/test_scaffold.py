"""`make new-<type> TITLE="..."`: both language files, made from the schema, valid at once, never overwriting."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.content.scaffold import SCAFFOLD_TYPES, ScaffoldError, make, write
from scripts.content.sources import load_page
from tests.conftest import build_site

TODAY = dt.date(2026, 11, 28)
TITLE = "Đánh giá: SXSH “mất” bao lâu ở Đồ Sơn?"


@pytest.mark.parametrize("type_name", sorted(SCAFFOLD_TYPES))
def test_scaffold_is_valid_in_schema_order(type_name: str) -> None:
    content_type = SCAFFOLD_TYPES[type_name]
    scaffold = make(type_name, TITLE, today=TODAY)
    folder = content_type.folder
    assert list(scaffold.files) == [f"docs/{folder}/danh-gia-sxsh-mat-bao-lau-o-do-son.vi.md",
                                    f"docs/{folder}/danh-gia-sxsh-mat-bao-lau-o-do-son.en.md"]
    required = [field.name for field in content_type.fields if field.required]
    for path, text in scaffold.files.items():
        page, problems = load_page(path, path.removeprefix("docs/"), text)
        assert problems == []
        assert page is not None and page.meta["title"] == TITLE
        keys = list(yaml.safe_load(text.split("---")[1]))
        assert keys == required  # every required field, nothing else, in the schema's order
    english = scaffold.files[f"docs/{folder}/danh-gia-sxsh-mat-bao-lau-o-do-son.en.md"]
    assert "- id: qd-1759-2013" in english and "Translate the Vietnamese page" in english


def test_english_title_and_decomposed_input() -> None:
    decomposed = "Tie\u0302\u0301t kie\u0323\u0302m ddie\u0323\u0302n\u200b"
    scaffold = make("news", decomposed, title_en="Saving power", today=TODAY)
    vietnamese, english = scaffold.files.values()
    assert "title: Tiết kiệm ddiện\n" in vietnamese
    assert "title: Saving power\n" in english


def test_no_title_is_refused() -> None:
    with pytest.raises(ScaffoldError, match="chưa có tiêu đề"):
        make("qa", "  ")


def test_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    scaffold = make("qa", TITLE, today=TODAY)
    english = tmp_path / list(scaffold.files)[1]
    english.parent.mkdir(parents=True)
    english.write_text("bản dịch đã có", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="không ghi đè") as error:
        write(tmp_path, scaffold)
    assert "danh-gia-sxsh-mat-bao-lau-o-do-son.en.md" in str(error.value)
    assert english.read_text(encoding="utf-8") == "bản dịch đã có"
    assert not (tmp_path / next(iter(scaffold.files))).exists()  # all or nothing


def test_every_scaffold_builds_at_once(project: Path, tmp_path: Path) -> None:
    """Through the real command line, in a copy of the project, then the real strict build."""
    for type_name in sorted(SCAFFOLD_TYPES):
        result = subprocess.run([sys.executable, "-m", "scripts", "new", type_name, "--title", f"Bài mới loại {type_name}"],
                                cwd=project, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    again = subprocess.run([sys.executable, "-m", "scripts", "new", "qa", "--title", "Bài mới loại qa"],
                           cwd=project, capture_output=True, text=True)
    assert again.returncode == 1 and "không ghi đè" in again.stderr
    result = build_site(tmp_path / "out", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    for type_name, content_type in SCAFFOLD_TYPES.items():
        slug = f"bai-moi-loai-{type_name}"
        for prefix in ("", "en/"):
            page = tmp_path / "out" / prefix / content_type.folder / slug / "index.html"
            assert f"Bài mới loại {type_name}" in page.read_text(encoding="utf-8")
        # Listed in its section at once: no navigation file was edited.
        section = (tmp_path / "out" / content_type.folder / "index.html").read_text(encoding="utf-8")
        assert f'href="{slug}/"' in section
