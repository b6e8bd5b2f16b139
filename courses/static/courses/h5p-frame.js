// Runs inside the H5P player page, on the separate H5P origin. It talks to the lesson page only by
// postMessage, to the one parent origin the page was opened for: "ready", then results, state and
// height; the lesson page answers "start" with the state to resume from. No cookies, no site access.
(function () {
  var box = document.getElementById("h5p");
  var parentOrigin = box.dataset.parent;
  var started = false;
  var lastState = null;
  var REPORTED = { answered: true, completed: true, passed: true, failed: true };

  function post(message) {
    message.source = "hocso-h5p";
    window.parent.postMessage(message, parentOrigin);
  }
  function instance() {
    return window.hocsoH5PInstance || (window.H5P && H5P.instances && H5P.instances[0]);
  }
  function sendState() {
    var current = instance();
    if (!current || typeof current.getCurrentState !== "function") return;
    var state;
    try { state = JSON.stringify(current.getCurrentState()); } catch (e) { return; }
    if (state && state !== lastState) {
      lastState = state;
      post({ type: "state", state: state });
    }
  }
  function sendHeight() {
    // The content's own height: the page's may be stretched to whatever the frame was last given.
    post({ type: "height", height: Math.ceil(box.getBoundingClientRect().bottom + window.scrollY) + 2 });
  }
  function onXAPI(event) {
    var statement = event.data && event.data.statement;
    if (!statement || !statement.verb || !statement.object) return;
    var verb = String(statement.verb.id).split("/").pop();
    // Every interaction may change where the learner is; save that even when there is no result.
    setTimeout(sendState, 0);
    // Sub-content of a larger item reports too; only the item itself counts.
    if (!REPORTED[verb] || String(statement.object.id).indexOf("subContentId=") !== -1) return;
    var result = statement.result || {};
    var score = result.score || {};
    post({
      type: "xapi",
      verb: verb,
      raw: typeof score.raw === "number" ? score.raw : null,
      max: typeof score.max === "number" ? score.max : null,
      success: typeof result.success === "boolean" ? result.success : null
    });
  }
  function start(state) {
    if (started) return;
    started = true;
    var options = {
      id: box.dataset.contentId,
      h5pJsonPath: box.dataset.h5pJson,
      frameJs: box.dataset.frameJs,
      frameCss: box.dataset.frameCss,
      customJs: [box.dataset.hooksJs],
      embedType: "div",
      frame: false,
      icon: false,
      saveFreq: 30
    };
    // The shape H5P core reads in this player version (the README's dataType/previousState form does not resume).
    if (state) options.contentUserData = [{ state: state }];
    lastState = state || null;
    new H5PStandalone.H5P(box, options).then(function () {
      post({ type: "loaded" });
      sendHeight();
    });
  }

  window.hocsoOnXAPI = onXAPI;
  window.addEventListener("message", function (event) {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    var data = event.data || {};
    if (data.type === "start") start(typeof data.state === "string" ? data.state : null);
  });
  if (window.ResizeObserver) new ResizeObserver(sendHeight).observe(box);
  setInterval(sendState, 10000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") sendState();
  });
  post({ type: "ready" });
  // A parent that never answers (opened on its own, an old page) still gets the content, without resume.
  setTimeout(function () { start(null); }, 4000);
})();
