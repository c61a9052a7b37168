/*
 * Search worker of the SXSH column: a thin wrapper around Material's own
 * search worker (lunr), loaded by the `config` block of overrides/main.html.
 *
 * Material's worker has no Unicode normalisation and no diacritic folding, and
 * the i18n plugin writes one index for both languages. This wrapper changes
 * only what goes in and out of Material's worker:
 *
 *   setup   keeps the documents of the page's language (`en/…` or the rest),
 *           builds with that single language, and adds our token function to
 *           lunr's index pipeline: every word is indexed folded ("san"), in its
 *           exact form when that differs ("sạn"), and as a folded bigram with
 *           the next word of the same block ("_san_xuat");
 *   query   is rewritten into the same three kinds of terms. lunr skips the
 *           search pipeline for wildcard terms, and Material adds a wildcard to
 *           every term, so the query side cannot be a pipeline function;
 *   result  loses the helper terms (exact forms, bigrams) from its "missing
 *           words" list, so the reader only sees the words they typed.
 *
 * The worker URL carries its parameters in the fragment (one cached file):
 *   workers/sxsh-search.js#lang=vi&material=search.<hash>.min.js
 * It lives beside Material's worker because relative importScripts() URLs
 * resolve against the worker's own URL: Material loads "../lunr/…" from it.
 *
 * Keep fold() identical to scripts/content/slugs.py fold(); tests/search
 * compares the two on every Latin letter and mark.
 */
(function () {
  "use strict"

  /* Material's message types (integrations/search/worker/message) */
  var SETUP = 0, QUERY = 2, RESULT = 3

  /* Ranking. Material weighs a title word 1000 times a body word, so one
     title word beat a whole phrase in the body; a title still counts more.
     Words standing together (bigrams) and the exact written form count more
     than a folded single word. */
  var TITLE_BOOST = 5
  var BIGRAM_BOOST = 8
  var EXACT_BOOST = 2
  /* A page's other matching sections add this share of their scores to it,
     so the page that says most about a code or phrase comes first */
  var SECTION_SHARE = 0.25

  var params = new URLSearchParams(self.location.hash.slice(1))
  var LANGUAGE = params.get("lang") === "en" ? "en" : "vi"
  var MATERIAL_WORKER = new URL(
    params.get("material") || "search.min.js", self.location.href).href

  /* Combining marks with a non-zero combining class in the Latin mark blocks:
     the characters Python's unicodedata.combining() removes in slugs.fold() */
  var COMBINING = /[\u0300-\u034e\u0350-\u036f\u1ab0-\u1abd\u1abf-\u1ace\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\ufe20-\ufe2f]/g

  /** "Sản xuất SẠCH hơn" -> "san xuat sach hon" (NFC, lower case, no marks, đ -> d) */
  function fold(text) {
    return text.normalize("NFC").toLowerCase().normalize("NFD")
      .replace(COMBINING, "").replace(/đ/g, "d").normalize("NFC")
  }

  /** The form a reader typed, made comparable: NFC and lower case */
  function exact(text) {
    return text.normalize("NFC").toLowerCase()
  }

  /** Bigram term of two folded words; the leading "_" keeps a prefix query
      for one word ("san*") from matching bigrams ("_san_xuat") */
  function bigram(left, right) {
    return "_" + left + "_" + right
  }

  /** True for the helper terms this wrapper adds: bigrams and exact forms */
  function isHelperTerm(term) {
    return term.charAt(0) === "_" || fold(term) !== term
  }

  /* ----------------------------------------------------------- index side */

  /** Material's tokenizer stores `block << 20 | index` as a token's position;
      words of different blocks (paragraphs, list items) make no bigram */
  function sameBlock(a, b) {
    var p = a.metadata && a.metadata.position
    var q = b.metadata && b.metadata.position
    return typeof p === "number" && typeof q === "number" && p >>> 20 === q >>> 20
  }

  function indexTokens(token, i, tokens) {
    var word = exact(token.toString())
    var folded = fold(word)
    if (!folded)
      return undefined
    var terms = [token.clone(function () { return folded })]
    if (word !== folded)
      terms.push(token.clone(function () { return word }))
    var next = tokens[i + 1]
    if (next && sameBlock(token, next)) {
      var nextFolded = fold(next.toString())
      if (nextFolded)
        terms.push(token.clone(function () { return bigram(folded, nextFolded) }))
    }
    return terms
  }

  /** Put indexTokens first in every index pipeline (before the stop word
      filter, so bigrams see every word) and empty the search pipeline (the
      query arrives already rewritten). Done once per lunr builder. */
  function installPipeline(lunr) {
    lunr.Pipeline.registerFunction(indexTokens, "sxsh-index-tokens")
    var add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.sxshPipeline) {
        var first = this.pipeline._stack[0]
        if (first)
          this.pipeline.before(first, indexTokens)
        else
          this.pipeline.add(indexTokens)
        this.searchPipeline.reset()
        this.sxshPipeline = true
      }
      return add.call(this, doc, attributes)
    }
  }

  /* ----------------------------------------------------------- query side */

  var separator = /[\s\-]+/

  /** lunr syntax for a prefix term with a boost; Material leaves a term that
      ends in a boost as it is (no second wildcard) */
  function boosted(term, boost) {
    return boost === 1 ? term : term + "*^" + boost
  }

  /** "Sạn xuất" -> "san sạn*^2 xuat xuất*^2 _san_xuat*^4" (Material adds
      the wildcard to plain terms).
      Material's query operators (+ - ~ ^ : * and quotes) are read as
      separators: readers type words, codes and numbers, not lunr syntax. */
  function rewriteQuery(query) {
    var words = exact(query).replace(/[_+~^:*"]/g, " ").split(separator)
      .filter(function (word) { return fold(word) })
    var terms = []
    for (var i = 0; i < words.length; i++) {
      var folded = fold(words[i])
      terms.push(folded)
      if (words[i] !== folded)
        terms.push(boosted(words[i], EXACT_BOOST))
      if (i > 0)
        terms.push(boosted(bigram(fold(words[i - 1]), folded), BIGRAM_BOOST))
    }
    return terms.join(" ")
  }

  /* ------------------------------------------------------ Material's worker */

  var materialListener = null

  /** Load Material's worker on the first message (page views that never
      search do not download it) and capture its message listener, so that
      every message passes through this wrapper first. */
  function loadMaterial() {
    if (materialListener)
      return
    var listen = self.addEventListener
    self.addEventListener = function (type, listener, options) {
      if (type === "message" && !materialListener)
        materialListener = listener
      else
        listen.call(self, type, listener, options)
    }
    try {
      importScripts(MATERIAL_WORKER)
    } finally {
      self.addEventListener = listen
    }
    installPipeline(self.lunr)
  }

  function forLanguage(data) {
    var english = function (doc) { return doc.location.indexOf("en/") === 0 }
    var docs = data.docs.filter(function (doc) {
      return LANGUAGE === "en" ? english(doc) : !english(doc)
    })
    var fields = Object.assign({}, data.config.fields)
    if (fields.title)
      fields.title = Object.assign({}, fields.title, { boost: TITLE_BOOST })
    var config = Object.assign({}, data.config, { lang: [LANGUAGE], fields: fields })
    separator = new RegExp(config.separator)
    return Object.assign({}, data, { config: config, docs: docs })
  }

  /** Material orders pages by their best section alone. Add a share of the
      other sections' scores to every item of the page (the order inside a
      page and Material's "more on this page" cut stay as they were), then
      order the pages again. */
  function rankPages(result) {
    var groups = result.items
    for (var g = 0; g < groups.length; g++) {
      var rest = 0
      for (var i = 1; i < groups[g].length; i++)
        rest += groups[g][i].score
      for (var j = 0; j < groups[g].length; j++)
        groups[g][j].score += SECTION_SHARE * rest
    }
    groups.sort(function (a, b) { return b[0].score - a[0].score })
    return result
  }

  function withoutHelperTerms(result) {
    for (var g = 0; g < result.items.length; g++)
      for (var i = 0; i < result.items[g].length; i++) {
        var terms = result.items[g][i].terms
        for (var term in terms)
          if (isHelperTerm(term))
            delete terms[term]
      }
    return result
  }

  var post = self.postMessage.bind(self)
  self.postMessage = function (message) {
    if (message && message.type === RESULT && message.data && message.data.items)
      message = { type: RESULT, data: withoutHelperTerms(rankPages(message.data)) }
    post(message)
  }

  self.addEventListener("message", function (event) {
    var message = event.data
    if (message.type === SETUP) {
      message = { type: SETUP, data: forLanguage(message.data) }
    } else if (message.type === QUERY) {
      message = { type: QUERY, data: rewriteQuery(String(message.data)) }
    }
    loadMaterial()
    materialListener({ data: message })
  })

  /* For tests (Node harness): the same functions the worker uses */
  self.sxshSearch = { fold: fold, rewriteQuery: rewriteQuery, language: LANGUAGE }
})()
