/* Paper Digest: a paper's citation as text in a reference list's style (APA, IEEE), made from the RIS record the
 * paper's page already carries for its "Download .ris" link, without the page (tested under Node). site.js shows
 * them in the Cite block. The RIS record is the plugin's (Ris.java): authors family name first ("Van den Broeck,
 * Guy", "King, Martin Luther, Jr."), an organisation whole without a comma, an arXiv paper without a venue as
 * "arXiv preprint arXiv:ID", and a note (N1) when the digests named only the first authors. */
(function (global) {
  "use strict";

  const ARXIV_PREPRINT = /^arXiv preprint arXiv:(\S+)$/;

  /* The fields of one RIS record: { type, authors: [{ family, given, suffix } or { name }], title, year, venue,
     arxiv, volume, issue, first, last, publisher, doi, url, moreAuthors }, and finalAuthor when citations() is told. */
  function record(ris) {
    const r = { type: "GEN", authors: [], title: "", year: "", venue: "", arxiv: "", volume: "", issue: "", first: "",
      last: "", publisher: "", doi: "", url: "", moreAuthors: false };
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

  function link(r) {
    return r.doi ? "https://doi.org/" + r.doi : r.url;
  }

  /* APA (7th edition): up to 20 authors, "&" before the last; the title as the digest gives it. */
  function apa(r) {
    const name = (a) => a.name || a.family + (a.given ? ", " + initials(a.given) : "") + (a.suffix ? ", " + a.suffix : "");
    const names = r.authors.map(name);
    // more than 20: the first 19, an ellipsis and the last, with no "&" (the last is the page's when the record names
    // only the first hundred); a list not given whole, its last author unknown, ends "et al." after at most 19
    const authors = names.length === 0 ? "" : r.moreAuthors && r.finalAuthor ? names.slice(0, 19).join(", ") + ", . . . "
        + name(r.finalAuthor)
      : r.moreAuthors ? names.slice(0, 19).join(", ") + ", et al."
      : names.length > 20 ? names.slice(0, 19).join(", ") + ", . . . " + names[names.length - 1]
      : names.length === 1 ? names[0]
      : names.length === 2 ? names[0] + ", & " + names[1]
      : names.slice(0, -1).join(", ") + ", & " + names[names.length - 1];
    const year = "(" + (r.year || "n.d.") + ").";
    // a preprint is named by its number, after its title, and published by arXiv
    const title = r.arxiv && !r.venue ? r.title.replace(/[.]$/, "") + " (arXiv:" + r.arxiv + ")." : withStop(r.title);
    const parts = authors ? [withStop(authors), year, title] : [title, year];
    if (r.venue && r.type === "CPAPER") {
      // proceedings published in volumes (AAAI's, PMLR's, LNCS's) give the volume before the pages
      const where = [r.volume ? "Vol. " + r.volume : "", r.first ? "pp. " + pages(r) : ""].filter(Boolean).join(", ");
      parts.push("In " + r.venue + (where ? " (" + where + ")" : "") + ".");
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

  /* IEEE: initials first; more than six authors, or a list the digests did not give whole, as the first "et al." */
  function ieee(r) {
    const name = (a) => a.name || (a.given ? initials(a.given) + " " : "") + a.family + (a.suffix ? ", " + a.suffix : "");
    const names = r.authors.map(name);
    const authors = names.length === 0 ? "" : names.length > 6 || r.moreAuthors ? names[0] + " et al."
      : names.length === 1 ? names[0] : names.length === 2 ? names[0] + " and " + names[1]
      : names.slice(0, -1).join(", ") + ", and " + names[names.length - 1];
    // the comma goes inside the quotes, unless the title ends with its own question or exclamation mark
    const title = r.title.replace(/(?<!\b(?:etc|al))\.$/, "");
    const head = (authors ? authors + ", " : "") + "\u201c" + title + (/[?!]$/.test(title) ? "" : ",") + "\u201d";
    const details = [];
    const paged = r.first ? (articleNumber(r) ? "Art. no. " : r.last ? "pp. " : "p. ") + pages(r) : "";
    if (r.venue && r.type === "CPAPER") {
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

  global.PaperDigest = Object.assign(global.PaperDigest || {}, { citeText: { record, initials, apa, ieee, citations } });
})(typeof window !== "undefined" ? window : globalThis);
