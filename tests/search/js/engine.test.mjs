// Unit tests of the search engine (overrides/assets/javascripts/search/engine.mjs), without a browser:
// `node --test tests/search/js/` (tests/search/test_engine_js.py runs them with pytest).
import assert from "node:assert/strict"
import { test } from "node:test"

import {
  Index, exact, fileName, fold, highlight, keyOf, parseQuery, partsFor, rank
} from "../../../overrides/assets/javascripts/search/engine.mjs"

const SEPARATOR = "[\\s\\-/()]+|[.,](?!\\d)"

/** A small index in the shape prebuilt.py writes: docs [[page gap, boost, title words, tag words...]],
    words: { word: [[doc, weight, seq positions, title positions, tag pairs], ...] } */
function index(docs, words, forms = {}) {
  const keys = [...new Set(Object.keys(words).map(word => word.slice(0, 2)))].sort()
  const built = new Index({ separator: SEPARATOR, parts: { keys, per_part: 16, docs } })
  for (const key of keys) {
    const w = {}, f = {}
    for (const word in words)
      if (word.slice(0, 2) === key) {
        const numbers = []
        let previous = 0
        for (const [doc, weight, seq, title, tags] of words[word]) {
          numbers.push(doc - previous, weight, seq.length)
          let last = 0
          for (const position of seq) {
            numbers.push(position - last)
            last = position
          }
          numbers.push(title.length, ...title, tags.length / 2, ...tags)
          previous = doc
        }
        w[word] = numbers
      }
    for (const form in forms)
      if (fold(form).slice(0, 2) === key)
        f[form] = forms[form]
    built.add(key, { w, f })
  }
  return built
}

test("fold makes the plain letters readers type", () => {
  assert.equal(fold("Sản xuất SẠCH hơn, ĐIỆN NĂNG"), "san xuat sach hon, dien nang")
  assert.equal(fold("Điện năng".normalize("NFD")), "dien nang")
  assert.equal(exact("HOÁ".normalize("NFD")), "hoá")
})

test("a query is its words, folded and as typed; operators are separators", () => {
  const query = parseQuery("Sạn +xuất", new RegExp(SEPARATOR))
  assert.deepEqual(query.words, ["san", "xuat"])
  assert.deepEqual(query.typed, ["sạn", "xuất"])
  assert.equal(query.complete, false)
  assert.equal(parseQuery("sạn ", new RegExp(SEPARATOR)).complete, true)
})

test("a word needs its own part and, as the start of longer words, the longer parts", () => {
  const keys = new Set(["ng", "ngu", "nguy", "nh", "t"])
  assert.equal(keyOf("nguyen", keys), "nguy")
  assert.equal(keyOf("ngan", keys), "ng")
  const separator = new RegExp(SEPARATOR)
  assert.deepEqual(partsFor(parseQuery("ng", separator), keys), ["ng", "ngu", "nguy"])
  assert.deepEqual(partsFor(parseQuery("ngu", separator), keys), ["ngu", "nguy"])
  assert.deepEqual(partsFor(parseQuery("t", separator), keys), ["t"])  // one letter: the whole word only
})

test("part file names are safe in any address", () => {
  assert.equal(fileName("ng"), "ng")
  assert.equal(fileName("1."), "1_2e_")
  assert.equal(fileName("m³"), "m_b3_")
})

// Three pages: 0 "Khách sạn" (title), 1 "Sản xuất" (title), 2 a page whose text says "xuất ... sạn"
const DOCS = [[0, 1, 2], [0, 1, 2], [0, 1, 3], [1, 1, 1]]
const WORDS = {
  khach: [[0, 500, [0], [0], []]],
  san: [[0, 800, [1], [1], []], [1, 800, [0], [0], []], [2, 100, [9], [], []]],
  xuat: [[1, 800, [1], [1], []], [2, 100, [8], [], []], [3, 300, [1], [], []]],
  sanh: [[2, 50, [3], [], []]]
}
const FORMS = { "sạn": [0, 2], "sản": [1], "xuất": [1, 2, 3] }

test("a title that holds the query comes first; a page collects its parts", () => {
  const built = index(DOCS, WORDS, FORMS)
  const { groups } = rank(built, "sản xuất")
  assert.equal(groups[0][0].doc, 1)
  // document 3 is a part of page 2: grouped under it, the page added to its group
  const group = groups.find(items => items.some(item => item.doc === 3))
  assert.ok(group.some(item => item.doc === 2))
})

test("words typed with marks rank their exact form first", () => {
  const built = index(DOCS, WORDS, FORMS)
  const plain = rank(built, "san").groups.map(items => items[0].doc)
  const marked = rank(built, "sạn").groups.map(items => items[0].doc)
  assert.ok(plain.includes(0) && plain.includes(1))
  assert.equal(marked[0], 0)
})

test("the last word typed stands for every word it starts; a finished one for itself", () => {
  const built = index(DOCS, WORDS, FORMS)
  const unfinished = rank(built, "san").groups.flat().map(item => item.doc)
  assert.ok(unfinished.includes(2))
  const missing = rank(built, "khach xyz").groups[0][0].terms
  assert.deepEqual(missing, { khach: true, xyz: false })
})

test("English stop words are not reported missing", () => {
  const built = index(DOCS, WORDS, FORMS)
  assert.deepEqual(rank(built, "the khach").groups[0][0].terms, { khach: true })
})

test("highlight marks whole words once and leaves tags and entities alone", () => {
  const separator = new RegExp("&[a-z]+;|[\\s\\-/()]+")
  const marked = highlight("<code>Sản</code> xuất &amp; sạn", new Set(["san"]), separator)
  assert.equal(marked, "<code><mark>Sản</mark></code> xuất &amp; <mark>sạn</mark>")
})
