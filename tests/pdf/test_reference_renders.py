"""The poster, a leaflet spread and a handbook spread look as their reference renders do
(tests/pdf/reference/), within a tolerance; on failure the images are in tests/pdf/results/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from scripts.pdf.build import Written
from tests.pdf.reference_renders import RENDERS, Render, compare, differing_share


@pytest.mark.parametrize("render", RENDERS, ids=lambda r: r.name)
def test_render_matches_its_reference(rendered: tuple[Path, list[Written]], render: Render) -> None:
    out, _ = rendered
    problem = compare(render, out)
    assert problem is None, problem + " — if the change is intended: python -m tests.pdf.reference_renders --update"


def test_the_comparison_can_fail() -> None:
    white = Image.new("RGB", (100, 100), "white")
    marked = white.copy()
    marked.paste((27, 94, 32), (0, 0, 20, 10))  # 2 % of the pixels turn green
    assert differing_share(white, white) == 0
    assert differing_share(white, marked) == pytest.approx(0.02)
    assert differing_share(white, white.resize((100, 99))) == 1.0
