/* Paper Digest: the reading list on the page. Buttons to mark a paper "To read" or "Read" on its page and in
 * lists; "New" on the papers of the home and digest pages that came since the reader's last visit; the reading
 * list page, with its exports. Needs reading-list-store.js and site.js. Without JavaScript none of it shows. */
(function () {
  "use strict";

  const { element, link, paperLinks, humanDate, findPaper, paperDataFiles, root } = window.PaperDigest.page;
  const { ReadingList, Visits, NoStorage, toJson, toBib, toRis, readExport, importSummary } =
    window.PaperDigest.readingList;
  /* A file bigger than this is no exported reading list: not even read. */
  const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
  const LABELS = { "to-read": "To read", read: "Read" };

  /* The site's root address: the name its lists are kept under. */
  const site = new URL(root || "./", location.href).href.replace(/[?#].*$/, "");

  function storage(name) {
    try {
      const s = window[name];
      const probe = "paperDigest:probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return new NoStorage();
    }
  }

  const local = storage("localStorage");
  const kept = !(local instanceof NoStorage);
  const list = new ReadingList(local, site);
  /* Each paper's buttons on the page, with what shows their state, to show it again when another tab changes the
     list; buttons taken off the page are forgotten then. */
  const shown = new Map();
  /* What the reading list page shows again then, besides. */
  const refreshers = [];
  // a change made in another tab of the site shows here (a key of null: that tab cleared the whole storage)
  window.addEventListener("storage", (event) => {
    if (event.key === list.key || event.key === null) {
      list.reload();
      shown.forEach((show, group) => (group.isConnected ? show() : shown.delete(group)));
      refreshers.forEach((refresh) => refresh());
    }
  });

  /* A path from the site root ("paper/x.html") for a link of this page. */
  function pathOf(a) {
    const href = a.getAttribute("href");
    return href.startsWith(root) ? href.slice(root.length) : href;
  }

  /* ------------------------------------------------------------------ marking papers */

  function say(status, text) {
    if (status) {
      status.textContent = text;
    }
  }

  /* "To read" and "Read" buttons for a paper; pressing the pressed one unmarks it. */
  function markButtons(path, title, status) {
    const group = element("div", "reading-marks");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Reading list: " + title);
    const buttons = {};
    function show() {
      const state = list.state(path);
      for (const s of Object.keys(LABELS)) {
        buttons[s].setAttribute("aria-pressed", String(state === s));
      }
    }
    for (const s of Object.keys(LABELS)) {
      const button = element("button", "mark", LABELS[s]);
      button.type = "button";
      button.addEventListener("click", () => {
        const now = list.state(path) === s ? null : s;
        try {
          list.mark(path, now, title, new Date());
          say(status, now ? "Marked \u201c" + LABELS[now] + "\u201d: " + title + "." : "Taken off the reading list: " + title + ".");
        } catch (e) {
          say(status, "This browser keeps no reading list for this page.");
        }
        show();
      });
      buttons[s] = button;
      group.append(button);
    }
    show();
    if (shown.size >= 200) {
      // the search page makes new results at every keystroke: forget the buttons gone with the old ones
      shown.forEach((_, g) => (g.isConnected ? null : shown.delete(g)));
    }
    shown.set(group, show);
    return group;
  }

  /* One status line per page, read out by screen readers when a mark changes. */
  function statusLine() {
    const status = element("p", "visually-hidden");
    status.setAttribute("role", "status");
    document.body.append(status);
    return status;
  }

  function markPaperPage(status) {
    const article = document.querySelector("article.paper[data-paper]");
    if (!article) {
      return;
    }
    const path = "paper/" + article.getAttribute("data-paper") + ".html";
    const title = article.querySelector("h1").textContent.trim();
    const links = article.querySelector(".paper-links");
    const buttons = markButtons(path, title, status);
    if (links) {
      links.after(buttons);
    } else {
      article.querySelector("h1").after(buttons);
    }
  }

  function markListItems(status) {
    for (const item of document.querySelectorAll(".paper-list > li")) {
      const a = item.querySelector(".paper-item-title a");
      if (a) {
        item.append(markButtons(pathOf(a), a.textContent.trim(), status));
      }
    }
  }

  /* ------------------------------------------------------------------ new since the last visit */

  function markNewPapers() {
    const visits = new Visits(local, storage("sessionStorage"), site);
    let count = 0;
    for (const item of document.querySelectorAll("li[data-digests]")) {
      if (visits.isNew(item.getAttribute("data-digests").split(" "))) {
        const title = item.querySelector(".paper-item-title");
        title.prepend(element("span", "new-mark", "New"), " ");
        count++;
      }
    }
    const note = document.getElementById("new-since");
    if (note && visits.returning()) {
      const at = visits.lastVisit() ? " on " + humanDate(visits.lastVisit().slice(0, 10)) : "";
      note.textContent = count === 0 ? "Nothing new here since your last visit" + at + "."
        : (count === 1 ? "1 paper here is" : count + " papers here are") + " new since your last visit" + at + ".";
      note.hidden = false;
    }
    const siteDigests = document.querySelector("[data-site-digests]");
    if (siteDigests) {
      visits.remember(siteDigests.getAttribute("data-site-digests").split(" ").filter(Boolean), new Date());
    }
  }

  /* ------------------------------------------------------------------ the reading list page */

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = element("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function shortAuthors(authors) {
    if (!authors || authors.length === 0) {
      return "";
    }
    if (authors.length <= 3) {
      return authors.length === 1 ? authors[0]
        : authors.slice(0, -1).join(", ") + " and " + authors[authors.length - 1];
    }
    return authors[0] + ", " + authors[1] + " et al.";
  }

  /* Which of the papers an exported list names this site has, as readExport asks: true for those its paper data
     holds, false for those it does not, null for those whose file of paper data did not load, which cannot be told.
     Looked up for the papers of the list alone (the search index no longer holds every paper's path: the site's
     would be megabytes). A list that is not one, or a page that does not say where the paper data is (a theme of
     its own), takes any paper page's path. */
  function papersOfThisSite(text) {
    let listed;
    try {
      listed = readExport(text, () => true).entries.map((e) => e.path);
    } catch (notAList) {
      return Promise.resolve(() => true);
    }
    if (!paperDataFiles) {
      return Promise.resolve(() => true);
    }
    return Promise.all(listed.map((path) => findPaper(path).then((found) => [path, found])))
      .then((found) => {
        const here = new Map(found.map(([path, f]) => [path, f.paper ? true : f.loaded ? false : null]));
        return (path) => (here.has(path) ? here.get(path) : false);
      });
  }

  function readingListPage(app) {
    const status = document.getElementById("reading-list-status");
    app.hidden = false;
    if (!kept) {
      status.textContent = "This browser keeps nothing for this page (its settings, or a private window, forbid"
        + " it), so no reading list can be kept here.";
    }
    const details = {};

    function item(entry) {
      const li = element("li", "paper-item");
      li.setAttribute("data-path", entry.path);
      const heading = element("h3", "paper-item-title");
      heading.append(link(root + entry.path, entry.title));
      li.append(heading);
      const meta = element("p", "paper-item-meta");
      li.append(meta);
      li.append(markButtons(entry.path, entry.title, status));
      findPaper(entry.path).then((found) => {
        if (found.movedTo && list.move(entry.path, found.movedTo)) {
          render(); // the paper is on the list at its page's address now
          return;
        }
        const d = found.paper;
        details[entry.path] = d;
        if (!d) {
          meta.append(element("span", null, found.loaded ? "No longer in this site"
            : "Not checked: a file of this site did not load (reload the page)"));
          return;
        }
        heading.firstChild.textContent = d.title;
        if (d.authors) {
          meta.append(element("span", "authors", shortAuthors(d.authors)));
        }
        if (d.date) {
          const time = element("time", null, humanDate(d.date));
          time.dateTime = d.date;
          meta.append(time);
        }
        meta.append(...paperLinks(d, d.title));
      });
      return li;
    }

    function render() {
      for (const state of Object.keys(LABELS)) {
        const entries = list.list(state);
        const ol = document.getElementById(state);
        ol.textContent = "";
        entries.forEach((e) => ol.append(item(e)));
        document.getElementById(state + "-count").textContent = "(" + entries.length + ")";
        if (entries.length === 0) {
          ol.append(element("li", "muted", state === "read" ? "No paper marked read yet."
            : "No paper to read yet: mark one with \u201cTo read\u201d on its page or in a list."));
        }
      }
      for (const button of document.querySelectorAll(".export-actions button")) {
        button.disabled = list.count() === 0;
      }
    }

    /* Every marked paper, to read first, with the details of each loaded, and the papers whose details did not. */
    function everything() {
      const entries = list.list("to-read").concat(list.list("read"));
      const unloaded = new Set();
      return Promise.all(entries.map((e) => findPaper(e.path).then((found) => {
        details[e.path] = found.paper;
        if (!found.loaded) {
          unloaded.add(e.path);
        }
      }))).then(() => ({ entries, unloaded }));
    }

    /* What the reader is told of a download, and of the papers whose details it lacks. */
    function downloaded(name, entries, unloaded) {
      return "Downloaded " + name + ": " + entries.length + " papers" + (unloaded.size === 0 ? "."
        : "; the details of " + unloaded.size + " did not load (a file of this site failed to load): download again.");
    }

    const title = document.querySelector(".brand").textContent.trim();
    document.getElementById("export-bib").addEventListener("click", () => everything().then((all) => {
      download("reading-list.bib", "application/x-bibtex", toBib(all.entries, details, all.unloaded));
      status.textContent = downloaded("reading-list.bib", all.entries, all.unloaded);
    }));
    document.getElementById("export-ris").addEventListener("click", () => everything().then((all) => {
      download("reading-list.ris", "application/x-research-info-systems", toRis(all.entries, details, all.unloaded));
      status.textContent = downloaded("reading-list.ris", all.entries, all.unloaded);
    }));
    document.getElementById("export-json").addEventListener("click", () => everything().then((all) => {
      download("reading-list.json", "application/json", toJson(all.entries, details, title,
        (path) => new URL(root + path, location.href).href, new Date(), all.unloaded));
      status.textContent = downloaded("reading-list.json", all.entries, all.unloaded);
    }));
    const importInput = document.getElementById("import-json");
    importInput.disabled = !kept;
    importInput.addEventListener("change", () => {
      const file = importInput.files[0];
      if (!file) {
        return;
      }
      if (file.size > MAX_IMPORT_BYTES) {
        status.textContent = "This file is too large to be an exported reading list.";
        importInput.value = "";
        return;
      }
      file.text().then((text) => papersOfThisSite(text).then((isPaper) => {
        const read = readExport(text, isPaper);
        const changed = list.merge(read.entries, new Date());
        render();
        status.textContent = importSummary(file.name, changed, read);
      })).catch((e) => {
        status.textContent = e && e.message && /^This /.test(e.message) ? e.message
          : "This browser keeps no reading list for this page, so nothing was added.";
      }).finally(() => {
        importInput.value = "";
      });
    });
    document.getElementById("clear-list").addEventListener("click", () => {
      if (window.confirm("Take every paper off both lists? This cannot be undone.")) {
        list.clear();
        render();
        status.textContent = "The reading list is empty.";
      }
    });
    // a change made in another tab shows here
    refreshers.push(render);
    // a paper marked otherwise moves to its list, or leaves both: the focus follows it, or goes to its old list
    app.addEventListener("click", (event) => {
      const button = event.target.closest("button.mark");
      if (!button) {
        return;
      }
      const path = button.closest("li").getAttribute("data-path");
      const from = button.closest("section");
      render();
      const moved = Array.from(app.querySelectorAll("li[data-path]")).find((li) => li.getAttribute("data-path") === path);
      const target = moved ? Array.from(moved.querySelectorAll("button.mark")).find((b) => b.textContent === button.textContent)
        : from.querySelector("h2");
      if (target) {
        if (!moved) {
          target.tabIndex = -1;
        }
        target.focus();
      }
    });
    render();
  }

  // a page that moved (a paper's other title's address) keeps a mark made there under the paper's address now, which
  // its page and lists show
  const movedTo = document.querySelector("[data-moved-from][data-moved-to]");
  if (movedTo && kept) {
    list.move(movedTo.getAttribute("data-moved-from"), movedTo.getAttribute("data-moved-to"));
  }

  const app = document.getElementById("reading-list-app");
  const status = statusLine();
  if (app) {
    readingListPage(app);
    return;
  }
  if (kept) {
    // the search page's results, made after this script ran, take their buttons from here (search-page.js)
    window.PaperDigest.readingMarks = (path, title) => markButtons(path, title, status);
    markPaperPage(status);
    markListItems(status);
    markNewPapers();
  }
})();
