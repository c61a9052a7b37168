// Material for MkDocs 9.8's inline helpers (partials/javascripts/base.html), in a file so that the
// site's Content-Security-Policy allows scripts from the site only. One change: Material writes the
// site root into the page ("{{ base_url }}"); this file lives at <root>/assets/javascripts/ and
// takes the root from its own address. Keep in step with Material when upgrading it.
__md_scope=new URL("../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}

/* The SXSH column's search, started on first use (overrides/assets/javascripts/search/search.mjs; this
   file runs before Material's bundle on every page, so the page needs no script of its own for it).
   - Material creates its search worker and asks for search/search_index.json on every page view. Its
     worker (the config block of overrides/main.html points it at search.mjs) becomes a stand-in that
     loads our search module on the first message, and the index request waits until the reader starts
     a search (focus on the search box, the search dialog, a ?q= or ?h= link), then fetches the small
     manifest of the page's language: page views without a search fetch no search bytes.
   - Material's language switcher asks for "sitemap.xml" next to each alternate link of the page (404s
     under a sub-path, 1 MB on a large site) to map the page in the other language; the i18n plugin
     already links each page to its counterpart, so the request is dropped and the link is followed.
     (With navigation.instant on, the sitemap at the site's root is fetched: instant page changes need it.)
   - Material reads the query on `keyup` only: text from a Vietnamese input method (composition) or a
     mouse paste would not start a search, so each `input` and `compositionend` becomes a `keyup`. */
(function () {
  "use strict"
  /* Read for each use: an instant page change (navigation.instant) can switch the page's language. */
  function english() { return /^en/.test(document.documentElement.lang) }
  /* With navigation.instant on, Material needs the sitemap at the site's root to know which links it may
     follow without reloading the page: that one sitemap request is let through. */
  function instant() {
    var config = document.getElementById("__config")
    return !!config && JSON.parse(config.textContent).features.indexOf("navigation.instant") >= 0
  }
  function dropped(address) {
    return /\/sitemap\.xml$/.test(address.pathname)
      && !(address.href === new URL("sitemap.xml", __md_scope).href && instant())
  }
  var INPUT = "[data-md-component=search-query]"
  var started = false, start
  var waiting = new Promise(function (resolve) { start = function () { started = true; resolve() } })

  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.open = function (method, url) {
    var address = new URL(String(url), location.href), args = [].slice.call(arguments)
    this.sxsh = dropped(address) ? "drop"
      : /\/search\/search_index\.json$/.test(address.pathname) ? "index" : ""
    if (this.sxsh === "index")
      args[1] = new URL((english() ? "en" : "vi") + "/manifest.json", address).href
    return open.apply(this, args)
  }
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments
    if (request.sxsh === "drop")  /* Material's request ends quietly on "abort" */
      return void setTimeout(function () { request.dispatchEvent(new Event("abort")) })
    if (request.sxsh === "index" && !started)
      return void waiting.then(function () { send.apply(request, args) })
    return send.apply(request, args)
  }

  var Native = window.Worker
  window.Worker = function (url, options) {
    if (!/\/search\/search\.mjs(#|$)/.test(String(url)))
      return new Native(url, options)
    var stand_in = new EventTarget(), module = null
    stand_in.postMessage = function (message) {
      module = module || import(new URL(String(url), location.href).href)
      module.then(function (search) {
        search.handle(message, function (data) {
          stand_in.dispatchEvent(new MessageEvent("message", { data: data }))
        }, english() ? "en" : "vi")
      })
    }
    stand_in.terminate = function () {}
    return stand_in
  }

  function asKeyup(event) {
    if (event.target.matches && event.target.matches(INPUT)) {
      start()
      event.target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
    }
  }
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(INPUT))
      start()
  }, true)
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked)
      start()
  }, true)
  document.addEventListener("input", asKeyup, true)
  document.addEventListener("compositionend", asKeyup, true)
  var query = new URLSearchParams(location.search)
  if (query.has("q") || query.has("h"))  /* a search link, or a result page to highlight */
    start()
})()
