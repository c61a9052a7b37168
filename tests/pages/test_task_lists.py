"""Checklist items get a label that names their checkbox."""

from __future__ import annotations

import markdown

from scripts.pages.task_lists import label_checkboxes


def render(text: str) -> str:
    return label_checkboxes(markdown.markdown(text, extensions=["pymdownx.tasklist"]))


def test_tight_item_text_becomes_the_label() -> None:
    html = render("- [ ] Không có vòi nào nhỏ giọt.\n- [x] Có đồng hồ *nước*.\n")
    assert '<label><input type="checkbox" disabled/> Không có vòi nào nhỏ giọt.</label>' in html
    assert '<label><input type="checkbox" disabled checked/> Có đồng hồ <em>nước</em>.</label>' in html


def test_nested_list_stays_outside_the_label() -> None:
    html = render("- [ ] Kiểm tra hơi\n    - [ ] van xả\n")
    assert "<label>" in html and html.count("<label>") == 2
    assert "<label><ul" not in html and "</ul></label>" not in html


def test_loose_item_keeps_its_paragraph() -> None:
    html = render("- [ ] Một\n\n- [ ] Hai\n")
    assert '<p><label><input type="checkbox" disabled/> Một</label></p>' in html


def test_other_lists_are_unchanged() -> None:
    text = markdown.markdown("- một\n- hai\n", extensions=["pymdownx.tasklist"])
    assert label_checkboxes(text) == text
