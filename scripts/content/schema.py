"""The content model: every page type and every `data/` collection, described once.

Validation, scaffolds, the CMS configuration, open-data JSON Schemas and the
editor's field reference are all derived from the descriptions in this module.
A field carries its Vietnamese and English label so that messages and forms
never need a second list of names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "multiline", "date", "int", "number", "bool", "choice", "list", "object", "i18n", "path"]


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label_vi: str
    label_en: str
    required: bool = True
    choices: tuple[str, ...] = ()
    item: Field | None = None  # for kind == "list"
    fields: tuple[Field, ...] = ()  # for kind == "object"
    example: object = None  # written into scaffolds and the editor's field reference
    minimum: float | None = None
    example_en: object = None  # the example in an English page, when it differs
    # The value names a record of this data collection (its key), or "page": a page's path in the site.
    refers: str = ""

    def example_for(self, language: str) -> object:
        return self.example_en if language == "en" and self.example_en is not None else self.example

    def describe_vi(self) -> str:
        return _KIND_VI[self.kind] if not self.choices else "một trong: " + ", ".join(self.choices)

    def describe_en(self) -> str:
        return _KIND_EN[self.kind] if not self.choices else "one of: " + ", ".join(self.choices)


_KIND_VI = {
    "text": "một dòng chữ",
    "multiline": "một đoạn chữ",
    "date": "một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-01-15",
    "int": "một số nguyên, ví dụ 2024",
    "number": "một số, dùng dấu chấm cho phần thập phân, ví dụ 12.5",
    "bool": "true (có) hoặc false (không)",
    "choice": "một giá trị trong danh sách",
    "list": "một danh sách, mỗi mục một dòng bắt đầu bằng “- ”",
    "object": "một nhóm trường con",
    "i18n": "hai dòng con “vi:” và “en:”",
    "path": "đường dẫn tới một tệp",
}
_KIND_EN = {
    "text": "one line of text",
    "multiline": "a paragraph of text",
    "date": "a date as YEAR-MONTH-DAY, e.g. 2026-01-15",
    "int": "a whole number, e.g. 2024",
    "number": "a number with a dot for decimals, e.g. 12.5",
    "bool": "true or false",
    "choice": "a value from the list",
    "list": "a list, one item per line starting with “- ”",
    "object": "a group of sub-fields",
    "i18n": "two sub-lines “vi:” and “en:”",
    "path": "the path of a file",
}


@dataclass(frozen=True)
class ContentType:
    """A kind of page (front matter of a Markdown file) or a `data/` collection."""

    name: str
    label_vi: str
    label_en: str
    fields: tuple[Field, ...]
    folder: str = ""  # pages: the URL folder the type lives in; data: the file under data/
    open_fields: bool = False  # True only for types that accept Material's own keys freely
    key: str = "id"  # data collections: the field that names a record, unique within the file

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def labels(self, path: str) -> dict[str, str]:
        """The labels of the field at ``path`` ("sector", "measures.technique"), by language. Pages
        head their tables and forms with these, so that a field's name is written once: here."""
        fields, found = self.fields, None
        for name in path.split("."):
            found = next(f for f in fields if f.name == name)
            fields = found.item.fields if found.item is not None else found.fields
        return {"vi": found.label_vi, "en": found.label_en}


# ---------------------------------------------------------------- fixed lists

#: Topics of the Q&A: a fixed list, in the order the Q&A home shows them, each with its name.
QA_TOPIC_NAMES: dict[str, dict[str, str]] = {
    "khai-niem": {"vi": "Hiểu về sản xuất sạch hơn", "en": "Understanding cleaner production"},
    "danh-gia": {"vi": "Đánh giá sản xuất sạch hơn", "en": "The cleaner production assessment"},
    "chi-phi-loi-ich": {"vi": "Chi phí và lợi ích", "en": "Costs and benefits"},
    "ho-tro": {"vi": "Hỗ trợ cho doanh nghiệp", "en": "Help for businesses"},
    "phap-ly": {"vi": "Pháp luật và định mức", "en": "Laws and norms"},
    "nganh": {"vi": "Theo từng ngành", "en": "Industry by industry"},
    "chuong-trinh": {"vi": "Chương trình của thành phố", "en": "The city's programme"},
}
QA_TOPICS = tuple(QA_TOPIC_NAMES)

SECTORS = (
    "thuy-san",  # seafood processing
    "thep",  # steel
    "bia-nuoc-giai-khat",  # beer and soft drinks
    "giay",  # paper
    "nhua",  # plastics
    "xi-mang",  # cement
    "co-khi-dong-tau",  # mechanical engineering and shipbuilding
    "det-may",  # textiles and garments
    "khac",  # other
)

TECHNIQUE_GROUPS = (
    "quan-ly-noi-vi",
    "thay-doi-nguyen-lieu",
    "kiem-soat-qua-trinh",
    "cai-tien-thiet-bi",
    "thay-doi-cong-nghe",
    "tuan-hoan-tai-su-dung",
    "san-pham-phu",
    "cai-tien-san-pham",
)

LEAFLET_FORMATS = ("a4-gap-ba", "a5-to-roi", "a3-ap-phich", "a4-phieu")  # a4-phieu: a form to fill in
#: What became of a case study's measure, with its name.
MEASURE_STATUS_NAMES: dict[str, dict[str, str]] = {
    "da-thuc-hien": {"vi": "Đã thực hiện", "en": "Implemented"},
    "du-kien": {"vi": "Dự kiến", "en": "Planned"},
    "loai-bo": {"vi": "Loại bỏ", "en": "Rejected"},
}
MEASURE_STATUS = tuple(MEASURE_STATUS_NAMES)
ASSESSMENT_TYPE_NAMES: dict[str, dict[str, str]] = {
    "nhanh": {"vi": "Đánh giá nhanh", "en": "Quick assessment"},
    "chi-tiet": {"vi": "Đánh giá chi tiết", "en": "Detailed assessment"},
    "kiem-toan-nang-luong": {"vi": "Kiểm toán năng lượng", "en": "Energy audit"},
}
ASSESSMENT_TYPES = tuple(ASSESSMENT_TYPE_NAMES)

# ---------------------------------------------------------------- shared fields

TITLE = Field("title", "text", "Tiêu đề", "Title", example="Sản xuất sạch hơn là gì?",
              example_en="What is cleaner production?")
DESCRIPTION = Field(
    "description", "multiline", "Mô tả ngắn (hiện trên kết quả tìm kiếm)", "Short description", required=False
)
#: One source a page or a data record relies on: a publication of data/sources.yml, and where in it.
SOURCE_REF = Field(
    "source", "object", "Nguồn", "Source",
    fields=(
        Field("id", "text", "Mã của nguồn trong data/sources.yml", "Id of the source in data/sources.yml",
              example="qd-1759-2013", refers="sources"),
        Field("note", "text", "Chỗ dùng trong nguồn (mục, dòng, trang)", "Where in the source (section, row, page)",
              required=False, example="mục II.2", example_en="section II.2"),
    ),
)
SOURCES = Field(
    "sources",
    "list",
    "Nguồn",
    "Sources",
    item=SOURCE_REF,
    example=[{"id": "qd-1759-2013"}],
)
DATE = Field("date", "date", "Ngày đăng", "Date published", example="2026-11-27")
UPDATED = Field("updated", "date", "Ngày cập nhật", "Last updated", required=False)
ORDER = Field("order", "int", "Thứ tự trong mục", "Order in its section", required=False, minimum=0)
TEMPLATE = Field("template", "text", "Mẫu trang", "Page template", required=False)
HIDE = Field(
    "hide",
    "list",
    "Ẩn phần",
    "Hide parts",
    required=False,
    item=Field("part", "choice", "Phần", "Part", choices=("navigation", "toc", "footer", "path")),
)
SEARCH = Field(
    "search", "object", "Tìm kiếm", "Search", required=False,
    fields=(
        Field("exclude", "bool", "Loại khỏi tìm kiếm", "Exclude from search", required=False),
        # Material multiplies the page's scores by it: for the one page that is the home of
        # something readers search by name or number (the programme page for "1759")
        Field("boost", "number", "Đưa lên trước trong tìm kiếm (hệ số, ví dụ 2)",
              "Rank higher in search (factor, e.g. 2)", required=False, minimum=0, example=2),
    ),
)
NAV_TITLE = Field("nav_title", "text", "Tên ngắn trên menu", "Short name in the menu", required=False)

# ---------------------------------------------------------------- page types

PAGE = ContentType(
    "page",
    "Trang thường",
    "Plain page",
    (TITLE, DESCRIPTION, NAV_TITLE, ORDER, TEMPLATE, HIDE, SEARCH, UPDATED,
     Field("sources", "list", "Nguồn", "Sources", required=False, item=SOURCE_REF)),
)

HANDBOOK_CHAPTER = ContentType(
    "handbook",
    "Chương sổ tay",
    "Handbook chapter",
    (
        TITLE,
        NAV_TITLE,
        Field("part", "int", "Phần số", "Part number", minimum=0, example=1),
        Field("order", "int", "Thứ tự trong phần", "Order within the part", minimum=0, example=1),
        Field("summary", "multiline", "Tóm tắt", "Summary", example="Chương này giải thích..."),
        SOURCES,
        Field("updated", "date", "Ngày cập nhật", "Last updated", example="2026-11-27"),
        DESCRIPTION,
        TEMPLATE,
        HIDE,
    ),
    folder="so-tay",
)

QA = ContentType(
    "qa",
    "Hỏi – đáp",
    "Q&A",
    (
        Field("title", "text", "Câu hỏi", "Question", example="Đánh giá SXSH mất bao lâu?",
              example_en="How long does a cleaner production assessment take?"),
        Field("topic", "choice", "Chủ đề", "Topic", choices=QA_TOPICS, example="danh-gia"),
        Field("tags", "list", "Từ khoá", "Tags", required=False, item=Field("tag", "text", "Từ khoá", "Tag")),
        Field("short_answer", "multiline", "Trả lời ngắn", "Short answer", example="Đánh giá nhanh mất 2–3 ngày.",
              example_en="A quick assessment takes 2–3 days."),
        Field(
            "related", "list", "Câu hỏi liên quan (ghim)", "Related questions (pinned)", required=False,
            item=Field("page", "path", "Trang", "Page"),
        ),
        Field(
            "exclude_related", "list", "Không gợi ý các trang", "Never suggest these pages", required=False,
            item=Field("page", "path", "Trang", "Page"),
        ),
        SOURCES,
        DATE,
        UPDATED,
        DESCRIPTION,
    ),
    folder="hoi-dap",
)

#: How long the savings of a measure take to come in: a year unless its source says otherwise.
SAVINGS_PERIOD_NAMES: dict[str, dict[str, str]] = {
    "nam": {"vi": "mỗi năm", "en": "a year"},
    "vu": {"vi": "mỗi vụ", "en": "a season"},
    # a published total whose period is cut off or never said ("brought 533 million VND")
    "khong-ro": {"vi": "nguồn không ghi trong bao lâu", "en": "period not stated in the source"},
}
SAVINGS_PERIODS = tuple(SAVINGS_PERIOD_NAMES)
YEARLY = "nam"

MEASURE = Field(
    "measures",
    "list",
    "Các giải pháp",
    "Measures",
    item=Field(
        "measure",
        "object",
        "Giải pháp",
        "Measure",
        fields=(
            Field("name", "text", "Tên giải pháp", "Name", example="Sửa các chỗ rò rỉ hơi nước",
                  example_en="Repair the steam leaks"),
            # Published cases do not tag their measures: a tag there is the site's reading, and the page says so.
            Field("technique", "choice", "Nhóm kỹ thuật", "Technique group", required=False, choices=TECHNIQUE_GROUPS,
                  example="quan-ly-noi-vi"),
            Field("status", "choice", "Tình trạng", "Status", choices=MEASURE_STATUS, example="da-thuc-hien"),
            # Either figure may be missing from a published case: the page then says "not published".
            Field("investment_vnd", "number", "Vốn đầu tư (đồng; bỏ trống nếu nguồn không công bố)",
                  "Investment (VND; leave out if the source does not publish it)", required=False, minimum=0,
                  example=0),
            Field("savings_vnd", "number", "Tiền tiết kiệm (đồng; bỏ trống nếu nguồn không công bố)",
                  "Savings (VND; leave out if the source does not publish them)", required=False, minimum=0,
                  example=0),
            Field("savings_period", "choice", "Tiền tiết kiệm tính trong (để trống: mỗi năm)",
                  "Savings counted over (empty: a year)", required=False, choices=SAVINGS_PERIODS),
            Field("payback_years", "number", "Thời gian hoàn vốn (năm)", "Payback (years)", required=False, minimum=0),
            Field("grouped", "bool", "Dòng này là tổng của nhiều giải pháp (nguồn không tách riêng)",
                  "This line totals several options (the source gives no split)", required=False),
            Field("approximate", "bool", "Nguồn ghi các con số là “khoảng”", "The source gives the figures as “about”",
                  required=False),
        ),
    ),
)

# Each kind of resource a case saves, its names and the units it may be counted in (scripts/content/units.py).
RESOURCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "dien": ("Điện", "Electricity", ("kWh",)),
    "nhien-lieu": ("Nhiên liệu", "Fuel", ("GJ", "tấn than", "lít dầu")),
    "nuoc": ("Nước", "Water", ("m³",)),
    "nguyen-lieu": ("Nguyên liệu", "Raw materials", ("tấn", "kg")),
    "hoa-chat": ("Hóa chất", "Chemicals", ("tấn", "kg")),
}
RESOURCE_UNITS = {kind: units for kind, (_vi, _en, units) in RESOURCES.items()}

RESOURCE_SAVING = Field(
    "resource_savings",
    "list",
    "Tài nguyên tiết kiệm mỗi năm",
    "Resources saved per year",
    required=False,
    item=Field(
        "saving",
        "object",
        "Tài nguyên",
        "Resource",
        fields=(
            Field("resource", "choice", "Loại", "Kind", choices=tuple(RESOURCES)),
            Field("amount", "number", "Lượng", "Amount", minimum=0),
            Field("unit", "choice", "Đơn vị", "Unit",
                  choices=tuple(dict.fromkeys(u for units in RESOURCE_UNITS.values() for u in units))),
        ),
    ),
)

CASE = ContentType(
    "case",
    "Mô hình điểm",
    "Case study",
    (
        TITLE,
        Field("enterprise", "text", "Doanh nghiệp", "Enterprise", example="Công ty TNHH Chế biến thủy sản A (giả định)",
              example_en="Seafood processor A (fictional)"),
        # A scaffold claims nothing real until the editor says so; a real case must cite a source with an address.
        Field("illustrative", "bool", "Ví dụ minh họa (doanh nghiệp giả định)", "Worked example (fictional enterprise)",
              example=True),
        Field("sector", "choice", "Ngành", "Sector", choices=SECTORS, example="thuy-san"),
        Field("location", "text", "Địa điểm", "Location", example="Hải Phòng", example_en="Hai Phong"),
        Field("size", "choice", "Quy mô", "Size", required=False, choices=("nho", "vua", "lon"), example="vua"),
        Field("assessment_year", "int", "Năm đánh giá (bỏ trống nếu nguồn không ghi)",
              "Assessment year (leave out if the source does not say)", required=False, minimum=1990, example=2025),
        Field("assessment_type", "choice", "Loại đánh giá", "Assessment type", required=False,
              choices=ASSESSMENT_TYPES, example="nhanh"),
        Field("programme", "text", "Chương trình hỗ trợ", "Support programme", required=False),
        Field(
            "baseline",
            "object",
            "Mức tiêu hao ban đầu",
            "Baseline use",
            required=False,
            fields=(
                Field("value", "number", "Giá trị", "Value", minimum=0),
                Field("unit", "text", "Đơn vị", "Unit"),
                Field("norm_id", "text", "Mã định mức Bộ Công Thương", "MOIT norm id", required=False,
                      refers="energy-norms"),
            ),
        ),
        MEASURE,
        RESOURCE_SAVING,
        Field("co2e_tonnes_per_year", "number", "CO2e tránh được (tấn/năm)", "CO2e avoided (t/yr)", required=False, minimum=0),
        Field("emission_factor", "text", "Hệ số phát thải đã dùng", "Emission factor used", required=False),
        Field("verification", "multiline", "Cách kiểm chứng số liệu", "How the figures were verified",
              example="Ai đã đo các con số, đo bằng cách nào, ai đã kiểm tra lại.",
              example_en="Who measured the figures, how, and who checked them."),
        SOURCES,
        DATE,
        DESCRIPTION,
    ),
    folder="mo-hinh",
)

LEAFLET = ContentType(
    "leaflet",
    "Tờ rơi, áp phích",
    "Leaflet or poster",
    (
        TITLE,
        Field("format", "choice", "Khổ in", "Print format", choices=LEAFLET_FORMATS, example="a4-gap-ba"),
        Field("edition", "text", "Lần in", "Edition", example="Lần thứ nhất, 2026", example_en="First edition, 2026"),
        Field("print_run", "int", "Số lượng in", "Print run", required=False, minimum=0),
        Field("qr_target", "text", "Địa chỉ mã QR (để trống: chính trang này)", "QR code target (empty: this page)", required=False),
        SOURCES,
        DATE,
        DESCRIPTION,
        ORDER,
    ),
    folder="tai-lieu",
)

NEWS = ContentType(
    "news",
    "Tin tức",
    "News item",
    (TITLE, DATE, Field("summary", "multiline", "Tóm tắt", "Summary",
                        example="Một hoặc hai câu nói tin này về việc gì.",
                        example_en="One or two sentences on what the news is about."), SOURCES, DESCRIPTION),
    folder="tin-tuc",
)

#: An event or training of the programme: one page per event. Upcoming and past lists, the iCalendar files
#: and the home page's next event are made from these fields (scripts/pages/events.py). Only events a
#: published source reports are written, each citing it.
EVENT = ContentType(
    "event",
    "Sự kiện, tập huấn",
    "Event or training",
    (
        Field("title", "text", "Tên sự kiện", "Name of the event", example="Tập huấn đánh giá nhanh sản xuất sạch hơn",
              example_en="Training on the quick cleaner production assessment"),
        Field("kind", "choice", "Loại", "Kind", choices=("tap-huan", "hoi-thao", "hoi-nghi", "khac"), example="tap-huan"),
        Field("start", "date", "Ngày bắt đầu", "First day"),
        Field("end", "date", "Ngày kết thúc (để trống nếu chỉ một ngày)", "Last day (empty for a one-day event)",
              required=False),
        Field("place", "text", "Địa điểm", "Place", example="Hải Phòng", example_en="Hai Phong"),
        Field("organiser", "text", "Đơn vị tổ chức", "Organiser", example="Sở Công Thương thành phố Hải Phòng",
              example_en="Hai Phong Department of Industry and Trade"),
        Field("audience", "multiline", "Dành cho ai", "Who it is for", example="Cán bộ kỹ thuật của doanh nghiệp.",
              example_en="Technical staff of businesses."),
        Field("registration", "multiline", "Cách đăng ký", "How to register", required=False,
              example="Gửi thư cho Sở Công Thương trước ngày tập huấn.",
              example_en="Write to the Department of Industry and Trade before the training."),
        Field("materials", "list", "Tài liệu", "Materials", required=False, item=Field(
            "material", "object", "Tài liệu", "Material", fields=(
                Field("title", "text", "Tên tài liệu", "Title"),
                Field("url", "text", "Địa chỉ (https://...) hoặc trang của chuyên mục (tai-lieu/x.md)",
                      "Address (https://...) or a page of the site (tai-lieu/x.md)"),
            ))),
        SOURCES,
        DESCRIPTION,
    ),
    folder="su-kien",
)

PAGE_TYPES = (HANDBOOK_CHAPTER, QA, CASE, LEAFLET, NEWS, EVENT)

# ---------------------------------------------------------------- data collections


def _i18n(name: str, vi: str, en: str, required: bool = True) -> Field:
    return Field(name, "i18n", vi, en, required=required)


#: A data record is shown in both languages, so what it cites in a source is written in both.
RECORD_SOURCES = Field(
    "sources", "list", "Nguồn", "Sources",
    item=Field("source", "object", "Nguồn", "Source", fields=(
        SOURCE_REF.fields[0],
        _i18n("note", SOURCE_REF.fields[1].label_vi, SOURCE_REF.fields[1].label_en, required=False),
    )),
)



#: The programme's two target periods (Decision 1759), with the names pages and pictures give them.
TARGET_PERIOD_NAMES: dict[str, dict[str, str]] = {
    "den-2015": {"vi": "Đến năm 2015", "en": "To 2015"},
    "2016-2020": {"vi": "2016–2020", "en": "2016–2020"},
}
TARGET_PERIODS = tuple(TARGET_PERIOD_NAMES)

PROGRAMME_TARGETS = ContentType(
    "programme-targets",
    "Mục tiêu của Chương trình",
    "Programme targets",
    (
        Field("id", "text", "Mã", "Id"),
        Field("period", "choice", "Giai đoạn", "Period", choices=TARGET_PERIODS),
        _i18n("text", "Nội dung mục tiêu", "Target"),
        Field("percent_min", "number", "Tỷ lệ tối thiểu (%)", "Minimum share (%)", required=False, minimum=0),
        Field("percent_max", "number", "Tỷ lệ tối đa (%)", "Maximum share (%)", required=False, minimum=0),
        RECORD_SOURCES,
    ),
    folder="programme-targets.yml",
)

PROGRAMME_TASKS = ContentType(
    "programme-tasks",
    "Phân công thực hiện",
    "Task assignment",
    (
        Field("no", "int", "Số thứ tự", "No.", minimum=1),
        _i18n("area", "Lĩnh vực", "Area"),
        Field(
            "tasks", "list", "Nhiệm vụ cụ thể", "Tasks",
            item=Field("task", "object", "Nhiệm vụ", "Task", fields=(
                _i18n("text", "Nhiệm vụ", "Task"),
                _i18n("lead", "Cơ quan chủ trì", "Lead agency"),
            )),
        ),
        _i18n("partners", "Cơ quan phối hợp", "Partners"),
        _i18n("timing", "Thời gian thực hiện", "Timing"),
        RECORD_SOURCES,
    ),
    folder="programme-tasks.yml",
    key="no",
)

LEGAL_DOCUMENTS = ContentType(
    "legal-documents",
    "Văn bản pháp luật",
    "Legal documents",
    (
        Field("id", "text", "Mã", "Id"),
        _i18n("form", "Hình thức văn bản", "Form"),
        _i18n("issuer", "Cơ quan ban hành", "Issuing body"),
        Field("number", "text", "Số, ký hiệu", "Number and symbol"),
        Field("issued", "date", "Ngày ban hành", "Date of issue", required=False),
        Field("effective", "date", "Ngày có hiệu lực", "Date of effect", required=False),
        _i18n("effective_note", "Ghi chú hiệu lực", "Note on effect", required=False),
        # What holds today (in force, amended, replaced, ended), in plain words with its caveat.
        _i18n("status", "Hiệu lực hiện nay", "Status today", required=False),
        # The official summary (trích yếu) when the sources give it; otherwise `about`, in our words.
        _i18n("summary", "Trích yếu", "Summary", required=False),
        _i18n("about", "Nội dung chính", "What it covers", required=False),
        Field("file", "text", "Tệp hoặc nơi tải toàn văn", "File or where to get the full text", required=False),
        RECORD_SOURCES,
    ),
    folder="legal-documents.yml",
)

SECTOR_RECORDS = ContentType(
    "sectors",
    "Ngành công nghiệp",
    "Industry sectors",
    (Field("id", "choice", "Mã", "Id", choices=SECTORS), _i18n("name", "Tên ngành", "Name")),
    folder="sectors.yml",
)

TECHNIQUE_RECORDS = ContentType(
    "technique-groups",
    "Nhóm kỹ thuật SXSH",
    "Cleaner-production technique groups",
    (
        Field("id", "choice", "Mã", "Id", choices=TECHNIQUE_GROUPS),
        Field("no", "int", "Số", "No.", minimum=1),
        _i18n("name", "Tên", "Name"),
        RECORD_SOURCES,
    ),
    folder="technique-groups.yml",
)

#: The periods of MOIT's energy norms, in the order in which they end, with the names pages give them.
NORM_PERIOD_NAMES: dict[str, dict[str, str]] = {
    "den-2020": {"vi": "Đến hết 2020", "en": "To the end of 2020"},
    "2021-2025": {"vi": "2021–2025", "en": "2021–2025"},
    "den-2025": {"vi": "Đến năm 2025", "en": "To 2025"},
}
NORM_PERIODS = tuple(NORM_PERIOD_NAMES)

ENERGY_NORMS = ContentType(
    "energy-norms",
    "Định mức tiêu hao năng lượng (Bộ Công Thương)",
    "Energy-use norms (Ministry of Industry and Trade)",
    (
        Field("id", "text", "Mã", "Id", example="bia-duoi-20-trieu-lit-den-2020"),
        Field("sector", "choice", "Ngành", "Sector", choices=SECTORS),
        Field("circular", "text", "Thông tư", "Circular", example="19/2016/TT-BCT"),
        _i18n("product", "Sản phẩm", "Product"),
        _i18n("capacity", "Quy mô sản xuất", "Capacity band", required=False),
        Field("capacity_min", "number", "Quy mô từ", "Capacity from", required=False, minimum=0),
        Field("capacity_max", "number", "Quy mô đến", "Capacity up to", required=False, minimum=0),
        Field("capacity_unit", "text", "Đơn vị quy mô", "Capacity unit", required=False, example="triệu lít/năm"),
        Field("period", "choice", "Giai đoạn áp dụng", "Period", choices=NORM_PERIODS),
        Field("value", "number", "Định mức", "Norm", minimum=0),
        Field("unit", "choice", "Đơn vị", "Unit", choices=("MJ/hl", "MJ/t", "kWh/t")),
        # false once the period has ended; `current` then says what applies now (or that it was not found).
        Field("in_force", "bool", "Còn áp dụng", "Still in force"),
        _i18n("current", "Định mức đang áp dụng", "The norm that applies now", required=False),
        RECORD_SOURCES,
    ),
    folder="energy-norms.yml",
)

#: The areas of the self-assessment criteria, in the order the form asks them, with their names.
CRITERIA_AREA_NAMES: dict[str, dict[str, str]] = {
    "cam-ket": {"vi": "Cam kết của lãnh đạo", "en": "Management commitment"},
    "do-luong": {"vi": "Đo lường và số liệu", "en": "Metering and data"},
    "suat-tieu-hao": {"vi": "Suất tiêu hao năng lượng so với định mức", "en": "Specific energy use against the norm"},
    "giai-phap": {"vi": "Giải pháp đã thực hiện", "en": "Measures implemented"},
    "duy-tri": {"vi": "Duy trì SXSH", "en": "Sustaining cleaner production"},
}
CRITERIA_AREAS = tuple(CRITERIA_AREA_NAMES)

ASSESSMENT_CRITERIA = ContentType(
    "assessment-criteria",
    "Tiêu chí nhận biết và đánh giá SXSH",
    "Criteria for recognising and assessing cleaner production",
    (
        Field("id", "text", "Mã", "Id", example="cam-ket-lanh-dao"),
        Field("area", "choice", "Nhóm tiêu chí", "Area", choices=CRITERIA_AREAS),
        _i18n("criterion", "Tiêu chí", "Criterion"),
        _i18n("question", "Câu hỏi tự đánh giá", "Self-assessment question"),
        Field(
            "levels", "list", "Các mức (từ 0 điểm)", "Levels (from 0 points)",
            item=Field("level", "object", "Mức", "Level", fields=(
                Field("points", "int", "Điểm", "Points", minimum=0),
                _i18n("text", "Mô tả", "Description"),
            )),
        ),
        Field("read_next", "text", "Trang sổ tay nên đọc", "Handbook page to read next", example="so-tay/phuong-phap/index.md",
              refers="page"),
        RECORD_SOURCES,
    ),
    folder="assessment-criteria.yml",
)

ASSESSMENT_LEVELS = ContentType(
    "assessment-levels",
    "Các mức của bảng tự đánh giá SXSH",
    "Levels of the cleaner-production self-assessment",
    (
        Field("level", "int", "Mức", "Level", minimum=1, example=2),
        Field("min_percent", "number", "Bắt đầu từ (% điểm tối đa)", "Starts at (% of the maximum points)",
              minimum=0, example=25),
        _i18n("name", "Tên mức", "Name"),
        _i18n("advice", "Ý nghĩa và việc nên làm", "What it means and what to do"),
        RECORD_SOURCES,
    ),
    folder="assessment-levels.yml",
    key="level",
)

#: Institutions that no longer exist since the 2025 reorganisation, each with its successor: a reader page
#: may name one only in a sentence about the past (scripts/content/retired.py says how that is told).
RETIRED_INSTITUTIONS = ContentType(
    "retired-institutions",
    "Cơ quan, đơn vị không còn",
    "Institutions that no longer exist",
    (
        Field("id", "text", "Mã", "Id", example="so-tai-nguyen-va-moi-truong"),
        _i18n("name", "Tên", "Name"),
        Field("other_names", "list", "Cách viết khác (viết tắt, tên tiếng Anh khác)",
              "Other ways of writing it (abbreviations, other English names)", required=False,
              item=Field("name", "text", "Tên", "Name", example="Sở TN&MT")),
        _i18n("successor", "Cơ quan, đơn vị thay thế", "Successor"),
        Field("ended", "text", "Không còn từ: NĂM-THÁNG-NGÀY hoặc NĂM", "Ended on: YEAR-MONTH-DAY or YEAR",
              example="2025-07-01"),
        _i18n("note", "Ghi chú (ví dụ: chỉ thấy trên báo)", "Note (e.g. seen only in the press)", required=False),
        Field("sources", "list", "Nguồn", "Sources", required=False, item=RECORD_SOURCES.item),
    ),
    folder="retired-institutions.yml",
)

#: The publications that pages and data rely on, each once, with its address: pages name them by id
#: (`sources:` in front matter) and the build renders them as links (<!-- render sources -->).
SOURCE_RECORDS = ContentType(
    "sources",
    "Nguồn tài liệu",
    "Sources",
    (
        Field("id", "text", "Mã (chữ không dấu, số, gạch ngang)", "Id (plain letters, digits, hyphens)",
              example="vsuee-2026-luat-77"),
        _i18n("title", "Tên tài liệu hoặc bài viết", "Title of the document or article"),
        _i18n("publisher", "Nơi ban hành hoặc đăng (cơ quan, báo, trang web)", "Issued or published by (body, newspaper, website)"),
        Field("date", "text", "Ngày đăng: NĂM-THÁNG-NGÀY, NĂM-THÁNG hoặc NĂM", "Date: YEAR-MONTH-DAY, YEAR-MONTH or YEAR",
              required=False, example="2026-01-08"),
        Field("url", "text", "Địa chỉ (https://...) hoặc tệp trong trang (chuong-trinh/x.txt)",
              "Address (https://...) or a file of the site (chuong-trinh/x.txt)", required=False),
        _i18n("note", "Ghi chú cho bạn đọc (ví dụ: báo chí đưa tin, không phải văn bản gốc)",
              "Note for readers (e.g. a newspaper report, not the official text)", required=False),
    ),
    folder="sources.yml",
)

#: The handbook's print metadata, a hidden file beside its chapters (the site loader skips hidden files).
BOOK = ContentType(
    "book",
    "Thông tin in của sổ tay",
    "Print details of the handbook",
    (
        _i18n("cover_title", "Tên sách trên bìa", "Title on the cover"),
        _i18n("cover_subtitle", "Dòng phụ trên bìa", "Subtitle on the cover", required=False),
        _i18n("edition", "Lần in", "Edition"),
        Field("date", "date", "Ngày phát hành lần in này", "Date of this edition", example="2026-11-27"),
        Field("print_run", "int", "Số lượng in", "Print run", required=False, minimum=0),
        _i18n("colophon", "Lời ghi ở trang thông tin xuất bản", "Text of the colophon page"),
    ),
    folder=".book.yml",
)

#: How readers reach the Department (data/contact.yml): one group of fields, filled in and confirmed by the
#: Department. Until ``confirmed`` is true the contact page says so and the build prints a notice.
CONTACT = ContentType(
    "contact",
    "Thông tin liên hệ của Sở",
    "The Department's contact details",
    (
        Field("confirmed", "bool", "Sở đã kiểm tra và xác nhận các thông tin dưới đây",
              "The Department has checked and confirmed the details below", example=False),
        Field("confirmed_on", "date", "Ngày Sở xác nhận", "Date the Department confirmed them", required=False,
              example="2026-12-15"),
        _i18n("organisation", "Tên cơ quan", "Name of the body"),
        _i18n("unit", "Phòng hoặc cán bộ phụ trách sản xuất sạch hơn", "Unit or officer in charge of cleaner production",
              required=False),
        _i18n("address", "Địa chỉ", "Address", required=False),
        Field("phone", "text", "Điện thoại", "Phone", required=False, example="0225 3xxx xxx"),
        Field("email", "text", "Thư điện tử", "E-mail", required=False, example="sxsh@example.gov.vn"),
        _i18n("office_hours", "Giờ làm việc", "Office hours", required=False),
        Field("portal", "text", "Địa chỉ Cổng thông tin điện tử của Sở (https://...)",
              "Address of the Department's web portal (https://...)", required=False),
    ),
    folder="contact.yml",
)

DATA_COLLECTIONS = (SOURCE_RECORDS, PROGRAMME_TARGETS, PROGRAMME_TASKS, LEGAL_DOCUMENTS, SECTOR_RECORDS, TECHNIQUE_RECORDS,
                    ENERGY_NORMS, ASSESSMENT_CRITERIA, ASSESSMENT_LEVELS, RETIRED_INSTITUTIONS)


def page_type_for(url_path: str) -> ContentType:
    """The content type of a page from its path in the site (e.g. ``hoi-dap/chi-phi.md``).

    Every page of the handbook is a chapter (a part's ``index.md`` too); in the
    other typed sections the section's own ``index.md`` is a plain page.
    """
    parts = url_path.split("/")
    if parts[0] == HANDBOOK_CHAPTER.folder:
        return HANDBOOK_CHAPTER
    if parts[-1].split(".")[0] == "index":
        return PAGE
    for content_type in PAGE_TYPES:
        if parts[0] == content_type.folder:
            return content_type
    return PAGE


ALL_TYPES = (PAGE, *PAGE_TYPES, *DATA_COLLECTIONS, BOOK, CONTACT)
