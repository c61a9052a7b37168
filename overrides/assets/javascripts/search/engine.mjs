/*
 * The site's search: folding, query and ranking, with no browser in it (the
 * adapter, search.mjs, fetches the parts; tests run this module in Node).
 *
 * The index is made at build time by scripts/search/prebuilt.py: per language
 * a manifest and parts of words by folded prefix. A query needs the parts of
 * its words only; rank() answers from those.
 *
 * Ranking, as the site's search has ranked since the relevance cases were
 * written (tests/search/test_relevance.py holds what readers must get):
 *
 *   1. lunr's BM25 over title, text and tags (weights made at build time):
 *      each word typed counts as the start of a word (weight 1, two letters
 *      or more) and as a whole word (weight WORD_BOOST);
 *   2. a result whose name (page title, tag, or "page title › heading" for a
 *      part of a page) holds the query counts more, and one that lacks some
 *      of the words typed counts less;
 *   3. among the best CANDIDATES: words side by side as typed count more, and
 *      words in the form typed with marks ("sạn", not "sản");
 *   4. Material's own boosts (a page before its parts, words found), results
 *      grouped by page, and a page collects a share of its parts' scores.
 *
 * Keep fold() identical to scripts/content/slugs.py fold(); tests/search
 * compares the two on every Latin letter and mark.
 */

/* A whole word counts more than a word that merely starts with the letters typed */
export const WORD_BOOST = 3
/* The name a reader sees on a result that holds the query is what the reader meant: the score is
   multiplied by 1 + NAME_BOOST × the share of the name the query fills; that share counts
   INSIDE_SHARE when the words do not open the name, SCATTERED_SHARE when they are not side by side,
   TAG_SHARE for a tag */
const NAME_BOOST = 20
const INSIDE_SHARE = 0.5
const SCATTERED_SHARE = 0.3
const TAG_SHARE = 0.25
/* A result that lacks some of the words typed is multiplied by the share of words it has, to this power */
const MISSING_WORD_POWER = 2
/* Among the best CANDIDATES: neighbouring words side by side multiply by up to 1 + PHRASE_BOOST, words
   typed with marks found in that form by up to 1 + EXACT_BOOST */
const CANDIDATES = 300
const PHRASE_BOOST = 4
const EXACT_BOOST = 3
/* A page's other matching parts add this share of their scores to it */
const SECTION_SHARE = 0.25
/* Results handed to the list: more than a reader looks through */
export const MAX_RESULTS = 100

/* lunr's English stop words: not in the English index, and not reported as missing */
export const STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be " +
  "because been but by can cannot could dear did do does either else ever every for from get got had has have he " +
  "her hers him his how however i if in into is it its just least let like likely may me might most must my " +
  "neither no nor not of off often on only or other our own rather said say says she should since so some than " +
  "that the their them then there these they this tis to too twas us wants was we were what when where which " +
  "while who whom why will with would yet you your").split(" "))

/* Combining marks with a non-zero combining class in the Latin mark blocks: the characters Python's
   unicodedata.combining() removes in slugs.fold() */
const COMBINING = /[\u0300-\u034e\u0350-\u036f\u1ab0-\u1abd\u1abf-\u1ace\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\ufe20-\ufe2f]/g

/** "Sản xuất SẠCH hơn" -> "san xuat sach hon" (NFC, lower case, no marks, đ -> d) */
export function fold(text) {
  return text.normalize("NFC").toLowerCase().normalize("NFD")
    .replace(COMBINING, "").replace(/đ/g, "d").normalize("NFC")
}

/** The form a reader typed, made comparable: NFC and lower case */
export function exact(text) {
  return text.normalize("NFC").toLowerCase()
}

/** The words of a query, folded and as typed, and whether the last one is finished (a space or sign
    after it). Search operators (+ - ~ ^ : * and quotes) are separators: readers type words. */
export function parseQuery(query, separator) {
  const text = exact(query).replace(/[_+~^:*"]/g, " ")
  const pieces = text.split(separator)
  const typed = pieces.filter(word => fold(word))
  return { words: typed.map(fold), typed, complete: !fold(pieces[pieces.length - 1] || "") }
}

/** The part a word lives in: the longest key it starts with */
export function keyOf(word, keys) {
  for (let length = word.length; length > 0; length--)
    if (keys.has(word.slice(0, length)))
      return word.slice(0, length)
  return word.slice(0, 2)
}

/** A part's file name (prebuilt.py file_name): a-z and 0-9 as they are, other characters as _<hex>_ */
export function fileName(key) {
  return key.replace(/[^a-z0-9]/gu, char => `_${char.codePointAt(0).toString(16)}_`)
}

/** The parts a query needs: for each word, its own part and, when it stands for every word it
    starts (two letters or more), the parts of longer keys that start with it */
export function partsFor(query, keys) {
  const set = keys instanceof Set ? keys : new Set(keys)
  const needed = new Set()
  for (const word of query.words) {
    const own = keyOf(word, set)
    if (set.has(own))
      needed.add(own)
    if (word.length > 1)
      for (const key of set)
        if (key.length > word.length && key.startsWith(word))
          needed.add(key)
  }
  return [...needed].sort()
}

/** One word's postings, decoded (see prebuilt.py _postings) */
function decode(numbers) {
  const entries = []
  let doc = 0
  for (let i = 0; i < numbers.length;) {
    doc += numbers[i++]
    const weight = numbers[i++]
    const seq = new Array(numbers[i++])
    for (let k = 0, last = 0; k < seq.length; k++)
      seq[k] = last += numbers[i++]
    const title = numbers.slice(i + 1, i + 1 + numbers[i])
    i += 1 + title.length
    const tags = numbers.slice(i + 1, i + 1 + 2 * numbers[i])
    i += 1 + tags.length
    entries.push({ doc, weight, seq, title, tags })
  }
  return entries
}

/** An index of one language: its manifest's config (Material's settings and our parts) and the
    parts fetched so far */
export class Index {
  constructor(config) {
    this.perPart = config.parts.per_part
    this.keys = new Set(config.parts.keys)
    this.separator = new RegExp(config.separator)
    this.words = new Map()  // folded word -> encoded postings (decoded on first use)
    this.forms = new Map()  // written form with marks -> documents
    this.loaded = new Set()
    /* Per document: its page, boost, title words, tag words */
    this.docs = config.parts.docs.map((entry, number) => ({
      page: number - entry[0], boost: entry[1], titleLength: entry[2], tagLengths: entry.slice(3)
    }))
  }

  add(key, part) {
    if (this.loaded.has(key))
      return
    this.loaded.add(key)
    for (const word in part.w)
      this.words.set(word, part.w[word])
    for (const form in part.f)
      this.forms.set(form, part.f[form])
  }

  entries(word) {
    const value = this.words.get(word)
    if (!value)
      return []
    if (value.decoded)
      return value.decoded
    const decoded = decode(value)
    this.words.set(word, { decoded })
    return decoded
  }

  /** The loaded words that start with `prefix` */
  wordsStarting(prefix) {
    const found = []
    for (const word of this.words.keys())
      if (word.startsWith(prefix))
        found.push(word)
    return found
  }
}

/** The query's clauses as lunr had them: each word as the start of a word (two letters or more), and
    as a whole word */
function clauses(words) {
  const list = []
  for (const word of words) {
    if (word.length > 1)
      list.push({ term: word, prefix: true, boost: 1 })
    list.push({ term: word, prefix: false, boost: WORD_BOOST })
  }
  return list
}

/**
 * Rank the documents of `index` for `text`; the parts the query needs must be loaded.
 * Returns Material's groups: one list per page, each item { doc, score, terms, matched }.
 */
export function rank(index, text) {
  const query = parseQuery(text, index.separator)
  const { words, typed, complete } = query
  if (!words.length)
    return { query, groups: [] }
  const last = words.length - 1
  const isQueryWord = (word, i) => word === words[i] || i === last && !complete && word.startsWith(words[i])

  /* 1. lunr: the terms each clause expands to, weighed by the clauses that reach them */
  const list = clauses(words)
  const boosts = new Map()
  for (const clause of list) {
    const terms = clause.prefix ? index.wordsStarting(clause.term) : index.words.has(clause.term) ? [clause.term] : []
    for (const term of terms)
      boosts.set(term, (boosts.get(term) || 0) + clause.boost)
  }
  const results = new Map()  // doc -> { doc, score, matched: Set of terms }
  for (const [term, boost] of boosts)
    for (const entry of index.entries(term)) {
      if (entry.weight < 0)
        continue
      let result = results.get(entry.doc)
      if (!result)
        results.set(entry.doc, result = { doc: entry.doc, score: 0, matched: new Set() })
      result.score += boost * entry.weight
      result.matched.add(term)
    }

  /* Where each query word stands in titles, tags and text, by document */
  const places = words.map((_, i) => {
    const title = new Map(), tags = new Map(), seq = new Map()
    const candidates = i === last && !complete ? index.wordsStarting(words[i]) : [words[i]]
    for (const word of candidates)
      if (isQueryWord(word, i))
        for (const entry of index.entries(word)) {
          if (entry.title.length)
            title.set(entry.doc, (title.get(entry.doc) || []).concat(entry.title))
          if (entry.tags.length)
            tags.set(entry.doc, (tags.get(entry.doc) || []).concat(entry.tags))
          if (entry.seq.length)
            seq.set(entry.doc, (seq.get(entry.doc) || []).concat(entry.seq))
        }
    return { title, tags, seq }
  })

  /* 2. names and missing words */
  const cover = (positions, length) => {
    for (let start = 0; start + words.length <= length; start++) {
      let k = 0
      while (k < words.length && positions[k].has(start + k))
        k++
      if (k === words.length)
        return words.length / length * (start ? INSIDE_SHARE : 1)
    }
    for (let k = 0; k < words.length; k++)
      if (!positions[k].size)
        return 0
    return words.length / length * SCATTERED_SHARE
  }
  const nameCover = doc => {
    const meta = index.docs[doc]
    let best
    if (meta.page === doc) {
      best = cover(places.map(place => new Set(place.title.get(doc) || [])), meta.titleLength)
      for (let tag = 0; tag < meta.tagLengths.length; tag++) {
        const positions = places.map(place => {
          const pairs = place.tags.get(doc) || [], set = new Set()
          for (let p = 0; p < pairs.length; p += 2)
            if (pairs[p] === tag)
              set.add(pairs[p + 1])
          return set
        })
        best = Math.max(best, cover(positions, meta.tagLengths[tag]) * TAG_SHARE)
      }
    } else {
      const offset = index.docs[meta.page].titleLength
      best = cover(places.map(place => new Set([
        ...place.title.get(meta.page) || [],
        ...(place.title.get(doc) || []).map(position => position + offset)
      ])), offset + meta.titleLength)
    }
    return best
  }
  const wordShare = matched => {
    let found = 0
    for (let i = 0; i < words.length; i++) {
      const prefix = i === last && !complete
      for (const term of matched)
        if (term === words[i] || prefix && term.startsWith(words[i])) {
          found++
          break
        }
    }
    return found / words.length
  }
  let ranked = [...results.values()]
  for (const result of ranked)
    result.score *= (1 + NAME_BOOST * nameCover(result.doc)) * Math.pow(wordShare(result.matched), MISSING_WORD_POWER)
  const byScore = (a, b) => b.score - a.score
  ranked = ranked.sort(byScore).slice(0, CANDIDATES)

  /* 3. phrases and the forms typed */
  const formDocs = typed.map((form, t) => {
    if (form === words[t])
      return null
    const set = new Set()
    for (const [written, docs] of index.forms)
      if (written === form || t === last && !complete && written.startsWith(form))
        for (const doc of docs)
          set.add(doc)
    return set
  })
  const marked = formDocs.filter(set => set).length
  const wholeWords = words.map(word => new Map(index.entries(word).map(entry => [entry.doc, entry.seq])))
  for (const result of ranked) {
    let together = 0
    for (let i = 1; i < words.length; i++) {
      const before = new Set(wholeWords[i - 1].get(result.doc) || [])
      const after = places[i].seq.get(result.doc) || []
      if (after.some(position => before.has(position - 1)))
        together++
    }
    let inForm = 0
    for (const set of formDocs)
      if (set && set.has(result.doc))
        inForm++
    const phrase = words.length > 1 ? together / (words.length - 1) : 0
    const form = marked ? inForm / marked : 0
    result.score *= (1 + PHRASE_BOOST * phrase) * (1 + EXACT_BOOST * form)
  }
  ranked = ranked.sort(byScore).slice(0, MAX_RESULTS)

  /* 4. Material's boosts: a page before its parts, words found */
  const unique = [...new Set(words)]
  for (const result of ranked) {
    const terms = {}
    for (const word of unique) {
      let found = false
      for (const term of result.matched)
        if (term.startsWith(word)) {
          found = true
          break
        }
      if (found)
        terms[word] = true
      else if (!STOP_WORDS.has(word))
        terms[word] = false
    }
    result.terms = terms
    const keys = Object.keys(terms)
    const boost = +(index.docs[result.doc].page === result.doc) + keys.filter(key => terms[key]).length / keys.length
    result.score *= 1 + boost ** 2
  }
  ranked.sort(byScore)
  const byPage = new Map()
  for (const result of ranked) {
    const page = index.docs[result.doc].page
    if (!byPage.has(page))
      byPage.set(page, [])
    byPage.get(page).push(result)
  }
  const groups = [...byPage]
  for (const [page, items] of groups)
    if (!items.some(item => item.doc === page))
      items.push({ doc: page, score: 0, terms: {}, matched: new Set() })
  /* A page collects a share of its other parts' scores; pages are ordered again */
  for (const [, items] of groups) {
    const scores = items.map(item => item.score)
    const total = scores.reduce((sum, score) => sum + score, 0)
    const best = Math.max(...scores)
    items.forEach((item, j) => { item.score = scores[j] + SECTION_SHARE * (total - best) })
  }
  return { query, groups: groups.map(([, items]) => items).sort((x, y) => y[0].score - x[0].score) }
}

/** `html` with the words whose folded form is in `matched` marked (tags and entities kept as they are) */
export function highlight(html, matched, separator) {
  if (!matched.size)
    return html
  const global = new RegExp(separator.source, "g")
  return html.split(/(<[^>]*>)/).map(piece => {
    if (piece.startsWith("<"))
      return piece
    let out = "", index = 0, match
    global.lastIndex = 0
    while ((match = global.exec(piece)) !== null) {
      out += mark(piece.slice(index, match.index), matched) + match[0]
      index = match.index + match[0].length
      if (!match[0].length)
        global.lastIndex++
    }
    return out + mark(piece.slice(index), matched)
  }).join("")
}

function mark(word, matched) {
  return word && matched.has(fold(word)) ? `<mark>${word}</mark>` : word
}
