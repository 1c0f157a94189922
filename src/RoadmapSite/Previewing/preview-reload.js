// Live preview only: reloads the page when the preview server reports a new build.
// Served as a file so the Content-Security-Policy needs no inline script.
(() => {
  const events = new EventSource("/_preview/events");
  let seen;
  events.onmessage = (event) => {
    if (seen !== undefined && event.data !== seen) location.reload();
    seen = event.data;
  };
})();
