"""The calculator's facts rule: it carries only certain conversions (1 kWh = 3.6 MJ and SI prefixes)
and no calorific value of any fuel; every norm record reaches the browser with what the page states."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
import yaml

from scripts.content.sources import load_site
from scripts.pages.calculator import FACTORS, UNITS, _output_unit, calculator, factors_table
from scripts.pages.context import RenderContext
from scripts.site_model import load as site_model
from tests.conftest import ROOT

SITE = load_site(ROOT, site_model().mounts)
CERTAIN = {
    "kWh": 3.6, "MWh": 3600, "MJ": 1, "GJ": 1000,  # 1 kWh = 1,000 W × 3,600 s = 3.6 MJ; prefixes
    "kg": 1, "t": 1000, "l": 1, "m³": 1000,  # tonne = 1,000 kg; litre = dm³
    "MJ/kg": 1, "GJ/t": 1, "MJ/l": 1, "MJ/m³": 0.001,
}


def embedded(language: str) -> dict:
    html = calculator(RenderContext(SITE, language, "du-lieu/dinh-muc-nang-luong.md"), {})
    match = re.search(r'<div hidden id="sx-sec-data" data-json="([^"]*)"></div>', html)
    assert match
    return json.loads(unescape(match.group(1)))


def test_units_are_only_the_certain_ones() -> None:
    assert {unit: factor for unit, (_, factor) in UNITS.items()} == CERTAIN
    assert {unit: value["factor"] for unit, value in embedded("vi")["units"].items()} == CERTAIN


def test_no_calorific_value_is_built_in() -> None:
    html = calculator(RenderContext(SITE, "vi", "du-lieu/dinh-muc-nang-luong.md"), {})
    for fuel_input in re.findall(r'<input [^>]*id="sx-sec-[a-z_]+-cv"[^>]*>', html):
        assert "value=" not in fuel_input
    data = embedded("en")
    assert set(data) == {"norms", "units", "fuels", "words"}


def test_every_norm_record_reaches_the_calculator() -> None:
    records = yaml.safe_load((ROOT / "data" / "energy-norms.yml").read_text(encoding="utf-8"))
    norms = embedded("vi")["norms"]
    assert [n["id"] for n in norms] == [r["id"] for r in records]
    for norm, record in zip(norms, records, strict=True):
        assert (norm["value"], norm["unit"], norm["circular"]) == (record["value"], record["unit"], record["circular"])
        assert record["circular"] in norm["source"]  # the sources named, with their titles
        assert norm["energy_unit"] + "/" + norm["output_unit"] == record["unit"]


def test_factor_table_shows_each_conversion_and_its_reason() -> None:
    text = factors_table(RenderContext(SITE, "en", "du-lieu/dinh-muc-nang-luong.md"), {})
    for unit, equals, why in FACTORS:
        assert f"| {unit} | {equals['en']} | {why['en']} |" in text
    assert "calorific value" in text


def test_a_norm_unit_the_calculator_cannot_compare_stops_the_build() -> None:
    assert _output_unit("kWh/t") == ("kWh", "t")
    for unknown in ("MJ/m²", "kcal/t", "MJ"):
        with pytest.raises(ValueError):
            _output_unit(unknown)


def test_ended_periods_are_marked_in_the_form() -> None:
    """No value of an ended period is offered as the norm in force: its period says so, and the form says
    what replaced it (from data/energy-norms.yml, never typed in the page)."""
    records = {r["id"]: r for r in yaml.safe_load((ROOT / "data" / "energy-norms.yml").read_text(encoding="utf-8"))}
    for language, ended in (("vi", "(đã kết thúc)"), ("en", "(ended)")):
        norms = embedded(language)["norms"]
        for norm in norms:
            assert norm["period"].endswith(ended) == (not records[norm["id"]]["in_force"]), norm["id"]
        form = calculator(RenderContext(SITE, language, "du-lieu/dinh-muc-nang-luong.md"), {})
        note = re.search(r'<p class="sx-norm-status">(.*?)</p>', form, re.DOTALL)
        assert note and "28/2024/TT-BCT" in note.group(1) and "2026–2030" in note.group(1)
        # The form starts on one period for each product and band: the one that ends last.
        starts: dict[tuple, int] = {}
        for norm in norms:
            key = (norm["sector"], norm["product"], norm["capacity"])
            starts[key] = starts.get(key, 0) + norm["latest"]
        assert set(starts.values()) == {1}
