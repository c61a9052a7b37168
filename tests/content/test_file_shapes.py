"""What the build does with each shape of file an editor's tool may leave in a content folder: accepted where
the tool is right (CRLF, a byte-order mark), otherwise one clear message; a link never leads out of the repository."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from scripts.content.sources import load_site

ROOT = Path(__file__).resolve().parents[2]
MOUNTS = {"handbook": "so-tay"}
PAGE = ("---\ntitle: Tin thử\ndate: 2026-01-15\nsummary: Tóm tắt.\nsources:\n  - id: qd-1759-2013\n---\n\n"
        "# Tin thử\n\nSản xuất sạch hơn giúp doanh nghiệp tiết kiệm.\n\n<!-- render sources -->\n")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "handbook", tmp_path / "handbook")  # the criteria in data/ name handbook pages
    (tmp_path / "docs" / "tin-tuc").mkdir(parents=True)
    return tmp_path


def problems(root: Path) -> list[str]:
    return [str(p) for p in load_site(root, MOUNTS).problems]


def summaries(root: Path) -> list[tuple[str, int, str]]:
    return [(p.path, p.line, p.vi.split(" — ")[0]) for p in load_site(root, MOUNTS).problems]


def test_crlf_and_a_byte_order_mark_are_accepted(root: Path) -> None:
    (root / "docs/tin-tuc/crlf.vi.md").write_bytes(PAGE.replace("\n", "\r\n").encode())
    (root / "docs/tin-tuc/bom.vi.md").write_bytes(b"\xef\xbb\xbf" + PAGE.encode())
    assert problems(root) == []
    site = load_site(root, MOUNTS)
    assert {page.source: page.meta["title"] for page in site.pages if page.source.startswith("docs/")} == {
        "docs/tin-tuc/bom.vi.md": "Tin thử", "docs/tin-tuc/crlf.vi.md": "Tin thử"}


def test_utf16_is_named_with_the_fix(root: Path) -> None:
    (root / "docs/tin-tuc/utf16.vi.md").write_bytes(PAGE.encode("utf-16"))
    assert summaries(root) == [("docs/tin-tuc/utf16.vi.md", 1, "tệp được lưu bằng UTF-16")]


def test_windows_1258_is_named_with_the_fix(root: Path) -> None:
    # Windows-1258 writes "Sản xuất" as S a + combining hook, x u â + combining acute, t.
    text = PAGE.replace("Sản xuất sạch hơn", "S\u1ea3n xu\u1ea5t").encode("utf-8")
    cp1258 = "Sa\u0309n xu\u00e2\u0301t".encode("cp1258")
    (root / "docs/tin-tuc/cp1258.vi.md").write_bytes(text.replace("Sản xuất".encode(), cp1258))
    assert summaries(root) == [("docs/tin-tuc/cp1258.vi.md", 11, "tệp được lưu bằng bảng mã Windows-1258, không phải UTF-8")]


def test_legacy_8_bit_text_points_at_fix_unicode(root: Path) -> None:
    (root / "docs/tin-tuc/tcvn3.vi.md").write_bytes(PAGE.encode().replace("Sản xuất".encode(), "S\xb6n xu\xcat".encode("latin-1")))
    [(path, line, _)] = summaries(root)
    assert (path, line) == ("docs/tin-tuc/tcvn3.vi.md", 11) and "chạy `make fix-unicode`" in problems(root)[0]


def test_an_empty_page_and_an_empty_data_file_are_named(root: Path) -> None:
    (root / "docs/tin-tuc/trong.vi.md").write_text("\n \n", encoding="utf-8")
    (root / "data/energy-norms.yml").write_text("", encoding="utf-8")
    assert ("docs/tin-tuc/trong.vi.md", 1, "tệp trống") in summaries(root)
    assert ("data/energy-norms.yml", 1, "tệp dữ liệu trống") in summaries(root)


@pytest.mark.parametrize("name", ["trang.html", "bai.docx", "tin.MD", "ghi-chu.yml"])
def test_a_file_that_is_not_content_is_refused(root: Path, name: str) -> None:
    (root / "docs/tin-tuc" / name).write_bytes(b"x")
    [(path, line, summary)] = summaries(root)
    assert (path, line) == (f"docs/tin-tuc/{name}", 1)
    assert summary.startswith(f"tệp “{name}” không phải trang Markdown, ảnh hay tài liệu để tải về")


@pytest.mark.parametrize("target", ["outside", "inside"])
def test_a_symbolic_link_is_never_followed(root: Path, tmp_path_factory: pytest.TempPathFactory, target: str) -> None:
    if target == "outside":
        secret = tmp_path_factory.mktemp("elsewhere") / "bi-mat.vi.md"
        secret.write_text(PAGE, encoding="utf-8")
    else:
        secret = root / "docs/tin-tuc/that.vi.md"
        secret.write_text(PAGE, encoding="utf-8")
    os.symlink(secret, root / "docs/tin-tuc/lien-ket.vi.md")
    os.symlink(secret.parent, root / "docs/thu-muc")
    found = summaries(root)
    assert ("docs/tin-tuc/lien-ket.vi.md", 1, "đây là một liên kết tượng trưng (symlink) tới tệp hay thư mục khác;"
            " bản dựng không theo nó, vì nó có thể dẫn ra ngoài kho") in found
    assert any(path == "docs/thu-muc" for path, _, _ in found)
    assert all(page.source != "docs/tin-tuc/lien-ket.vi.md" for page in load_site(root, MOUNTS).pages)
