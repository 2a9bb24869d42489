/* Paper Digest: the 404 page's script, which the page carries inside itself (like its stylesheet).
 *
 * GitHub Pages serves this page in place of any missing path, at any depth, where its links (written as seen
 * from the site root) would lead nowhere. Find the site root, make the links absolute, then load the site's
 * scripts from there. Without JavaScript the links still work where the page is served at the root of the
 * site. */
(function () {
  "use strict";
  const script = document.currentScript;
  const siteScripts = (script.getAttribute("data-site-scripts") || "").split(" ").filter(Boolean);

  /* The folders of the requested path, deepest first: /a/b/c -> /a/b/, /a/, / */
  function folders(path) {
    const list = [];
    let dir = path.slice(0, path.lastIndexOf("/") + 1);
    while (dir) {
      list.push(dir);
      dir = dir === "/" ? "" : dir.slice(0, dir.slice(0, -1).lastIndexOf("/") + 1);
    }
    return list;
  }

  /* The site root: the address the project published it at, if given; else the deepest folder of the
     requested path that holds this very page (anywhere else, asking for 404.html gives a 404). */
  async function findRoot() {
    const known = script.getAttribute("data-site-root");
    if (known && location.pathname.startsWith(known)) {
      return known;
    }
    const candidates = folders(location.pathname);
    const found = await Promise.all(candidates.map((dir) =>
      fetch(dir + "404.html", { method: "HEAD", cache: "no-store" }).then((r) => r.ok, () => false)));
    const at = found.indexOf(true);
    return at < 0 ? null : candidates[at];
  }

  /* Loads the site's scripts in their order. */
  function loadScripts(base) {
    for (const src of siteScripts) {
      const site = document.createElement("script");
      site.src = base ? new URL(src, base).href : src;
      site.async = false;
      document.body.append(site);
    }
  }

  function rebase(root) {
    const base = new URL(root, location.href);
    const names = ["href", "src", "action", "data-root", "data-index"];
    document.querySelectorAll("[href], [src], [action], [data-root], [data-index]").forEach((el) => {
      for (const name of names) {
        const value = el.getAttribute(name);
        if (value === null || value.charAt(0) === "#" || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
          continue;
        }
        el.setAttribute(name, new URL(value, base).href);
      }
    });
    offerSearch(base);
    loadScripts(base);
  }

  /* Words of the missing page's name, as a search: paper/old-title-of-a-paper.html -> "old title of a paper". The
     search asks for papers with some of the words, most first: a slug a word off (a title since edited, a typo)
     has no paper with every word. */
  function offerSearch(base) {
    let name = location.pathname.slice(location.pathname.lastIndexOf("/") + 1);
    try {
      name = decodeURIComponent(name);
    } catch (malformed) {
      return;
    }
    const words = name.replace(/\.html?$/i, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
    if (!words || words === "404") {
      return;
    }
    const offer = document.getElementById("not-found-search");
    const link = offer.querySelector("a");
    link.href = new URL("search.html?q=" + encodeURIComponent(words) + "&match=some", base).href;
    link.textContent = "\u201c" + words + "\u201d";
    offer.hidden = false;
  }

  if (location.protocol === "http:" || location.protocol === "https:") {
    findRoot().then((root) => {
      if (root !== null) {
        rebase(root);
      }
    });
  } else {
    loadScripts(null);
  }
})();
