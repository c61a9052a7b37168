"""The built site as a reader sees it: languages, navigation, the programme's tables."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

SECTIONS = ["so-tay", "hoi-dap", "mo-hinh", "tai-lieu", "chuong-trinh", "du-lieu", "tu-danh-gia", "tin-tuc", "lien-he"]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_languages_are_at_root_and_en(built_site: Path) -> None:
    assert '<html lang="vi"' in read(built_site, "index.html")
    assert '<html lang="en"' in read(built_site, "en/index.html")
    # Material's Vietnamese interface: the search box placeholder.
    assert 'placeholder="Tìm kiếm"' in read(built_site, "index.html")


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_in_the_navigation_in_both_languages(built_site: Path, section: str) -> None:
    for home, prefix in (("index.html", ""), ("en/index.html", "")):
        html = read(built_site, home)
        assert re.search(rf'href="{prefix}{section}/"', html), f"{section} missing from the navigation of {home}"
    assert (built_site / section / "index.html").exists()
    assert (built_site / "en" / section / "index.html").exists()


def test_section_order_follows_mkdocs_yml(built_site: Path) -> None:
    html = read(built_site, "index.html")
    nav = html[html.index('class="md-nav md-nav--primary"'):]
    positions = [nav.index(f'href="{section}/"') for section in SECTIONS]
    assert positions == sorted(positions)


def test_language_switcher_goes_to_the_counterpart_page(built_site: Path) -> None:
    html = read(built_site, "chuong-trinh/index.html")
    assert 'href="/sxsh/en/chuong-trinh/"' in html or 'href="../en/chuong-trinh/"' in html
    english = read(built_site, "en/chuong-trinh/index.html")
    assert 'href="/sxsh/chuong-trinh/"' in english or 'href="../../chuong-trinh/"' in english


def test_programme_targets_and_tasks_are_tables_from_data(built_site: Path) -> None:
    html = read(built_site, "chuong-trinh/index.html")
    assert "25% cơ sở sản xuất công nghiệp thực hiện SXSH và có cán bộ kiêm nhiệm." in html
    assert "90% doanh nghiệp lớn và vừa có đầu mối chuyên trách về SXSH." in html
    task_table = html[html.index('id="phan-cong-thuc-hien"'):]
    task_table = task_table[: task_table.index("</table>")]
    assert task_table.count("<tr>") == 10  # header + the decision's 9 rows
    assert "Bắt đầu từ quý II năm 2014" in task_table
    english = read(built_site, "en/chuong-trinh/index.html")
    assert "at least 5 enterprises a year" in english


def test_programme_page_has_decree_42_metadata(built_site: Path) -> None:
    for path, labels in (
        ("chuong-trinh/index.html", ["Hình thức văn bản", "Số, ký hiệu", "Cơ quan ban hành", "Ngày ban hành",
                                     "Ngày có hiệu lực", "Trích yếu", "Toàn văn"]),
        ("en/chuong-trinh/index.html", ["Form", "Number and symbol", "Issuing body", "Date of issue",
                                        "Date of effect", "Summary", "Full text"]),
    ):
        html = read(built_site, path)
        for label in labels:
            assert re.search(rf'<th scope="row">{re.escape(label)}\s*</th>', html), (path, label)
        assert "1759/QĐ-UBND" in html
    assert re.search(r"<td>12/9/2013\s*</td>", read(built_site, "chuong-trinh/index.html"))
    assert re.search(r"<td>12 September 2013\s*</td>", read(built_site, "en/chuong-trinh/index.html"))
    assert (built_site / "chuong-trinh" / "qd-1759-2013-ubnd-hai-phong.txt").exists()


def test_pages_show_last_updated_in_vietnamese_format(built_site: Path) -> None:
    html = read(built_site, "tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon/index.html")
    assert "27/11/2026" in html


def test_edit_link_points_at_the_language_file(built_site: Path) -> None:
    assert "_edit/main/docs/chuong-trinh/index.vi.md" in read(built_site, "chuong-trinh/index.html")
    assert "_edit/main/docs/chuong-trinh/index.en.md" in read(built_site, "en/chuong-trinh/index.html")
    assert "_edit/main/handbook/index.vi.md" in read(built_site, "so-tay/index.html")


def test_all_html_text_is_nfc(built_site: Path) -> None:
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path


def test_no_request_to_another_host_is_written_in_the_html(built_site: Path) -> None:
    # Loaded resources only: rel="canonical"/"alternate" links name addresses, they fetch nothing.
    tag = re.compile(r"<(?:link|script|img|iframe|source)\b[^>]*>", re.IGNORECASE)
    remote = re.compile(r'(?:src|href)="(?:https?:)?//', re.IGNORECASE)
    for path in built_site.rglob("*.html"):
        for element in tag.findall(path.read_text(encoding="utf-8")):
            if 'rel="canonical"' in element or 'rel="alternate"' in element:
                continue
            assert not remote.search(element), (path, element)


def test_fonts_are_self_hosted_with_their_licence(built_site: Path) -> None:
    fonts = built_site / "assets" / "fonts"
    assert (fonts / "OFL.txt").exists()
    assert (fonts / "BeVietnamPro-Regular.woff2").exists()


def test_every_page_with_sources_shows_them_as_links(built_site: Path) -> None:
    """Each source of a page is listed under "Nguồn" / "Sources" from data/sources.yml, linked where it has an address."""
    import yaml
    from lxml import html as lxml_html

    root = Path(__file__).resolve().parents[2]
    registry = {r["id"]: r for r in yaml.safe_load((root / "data/sources.yml").read_text(encoding="utf-8"))}
    checked = 0
    for language, prefix, heading in (("vi", "", "Nguồn"), ("en", "en/", "Sources")):
        for source in sorted((root / "docs" / "hoi-dap").glob(f"*.{language}.md")):
            meta = yaml.safe_load(source.read_text(encoding="utf-8").split("---", 2)[1])
            if not meta.get("sources"):
                continue
            slug = source.name.split(".")[0]
            page = "hoi-dap/index.html" if slug == "index" else f"hoi-dap/{slug}/index.html"
            tree = lxml_html.fromstring(read(built_site, prefix + page))
            items = tree.xpath(f"//h2[starts-with(normalize-space(), '{heading}')]/following-sibling::ul[1]/li")
            assert len(items) == len(meta["sources"]), page
            for item, ref in zip(items, meta["sources"], strict=True):
                record = registry[ref["id"]]
                assert record["title"][language] in item.text_content()
                links = item.xpath(".//a/@href")
                assert bool(links) == bool(record.get("url")), f"{page}: {ref['id']}"
                if record.get("url", "").startswith("http"):
                    assert links == [record["url"]]
            checked += 1
    assert checked >= 50
