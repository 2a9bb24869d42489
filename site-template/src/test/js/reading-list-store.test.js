"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTheme } = require("./load.js");

const { readingList } = loadTheme("reading-list-store.js");
const { ReadingList, Visits, NoStorage, toJson, toBib, toRis, readExport, importSummary } = readingList;

/* localStorage as a browser gives it: strings by key. */
class MemoryStorage {
  constructor() {
    this.items = new Map();
  }

  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }

  setItem(key, value) {
    this.items.set(key, String(value));
  }

  removeItem(key) {
    this.items.delete(key);
  }
}

const SITE = "file:///home/me/site/";
const list = (x) => Array.from(x);
const at = (day) => new Date("2025-01-" + String(day).padStart(2, "0") + "T10:00:00Z");

test("marks are kept in the storage under the site's address and read back by another page", () => {
  const storage = new MemoryStorage();
  const mine = new ReadingList(storage, SITE);
  mine.mark("paper/a.html", "to-read", "Paper A", at(1));
  mine.mark("paper/b.html", "read", "Paper B", at(2));
  const again = new ReadingList(storage, SITE);
  assert.equal(again.state("paper/a.html"), "to-read");
  assert.equal(again.state("paper/b.html"), "read");
  assert.equal(again.state("paper/c.html"), null);
  assert.equal(new ReadingList(storage, "file:///elsewhere/").count(), 0, "another site on the same disk keeps its own");
});

test("each list is newest marked first, marking again moves a paper and unmarking takes it off", () => {
  const l = new ReadingList(new MemoryStorage(), SITE);
  l.mark("paper/a.html", "to-read", "A", at(1));
  l.mark("paper/b.html", "to-read", "B", at(2));
  l.mark("paper/c.html", "to-read", "C", at(3));
  assert.deepEqual(list(l.list("to-read").map((e) => e.path)), ["paper/c.html", "paper/b.html", "paper/a.html"]);
  l.mark("paper/b.html", "read", "B", at(4));
  assert.deepEqual(list(l.list("read").map((e) => e.path)), ["paper/b.html"]);
  assert.equal(l.list("read")[0].added, at(2).toISOString(), "when it was first marked");
  l.mark("paper/a.html", null, "A", at(5));
  assert.deepEqual(list(l.list("to-read").map((e) => e.path)), ["paper/c.html"]);
  assert.throws(() => l.mark("paper/a.html", "maybe", "A", at(5)), /to-read or read/);
  l.clear();
  assert.equal(l.count(), 0);
});

test("a mark made at an address that moved is kept at the paper's address now, with its state and first day", () => {
  const storage = new MemoryStorage();
  const l = new ReadingList(storage, SITE);
  l.mark("paper/old-title.html", "to-read", "Old title", at(1));
  assert.equal(l.move("paper/old-title.html", "paper/new-title.html"), true);
  const again = new ReadingList(storage, SITE);
  assert.equal(again.state("paper/old-title.html"), null);
  assert.equal(again.state("paper/new-title.html"), "to-read");
  assert.equal(again.list("to-read")[0].added, at(1).toISOString());
  assert.equal(again.move("paper/old-title.html", "paper/new-title.html"), false, "nothing left to move");

  l.mark("paper/a.html", "read", "A", at(2));
  l.mark("paper/b.html", "to-read", "B", at(3));
  l.move("paper/a.html", "paper/b.html");
  assert.equal(l.state("paper/b.html"), "read", "read under either address: read");
  assert.equal(l.list("read")[0].added, at(2).toISOString(), "the earlier day");
  assert.equal(l.count(), 2);
});

test("two pages over one storage keep each other's marks: each change is made to the list as saved now", () => {
  const storage = new MemoryStorage();
  const tab1 = new ReadingList(storage, SITE);
  const tab2 = new ReadingList(storage, SITE);
  tab1.mark("paper/a.html", "to-read", "A", at(1));
  tab2.mark("paper/b.html", "to-read", "B", at(2));
  const saved = new ReadingList(storage, SITE);
  assert.equal(saved.state("paper/a.html"), "to-read", "tab 2 did not write its stale list over tab 1's mark");
  assert.equal(saved.state("paper/b.html"), "to-read");
  // tab 1 unmarks a paper tab 2 marked read meanwhile: only that paper changes
  tab2.mark("paper/a.html", "read", "A", at(3));
  tab1.mark("paper/b.html", null, "B", at(4));
  const after = new ReadingList(storage, SITE);
  assert.equal(after.state("paper/a.html"), "read");
  assert.equal(after.state("paper/b.html"), null);
  // a page told of a change (the storage event) sees it without changing anything
  assert.equal(tab2.state("paper/b.html"), "to-read", "not yet told");
  tab2.reload();
  assert.equal(tab2.state("paper/b.html"), null);
  assert.equal(tab2.state("paper/a.html"), "read");
});

test("a list of another version or broken JSON reads as empty, not as an error", () => {
  const storage = new MemoryStorage();
  storage.setItem("paperDigest:" + SITE + ":readingList", "{not json");
  assert.equal(new ReadingList(storage, SITE).count(), 0);
  storage.setItem("paperDigest:" + SITE + ":readingList", JSON.stringify({ version: 99, papers: { x: {} } }));
  assert.equal(new ReadingList(storage, SITE).count(), 0);
});

test("a browser that keeps nothing says so when a paper is marked", () => {
  const l = new ReadingList(new NoStorage(), SITE);
  assert.throws(() => l.mark("paper/a.html", "read", "A", at(1)), /keeps nothing/);
});

test("papers are new when every digest that lists them came after the last visit, and only for a returning reader", () => {
  const storage = new MemoryStorage();
  const first = new Visits(storage, new MemoryStorage(), SITE);
  assert.equal(first.returning(), false);
  assert.equal(first.isNew(["d1"]), false, "nothing is new on a first visit");
  first.remember(["d1", "d2"], at(1));

  const session = new MemoryStorage();
  const second = new Visits(storage, session, SITE);
  assert.equal(second.returning(), true);
  assert.equal(second.lastVisit(), at(1).toISOString());
  assert.equal(second.isNew(["d3"]), true);
  assert.equal(second.isNew(["d2", "d3"]), false, "listed in a digest seen before");
  assert.equal(second.isNew([]), false);
  second.remember(["d1", "d2", "d3"], at(2));

  // every page of the same visit compares with the visit's baseline, not with what its first page remembered
  const samevisit = new Visits(storage, session, SITE);
  assert.equal(samevisit.isNew(["d3"]), true);
  // the next visit has seen d3
  assert.equal(new Visits(storage, new MemoryStorage(), SITE).isNew(["d3"]), false);
});

test("the JSON export holds each paper's state, title, address and known details; one gone is said to be", () => {
  const entries = [{ path: "paper/a.html", state: "to-read", added: "2025-01-01T10:00:00.000Z", title: "Old A" },
    { path: "paper/gone.html", state: "read", added: "2025-01-02T10:00:00.000Z", title: "Gone" }];
  const details = { "paper/a.html": { title: "Paper A", authors: ["Ada Lovelace"], arxiv: "2401.00001", bib: "@misc{a}",
    doi: "10.1145/3600211.3604711", venue: "CVPR 2024", key: "lovelace2024paper", abstract: "Long.", ris: "TY  - JOUR" } };
  const json = JSON.parse(toJson(entries, details, "My site", (p) => SITE + p, at(3)));
  assert.equal(json.site, "My site");
  assert.equal(json.exported, at(3).toISOString());
  assert.deepEqual(json.papers[0], { state: "to-read", added: "2025-01-01T10:00:00.000Z", title: "Paper A",
    url: SITE + "paper/a.html", authors: ["Ada Lovelace"], venue: "CVPR 2024", doi: "10.1145/3600211.3604711",
    arxiv: "2401.00001", key: "lovelace2024paper" }, "a reference manager's facts, not the abstract or the entries");
  assert.deepEqual(json.papers[1], { state: "read", added: "2025-01-02T10:00:00.000Z", title: "Gone",
    url: SITE + "paper/gone.html", missing: true });
});

test("the BibTeX export is each paper's entry as its page gives it; a paper gone is a comment", () => {
  const entries = [{ path: "paper/a.html", title: "A" }, { path: "paper/gone.html", title: "Gone\nwith a line" }];
  const bib = toBib(entries, { "paper/a.html": { bib: "@misc{lovelace2025a,\n  title = {A}\n}\n" } });
  assert.equal(bib, "@misc{lovelace2025a,\n  title = {A}\n}\n\n% Gone with a line: no longer in this site\n");
});

test("the RIS export is each paper's record as its page gives it; a paper gone or not loaded is its title and why", () => {
  const entries = [{ path: "paper/a.html", title: "A" }, { path: "paper/gone.html", title: "Gone\r\nER  - with a line" },
    { path: "paper/unloaded.html", title: "Unloaded" }];
  const ris = toRis(entries, { "paper/a.html": { ris: "TY  - JOUR\r\nTI  - A\r\nER  - \r\n" } },
    new Set(["paper/unloaded.html"]));
  assert.equal(ris, "TY  - JOUR\r\nTI  - A\r\nER  - \r\n"
    + "\r\nTY  - GEN\r\nTI  - Gone ER - with a line\r\nN1  - No longer in this site.\r\nER  - \r\n"
    + "\r\nTY  - GEN\r\nTI  - Unloaded\r\nN1  - Its record did not load (a file of this site failed to load):"
    + " download the list again.\r\nER  - \r\n");
});

test("an exported list read back from a moved site keeps each paper of this site, and merges into the list", () => {
  const entries = [{ path: "paper/a.html", state: "to-read", added: "2025-01-01T10:00:00.000Z", title: "A" },
    { path: "paper/b.html", state: "read", added: "2025-01-02T10:00:00.000Z", title: "B" },
    { path: "paper/gone.html", state: "read", added: "2025-01-03T10:00:00.000Z", title: "Gone" }];
  const exported = toJson(entries, {}, "My site", (p) => "file:///old/place/site/" + p, at(4));
  const known = new Set(["paper/a.html", "paper/b.html", "paper/c.html"]);
  const read = readExport(exported, (p) => known.has(p));
  assert.equal(read.skipped, 1, "a paper this site does not have");
  assert.deepEqual(list(read.entries.map((e) => [e.path, e.state, e.title, e.added])),
    [["paper/a.html", "to-read", "A", "2025-01-01T10:00:00.000Z"], ["paper/b.html", "read", "B", "2025-01-02T10:00:00.000Z"]]);

  const storage = new MemoryStorage();
  const here = new ReadingList(storage, "file:///new/place/site/");
  here.mark("paper/b.html", "to-read", "B", at(5));
  here.mark("paper/c.html", "to-read", "C", at(6));
  const other = new ReadingList(storage, "file:///new/place/site/");
  assert.equal(other.merge(read.entries, at(7)), 2, "a added, b moved to read");
  const after = new ReadingList(storage, "file:///new/place/site/");
  assert.equal(after.state("paper/a.html"), "to-read");
  assert.equal(after.state("paper/b.html"), "read", "read elsewhere: read here");
  assert.equal(after.list("read")[0].added, "2025-01-02T10:00:00.000Z", "the earlier date");
  assert.equal(after.state("paper/c.html"), "to-read", "what the list had stays");
  assert.equal(after.merge(read.entries, at(8)), 0, "importing twice changes nothing");
});

test("a file that is not an export is refused with a message, and odd papers in one are skipped", () => {
  const any = () => true;
  assert.throws(() => readExport("x".repeat(3 * 1024 * 1024), any), /too large/);
  assert.throws(() => readExport("{not json", any), /not JSON/);
  for (const text of ["null", "[]", "{}", "{\"papers\": {}}", "\"papers\""]) {
    assert.throws(() => readExport(text, any), /not a reading list/, text);
  }
  assert.throws(() => readExport(JSON.stringify({ papers: new Array(20001).fill(null) }), any), /more papers/);
  const read = readExport(JSON.stringify({ papers: [
    null, 5, "paper/a.html",
    { state: "to-read" },
    { state: "done", url: "file:///s/paper/a.html" },
    { state: "read", url: "https://evil.example/x.html" },
    { state: "read", url: "file:///s/paper/../../etc/passwd.html" },
    { state: "read", url: "javascript:alert(1)//paper/x.html" },
    { state: "read", url: "file:///s/paper/ok.html?x#y", title: "<img src=x onerror=alert(1)>" + "t".repeat(1000),
      added: "not a date", __proto__: { polluted: true } },
    { state: "to-read", url: "file:///s/paper/ok.html", title: 42, added: { toString: 1 } }
  ] }), (path) => path === "paper/a.html" || path === "paper/ok.html");
  assert.equal(read.skipped, 8, "only the page's path is kept from an address, and only a paper of this site");
  assert.equal(read.entries.length, 1, "one paper, listed twice: read wins");
  const e = read.entries[0];
  assert.equal(e.path, "paper/ok.html");
  assert.equal(e.state, "read");
  assert.equal(e.title.length, 500, "a title cut to a bound; shown as text, never as HTML");
  assert.equal(e.added, null, "a date that is none: the time of the import");
});

test("a paper whose file of this site did not load is added unchecked and told apart from papers not in this site", () => {
  const entries = [{ path: "paper/a.html", state: "to-read", added: "2025-01-01T10:00:00.000Z", title: "A" },
    { path: "paper/gone.html", state: "read", added: "2025-01-02T10:00:00.000Z", title: "Gone" },
    { path: "paper/unknown.html", state: "read", added: "2025-01-03T10:00:00.000Z", title: "Unknown" },
    { path: "paper/unknown-too.html", state: "to-read", added: "2025-01-04T10:00:00.000Z", title: "Unknown too" }];
  const exported = toJson(entries, {}, "My site", (p) => "file:///old/site/" + p, at(5));
  // a: in this site; gone: its file loaded and has it not; the unknown ones: their file did not load
  const here = { "paper/a.html": true, "paper/gone.html": false, "paper/unknown.html": null, "paper/unknown-too.html": null };
  const read = readExport(exported, (p) => here[p]);
  assert.equal(read.skipped, 1, "only the paper known not to be here is left out");
  assert.equal(read.unchecked, 2);
  assert.deepEqual(list(read.entries.map((e) => e.path)), ["paper/a.html", "paper/unknown.html", "paper/unknown-too.html"],
    "a paper that could not be checked is kept, not dropped");

  const said = importSummary("list.json", 3, read);
  assert.equal(said, "Added from list.json: 3 papers new or changed; 1 not in this site or unreadable, left out; 2 papers"
    + " could not be checked, as a file of this site did not load: added as they are, reload the page to see whether"
    + " this site has them.");
  assert.equal(importSummary("list.json", 1, { skipped: 0, unchecked: 0 }), "Added from list.json: 1 paper new or changed.");
  assert.match(importSummary("list.json", 1, { skipped: 0, unchecked: 1 }), /; 1 paper could not be checked.*added as it is/);
});

test("an export tells a paper whose details did not load from a paper no longer in this site", () => {
  const entries = [{ path: "paper/gone.html", state: "read", added: "2025-01-02T10:00:00.000Z", title: "Gone" },
    { path: "paper/unloaded.html", state: "to-read", added: "2025-01-03T10:00:00.000Z", title: "Unloaded" }];
  const unloaded = new Set(["paper/unloaded.html"]);
  assert.equal(toBib(entries, {}, unloaded), "% Gone: no longer in this site\n\n% Unloaded: its entry did not load"
    + " (a file of this site failed to load): download the list again\n");
  const json = JSON.parse(toJson(entries, {}, "My site", (p) => SITE + p, at(4), unloaded));
  assert.equal(json.papers[0].missing, true);
  assert.equal(json.papers[1].missing, undefined, "not said to be gone: it was not checked");
  assert.equal(json.papers[1].unchecked, true);
});
