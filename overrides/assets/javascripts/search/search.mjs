/*
 * The adapter between Material's search box and result list and our engine
 * (engine.mjs). Material talks to its search worker in messages; the page's
 * first search interaction loads this module in place of that worker
 * (material-base.js), and it answers the same messages: SETUP -> READY,
 * QUERY -> RESULT with Material's groups of items. Material's own UI, keyboard
 * handling and highlighting of the result list stay as they are.
 *
 * The index parts (scripts/search/prebuilt.py) are fetched as a query needs
 * them, from search/<lang>/ beside this site's root, and the browser caches
 * them between pages.
 */
import { Index, fileName, highlight, parseQuery, partsFor, rank } from "./engine.mjs"

/* Material's message types (integrations/search/worker/message) */
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
/* Material's list shows ten pages at once, then four more each time the reader reaches its end */
const SHOWN = 10
/* How long a query whose last word has two letters waits for the next key (the reader types a key
   every 100 to 300 ms) before fetching the parts of every word those letters start */
const SHORT_WORD_WAIT_MS = 120
/* What a result whose text has not arrived shows, if the reader scrolls faster than it comes */
const PENDING = ["", "…", "", []]

/** A search of one language; `read(path)` returns the JSON of a file under its index folder */
export function createSearch(read) {
  let index = null
  const docParts = new Map()
  const parts = new Map()

  const part = key => {
    if (!parts.has(key))
      parts.set(key, read(`w/${fileName(key)}.json`).then(data => index.add(key, data)))
    return parts.get(key)
  }
  const docPart = number => {
    if (!docParts.has(number))
      docParts.set(number, read(`d/${number}.json`))
    return docParts.get(number)
  }

  /** The index from the manifest's config (Material fetched the manifest and hands its config over) */
  async function setup(config) {
    index = index || new Index(config || (await read("manifest.json")).config)
    return index
  }

  /** Material's result: groups of items (location, title and text with marks, tags, score, terms);
      null if `overtaken()` says a newer query came while the parts were on their way. The texts of
      the first SHOWN groups (what Material's list shows at once) are fetched before the answer; those
      of the other groups when `more()` is called (the reader scrolls the list), as Material shows
      them only then */
  async function search(text, overtaken = null) {
    await setup()
    const query = parseQuery(text, index.separator)
    const needed = partsFor(query, index.keys)
    /* The first two letters of a word stand for every word they start, in parts of their own: wait
       a moment for the next key before fetching those (the reader is most likely still typing) */
    const last = query.words[query.words.length - 1] || ""
    if (overtaken && !query.complete && last.length === 2 && needed.some(key => !parts.has(key))) {
      await new Promise(resolve => setTimeout(resolve, SHORT_WORD_WAIT_MS))
      if (overtaken())
        return null
    }
    await Promise.all(needed.map(part))
    if (overtaken && overtaken())  /* a newer query came: its results are what the reader will see */
      return null
    const { groups } = rank(index, text)
    const perPart = index.perPart
    const texts = new Map()
    const load = async items => {
      const numbers = [...new Set(items.map(item => Math.floor(item.doc / perPart)))]
      await Promise.all(numbers.map(async number => {
        const docs = await docPart(number)
        docs.forEach((doc, k) => texts.set(number * perPart + k, doc))
      }))
    }
    await load(groups.slice(0, SHOWN).flat())
    const item = result => {
      const field = k => (texts.get(result.doc) || PENDING)[k]
      return {
        get location() { return field(0) },
        get title() { return highlight(field(1), result.matched, index.separator) },
        get text() { return field(2) ? `<p>${highlight(field(2), result.matched, index.separator)}</p>` : "" },
        get tags() { return field(3).length ? field(3) : undefined },
        score: result.score,
        terms: result.terms
      }
    }
    const items = groups.map(group => group.map(item))
    latestRest = () => load(groups.slice(SHOWN).flat())
    return { items }
  }

  /* The last answer's groups past the first SHOWN, whose texts wait for the reader to scroll */
  let latestRest = async () => {}
  const more = () => latestRest()

  /* A reader types faster than a query may be answered: queries that arrive while one is being
     answered wait, only the latest of them is answered, and an answer overtaken by a newer query
     is not shown (the list would flash the results of a word half typed) */
  let waiting = null, busy = false
  async function answerLatest(reply) {
    busy = true
    while (waiting !== null) {
      const query = waiting
      waiting = null
      const data = await search(query, () => waiting !== null)
      if (data && waiting === null)
        reply({ type: RESULT, data }, query)
    }
    busy = false
  }

  return {
    search,
    setup,
    more,
    /** Material's worker protocol: `reply` gets each answer */
    handle(message, reply) {
      if (message.type === SETUP) {
        setup(message.data && message.data.config).then(() => reply({ type: READY }))
      } else if (message.type === QUERY) {
        waiting = String(message.data)
        if (!busy)
          answerLatest(reply).catch(error => {
            busy = false
            console.warn(error)
            reply({ type: RESULT, data: { items: [] } })
          })
      }
    }
  }
}

/** The search of this page's language, with its parts fetched over HTTP */
let current = null
export function handle(message, reply, language) {
  if (!current) {
    const base = new URL(`../../../search/${language === "en" ? "en" : "vi"}/`, import.meta.url)
    current = createSearch(path => fetch(new URL(path, base)).then(response => {
      if (!response.ok)
        throw new Error(`${response.status} ${response.url}`)
      return response.json()
    }))
  }
  current.handle(message, (answer, query) => {
    reply(answer)
    /* The texts of the results past the first ones, when the reader scrolls the list */
    const list = document.querySelector(".md-search__scrollwrap")
    if (answer.type === RESULT && list)
      list.addEventListener("scroll", () => current.more(), { once: true, passive: true })
    /* Material has drawn the answer (it does so as the message comes): the list says which query it
       answers, so a test waits for the reader's whole query rather than for a half-typed one */
    if (answer.type === RESULT && list && query !== undefined)
      list.setAttribute("data-sx-answers", query)
  })
}
