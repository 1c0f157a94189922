// Live preview only: reloads the page when the preview server reports that it rewrote it.
// Served as a file so the Content-Security-Policy needs no inline script.
(() => {
  const events = new EventSource("/_preview/events");
  let seen;
  events.onmessage = (event) => {
    const { generation, paths } = JSON.parse(event.data);
    // paths null: any page may have changed. A skipped number: this tab missed a step.
    const mine = paths === null || generation !== seen + 1 || paths.includes(location.pathname);
    if (seen !== undefined && generation !== seen && mine) location.reload();
    seen = generation;
  };
})();
