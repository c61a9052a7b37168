"""What a reader gets first for each query, from the site's real search worker
(tests/search/conftest.py runs it in Node over the built index plus the
fixture corpus in corpus/pages.yml). One row per query: language of the page the
reader searches from, what they type, the page that must come first."""

from __future__ import annotations

import unicodedata

import pytest

from tests.search.conftest import SearchRunner

BIA = "kiem-thu/dinh-muc-nang-luong-nganh-bia/"
KHACH_SAN = "kiem-thu/tiet-kiem-nuoc-o-khach-san/"
HOA_CHAT = "kiem-thu/quan-ly-hoa-chat-trong-xuong-ma/"
ISO = "kiem-thu/sxsh-va-iso-14001/"
CA_TRA = "kiem-thu/che-bien-ca-tra/"
CA_LAM = "kiem-thu/bo-tri-ca-lam-viec/"
CUOI_ONG = "kiem-thu/xu-ly-cuoi-duong-ong/"
DIEN = "kiem-thu/tiet-kiem-dien-nang/"
VE_SINH = "kiem-thu/ve-sinh-nha-xuong/"
LO_HOI = "kiem-thu/lo-hoi/"

# (language, query, expected first page, what the row checks)
TABLE: list[tuple[str, str, str, str]] = [
    # 1. folding: no marks, capitals, old and new tone placement, đ
    ("vi", "hoa chat", HOA_CHAT, "no marks"),
    ("vi", "hóa chất", HOA_CHAT, "new tone placement finds old (hoá)"),
    ("vi", "HOÁ CHẤT", HOA_CHAT, "capitals"),
    ("vi", "dien nang", DIEN, "no marks, đ→d"),
    ("vi", "điện năng", DIEN, "with marks"),
    ("vi", "DINH MUC NANG LUONG", BIA, "capitals, no marks, đ→d"),
    ("vi", "định mức năng lượng bia", BIA, "with marks"),
    ("vi", "tiet kiem nuoc khach san", KHACH_SAN, "no marks"),
    ("vi", "lien he", "lien-he/", "real page, no marks"),
    ("vi", "Liên hệ", "lien-he/", "real page, marks"),
    ("vi", "dang ky danh gia", "tai-lieu/dang-ky-danh-gia-san-xuat-sach-hon/", "real page, đ→d"),
    ("vi", "tu danh gia", "tu-danh-gia/", "real page"),
    ("vi", "so tay", "so-tay/", "real page"),
    ("vi", "mo hinh diem", "mo-hinh/", "real page"),
    ("vi", "tai lieu to roi", "tai-lieu/", "real page"),
    # decomposed input and a decomposed page
    ("vi", unicodedata.normalize("NFD", "hoá chất"), HOA_CHAT, "NFD query"),
    ("vi", unicodedata.normalize("NFD", "Liên hệ"), "lien-he/", "NFD query, real page"),
    ("vi", "nồi hơi đốt than", LO_HOI, "NFC query finds NFD page"),
    ("vi", "noi hoi", LO_HOI, "no marks finds NFD page"),
    # 2. exact forms first
    ("vi", "sạn", KHACH_SAN, "sạn before sản"),
    ("vi", "cá", CA_TRA, "cá before ca"),
    ("vi", "ca làm việc", CA_LAM, "ca làm việc before cá"),
    ("vi", "ca lam viec", CA_LAM, "no marks, phrase"),
    # 3. phrases and titles
    ("vi", "chuong trinh san xuat sach hon", "chuong-trinh/", "phrase in the title"),
    ("vi", "SẢN XUẤT SẠCH HƠN SONG NGỮ", "tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon/", "capitals, phrase in the title"),
    # 4. punctuation and codes
    ("vi", "SXSH iso", ISO, "SXSH written as (SXSH)"),
    ("vi", "ISO 14001", ISO, "finds ISO 14001:2015"),
    ("vi", "14001:2015", ISO, "the full code"),
    ("vi", "1759", "chuong-trinh/", "decision number"),
    ("vi", "1759/QĐ-UBND", "chuong-trinh/", "decision code with marks"),
    ("vi", "1759/qd-ubnd", "chuong-trinh/", "decision code folded"),
    ("vi", "1419/QĐ-TTg", "chuong-trinh/", "national strategy code"),
    ("vi", "19/2016", BIA, "beer norm circular"),
    ("vi", "19/2016/TT-BCT", BIA, "full circular code"),
    ("vi", "52/2018", CA_TRA, "seafood norm circular"),
    # 5. English pages search English pages
    ("en", "chemicals", "en/" + HOA_CHAT, "English"),
    ("en", "hotel water", "en/" + KHACH_SAN, "English"),
    ("en", "beer norms", "en/" + BIA, "English"),
    ("en", "19/2016", "en/" + BIA, "code on an English page"),
    ("en", "ISO 14001", "en/" + ISO, "code on an English page"),
    ("en", "SXSH", "en/" + ISO, "(SXSH) in an English title"),
    ("en", "catfish", "en/" + CA_TRA, "English"),
    ("en", "night shift", "en/" + CA_LAM, "English phrase"),
    ("en", "end of pipe", "en/" + CUOI_ONG, "English phrase across hyphens"),
    ("en", "coal boiler", "en/" + LO_HOI, "English"),
    ("en", "contact", "en/lien-he/", "real page"),
    ("en", "self-assessment", "en/tu-danh-gia/", "real page"),
    ("en", "handbook", "en/so-tay/", "real page"),
    ("en", "1759", "en/chuong-trinh/", "decision number on an English page"),
    ("en", "Hải Phòng programme", "en/chuong-trinh/", "Vietnamese marks on an English page"),
]


def _prefetch(search_runner: SearchRunner) -> None:
    for language in ("vi", "en"):
        search_runner.prefetch(language, [query for lang, query, _, _ in TABLE if lang == language])


@pytest.mark.parametrize(("language", "query", "expected", "case"), TABLE,
                         ids=[f"{lang}:{query}" for lang, query, _, _ in TABLE])
def test_first_result(search_runner: SearchRunner, language: str, query: str, expected: str, case: str) -> None:
    _prefetch(search_runner)
    hits = search_runner.search(language, query)
    shown = [hit.location for hit in hits[:5]]
    assert hits, f"{query!r} ({case}) found nothing"
    assert hits[0].location == expected, f"{query!r} ({case}): first {shown}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_results_stay_in_the_page_language(search_runner: SearchRunner, language: str) -> None:
    _prefetch(search_runner)
    for lang, query, _, _ in TABLE:
        if lang != language:
            continue
        for hit in search_runner.search(language, query):
            assert hit.location.startswith("en/") == (language == "en"), (query, hit.location)


def test_marks_rank_exact_forms_first_but_plain_queries_see_both(search_runner: SearchRunner) -> None:
    plain = [hit.location for hit in search_runner.search("vi", "ca")]
    assert CA_TRA in plain and CA_LAM in plain
    marked = [hit.location for hit in search_runner.search("vi", "cá")]
    assert marked.index(CA_TRA) < marked.index(CA_LAM)


@pytest.mark.parametrize("query", ["xử lý chất thải", "xu ly chat thai"])
def test_syllables_together_rank_above_scattered_ones(search_runner: SearchRunner, query: str) -> None:
    # CUOI_ONG says "xử lý chất thải"; VE_SINH has "chất", "xử lý" and "thải"
    # apart; HOA_CHAT has "lý" and "chất" in its title, apart.
    found = [hit.location for hit in search_runner.search("vi", query)]
    assert found.index(CUOI_ONG) < found.index(VE_SINH)
    assert found.index(CUOI_ONG) < found.index(HOA_CHAT)


def test_a_title_word_weighs_more_than_a_body_word(search_runner: SearchRunner) -> None:
    # "điện năng" is DIEN's title; CA_TRA and CA_LAM only say "điện" in their text
    found = [hit.location for hit in search_runner.search("vi", "điện")]
    assert found.index(DIEN) < found.index(CA_TRA)
    assert found.index(DIEN) < found.index(CA_LAM)


def test_helper_terms_are_not_shown_as_missing_words(search_runner: SearchRunner) -> None:
    run = search_runner  # the Node harness returns Material's terms as the reader sees them
    from scripts.search import node_worker
    hits = node_worker.run(run.site, "vi", ["sạn xuất"], extra_docs=run.extra_docs).results["sạn xuất"]
    assert hits
    for hit in hits:
        assert set(hit.terms) <= {"san", "xuat"}, hit.terms
