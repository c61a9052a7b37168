// Small additions on every page, from a file (the site's Content-Security-Policy allows no inline script).
// Without JavaScript the page still reads, scrolls and prints; these only help.
(function () {
  "use strict";
  // Read for each use: an instant page change (navigation.instant) can switch the page's language.
  function english() { return document.documentElement.lang === "en"; }

  // 0. Scripts start from Material's document$, which gives the page now and each page that an
  //    instant page change brings (navigation.instant): so a page part works however the reader
  //    came to it. Without Material's bundle, the page is set up once it is parsed. Material runs a
  //    page's scripts again after an instant change: a script already started (by name) keeps the
  //    start it has, as its setUp runs for every page from then on.
  var started = {};
  function onEachPage(name, setUp) {
    if (started[name]) return;
    started[name] = true;
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(function () { setUp(); });
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { setUp(); });
    } else {
      setUp();
    }
  }
  window.sxOnEachPage = onEachPage;
  // The pure functions of the page scripts (no page, no data of their own), by script: Node runs them
  // as the browser does in tests/js (they must give what the build's Python gives).
  window.sxPageFunctions = window.sxPageFunctions || {};

  // 1. "In trang này / Print this page": the button is in the page, invisible until it can work
  //    (Decree 42/2022 asks for a print function on every article).
  function setUpPrint() {
    document.querySelectorAll("[data-sx-print].sx-print-page--waiting").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
      button.classList.remove("sx-print-page--waiting");
    });
  }

  // 2. A table wider than the screen scrolls inside its own box (Material wraps each table in
  //    .md-typeset__scrollwrap). Keyboard users can only scroll a box that takes focus, and a
  //    screen reader should hear what the box holds: a box that scrolls gets a tab stop, the
  //    role "region" and a name; one that does not scroll gets none (no empty tab stops).
  function nameOf(box) {
    var table = box.querySelector("table");
    var caption = table && table.querySelector("caption");
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    for (var node = box.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[2-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim();
    }
    return english() ? "Table" : "Bảng";
  }

  function markScrollingBoxes() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", nameOf(box) + (english() ? " (scrolls sideways)" : " (cuộn ngang)"));
      } else if (box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }

  var pending = 0;
  function soon() {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(markScrollingBoxes);
  }

  function setUp() {
    setUpPrint();
    markScrollingBoxes();
  }

  onEachPage("page-tools", setUp);
  // Material wraps the tables while the page loads; widths change with the window and the fonts.
  window.addEventListener("load", markScrollingBoxes);
  window.addEventListener("resize", soon);
})();
