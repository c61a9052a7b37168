"""Checks across fields and pages, with the exact message an editor sees: a case's payback and
its English copy, the pages a Q&A pins or excludes, the parts a case page must render."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.content.case_figures import payback_years, totals
from scripts.content.schema import DATA_COLLECTIONS
from scripts.content.sources import Site, SourcePage, check_site, load_collection, load_page
from scripts.pages.directives import check_directives

CASE = """---
title: {title}
enterprise: {enterprise}
illustrative: true
sector: thuy-san
location: Hải Phòng
size: vua
assessment_year: 2020
assessment_type: nhanh
measures:
  - name: {name}
    technique: quan-ly-noi-vi
    status: da-thuc-hien
    investment_vnd: 0
    savings_vnd: 45000000
    payback_years: {payback}
  - name: {name2}
    technique: cai-tien-thiet-bi
    status: {status}
    investment_vnd: {investment}
    savings_vnd: 27000000
verification: x
sources:
  - id: qd-1759-2013
date: 2026-01-15
---

{body}
"""
ROOT = Path(__file__).resolve().parents[2]
DIRECTIVES = "<!-- render case-measures -->\n\n<!-- render case-totals -->\n\n<!-- render sources -->"


def case(language: str = "vi", payback: str = "0", status: str = "da-thuc-hien", investment: str = "12000000",
         body: str = DIRECTIVES) -> SourcePage:
    suffix = ".en" if language == "en" else ""
    text = CASE.format(title="Ví dụ" if language == "vi" else "Example", enterprise="A", name="Một", name2="Hai",
                       payback=payback, status=status, investment=investment, body=body)
    page, problems = load_page(f"docs/mo-hinh/vi-du{suffix}.md", f"mo-hinh/vi-du{suffix}.md", text)
    assert page is not None
    page.problems = problems  # type: ignore[attr-defined]
    return page


def question(name: str, related: list[str] = (), exclude: list[str] = ()) -> SourcePage:
    lines = ["---", f"title: Câu hỏi {name}?", "topic: danh-gia", "short_answer: Trả lời.", "sources:", "  - id: qd-1759-2013",
             "date: 2026-01-15"]
    if related:
        lines += ["related:", *(f"  - {path}" for path in related)]
    if exclude:
        lines += ["exclude_related:", *(f"  - {path}" for path in exclude)]
    text = "\n".join([*lines, "---", "", "Nội dung.", ""])
    page, problems = load_page(f"docs/hoi-dap/{name}.vi.md", f"hoi-dap/{name}.md", text)
    assert page is not None and problems == []
    return page


def handbook_chapter() -> SourcePage:
    text = ("---\ntitle: Quản lý nội vi\npart: 3\norder: 1\nsummary: x\nsources:\n  - id: qd-1759-2013\nupdated: 2026-01-15\n---\n\n"
            "Nội dung.\n")
    page, problems = load_page("handbook/giai-phap/quan-ly-noi-vi.vi.md", "so-tay/giai-phap/quan-ly-noi-vi.md", text)
    assert page is not None and problems == []
    return page


def site_of(*pages: SourcePage) -> Site:
    site = Site(ROOT, pages=list(pages))
    # The real data, but not the criteria: they name real handbook pages, which these small sites lack.
    site.data = {collection.name: load_collection(site, collection) for collection in DATA_COLLECTIONS
                 if collection.name != "assessment-criteria"}
    return site


# ---------------------------------------------------------------- figures


def test_payback_rounds_to_two_decimals_and_handles_zero() -> None:
    assert payback_years(300_000_000, 270_000_000) == 1.11
    assert payback_years(0, 45_000_000) == 0
    assert payback_years(10, 0) is None


def test_totals_add_up_implemented_measures_only() -> None:
    measures = [{"status": "da-thuc-hien", "investment_vnd": 10, "savings_vnd": 40},
                {"status": "du-kien", "investment_vnd": 100, "savings_vnd": 1},
                {"status": "da-thuc-hien", "investment_vnd": 20, "savings_vnd": 20}]
    done = totals(measures)
    assert (done.count, done.investment, done.savings, done.payback) == (2, 30, 60, 0.5)


def test_payback_within_a_hundredth_is_accepted() -> None:
    assert case(payback="0.01").problems == []


def test_zero_investment_must_have_zero_payback() -> None:
    assert [str(p) for p in case(payback="0.5").problems] == [
        "docs/mo-hinh/vi-du.md:16: measures[1].payback_years: thời gian hoàn vốn ghi 0.5 năm, nhưng không cần vốn"
        " đầu tư nên hoàn vốn ngay — viết “payback_years: 0”\n"
        "    (EN) the payback is written as 0.5 years, but there is no investment, so it pays back at once"
        " — write “payback_years: 0”"
    ]


def test_english_figures_must_equal_the_vietnamese_ones() -> None:
    problems = check_site(site_of(case("vi"), case("en", investment="13000000")))
    assert [str(p) for p in problems] == [
        "docs/mo-hinh/vi-du.en.md:20: measures[2].investment_vnd: khác với bản tiếng Việt (docs/mo-hinh/vi-du.md:20"
        " ghi 12000000) — số liệu hai bản phải giống nhau: viết “investment_vnd: 12000000”, hoặc sửa bản tiếng Việt"
        " nếu chính nó sai\n"
        "    (EN) differs from the Vietnamese page (docs/mo-hinh/vi-du.md:20 says 12000000) — both languages give the"
        " same figures: write “investment_vnd: 12000000”, or correct the Vietnamese page if it is the wrong one"
    ]
    assert [p.field for p in check_site(site_of(case("vi"), case("en", status="du-kien")))] == ["measures[2].status"]


def test_a_case_page_must_render_its_measures_and_totals() -> None:
    problems = check_directives(site_of(case(body="<!-- render case-measures -->\n<!-- render sources -->")))
    assert [str(p) for p in problems] == [
        "docs/mo-hinh/vi-du.md:27: render: trang mô hình điểm thiếu dòng <!-- render case-totals --> — thêm dòng này"
        " (một dòng riêng) vào chỗ cần hiện nó; số liệu được dựng từ phần khai báo đầu trang, không gõ lại\n"
        "    (EN) a case study page needs the line <!-- render case-totals --> — add it (on a line of its own) where it"
        " should appear; the figures are made from the front matter, never typed again"
    ]


# ---------------------------------------------------------------- related pages


def test_valid_pins_and_exclusions_pass() -> None:
    site = site_of(question("a", related=["hoi-dap/b.md", "so-tay/giai-phap/quan-ly-noi-vi.md"],
                            exclude=["hoi-dap/c.md"]), question("b"), question("c"), handbook_chapter())
    assert check_site(site) == []


def test_unknown_page_names_the_field_and_suggests_close_paths() -> None:
    site = site_of(question("a", related=["hoi-dap/b.md", "hoi-dap/danh-gia-mat-bao-lau.md"]),
                   question("b"), question("danh-gia-sxsh-mat-bao-lau"), handbook_chapter())
    assert [str(p) for p in check_site(site)] == [
        "docs/hoi-dap/a.vi.md:10: related[2]: không có trang “hoi-dap/danh-gia-mat-bao-lau.md” (có phải"
        " “hoi-dap/danh-gia-sxsh-mat-bao-lau.md”?) — viết đường dẫn của trang trong trang web, bắt đầu bằng hoi-dap/"
        " hoặc so-tay/, ví dụ “hoi-dap/sxsh-la-gi.md”, “so-tay/giai-phap/quan-ly-noi-vi.md”\n"
        "    (EN) there is no page “hoi-dap/danh-gia-mat-bao-lau.md” (did you mean"
        " “hoi-dap/danh-gia-sxsh-mat-bao-lau.md”?) — write the page's path in the site, starting with hoi-dap/ or"
        " so-tay/, e.g. “hoi-dap/sxsh-la-gi.md”, “so-tay/giai-phap/quan-ly-noi-vi.md”"
    ]


@pytest.mark.parametrize("written", ["../so-tay/giai-phap/quan-ly-noi-vi.md", "handbook/giai-phap/quan-ly-noi-vi.md",
                                     "so-tay/giai-phap/quan-ly-noi-vi.en.md"])
def test_relative_folder_or_language_suffix_gets_the_right_path_suggested(written: str) -> None:
    site = site_of(question("a", exclude=[written]), handbook_chapter())
    [problem] = check_site(site)
    assert (problem.line, problem.field) == (9, "exclude_related[1]")
    assert "(có phải “so-tay/giai-phap/quan-ly-noi-vi.md”?)" in problem.vi


def test_itself_another_kind_of_page_or_both_lists_are_refused() -> None:
    site = site_of(question("a", related=["hoi-dap/a.md", "mo-hinh/vi-du.md", "hoi-dap/b.md"],
                            exclude=["hoi-dap/b.md"]), question("b"), case())
    assert [(p.field, p.en.split(" — ")[0]) for p in check_site(site)] == [
        ("related[1]", "a page cannot be related to itself"),
        ("related[2]", "the page “mo-hinh/vi-du.md” is neither a Q&A nor a handbook page"),
        ("exclude_related[1]", "the page “hoi-dap/b.md” is both pinned in related and excluded in exclude_related"),
    ]
