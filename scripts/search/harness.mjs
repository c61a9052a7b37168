/*
 * Runs the site's search (overrides/assets/javascripts/search/: the adapter
 * and engine the reader's browser loads) in Node over a built index folder,
 * so tests and benchmarks see exactly the ranking a reader gets.
 *
 * Input (JSON on stdin): { "scripts": "<folder of search.mjs>", "index": "<search/<lang> folder>",
 *                          "queries": ["..."], "fold": ["..."] }
 * Output (JSON on stdout): { "results": { query: [{ "location", "best", "title", "score", "terms" }, ...] },
 *                            "fold": { text: folded }, "setup_ms": n }
 * Results are Material's groups in order, one entry per page, as the reader sees them: the page's
 * location and title, the location of its best part, the score and found terms of that part.
 */
import { readFileSync } from "node:fs"
import { readFile } from "node:fs/promises"
import path from "node:path"
import { pathToFileURL } from "node:url"

const input = JSON.parse(readFileSync(0, "utf8"))
const { createSearch } = await import(pathToFileURL(path.join(input.scripts, "search.mjs")).href)
const { fold } = await import(pathToFileURL(path.join(input.scripts, "engine.mjs")).href)
const search = createSearch(async file => JSON.parse(await readFile(path.join(input.index, file), "utf8")))

const begin = process.hrtime.bigint()
await search.setup()
const setupMs = Number(process.hrtime.bigint() - begin) / 1e6
const results = {}
for (const query of input.queries || []) {
  const { items } = await search.search(query)
  await search.more()  // the texts of every result, as if the reader had scrolled the whole list
  results[query] = items.map(group => {
    const page = group.find(item => !item.location.includes("#"))
    return { location: page.location, best: group[0].location, title: page.title, score: group[0].score,
             terms: group[0].terms }
  })
}
const folded = {}
for (const text of input.fold || [])
  folded[text] = fold(text)
process.stdout.write(JSON.stringify({ results, fold: folded, setup_ms: setupMs }))
