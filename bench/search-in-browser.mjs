// Times search as a reader waits for it, in headless Chromium from file://: from opening search.html?q=… to the
// first result drawn, and from focusing a paper page's search box and typing a prefix to the first suggestion.
// Sites are built beforehand (e.g. bench/run.sh's, or `mvn …:generate -DpaperDigest.outputName=…`).
//
//   node bench/search-in-browser.mjs [--rounds N] LABEL=SITE_FOLDER [LABEL=SITE_FOLDER ...]
//
// Needs Node 18 or later, Debian's chromium and chromium-driver. Sites are measured in interleaved rounds, so that
// the machine's drift falls on each alike; each figure is one measurement (see bench/RESULTS.md).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const QUERIES = ["video", "talking head generation"];
const PREFIX = "diffu";
const args = process.argv.slice(2);
let rounds = 3;
const sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") {
    rounds = Number(args[++i]);
  } else {
    const [label, folder] = args[i].split("=");
    sites.push({ label, folder: path.resolve(folder) });
  }
}
if (sites.length === 0 || !(rounds > 0)) {
  console.error("usage: node bench/search-in-browser.mjs [--rounds N] LABEL=SITE_FOLDER ...");
  process.exit(2);
}

const port = 9515 + Math.floor(Math.random() * 1000);
const driver = spawn("chromedriver", ["--port=" + port], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
let session;

async function call(method, route, body) {
  const response = await fetch(base + route, { method, headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined });
  const json = await response.json();
  if (json.value && json.value.error) {
    throw new Error(json.value.error + ": " + json.value.message);
  }
  return json.value;
}
const at = (route) => `/session/${session}${route}`;
const script = (source) => call("POST", at("/execute/sync"), { script: "return " + source, args: [] });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/* Milliseconds from start until the expression counts something, polled every 25 ms, for at most 60 s. */
async function until(expression, start) {
  for (let i = 0; i < 2400; i++) {
    if ((await script(expression)) > 0) {
      return Date.now() - start;
    }
    await sleep(25);
  }
  throw new Error("nothing after 60 s: " + expression);
}

try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base + "/status");
      break;
    } catch {
      await sleep(100);
    }
  }
  const profile = fs.mkdtempSync("/tmp/search-in-browser-");
  session = (await call("POST", "/session", { capabilities: { alwaysMatch: { browserName: "chrome",
    "goog:chromeOptions": { binary: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu",
      "--disable-dev-shm-usage", "--user-data-dir=" + profile] } } } })).sessionId;
  for (let round = 1; round <= rounds; round++) {
    for (const site of sites) {
      const row = [site.label, "round " + round];
      for (const query of QUERIES) {
        const start = Date.now();
        await call("POST", at("/url"), { url: "file://" + site.folder + "/search.html?q=" + encodeURIComponent(query) });
        row.push(`"${query}" ${await until('document.querySelectorAll("#results li").length', start)} ms`);
      }
      const paper = fs.readdirSync(path.join(site.folder, "paper")).sort()[0];
      await call("POST", at("/url"), { url: "file://" + path.join(site.folder, "paper", paper) });
      const box = Object.values(await call("POST", at("/element"), { using: "css selector", value: "#search-input" }))[0];
      const start = Date.now();
      await call("POST", at(`/element/${box}/click`), {});
      await call("POST", at("/actions"), { actions: [{ type: "key", id: "keyboard",
        actions: [...PREFIX].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]) }] });
      row.push(`suggestions for "${PREFIX}" ${await until('document.querySelectorAll("#search-suggestions li").length', start)} ms`);
      console.log(row.join(", "));
    }
  }
} finally {
  if (session) {
    await call("DELETE", at("")).catch(() => {});
  }
  driver.kill();
}
