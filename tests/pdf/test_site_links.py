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
    box = site_links.links_for("tai-lieu/x.md", "vi", MANIFEST)
    assert box is not None
    assert [item["href"] for item in box["items"]] == ["x-man-hinh.pdf", "x-in.pdf"]
    assert box["items"][1]["details"] == "PDF, 1,2 MB, 2 trang"
    english = site_links.links_for("tai-lieu/x.md", "en", MANIFEST)
    assert english is not None and english["items"][0]["details"] == "PDF, 26 KB, 2 pages"
    assert site_links.links_for("tai-lieu/y.md", "vi", MANIFEST) is None


def test_each_language_copies_only_its_own_pdfs(tmp_path: Path) -> None:
    pdfs, site = tmp_path / "pdf", tmp_path / "site"
    for name in ("tai-lieu/x/x-in.pdf", "en/tai-lieu/x/x-in.pdf"):
        (pdfs / name).parent.mkdir(parents=True, exist_ok=True)
        (pdfs / name).write_bytes(name.encode())
    assert site_links.copy_into(site, "vi", pdfs) == 1
    assert site_links.copy_into(site / "en", "en", pdfs) == 1
    assert (site / "tai-lieu/x/x-in.pdf").read_bytes() == b"tai-lieu/x/x-in.pdf"
    assert (site / "en/tai-lieu/x/x-in.pdf").read_bytes() == b"en/tai-lieu/x/x-in.pdf"
    assert site_links.copy_into(site, "vi", pdfs) == 0  # unchanged: nothing rewritten


def test_handbook_and_publications_pages_offer_the_book() -> None:
    manifest = {
        "so-tay/so-tay-man-hinh.pdf": {"kind": "screen", "pages": 153, "bytes": 613_000},
        "so-tay/so-tay-in.pdf": {"kind": "print", "pages": 153, "bytes": 590_000},
        "en/so-tay/so-tay-man-hinh.pdf": {"kind": "screen", "pages": 159, "bytes": 634_000},
    }
    home = site_links.book_links_for("so-tay/index.md", "vi", manifest)
    assert home is not None and home["heading"].startswith("Tải sổ tay")
    assert [item["href"] for item in home["items"]] == ["so-tay-man-hinh.pdf", "so-tay-in.pdf"]
    assert home["items"][0]["details"] == "PDF, 599 KB, 153 trang"
    publications = site_links.book_links_for("tai-lieu/index.md", "vi", manifest)
    assert publications is not None
    assert [item["href"] for item in publications["items"]] == ["../so-tay/so-tay-man-hinh.pdf", "../so-tay/so-tay-in.pdf"]
    english = site_links.book_links_for("tai-lieu/index.md", "en", manifest)
    assert english is not None and english["heading"].startswith("Download the handbook")
    assert [item["href"] for item in english["items"]] == ["../so-tay/so-tay-man-hinh.pdf"]
    assert english["items"][0]["details"] == "PDF, 619 KB, 159 pages"


def test_publications_list_links_each_publication_pdfs_from_its_own_address() -> None:
    manifest = {**MANIFEST, "en/tai-lieu/x/x-in.pdf": {"kind": "print", "pages": 1, "bytes": 1_000_000}}
    vietnamese = site_links.list_links_for("tai-lieu/x.md", "vi", MANIFEST, "tai-lieu/index.md")
    assert [(item["href"], item["label"], item["details"]) for item in vietnamese] == [
        ("x/x-man-hinh.pdf", "PDF để đọc trên màn hình", "27 KB, 2 trang"),
        ("x/x-in.pdf", "PDF để in", "1,2 MB, 2 trang"),
    ]
    english = site_links.list_links_for("tai-lieu/x.md", "en", manifest, "tai-lieu/index.md")
    assert [(item["href"], item["details"]) for item in english] == [("x/x-man-hinh.pdf", "26 KB, 2 pages"),
                                                                     ("x/x-in.pdf", "977 KB, 1 page")]
    assert site_links.list_links_for("tai-lieu/y.md", "en", manifest, "tai-lieu/index.md") == []
