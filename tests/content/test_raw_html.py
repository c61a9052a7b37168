"""Raw HTML in a page is held to an allow-list: no code, no inline style, nothing loaded from another host."""

from __future__ import annotations

import pytest

from scripts.content.raw_html import ALLOWED_TAGS, scan


def fields_and_lines(body: str) -> list[tuple[int, str]]:
    problems, _ = scan("docs/tin-tuc/x.vi.md", body, first_line=10)
    return [(p.line, p.vi.split(" — ")[0]) for p in problems]


@pytest.mark.parametrize(("html", "reason"), [
    ("<script>alert(1)</script>", "thẻ <script> đưa mã chạy trên máy bạn đọc vào trang; trang nội dung không được có thẻ này"),
    ("<SCRIPT src=x.js></SCRIPT>", "thẻ <script> đưa mã chạy trên máy bạn đọc vào trang; trang nội dung không được có thẻ này"),
    ('<p onclick="x()">a</p>', "thuộc tính “onclick” chạy mã khi bạn đọc bấm, di chuột hay mở trang"),
    ('<img src="a.png" alt="a" onerror="x()">', "thuộc tính “onerror” chạy mã khi bạn đọc bấm, di chuột hay mở trang"),
    ('<a href="javascript:alert(1)">a</a>', "địa chỉ “javascript:…” ở href chạy mã hoặc nhúng dữ liệu thay vì dẫn tới một trang"),
    ('<a href=" JaVaScRiPt:x">a</a>', "địa chỉ “javascript:…” ở href chạy mã hoặc nhúng dữ liệu thay vì dẫn tới một trang"),
    ('<a href="vbscript:x">a</a>', "địa chỉ “vbscript:…” ở href chạy mã hoặc nhúng dữ liệu thay vì dẫn tới một trang"),
    ('<img src="data:image/png;base64,AA" alt="a">', "địa chỉ “data:…” ở src chạy mã hoặc nhúng dữ liệu thay vì dẫn tới một trang"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "thẻ <iframe> nhúng hoặc tải nội dung khác vào bài"),
    ('<img src="https://example.com/a.png" alt="a">', "<img> tải “https://example.com/a.png” từ máy chủ khác (example.com)"),
    ('<img src="//cdn.example.com/a.png" alt="a">', "<img> tải “//cdn.example.com/a.png” từ máy chủ khác (cdn.example.com)"),
    ("![Ảnh](https://example.com/b.png)", "<img> tải “https://example.com/b.png” từ máy chủ khác (example.com)"),
    ('<div style="color: red">a</div>',
     "thuộc tính style không được dùng: chính sách bảo mật của trang chặn nó, và bản in sẽ khác trang web"),
    ("<style>p { color: red }</style>", "thẻ <style> đưa kiểu trình bày riêng vào trang; trang nội dung không được có thẻ này"),
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css">', "thẻ <link> nhúng hoặc tải nội dung khác vào bài"),
    ('<video src="https://example.com/v.mp4"></video>', "thẻ <video> nhúng hoặc tải nội dung khác vào bài"),
    ('<object data="x.swf"></object>', "thẻ <object> nhúng hoặc tải nội dung khác vào bài"),
    ("<font color=red>a</font>", "thẻ <font> không nằm trong danh sách HTML dùng được trong bài"),
    ('<a href="x/" target="_blank">a</a>', "thẻ <a> không dùng thuộc tính “target”"),
])
def test_hostile_html_is_refused_with_its_line(html: str, reason: str) -> None:
    assert fields_and_lines(f"Chữ.\n\n{html}\n") == [(12, reason)]


@pytest.mark.parametrize("body", [
    '<section class="sx-panel" markdown>\n\n## Mặt bìa\n\n</section>',
    '<ul class="sx-tasks" markdown="block">\n<li markdown="block">\n\nViệc\n\n</li>\n</ul>',
    "Diện tích 12 m<sup>2</sup>, CO<sub>2</sub>.",
    "`<script>` trong chữ mã thì chỉ là chữ.",
    "```html\n<script>alert(1)</script>\n<iframe src=\"https://x\"></iframe>\n```",
    "Liên kết tự động <https://vncpc.org> và thư <ban@example.gov.vn>; suất tiêu hao < 20 và 3<4.",
    '<a href="https://vncpc.org/">VNCPC</a> là liên kết ra ngoài, được phép.',
    '<img src="anh-nha-may.png" alt="Nhà máy" width="600" height="400">',
    "<!-- render sources -->",
])
def test_html_our_pages_need_passes(body: str) -> None:
    assert fields_and_lines(body) == []


def test_every_allowed_tag_has_a_reason_in_both_languages() -> None:
    for tag, (_, why_vi, why_en) in ALLOWED_TAGS.items():
        assert why_vi and why_en, tag
    assert "script" not in ALLOWED_TAGS and "iframe" not in ALLOWED_TAGS and "style" not in ALLOWED_TAGS
