/*
 * Runs the site's real search worker (our wrapper + Material's worker, as
 * built into site/assets/javascripts/) in Node, without a browser, so tests
 * and benchmarks see exactly the ranking a reader gets.
 *
 * Input (JSON on stdin):
 *   { "site": "<built site dir>", "language": "vi" | "en",
 *     "extra_docs": [...search documents added to the index...],
 *     "queries": ["..."], "fold": ["..."] }
 * Output (JSON on stdout):
 *   { "results": { query: [{ "location", "best", "title", "score", "terms" }, ...] },
 *     "fold": { text: folded }, "setup_ms": n }
 * Results are Material's groups in order, one entry per page, as the reader
 * sees them: the page's location and title (Material shows every result under
 * its page), the location of its best part, the score and found terms of that
 * part.
 */
"use strict"

const fs = require("fs")
const path = require("path")
const vm = require("vm")

const input = JSON.parse(fs.readFileSync(0, "utf8"))
const scripts = path.join(input.site, "assets", "javascripts")
const materialWorker = fs.readdirSync(path.join(scripts, "workers"))
  .find(name => /^search\..*\.min\.js$/.test(name))
const workerUrl = new URL(`file://${path.join(scripts, "workers", "sxsh-search.js")}`)
workerUrl.hash = `lang=${input.language}&material=${materialWorker}`

/* A dedicated worker's global scope, as much of it as the workers use */
const listeners = []
const outbox = []
const scope = {
  location: workerUrl,
  console,
  URL,
  URLSearchParams,
  setTimeout,
  addEventListener: (type, listener) => { if (type === "message") listeners.push(listener) },
  postMessage: message => outbox.push(message),
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = new URL(url, scope.location).pathname
      vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file })
    }
  }
}
scope.self = scope
const context = vm.createContext(scope)
vm.runInContext(fs.readFileSync(workerUrl.pathname, "utf8"), context, { filename: workerUrl.pathname })

async function send(message) {
  const before = outbox.length
  for (const listener of listeners)
    listener({ data: message })
  while (outbox.length === before)
    await new Promise(resolve => setImmediate(resolve))
  return outbox[outbox.length - 1]
}

async function main() {
  const index = JSON.parse(fs.readFileSync(path.join(input.site, "search", "search_index.json"), "utf8"))
  index.docs.push(...(input.extra_docs || []))
  const begin = process.hrtime.bigint()
  await send({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } })
  const setupMs = Number(process.hrtime.bigint() - begin) / 1e6
  const results = {}
  for (const query of input.queries || []) {
    const reply = await send({ type: 2, data: query })
    results[query] = reply.data.items.map(group => {
      const page = group.find(item => !item.location.includes("#"))
      return {
        location: page.location, best: group[0].location, title: page.title,
        score: group[0].score, terms: group[0].terms
      }
    })
  }
  const fold = {}
  for (const text of input.fold || [])
    fold[text] = scope.sxshSearch.fold(text)
  process.stdout.write(JSON.stringify({ results, fold, setup_ms: setupMs }))
}

main().catch(error => { console.error(error); process.exit(1) })
