"""The Q&A, the case studies and their catalogue as a reader finds them in the built site: what
each page shows is compared with what the editors wrote in the Markdown and data files."""

from __future__ import annotations

import posixpath
from pathlib import Path

import pytest
from lxml import html as lxml_html

from scripts.content.schema import MEASURE_STATUS_NAMES, QA_TOPIC_NAMES
from tests.site.case_data import (
    IMPLEMENTED,
    NOT_ENOUGH,
    NOT_PUBLISHED,
    ROOT,
    Case,
    cases,
    data,
    front_matter,
    known,
    names,
    number,
    payback,
    real_cases,
    worked_examples,
    yearly,
)

LANGUAGES = ["vi", "en"]
QUESTIONS = sorted(p for p in (ROOT / "docs" / "hoi-dap").glob("*.vi.md") if not p.name.startswith("index."))


def document(site: Path, path: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((site / path).read_text(encoding="utf-8"))


def text(element: lxml_html.HtmlElement) -> str:
    """What a reader sees, without the "¶" of heading permalinks."""
    return " ".join(element.text_content().replace("¶", " ").split())


def prefix(language: str) -> str:
    return "en/" if language == "en" else ""


def resolve(page_path: str, href: str) -> str:
    """The built file an href of the page at ``page_path`` (".../index.html") points to."""
    return posixpath.join(posixpath.normpath(posixpath.join(posixpath.dirname(page_path), href)), "index.html")


# ---------------------------------------------------------------- Q&A


@pytest.mark.parametrize("language", LANGUAGES)
def test_qa_home_lists_every_question_once_under_its_topic_in_order(built_site: Path, language: str) -> None:
    page = f"{prefix(language)}hoi-dap/index.html"
    tree = document(built_site, page)
    headings = tree.xpath("//article//h2[@id]")
    assert [h.get("id") for h in headings] == list(QA_TOPIC_NAMES)
    listed: dict[str, str] = {}
    for heading in headings:
        topic = heading.get("id")
        assert text(heading) == QA_TOPIC_NAMES[topic][language]
        for link in heading.xpath("following-sibling::ul[1]/li/a"):
            target = resolve(page, link.get("href"))
            assert target not in listed, f"{target} listed twice"
            listed[target] = topic
    expected = {f"{prefix(language)}hoi-dap/{p.name.split('.')[0]}/index.html": front_matter(p)["topic"] for p in QUESTIONS}
    assert listed == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_ends_with_related_questions_and_handbook_pages(built_site: Path, language: str) -> None:
    headings = {"vi": ("Câu hỏi liên quan", "Đọc thêm trong Sổ tay SXSH"),
                "en": ("Related questions", "Read more in the handbook")}[language]
    for source in QUESTIONS:
        page = f"{prefix(language)}hoi-dap/{source.name.split('.')[0]}/index.html"
        tree = document(built_site, page)
        asides = tree.xpath("//article/aside[contains(@class, 'sx-related')]")
        assert [text(a.xpath("h2")[0]) for a in asides] == list(headings), page
        # The answer comes first: nothing of the page's own text follows the related pages.
        assert not asides[-1].xpath("following-sibling::*[not(self::script)]"), page
        for aside, folder, most in zip(asides, ("hoi-dap", "so-tay"), (5, 3), strict=True):
            links = aside.xpath(".//li/a")
            assert 1 <= len(links) <= most, page
            for link in links:
                target = resolve(page, link.get("href"))
                assert target.startswith(f"{prefix(language)}{folder}/") and target != page, (page, target)
                assert (built_site / target).exists(), (page, target)
                title = document(built_site, target).xpath("//article//h1")[0]
                assert text(link) == text(title), (page, target)


def test_pages_other_than_questions_have_no_related_section(built_site: Path) -> None:
    for path in ("hoi-dap/index.html", "so-tay/index.html", "mo-hinh/index.html", "en/so-tay/giai-phap/index.html"):
        assert not document(built_site, path).xpath("//aside[contains(@class, 'sx-related')]"), path


# ---------------------------------------------------------------- case pages

WORDS = {
    "vi": {"unassigned": "chưa xếp nhóm", "grouped": " (tổng của nhiều giải pháp, nguồn không tách riêng)",
           "about": "khoảng", "nam": "mỗi năm", "vu": "mỗi vụ", "khong-ro": "(nguồn không ghi trong bao lâu)",
           "label": "Ví dụ minh họa để học phương pháp", "Unassigned": "Chưa xếp nhóm"},
    "en": {"unassigned": "not assigned", "grouped": " (a total for several options; the source gives no split)",
           "about": "about", "nam": "a year", "vu": "a season", "khong-ro": "(period not stated in the source)",
           "label": "Worked example for learning the method", "Unassigned": "Not assigned"},
}


def measures_table(tree: lxml_html.HtmlElement, language: str) -> list[list[str]]:
    first = "Giải pháp" if language == "vi" else "Measure"
    [table] = tree.xpath(f"//article//table[thead/tr/th[1][normalize-space()='{first}']]")
    return [[text(cell) for cell in row.xpath("td")] for row in table.xpath("tbody/tr")]


def totals_list(tree: lxml_html.HtmlElement, language: str) -> tuple[str, list[str]]:
    lead = "Tổng của" if language == "vi" else "The "
    end = "đã thực hiện:" if language == "vi" else "up to:"
    [paragraph] = tree.xpath(f"//article//p[starts-with(normalize-space(), '{lead}') and contains(., '{end}')]")
    return text(paragraph), [text(li) for li in paragraph.xpath("following-sibling::ul[1]/li")]


def expected_row(m: dict, language: str) -> list[str]:
    words = WORDS[language]
    about = f"{words['about']} " if m.get("approximate") else ""
    investment = f"{about}{number(m['investment_vnd'], language)}" if "investment_vnd" in m else NOT_PUBLISHED[language]
    if "savings_vnd" not in m:
        savings = NOT_PUBLISHED[language]
    else:
        savings = f"{about}{number(m['savings_vnd'], language)} {words[m.get('savings_period', 'nam')]}"
    known_payback = payback(m["investment_vnd"], m["savings_vnd"], language) if known(m) else NOT_ENOUGH[language]
    return [m["name"] + (words["grouped"] if m.get("grouped") else ""),
            names("technique-groups", language)[m["technique"]] if m.get("technique") else words["unassigned"],
            MEASURE_STATUS_NAMES[m["status"]][language], investment, savings, known_payback]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", cases(), ids=lambda c: c.slug)
def test_case_page_shows_its_measures_and_totals_from_front_matter(built_site: Path, case: Case,
                                                                   language: str) -> None:
    tree = document(built_site, case.site_path(language))
    assert measures_table(tree, language) == [expected_row(m, language) for m in case.meta_in(language)["measures"]]
    count, investment, savings = case.sums()
    chosen = case.chosen()
    if count == 0:
        return
    lead, items = totals_list(tree, language)
    currency = "đồng" if language == "vi" else "VND"
    with_investment = sum(1 for m in chosen if "investment_vnd" in m)
    with_savings = sum(1 for m in chosen if yearly(m) is not None)
    if language == "vi":
        assert lead == f"Tổng của {count} giải pháp đã thực hiện:"
        parts = {"investment": "chỉ gồm các giải pháp có công bố vốn đầu tư",
                 "savings": "chỉ gồm các giải pháp có công bố tiền tiết kiệm mỗi năm"}
        labels = ("Vốn đầu tư", "Tiền tiết kiệm mỗi năm", "Thời gian hoàn vốn chung")
        no_payback = "không tính được, vì thiếu vốn đầu tư hoặc tiền tiết kiệm mỗi năm của một số giải pháp"
        overall = "khoảng {} năm (vốn đầu tư chia cho tiền tiết kiệm mỗi năm)"
    else:
        assert lead == (f"The {count} implemented measures add up to:" if count > 1
                        else "The one implemented measure adds up to:")
        parts = {"investment": "only the measures whose investment is published",
                 "savings": "only the measures whose yearly savings are published"}
        labels = ("Investment", "Yearly savings", "Overall payback")
        no_payback = ("cannot be worked out, because the investment or yearly savings of some measures are not"
                      " published")
        overall = "about {} years (investment divided by yearly savings)"

    def line(amount: float, published: int, part: str) -> str:
        if published == 0:
            return NOT_PUBLISHED[language]
        figure = f"{number(amount, language)} {currency}"
        return figure if published == count else f"{figure} ({parts[part]})"

    expected_payback = (overall.format(number(round(investment / savings, 2), language))
                        if all(known(m) for m in chosen) else no_payback)
    assert items == [f"{labels[0]}: {line(investment, with_investment, 'investment')}",
                     f"{labels[1]}: {line(savings, with_savings, 'savings')}",
                     f"{labels[2]}: {expected_payback}"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", cases(), ids=lambda c: c.slug)
def test_worked_example_is_labelled_once_under_its_title(built_site: Path, case: Case, language: str) -> None:
    tree = document(built_site, case.site_path(language))
    labels = tree.xpath("//article//*[contains(@class, 'sx-illustrative')]")
    assert len(labels) == (1 if case.illustrative else 0)
    assert len(tree.xpath("//article//*[contains(concat(' ', @class, ' '), ' admonition ')]")) == len(labels)  # no second, typed label
    if labels:
        title = labels[0].xpath(".//p[contains(@class, 'admonition-title')]")[0]
        assert text(title) == WORDS[language]["label"]
        assert labels[0].get("role") == "note"
        # Under the page's title, before its first section.
        assert labels[0].xpath("preceding-sibling::*[1][self::h1]")
        assert not labels[0].xpath("preceding::h2")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", real_cases(), ids=lambda c: c.slug)
def test_real_case_names_its_source_with_a_link_and_says_it_is_not_from_hai_phong(built_site: Path, case: Case,
                                                                                  language: str) -> None:
    tree = document(built_site, case.site_path(language))
    addresses = {record["id"]: record.get("url") for record in data("sources")}
    linked = [addresses[ref["id"]] for ref in case.meta_in(language)["sources"] if addresses.get(ref["id"])]
    assert linked, "a real case cites a source with an address"
    hrefs = tree.xpath("//article//ul[contains(@class, 'sx-sources')]//a/@href")
    for url in linked:
        assert url in hrefs
    intro = text(tree.xpath("//article//h1/following-sibling::p[1]")[0])
    assert intro.startswith("Đây là một doanh nghiệp có thật, không ở Hải Phòng." if language == "vi"
                            else "This is a real enterprise, and it is not in Hai Phong.")
    assert ("Hợp phần Sản xuất sạch hơn trong công nghiệp" if language == "vi"
            else "Cleaner Production in Industry component") in intro
    assert "Việt Nam – Đan Mạch (2005–2011)" in intro or "Vietnam–Denmark cooperation programme (2005–2011)" in intro
    if any(m.get("technique") for m in case.meta["measures"]):  # the site's own reading, said under the table
        assert tree.xpath("//article//p[contains(@class, 'sx-our-reading')]")


# ---------------------------------------------------------------- catalogue


def catalogue(built_site: Path, language: str) -> lxml_html.HtmlElement:
    [root] = document(built_site, f"{prefix(language)}mo-hinh/index.html").xpath(
        "//div[contains(@class, 'sx-catalogue')]")
    return root


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_lists_every_real_case_and_no_worked_example(built_site: Path, language: str) -> None:
    root = catalogue(built_site, language)
    page = f"{prefix(language)}mo-hinh/index.html"
    rows = root.xpath(".//table/tbody/tr")
    by_target = {resolve(page, row.xpath("th/a")[0].get("href")): row for row in rows}
    assert set(by_target) == {case.site_path(language) for case in real_cases()}
    assert not set(by_target) & {case.site_path(language) for case in worked_examples()}
    sectors, techniques = names("sectors", language), names("technique-groups", language)
    types = {"nhanh": ("Đánh giá nhanh", "Quick assessment"), "chi-tiet": ("Đánh giá chi tiết", "Detailed assessment"),
             "kiem-toan-nang-luong": ("Kiểm toán năng lượng", "Energy audit")}
    for case in real_cases():
        cells = [text(c) for c in by_target[case.site_path(language)].xpath("th|td")]
        meta = case.meta_in(language)
        statuses = {s: sum(1 for m in meta["measures"] if m["status"] == s) for s in MEASURE_STATUS_NAMES}
        assert cells[0] == meta["enterprise"]
        assert cells[1] == sectors[meta["sector"]]
        assert cells[2] == str(meta.get("assessment_year", NOT_PUBLISHED[language]))
        kind = meta.get("assessment_type")
        assert cells[3] == (types[kind][language == "en"] if kind else NOT_PUBLISHED[language])
        assert cells[4] == (", ".join(dict.fromkeys(techniques[m["technique"]] for m in meta["measures"]
                                                    if m.get("technique"))) or WORDS[language]["Unassigned"])
        assert cells[5] == ", ".join(f"{n} {MEASURE_STATUS_NAMES[s][language].lower()}"
                                    for s, n in statuses.items() if n)
        assert cells[6:9] == list(case.figures(language))
        assert len(cells) == 9  # no "worked example" column: the list holds real cases only


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_totals_are_the_sums_of_the_real_cases_only(built_site: Path, language: str) -> None:
    root = catalogue(built_site, language)
    sums = [case.sums() for case in real_cases()]
    investment, savings = sum(s[1] for s in sums), sum(s[2] for s in sums)
    every_known = all(known(m) for case in real_cases() for m in case.chosen())
    footer = [text(c) for c in root.xpath(".//table/tfoot/tr/*")]
    count = f"Tổng: {len(sums)} mô hình" if language == "vi" else f"Total: {len(sums)} cases"
    assert footer == [count, "", number(investment, language), number(savings, language),
                      payback(investment, savings, language) if every_known else NOT_ENOUGH[language]]
    summary = text(root.xpath(".//*[@role='status']")[0])
    unit = "đồng" if language == "vi" else "VND"
    assert f"{number(investment, language)} {unit}" in summary and f"{number(savings, language)} {unit}" in summary
    assert root.xpath(".//*[@role='status']/@aria-live") == ["polite"]
    # The worked examples' own figures would change the sums: they are not in them.
    with_examples = investment + sum(case.sums()[1] for case in worked_examples())
    assert worked_examples() and with_examples != investment


@pytest.mark.parametrize("language", LANGUAGES)
def test_worked_examples_are_listed_apart_under_their_own_label(built_site: Path, language: str) -> None:
    page = f"{prefix(language)}mo-hinh/index.html"
    tree = document(built_site, page)
    heading = "Ví dụ minh họa để học phương pháp" if language == "vi" else "Worked examples for learning the method"
    [h2] = tree.xpath(f"//article//h2[normalize-space(translate(., '¶', ''))='{heading}']")
    assert not h2.xpath("following::div[contains(@class, 'sx-catalogue')]")  # after the catalogue and charts
    assert not h2.xpath("following::figure[contains(@class, 'sx-figure')]")
    [listing] = h2.xpath("following-sibling::ul[1]")
    targets = {resolve(page, a.get("href")) for a in listing.xpath(".//a")}
    assert targets == {case.site_path(language) for case in worked_examples()}


def test_catalogue_filters_are_hidden_until_the_script_runs_and_no_inline_script(built_site: Path) -> None:
    root = catalogue(built_site, "vi")
    [form] = root.xpath(".//form")
    assert form.get("hidden") is not None
    for select in form.xpath(".//select"):
        assert root.xpath(f".//label[@for='{select.get('id')}']"), select.get("id")
    assert not root.xpath(".//script")


# ---------------------------------------------------------------- charts


def chart_tables(built_site: Path, language: str) -> list[list[list[str]]]:
    tree = document(built_site, f"{prefix(language)}mo-hinh/index.html")
    figures = tree.xpath("//article//figure[contains(@class, 'sx-figure')]")
    tables = []
    for figure in figures:
        [svg] = figure.xpath(".//*[local-name()='svg']")  # inside the drawing's wrapper
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        assert svg.xpath(f"./*[local-name()='title'][@id='{title_id}']")
        assert svg.xpath(f"./*[local-name()='desc'][@id='{desc_id}']")
        [table] = figure.xpath(".//table")
        tables.append([[text(c) for c in row.xpath("th|td")] for row in table.xpath("tbody/tr|tfoot/tr")])
    return tables


def band(measure: dict) -> int:
    investment, savings = measure["investment_vnd"], measure["savings_vnd"]
    years = 0 if investment == 0 else (float("inf") if savings == 0 else round(investment / savings, 2))
    return sum(1 for limit in (0.5, 1, 2, 3, 5) if years >= limit)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_data_tables_equal_the_real_case_data(built_site: Path, language: str) -> None:
    by_technique, by_payback, by_sector = chart_tables(built_site, language)
    measures = [m for case in real_cases() for m in case.meta["measures"]]
    done = [m for m in measures if m["status"] == IMPLEMENTED]
    techniques = names("technique-groups", language)
    total = "Tổng" if language == "vi" else "Total"
    untagged = [m for m in done if not m.get("technique")]
    assert by_technique == [
        *([name, str(sum(1 for m in done if m.get("technique") == key)),
           number(sum(yearly(m) or 0 for m in done if m.get("technique") == key), language)]
          for key, name in techniques.items()),
        *([[WORDS[language]["Unassigned"], str(len(untagged)), number(sum(yearly(m) or 0 for m in untagged),
                                                                       language)]] if untagged else []),
        [total, str(len(done)), number(sum(yearly(m) or 0 for m in done), language)],
    ]
    counted = [m for m in measures if known(m)]  # a payback needs both figures
    counts = [[sum(1 for m in counted if band(m) == b and m["status"] == s) for s in MEASURE_STATUS_NAMES]
              for b in range(6)]
    assert [row[1:] for row in by_payback] == [
        *([*map(str, row), str(sum(row))] for row in counts),
        [*(str(sum(row[i] for row in counts)) for i in range(3)), str(len(counted))],
    ]
    sectors = names("sectors", language)
    assert by_sector == [
        *([name, str(sum(1 for case in real_cases() if case.meta["sector"] == key))] for key, name in sectors.items()),
        [total, str(len(real_cases()))],
    ]
