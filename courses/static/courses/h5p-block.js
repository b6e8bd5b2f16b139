// The lesson page's side of the H5P player: it answers the player's "ready" with the learner's saved
// state, sizes the frame to its content, saves state as it changes, and hands results to progress.js
// (which queues them with their own ids, so a retry never counts twice). Messages are accepted only
// from the player frame itself on the H5P origin.
(function () {
  var progress = document.querySelector("[data-progress]");

  function csrf() { return progress && progress.dataset.csrf; }

  function loadState(frame) {
    if (!progress || !window.fetch) return Promise.resolve(null);
    return fetch(frame.dataset.stateUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { state: null }; })
      .then(function (data) { return data.state || null; })
      .catch(function () { return null; });
  }

  function saver(frame) {
    var pending = null;
    var busy = false;
    function flush() {
      if (!progress || busy || pending === null) return;
      var body = pending;
      busy = true;
      fetch(frame.dataset.stateUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
        body: JSON.stringify({ state: body })
      }).then(function (response) {
        busy = false;
        if (response.ok || response.status === 400) {
          if (pending === body) pending = null;
        }
        if (pending !== null && pending !== body) flush();
      }).catch(function () { busy = false; });
    }
    window.addEventListener("online", flush);
    return function (state) { pending = state; flush(); };
  }

  document.querySelectorAll("[data-h5p-frame]").forEach(function (frame) {
    var origin = frame.dataset.origin;
    var save = saver(frame);
    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.source !== "hocso-h5p") return;
      if (data.type === "ready") {
        loadState(frame).then(function (state) {
          frame.contentWindow.postMessage({ type: "start", state: state }, origin);
        });
      } else if (data.type === "height" && data.height > 0) {
        frame.style.height = Math.min(data.height, 4000) + "px";
      } else if (data.type === "state" && typeof data.state === "string") {
        save(data.state);
      } else if (data.type === "xapi") {
        document.dispatchEvent(new CustomEvent("h5p:result", {
          detail: {
            block: frame.dataset.block,
            item: Number(frame.dataset.item),
            h5p_verb: data.verb,
            raw: data.raw,
            max: data.max,
            success: data.success
          }
        }));
      }
    });
  });
})();
