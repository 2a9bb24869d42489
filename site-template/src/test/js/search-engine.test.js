"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTheme } = require("./load.js");

const { search } = loadTheme("search-engine.js");

/* PostingCodec's encoding, written out here from its description: gaps of paper numbers times two plus one
   for a title occurrence, in base 32, more significant digits first from the second alphabet. */
function encode(occurrences) {
  const FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  const MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  let out = "";
  let previous = -1;
  for (const [paper, inTitle] of occurrences) {
    let value = (paper - previous - 1) * 2 + (inTitle ? 1 : 0);
    previous = paper;
    let digits = FINAL[value % 32];
    value = Math.floor(value / 32);
    while (value > 0) {
      digits = MORE[value % 32] + digits;
      value = Math.floor(value / 32);
    }
    out += digits;
  }
  return out;
}

/* A small index as the plugin writes it: three papers, their words, two tags, two authors. */
function index() {
  const texts = [
    { title: "Long video generation", abstract: "We generate minute long videos. Diffusion helps.", tags: [0], authors: [0] },
    { title: "Depth for videos", abstract: "Consistent depth over long footage.", tags: [1], authors: [1] },
    { title: "A benchmark of reasoning", abstract: "Models reason about video clips.", tags: [1], authors: [0, 1] }
  ];
  const stopwords = new Set(["of", "for", "we", "over", "about", "a"]);
  const byWord = new Map();
  texts.forEach((t, i) => {
    const inTitle = new Set(search.words(t.title, stopwords));
    for (const w of new Set([...inTitle, ...search.words(t.abstract, stopwords)])) {
      if (!byWord.has(w)) {
        byWord.set(w, []);
      }
      byWord.get(w).push([i, inTitle.has(w)]);
    }
  });
  const words = Array.from(byWord.keys()).sort();
  return {
    version: search.INDEX_VERSION,
    stopwords: Array.from(stopwords).join(" "),
    papers: texts.map((t, i) => [t.title, "paper/p" + i + ".html", "2025-01-0" + (3 - i), t.tags, [], [0], t.authors,
      "", "", "", "key" + i]),
    tags: [["video-generation", "Video generation", "tag/video-generation.html", "T2V"],
      ["benchmark", "Benchmarks", "tag/benchmark.html"]],
    hubs: [],
    digests: [["d", "Daily", "digest/d.html"]],
    authors: [["Ada Lovelace", "author/ada-lovelace.html"], ["Émile Borel", ""]],
    words: words.join(" "),
    postings: words.map((w) => encode(byWord.get(w))).join(" ")
  };
}

const NO_FILTERS = { tags: [], hub: "", digest: "" };

/* Arrays made in the scripts' context have that context's prototype: compared by their elements. */
const list = (x) => Array.from(x);
const indices = (result) => result.papers.map((p) => p.index);

test("words are folded and split as SearchWords splits them", () => {
  assert.deepEqual(list(search.words("Élan, TWO-stage of x", new Set(["of"]))), ["elan", "two", "stage"]);
});

test("postings decode to paper times two plus one for a title", () => {
  assert.deepEqual(list(search.decodePostings(encode([[0, true], [5, false], [1000, true]]))), [1, 10, 2001]);
});

test("edit distance counts a swap of neighbours as one edit and stops past the maximum", () => {
  assert.equal(search.editDistance("vidoe", "video", 2), 1);
  assert.equal(search.editDistance("video", "audio", 1), 2);
  assert.equal(search.editDistance("video", "video", 1), 0);
});

test("a title match ranks above an abstract match, and every query word must match", () => {
  const engine = new search.SearchEngine(index());
  assert.deepEqual(list(indices(engine.search("depth", NO_FILTERS))), [1]);
  // "videos" in the second title completes "video", which the third has in its abstract only
  assert.deepEqual(list(indices(engine.search("video", NO_FILTERS))), [0, 1, 2]);
  assert.deepEqual(list(indices(engine.search("long depth", NO_FILTERS))), [1]);
});

test("a prefix completes and a typo is forgiven", () => {
  const engine = new search.SearchEngine(index());
  assert.deepEqual(list(indices(engine.search("bench", NO_FILTERS))), [2, 1]);
  assert.deepEqual(list(indices(engine.search("difusion", NO_FILTERS))), [0]);
});

test("a tag's one-word alias finds its papers", () => {
  const engine = new search.SearchEngine(index());
  const result = engine.search("t2v", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [0]);
  assert.ok(result.matchedTags.has(0));
});

test("filters keep the papers with every chosen tag", () => {
  const engine = new search.SearchEngine(index());
  const result = engine.search("", { tags: ["benchmark"], hub: "", digest: "" });
  assert.deepEqual(list(indices(result)), [1, 2]);
});

test("a result says which query words it has only in its abstract", () => {
  const engine = new search.SearchEngine(index());
  const result = engine.search("footage", NO_FILTERS);
  assert.deepEqual(list(engine.abstractMatches(result.papers[0], result)), ["footage"]);
});

test("an index of another version is refused with a message", () => {
  assert.throws(() => new search.SearchEngine({ version: 99 }), /version 99/);
});

test("an author's name finds their papers, and the result says which author matched", () => {
  const engine = new search.SearchEngine(index());
  const result = engine.search("lovelace", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [0, 2]);
  assert.ok(result.matchedAuthors.has(0));
  assert.ok(!result.matchedAuthors.has(1));
  // folded as every word is: "borel" finds Émile Borel, and a result found by its author has no abstract reason
  const borel = engine.search("emile", NO_FILTERS);
  assert.deepEqual(list(indices(borel)), [1, 2]);
  assert.deepEqual(list(engine.abstractMatches(borel.papers[0], borel)), []);
});

test("the index gives arXiv's PDF from the arXiv id, and another PDF as it is", () => {
  const data = index();
  data.papers[0][7] = "2401.09414";
  data.papers[1][8] = "https://example.org/p1.pdf";
  const engine = new search.SearchEngine(data);
  assert.equal(engine.papers[0].pdf, "https://arxiv.org/pdf/2401.09414");
  assert.equal(engine.papers[1].pdf, "https://example.org/p1.pdf");
  assert.equal(engine.papers[2].pdf, "");
});

test("a result shows the abstract sentence with the matched word, cut around it when long", () => {
  const text = "We study video. Our depth model keeps consistent depth over long footage! It is fast.";
  assert.equal(search.sentenceWith(text, new Set(["footage"])), "Our depth model keeps consistent depth over long footage!");
  assert.equal(search.sentenceWith(text, new Set(["absent"])), null);
  const long = "Intro words ".repeat(40) + "the footage word " + "and trailing words ".repeat(40) + ".";
  const cut = search.sentenceWith(long, new Set(["footage"]), 80);
  assert.ok(cut.startsWith("\u2026") && cut.endsWith("\u2026"), cut);
  assert.ok(cut.includes("footage") && cut.length <= 82, cut);
});

test("highlighted pieces mark the matched words, folded, and keep the text between them", () => {
  const pieces = list(search.highlights("Élan and elan, once", new Set(["elan"])));
  assert.deepEqual(pieces.map((p) => [p.text, p.marked]),
    [["Élan", true], [" and ", false], ["elan", true], [", once", false]]);
});

test("a query that is an arXiv id, in any of its spellings, or a DOI finds that paper and no other", () => {
  const data = index();
  data.papers[1][7] = "2401.09414v2";
  data.papers[2][7] = "math/0601001";
  data.papers[2][10] = "10.1145/3600211.3604711";
  const engine = new search.SearchEngine(data);
  for (const q of ["2401.09414", "2401.09414v1", " arXiv:2401.09414 ", "ARXIV:2401.09414v2", "https://arxiv.org/abs/2401.09414",
    "https://arxiv.org/pdf/2401.09414v2.pdf", "10.48550/arXiv.2401.09414"]) {
    const result = engine.search(q, NO_FILTERS);
    assert.deepEqual(list(indices(result)), [1], q);
    assert.equal(result.empty, false, q);
    assert.equal(result.identifier, "arXiv:2401.09414", q);
  }
  for (const q of ["math/0601001", "arXiv:math/0601001v3", "https://arxiv.org/abs/math/0601001"]) {
    assert.deepEqual(list(indices(engine.search(q, NO_FILTERS))), [2], q);
  }
  for (const q of ["10.1145/3600211.3604711", "doi:10.1145/3600211.3604711", "https://doi.org/10.1145/3600211.3604711"]) {
    assert.deepEqual(list(indices(engine.search(q, NO_FILTERS))), [2], q);
  }
  assert.deepEqual(list(indices(engine.search("2501.00001", NO_FILTERS))), [], "an id the site does not have");
  assert.deepEqual(list(indices(engine.search("2401.09414", { tags: ["video-generation"], hub: "", digest: "" }))), [],
    "filters still apply");
  assert.equal(search.identifier("long video"), null);
  assert.equal(search.identifier("1.5"), null);
});

test("a query without a word to search by finds nothing, not every paper; with a filter, the filter's papers", () => {
  const engine = new search.SearchEngine(index());
  for (const q of ["", "   ", "v", "a", "of", "\u00e9", "!!", "+++"]) {
    const result = engine.search(q, NO_FILTERS);
    assert.deepEqual(list(indices(result)), [], JSON.stringify(q));
    assert.equal(result.empty, true, JSON.stringify(q));
  }
  assert.deepEqual(list(indices(engine.search("v", { tags: ["benchmark"], hub: "", digest: "" }))), [1, 2]);
});

test("Greek letters are their names and letters without a decomposition are spelled out, on both sides", () => {
  assert.deepEqual(list(search.words("\u03b1-entmax and \u03b2-VAE", new Set(["and"]))), ["alpha", "entmax", "beta", "vae"]);
  assert.deepEqual(list(search.words("\u03b1", new Set())), ["alpha"]);
  assert.deepEqual(list(search.words("\u03a3\u03bf\u03c6\u03af\u03b1 and \u03b2-VAE", new Set(["and"]))),
    ["\u03c3\u03bf\u03c6\u03b9\u03b1", "beta", "vae"], "a Greek word keeps its letters; a letter alone is its name");
  assert.deepEqual(list(search.words("Stra\u00dfe Gr\u00f6\u00dfe \u00c6lfred L\u2082 Pawe\u0142 S\u00f8ren \ufb01ne \u0152uvre",
    new Set())), ["strasse", "grosse", "aelfred", "l2", "pawel", "soren", "fine", "oeuvre"]);
  const data = index();
  data.papers[0][0] = "\u03b1-Entmax for Stra\u00dfe";
  data.words = ["alpha", "entmax", "strasse"].concat(data.words.split(" ")).sort().join(" ");
  data.postings = data.words.split(" ").map((w) => ["alpha", "entmax", "strasse"].includes(w) ? encode([[0, true]])
    : index().postings.split(" ")[index().words.split(" ").indexOf(w)]).join(" ");
  const engine = new search.SearchEngine(data);
  for (const q of ["alpha entmax", "\u03b1", "\u03b1-entmax", "strasse", "STRASSE", "Stra\u00dfe"]) {
    const result = engine.search(q, NO_FILTERS);
    assert.deepEqual(list(indices(result)), [0], q);
    const marked = list(search.highlights(engine.papers[0].title, result.matchedWords)).filter((p) => p.marked)
      .map((p) => p.text);
    assert.ok(marked.length > 0, q + ": the title's word is marked");
  }
  assert.deepEqual(list(search.highlights("\u03b1-Entmax", new Set(["alpha"]))).map((p) => [p.text, p.marked]),
    [["\u03b1", true], ["-Entmax", false]]);
});

/* The same paths and answers as PaperShardsTest in the plugin. */
test("a paper's data file is found as the plugin finds it", () => {
  assert.equal(search.paperDataFile("paper/attention-is-all-you-need.html", 8192), "paper-data/5085.js");
  assert.equal(search.paperDataFile("paper/attention-is-all-you-need.html", 8), "paper-data/5.js");
  assert.equal(search.paperDataFile("paper/a.html", 1), "paper-data/0.js");
  assert.equal(search.paperDataFile("paper/vript-a-video-is-worth-thousands-of-words.html", 4096), "paper-data/1610.js");
  assert.equal(search.paperDataFile("paper/panda-70m.html", 64), "paper-data/28.js");
});
