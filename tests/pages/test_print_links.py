"""Links in the page text carry the full address the print stylesheet writes on paper."""

from __future__ import annotations

from scripts.pages.print_links import add_print_urls

PAGE = "https://socongthuong.haiphong.gov.vn/sxsh/hoi-dap/sxsh-la-gi/"


def test_relative_link_gets_the_full_address() -> None:
    html = add_print_urls('<p>Xem <a href="../../so-tay/phuong-phap/">phương pháp</a>.</p>', PAGE)
    assert 'data-sx-url="https://socongthuong.haiphong.gov.vn/sxsh/so-tay/phuong-phap/"' in html


def test_external_link_keeps_its_address() -> None:
    html = add_print_urls('<a href="https://vbpl.vn/x?a=1&amp;b=2">Văn bản</a>', PAGE)
    assert 'data-sx-url="https://vbpl.vn/x?a=1&amp;b=2"' in html


def test_links_without_a_new_address_are_left_alone() -> None:
    for link in ('<a href="#buoc-1">Bước 1</a>',
                 '<a class="headerlink" href="#nguon" title="x">&para;</a>',
                 '<a class="footnote-ref" href="../x/#fn:1">1</a>',
                 '<a href="https://vncpc.org/">vncpc.org</a>',
                 '<a href="https://vncpc.org/">https://vncpc.org/</a>'):
        assert add_print_urls(link, PAGE) == link


def test_mail_address_is_written_without_the_scheme() -> None:
    html = add_print_urls('<a href="mailto:sct@haiphong.gov.vn">Gửi thư</a>', PAGE)
    assert 'data-sx-url="sct@haiphong.gov.vn"' in html
    assert add_print_urls('<a href="mailto:a@b.vn">a@b.vn</a>', PAGE) == '<a href="mailto:a@b.vn">a@b.vn</a>'
