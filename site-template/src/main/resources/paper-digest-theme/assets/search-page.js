/* Paper Digest: the search page. Its state (query and filters) lives in the page's URL; results and tag
 * filters are made here from the search index. Needs search-engine.js and site.js. */
(function () {
  "use strict";

  const app = document.getElementById("search-app");
  if (!app) {
    return;
  }
  const PAGE_SIZE = 20;
  const TAG_CHOICES = 12;
  /* Typing replaces the history entry at most this often: Safari allows 100 replaceState calls in 30 s. */
  const HISTORY_INTERVAL = 400;
  const { element, link, paperLinks, highlighted, humanDate, loadIndex, loadResult, loadPaper, arrowKeys, form, input,
    root } = window.PaperDigest.page;
  const search = window.PaperDigest.search;

  const results = document.getElementById("results");
  const status = document.getElementById("search-status");
  const moreResults = document.getElementById("more-results");
  const tagChoices = document.getElementById("tag-choices");
  const moreTags = document.getElementById("more-tags");
  const clear = document.getElementById("clear-filters");
  const hubSelect = document.getElementById("filter-hub");
  const digestSelect = document.getElementById("filter-digest");
  const baseTitle = document.title;
  let engine = null;
  /* Why the search index did not load, once it has failed: what the status says from then on. */
  let indexFailure = null;
  /* The filters of the address that this site has no tag, hub or digest for, said above the results until the
     reader changes the search. */
  let unknownFilters = "";
  let shown = PAGE_SIZE;
  let allTagsShown = false;
  let state = readState();
  let pendingReplace = null;
  let lastReplace = 0;
  /* Whether the history entry holds a search the reader settled on (submitted, filtered, opened from an address or
     gone back to): typing a new query then adds an entry, so that Back returns to that search, and typing on replaces
     the new entry. */
  let settled = isSearch(state);
  /* Which rendering the page waits for, while the posting files of its query load: an earlier one's, arriving
     late, would be wrong. */
  let latest = 0;

  app.hidden = false;
  // on a phone the filters would push the results out of sight: folded until asked for (the status line
  // above the results says which filters are in use)
  if (window.matchMedia("(max-width: 40rem)").matches) {
    document.getElementById("filters-panel").open = false;
  }
  input.value = state.q;
  showControls();

  function readState() {
    const params = new URLSearchParams(location.search);
    return {
      q: params.get("q") || "",
      // a tag twice in the address ("?tag=x&tag=x") is chosen once
      tags: Array.from(new Set(params.getAll("tag").filter(Boolean))),
      hub: params.get("hub") || "",
      digest: params.get("digest") || "",
      // "some": papers with any of the words, most words first (the 404 page's search for a missing address)
      match: params.get("match") === "some" ? "some" : ""
    };
  }

  function url(s) {
    const params = new URLSearchParams();
    if (s.q) {
      params.append("q", s.q);
    }
    s.tags.forEach((t) => params.append("tag", t));
    if (s.hub) {
      params.append("hub", s.hub);
    }
    if (s.digest) {
      params.append("digest", s.digest);
    }
    if (s.match) {
      params.append("match", s.match);
    }
    const query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function isSearch(s) {
    return s.q.trim() !== "" || s.tags.length > 0 || Boolean(s.hub) || Boolean(s.digest);
  }

  /* Typing replaces the history entry, at most every HISTORY_INTERVAL ms and once more when typing pauses, but for its
     first keystroke after a settled search, which adds one; choosing a filter or submitting adds one, for back and
     forward, unless the entry already holds that search: Enter after typing a query added its address a second time,
     and Back then seemed to do nothing. */
  function remember(addEntry) {
    clearTimeout(pendingReplace);
    pendingReplace = null;
    if (addEntry || settled) {
      const target = url(state);
      if (target !== location.pathname + location.search) {
        history.pushState(null, "", target);
        lastReplace = Date.now();
      }
      settled = addEntry;
      return;
    }
    const wait = lastReplace + HISTORY_INTERVAL - Date.now();
    if (wait <= 0) {
      lastReplace = Date.now();
      history.replaceState(null, "", url(state));
    } else {
      pendingReplace = setTimeout(() => remember(false), wait);
    }
  }

  /* Puts the query typed in the entry typing made, when typing's pause has yet to: Enter or a filter right after
     typing (within HISTORY_INTERVAL ms) found the entry with the query's first letters ("?q=v"), and added the search
     after it, so that Back showed the results for "v". */
  function catchUp() {
    if (pendingReplace !== null) {
      clearTimeout(pendingReplace);
      pendingReplace = null;
      lastReplace = Date.now();
      history.replaceState(null, "", url(state));
    }
  }

  /* Changes the state and shows its results; resolves once they are drawn. */
  function change(update, addEntry) {
    unknownFilters = "";
    if (addEntry) {
      catchUp();
    }
    update(state);
    shown = PAGE_SIZE;
    remember(addEntry);
    return render();
  }

  /* The reader's own query, typed: a search for every word, whatever the address it replaces asked. */
  function typedQuery(s) {
    s.q = input.value;
    s.match = "";
  }

  /* Leaves out the filters of the address that name no tag, hub or digest of this site (a link made before one was
     renamed or removed), rather than find nothing by them; says which, for the status line. */
  function leaveOutUnknownFilters() {
    const known = (list, id) => list.some((f) => f.id === id);
    const unknown = state.tags.filter((id) => !known(engine.tags, id)).map((id) => "the tag \u201c" + id + "\u201d");
    state.tags = state.tags.filter((id) => known(engine.tags, id));
    if (state.hub && !known(engine.hubs, state.hub)) {
      unknown.push("the hub \u201c" + state.hub + "\u201d");
      state.hub = "";
    }
    if (state.digest && !known(engine.digests, state.digest)) {
      unknown.push("the digest \u201c" + state.digest + "\u201d");
      state.digest = "";
    }
    if (unknown.length === 0) {
      return "";
    }
    history.replaceState(null, "", url(state));
    showControls();
    const named = unknown.length === 1 ? unknown[0]
      : unknown.slice(0, -1).join(", ") + " and " + unknown[unknown.length - 1];
    return "The link names " + named + ", which this site does not have (renamed or removed since): results without "
      + (unknown.length === 1 ? "it" : "them") + ". ";
  }

  function showControls() {
    if (hubSelect) {
      hubSelect.value = state.hub;
    }
    if (digestSelect) {
      digestSelect.value = state.digest;
    }
  }

  /* Shows the results of the state, right away when the files they need are in (the posting files of its query,
     the title files of the results shown); else once they are, the last results staying meanwhile (marked busy),
     or a message to reload the page if they fail. Before the index is in, that it loads, or why it did not.
     Resolves once the results are drawn. */
  function render() {
    if (!engine) {
      status.textContent = indexFailure || "Loading the search index\u2026";
      return Promise.resolve();
    }
    const asked = ++latest;
    const ready = engine.postingFilesFor(state.q).length === 0 ? engine.search(state.q, state) : null;
    if (ready && engine.titleFilesFor(ready.papers.slice(0, shown)).length === 0) {
      draw(ready);
      return Promise.resolve();
    }
    results.setAttribute("aria-busy", "true");
    return loadResult(state.q, state, shown).then((result) => {
      if (asked === latest) {
        draw(result);
      }
    }, (error) => {
      if (asked === latest) {
        failed(error);
      }
    });
  }

  function failed(error) {
    results.removeAttribute("aria-busy");
    results.textContent = "";
    moreResults.hidden = true;
    status.textContent = error && error.reload ? error.message : "Search failed: reload the page to search.";
  }

  function draw(result) {
    results.removeAttribute("aria-busy");
    const filtering = state.tags.length > 0 || state.hub || state.digest;
    clear.hidden = !filtering;
    // with nothing to search by and no filter, no paper is a result, but every tag is a choice
    renderTagChoices(result.empty && !filtering ? { papers: engine.papers } : result);
    results.textContent = "";
    moreResults.hidden = true;
    const query = state.q.trim();
    document.title = (query ? "\u201c" + query + "\u201d \u00b7 " : "") + baseTitle;
    if (result.empty && !filtering) {
      status.textContent = unknownFilters + (query ? "\u201c" + query + "\u201d has no word to search by: the commonest words"
        + " (\u201cthe\u201d, \u201cof\u201d, \u201ca\u201d) are left out. " : "")
        + "Type in the search box above to search " + engine.papers.length
        + " papers by title, author, tag, abstract, venue or arXiv id, or choose a filter.";
      return;
    }
    status.textContent = unknownFilters + describe(result);
    for (const paper of result.papers.slice(0, shown)) {
      results.append(resultItem(paper, result));
    }
    const remaining = result.papers.length - shown;
    moreResults.hidden = remaining <= 0;
    if (remaining > 0) {
      moreResults.textContent = showMore(remaining);
    }
  }

  /* What the button under the results shows next, of how many not shown yet: "Show 20 more of 57", and on the last
     page "Show the last 17", not 20 more than there are. */
  function showMore(remaining) {
    return remaining > PAGE_SIZE ? "Show " + PAGE_SIZE + " more of " + remaining
      : remaining === 1 ? "Show the last one" : "Show the last " + remaining;
  }

  function describe(result) {
    const count = result.papers.length;
    const what = count === 0 ? "No papers" : count === 1 ? "1 paper" : count + " papers";
    const parts = [];
    const verb = count === 1 ? "matches" : "match";
    if (result.identifier) {
      parts.push(verb + " " + result.identifier);
    } else if (result.citationKey) {
      // no paper has the key as a word: say what it was read as, or the results would seem to have it
      const key = result.citationKey;
      parts.push(verb + " the citation key \u201c" + key.key + "\u201d"
        + (key.words.length > 0 ? ", read as \u201c" + key.words.join(" ") + "\u201d" : "")
        + (key.year ? ", those dated " + (key.year - 1) + " to " + (key.year + 1) + " first" : ""));
    } else if (result.queryWords.length > 0 && state.match === "some") {
      parts.push(verb + " some of the words of \u201c" + state.q.trim() + "\u201d, those with the most first");
    } else if (result.queryWords.length > 0) {
      parts.push(verb + " \u201c" + state.q.trim() + "\u201d");
    }
    // a typo forgiven is said, or "Jose" finding "pose" reads as if papers had "Jose"
    const near = count > 0 && state.match !== "some" && result.nearOnly.length > 0
      ? " " + search.typoNote(result.nearOnly, result.nearWords) : "";
    if (state.tags.length > 0) {
      parts.push("tagged " + state.tags.map(tagLabel).join(" and "));
    }
    if (state.hub) {
      parts.push("in the hub " + labelOf(engine.hubs, state.hub));
    }
    if (state.digest) {
      parts.push("in the digest " + labelOf(engine.digests, state.digest));
    }
    // "llama 2": the "2", searched in titles and tags only, puts first and leaves none out, which "match" would not say
    const ranking = count > 0 && result.rankingOnly && result.rankingOnly.length > 0
      ? " " + result.rankingOnly.map((w) => "\u201c" + w + "\u201d").join(" and ") + ", of one character, "
        + (result.rankingOnly.length === 1 ? "is" : "are") + " searched in titles and tags only: the papers that have "
        + (result.rankingOnly.length === 1 ? "it" : "them") + " there come first, and none is left out." : "";
    // quotes read as a phrase elsewhere: here the words count, wherever they are
    const phrase = count > 0 && result.queryWords.length > 1 && search.quotesPhrase(state.q, engine.stopwords)
      ? " Quotes do not search for a phrase: these papers have each of the words, anywhere." : "";
    // the paper cited by the key typed is first, whatever the order said above
    const cited = result.citedAs && count > 1 ? " The first is the paper cited as \u201c" + result.citedAs + "\u201d." : "";
    return what + " " + parts.join(", ") + "." + cited + near + ranking + phrase
      + (count === 0 ? " " + advice(result) : "");
  }

  /* What to try when nothing matched, as the search was made: a word, several, an identifier, a key, filters. */
  function advice(result) {
    const filtering = state.tags.length > 0 || state.hub || state.digest;
    if (result.identifier) {
      return filtering ? "Try without the filters: this site may not list that paper." : "This site does not list that paper.";
    }
    if (result.citationKey) {
      return "This site may not list that paper" + (filtering ? ", or the filters leave it out" : "")
        + ": try words of its title.";
    }
    const several = result.queryWords.length > 1;
    return several && filtering ? "Try fewer words, or fewer filters." : several ? "Try fewer words."
      : filtering ? "Try fewer filters." : "Check the spelling, or try another word.";
  }

  function labelOf(list, id) {
    const found = list.find((f) => f.id === id);
    return found ? found.label : id;
  }

  function tagLabel(id) {
    return labelOf(engine.tags, id);
  }

  /* "A", "A and B", "A, B and C", "A, B et al." as the site's lists show authors, and any author the query
     matched besides: "A, B, M et al."; matched ones marked. */
  function authorsOf(paper, result) {
    const all = paper.authors;
    const names = all.length > 3 ? all.filter((a, i) => i < 2 || result.matchedAuthors.has(a)) : all;
    const span = element("span", "authors");
    names.forEach((a, i) => {
      if (i > 0) {
        span.append(i === names.length - 1 && names.length === all.length ? " and " : ", ");
      }
      const name = engine.authors[a].label;
      span.append(result.matchedAuthors.has(a) ? element("mark", null, name) : name);
    });
    if (names.length < all.length) {
      span.append(" et al.");
    }
    return span;
  }

  function resultItem(paper, result) {
    const item = element("li", "result");
    const title = element("h3", "result-title");
    const a = link(root + paper.path, highlighted(paper.title, result.matchedWords));
    a.className = "result-link";
    title.append(a);
    item.append(title);
    const meta = element("p", "result-meta");
    if (paper.authors.length > 0) {
      meta.append(authorsOf(paper, result));
    }
    if (paper.date) {
      const time = element("time", null, humanDate(paper.date));
      time.dateTime = paper.date;
      meta.append(time);
    }
    meta.append(...paperLinks(paper, paper.title));
    if (meta.childNodes.length > 0) {
      item.append(meta);
    }
    if (paper.tags.length > 0) {
      const tags = element("ul", "tag-list compact");
      tags.setAttribute("aria-label", "Tags");
      for (const t of paper.tags) {
        const li = element("li");
        const tag = link(root + engine.tags[t].path, result.matchedTags.has(t)
          ? element("mark", null, engine.tags[t].label) : engine.tags[t].label);
        tag.className = "tag";
        li.append(tag);
        tags.append(li);
      }
      item.append(tags);
    }
    const inAbstract = engine.abstractMatches(paper, result);
    if (inAbstract.length > 0) {
      const why = element("p", "result-why", "In the abstract: ");
      inAbstract.forEach((w, i) => {
        if (i > 0) {
          why.append(", ");
        }
        why.append(element("mark", null, w));
      });
      item.append(why);
      // the sentence that has the word, once the paper's script has loaded; the words meanwhile
      const matched = new Set(inAbstract);
      loadPaper(paper.path).then((details) => {
        const sentence = details && details.abstract && search.sentenceWith(details.abstract, matched);
        // a venue's words are searched with the abstract's: where the abstract lacks the word, the venue has it
        const venue = !sentence && details && details.venue && search.sentenceWith(details.venue, matched);
        if ((sentence || venue) && why.isConnected) {
          why.className = "result-why result-sentence";
          why.textContent = venue ? "Venue: " : "";
          why.append(highlighted(sentence || venue, matched));
        }
      });
    }
    // "To read" and "Read", where this browser keeps a reading list (reading-list.js)
    const marks = window.PaperDigest.readingMarks;
    if (marks) {
      item.append(marks(paper.path, paper.title));
    }
    return item;
  }

  /* The tags of the current results, most frequent first, chosen ones always shown. */
  function renderTagChoices(result) {
    const tally = new Int32Array(engine.tags.length);
    const seen = [];
    for (const p of result.papers) {
      for (const t of p.tags) {
        if (tally[t]++ === 0) {
          seen.push(t);
        }
      }
    }
    const chosen = state.tags.map((id) => engine.tags.findIndex((t) => t.id === id)).filter((t) => t >= 0);
    const others = seen.filter((t) => !chosen.includes(t))
      .sort((a, b) => tally[b] - tally[a] || engine.tags[a].label.localeCompare(engine.tags[b].label));
    const listed = chosen.concat(allTagsShown ? others : others.slice(0, TAG_CHOICES));
    moreTags.hidden = others.length <= TAG_CHOICES;
    moreTags.textContent = allTagsShown ? "Show fewer tags" : "Show all " + (chosen.length + others.length) + " tags";
    // which also bounds the tags in a box that scrolls (style.css): hundreds on a large site, the results below them
    moreTags.setAttribute("aria-expanded", String(allTagsShown));
    const focused = document.activeElement && document.activeElement.name === "tag" ? document.activeElement.value : null;
    tagChoices.textContent = "";
    for (const t of listed) {
      const tag = engine.tags[t];
      const li = element("li");
      const box = element("input");
      box.type = "checkbox";
      box.name = "tag";
      box.value = tag.id;
      box.id = "tag-choice-" + tag.id;
      box.checked = chosen.includes(t);
      const label = element("label", null, tag.label + " ");
      label.htmlFor = box.id;
      label.append(element("span", "count", String(tally[t] || 0)));
      li.append(box, label);
      tagChoices.append(li);
      if (tag.id === focused) {
        box.focus();
      }
    }
    if (listed.length === 0) {
      tagChoices.append(element("li", "muted", "No tags among these results."));
    }
  }

  input.addEventListener("input", () => change(typedQuery, false));
  /* Enter: the reader is done typing (results have shown all along). Focus goes to the status line above the
     results, which says how many matched: a screen reader reads it, the next Tab reaches the first result, and a
     phone's keyboard closes instead of covering the results. A box without a query keeps focus, to be typed in. */
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    change(typedQuery, true).then(() => {
      if (state.q.trim() && document.activeElement === input) {
        status.focus();
      }
    });
  });
  tagChoices.addEventListener("change", (event) => {
    const box = event.target;
    change((s) => {
      s.tags = box.checked ? s.tags.filter((t) => t !== box.value).concat([box.value])
        : s.tags.filter((t) => t !== box.value);
    }, true);
  });
  if (hubSelect) {
    hubSelect.addEventListener("change", () => change((s) => { s.hub = hubSelect.value; }, true));
  }
  if (digestSelect) {
    digestSelect.addEventListener("change", () => change((s) => { s.digest = digestSelect.value; }, true));
  }
  clear.addEventListener("click", () => {
    change((s) => {
      s.tags = [];
      s.hub = "";
      s.digest = "";
    }, true);
    input.focus();
  });
  /* A disclosure above the tags it shows: the focus stays on it, which says what it does now, and the first Tab
     from it reaches the tags; pressed again it folds them away, and the next Tab passes a dozen tags, not hundreds. */
  moreTags.addEventListener("click", () => {
    allTagsShown = !allTagsShown;
    render();
  });
  moreResults.addEventListener("click", () => {
    const next = shown;
    shown += PAGE_SIZE;
    // the next results' titles may have to load first
    render().then(() => {
      const first = results.querySelectorAll("a.result-link")[next];
      if (first) {
        first.focus();
      }
    });
  });
  window.addEventListener("popstate", () => {
    state = readState();
    settled = isSearch(state);
    unknownFilters = engine ? leaveOutUnknownFilters() : "";
    input.value = state.q;
    shown = PAGE_SIZE;
    showControls();
    render();
  });
  arrowKeys(results, null);

  render();
  loadIndex().then((loaded) => {
    engine = loaded;
    unknownFilters = leaveOutUnknownFilters();
    render();
    if (!state.q && !location.hash) {
      input.focus();
    }
  }, (error) => {
    // an index of another build says to reload the page; one that did not load at all, that search is not here
    indexFailure = error && error.reload ? error.message : "The search index could not be loaded, so search"
      + " does not work here. Browse the digests, hubs and tags instead.";
    render();
  });
})();
