"""The real build, fed an editor's mistakes, stops with messages that name file and line,
writes no page, and leaves the sources as they were."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tests.conftest import build_site


def build(project: Path, tmp_path: Path):
    return build_site(tmp_path / "out", cwd=project)


def after_heading(lines: list[str]) -> int:
    """Where the body text starts (the index after the page's title and its blank line): lines put there
    are the page's own text, whatever its front matter holds; a line inserted at index i is line i + 1."""
    return next(number for number, line in enumerate(lines) if line.startswith("# ")) + 2


def digest(folder: Path) -> dict[str, str]:
    """Hash of every source file (os.walk does not follow the node_modules link)."""
    hashes = {}
    for parent, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in names:
            path = Path(parent, name)
            if not path.is_symlink():
                hashes[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def test_content_errors_stop_the_build_before_rendering(project: Path, tmp_path: Path) -> None:
    (project / "docs/tin-tuc/tin-loi.vi.md").write_text(
        "---\ntitle: Tin lỗi\ndate: 2026-13-01\nsummary: Tóm tắt.\nsources:\n  - id: qd-1759-2013\n---\n\nS¶n xuÊt.\n",
        encoding="utf-8")
    before = digest(project)
    result = build(project, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/tin-tuc/tin-loi.vi.md:3: date: ngày “2026-13-01” không đúng hoặc không có thật" in output
    assert "docs/tin-tuc/tin-loi.vi.md:9: bảng mã cũ: chữ “S¶n”" in output
    assert not list((tmp_path / "out").rglob("*.html"))
    assert digest(project) == before


def test_broken_link_is_reported_with_file_and_line(project: Path, tmp_path: Path) -> None:
    page = project / "docs/lien-he/index.vi.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    at = after_heading(lines)
    lines[at:at] = ["Xem [trang không có](khong-co-trang-nay.md).", ""]
    page.write_text("\n".join(lines), encoding="utf-8")
    result = build(project, tmp_path)
    assert result.returncode != 0
    assert f"docs/lien-he/index.vi.md:{at + 1}: liên kết / link:" in result.stdout + result.stderr


def test_page_in_one_language_only_carries_a_visible_note(project: Path, tmp_path: Path) -> None:
    (project / "docs/tin-tuc/chi-co-tieng-viet.vi.md").write_text(
        "---\ntitle: Tin chỉ có tiếng Việt\ndate: 2026-11-20\nsummary: Tóm tắt.\nsources:\n  - id: qd-1759-2013\n---\n\n"
        "# Tin chỉ có tiếng Việt\n\nNội dung.\n\n<!-- render sources -->\n", encoding="utf-8")
    result = build(project, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    english = (tmp_path / "out/en/tin-tuc/chi-co-tieng-viet/index.html").read_text(encoding="utf-8")
    assert "This page is available in Vietnamese only" in english
    assert '<div lang="vi">' in english
    vietnamese = (tmp_path / "out/tin-tuc/chi-co-tieng-viet/index.html").read_text(encoding="utf-8")
    assert "Trang này chưa có bản tiếng Anh" in vietnamese


def test_page_without_a_language_in_its_name_stops_the_build(project: Path, tmp_path: Path) -> None:
    # The web form lists only x.vi.md / x.en.md, so a page named x.md could never be opened there.
    (project / "docs/lien-he/index.vi.md").rename(project / "docs/lien-he/index.md")
    result = build(project, tmp_path)
    assert result.returncode != 0
    assert ("docs/lien-he/index.md:1: tên tệp: tên tệp không ghi ngôn ngữ — đổi tên thành “index.vi.md”"
            in result.stdout + result.stderr)
    assert (project / "docs/lien-he/index.md").exists()  # reported, never renamed by the build


def test_links_written_in_raw_html_are_checked_like_markdown_links(project: Path, tmp_path: Path) -> None:
    page = project / "docs/lien-he/index.vi.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    at = after_heading(lines)
    lines[at:at] = ['<p><a href="../khong-co-trang/">x</a></p>', "",
                    '<p><a href="../chuong-trinh/#khong-co-muc-nay">y</a> <a href="../chuong-trinh/">z</a></p>', "",
                    '<p><script>alert(1)</script></p>', ""]
    page.write_text("\n".join(lines), encoding="utf-8")
    result = build(project, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"docs/lien-he/index.vi.md:{at + 5}: HTML: thẻ <script> đưa mã chạy trên máy bạn đọc vào trang" in output
    assert not list((tmp_path / "out").rglob("*.html"))  # refused before anything is written
    del lines[at + 4]
    page.write_text("\n".join(lines), encoding="utf-8")
    result = build(project, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (f"docs/lien-he/index.vi.md:{at + 1}: liên kết: liên kết “../khong-co-trang/” viết bằng HTML dẫn tới"
            " “khong-co-trang”, không có trong trang đã dựng") in output
    assert (f"docs/lien-he/index.vi.md:{at + 3}: liên kết: liên kết “../chuong-trinh/#khong-co-muc-nay” viết bằng HTML dẫn tới"
            " mục “#khong-co-muc-nay”, không có trên trang đó") in output
    assert "“../chuong-trinh/”" not in output
