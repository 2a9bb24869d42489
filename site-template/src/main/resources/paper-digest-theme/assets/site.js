/* Paper Digest: search, and small enhancements. Every page works without this script.
 *
 * The search index is a script (assets/search-index.js) that assigns window.paperDigestSearchIndex; it is
 * loaded with a <script> tag, which browsers allow on file:// pages where they refuse fetch and XHR. Its layout
 * is described in the plugin's SearchIndexScript; words are split as the plugin's SearchWords splits them,
 * and postings decoded as its PostingCodec encodes them. Change them together. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  var INDEX_GLOBAL = "paperDigestSearchIndex";
  var INDEX_VERSION = 1;
  var SUGGESTION_COUNT = 8;
  var PAGE_SIZE = 20;
  var TAG_CHOICES = 12;
  var MAX_COMPLETIONS = 100;

  /* Scores: a title match outranks a tag match, which outranks an abstract match, however matched. */
  var WEIGHT = { title: 9, tag: 3, abstract: 1 };
  var QUALITY = { exact: 1, prefix: 0.7, oneTypo: 0.4, twoTypos: 0.25 };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* ---------------------------------------------------------------- words, as SearchWords splits them */

  var MARKS = /\p{M}+/gu;
  var SEPARATORS = /[^\p{L}\p{N}]+/u;
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function plain(text) {
    return text.normalize("NFD").replace(MARKS, "").toLowerCase();
  }

  function words(text, stopwords) {
    return plain(text).split(SEPARATORS).filter(function (w) {
      return w.length >= 2 && !stopwords.has(w);
    });
  }

  /* ---------------------------------------------------------------- postings, as PostingCodec writes them */

  var FINAL_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  var MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = (function () {
    var table = new Int8Array(128).fill(-1);
    for (var i = 0; i < 32; i++) {
      table[FINAL_DIGITS.charCodeAt(i)] = i;
      table[MORE_DIGITS.charCodeAt(i)] = 32 + i;
    }
    return table;
  })();

  /* The occurrences of a word as numbers: paper * 2, plus 1 where the word is in the title. */
  function decodePostings(encoded) {
    var out = [];
    var paper = -1;
    var value = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = DIGIT[encoded.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        value = value * 32 + digit;
        paper += Math.floor(value / 2) + 1;
        out.push(paper * 2 + value % 2);
        value = 0;
      }
    }
    return out;
  }

  /* ---------------------------------------------------------------- matching words */

  /* The first position in a sorted list whose word is not less than the given one. */
  function lowerBound(list, word) {
    var lo = 0;
    var hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (list[mid] < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /* Rows of the edit distance table, allocated once: fuzzy matching compares a word with every word. */
  var ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  /* How many edits apart two words are, up to max (more is reported as max + 1): insertions, deletions,
     substitutions, and swaps of two neighbouring letters ("vidoe"), the commonest typo (optimal string
     alignment distance). */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max || b.length >= 63) {
      return max + 1;
    }
    var beforePrevious = ROWS[0];
    var previous = ROWS[1];
    var current = ROWS[2];
    for (var j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (var i = 1; i <= a.length; i++) {
      current[0] = i;
      var rowMin = i;
      var ai = a.charCodeAt(i - 1);
      for (j = 1; j <= b.length; j++) {
        var bj = b.charCodeAt(j - 1);
        var d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        current[j] = d;
        if (d < rowMin) {
          rowMin = d;
        }
      }
      if (rowMin > max) {
        return max + 1;
      }
      var recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length], max + 1);
  }

  /* The words of a sorted list that a query word stands for, each with how well it matches: itself,
     words it begins (from two letters on; the MAX_COMPLETIONS commonest), and, only when there are none of those (a typo, then), words
     one edit away (from four letters on; two edits from eight). */
  function expand(list, query, commonness) {
    var found = new Map();
    var at = lowerBound(list, query);
    if (list[at] === query) {
      found.set(at, QUALITY.exact);
    }
    if (query.length >= 2) {
      var completions = [];
      for (var i = at; i < list.length && list[i].lastIndexOf(query, 0) === 0; i++) {
        if (!found.has(i)) {
          completions.push(i);
        }
      }
      // "co" begins thousands of words: a short prefix stands for its commonest completions
      if (completions.length > MAX_COMPLETIONS) {
        completions.sort(function (a, b) { return commonness(b) - commonness(a) || a - b; });
        completions.length = MAX_COMPLETIONS;
      }
      completions.forEach(function (w) { found.set(w, QUALITY.prefix); });
    }
    if (found.size === 0 && query.length >= 4) {
      var typos = query.length >= 8 ? 2 : 1;
      for (var k = 0; k < list.length; k++) {
        var distance = editDistance(query, list[k], typos);
        if (distance <= typos) {
          found.set(k, distance === 1 ? QUALITY.oneTypo : QUALITY.twoTypos);
        }
      }
    }
    return found;
  }

  /* ---------------------------------------------------------------- the search engine */

  function SearchEngine(data) {
    if (!data || data.version !== INDEX_VERSION) {
      throw new Error("this page's script cannot read a search index of version " + (data && data.version));
    }
    this.papers = data.papers.map(function (p, i) {
      return { index: i, title: p[0], path: p[1], date: p[2], tags: p[3], hubs: p[4], digests: p[5] };
    });
    this.tags = data.tags.map(facet);
    this.hubs = data.hubs.map(facet);
    this.digests = data.digests.map(facet);
    this.stopwords = new Set(data.stopwords.split(" "));
    this.words = data.words ? data.words.split(" ") : [];
    this.postings = data.postings ? data.postings.split(" ") : [];
    this.decoded = new Map();
    this.expansions = new Map();

    var self = this;
    this.papersByTag = this.tags.map(function () { return []; });
    this.papers.forEach(function (p) {
      p.tags.forEach(function (t) { self.papersByTag[t].push(p.index); });
    });
    // the words of tag labels and aliases, so that "benchmark" finds papers tagged "Benchmarks" and "t2v"
    // those tagged "Video generation"
    var tagsByWord = new Map();
    this.tags.forEach(function (tag, t) {
      words(tag.label + " " + tag.id + " " + tag.aliases, self.stopwords).forEach(function (w) {
        if (!tagsByWord.has(w)) {
          tagsByWord.set(w, new Set());
        }
        tagsByWord.get(w).add(t);
      });
    });
    this.tagWords = Array.from(tagsByWord.keys()).sort();
    this.tagsOfWord = this.tagWords.map(function (w) { return Array.from(tagsByWord.get(w)); });
  }

  function facet(f) {
    return { id: f[0], label: f[1], path: f[2], aliases: f[3] || "" };
  }

  SearchEngine.prototype.occurrences = function (word) {
    var list = this.decoded.get(word);
    if (!list) {
      list = decodePostings(this.postings[word]);
      this.decoded.set(word, list);
    }
    return list;
  };

  /* Expansions and scores are cached: typing a query repeats its first words at every keystroke. */
  SearchEngine.prototype.expanded = function (query) {
    var self = this;
    var cached = this.expansions.get(query);
    if (!cached) {
      cached = {
        words: expand(this.words, query, function (w) { return self.postings[w].length; }),
        tagWords: expand(this.tagWords, query, function (t) { return self.tagsOfWord[t].length; })
      };
      cached.scores = this.scores(cached);
      if (this.expansions.size > 200) {
        this.expansions.clear();
      }
      this.expansions.set(query, cached);
    }
    return cached;
  };

  /* The papers a query word matches, each with its best score: the best field times the best match. */
  SearchEngine.prototype.scores = function (expansion) {
    var self = this;
    var best = new Float64Array(this.papers.length);
    var touched = [];
    function raise(paper, value) {
      if (best[paper] === 0) {
        touched.push(paper);
      }
      if (value > best[paper]) {
        best[paper] = value;
      }
    }
    expansion.words.forEach(function (quality, word) {
      var list = self.occurrences(word);
      for (var i = 0; i < list.length; i++) {
        raise(list[i] >> 1, quality * (list[i] & 1 ? WEIGHT.title : WEIGHT.abstract));
      }
    });
    expansion.tagWords.forEach(function (quality, tagWord) {
      self.tagsOfWord[tagWord].forEach(function (t) {
        self.papersByTag[t].forEach(function (paper) { raise(paper, quality * WEIGHT.tag); });
      });
    });
    var papers = Int32Array.from(touched);
    var scores = new Float64Array(touched.length);
    for (var k = 0; k < touched.length; k++) {
      scores[k] = best[touched[k]];
    }
    return { papers: papers, scores: scores };
  };

  /* Papers that match every word of the query and every filter, best first; among equals, newest first.
     Each result says which words of the index and which tags it matched, for highlighting. */
  SearchEngine.prototype.search = function (text, filters) {
    var self = this;
    var queryWords = Array.from(new Set(words(text, this.stopwords)));
    var n = this.papers.length;
    var candidates;
    var score = new Float64Array(n);
    var matchedWords = new Set();
    var matchedTags = new Set();
    if (queryWords.length === 0) {
      candidates = this.papers.map(function (p) { return p.index; });
    } else {
      var matchedCount = new Uint8Array(n);
      queryWords.forEach(function (query, k) {
        var e = self.expanded(query);
        e.words.forEach(function (quality, word) { matchedWords.add(self.words[word]); });
        e.tagWords.forEach(function (quality, tagWord) {
          self.tagsOfWord[tagWord].forEach(function (t) { matchedTags.add(t); });
        });
        // a paper stays a candidate while it matches every word so far
        for (var i = 0; i < e.scores.papers.length; i++) {
          var paper = e.scores.papers[i];
          if (matchedCount[paper] === k) {
            matchedCount[paper] = k + 1;
            score[paper] += e.scores.scores[i];
          }
        }
      });
      candidates = [];
      for (var p = 0; p < n; p++) {
        if (matchedCount[p] === queryWords.length) {
          candidates.push(p);
        }
      }
    }
    var results = candidates.filter(function (p) { return self.passes(self.papers[p], filters); });
    results.sort(function (a, b) { return score[b] - score[a] || a - b; });
    return {
      queryWords: queryWords,
      papers: results.map(function (p) { return self.papers[p]; }),
      matchedWords: matchedWords,
      matchedTags: matchedTags
    };
  };

  SearchEngine.prototype.passes = function (paper, filters) {
    var self = this;
    return filters.tags.every(function (id) {
      return paper.tags.some(function (t) { return self.tags[t].id === id; });
    }) && (!filters.hub || paper.hubs.some(function (h) { return self.hubs[h].id === filters.hub; }))
      && (!filters.digest || paper.digests.some(function (d) { return self.digests[d].id === filters.digest; }));
  };

  /* The words of the query a paper has only in its abstract: what a result shows to say why it is there. */
  SearchEngine.prototype.abstractMatches = function (paper, result) {
    var self = this;
    var found = [];
    result.queryWords.forEach(function (query) {
      var e = self.expanded(query);
      var inTitleOrTags = false;
      var inAbstract = null;
      e.words.forEach(function (quality, word) {
        var list = self.occurrences(word);
        var at = lowerBound(list, paper.index * 2);
        if (list[at] === paper.index * 2 + 1) {
          inTitleOrTags = true;
        } else if (list[at] === paper.index * 2 && inAbstract === null) {
          inAbstract = self.words[word];
        }
      });
      e.tagWords.forEach(function (quality, tagWord) {
        self.tagsOfWord[tagWord].forEach(function (t) {
          if (paper.tags.indexOf(t) >= 0) {
            inTitleOrTags = true;
          }
        });
      });
      if (!inTitleOrTags && inAbstract !== null) {
        found.push(inAbstract);
      }
    });
    return found;
  };

  /* ---------------------------------------------------------------- loading the index */

  var form = document.querySelector("form.site-search");
  if (!form) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var root = form.getAttribute("data-root") || "";
  var loading = null;

  function loadIndex() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window[INDEX_GLOBAL]) {
          resolve(window[INDEX_GLOBAL]);
          return;
        }
        var script = document.createElement("script");
        script.src = form.getAttribute("data-index");
        script.onload = function () { resolve(window[INDEX_GLOBAL]); };
        script.onerror = function () { reject(new Error("the search index did not load")); };
        document.head.appendChild(script);
      }).then(function (data) { return new SearchEngine(data); });
    }
    return loading;
  }

  /* ---------------------------------------------------------------- showing results */

  function element(name, className, text) {
    var el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  /* The text with the words the query matched in <mark>. */
  function highlighted(text, matchedWords) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    text.replace(WORD, function (word, at) {
      if (matchedWords.has(plain(word))) {
        fragment.appendChild(document.createTextNode(text.slice(last, at)));
        fragment.appendChild(element("mark", null, word));
        last = at + word.length;
      }
      return word;
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function humanDate(iso) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function link(href, content) {
    var a = element("a");
    a.href = href;
    a.appendChild(typeof content === "string" ? document.createTextNode(content) : content);
    return a;
  }

  /* Moves focus between the input and a list of links with the arrow keys; Enter follows the link. */
  function arrowKeys(list, onEscape) {
    input.addEventListener("keydown", function (event) {
      var first = list.querySelector("a");
      if (event.key === "ArrowDown" && first && !list.hidden) {
        event.preventDefault();
        first.focus();
      }
    });
    list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a.result-link"));
      var at = links.indexOf(document.activeElement);
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

  /* ---------------------------------------------------------------- the search box on every page */

  function setUpSuggestions() {
    var box = document.getElementById("search-suggestions");
    var status = element("p", "visually-hidden");
    status.setAttribute("role", "status");
    form.appendChild(status);
    input.setAttribute("aria-controls", box.id);

    function close() {
      box.hidden = true;
      box.textContent = "";
      status.textContent = "";
    }

    function show(engine) {
      var text = input.value;
      if (!text.trim()) {
        close();
        return;
      }
      var result = engine.search(text, { tags: [], hub: "", digest: "" });
      box.textContent = "";
      var list = element("ul", "suggestion-list");
      result.papers.slice(0, SUGGESTION_COUNT).forEach(function (paper) {
        var item = element("li");
        var a = link(root + paper.path, highlighted(paper.title, result.matchedWords));
        a.className = "result-link";
        item.appendChild(a);
        list.appendChild(item);
      });
      box.appendChild(list);
      var all = link(form.getAttribute("action") + "?q=" + encodeURIComponent(text),
        result.papers.length === 0 ? "No paper matches; open the search page"
          : "All " + result.papers.length + " results");
      all.className = "result-link all-results";
      var more = element("p", "suggestion-more");
      more.appendChild(all);
      box.appendChild(more);
      box.hidden = false;
      status.textContent = result.papers.length === 0 ? "No paper matches."
        : Math.min(result.papers.length, SUGGESTION_COUNT) + " suggestions; the down arrow goes to them.";
    }

    function update() {
      loadIndex().then(show, function () {
        box.textContent = "";
        box.appendChild(element("p", "suggestion-more", "The search index could not be loaded."));
        box.hidden = false;
      });
    }

    input.addEventListener("focus", loadIndex);
    input.addEventListener("input", update);
    arrowKeys(box, close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        close();
      }
    });
    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) {
        close();
      }
    });
  }

  /* ---------------------------------------------------------------- the search page */

  function setUpSearchPage(app) {
    var results = document.getElementById("results");
    var status = document.getElementById("search-status");
    var moreResults = document.getElementById("more-results");
    var tagChoices = document.getElementById("tag-choices");
    var moreTags = document.getElementById("more-tags");
    var clear = document.getElementById("clear-filters");
    var hubSelect = document.getElementById("filter-hub");
    var digestSelect = document.getElementById("filter-digest");
    var baseTitle = document.title;
    var engine = null;
    var shown = PAGE_SIZE;
    var allTagsShown = false;
    var state = readState();

    app.hidden = false;
    // on a phone the filters would push the results out of sight: folded until asked for (the status
    // line above the results says which filters are in use)
    if (window.matchMedia("(max-width: 40rem)").matches) {
      document.getElementById("filters-panel").open = false;
    }
    input.value = state.q;
    showControls();

    function readState() {
      var params = new URLSearchParams(location.search);
      return {
        q: params.get("q") || "",
        tags: params.getAll("tag").filter(Boolean),
        hub: params.get("hub") || "",
        digest: params.get("digest") || ""
      };
    }

    function url(s) {
      var params = new URLSearchParams();
      if (s.q) {
        params.append("q", s.q);
      }
      s.tags.forEach(function (t) { params.append("tag", t); });
      if (s.hub) {
        params.append("hub", s.hub);
      }
      if (s.digest) {
        params.append("digest", s.digest);
      }
      var query = params.toString();
      return location.pathname + (query ? "?" + query : "");
    }

    /* Typing replaces the history entry; choosing a filter or submitting adds one, for back and forward. */
    function change(update, addEntry) {
      update(state);
      shown = PAGE_SIZE;
      history[addEntry ? "pushState" : "replaceState"](null, "", url(state));
      render();
    }

    function showControls() {
      if (hubSelect) {
        hubSelect.value = state.hub;
      }
      if (digestSelect) {
        digestSelect.value = state.digest;
      }
    }

    function render() {
      if (!engine) {
        status.textContent = "Loading the search index\u2026";
        return;
      }
      var filtering = state.tags.length > 0 || state.hub || state.digest;
      clear.hidden = !filtering;
      var result = engine.search(state.q, state);
      renderTagChoices(result);
      results.textContent = "";
      moreResults.hidden = true;
      document.title = (state.q ? "\u201c" + state.q + "\u201d \u00b7 " : "") + baseTitle;
      if (result.queryWords.length === 0 && !filtering) {
        status.textContent = "Type in the search box above to search " + engine.papers.length
          + " papers by title, tag or abstract, or choose a filter.";
        return;
      }
      status.textContent = describe(result);
      result.papers.slice(0, shown).forEach(function (paper) {
        results.appendChild(resultItem(paper, result));
      });
      moreResults.hidden = result.papers.length <= shown;
    }

    function describe(result) {
      var count = result.papers.length;
      var what = count === 0 ? "No papers" : count === 1 ? "1 paper" : count + " papers";
      var parts = [];
      if (result.queryWords.length > 0) {
        parts.push("match \u201c" + state.q.trim() + "\u201d");
      }
      if (state.tags.length > 0) {
        parts.push("tagged " + state.tags.map(tagLabel).join(" and "));
      }
      if (state.hub) {
        parts.push("in the hub " + labelOf(engine.hubs, state.hub));
      }
      if (state.digest) {
        parts.push("in the digest " + labelOf(engine.digests, state.digest));
      }
      return what + " " + parts.join(", ") + "." + (count === 0 ? " Try fewer words, or fewer filters." : "");
    }

    function labelOf(list, id) {
      var found = list.find(function (f) { return f.id === id; });
      return found ? found.label : id;
    }

    function tagLabel(id) {
      return labelOf(engine.tags, id);
    }

    function resultItem(paper, result) {
      var item = element("li", "result");
      var title = element("h3", "result-title");
      var a = link(root + paper.path, highlighted(paper.title, result.matchedWords));
      a.className = "result-link";
      title.appendChild(a);
      item.appendChild(title);
      var meta = [];
      if (paper.date) {
        meta.push(humanDate(paper.date));
      }
      paper.digests.slice(0, 1).forEach(function (d) { meta.push(engine.digests[d].label); });
      if (meta.length > 0) {
        item.appendChild(element("p", "result-meta", meta.join(" \u00b7 ")));
      }
      if (paper.tags.length > 0) {
        var tags = element("ul", "tag-list compact");
        tags.setAttribute("aria-label", "Tags");
        paper.tags.forEach(function (t) {
          var li = element("li");
          var tag = link(root + engine.tags[t].path, result.matchedTags.has(t)
            ? element("mark", null, engine.tags[t].label) : engine.tags[t].label);
          tag.className = "tag";
          li.appendChild(tag);
          tags.appendChild(li);
        });
        item.appendChild(tags);
      }
      var inAbstract = engine.abstractMatches(paper, result);
      if (inAbstract.length > 0) {
        var why = element("p", "result-why", "In the abstract: ");
        inAbstract.forEach(function (w, i) {
          if (i > 0) {
            why.appendChild(document.createTextNode(", "));
          }
          why.appendChild(element("mark", null, w));
        });
        item.appendChild(why);
      }
      return item;
    }

    /* The tags of the current results, most frequent first, chosen ones always shown. */
    function renderTagChoices(result) {
      var tally = new Int32Array(engine.tags.length);
      var seen = [];
      result.papers.forEach(function (p) {
        p.tags.forEach(function (t) {
          if (tally[t]++ === 0) {
            seen.push(t);
          }
        });
      });
      var counts = { get: function (t) { return tally[t]; } };
      var chosen = state.tags.map(function (id) {
        return engine.tags.findIndex(function (t) { return t.id === id; });
      }).filter(function (t) { return t >= 0; });
      var others = seen.filter(function (t) { return chosen.indexOf(t) < 0; })
        .sort(function (a, b) {
          return counts.get(b) - counts.get(a) || engine.tags[a].label.localeCompare(engine.tags[b].label);
        });
      var listed = chosen.concat(allTagsShown ? others : others.slice(0, TAG_CHOICES));
      moreTags.hidden = allTagsShown || others.length <= TAG_CHOICES;
      moreTags.textContent = "Show all " + (chosen.length + others.length) + " tags";
      var focused = document.activeElement && document.activeElement.name === "tag" ? document.activeElement.value : null;
      tagChoices.textContent = "";
      listed.forEach(function (t) {
        var tag = engine.tags[t];
        var li = element("li");
        var box = element("input");
        box.type = "checkbox";
        box.name = "tag";
        box.value = tag.id;
        box.id = "tag-choice-" + tag.id;
        box.checked = chosen.indexOf(t) >= 0;
        var label = element("label", null, tag.label + " ");
        label.htmlFor = box.id;
        label.appendChild(element("span", "count", String(counts.get(t) || 0)));
        li.appendChild(box);
        li.appendChild(label);
        tagChoices.appendChild(li);
        if (tag.id === focused) {
          box.focus();
        }
      });
      if (listed.length === 0) {
        tagChoices.appendChild(element("li", "muted", "No tags among these results."));
      }
    }

    input.addEventListener("input", function () {
      change(function (s) { s.q = input.value; }, false);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      change(function (s) { s.q = input.value; }, true);
    });
    tagChoices.addEventListener("change", function (event) {
      var box = event.target;
      change(function (s) {
        s.tags = box.checked ? s.tags.concat([box.value]) : s.tags.filter(function (t) { return t !== box.value; });
      }, true);
    });
    if (hubSelect) {
      hubSelect.addEventListener("change", function () {
        change(function (s) { s.hub = hubSelect.value; }, true);
      });
    }
    if (digestSelect) {
      digestSelect.addEventListener("change", function () {
        change(function (s) { s.digest = digestSelect.value; }, true);
      });
    }
    clear.addEventListener("click", function () {
      change(function (s) {
        s.tags = [];
        s.hub = "";
        s.digest = "";
      }, true);
      input.focus();
    });
    moreTags.addEventListener("click", function () {
      allTagsShown = true;
      render();
    });
    moreResults.addEventListener("click", function () {
      var next = shown;
      shown += PAGE_SIZE;
      render();
      var first = results.querySelectorAll("a.result-link")[next];
      if (first) {
        first.focus();
      }
    });
    window.addEventListener("popstate", function () {
      state = readState();
      input.value = state.q;
      shown = PAGE_SIZE;
      showControls();
      render();
    });
    arrowKeys(results, null);

    render();
    loadIndex().then(function (loaded) {
      engine = loaded;
      render();
      if (!state.q && !location.hash) {
        input.focus();
      }
    }, function () {
      status.textContent = "The search index could not be loaded, so search does not work here. Browse the"
        + " digests, hubs and tags instead.";
    });
  }

  /* ---------------------------------------------------------------- "/" goes to the search box */

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

  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  var app = document.getElementById("search-app");
  if (app) {
    setUpSearchPage(app);
  } else {
    setUpSuggestions();
  }

  /* For tests and for the curious: the engine, on the page that has it. */
  window.paperDigestSearch = { load: loadIndex };
})();
