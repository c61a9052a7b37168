"""The figures drawn from data, where readers meet them in the built site (both languages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.content.schema import CASE
from scripts.content.sources import load_site

ROOT = Path(__file__).resolve().parents[2]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def article(html: str) -> str:
    return html[html.index("<article"): html.index("</article>")]


@pytest.mark.parametrize(("home", "handbook_link"), [("index.html", 'href="so-tay/phuong-phap/"'),
                                                     ("en/index.html", 'href="so-tay/phuong-phap/"')])
def test_the_home_page_opens_with_the_cycle_linked_to_the_handbook(built_site: Path, home: str, handbook_link: str) -> None:
    text = article(read(built_site, home))
    first_heading, first_figure = text.index("<h1"), text.index('<div class="sx-cycle">')
    first_paragraph = text.index("<p>", first_heading)
    assert first_heading < first_figure < first_paragraph  # the picture comes first, under the title
    cycle = text[first_figure: text.index("</div>\n", text.index("</ol>", first_figure))]
    assert 'role="img"' in cycle and "<title id=\"sx-cycle-title\">" in cycle and handbook_link in cycle
    assert len(re.findall(r'<li><a href="so-tay/phuong-phap/buoc-\d-[^"]+/"', cycle)) == 6


@pytest.mark.parametrize("language", ["", "en/"])
@pytest.mark.parametrize("step", range(1, 7))
def test_each_step_page_highlights_its_step(built_site: Path, language: str, step: int) -> None:
    folder = next((built_site / language / "so-tay" / "phuong-phap").glob(f"buoc-{step}-*"))
    text = article((folder / "index.html").read_text(encoding="utf-8"))
    assert f'aria-labelledby="sx-cycle-{step}-title sx-cycle-{step}-desc"' in text
    drawing = text[text.index("<svg class=\"sx-fig-drawing sx-cycle-drawing\""):]
    drawing = drawing[: drawing.index("</svg>")]
    assert drawing.count('stroke-width="5"') == 1  # exactly one step drawn as the current one
    here = "Bạn đang ở bước" if not language else "You are at step"
    assert f"{here} {step}<" in drawing
    assert re.search(rf"<li><strong>(Bước|Step) {step}:", text)


@pytest.mark.parametrize("path", ["so-tay/giai-phap/index.html", "en/so-tay/giai-phap/index.html"])
def test_the_techniques_page_shows_eight_pictograms_with_their_names(built_site: Path, path: str) -> None:
    text = article(read(built_site, path))
    grid = text[text.index('<div class="sx-groups">'):]
    grid = grid[: grid.index("</ul>")]
    links = re.findall(r'<a href="([a-z-]+/)"[^>]*><svg class="sx-picto"[^>]*aria-hidden="true"[^>]*>.*?</svg><span>(\d)\. ', grid)
    assert [number for _, number in links] == [str(n) for n in range(1, 9)]


def test_the_programme_page_draws_the_targets_and_no_result(built_site: Path) -> None:
    text = article(read(built_site, "chuong-trinh/index.html"))
    figure = text[text.index('<figure class="sx-fig sx-fig--targets">'): text.index("</figure>")]
    assert re.findall(r">(\d+(?:–\d+)?%)<", figure) == ["50%", "25%", "5–8%", "90%", "50%", "8–13%", "90%"]
    assert "chưa được công bố" in figure
    assert text.index("sx-fig--targets") < text.index("<table", text.index("sx-fig--targets"))  # the table follows


def test_a_case_shows_its_savings_exactly_when_its_front_matter_holds_them(built_site: Path) -> None:
    site = load_site(ROOT, {"handbook": "so-tay"})
    cases = [page for page in site.pages if page.content_type is CASE and page.language == "vi"]
    assert cases
    for case in cases:
        done = [m for m in case.meta.get("measures", []) if m.get("status") == "da-thuc-hien"
                and m.get("savings_vnd_per_year", 0) > 0]
        holds = bool(done or case.meta.get("resource_savings"))
        text = article(read(built_site, case.url_path.removesuffix(".md") + "/index.html"))
        assert ("sx-fig--savings" in text) == holds, case.source
        if done:
            figure = text[text.index("sx-fig--savings"):]
            figure = figure[: figure.index("</figure>")]
            assert 'role="img"' in figure and "<caption>" in figure
