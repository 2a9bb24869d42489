// Loads the theme's classic scripts as a browser would, into one shared global, without a page.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const ASSETS = path.join(__dirname, "../../main/resources/paper-digest-theme/assets");

/** Runs the named scripts of the theme in order in a fresh context and returns its PaperDigest global. */
function loadTheme(...names) {
  const context = vm.createContext({});
  for (const name of names) {
    vm.runInContext(fs.readFileSync(path.join(ASSETS, name), "utf8"), context, { filename: name });
  }
  return context.PaperDigest;
}

module.exports = { loadTheme, ASSETS };
