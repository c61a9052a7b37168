"""`make fix-unicode`: pasted and decomposed text becomes clean NFC; nothing else in a file moves."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.content.legacy_encodings import TCVN3, VNI, convert_line, is_vietnamese_syllable
from scripts.content.text_checks import check_text
from scripts.content.unicode_fix import fix_file, fix_text

BROKEN = Path(__file__).parent / "broken" / "tin-tuc"
CLEAN = "Sản xuất sạch hơn trong công nghiệp."

# Fixture file -> what line 9 (the body) reads after the fix.
FIXED_BODY = {
    "bang-ma-tcvn3.vi.md": "Sản xuất sạch hơn trong công nghiệp.",
    "bang-ma-vni.vi.md": "Sản xuất sạch hơn.",
    "chu-to-hop-nfd.vi.md": "Sản xuất sạch hơn là cách làm tốt.",
    "ky-tu-an.vi.md": "Sản xuất sạch hơn.",
    "ky-tu-dieu-khien.vi.md": "Sản xuất sạch hơn.",
}


@pytest.mark.parametrize("name", sorted(FIXED_BODY))
def test_fixture_is_fixed_and_reported(tmp_path: Path, name: str) -> None:
    shutil.copy(BROKEN / name, tmp_path / name)
    changes = fix_file(tmp_path, name)
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert text.split("\n")[8] == FIXED_BODY[name]
    assert check_text(name, text) == []
    assert [change.line for change in changes] == [9]
    assert str(changes[0]).startswith(f"{name}:9: ")
    assert str(changes[0]).endswith(f" → {FIXED_BODY[name]}")
    # Everything but line 9 is byte for byte what it was.
    before = (BROKEN / name).read_bytes().split(b"\n")
    after = (tmp_path / name).read_bytes().split(b"\n")
    assert before[:8] + before[9:] == after[:8] + after[9:]


def test_invisible_characters_are_shown_in_the_report() -> None:
    _, changes = fix_text("a.md", "Sản xuất\u200b sạch\x0bhơn\n")
    assert str(changes[0]) == "a.md:1: Sản xuất⟨U+200B⟩ sạch⟨U+000B⟩hơn → Sản xuất sạch hơn"


def test_windows_line_endings_and_smart_quotes_from_word_are_kept_right() -> None:
    text = "title: x\r\nS\u0061\u0309n xu\u00e2\u0301t\r\n\x93Trích\x94 \x96 xong\r\n"
    fixed, changes = fix_text("a.md", text)
    assert fixed == "title: x\r\nSản xuất\r\n“Trích” – xong\r\n"
    assert [change.line for change in changes] == [2, 3]


def test_file_saved_in_tcvn3_becomes_utf8(tmp_path: Path) -> None:
    raw = "S¶n xuÊt s¹ch h¬n\n".encode("latin-1")
    (tmp_path / "cu.md").write_bytes(raw)
    changes = fix_file(tmp_path, "cu.md")
    assert (tmp_path / "cu.md").read_text(encoding="utf-8") == "Sản xuất sạch hơn\n"
    assert "UTF-8" in str(changes[0])


def test_mixed_line_converts_only_the_pasted_words() -> None:
    assert convert_line("Theo tài liệu cũ: S¶n xuÊt s¹ch h¬n là cá.") == (
        "Theo tài liệu cũ: Sản xuất sạch hơn là cá.", "TCVN3")
    assert convert_line("QUYÕT §ÞNH vÒ tiÕt kiÖm n¨ng l\xadîng") == ("QUYẾT ĐỊNH về tiết kiệm năng lượng", "TCVN3")
    assert convert_line("Thuyû saûn vaø giaáy, ñöôïc hoã trôï") == ("Thuỷ sản và giấy, được hỗ trợ", "VNI")
    assert convert_line("ÑEÅ SAÛN XUAÁT SAÏCH HÔN") == ("ĐỂ SẢN XUẤT SẠCH HƠN", "VNI")


def test_tables_cover_every_vietnamese_letter() -> None:
    letters = set("àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ")
    assert letters <= set(TCVN3.values())
    assert letters | {letter.upper() for letter in letters} <= set(VNI.values()) | set("aeiouyAEIOUY")


@pytest.mark.parametrize("word", ["nghiêng", "khuỷu", "quyết", "giữ", "gì", "người", "hoà", "thủy", "oẳn"])
def test_real_syllables_are_recognised(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("line", [
    CLEAN,
    "Nhiệt độ 25°C, diện tích 12 m², hiệu suất ±5%, khổ 2×3 m.",
    "Café, crème: tên riêng tiếng nước ngoài.",
    "\tThụt lề bằng tab; “ngoặc kép” – gạch ngang…",
])
def test_clean_lines_are_left_alone(line: str) -> None:
    assert fix_text("a.md", line + "\n") == (line + "\n", [])


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder_name in ("docs", "handbook", "data") for p in (folder / folder_name).rglob("*") if p.is_file()}


def test_command_fixes_only_broken_files_and_keeps_the_rest_byte_identical(project: Path) -> None:
    for name in FIXED_BODY:
        shutil.copy(BROKEN / name, project / "docs/tin-tuc" / name)
    crlf = ("---\ntitle: Tin\ndate: 2026-01-15\nsummary: Tóm tắt.\nsources:\n  - id: qd-1759-2013\n---\n\n" + CLEAN
            + "\n\n<!-- render sources -->\n")
    (project / "docs/tin-tuc/crlf.vi.md").write_bytes(crlf.replace("\n", "\r\n").encode())
    before = digest(project)
    result = subprocess.run([sys.executable, "-m", "scripts", "fix-unicode"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "docs/tin-tuc/bang-ma-tcvn3.vi.md:9: S¶n xuÊt s¹ch h¬n trong c«ng nghiÖp. → Sản xuất sạch hơn trong công" in result.stdout
    assert "5 dòng trong 5 tệp" in result.stdout
    after = digest(project)
    changed = {path for path in before if before[path] != after[path]}
    assert changed == {f"docs/tin-tuc/{name}" for name in FIXED_BODY}
    check = subprocess.run([sys.executable, "-m", "scripts", "check", "--content-only"], cwd=project,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_build_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    from scripts.content.sources import read_source

    (tmp_path / "cu.md").write_bytes(b"---\ntitle: x\n---\n" + "S¶n xuÊt\n".encode("latin-1"))
    text, problems = read_source(tmp_path / "cu.md", "docs/cu.md")
    assert text is None
    assert str(problems[0]).startswith("docs/cu.md:4: mã hóa: tệp không được lưu bằng UTF-8")
