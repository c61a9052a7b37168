"""One voice in the sources: `make fix-tone-marks` rewrites old-style tone marks only when asked, and says what
it changed; `make check` and the build name retired institutions and style problems at their line."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.content.retired import in_the_past
from scripts.content.style import report_notes
from scripts.content.tone_marks import fix_files, fix_tone_marks

OLD = "Hoá chất, thuỷ sản, hoà vốn, Uỷ ban, khoẻ, HOÀ, xoá"
NEW = "Hóa chất, thủy sản, hòa vốn, Ủy ban, khỏe, HÒA, xóa"


def test_tone_marks_move_to_the_first_vowel_of_an_open_syllable() -> None:
    assert fix_tone_marks(OLD) == NEW


@pytest.mark.parametrize("line", [
    "quý doanh nghiệp, quỹ hỗ trợ, quỳ tím",  # "qu" is a consonant: its "y" carries the mark
    "hoàn vốn, khoảng, huỳnh, ngoài, tuyên truyền",  # closed syllables are the same in both styles
    "hóa, thủy, hòa, Ủy ban",  # already in the site's style
    "Mã `hoá` trong ô mã",  # code shows what was typed (the editor's guide quotes old spellings)
])
def test_what_is_already_right_stays(line: str) -> None:
    assert fix_tone_marks(line) == line


def test_the_fixer_rewrites_only_what_it_reports_and_keeps_every_other_byte(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "trang.vi.md"
    page.parent.mkdir()
    original = f"---\r\ntitle: {OLD}\r\n---\r\n\r\n```\r\nhoá trong khối mã\r\n```\r\n\r\nKhông đổi: quỹ.\r\n"
    page.write_bytes(original.encode("utf-8"))
    changes = fix_files(tmp_path, ["docs/trang.vi.md"])
    assert [str(change) for change in changes] == [f"docs/trang.vi.md:2: title: {OLD}\n    → title: {NEW}"]
    assert page.read_bytes() == original.replace(OLD, NEW).encode("utf-8")  # CRLF, code block and the rest kept
    assert fix_files(tmp_path, ["docs/trang.vi.md"]) == []  # a second run finds nothing


def test_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "tin.vi.md"
    page.write_text("Giảm hoá chất.\n", encoding="utf-8")
    assert len(fix_files(tmp_path, ["tin.vi.md"], dry_run=True)) == 1
    assert page.read_text(encoding="utf-8") == "Giảm hoá chất.\n"


def test_the_command_prints_each_line_and_a_count(tmp_path: Path) -> None:
    """`make fix-tone-marks` on this branch's own pages: they are already in the site's style."""
    result = subprocess.run([sys.executable, "-m", "scripts", "fix-tone-marks", "--dry-run", "docs/hoi-dap",
                             "docs/tin-tuc", "docs/index.vi.md", "docs/index.en.md"],
                            cwd=Path(__file__).parents[2], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Sẽ sửa 0 dòng trong 0 tệp. / Would change 0 line(s) in 0 file(s)."


@pytest.mark.parametrize(("sentence", "past"), [
    ("Năm 2013, Chương trình giao việc cho Ủy ban nhân dân các quận, huyện.", True),
    ("Trước 1/7/2025, việc này thuộc Sở Tài nguyên và Môi trường.", True),
    ("Khi đó, Sở Tài nguyên và Môi trường lo quỹ bảo vệ môi trường.", True),
    ("Sở Tài nguyên và Môi trường không còn.", True),
    ("At the time, the Department of Natural Resources and Environment ran the fund.", True),
    ("Hãy liên hệ Sở Tài nguyên và Môi trường.", False),
    ("Hãy hỏi Sở Tài nguyên và Môi trường theo Luật 72/2020/QH14.", False),  # a document number is not a year
    ("From 2026 ask your district People's Committee.", False),
])
def test_the_rule_for_a_sentence_about_the_past(sentence: str, past: bool) -> None:
    assert in_the_past(sentence) is past


def test_check_names_a_retired_institution_at_its_line(project: Path) -> None:
    page = project / "docs/hoi-dap/dang-ky-danh-gia-sxsh-the-nao.vi.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("## Chi tiết\n", "## Chi tiết\n\nHỏi thêm Sở Tài nguyên và Môi trường.\n", 1),
                    encoding="utf-8")
    line = text.split("\n").index("## Chi tiết") + 3
    result = subprocess.run([sys.executable, "-m", "scripts", "check", "--content-only"], cwd=project,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert (f"docs/hoi-dap/dang-ky-danh-gia-sxsh-the-nao.vi.md:{line}: cơ quan không còn: “Sở Tài nguyên và Môi"
            " trường” không còn từ năm 2025 (nay là Sở Nông nghiệp và Môi trường)") in result.stdout


def test_the_build_reports_style_problems_without_failing(caplog: pytest.LogCaptureFixture) -> None:
    from scripts.content.style import check_voice

    notes = check_voice("docs/tin-tuc/x.vi.md", "Giảm hoá chất.\n")
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.sxsh.style"):
        report_notes(notes)
    levels = {record.levelno for record in caplog.records}
    assert levels == {logging.INFO}  # a strict build fails on warnings, not on these
    assert caplog.records[0].getMessage().startswith("docs/tin-tuc/x.vi.md:1: kiểu viết: “hoá” bỏ dấu theo kiểu cũ")
