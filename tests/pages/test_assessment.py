"""The self-assessment's rule and its levels, from data/: the scoring mirror, the levels table the
handbook shows, and the checks that stop a broken levels file."""

from __future__ import annotations

import json
import math
import re
from html import unescape
from pathlib import Path

import pytest
import yaml

from scripts.content.sources import Site, load_site
from scripts.pages.assessment import form, hand_scoring, levels_of, levels_table, maximum_of, score
from scripts.pages.context import RenderContext
from scripts.site_model import load as site_model
from tests.conftest import ROOT

SITE = load_site(ROOT, site_model().mounts)
CRITERIA = SITE.data["assessment-criteria"]
LEVELS = levels_of(SITE)
RAW_LEVELS = yaml.safe_load((ROOT / "data" / "assessment-levels.yml").read_text(encoding="utf-8"))


def context(language: str, url_path: str = "tu-danh-gia/index.md", site: Site = SITE) -> RenderContext:
    return RenderContext(site, language, url_path)


def test_levels_are_the_data_file_in_order() -> None:
    assert [lv["min_percent"] for lv in LEVELS] == sorted(r["min_percent"] for r in RAW_LEVELS)
    assert LEVELS[0]["min_percent"] == 0


@pytest.mark.parametrize("level", RAW_LEVELS[1:], ids=lambda r: f"level-{r['level']}")
def test_each_threshold_is_reached_exactly(level: dict) -> None:
    maximum = sum(maximum_of(c) for c in CRITERIA)
    least = math.ceil(level["min_percent"] * maximum / 100)
    below = {c["id"]: 0 for c in CRITERIA}
    remaining = least
    for criterion in CRITERIA:
        below[criterion["id"]] = min(maximum_of(criterion), remaining)
        remaining -= below[criterion["id"]]
    assert score(below, CRITERIA, LEVELS).level["level"] == level["level"]
    first_scored = next(c["id"] for c in CRITERIA if below[c["id"]])
    below[first_scored] -= 1
    assert score(below, CRITERIA, LEVELS).level["level"] == level["level"] - 1


def test_exact_quarter_is_the_next_level() -> None:
    """25% exactly is level 2, not level 1: the comparison is in whole numbers, never rounded floats."""
    criteria = [{"id": f"c{i}", "levels": [{"points": 0}, {"points": 3}], "read_next": "x.md"} for i in range(4)]
    answers = {"c0": 3, "c1": 0, "c2": 0, "c3": 0}  # 3 of 12 points
    result = score(answers, criteria, LEVELS)
    assert (result.total, result.maximum, result.percent_tenths) == (3, 12, 250)
    assert result.level["level"] == 2


def test_pages_to_read_next_are_those_of_the_lowest_answers_once_each() -> None:
    answers = {c["id"]: 3 for c in CRITERIA}
    low = [c for c in CRITERIA if c["read_next"] == CRITERIA[0]["read_next"]]
    for criterion in low:
        answers[criterion["id"]] = 1
    answers[CRITERIA[-1]["id"]] = 2  # not the lowest: not listed
    result = score(answers, CRITERIA, LEVELS)
    assert result.weakest == tuple(c["id"] for c in low)
    assert result.read_next == (CRITERIA[0]["read_next"],)
    assert score({c["id"]: 3 for c in CRITERIA}, CRITERIA, LEVELS).read_next == ()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_levels_table_states_each_range_from_the_data(language: str) -> None:
    text = levels_table(context(language), {})
    starts = [r["min_percent"] for r in RAW_LEVELS]
    if language == "vi":
        assert f"| Dưới {starts[1]}% |" in text
        assert f"| Từ {starts[1]}% đến dưới {starts[2]}% |" in text
        assert f"| Từ {starts[-1]}% trở lên |" in text
    else:
        assert f"| Under {starts[1]}% |" in text
        assert f"| {starts[-1]}% or more |" in text
    for record in RAW_LEVELS:
        assert record["advice"][language].split()[0] in text


def test_hand_scoring_counts_the_questions_from_the_data() -> None:
    text = hand_scoring(context("vi"), {})
    assert f"Bảng có {len(CRITERIA)} câu hỏi" in text
    assert f"Chia tổng cho {sum(maximum_of(c) for c in CRITERIA)}" in text


def test_form_is_radio_groups_with_points_and_links() -> None:
    html = form(context("en"), {})
    assert html.count('<fieldset class="sx-question"') == len(CRITERIA)
    assert html.count('type="radio"') == sum(len(c["levels"]) for c in CRITERIA)
    assert html.count("<legend>") == len(CRITERIA)
    assert 'href="../so-tay/phuong-phap/buoc-1-khoi-dong/"' in html
    # The data is an attribute of an empty element (no script element Material could rewrite).
    assert "<script" not in html and html.count('<div hidden id="sx-assessment-data" data-json="') == 1
    data = html.split('data-json="', 1)[1].split('"', 1)[0]
    assert "<" not in data and ">" not in data and json.loads(unescape(data))["criteria"]


def test_handbook_criteria_page_renders_the_levels_instead_of_typing_them() -> None:
    for name in ("index.vi.md", "index.en.md"):
        text = (ROOT / "handbook" / "tieu-chi" / name).read_text(encoding="utf-8")
        assert "<!-- render assessment-levels -->" in text
        assert not re.search(r"^\|\s*(Mức|Level) 1", text, re.MULTILINE), f"{name} types the levels table by hand"


@pytest.mark.parametrize("broken", [
    [{"level": 1, "min_percent": 10}],  # does not start at 0
    [{"level": 1, "min_percent": 0}, {"level": 2, "min_percent": 0}],  # does not rise
    [{"level": 1, "min_percent": 0}, {"level": 3, "min_percent": 50}],  # numbers skip
    [{"level": 1, "min_percent": 0}, {"level": 2, "min_percent": 100}],  # a level that starts at 100%
    [],
])
def test_broken_levels_are_refused(broken: list[dict]) -> None:
    site = Site(Path("."), data={"assessment-levels": broken})
    with pytest.raises(ValueError):
        levels_of(site)
