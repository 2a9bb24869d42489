"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTheme } = require("./load.js");

const { search } = loadTheme("search-engine.js");

/* PostingCodec's digits, written out here from their description: a number in base 32, more significant digits
   first from the second alphabet, the last from the first. */
function number(value) {
  const FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  const MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  let digits = FINAL[value % 32];
  value = Math.floor(value / 32);
  while (value > 0) {
    digits = MORE[value % 32] + digits;
    value = Math.floor(value / 32);
  }
  return digits;
}

/* PostingCodec's encoding: gaps of paper numbers times two plus one for a title occurrence. */
function encode(occurrences) {
  let out = "";
  let previous = -1;
  for (const [paper, inTitle] of occurrences) {
    out += number((paper - previous - 1) * 2 + (inTitle ? 1 : 0));
    previous = paper;
  }
  return out;
}

/* Citation keys as SearchIndexScript writes them, [key, paper] in key order: for each, how many characters it shares
   with the key before it, the rest of it, a comma and the paper, the numbers in PostingCodec's digits. */
function encodeKeys(keyed) {
  let previous = "";
  return keyed.map(([key, paper]) => {
    let shared = 0;
    while (shared < Math.min(key.length, previous.length) && key[shared] === previous[shared]) {
      shared++;
    }
    previous = key;
    return number(shared) + key.slice(shared) + "," + number(paper);
  }).join("");
}

/* Three papers, their words, two tags, two authors. */
function papers() {
  return [
    { title: "Long video generation", abstract: "We generate minute long videos. Diffusion helps.", tags: [0], authors: [0] },
    { title: "Depth for videos", abstract: "Consistent depth over long footage.", tags: [1], authors: [1] },
    { title: "A benchmark of reasoning", abstract: "Models reason about video clips.", tags: [1], authors: [0, 1] }
  ];
}

/* An index as the plugin writes it (version 4): the root, the value each posting file assigns ([postings, keys]),
   and the value each title file assigns. Words go to the files in runs of about equal occurrences, as the plugin
   sends them; a paper's citation key (key), in lower case, to the file of the first word not before it, or of the
   last word; papers go to title files in runs of papersPerTitleFile. */
function index(texts = papers(), files = 3, papersPerTitleFile = 2) {
  const stopwords = new Set(["of", "for", "we", "over", "about", "a"]);
  const byWord = new Map();
  texts.forEach((t, i) => {
    const inTitle = new Set(search.words(t.title, stopwords, 1));
    for (const w of new Set([...inTitle, ...search.words(t.abstract, stopwords)])) {
      if (!byWord.has(w)) {
        byWord.set(w, []);
      }
      byWord.get(w).push([i, inTitle.has(w)]);
    }
  });
  const words = Array.from(byWord.keys()).sort();
  const total = words.reduce((sum, w) => sum + byWord.get(w).length, 0);
  const fileOfWord = [];
  let before = 0;
  for (const w of words) {
    fileOfWord.push(Math.min(files - 1, Math.floor(before * files / total)));
    before += byWord.get(w).length;
  }
  const postingStarts = [];
  for (let k = 0; k < files; k++) {
    const first = fileOfWord.findIndex((f) => f >= k);
    postingStarts.push(first < 0 ? words.length : first);
  }
  const keyFile = (key) => {
    const next = words.findIndex((w) => w >= key);
    const word = next < 0 ? words.length - 1 : next;
    return Math.max(0, postingStarts.filter((start) => start <= word).length - 1);
  };
  const keyed = texts.map((t, i) => [t.key && t.key.toLowerCase(), i]).filter(([key]) => key)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const postings = postingStarts.map((start, k) => [words.filter((w, i) => fileOfWord[i] === k)
    .map((w) => encode(byWord.get(w))).join(" "),
  encodeKeys(keyed.filter(([key]) => keyFile(key) === k))]);
  const lines = (f) => texts.map(f).join("\n");
  const list = (xs) => (xs || []).join(",");
  return {
    root: {
      version: search.INDEX_VERSION,
      stopwords: Array.from(stopwords).join(" "),
      count: texts.length,
      dates: lines((t, i) => t.date !== undefined ? t.date : "2025-01-0" + (3 - i)),
      facets: lines((t) => [list(t.tags), list(t.hubs), list(t.digests || [0]), list(t.authors)].join(";")
        .replace(/;+$/, "")),
      links: lines((t) => [t.arxiv, t.pdf, t.code, t.doi].map((x) => x || "").join("\t").replace(/\t+$/, "")),
      tags: [["video-generation", "Video generation", "tag/video-generation.html", "T2V"],
        ["benchmark", "Benchmarks", "tag/benchmark.html"]],
      hubs: [],
      digests: [["d", "Daily", "digest/d.html"]],
      authors: [["Ada Lovelace", "author/ada-lovelace.html"], ["\u00c9mile Borel", ""]],
      words: words.join(" "),
      counts: words.map((w) => number(byWord.get(w).length)).join(""),
      postingsKey: "0123456789abcdef",
      postingStarts,
      titlesKey: "fedcba9876543210",
      papersPerTitleFile
    },
    postings,
    titles: titleFiles(texts, papersPerTitleFile)
  };
}

/* The values of the title files: [titles, paths] of each run of papers. */
function titleFiles(texts, perFile) {
  const files = [];
  for (let first = 0; first < Math.max(1, texts.length); first += perFile) {
    const run = texts.slice(first, first + perFile);
    files.push([run.map((t) => t.title).join("\n"), run.map((t, i) => "paper/p" + (first + i) + ".html").join("\n")]);
  }
  return files;
}

/* An engine over an index with every posting file and title file added, as a page has it once a query's files
   and those of the results it shows are in. */
function engineOf(built = index()) {
  const engine = new search.SearchEngine(built.root);
  built.postings.forEach((text, k) => engine.addPostings(k, text));
  built.titles.forEach((value, k) => engine.addTitles(k, value));
  return engine;
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
  const engine = engineOf();
  assert.deepEqual(list(indices(engine.search("depth", NO_FILTERS))), [1]);
  // "videos" in the second title completes "video", which the third has in its abstract only
  assert.deepEqual(list(indices(engine.search("video", NO_FILTERS))), [0, 1, 2]);
  assert.deepEqual(list(indices(engine.search("long depth", NO_FILTERS))), [1]);
});

test("matching some words, as for a missing page's address, papers rank by how many words they match, then score", () => {
  const engine = engineOf();
  const some = { ...NO_FILTERS, match: "some" };
  assert.deepEqual(list(indices(engine.search("missing long depth paper", NO_FILTERS))), [], "no paper has every word");
  // the second paper has "depth" in its title and "long" in its abstract: two words beat one word in a title
  assert.deepEqual(list(indices(engine.search("missing long depth paper", some))), [1, 0]);
  assert.deepEqual(list(indices(engine.search("long depth reasoning", some))), [1, 0, 2], "one word each: by score, then newest");
  assert.deepEqual(list(indices(engine.search("zzzz", some))), [], "no word matched: no paper");
  assert.deepEqual(list(indices(engine.search("long video", some))), [...list(indices(engine.search("long video",
    NO_FILTERS))), 2], "papers that have every word come first, in the same order; then those with fewer");
  assert.deepEqual(list(indices(engine.search("long depth", { ...some, tags: ["video-generation"] }))), [0],
    "filters still apply");
});

test("a prefix completes and a typo is forgiven", () => {
  const engine = engineOf();
  assert.deepEqual(list(indices(engine.search("bench", NO_FILTERS))), [2, 1]);
  assert.deepEqual(list(indices(engine.search("difusion", NO_FILTERS))), [0]);
});

test("a result says which words of the query it found only as typos", () => {
  const engine = engineOf();
  assert.deepEqual(list(engine.search("difusion long", NO_FILTERS).nearOnly), ["difusion"]);
  assert.deepEqual(list(engine.search("diffusion long", NO_FILTERS).nearOnly), []);
  assert.deepEqual(list(engine.search("bench", NO_FILTERS).nearOnly), [], "a word's start is no typo");
  assert.deepEqual(list(indices(engine.search("depths", NO_FILTERS))), [1]);
  assert.deepEqual(list(engine.search("depths", NO_FILTERS).nearOnly), [], "nor a plural");
  assert.deepEqual(list(engine.search("2401.09414", NO_FILTERS).nearOnly), []);
});

test("a result names the words a typo was read as, those of the papers it shows", () => {
  const engine = engineOf();
  assert.deepEqual(list(engine.search("difusion", NO_FILTERS).nearWords), ["diffusion"]);
  assert.deepEqual(list(engine.search("diffusion", NO_FILTERS).nearWords), []);
  assert.deepEqual(list(engine.search("difusion", { ...NO_FILTERS, tags: ["benchmark"] }).nearWords), [],
    "no paper shown has it");
});

test("a tag's one-word alias finds its papers", () => {
  const engine = engineOf();
  const result = engine.search("t2v", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [0]);
  assert.ok(result.matchedTags.has(0));
});

test("filters keep the papers with every chosen tag", () => {
  const engine = engineOf();
  const result = engine.search("", { tags: ["benchmark"], hub: "", digest: "" });
  assert.deepEqual(list(indices(result)), [1, 2]);
});

test("a result says which query words it has only in its abstract", () => {
  const engine = engineOf();
  const result = engine.search("footage", NO_FILTERS);
  assert.deepEqual(list(engine.abstractMatches(result.papers[0], result)), ["footage"]);
});

test("an index of another version is refused with a message", () => {
  assert.throws(() => new search.SearchEngine({ version: 99 }), /version 99/);
});

test("an author's name finds their papers, and the result says which author matched", () => {
  const engine = engineOf();
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
  const texts = papers();
  texts[0].arxiv = "2401.09414";
  texts[1].pdf = "https://example.org/p1.pdf";
  const engine = engineOf(index(texts));
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
  const texts = papers();
  texts[1].arxiv = "2401.09414v2";
  texts[2].arxiv = "math/0601001";
  texts[2].doi = "10.1145/3600211.3604711";
  const engine = engineOf(index(texts));
  for (const q of ["2401.09414", "2401.09414v1", " arXiv:2401.09414 ", "ARXIV:2401.09414v2", "https://arxiv.org/abs/2401.09414",
    "https://arxiv.org/pdf/2401.09414v2.pdf", "10.48550/arXiv.2401.09414", "arxiv.org/abs/2401.09414v2",
    "www.arxiv.org/pdf/2401.09414"]) {
    const result = engine.search(q, NO_FILTERS);
    assert.deepEqual(list(indices(result)), [1], q);
    assert.equal(result.empty, false, q);
    assert.equal(result.identifier, "arXiv:2401.09414", q);
  }
  for (const q of ["math/0601001", "arXiv:math/0601001v3", "https://arxiv.org/abs/math/0601001"]) {
    assert.deepEqual(list(indices(engine.search(q, NO_FILTERS))), [2], q);
  }
  for (const q of ["10.1145/3600211.3604711", "doi:10.1145/3600211.3604711", "https://doi.org/10.1145/3600211.3604711",
    "doi.org/10.1145/3600211.3604711"]) {
    assert.deepEqual(list(indices(engine.search(q, NO_FILTERS))), [2], q);
  }
  assert.deepEqual(list(indices(engine.search("2501.00001", NO_FILTERS))), [], "an id the site does not have");
  assert.deepEqual(list(indices(engine.search("2401.09414", { tags: ["video-generation"], hub: "", digest: "" }))), [],
    "filters still apply");
  assert.equal(search.identifier("long video"), null);
  assert.equal(search.identifier("1.5"), null);
});

test("a citation key that no paper has as a word is read as its name and title word, within a year of its year", () => {
  const engine = engineOf();
  const read = (q) => engine.search(q, NO_FILTERS);
  assert.deepEqual(list(indices(read("lovelace2025long"))), [0], "the site's own keys");
  assert.deepEqual(list(indices(read("Lovelace:2025"))), [0, 2], "a name and a year");
  assert.deepEqual(list(indices(read("lovelace_2024_long"))), [0], "a year either side: a key may take the venue's");
  assert.deepEqual(list(indices(read("lovelace2019long"))), [0], "further off, still found: a key may take a"
    + " journal's year, years after the preprint's");
  assert.deepEqual(list(indices(read("borel2025depthb"))), [1], "a letter that told two keys apart");
  const result = read("lovelace2025long");
  assert.deepEqual({ ...result.citationKey, words: list(result.citationKey.words), name: list(result.citationKey.name) },
    { key: "lovelace2025long", words: ["lovelace", "long"], year: 2025, name: ["lovelace"] });
  assert.equal(read("long video").citationKey, null, "a query of words is searched as typed");
  assert.equal(search.citationKey("covid19"), null);
  assert.equal(search.citationKey("2401.09414"), null);
  assert.equal(search.citationKey("long video2025"), null, "one token only");
});

test("a citation key's year puts the papers dated near it first", () => {
  const texts = papers();
  texts[0].date = "2010-05-01";
  const engine = engineOf(index(texts));
  assert.deepEqual(list(indices(engine.search("Lovelace:2025", NO_FILTERS))), [2, 0]);
  assert.deepEqual(list(indices(engine.search("Lovelace:2010", NO_FILTERS))), [0, 2]);
});

test("a citation key's name puts the papers of an author of that name first, before words it only begins", () => {
  const texts = [
    { title: "Lovelaceous video art", abstract: "Paintings move.", tags: [], authors: [1] },
    { title: "Video of engines", abstract: "Engines in motion.", tags: [], authors: [0] }
  ];
  const engine = engineOf(index(texts));
  assert.deepEqual(list(indices(engine.search("lovelace2025video", NO_FILTERS))), [1, 0]);
});

test("a citation key's name run together, as keys write a double name or an organisation, is read as its author's", () => {
  const texts = [
    { title: "Autoregressive models for knowledge bases", abstract: "Populating.", tags: [], authors: [0] },
    { title: "Autoregressive video", abstract: "Frames.", tags: [], authors: [1] }
  ];
  const built = index(texts);
  built.root.authors = [["Andr\u00e9s Garc\u00eda-Silva", ""], ["Gemini Team", ""]];
  const engine = engineOf(built);
  const result = engine.search("garciasilva2025autoregressive", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [0]);
  assert.deepEqual(list(result.citationKey.words), ["garcia", "silva", "autoregressive"]);
  assert.deepEqual(list(indices(engine.search("geminiteam2025autoregressive", NO_FILTERS))), [1]);
  assert.deepEqual(list(indices(engine.search("seraj2025d2lora", NO_FILTERS))), [], "no reading of letters one by one");
});

test("a citation key's title word may have digits after its first letter", () => {
  const texts = [{ title: "D\u00b2LoRA: data-driven initialization", abstract: "Low resource.", tags: [], authors: [0] }];
  const engine = engineOf(index(texts));
  assert.deepEqual(list(indices(engine.search("lovelace2025d2lora", NO_FILTERS))), [0]);
});

test("a citation key's common words are left out of what it is read as, as the index leaves them out", () => {
  const engine = engineOf();
  const result = engine.search("of2025long", NO_FILTERS);
  assert.deepEqual(list(result.citationKey.words), ["long"]);
  assert.deepEqual(list(indices(result)), [0, 1]);
});

test("an undated paper is found by a key of any year: the key took the digest's year", () => {
  const texts = papers();
  texts[0].date = "";
  const engine = engineOf(index(texts));
  assert.deepEqual(list(indices(engine.search("lovelace1999long", NO_FILTERS))), [0]);
});

test("a query that is a citation key needs the posting files of its words, and is answered once they are in", () => {
  const built = index();
  const engine = new search.SearchEngine(built.root);
  built.titles.forEach((value, k) => engine.addTitles(k, value));
  const needed = list(engine.postingFilesFor("lovelace2025long"));
  assert.deepEqual(needed, list(engine.postingFilesFor("long")), "the name is an author's, whose papers the root has");
  assert.throws(() => engine.search("lovelace2025long", NO_FILTERS));
  needed.forEach((k) => engine.addPostings(k, built.postings[k]));
  assert.deepEqual(list(indices(engine.search("lovelace2025long", NO_FILTERS))), [0]);
});

test("a key of title words run together, as the site keys a paper with no authors, is read as those words", () => {
  const engine = engineOf();
  const read = (q) => engine.search(q, NO_FILTERS);
  assert.deepEqual(list(indices(read("longvideogeneration2025"))), [0], "three words and a year");
  const result = read("longvideogeneration2025");
  assert.deepEqual({ ...result.citationKey, words: list(result.citationKey.words) },
    { key: "longvideogeneration2025", words: ["long", "video", "generation"], year: 2025 });
  assert.deepEqual(list(indices(read("depthforvideos"))), [1], "no year; a common word spells it, unsearched");
  assert.deepEqual(list(indices(read("abenchmarkofreasoning"))), [2], "a single letter spells it too");
  assert.deepEqual(list(indices(read("LongVideoGeneration"))), [0], "case aside");
  assert.equal(engine.spelledKey("zzzzqqqqxxxx"), null, "letters the index's words do not spell");
  assert.equal(engine.spelledKey("long video generation"), null, "one token only");
  assert.equal(engine.spelledKey("generation"), null, "a word of the index is searched as typed");
  const typing = engineOf(index([{ title: "Depthlongest paths", abstract: "Long depth.", tags: [], authors: [0] }]));
  assert.notEqual(typing.spelledKey("depthlongx"), null);
  assert.equal(typing.spelledKey("depthlong"), null, "the start of a word, being typed, is searched as typed");
  assert.deepEqual(list(indices(read("lovelace2025long"))), [0], "a name, a year and a word are read as before");
  const lettered = engineOf(index(papers().concat([{ title: "Z, X and Q", abstract: "Long.", tags: [] }])));
  assert.equal(lettered.spelledKey("zxqlongzxq"), null, "a title's letters are words of the index, but no more a key's");
});

test("a key of title words run together needs the posting files of its words, and is answered once they are in", () => {
  const built = index();
  const engine = new search.SearchEngine(built.root);
  built.titles.forEach((value, k) => engine.addTitles(k, value));
  const needed = list(engine.postingFilesFor("longvideogeneration2025"));
  assert.deepEqual(needed, list(engine.postingFilesFor("long video generation")));
  needed.forEach((k) => engine.addPostings(k, built.postings[k]));
  assert.deepEqual(list(indices(engine.search("longvideogeneration2025", NO_FILTERS))), [0]);
});

/* The papers of papers(), cited by keys their curators gave (DBLP's, IEEE Xplore's) and the site's. */
function keyedPapers() {
  const texts = papers();
  texts[0].key = "DBLP:conf/cvpr/LongVG25";
  texts[1].key = "8368309";
  texts[2].key = "lovelace2025benchmark";
  return texts;
}

test("a posting file's keys share their starts with the key before them", () => {
  const read = (text) => {
    const keys = search.readKeys(text);
    return keys && { keys: list(keys.keys), papers: list(keys.papers) };
  };
  assert.deepEqual(read("0he2016deep,36identity,XW00lee2019,1"), { keys: ["he2016deep", "he2016identity", "lee2019"],
    papers: [3, 1024, 1] }, "he2016 shared, a paper of three digits");
  assert.deepEqual(read(""), { keys: [], papers: [] });
  assert.deepEqual(read(encodeKeys([["8368309", 1], ["dblp:conf/cvpr/hezrs16", 0], ["dblp:conf/cvpr/hezrs16b", 2]])),
    { keys: ["8368309", "dblp:conf/cvpr/hezrs16", "dblp:conf/cvpr/hezrs16b"], papers: [1, 0, 2] });
  for (const bad of ["5abc,0", "0abc", "0abc,", "0abc,W", "0b,00a,1", "0a,1a,2", "0a b,1", "!a,0"]) {
    assert.equal(search.readKeys(bad), null, bad);
  }
});

test("a citation key a curator gave, pasted whole with its punctuation, finds its paper", () => {
  const engine = engineOf(index(keyedPapers()));
  const read = (q) => engine.search(q, NO_FILTERS);
  assert.deepEqual(list(indices(read("DBLP:conf/cvpr/LongVG25"))), [0], "DBLP's, whose words no paper has");
  assert.deepEqual(list(indices(read("  dblp:conf/cvpr/longvg25 "))), [0], "case and surrounding space aside");
  assert.deepEqual(list(indices(read("8368309"))), [1], "IEEE Xplore's, of digits alone");
  const result = read("DBLP:conf/cvpr/LongVG25");
  assert.equal(result.citedAs, "DBLP:conf/cvpr/LongVG25");
  assert.deepEqual({ ...result.citationKey, words: list(result.citationKey.words) },
    { key: "DBLP:conf/cvpr/LongVG25", words: [], year: null }, "read as nothing but itself");
  assert.deepEqual(list(indices(read("DBLP:conf/cvpr"))), [], "the start of a key is none");
  assert.deepEqual(list(indices(read("8368308"))), [], "nor a key a digit off");
  assert.deepEqual(list(indices(engine.search("8368309", { tags: [0], hub: "", digest: "" }))), [],
    "its paper must pass the filters");
  assert.equal(read("video").citedAs, null, "a query that is no paper's key");
});

test("the paper whose own key a query is comes first, before the papers its words find", () => {
  // the site keys a paper without authors by its title's words: the newer paper has them too, and ranked first
  const texts = [
    { title: "Long video generation with memory", abstract: "", tags: [], authors: [], key: "longvideogenerationwith2025" },
    { title: "Long video generation", abstract: "", tags: [], authors: [], key: "longvideogeneration" },
    { title: "Video", abstract: "Long.", tags: [], authors: [], key: "video" }
  ];
  const engine = engineOf(index(texts));
  const read = (q) => engine.search(q, NO_FILTERS);
  assert.deepEqual(list(indices(read("longvideogeneration"))), [1, 0], "read as its words, its own paper first");
  assert.equal(read("longvideogeneration").citedAs, "longvideogeneration");
  assert.deepEqual(list(indices(read("LongVideoGeneration"))), [1, 0], "case aside");
  assert.deepEqual(list(indices(read("video"))), [2, 0, 1], "a key that is a word: its paper, then the word's");
  assert.deepEqual(list(indices(read("long video"))), [0, 1, 2], "a query of words is no key");
});

test("a query that may be a key needs the posting file that would hold it, and is answered once it is in", () => {
  const built = index(keyedPapers());
  const engine = new search.SearchEngine(built.root);
  built.titles.forEach((value, k) => engine.addTitles(k, value));
  const needed = list(engine.postingFilesFor("8368309"));
  assert.deepEqual(needed, [0], "the file of the first word not before it, benchmark");
  assert.throws(() => engine.search("8368309", NO_FILTERS), /posting file 0/);
  needed.forEach((k) => engine.addPostings(k, built.postings[k]));
  assert.deepEqual(list(indices(engine.search("8368309", NO_FILTERS))), [1]);
  assert.deepEqual(list(engine.postingFilesFor("videos")), [2], "a word's own file holds the keys of its place");
});

test("a query without a word to search by finds nothing, not every paper; with a filter, the filter's papers", () => {
  const engine = engineOf();
  for (const q of ["", "   ", "a", "of", "!!", "+++"]) {
    const result = engine.search(q, NO_FILTERS);
    assert.deepEqual(list(indices(result)), [], JSON.stringify(q));
    assert.equal(result.empty, true, JSON.stringify(q));
  }
  assert.deepEqual(list(indices(engine.search("of", { tags: ["benchmark"], hub: "", digest: "" }))), [1, 2]);
  assert.equal(engine.search("v", NO_FILTERS).empty, false, "a letter is searched, in the titles");
});

test("a letter with ++ or # is the word of a language, on both sides", () => {
  assert.deepEqual(list(search.words("Compiling C++, C# and (F#)17 in Notepad++ nC#", new Set(["and", "in"]))),
    ["compiling", "c++", "c#", "f#", "17", "notepad", "nc"], "as SearchWordsTest has it");
  assert.deepEqual(list(search.words("Llama 2: R for a C++ world", new Set(["for", "a"]), 1)),
    ["llama", "2", "r", "c++", "world"], "a title's words of one character, as SearchWords.ofTitle has them");
  assert.deepEqual(list(search.words("Don't Stop: BERT's Attention, O'Brien\u2019s l'image of Llama 2", new Set(["of"]), 1)),
    ["don", "stop", "bert", "attention", "brien", "image", "llama", "2"], "an elision's letter is no word, as in SearchWordsTest");
  const marked = search.highlights("Faster R-CNN in C++ and C#", new Set(["c++", "r", "c#"]));
  assert.deepEqual(list(marked.filter((p) => p.marked).map((p) => p.text)), ["R", "C++", "C#"]);
});

test("a word of one character finds the titles and tags that have it; beside longer words it only ranks", () => {
  const texts = papers().concat([
    { title: "Faster R-CNN in C++", abstract: "Detection in a long pipeline, ported to C# too.", tags: [1] },
    { title: "Llama 2 makes long text", abstract: "A model.", tags: [] }]);
  const engine = engineOf(index(texts));
  assert.deepEqual(list(indices(engine.search("R", NO_FILTERS))), [3]);
  assert.deepEqual(list(indices(engine.search("c++", NO_FILTERS))), [3]);
  assert.deepEqual(list(indices(engine.search("C#", NO_FILTERS))), [3], "in an abstract too");
  assert.deepEqual(list(indices(engine.search("c", NO_FILTERS))), [], "a letter is not the language named with it");
  assert.deepEqual(list(indices(engine.search("long", NO_FILTERS))), [0, 4, 1, 3], "titles first");
  assert.deepEqual(list(indices(engine.search("long 2", NO_FILTERS))), [4, 0, 1, 3],
    "every paper with the longer word, the title with the \u201c2\u201d first");
  assert.deepEqual(list(indices(engine.search("2", NO_FILTERS))), [4]);
  assert.deepEqual(list(indices(engine.search("x", NO_FILTERS))), [], "no title has it");
});

test("Greek letters are their names and letters without a decomposition are spelled out, on both sides", () => {
  assert.deepEqual(list(search.words("\u03b1-entmax and \u03b2-VAE", new Set(["and"]))), ["alpha", "entmax", "beta", "vae"]);
  assert.deepEqual(list(search.words("\u03b1", new Set())), ["alpha"]);
  assert.deepEqual(list(search.words("\u03a3\u03bf\u03c6\u03af\u03b1 and \u03b2-VAE", new Set(["and"]))),
    ["\u03c3\u03bf\u03c6\u03b9\u03b1", "beta", "vae"], "a Greek word keeps its letters; a letter alone is its name");
  assert.deepEqual(list(search.words("Stra\u00dfe Gr\u00f6\u00dfe \u00c6lfred L\u2082 Pawe\u0142 S\u00f8ren \ufb01ne \u0152uvre",
    new Set())), ["strasse", "grosse", "aelfred", "l2", "pawel", "soren", "fine", "oeuvre"]);
  const texts = papers();
  texts[0].title = "\u03b1-Entmax for Stra\u00dfe";
  const engine = engineOf(index(texts));
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

/* ------------------------------------------------------------------ version 2: the root and its posting files */

test("the root's columns read back as the papers, each field in its place", () => {
  const texts = papers();
  texts[0] = { title: "Semi; colons, commas\tand a tab", abstract: "Words.", date: "", tags: [], authors: [], digests: [] };
  texts[1].hubs = [0];
  texts[1].arxiv = "2401.09414";
  texts[1].code = "https://github.com/x/y";
  texts[2].date = "2024-05";
  texts[2].doi = "10.1145/3600211.3604711";
  const built = index(texts);
  built.root.hubs = [["h", "Hub", "hub/h.html"]];
  const engine = engineOf(built);
  const plain = (p) => JSON.parse(JSON.stringify(p));
  assert.deepEqual(plain(engine.papers[0]), { index: 0, title: "Semi; colons, commas\tand a tab", path: "paper/p0.html",
    date: "", tags: [], hubs: [], digests: [], authors: [], arxiv: "", pdf: "", code: "", doi: "" });
  assert.deepEqual(plain(engine.papers[1]), { index: 1, title: "Depth for videos", path: "paper/p1.html",
    date: "2025-01-02", tags: [1], hubs: [0], digests: [0], authors: [1], arxiv: "2401.09414",
    pdf: "https://arxiv.org/pdf/2401.09414", code: "https://github.com/x/y", doi: "" });
  assert.deepEqual(plain(engine.papers[2]), { index: 2, title: "A benchmark of reasoning", path: "paper/p2.html",
    date: "2024-05", tags: [1], hubs: [], digests: [0], authors: [0, 1], arxiv: "", pdf: "", code: "",
    doi: "10.1145/3600211.3604711" });
  assert.equal(engine.papers.length, 3);
});

test("a column with a line too many or too few is refused, not read out of step", () => {
  const built = index();
  built.root.dates += "\n2020-01-01";
  assert.throws(() => new search.SearchEngine(built.root), /dates has 4 lines for 3 papers/);
});

/* ------------------------------------------------------------------ version 3: titles and paths in files of their own */

test("the root holds no title nor path: they are in title files, a run of papers each", () => {
  const built = index(papers(), 3, 2);
  assert.equal(built.root.titles, undefined);
  const engine = new search.SearchEngine(built.root);
  assert.equal(engine.titleFiles.length, 2, "3 papers, 2 to a file");
  assert.throws(() => engine.papers[2].title, /title of paper 2, in title file 1, was not added/);
  engine.addTitles(1, built.titles[1]);
  assert.equal(engine.papers[2].title, "A benchmark of reasoning");
  assert.equal(engine.papers[2].path, "paper/p2.html");
  assert.throws(() => engine.papers[0].path, /title file 0/);
});

test("showing results needs the title files of those results only, each named once", () => {
  const built = index(papers(), 3, 2);
  const engine = new search.SearchEngine(built.root);
  built.postings.forEach((text, k) => engine.addPostings(k, text));
  const result = engine.search("depth", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [1]);
  assert.deepEqual(list(engine.titleFilesFor(result.papers)), [0]);
  assert.deepEqual(list(engine.titleFilesFor(engine.papers)), [0, 1]);
  engine.addTitles(0, built.titles[0]);
  assert.deepEqual(list(engine.titleFilesFor(result.papers)), []);
  assert.deepEqual(list(engine.titleFilesFor(engine.papers)), [1]);
});

test("results rank the same before and after their titles are in: ranking reads no title", () => {
  const built = index(papers(), 3, 1);
  const before = new search.SearchEngine(built.root);
  built.postings.forEach((text, k) => before.addPostings(k, text));
  const after = engineOf(built);
  for (const q of ["video", "long", "vid", "depth videos", "ada", "benchmarks", "vidoe"]) {
    assert.deepEqual(list(indices(before.search(q, NO_FILTERS))), list(indices(after.search(q, NO_FILTERS))), q);
  }
});

test("a title file that does not hold a line per paper of its run is refused, not read out of step", () => {
  const built = index(papers(), 3, 2);
  const engine = new search.SearchEngine(built.root);
  assert.throws(() => engine.addTitles(1, ["One\nTwo", "paper/a.html\npaper/b.html"]), /titles and paths of 1 papers/);
  assert.throws(() => engine.addTitles(0, ["One\nTwo", "paper/a.html"]), /of 2 papers/);
  assert.throws(() => engine.addTitles(0, "One\nTwo"), /of 2 papers/);
  assert.throws(() => engine.addTitles(2, built.titles[0]), /no title file 2/);
  assert.deepEqual(list(engine.titleFilesFor(engine.papers)), [0, 1], "a refused file is still needed");
});

test("counts are numbers one after another in the postings' digits, without separators", () => {
  const values = [0, 1, 31, 32, 33, 1023, 1024, 100000, 5];
  assert.deepEqual(list(search.decodeNumbers(values.map(number).join(""))), values);
  assert.deepEqual(list(search.decodeNumbers("")), []);
  assert.throws(() => search.decodeNumbers("1W"), /middle/, "a digit with more to follow, and none after it");
  assert.throws(() => search.decodeNumbers("1 2"), /digit/);
  const engine = new search.SearchEngine(index().root);
  const words = index().root.words.split(" ");
  assert.equal(engine.counts[words.indexOf("long")], 2);
  assert.equal(engine.counts[words.indexOf("footage")], 1);
});

test("a prefix that begins too many words stands for the commonest, by the root's counts", () => {
  // 101 words begin with "qu"; qu100 is in two papers, the others in one: qu099, the last of the rarest, goes
  const texts = [];
  for (let i = 0; i <= 100; i++) {
    texts.push({ title: "Paper qu" + String(i).padStart(3, "0"), abstract: "", tags: [], authors: [] });
  }
  texts.push({ title: "Again qu100", abstract: "", tags: [], authors: [] });
  const engine = engineOf(index(texts, 4));
  const found = list(indices(engine.search("qu", NO_FILTERS)));
  assert.equal(found.length, 101);
  assert.ok(found.includes(100) && found.includes(101) && found.includes(98), found.join(" "));
  assert.ok(!found.includes(99));
});

/* The fixture's files: 0 holds benchmark .. generate, 1 generation .. models, 2 reason .. videos. */
test("the posting files a query needs are those of every word its words stand for", () => {
  const built = index();
  assert.deepEqual(built.root.postingStarts, [0, 7, 12], "the fixture's files, as the specifications here expect");
  const engine = new search.SearchEngine(built.root);
  assert.deepEqual(list(engine.postingFilesFor("depth")), [0]);
  assert.deepEqual(list(engine.postingFilesFor("gen")), [0, 1], "generate and generation, either side of a file's end");
  assert.deepEqual(list(engine.postingFilesFor("vid")), [2], "video and videos");
  assert.deepEqual(list(engine.postingFilesFor("long depth")), [0, 1], "each file once, in order");
  assert.deepEqual(list(engine.postingFilesFor("depht")), [0], "a typo needs the file of the word it stands for");
  assert.deepEqual(list(engine.postingFilesFor("reasn")), [2]);
  assert.deepEqual(list(engine.postingFilesFor("zebra")), [2], "no word of the index: the file its key would be in");
  assert.deepEqual(list(engine.postingFilesFor("lovelace")), [1], "an author's name is in the root, a key in a file");
  assert.deepEqual(list(engine.postingFilesFor("zebra lovelace")), [], "a query of two tokens is no key");
});

test("an arXiv id, a DOI or a query without a word needs no posting file", () => {
  const engine = new search.SearchEngine(index().root);
  for (const q of ["2401.09414", "arXiv:2401.09414v2", "doi:10.1145/3600211.3604711", "", "  ", "of", "a", "v", "!!"]) {
    assert.deepEqual(list(engine.postingFilesFor(q)), [], JSON.stringify(q));
    assert.doesNotThrow(() => engine.search(q, NO_FILTERS), JSON.stringify(q));
  }
});

test("a posting file once added is needed no more", () => {
  const built = index();
  const engine = new search.SearchEngine(built.root);
  engine.addPostings(0, built.postings[0]);
  assert.deepEqual(list(engine.postingFilesFor("gen")), [1]);
  assert.deepEqual(list(engine.postingFilesFor("depth")), []);
});

test("search throws rather than answer without a posting file it needs, and answers once it is added", () => {
  const built = index();
  const engine = new search.SearchEngine(built.root);
  assert.throws(() => engine.search("video", NO_FILTERS), /posting files not added: 2/);
  engine.addPostings(0, built.postings[0]);
  assert.throws(() => engine.search("gen", NO_FILTERS), /: 1$/, "one of its two files is not enough");
  engine.addPostings(2, built.postings[2]);
  assert.deepEqual(list(indices(engine.search("vid", NO_FILTERS))), list(indices(engineOf().search("vid", NO_FILTERS))),
    "the files a query needs answer as the whole index does");
  assert.throws(() => engine.search("lovelace", NO_FILTERS), /keys near \u201clovelace\u201d, in posting file 1/,
    "a name needs no file, but a key does");
  assert.deepEqual(list(indices(engine.search("lovelace ada", NO_FILTERS))), [0, 2], "a name of two words needs no file");
});

test("a posting file that does not hold a posting per word of its range is refused", () => {
  const built = index();
  const engine = new search.SearchEngine(built.root);
  assert.throws(() => engine.addPostings(1, [built.postings[1][0] + " 1", ""]), /6 postings for 5 words/);
  assert.throws(() => engine.addPostings(1, ["", ""]), /0 postings for 5 words/);
  assert.throws(() => engine.addPostings(1, built.postings[1][0]), /holds no postings and keys/, "a file of version 3");
  assert.throws(() => engine.addPostings(1, [built.postings[1][0], "0longvideo,3"]), /not of this index's papers/,
    "a key of a paper the index does not have");
  assert.throws(() => engine.addPostings(1, [built.postings[1][0], "0longvideo"]), /not of this index's papers/);
  assert.throws(() => engine.addPostings(1, [built.postings[1][0], "0zz,00aa,1"]), /not of this index's papers/,
    "keys out of order, which a search by bisection would miss");
  assert.throws(() => engine.addPostings(3, ["", ""]), /no posting file 3/);
  assert.deepEqual(list(engine.postingFilesFor("depth generation")), [0, 1], "a refused file is still needed");
});

test("a site without papers has an index that searches to nothing", () => {
  const engine = new search.SearchEngine({ version: search.INDEX_VERSION, stopwords: "of the", count: 0,
    dates: "", facets: "", links: "", tags: [], hubs: [], digests: [], authors: [], words: "", counts: "",
    postingsKey: "0123456789abcdef", postingStarts: [0], titlesKey: "fedcba9876543210", papersPerTitleFile: 64 });
  assert.equal(engine.papers.length, 0);
  assert.deepEqual(list(engine.postingFilesFor("video")), [0], "its one file, which would hold the key");
  engine.addPostings(0, ["", ""]);
  const result = engine.search("video", NO_FILTERS);
  assert.deepEqual(list(indices(result)), []);
  assert.equal(result.empty, false);
  engine.addTitles(0, ["", ""]);
  assert.deepEqual(list(indices(engine.search("", { tags: [], hub: "", digest: "d" }))), []);
});

test("an index of version 1 or 2 is refused: this script reads version 4", () => {
  assert.equal(search.INDEX_VERSION, 4);
  assert.throws(() => new search.SearchEngine({ ...index().root, version: 3 }), /version 3/,
    "version 3, whose posting files hold no keys");
  assert.throws(() => new search.SearchEngine({ version: 1, papers: [] }), /version 1/);
  assert.throws(() => new search.SearchEngine({ version: 2, count: 0, titles: "", paths: "" }), /version 2/);
});

test("a query quotes a phrase when quotes hold two words or more that search compares", () => {
  const stopwords = new Set(["the", "of"]);
  assert.equal(search.quotesPhrase("\"long video\" generation", stopwords), true);
  assert.equal(search.quotesPhrase("\u201clong video\u201d", stopwords), true);
  assert.equal(search.quotesPhrase("\u00abvid\u00e9o longue\u00bb", stopwords), true);
  assert.equal(search.quotesPhrase("long video", stopwords), false);
  assert.equal(search.quotesPhrase("\"video\" generation", stopwords), false, "one word quoted is that word");
  assert.equal(search.quotesPhrase("\"the video\"", stopwords), false, "a common word is not searched");
  assert.equal(search.quotesPhrase("\"long video", stopwords), false, "no closing quote");
});

test("a typo forgiven is said, naming the words typed that no paper has and the words they were read as", () => {
  assert.equal(search.typoNote([]), "");
  assert.equal(search.typoNote(["jose"], ["pose"]),
    "No paper has \u201cjose\u201d as typed: these have a word spelled nearly so (\u201cpose\u201d).");
  assert.equal(search.typoNote(["jose", "vidoe"], ["pose", "video", "rose", "hose", "nose"]),
    "No paper has \u201cjose\u201d or \u201cvidoe\u201d as typed: these have a word spelled nearly so"
    + " (\u201cpose\u201d, \u201cvideo\u201d, \u201crose\u201d, \u201chose\u201d, \u2026).");
});

test("Chinese and Japanese text, written without spaces, is searched by the pairs of characters its runs hold", () => {
  assert.deepEqual(list(search.words("\u89c6\u9891\u751f\u6210\u7684\u7814\u7a76 GPT\u89c6\u9891 \u30c7\u30fc\u30bf \u7684", new Set())),
    ["\u89c6\u9891", "\u9891\u751f", "\u751f\u6210", "\u6210\u7684", "\u7684\u7814", "\u7814\u7a76", "gpt", "\u89c6\u9891",
      "\u30c6\u30fc", "\u30fc\u30bf"]);
  const texts = papers().concat([{ title: "\u89c6\u9891\u751f\u6210\u7684\u7814\u7a76",
    abstract: "\u6211\u4eec\u7814\u7a76\u957f\u89c6\u9891\u3002\u6269\u6563\u6a21\u578b\u751f\u6210\u89c6\u9891\u3002", tags: [0], authors: [0] }]);
  const engine = engineOf(index(texts));
  // a word inside the title's run, and a phrase of two words, find the paper; a word it lacks does not
  assert.deepEqual(list(indices(engine.search("\u751f\u6210", NO_FILTERS))), [3]);
  assert.deepEqual(list(indices(engine.search("\u89c6\u9891\u751f\u6210", NO_FILTERS))), [3]);
  assert.deepEqual(list(indices(engine.search("\u56fe\u50cf", NO_FILTERS))), []);
  // the run that holds the word is marked, and the abstract's sentence that has it is shown
  const result = engine.search("\u6269\u6563", NO_FILTERS);
  assert.deepEqual(list(indices(result)), [3]);
  assert.equal(search.sentenceWith(texts[3].abstract, result.matchedWords), "\u6269\u6563\u6a21\u578b\u751f\u6210\u89c6\u9891\u3002");
  assert.deepEqual(list(search.highlights("\u89c6\u9891\u751f\u6210\u7684\u7814\u7a76", new Set(["\u751f\u6210"]))).map((p) => p.marked), [true]);
});
