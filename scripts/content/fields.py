"""YAML read with line numbers, and values checked field by field against the schema.

PyYAML's own loader raises on the first bad value without a position (a date
such as 2026-13-01), so we compose the node tree and convert each scalar
ourselves: every problem then carries the line where the editor must look.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

import yaml

from .problems import Problem
from .schema import Field

_BOOL = {"true": True, "false": False, "yes": True, "no": False, "có": True, "không": False}


@dataclass
class Reader:
    """Checks YAML nodes of one file; ``line_offset`` maps node lines to file lines."""

    path: str
    line_offset: int = 0
    problems: list[Problem] | None = None
    lines: dict[str, int] | None = None  # field name ("measures[2].investment_vnd") -> file line

    def __post_init__(self) -> None:
        self.problems = []
        self.lines = {}

    def line_of(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.line_offset

    def report(self, node: yaml.Node | None, name: str, vi: str, en: str, line: int | None = None) -> None:
        assert self.problems is not None
        where = line if line is not None else (self.line_of(node) if node is not None else 1 + self.line_offset)
        self.problems.append(Problem(self.path, where, name, vi, en))

    # -------------------------------------------------------------- parsing

    def compose(self, text: str) -> yaml.Node | None:
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.reader.ReaderError as error:
            # A character YAML refuses to read (NUL, other control characters): the text checks name it too.
            line = text[: error.position].count("\n") + 1 + self.line_offset
            self.report(None, "YAML",
                        f"có ký tự U+{error.character:04X} mà YAML không đọc được — xoá nó, hoặc chạy `make fix-unicode`",
                        f"there is a character U+{error.character:04X} that YAML cannot read — delete it, or run"
                        " `make fix-unicode`", line=line)
            return None
        except yaml.MarkedYAMLError as error:
            if "quoted scalar" in (error.context or ""):
                # An unclosed quote: PyYAML stops at the end of the text; the editor needs the opening line.
                line = error.context_mark.line + 1 + self.line_offset
                self.report(None, "YAML",
                            "dấu ngoặc kép mở ở dòng này không được đóng — thêm dấu \" ở cuối giá trị",
                            "a quote opened on this line is never closed — add the closing \" at the end of the value",
                            line=line)
                return None
            mark = error.problem_mark or error.context_mark
            line = (mark.line + 1 + self.line_offset) if mark else 1 + self.line_offset
            problem = (error.problem or "").strip()
            self.report(
                None, "YAML",
                f"phần khai báo đầu trang viết sai cú pháp ({problem}) — mỗi dòng phải là “tên: giá trị”;"
                " nếu giá trị có dấu hai chấm “:” hay bắt đầu bằng dấu ngoặc, hãy đặt nó trong ngoặc kép",
                f"the front matter is not valid YAML ({problem}) — each line must be “name: value”;"
                " put a value in double quotes when it contains “:” or starts with a bracket",
                line=line,
            )
            return None

    # -------------------------------------------------------------- mappings

    def read_mapping(self, node: yaml.Node, fields: tuple[Field, ...], context: str = "",
                     open_fields: bool = False) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.report(node, context or "YAML",
                        "cần một nhóm dòng dạng “tên: giá trị”", "expected lines of the form “name: value”")
            return {}
        known = {f.name: f for f in fields}
        values: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            name = f"{context}.{key}" if context else key
            if key in values:
                self.report(key_node, name, "trường này được viết hai lần — giữ lại một dòng",
                            "this field is written twice — keep one line")
                continue
            spec = known.get(key)
            if spec is None:
                if not open_fields:
                    self._unknown(key_node, name, key, tuple(known))
                continue
            value = self.read_value(value_node, spec, name)
            if value is not None:
                values[key] = value
        for spec in fields:
            if spec.required and spec.name not in values and not self._reported_under(node, spec.name):
                name = f"{context}.{spec.name}" if context else spec.name
                self.report(
                    node, name,
                    f"thiếu trường bắt buộc “{spec.name}” ({spec.label_vi}) — thêm {_example(spec, 'vi')}",
                    f"the required field “{spec.name}” ({spec.label_en}) is missing — add {_example(spec, 'en')}",
                )
        return values

    def _reported_under(self, node: yaml.MappingNode, key: str) -> bool:
        # A field that is present but invalid has already been reported; don't call it missing too.
        return any(isinstance(k, yaml.ScalarNode) and k.value == key for k, _ in node.value)

    def _unknown(self, node: yaml.Node, name: str, key: str, known: tuple[str, ...]) -> None:
        close = difflib.get_close_matches(key, known, n=1)
        if close:
            vi_fix, en_fix = f"có phải bạn định viết “{close[0]}”?", f"did you mean “{close[0]}”?"
        else:
            vi_fix = "xoá dòng này; các trường được dùng: " + ", ".join(known)
            en_fix = "delete this line; the fields in use are: " + ", ".join(known)
        self.report(node, name, f"trường “{key}” không có trong mẫu — {vi_fix}",
                    f"the field “{key}” is not part of this page type — {en_fix}")

    # -------------------------------------------------------------- values

    def read_value(self, node: yaml.Node, spec: Field, name: str) -> object:
        assert self.lines is not None
        # Checks that compare several fields later (a case's payback) still point at the right line.
        self.lines[name] = self.line_of(node)
        kind = spec.kind
        if kind == "list":
            return self._read_list(node, spec, name)
        if kind == "object":
            return self.read_mapping(node, spec.fields, name) if self._is_mapping(node, spec, name) else None
        if kind == "i18n":
            return self._read_i18n(node, spec, name)
        if not isinstance(node, yaml.ScalarNode):
            self._wrong(node, spec, name, "một danh sách hoặc nhóm", "a list or group")
            return None
        text = node.value
        if node.tag == "tag:yaml.org,2002:null" or text.strip() in ("", "~", "null"):
            if spec.required:
                self.report(node, name, f"để trống — cần {spec.describe_vi()}", f"is empty — write {spec.describe_en()}")
            return None
        if kind in ("text", "multiline", "path"):
            return text
        if kind == "choice":
            if text in spec.choices:
                return text
            close = difflib.get_close_matches(text, spec.choices, n=1)
            hint_vi = f" (có phải “{close[0]}”?)" if close else ""
            hint_en = f" (did you mean “{close[0]}”?)" if close else ""
            self.report(node, name, f"“{text}” không có trong danh sách{hint_vi} — hãy viết {spec.describe_vi()}",
                        f"“{text}” is not in the list{hint_en} — write {spec.describe_en()}")
            return None
        if kind == "date":
            return self._read_date(node, text, name)
        if kind == "bool":
            if text.lower() in _BOOL:
                return _BOOL[text.lower()]
            self._wrong(node, spec, name, f"“{text}”", f"“{text}”")
            return None
        if kind in ("int", "number"):
            return self._read_number(node, spec, text, name)
        raise AssertionError(kind)  # pragma: no cover - every kind is handled above

    def _read_list(self, node: yaml.Node, spec: Field, name: str) -> list | None:
        assert spec.item is not None
        if not isinstance(node, yaml.SequenceNode):
            if isinstance(node, yaml.ScalarNode) and node.value.strip() in ("", "~", "null") and not spec.required:
                return []
            self._wrong(node, spec, name, "một dòng", "a single value")
            return None
        if not node.value and spec.required:
            self.report(node, name, f"danh sách trống — cần ít nhất một mục: {_example(spec, 'vi')}",
                        f"the list is empty — it needs at least one item: {_example(spec, 'en')}")
            return None
        items = []
        for index, item_node in enumerate(node.value, start=1):
            value = self.read_value(item_node, spec.item, f"{name}[{index}]")
            if value is not None:
                items.append(value)
        return items

    def _read_i18n(self, node: yaml.Node, spec: Field, name: str) -> dict | None:
        languages = (
            Field("vi", "multiline", "Tiếng Việt", "Vietnamese"),
            Field("en", "multiline", "Tiếng Anh", "English"),
        )
        if not self._is_mapping(node, spec, name):
            return None
        return self.read_mapping(node, languages, name)

    def _is_mapping(self, node: yaml.Node, spec: Field, name: str) -> bool:
        if isinstance(node, yaml.MappingNode):
            return True
        first = spec.fields[0] if spec.kind == "object" and spec.fields else None
        if first is not None and isinstance(node, yaml.ScalarNode):
            # E.g. a source written as plain text: say which line the group starts with, and what it holds.
            start_vi = f"{first.name}: {first.example_for('vi') or '...'}"
            start_en = f"{first.name}: {first.example_for('en') or '...'}"
            self.report(node, name,
                        f"đang là một dòng chữ “{node.value}” — cần một nhóm trường con, bắt đầu bằng “{start_vi}”"
                        f" ({first.label_vi})",
                        f"is a line of text “{node.value}” — write a group of sub-fields starting with “{start_en}”"
                        f" ({first.label_en})")
            return False
        self._wrong(node, spec, name, "một giá trị đơn", "a single value")
        return False

    def _read_date(self, node: yaml.Node, text: str, name: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            self.report(
                node, name,
                f"ngày “{text}” không đúng hoặc không có thật — viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-01-15"
                " cho ngày 15 tháng 1 năm 2026",
                f"“{text}” is not a real date — write YEAR-MONTH-DAY, e.g. 2026-01-15 for 15 January 2026",
            )
            return None

    def _read_number(self, node: yaml.Node, spec: Field, text: str, name: str) -> float | int | None:
        cleaned = text.strip()
        try:
            value: float | int = int(cleaned) if spec.kind == "int" else float(cleaned)
        except ValueError:
            hint_vi = hint_en = ""
            if "," in cleaned or cleaned.count(".") > 1:
                hint_vi = " Không dùng dấu phẩy hay dấu chấm để ngăn cách hàng nghìn."
                hint_en = " Do not use commas or dots as thousands separators."
            self._wrong(node, spec, name, f"“{text}”", f"“{text}”", hint_vi, hint_en)
            return None
        if spec.minimum is not None and value < spec.minimum:
            self.report(node, name, f"{value} nhỏ hơn mức tối thiểu {spec.minimum:g} — kiểm tra lại con số",
                        f"{value} is below the minimum {spec.minimum:g} — check the figure")
            return None
        return value

    def _wrong(self, node: yaml.Node, spec: Field, name: str, got_vi: str, got_en: str,
               hint_vi: str = "", hint_en: str = "") -> None:
        self.report(node, name, f"đang là {got_vi} — cần {spec.describe_vi()}.{hint_vi}".rstrip("."),
                    f"is {got_en} — write {spec.describe_en()}.{hint_en}".rstrip("."))


def _example(spec: Field, language: str) -> str:
    """How to write the field, as a phrase: 'a line “date: 2026-11-27”'."""
    line_word = "một dòng" if language == "vi" else "a line"
    if spec.kind == "list":
        item = spec.example[0] if isinstance(spec.example, list) else "..."
        if isinstance(item, dict):  # a list of groups: the first line of one group
            item = "{}: {}".format(*next(iter(item.items())))
        then = "rồi các dòng" if language == "vi" else "followed by lines"
        return f"{line_word} “{spec.name}:” {then} “  - {item}”"
    value = spec.example if spec.example is not None else "..."
    return f"{line_word} “{spec.name}: {value}”"
