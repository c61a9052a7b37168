"""The handbook's print details (handbook/.book.yml) are checked like any page's front matter."""

from __future__ import annotations

from pathlib import Path

from scripts.content.sources import Site, load_book, load_site

ROOT = Path(__file__).resolve().parents[2]

BROKEN = """\
cover_title:
  vi: Sổ tay sản xuất sạch hơn
edition:
  vi: Lần thứ nhất, 2026
  en: First edition, 2026
date: 2026-13-01
cover_titel: x
colophon:
  vi: Lời ghi.
  en: A note.
"""


def test_the_real_book_details_are_valid() -> None:
    site = load_site(ROOT, {"handbook": "so-tay"})
    assert [p for p in site.problems if p.path.endswith(".book.yml")] == []
    assert site.book["edition"]["vi"] and site.book["edition"]["en"]
    assert site.book["date"].year >= 2026


def test_each_fault_names_file_line_and_field(tmp_path: Path) -> None:
    (tmp_path / "handbook").mkdir()
    (tmp_path / "handbook" / ".book.yml").write_text(BROKEN, encoding="utf-8")
    site = Site(tmp_path)
    load_book(site, "handbook")
    found = sorted(str(p).split("\n")[0] for p in site.problems)
    assert [line.split(" ", 1)[0] for line in found] == [
        "handbook/.book.yml:2:",  # cover_title without English (its group starts on line 2)
        "handbook/.book.yml:6:",  # no such date
        "handbook/.book.yml:7:",  # unknown field, with a suggestion
    ]
    assert "cover_title.en: thiếu trường bắt buộc “en”" in found[0]
    assert "date: ngày “2026-13-01” không đúng" in found[1]
    assert "có phải bạn định viết “cover_title”?" in found[2]


def test_a_missing_book_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "handbook").mkdir()
    site = Site(tmp_path)
    assert load_book(site, "handbook") == {}
    assert str(site.problems[0]).startswith("handbook/.book.yml:1: tệp: thiếu tệp dữ liệu này")
