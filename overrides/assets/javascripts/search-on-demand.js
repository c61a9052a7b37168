/*
 * Search on demand, for Material's search box (loaded before Material's bundle
 * by the `config` block of overrides/main.html).
 *
 * 1. Material downloads search/search_index.json on every page view. This
 *    holds that one request back until the reader starts a search: focus on
 *    the search box, typing in it, or opening the search dialog. Page views
 *    without a search fetch no index bytes.
 * 2. Material reads the query on `keyup` only, so text from a Vietnamese input
 *    method (composition events) or a mouse paste would not start a search.
 *    Every `input` and `compositionend` becomes a `keyup` Material can read.
 */
(function () {
  "use strict"

  var INDEX = /(^|\/)search\/search_index\.json(\?.*)?$/
  var start
  var started = new Promise(function (resolve) { start = resolve })

  var open = XMLHttpRequest.prototype.open
  var send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.open = function (method, url) {
    this.sxshDeferred = INDEX.test(new URL(String(url), location.href).pathname)
    return open.apply(this, arguments)
  }
  XMLHttpRequest.prototype.send = function () {
    if (!this.sxshDeferred)
      return send.apply(this, arguments)
    var request = this, args = arguments
    started.then(function () { send.apply(request, args) })
  }

  function watch() {
    var input = document.querySelector("[data-md-component=search-query]")
    var toggle = document.getElementById("__search")
    if (toggle)
      toggle.addEventListener("change", function () { if (toggle.checked) start() })
    if (input) {
      input.addEventListener("focus", start)
      var asKeyup = function () {
        start()
        input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
      }
      input.addEventListener("input", asKeyup)
      input.addEventListener("compositionend", asKeyup)
      if (document.activeElement === input)
        start()
    }
    /* A search link (?q=) or a result being highlighted (?h=) needs the index */
    var query = new URLSearchParams(location.search)
    if (query.has("q") || query.has("h"))
      start()
  }

  /* The header with the search box comes before this script in the page */
  if (document.querySelector("[data-md-component=search-query]"))
    watch()
  else
    document.addEventListener("DOMContentLoaded", watch)
})()
