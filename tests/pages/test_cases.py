"""Case studies rendered from front matter, without a build: a worked example never reaches the
catalogue, its totals or its charts; partial published figures are said, never filled in."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from scripts.content.sources import Site, load_page, load_site
from scripts.pages.cases import measures_table, totals_list
from scripts.pages.catalogue import case_charts, catalogue, worked_examples
from scripts.pages.context import RenderContext

ROOT = Path(__file__).resolve().parents[2]

CASE = """---
title: "{title}"
enterprise: {enterprise}
illustrative: {illustrative}
sector: xi-mang
location: Hải Phòng
assessment_year: 2024
measures:
{measures}
verification: Số liệu như nguồn.
sources:
  - id: {source}
date: 2026-12-02
---

# {title}

<!-- render case-measures -->

<!-- render case-totals -->
"""
HUGE = """  - name: Giải pháp rất lớn
    technique: thay-doi-cong-nghe
    status: da-thuc-hien
    investment_vnd: 777000000000
    savings_vnd: 999000000000"""
PARTIAL = """  - name: Tiết kiệm mỗi vụ
    status: da-thuc-hien
    investment_vnd: 824819300
    savings_vnd: 465870000
    savings_period: vu
    grouped: true
  - name: Chỉ có tiền tiết kiệm
    technique: quan-ly-noi-vi
    status: da-thuc-hien
    savings_vnd: 17000000"""


@cache
def real_site() -> Site:
    return load_site(ROOT, {"handbook": "so-tay"})


def site_with(*pages: tuple[str, str]) -> Site:
    real = real_site()
    added = []
    for slug, text in pages:
        page, problems = load_page(f"docs/mo-hinh/{slug}.vi.md", f"mo-hinh/{slug}.md", text)
        assert page is not None and not problems, problems
        added.append(page)
    return Site(ROOT, pages=[*real.pages, *added], data=real.data, data_lines=real.data_lines)


def example(slug: str = "vi-du-kiem-tra") -> tuple[str, str]:
    return slug, CASE.format(title="Ví dụ: xi măng rất lớn", enterprise="Nhà máy Z (giả định)", illustrative="true",
                             measures=HUGE, source="qd-1759-2013")


def real(slug: str = "that-kiem-tra") -> tuple[str, str]:
    return slug, CASE.format(title="Mô hình có thật", enterprise="Công ty Thật", illustrative="false",
                             measures=PARTIAL, source="scp-mo-hinh-mia-duong-ben-tre")


def render(site: Site, part, url_path: str = "mo-hinh/index.md") -> str:
    return part(RenderContext(site, "vi", url_path), {})


def test_a_worked_example_changes_nothing_in_the_catalogue_or_its_charts() -> None:
    before = site_with()
    after = site_with(example())
    for part in (catalogue, case_charts):
        assert render(after, part) == render(before, part)
    listing = render(after, worked_examples)
    assert "[Ví dụ: xi măng rất lớn](vi-du-kiem-tra.md)" in listing


def test_a_real_case_is_counted_and_its_figures_reach_the_charts() -> None:
    shown = render(site_with(real()), catalogue)
    assert "Công ty Thật" in shown
    assert "Công ty Thật" not in render(site_with(real()), worked_examples)
    # its yearly savings (17.000.000) join the "good housekeeping" bar; the per-season ones do not
    before = render(site_with(), case_charts)
    after = render(site_with(real()), case_charts)
    assert before != after


def test_partial_figures_are_said_and_never_filled_in() -> None:
    site = site_with(real())
    table = render(site, measures_table, "mo-hinh/that-kiem-tra.md")
    rows = [line for line in table.splitlines() if line.startswith("|")][2:]
    assert re.sub(r"\s*\|\s*", "|", rows[0]).strip("|").split("|")[3:] == [
        "824.819.300", "465.870.000 mỗi vụ", "chưa đủ số liệu"]
    assert "(tổng của nhiều giải pháp, nguồn không tách riêng)" in rows[0]
    assert re.sub(r"\s*\|\s*", "|", rows[1]).strip("|").split("|")[3:] == [
        "chưa công bố", "17.000.000 mỗi năm", "chưa đủ số liệu"]
    assert "là cách trang này xếp" in table  # a technique tag on a real case is the site's reading
    totals = render(site, totals_list, "mo-hinh/that-kiem-tra.md")
    assert "- Vốn đầu tư: **824.819.300 đồng** (chỉ gồm các giải pháp có công bố vốn đầu tư)" in totals
    assert "- Tiền tiết kiệm mỗi năm: **17.000.000 đồng** (chỉ gồm các giải pháp có công bố tiền tiết kiệm mỗi năm)" in totals
    assert "không tính được" in totals
