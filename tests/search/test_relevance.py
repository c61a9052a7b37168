"""What a reader gets first for each query, from the site's real search worker
(tests/search/conftest.py runs it in Node over the built index plus the
fixture corpus in corpus/pages.yml). One row per query: language of the page the
reader searches from, what they type, the page that must come first."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.search.conftest import SearchRunner

# Fixture pages (tests/search/corpus/pages.yml): cases the real content does not cover
KHACH_SAN = "kiem-thu/tiet-kiem-nuoc-o-khach-san/"
HOA_CHAT = "kiem-thu/quan-ly-hoa-chat-trong-xuong-ma/"
ISO_2015 = "kiem-thu/sxsh-va-iso-14001/"
CA_TRA = "kiem-thu/che-bien-ca-tra/"
CA_LAM = "kiem-thu/bo-tri-ca-lam-viec/"
CUOI_ONG = "kiem-thu/xu-ly-cuoi-duong-ong/"
DIEN = "kiem-thu/tiet-kiem-dien-nang/"
VE_SINH = "kiem-thu/ve-sinh-nha-xuong/"
LO_HOI = "kiem-thu/lo-hoi/"
# Real pages
PROGRAMME = "chuong-trinh/"
BEER_GUIDE = "so-tay/nganh/bia-nuoc-giai-khat/"
NORMS_PAGE = "du-lieu/dinh-muc-nang-luong/"
SEAFOOD_GUIDE = "so-tay/nganh/thuy-san/"
ISO_CHAPTER = "so-tay/gioi-thieu/sxsh-tieu-chuan-iso-va-phap-luat-nang-luong/"
LEGAL = "so-tay/tra-cuu/van-ban-phap-luat/"  # one heading per document, named by its number
QA = "hoi-dap/"

# (language, query, expected first page, what the row checks and, where the
# expected page changed when the real content arrived, why a reader wants it)
TABLE: list[tuple[str, str, str, str]] = [
    # 1. folding: no marks, capitals, old and new tone placement, đ
    ("vi", "hoa chat", HOA_CHAT, "no marks"),
    ("vi", "hóa chất", HOA_CHAT, "new tone placement finds old (hoá)"),
    ("vi", "HOÁ CHẤT", HOA_CHAT, "capitals"),
    ("vi", "dien nang", DIEN, "no marks, đ→d"),
    ("vi", "điện năng", DIEN, "with marks"),
    ("vi", "DINH MUC NANG LUONG", QA + "dinh-muc-tieu-hao-nang-luong-la-gi/",
     "capitals, no marks, đ→d; the Q&A that explains the norms (was a fixture page)"),
    ("vi", "định mức năng lượng bia", BEER_GUIDE,
     "with marks; the beer guide holds the beer norms (was a fixture page)"),
    ("vi", "tiet kiem nuoc khach san", KHACH_SAN, "no marks"),
    ("vi", "lien he", "lien-he/", "real page, no marks"),
    ("vi", "Liên hệ", "lien-he/", "real page, marks"),
    ("vi", "dang ky danh gia", QA + "dang-ky-danh-gia-sxsh-the-nao/",
     "real page, đ→d; the Q&A 'how do I register for an assessment' answers in one line and links "
     "the form (was the registration leaflet)"),
    ("vi", "tu danh gia", "tu-danh-gia/", "real page"),
    ("vi", "so tay", "so-tay/", "real page"),
    ("vi", "mo hinh diem", "mo-hinh/", "real page"),
    ("vi", "tai lieu to roi", "tai-lieu/", "real page"),
    ("vi", "quan ly noi vi", "so-tay/giai-phap/quan-ly-noi-vi/", "handbook chapter named by the query"),
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
    # 3. phrases, titles, questions
    ("vi", "chuong trinh san xuat sach hon", PROGRAMME, "phrase in the title"),
    ("vi", "SẢN XUẤT SẠCH HƠN SONG NGỮ", "tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon/",
     "capitals, phrase in the title"),
    ("vi", "danh gia mat bao lau", QA + "danh-gia-sxsh-mat-bao-lau/", "a question, no marks"),
    ("vi", "làm sản xuất sạch hơn tốn bao nhiêu tiền", QA + "lam-sxsh-ton-bao-nhieu-tien/", "a whole question"),
    ("vi", "thoi gian hoan von", QA + "tinh-thoi-gian-hoan-von-the-nao/", "Q&A before the handbook's headings"),
    ("vi", "vay von uu dai", QA + "co-the-vay-von-uu-dai-de-lam-sxsh-khong/", "a question's key words"),
    ("vi", "nha may thep bat dau tu dau", QA + "nha-may-thep-nen-bat-dau-sxsh-tu-dau/",
     "one of seven questions that differ by one word"),
    # 4. punctuation and codes
    ("vi", "SXSH iso", ISO_CHAPTER, "SXSH written as 'SXSH,'; the handbook chapter on SXSH and ISO standards "
     "(was a fixture page)"),
    ("vi", "ISO 14001", QA + "sxsh-khac-iso-14001-va-iso-50001-the-nao/",
     "the Q&A comparing SXSH with ISO 14001 (was a fixture page; see test_codes_find_longer_codes)"),
    ("vi", "14001:2015", ISO_2015, "the full code"),
    ("vi", "VNCPC", QA + "vncpc-la-gi/", "abbreviation written as (VNCPC)"),
    ("vi", "1759", PROGRAMME, "decision number; the programme page is its home (search boost)"),
    ("vi", "1759/QĐ-UBND", PROGRAMME, "decision code with marks"),
    ("vi", "1759/qd-ubnd", PROGRAMME, "decision code folded"),
    ("vi", "1419/QĐ-TTg", LEGAL,
     "national strategy code; the document's record (heading 'Quyết định 1419/QĐ-TTg': what it is, its "
     "dates) (was the programme page, which only cites it)"),
    ("vi", "19/2016", LEGAL,
     "beer norm circular; the circular's record says what it rules and that 28/2024/TT-BCT replaced it; the "
     "beer guide with the values follows (test_a_circular_number_also_finds_its_norms) (was a fixture page)"),
    ("vi", "19/2016/TT-BCT", LEGAL, "full circular code"),
    ("vi", "52/2018", LEGAL, "seafood norm circular; its record (was a fixture page)"),
    # 5. English pages search English pages
    ("en", "chemicals", "en/" + HOA_CHAT, "English"),
    ("en", "hotel water", "en/" + KHACH_SAN, "English"),
    ("en", "beer norms", "en/" + NORMS_PAGE,
     "English; the energy-norms data page lists every beer norm with its calculator (the beer guide is next)"),
    ("en", "19/2016", "en/" + LEGAL, "code on an English page; the circular's record"),
    ("en", "ISO 14001", "en/" + QA + "sxsh-khac-iso-14001-va-iso-50001-the-nao/", "code on an English page"),
    ("en", "SXSH", "en/" + ISO_2015, "(SXSH) in an English title"),
    ("en", "catfish", "en/" + CA_TRA, "English"),
    ("en", "night shift", "en/" + CA_LAM, "English phrase"),
    ("en", "end of pipe", "en/" + CUOI_ONG, "English phrase across hyphens"),
    ("en", "coal boiler", "en/" + LO_HOI, "English"),
    ("en", "contact", "en/lien-he/", "real page"),
    ("en", "self-assessment", "en/tu-danh-gia/", "real page"),
    ("en", "handbook", "en/so-tay/", "real page"),
    ("en", "how long does an assessment take", "en/" + QA + "danh-gia-sxsh-mat-bao-lau/", "a whole question"),
    ("en", "payback time", "en/" + QA + "tinh-thoi-gian-hoan-von-the-nao/", "Q&A before the handbook's headings"),
    ("en", "1759", "en/" + PROGRAMME, "decision number on an English page"),
    ("en", "Hải Phòng programme", "en/" + PROGRAMME, "Vietnamese marks on an English page"),
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


@pytest.mark.parametrize(("query", "written_longer"), [
    ("ISO 14001", ISO_2015),  # written "ISO 14001:2015"
    ("1759", LEGAL),  # written "1759/QĐ-UBND" in a heading
    ("52/2018", CA_TRA),  # written "52/2018/TT-BCT"
])
def test_a_code_finds_pages_that_write_it_longer(search_runner: SearchRunner, query: str,
                                                 written_longer: str) -> None:
    found = [hit.location for hit in search_runner.search("vi", query)[:3]]
    assert written_longer in found, found


def test_a_circular_number_also_finds_its_norms(search_runner: SearchRunner) -> None:
    # The circular's record comes first; a page holding its norm values (the energy-norms data page
    # or the beer guide) is within reach
    found = [hit.location for hit in search_runner.search("vi", "19/2016")[:3]]
    assert found[0] == LEGAL and (NORMS_PAGE in found or BEER_GUIDE in found), found


def test_result_titles_are_well_formed(search_runner: SearchRunner) -> None:
    # Each word is marked once: a word matched by several terms at one position made Material
    # nest <mark> tags, which showed the reader broken text such as "<ma</mark>rk>"
    _prefetch(search_runner)
    for language, query, _, _ in TABLE:
        for hit in search_runner.search(language, query)[:10]:
            plain = re.sub(r"<mark>([^<>]*)</mark>", r"\1", hit.title)
            assert "<" not in plain and ">" not in plain, (query, hit.title)


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


def test_results_list_only_the_words_typed(search_runner: SearchRunner) -> None:
    run = search_runner  # the Node harness returns Material's terms as the reader sees them
    from scripts.search import node_worker
    hits = node_worker.run(run.site, "vi", ["sạn xuất"], extra_docs=run.extra_docs).results["sạn xuất"]
    assert hits
    for hit in hits:
        assert set(hit.terms) <= {"san", "xuat"}, hit.terms
