"""The case catalogue in Chromium: filters and sorting change the rows and the totals as the
case data says they should; the table is complete without JavaScript; axe finds nothing on the
pages this part of the site makes."""

from __future__ import annotations

import json

import pytest

from tests.browser.test_accessibility import AXE, WCAG_TAGS
from tests.site.case_data import NOT_ENOUGH, known, number, payback, real_cases

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
             status: str = "da-thuc-hien", every_case: bool = False) -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    """Rows (enterprise -> investment, savings, payback) and footer the filters should give: real cases only.
    ``every_case``: the table as built, before any filter hides a case with no measure that matches."""
    rows, investment, savings, every_known = {}, 0, 0, True
    for case in real_cases():
        meta = case.meta
        count, case_investment, case_savings = case.sums(technique, status)
        if (count == 0 and not every_case) or (sector and meta["sector"] != sector) or (year and str(meta.get("assessment_year")) != year):
            continue
        rows[case.meta_in(language)["enterprise"]] = case.figures(language, technique, status)
        investment += case_investment
        savings += case_savings
        every_known = every_known and bool(count) and all(known(m) for m in case.chosen(technique, status))
    word = ("mô hình" if language == "vi" else ("case" if len(rows) == 1 else "cases"))
    label = "Tổng" if language == "vi" else "Total"
    return rows, [f"{label}: {len(rows)} {word}", number(investment, language), number(savings, language),
                  payback(investment, savings, language) if every_known else NOT_ENOUGH[language]]


def choose(page, **filters: str) -> None:
    for name, value in filters.items():
        if name == "technique":  # radio buttons with the groups' pictograms
            page.locator(f"input[name=technique][value='{value}']").check()
        else:
            page.select_option(f"#sx-filter-{name}", value)


def assert_shows(page, language: str, every_case: bool = False, **filters: str) -> None:
    rows, totals = expected(language, every_case=every_case, **filters)
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
    {"sector": "giay"},
    {"technique": "quan-ly-noi-vi"},
    {"technique": "thay-doi-nguyen-lieu", "status": ""},
    {"year": "2007"},
    {"status": "du-kien"},
    {"status": "loai-bo", "technique": "cai-tien-thiet-bi"},
    {"sector": "bia-nuoc-giai-khat", "status": ""},
], ids=lambda f: ",".join(f"{k}={v or 'all'}" for k, v in f.items()))
def test_filters_change_rows_and_totals(catalogue, filters: dict[str, str]) -> None:
    choose(catalogue, **filters)
    assert_shows(catalogue, "vi", **filters)


def test_no_match_says_so_and_totals_are_zero(catalogue) -> None:
    choose(catalogue, sector="det-may", year="2007")
    assert shown_rows(catalogue) == []
    assert catalogue.locator(".sx-catalogue-empty").is_visible()
    assert footer(catalogue)[:3] == ["Tổng: 0 mô hình", "0", "0"]


def _numbers(texts: list[str], decimal: str) -> tuple[list[float], list[str]]:
    """The figures that are numbers, in order, and the rest ("not enough figures", "not published")."""
    numbers, words = [], []
    for text in texts:
        try:
            numbers.append(float(text.replace("." if decimal == "," else ",", "").replace(",", ".")))
        except ValueError:
            words.append(text)
    return numbers, words


def test_sorting_by_payback_and_by_savings(catalogue) -> None:
    # Few published cases give both figures for every measure: with every status, one row has a payback.
    for sort, reverse in (("payback_up", False), ("payback_down", True)):
        choose(catalogue, sort=sort, status="")
        texts = [row["payback"] for row in shown_rows(catalogue)]
        paybacks, words = _numbers(texts, ",")
        assert paybacks == sorted(paybacks, reverse=reverse) and paybacks and words
        assert texts[len(paybacks):] == words  # no payback: last, either way
    choose(catalogue, status="da-thuc-hien")
    for sort, reverse in (("savings_down", True), ("savings_up", False)):
        choose(catalogue, sort=sort)
        texts = [row["savings"] for row in shown_rows(catalogue)]
        savings, words = _numbers(texts, ",")
        assert savings == sorted(savings, reverse=reverse) and savings
        assert texts[len(savings):] == words  # "not published": last, either way
    assert len(shown_rows(catalogue)) == len([c for c in real_cases() if c.sums()[0]])
    choose(catalogue, sort="savings_up", technique="cai-tien-thiet-bi")
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
    choose(catalogue, sector="det-may", status="")
    assert region.text_content() != before and "1 trên" in region.text_content()


def test_without_javascript_the_whole_table_is_there(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + CATALOGUE)
        assert not page.locator(".sx-catalogue form").is_visible()
        assert_shows(page, "vi", every_case=True)
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
    "mo-hinh/bia-sai-gon-dong-xuan-phu-tho/", "en/mo-hinh/giay-phong-chau-phu-tho/",
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
