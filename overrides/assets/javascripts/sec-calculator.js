// The SEC calculator of the energy-norms page (scripts/pages/calculator.py renders its form and data).
// Progressive enhancement: the form is in the page but hidden; this script shows it, offers the norms
// embedded at build time, and does the sums on the reader's device. It sends nothing anywhere.
// Conversions: only the unit table in the data (1 kWh = 3.6 MJ and SI prefixes); a fuel's calorific
// value is always the one the reader types.
(function () {
  "use strict";

  function group(digits, thousands) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  }

  // A number as Vietnamese (english false) or English writes it: `decimals` places, or with "auto" at
  // most two, without trailing zeros (3,6 · 241,33 · 150.000).
  function formatIn(value, decimals, english) {
    var auto = decimals === "auto";
    var text = Math.abs(value).toFixed(auto ? 2 : decimals);
    if (auto) text = text.replace(/\.?0+$/, "");
    var parts = text.split(".");
    var sign = value < 0 && Number(text) !== 0 ? "-" : "";
    return sign + group(parts[0], english ? "," : ".") + (parts[1] ? (english ? "." : ",") + parts[1] : "");
  }

  // What the reader typed, read in Vietnamese (english false) or English: "1.500.000" and "25,4" in Vietnamese,
  // "1,500,000" and "25.4" in English; a lone separator followed by three digits is a thousands
  // separator only if it is that language's one. Returns null for an empty box, NaN if not a number.
  function parseIn(text, english) {
    var THOUSANDS = english ? "," : ".";
    var t = text.replace(/[\s\u00a0\u202f]/g, "");
    if (t === "") return null;
    if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return NaN;
    var dots = (t.match(/\./g) || []).length;
    var commas = (t.match(/,/g) || []).length;
    var decimal = null;
    if (dots && commas) {
      decimal = t.lastIndexOf(".") > t.lastIndexOf(",") ? "." : ",";
    } else if (dots + commas === 1) {
      var separator = dots ? "." : ",";
      decimal = separator === THOUSANDS && /^\d{1,3}[.,]\d{3}$/.test(t) ? null : separator;
    }
    var thousands = decimal === "." ? "," : decimal === "," ? "." : (dots ? "." : ",");
    var whole = decimal ? t.slice(0, t.lastIndexOf(decimal)) : t;
    var fraction = decimal ? t.slice(t.lastIndexOf(decimal) + 1) : "";
    if (whole.indexOf(thousands) !== -1 && !new RegExp("^\\d{1,3}(\\" + thousands + "\\d{3})+$").test(whole)) return NaN;
    if (fraction.indexOf(".") !== -1 || fraction.indexOf(",") !== -1) return NaN;
    return Number(whole.split(thousands).join("") + (fraction ? "." + fraction : ""));
  }

  function setUp() {
    var form = document.getElementById("sx-sec");
    var dataElement = document.getElementById("sx-sec-data");
    if (!form || !dataElement || form.hasAttribute("data-ready")) return;
    form.setAttribute("data-ready", "true");
    var data = JSON.parse(dataElement.getAttribute("data-json"));
    var words = data.words;
    var english = document.documentElement.lang === "en";

    function $(id) { return document.getElementById(id); }
    var selects = { sector: $("sx-sec-sector"), product: $("sx-sec-product"), capacity: $("sx-sec-capacity"), period: $("sx-sec-period") };
    var result = $("sx-sec-result");

    // ------------------------------------------------------------------ numbers

    function format(value, decimals) { return formatIn(value, decimals, english); }
    function parse(text) { return parseIn(text, english); }

    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? values[key] : whole; });
    }

    // ------------------------------------------------------------------ choosing a norm

    function unique(list) {
      return list.filter(function (item, index) { return list.indexOf(item) === index; });
    }

    function setOptions(select, options, wanted) {
      var previous = wanted !== undefined ? wanted : select.value;
      select.textContent = "";
      options.forEach(function (option) {
        var element = document.createElement("option");
        element.value = option.value;
        element.textContent = option.label;
        select.appendChild(element);
      });
      if (options.some(function (o) { return o.value === previous; })) select.value = previous;
    }

    function matching() {
      return data.norms.filter(function (n) {
        return n.sector === selects.sector.value && n.product === selects.product.value;
      });
    }

    function refresh(changed) {
      if (changed === "start") {
        var sectors = unique(data.norms.map(function (n) { return n.sector; }));
        setOptions(selects.sector, sectors.map(function (id) {
          var norm = data.norms.filter(function (n) { return n.sector === id; })[0];
          return { value: id, label: norm.sector_name };
        }));
      }
      if (changed === "start" || changed === "sector") {
        var products = unique(data.norms.filter(function (n) { return n.sector === selects.sector.value; })
          .map(function (n) { return n.product; }));
        setOptions(selects.product, products.map(function (p) { return { value: p, label: p }; }));
      }
      if (changed !== "capacity" && changed !== "period") {
        var bands = unique(matching().map(function (n) { return n.capacity; }));
        setOptions(selects.capacity, bands.map(function (b) { return { value: b, label: b }; }));
      }
      if (changed !== "period") {
        var periods = matching().filter(function (n) { return n.capacity === selects.capacity.value; });
        var latest = periods.filter(function (n) { return n.latest; })[0];
        setOptions(selects.period, periods.map(function (n) { return { value: n.id, label: n.period }; }),
          changed === "capacity" || !latest ? undefined : latest.id);
      }
      var norm = chosenNorm();
      $("sx-sec-norm").textContent = fill(words.js_norm, {
        value: norm.value_text, unit: norm.unit, product: norm.product, capacity: norm.capacity,
        period: norm.period, circular: norm.circular, source: norm.source
      });
      $("sx-sec-output-unit").textContent = norm.output_unit === "hl" ? words.hectolitres : words.tonnes;
      result.hidden = true;
      result.textContent = "";
    }

    function chosenNorm() {
      return data.norms.filter(function (n) { return n.id === selects.period.value; })[0];
    }

    // ------------------------------------------------------------------ the sums

    function field(id) { return $(id); }

    function readNumber(id, label, errors) {
      var input = field(id);
      var value = parse(input.value);
      input.removeAttribute("aria-invalid");
      if (value !== null && !(value >= 0)) {
        errors.push(fill(words.js_not_number, { field: label, text: input.value.trim() }));
        input.setAttribute("aria-invalid", "true");
        return null;
      }
      return value;
    }

    function unitOf(name) { return data.units[name]; }

    // Everything the result shows, from the form; errors is a list of messages for the reader.
    function compute() {
      var norm = chosenNorm();
      var errors = [];
      var rows = [];
      var totalMJ = 0;
      var electricityKWh = 0;
      var output = readNumber("sx-sec-output", norm.output_unit === "hl" ? words.hectolitres : words.tonnes, errors);

      var electricity = readNumber("sx-sec-electricity", words.electricity, errors);
      if (electricity) {
        var electricityUnit = field("sx-sec-electricity-unit").value;
        var mj = electricity * unitOf(electricityUnit).factor;
        electricityKWh = electricity * unitOf(electricityUnit).factor / unitOf("kWh").factor;
        totalMJ += mj;
        rows.push([words.electricity, format(electricity, "auto") + " " + electricityUnit,
          "1 " + electricityUnit + " = " + format(unitOf(electricityUnit).factor, "auto") + " MJ", mj]);
      }
      var heat = readNumber("sx-sec-heat", words.heat, errors);
      if (heat) {
        var heatUnit = field("sx-sec-heat-unit").value;
        var heatMJ = heat * unitOf(heatUnit).factor;
        totalMJ += heatMJ;
        rows.push([words.heat, format(heat, "auto") + " " + heatUnit,
          "1 " + heatUnit + " = " + format(unitOf(heatUnit).factor, "auto") + " MJ", heatMJ]);
      }
      data.fuels.forEach(function (key) {
        var name = words[key];
        var amount = readNumber("sx-sec-" + key, name, errors);
        var cv = readNumber("sx-sec-" + key + "-cv", name, errors);
        if (!amount) return;
        var amountUnit = field("sx-sec-" + key + "-unit").value;
        var cvUnit = field("sx-sec-" + key + "-cv-unit").value;
        if (!cv) {
          errors.push(fill(words.js_no_cv, { fuel: name }));
          field("sx-sec-" + key + "-cv").setAttribute("aria-invalid", "true");
          return;
        }
        if ("per-" + unitOf(amountUnit).kind !== unitOf(cvUnit).kind) {
          errors.push(fill(words.js_mismatch, { fuel: name }));
          field("sx-sec-" + key + "-cv-unit").setAttribute("aria-invalid", "true");
          return;
        }
        field("sx-sec-" + key + "-cv-unit").removeAttribute("aria-invalid");
        var fuelMJ = amount * unitOf(amountUnit).factor * cv * unitOf(cvUnit).factor;
        totalMJ += fuelMJ;
        rows.push([name, format(amount, "auto") + " " + amountUnit,
          format(cv, "auto") + " " + cvUnit + " (" + words.js_typed_cv + ")", fuelMJ]);
      });
      if (!(output > 0)) errors.push(words.js_no_output);
      if (!rows.length && !errors.some(function (e) { return e !== words.js_no_output; })) errors.push(words.js_no_energy);
      if (errors.length) return { errors: errors };

      var inKWh = norm.energy_unit === "kWh";
      var energy = inKWh ? totalMJ / unitOf("kWh").factor : totalMJ;
      return {
        errors: [], norm: norm, rows: rows, output: output, totalMJ: totalMJ, energy: energy,
        sec: energy / output, secElectricity: inKWh ? electricityKWh / output : null,
        onlyElectricity: rows.length === 1 && electricityKWh > 0
      };
    }

    // ------------------------------------------------------------------ showing the result

    function element(tag, text, className) {
      var node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    }

    function comparison(sec, norm) {
      var percent = (sec - norm.value) / norm.value * 100;
      var rounded = Math.round(Math.abs(percent) * 10) / 10;
      var values = { norm: norm.value_text, unit: norm.unit, percent: format(rounded, 1) };
      var direction = rounded === 0 ? "equal" : percent > 0 ? "above" : "below";
      var line = element("p", fill(words["js_" + direction], values), "sx-calculator__compare");
      line.setAttribute("data-direction", direction);
      line.setAttribute("data-percent", String(rounded));
      return line;
    }

    function breakdown(outcome) {
      var tableElement = element("table");  // no class: Material styles plain tables
      tableElement.appendChild(element("caption", words.js_table_caption));
      var head = tableElement.createTHead().insertRow();
      [words.js_kind, words.js_entered, words.js_factor, words.js_energy + " (MJ)"].forEach(function (text) {
        var cell = element("th", text);
        cell.scope = "col";
        head.appendChild(cell);
      });
      var body = tableElement.createTBody();
      outcome.rows.concat([[words.js_total, "", "", outcome.totalMJ]]).forEach(function (row) {
        var tr = body.insertRow();
        var name = element("th", row[0]);
        name.scope = "row";
        tr.appendChild(name);
        tr.appendChild(element("td", row[1]));
        tr.appendChild(element("td", row[2]));
        tr.appendChild(element("td", format(row[3], "auto")));
      });
      return tableElement;
    }

    function bandNote(outcome) {
      var norm = outcome.norm;
      if (!norm.band_factor || (norm.band_min === null && norm.band_max === null)) return null;
      var amount = outcome.output * norm.band_factor;
      var slack = 1e-9 * Math.max(1, amount);
      var below = norm.band_min !== null && amount < norm.band_min - slack;
      var above = norm.band_max !== null && amount > norm.band_max + slack;
      if (!below && !above) return null;
      return element("p", fill(words.js_band, {
        amount: format(amount, "auto"), capacity_unit: norm.band_unit, capacity: norm.capacity
      }), "sx-calculator__band");
    }

    function show(outcome) {
      result.textContent = "";
      if (outcome.errors.length) {
        result.appendChild(element("p", words.js_errors, "sx-calculator__errors-title"));
        var list = element("ul", undefined, "sx-calculator__errors");
        outcome.errors.forEach(function (message) { list.appendChild(element("li", message)); });
        result.appendChild(list);
      } else {
        var norm = outcome.norm;
        result.appendChild(element("h3", words.js_heading));
        var sec = element("p", fill(words.js_sec, { sec: format(outcome.sec, "auto"), unit: norm.unit }), "sx-calculator__sec");
        sec.setAttribute("data-sec", String(outcome.sec));
        result.appendChild(sec);
        result.appendChild(comparison(outcome.sec, norm));
        if (outcome.secElectricity !== null && !outcome.onlyElectricity) {
          var electricityLine = element("p", fill(words.js_sec_electricity, { sec: format(outcome.secElectricity, "auto"), unit: norm.unit }),
            "sx-calculator__sec-electricity");
          electricityLine.setAttribute("data-sec", String(outcome.secElectricity));
          result.appendChild(electricityLine);
          result.appendChild(comparison(outcome.secElectricity, norm));
        }
        if (norm.energy_unit === "kWh") result.appendChild(element("p", fill(words.js_kwh_note, { circular: norm.circular }), "sx-hint"));
        result.appendChild(element("p", fill(words.js_sum, {
          energy: format(outcome.energy, "auto"), energy_unit: norm.energy_unit, output: format(outcome.output, "auto"),
          output_unit: norm.output_unit, sec: format(outcome.sec, "auto"), unit: norm.unit
        }), "sx-calculator__sum"));
        result.appendChild(breakdown(outcome));
        var band = bandNote(outcome);
        if (band) result.appendChild(band);
      }
      result.hidden = false;
      result.focus();
    }

    // ------------------------------------------------------------------ wiring

    ["sector", "product", "capacity", "period"].forEach(function (name) {
      selects[name].addEventListener("change", function () { refresh(name); });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(compute());
    });
    refresh("start");
    form.hidden = false;
  }

  window.sxPageFunctions.calculator = { format: formatIn, parse: parseIn };
  window.sxOnEachPage("sec-calculator", setUp);
})();
