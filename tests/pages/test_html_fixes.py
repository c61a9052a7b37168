"""Material's markup repairs keep what the browser does and make the page valid."""

from __future__ import annotations

from scripts.pages.html_fixes import repair


def test_empty_tabindex_is_dropped_and_real_ones_kept() -> None:
    html = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex=""></label><input id="__nav_2">'
    assert repair(html) == '<label class="md-nav__link" for="__nav_2" id="__nav_2_label"></label><input id="__nav_2">'
    assert repair('<label for="x" tabindex="0"></label><input id="x">') == '<label for="x" tabindex="0"></label><input id="x">'


def test_label_for_a_missing_control_loses_its_for() -> None:
    assert repair('<label class="md-nav__title" for="__toc">Mục lục</label>') == '<label class="md-nav__title">Mục lục</label>'
    page = '<input type="checkbox" id="__toc"><label class="md-nav__title" for="__toc">Mục lục</label>'
    assert repair(page) == page


def test_aligned_table_cells_get_a_class_instead_of_a_style() -> None:
    html = '<th style="text-align: right;">Đầu tư (đồng) </th><td style="text-align: center;">x</td><td>y</td>'
    assert repair(html) == '<th class="sx-align-right">Đầu tư (đồng) </th><td class="sx-align-center">x</td><td>y</td>'
