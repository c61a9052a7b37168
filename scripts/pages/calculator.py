"""The SEC calculator on the energy-norms page: the form, the unit table and the norm records,
rendered at build time; overrides/assets/javascripts/sec-calculator.js does the sums in the browser.

Facts rule: the only conversions used are the definition of the kilowatt-hour (1 kWh = 3.6 MJ) and
SI prefixes (k, M, G, h) with the tonne (1,000 kg) and the litre (1 dm³). The calorific value of a fuel
is never assumed: the reader types it from the supplier's certificate or a fuel test.
"""

from __future__ import annotations

import html

from scripts.content.schema import ENERGY_NORMS, NORM_PERIODS
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, json_data_element, table
from scripts.pages.norms import WORDS as NORM_WORDS
from scripts.pages.norms import format_number, period_text, status_note
from scripts.pages.source_list import sources_text

SCRIPT = "assets/javascripts/sec-calculator.js"

#: Each unit the form offers: what it measures and its size in the base unit of that quantity
#: (energy: MJ; mass: kg; volume: l; calorific value: MJ/kg or MJ/l; output: hl or t).
UNITS: dict[str, tuple[str, float]] = {
    "kWh": ("energy", 3.6),
    "MWh": ("energy", 3600),
    "MJ": ("energy", 1),
    "GJ": ("energy", 1000),
    "kg": ("mass", 1),
    "t": ("mass", 1000),
    "l": ("volume", 1),
    "m³": ("volume", 1000),
    "MJ/kg": ("per-mass", 1),
    "GJ/t": ("per-mass", 1),
    "MJ/l": ("per-volume", 1),
    "MJ/m³": ("per-volume", 0.001),
}

#: The conversion table shown on the page: (unit, equals, why), in each language.
FACTORS = [
    ("1 kWh", {"vi": "3,6 MJ", "en": "3.6 MJ"},
     {"vi": "Định nghĩa của kilôoát giờ: 1.000 W trong 3.600 giây là 3.600.000 J.",
      "en": "Definition of the kilowatt-hour: 1,000 W for 3,600 seconds is 3,600,000 J."}),
    ("1 MWh", {"vi": "1.000 kWh = 3.600 MJ", "en": "1,000 kWh = 3,600 MJ"},
     {"vi": "Tiền tố mê-ga (M) là một triệu, ki-lô (k) là một nghìn.",
      "en": "The prefix mega (M) means a million, kilo (k) a thousand."}),
    ("1 GJ", {"vi": "1.000 MJ", "en": "1,000 MJ"},
     {"vi": "Tiền tố gi-ga (G) là một tỷ.", "en": "The prefix giga (G) means a thousand million."}),
    ("1 t", {"vi": "1.000 kg", "en": "1,000 kg"},
     {"vi": "Một tấn là 1.000 kg.", "en": "A tonne is 1,000 kg."}),
    ("1 m³", {"vi": "1.000 l", "en": "1,000 l"},
     {"vi": "Một lít là một đề-xi-mét khối (dm³).", "en": "A litre is one cubic decimetre (dm³)."}),
    ("1 hl", {"vi": "100 l", "en": "100 l"},
     {"vi": "Tiền tố héc-tô (h) là một trăm. 1 triệu lít = 10.000 hl.",
      "en": "The prefix hecto (h) means a hundred. 1 million litres = 10,000 hl."}),
    ("1 GJ/t", {"vi": "1 MJ/kg", "en": "1 MJ/kg"},
     {"vi": "Cả tử số và mẫu số cùng nhân 1.000.", "en": "Top and bottom are both multiplied by 1,000."}),
    ("1 MJ/m³", {"vi": "0,001 MJ/l", "en": "0.001 MJ/l"},
     {"vi": "Vì 1 m³ = 1.000 l.", "en": "Because 1 m³ = 1,000 l."}),
]

#: Capacity bands of the norm records, in the unit of yearly output the form asks for.
#: capacity_unit -> (unit of output, band units in one unit of output, the band unit in each language).
CAPACITY_IN_OUTPUT = {
    "triệu lít/năm": ("hl", 1e-4, {"vi": "triệu lít/năm", "en": "million litres a year"}),
    "tấn/năm": ("t", 1, {"vi": "tấn/năm", "en": "tonnes a year"}),
    "tấn sản phẩm/năm": ("t", 1, {"vi": "tấn sản phẩm/năm", "en": "tonnes of product a year"}),
}

FUELS = (
    ("coal", "t", "GJ/t"),
    ("fuel_oil", "l", "MJ/l"),
    ("diesel", "l", "MJ/l"),
    ("gas", "m³", "MJ/m³"),
    ("other_fuel", "t", "GJ/t"),
)

WORDS = {
    "unit": ENERGY_NORMS.labels("unit"),
    "equals": {"vi": "Bằng", "en": "Equals"},
    "why": {"vi": "Căn cứ", "en": "Why"},
    "fuel_row": {"vi": "Than, dầu, khí, nhiên liệu khác", "en": "Coal, oil, gas, other fuels"},
    "fuel_equals": {"vi": "Lượng nhiên liệu × nhiệt trị bạn nhập", "en": "Amount of fuel × the calorific value you type"},
    "fuel_why": {"vi": "Nhiệt trị ghi trong giấy chứng nhận của nhà cung cấp hoặc kết quả phân tích mẫu nhiên liệu.",
                 "en": "The calorific value on the supplier's certificate or in a fuel test report."},
    "factor_source": {"vi": "Hệ đơn vị đo quốc tế (SI): định nghĩa của oát, jun, giờ, tấn, lít và các tiền tố.",
                      "en": "The International System of Units (SI): definitions of the watt, joule, hour, tonne,"
                            " litre and the prefixes."},
    "legend_norm": {"vi": "1. Định mức để so sánh", "en": "1. The norm to compare with"},
    "sector": ENERGY_NORMS.labels("sector"),
    "product": ENERGY_NORMS.labels("product"),
    "capacity": {"vi": "Quy mô", "en": "Capacity band"},
    "period": ENERGY_NORMS.labels("period"),
    "legend_output": {"vi": "2. Sản lượng trong năm", "en": "2. Output in the year"},
    "output": {"vi": "Sản lượng năm, tính bằng", "en": "Yearly output, in"},
    "output_hint": {"vi": "Cùng loại sản phẩm với định mức đã chọn. Ví dụ: 15 triệu lít bia là 150.000 hl.",
                    "en": "The same product as the chosen norm. Example: 15 million litres of beer is 150,000 hl."},
    "legend_energy": {"vi": "3. Năng lượng dùng trong năm", "en": "3. Energy used in the year"},
    "energy_hint": {"vi": "Điền những loại nhà máy có dùng trong cùng năm đó; để trống loại không dùng."
                          " Số có thể viết 1.500.000 hoặc 1500000; phần thập phân sau dấu phẩy, ví dụ 25,4.",
                    "en": "Fill in the kinds the plant used in the same year; leave the others empty."
                          " Numbers can be written 1,500,000 or 1500000, with a dot for decimals, e.g. 25.4."},
    "electricity": {"vi": "Điện", "en": "Electricity"},
    "heat": {"vi": "Năng lượng khác đã tính sẵn bằng MJ hoặc GJ", "en": "Other energy already known in MJ or GJ"},
    "amount": {"vi": "Lượng", "en": "Amount"},
    "calorific": {"vi": "Nhiệt trị", "en": "Calorific value"},
    "unit_of": {"vi": "Đơn vị của {what}", "en": "Unit for {what}"},
    "amount_of": {"vi": "lượng {fuel}", "en": "the amount of {fuel}"},
    "calorific_of": {"vi": "nhiệt trị {fuel}", "en": "the calorific value of {fuel}"},
    "other_energy": {"vi": "năng lượng khác", "en": "other energy"},
    "fuel_hint": {
        "vi": "Nhiệt trị (năng lượng trong một đơn vị nhiên liệu) khác nhau theo loại và từng lô nhiên liệu. Hãy lấy"
              " số ghi trong giấy chứng nhận chất lượng của nhà cung cấp hoặc trong kết quả phân tích mẫu. Máy tính"
              " không có sẵn nhiệt trị nào và không tự điền. Nhiệt trị nhận các đơn vị GJ/t, MJ/kg, MJ/l và MJ/m³;"
              " nếu giấy tờ ghi đơn vị khác, hãy hỏi nhà cung cấp con số theo các đơn vị này.",
        "en": "The calorific value (the energy in one unit of fuel) differs between fuels and between deliveries."
              " Take the figure on the supplier's quality certificate or in a fuel test report. The calculator holds"
              " no calorific value and fills none in. It accepts GJ/t, MJ/kg, MJ/l and MJ/m³; if your papers use"
              " another unit, ask the supplier for the figure in one of these.",
    },
    "coal": {"vi": "Than", "en": "Coal"},
    "fuel_oil": {"vi": "Dầu FO (dầu mazut)", "en": "Fuel oil (FO)"},
    "diesel": {"vi": "Dầu DO (dầu diesel)", "en": "Diesel oil (DO)"},
    "gas": {"vi": "Khí đốt (khí thiên nhiên, LPG)", "en": "Gas (natural gas, LPG)"},
    "other_fuel": {"vi": "Nhiên liệu khác (củi, trấu, sinh khối...)", "en": "Other fuel (wood, rice husk, biomass...)"},
    "submit": {"vi": "Tính suất tiêu hao", "en": "Work out the SEC"},
    "private": {"vi": "Phép tính chạy ngay trên máy của bạn; không có số liệu nào được gửi đi.",
                "en": "The sums run on your own device; no figure is sent anywhere."},
    "tonnes": {"vi": "tấn (t)", "en": "tonnes (t)"},
    "hectolitres": {"vi": "héc-tô-lít (hl)", "en": "hectolitres (hl)"},
    # Messages of the browser script (placeholders in braces).
    "js_norm": {"vi": "Định mức đã chọn: {value} {unit} — {product}, {capacity}, giai đoạn {period}, Thông tư {circular}."
                      " Nguồn: {source}.",
                "en": "Chosen norm: {value} {unit} — {product}, {capacity}, period {period}, Circular {circular}."
                      " Source: {source}."},
    "js_heading": {"vi": "Kết quả", "en": "Result"},
    "js_sec": {"vi": "Suất tiêu hao năng lượng (SEC) của nhà máy: {sec} {unit}.",
               "en": "The plant's specific energy consumption (SEC): {sec} {unit}."},
    "js_sec_electricity": {"vi": "Nếu chỉ tính điện: {sec} {unit}.", "en": "Counting electricity only: {sec} {unit}."},
    "js_above": {"vi": "Cao hơn định mức {norm} {unit} là {percent}%.", "en": "{percent}% above the norm of {norm} {unit}."},
    "js_below": {"vi": "Thấp hơn định mức {norm} {unit} là {percent}%.", "en": "{percent}% below the norm of {norm} {unit}."},
    "js_equal": {"vi": "Bằng định mức {norm} {unit}.", "en": "Equal to the norm of {norm} {unit}."},
    "js_sum": {"vi": "Cách tính: {energy} {energy_unit} ÷ {output} {output_unit} = {sec} {unit}.",
               "en": "How: {energy} {energy_unit} ÷ {output} {output_unit} = {sec} {unit}."},
    "js_table_caption": {"vi": "Năng lượng quy đổi từng loại", "en": "Each kind of energy, converted"},
    "js_kind": {"vi": "Loại", "en": "Kind"},
    "js_entered": {"vi": "Bạn nhập", "en": "You entered"},
    "js_factor": {"vi": "Hệ số", "en": "Factor"},
    "js_energy": {"vi": "Năng lượng", "en": "Energy"},
    "js_total": {"vi": "Tổng", "en": "Total"},
    "js_typed_cv": {"vi": "nhiệt trị bạn nhập", "en": "the calorific value you typed"},
    "js_kwh_note": {
        "vi": "Định mức này tính bằng kWh cho một tấn sản phẩm. Các nguồn của trang này không nói định mức chỉ tính"
              " điện hay tính mọi loại năng lượng quy ra kWh, nên ở đây có cả hai con số. Hãy đọc toàn văn"
              " Thông tư {circular} để biết nên so con số nào.",
        "en": "This norm is in kWh per tonne of product. The sources of this page do not say whether it counts"
              " electricity only or all energy converted to kWh, so both figures are shown. Read the full text of"
              " Circular {circular} to see which one to compare.",
    },
    "js_band": {"vi": "Lưu ý: sản lượng bạn nhập bằng {amount} {capacity_unit}, không nằm trong nhóm quy mô đã chọn"
                      " ({capacity}). Hãy kiểm tra lại nhóm quy mô.",
                "en": "Note: the output you entered is {amount} {capacity_unit}, outside the chosen capacity band"
                      " ({capacity}). Check the band."},
    "js_errors": {"vi": "Chưa tính được, vì:", "en": "The SEC cannot be worked out yet:"},
    "js_not_number": {"vi": "{field}: “{text}” không phải là một số.", "en": "{field}: “{text}” is not a number."},
    "js_no_output": {"vi": "Nhập sản lượng năm, lớn hơn 0.", "en": "Enter the yearly output, above 0."},
    "js_no_energy": {"vi": "Nhập ít nhất một loại năng lượng.", "en": "Enter at least one kind of energy."},
    "js_no_cv": {"vi": "{fuel}: nhập nhiệt trị theo giấy chứng nhận của nhà cung cấp hoặc kết quả phân tích mẫu.",
                 "en": "{fuel}: enter the calorific value from the supplier's certificate or a fuel test."},
    "js_mismatch": {
        "vi": "{fuel}: lượng tính theo khối lượng (t, kg) thì nhiệt trị phải tính trên khối lượng (GJ/t, MJ/kg);"
              " lượng tính theo thể tích (l, m³) thì nhiệt trị tính trên thể tích (MJ/l, MJ/m³).",
        "en": "{fuel}: an amount by weight (t, kg) needs a calorific value by weight (GJ/t, MJ/kg); an amount by"
              " volume (l, m³) needs one by volume (MJ/l, MJ/m³).",
    },
}



def _word(key: str, language: str) -> str:
    return WORDS[key][language]


def factors_table(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render energy-units -->``: the conversions the calculator uses, each with its reason."""
    language = context.language
    rows = [[unit, equals[language], cell(why[language])] for unit, equals, why in FACTORS]
    rows.append([_word("fuel_row", language), _word("fuel_equals", language), cell(_word("fuel_why", language))])
    header = [_word(k, language) for k in ("unit", "equals", "why")]
    return table(header, rows) + f'\n<p class="sx-source">{NORM_WORDS["source"][language]}: {_word("factor_source", language)}</p>\n'


#: Units of yearly output the form can ask for (the part of a norm's unit after "/").
OUTPUT_UNITS = ("hl", "t")


def _output_unit(norm_unit: str) -> tuple[str, str]:
    """ "MJ/hl" -> ("MJ", "hl"); a norm unit the calculator cannot compare in stops the build."""
    energy, _, output = norm_unit.partition("/")
    if UNITS.get(energy, ("",))[0] != "energy" or output not in OUTPUT_UNITS:
        raise ValueError(f"the calculator does not know the norm unit {norm_unit}: add it to scripts/pages/calculator.py")
    return energy, output


def _choice(record: dict) -> tuple:
    """What a reader picks before the period: sector, product and capacity band."""
    return record["sector"], record["product"]["vi"], (record.get("capacity") or {}).get("vi")


def norm_records(context: RenderContext) -> list[dict]:
    """The norm records as the browser script reads them, in the page's language."""
    language = context.language
    sectors = {r["id"]: r["name"][language] for r in context.site.data["sectors"]}
    records = []
    norms = context.site.data["energy-norms"]
    # The form starts on the period that ends last among the values of the same product and band.
    last_end: dict[tuple, int] = {}
    for r in norms:
        last_end[_choice(r)] = max(last_end.get(_choice(r), -1), NORM_PERIODS.index(r["period"]))
    for r in norms:
        energy_unit, output_unit = _output_unit(r["unit"])
        band = CAPACITY_IN_OUTPUT.get(r.get("capacity_unit", ""))
        records.append({
            "id": r["id"],
            "sector": r["sector"],
            "sector_name": sectors[r["sector"]],
            "product": r["product"][language],
            "capacity": r["capacity"][language] if r.get("capacity") else NORM_WORDS["all"][language],
            "period": period_text(r, language),  # "2021–2025 (đã kết thúc)": the reader sees it in the form
            "latest": NORM_PERIODS.index(r["period"]) == last_end[_choice(r)],
            "value": r["value"],
            "value_text": format_number(r["value"], language),
            "unit": r["unit"],
            "energy_unit": energy_unit,
            "output_unit": output_unit,
            "circular": r["circular"],
            "source": sources_text(r["sources"], context),
            # The capacity band, and how many band units one unit of output is (None: no check possible).
            "band_min": r.get("capacity_min"),
            "band_max": r.get("capacity_max"),
            "band_unit": band[2][language] if band else "",
            "band_factor": band[1] if band and band[0] == output_unit else None,
        })
    return records


def _first_lower(text: str) -> str:
    """ "Dầu FO (dầu mazut)" -> "dầu FO (dầu mazut)": inside a sentence, keeping abbreviations."""
    return text[:1].lower() + text[1:]


def _select(key: str, language: str) -> str:
    return (f'<div class="sx-field"><label for="sx-sec-{key}">{_word(key, language)}</label>'
            f'<select id="sx-sec-{key}" name="{key}"></select></div>')


def _number(field_id: str, label: str, hint_id: str = "") -> str:
    described = f' aria-describedby="{hint_id}"' if hint_id else ""
    return (f'<label for="{field_id}">{html.escape(label)}</label>'
            f'<input type="text" inputmode="decimal" autocomplete="off" id="{field_id}" name="{field_id}"{described}>')


def _unit_select(field_id: str, units: tuple[str, ...], label: str, chosen: str) -> str:
    options = "".join(f'<option value="{u}"{" selected" if u == chosen else ""}>{u}</option>' for u in units)
    return f'<select id="{field_id}" name="{field_id}" aria-label="{html.escape(label)}">{options}</select>'


def calculator(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render sec-calculator -->``: the calculator's form (hidden until its script runs) and its data."""
    language = context.language
    w = lambda key: _word(key, language)  # noqa: E731 - a short alias keeps the markup readable
    unit_of = WORDS["unit_of"][language]
    parts = [
        '<form class="sx-calculator" id="sx-sec" novalidate hidden>',
        f'<fieldset><legend>{w("legend_norm")}</legend>',
        _select("sector", language), _select("product", language), _select("capacity", language), _select("period", language),
        '<p class="sx-calculator__norm" id="sx-sec-norm" aria-live="polite"></p>',
        status_note(context.site.data["energy-norms"], language).strip(),
        "</fieldset>",
        f'<fieldset><legend>{w("legend_output")}</legend><div class="sx-field">',
        f'<label for="sx-sec-output">{w("output")} <span id="sx-sec-output-unit">{w("hectolitres")}</span></label>'
        '<input type="text" inputmode="decimal" autocomplete="off" id="sx-sec-output" name="output"'
        ' aria-describedby="sx-sec-output-hint">',
        f'<p class="sx-hint" id="sx-sec-output-hint">{w("output_hint")}</p></div></fieldset>',
        f'<fieldset><legend>{w("legend_energy")}</legend>',
        f'<p class="sx-hint" id="sx-sec-energy-hint">{html.escape(w("energy_hint"))}</p>',
        '<div class="sx-field sx-field--unit">'
        + _number("sx-sec-electricity", w("electricity"), "sx-sec-energy-hint")
        + _unit_select("sx-sec-electricity-unit", ("kWh", "MWh"), unit_of.format(what=_first_lower(w("electricity"))), "kWh")
        + "</div>",
        '<div class="sx-field sx-field--unit">'
        + _number("sx-sec-heat", w("heat"), "sx-sec-energy-hint")
        + _unit_select("sx-sec-heat-unit", ("MJ", "GJ"), unit_of.format(what=w("other_energy")), "GJ")
        + "</div>",
        f'<p class="sx-hint" id="sx-sec-fuel-hint">{html.escape(w("fuel_hint"))}</p>',
    ]
    for key, amount_unit, cv_unit in FUELS:
        name = w(key)
        amount_label = unit_of.format(what=w("amount_of").format(fuel=_first_lower(name)))
        calorific_label = unit_of.format(what=w("calorific_of").format(fuel=_first_lower(name)))
        parts += [
            f'<fieldset class="sx-fuel" data-fuel="{key}"><legend>{html.escape(name)}</legend>',
            '<div class="sx-field sx-field--unit">'
            + _number(f"sx-sec-{key}", w("amount"))
            + _unit_select(f"sx-sec-{key}-unit", ("t", "kg", "l", "m³"), amount_label, amount_unit)
            + "</div>",
            '<div class="sx-field sx-field--unit">'
            + _number(f"sx-sec-{key}-cv", w("calorific"), "sx-sec-fuel-hint")
            + _unit_select(f"sx-sec-{key}-cv-unit", ("GJ/t", "MJ/kg", "MJ/l", "MJ/m³"), calorific_label, cv_unit)
            + "</div></fieldset>",
        ]
    parts += [
        "</fieldset>",
        f'<p class="sx-hint">{w("private")}</p>',
        f'<button type="submit" class="md-button md-button--primary">{w("submit")}</button>',
        '<div class="sx-calculator__result" id="sx-sec-result" tabindex="-1" hidden></div>',
        "</form>",
    ]
    data = {
        "norms": norm_records(context),
        "units": {unit: {"kind": kind, "factor": factor} for unit, (kind, factor) in UNITS.items()},
        "fuels": [key for key, _, _ in FUELS],
        "words": {k: v[language] for k, v in WORDS.items()
                  if k.startswith("js_") or k in ("electricity", "heat", "tonnes", "hectolitres", *(f[0] for f in FUELS))},
    }
    parts.append(json_data_element("sx-sec-data", data))
    return "\n\n" + "\n".join(parts) + "\n\n"
