"""Related pages of a Q&A, found with lunr over the real content: sensible for pages whose
subject is plain, with editors' pins first and exclusions honoured."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from scripts.content.schema import HANDBOOK_CHAPTER
from scripts.content.sources import Site, load_site
from scripts.pages.related import corpus_for, related_pages, terms
from scripts.site_model import load as site_model

ROOT = Path(__file__).resolve().parents[2]


CONFIG = site_model().config
SEPARATOR = next(p["search"]["separator"] for p in CONFIG["plugins"] if isinstance(p, dict) and "search" in p)


@pytest.fixture(scope="module")
def site() -> Site:
    loaded = load_site(ROOT, site_model().mounts)
    assert loaded.problems == []
    return loaded


def related(site: Site, path: str, language: str, **meta: list[str]) -> tuple[list[str], list[str]]:
    page = site.page(f"hoi-dap/{path}.md", language)
    assert page is not None
    if meta:
        page = dataclasses.replace(page, meta={**page.meta, **meta})
    found = related_pages(site, page, language, SEPARATOR)
    return [p.url_path for p in found.questions], [p.url_path for p in found.handbook]


def test_words_are_cut_and_folded_like_the_search_worker() -> None:
    found = terms(["Sản xuất sạch hơn (SXSH): Quyết định 1759/QĐ-UBND"], SEPARATOR, "vi")
    assert {"san", "xuat", "sach", "hon", "sxsh", "quyet", "dinh", "1759", "qd", "ubnd"} <= set(found)
    assert {"_san_xuat", "_xuat_sach", "_qd_ubnd"} <= set(found)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(("question", "expected_questions", "expected_handbook"), [
    # A sector's question: its sector guide first, the other sectors' questions next.
    ("nha-may-xi-mang-nen-bat-dau-sxsh-tu-dau", {"hoi-dap/nha-may-thep-nen-bat-dau-sxsh-tu-dau.md",
                                                  "hoi-dap/nha-may-giay-nen-bat-dau-sxsh-tu-dau.md",
                                                  "hoi-dap/nha-may-bia-nuoc-giai-khat-nen-bat-dau-sxsh-tu-dau.md"}, set()),
    # Energy norms go with specific energy use, what a plant above its norm must do, and the norm tables.
    ("dinh-muc-tieu-hao-nang-luong-la-gi", {"hoi-dap/suat-tieu-hao-nang-luong-la-gi.md",
                                            "hoi-dap/vuot-dinh-muc-tieu-hao-nang-luong-thi-phai-lam-gi.md"},
     {"so-tay/tieu-chi/suat-tieu-hao-nang-luong.md"}),
    # Who helps with an assessment goes with VNCPC, and the other way round.
    ("vncpc-la-gi", {"hoi-dap/ai-giup-doanh-nghiep-danh-gia-sxsh.md"}, set()),
    ("ai-giup-doanh-nghiep-danh-gia-sxsh", {"hoi-dap/vncpc-la-gi.md"}, set()),
])
def test_related_pages_are_sensible(site: Site, language: str, question: str, expected_questions: set[str],
                                    expected_handbook: set[str]) -> None:
    ranked = corpus_for(site, language, SEPARATOR).ranked(f"hoi-dap/{question}.md")
    handbook = [p for p in ranked if p.startswith(HANDBOOK_CHAPTER.folder + "/")]
    questions = [p for p in ranked if p.startswith("hoi-dap/")]
    assert expected_questions & set(questions[:3]), questions[:5]
    assert expected_handbook <= set(handbook[:3]), handbook[:3]
    assert f"hoi-dap/{question}.md" not in ranked


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_question_shows_five_questions_and_three_handbook_pages(site: Site, language: str) -> None:
    for page in site.pages:
        if page.content_type.name == "qa" and page.language == language:
            questions, handbook = related(site, page.url_path.split("/")[1].removesuffix(".md"), language)
            assert (len(questions), len(handbook)) == (5, 3), page.url_path
            assert page.url_path not in questions


@pytest.mark.parametrize("language", ["vi", "en"])
def test_unrelated_subjects_stay_apart(site: Site, language: str) -> None:
    questions, _ = related(site, "nha-may-thep-nen-bat-dau-sxsh-tu-dau", language)
    assert not {"hoi-dap/vncpc-la-gi.md", "hoi-dap/hoc-sinh-sinh-vien-tim-hieu-sxsh-o-dau.md",
                "hoi-dap/chuong-trinh-sxsh-cua-hai-phong-la-gi.md"} & set(questions)


def test_pages_the_answer_already_links_to_are_not_suggested_again(site: Site) -> None:
    page = site.page("hoi-dap/tinh-thoi-gian-hoan-von-the-nao.md", "vi")
    assert "../so-tay/phuong-phap/buoc-4-lua-chon-giai-phap.md" in page.body
    questions, handbook = related(site, "tinh-thoi-gian-hoan-von-the-nao", "vi")
    assert "so-tay/phuong-phap/buoc-4-lua-chon-giai-phap.md" not in handbook
    assert "hoi-dap/lam-sxsh-ton-bao-nhieu-tien.md" not in questions


@pytest.mark.parametrize("language", ["vi", "en"])
def test_pinned_pages_come_first_in_the_editors_order(site: Site, language: str) -> None:
    pins = ["hoi-dap/chuong-trinh-sxsh-cua-hai-phong-la-gi.md", "so-tay/tra-cuu/thuat-ngu.md",
            "hoi-dap/co-lop-tap-huan-ve-sxsh-khong.md"]
    before, _ = related(site, "nha-may-thep-nen-bat-dau-sxsh-tu-dau", language)
    questions, handbook = related(site, "nha-may-thep-nen-bat-dau-sxsh-tu-dau", language, related=pins)
    assert questions == [pins[0], pins[2], *before[:3]]
    assert handbook[0] == pins[1] and len(handbook) == 3


@pytest.mark.parametrize("language", ["vi", "en"])
def test_excluded_pages_are_never_suggested(site: Site, language: str) -> None:
    questions, handbook = related(site, "dinh-muc-tieu-hao-nang-luong-la-gi", language)
    excluded = [questions[0], handbook[0]]
    after_questions, after_handbook = related(site, "dinh-muc-tieu-hao-nang-luong-la-gi", language,
                                              exclude_related=excluded)
    assert after_questions == questions[1:] + after_questions[4:] and excluded[0] not in after_questions
    assert after_handbook[:2] == handbook[1:] and excluded[1] not in after_handbook
