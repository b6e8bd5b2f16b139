// Lesson progress for signed-in learners. Events wait in localStorage until the server has them,
// so a dropped 3G connection or a closed tab loses nothing; each carries its own UUID, so a resend
// is never counted twice. No libraries.
(function () {
  var box = document.querySelector("[data-progress]");
  if (!box || !window.fetch || !window.localStorage) return;
  var KEY = "hocso-progress:" + box.dataset.user;
  var lesson = Number(box.dataset.lesson);
  var sending = false;
  var activeSeconds = 0;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(queue) {
    try { localStorage.setItem(KEY, JSON.stringify(queue.slice(-500))); } catch (e) { /* storage full: keep going */ }
  }
  function add(verb, extra) {
    var event = { id: uuid(), verb: verb, lesson: lesson, timestamp: new Date().toISOString() };
    for (var k in extra || {}) event[k] = extra[k];
    var queue = load();
    queue.push(event);
    save(queue);
    flush();
  }
  function flush() {
    var queue = load();
    if (sending || !queue.length) return;
    sending = true;
    var batch = queue.slice(0, 50);
    fetch(box.dataset.endpoint, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": box.dataset.csrf },
      body: JSON.stringify({ events: batch })
    }).then(function (response) {
      // 200: stored or already stored; 400: refused for good. Anything else: keep and retry later.
      if (response.status === 200 || response.status === 400) {
        var sent = {};
        batch.forEach(function (e) { sent[e.id] = true; });
        save(load().filter(function (e) { return !sent[e.id]; }));
        sending = false;
        if (load().length) flush();
      } else {
        sending = false;
      }
    }).catch(function () { sending = false; });
  }
  function reportTime() {
    if (activeSeconds > 0) {
      add("progressed", { seconds: activeSeconds });
      activeSeconds = 0;
    }
  }

  setInterval(function () {
    if (document.visibilityState === "visible") activeSeconds += 1;
    if (activeSeconds >= 30) reportTime();
  }, 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") reportTime();
  });
  window.addEventListener("pagehide", reportTime);
  window.addEventListener("online", flush);
  document.addEventListener("practice:done", function (e) { add("practice_done", { block: e.detail.block }); });
  // Results from H5P content (see courses/h5p-block.js), scored by the browser: practice, not a test.
  document.addEventListener("h5p:result", function (e) {
    var d = e.detail;
    add("h5p", { block: d.block, h5p_verb: d.h5p_verb, raw: d.raw, max: d.max, success: d.success });
  });

  var end = box.querySelector("[data-progress-end]");
  var ended = false;
  function reachedEnd() {
    if (ended) return;
    ended = true;
    add("reached_end");
  }
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries, observer) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        reachedEnd();
        observer.disconnect();
      }
    }).observe(end);
  }
  flush();
})();
