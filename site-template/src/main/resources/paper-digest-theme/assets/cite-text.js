/* Paper Digest: a paper's citation as text in a reference list's style (APA, IEEE), made from the RIS record the
 * paper's page already carries for its "Download .ris" link, without the page (tested under Node). site.js shows
 * them in the Cite block. The RIS record is the plugin's (Ris.java): authors family name first ("Van den Broeck,
 * Guy", "King, Martin Luther, Jr."), an organisation whole without a comma, an arXiv paper without a venue as
 * "arXiv preprint arXiv:ID", a note (N1) when the digests named only the first authors, and editors as Zotero reads
 * them: A2 a chapter's book's (or proceedings'), ED an edited book's own. */
(function (global) {
  "use strict";

  const ARXIV_PREPRINT = /^arXiv preprint arXiv:(\S+)$/;
  /* The types whose A2 names the editors of the series the work is in (Ris.java writes them so, as Zotero reads them). */
  const SERIES_IN_A2 = ["BOOK", "RPRT"];

  /* The fields of one RIS record: { type, authors: [{ family, given, suffix } or { name }], editors, seriesEditors and
     bookAuthors (alike), title, year, venue,
     arxiv, volume, issue, first, last, publisher, place, edition, serial, genre, doi, url, moreAuthors }, and
     finalAuthor when citations() is told. A book's or chapter's serial number (SN) is its ISBN, a report's its number;
     genre (M3) is a thesis's or report's kind in its own words ("Doctoral dissertation"). */
  function record(ris) {
    const r = { type: "GEN", authors: [], editors: [], seriesEditors: [], bookAuthors: [], title: "", year: "", venue: "", arxiv: "", volume: "", issue: "", first: "",
      last: "", publisher: "", place: "", edition: "", serial: "", genre: "", doi: "", url: "", moreAuthors: false };
    for (const line of ris.split(/\r?\n/)) {
      const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
      if (!m) {
        continue;
      }
      const value = m[2].trim();
      switch (m[1]) {
        case "TY": r.type = value; break;
        case "TI": r.title = value; break;
        case "AU": r.authors.push(person(value)); break;
        // A2 is a book's or report's series editor, as Zotero reads it, and A3 a chapter's or conference paper's:
        // neither is the work's editor nor its book's, and neither style prints them; C2 a chapter's book's author
        case "A2": (SERIES_IN_A2.includes(r.type) ? r.seriesEditors : r.editors).push(person(value)); break;
        case "A3": r.seriesEditors.push(person(value)); break;
        case "C2": r.bookAuthors.push(person(value)); break;
        case "ED": r.editors.push(person(value)); break;
        case "PY": r.year = value; break;
        case "T2": {
          const preprint = ARXIV_PREPRINT.exec(value);
          if (preprint) {
            r.arxiv = preprint[1];
          } else {
            r.venue = value;
          }
          break;
        }
        case "VL": r.volume = value; break;
        case "IS": r.issue = value; break;
        case "SP": r.first = value; break;
        case "EP": r.last = value; break;
        case "PB": r.publisher = value; break;
        case "CY": r.place = value; break;
        case "ET": r.edition = value; break;
        case "SN": r.serial = value; break;
        case "M3": r.genre = value; break;
        case "DO": r.doi = value; break;
        case "UR": r.url = value; break;
        case "N1": r.moreAuthors = true; break;
        default: break;
      }
    }
    return r;
  }

  /* "Zhuang, Shaobin", "King, Martin Luther, Jr.", or an organisation's name, which has no comma. */
  function person(written) {
    const parts = written.split(",").map((p) => p.trim());
    return parts.length === 1 ? { name: parts[0] } : { family: parts[0], given: parts[1] || "", suffix: parts[2] || "" };
  }

  /* "Martin Luther" as "M. L.", "Jean-Pierre" as "J.-P.", "J.R.R." as "J. R. R.", an initial as written. */
  function initials(given) {
    return given.split(/\s+|(?<=\.)(?=\p{L})/u).filter(Boolean)
      .map((name) => name.split("-").map((part) => Array.from(part)[0] + ".").join("-")).join(" ");
  }

  function pages(r) {
    return r.first + (r.last ? "\u2013" + r.last : "");
  }

  /* An article's number where a journal numbers articles instead of paging them (Phys. Rev. D's 030001, e1234, A6):
     a first page alone with a letter, a leading zero or five digits and more. */
  function articleNumber(r) {
    return !r.last && /^(?:\p{L}|0)|\d{5}/u.test(r.first);
  }

  function withStop(text) {
    return /[.?!]$/.test(text) ? text : text + ".";
  }

  /* A DOI's address as the paper's page links it (search-engine.js's doiAddress, which every page loads first). */
  function link(r) {
    return r.doi ? global.PaperDigest.search.doiAddress(r.doi) : r.url;
  }

  const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

  /* An edition as both styles abbreviate it ("2" and "Second edition" as "2nd ed.", "Revised" as "Revised ed."), or ""
     for a first edition, which neither style states. */
  function edition(written) {
    const words = written.trim().replace(/(?:^|\s+)(?:edition|ed\.?)$/i, "");
    const spelled = ORDINAL_WORDS.indexOf(words.toLowerCase()) + 1;
    const number = spelled || (/^(\d+)(?:st|nd|rd|th)?$/i.exec(words) || [])[1];
    if (!words || Number(number) === 1) {
      return "";
    }
    if (!number) {
      return words + " ed.";
    }
    const n = Number(number);
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th";
    return n + suffix + " ed.";
  }

  /* A thesis's degree: "masters", "doctoral", or its own words when they name neither (a habilitation). */
  function degree(genre) {
    return /master|\bm\.?\s?(?:sc|s|a|phil|eng)\b/i.test(genre) ? "masters"
      : !genre || /ph\.?\s?d|doctor|dissertation/i.test(genre) ? "doctoral" : genre;
  }

  /* A report's kind and number as IEEE abbreviates them: "Tech. Rep. 123", "Rep. 123". */
  function reportNumber(r) {
    const kind = /tech/i.test(r.genre) ? "Tech. Rep." : "Rep.";
    return r.serial ? kind + " " + r.serial : /tech/i.test(r.genre) ? kind : "";
  }

  /* Whether the record's editors are those of the book or proceedings it is in (A2 of a chapter, a conference paper, an
     article), not its own. */
  function editorsOfContainer(r) {
    return ["CHAP", "CPAPER", "JOUR"].includes(r.type);
  }

  /* Whether the work is named by its editors, as an edited book is: it has no author, and its editors are its own. */
  function byEditors(r) {
    return r.authors.length === 0 && r.editors.length > 0 && !editorsOfContainer(r);
  }

  /* APA's names of editors, initials first: "R. E. Mayer & J. Doe", "J. Doe, R. Roe, & IEEE Computer Society". */
  function apaNames(people) {
    const names = people.map((e) => e.name || (e.given ? initials(e.given) + " " : "") + e.family
      + (e.suffix ? ", " + e.suffix : ""));
    return names.length <= 2 ? names.join(" & ") : names.slice(0, -1).join(", ") + ", & " + names[names.length - 1];
  }

  function apaRole(people) {
    return people.length === 1 ? "Ed." : "Eds.";
  }

  /* APA's editors of the book a chapter or paper is in ("In R. E. Mayer & J. Doe (Eds.), Book"). */
  function apaEditors(r) {
    return apaNames(r.editors) + " (" + apaRole(r.editors) + ")";
  }

  /* APA (7th edition): up to 20 authors, "&" before the last; an edited book's editors in their place, "(Ed.)" after
     them; the title as the digest gives it. */
  function apa(r) {
    const name = (a) => a.name || a.family + (a.given ? ", " + initials(a.given) : "") + (a.suffix ? ", " + a.suffix : "");
    const edited = byEditors(r);
    const names = (edited ? r.editors : r.authors).map(name);
    // more than 20: the first 19, an ellipsis and the last, with no "&" (the last is the page's when the record names
    // only the first hundred); a list not given whole, its last author unknown, ends "et al." after at most 19
    const authors = names.length === 0 ? "" : r.moreAuthors && r.finalAuthor ? names.slice(0, 19).join(", ") + ", . . . "
        + name(r.finalAuthor)
      : r.moreAuthors ? names.slice(0, 19).join(", ") + ", et al."
      : names.length > 20 ? names.slice(0, 19).join(", ") + ", . . . " + names[names.length - 1]
      : names.length === 1 ? names[0]
      : names.length === 2 ? names[0] + ", & " + names[1]
      : names.slice(0, -1).join(", ") + ", & " + names[names.length - 1];
    const named = edited ? authors + (names.length === 1 ? " (Ed.)" : " (Eds.)") : authors;
    const year = "(" + (r.year || "n.d.") + ").";
    if (["BOOK", "CHAP", "THES", "RPRT"].includes(r.type)) {
      return apaWork(r, named, year);
    }
    // a preprint is named by its number, after its title, and published by arXiv. A paper cited as published (a venue
    // or a publisher's DOI) is cited as its version of record without its arXiv id, as APA asks ("use and cite the
    // final, published version"); its RIS record does not carry the id, and its BibTeX entry keeps it (eprint) for the
    // styles that print one
    const title = r.arxiv && !r.venue ? r.title.replace(/[.]$/, "") + " (arXiv:" + r.arxiv + ")." : withStop(r.title);
    const parts = named ? [withStop(named), year, title] : [title, year];
    if (r.venue && r.type === "CPAPER") {
      // proceedings published in volumes (AAAI's, PMLR's, LNCS's) give the volume before the pages; edited ones their
      // editors before their title, as a chapter's book
      const where = [r.volume ? "Vol. " + r.volume : "", r.first ? "pp. " + pages(r) : ""].filter(Boolean).join(", ");
      const editors = r.editors.length > 0 ? apaEditors(r) + ", " : "";
      parts.push("In " + editors + r.venue + (where ? " (" + where + ")" : "") + ".");
    } else if (r.venue) {
      parts.push(r.venue + (r.volume ? ", " + r.volume + (r.issue ? "(" + r.issue + ")" : "") : "")
        + (r.first ? ", " + (articleNumber(r) ? "Article " : "") + pages(r) : "") + ".");
    } else if (r.arxiv) {
      parts.push("arXiv.");
    }
    // the publisher of a conference's proceedings, a report or a book; none for a journal's article, as APA asks, nor
    // when it is the author (an organisation's report), nor arXiv's again after a preprint (DataCite's BibTeX for an
    // arXiv DOI says "publisher = {arXiv}")
    const same = (a, b) => a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
    const journalArticle = r.venue && r.type === "JOUR";
    const author = r.authors.length === 1 && r.authors[0].name && same(r.authors[0].name, r.publisher);
    const preprintOfArxiv = !r.venue && r.arxiv && same(r.publisher, "arXiv");
    if (r.publisher && !journalArticle && !author && !preprintOfArxiv) {
      parts.push(withStop(r.publisher));
    }
    const address = link(r);
    return parts.join(" ") + (address ? " " + address : "");
  }

  /* APA (7th edition) of a book ("Title (2nd ed.). Publisher.", "Title (E. Editor, Ed.). Publisher." when it has
     authors and editors), a chapter ("Chapter. In E. Editor (Ed.), Book (2nd
     ed., pp. 1–20). Publisher."), a thesis ("Title [Doctoral dissertation, University].") and a report ("Title (Report No. 12).
     Institution."). A book's ISBN is no part of an APA reference. */
  function apaWork(r, authors, year) {
    const ed = r.edition ? edition(r.edition) : "";
    const title = r.title.replace(/[.]$/, "");
    const parts = [];
    if (r.type === "BOOK") {
      // a book by its authors names its editors after its title, initials first, before its edition ("(K. V. Kukil,
      // Ed.; 2nd ed.)"); an edited book's are its byline
      const editors = r.editors.length > 0 && !byEditors(r) ? apaNames(r.editors) + ", " + apaRole(r.editors) : "";
      const said = [editors, ed].filter(Boolean).join("; ");
      parts.push(withStop(title + (said ? " (" + said + ")" : "")));
    } else if (r.type === "CHAP") {
      parts.push(withStop(title));
      const where = [ed, r.first ? (r.last ? "pp. " : "p. ") + pages(r) : ""].filter(Boolean).join(", ");
      if (r.venue) {
        const editors = r.editors.length > 0 ? apaEditors(r) + ", " : "";
        parts.push("In " + editors + r.venue + (where ? " (" + where + ")" : "") + ".");
      } else if (r.editors.length > 0) {
        // a record that names the book's editors but not the book (the build says so): the editors and the pages
        // still say where the chapter is, rather than nothing
        parts.push("In " + apaEditors(r) + (where ? " (" + where + ")" : "") + ".");
      }
    } else if (r.type === "THES") {
      const kind = degree(r.genre);
      const said = kind === "masters" ? "Master\u2019s thesis" : kind === "doctoral" ? "Doctoral dissertation" : kind;
      parts.push(title + " [" + said + (r.publisher ? ", " + r.publisher : "") + "].");
    } else {
      const numbered = r.serial ? " (" + (r.genre || "Report") + " No. " + r.serial + ")" : "";
      parts.push(withStop(title + numbered));
    }
    // the publisher, once: a thesis's university is in its brackets, and an organisation that wrote its own report is
    // not named again
    const same = (a, b) => a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
    const author = r.authors.length === 1 && r.authors[0].name && same(r.authors[0].name, r.publisher);
    if (r.publisher && r.type !== "THES" && !author) {
      parts.push(withStop(r.publisher));
    }
    const head = authors ? [withStop(authors), year] : [];
    const text = (authors ? head.concat(parts) : [parts[0], year].concat(parts.slice(1))).join(" ");
    const address = link(r);
    return text + (address ? " " + address : "");
  }

  /* IEEE's list of names, initials first; more than six, or a list the digests did not give whole, as the first
     "et al." */
  function ieeeNames(people, some) {
    const name = (a) => a.name || (a.given ? initials(a.given) + " " : "") + a.family + (a.suffix ? ", " + a.suffix : "");
    const names = people.map(name);
    return names.length === 0 ? "" : names.length > 6 || some ? names[0] + " et al."
      : names.length === 1 ? names[0] : names.length === 2 ? names[0] + " and " + names[1]
      : names.slice(0, -1).join(", ") + ", and " + names[names.length - 1];
  }

  /* IEEE's editors, after their names: "E. Editor, Ed.", "E. Editor and F. Editor, Eds." */
  function ieeeEditors(r) {
    return ieeeNames(r.editors, false) + (r.editors.length === 1 ? ", Ed." : ", Eds.");
  }

  /* IEEE: initials first; more than six authors, or a list the digests did not give whole, as the first "et al."; an
     edited book's editors in their place ("E. Editor, Ed., Title"). */
  function ieee(r) {
    const authors = byEditors(r) ? ieeeEditors(r) : ieeeNames(r.authors, r.moreAuthors);
    // the comma goes inside the quotes, unless the title ends with its own question or exclamation mark
    const title = r.title.replace(/(?<!\b(?:etc|al))\.$/, "");
    if (r.type === "BOOK") {
      return ieeeBook(r, authors, title);
    }
    // quotes inside the title's quotes are single ones, as IEEE and every style that quotes titles nests them
    const quoted = title.replace(/"([^"]*)"|\u201c([^\u201c\u201d]*)\u201d/g, (m, straight, curly) =>
      "\u2018" + (straight !== undefined ? straight : curly) + "\u2019");
    const head = (authors ? authors + ", " : "") + "\u201c" + quoted + (/[?!]$/.test(title) ? "" : ",") + "\u201d";
    const details = [];
    const paged = r.first ? (articleNumber(r) ? "Art. no. " : r.last ? "pp. " : "p. ") + pages(r) : "";
    const where = [r.place && r.publisher ? r.place + ": " + r.publisher : r.publisher, r.year].filter(Boolean).join(", ");
    if (r.type === "CHAP") {
      // in the book, its edition, its editors, where and by whom it was published, then the pages
      const ed = r.edition ? edition(r.edition) : "";
      // a record that names the book's editors but not the book (the build says so): "in E. Editor, Ed."
      const editors = r.editors.length > 0 ? ieeeEditors(r) : "";
      const book = r.venue ? "in " + r.venue + (ed ? ", " + ed : "") + (editors ? ", " + editors : "")
        : editors ? "in " + editors + (ed ? ", " + ed : "") : ed;
      // "City: Publisher, year" starts a sentence of its own; a year alone follows the book after a comma
      const after = !r.publisher ? ", " : /\.$/.test(book) ? " " : ". ";
      details.push(book + (where ? (book ? after : "") + where : ""),
        r.first ? (r.last ? "pp. " : "p. ") + pages(r) : "");
    } else if (r.type === "THES") {
      const kind = degree(r.genre);
      details.push(kind === "masters" ? "M.S. thesis" : kind === "doctoral" ? "Ph.D. dissertation" : kind, r.publisher,
        r.place, r.year);
    } else if (r.type === "RPRT") {
      details.push(r.publisher, r.place, reportNumber(r), r.year);
    } else if (r.venue && r.type === "CPAPER") {
      // a conference paper: in the proceedings, their volume, the year (unless the venue names it: "in CVPR 2024",
      // not "in CVPR 2024, 2024"), then the pages
      const named = r.year && new RegExp("(?<!\\d)" + r.year + "(?!\\d)").test(r.venue);
      details.push("in " + r.venue, r.volume ? "vol. " + r.volume : "", named ? "" : r.year, paged);
    } else {
      // a journal's article: volume, issue and pages, then the year
      if (r.venue) {
        details.push(r.venue, r.volume ? "vol. " + r.volume : "", r.issue ? "no. " + r.issue : "");
      }
      details.push(paged, r.year);
    }
    // a preprint's arXiv id; a paper cited as published is cited as its version of record without it (see apa)
    if (r.arxiv) {
      details.push("arXiv:" + r.arxiv);
    }
    if (r.doi) {
      details.push("doi: " + r.doi);
    }
    const given = details.filter(Boolean);
    const text = given.length > 0 ? head + " " + given.join(", ") + "." : head.replace(/,\u201d$/, ".\u201d");
    return r.doi || r.arxiv || !r.url ? text : text + " [Online]. Available: " + r.url;
  }

  /* IEEE of a book: its title unquoted, its edition, a book by its authors its editors, as a chapter's book names
     them, then "City: Publisher, year" ("Deep Learning. Cambridge, MA, USA: MIT Press, 2016."). */
  function ieeeBook(r, authors, title) {
    const ed = r.edition ? edition(r.edition) : "";
    const editors = r.editors.length > 0 && !byEditors(r) ? ieeeEditors(r) : "";
    const where = [r.place && r.publisher ? r.place + ": " + r.publisher : r.publisher, r.year].filter(Boolean)
      .join(", ");
    const named = title + (ed ? ", " + ed : "") + (editors ? ", " + editors : "");
    const text = (authors ? authors + ", " : "") + named
      + (where ? (/[.?!]$/.test(named) ? " " : ". ") + where : "") + (r.doi ? ", doi: " + r.doi : "");
    const ended = withStop(text);
    return r.doi || !r.url ? ended : ended + " [Online]. Available: " + r.url;
  }

  /* The styles the Cite block offers, in its order. */
  const STYLES = [["APA", apa], ["IEEE", ieee]];

  /* Each style's name and the citation in it, from a RIS record and, when the record names only the first authors of
     many, the last author as RIS writes a name (the Cite block's data-final-author). */
  function citations(ris, finalAuthor) {
    const r = record(ris);
    if (finalAuthor) {
      r.finalAuthor = person(finalAuthor);
    }
    return STYLES.map(([style, format]) => ({ style, text: format(r) }));
  }

  global.PaperDigest = Object.assign(global.PaperDigest || {}, { citeText: { record, initials, edition, apa, ieee, citations } });
})(typeof window !== "undefined" ? window : globalThis);
