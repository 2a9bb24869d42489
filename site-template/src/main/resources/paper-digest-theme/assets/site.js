/* Paper Digest: small enhancements. Every page works without this script. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
})();
