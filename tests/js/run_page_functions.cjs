// Runs the page scripts' pure functions in Node as the browser runs them (tests/js/test_page_functions.py).
// argv: the scripts, then a JSON file of calls [script, function, args]; prints their results as JSON,
// NaN written as "NaN" (JSON has no NaN).
const fs = require("node:fs")
const vm = require("node:vm")

const files = process.argv.slice(2, -1)
const calls = JSON.parse(fs.readFileSync(process.argv[process.argv.length - 1], "utf8"))
const window = { sxPageFunctions: {}, sxOnEachPage() {} }  // page-tools.js gives both on a page
const context = vm.createContext({ window, document: { documentElement: { lang: "vi" } } })
for (const file of files)
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file })
const results = calls.map(([script, name, args]) => window.sxPageFunctions[script][name](...args))
process.stdout.write(JSON.stringify(results, (key, value) => Number.isNaN(value) ? "NaN" : value))
