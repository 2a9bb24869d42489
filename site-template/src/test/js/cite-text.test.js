"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTheme } = require("./load.js");

const { citeText } = loadTheme("search-engine.js", "cite-text.js");

/* A RIS record as Ris.java writes it: tags, two spaces, a dash, CR LF. */
function ris(...lines) {
  return lines.map((l) => l + "\r\n").join("") + "ER  - \r\n";
}

const VLOGGER = ris("TY  - CPAPER", "TI  - Vlogger: Make Your Dream A Vlog", "AU  - Zhuang, Shaobin", "AU  - Li, Kunchang",
  "AU  - Chen, Xinyuan", "AU  - Wang, Yaohui", "AU  - Liu, Ziwei", "AU  - Qiao, Yu", "AU  - Wang, Yali", "PY  - 2024",
  "T2  - CVPR 2024", "UR  - https://arxiv.org/abs/2401.09414", "L1  - https://arxiv.org/pdf/2401.09414");

const LSTM = ris("TY  - JOUR", "TI  - Long Short-Term Memory", "AU  - Hochreiter, Sepp", "AU  - Schmidhuber, J\u00fcrgen",
  "PY  - 1997", "T2  - Neural Computation", "VL  - 9", "IS  - 8", "SP  - 1735", "EP  - 1780",
  "DO  - 10.1162/neco.1997.9.8.1735");

const PREPRINT = ris("TY  - JOUR", "TI  - Attention Is All You Need", "AU  - Vaswani, Ashish", "AU  - Shazeer, Noam",
  "AU  - Parmar, Niki", "PY  - 2017", "T2  - arXiv preprint arXiv:1706.03762", "UR  - https://arxiv.org/abs/1706.03762");

test("a conference paper: APA names every author with initials, IEEE the first of more than six", () => {
  const r = citeText.record(VLOGGER);
  assert.equal(citeText.apa(r), "Zhuang, S., Li, K., Chen, X., Wang, Y., Liu, Z., Qiao, Y., & Wang, Y. (2024)."
    + " Vlogger: Make Your Dream A Vlog. In CVPR 2024. https://arxiv.org/abs/2401.09414");
  assert.equal(citeText.ieee(r), "S. Zhuang et al., \u201cVlogger: Make Your Dream A Vlog,\u201d in CVPR 2024."
    + " [Online]. Available: https://arxiv.org/abs/2401.09414");
});

test("IEEE gives a conference paper's year after its venue unless the venue names it", () => {
  const proceedings = citeText.record(ris("TY  - CPAPER", "TI  - Deep Residual Learning for Image Recognition",
    "AU  - He, Kaiming", "PY  - 2016", "T2  - Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition",
    "SP  - 770", "EP  - 778"));
  assert.equal(citeText.ieee(proceedings), "K. He, \u201cDeep Residual Learning for Image Recognition,\u201d in Proceedings of"
    + " the IEEE Conference on Computer Vision and Pattern Recognition, 2016, pp. 770\u2013778.");
  const named = citeText.record(ris("TY  - CPAPER", "TI  - T", "AU  - He, Kaiming", "PY  - 2016", "T2  - CVPR 2016",
    "SP  - 770", "EP  - 778"));
  assert.equal(citeText.ieee(named), "K. He, \u201cT,\u201d in CVPR 2016, pp. 770\u2013778.");
  const other = citeText.record(ris("TY  - CPAPER", "TI  - T", "AU  - He, Kaiming", "PY  - 2016", "T2  - ICCV 20161"));
  assert.equal(citeText.ieee(other), "K. He, \u201cT,\u201d in ICCV 20161, 2016.");
});

test("a journal article gives its volume, issue, pages and DOI", () => {
  const r = citeText.record(LSTM);
  assert.equal(citeText.apa(r), "Hochreiter, S., & Schmidhuber, J. (1997). Long Short-Term Memory. Neural Computation,"
    + " 9(8), 1735\u20131780. https://doi.org/10.1162/neco.1997.9.8.1735");
  assert.equal(citeText.ieee(r), "S. Hochreiter and J. Schmidhuber, \u201cLong Short-Term Memory,\u201d Neural Computation,"
    + " vol. 9, no. 8, pp. 1735\u20131780, 1997, doi: 10.1162/neco.1997.9.8.1735.");
});

test("an article numbered rather than paged is cited by its number", () => {
  const r = citeText.record(ris("TY  - JOUR", "TI  - Dark Matter in a Box", "AU  - Quill, Ada", "PY  - 2018",
    "T2  - Phys. Rev. D", "VL  - 98", "SP  - 030001"));
  assert.equal(citeText.apa(r), "Quill, A. (2018). Dark Matter in a Box. Phys. Rev. D, 98, Article 030001.");
  assert.equal(citeText.ieee(r), "A. Quill, \u201cDark Matter in a Box,\u201d Phys. Rev. D, vol. 98, Art. no. 030001, 2018.");
  const paged = citeText.record(ris("TY  - JOUR", "TI  - T", "AU  - Quill, Ada", "PY  - 1997", "T2  - J", "SP  - 204"));
  assert.equal(citeText.ieee(paged), "A. Quill, \u201cT,\u201d J, p. 204, 1997.");
});

test("one author named of more is 'et al.' in both styles; more than twenty are cut with an ellipsis, no '&'", () => {
  const one = citeText.record(ris("TY  - GEN", "TI  - T", "AU  - Zhuang, Shaobin", "PY  - 2024",
    "N1  - Authors after the first 1 are not named here."));
  assert.equal(citeText.apa(one), "Zhuang, S., et al. (2024). T.");
  assert.equal(citeText.ieee(one), "S. Zhuang et al., \u201cT,\u201d 2024.");
  const many = citeText.record(ris("TY  - GEN", "TI  - T", "PY  - 2024",
    ...Array.from({ length: 25 }, (_, i) => "AU  - Family" + (i + 1) + ", Given")));
  assert.match(citeText.apa(many), /^Family1, G\., .*Family19, G\., \. \. \. Family25, G\. \(2024\)\. T\.$/);
  assert.doesNotMatch(citeText.apa(many), /&/);
});

test("a record that names the first hundred authors of more: APA gives the first 19, an ellipsis and the page's last", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => "AU  - Family" + (i + 1) + ", Given");
  const record = ris("TY  - JOUR", "TI  - LongCat-Flash Technical Report", "AU  - Meituan LongCat Team", ...hundred.slice(1),
    "PY  - 2025", "T2  - arXiv preprint arXiv:2509.01322", "N1  - Authors after the first 100 are not named here.");
  const [apa, ieee] = citeText.citations(record, "Cai, Xunliang");
  assert.equal(apa.style, "APA");
  assert.match(apa.text, /^Meituan LongCat Team, Family2, G\., .*Family19, G\., \. \. \. Cai, X\. \(2025\)\. LongCat-Flash/);
  assert.equal(apa.text.split(", G.").length - 1, 18, "the first 19 authors, no more");
  assert.doesNotMatch(apa.text, /et al\.|Family20,/);
  assert.equal(ieee.text, "Meituan LongCat Team et al., \u201cLongCat-Flash Technical Report,\u201d 2025, arXiv:2509.01322.");
});

test("a list the digests did not give whole, its last author unknown: APA names at most 19, then 'et al.'", () => {
  const thirty = Array.from({ length: 30 }, (_, i) => "AU  - Family" + (i + 1) + ", Given");
  const r = citeText.record(ris("TY  - GEN", "TI  - T", ...thirty, "PY  - 2024",
    "N1  - Authors after the first 30 are not named here."));
  assert.match(citeText.apa(r), /^Family1, G\., .*Family19, G\., et al\. \(2024\)\. T\.$/);
  assert.doesNotMatch(citeText.apa(r), /Family20,/);
});

test("APA names the publisher of proceedings and reports, not a journal's, nor the author or arXiv twice", () => {
  const article = citeText.record(ris("TY  - JOUR", "TI  - Deep learning", "AU  - LeCun, Yann", "PY  - 2015",
    "T2  - Nature", "VL  - 521", "IS  - 7553", "SP  - 436", "EP  - 444", "PB  - Nature Publishing Group"));
  assert.equal(citeText.apa(article), "LeCun, Y. (2015). Deep learning. Nature, 521(7553), 436\u2013444.");
  const paper = citeText.record(ris("TY  - CPAPER", "TI  - T", "AU  - He, Kaiming", "PY  - 2016",
    "T2  - Proceedings of CVPR", "SP  - 770", "EP  - 778", "PB  - IEEE Computer Society"));
  assert.equal(citeText.apa(paper), "He, K. (2016). T. In Proceedings of CVPR (pp. 770\u2013778). IEEE Computer Society.");
  const preprint = citeText.record(ris("TY  - JOUR", "TI  - An Image is Worth 16x16 Words", "AU  - Dosovitskiy, Alexey",
    "PY  - 2020", "T2  - arXiv preprint arXiv:2010.11929", "PB  - arXiv", "DO  - 10.48550/arxiv.2010.11929"));
  assert.equal(citeText.apa(preprint), "Dosovitskiy, A. (2020). An Image is Worth 16x16 Words (arXiv:2010.11929). arXiv."
    + " https://doi.org/10.48550/arxiv.2010.11929");
  const report = citeText.record(ris("TY  - GEN", "TI  - A Report", "AU  - Quill, Ada", "PY  - 2023", "PB  - OpenAI"));
  assert.equal(citeText.apa(report), "Quill, A. (2023). A Report. OpenAI.");
  const own = citeText.record(ris("TY  - GEN", "TI  - A Report", "AU  - OpenAI", "PY  - 2023", "PB  - OpenAI"));
  assert.equal(citeText.apa(own), "OpenAI. (2023). A Report.", "an author that published its own report is named once");
});

test("a paper in proceedings published in volumes gives the volume before the pages", () => {
  const r = citeText.record(ris("TY  - CPAPER", "TI  - EMPLACE: Self-Supervised Urban Scene Change Detection",
    "AU  - Alpherts, Tim", "PY  - 2025", "T2  - Proceedings of the AAAI Conference on Artificial Intelligence", "VL  - 39",
    "SP  - 1234", "EP  - 1242"));
  assert.equal(citeText.apa(r), "Alpherts, T. (2025). EMPLACE: Self-Supervised Urban Scene Change Detection. In Proceedings"
    + " of the AAAI Conference on Artificial Intelligence (Vol. 39, pp. 1234\u20131242).");
  assert.equal(citeText.ieee(r), "T. Alpherts, \u201cEMPLACE: Self-Supervised Urban Scene Change Detection,\u201d in"
    + " Proceedings of the AAAI Conference on Artificial Intelligence, vol. 39, 2025, pp. 1234\u20131242.");
});

test("a title's own question mark takes the place of IEEE's comma, and an abbreviation keeps its full stop", () => {
  assert.equal(citeText.ieee(citeText.record(ris("TY  - GEN", "TI  - Is Attention All You Need?", "PY  - 2023"))),
    "\u201cIs Attention All You Need?\u201d 2023.");
  assert.equal(citeText.ieee(citeText.record(ris("TY  - GEN", "TI  - Cats, Dogs, etc.", "PY  - 2023"))),
    "\u201cCats, Dogs, etc.,\u201d 2023.");
  assert.equal(citeText.initials("J.R.R."), "J. R. R.");
});

test("an arXiv preprint is named by its number, not as a journal called 'arXiv preprint'", () => {
  const r = citeText.record(PREPRINT);
  assert.equal(citeText.apa(r), "Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention Is All You Need"
    + " (arXiv:1706.03762). arXiv. https://arxiv.org/abs/1706.03762");
  assert.equal(citeText.ieee(r), "A. Vaswani, N. Shazeer, and N. Parmar, \u201cAttention Is All You Need,\u201d 2017,"
    + " arXiv:1706.03762.");
});

test("an arXiv paper with a publisher's DOI and no venue, as Ris.java writes it, is cited by that DOI, no preprint", () => {
  const r = citeText.record(ris("TY  - JOUR", "TI  - Graph Transformers for Molecules", "AU  - Smith, Alice", "PY  - 2023",
    "DO  - 10.1016/j.neunet.2023.05.012", "UR  - https://arxiv.org/abs/2305.01234"));
  assert.equal(citeText.apa(r), "Smith, A. (2023). Graph Transformers for Molecules."
    + " https://doi.org/10.1016/j.neunet.2023.05.012");
  assert.equal(citeText.ieee(r), "A. Smith, \u201cGraph Transformers for Molecules,\u201d 2023,"
    + " doi: 10.1016/j.neunet.2023.05.012.");
});

test("names keep their particles, suffixes, hyphens and organisations; a list not given whole says so", () => {
  const r = citeText.record(ris("TY  - GEN", "TI  - A Report", "AU  - Van den Broeck, Guy",
    "AU  - King, Martin Luther, Jr.", "AU  - Dupont, Jean-Pierre", "AU  - Google DeepMind",
    "N1  - Authors after the first 4 are not named here."));
  assert.equal(citeText.apa(r), "Van den Broeck, G., King, M. L., Jr., Dupont, J.-P., Google DeepMind, et al. (n.d.)."
    + " A Report.");
  assert.equal(citeText.ieee(r), "G. Van den Broeck et al., \u201cA Report.\u201d");
  assert.equal(citeText.initials("\u00c9mile"), "\u00c9.");
});

test("a paper without authors leads with its title", () => {
  const r = citeText.record(ris("TY  - GEN", "TI  - Untitled Notes on Video", "PY  - 2023", "UR  - https://example.org/n"));
  assert.equal(citeText.apa(r), "Untitled Notes on Video. (2023). https://example.org/n");
  assert.equal(citeText.ieee(r), "\u201cUntitled Notes on Video,\u201d 2023. [Online]. Available: https://example.org/n");
});

test("the Cite block's styles come in their order, each with its name", () => {
  assert.deepEqual(Array.from(citeText.citations(LSTM), (c) => c.style), ["APA", "IEEE"]);
});

/* A book as Ris.java writes one from a reference manager's record (Zotero's Deep Learning). */
const DEEP_LEARNING = ris("TY  - BOOK", "TI  - Deep Learning", "AU  - Goodfellow, Ian", "AU  - Bengio, Yoshua",
  "AU  - Courville, Aaron", "PY  - 2016", "PB  - MIT Press", "CY  - Cambridge, MA, USA", "SN  - 978-0262035613",
  "UR  - https://www.deeplearningbook.org");

test("a book: APA names its publisher after the title, IEEE the place and publisher; neither quotes the title", () => {
  const r = citeText.record(DEEP_LEARNING);
  assert.equal(r.serial, "978-0262035613");
  assert.equal(citeText.apa(r), "Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press."
    + " https://www.deeplearningbook.org");
  assert.equal(citeText.ieee(r), "I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA, USA:"
    + " MIT Press, 2016. [Online]. Available: https://www.deeplearningbook.org");
});

test("a book's edition is abbreviated as both styles write it, and a first edition is not stated", () => {
  const second = citeText.record(ris("TY  - BOOK", "TI  - Pattern Classification", "AU  - Duda, Richard O.",
    "PY  - 2001", "ET  - 2", "PB  - Wiley", "CY  - New York"));
  assert.equal(citeText.apa(second), "Duda, R. O. (2001). Pattern Classification (2nd ed.). Wiley.");
  assert.equal(citeText.ieee(second), "R. O. Duda, Pattern Classification, 2nd ed. New York: Wiley, 2001.");
  assert.equal(citeText.edition("Second edition"), "2nd ed.");
  assert.equal(citeText.edition("3rd"), "3rd ed.");
  assert.equal(citeText.edition("11"), "11th ed.");
  assert.equal(citeText.edition("22"), "22nd ed.");
  assert.equal(citeText.edition("1st"), "");
  assert.equal(citeText.edition("First"), "");
  assert.equal(citeText.edition("Revised"), "Revised ed.");
});

test("a chapter is cited in its book, with the book's edition and the chapter's pages", () => {
  const r = citeText.record(ris("TY  - CHAP", "TI  - Gradient-Based Learning Applied to Document Recognition",
    "AU  - LeCun, Yann", "PY  - 1998", "T2  - Intelligent Signal Processing", "ET  - 2nd", "SP  - 306", "EP  - 351",
    "PB  - IEEE Press", "CY  - New York", "SN  - 978-0780360105", "DO  - 10.1109/5.726791"));
  assert.equal(citeText.apa(r), "LeCun, Y. (1998). Gradient-Based Learning Applied to Document Recognition. In"
    + " Intelligent Signal Processing (2nd ed., pp. 306\u2013351). IEEE Press. https://doi.org/10.1109/5.726791");
  assert.equal(citeText.ieee(r), "Y. LeCun, \u201cGradient-Based Learning Applied to Document Recognition,\u201d in"
    + " Intelligent Signal Processing, 2nd ed. New York: IEEE Press, 1998, pp. 306\u2013351, doi: 10.1109/5.726791.");
});

test("a chapter in an edited book names the book's editors, initials first, before the book", () => {
  const r = citeText.record(ris("TY  - CHAP", "TI  - Dropout as Regularisation", "AU  - Lee, Ann", "A2  - Doe, Jane",
    "A2  - Roe, Richard P.", "PY  - 2020", "T2  - Handbook of Deep Learning", "SP  - 1", "EP  - 20", "PB  - Springer",
    "CY  - Cham", "ET  - 2"));
  assert.equal(JSON.stringify(r.editors), JSON.stringify([{ family: "Doe", given: "Jane", suffix: "" },
    { family: "Roe", given: "Richard P.", suffix: "" }]));
  assert.equal(citeText.apa(r), "Lee, A. (2020). Dropout as Regularisation. In J. Doe & R. P. Roe (Eds.), Handbook of"
    + " Deep Learning (2nd ed., pp. 1\u201320). Springer.");
  assert.equal(citeText.ieee(r), "A. Lee, \u201cDropout as Regularisation,\u201d in Handbook of Deep Learning, 2nd ed.,"
    + " J. Doe and R. P. Roe, Eds. Cham: Springer, 2020, pp. 1\u201320.");
});

test("one editor is '(Ed.)' and 'Ed.', three are listed with a serial comma in both styles", () => {
  const one = citeText.record(ris("TY  - CHAP", "TI  - T", "AU  - Lee, Ann", "A2  - Mayer, Richard E.", "PY  - 2005",
    "T2  - The Cambridge Handbook of Multimedia Learning", "SP  - 19", "EP  - 30", "PB  - Cambridge University Press"));
  assert.equal(citeText.apa(one), "Lee, A. (2005). T. In R. E. Mayer (Ed.), The Cambridge Handbook of Multimedia"
    + " Learning (pp. 19\u201330). Cambridge University Press.");
  assert.equal(citeText.ieee(one), "A. Lee, \u201cT,\u201d in The Cambridge Handbook of Multimedia Learning, R. E."
    + " Mayer, Ed. Cambridge University Press, 2005, pp. 19\u201330.");
  const three = citeText.record(ris("TY  - CHAP", "TI  - T", "AU  - Lee, Ann", "A2  - Doe, Jane", "A2  - Roe, Rick",
    "A2  - IEEE Computer Society", "PY  - 2005", "T2  - Book"));
  assert.match(citeText.apa(three), / In J\. Doe, R\. Roe, & IEEE Computer Society \(Eds\.\), Book\.$/);
  assert.match(citeText.ieee(three), /in Book, J\. Doe, R\. Roe, and IEEE Computer Society, Eds\., 2005\.$/);
  const seven = citeText.record(ris("TY  - CHAP", "TI  - T", "AU  - Lee, Ann", "PY  - 2005", "T2  - Book",
    ...["A", "B", "C", "D", "E", "F", "G"].map((family) => "A2  - " + family + ", Ann")));
  assert.match(citeText.ieee(seven), /in Book, A\. A et al\., Eds\., 2005\.$/);
});

test("an edited book without authors is named by its editors, '(Ed.)' in APA and ', Ed.,' in IEEE", () => {
  const one = citeText.record(ris("TY  - BOOK", "TI  - Social Discourse and Moral Judgment", "ED  - Robinson, Daniel N.",
    "PY  - 1992", "PB  - Academic Press", "CY  - San Diego"));
  assert.equal(citeText.apa(one), "Robinson, D. N. (Ed.). (1992). Social Discourse and Moral Judgment. Academic Press.");
  assert.equal(citeText.ieee(one), "D. N. Robinson, Ed., Social Discourse and Moral Judgment. San Diego: Academic Press,"
    + " 1992.");
  const two = citeText.record(ris("TY  - BOOK", "TI  - A New Companion to Malory", "ED  - Leitch, Megan G.",
    "ED  - Rushton, Cory James", "PY  - 2019", "ET  - 2", "PB  - D. S. Brewer"));
  assert.equal(citeText.apa(two), "Leitch, M. G., & Rushton, C. J. (Eds.). (2019). A New Companion to Malory (2nd ed.)."
    + " D. S. Brewer.");
  assert.equal(citeText.ieee(two), "M. G. Leitch and C. J. Rushton, Eds., A New Companion to Malory, 2nd ed. D. S."
    + " Brewer, 2019.");
});

test("a book with authors keeps them in front and names its editors after its title, before its edition", () => {
  // APA 7's authored book with an editor, "Title (K. V. Kukil, Ed.)", its role before its edition, as "(H. Weaver,
  // Trans.; 2nd ed.)"; IEEE names them after the book's title and edition, as it names a chapter's book's editors
  const r = citeText.record(ris("TY  - BOOK", "TI  - Deep Learning", "AU  - Goodfellow, Ian", "ED  - Doe, Jane",
    "PY  - 2016", "PB  - MIT Press"));
  assert.equal(citeText.apa(r), "Goodfellow, I. (2016). Deep Learning (J. Doe, Ed.). MIT Press.");
  assert.equal(citeText.ieee(r), "I. Goodfellow, Deep Learning, J. Doe, Ed. MIT Press, 2016.");
  const two = citeText.record(ris("TY  - BOOK", "TI  - The Unabridged Journals", "AU  - Plath, Sylvia",
    "ED  - Kukil, Karen V.", "ED  - Roe, Rick", "PY  - 2000", "ET  - 2", "PB  - Anchor", "CY  - New York",
    "DO  - 10.1000/journals"));
  assert.equal(citeText.apa(two), "Plath, S. (2000). The Unabridged Journals (K. V. Kukil & R. Roe, Eds.; 2nd ed.)."
    + " Anchor. https://doi.org/10.1000/journals");
  assert.equal(citeText.ieee(two), "S. Plath, The Unabridged Journals, 2nd ed., K. V. Kukil and R. Roe, Eds. New York:"
    + " Anchor, 2000, doi: 10.1000/journals.");
});

test("a book's or report's A2 is its series' editor, never cited as the book's: neither style prints one", () => {
  // Zotero's RIS: A2 of a book or report is its series editor, A3 of a chapter its series editor; APA 7 and IEEE give
  // no series editor in a reference, so an authored book reads as one with no editor
  const book = citeText.record(ris("TY  - BOOK", "TI  - Deep Learning", "AU  - Goodfellow, Ian", "A2  - Bach, Francis",
    "PY  - 2016", "PB  - MIT Press"));
  assert.equal(JSON.stringify(book.editors), "[]");
  assert.equal(JSON.stringify(book.seriesEditors), JSON.stringify([{ family: "Bach", given: "Francis", suffix: "" }]));
  assert.equal(citeText.apa(book), "Goodfellow, I. (2016). Deep Learning. MIT Press.");
  assert.equal(citeText.ieee(book), "I. Goodfellow, Deep Learning. MIT Press, 2016.");
  const edited = citeText.record(ris("TY  - BOOK", "TI  - T", "ED  - Doe, Jane", "A2  - Bach, Francis", "PY  - 2016"));
  assert.equal(citeText.apa(edited), "Doe, J. (Ed.). (2016). T.");
  const report = citeText.record(ris("TY  - RPRT", "TI  - T", "AU  - Lee, Ann", "A2  - Bach, Francis", "PY  - 2016"));
  assert.equal(JSON.stringify(report.editors), "[]");
  const chapter = citeText.record(ris("TY  - CHAP", "TI  - T", "AU  - Lee, Ann", "A2  - Doe, Jane",
    "A3  - Bach, Francis", "C2  - Roe, Rick", "PY  - 2005", "T2  - Book"));
  assert.equal(JSON.stringify(chapter.editors), JSON.stringify([{ family: "Doe", given: "Jane", suffix: "" }]));
  assert.equal(JSON.stringify(chapter.bookAuthors), JSON.stringify([{ family: "Roe", given: "Rick", suffix: "" }]));
  assert.equal(citeText.apa(chapter), "Lee, A. (2005). T. In J. Doe (Ed.), Book.");
});

test("a chapter whose record names its book's editors but not the book still names them, with its pages", () => {
  const r = citeText.record(ris("TY  - CHAP", "TI  - T", "AU  - Lee, Ann", "A2  - Doe, Jane", "PY  - 2005",
    "SP  - 19", "EP  - 30", "PB  - Springer"));
  assert.equal(citeText.apa(r), "Lee, A. (2005). T. In J. Doe (Ed.) (pp. 19\u201330). Springer.");
  assert.equal(citeText.ieee(r), "A. Lee, \u201cT,\u201d in J. Doe, Ed. Springer, 2005, pp. 19\u201330.");
});

test("APA names the editors of proceedings published as an edited book, as it names a chapter's", () => {
  const r = citeText.record(ris("TY  - CPAPER", "TI  - T", "AU  - Lee, Ann", "A2  - Doe, Jane", "PY  - 2019",
    "T2  - Proceedings of the Workshop on Things", "SP  - 5", "EP  - 9", "PB  - ACL"));
  assert.equal(citeText.apa(r), "Lee, A. (2019). T. In J. Doe (Ed.), Proceedings of the Workshop on Things"
    + " (pp. 5\u20139). ACL.");
});

test("a thesis names its degree and university, as APA's brackets and IEEE's dissertation say them", () => {
  const phd = citeText.record(ris("TY  - THES", "TI  - Learning Deep Generative Models", "AU  - Salakhutdinov, Ruslan",
    "PY  - 2009", "PB  - University of Toronto", "CY  - Toronto", "M3  - PhD thesis"));
  assert.equal(citeText.apa(phd), "Salakhutdinov, R. (2009). Learning Deep Generative Models [Doctoral dissertation,"
    + " University of Toronto].");
  assert.equal(citeText.ieee(phd), "R. Salakhutdinov, \u201cLearning Deep Generative Models,\u201d Ph.D. dissertation,"
    + " University of Toronto, Toronto, 2009.");
  const masters = citeText.record(ris("TY  - THES", "TI  - T", "AU  - Quill, Ada", "PY  - 2020",
    "PB  - ETH Z\u00fcrich", "M3  - MSc thesis"));
  assert.equal(citeText.apa(masters), "Quill, A. (2020). T [Master\u2019s thesis, ETH Z\u00fcrich].");
  assert.equal(citeText.ieee(masters), "A. Quill, \u201cT,\u201d M.S. thesis, ETH Z\u00fcrich, 2020.");
});

test("a report gives its kind and number and the institution that issued it", () => {
  const r = citeText.record(ris("TY  - RPRT", "TI  - Learning Multiple Layers of Features from Tiny Images",
    "AU  - Krizhevsky, Alex", "PY  - 2009", "PB  - University of Toronto", "M3  - Technical report", "SN  - TR-2009",
    "UR  - https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf"));
  assert.equal(citeText.apa(r), "Krizhevsky, A. (2009). Learning Multiple Layers of Features from Tiny Images"
    + " (Technical report No. TR-2009). University of Toronto. https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf");
  assert.equal(citeText.ieee(r), "A. Krizhevsky, \u201cLearning Multiple Layers of Features from Tiny Images,\u201d"
    + " University of Toronto, Tech. Rep. TR-2009, 2009. [Online]. Available:"
    + " https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf");
});

test("a paper cited as published is cited as its version of record, without its arXiv id, in both styles", () => {
  // Ris.java's record of an arXiv paper published at a venue: the venue, no "arXiv preprint" secondary title
  const r = citeText.record(ris("TY  - CPAPER", "TI  - Attention Is All You Need", "AU  - Vaswani, Ashish", "PY  - 2017",
    "T2  - NeurIPS 2017", "UR  - https://arxiv.org/abs/1706.03762"));
  assert.doesNotMatch(citeText.apa(r), /arXiv:/);
  assert.doesNotMatch(citeText.ieee(r), /arXiv:/);
});

test("a DOI's address escapes what would end it: doi.org would resolve another DOI", () => {
  const r = citeText.record(ris("TY  - JOUR", "TI  - A Paper With a SICI DOI", "AU  - Doe, Jane", "PY  - 1998",
    "T2  - JASIS", "DO  - 10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#"));
  assert.equal(citeText.apa(r), "Doe, J. (1998). A Paper With a SICI DOI. JASIS."
    + " https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-%23");
  assert.match(citeText.ieee(r), /doi: 10\.1002\/\(sici\)1097-4571\(199806\)49:8<693::aid-asi4>3\.0\.co;2-#\.$/);
  const q = citeText.record(ris("TY  - JOUR", "TI  - T", "AU  - Doe, Jane", "PY  - 2020", "T2  - J",
    "DO  - 10.1000/a?b%c\"d e[f]"));
  assert.ok(citeText.apa(q).endsWith(" https://doi.org/10.1000/a%3Fb%25c%22d%20e%5Bf%5D"), citeText.apa(q));
});

test("IEEE quotes a title: double quotes inside it become single ones, nested as IEEE nests them", () => {
  const r = citeText.record(ris("TY  - JOUR", "TI  - Say \"Hello\" to \u201cVideo\u201d Models", "AU  - Doe, Jane",
    "PY  - 2020", "T2  - Journal of X", "VL  - 3"));
  assert.equal(citeText.ieee(r), "J. Doe, \u201cSay \u2018Hello\u2019 to \u2018Video\u2019 Models,\u201d Journal of X, vol. 3, 2020.");
  assert.equal(citeText.apa(r), "Doe, J. (2020). Say \"Hello\" to \u201cVideo\u201d Models. Journal of X, 3.");
});
