// Live reload for `mvn paper-digest:serve`. The preview server adds this script to the pages it sends (never to
// the files of the site). It listens to the server's events: after a rebuild the page reloads; when a build
// fails, the error is shown over the page, which stays the last good build, until a build succeeds.
(() => {
  'use strict';
  const script = document.currentScript;
  const pageBuild = Number(script && script.dataset.build);
  const OVERLAY_ID = 'paper-digest-build-error';

  const showError = (message) => {
    let overlay = document.getElementById(OVERLAY_ID);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = OVERLAY_ID;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;'
        + 'margin:0;padding:1rem 1.25rem;background:#7f1d1d;color:#fff;font:14px/1.5 ui-monospace,monospace;'
        + 'box-shadow:0 -2px 12px rgba(0,0,0,.4)';
      const title = document.createElement('strong');
      title.textContent = 'The paper site could not be rebuilt; you are seeing the last good build.';
      const text = document.createElement('pre');
      text.style.cssText = 'white-space:pre-wrap;margin:.5rem 0 0;font:inherit';
      overlay.append(title, text);
      document.body.append(overlay);
    }
    overlay.querySelector('pre').textContent = message;
  };

  const hideError = () => {
    const overlay = document.getElementById(OVERLAY_ID);
    if (overlay) {
      overlay.remove();
    }
  };

  const events = new EventSource('/__paper-digest/events');
  // on every (re)connection: the number of the site's latest good build, and the error of the latest build if
  // it failed. A page older than the site on disk reloads (a rebuild may have ended before this page connected).
  events.addEventListener('state', (event) => {
    const state = JSON.parse(event.data);
    document.documentElement.dataset.liveReload = 'connected';
    if (state.build !== pageBuild) {
      location.reload();
    } else if (state.error !== null) {
      showError(state.error);
    } else {
      hideError();
    }
  });
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('failed', (event) => showError(JSON.parse(event.data).error));
})();
