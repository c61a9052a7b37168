"""The handbook as its readers and the print team need it: every chapter in both languages,
with sources, no unfinished text, and no MOIT norm typed by hand (norms come from data/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
HANDBOOK = ROOT / "handbook"
CHAPTERS = sorted(HANDBOOK.rglob("*.vi.md"))
UNFINISHED = re.compile(r"\b(TODO|TBD|FIXME|lorem ipsum|placeholder|coming soon|đang cập nhật|sẽ bổ sung)\b", re.IGNORECASE)
NORM_UNITS = r"(?:MJ\s*/\s*(?:hl|t|tấn)|kWh\s*/\s*(?:t|tấn)|kWh per tonne|MJ per (?:hl|tonne))"


def english_of(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".vi.md") + ".en.md")


def norm_values() -> set[float]:
    records = yaml.safe_load((ROOT / "data" / "energy-norms.yml").read_text(encoding="utf-8"))
    return {float(r["value"]) for r in records}


def numbers_before_units(text: str) -> list[float]:
    found = []
    for match in re.finditer(rf"(\d[\d.,]*)\s*{NORM_UNITS}", text):
        digits = match.group(1).rstrip(".,")
        plain = re.sub(r"[.,](?=\d{3}\b)", "", digits).replace(",", ".")
        try:
            found.append(float(plain))
        except ValueError:
            continue
    return found


def test_there_are_chapters() -> None:
    assert len(CHAPTERS) >= 1


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.relative_to(HANDBOOK).as_posix())
def test_chapter_in_both_languages_with_sources_and_finished(chapter: Path) -> None:
    english = english_of(chapter)
    assert english.exists(), f"{chapter.relative_to(ROOT)} has no English version {english.name}"
    for path in (chapter, english):
        text = path.read_text(encoding="utf-8")
        front = text.split("---", 2)[1]
        # The build makes the page show them (<!-- render sources -->); tests/site checks the links.
        assert yaml.safe_load(front).get("sources"), f"{path.relative_to(ROOT)}: no sources in front matter"
        assert not UNFINISHED.search(text), f"{path.relative_to(ROOT)}: unfinished text {UNFINISHED.search(text)[0]!r}"


def test_english_chapters_all_have_a_vietnamese_source() -> None:
    for english in HANDBOOK.rglob("*.en.md"):
        assert english.with_name(english.name.replace(".en.md", ".vi.md")).exists(), english


def test_no_norm_value_is_typed_by_hand() -> None:
    values = norm_values()
    for path in HANDBOOK.rglob("*.md"):
        typed = [v for v in numbers_before_units(path.read_text(encoding="utf-8")) if v in values]
        assert typed == [], f"{path.relative_to(ROOT)} types MOIT norm values {typed}: use <!-- render norms sector=... -->"


def test_the_hand_typed_norm_detector_can_fail() -> None:
    assert numbers_before_units("định mức 2.350 MJ/t và 1,050 kWh/tấn, 306 MJ/hl") == [2350.0, 1050.0, 306.0]
