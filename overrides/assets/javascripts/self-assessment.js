// Scores the self-assessment form (scripts/pages/assessment.py renders the questions and its data).
// The same rule as assessment.score() in Python: total over maximum; the level is the last one whose
// start the share reaches, compared in whole numbers; the pages to read next belong to the questions
// with the fewest points. Without JavaScript the page explains how to count by hand. Nothing is sent
// anywhere and nothing is stored.
(function () {
  "use strict";

  /** The outcome of a complete set of answers (criterion id -> points) under the page's data. */
  function score(data, chosen) {
    var total = 0;
    var maximum = 0;
    data.criteria.forEach(function (c) { total += chosen[c.id]; maximum += c.maximum; });
    var level = data.levels.filter(function (l) { return total * 100 >= l.min_percent * maximum; }).pop();
    var lowest = Math.min.apply(null, data.criteria.map(function (c) { return chosen[c.id]; }));
    var weakest = data.criteria.filter(function (c) { return chosen[c.id] === lowest && lowest < c.maximum; });
    var pages = [];
    weakest.forEach(function (c) {
      var page = pages.filter(function (p) { return p.href === c.read_next; })[0];
      if (!page) pages.push(page = { href: c.read_next, title: c.read_next_title, numbers: [] });
      page.numbers.push(c.number);
    });
    return { total: total, maximum: maximum, tenths: Math.floor(total * 1000 / maximum), level: level, pages: pages };
  }

  /** A share in tenths of a percent: 253 -> "25,3" (decimal ",") or "25.3"; 250 -> "25". */
  function percentText(tenths, decimal) {
    return tenths % 10 === 0 ? String(tenths / 10) : Math.floor(tenths / 10) + decimal + (tenths % 10);
  }

  function setUp() {
    var form = document.getElementById("sx-assessment");
    var dataElement = document.getElementById("sx-assessment-data");
    if (!form || !dataElement || form.hasAttribute("data-ready")) return;
    form.setAttribute("data-ready", "true");
    var data = JSON.parse(dataElement.getAttribute("data-json"));
    var words = data.words;
    var result = document.getElementById("sx-assessment-result");
    var decimal = document.documentElement.lang === "en" ? "." : ",";

    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? values[key] : whole; });
    }

    function element(tag, text, className) {
      var node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    }

    function answers() {
      var chosen = {};
      data.criteria.forEach(function (criterion) {
        var checked = form.querySelector('input[name="' + criterion.id + '"]:checked');
        if (checked) chosen[criterion.id] = Number(checked.value);
      });
      return chosen;
    }


    function showMissing(missing) {
      var count = missing.length;
      result.appendChild(element("h3", count === 1 ? words.missing_one : fill(words.missing_heading, { count: count })));
      result.appendChild(element("p", fill(words.missing_hint, { submit: words.submit })));
      var list = element("ul", undefined, "sx-assessment__missing");
      missing.forEach(function (c) {
        var link = element("a", fill(words.question, { number: c.number }) + ": " + c.criterion);
        link.href = "#sx-q-" + c.id;
        list.appendChild(element("li")).appendChild(link);
      });
      result.appendChild(list);
      result.setAttribute("data-state", "missing");
    }

    function showScore(outcome) {
      result.appendChild(element("h3", words.result_heading));
      var level = element("p", undefined, "sx-assessment__level");
      level.appendChild(element("strong", outcome.level.label));
      result.appendChild(level);
      result.appendChild(element("p", fill(words.result_points, {
        total: outcome.total, maximum: outcome.maximum, percent: percentText(outcome.tenths, decimal)
      }), "sx-assessment__points"));
      result.appendChild(element("p", outcome.level.advice));
      if (outcome.pages.length) {
        result.appendChild(element("h4", words.result_read_next));
        var list = element("ul", undefined, "sx-assessment__read-next");
        outcome.pages.forEach(function (page) {
          var item = list.appendChild(element("li"));
          var link = item.appendChild(element("a", page.title));
          link.href = page.href;
          item.appendChild(document.createTextNode(" — " + fill(words.result_because, { questions: page.numbers.join(", ") })));
        });
        result.appendChild(list);
      } else {
        result.appendChild(element("p", words.result_all_full));
      }
      result.appendChild(element("p", words.result_private, "sx-hint"));
      result.setAttribute("data-state", "scored");
      result.setAttribute("data-level", String(outcome.level.level));
      result.setAttribute("data-total", String(outcome.total));
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = answers();
      var missing = data.criteria.filter(function (c) { return !(c.id in chosen); });
      result.textContent = "";
      ["data-level", "data-total"].forEach(function (name) { result.removeAttribute(name); });
      if (missing.length) showMissing(missing);
      else showScore(score(data, chosen));
      result.hidden = false;
      result.focus();
    });
    form.addEventListener("reset", function () {
      result.textContent = "";
      result.hidden = true;
      result.removeAttribute("data-state");
    });
    form.querySelector(".sx-assessment__actions").hidden = false;
  }

  window.sxPageFunctions.assessment = { score: score, percentText: percentText };
  window.sxOnEachPage("self-assessment", setUp);
})();
