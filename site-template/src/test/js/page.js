// A page for the theme's page scripts (site.js, search-page.js) under Node: only the DOM they touch, and <script>
// tags that run the site's files when appended to the head, as a browser loads them from file://.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { ASSETS } = require("./load.js");

/* An element that keeps its children, attributes and listeners; its text is its own and its children's. */
class FakeElement {
  constructor(tagName, id = "") {
    this.tagName = tagName.toUpperCase();
    this.id = id;
    this.className = "";
    this.hidden = false;
    this.value = "";
    this.childNodes = [];
    this.attributes = new Map();
    this.listeners = new Map();
  }

  get textContent() {
    return this.childNodes.map((c) => (typeof c === "string" ? c : c.textContent)).join("");
  }

  set textContent(text) {
    this.childNodes = text === "" ? [] : [String(text)];
  }

  append(...nodes) {
    // a fragment's children move into the element, as in a browser
    for (const node of nodes) {
      this.childNodes.push(...(node.tagName === "#FRAGMENT" ? node.childNodes.splice(0) : [node]));
    }
  }

  prepend(...nodes) {
    this.childNodes.unshift(...nodes);
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  removeAttribute(name) {
    this.attributes.delete(name);
  }

  addEventListener(type, listener) {
    this.listeners.set(type, (this.listeners.get(type) || []).concat([listener]));
  }

  dispatch(type, event = {}) {
    (this.listeners.get(type) || []).forEach((listener) => listener(Object.assign({ target: this }, event)));
  }

  /* The descendants of this tag name ("a", "li"), in document order: all the selectors the tests need. */
  querySelectorAll(tagName) {
    const found = [];
    for (const child of this.childNodes) {
      if (typeof child !== "string") {
        if (child.tagName === tagName.toUpperCase()) {
          found.push(child);
        }
        found.push(...child.querySelectorAll(tagName));
      }
    }
    return found;
  }

  querySelector(tagName) {
    return this.querySelectorAll(tagName)[0] || null;
  }

  /* Focus moves to the element in the page it belongs to (the one opened last: tests open one page at a time). */
  focus() {
    if (FakeElement.document) {
      FakeElement.document.activeElement = this;
    }
  }

  select() {}
}

/**
 * Opens a page of a site whose files are given as texts by their path from the site root (a path not given fails
 * to load), at the site root: the search page (search.html, with its query string) or another page with the search
 * box, whose form says the site has {@code paperShards} files of paper data. Returns the page's window, the elements a
 * test reads and a way to let every load finish.
 */
function openPage(files, { searchPage = false, query = "", paperShards = 0 } = {}) {
  const byId = new Map();
  const byIdOrNew = (id) => byId.get(id) || byId.set(id, new FakeElement("div", id)).get(id);
  const input = new FakeElement("input", "search-input");
  const form = new FakeElement("form");
  form.setAttribute("action", "search.html");
  form.setAttribute("data-root", "");
  form.setAttribute("data-index", "assets/search-index.js");
  form.setAttribute("data-paper-shards", String(paperShards));
  form.querySelector = (selector) => (selector === "input[name=q]" ? input : null);
  const head = new FakeElement("head");
  let pending = 0;
  const document = {
    documentElement: { classList: { add() {} } },
    head,
    title: "Search",
    activeElement: null,
    createElement: (name) => new FakeElement(name),
    createDocumentFragment: () => new FakeElement("#fragment"),
    querySelector: (selector) => (selector === "form.site-search" ? form : null),
    getElementById: (id) => (id === "search-app" && !searchPage ? null : byIdOrNew(id)),
    addEventListener() {}
  };
  FakeElement.document = document;
  const context = vm.createContext({
    document,
    location: { search: query, pathname: "/site/search.html", hash: "" },
    history: { pushState() {}, replaceState() {} },
    matchMedia: () => ({ matches: false }),
    addEventListener() {},
    URLSearchParams,
    setTimeout,
    clearTimeout
  });
  context.window = context;
  // a script appended to the head runs after the current task, as a browser's would: its file, or its onerror
  head.append = (script) => {
    pending++;
    setTimeout(() => {
      pending--;
      const text = files[script.src];
      if (text === undefined) {
        script.onerror();
        return;
      }
      vm.runInContext(text, context, { filename: script.src });
      script.onload();
    });
  };
  for (const name of ["search-engine.js", "site.js", "search-page.js"]) {
    vm.runInContext(fs.readFileSync(path.join(ASSETS, name), "utf8"), context, { filename: name });
  }

  /* Resolves once no script is loading and the promises waiting on them have run. */
  async function settled() {
    do {
      await new Promise((resolve) => setImmediate(resolve));
    } while (pending > 0);
  }

  /* Types a query into the search box, as input events do. */
  function type(text) {
    input.value = text;
    input.dispatch("input");
  }

  /* Presses Enter in the search box: the form is submitted. */
  function submit() {
    form.dispatch("submit", { preventDefault() {} });
  }

  return { window: context, document, input, element: byIdOrNew, settled, type, submit };
}

/* A site's root of the search index as the plugin writes it, given its fields. */
function rootScript(root) {
  return "window.paperDigestSearchIndex = " + JSON.stringify(root) + ";\n";
}

/* A posting file as the plugin writes it: the postings of its words and the citation keys among them, under its root's
   key. */
function postingScript(key, k, postings, keys = "") {
  const global = "window.paperDigestSearchPostings";
  return "(" + global + " = " + global + " || {})[" + JSON.stringify(key + "/" + k) + "] = "
    + JSON.stringify([postings, keys]) + ";\n";
}

/* A title file as the plugin writes it: the titles and paths of its run of papers under its root's key. */
function titleScript(key, k, titles, paths) {
  const global = "window.paperDigestSearchTitles";
  return "(" + global + " = " + global + " || {})[" + JSON.stringify(key + "/" + k) + "] = "
    + JSON.stringify([titles.join("\n"), paths.join("\n")]) + ";\n";
}

module.exports = { openPage, rootScript, postingScript, titleScript };
