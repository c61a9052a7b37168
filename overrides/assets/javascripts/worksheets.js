// A "print this worksheet" button after each handbook worksheet heading (`## ... { .sx-worksheet }`).
// Printing marks the worksheet's heading and the blocks under it; the print CSS hides the rest.
// Without JavaScript the whole page still prints (the button is only an extra).
(function () {
  "use strict";

  function blocksOf(heading) {
    var blocks = [heading];
    for (var node = heading.nextElementSibling; node && !/^H[12]$/.test(node.tagName); node = node.nextElementSibling) {
      blocks.push(node);
    }
    return blocks;
  }

  function setUp() {
    // The page's language, read for each page: an instant page change can switch it.
    var label = document.documentElement.lang === "en" ? "Print this worksheet" : "In phiếu này";
    document.querySelectorAll(".md-typeset .sx-worksheet").forEach(function (heading) {
      if (heading.querySelector(".sx-print-button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sx-print-button md-button";
      button.textContent = label;
      button.addEventListener("click", function () {
        var blocks = blocksOf(heading);
        document.documentElement.classList.add("sx-print-worksheet");
        blocks.forEach(function (block) { block.classList.add("sx-printing"); });
        window.print();
        document.documentElement.classList.remove("sx-print-worksheet");
        blocks.forEach(function (block) { block.classList.remove("sx-printing"); });
      });
      heading.insertAdjacentElement("afterend", button);
    });
  }

  window.sxOnEachPage("worksheets", setUp);
})();
