"""One voice, today's law and today's city, as a reader sees them in the built pages (issue 11.3, 11.4, 11.6,
11.9): no internal checking notes anywhere a reader goes, "UBND" spelled out before it is used, English dates in
words, the Q&A, home and news in the site's tone-mark style, naming a retired institution only in a sentence
about the past, and stating the law in force in December 2026 with its sources a click away."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from scripts.content.retired import in_the_past, institutions
from scripts.content.tone_marks import old_style_words
from tests.conftest import ROOT

#: Not the column's voice: the editor's guide quotes the rules and their messages; the web form is a tool.
NOT_FOR_READERS = ("admin/", "huong-dan-bien-tap/")
CHECKING_VOICE = re.compile(r"chưa kiểm chứng|đã kiểm chứng|\[verify\]|\[secondary\]|domain-facts|facts file|unverified",
                            re.IGNORECASE)
#: The sections this branch writes: Q&A, news and the home page.
VOICE_SECTIONS = ("hoi-dap/", "tin-tuc/")


def article(page: str) -> str:
    """The text of a page's main content, as a reader reads it (tags dropped, entities decoded)."""
    match = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', page, re.DOTALL)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", match.group(1) if match else "", flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def reader_pages(site: Path) -> list[tuple[str, str, str]]:
    """(path inside its language, language, article text) of every page a reader reads."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        language = "en" if relative.startswith("en/") else "vi"
        inner = relative.removeprefix("en/")
        if inner.startswith(NOT_FOR_READERS):
            continue
        text = article(path.read_text(encoding="utf-8"))
        if text:
            pages.append((inner, language, text))
    return pages


def voice_pages(site: Path) -> list[tuple[str, str, str]]:
    return [page for page in reader_pages(site) if page[0] == "index.html" or page[0].startswith(VOICE_SECTIONS)]


def test_reader_pages_are_found(built_site: Path) -> None:
    """The precondition of the tests below: they read the real pages, in both languages."""
    pages = reader_pages(built_site)
    assert len(pages) > 150
    assert {"vi", "en"} == {language for _, language, _ in pages}
    assert len(voice_pages(built_site)) > 100


def test_no_internal_checking_voice_on_any_reader_page(built_site: Path) -> None:
    found = [f"{language}/{path}: {match.group(0)}" for path, language, text in reader_pages(built_site)
             for match in CHECKING_VOICE.finditer(text)]
    assert not found


def test_ubnd_is_spelled_out_before_it_is_used(built_site: Path) -> None:
    spelled = re.compile(r"Ủy ban nhân dân \(UBND\)")
    bare = re.compile(r"(?<![-/\w(])UBND(?![\w)])")
    found = []
    for path, language, text in reader_pages(built_site):
        first = bare.search(text)
        introduced = spelled.search(text)
        if first and (introduced is None or introduced.start() > first.start()):
            found.append(f"{language}/{path}: …{text[max(first.start() - 60, 0):first.end() + 20]}…")
    assert not found


def test_english_pages_write_dates_in_words(built_site: Path) -> None:
    numeric = re.compile(r"(?<![\w/.-])\d{1,2}/\d{1,2}/\d{4}(?![\w/])")
    found = [f"{path}: {match.group(0)}" for path, language, text in voice_pages(built_site) if language == "en"
             for match in numeric.finditer(text)]
    assert not found


def test_q_and_a_home_and_news_use_the_new_tone_mark_style(built_site: Path) -> None:
    found = [f"{language}/{path}: {word}" for path, language, text in voice_pages(built_site)
             for _, word, _ in old_style_words(text)]
    assert not found


def test_retired_institutions_are_named_only_in_sentences_about_the_past(built_site: Path) -> None:
    records = yaml.safe_load((ROOT / "data" / "retired-institutions.yml").read_text(encoding="utf-8"))
    retired = institutions(records)
    named, found = 0, []
    for path, language, text in voice_pages(built_site):
        sentences = re.split(r"(?<=[.!?;])\s+", text)
        for sentence in sentences:
            for institution in retired:
                for _ in institution.pattern.finditer(sentence):
                    named += 1
                    if not in_the_past(sentence):
                        found.append(f"{language}/{path}: {sentence}")
    assert named > 10  # the pages about the 2013 programme do name them, as history
    assert not found


def page_text(site: Path, path: str) -> tuple[str, str]:
    page = (site / path).read_text(encoding="utf-8")
    return page, article(page)


@pytest.mark.parametrize(("path", "phrases"), [
    ("hoi-dap/phap-luat-hom-nay-yeu-cau-gi-o-nha-may-cua-toi/index.html",
     ["Luật 77/2025/QH15", "có hiệu lực từ ngày 1/1/2026", "Nghị định 30/2026/NĐ-CP", "1.000 TOE",
      "trước ngày 31/3", "không được vượt định mức", "Nghị định 21/2011/NĐ-CP", "Thông tư 25/2020/TT-BCT",
      "không cho biết thông tư này có thay đổi", "Quyết định 889/QĐ-TTg", "Nghị định 35/2022/NĐ-CP",
      "Nghị định 08/2022/NĐ-CP"]),
    ("en/hoi-dap/phap-luat-hom-nay-yeu-cau-gi-o-nha-may-cua-toi/index.html",
     ["Law 77/2025/QH15", "in force since 1 January 2026", "Decree 30/2026/NĐ-CP", "1,000 TOE", "before 31 March",
      "must not exceed the norm", "Decree 21/2011/NĐ-CP", "Circular 25/2020/TT-BCT",
      "do not say whether this circular changed"]),
    ("hoi-dap/vuot-dinh-muc-tieu-hao-nang-luong-thi-phai-lam-gi/index.html",
     ["là bắt buộc", "lập và thực hiện các biện pháp để đạt định mức", "kiểm toán năng lượng",
      "giai đoạn 2021–2025 của Thông tư 19/2016/TT-BCT đã kết thúc", "con số của thông tư mới chưa tìm được",
      "20–30 triệu đồng", "chưa đối chiếu được với văn bản gốc"]),
    ("hoi-dap/sau-sap-xep-bo-may-nam-2025-hoi-co-quan-nao/index.html",
     ["Từ ngày 1/7/2025", "114 đơn vị hành chính cấp xã", "Sở Nông nghiệp và Môi trường", "Sở Công Thương",
      "chưa được công bố"]),
    ("en/hoi-dap/sau-sap-xep-bo-may-nam-2025-hoi-co-quan-nao/index.html",
     ["Since 1 July 2025", "114 commune-level units", "Department of Agriculture and Environment",
      "have not been published"]),
])
def test_new_questions_state_today_s_law_and_city(built_site: Path, path: str, phrases: list[str]) -> None:
    _, text = page_text(built_site, path)
    assert [phrase for phrase in phrases if phrase not in text] == []


@pytest.mark.parametrize(("path", "address"), [
    ("hoi-dap/phap-luat-hom-nay-yeu-cau-gi-o-nha-may-cua-toi/index.html", "https://vsuee.vn/News/Print/40593"),
    ("hoi-dap/phap-luat-hom-nay-yeu-cau-gi-o-nha-may-cua-toi/index.html",
     "https://luatvietnam.vn/cong-nghiep/nghi-dinh-30-2026-nd-cp-huong-dan-thi-hanh-luat-su-dung-nang-luong-tiet-kiem-va-hieu-qua-424528-d1.html"),
    ("en/hoi-dap/sau-sap-xep-bo-may-nam-2025-hoi-co-quan-nao/index.html",
     "https://news.laodong.vn/thoi-su/quoc-hoi-thong-qua-sua-doi-hien-phap-ket-thuc-hoat-dong-cap-huyen-tu-ngay-17-1524371.ldo"),
    ("index.html", "https://vsuee.vn/News/Print/40593"),
    ("en/tin-tuc/chuyen-muc-cap-nhat-theo-luat-va-bo-may-moi/index.html", "https://vsuee.vn/News/Print/40593"),
])
def test_figures_have_their_source_a_click_away(built_site: Path, path: str, address: str) -> None:
    page, _ = page_text(built_site, path)
    assert f'href="{html.escape(address)}"' in page or f'href="{address}"' in page


@pytest.mark.parametrize(("path", "today", "gone"), [
    ("index.html", ["Điều cần biết hôm nay", "Luật 77/2025/QH15", "Từ ngày 1/7/2025", "đã kết thúc",
                    "Mức hỗ trợ hiện nay chưa được công bố"], ["để được Sở Công Thương hỗ trợ"]),
    ("en/index.html", ["What to know today", "Law 77/2025/QH15", "Since 1 July 2025", "has ended",
                       "The support on offer today has not been published"], ["supported by the Department"]),
    ("hoi-dap/dang-ky-danh-gia-sxsh-the-nao/index.html", ["Chưa có công bố về cách Sở xử lý đề nghị"],
     ["Sở sẽ liên hệ lại", "Sở liên hệ lại"]),
    ("hoi-dap/doanh-nghiep-duoc-ho-tro-gi-khi-lam-sxsh/index.html",
     ["Hỗ trợ hôm nay: những gì đã được công bố", "đã kết thúc"], ["hãy hỏi Sở Công Thương về hỗ trợ hiện có"]),
    ("en/hoi-dap/co-the-vay-von-uu-dai-de-lam-sxsh-khong/index.html",
     ["That programme has ended", "Nothing has been published about a preferential loan"],
     ["ask the Department of Industry and Trade or the fund itself"]),
    ("so-tay/ho-tro/de-nghi-so-cong-thuong-ho-tro-danh-gia/index.html",
     ["mức hỗ trợ đánh giá hiện nay chưa được công bố", "hãy hỏi điều đó ngay trong đề nghị"],
     ["Sở sẽ liên hệ lại", "tiếp tục nhận đề nghị"]),
    ("en/so-tay/ho-tro/de-nghi-so-cong-thuong-ho-tro-danh-gia/index.html",
     ["the support for assessments offered today have not been published", "ask about both in your request"],
     ["get back to you", "accepts requests"]),
])
def test_no_present_tense_promise_of_support(built_site: Path, path: str, today: list[str], gone: list[str]) -> None:
    _, text = page_text(built_site, path)
    assert [phrase for phrase in today if phrase not in text] == []
    assert [phrase for phrase in gone if phrase in text] == []


@pytest.mark.parametrize(("path", "rows"), [
    ("huong-dan-bien-tap/index.html", ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "1/7/2025",
                                       "“khi đó”", "“at the time”"]),
    ("en/huong-dan-bien-tap/index.html", ["Department of Natural Resources and Environment",
                                          "Department of Agriculture and Environment", "1 July 2025",
                                          "“at the time”", "“khi đó”"]),
])
def test_the_editor_s_guide_lists_the_retired_institutions_from_the_data(built_site: Path, path: str,
                                                                         rows: list[str]) -> None:
    _, text = page_text(built_site, path)
    assert [row for row in rows if row not in text] == []
