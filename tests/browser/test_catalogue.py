"""The case catalogue in Chromium: filters and sorting change the rows and the totals as the
case data says they should; the table is complete without JavaScript; axe finds nothing on the
pages this part of the site makes."""

from __future__ import annotations

import json

import pytest

from tests.browser.test_accessibility import AXE, WCAG_TAGS
from tests.site.case_data import cases, number, payback

pytestmark = pytest.mark.browser

CATALOGUE = "mo-hinh/"
ROWS = ".sx-catalogue tbody tr:not([hidden])"


def shown_rows(page) -> list[dict]:
    return page.eval_on_selector_all(ROWS, """rows => rows.map(row => ({
        enterprise: row.querySelector("th").textContent.trim(),
        investment: row.querySelector('[data-figure="investment"]').textContent.trim(),
        savings: row.querySelector('[data-figure="savings"]').textContent.trim(),
        payback: row.querySelector('[data-figure="payback"]').textContent.trim()}))""")


def footer(page) -> list[str]:
    return [page.locator(f'.sx-catalogue tfoot [data-figure="{name}"]').text_content().strip()
            for name in ("count", "investment", "savings", "payback")]


def expected(language: str, sector: str = "", technique: str = "", year: str = "",
             status: str = "da-thuc-hien") -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    """Rows (enterprise -> investment, savings, payback) and footer the filters should give."""
    rows, investment, savings = {}, 0, 0
    for case in cases():
        meta = case.meta
        count, case_investment, case_savings = case.sums(technique, status)
        if count == 0 or (sector and meta["sector"] != sector) or (year and str(meta["assessment_year"]) != year):
            continue
        rows[case.meta_in(language)["enterprise"]] = (number(case_investment, language), number(case_savings, language),
                                                      payback(case_investment, case_savings, language))
        investment += case_investment
        savings += case_savings
    word = ("mô hình" if language == "vi" else ("case" if len(rows) == 1 else "cases"))
    label = "Tổng" if language == "vi" else "Total"
    return rows, [f"{label}: {len(rows)} {word}", number(investment, language), number(savings, language),
                  payback(investment, savings, language)]


def choose(page, **filters: str) -> None:
    for name, value in filters.items():
        page.select_option(f"#sx-filter-{name}", value)


def assert_shows(page, language: str, **filters: str) -> None:
    rows, totals = expected(language, **filters)
    shown = shown_rows(page)
    assert {row["enterprise"]: (row["investment"], row["savings"], row["payback"]) for row in shown} == rows
    assert footer(page) == totals
    summary = page.locator(".sx-catalogue [role=status]").text_content()
    unit = "đồng" if language == "vi" else "VND"
    assert f"{totals[1]} {unit}" in summary and f"{totals[2]} {unit}" in summary
    assert f" {len(rows)} " in summary


@pytest.fixture
def catalogue(page, site_url: str):
    page.goto(site_url + CATALOGUE)
    page.wait_for_selector(".sx-catalogue form:not([hidden])")
    return page


def test_without_filters_every_case_is_shown_with_its_implemented_measures(catalogue) -> None:
    assert_shows(catalogue, "vi")


@pytest.mark.parametrize("filters", [
    {"sector": "thuy-san"},
    {"technique": "quan-ly-noi-vi"},
    {"technique": "thay-doi-nguyen-lieu", "status": ""},
    {"year": "2021"},
    {"status": "du-kien"},
    {"status": "loai-bo", "technique": "thay-doi-cong-nghe"},
    {"sector": "bia-nuoc-giai-khat", "status": ""},
], ids=lambda f: ",".join(f"{k}={v or 'all'}" for k, v in f.items()))
def test_filters_change_rows_and_totals(catalogue, filters: dict[str, str]) -> None:
    choose(catalogue, **filters)
    assert_shows(catalogue, "vi", **filters)


def test_no_match_says_so_and_totals_are_zero(catalogue) -> None:
    choose(catalogue, sector="thep", year="2025")
    assert shown_rows(catalogue) == []
    assert catalogue.locator(".sx-catalogue-empty").is_visible()
    assert footer(catalogue)[:3] == ["Tổng: 0 mô hình", "0", "0"]


def test_sorting_by_payback_and_by_savings(catalogue) -> None:
    choose(catalogue, sort="payback_up")
    paybacks = [float(row["payback"].replace(",", ".")) for row in shown_rows(catalogue)]
    assert paybacks == sorted(paybacks) and len(paybacks) == len(cases())
    choose(catalogue, sort="payback_down")
    paybacks = [float(row["payback"].replace(",", ".")) for row in shown_rows(catalogue)]
    assert paybacks == sorted(paybacks, reverse=True)
    choose(catalogue, sort="savings_down")
    savings = [int(row["savings"].replace(".", "")) for row in shown_rows(catalogue)]
    assert savings == sorted(savings, reverse=True)
    choose(catalogue, sort="savings_up", technique="cai-tien-thiet-bi")
    savings = [int(row["savings"].replace(".", "")) for row in shown_rows(catalogue)]
    assert savings == sorted(savings)
    assert_shows(catalogue, "vi", technique="cai-tien-thiet-bi")


def test_clearing_the_filters_brings_back_the_first_view(catalogue) -> None:
    before = (shown_rows(catalogue), footer(catalogue))
    choose(catalogue, sector="giay", status="", sort="savings_up")
    catalogue.get_by_role("button", name="Bỏ lọc").click()
    catalogue.wait_for_function("document.querySelectorAll('.sx-catalogue tbody tr:not([hidden])').length > 1")
    assert (shown_rows(catalogue), footer(catalogue)) == before


def test_english_catalogue_uses_english_numbers(page, site_url: str) -> None:
    page.goto(site_url + "en/" + CATALOGUE)
    page.wait_for_selector(".sx-catalogue form:not([hidden])")
    choose(page, technique="kiem-soat-qua-trinh", status="")
    assert_shows(page, "en", technique="kiem-soat-qua-trinh", status="")


def test_totals_are_announced_politely(catalogue) -> None:
    region = catalogue.locator(".sx-catalogue [role=status]")
    assert region.get_attribute("aria-live") == "polite"
    before = region.text_content()
    choose(catalogue, sector="xi-mang")
    assert region.text_content() != before and "1 trên" in region.text_content()


def test_without_javascript_the_whole_table_is_there(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + CATALOGUE)
        assert not page.locator(".sx-catalogue form").is_visible()
        assert_shows(page, "vi")
    finally:
        context.close()


def axe_violations(page, url: str, exclude: list[str]) -> list[tuple]:
    """axe's WCAG 2.2 A/AA violations on the page once its scripts have run, requests to other
    hosts refused; ``exclude`` leaves parts of the page out."""
    origin = url.split("/", 3)[:3]
    page.route("**/*", lambda route: route.continue_() if route.request.url.split("/", 3)[:3] == origin
               else route.abort())
    page.goto(url, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    context = json.dumps({"include": [["html"]], "exclude": [[selector] for selector in exclude]})
    options = json.dumps({"runOnly": WCAG_TAGS})
    violations = page.evaluate(f"async () => (await axe.run({context}, {options})).violations")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


@pytest.mark.parametrize("path", ["mo-hinh/", "en/mo-hinh/"])
def test_catalogue_page_has_no_axe_violations(page, site_url: str, path: str) -> None:
    assert axe_violations(page, site_url + path, exclude=[]) == []
    assert page.locator(".sx-catalogue form").is_visible()  # checked with the filters shown


@pytest.mark.parametrize("path", [
    "mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc/", "en/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc/",
    "hoi-dap/", "en/hoi-dap/", "hoi-dap/tinh-thoi-gian-hoan-von-the-nao/",
    "en/hoi-dap/tinh-thoi-gian-hoan-von-the-nao/",
])
def test_case_and_question_pages_have_no_axe_violations(page, site_url: str, path: str) -> None:
    # The theme's navigation column is left to the site-wide accessibility scan; this checks what
    # the case and Q&A templates add (label, tables, related pages).
    assert axe_violations(page, site_url + path, exclude=[".md-sidebar--primary"]) == []


@pytest.mark.parametrize("path", ["mo-hinh/", "en/mo-hinh/"])
def test_catalogue_fits_a_320_px_window(browser, site_url: str, path: str) -> None:
    """WCAG 1.4.10: at 320 px the page does not scroll sideways; the wide table scrolls in its own box."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(site_url + path)
        page.wait_for_selector(".sx-catalogue form:not([hidden])")
        widths = page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
        assert widths[0] <= widths[1]
    finally:
        context.close()
