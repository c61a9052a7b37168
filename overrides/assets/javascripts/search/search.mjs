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
      null if `overtaken()` says a newer query came while the parts were on their way */
  async function search(text, overtaken = () => false) {
    await setup()
    await Promise.all(partsFor(parseQuery(text, index.separator), index.keys).map(part))
    if (overtaken())  /* a newer query came: its results are what the reader will see */
      return null
    const { groups } = rank(index, text)
    const perPart = index.perPart
    const needed = new Set(groups.flat().map(item => Math.floor(item.doc / perPart)))
    const loaded = new Map(await Promise.all([...needed].map(async number => [number, await docPart(number)])))
    const items = groups.map(group => group.map(item => {
      const [location, title, teaser, tags] = loaded.get(Math.floor(item.doc / perPart))[item.doc % perPart]
      return {
        location,
        title: highlight(title, item.matched, index.separator),
        text: teaser ? `<p>${highlight(teaser, item.matched, index.separator)}</p>` : "",
        ...tags.length && { tags },
        score: item.score,
        terms: item.terms
      }
    }))
    return { items }
  }

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
        reply({ type: RESULT, data })
    }
    busy = false
  }

  return {
    search,
    setup,
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
  current.handle(message, reply)
}
