"""Reader-facing facts: the Atom feeds of news and Q&A, "last updated" from git, the edit link."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import build_site

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feeds_are_valid_atom_with_absolute_links(built_site: Path) -> None:
    for feed_path, language, home in (("feed.xml", "vi", "https://socongthuong.haiphong.gov.vn/sxsh/"),
                                      ("en/feed.xml", "en", "https://socongthuong.haiphong.gov.vn/sxsh/en/")):
        feed = ET.parse(built_site / feed_path).getroot()  # raises on invalid XML
        assert feed.tag == f"{ATOM}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
        assert feed.find(f"{ATOM}id").text == home + "feed.xml"
        entries = feed.findall(f"{ATOM}entry")
        assert entries, feed_path
        links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
        assert all(link.startswith(home) and link.endswith("/") for link in links)
        assert home + "tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon/" in links
        for link in links:  # each entry is a page of the built site
            assert (built_site / link.removeprefix("https://socongthuong.haiphong.gov.vn/sxsh/") / "index.html").exists()
        updated = [entry.find(f"{ATOM}updated").text for entry in entries]
        assert updated == sorted(updated, reverse=True)


def test_every_page_head_links_the_feed_of_its_language(built_site: Path) -> None:
    feed_link = re.compile(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)"')
    assert feed_link.search((built_site / "hoi-dap/index.html").read_text(encoding="utf-8")).group(1) == "../feed.xml"
    english = (built_site / "en/tin-tuc/index.html").read_text(encoding="utf-8")
    assert feed_link.search(english).group(1) == "../feed.xml"  # from en/tin-tuc/ to en/feed.xml
    assert feed_link.search((built_site / "en/index.html").read_text(encoding="utf-8")).group(1) == "feed.xml"


def test_feed_follows_site_url(project: Path, tmp_path: Path) -> None:
    result = build_site(tmp_path / "out", site_url="https://example.gov.vn/sxsh-test/", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (tmp_path / "out/en/feed.xml").read_text(encoding="utf-8")
    assert "<id>https://example.gov.vn/sxsh-test/en/feed.xml</id>" in text


def _git(project: Path, *arguments: str, date: str = "2025-03-05T10:00:00+07:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "Biên tập",
           "GIT_AUTHOR_EMAIL": "bt@example.gov.vn", "GIT_COMMITTER_NAME": "Biên tập",
           "GIT_COMMITTER_EMAIL": "bt@example.gov.vn"}
    subprocess.run(["git", *arguments], cwd=project, env=env, check=True, capture_output=True)


def test_last_updated_falls_back_to_the_commit_date(project: Path, tmp_path: Path) -> None:
    _git(project, "init", "-q")
    _git(project, "add", "docs", "handbook")
    _git(project, "commit", "-q", "-m", "Nội dung")
    (project / "docs/lien-he/index.en.md").write_text(
        (project / "docs/lien-he/index.en.md").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    _git(project, "commit", "-q", "-am", "Sửa bản tiếng Anh", date="2026-02-14T09:00:00+07:00")
    result = build_site(tmp_path / "out", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    fact = re.compile(r'class="md-source-file__fact">.*?</svg>\s*</span>\s*([^<]+?)\s*</span>', re.DOTALL)
    vietnamese = (tmp_path / "out/lien-he/index.html").read_text(encoding="utf-8")
    assert fact.search(vietnamese).group(1) == "5/3/2025"
    english = (tmp_path / "out/en/lien-he/index.html").read_text(encoding="utf-8")
    assert fact.search(english).group(1) == "14 February 2026"
    # A pure rename changes no text: the page keeps the date of its last real change.
    _git(project, "mv", "docs/lien-he/index.vi.md", "docs/lien-he/index.md")
    _git(project, "commit", "-q", "-m", "Đổi tên", date="2026-03-01T09:00:00+07:00")
    _git(project, "mv", "docs/lien-he/index.md", "docs/lien-he/index.vi.md")
    _git(project, "commit", "-q", "-m", "Đổi tên lại", date="2026-04-01T09:00:00+07:00")
    result = build_site(tmp_path / "out2", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    vietnamese = (tmp_path / "out2/lien-he/index.html").read_text(encoding="utf-8")
    assert fact.search(vietnamese).group(1) == "5/3/2025"
    # A date in the front matter still wins over git.
    news = (tmp_path / "out/tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon/index.html").read_text(encoding="utf-8")
    assert fact.search(news).group(1) == "27/11/2026"


def test_build_without_git_shows_no_date_and_still_works(project: Path, tmp_path: Path) -> None:
    # A machine with what `make build` installs (pdftoppm draws thumbnails and link cards) but no git.
    tools = tmp_path / "no-git"
    tools.mkdir()
    (tools / "pdftoppm").symlink_to(shutil.which("pdftoppm"))
    result = build_site(tmp_path / "out", cwd=project, env={"PATH": str(tools)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "md-source-file__fact" not in (tmp_path / "out/lien-he/index.html").read_text(encoding="utf-8")


def test_build_without_pdftoppm_says_what_to_install(project: Path, tmp_path: Path) -> None:
    result = build_site(tmp_path / "out", cwd=project, env={"PATH": str(tmp_path / "no-tools")})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "pdftoppm không có trên máy này: chạy “make build” (cài gói poppler-utils)" in output
    assert "Traceback" not in output
