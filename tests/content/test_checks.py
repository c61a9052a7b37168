"""`make check`: images, built pages, links and anchors, in seconds and without PDFs."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from PIL import Image

from scripts.checks import check_built_images, check_images


def noise(path: Path, size: tuple[int, int]) -> None:
    generator = random.Random(7)
    image = Image.frombytes("RGB", size, bytes(generator.getrandbits(8) for _ in range(size[0] * size[1] * 3)))
    image.save(path, quality=95)


def test_image_limits(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    noise(folder / "nang.jpg", (700, 700))
    noise(folder / "rong.png", (2500, 20))
    noise(folder / "vua.png", (200, 100))
    (folder / "hong.png").write_bytes(b"not an image")
    messages = [str(problem) for problem in check_images(tmp_path, ["docs"])]
    assert messages[0] == "docs/hong.png:1: ảnh: không mở được tệp ảnh này — lưu lại ảnh dạng PNG hoặc JPEG\n" \
                          "    (EN) this image file cannot be opened — save it again as PNG or JPEG"
    assert messages[1].startswith("docs/nang.jpg:1: ảnh: ảnh nặng ")
    assert "quá mức 500 KB" in messages[1]
    assert messages[2].startswith("docs/rong.png:1: ảnh: ảnh 2500×20 điểm ảnh, lớn hơn mức cần cho trang web")
    assert len(messages) == 3  # vua.png is fine


def test_built_pages_need_alt_text_on_every_picture(tmp_path: Path) -> None:
    (tmp_path / "trang").mkdir()
    (tmp_path / "trang/index.html").write_text(
        '<p>x</p>\n<img src="a.png" alt="Lò hơi">\n<img src="b.png">\n<img src="c.png" alt="" role="presentation">\n',
        encoding="utf-8")
    messages = [str(problem) for problem in check_built_images(tmp_path)]
    assert messages == ["(trang dựng) trang/index.html:3: ảnh: ảnh “b.png” trên trang này không có lời mô tả (alt)"
                        " — thêm mô tả ở tệp nguồn của trang\n    (EN) the image “b.png” on this page has no alt text"
                        " — describe it in the page's source file"]


def run_check(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scripts", "check"], cwd=project, capture_output=True, text=True)


def test_check_passes_on_the_real_content(project: Path) -> None:
    result = run_check(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Kiểu viết, ảnh, liên kết và mục neo đều ổn." in result.stdout


def test_check_finds_what_the_build_does_not(project: Path) -> None:
    page = project / "docs/lien-he/index.vi.md"
    text = page.read_text(encoding="utf-8")
    # A raw HTML link to a missing anchor stops the test build, named by its source line. A glued list is a style problem.
    page.write_text(text + '\n<p><a href="../chuong-trinh/#khong-co-muc-nay">Mục không có</a></p>\n\nCác bước:\n- Một\n',
                    encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 1
    assert "docs/lien-he/index.vi.md:" in result.stdout + result.stderr
    assert "dẫn tới mục “#khong-co-muc-nay”, không có trên trang đó" in result.stdout + result.stderr
    assert "docs/lien-he/index.vi.md:" in result.stdout and "danh sách dính vào đoạn văn phía trên" in result.stdout
    assert "Kiểm tra chưa đạt." in result.stderr
