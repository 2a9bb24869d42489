"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { openPage, rootScript, postingScript, titleScript } = require("./page.js");

const KEY = "0123456789abcdef";
const TITLES_KEY = "00112233445566ff";

/* The root of a site of one paper, "Long video generation", as the plugin writes it (version 4), cited by
   the key its curator gave it, DBLP's "DBLP:conf/x/LongVG25". */
const ROOT = {
  version: 4, stopwords: "of the", count: 1, dates: "2025-01-03", facets: "", links: "", tags: [], hubs: [],
  digests: [], authors: [], words: "generation long video", counts: "111", postingsKey: KEY, postingStarts: [0],
  titlesKey: TITLES_KEY, papersPerTitleFile: 64
};

/* That site's files: its root, its one posting file (each word in paper 0's title) and its one title file. */
function site(root = rootScript(ROOT)) {
  return { "assets/search-index.js": root, "search-postings/0.js": postingScript(KEY, 0, "1 1 1", "0dblp:conf/x/longvg25,0"),
    "search-titles/0.js": titleScript(TITLES_KEY, 0, ["Long video generation"], ["paper/p0.html"]) };
}

/* The root of version 2, as a cache may keep it from a build before titles had files of their own. */
const VERSION_2_ROOT = rootScript({ ...ROOT, version: 2, titles: "Long video generation", paths: "paper/p0.html" });

/* The root of version 1, as a cache may keep it from a build before version 2. */
const VERSION_1_ROOT = rootScript({ version: 1, stopwords: "of the",
  papers: [["Long video generation", "paper/p0.html", "2025-01-03", [], [], [], []]], words: "generation long video",
  postings: "1 1 1" });

test("a first letter typed asks for more and loads no posting file, not says no paper matches", async () => {
  const asked = [];
  const page = openPage(new Proxy(site(), { get: (files, name) => (asked.push(name), files[name]) }));
  page.type("d");
  await page.settled();
  const box = page.element("search-suggestions");
  assert.equal(box.hidden, false);
  assert.equal(box.textContent, "Type more, or press Enter to search titles and tags for \u201cd\u201d as a word of"
    + " its own.");
  assert.deepEqual(box.querySelectorAll("a"), [], "no paper, no link to the search page");
  assert.deepEqual(asked.filter((name) => String(name).startsWith("search-postings/")), [], "no posting file asked for");
});

test("an arXiv id the site does not have leads to the search page, not asks for more", async () => {
  const page = openPage(site());
  page.type("2401.09414");
  await page.settled();
  const box = page.element("search-suggestions");
  assert.doesNotMatch(box.textContent, /Type more/);
  assert.ok(box.querySelectorAll("a").some((a) => /\?q=2401\.09414$/.test(a.href)), box.textContent);
});

test("words of one character that no title or tag has ask for more", async () => {
  const page = openPage(site());
  page.type("d x");
  await page.settled();
  assert.equal(page.element("search-suggestions").textContent, "Type more: a word of one character finds only the"
    + " titles and tags that have it as a word of its own, and none has \u201cd x\u201d.");
});

test("a word typed in the search box suggests the papers that have it", async () => {
  const page = openPage(site());
  page.type("video");
  await page.settled();
  const box = page.element("search-suggestions");
  assert.equal(box.hidden, false);
  assert.deepEqual(box.querySelectorAll("a").map((a) => a.textContent),
    ["Long video generation", "The 1 result"]);
});

test("a root of another version, kept by a cache from an earlier build, makes search say to reload the page", async () => {
  const page = openPage(site(VERSION_1_ROOT));
  await assert.rejects(page.window.paperDigestSearch.loadFor("video"),
    (error) => error.reload === true && /reload the page/.test(error.message));
  page.type("video");
  await page.settled();
  assert.match(page.element("search-suggestions").textContent, /reload the page/);
  assert.deepEqual(page.element("search-suggestions").querySelectorAll("a"), [], "no suggestion");
});

test("on the search page, a root of another version says to reload the page and shows no result", async () => {
  for (const old of [VERSION_1_ROOT, VERSION_2_ROOT]) {
    const page = openPage(site(old), { searchPage: true, query: "?q=video" });
    await page.settled();
    assert.match(page.element("search-status").textContent, /reload the page/);
    assert.deepEqual(page.element("results").querySelectorAll("li"), []);
  }
});

test("a title file of another build, kept by a cache, makes search say to reload the page, not show its titles",
  async () => {
    const files = site();
    files["search-titles/0.js"] = titleScript("fedcba9876543210", 0, ["Another paper"], ["paper/other.html"]);
    const page = openPage(files);
    page.type("video");
    await page.settled();
    assert.match(page.element("search-suggestions").textContent, /reload the page/);
    assert.deepEqual(page.element("search-suggestions").querySelectorAll("a"), [], "no suggestion");

    const searchPage = openPage(files, { searchPage: true, query: "?q=video" });
    await searchPage.settled();
    assert.match(searchPage.element("search-status").textContent, /reload the page/);
  });

test("a title file that did not load is tried again by the next keystroke", async () => {
  const files = site();
  const titles = files["search-titles/0.js"];
  delete files["search-titles/0.js"];
  const page = openPage(files);
  page.type("video");
  await page.settled();
  assert.match(page.element("search-suggestions").textContent, /reload the page/);
  files["search-titles/0.js"] = titles;
  page.type("video g");
  await page.settled();
  assert.deepEqual(page.element("search-suggestions").querySelectorAll("a").map((a) => a.textContent),
    ["Long video generation", "The 1 result"]);
});

test("a root that fails to load says search cannot be loaded, which reloading would not mend", async () => {
  const files = site();
  delete files["assets/search-index.js"];
  const page = openPage(files, { searchPage: true, query: "?q=video" });
  await page.settled();
  assert.match(page.element("search-status").textContent, /could not be loaded/);
});

test("the search page shows the results of its query once the query's posting file is in", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=video" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201cvideo\u201d.");
  assert.deepEqual(page.element("results").querySelectorAll("a").map((a) => a.textContent), ["Long video generation"]);
});

test("a posting file of another build, kept by a cache, makes search say to reload the page", async () => {
  const files = site();
  files["search-postings/0.js"] = postingScript("fedcba9876543210", 0, "1 1 1");
  const page = openPage(files);
  page.type("video");
  await page.settled();
  assert.match(page.element("search-suggestions").textContent, /reload the page/);
});

test("on the search page, typing after the root failed still says why search does not work, not that it loads", async () => {
  const page = openPage(site(VERSION_1_ROOT), { searchPage: true, query: "?q=video" });
  await page.settled();
  page.type("video generation");
  await page.settled();
  assert.match(page.element("search-status").textContent, /reload the page/);

  const files = site();
  delete files["assets/search-index.js"];
  const missing = openPage(files, { searchPage: true });
  await missing.settled();
  missing.type("video");
  await missing.settled();
  assert.match(missing.element("search-status").textContent, /could not be loaded/);
});

test("filters of an old link that this site no longer has are left out, and the search page says so", async () => {
  const root = rootScript({ ...ROOT, facets: "0;;;", tags: [["video-generation", "Video generation", "tag/v.html"]] });
  const page = openPage(site(root), { searchPage: true, query: "?q=video&tag=gone-tag&tag=video-generation&hub=nope" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "The link names the tag \u201cgone-tag\u201d and the hub"
    + " \u201cnope\u201d, which this site does not have (renamed or removed since): results without them."
    + " 1 paper matches \u201cvideo\u201d, tagged Video generation.");
  assert.equal(page.element("results").querySelectorAll("a")[0].textContent, "Long video generation");
});

test("focusing the search box starts loading the index, and a failed load there is no unhandled rejection", async () => {
  const unhandled = [];
  const record = (reason) => unhandled.push(reason);
  process.on("unhandledRejection", record);
  try {
    const files = site();
    delete files["assets/search-index.js"];
    const page = openPage(files);
    page.input.dispatch("focus");
    await page.settled();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(unhandled, [], "the failure waits for the reader to type");
    page.type("video");
    await page.settled();
    assert.match(page.element("search-suggestions").textContent, /could not be loaded/, "typing says why");
  } finally {
    process.off("unhandledRejection", record);
  }
});

test("on the search page, Enter moves focus from the box to the status line that says what matched", async () => {
  const page = openPage(site(), { searchPage: true });
  await page.settled();
  page.input.focus();
  page.type("video");
  await page.settled();
  assert.equal(page.document.activeElement, page.input, "typing keeps focus in the box: results show as one types");
  page.submit();
  await page.settled();
  assert.equal(page.document.activeElement, page.element("search-status"));
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201cvideo\u201d.");
});

test("on the search page, Enter in an empty box keeps focus there, where there is something to type", async () => {
  const page = openPage(site(), { searchPage: true });
  await page.settled();
  page.input.focus();
  page.submit();
  await page.settled();
  assert.equal(page.document.activeElement, page.input);
});

test("a search for some of the words (a missing page's address) finds papers with any, and says so", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=no+such+long+videos+paper&match=some" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches some of the words of"
    + " \u201cno such long videos paper\u201d, those with the most first.");
  assert.deepEqual(page.element("results").querySelectorAll("a").map((a) => a.textContent), ["Long video generation"]);
  page.type("no such long videos paper");
  await page.settled();
  assert.match(page.element("search-status").textContent, /^No papers match/, "a query typed asks for every word");
});

test("a result known by its DOI links to it, the DOI's characters that would end an address's path escaped", async () => {
  const page = openPage(site(rootScript({ ...ROOT, links: "\t\t\t10.1000/a#b?c" })), { searchPage: true, query: "?q=video" });
  await page.settled();
  const doi = page.element("results").querySelectorAll("a").filter((a) => a.textContent.startsWith("DOI"));
  assert.deepEqual(doi.map((a) => a.href), ["https://doi.org/10.1000/a%23b%3Fc"]);
});

test("a result's DOI address is the one its page links, as Dois.url writes it", async () => {
  const sici = "10.1002/(sici)1097-4636(199706)35:4<518::aid-jbm12>3.0.co;2-q";
  const page = openPage(site(rootScript({ ...ROOT, links: "\t\t\t" + sici })), { searchPage: true, query: "?q=video" });
  await page.settled();
  const doi = page.element("results").querySelectorAll("a").filter((a) => a.textContent.startsWith("DOI"));
  assert.deepEqual(doi.map((a) => a.href),
    ["https://doi.org/10.1002/(sici)1097-4636(199706)35:4%3C518::aid-jbm12%3E3.0.co;2-q"]);
});

test("a word of one character beside longer words is said to only put papers first, as it leaves none out", async () => {
  const root = rootScript({ ...ROOT, words: "generation long video x", counts: "1111" });
  const files = { ...site(root), "search-postings/0.js": postingScript(KEY, 0, "1 1 1 1", "0dblp:conf/x/longvg25,0") };
  const page = openPage(files, { searchPage: true, query: "?q=long%20x" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201clong x\u201d. \u201cx\u201d, of one"
    + " character, is searched in titles and tags only: the papers that have it there come first, and none is left out.");
  page.type("long y");
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201clong y\u201d.",
    "a letter no title or tag has changes nothing, and is not said to");
});

test("a search that found a word only by forgiving a typo says so", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=genaration" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201cgenaration\u201d. No paper has"
    + " \u201cgenaration\u201d as typed: these have a word spelled nearly so (\u201cgeneration\u201d).");
  page.type("generation");
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches \u201cgeneration\u201d.");
});

test("a citation key that no paper has as a word says what it was read as", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=video2025generation" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches the citation key \u201cvideo2025generation\u201d,"
    + " read as \u201cvideo generation\u201d, those dated 2024 to 2026 first.");
});

test("a citation key a curator gave finds its paper, and the page says it was searched as a key", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=" + encodeURIComponent("DBLP:conf/x/LongVG25") });
  await page.settled();
  assert.equal(page.element("search-status").textContent,
    "1 paper matches the citation key \u201cDBLP:conf/x/LongVG25\u201d.");
  assert.deepEqual(page.element("results").querySelectorAll("h3").map((h) => h.textContent),
    ["Long video generation"]);
});

/* A site of count papers, each titled "Paper <n>": every one a result of "paper". */
function siteOfPapers(count) {
  const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  const more = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  const root = { ...ROOT, count, dates: Array(count).fill("2025-01-03").join("\n"), facets: Array(count).fill("").join("\n"),
    links: Array(count).fill("").join("\n"), words: "paper", counts: more[Math.floor(count / 32)] + digits[count % 32] };
  const titles = Array.from({ length: count }, (x, i) => "Paper " + i);
  return { "assets/search-index.js": rootScript(root), "search-postings/0.js": postingScript(KEY, 0, "1".repeat(count)),
    "search-titles/0.js": titleScript(TITLES_KEY, 0, titles, titles.map((t, i) => "paper/p" + i + ".html")) };
}

test("the button under the results says how many more it shows, of how many, and the last page as such", async () => {
  const page = openPage(siteOfPapers(45), { searchPage: true, query: "?q=paper" });
  await page.settled();
  const more = page.element("more-results");
  const shown = () => page.element("results").querySelectorAll("h3").length;
  assert.equal(shown(), 20);
  assert.equal(more.hidden, false);
  assert.equal(more.textContent, "Show 20 more of 25");
  more.dispatch("click");
  await page.settled();
  assert.equal(shown(), 40);
  assert.equal(more.textContent, "Show the last 5", "not 20 more than there are");
  more.dispatch("click");
  await page.settled();
  assert.equal(shown(), 45);
  assert.equal(more.hidden, true);
  const one = openPage(siteOfPapers(21), { searchPage: true, query: "?q=paper" });
  await one.settled();
  assert.equal(one.element("more-results").textContent, "Show the last one");
});

test("a search that finds nothing says what to try as it was made: a word, several words, an identifier, a filter", async () => {
  const said = async (query) => {
    const page = openPage(site(), { searchPage: true, query });
    await page.settled();
    return page.element("search-status").textContent;
  };
  assert.equal(await said("?q=zzzz"), "No papers match \u201czzzz\u201d. Check the spelling, or try another word.");
  assert.equal(await said("?q=video+zzzz"), "No papers match \u201cvideo zzzz\u201d. Try fewer words.");
  assert.equal(await said("?q=2501.99999"), "No papers match arXiv:2501.99999. This site does not list that paper.");
  assert.equal(await said("?q=smith2019nothing"), "No papers match the citation key \u201csmith2019nothing\u201d, read as"
    + " \u201csmith nothing\u201d, those dated 2018 to 2020 first. This site may not list that paper: try words of its title.");
});

test("a key of title words run together says what it was read as, with no years when it has none", async () => {
  const page = openPage(site(), { searchPage: true, query: "?q=longvideogeneration" });
  await page.settled();
  assert.equal(page.element("search-status").textContent, "1 paper matches the citation key \u201clongvideogeneration\u201d,"
    + " read as \u201clong video generation\u201d.");
});

/* A file of paper data as the plugin writes it: each paper's details under its page's path. */
function paperDataScript(papers) {
  const global = "window.paperDigestPapers";
  return Object.entries(papers).map(([path, paper]) => "(" + global + " = " + global + " || {})["
    + JSON.stringify(path) + "] = " + JSON.stringify(paper) + ";\n").join("");
}

test("a paper whose file of paper data did not load is not known to be gone, and its file is loaded again", async () => {
  const files = site();
  const page = openPage(files, { paperShards: 1 });
  const { findPaper, loadPaper } = page.window.PaperDigest.page;

  const failed = await findPaper("paper/p0.html");
  assert.equal(failed.paper, null);
  assert.equal(failed.loaded, false, "paper-data/0.js did not load: whether the site has the paper is not known");
  assert.equal(await loadPaper("paper/p0.html"), null, "loadPaper, for what needs the details alone, has none");

  files["paper-data/0.js"] = paperDataScript({ "paper/p0.html": { title: "Long video generation" } });
  const found = await findPaper("paper/p0.html");
  assert.equal(found.loaded, true, "a file that failed is tried again");
  assert.equal(found.paper.title, "Long video generation");
  const gone = await findPaper("paper/gone.html");
  assert.equal(gone.paper, null);
  assert.equal(gone.loaded, true, "a paper its loaded file does not hold is not in the site");
});

test("an address a paper's page moved from finds the paper where it is now, and says where", async () => {
  const files = site();
  files["paper-data/0.js"] = paperDataScript({
    "paper/new-title.html": { title: "New title" },
    "paper/old-title.html": { movedTo: "paper/new-title.html", title: "New title" }
  });
  const page = openPage(files, { paperShards: 1 });
  const { findPaper } = page.window.PaperDigest.page;

  const moved = await findPaper("paper/old-title.html");
  assert.equal(moved.movedTo, "paper/new-title.html");
  assert.equal(moved.paper.title, "New title");
  assert.equal(moved.loaded, true);
  const there = await findPaper("paper/new-title.html");
  assert.equal(there.movedTo, undefined, "the paper's own address moved nowhere");
  assert.equal(there.paper.title, "New title");
});
