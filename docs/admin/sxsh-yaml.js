// Our YAML format for the web form's data files (data/*.yml, handbook/.book.yml).
//
// A data file is a list of records at its top, which Decap's own YAML format cannot open: the form
// shows the list as one field, `records`, and this writes it back as a list. The file's comments
// (its header and the comment above a record) are kept under `_comments`, which the form does not
// show, and a short {vi, en} pair stays on one line, as editors write it. The YAML reader is the
// `yaml` package Decap itself depends on, copied from node_modules into the site by the build
// (scripts/cms/install.py): nothing is loaded from another host. Tested by tests/cms/test_data_format.py.
import { YAML } from "./yaml/index.js";

export const RECORDS = "records";
export const COMMENTS = "_comments";
// yaml writes a flow map longer than 60 characters over several lines; a longer pair is written as a block.
const SHORT_PAIR = 50;
// Long text stays on one line, as editors write it (yaml would fold it at 80 characters).
YAML.scalarOptions.str.fold.lineWidth = 0;

function recordKey(record) {
  // Every collection names a record by its first field (id, no or level: scripts/content/schema.py).
  return record && typeof record === "object" ? String(Object.values(record)[0]) : "";
}

function keyOf(node, value, index) {
  return Array.isArray(value) ? recordKey(value[index]) : String(node.key);
}

// Strings the file writes in quotes keep their quotes: "2025-07-01" is text, while 2025-07-01 would be
// read as a date by our loader (PyYAML reads YAML 1.1, where `yes`, `no` and dates are not text). A
// path names a record by its key, then fields and list positions, so it survives reordering the records.
const QUOTED = new Set(["QUOTE_DOUBLE", "QUOTE_SINGLE"]);

function walkScalars(node, path, visit) {
  if (!node) return;
  if (Array.isArray(node.items)) {
    node.items.forEach((item, index) => {
      if (item && item.type === "PAIR") walkScalars(item.value, [...path, String(item.key)], visit);
      else walkScalars(item, [...path, index], visit);
    });
  } else if (typeof node.value === "string") {
    visit(node, path);
  }
}

function topPaths(doc, value, visit) {
  const contents = doc.contents;
  if (!contents || !Array.isArray(contents.items)) return;
  contents.items.forEach((item, index) => {
    const first = keyOf(item, value, index);
    const node = item && item.type === "PAIR" ? item.value : item;
    walkScalars(node, [first], visit);
  });
}

function quotedPaths(doc, value) {
  const paths = [];
  topPaths(doc, value, (node, path) => { if (QUOTED.has(node.type)) paths.push(JSON.stringify(path)); });
  return paths;
}

function quoteAgain(doc, value, paths) {
  const wanted = new Set(paths || []);
  topPaths(doc, value, (node, path) => { if (wanted.has(JSON.stringify(path))) node.type = "QUOTE_DOUBLE"; });
}

export function fromFile(text) {
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new Error(doc.errors.map((error) => error.message).join("\n"));
  }
  const value = doc.toJSON();
  const items = {};
  const contents = doc.contents;
  if (contents && Array.isArray(contents.items)) {
    contents.items.forEach((node, index) => {
      if (node.commentBefore) items[keyOf(node, value, index)] = node.commentBefore;
    });
  }
  const data = Array.isArray(value) ? { [RECORDS]: value } : { ...(value || {}) };
  data[COMMENTS] = { header: doc.commentBefore || "", items, end: doc.comment || "", quoted: quotedPaths(doc, value) };
  return data;
}

function shortPairsOnOneLine(node) {
  if (!node || !Array.isArray(node.items)) return;
  const keys = node.items.map((item) => (item && item.key !== undefined ? String(item.key) : null));
  if (keys.length === 2 && keys[0] === "vi" && keys[1] === "en") {
    const text = node.items.map((item) => String(item.value && item.value.value)).join("");
    const plain = node.items.every((item) => item.value && typeof item.value.value === "string"
      && !/[:#{}\[\],&*!|>'"%@`\n]/.test(item.value.value));
    if (plain && text.length < SHORT_PAIR) node.type = "FLOW_MAP";
    return;
  }
  node.items.forEach((item) => shortPairsOnOneLine(item && item.value !== undefined && item.key !== undefined ? item.value : item));
}

export function toFile(data) {
  const { [COMMENTS]: comments = {}, ...rest } = data || {};
  const keys = Object.keys(rest);
  const value = keys.length === 1 && keys[0] === RECORDS ? rest[RECORDS] || [] : rest;
  const doc = new YAML.Document();
  doc.contents = YAML.createNode(value);
  shortPairsOnOneLine(doc.contents);
  quoteAgain(doc, value, comments.quoted);
  if (comments.header) doc.commentBefore = comments.header;
  if (comments.end) doc.comment = comments.end;
  const items = comments.items || {};
  (doc.contents.items || []).forEach((node, index) => {
    const key = keyOf(node, value, index);
    if (items[key]) node.commentBefore = items[key];
  });
  return doc.toString();
}

// ---------------------------------------------------------------- pages (front matter + Markdown)
//
// Pages are written by this format too, so that the line of a field in the file the form writes is
// known before it is written (sxsh-checks.js names it in its messages, as `make check` does), and a
// long line is not folded at 80 characters as Decap's own front-matter writer does.

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function pageFromFile(text) {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const meta = YAML.parse(match[1] || "") || {};
  return { ...meta, body: text.slice(match[0].length).replace(/^\n/, "") };
}

function ordered(data, order) {
  const known = order.filter((name) => name in data);
  const others = Object.keys(data).filter((name) => !order.includes(name));
  return Object.fromEntries([...known, ...others].map((name) => [name, data[name]]));
}

export function frontMatterText(data, order = []) {
  const { body, ...meta } = data || {};
  const doc = new YAML.Document();
  doc.contents = YAML.createNode(ordered(meta, order));
  return doc.toString();
}

export function pageToFile(data, order = []) {
  const body = (data && data.body) || "";
  return `---\n${frontMatterText(data, order)}---\n\n${body.replace(/^\n+/, "")}`;
}

/** The file line of each field of the front matter as pageToFile writes it: "measures[2].payback_years"
 *  (lists counted from 1, as our messages count them) -> line, the first line of the file being "---". */
export function fieldLines(data, order = []) {
  const text = frontMatterText(data, order);
  const doc = YAML.parseDocument(text);
  const lineOf = (offset) => text.slice(0, offset).split("\n").length + 1;
  const lines = {};
  const walk = (node, prefix) => {
    if (!node || !Array.isArray(node.items)) return;
    node.items.forEach((item, index) => {
      if (item && item.key !== undefined && item.key !== null && item.type === "PAIR") {
        const name = prefix ? `${prefix}.${item.key}` : String(item.key);
        const start = item.key.range ? item.key.range[0] : (item.value && item.value.range ? item.value.range[0] : 0);
        lines[name] = lineOf(start);
        walk(item.value, name);
      } else if (item) {
        const name = `${prefix}[${index + 1}]`;
        if (item.range) lines[name] = lineOf(item.range[0]);
        walk(item, name);
      }
    });
  };
  walk(doc.contents, "");
  return lines;
}
