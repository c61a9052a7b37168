"""The real build stops on a Q&A that pins a page that does not exist, or a case whose payback
disagrees with its figures, with the message an editor needs, and writes no page."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_site


def insert_after(path: Path, marker: str, lines: list[str]) -> int:
    """Insert ``lines`` after the first line starting with ``marker``; returns the first new line's number."""
    text = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(text) if line.startswith(marker)) + 1
    text[at:at] = lines
    path.write_text("\n".join(text), encoding="utf-8")
    return at + 1


def test_unknown_related_page_stops_the_build(project: Path, tmp_path: Path) -> None:
    page = project / "docs/hoi-dap/sxsh-la-gi.vi.md"
    line = insert_after(page, "topic:", ["related:", "  - hoi-dap/danh-gia-sxsh-mat-bao-lau.md",
                                         "  - hoi-dap/tam-nhom-giai-phap.md"])
    result = build_site(tmp_path / "out", cwd=project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (f"docs/hoi-dap/sxsh-la-gi.vi.md:{line + 2}: related[2]: không có trang “hoi-dap/tam-nhom-giai-phap.md”"
            " (có phải “hoi-dap/tam-nhom-giai-phap-sxsh-la-gi.md”?)") in output
    assert "related[1]" not in output
    assert not list((tmp_path / "out").rglob("*.html"))


def test_wrong_payback_stops_the_build(project: Path, tmp_path: Path) -> None:
    page = project / "docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("    payback_years: 1.11\n", "    payback_years: 1.5\n", 1), encoding="utf-8")
    line = text.split("\n").index("    payback_years: 1.11") + 1
    result = build_site(tmp_path / "out", cwd=project)
    assert result.returncode != 0
    assert (f"docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md:{line}: measures[3].payback_years: thời gian"
            " hoàn vốn ghi 1.5 năm, nhưng vốn đầu tư 300000000 chia cho tiền tiết kiệm mỗi năm 270000000 là 1.11 năm"
            " — viết “payback_years: 1.11”") in result.stdout + result.stderr
