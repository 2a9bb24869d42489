/* Paper Digest: the search engine. It reads the search index and answers queries; it touches no page, so
 * that it runs, and is tested, without a browser (site-template/src/test/js/search-engine.test.js).
 *
 * The index comes in three parts, each a script: the root (assets/search-index.js, assigning
 * window.paperDigestSearchIndex), which has the papers' facets, dates and links, and the words; the posting files
 * (search-postings/<k>.js), which say which papers have which words and are loaded for the words a query needs
 * (site.js loads them; addPostings takes them), and which hold too the citation keys of the papers that sort among
 * their words, so that a key pasted from a LaTeX source finds its paper; and the title files (search-titles/<k>.js), which hold the papers'
 * titles and page paths, a run of papers to a file, loaded for the results a page shows (addTitles takes them).
 * Ranking reads no title: it is the same before and after a title file is in. The layout is described in the plugin's SearchIndexScript; words
 * are split as the plugin's SearchWords splits them, and numbers decoded as its PostingCodec encodes them. Change
 * them together. */
(function (global) {
  "use strict";

  const INDEX_VERSION = 4;
  const MAX_COMPLETIONS = 100;

  /* Scores: a title match outranks an author's name, which outranks a tag, which outranks the abstract. */
  const WEIGHT = { title: 9, author: 5, tag: 3, abstract: 1 };
  const QUALITY = { exact: 1, prefix: 0.7, oneTypo: 0.4, twoTypos: 0.25 };

  /* ------------------------------------------------------------------ words, as SearchWords splits them */

  const MARKS = /\p{M}+/gu;
  const SEPARATORS = /[^\p{L}\p{N}]+/u;
  /* A language named by a letter and "++" or "#" ("c++", "c#"), in plain() text, not the end of a longer word: a word
     of its own, as the plugin's SearchWords.LANGUAGE_NAME has it. */
  const LANGUAGE_NAME = /(?<![\p{L}\p{N}])[a-z](?:\+\+|#)/gu;
  /* A word of a text as a page shows it, for marking: a language's name first, then a run of letters and digits. */
  const WORD = /(?<![\p{L}\p{N}\p{M}])[A-Za-z](?:\+\+|#)|[\p{L}\p{N}\p{M}]+/gu;
  /* The shortest word search finds in an abstract and in the names of authors (a title's words and a tag's may be
     one character: the plugin's SearchWords.ofTitle). */
  const SHORTEST = 2;

  /* Letters that decomposition leaves as they are, and what a reader types for them: a Greek letter is the word
     of its name ("α-entmax" is "alpha entmax"), the others are spelled in Latin letters ("Straße" is "strasse").
     The plugin's TextFolding.SEARCH_FOLDS holds the same list, which its test compares with this one. */
  const FOLDS = "\u03b1 alpha \u03b2 beta \u03b3 gamma \u03b4 delta \u03b5 epsilon \u03b6 zeta \u03b7 eta"
    + " \u03b8 theta \u03b9 iota \u03ba kappa \u03bb lambda \u03bc mu \u03bd nu \u03be xi \u03bf omicron \u03c0 pi"
    + " \u03c1 rho \u03c2 sigma \u03c3 sigma \u03c4 tau \u03c5 upsilon \u03c6 phi \u03c7 chi \u03c8 psi \u03c9 omega"
    + " \u00df ss \u00e6 ae \u0153 oe \u00f8 o \u0142 l \u0111 d \u00f0 d \u00fe th \u0131 i";
  const FOLDED = (() => {
    const table = new Map();
    const parts = FOLDS.split(" ");
    for (let i = 0; i < parts.length; i += 2) {
      const greek = parts[i] >= "\u0370" && parts[i] <= "\u03ff";
      table.set(parts[i], greek ? " " + parts[i + 1] + " " : parts[i + 1]);
    }
    return table;
  })();
  /* A Greek letter is spelled out only standing alone ("α-entmax"); the letters of a Greek word stay as they are. */
  const TO_FOLD = new RegExp("(?<![\u0370-\u03ff])[" + Array.from(FOLDED.keys()).filter((c) => c >= "\u0370" && c <= "\u03ff").join("")
    + "](?![\u0370-\u03ff])|[" + Array.from(FOLDED.keys()).filter((c) => c < "\u0370" || c > "\u03ff").join("") + "]", "gu");

  /* A text as search compares it: decomposed for compatibility ("ﬁ" is "fi", "₂" is "2"), without marks
     (accents), in lower case, with the letters of FOLDS spelled out. */
  function plain(text) {
    return text.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(TO_FOLD, (c) => FOLDED.get(c));
  }

  /* Chinese characters and Japanese kana, written without spaces between words, with the kana's prolonged sound mark
     ("ー"), whose script is no kana's. */
  const CJK_CHARACTERS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc";
  const CJK = new RegExp("[" + CJK_CHARACTERS + "]", "u");
  /* A run of such characters, or a run of others. */
  const CJK_RUNS = new RegExp("[" + CJK_CHARACTERS + "]+|[^" + CJK_CHARACTERS + "]+", "gu");

  /* A word with Chinese or Japanese characters as the plugin's SearchWords splits it: the letters of other scripts
     around them a word of their own, a run of them the pairs of characters next to each other ("视频生成" is 视频, 频生,
     生成), so that a word inside the run is found. */
  function cjkPieces(word) {
    if (!CJK.test(word)) {
      return [word];
    }
    const pieces = [];
    for (const [run] of word.matchAll(CJK_RUNS)) {
      const chars = Array.from(run);
      if (!CJK.test(run) || chars.length === 1) {
        pieces.push(run);
      } else {
        for (let k = 0; k + 1 < chars.length; k++) {
          pieces.push(chars[k] + chars[k + 1]);
        }
      }
    }
    return pieces;
  }

  /* A text's words as plain() and SEPARATORS split it, a run of Chinese or Japanese as its pairs (cjkPieces): a text
     without such characters, nearly every one, is split as it is, with no array made for each of its words. */
  function splitWords(text) {
    const folded = plain(text);
    let parts;
    if (!folded.includes("+") && !folded.includes("#")) {
      parts = folded.split(SEPARATORS);
    } else {
      parts = [];
      let last = 0;
      for (const m of folded.matchAll(LANGUAGE_NAME)) {
        parts.push(...folded.slice(last, m.index).split(SEPARATORS), m[0]);
        last = m.index + m[0].length;
      }
      parts.push(...folded.slice(last).split(SEPARATORS));
    }
    return CJK.test(text) ? parts.flatMap(cjkPieces) : parts;
  }

  /* A letter or digit alone beside an apostrophe and a word ("don't", "bert's", "o'brien"): an elision, no word of one
     character, as the plugin's SearchWords.ELIDED has it. */
  const ELIDED = /(?<=[\p{L}\p{N}]['\u2019])[\p{L}\p{N}](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[\p{L}\p{N}](?=['\u2019][\p{L}\p{N}])/gu;

  /* A text's words that search finds: of two characters or more (SHORTEST) but with shortest 1, as in a title. */
  function words(text, stopwords, shortest = SHORTEST) {
    const unelided = shortest < SHORTEST && /['\u2019]/.test(text) ? text.replace(ELIDED, " ") : text;
    return splitWords(unelided).filter((w) => w.length >= shortest && !stopwords.has(w));
  }

  /* The words a query searches by, each once: those of one character too, which the titles have. */
  function queryWordsOf(text, stopwords) {
    return Array.from(new Set(words(text, stopwords, 1)));
  }

  /* Whether a word of a text, as the page shows it ("Straße", "α"), is one of the matched words of the index. */
  function isMatched(word, matched) {
    return splitWords(word).some((w) => matched.has(w));
  }

  /* Quotes, straight or typographic, around two words or more ("\"long video\""): a phrase as other search boxes take
     it. Search matches words, not phrases, and the page says so, or papers with the words apart would seem to have
     the phrase. */
  const QUOTED = /["\u201c\u201d\u201e\u00ab\u00bb]([^"\u201c\u201d\u201e\u00ab\u00bb]+)["\u201c\u201d\u201e\u00ab\u00bb]/gu;

  /* Whether a query quotes a phrase of two words or more that search compares. */
  function quotesPhrase(text, stopwords = new Set()) {
    return Array.from(text.matchAll(QUOTED)).some((m) => words(m[1], stopwords, 1).length >= 2);
  }

  /* The words a typo was read as that a note names; more are "…". */
  const NAMED_NEAR_WORDS = 4;

  /* What a search says of the query words it found only by forgiving a typo (a result's nearOnly), naming the words
     they were read as (its nearWords), or "" for none: "jose" finding "pose" would otherwise read as if papers had
     "jose". It names the words rather than point at marks, since the word is often in an abstract, a tag or an
     author's name, which a title does not show. */
  function typoNote(nearOnly, nearWords = []) {
    if (nearOnly.length === 0) {
      return "";
    }
    const quoted = (w) => "\u201c" + w + "\u201d";
    const named = nearWords.slice(0, NAMED_NEAR_WORDS).map(quoted).join(", ")
      + (nearWords.length > NAMED_NEAR_WORDS ? ", \u2026" : "");
    return "No paper has " + nearOnly.map(quoted).join(" or ") + " as typed: these have a word spelled nearly so"
      + (named ? " (" + named + ")" : "") + ".";
  }

  /* ------------------------------------------------------------------ identifiers typed as a query */

  const ARXIV_NEW = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
  const ARXIV_OLD = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;
  const DOI = /^10\.\d{4,9}\/\S+$/;

  /* A DOI's address as the plugin's Dois.url writes it on a paper's page: the characters an address reserves escaped,
     or a "#" or "?" of the DOI would end its path (Wiley's SICI DOIs end in "#"), the others as they are. */
  function doiAddress(doi) {
    return "https://doi.org/" + doi.replace(/[%#? "<>\\^`{|}[\]]/g,
      (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
  }

  /* The paper a query names by its arXiv id (2401.09414, 2401.09414v2, math/0601001, arXiv:…, an arxiv.org
     address, arXiv's DOI 10.48550/arXiv.…) or its DOI (10.1234/…, doi:…, a doi.org address): { arxiv } or
     { doi }, lower case, without a version; null for any other query. */
  function identifier(text) {
    let q = text.trim();
    if (/\s/.test(q) || q === "") {
      return null;
    }
    // an address as the browser's bar shows it, or as copied with its scheme
    q = q.replace(/^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, "arXiv:").replace(/\.pdf$/i, "")
      .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, "").replace(/^doi:\s*/i, "")
      .replace(/^10\.48550\/arxiv\./i, "arXiv:");
    const prefixed = /^arxiv:/i.test(q);
    const id = q.replace(/^arxiv:/i, "");
    const arxiv = ARXIV_NEW.exec(id) || ARXIV_OLD.exec(id);
    if (arxiv && (prefixed || ARXIV_NEW.test(id) || id.includes("/"))) {
      return { arxiv: arxiv[1].toLowerCase() };
    }
    if (!prefixed && DOI.test(q)) {
      try {
        return { doi: decodeURIComponent(q).toLowerCase() };
      } catch (e) {
        return { doi: q.toLowerCase() };
      }
    }
    return null;
  }

  /* ------------------------------------------------------------------ a citation key typed as a query */

  /* A family name, a year and perhaps a word, run together as citation keys are: the site's own keys
     ("zhuang2024vlogger"), Google Scholar's and Better BibTeX's ("vaswani2017attention"), and the shorter ones of
     many libraries ("Vaswani:2017", "he_2016_deep", "doe2024b", a letter told two keys apart). */
  const CITATION_KEY = /^(\p{L}{2,})[:_-]?((?:19|20)\d{2})(?:[:_-]?(\p{L}[\p{L}\p{N}]+))?[a-z]?$/u;

  /* A key of title words run together (see SearchEngine.spelledKey), and the year it may end with. */
  const SPELLED_KEY = /^([\p{L}\p{N}]+?)((?:19|20)\d{2})?$/u;
  /* Longer than any word a key runs together. */
  const LONGEST_SPELLED_WORD = 40;

  /* The fewest pieces that spell a run of letters and digits, each a word known() knows or a single letter (costing
     two, so that words are preferred to letters, and at most two of them: a run of letters is no reading): an array,
     or null. */
  function spell(run, known) {
    const cost = new Array(run.length + 1).fill(Infinity);
    const letters = new Array(run.length + 1).fill(0);
    const start = new Array(run.length + 1).fill(0);
    cost[0] = 0;
    for (let end = 1; end <= run.length; end++) {
      for (let from = Math.max(0, end - LONGEST_SPELLED_WORD); from < end; from++) {
        const piece = run.slice(from, end);
        const letter = piece.length === 1 && !known(piece) ? 1 : 0;
        const c = cost[from] + (letter ? 2 : known(piece) ? 1 : Infinity);
        if (c < cost[end] && letters[from] + letter <= 2) {
          cost[end] = c;
          letters[end] = letters[from] + letter;
          start[end] = from;
        }
      }
    }
    if (cost[run.length] === Infinity) {
      return null;
    }
    const pieces = [];
    for (let end = run.length; end > 0; end = start[end]) {
      pieces.unshift(run.slice(start[end], end));
    }
    return pieces;
  }

  /* The words and year of a query that is a citation key ({ key, words, year }), or null: a query of one token of
     that shape. Its words leave out the common ones the index leaves out ("an" of an2023video). */
  function citationKey(text, stopwords = new Set()) {
    const q = text.trim();
    const m = CITATION_KEY.exec(q);
    return m ? { key: q, words: [m[1], m[3]].filter(Boolean).map((w) => plain(w)).filter((w) => !stopwords.has(w)),
      year: Number(m[2]) } : null;
  }

  /* ------------------------------------------------------------------ postings, as PostingCodec writes them */

  const FINAL_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  const MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  const DIGIT = (() => {
    const table = new Int8Array(128).fill(-1);
    for (let i = 0; i < 32; i++) {
      table[FINAL_DIGITS.charCodeAt(i)] = i;
      table[MORE_DIGITS.charCodeAt(i)] = 32 + i;
    }
    return table;
  })();

  /* The occurrences of a word as numbers: paper * 2, plus 1 where the word is in the title. Each number written is
     the gap to the paper before, doubled, plus the title bit: turned into the paper where it is read. */
  function decodePostings(encoded) {
    const out = decodeNumbers(encoded);
    let paper = -1;
    for (let i = 0; i < out.length; i++) {
      paper += Math.floor(out[i] / 2) + 1;
      out[i] = paper * 2 + (out[i] % 2);
    }
    return out;
  }

  /* Numbers written one after another in the index's digits, each ended by a digit that says it is its last: read
     from a position of a text (a posting file's keys have numbers between their words). */
  class NumberReader {
    constructor(text, at = 0) {
      this.text = text;
      this.at = at;
    }

    /* The number at the position, which then moves past it; -1 where a character is no digit (the position is then
       at it) or the text ends in the middle of a number. */
    next() {
      const text = this.text;
      let value = 0;
      for (; this.at < text.length; this.at++) {
        const code = text.charCodeAt(this.at);
        const digit = code < 128 ? DIGIT[code] : -1;
        if (digit < 0) {
          return -1;
        }
        value = value * 32 + (digit >= 32 ? digit - 32 : digit);
        if (digit < 32) {
          this.at++;
          return value;
        }
      }
      return -1;
    }
  }

  /* Numbers written one after another in the same digits, without separators (the index's "counts"). A
     character that is no digit, or a number left unfinished, means the text is not what the plugin wrote. */
  function decodeNumbers(encoded) {
    const out = [];
    const reader = new NumberReader(encoded);
    while (reader.at < encoded.length) {
      const value = reader.next();
      if (value < 0) {
        throw new Error(reader.at < encoded.length
          ? "not a number's digit at " + reader.at + ": " + encoded.charAt(reader.at)
          : "the numbers end in the middle of one");
      }
      out.push(value);
    }
    return out;
  }

  /* The citation keys of a posting file, as SearchIndexScript.citationKeys writes them: for each key, in order, how
     many characters it shares with the key before it, the rest of it, a comma and its paper, the numbers in the
     postings' digits, which say where they end ("0dblp:conf/cvpr/hezrs16,3" then "0zhuang2024vlogger,0"):
     { keys, papers }; null for a text that is not such keys, in order. */
  function readKeys(text) {
    const keys = [];
    const papers = [];
    const numbers = new NumberReader(text);
    while (numbers.at < text.length) {
      const shared = numbers.next();
      const comma = text.indexOf(",", numbers.at);
      const previous = keys.length > 0 ? keys[keys.length - 1] : "";
      if (shared < 0 || shared > previous.length || comma <= numbers.at) {
        return null;
      }
      const rest = text.slice(numbers.at, comma);
      const key = previous.slice(0, shared) + rest;
      numbers.at = comma + 1;
      const paper = numbers.next();
      // a key has no space, as BibTeX cites none that has, and keys come in order
      if (paper < 0 || /\s/.test(rest) || key <= previous) {
        return null;
      }
      keys.push(key);
      papers.push(paper);
    }
    return { keys, papers };
  }

  /* ------------------------------------------------------------------ matching words */

  /* The first position in a sorted list whose word is not less than the given one. */
  function lowerBound(list, word) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid] < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /* Whether a list sorted as lowerBound takes it holds this word. */
  function holds(list, word) {
    return list[lowerBound(list, word)] === word;
  }


  /* Rows of the edit distance table, allocated once: fuzzy matching compares a word with every word. */
  const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  /* How many edits apart two words are, up to max (more is reported as max + 1): insertions, deletions,
     substitutions, and swaps of two neighbouring letters ("vidoe"), the commonest typo (optimal string
     alignment distance). */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max || b.length >= 63 || a.length >= 63) {
      return max + 1;
    }
    let [beforePrevious, previous, current] = ROWS;
    for (let j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
      current[0] = i;
      let rowMin = i;
      const ai = a.charCodeAt(i - 1);
      for (let j = 1; j <= b.length; j++) {
        const bj = b.charCodeAt(j - 1);
        let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
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
      [beforePrevious, previous, current] = [previous, current, beforePrevious];
    }
    return Math.min(previous[b.length], max + 1);
  }

  /* The words of a sorted list that a query word stands for, each with how well it matches: itself, words it
     begins (from two letters on; the MAX_COMPLETIONS commonest), and, only when there are none of those (a
     typo, then), words one edit away (from four letters on; two edits from eight). */
  function expand(list, query, commonness) {
    const found = new Map();
    const at = lowerBound(list, query);
    if (list[at] === query) {
      found.set(at, QUALITY.exact);
    }
    if (query.length >= 2) {
      const completions = [];
      for (let i = at; i < list.length && list[i].startsWith(query); i++) {
        if (!found.has(i)) {
          completions.push(i);
        }
      }
      // "co" begins thousands of words: a short prefix stands for its commonest completions
      if (completions.length > MAX_COMPLETIONS) {
        completions.sort((a, b) => commonness(b) - commonness(a) || a - b);
        completions.length = MAX_COMPLETIONS;
      }
      completions.forEach((w) => found.set(w, QUALITY.prefix));
    }
    if (found.size === 0 && query.length >= 4) {
      const typos = query.length >= 8 ? 2 : 1;
      for (let k = 0; k < list.length; k++) {
        const distance = editDistance(query, list[k], typos);
        if (distance <= typos) {
          found.set(k, distance === 1 ? QUALITY.oneTypo : QUALITY.twoTypos);
        }
      }
    }
    return found;
  }

  /* Words of names (tags, authors) to the names that contain them, as a sorted list for expand(). A site of
     10,000 papers has some 30,000 authors: arrays, not a Set per word, since names come in order. */
  function nameWords(names, textOf, stopwords, shortest) {
    const byWord = new Map();
    for (let n = 0; n < names.length; n++) {
      for (const w of words(textOf(names[n]), stopwords, shortest)) {
        const owners = byWord.get(w);
        if (!owners) {
          byWord.set(w, [n]);
        } else if (owners[owners.length - 1] !== n) {
          owners.push(n);
        }
      }
    }
    const list = Array.from(byWord.keys()).sort();
    return { list, owners: list.map((w) => byWord.get(w)) };
  }

  /* ------------------------------------------------------------------ the search engine */

  function facet(f) {
    return { id: f[0], label: f[1], path: f[2], aliases: f[3] || "" };
  }

  /* The lines of one of the index's columns, one per paper; a column of the wrong length is not the plugin's. */
  function column(data, name) {
    const lines = data.count > 0 ? data[name].split("\n") : [];
    if (lines.length !== data.count) {
      throw new Error("the search index's " + name + " has " + lines.length + " lines for " + data.count + " papers");
    }
    return lines;
  }

  /* A paper's facets are four groups: tags, hubs, digests, authors. */
  const GROUPS = 4;

  /* The papers' facets, a line each ("3,5;;0": tags;hubs;digests;authors, trailing empty groups left out), read in
     one pass into one list of numbers and where each paper's groups end in it. A site of 100,000 papers would
     otherwise make 400,000 small arrays before its first search (most of the engine's start at that size). */
  function readFacets(text, count) {
    // each number takes a digit and a separator but the last: a list as long as half the text holds them all, with
    // no array to grow (at 100,000 papers, growing one and the garbage it left took as long as the reading)
    const values = new Int32Array((text.length >> 1) + 1);
    let found = 0;
    const ends = new Int32Array(count * GROUPS);
    let paper = 0;
    let group = 0;
    let number = -1;
    for (let k = 0; count > 0 && k <= text.length; k++) {
      const c = k < text.length ? text.charCodeAt(k) : 10;
      if (c >= 48 && c <= 57) {
        number = (number < 0 ? 0 : number * 10) + c - 48;
        continue;
      }
      if (number >= 0) {
        values[found++] = number;
        number = -1;
      }
      if (c === 44 /* , */) {
        continue;
      }
      if (c === 59 /* ; */ && group < GROUPS - 1) {
        ends[paper * GROUPS + group] = found;
        group++;
      } else if (c === 10 /* line end */ && paper < count) {
        for (; group < GROUPS; group++) {
          ends[paper * GROUPS + group] = found;
        }
        paper++;
        group = 0;
      } else {
        throw new Error("the search index's facets are not " + count + " lines of four groups of numbers");
      }
    }
    if (paper !== count) {
      throw new Error("the search index's facets are not " + count + " lines of four groups of numbers");
    }
    return { values: values.slice(0, found), ends };
  }

  /* A paper of the index. Its facets and links are read from the index when first asked for: a search reads those
     of its results, not of every paper. Its title and path are in a title file, which must have been added
     (titleFilesFor says which are missing). */
  class IndexedPaper {
    constructor(engine, facets, index, date, links) {
      this.engine = engine;
      this.facets = facets;
      this.index = index;
      this.date = date;
      this.links = links;
    }

    get title() {
      return this.engine.titleFile(this.index).titles[this.index % this.engine.papersPerTitleFile];
    }

    get path() {
      return this.engine.titleFile(this.index).paths[this.index % this.engine.papersPerTitleFile];
    }

    group(g) {
      const at = this.index * GROUPS + g;
      const ends = this.facets.ends;
      return Array.from(this.facets.values.subarray(at === 0 ? 0 : ends[at - 1], ends[at]));
    }

    get tags() {
      return this.cachedTags || (this.cachedTags = this.group(0));
    }

    get hubs() {
      return this.cachedHubs || (this.cachedHubs = this.group(1));
    }

    get digests() {
      return this.cachedDigests || (this.cachedDigests = this.group(2));
    }

    get authors() {
      return this.cachedAuthors || (this.cachedAuthors = this.group(3));
    }

    /* arXiv id, PDF, code, DOI; a paper's PDF is in the index only where it is not arXiv's, which follows from the
       arXiv id. */
    linkFields() {
      if (!this.cachedLinks) {
        const [arxiv = "", pdf = "", code = "", doi = ""] = this.links.split("\t");
        this.cachedLinks = [arxiv, pdf || (arxiv ? "https://arxiv.org/pdf/" + arxiv : ""), code, doi];
      }
      return this.cachedLinks;
    }

    get arxiv() {
      return this.linkFields()[0];
    }

    get pdf() {
      return this.linkFields()[1];
    }

    get code() {
      return this.linkFields()[2];
    }

    get doi() {
      return this.linkFields()[3];
    }

    toJSON() {
      return { index: this.index, title: this.title, path: this.path, date: this.date, tags: this.tags, hubs: this.hubs,
        digests: this.digests, authors: this.authors, arxiv: this.arxiv, pdf: this.pdf, code: this.code, doi: this.doi };
    }
  }

  class SearchEngine {
    constructor(data) {
      if (!data || data.version !== INDEX_VERSION) {
        throw new Error("this page's script cannot read a search index of version " + (data && data.version));
      }
      const dates = column(data, "dates");
      const links = column(data, "links");
      const facets = readFacets(data.facets, data.count);
      this.papers = dates.map((date, i) => new IndexedPaper(this, facets, i, date, links[i]));
      this.tags = data.tags.map(facet);
      this.hubs = data.hubs.map(facet);
      this.digests = data.digests.map(facet);
      this.authors = (data.authors || []).map((a) => ({ label: a[0], path: a[1] || "" }));
      this.stopwords = new Set(data.stopwords.split(" "));
      this.words = data.words ? data.words.split(" ") : [];
      this.counts = Int32Array.from(decodeNumbers(data.counts));
      if (this.counts.length !== this.words.length) {
        throw new Error("the search index has " + this.counts.length + " counts for " + this.words.length + " words");
      }
      // which build's posting files these are: a file of another build (a stale copy) is refused by site.js
      this.postingsKey = data.postingsKey;
      this.postingStarts = data.postingStarts;
      this.postingFiles = data.postingStarts.map(() => null);
      // each posting file's citation keys, in lower case and in order, and their papers
      this.keyFiles = data.postingStarts.map(() => null);
      this.decoded = new Map();
      this.expansions = new Map();
      // which build's title files these are, as for the posting files
      this.titlesKey = data.titlesKey;
      this.papersPerTitleFile = data.papersPerTitleFile;
      if (!(this.papersPerTitleFile >= 1)) {
        throw new Error("the search index does not say how many papers a title file holds");
      }
      this.titleFiles = new Array(Math.max(1, Math.ceil(data.count / this.papersPerTitleFile))).fill(null);

      this.papersByTag = this.tags.map(() => []);
      this.papersByAuthor = this.authors.map(() => []);
      for (let p = 0, at = 0; p < this.papers.length; p++, at += GROUPS) {
        for (let k = at === 0 ? 0 : facets.ends[at - 1]; k < facets.ends[at]; k++) {
          this.papersByTag[facets.values[k]].push(p);
        }
        for (let k = facets.ends[at + 2]; k < facets.ends[at + 3]; k++) {
          this.papersByAuthor[facets.values[k]].push(p);
        }
      }
      // the words of tag labels and aliases, so that "benchmark" finds papers tagged "Benchmarks" and "t2v"
      // those tagged "Video generation"; and the words of authors' names
      // a tag's words of one letter ("R") count, as a title's do; an author's initials do not
      const tagWords = nameWords(this.tags, (t) => t.label + " " + t.id + " " + t.aliases, this.stopwords, 1);
      this.tagWords = tagWords.list;
      this.tagsOfWord = tagWords.owners;
      const authorWords = nameWords(this.authors, (a) => a.label, this.stopwords, SHORTEST);
      this.authorWords = authorWords.list;
      this.authorsOfWord = authorWords.owners;
    }

    /* The posting file that holds a word's postings: the last whose first word is not after it (a file may hold
       no word, and then starts where the next does). */
    fileOf(word) {
      const starts = this.postingStarts;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= word) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    /* Takes the value a posting file assigns: [postings, keys], the postings of its words and the citation keys that
       sort among them (see readKeys). One that does not hold as many postings as the file has words, or whose keys
       are not keys of this index's papers in order, is not this index's: refused rather than read out of step. */
    addPostings(k, value) {
      if (!(k >= 0 && k < this.postingStarts.length)) {
        throw new Error("the search index has no posting file " + k);
      }
      if (!Array.isArray(value) || typeof value[0] !== "string" || typeof value[1] !== "string") {
        throw new Error("posting file " + k + " holds no postings and keys");
      }
      const [text, keyText] = value;
      const first = this.postingStarts[k];
      const end = k + 1 < this.postingStarts.length ? this.postingStarts[k + 1] : this.words.length;
      const postings = text === "" ? [] : text.split(" ");
      if (postings.length !== end - first) {
        throw new Error("posting file " + k + " has " + postings.length + " postings for " + (end - first) + " words");
      }
      const keys = readKeys(keyText);
      if (!keys || !keys.papers.every((p) => p < this.papers.length)) {
        throw new Error("posting file " + k + " holds keys that are not of this index's papers");
      }
      this.postingFiles[k] = postings;
      this.keyFiles[k] = keys;
    }

    /* The citation key a query may be, as keys are compared (case aside), or null: one token of two characters or
       more, a letter or digit among them, not a word the index leaves out, no arXiv id or DOI. */
    keyOf(text) {
      const q = text.trim().toLowerCase();
      return q.length < 2 || /\s/.test(q) || !/[a-z0-9]/.test(q) || this.stopwords.has(q) || identifier(q) ? null : q;
    }

    /* The posting file that holds a key: that of the first word not before it (or of the last word), which a query
       of that one word needs anyway. As the plugin's SearchIndexScript.fileOfKey; change them together. */
    keyFileOf(key) {
      return this.fileOf(Math.max(0, Math.min(lowerBound(this.words, key), this.words.length - 1)));
    }

    /* The paper whose citation key the query is, exactly (case aside), or null. Throws when the posting file that
       would hold the key was not added. */
    citedAs(text) {
      const key = this.keyOf(text);
      if (key === null) {
        return null;
      }
      const k = this.keyFileOf(key);
      const file = this.keyFiles[k];
      if (!file) {
        throw new Error("the citation keys near \u201c" + key + "\u201d, in posting file " + k + ", were not added");
      }
      const at = lowerBound(file.keys, key);
      return file.keys[at] === key ? this.papers[file.papers[at]] : null;
    }

    /* The title file that holds a paper's title and path, given its position in the index. */
    titleFileOf(index) {
      return Math.floor(index / this.papersPerTitleFile);
    }

    /* The title files, not added yet, that showing these papers needs (their titles and paths), in order. */
    titleFilesFor(papers) {
      const missing = new Set();
      for (const paper of papers) {
        const k = this.titleFileOf(paper.index);
        if (!this.titleFiles[k]) {
          missing.add(k);
        }
      }
      return Array.from(missing).sort((a, b) => a - b);
    }

    /* Takes the value a title file assigns: [titles, paths], a line per paper of its run. One that has not as many
       lines as its run has papers is not this index's: refused. */
    addTitles(k, value) {
      if (!(k >= 0 && k < this.titleFiles.length)) {
        throw new Error("the search index has no title file " + k);
      }
      const first = k * this.papersPerTitleFile;
      const count = Math.max(0, Math.min(this.papers.length, first + this.papersPerTitleFile) - first);
      const lines = (text) => (count === 0 ? [] : String(text).split("\n"));
      const titles = Array.isArray(value) ? lines(value[0]) : [];
      const paths = Array.isArray(value) ? lines(value[1]) : [];
      if (!Array.isArray(value) || titles.length !== count || paths.length !== count) {
        throw new Error("title file " + k + " does not hold the titles and paths of " + count + " papers");
      }
      this.titleFiles[k] = { titles, paths };
    }

    titleFile(index) {
      const file = this.titleFiles[this.titleFileOf(index)];
      if (!file) {
        throw new Error("the title of paper " + index + ", in title file " + this.titleFileOf(index) + ", was not added");
      }
      return file;
    }

    /* The posting files, not added yet, that searching the query needs: those of every word its words stand for.
       None for an arXiv id or a DOI, which the papers' links answer, nor for a query without a word. */
    postingFilesFor(text) {
      if (identifier(text)) {
        return [];
      }
      const key = this.namedKey(text);
      const spelled = this.spelledKey(text);
      const missing = this.missingFiles(queryWordsOf(text, this.stopwords).concat(key ? key.words : [],
        spelled ? spelled.words : []));
      // the file of a key the query may be: usually one of its word's files already
      const cited = this.keyOf(text);
      const k = cited === null ? -1 : this.keyFileOf(cited);
      return k < 0 || this.postingFiles[k] || missing.includes(k) ? missing : missing.concat([k]).sort((a, b) => a - b);
    }

    /* A citation key of a name, a year and perhaps a word (citationKey), with name: the author's name words it
       stands for, as the author index has them; a name run together ("garciasilva" of García-Silva, "geminiteam"
       of Gemini Team) stands for the author words that spell it, and is read as them. Null for another query. */
    namedKey(text) {
      const key = citationKey(text, this.stopwords);
      if (!key) {
        return null;
      }
      const name = plain(CITATION_KEY.exec(text.trim())[1]);
      const isAuthorWord = (w) => holds(this.authorWords, w);
      const parts = isAuthorWord(name) ? null : spell(name, isAuthorWord);
      if (!parts || parts.length < 2 || parts.some((p) => p.length < 2)) {
        return Object.assign(key, { name: isAuthorWord(name) ? [name] : [] });
      }
      const rest = key.words[0] === name ? key.words.slice(1) : key.words;
      return Object.assign(key, { words: parts.filter((p) => !this.stopwords.has(p)).concat(rest), name: parts });
    }

    /* The authors whose names have every one of these words, or null for none. */
    authorsNamed(words) {
      let named = null;
      for (const w of words) {
        const at = lowerBound(this.authorWords, w);
        const owners = this.authorWords[at] === w ? this.authorsOfWord[at] : [];
        named = new Set(named ? owners.filter((a) => named.has(a)) : owners);
      }
      return named && named.size > 0 ? named : null;
    }

    /* Whether the index has this word, exactly (its words are in the plugin's order, that of UTF-16 units). */
    hasWord(word) {
      return holds(this.words, word);
    }

    /* A key of title words run together, as the site keys a paper whose digests name no authors
       ("panda70mcaptioning70m", "vloggermakeyour2024"): { key, words, year } with the words of the index that spell
       it, fewest first, and the year it ends with (null without one); or null: a query not of one token of letters
       and digits, eight or more, that no word of the index is or starts with, and that its words spell. Common words
       and single letters (the "your" of "Make Your Dream", the "x" of "X-Pool"), which the index leaves out, spell it
       too but are not searched by. */
    spelledKey(text) {
      const key = text.trim();
      const m = SPELLED_KEY.exec(key);
      const run = m ? plain(m[1]) : "";
      // a word of the index, or the start of one (a word being typed: "diffusio"), is searched as typed, and needs
      // no posting file of a spelling
      const next = this.words[lowerBound(this.words, run)];
      if (run.length < 8 || (next !== undefined && next.startsWith(run))) {
        return null;
      }
      // a title's words of one character are in the index too, but a key's single letters are spell()'s to limit
      const pieces = spell(run, (piece) => this.stopwords.has(piece) || (piece.length >= SHORTEST && this.hasWord(piece)));
      if (!pieces) {
        return null;
      }
      const words = Array.from(new Set(pieces.filter((w) => w.length >= 2 && !this.stopwords.has(w))));
      return pieces.length >= 2 && words.length > 0 ? { key, words, year: m[2] ? Number(m[2]) : null } : null;
    }

    missingFiles(queryWords) {
      const missing = new Set();
      for (const query of queryWords) {
        this.expanded(query).words.forEach((quality, word) => {
          const k = this.fileOf(word);
          if (!this.postingFiles[k]) {
            missing.add(k);
          }
        });
      }
      return Array.from(missing).sort((a, b) => a - b);
    }

    occurrences(word) {
      let list = this.decoded.get(word);
      if (!list) {
        const k = this.fileOf(word);
        const file = this.postingFiles[k];
        if (!file) {
          throw new Error("the postings of \u201c" + this.words[word] + "\u201d, in posting file " + k + ", were not added");
        }
        list = decodePostings(file[word - this.postingStarts[k]]);
        this.decoded.set(word, list);
      }
      return list;
    }

    /* Expansions and scores are cached: typing a query repeats its first words at every keystroke. Scores are
       made when first asked for, once the query's posting files are in. */
    expanded(query) {
      let cached = this.expansions.get(query);
      if (!cached) {
        cached = {
          words: expand(this.words, query, (w) => this.counts[w]),
          tagWords: expand(this.tagWords, query, (t) => this.tagsOfWord[t].length),
          authorWords: expand(this.authorWords, query, (a) => this.authorsOfWord[a].length),
          scores: null
        };
        if (this.expansions.size > 200) {
          this.expansions.clear();
        }
        this.expansions.set(query, cached);
      }
      return cached;
    }

    scored(query) {
      const e = this.expanded(query);
      if (!e.scores) {
        e.scores = this.scores(e);
      }
      return e.scores;
    }

    /* The papers a query word matches, each with its best score: the best field times the best match. */
    scores(expansion) {
      const best = new Float64Array(this.papers.length);
      const touched = [];
      const raise = (paper, value) => {
        if (best[paper] === 0) {
          touched.push(paper);
        }
        if (value > best[paper]) {
          best[paper] = value;
        }
      };
      expansion.words.forEach((quality, word) => {
        const list = this.occurrences(word);
        for (let i = 0; i < list.length; i++) {
          raise(list[i] >> 1, quality * (list[i] & 1 ? WEIGHT.title : WEIGHT.abstract));
        }
      });
      expansion.tagWords.forEach((quality, tagWord) => {
        for (const t of this.tagsOfWord[tagWord]) {
          this.papersByTag[t].forEach((paper) => raise(paper, quality * WEIGHT.tag));
        }
      });
      expansion.authorWords.forEach((quality, authorWord) => {
        for (const a of this.authorsOfWord[authorWord]) {
          this.papersByAuthor[a].forEach((paper) => raise(paper, quality * WEIGHT.author));
        }
      });
      const papers = Int32Array.from(touched);
      const scores = new Float64Array(touched.length);
      for (let k = 0; k < touched.length; k++) {
        scores[k] = best[touched[k]];
      }
      return { papers, scores };
    }

    /* Papers that match every word of the query and every filter, best first; among equals, newest first. With
       filters.match "some", papers that match any of its words, those that match the most first, then best first:
       a query made from a missing page's address (not-found.js) has words that no paper has all of.
       Each result says which words of the index, which tags and which authors it matched, for highlighting, and
       which words of the query it found only as typos (nearOnly: "jose" found as "pose"), which no paper has as
       typed or as the start of a word.
       A query that names a paper by its arXiv id or DOI finds that paper. A query that is a citation key
       ("zhuang2024vlogger") and finds nothing as typed is read as its words, papers dated near its year first
       (citationKey: what it was read as). A query without a word to search by
       ("", "the", "a") is none (empty: true): it finds the papers of the filters, and none without a filter.
       The paper whose own citation key the query is (a curator's, "DBLP:conf/cvpr/HeZRS16", "8368309", or the
       site's) comes first, whatever else it finds (citedAs: the key as typed); a key that is no word is not read
       as one, and papers found only by forgiving it a typo are not shown beside its paper.
       Throws when a posting file the query needs (postingFilesFor) was not added: an answer without it would
       leave papers out without saying so. */
    search(text, filters) {
      const id = identifier(text);
      if (id) {
        return this.byIdentifier(id, filters);
      }
      const typed = this.searchWords(text, filters);
      if (filters.match === "some") {
        return typed;
      }
      const cited = this.citedAs(text);
      const own = cited && this.passes(cited, filters) ? cited : null;
      const first = (result) => own ? Object.assign(result, { papers: [own].concat(result.papers.filter((p) => p !== own)),
        citedAs: text.trim() }) : result;
      if (typed.papers.length > 0 && (!own || typed.nearOnly.length === 0)) {
        return first(typed);
      }
      // a key of a name, a year and a word, else one of title words run together; else what was typed, found nothing
      const key = this.namedKey(text);
      const byKey = key ? this.byCitationKey(key, filters) : null;
      if (byKey && byKey.papers.length > 0) {
        return first(byKey);
      }
      const spelled = this.spelledKey(text);
      const bySpelling = spelled ? this.byCitationKey(spelled, filters) : null;
      if (bySpelling && bySpelling.papers.length > 0) {
        return first(bySpelling);
      }
      if (own) {
        // the key, and nothing read into it: its paper alone
        return first({ queryWords: [], empty: false, identifier: null, papers: [], matchedWords: new Set(),
          matchedTags: new Set(), matchedAuthors: new Set(), nearOnly: [], nearWords: [], rankingOnly: [],
          citationKey: { key: text.trim(), words: [], year: null }, citedAs: null });
      }
      return byKey || bySpelling || typed;
    }

    /* The papers of a citation key's words, those of an author of its name first (name: the name as search compares
       it, if the key has one), then those dated within a year of its year (or undated). The year only
       orders them: a key takes the year the paper is cited with, a venue's or a journal's, which may be years after
       the preprint's date that the index has. Each result says what the key was read as. */
    byCitationKey(key, filters) {
      const found = this.searchWords(key.words.join(" "), filters);
      const far = (paper) => key.year && paper.date && Math.abs(Number(paper.date.slice(0, 4)) - key.year) > 1 ? 1 : 0;
      // the papers of an author of that very name first: "fu" of fu2024video also begins "future" and "fusion"
      const named = this.authorsNamed(key.name || []);
      const other = (paper) => named && !paper.authors.some((a) => named.has(a)) ? 1 : 0;
      // sort keeps the order of equals: within each group, best first as searched
      found.papers.sort((a, b) => other(a) - other(b) || far(a) - far(b));
      return Object.assign(found, { citationKey: key });
    }

    searchWords(text, filters) {
      const queryWords = queryWordsOf(text, this.stopwords);
      const missing = this.missingFiles(queryWords);
      if (missing.length > 0) {
        throw new Error("searching \u201c" + text + "\u201d needs posting files not added: " + missing.join(", "));
      }
      const n = this.papers.length;
      const score = new Float64Array(n);
      const matchedWords = new Set();
      const matchedTags = new Set();
      const matchedAuthors = new Set();
      const nearOnly = [];
      const nearExpansions = [];
      let rankingOnly = [];
      let candidates;
      let matchedCount = null;
      if (queryWords.length === 0) {
        const filtering = filters.tags.length > 0 || filters.hub || filters.digest;
        candidates = filtering ? this.papers.map((p) => p.index) : [];
      } else {
        const some = filters.match === "some";
        matchedCount = new Uint16Array(n);
        // a word of one character ("r") is in titles and tags alone: it finds papers by itself, but beside longer words
        // it only raises those that have it, or "llama 2" would leave out papers that name Llama 2 in their abstract
        const long = queryWords.filter((w) => w.length >= SHORTEST);
        const required = long.length > 0 ? long : queryWords;
        const ranking = queryWords.filter((w) => !required.includes(w));
        // said only where it changes the order: a letter no title or tag has ("y" of "Y. Wang") is as if not typed
        rankingOnly = ranking.filter((w) => this.expanded(w).words.size > 0 || this.expanded(w).tagWords.size > 0);
        required.concat(ranking).forEach((query, k) => {
          const e = this.expanded(query);
          e.words.forEach((quality, word) => matchedWords.add(this.words[word]));
          e.tagWords.forEach((quality, tagWord) => this.tagsOfWord[tagWord].forEach((t) => matchedTags.add(t)));
          e.authorWords.forEach((quality, w) => this.authorsOfWord[w].forEach((a) => matchedAuthors.add(a)));
          if (this.foundOnlyAsTypo(query, e)) {
            nearOnly.push(query);
            nearExpansions.push(e);
          }
          const scores = this.scored(query);
          // a paper stays a candidate while it matches every word so far (or, matching some, any word); a word that
          // only ranks adds to the score of a candidate
          const ranks = k >= required.length;
          for (let i = 0; i < scores.papers.length; i++) {
            const paper = scores.papers[i];
            if (ranks) {
              if (some ? matchedCount[paper] > 0 : matchedCount[paper] === required.length) {
                score[paper] += scores.scores[i];
              }
            } else if (some || matchedCount[paper] === k) {
              matchedCount[paper]++;
              score[paper] += scores.scores[i];
            }
          }
        });
        candidates = [];
        const needed = some ? 1 : required.length;
        for (let p = 0; p < n; p++) {
          if (matchedCount[p] >= needed) {
            candidates.push(p);
          }
        }
      }
      const results = candidates.filter((p) => this.passes(this.papers[p], filters));
      // matching every word, every candidate matched as many: the order is by score alone
      results.sort((a, b) => (matchedCount ? matchedCount[b] - matchedCount[a] : 0) || score[b] - score[a] || a - b);
      return {
        queryWords,
        empty: queryWords.length === 0,
        identifier: null,
        papers: results.map((p) => this.papers[p]),
        matchedWords,
        matchedTags,
        matchedAuthors,
        nearOnly,
        nearWords: this.spellingsIn(nearExpansions, results),
        rankingOnly,
        citationKey: null,
        citedAs: null
      };
    }

    /* The words of the index, tags and authors' names that these expansions found and some of these papers (their
       positions) have, commonest first: what a typo was read as, in the papers shown. */
    spellingsIn(expansions, papers) {
      const shown = new Set(papers);
      const found = new Map();
      const add = (word, count, owners) => {
        if (owners.some((p) => shown.has(p))) {
          found.set(word, Math.max(found.get(word) || 0, count));
        }
      };
      for (const e of expansions) {
        e.words.forEach((quality, w) => add(this.words[w], this.counts[w], Array.from(this.occurrences(w), (o) => o >> 1)));
        e.tagWords.forEach((quality, t) => add(this.tagWords[t], this.tagsOfWord[t].length,
          this.tagsOfWord[t].flatMap((tag) => this.papersByTag[tag])));
        e.authorWords.forEach((quality, a) => add(this.authorWords[a], this.authorsOfWord[a].length,
          this.authorsOfWord[a].flatMap((author) => this.papersByAuthor[author])));
      }
      return Array.from(found.keys()).sort((a, b) => found.get(b) - found.get(a) || (a < b ? -1 : a > b ? 1 : 0));
    }

    /* Whether a query word found words only by forgiving a typo: none as typed, as a word's start, or as the
       singular or plural of a word of the index ("videos" finds "video" as a typo, but is no typo). */
    foundOnlyAsTypo(query, expansion) {
      const qualities = [...expansion.words.values(), ...expansion.tagWords.values(), ...expansion.authorWords.values()];
      if (qualities.length === 0 || qualities.some((quality) => quality >= QUALITY.prefix)) {
        return false;
      }
      const singular = (w) => w.replace(/e?s$/, "");
      return ![...expansion.words.keys()].some((word) => singular(this.words[word]) === singular(query));
    }

    /* The paper of an arXiv id (any version) or DOI, if the site has it and it passes the filters. */
    byIdentifier(id, filters) {
      const papers = this.papers.filter((p) => (id.arxiv ? p.arxiv.toLowerCase().replace(/v\d+$/, "") === id.arxiv
        : p.doi.toLowerCase() === id.doi) && this.passes(p, filters));
      return { queryWords: [], empty: false, identifier: id.arxiv ? "arXiv:" + id.arxiv : "doi:" + id.doi, papers,
        matchedWords: new Set(), matchedTags: new Set(), matchedAuthors: new Set(), nearOnly: [], nearWords: [],
        rankingOnly: [], citationKey: null, citedAs: null };
    }

    passes(paper, filters) {
      return filters.tags.every((id) => paper.tags.some((t) => this.tags[t].id === id))
        && (!filters.hub || paper.hubs.some((h) => this.hubs[h].id === filters.hub))
        && (!filters.digest || paper.digests.some((d) => this.digests[d].id === filters.digest));
    }

    /* The words of the query a paper has only in its abstract: what a result shows to say why it is there. */
    abstractMatches(paper, result) {
      const found = [];
      for (const query of result.queryWords) {
        const e = this.expanded(query);
        let elsewhere = false;
        let inAbstract = null;
        e.words.forEach((quality, word) => {
          const list = this.occurrences(word);
          const at = lowerBound(list, paper.index * 2);
          if (list[at] === paper.index * 2 + 1) {
            elsewhere = true;
          } else if (list[at] === paper.index * 2 && inAbstract === null) {
            inAbstract = this.words[word];
          }
        });
        e.tagWords.forEach((quality, tagWord) => {
          if (this.tagsOfWord[tagWord].some((t) => paper.tags.includes(t))) {
            elsewhere = true;
          }
        });
        e.authorWords.forEach((quality, w) => {
          if (this.authorsOfWord[w].some((a) => paper.authors.includes(a))) {
            elsewhere = true;
          }
        });
        if (!elsewhere && inAbstract !== null) {
          found.push(inAbstract);
        }
      }
      return found;
    }
  }

  /* ------------------------------------------------------------------ showing a result's text */

  /* The sentence of a text where one of the words first occurs, cut to about max characters around it; null
     when none occurs. Sentences end at . ! or ? followed by a space, and at the full stops of Chinese and Japanese,
     which no space follows. */
  function sentenceWith(text, matched, max = 220) {
    const sentences = text.split(/(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])\s*/u);
    for (const sentence of sentences) {
      for (const m of sentence.matchAll(WORD)) {
        if (isMatched(m[0], matched)) {
          return around(sentence, m.index, max);
        }
      }
    }
    return null;
  }

  function around(sentence, at, max) {
    if (sentence.length <= max) {
      return sentence;
    }
    let start = Math.max(0, at - Math.floor(max / 3));
    let end = Math.min(sentence.length, start + max);
    start = Math.max(0, end - max);
    let part = sentence.slice(start, end);
    if (start > 0) {
      part = "\u2026" + part.replace(/^\S*\s/u, "");
    }
    if (end < sentence.length) {
      part = part.replace(/\s\S*$/u, "") + "\u2026";
    }
    return part;
  }

  /* Pieces of a text, each marked or not, the marked ones being words the query matched: for <mark>. */
  function highlights(text, matched) {
    const pieces = [];
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (isMatched(m[0], matched)) {
        if (m.index > last) {
          pieces.push({ text: text.slice(last, m.index), marked: false });
        }
        pieces.push({ text: m[0], marked: true });
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) {
      pieces.push({ text: text.slice(last), marked: false });
    }
    return pieces;
  }

  /* ------------------------------------------------------------------ where a paper's data is */

  /* The file of paper-data/ that holds a paper's abstract and BibTeX entry, from its page's path and the number of
     such files (a power of two, on every page's search form): FNV-1a over the path's UTF-16 code units, as the
     plugin's PaperShards computes it. Change them together. */
  function paperDataFile(pagePath, files) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < pagePath.length; i++) {
      hash = Math.imul(hash ^ pagePath.charCodeAt(i), 0x01000193);
    }
    return "paper-data/" + ((hash & (files - 1)) >>> 0) + ".js";
  }

  const api = { INDEX_VERSION, FOLDS, SearchEngine, words, plain, quotesPhrase, typoNote, identifier, citationKey,
    decodePostings, decodeNumbers,
    readKeys,
    editDistance,
    expand, sentenceWith, highlights, paperDataFile, doiAddress };
  global.PaperDigest = Object.assign(global.PaperDigest || {}, { search: api });
})(typeof window !== "undefined" ? window : globalThis);
