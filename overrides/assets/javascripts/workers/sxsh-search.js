/*
 * Search worker of the SXSH column: a thin wrapper around Material's own
 * search worker (lunr), loaded by the `config` block of overrides/main.html.
 *
 * Material's worker has no Unicode normalisation and no diacritic folding, and
 * the i18n plugin writes one index for both languages. This wrapper changes
 * only what goes in and out of Material's worker:
 *
 *   setup   keeps the documents of the page's language (`en/…` or the rest),
 *           builds with that single language, and puts our token function
 *           first in lunr's index pipeline: every word is indexed folded
 *           ("sạn" -> "san"), once, so the index costs what Material's own
 *           does to set up;
 *   query   is rewritten into folded terms: each word as a whole word and as
 *           the start of a word. lunr skips the search pipeline for wildcard
 *           terms, and Material adds a wildcard to every term, so the query
 *           side cannot be a pipeline function;
 *   ranking lunr's scores (BM25 over titles, text and tags) are reweighed
 *           before Material's own boosts (scoreResults): a result whose name
 *           (page title, tag, or "page title › heading") holds the query, and
 *           one that holds every word typed, counts more; then, among the best
 *           candidates, one where the words typed stand side by side, and one
 *           that has a word in the form typed with its marks ("sạn", not
 *           "sản"); a page collects a share of its other parts' scores
 *           (rankPages).
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

  /* Ranking (tests/search/test_relevance.py holds what readers must get).
     Material weighs a title word 1000 times a body word and a tag a million
     times, so one title word or tag beat a whole phrase in the body, and a
     question page with a matching tag beat the page the reader meant. A
     title (a page's or a heading's) still counts more than the body. */
  var TITLE_BOOST = 5
  var TAGS_BOOST = 1
  /* A whole word counts more than a word that merely starts with the letters
     typed ("hoa" is not "hoàn") */
  var WORD_BOOST = 3
  /* lunr's length normalisation (BM25 b) of the text: Material turns it off,
     so a long section (a glossary, a big table) collected points from every
     word it mentions in passing. Titles and tags are not normalised. */
  var LENGTH_NORMALISATION = 0.5
  /* The name a reader sees on a result (a page's title or one of its tags;
     "page title › heading" for a part of a page) that holds the query is what
     the reader meant: the score is multiplied by 1 + NAME_BOOST × the share of
     the name the query fills; that share counts INSIDE_SHARE when the words
     do not open the name, SCATTERED_SHARE when they are not side by side,
     TAG_SHARE for a tag */
  var NAME_BOOST = 20
  var INSIDE_SHARE = 0.5
  var SCATTERED_SHARE = 0.3
  var TAG_SHARE = 0.25
  /* A result that lacks some of the words typed is multiplied by the share
     of words it has, to this power: every word a reader types counts */
  var MISSING_WORD_POWER = 2
  /* Among the best CANDIDATES: the share of the query's neighbouring words
     that also stand side by side in the result multiplies it by up to
     1 + PHRASE_BOOST; the share of words typed with marks that the result
     has in that very form, by up to 1 + EXACT_BOOST */
  var CANDIDATES = 300
  var PHRASE_BOOST = 4
  var EXACT_BOOST = 3
  /* A page's other matching parts add this share of their scores to it, so
     the page that says most about a code or phrase comes first */
  var SECTION_SHARE = 0.25
  /* Results handed to Material: more than a reader looks through (Material
     marks the words of every result it gets, which costs most of a query's
     time on a large site) */
  var MAX_RESULTS = 100

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

  /* ----------------------------------------------------------- index side */

  function indexToken(token) {
    var folded = fold(token.toString())
    return folded ? token.update(function () { return folded }) : undefined
  }

  /** Put indexToken first in every index pipeline (before the stop word
      filter, which then sees folded words) and empty the search pipeline
      (the query arrives already rewritten). Done once per lunr builder.
      Also sets our length normalisation (Material sets b to 0 before adding
      documents) and our scoring of results (scoreResults). */
  function installPipeline(lunr) {
    lunr.Pipeline.registerFunction(indexToken, "sxsh-index-token")
    var add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.sxshPipeline) {
        var first = this.pipeline._stack[0]
        if (first)
          this.pipeline.before(first, indexToken)
        else
          this.pipeline.add(indexToken)
        this.searchPipeline.reset()
        this._b = LENGTH_NORMALISATION
        this.sxshPipeline = true
      }
      return add.call(this, doc, attributes)
    }
    /* Length normalisation for the text only: a title or a tag list is
       short by nature, and a two-word heading must not outweigh a page title
       for being short */
    var averages = lunr.Builder.prototype.calculateAverageFieldLengths
    lunr.Builder.prototype.calculateAverageFieldLengths = function () {
      for (var ref in this.fieldLengths)
        if (lunr.FieldRef.fromString(ref).fieldName !== "text")
          this.fieldLengths[ref] = 1
      return averages.call(this)
    }
    var search = lunr.Index.prototype.search
    lunr.Index.prototype.search = function (query) {
      return scoreResults(search.call(this, query))
    }
  }

  /* ----------------------------------------------------------- query side */

  var separator = /[\s\-]+/

  /** The query being answered: its words folded and as typed (NFC, lower
      case), and whether the reader has finished the last word (typed a
      space or a sign after it) */
  var current = { words: [], typed: [], complete: false }

  /** "Sạn xuất" -> "san san^3 xuat xuat^3": each word as the start of a word
      (Material adds the wildcard) and as a whole word ("^3" keeps Material
      from adding one). One letter is a whole word only: as a prefix it stands
      for every word with that letter, which costs seconds on a large site
      and finds nothing a reader means.
      Material's query operators (+ - ~ ^ : * and quotes) are read as
      separators: readers type words, codes and numbers, not lunr syntax. */
  function rewriteQuery(query) {
    var text = exact(query).replace(/[_+~^:*"]/g, " ")
    var typed = text.split(separator).filter(function (word) { return fold(word) })
    var terms = []
    current = { words: typed.map(fold), typed: typed, complete: !fold(text.split(separator).pop() || "") }
    for (var i = 0; i < current.words.length; i++) {
      var folded = current.words[i]
      if (folded.length > 1)
        terms.push(folded)
      terms.push(folded + "^" + WORD_BOOST)
    }
    return terms.join(" ")
  }

  /* --------------------------------------------------------- result side */

  /** The documents of the page's language, by location */
  var documents = {}

  /** The names a reader sees on each result, as folded words, by location:
      a page has its title and its tags (the keywords its editor gave it); a
      part of a page under a heading is shown as "page title › heading", so
      its name is both */
  var names = {}

  function words(text) {
    return fold(text.replace(/<[^>]*>/g, " ")).split(separator)
      .filter(function (word) { return word })
  }

  /** True if `word` is the query's word `i` (or, for an unfinished last
      word, starts with it) */
  function isQueryWord(word, i) {
    var query = current.words
    return word === query[i] || i === query.length - 1 && !current.complete &&
      word.indexOf(query[i]) === 0
  }

  /** How much of a name the query fills: the share of the name's words that
      are query words, when the name holds every query word; less if they do
      not open the name (a title that begins with the words typed is named
      by them), less again if they are not side by side in the query's
      order; 0 if a query word is missing */
  function cover(name) {
    var query = current.words
    for (var i = 0; i + query.length <= name.length; i++) {
      var k = 0
      while (k < query.length && isQueryWord(name[i + k], k))
        k++
      if (k === query.length)
        return query.length / name.length * (i ? INSIDE_SHARE : 1)
    }
    for (var q = 0; q < query.length; q++)
      if (!name.some(function (word) { return isQueryWord(word, q) }))
        return 0
    return query.length / name.length * SCATTERED_SHARE
  }

  /** The best cover of the query among a result's names; a tag counts a
      quarter of a title */
  function nameCover(location) {
    var list = names[location] || [], best = 0
    if (current.words.length)
      for (var n = 0; n < list.length; n++)
        best = Math.max(best, cover(list[n]) * (n ? TAG_SHARE : 1))
    return best
  }

  /** The share of the query's words a result holds (the terms lunr matched
      are folded words); the last word, if unfinished, may be the start of a
      word */
  function wordShare(metadata) {
    var query = current.words, found = 0
    for (var i = 0; i < query.length; i++) {
      var prefix = i === query.length - 1 && !current.complete
      for (var term in metadata)
        if (term === query[i] || prefix && term.indexOf(query[i]) === 0) {
          found++
          break
        }
    }
    return query.length ? found / query.length : 1
  }

  /** A document's words, folded and as written, in order; a block boundary
      (tag) stands between words as an empty word. Made when a document
      first comes among the candidates, then kept. */
  var wordsOf = {}

  function documentWords(location) {
    if (!wordsOf[location]) {
      var doc = documents[location] || {}
      var written = exact(((doc.title || "") + "<>" + (doc.text || "")).replace(/<[^>]*>/g, " \u0000 "))
        .split(separator).filter(function (word) { return word })
      wordsOf[location] = { written: written, folded: written.map(fold) }
    }
    return wordsOf[location]
  }

  /** The share of neighbouring query words that stand side by side in the
      document (the last one may be unfinished), and the share of words typed
      with marks that the document has in that form */
  function phraseAndForm(location) {
    var query = current.words, typed = current.typed
    var doc = documentWords(location)
    var pairs = 0, together = 0, marked = 0, inForm = 0
    for (var i = 1; i < query.length; i++) {
      pairs++
      for (var w = 1; w < doc.folded.length; w++)
        if (doc.folded[w - 1] === query[i - 1] && isQueryWord(doc.folded[w], i)) {
          together++
          break
        }
    }
    for (var t = 0; t < typed.length; t++)
      if (typed[t] !== query[t]) {
        marked++
        var last = t === typed.length - 1 && !current.complete
        if (doc.written.some(function (word) {
          return word === typed[t] || last && word.indexOf(typed[t]) === 0
        }))
          inForm++
      }
    return {
      phrase: pairs ? together / pairs : 0,
      form: marked ? inForm / marked : 0
    }
  }

  /** lunr's results, before Material's own boosts: names that hold the
      query and results that hold every word count more; then the best
      CANDIDATES are weighed for words side by side and words in the form
      typed, and the best MAX_RESULTS of them go on to Material */
  function scoreResults(results) {
    var byScore = function (a, b) { return b.score - a.score }
    for (var r = 0; r < results.length; r++)
      results[r].score *= (1 + NAME_BOOST * nameCover(results[r].ref)) *
        Math.pow(wordShare(results[r].matchData.metadata), MISSING_WORD_POWER)
    results = results.sort(byScore).slice(0, CANDIDATES)
    for (r = 0; r < results.length; r++) {
      var shares = phraseAndForm(results[r].ref)
      results[r].score *= (1 + PHRASE_BOOST * shares.phrase) * (1 + EXACT_BOOST * shares.form)
    }
    return results.sort(byScore).slice(0, MAX_RESULTS)
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

  /** The documents of the page's language, tags on pages only (Material
      copies a page's tags to each of its sections), our field boosts */
  function forLanguage(data) {
    var english = function (doc) { return doc.location.indexOf("en/") === 0 }
    var docs = []
    documents = {}
    names = {}
    wordsOf = {}
    separator = new RegExp(data.config.separator)
    for (var i = 0; i < data.docs.length; i++) {
      var doc = data.docs[i]
      if (english(doc) !== (LANGUAGE === "en"))
        continue
      var page = doc.location.split("#")[0]
      if (page === doc.location) {
        names[page] = [words(doc.title || "")].concat((doc.tags || []).map(words))
      } else {
        names[doc.location] = [(names[page] ? names[page][0] : []).concat(words(doc.title || ""))]
        if (doc.tags) {
          doc = Object.assign({}, doc)
          delete doc.tags
        }
      }
      documents[doc.location] = doc
      docs.push(doc)
    }
    var fields = Object.assign({}, data.config.fields)
    if (fields.title)
      fields.title = Object.assign({}, fields.title, { boost: TITLE_BOOST })
    if (fields.tags)
      fields.tags = Object.assign({}, fields.tags, { boost: TAGS_BOOST })
    var config = Object.assign({}, data.config, { lang: [LANGUAGE], fields: fields })
    return Object.assign({}, data, { config: config, docs: docs })
  }

  /** Material orders pages by their best part alone. Add a share of the
      other parts' scores to every part of the page (the parts keep their
      order, and Material's "more on this page" cut stays as it was), then
      order the pages again. The first page's best part keeps the highest
      score, which is where Enter in the search box goes. */
  function rankPages(result) {
    var groups = result.items
    for (var g = 0; g < groups.length; g++) {
      var scores = groups[g].map(function (item) { return item.score })
      var total = scores.reduce(function (sum, score) { return sum + score }, 0)
      var best = Math.max.apply(null, scores)
      for (var j = 0; j < groups[g].length; j++)
        groups[g][j].score = scores[j] + SECTION_SHARE * (total - best)
    }
    groups.sort(function (x, y) { return y[0].score - x[0].score })
    return result
  }

  var post = self.postMessage.bind(self)
  self.postMessage = function (message) {
    if (message && message.type === RESULT && message.data && message.data.items)
      message = { type: RESULT, data: rankPages(message.data) }
    post(message)
  }

  /* A reader types faster than a large index answers: queries that arrive
     while one is being answered wait, and only the latest of them is
     answered (Material shows whichever result comes last) */
  var waiting = null

  function answerLatest() {
    var query = waiting
    waiting = null
    materialListener({ data: { type: QUERY, data: rewriteQuery(query) } })
  }

  self.addEventListener("message", function (event) {
    var message = event.data
    loadMaterial()
    if (message.type === QUERY) {
      if (waiting === null)
        setTimeout(answerLatest, 0)
      waiting = String(message.data)
      return
    }
    if (message.type === SETUP)
      message = { type: SETUP, data: forLanguage(message.data) }
    materialListener({ data: message })
  })

  /* For tests (Node harness): the same functions the worker uses */
  self.sxshSearch = { fold: fold, rewriteQuery: rewriteQuery, language: LANGUAGE }
})()
