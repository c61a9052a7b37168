"""The schema owns every field's label and every fixed list's names: page modules look them up
(``ContentType.labels``, the ``*_NAMES`` lists), so renaming a field's label in the schema renames it
in the web form, the editor's field reference and every table heading at once."""

from __future__ import annotations

import re

from scripts.content import schema
from scripts.content.schema import CASE, ENERGY_NORMS, Field
from tests.conftest import ROOT

PAIR = re.compile(r'\{"vi": "([^"]+)", "en": "([^"]+)"\}')
# Same words as a field, another thing: what a reader types into the calculator ("Amount", "Kind"),
# the heading over several norm periods, and a task of the assessment method (not of the programme).
NOT_A_FIELD = {("Lượng", "Amount"), ("Loại", "Kind"), ("Giai đoạn", "Period"), ("Nhiệm vụ", "Task")}


def field_labels() -> set[tuple[str, str]]:
    found = set()

    def walk(fields: tuple[Field, ...]) -> None:
        for field in fields:
            found.add((field.label_vi, field.label_en))
            walk(field.item.fields if field.item is not None else field.fields)

    for content_type in schema.ALL_TYPES:
        walk(content_type.fields)
    return found


def test_labels_are_looked_up_by_field_path() -> None:
    assert CASE.labels("measures.payback_years") == {"vi": "Thời gian hoàn vốn (năm)", "en": "Payback (years)"}
    assert ENERGY_NORMS.labels("period")["vi"] == "Giai đoạn áp dụng"


def test_no_page_module_writes_a_field_label_again() -> None:
    labels = field_labels() - NOT_A_FIELD
    again = [f"{path.relative_to(ROOT)}: {match[0]}"
             for folder in ("scripts/pages", "scripts/figures") for path in sorted((ROOT / folder).glob("*.py"))
             for match in PAIR.finditer(path.read_text(encoding="utf-8")) if (match[1], match[2]) in labels]
    assert again == []


def test_fixed_lists_and_their_names_live_in_the_schema() -> None:
    # A list of choices named outside the schema is a second home for it: every dict of names keyed by
    # a schema list's values is in the schema.
    choices = {choice for content_type in schema.ALL_TYPES for field in content_type.fields for choice in field.choices}
    for folder in ("scripts/pages", "scripts/figures"):
        for path in sorted((ROOT / folder).glob("*.py")):
            keys = set(re.findall(r'^\s*"([a-z0-9-]+)": \{"vi":', path.read_text(encoding="utf-8"), re.MULTILINE))
            assert not keys & choices, f"{path.relative_to(ROOT)}: names of {sorted(keys & choices)}"
