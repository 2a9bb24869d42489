/* Paper Digest: what every page shares, the search box at its top, and the Cite block's copying. Every page
 * works without it.
 *
 * Scripts of the theme (all classic scripts, which load from file:// where modules do not):
 *   search-engine.js       the search engine, without the page (tested under Node)
 *   reading-list-store.js  the reading list and visits as the browser keeps them, without the page (tested
 *                          under Node)
 *   cite-text.js           a citation as text in a reference list's style, without the page (tested under Node)
 *   site.js                this file: helpers for the others, the search box, the "/" shortcut, the Cite block
 *   reading-list.js        marking papers, "New" since the last visit, the reading list page
 *   search-page.js         the search page
 *   math.js                formulas, with KaTeX, on the pages that have some
 * They share one global, window.PaperDigest. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  const INDEX_GLOBAL = "paperDigestSearchIndex";
  const POSTINGS_GLOBAL = "paperDigestSearchPostings";
  const TITLES_GLOBAL = "paperDigestSearchTitles";
  const RELOAD_MESSAGE = "Search needs part of the index that did not load or is out of date: reload the page"
    + " to search.";
  const PAPERS_GLOBAL = "paperDigestPapers";
  const SUGGESTION_COUNT = 8;
  const NO_FILTERS = { tags: [], hub: "", digest: "" };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const PaperDigest = window.PaperDigest || (window.PaperDigest = {});

  /* ------------------------------------------------------------------ helpers */

  function element(name, className, text) {
    const el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  function link(href, content) {
    const a = element("a");
    a.href = href;
    a.append(content);
    return a;
  }

  /* The text with the words the query matched in <mark>. */
  function highlighted(text, matchedWords) {
    const fragment = document.createDocumentFragment();
    for (const piece of PaperDigest.search.highlights(text, matchedWords)) {
      fragment.append(piece.marked ? element("mark", null, piece.text) : piece.text);
    }
    return fragment;
  }

  /* A paper's links out in a list, as a paper item shows them: its arXiv page, PDF and code, where it has them. Each
     names the paper to a screen reader, which may read a list's links out of their context ("Code for …"); what shows
     is the same. */
  function paperLinks(paper, title) {
    const links = [];
    const add = (href, text) => {
      const a = link(href, text);
      a.rel = "noopener";
      a.append(element("span", "visually-hidden", " for " + title));
      links.push(a);
    };
    if (paper.arxiv) {
      add("https://arxiv.org/abs/" + paper.arxiv, "arXiv:" + paper.arxiv);
    }
    if (paper.pdf) {
      add(paper.pdf, "PDF");
    }
    if (paper.code) {
      add(paper.code, "Code");
    }
    // a journal's paper known by its DOI alone had nothing to follow: the address its page links
    if (paper.doi) {
      add(PaperDigest.search.doiAddress(paper.doi), "DOI");
    }
    return links;
  }

  /* "19 Mar 2020"; a paper known only by its year and month, or its year, is "Jan 2024" or "2019", as its page says. */
  function humanDate(iso) {
    const [year, month, day] = iso.split("-");
    if (!month) {
      return year;
    }
    const monthYear = MONTHS[Number(month) - 1] + " " + year;
    return day ? Number(day) + " " + monthYear : monthYear;
  }

  const form = document.querySelector("form.site-search");
  const input = form && form.querySelector("input[name=q]");
  /* The way from this page back to the site root ("" or "../"). */
  const root = (form && form.getAttribute("data-root")) || "";
  let loading = null;

  /* The search engine over the site's index, which a <script> tag loads the first time it is asked for. A root of
     another version than the engine reads is a copy that a cache kept from another build (of the root or of the
     engine's script): it rejects as a posting file of another build does, saying to reload the page. */
  function loadIndex() {
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        if (window[INDEX_GLOBAL]) {
          resolve(window[INDEX_GLOBAL]);
          return;
        }
        const script = document.createElement("script");
        script.src = form.getAttribute("data-index");
        script.onload = () => resolve(window[INDEX_GLOBAL]);
        script.onerror = () => reject(new Error("the search index did not load"));
        document.head.append(script);
      }).then((data) => {
        if (data && data.version !== PaperDigest.search.INDEX_VERSION) {
          throw reloadNeeded();
        }
        return new PaperDigest.search.SearchEngine(data);
      });
    }
    return loading;
  }

  /* Why search cannot answer until the page is reloaded; the box and the search page show its message. */
  function reloadNeeded() {
    const error = new Error(RELOAD_MESSAGE);
    error.reload = true;
    return error;
  }

  const partLoads = new Map();

  /* Loads file k of a part of the index beside the root (search-postings/, search-titles/) once (a load in flight
     is shared) and gives its value to add. A file that fails, that runs without assigning the key the root names (a
     copy kept from another build, by a cache), or whose value add refuses, rejects: search without it would leave
     papers out, or show other papers' titles, without saying so. A failed file is tried again when next needed. */
  function loadPart(folder, global, key, k, add) {
    const id = folder + "/" + k;
    let loading = partLoads.get(id);
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = root + folder + "/" + k + ".js";
        script.onload = () => {
          const all = window[global];
          const name = key + "/" + k;
          try {
            if (!all || all[name] === undefined) {
              throw reloadNeeded();
            }
            add(all[name]);
          } catch (refused) {
            reject(reloadNeeded());
            return;
          }
          // the engine keeps the value now
          delete all[name];
          resolve();
        };
        script.onerror = () => reject(reloadNeeded());
        document.head.append(script);
      });
      loading.catch(() => partLoads.delete(id));
      partLoads.set(id, loading);
    }
    return loading;
  }

  function loadPostings(engine, k) {
    // the engine refuses a value that is not [postings, keys] of its index
    return loadPart("search-postings", POSTINGS_GLOBAL, engine.postingsKey, k, (value) => engine.addPostings(k, value));
  }

  /* The search engine, once the posting files a query needs are in: ready for engine.search(text). */
  function loadSearch(text) {
    return loadIndex().then((engine) => Promise.all(engine.postingFilesFor(text).map((k) => loadPostings(engine, k)))
      .then(() => engine));
  }

  /* The engine, once the title files that showing these papers needs are in: their titles and paths. */
  function loadTitles(engine, papers) {
    return Promise.all(engine.titleFilesFor(papers).map((k) => loadPart("search-titles", TITLES_GLOBAL,
      engine.titlesKey, k, (value) => engine.addTitles(k, value)))).then(() => engine);
  }

  /* A search's result, once the files it needs are in: the query's posting files, then the title files of the
     first count papers, which is what a page shows of it. */
  function loadResult(text, filters, count) {
    return loadSearch(text).then((engine) => {
      const result = engine.search(text, filters);
      return loadTitles(engine, result.papers.slice(0, count)).then(() => result);
    });
  }

  /* Starts loading the index before the reader has typed, so that the first keystroke finds it in. A failure is
     not for this moment: the reader has not asked for anything yet, and the load is tried when they type, which
     says why search does not work. */
  function loadIndexAhead() {
    loadIndex().catch(() => {});
  }

  /* How many files of paper-data/ there are, a power of two; 0 where the header does not say (a theme of its own). */
  const paperDataFiles = Number(form && form.getAttribute("data-paper-shards")) || 0;
  const dataFileLoads = new Map();

  /* Loads a file of paper-data/ once; resolves to whether it ran. One that failed to load (a network error, a
     file missing from a copy of the site) is tried again at the next call: its papers are not known to be gone. */
  function loadDataFile(file) {
    let loading = dataFileLoads.get(file);
    if (!loading) {
      loading = new Promise((resolve) => {
        const script = document.createElement("script");
        script.src = root + file;
        script.onload = () => resolve(true);
        script.onerror = () => {
          dataFileLoads.delete(file);
          resolve(false);
        };
        document.head.append(script);
      });
      dataFileLoads.set(file, loading);
    }
    return loading;
  }

  /* What the site knows of a paper, given its page's path from the root, as { paper, loaded }: paper is its details
     (abstract, BibTeX entry, links) from the file of paper-data/ that holds it, or null; loaded is false when that
     file did not load, and whether the site has the paper is then not known. A paper not in the site (any more) is
     { paper: null, loaded: true }. A paper's page that moved gives movedTo, the page's path now, and its paper. */
  function findPaper(path) {
    const known = window[PAPERS_GLOBAL] && window[PAPERS_GLOBAL][path];
    const loading = known || !paperDataFiles || !/^paper\/[a-z0-9-]+\.html$/.test(path) ? Promise.resolve(true)
      : loadDataFile(PaperDigest.search.paperDataFile(path, paperDataFiles));
    return loading.then((loaded) => {
      const found = (window[PAPERS_GLOBAL] && window[PAPERS_GLOBAL][path]) || null;
      // an address that moved (another title of the paper's) says where the paper is now
      return found && found.movedTo && found.movedTo !== path
        ? findPaper(found.movedTo).then((there) => Object.assign({ movedTo: found.movedTo }, there))
        : { paper: found, loaded };
    });
  }

  /* A paper's details, as findPaper finds them; null when the paper is not in the site or its file did not load. */
  function loadPaper(path) {
    return findPaper(path).then((found) => found.paper);
  }

  /* Moves focus between the input and a list of links with the arrow keys; Enter follows the link. */
  function arrowKeys(list, onEscape) {
    input.addEventListener("keydown", (event) => {
      const first = list.querySelector("a");
      if (event.key === "ArrowDown" && first && !list.hidden) {
        event.preventDefault();
        first.focus();
      }
    });
    list.addEventListener("keydown", (event) => {
      const links = Array.from(list.querySelectorAll("a.result-link"));
      const at = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at >= 0 && at + 1 < links.length) {
        event.preventDefault();
        links[at + 1].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        input.focus();
        if (onEscape) {
          onEscape();
        }
      }
    });
  }

  PaperDigest.page = { element, link, paperLinks, highlighted, humanDate, loadIndex, loadSearch, loadTitles, loadResult,
    loadPaper, findPaper, paperDataFiles, arrowKeys, form, input, root };

  /* ------------------------------------------------------------------ the Cite block: copying, citations as text */

  /* How long "Copied." shows beside the button pressed. */
  const COPIED_SHOWN_MS = 4000;

  /* What the Cite block says of a copy, once: beside the button pressed (hidden from screen readers, which would read
     each such line), and to a screen reader by the block's one live region, which says what was copied. Said until
     another button is pressed, and "Copied." for COPIED_SHOWN_MS, not for good: it stayed beside every button
     pressed. Returns say(beside, shown, spoken, lasting). */
  function copyAnnouncer(cite) {
    const live = element("span", "visually-hidden copy-announcement");
    live.setAttribute("role", "status");
    cite.append(live);
    let besideShown = null;
    let speaking = null;
    let clearing = null;

    function clear() {
      clearTimeout(speaking);
      clearTimeout(clearing);
      if (besideShown) {
        besideShown.textContent = "";
        besideShown = null;
      }
      live.textContent = "";
    }

    return (beside, shown, spoken, lasting) => {
      clear();
      beside.textContent = shown;
      besideShown = beside;
      // emptied first, and filled a moment later: a live region says a change, so the same words twice are said twice
      speaking = setTimeout(() => {
        live.textContent = spoken;
      }, 100);
      if (!lasting) {
        clearing = setTimeout(clear, COPIED_SHOWN_MS);
      }
    };
  }

  /* Copies a node's text when the button is pressed, and says whether it did (say, of copyAnnouncer, beside status,
     naming what as copied). */
  function copyOnPress(button, node, status, say, what) {
    /* Without the clipboard API (an http:// page elsewhere than on this computer), the old way: select, copy. */
    function copyBySelection() {
      const range = document.createRange();
      range.selectNodeContents(node);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (e) {
        copied = false;
      }
      return copied;
    }

    button.addEventListener("click", () => {
      // a selection to copy by hand stays said until another button is pressed: the reader has yet to act on it
      const done = (copied) => (copied ? say(status, "Copied.", what + " copied.", false)
        : say(status, "Selected: press Ctrl+C (\u2318C) to copy.", what + " selected: press Control C to copy.", true));
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(node.textContent).then(() => done(true), () => done(copyBySelection()));
      } else {
        done(copyBySelection());
      }
    });
  }

  /* Where a copy is said beside its button, for the eye: the live region says it to a screen reader. */
  function statusLine() {
    const status = element("span", "copy-status");
    status.setAttribute("aria-hidden", "true");
    return status;
  }

  function setUpCopy(bib, say) {
    const actions = bib.parentElement.querySelector(".cite-actions");
    const button = element("button", "button copy-bib", "Copy BibTeX");
    button.type = "button";
    const status = statusLine();
    actions.prepend(button);
    actions.append(status);
    copyOnPress(button, bib, status, say, "BibTeX");
  }

  /* The paper's citation in each style cite-text.js knows, made from the RIS record that the page's "Download .ris"
     link carries in its address: the page holds no more bytes for them (but the last author of a paper whose record
     names only the first hundred, in data-final-author). */
  function setUpCitationsAsText(cite, say) {
    const ris = cite.querySelector("a[download$='.ris']");
    if (!ris || !PaperDigest.citeText) {
      return;
    }
    const href = ris.getAttribute("href");
    let record;
    try {
      record = decodeURIComponent(href.slice(href.indexOf(",") + 1));
    } catch (e) {
      return;
    }
    const styles = element("dl", "cite-styles");
    for (const { style, text } of PaperDigest.citeText.citations(record, cite.dataset.finalAuthor)) {
      const line = element("span", "cite-line", text);
      const button = element("button", "link-button", "Copy");
      button.type = "button";
      button.setAttribute("aria-label", "Copy the citation in " + style + " style");
      const status = statusLine();
      const value = element("dd");
      value.append(line, " ", button, " ", status);
      styles.append(element("dt", "", style), value);
      copyOnPress(button, line, status, say, style + " citation");
    }
    cite.append(styles);
  }

  const bib = document.querySelector("pre.bibtex");
  if (bib) {
    const say = copyAnnouncer(bib.parentElement);
    setUpCopy(bib, say);
    setUpCitationsAsText(bib.parentElement, say);
  }

  if (!form) {
    return;
  }

  /* ------------------------------------------------------------------ the search box on every page */

  function setUpSuggestions() {
    const box = document.getElementById("search-suggestions");
    const status = element("p", "visually-hidden");
    status.setAttribute("role", "status");
    form.append(status);
    // a combobox whose suggestions show under it as it is typed in; set here, for without this script (and on the
    // search page, which shows results instead) nothing shows under it
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    // what opens is a box of links and a message, not a listbox of options, which a combobox means unless told
    input.setAttribute("aria-haspopup", "dialog");
    input.setAttribute("aria-controls", box.id);
    input.setAttribute("aria-expanded", "false");

    /* Which keystroke's suggestions the box waits for: an earlier one's, arriving late, would be wrong. */
    let latest = 0;

    function close() {
      latest++;
      box.hidden = true;
      box.textContent = "";
      status.textContent = "";
      input.setAttribute("aria-expanded", "false");
    }

    function open() {
      box.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function show(result, text) {
      box.textContent = "";
      if (result.empty) {
        // "a", "the": no word to search by, so no paper to suggest (a letter is one: titles have "R", "C")
        box.append(element("p", "suggestion-more", "Type another word: the commonest words (\u201cthe\u201d,"
          + " \u201cof\u201d, \u201ca\u201d) are not searched."));
        open();
        status.textContent = "No word to search by yet.";
        return;
      }
      // words of one character ("r d") are searched in titles and tags alone, as words of their own: finding none
      // there says nothing of the words being typed, so the box asks for more rather than say "no paper"
      if (result.papers.length === 0 && result.queryWords.length > 0 && result.queryWords.every((w) => w.length < 2)) {
        box.append(element("p", "suggestion-more", "Type more: a word of one character finds only the titles and"
          + " tags that have it as a word of its own, and none has \u201c" + result.queryWords.join(" ") + "\u201d."));
        open();
        status.textContent = "No title or tag has that word of one character.";
        return;
      }
      // a typo forgiven is said here too: "jose" suggested papers that have "pose", titles that do not show why
      const near = result.papers.length > 0 ? PaperDigest.search.typoNote(result.nearOnly, result.nearWords) : "";
      if (near) {
        box.append(element("p", "suggestion-more suggestion-near", near));
      }
      const list = element("ul", "suggestion-list");
      for (const paper of result.papers.slice(0, SUGGESTION_COUNT)) {
        const item = element("li");
        const a = link(root + paper.path, highlighted(paper.title, result.matchedWords));
        a.className = "result-link";
        item.append(a);
        list.append(item);
      }
      box.append(list);
      const all = link(form.getAttribute("action") + "?q=" + encodeURIComponent(text),
        result.papers.length === 0 ? "No paper matches; open the search page"
          : result.papers.length === 1 ? "The 1 result" : "All " + result.papers.length + " results");
      all.className = "result-link all-results";
      const more = element("p", "suggestion-more");
      more.append(all);
      box.append(more);
      open();
      status.textContent = result.papers.length === 0 ? "No paper matches."
        : Math.min(result.papers.length, SUGGESTION_COUNT) + " suggestions; the down arrow goes to them."
          + (near ? " " + near : "");
    }

    /* The query's one letter when it is a first letter typed ("d" of "diffusion"), most often a longer word's first:
       searched as a word of its own, it would load a posting file for the titles that have "d" alone, gone at the next
       keystroke, so it is searched when sent (Enter). A common word ("a") is said to be one, as any other is. */
    function firstLetterTyped(text, stopwords) {
      const typed = text.trim();
      const words = PaperDigest.search.words(typed, stopwords, 1);
      return typed.length === 1 && words.length === 1 ? words[0] : null;
    }

    function update() {
      const text = input.value;
      if (!text.trim()) {
        close();
        return;
      }
      const asked = ++latest;
      loadIndex().then((engine) => {
        const letter = firstLetterTyped(text, engine.stopwords);
        return letter ? { letter } : loadResult(text, NO_FILTERS, SUGGESTION_COUNT);
      }).then((result) => {
        if (asked !== latest) {
          return;
        }
        if (result.letter) {
          box.textContent = "";
          box.append(element("p", "suggestion-more", "Type more, or press Enter to search titles and tags for"
            + " \u201c" + result.letter + "\u201d as a word of its own."));
          open();
          status.textContent = "Type more to see suggestions.";
        } else {
          show(result, text);
        }
      }, (error) => {
        if (asked !== latest) {
          return;
        }
        box.textContent = "";
        box.append(element("p", "suggestion-more", error && error.reload ? error.message
          : "The search index could not be loaded."));
        open();
        status.textContent = box.textContent;
      });
    }

    input.addEventListener("focus", loadIndexAhead);
    input.addEventListener("input", update);
    arrowKeys(box, close);
    /* Escape closes the suggestions and keeps what was typed (Chromium's search box would clear it as well); with
       none open, it does what the browser does, which may clear the box. */
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !box.hidden) {
        event.preventDefault();
        close();
      }
    });
    form.addEventListener("focusout", (event) => {
      if (!form.contains(event.relatedTarget)) {
        close();
      }
    });
  }

  /* ------------------------------------------------------------------ "/" goes to the search box */

  /* Whether a key press is typing in a field, where "/" is a character like any other. */
  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }
    if (target.tagName === "INPUT") {
      return !/^(checkbox|radio|button|submit|reset|image|range|color|file)$/.test(target.type);
    }
    return target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  // the search page sets up its own use of the box (search-page.js)
  if (!document.getElementById("search-app")) {
    setUpSuggestions();
  }

  /* For tests and for the curious: the engine, on the page that has it. */
  window.paperDigestSearch = { load: loadIndex, loadFor: loadSearch,
    loadResult: (text, count) => loadResult(text, NO_FILTERS, count) };
})();
