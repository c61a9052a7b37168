"""The hand-over to the site build: download boxes and copies per language."""

from __future__ import annotations

from pathlib import Path

from scripts.pdf import site_links

MANIFEST = {
    "tai-lieu/x/x-man-hinh.pdf": {"kind": "screen", "pages": 2, "bytes": 28_000},
    "tai-lieu/x/x-in.pdf": {"kind": "print", "pages": 2, "bytes": 1_300_000},
    "en/tai-lieu/x/x-man-hinh.pdf": {"kind": "screen", "pages": 2, "bytes": 27_000},
}


def test_download_box_names_size_and_pages() -> None:
    box = site_links.links_for("tai-lieu/x.md", "vi", "vi", MANIFEST)
    assert box is not None
    assert [item["href"] for item in box["items"]] == ["x-man-hinh.pdf", "x-in.pdf"]
    assert box["items"][1]["details"] == "PDF, 1,2 MB, 2 trang"
    english = site_links.links_for("tai-lieu/x.md", "en", "vi", MANIFEST)
    assert english is not None and english["items"][0]["details"] == "PDF, 26 KB, 2 pages"
    assert site_links.links_for("tai-lieu/y.md", "vi", "vi", MANIFEST) is None


def test_each_language_copies_only_its_own_pdfs(tmp_path: Path) -> None:
    pdfs, site = tmp_path / "pdf", tmp_path / "site"
    for name in ("tai-lieu/x/x-in.pdf", "en/tai-lieu/x/x-in.pdf"):
        (pdfs / name).parent.mkdir(parents=True, exist_ok=True)
        (pdfs / name).write_bytes(name.encode())
    assert site_links.copy_into(site, "vi", ("vi", "en"), "vi", pdfs) == 1
    assert site_links.copy_into(site / "en", "en", ("vi", "en"), "vi", pdfs) == 1
    assert (site / "tai-lieu/x/x-in.pdf").read_bytes() == b"tai-lieu/x/x-in.pdf"
    assert (site / "en/tai-lieu/x/x-in.pdf").read_bytes() == b"en/tai-lieu/x/x-in.pdf"
    assert site_links.copy_into(site, "vi", ("vi", "en"), "vi", pdfs) == 0  # unchanged: nothing rewritten
