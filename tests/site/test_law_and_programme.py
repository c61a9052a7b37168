"""Today's law and today's city as a reader sees them in the built pages (issue 11): no norm table
presents an ended period as the yardstick in force, the legal reference gives the energy law in force with
the metadata of Decree 42/2022/NĐ-CP, and the programme page tells Decision 1759 (2013–2020) as history."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

ENDED = {"vi": "(đã kết thúc)", "en": "(ended)"}
PERIOD_HEADER = {"vi": "Giai đoạn", "en": "Period"}
NORM_UNIT = re.compile(r"\d\s*(?:MJ/hl|MJ/t|kWh/t)\b")


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def tables(page: str) -> list[tuple[list[list[str]], str]]:
    """Each table of a page as rows of cell texts, with the HTML that follows it (its note and sources)."""
    found = []
    for match in re.finditer(r"<table[^>]*>(.*?)</table>", page, re.DOTALL):
        rows = [[text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.DOTALL)]
                for row in re.findall(r"<tr[^>]*>(.*?)</tr>", match.group(1), re.DOTALL)]
        found.append((rows, page[match.end():match.end() + 600]))
    return found


def unmarked_norm_rows(page: str, language: str) -> list[str]:
    """Rows of norm tables whose period is not marked as ended, and norm tables without the note."""
    problems = []
    for rows, after in tables(page):
        if not rows or PERIOD_HEADER[language] not in rows[0]:
            continue
        column = rows[0].index(PERIOD_HEADER[language])
        values = [row for row in rows[1:] if any(NORM_UNIT.search(cell) for cell in row)]
        if not values:
            continue
        problems += [" | ".join(row) for row in values if not row[column].endswith(ENDED[language])]
        if 'class="sx-norm-status"' not in after:
            problems.append(f"no note under the table that starts {rows[1][:2]}")
    return problems


def built_pages(site: Path) -> list[tuple[Path, str]]:
    return [(path, "en" if path.relative_to(site).parts[0] == "en" else "vi") for path in sorted(site.rglob("*.html"))]


def test_every_norm_period_shown_has_ended() -> None:
    """The precondition of the next test: in December 2026 no norm value the site holds is in force."""
    records = yaml.safe_load((ROOT / "data" / "energy-norms.yml").read_text(encoding="utf-8"))
    assert records and not [r["id"] for r in records if r["in_force"]]
    assert all(r["current"]["vi"] and r["current"]["en"] for r in records)


def test_no_norm_table_presents_an_ended_period_as_in_force(built_site: Path) -> None:
    seen = 0
    for path, language in built_pages(built_site):
        page = path.read_text(encoding="utf-8")
        problems = unmarked_norm_rows(page, language)
        assert problems == [], f"{path.relative_to(built_site)}: {problems[:3]}"
        seen += sum(1 for rows, _ in tables(page) if rows and PERIOD_HEADER[language] in rows[0])
    assert seen >= 16  # the norms page, the sector guides and the leaflet, in both languages


def test_the_ended_period_check_can_fail() -> None:
    page = ("<table><tr><th>Sản phẩm</th><th>Giai đoạn</th><th>Định mức</th></tr>"
            "<tr><td>Bia</td><td>2021–2025</td><td>286 MJ/hl</td></tr></table><p>Nguồn: …</p>")
    assert len(unmarked_norm_rows(page, "vi")) == 2  # the row, and the missing note


def facts_tables(page: str, label: str) -> dict[str, dict[str, str]]:
    """The Decree 42 metadata tables of a page, by their number and symbol."""
    found = {}
    for match in re.finditer(r'<table class="sx-facts">(.*?)</table>', page, re.DOTALL):
        rows = dict(re.findall(r"<th[^>]*>(.*?)</th>\s*<td>(.*?)</td>", match.group(1), re.DOTALL))
        rows = {text(key): value for key, value in rows.items()}
        found[text(rows[label])] = rows
    return found


LEGAL = {
    "vi": ("so-tay/tra-cuu/van-ban-phap-luat/index.html", "Số, ký hiệu", "Ngày ban hành", "Ngày có hiệu lực",
           "Hiệu lực hiện nay", "Toàn văn"),
    "en": ("en/so-tay/tra-cuu/van-ban-phap-luat/index.html", "Number and symbol", "Date of issue",
           "Date of effect", "Status today", "Full text"),
}
IN_FORCE = {  # number: (date of issue, date of effect) as each language writes them
    "50/2010/QH12": ({"vi": "17/6/2010", "en": "17 June 2010"}, {"vi": "1/1/2011", "en": "1 January 2011"}),
    "77/2025/QH15": ({"vi": "18/6/2025", "en": "18 June 2025"}, {"vi": "1/1/2026", "en": "1 January 2026"}),
    "30/2026/NĐ-CP": ({"vi": "21/1/2026", "en": "21 January 2026"}, None),
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_legal_reference_gives_the_energy_law_in_force(built_site: Path, language: str) -> None:
    path, number, issued, effective, status, full_text = LEGAL[language]
    documents = facts_tables((built_site / path).read_text(encoding="utf-8"), number)
    for symbol, (issue_date, effect_date) in IN_FORCE.items():
        rows = documents[symbol]
        assert text(rows[issued]) == issue_date[language], symbol
        if effect_date:
            assert text(rows[effective]) == effect_date[language], symbol
        assert text(rows[status]), symbol
        assert re.search(r'<a href="https://', rows[full_text]), f"{symbol}: no link to its full text"
    # The older decree is there as what it was, with the open question said plainly.
    assert "30/2026/NĐ-CP" in text(documents["21/2011/NĐ-CP"][status])
    # Norm circulars say whether they were replaced; the ended strategy and programme say they ended.
    assert "28/2024/TT-BCT" in text(documents["19/2016/TT-BCT"][status])
    for ended in ("1419/QĐ-TTg", "1759/QĐ-UBND"):
        assert ("kết thúc" if language == "vi" else "ended") in text(documents[ended][status])


PROGRAMME = {
    "vi": dict(path="chuong-trinh/index.html", ended="đã kết thúc", not_published="chưa được công bố",
               merged="1/7/2025", successor="Sở Nông nghiệp và Môi trường", tasks="Cơ quan chủ trì",
               present=("Sở Công Thương là cơ quan thường trực", "sẽ được đăng tại đây", "tiếp tục phục vụ doanh nghiệp"
                        " theo chính sách đó")),
    "en": dict(path="en/chuong-trinh/index.html", ended="has ended", not_published="not published",
               merged="1 July 2025", successor="Department of Agriculture and Environment", tasks="Lead agency",
               present=("is the programme's standing body", "will be published here", "goes on serving")),
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_programme_page_tells_2013_2020_as_history(built_site: Path, language: str) -> None:
    words = PROGRAMME[language]
    page = (built_site / words["path"]).read_text(encoding="utf-8")
    article = text(page[page.index("<article"):page.index("</article>")])
    assert "2013–2020" in text(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.DOTALL).group(1))
    assert words["ended"] in article and words["not_published"] in article
    for sentence in words["present"]:
        assert sentence not in article, f"present tense about the 2013 programme: {sentence!r}"
    # Today's city is said before the table of 2013 tasks is shown, with the successor department.
    assert article.index(words["merged"]) < article.index(words["tasks"])
    assert "114" in article and words["successor"] in article
    if "ISO 9001:2008" in article:
        assert "ISO 9001:2015" in article
