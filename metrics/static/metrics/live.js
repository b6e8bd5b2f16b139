// Keeps an open dashboard current: the server says "changed" over a websocket and the page fetches
// itself again and swaps in the figures. Without websockets (or JavaScript) the page is as it was
// loaded, and reloading it shows the latest figures.
(function () {
  var box = document.querySelector("[data-live]");
  if (!box || !window.WebSocket || !window.fetch || !window.DOMParser) return;
  var status = document.querySelector("[data-live-status]");
  var scheme = location.protocol === "https:" ? "wss://" : "ws://";
  var busy = false;
  var again = false;
  var late = null;

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-live]");
        if (fresh) box.innerHTML = fresh.innerHTML;
        if (status) {
          var time = new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });
          status.textContent = status.getAttribute("data-updated") + " " + time;
        }
      })
      .catch(function () {})
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function connect(wait) {
    var socket = new WebSocket(scheme + location.host + box.getAttribute("data-live"));
    socket.onopen = function () { wait = 2000; };
    socket.onmessage = function (event) {
      refresh();
      // The server stays quiet for a few seconds after a nudge; one more fetch after that spell
      // picks up whatever changed during it.
      var quiet = 0;
      try { quiet = JSON.parse(event.data).again_in || 0; } catch (e) {}
      if (quiet > 0) {
        clearTimeout(late);
        late = setTimeout(refresh, (quiet + 1) * 1000);
      }
    };
    socket.onclose = function (event) {
      // 4403: not allowed to listen; anything else (a restart, a lost network) is tried again, slower.
      if (event.code !== 4403) setTimeout(function () { connect(Math.min(wait * 2, 60000)); }, wait);
    };
  }
  connect(2000);
})();
