// Bulk certificate run: poll the progress endpoint and move the bar, then reload once when the run
// is done so the download buttons appear. Without JavaScript the page refreshes itself (<noscript>).
(function () {
  var box = document.querySelector("[data-bulk-progress]");
  if (!box || box.dataset.done === "true") return;
  var interval = Number(box.dataset.interval) || 2000;
  if (!window.fetch) {
    // The <noscript> refresh does not apply when scripts run, so do its job here.
    setTimeout(function () { location.reload(); }, interval);
    return;
  }
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-text]");
  var status = document.querySelector("[data-status]");

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }
  function poll() {
    fetch(box.dataset.endpoint, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (progress) {
        bar.value = progress.percent;
        bar.textContent = progress.percent + "%";
        text.textContent = fill(box.dataset.template, progress);
        if (status) status.textContent = progress.status_label;
        if (progress.done) {
          location.reload();
          return;
        }
        setTimeout(poll, interval);
      })
      .catch(function () {
        // A dropped connection: try again, a little less often.
        setTimeout(poll, interval * 2);
      });
  }
  setTimeout(poll, interval);
})();
