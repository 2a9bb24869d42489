/* Paper Digest: renders the page's TeX formulas with KaTeX (katex/katex.min.js, loaded before this script).
 * The plugin marks each formula as <span class="math">, holding its source with its delimiters, so that the
 * source shows without JavaScript. Each formula is rendered on its own: one that KaTeX cannot read keeps its
 * source, and the others still render. */
(function () {
  "use strict";

  /* The TeX of a formula's source, without its delimiters: $x$, $$x$$, \(x\), \[x\]. */
  function tex(source) {
    const s = source.trim();
    for (const [open, close] of [["$$", "$$"], ["\\[", "\\]"], ["\\(", "\\)"], ["$", "$"]]) {
      if (s.startsWith(open) && s.endsWith(close) && s.length >= open.length + close.length) {
        return s.slice(open.length, s.length - close.length);
      }
    }
    return s;
  }

  function renderAll() {
    if (!window.katex) {
      return;
    }
    for (const span of document.querySelectorAll("span.math:not(.rendered)")) {
      const source = span.textContent;
      try {
        window.katex.render(tex(source), span, { displayMode: span.classList.contains("display"), throwOnError: true });
        span.classList.add("rendered");
        span.setAttribute("data-tex", source);
      } catch (error) {
        span.textContent = source;
        span.classList.add("math-error");
        span.title = "This formula could not be rendered: " + error.message;
      }
    }
  }

  renderAll();
  window.PaperDigest = window.PaperDigest || {};
  window.PaperDigest.math = { renderAll, tex };
})();
