// The case-study catalogue (docs/mo-hinh/): filters, sorting and live totals.
//
// The page already holds the complete table, built from the cases' front matter by
// scripts/pages/catalogue.py; without JavaScript it is read as it is. This script only shows
// the filter form the build wrote (hidden until now) and recomputes what the build computed:
// each row carries its measures as [technique, status, investment, yearly savings] (null where
// the source publishes no such figure), a row's figures are the sums of its measures that match
// the "technique" and "status" filters, and the totals are the sums of the rows shown. A payback
// is shown only where every measure counted publishes both figures. Numbers are written as scripts/pages/norms.py format_number()
// writes them, and payback is rounded as Python's round(x, 2) rounds it.
(function () {
  "use strict";
  var FIELDS = ["sector", "technique", "year", "status", "sort"];

  /** Python's round(x, 2): half to even on the exact binary value. Ties at two decimals are exactly
      the numbers whose eight-fold is an odd integer (0.125, 0.375...); every other value rounds the
      way toFixed() does. */
  function round2(x) {
    var eighths = x * 8;
    if (Number.isInteger(eighths) && eighths % 2 === 1) {
      var cents = Math.floor(x * 100);
      return (cents % 2 === 0 ? cents : cents + 1) / 100;
    }
    return Number(x.toFixed(2));
  }

  /** Years for the savings to repay the investment; 0 without investment; null if it never pays back. */
  function payback(investment, savings) {
    if (investment === 0) return 0;
    if (savings === 0) return null;
    return round2(investment / savings);
  }

  /** 12400 -> "12.400" (vi) or "12,400" (en); 0.94 -> "0,94" or "0.94". */
  function formatNumber(value, lang) {
    var text = Number.isInteger(value) ? value.toFixed(0) : value.toFixed(2);
    var parts = text.split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    var english = parts.length > 1 ? whole + "." + parts[1] : whole;
    return lang === "vi" ? english.replace(/[.,]/g, function (mark) { return mark === "," ? "." : ","; }) : english;
  }

  function chosen(form) {
    var values = {};
    FIELDS.forEach(function (name) { values[name] = form.elements[name].value; });
    return values;
  }

  function setUp(root) {
    if (root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "true");
    var strings = JSON.parse(root.getAttribute("data-strings"));
    var lang = root.getAttribute("data-lang");
    var form = root.querySelector("form");
    var table = root.querySelector("table");
    var body = table.tBodies[0];
    var foot = table.tFoot;
    var summary = root.querySelector("[role=status]");
    var empty = root.querySelector(".sx-catalogue-empty");
    var defaults = chosen(form);  // what the build chose, and what the table shows before any change
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      return { row: row, order: index, measures: JSON.parse(row.getAttribute("data-measures")) };
    });

    function money(value) { return formatNumber(value, lang) + " " + strings.currency; }

    function paybackText(investment, savings, complete) {
      if (!complete) return strings.notEnough;
      var years = payback(investment, savings);
      if (years === null) return strings.never;
      if (investment === 0) return "0 (" + strings.noInvestment + ")";
      return formatNumber(years, lang);
    }

    function figure(container, name, text) {
      container.querySelector('[data-figure="' + name + '"]').textContent = text;
    }


    function compare(sort) {
      var byOrder = function (a, b) { return a.order - b.order; };
      var ascending = function (key) {
        return function (a, b) {
          if (a[key] === b[key]) return byOrder(a, b);
          if (a[key] === null) return 1;  // "never pays back" comes last either way
          if (b[key] === null) return -1;
          return a[key] - b[key];
        };
      };
      var descending = function (key) {
        var up = ascending(key);
        return function (a, b) {
          if (a[key] === null || b[key] === null || a[key] === b[key]) return up(a, b);
          return b[key] - a[key];
        };
      };
      return {
        payback_up: ascending("payback"), payback_down: descending("payback"),
        savings_up: ascending("sortSavings"), savings_down: descending("sortSavings")
      }[sort] || byOrder;
    }

    function update() {
      var filters = chosen(form);
      var shown = [];
      rows.forEach(function (item) {
        var investment = 0, savings = 0, count = 0, complete = true, withInvestment = 0, withSavings = 0;
        item.measures.forEach(function (m) {
          if ((!filters.technique || m[0] === filters.technique) && (!filters.status || m[1] === filters.status)) {
            count += 1; investment += m[2] || 0; savings += m[3] || 0;
            complete = complete && m[2] !== null && m[3] !== null;
            if (m[2] !== null) withInvestment += 1;
            if (m[3] !== null) withSavings += 1;
          }
        });
        var visible = count > 0 && (!filters.sector || item.row.getAttribute("data-sector") === filters.sector) &&
          (!filters.year || item.row.getAttribute("data-year") === filters.year);
        item.investment = investment;
        item.savings = savings;
        item.sortSavings = withSavings ? savings : null;  // "not published" sorts last, like "never"
        complete = complete && count > 0;
        item.complete = complete;
        item.payback = complete ? payback(investment, savings) : null;
        // a sum over no published figure is "not published", never a bare 0
        figure(item.row, "investment", withInvestment ? formatNumber(investment, lang) : strings.notPublished);
        figure(item.row, "savings", withSavings ? formatNumber(savings, lang) : strings.notPublished);
        figure(item.row, "payback", paybackText(investment, savings, complete));
        item.row.hidden = !visible;
        if (visible) shown.push(item);
      });
      shown.sort(compare(filters.sort));
      var hidden = rows.filter(function (item) { return item.row.hidden; });
      shown.concat(hidden).forEach(function (item) { body.appendChild(item.row); });

      var investment = shown.reduce(function (sum, item) { return sum + item.investment; }, 0);
      var savings = shown.reduce(function (sum, item) { return sum + item.savings; }, 0);
      var complete = shown.every(function (item) { return item.complete; });
      var count = shown.length + " " + (shown.length === 1 ? strings["case"] : strings.cases);
      figure(foot, "count", strings.total + ": " + count);
      figure(foot, "investment", formatNumber(investment, lang));
      figure(foot, "savings", formatNumber(savings, lang));
      figure(foot, "payback", paybackText(investment, savings, complete));
      var filtered = FIELDS.some(function (name) { return name !== "sort" && filters[name] !== defaults[name]; });
      table.caption.textContent = filtered ? strings.captionFiltered : strings.caption;
      empty.hidden = shown.length > 0;
      summary.textContent = strings.summary.replace("{count}", shown.length).replace("{all}", rows.length)
        .replace("{investment}", money(investment)).replace("{savings}", money(savings));
    }

    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    // The reset event comes before the fields go back to their first values.
    form.addEventListener("reset", function () { window.setTimeout(update, 0); });
    form.hidden = false;
    // The build shows every case; with the filters shown, the first view is what they select (a case
    // with no implemented measure is left out until the "Status" filter asks for it).
    update();
  }

  function setUpAll() {
    document.querySelectorAll(".sx-catalogue").forEach(setUp);
  }

  window.sxPageFunctions.catalogue = { round2: round2, payback: payback, formatNumber: formatNumber };
  window.sxOnEachPage("catalogue", setUpAll);
})();
