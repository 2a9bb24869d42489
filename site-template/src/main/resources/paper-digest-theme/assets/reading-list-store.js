/* Paper Digest: the reader's reading list and visits, kept by the browser, without the page. It runs, and is
 * tested, without a browser (site-template/src/test/js/reading-list-store.test.js); reading-list.js shows it.
 *
 * Everything is kept in a Storage (the browser's localStorage) under keys named for the site's root address, so
 * that two sites opened from the same disk keep their own lists. Nothing leaves the browser. */
(function (global) {
  "use strict";

  const VERSION = 1;
  const STATES = ["to-read", "read"];
  /* Digests remembered from a visit: enough for years of daily digests, small enough for any browser. */
  const MAX_SEEN_DIGESTS = 5000;

  /* A storage that keeps nothing, for a browser that refuses localStorage (some do for pages from disk). */
  class NoStorage {
    getItem() {
      return null;
    }

    setItem() {
      throw new Error("this browser keeps nothing for this page");
    }

    removeItem() {
    }
  }

  function read(storage, key, fallback) {
    try {
      const text = storage.getItem(key);
      return text === null ? fallback : JSON.parse(text);
    } catch (e) {
      return fallback;
    }
  }

  /* The papers a reader marked: by the path of their page from the site root, each "to-read" or "read", with
     the title it had when marked (shown should the paper leave the site) and when it was marked.

     Other tabs of the site change the same storage: every change reads the list as saved right before it and
     writes that list with just its own change, never a list read earlier; a page told of another tab's change
     (the storage event) reloads. */
  class ReadingList {
    constructor(storage, site) {
      this.storage = storage;
      this.key = "paperDigest:" + site + ":readingList";
      this.reload();
    }

    /* The list as saved now. */
    reload() {
      const saved = read(this.storage, this.key, null);
      this.papers = saved && saved.version === VERSION && saved.papers && typeof saved.papers === "object"
        && !Array.isArray(saved.papers) ? saved.papers : {};
    }

    state(path) {
      const entry = this.papers[path];
      return entry ? entry.state : null;
    }

    /* Marks a paper "to-read" or "read", or unmarks it (null). Throws when the browser keeps nothing. */
    mark(path, state, title, now) {
      if (state !== null && !STATES.includes(state)) {
        throw new Error("a paper is to-read or read, not " + state);
      }
      this.reload();
      if (state === null) {
        delete this.papers[path];
      } else {
        const before = this.papers[path];
        this.papers[path] = { state, title: title || (before && before.title) || path,
          added: before ? before.added : now.toISOString() };
      }
      this.save();
    }

    /* The marked papers in a state, most recently marked first. */
    list(state) {
      return Object.keys(this.papers)
        .filter((path) => this.papers[path].state === state)
        .map((path) => Object.assign({ path }, this.papers[path]))
        .sort((a, b) => (b.added > a.added) - (b.added < a.added) || (a.path > b.path) - (a.path < b.path));
    }

    count() {
      return Object.keys(this.papers).length;
    }

    /* Adds imported papers ({ path, state, title, added }, as readExport gives them) to the list as saved now, in
       one write: a paper not on the list comes with its state; one on it stays, moving to "read" if it was read
       elsewhere, and keeps the earlier of its two dates. Returns how many papers were added or changed. */
    merge(entries, now) {
      this.reload();
      let changed = 0;
      for (const e of entries) {
        const before = this.papers[e.path];
        const added = e.added || now.toISOString();
        if (!before) {
          this.papers[e.path] = { state: e.state, title: e.title, added };
          changed++;
        } else if ((e.state === "read" && before.state !== "read") || added < before.added) {
          this.papers[e.path] = { state: e.state === "read" ? "read" : before.state, title: before.title,
            added: added < before.added ? added : before.added };
          changed++;
        }
      }
      if (changed > 0) {
        this.save();
      }
      return changed;
    }

    /* Keeps the mark of a paper whose page moved (its address is another title's, a page that leads on to its page
       now) under its page's address: the paper keeps its state and the day it was first marked; marked under both,
       it is read if it was read under either, and keeps the earlier day. Returns whether the list changed. */
    move(from, to) {
      this.reload();
      const moved = this.papers[from];
      if (!moved || from === to) {
        return false;
      }
      const there = this.papers[to];
      delete this.papers[from];
      this.papers[to] = !there ? moved : { state: there.state === "read" || moved.state === "read" ? "read" : there.state,
        title: there.title, added: moved.added < there.added ? moved.added : there.added };
      this.save();
      return true;
    }

    clear() {
      this.papers = {};
      this.storage.removeItem(this.key);
    }

    save() {
      this.storage.setItem(this.key, JSON.stringify({ version: VERSION, papers: this.papers }));
    }
  }

  /* ------------------------------------------------------------------ exports */

  /* The reading list as JSON: each paper with its state and what the site knows of it (details by path, from
     the paper's script; a paper no longer in the site keeps the title it was marked with, and is said to be
     missing, unless its details did not load: unloaded holds those paths, and such a paper is said to be unchecked). */
  function toJson(entries, details, siteTitle, pageUrl, now, unloaded = new Set()) {
    return JSON.stringify({
      site: siteTitle,
      exported: now.toISOString(),
      papers: entries.map((e) => {
        const d = details[e.path] || {};
        const paper = { state: e.state, added: e.added, title: d.title || e.title, url: pageUrl(e.path) };
        // what a reference manager finds the paper by and cites it as: its DOI, arXiv id, venue and citation key
        for (const key of ["authors", "date", "venue", "doi", "arxiv", "pdf", "code", "key"]) {
          if (d[key] !== undefined) {
            paper[key] = d[key];
          }
        }
        if (!details[e.path]) {
          paper[unloaded.has(e.path) ? "unchecked" : "missing"] = true;
        }
        return paper;
      })
    }, null, 2) + "\n";
  }

  /* The reading list as BibTeX: each paper's entry as its page gives it, a blank line between two; a paper no
     longer in the site is a comment, which BibTeX ignores, and so is one whose details did not load (unloaded),
     saying so. */
  function toBib(entries, details, unloaded = new Set()) {
    return entries.map((e) => {
      const d = details[e.path];
      if (d && d.bib) {
        return d.bib;
      }
      const why = unloaded.has(e.path)
        ? "its entry did not load (a file of this site failed to load): download the list again"
        : "no longer in this site";
      return "% " + e.title.replace(/[\r\n]+/g, " ") + ": " + why + "\n";
    }).join("\n");
  }

  /* The reading list as RIS, for EndNote, RefWorks and Mendeley: each paper's record as its page gives it. RIS has no
     comments: a paper no longer in this site, or whose record did not load, is a record of its title alone, with a
     note that says why, so that no paper of the list is lost on the way. */
  function toRis(entries, details, unloaded = new Set()) {
    return entries.map((e) => {
      const d = details[e.path];
      if (d && d.ris) {
        return d.ris;
      }
      const why = unloaded.has(e.path)
        ? "Its record did not load (a file of this site failed to load): download the list again."
        : "No longer in this site.";
      return "TY  - GEN\r\nTI  - " + e.title.replace(/[\s\p{Cc}\p{Z}]+/gu, " ").trim() + "\r\nN1  - " + why
        + "\r\nER  - \r\n";
    }).join("\r\n");
  }

  /* ------------------------------------------------------------------ imports */

  /* An export read back is untrusted: a file of any size and shape, from anywhere. */
  const MAX_IMPORT_CHARS = 2 * 1024 * 1024;
  const MAX_IMPORT_PAPERS = 20000;
  const MAX_TITLE = 500;
  /* A paper's page from the site root, at the end of its exported address: the site may have moved since. */
  const PAPER_PATH = /(?:^|\/)(paper\/[\p{L}\p{N}._~-]+\.html)$/u;

  /* The papers of a reading list exported as JSON (toJson's), for merge(): { entries, skipped, unchecked },
     skipping each paper that is not a paper of this site (isPaper(path) false), not of a known state, or not shaped
     as an export writes it. A paper that could not be checked (isPaper(path) null: the file of this site that would
     tell did not load) is no paper known to be elsewhere: it is kept, as it is, and counted in unchecked. Throws with
     a message for the reader when the file is not such an export at all. */
  function readExport(text, isPaper) {
    if (typeof text !== "string" || text.length > MAX_IMPORT_CHARS) {
      throw new Error("This file is too large to be an exported reading list.");
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error("This file is not JSON: choose a reading list downloaded with \u201cDownload as JSON\u201d.");
    }
    if (!data || typeof data !== "object" || !Array.isArray(data.papers)) {
      throw new Error("This file is not a reading list downloaded with \u201cDownload as JSON\u201d.");
    }
    if (data.papers.length > MAX_IMPORT_PAPERS) {
      throw new Error("This file lists more papers than a reading list can hold.");
    }
    const entries = new Map();
    const unchecked = new Set();
    let skipped = 0;
    for (const p of data.papers) {
      const found = p && typeof p === "object" && typeof p.url === "string" && p.url.length < 2000
        ? PAPER_PATH.exec(p.url.replace(/[?#].*$/, "")) : null;
      let path = found ? found[1] : null;
      try {
        path = path && decodeURIComponent(path);
      } catch (e) {
        path = null;
      }
      const here = path && STATES.includes(p.state) ? isPaper(path) : false;
      if (here === null) {
        unchecked.add(path);
      } else if (!here) {
        skipped++;
        continue;
      }
      const title = typeof p.title === "string" && p.title.trim() ? p.title.trim().slice(0, MAX_TITLE) : path;
      const time = typeof p.added === "string" && p.added.length < 40 ? Date.parse(p.added) : NaN;
      const entry = { path, state: p.state, title, added: Number.isNaN(time) ? null : new Date(time).toISOString() };
      // a paper listed twice: read wins
      if (!entries.has(path) || entry.state === "read") {
        entries.set(path, entry);
      }
    }
    return { entries: Array.from(entries.values()), skipped, unchecked: unchecked.size };
  }

  /* What the reader is told of an import: how many papers were added or changed, how many were left out as not in
     this site (or not readable), and how many were added without being checked, since the file of this site that
     would tell did not load: distinct, so that no paper goes unmentioned. */
  function importSummary(fileName, changed, read) {
    const papers = (n) => (n === 1 ? "1 paper" : n + " papers");
    let text = "Added from " + fileName + ": " + papers(changed) + " new or changed";
    if (read.skipped > 0) {
      text += "; " + read.skipped + " not in this site or unreadable, left out";
    }
    if (read.unchecked > 0) {
      text += "; " + papers(read.unchecked) + " could not be checked, as a file of this site did not load: added as"
        + (read.unchecked === 1 ? " it is" : " they are") + ", reload the page to see whether this site has "
        + (read.unchecked === 1 ? "it" : "them");
    }
    return text + ".";
  }

  /* ------------------------------------------------------------------ visits */

  /* What was new at the reader's last visit. A visit is a browser session: its first page takes the digests
     remembered from the visits before as its baseline (kept in the session's storage, so that every page of
     the visit compares with the same one), and the digests the site has now are remembered for the next. */
  class Visits {
    constructor(storage, session, site) {
      this.storage = storage;
      this.key = "paperDigest:" + site + ":seenDigests";
      const sessionKey = "paperDigest:" + site + ":baseline";
      let baseline = read(session, sessionKey, undefined);
      if (baseline === undefined) {
        baseline = read(storage, this.key, null);
        try {
          session.setItem(sessionKey, JSON.stringify(baseline));
        } catch (e) {
          // a browser without session storage compares every page with the last one: marks show once
        }
      }
      this.baseline = baseline && Array.isArray(baseline.digests) ? baseline : null;
      this.seen = new Set(this.baseline ? this.baseline.digests : []);
    }

    /* Whether the reader was here before this visit: only then are papers new to them. */
    returning() {
      return this.baseline !== null;
    }

    /* When the last visit was, as an ISO date-time; null on a first visit. */
    lastVisit() {
      return this.baseline ? this.baseline.at : null;
    }

    /* A paper is new when it is listed only in digests the reader had not seen at their last visit. */
    isNew(digests) {
      return this.returning() && digests.length > 0 && digests.every((d) => !this.seen.has(d));
    }

    /* Remembers the digests the site has now, for the next visit. */
    remember(digests, now) {
      const remembered = read(this.storage, this.key, null);
      const all = new Set(remembered && Array.isArray(remembered.digests) ? remembered.digests : []);
      digests.forEach((d) => all.add(d));
      const list = Array.from(all);
      try {
        this.storage.setItem(this.key, JSON.stringify({ at: now.toISOString(),
          digests: list.slice(Math.max(0, list.length - MAX_SEEN_DIGESTS)) }));
      } catch (e) {
        // nothing kept: the next visit will be a first one
      }
    }
  }

  const api = { VERSION, STATES, ReadingList, Visits, NoStorage, toJson, toBib, toRis, readExport, importSummary };
  global.PaperDigest = Object.assign(global.PaperDigest || {}, { readingList: api });
})(typeof window !== "undefined" ? window : globalThis);
