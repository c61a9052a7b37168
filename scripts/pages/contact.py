"""How readers reach the Department, made from data/contact.yml (``<!-- render contact -->``), and the request
for an assessment: its fields (``<!-- render request-form -->``, the same on the web page and in its A4 PDF) and
an e-mail with those fields written in (``<!-- render request-email -->``), offered only once the Department has
confirmed its address."""

from __future__ import annotations

import html
from urllib.parse import quote

from scripts.content.contact import confirmed_email, is_confirmed
from scripts.content.schema import ASSESSMENT_TYPE_NAMES, CONTACT
from scripts.pages.context import RenderContext
from scripts.pages.markdown import format_date

#: The request form's questions, in order: (vi, en). The web page, the PDF and the e-mail all ask these.
REQUEST_FIELDS: tuple[tuple[str, str], ...] = (
    ("Tên doanh nghiệp", "Name of the enterprise"),
    ("Địa chỉ nhà máy (số nhà, đường, phường hoặc xã)", "Address of the plant (number, street, ward or commune)"),
    ("Ngành và sản phẩm chính", "Sector and main products"),
    ("Sản lượng một năm", "Output in a year"),
    ("Số người lao động", "Number of staff"),
    ("Điện dùng một năm (kWh, xem hóa đơn)", "Electricity used in a year (kWh, see your bills)"),
    ("Nhiên liệu dùng một năm (loại và lượng)", "Fuel used in a year (kind and amount)"),
    ("Nước dùng một năm (m³)", "Water used in a year (m³)"),
    ("Người liên hệ và chức vụ", "Contact person and position"),
    ("Điện thoại", "Phone"),
    ("Thư điện tử", "E-mail"),
    ("Doanh nghiệp muốn được hỗ trợ về việc gì", "What the enterprise would like help with"),
)

WORDS = {
    "unconfirmed_title": {"vi": "Thông tin liên hệ chưa được xác nhận", "en": "Contact details not confirmed yet"},
    "unconfirmed": {
        "vi": "Địa chỉ, điện thoại, thư điện tử, phòng phụ trách sản xuất sạch hơn và giờ làm việc của Sở chưa được"
              " đăng ở đây, vì Sở chưa xác nhận các thông tin này sau khi thành phố hợp nhất ngày 1/7/2025.",
        "en": "The Department's address, phone, e-mail, the unit in charge of cleaner production and its office"
              " hours are not given here yet, because the Department has not confirmed them since the city merged"
              " on 1 July 2025.",
    },
    "portal": {"vi": "Trong lúc chờ, các thông tin chính thức của Sở có trên Cổng thông tin điện tử của Sở:",
               "en": "Meanwhile, the Department's official details are on its web portal:"},
    "no_portal": {"vi": "Địa chỉ Cổng thông tin điện tử của Sở cũng chưa được xác nhận để đăng ở đây.",
                  "en": "The address of the Department's web portal has not been confirmed for this page either."},
    "confirmed_on": {"vi": "Sở xác nhận các thông tin này ngày", "en": "The Department confirmed these details on"},
    "email_button": {"vi": "Gửi đề nghị bằng thư điện tử", "en": "Send the request by e-mail"},
    "email_hint": {"vi": "Nút này mở chương trình thư của bạn với thư đã ghi sẵn các câu hỏi của phiếu; bạn điền"
                         " câu trả lời rồi gửi.",
                   "en": "This button opens your e-mail program with a message that already holds the form's"
                         " questions; fill in your answers and send it."},
    "subject": {"vi": "Đề nghị hỗ trợ đánh giá sản xuất sạch hơn", "en": "Request for a cleaner production assessment"},
    "assessment": {"vi": "Loại đánh giá mong muốn", "en": "Kind of assessment wanted"},
    "not_sure": {"vi": "Chưa rõ, xin Sở tư vấn", "en": "Not sure: please advise"},
    "signature": {"vi": "Ngày, chữ ký và đóng dấu của doanh nghiệp", "en": "Date, signature and stamp of the enterprise"},
}


def _label(field_name: str, language: str) -> str:
    spec = CONTACT.field(field_name)
    assert spec is not None
    return spec.label_vi if language == "vi" else spec.label_en


def contact_details(context: RenderContext, args: dict[str, str]) -> str:
    """The Department's details when confirmed; until then a plain note and, if known, its portal."""
    contact, language = context.site.contact, context.language
    if not is_confirmed(contact):
        portal = contact.get("portal")
        where = (f'<p>{WORDS["portal"][language]} <a href="{html.escape(portal)}">{html.escape(portal)}</a></p>'
                 if portal else f'<p>{WORDS["no_portal"][language]}</p>')
        return (f'\n<div class="admonition warning sx-contact sx-contact--unconfirmed" role="note">'
                f'<p class="admonition-title">{WORDS["unconfirmed_title"][language]}</p>'
                f'<p>{WORDS["unconfirmed"][language]}</p>{where}</div>\n')
    rows = [(_label("organisation", language), html.escape(contact["organisation"][language]))]
    rows.append((_label("unit", language), html.escape(contact["unit"][language])))
    rows.append((_label("address", language), html.escape(contact["address"][language])))
    phone = contact["phone"]
    rows.append((_label("phone", language), f'<a href="tel:{quote("".join(c for c in phone if c.isdigit() or c == "+"))}">'
                                            f'{html.escape(phone)}</a>'))
    email = contact["email"]
    rows.append((_label("email", language), f'<a href="mailto:{html.escape(email)}">{html.escape(email)}</a>'))
    rows.append((_label("office_hours", language), html.escape(contact["office_hours"][language])))
    if contact.get("portal"):
        portal = html.escape(contact["portal"])
        rows.append((_label("portal", language).split(" (")[0], f'<a href="{portal}">{portal}</a>'))
    body = "\n".join(f'<tr><th scope="row">{key}</th><td>{value}</td></tr>' for key, value in rows)
    confirmed = f'{WORDS["confirmed_on"][language]} {format_date(contact["confirmed_on"], language)}.'
    return (f'\n<table class="sx-facts sx-contact">\n<tbody>\n{body}\n</tbody>\n</table>\n\n'
            f'<p class="sx-contact-confirmed">{confirmed}</p>\n')


def request_form(context: RenderContext, args: dict[str, str]) -> str:
    """The form's questions with room to write: a numbered list on the web, lines to fill in on paper."""
    language = context.language
    items = [f'<li><span class="sx-form-label">{html.escape(vi if language == "vi" else en)}</span>'
             f'<span class="sx-form-line" aria-hidden="true"></span></li>' for vi, en in REQUEST_FIELDS]
    kinds = [names[language] for names in ASSESSMENT_TYPE_NAMES.values()] + [WORDS["not_sure"][language]]
    boxes = "".join(f'<span class="sx-form-choice"><span class="sx-form-box" aria-hidden="true"></span>'
                    f'{html.escape(kind)}</span> ' for kind in kinds)
    items.append(f'<li><span class="sx-form-label">{WORDS["assessment"][language]}</span> {boxes.strip()}</li>')
    items.append(f'<li><span class="sx-form-label">{WORDS["signature"][language]}</span>'
                 f'<span class="sx-form-line sx-form-line--tall" aria-hidden="true"></span></li>')
    return '\n<ol class="sx-form">\n' + "\n".join(items) + "\n</ol>\n"


def mailto(email: str, language: str) -> str:
    """A mailto: address with the subject and the form's questions written in (RFC 6068: %20, CRLF)."""
    kinds = " / ".join([names[language] for names in ASSESSMENT_TYPE_NAMES.values()] + [WORDS["not_sure"][language]])
    questions = [vi if language == "vi" else en for vi, en in REQUEST_FIELDS] + [f'{WORDS["assessment"][language]} ({kinds})']
    body = "\r\n".join(f"{question}: " for question in questions)
    return f"mailto:{email}?subject={quote(WORDS['subject'][language])}&body={quote(body)}"


def request_email(context: RenderContext, args: dict[str, str]) -> str:
    """A button that opens a pre-filled e-mail, once the Department has confirmed its address."""
    language = context.language
    email = confirmed_email(context.site.contact)
    if not email:  # the contact details above already say that nothing is confirmed yet
        return ""
    # Hidden on paper (print.css, the PDF's piece.css): there the contact table gives the address itself.
    return (f'\n<div class="sx-request-email"><p><a class="md-button md-button--primary" '
            f'href="{html.escape(mailto(email, language))}">{WORDS["email_button"][language]}</a></p>\n'
            f'<p>{WORDS["email_hint"][language]}</p></div>\n')

