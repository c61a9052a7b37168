"""The SEC calculator on the energy-norms page, in Chromium: known inputs give known results in both
languages, every unit conversion is the certain one, fuels need the reader's calorific value, and
working out a result sends no request."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_accessibility import axe_violations

pytestmark = pytest.mark.browser

PAGE = "du-lieu/dinh-muc-nang-luong/"
FUELS = ("coal", "fuel_oil", "diesel", "gas", "other_fuel")


def open_calculator(page, site_url: str, language: str = "vi") -> None:
    page.goto(site_url + ("en/" if language == "en" else "") + PAGE, wait_until="networkidle")
    page.locator("#sx-sec").wait_for(state="visible")


def choose(page, sector: str, product: str, capacity: str, period: str) -> None:
    """Pick a norm as a reader does, by the visible names, top to bottom."""
    page.select_option("#sx-sec-sector", label=sector)
    page.select_option("#sx-sec-product", label=product)
    page.select_option("#sx-sec-capacity", label=capacity)
    page.select_option("#sx-sec-period", label=period)


def fill(page, values: dict[str, str], units: dict[str, str] | None = None) -> None:
    for field, value in values.items():
        page.fill(f"#sx-sec-{field}", value)
    for field, unit in (units or {}).items():
        page.select_option(f"#sx-sec-{field}-unit", unit)


def result_text(page) -> str:
    page.locator("#sx-sec button[type=submit]").click()
    result = page.locator("#sx-sec-result")
    result.wait_for(state="visible")
    return " ".join(result.inner_text().split())


def test_beer_in_vietnamese_kwh_coal_and_fuel_oil(page, site_url: str) -> None:
    open_calculator(page, site_url)
    choose(page, "Bia và nước giải khát", "Bia", "Dưới 20 triệu lít/năm", "2021–2025 (đã kết thúc)")
    assert "286 MJ/hl" in page.locator("#sx-sec-norm").inner_text()
    assert "Thông tư 19/2016/TT-BCT" in page.locator("#sx-sec-norm").inner_text()
    # The chosen value belongs to a period that has ended, and the form says what replaced it.
    assert "giai đoạn 2021–2025 (đã kết thúc)" in page.locator("#sx-sec-norm").inner_text()
    assert "28/2024/TT-BCT" in page.locator("#sx-sec .sx-norm-status").inner_text()
    fill(page, {"output": "150.000", "electricity": "2.000.000", "coal": "1.000", "coal-cv": "25",
                "fuel_oil": "100.000", "fuel_oil-cv": "40"})
    text = result_text(page)
    # 2,000,000 kWh × 3.6 + 1,000 t × 25 GJ/t + 100,000 l × 40 MJ/l = 36,200,000 MJ; ÷ 150,000 hl.
    assert "Suất tiêu hao năng lượng (SEC) của nhà máy: 241,33 MJ/hl." in text
    assert "Thấp hơn định mức 286 MJ/hl là 15,6%." in text
    assert "36.200.000 MJ ÷ 150.000 hl = 241,33 MJ/hl" in text
    rows = [" ".join(row.split()) for row in page.locator("#sx-sec-result tbody tr").all_inner_texts()]
    assert rows == [
        "Điện 2.000.000 kWh 1 kWh = 3,6 MJ 7.200.000",
        "Than 1.000 t 25 GJ/t (nhiệt trị bạn nhập) 25.000.000",
        "Dầu FO (dầu mazut) 100.000 l 40 MJ/l (nhiệt trị bạn nhập) 4.000.000",
        "Tổng 36.200.000",
    ]
    assert page.locator("#sx-sec-result .sx-calculator__compare").get_attribute("data-direction") == "below"


def test_every_other_unit_converts_with_the_certain_factor(page, site_url: str) -> None:
    open_calculator(page, site_url)
    choose(page, "Thép", "Quặng thiêu kết", "Không chia theo quy mô", "2021–2025 (đã kết thúc)")
    # 500 MWh = 1,800,000 MJ; 200 GJ = 200,000 MJ; 10,000 kg × 25 MJ/kg = 250,000 MJ;
    # 1,000 m³ × 36 MJ/m³ = 36,000 MJ; 2 t × 15 GJ/t = 30,000 MJ; total 2,316,000 MJ ÷ 1,000 t.
    fill(page, {"output": "1.000", "electricity": "500", "heat": "200", "coal": "10.000", "coal-cv": "25",
                "gas": "1.000", "gas-cv": "36", "other_fuel": "2", "other_fuel-cv": "15"},
         {"electricity": "MWh", "heat": "GJ", "coal": "kg", "gas": "m³", "other_fuel": "t"})
    page.select_option("#sx-sec-coal-cv-unit", "MJ/kg")
    page.select_option("#sx-sec-gas-cv-unit", "MJ/m³")
    page.select_option("#sx-sec-other_fuel-cv-unit", "GJ/t")
    text = result_text(page)
    rows = [" ".join(row.split()) for row in page.locator("#sx-sec-result tbody tr").all_inner_texts()]
    assert rows == [
        "Điện 500 MWh 1 MWh = 3.600 MJ 1.800.000",
        "Năng lượng khác đã tính sẵn bằng MJ hoặc GJ 200 GJ 1 GJ = 1.000 MJ 200.000",
        "Than 10.000 kg 25 MJ/kg (nhiệt trị bạn nhập) 250.000",
        "Khí đốt (khí thiên nhiên, LPG) 1.000 m³ 36 MJ/m³ (nhiệt trị bạn nhập) 36.000",
        "Nhiên liệu khác (củi, trấu, sinh khối...) 2 t 15 GJ/t (nhiệt trị bạn nhập) 30.000",
        "Tổng 2.316.000",
    ]
    assert "2.316 MJ/t" in text
    # (2,316 − 1,960) ÷ 1,960 = 18.16%.
    assert "Cao hơn định mức 1.960 MJ/t là 18,2%." in text


def test_litres_with_calorific_value_per_cubic_metre(page, site_url: str) -> None:
    open_calculator(page, site_url)
    choose(page, "Thép", "Thép dài cán nóng", "Không chia theo quy mô", "2021–2025 (đã kết thúc)")
    # 50,000 l = 50 m³; at 38,000 MJ/m³ that is 1,900,000 MJ; ÷ 1,000 t = 1,900 MJ/t, 18.75% above 1,600.
    fill(page, {"output": "1000", "diesel": "50.000", "diesel-cv": "38.000"}, {"diesel": "l"})
    page.select_option("#sx-sec-diesel-cv-unit", "MJ/m³")
    text = result_text(page)
    assert "1.900 MJ/t" in text
    assert "Cao hơn định mức 1.600 MJ/t là 18,8%." in text


def test_kwh_norm_gives_all_energy_and_electricity_only(page, site_url: str) -> None:
    open_calculator(page, site_url)
    choose(page, "Chế biến thủy sản", "Tôm",
           "Từ 300 tấn sản phẩm/năm trở lên", "Đến năm 2025 (đã kết thúc)")
    # 1,000,000 kWh + 10,000 l × 36 MJ/l = 360,000 MJ = 100,000 kWh; ÷ 500 t.
    fill(page, {"output": "500", "electricity": "1.000.000", "diesel": "10.000", "diesel-cv": "36"})
    text = result_text(page)
    assert "Suất tiêu hao năng lượng (SEC) của nhà máy: 2.200 kWh/t." in text
    assert "Cao hơn định mức 2.050 kWh/t là 7,3%." in text
    assert "Nếu chỉ tính điện: 2.000 kWh/t." in text
    assert "Thấp hơn định mức 2.050 kWh/t là 2,4%." in text
    assert "Thông tư 52/2018/TT-BCT" in text
    assert "không nói định mức chỉ tính điện" in text


def test_english_page_reads_and_writes_english_numbers(page, site_url: str) -> None:
    open_calculator(page, site_url, "en")
    choose(page, "Beer and soft drinks", "Beer", "Under 20 million litres a year", "2021–2025 (ended)")
    fill(page, {"output": "150,000", "electricity": "2,000,000", "coal": "1,000", "coal-cv": "25.0",
                "fuel_oil": "100000", "fuel_oil-cv": "40"})
    text = result_text(page)
    assert "The plant's specific energy consumption (SEC): 241.33 MJ/hl." in text
    assert "15.6% below the norm of 286 MJ/hl." in text
    assert "36,200,000 MJ ÷ 150,000 hl = 241.33 MJ/hl" in text


def test_fuels_need_the_readers_calorific_value(page, site_url: str) -> None:
    open_calculator(page, site_url)
    for fuel in FUELS:
        assert page.locator(f"#sx-sec-{fuel}-cv").input_value() == "", f"{fuel} has a calorific value filled in"
    choose(page, "Bia và nước giải khát", "Bia", "Dưới 20 triệu lít/năm", "2021–2025 (đã kết thúc)")
    fill(page, {"output": "150000", "coal": "1000"})
    text = result_text(page)
    assert "Than: nhập nhiệt trị theo giấy chứng nhận của nhà cung cấp hoặc kết quả phân tích mẫu." in text
    assert "SEC" not in text
    assert page.locator("#sx-sec-coal-cv").get_attribute("aria-invalid") == "true"
    fill(page, {"coal-cv": "25"}, {"coal": "l"})
    assert "lượng tính theo khối lượng (t, kg) thì nhiệt trị phải tính trên khối lượng" in result_text(page)
    fill(page, {"coal": "12abc"})
    assert "“12abc” không phải là một số." in result_text(page)


def test_output_outside_the_chosen_band_is_pointed_out(page, site_url: str) -> None:
    open_calculator(page, site_url)
    choose(page, "Bia và nước giải khát", "Bia", "Dưới 20 triệu lít/năm", "2021–2025 (đã kết thúc)")
    fill(page, {"output": "300.000", "electricity": "1.000.000"})  # 300,000 hl = 30 million litres
    assert "sản lượng bạn nhập bằng 30 triệu lít/năm, không nằm trong nhóm quy mô đã chọn" in result_text(page)
    fill(page, {"output": "200.000"})  # exactly 20 million litres: on the band's edge, no warning
    assert "không nằm trong nhóm quy mô" not in result_text(page)


def test_choosing_a_norm_follows_the_data(page, site_url: str) -> None:
    open_calculator(page, site_url)
    page.select_option("#sx-sec-sector", label="Giấy")
    assert page.locator("#sx-sec-product option").all_inner_texts() == [
        "Giấy bao bì", "Giấy tissue (giấy vệ sinh, khăn giấy)", "Giấy in và giấy viết"]
    page.select_option("#sx-sec-product", label="Giấy bao bì")
    assert page.locator("#sx-sec-capacity option").all_inner_texts() == [
        "Trên 50.000 tấn/năm", "Từ 10.000 đến 50.000 tấn/năm", "Dưới 10.000 tấn/năm"]
    assert page.locator("#sx-sec-period option").all_inner_texts() == ["2021–2025 (đã kết thúc)"]
    assert re.search(r"6\.713 MJ/t", page.locator("#sx-sec-norm").inner_text())
    assert page.locator("#sx-sec-output-unit").inner_text() == "tấn (t)"


def test_working_out_a_result_sends_no_request(page, site_url: str) -> None:
    open_calculator(page, site_url)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    choose(page, "Bia và nước giải khát", "Bia", "Dưới 20 triệu lít/năm", "2021–2025 (đã kết thúc)")
    fill(page, {"output": "150.000", "electricity": "2.000.000"})
    assert "MJ/hl" in result_text(page)
    page.wait_for_timeout(300)  # let any late request show up (not a timing assertion)
    assert requests == []


def test_without_javascript_the_steps_and_tables_remain(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + PAGE)
    assert tab.locator("#sx-sec").is_hidden()
    body = tab.locator("article").inner_text()
    assert "Chia tổng năng lượng cho sản lượng" in body
    assert "1 kWh" in body and "3,6 MJ" in body
    assert tab.locator("article table").count() >= 5  # factors + four sectors
    context.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_calculator_page_has_no_axe_violations(page, site_url: str, language: str) -> None:
    path = ("en/" if language == "en" else "") + PAGE
    violations = axe_violations(page, site_url + path)
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
