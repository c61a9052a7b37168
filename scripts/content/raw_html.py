"""The HTML an editor may write inside Markdown, checked like every other field.

Editors are trusted, but copy-paste from other sites, a borrowed account or the web form are not: a page
must never run code, load anything from another host or carry inline styles (the site's Content-Security-
Policy blocks them, and an intranet reader would get a broken page). Anything outside the allow-list below
stops the build with the line and the fix. The editor's guide shows the same list (``allow_list_table``).
"""

from __future__ import annotations

import html.parser
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .problems import Problem

#: Tags a page may use, with the attributes each may carry (besides GLOBAL_ATTRIBUTES), and why.
ALLOWED_TAGS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "section": ((), "một mặt in của tờ rơi: <section class=\"sx-panel\" markdown>", "a printed panel of a leaflet"),
    "div": ((), "một khối có lớp riêng", "a block with a class"),
    "span": ((), "một đoạn chữ có lớp hoặc ngôn ngữ riêng", "a run of text with a class or language"),
    "p": ((), "một đoạn văn", "a paragraph"),
    "ul": ((), "danh sách, ví dụ các ô việc ở trang chủ", "a list, e.g. the task cards of the home page"),
    "ol": (("start",), "danh sách đánh số", "a numbered list"),
    "li": ((), "một mục của danh sách", "a list item"),
    "dl": ((), "danh sách thuật ngữ", "a list of terms"),
    "dt": ((), "thuật ngữ", "a term"),
    "dd": ((), "giải thích thuật ngữ", "its explanation"),
    "a": (("href",), "liên kết (liên kết Markdown vẫn tốt hơn: bản dựng tự kiểm tra nó)",
          "a link (a Markdown link is better: the build checks it)"),
    "img": (("src", "alt", "width", "height"), "ảnh đặt cạnh trang, luôn có alt", "an image stored beside the page, always with alt"),
    "figure": ((), "ảnh hoặc bảng kèm chú thích", "a picture or table with its caption"),
    "figcaption": ((), "chú thích của figure", "the caption of a figure"),
    "table": ((), "bảng (bảng Markdown vẫn tốt hơn)", "a table (a Markdown table is better)"),
    "caption": ((), "tên của bảng", "a table's caption"),
    "thead": ((), "phần đầu bảng", "table head"),
    "tbody": ((), "thân bảng", "table body"),
    "tr": ((), "dòng của bảng", "table row"),
    "th": (("scope", "colspan", "rowspan"), "ô tiêu đề", "header cell"),
    "td": (("colspan", "rowspan"), "ô của bảng", "table cell"),
    "br": ((), "xuống dòng trong một ô bảng", "a line break inside a table cell"),
    "strong": ((), "chữ đậm", "bold"),
    "em": ((), "chữ nghiêng", "italics"),
    "b": ((), "chữ đậm", "bold"),
    "i": ((), "chữ nghiêng", "italics"),
    "small": ((), "chữ nhỏ", "small print"),
    "sup": ((), "chỉ số trên, ví dụ m<sup>3</sup>", "superscript, e.g. m<sup>3</sup>"),
    "sub": ((), "chỉ số dưới, ví dụ CO<sub>2</sub>", "subscript, e.g. CO<sub>2</sub>"),
    "abbr": ((), "chữ viết tắt kèm title", "an abbreviation with its title"),
    "mark": ((), "chữ được tô", "highlighted text"),
    "kbd": ((), "phím bấm", "a key to press"),
    "code": ((), "mã hoặc tên tệp", "code or a file name"),
    "pre": ((), "khối chữ giữ nguyên dòng, ví dụ thông báo lỗi", "preformatted text, e.g. an error message"),
    "blockquote": ((), "trích dẫn", "a quotation"),
    "hr": ((), "đường kẻ ngang", "a horizontal rule"),
    "details": ((), "phần mở ra khi bấm", "a part that opens when clicked"),
    "summary": ((), "tiêu đề của details", "the title of a details part"),
}
#: Attributes every allowed tag may carry. `markdown` lets Markdown work inside the block (md_in_html).
GLOBAL_ATTRIBUTES = ("class", "id", "lang", "title", "markdown")
#: Tags that load something into the page: their addresses must stay on this site.
LOADING = {"img": ("src", "srcset"), "iframe": ("src",), "frame": ("src",), "video": ("src", "poster"),
           "audio": ("src",), "source": ("src", "srcset"), "track": ("src",), "embed": ("src",),
           "object": ("data",), "link": ("href",), "script": ("src",)}
_URL_ATTRIBUTES = ("href", "src", "srcset", "action", "formaction", "poster", "data", "background", "xlink:href", "cite")
_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.IGNORECASE)
_FOREIGN = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
# Markdown's automatic links (<https://…>, <name@host>) look like tags but are links.
_AUTOLINK = re.compile(r"<(?:[a-z][a-z0-9+.-]*:[^>\s]+|[^>\s@]+@[^>\s]+)>", re.IGNORECASE)


@dataclass(frozen=True)
class RawLink:
    """An address written in raw HTML (MkDocs neither rewrites nor checks it): checked after the build."""

    line: int
    tag: str
    attribute: str
    url: str


def _without_code(body: str) -> str:
    """The body with code blocks and code spans blanked out (same lines and columns): code shows HTML, it is not HTML."""
    lines = body.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            lines[number] = ""
        elif match:
            fence = match.group(1)
            lines[number] = ""
        else:
            line = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
            lines[number] = _AUTOLINK.sub(lambda m: " " * len(m.group(0)), line)
    return "\n".join(lines)


class _Scanner(html.parser.HTMLParser):
    def __init__(self, path: str, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.first_line = first_line
        self.problems: list[Problem] = []
        self.links: list[RawLink] = []

    def _problem(self, vi: str, en: str) -> None:
        self.problems.append(Problem(self.path, self.first_line + self.getpos()[0] - 1, "HTML", vi, en))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            what = "mã chạy trên máy bạn đọc" if tag == "script" else "kiểu trình bày riêng"
            what_en = "code that runs on readers' computers" if tag == "script" else "styles of its own"
            self._problem(
                f"thẻ <{tag}> đưa {what} vào trang; trang nội dung không được có thẻ này — xoá cả <{tag}>…</{tag}>"
                " (chức năng hay kiểu trình bày mới do nhóm kỹ thuật thêm vào giao diện)",
                f"a <{tag}> element puts {what_en} into the page; content pages may not have it — delete the whole"
                f" <{tag}>…</{tag}> (new features or styles are added to the theme by the technical team)",
            )
            return
        # One message per element that may not be used at all: deleting it mends everything it carried.
        if tag in LOADING and tag not in ALLOWED_TAGS:
            self._problem(
                f"thẻ <{tag}> nhúng hoặc tải nội dung khác vào bài — xoá nó; muốn dẫn tới một trang, dùng một liên kết",
                f"the <{tag}> element embeds or loads other content into the page — delete it; to lead to a page, use a link",
            )
            return
        if tag not in ALLOWED_TAGS:
            names = ", ".join(f"<{name}>" for name in ALLOWED_TAGS)
            self._problem(
                f"thẻ <{tag}> không nằm trong danh sách HTML dùng được trong bài — viết bằng Markdown, hoặc dùng"
                f" một thẻ trong danh sách: {names} (Hướng dẫn biên tập, mục “HTML trong bài”)",
                f"the <{tag}> element is not on the list of HTML allowed in pages — write it in Markdown, or use one"
                f" of: {names} (editor's guide, “HTML in pages”)",
            )
            return
        for name, value in attrs:
            if name.startswith("on"):
                self._problem(
                    f"thuộc tính “{name}” chạy mã khi bạn đọc bấm, di chuột hay mở trang — xoá thuộc tính này",
                    f"the attribute “{name}” runs code when a reader clicks, hovers or opens the page — delete it",
                )
            elif name == "style":
                self._problem(
                    "thuộc tính style không được dùng: chính sách bảo mật của trang chặn nó, và bản in sẽ khác trang"
                    " web — xoá nó; cần trình bày riêng thì dùng một lớp có sẵn, ví dụ class=\"sx-panel\"",
                    "the style attribute is not allowed: the site's security policy blocks it, and print would"
                    " differ from the web — delete it; for a special look use an existing class, e.g. class=\"sx-panel\"",
                )
            elif name in _URL_ATTRIBUTES and value is not None:
                self._check_url(tag, name, value)
        allowed = (*ALLOWED_TAGS[tag][0], *GLOBAL_ATTRIBUTES)
        for name, _ in attrs:
            if name.startswith("on") or name == "style" or name in allowed or name.startswith("aria-"):
                continue
            self._problem(
                f"thẻ <{tag}> không dùng thuộc tính “{name}” — xoá nó; thẻ này dùng được: {', '.join(allowed)}",
                f"the <{tag}> element may not carry “{name}” — delete it; it may carry: {', '.join(allowed)}",
            )
        if tag == "a" and dict(attrs).get("href"):
            self.links.append(RawLink(self.first_line + self.getpos()[0] - 1, tag, "href", dict(attrs)["href"] or ""))
        if tag == "img" and dict(attrs).get("src"):
            self.links.append(RawLink(self.first_line + self.getpos()[0] - 1, tag, "src", dict(attrs)["src"] or ""))

    def _check_url(self, tag: str, attribute: str, value: str) -> None:
        urls = [part.strip().split(" ")[0] for part in value.split(",")] if attribute == "srcset" else [value]
        for url in urls:
            if _BAD_SCHEME.match(url):
                scheme = url.split(":", 1)[0].strip().lower()
                self._problem(
                    f"địa chỉ “{scheme}:…” ở {attribute} chạy mã hoặc nhúng dữ liệu thay vì dẫn tới một trang — thay"
                    " bằng địa chỉ của một trang (https://… hoặc tệp .md) hoặc một tệp đặt cạnh bài",
                    f"the “{scheme}:…” address in {attribute} runs code or embeds data instead of leading to a page —"
                    " use the address of a page (https://… or a .md file) or a file stored beside the page",
                )
            elif attribute in LOADING.get(tag, ()) and _FOREIGN.match(url):
                self._problem(*_foreign_message(tag, url))


def _foreign_message(tag: str, url: str) -> tuple[str, str]:
    host = re.sub(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", "", url, flags=re.IGNORECASE).split("/")[0]
    return (
        f"<{tag}> tải “{url}” từ máy chủ khác ({host}) — trang không được tải gì từ nơi khác (để chạy được trong mạng"
        " nội bộ và không báo cho bên thứ ba ai đang đọc): tải tệp về, đặt cạnh bài (ví dụ docs/tin-tuc/anh.png)"
        " rồi dẫn tới tệp đó",
        f"<{tag}> loads “{url}” from another server ({host}) — pages load nothing from elsewhere (so they work on an"
        " intranet and tell no third party who reads them): download the file, store it beside the page (e.g."
        " docs/tin-tuc/picture.png) and point to that file",
    )


def scan(path: str, body: str, first_line: int) -> tuple[list[Problem], list[RawLink]]:
    """Problems of the raw HTML in a page body (``first_line``: the file line where the body starts) and the
    addresses it links to, which the build checks once the site is written."""
    text = _without_code(body)
    scanner = _Scanner(path, first_line)
    scanner.feed(text)
    scanner.close()
    problems = scanner.problems
    for offset, line in enumerate(text.split("\n")):
        for match in _MARKDOWN_IMAGE.finditer(line):
            if _FOREIGN.match(match.group(1)):
                vi, en = _foreign_message("img", match.group(1))
                problems.append(Problem(path, first_line + offset, "ảnh", vi, en))
            elif _BAD_SCHEME.match(match.group(1)):
                problems.append(Problem(
                    path, first_line + offset, "ảnh",
                    "ảnh dùng địa chỉ “data:” hay “javascript:” — lưu ảnh thành tệp đặt cạnh bài rồi dẫn tới tệp đó",
                    "the image uses a “data:” or “javascript:” address — save it as a file beside the page and point to it",
                ))
    return sorted(problems, key=lambda p: p.line), scanner.links


def allowed_rows(language: str) -> Iterator[tuple[str, str, str]]:
    """(tag, attributes, what it is for) for the editor's guide."""
    for tag, (attributes, why_vi, why_en) in ALLOWED_TAGS.items():
        yield f"<{tag}>", ", ".join((*attributes, *GLOBAL_ATTRIBUTES)), why_vi if language == "vi" else why_en
