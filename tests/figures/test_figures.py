"""The figures drawn from data: what they show comes from the data and front matter, they are
accessible images with a text equivalent, and their print colours are CMYK."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.content.schema import CASE
from scripts.content.sources import load_site
from scripts.figures import case_savings, cycle, pictograms, targets
from scripts.figures.svg import OffPaletteColourError, for_print
from scripts.pages.catalogue import catalogue
from scripts.pages.context import RenderContext

ROOT = Path(__file__).resolve().parents[2]
STEP_2 = "so-tay/phuong-phap/buoc-2-phan-tich-cac-cong-doan.md"


@pytest.fixture(scope="module")
def site():
    return load_site(ROOT, {"handbook": "so-tay"})


def test_the_cycle_has_the_handbook_steps_and_tasks(site) -> None:
    steps = cycle.steps_of(RenderContext(site, "vi", "so-tay/phuong-phap/index.md"))
    assert [s.no for s in steps] == [1, 2, 3, 4, 5, 6]
    assert steps[0].name == "Khởi động"
    assert sum(len(s.tasks) for s in steps) == 18
    assert steps[3].tasks[0] == (10, "Xem xét khả thi về kỹ thuật")


def test_renaming_a_step_renames_it_in_the_picture(site, monkeypatch: pytest.MonkeyPatch) -> None:
    page = site.page("so-tay/phuong-phap/buoc-1-khoi-dong.md", "en")
    monkeypatch.setattr(page, "meta", {**page.meta, "title": "Step 1: Getting the team together"})
    html = cycle.assessment_cycle(RenderContext(site, "en", "index.md"), {"tasks": "no"})
    assert "Getting the team together" in html.split("</svg>")[0]  # in the drawing
    assert "Step 1: Getting the team together" in html.split("</svg>")[1]  # and in its text equivalent


def test_a_step_page_highlights_its_step(site) -> None:
    html = cycle.assessment_cycle(RenderContext(site, "vi", STEP_2), {})
    svg = html[html.index("<svg"): html.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="sx-cycle-2-title sx-cycle-2-desc"' in svg
    assert "<title id=\"sx-cycle-2-title\">" in svg and "Trang này là bước 2" in svg
    assert svg.count('fill="#1b5e20" stroke="#1a1a1a"') == 1  # one step filled in
    assert "Bạn đang ở bước 2" in svg and "nhiệm vụ 4–7" in svg
    assert "**Bước 2: Phân tích các công đoạn** (trang này)" in html


def test_every_technique_group_has_its_own_pictogram(site) -> None:
    ids = [r["id"] for r in site.data["technique-groups"]]
    assert sorted(ids) == sorted(pictograms.TECHNIQUES)
    assert len(set(pictograms.TECHNIQUES.values())) == len(ids)
    grid = pictograms.groups_grid(RenderContext(site, "en", "so-tay/giai-phap/index.md"), {})
    assert grid.count('aria-hidden="true"') == 8  # decorative: the name beside it is the text
    assert "[<svg" in grid and "<span>1. Good housekeeping</span>](quan-ly-noi-vi.md)" in grid


def test_the_targets_picture_shows_only_the_data_and_no_result(site) -> None:
    html = targets.targets_chart(RenderContext(site, "vi", "chuong-trinh/index.md"), {})
    shown = re.findall(r">(\d+(?:–\d+)?%)<", html)
    expected = [targets.percent_text(r, "vi") for r in site.data["programme-targets"] if r.get("percent_min") is not None]
    assert shown == expected == ["50%", "25%", "5–8%", "90%", "50%", "8–13%", "90%"]
    assert "chưa được công bố" in html


def test_a_case_without_savings_gets_no_picture(site, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = [p for p in site.pages if p.content_type is CASE and p.language == "vi"
             and "sx-fig--savings" in case_savings.case_savings(RenderContext(site, "vi", p.url_path), {})]
    assert drawn, "no case draws its savings"
    case = drawn[0]
    context = RenderContext(site, "vi", case.url_path)
    monkeypatch.setattr(case, "meta", {**case.meta, "measures": [], "resource_savings": []})
    assert case_savings.case_savings(context, {}) == ""


def test_print_colours_are_cmyk_and_nothing_else(site) -> None:
    html = cycle.assessment_cycle(RenderContext(site, "vi", STEP_2), {})
    printed = for_print(html)
    assert not re.search(r'(fill|stroke)="#', printed)
    assert 'fill="device-cmyk(0.85 0.2 0.95 0.45)"' in printed
    with pytest.raises(OffPaletteColourError):
        for_print('<rect fill="#ff0000"/>')


def test_the_catalogue_technique_filter_shows_each_groups_pictogram(site) -> None:
    html = catalogue(RenderContext(site, "vi", "mo-hinh/index.md"), {})
    choices = html[html.index('<fieldset class="sx-field sx-choices">'):html.index("</fieldset>")]
    assert "<legend>Nhóm kỹ thuật</legend>" in choices
    radios = re.findall(r'<input type="radio" name="technique" value="([^"]*)"', choices)
    assert radios[0] == "" and len(radios) > 2 and set(radios[1:]) <= set(pictograms.TECHNIQUES)
    for group in radios[1:]:  # the picture drawn beside each name is that group's own
        assert pictograms.TECHNIQUES[group] in choices
    assert choices.count("<svg") == len(radios) - 1 and choices.count('aria-hidden="true"') == len(radios) - 1
