"""The web form at /admin/ (Decap CMS): served from our own site, in Vietnamese, and through the local
backend (decap-server on 127.0.0.1) it opens existing pages and data, writes both language files, stops
a save that breaks a rule with our path:line message, and what it saves builds into the pages."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image
from playwright.sync_api import expect

from scripts.cms.install import install
from scripts.site_model import load as site_model
from tests.cms.decap_server import decap_server
from tests.conftest import build_site, serve

pytestmark = pytest.mark.browser
#: Set to a folder to keep the screenshots the editor's guide shows (docs/huong-dan-bien-tap/anh/).
SHOTS = os.environ.get("CMS_SCREENSHOT_DIR", "")
WAIT = 60_000  # the machine running the tests may be busy; Decap renders a long form slowly then


def test_admin_page_loads_from_our_own_host_only(page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "admin/", wait_until="networkidle")
    # No decap-server here: the production (Forgejo) login, around Decap's Vietnamese interface.
    page.get_by_role("button", name="Login with Forgejo").wait_for(timeout=WAIT)
    assert page.get_by_text("Quay về trang web").is_visible()
    assert any(url.endswith("/admin/decap-cms.js") for url in requests)
    assert any(url.endswith("/admin/config.yml") for url in requests)
    assert any(url.endswith("/admin/yaml/index.js") for url in requests)
    # The page and the local-backend probe (decap-server's address on this computer) only.
    assert {urlsplit(url).hostname for url in requests if url.startswith("http")} == {"127.0.0.1"}


def admin_site(project: Path, destination: Path, backend_url: str) -> Path:
    """The form as the build installs it (docs/admin/ and scripts/cms/install.py), without building the pages."""
    admin = destination / "admin"
    shutil.copytree(project / "docs/admin", admin)
    os.environ["CMS_LOCAL_BACKEND_URL"] = backend_url
    try:
        install(project, destination, site_model(project).config)
    finally:
        del os.environ["CMS_LOCAL_BACKEND_URL"]
    return destination


@pytest.fixture
def cms(project: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with decap_server(project) as api:
        web, url = serve(admin_site(project, tmp_path / "admin-site", api))
        try:
            yield url, project
        finally:
            web.shutdown()


def git(project: Path, *arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=project, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def cms_review(project: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The form with review before publishing: decap-server's git mode keeps each change on a branch
    `cms/<collection>/<slug>`, as Decap's Forgejo backend does with a branch and a pull request."""
    for arguments in (("init", "-q", "-b", "main"), ("add", "-A"),
                      ("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm", "start")):
        git(project, *arguments)
    with decap_server(project, mode="git") as api:
        web, url = serve(admin_site(project, tmp_path / "admin-site", api))
        try:
            yield url, project
        finally:
            web.shutdown()


def log_in(page, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(url + "admin/", wait_until="networkidle")
    page.get_by_role("button", name="Đăng nhập").click(timeout=WAIT)
    page.get_by_text("Bộ sưu tập").first.wait_for(timeout=WAIT)


def open_entry(page, url: str, route: str) -> None:
    """A fresh load of the form at ``route`` (the login stays in the browser's storage): Decap does not
    always follow a change of the address's #part while an editor is open."""
    page.goto("about:blank")
    page.goto(url + "admin/#/" + route)


def shot(page, name: str, showing=None) -> None:
    """With CMS_SCREENSHOT_DIR=docs/huong-dan-bien-tap/anh, the editors' guide's screenshots are taken
    again, as the guide shows them: 800 px wide WebP, about 25 KB each (the page-weight budget).
    ``showing``: what the picture is of (a message), waited for on screen; Decap's notices slide in, so
    animations are run to their end before the picture."""
    if SHOTS:
        if showing is not None:
            expect(showing).to_be_in_viewport(timeout=WAIT)
        image = Image.open(io.BytesIO(page.screenshot(animations="disabled"))).convert("RGB")
        image = image.resize((800, round(image.height * 800 / image.width)), Image.LANCZOS)
        image.save(Path(SHOTS) / f"{name}.webp", "WEBP", quality=55, method=6)


def publish(page) -> None:
    page.get_by_role("button", name="Công bố").click()
    page.get_by_role("menuitem", name="Công bố ngay").click()


def wait_for_change(path: Path, before: str, page) -> str:
    seen = before
    for _ in range(300):  # the save is asynchronous: at most about 30 s
        text = path.read_text(encoding="utf-8")
        if text not in (before, "") and text == seen:  # changed, and whole (read twice the same)
            return text
        seen = text
        page.wait_for_timeout(100)
    raise AssertionError(f"{path} was not saved")


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new), "the form changed the layout of the file"
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def open_list_item(page, containing: str) -> object:
    """Opens the first (Vietnamese) item of a list that shows ``containing``; returns it."""
    item = page.locator("[class*=SortableListItem]").filter(has=page.get_by_text(containing, exact=True)).first
    item.locator("button").first.click()
    return item


def test_existing_qa_chapter_and_record_round_trip_into_the_pages(page, cms: tuple[str, Path], tmp_path: Path) -> None:
    url, project = cms
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    log_in(page, url)
    shot(page, "bieu-mau-danh-sach")

    # A Q&A: its question, in Vietnamese.
    qa = project / "docs/hoi-dap/sxsh-la-gi.vi.md"
    qa_before = qa.read_text(encoding="utf-8")
    open_entry(page, url, "collections/qa/entries/sxsh-la-gi")
    question = page.locator("input[id^=title-field]").first
    expect(question).to_have_value("Sản xuất sạch hơn là gì?", timeout=WAIT)
    english_title = page.locator("input[id^=title-field]").nth(1)
    assert english_title.input_value() == "What is cleaner production?"  # both languages side by side
    question.fill("Sản xuất sạch hơn (SXSH) là gì?")
    shot(page, "bieu-mau-hoi-dap")
    publish(page)
    assert changed_lines(qa_before, wait_for_change(qa, qa_before, page)) == [
        ("title: Sản xuất sạch hơn là gì?", "title: Sản xuất sạch hơn (SXSH) là gì?")]

    # A handbook chapter, in its part: its title.
    chapter = project / "handbook/giai-phap/quan-ly-noi-vi.vi.md"
    chapter_before = chapter.read_text(encoding="utf-8")
    open_entry(page, url, "collections/handbook-giai-phap/entries/quan-ly-noi-vi")
    title = page.locator("input[id^=title-field]").first
    expect(title).to_have_value("Quản lý nội vi", timeout=WAIT)  # the form of the chapter, not of the last entry
    title.fill("Quản lý nội vi (sửa trong biểu mẫu)")
    publish(page)
    assert changed_lines(chapter_before, wait_for_change(chapter, chapter_before, page)) == [
        ("title: Quản lý nội vi", "title: Quản lý nội vi (sửa trong biểu mẫu)")]

    # A data record: the text of the programme's first target.
    targets = project / "data/programme-targets.yml"
    targets_before = targets.read_text(encoding="utf-8")
    open_entry(page, url, "collections/data/entries/programme-targets")
    record = open_list_item(page, "nhan-thuc-2015")
    text_vi = record.locator("textarea").first
    expect(text_vi).to_have_value(re.compile("^50% cơ sở sản xuất công nghiệp"), timeout=WAIT)
    text_vi.fill("50% cơ sở sản xuất công nghiệp nhận thức được lợi ích của SXSH (sửa trong biểu mẫu).")
    shot(page, "bieu-mau-so-lieu")
    publish(page)
    targets_after = wait_for_change(targets, targets_before, page)
    assert "(sửa trong biểu mẫu)" in targets_after
    assert targets_after.splitlines()[:2] == targets_before.splitlines()[:2]  # the file's own comments stay

    assert {urlsplit(request).hostname for request in requests if request.startswith("http")} == {"127.0.0.1"}
    result = build_site(tmp_path / "after", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "after"
    assert "<title>Sản xuất sạch hơn (SXSH) là gì?" in (site / "hoi-dap/sxsh-la-gi/index.html").read_text(encoding="utf-8")
    assert "Sản xuất sạch hơn (SXSH) là gì?" in (site / "hoi-dap/index.html").read_text(encoding="utf-8")
    assert "Quản lý nội vi (sửa trong biểu mẫu)" in (
        site / "so-tay/giai-phap/quan-ly-noi-vi/index.html").read_text(encoding="utf-8")
    assert "lợi ích của SXSH (sửa trong biểu mẫu)" in (site / "chuong-trinh/index.html").read_text(encoding="utf-8")


def test_a_payback_that_no_longer_matches_is_refused_with_our_message(page, cms: tuple[str, Path]) -> None:
    url, project = cms
    case = project / "docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md"
    before = case.read_text(encoding="utf-8")
    line = next(number for number, text in enumerate(before.splitlines(), start=1) if "payback_years:" in text)
    log_in(page, url)
    open_entry(page, url, "collections/case/entries/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc")
    expect(page.locator("input[id^=title-field]").first).to_have_value(
        "Ví dụ: nhà máy bia tiết kiệm hơi và nước", timeout=WAIT)
    page.locator("[class*=SortableListItem]").filter(
        has=page.locator("input[id^=payback_years-field]")).first.locator("button").first.click()
    page.locator("input[id^=payback_years-field]").first.fill("9")
    publish(page)
    message = page.get_by_text("measures[1].payback_years")
    message.wait_for(timeout=WAIT)
    text = " ".join(message.inner_text().split())  # before the picture: the notice closes by itself
    shot(page, "bieu-mau-loi", showing=message)
    # The words and the line of `make check` (scripts/content/case_figures.py) for this file.
    assert (f"docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md:{line}: measures[1].payback_years:"
            " thời gian hoàn vốn ghi 9 năm, nhưng vốn đầu tư 80000000 chia cho tiền tiết kiệm mỗi năm 360000000"
            " là 0.22 năm — viết “payback_years: 0.22”") in text
    assert "(EN) the payback is written as 9 years" in text
    # The check runs before Decap saves anything (a preSave listener): once its message shows, the save
    # was refused, so the file is looked at now, with no wait.
    assert case.read_text(encoding="utf-8") == before  # nothing was saved


def test_new_entry_writes_both_language_files_that_build(page, cms: tuple[str, Path], tmp_path: Path) -> None:
    url, project = cms
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    log_in(page, url)
    open_entry(page, url, "collections/news/new")
    page.locator("input[id^=title-field]").first.wait_for(timeout=WAIT)
    vietnamese, english = page.locator("input[id^=title-field]").all()
    vietnamese.fill("Tin thử: Đồ Sơn tiết kiệm điện")
    english.fill("Test news: Do Son saves power")
    page.locator("input[id^=date-field]").first.fill("2026-11-28")
    summary_vi, summary_en = page.locator("textarea[id^=summary-field]").all()
    summary_vi.fill("Tóm tắt tin thử.")
    summary_en.fill("Summary of the test news.")
    add_source = page.get_by_role("button", name="Add nguồn / sources")
    add_source.nth(0).click()
    add_source.nth(1).click()
    source_vi, source_en = page.locator("input[id^=id-field]").all()  # a source is named by its id (data/sources.yml)
    source_vi.fill("qd-1759-2013")
    source_en.fill("qd-1759-2013")
    body_vi, body_en = page.locator("[data-slate-editor=true]").all()
    body_vi.click()
    page.keyboard.type("Nội dung tin thử.")
    body_en.click()
    page.keyboard.type("Body of the test news.")
    publish(page)

    written = project / "docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.vi.md"
    written_en = project / "docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.en.md"
    for _ in range(300):  # the save is asynchronous: at most about 30 s
        if written.exists() and written_en.exists():
            break
        page.wait_for_timeout(100)
    text = written.read_text(encoding="utf-8")
    assert 'title: "Tin thử: Đồ Sơn tiết kiệm điện"' in text and "Nội dung tin thử." in text
    assert "date: 2026-11-28" in text
    assert "Body of the test news." in written_en.read_text(encoding="utf-8")
    assert {urlsplit(request).hostname for request in requests if request.startswith("http")} == {"127.0.0.1"}

    result = build_site(tmp_path / "after", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix, heading in (("", "Tin thử: Đồ Sơn tiết kiệm điện"), ("en/", "Test news: Do Son saves power")):
        html = (tmp_path / "after" / prefix / "tin-tuc/tin-thu-do-son-tiet-kiem-dien/index.html").read_text(encoding="utf-8")
        assert heading in html
        # "Edit this page" opens the file of this language in the forge's web editor.
        language_file = "vi" if prefix == "" else "en"
        assert f"_edit/main/docs/tin-tuc/tin-thu-do-son-tiet-kiem-dien.{language_file}.md" in html
        # Listed in its section without any navigation file being edited.
        section = (tmp_path / "after" / prefix / "tin-tuc/index.html").read_text(encoding="utf-8")
        assert 'href="tin-thu-do-son-tiet-kiem-dien/"' in section


def test_a_change_waits_for_review_on_its_own_branch(page, cms_review: tuple[str, Path]) -> None:
    url, project = cms_review
    qa = "docs/hoi-dap/sxsh-la-gi.vi.md"
    before = (project / qa).read_text(encoding="utf-8")
    log_in(page, url)
    open_entry(page, url, "collections/qa/entries/sxsh-la-gi")
    answer = page.locator("textarea[id^=short_answer-field]").first
    expect(answer).to_have_value(re.compile(r"^Sản xuất sạch hơn \(SXSH\)"), timeout=WAIT)
    answer.fill("Câu trả lời chờ duyệt.")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.get_by_text("Thay đổi đã được lưu").wait_for(timeout=WAIT)
    shot(page, "bieu-mau-luu-cho-duyet")
    branch = "cms/qa/sxsh-la-gi"
    assert branch in git(project, "branch", "--list", "cms/*")
    assert "short_answer: Câu trả lời chờ duyệt." in git(project, "show", f"{branch}:{qa}")
    # main, the published site, has not changed: the change waits for review.
    assert git(project, "show", f"main:{qa}") == before
    open_entry(page, url, "workflow")
    page.get_by_text("Quy trình biên tập").first.wait_for(timeout=WAIT)
    page.get_by_text("Sản xuất sạch hơn là gì?").first.wait_for(timeout=WAIT)
    shot(page, "bieu-mau-quy-trinh")
