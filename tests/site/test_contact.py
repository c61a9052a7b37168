"""Reaching the Department, as a reader sees it in the built site: the contact details in both states of
data/contact.yml (the real file, and a copy of the project with the other state), the request form and its
e-mail link, the accessibility statement linked from every footer, and the English site name."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from scripts.pages.contact import REQUEST_FIELDS
from scripts.quality.site_pages import html_pages
from tests.browser.test_accessibility import NARROW, SIDEWAYS, axe_violations
from tests.conftest import ROOT, build_site, copy_project, serve

CONTACT_PAGE = "lien-he/index.html"
STATEMENT = "lien-he/tuyen-bo-ve-kha-nang-tiep-can/index.html"
FORM = "tai-lieu/dang-ky-danh-gia-san-xuat-sach-hon-phieu-de-nghi/index.html"
PAGES_WITH_CONTACT = [CONTACT_PAGE, STATEMENT, FORM]
UNCONFIRMED = {"vi": "Thông tin liên hệ chưa được xác nhận", "en": "Contact details not confirmed yet"}
NOTICE = "CHÚ Ý / NOTE: data/contact.yml:"

CONFIRMED = {
    "confirmed": True,
    "confirmed_on": "2026-12-15",
    "organisation": {"vi": "Sở Công Thương thành phố Hải Phòng", "en": "Hai Phong Department of Industry and Trade"},
    "unit": {"vi": "Phòng thử nghiệm", "en": "Test division"},
    "address": {"vi": "Số 1 Đường Thử, Hải Phòng", "en": "1 Test Street, Hai Phong"},
    "phone": "0225 3000 000",
    "email": "sxsh-test@example.gov.vn",
    "office_hours": {"vi": "Thứ Hai đến thứ Sáu", "en": "Monday to Friday"},
}


def real_contact() -> dict:
    return yaml.safe_load((ROOT / "data" / "contact.yml").read_text(encoding="utf-8"))


def article(site: Path, path: str) -> str:
    text = (site / path).read_text(encoding="utf-8")
    return text[text.index("<article"):text.index("</article>")]


@pytest.fixture(scope="module")
def other_state(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict]:
    """A copy of the project whose contact file is in the state the real one is not: both states are always
    built, whatever the Department has done to the real file."""
    project = copy_project(tmp_path_factory.mktemp("contact") / "project")
    contact = {**real_contact(), "confirmed": False} if real_contact().get("confirmed") else CONFIRMED
    (project / "data" / "contact.yml").write_text(yaml.safe_dump(contact, allow_unicode=True), encoding="utf-8")
    out = project.parent / "site"
    result = build_site(out, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout + result.stderr, contact


def assert_state(site: Path, output: str, contact: dict) -> None:
    for language, prefix in (("vi", ""), ("en", "en/")):
        for path in PAGES_WITH_CONTACT:
            text = article(site, prefix + path)
            mailtos = re.findall(r'href="(mailto:[^"]*)"', text)
            if contact.get("confirmed"):
                assert UNCONFIRMED[language] not in text, prefix + path
                assert html.escape(contact["address"][language], quote=False) in text, prefix + path
                assert f'href="tel:{contact["phone"].replace(" ", "")}"' in text, prefix + path
                assert f"mailto:{contact['email']}" in mailtos, prefix + path
            else:
                assert UNCONFIRMED[language] in text, prefix + path
                assert mailtos == [], f"{prefix}{path}: an unconfirmed address is offered: {mailtos}"
        form_mailtos = [unquote(m) for m in re.findall(r'href="(mailto:[^"]*\?[^"]*)"', article(site, prefix + FORM))]
        if contact.get("confirmed"):
            # The pre-filled e-mail: to the confirmed address, with a subject and every question of the form.
            (address, query), = [html.unescape(m).split("?", 1) for m in form_mailtos]
            assert address == f"mailto:{contact['email']}"
            fields = parse_qs(query)
            assert fields["subject"][0]
            body = fields["body"][0]
            for vi, en in REQUEST_FIELDS:
                assert f"{vi if language == 'vi' else en}: " in body
        else:
            assert form_mailtos == []
    if contact.get("confirmed"):
        assert NOTICE not in output
    else:
        # Printed once (not once per language), as an INFO line: the strict build still passes.
        assert output.count(NOTICE) == 1, output
        assert re.search(r"INFO +- +CHÚ Ý / NOTE: data/contact\.yml:\d+: confirmed:", output)


def test_the_real_contact_file_shows_as_it_says(built_site: Path, build_output: str) -> None:
    assert_state(built_site, build_output, real_contact())


def test_the_other_state_of_the_contact_file_shows_as_it_says(other_state: tuple[Path, str, dict]) -> None:
    assert_state(*other_state)


@pytest.mark.browser
def test_the_other_state_passes_axe_and_reflows_at_320_px(other_state: tuple[Path, str, dict], page: object) -> None:
    """The site-wide pass (tests/browser/test_accessibility.py) sees the real file's state only."""
    server, url = serve(other_state[0])
    try:
        for path in [prefix + p.removesuffix("index.html") for prefix in ("", "en/") for p in PAGES_WITH_CONTACT]:
            assert axe_violations(page, url + path) == [], path
            page.set_viewport_size(NARROW)  # type: ignore[attr-defined]
            assert page.evaluate(SIDEWAYS) is None, path  # type: ignore[attr-defined]
            page.set_viewport_size({"width": 1280, "height": 800})  # type: ignore[attr-defined]
    finally:
        server.shutdown()


def test_the_contact_page_says_whom_to_ask_in_todays_city(built_site: Path) -> None:
    vi = article(built_site, CONTACT_PAGE)
    assert "Từ ngày 1/7/2025, tỉnh Hải Dương và thành phố Hải Phòng hợp thành thành phố Hải Phòng." in vi
    assert "Chính quyền cấp huyện kết thúc hoạt động từ ngày 1/7/2025." in vi
    assert "Ủy ban nhân dân (UBND)" in vi
    assert "Sở Nông nghiệp và Môi trường" in vi
    en = article(built_site, "en/" + CONTACT_PAGE)
    assert "District government ended on 1 July 2025." in en
    assert "Department of Agriculture and Environment" in en
    for text in (vi, en):
        assert 'href="../tai-lieu/dang-ky-danh-gia-san-xuat-sach-hon-phieu-de-nghi/"' in text
        # The 2013 programme's support is history, not a promise.
        assert re.search(r"(kết thúc năm 2020|ended in 2020)", " ".join(text.split()))


def test_the_form_page_asks_every_question_in_its_language(built_site: Path) -> None:
    for index, prefix in ((0, ""), (1, "en/")):
        text = html.unescape(article(built_site, prefix + FORM))
        for labels in REQUEST_FIELDS:
            assert labels[index] in text, f"{prefix}{FORM}: {labels[index]}"


def test_every_page_links_the_accessibility_statement_and_contact_in_its_footer(built_site: Path) -> None:
    pages = html_pages(built_site)
    assert len(pages) > 100
    for page in pages:
        relative = page.relative_to(built_site).as_posix()
        text = page.read_text(encoding="utf-8")
        footer = text[text.index('<footer class="md-footer"'):]
        english = '<html lang="en"' in text
        label = "Accessibility statement" if english else "Tuyên bố về khả năng tiếp cận"
        match = re.search(rf'<a href="([^"]+)">{label}</a>', footer)
        assert match, f"{relative}: no accessibility statement in the footer"
        href = match.group(1)
        if relative == "404.html":  # MkDocs writes the 404 page with absolute links (it is served anywhere)
            target = urlsplit(href).path.split("/sxsh/", 1)[1]
        else:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(relative), href))
        assert target.rstrip("/") == ("en/" if english else "") + posixpath.dirname(STATEMENT), relative


def test_the_accessibility_statement_says_what_is_tested_and_when(built_site: Path) -> None:
    vi = html.unescape(article(built_site, STATEMENT))
    en = html.unescape(article(built_site, "en/" + STATEMENT))
    for text in (vi, en):
        for needle in ("WCAG 2.2", "axe-core", "Chromium", "320", "400%", "Tab", "Nu HTML Checker", "PDF/UA", "NVDA"):
            assert needle in text
    assert "được soạn ngày 2/12/2026 và được xem lại lần gần nhất ngày 2/12/2026" in vi
    assert "prepared on 2 December 2026 and last reviewed on 2 December 2026" in en
    # How to report a problem leads to the contact details (or says plainly they are not confirmed yet).
    assert "Báo một chỗ khó dùng" in vi and "Report a problem" in en
    assert 'class="admonition warning sx-contact' in vi or 'class="sx-facts sx-contact"' in vi


def test_the_english_site_is_called_cleaner_production_in_hai_phong(built_site: Path) -> None:
    for page in html_pages(built_site):
        relative = page.relative_to(built_site).as_posix()
        text = page.read_text(encoding="utf-8")
        if '<html lang="en"' not in text:
            continue
        header = text[text.index('<header class="md-header'):text.index("</header>")]
        assert "Cleaner Production in Hai Phong" in header, relative
        title = re.search(r"<title>([^<]*)</title>", text).group(1)
        assert title.endswith("Cleaner Production in Hai Phong"), relative
        assert "Column" not in header + title, relative
        site_names = re.findall(r'<meta property="og:site_name" content="([^"]*)"', text)
        assert set(site_names) <= {"Cleaner Production in Hai Phong"}, relative
    vi = (built_site / "index.html").read_text(encoding="utf-8")
    assert "<title>Chuyên mục Sản xuất sạch hơn Hải Phòng</title>" in vi or "- Chuyên mục Sản xuất sạch hơn Hải Phòng</title>" in vi
    feed = (built_site / "en" / "feed.xml").read_text(encoding="utf-8")
    assert "Cleaner Production in Hai Phong" in feed and "Column" not in feed
