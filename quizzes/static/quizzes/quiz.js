// The quiz page, enhanced: each answer is saved as soon as it is given; answers the server has not
// confirmed wait in localStorage (keyed by attempt and tab) and are sent again on reconnect, before
// submitting, and by the next page of the same attempt; the clock counts down to the server's
// deadline. Without this file the page still works: the form posts every answer on submit.
// The answers built here must match quizzes/forms.py, which builds them from the same fields.
(function () {
  var form = document.querySelector("form[data-quiz]");
  if (!form || !window.fetch || !window.JSON) return;
  var d = form.dataset;
  var tab = form.elements.tab.value;
  var PREFIX = "hocso-quiz:";
  var mine = PREFIX + d.attempt + ":";
  var KEY = mine + tab;
  var OLD = 3 * 24 * 3600 * 1000;
  var ANSWER_KEYS = {
    single: "choice", image_choice: "choice", multiple: "choices", true_false: "value",
    ordering: "order", matching: "matches", short_text: "text", image_tap: "point"
  };
  var seq = Number(form.elements.seq.value) || 0;
  var pending = {}; // position -> {answer, seq, at}
  var sending = false, stopped = false, submitting = false, retry = null;
  var banner = form.querySelector("[data-banner]");
  var bannerText = banner.querySelector("[data-banner-text]");
  var reload = banner.querySelector("[data-reload]");

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function count(obj) { return Object.keys(obj).length; }
  function storage() { try { return window.localStorage; } catch (e) { return null; } }
  function read(key) {
    try { return JSON.parse(storage().getItem(key)) || {}; } catch (e) { return {}; }
  }
  function store() {
    var ls = storage();
    if (!ls) return;
    try {
      if (count(pending)) ls.setItem(KEY, JSON.stringify(pending)); else ls.removeItem(KEY);
    } catch (e) { /* storage full: the form still holds every answer */ }
  }
  function box(position) { return form.querySelector('fieldset[data-position="' + position + '"]'); }
  function status(fieldset, text, isError) {
    var el = fieldset && fieldset.querySelector("[data-status]");
    if (!el) return;
    el.textContent = text || "";
    el.classList.toggle("error", !!isError);
  }
  function showBanner(text, offerReload) {
    bannerText.textContent = text;
    reload.hidden = !offerReload;
    banner.hidden = false;
  }

  // --- answers, built from and put back into the inputs -------------------------------------------

  function build(fieldset) {
    var type = fieldset.dataset.type, name = "q" + fieldset.dataset.position;
    var checked = fieldset.querySelectorAll('input[name="' + name + '"]:checked');
    if (type === "single" || type === "image_choice") return { answer: checked.length ? { choice: checked[0].value } : null };
    if (type === "multiple") {
      var values = Array.prototype.map.call(checked, function (input) { return input.value; });
      return { answer: values.length ? { choices: values } : null };
    }
    if (type === "true_false") return { answer: checked.length ? { value: checked[0].value === "true" } : null };
    if (type === "short_text") {
      var text = fieldset.querySelector('input[name="' + name + '"]').value;
      return { answer: text ? { text: text } : null };
    }
    if (type === "ordering") {
      var steps = [], seen = {}, problem = null, chosen = 0;
      each(fieldset.querySelectorAll("select[data-step]"), function (select) {
        if (select.value) chosen += 1;
        if (select.value && seen[select.value]) problem = d.msgDuplicate;
        seen[select.value] = true;
        steps.push({ id: select.dataset.step, place: Number(select.value) });
      });
      if (!chosen) return { answer: null };
      if (chosen < steps.length) return { problem: d.msgIncomplete };
      if (problem) return { problem: problem };
      steps.sort(function (a, b) { return a.place - b.place; });
      return { answer: { order: steps.map(function (step) { return step.id; }) } };
    }
    if (type === "matching") {
      var matches = {}, any = false;
      each(fieldset.querySelectorAll("select[data-left]"), function (select) {
        if (select.value) { matches[select.dataset.left] = select.value; any = true; }
      });
      return { answer: any ? { matches: matches } : null };
    }
    if (type === "image_tap") {
      var x = form.elements[name + "-x"].value, y = form.elements[name + "-y"].value;
      return { answer: x !== "" && y !== "" ? { point: { x: Number(x), y: Number(y) } } : null };
    }
    return { problem: d.msgStopped };
  }

  function setPoint(fieldset, point) {
    var name = "q" + fieldset.dataset.position, marker = fieldset.querySelector("[data-marker]");
    form.elements[name + "-x"].value = point ? point.x : "";
    form.elements[name + "-y"].value = point ? point.y : "";
    if (!marker) return;
    marker.hidden = !point;
    if (point) { marker.style.left = point.x + "%"; marker.style.top = point.y + "%"; }
  }

  function apply(fieldset, answer) {
    var type = fieldset.dataset.type, name = "q" + fieldset.dataset.position;
    var value = answer ? answer[ANSWER_KEYS[type]] : null;
    each(fieldset.querySelectorAll('input[name="' + name + '"][type=radio], input[name="' + name + '"][type=checkbox]'), function (input) {
      if (value === null || value === undefined) input.checked = false;
      else if (type === "multiple") input.checked = value.indexOf(input.value) >= 0;
      else input.checked = input.value === String(value);
    });
    if (type === "short_text") fieldset.querySelector('input[name="' + name + '"]').value = value || "";
    if (type === "ordering") each(fieldset.querySelectorAll("select[data-step]"), function (select) {
      var place = value ? value.indexOf(select.dataset.step) : -1;
      select.value = place >= 0 ? String(place + 1) : "";
    });
    if (type === "matching") each(fieldset.querySelectorAll("select[data-left]"), function (select) {
      select.value = (value && value[select.dataset.left]) || "";
    });
    if (type === "image_tap") setPoint(fieldset, value || null);
  }

  // --- saving -------------------------------------------------------------------------------------

  function keep(position, answer, at) {
    seq += 1;
    pending[position] = { answer: answer, seq: seq, at: at || Date.now() };
    store();
    status(box(position), d.msgSaving);
  }

  function changed(fieldset) {
    if (stopped || submitting) return;
    var built = build(fieldset);
    if (built.problem) { status(fieldset, built.problem, true); return; }
    keep(fieldset.dataset.position, built.answer);
    flush();
  }

  function later() {
    if (retry || stopped) return;
    retry = setTimeout(function () { retry = null; flush(); }, 10000);
  }

  function offline() {
    showBanner(d.msgOffline, false);
    Object.keys(pending).forEach(function (position) { status(box(position), d.msgUnsaved, true); });
    later();
  }

  function stop(result) {
    stopped = true;
    if (result.body.code === "finished" || result.body.code === "deadline") {
      // The attempt is closed: these answers can never be saved, so they must not wait on the phone.
      pending = {};
      store();
    } else if (result.body.code === "stale") {
      // Refused because a newer page of this attempt is open: only a reload of this same browser tab
      // (the learner doing what the banner asks) may send these answers again, never that other page.
      Object.keys(pending).forEach(function (position) { pending[position].stale = true; });
      store();
    }
    showBanner(result.body.error || d.msgStopped, true);
  }

  function flush() {
    if (sending || stopped) return;
    var positions = Object.keys(pending);
    if (!positions.length) return;
    var position = positions[0], entry = pending[position];
    sending = true;
    fetch(d.saveUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": d.csrf },
      body: JSON.stringify({ tab: tab, position: Number(position), answer: entry.answer, seq: entry.seq })
    }).then(function (response) {
      return response.json().then(
        function (body) { return { status: response.status, body: body || {} }; },
        function () { return { status: response.status, body: {} }; }
      );
    }).then(function (result) {
      sending = false;
      var fieldset = box(position), current = pending[position] && pending[position].seq === entry.seq;
      if (result.status === 200 && result.body.ok) {
        if (current) { delete pending[position]; status(fieldset, d.msgSaved); }
        store();
        if (!count(pending)) banner.hidden = true;
        flush();
      } else if (result.status === 400 && result.body.code) {
        // This answer is refused for good: say why; the form still shows it for the final submit.
        if (current) delete pending[position];
        store();
        status(fieldset, result.body.error, true);
        flush();
      } else if (result.status === 409 || result.status === 404 || result.status === 401 || result.status === 403) {
        // Another page took over, time is up, the attempt is closed or the session ended: keep the
        // unsent answers on the phone (the next page of this attempt picks them up) and stop.
        stop(result);
      } else {
        offline();
      }
    }).catch(function () {
      sending = false;
      offline();
    });
  }

  // Answers another page of this attempt could not send (a reload after a dropped connection):
  // put them into this page and send them from here. Entries of other attempts go once they are old.
  function pagesOfThisTab() {
    // sessionStorage lives as long as the browser tab, across reloads: it tells this tab's own earlier
    // pages of the attempt from pages open in other tabs.
    var key = "hocso-quiz-pages:" + d.attempt, pages = [];
    try {
      pages = JSON.parse(sessionStorage.getItem(key)) || [];
      pages.push(tab);
      sessionStorage.setItem(key, JSON.stringify(pages.slice(-20)));
    } catch (e) { /* no sessionStorage: only answers never refused as stale are taken over */ }
    return pages;
  }

  function adopt() {
    var ls = storage();
    if (!ls) return;
    var found = {}, now = Date.now(), keys = [], ours = pagesOfThisTab();
    for (var i = 0; i < ls.length; i++) keys.push(ls.key(i));
    keys.forEach(function (key) {
      if (!key || key.indexOf(PREFIX) !== 0 || key === KEY) return;
      var entries = read(key), left = {};
      var sameTab = ours.indexOf(key.slice(mine.length)) >= 0;
      Object.keys(entries).forEach(function (position) {
        var entry = entries[position];
        if (key.indexOf(mine) !== 0 || entry.stale && !sameTab) {
          if (now - entry.at < OLD) left[position] = entry;
        } else if (!found[position] || found[position].at < entry.at) {
          found[position] = entry;
        }
      });
      if (count(left)) ls.setItem(key, JSON.stringify(left)); else ls.removeItem(key);
    });
    // A page shown again after a refused submit already holds what was posted, which is newer.
    if (d.rerender !== undefined) {
      each(form.querySelectorAll("fieldset[data-position]"), function (fieldset) {
        var built = build(fieldset);
        if (!built.problem) keep(fieldset.dataset.position, built.answer);
      });
      return;
    }
    Object.keys(found).forEach(function (position) {
      var fieldset = box(position);
      if (!fieldset) return;
      apply(fieldset, found[position].answer);
      keep(position, found[position].answer, found[position].at);
    });
  }

  // --- events -------------------------------------------------------------------------------------

  var typing = {};
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-position]");
    if (fieldset) changed(fieldset);
  });
  form.addEventListener("input", function (event) {
    var fieldset = event.target.closest('fieldset[data-type="short_text"]');
    if (!fieldset) return;
    var position = fieldset.dataset.position;
    clearTimeout(typing[position]);
    typing[position] = setTimeout(function () { changed(fieldset); }, 800);
  });
  form.addEventListener("keydown", function (event) {
    // Enter in a text box saves that answer; it never submits the quiz.
    if (event.key === "Enter" && event.target.type === "text") {
      event.preventDefault();
      var fieldset = event.target.closest("fieldset[data-position]");
      if (fieldset) changed(fieldset);
    }
  });
  form.addEventListener("click", function (event) {
    var image = event.target.closest("input[data-tap]");
    if (!image) return;
    event.preventDefault();
    if (event.detail === 0) return; // Enter or space on the image gives no point to record
    var rect = image.getBoundingClientRect();
    var round = function (v) { return Math.round(Math.min(Math.max(v, 0), 100) * 100) / 100; };
    var fieldset = image.closest("fieldset[data-position]");
    setPoint(fieldset, {
      x: round((event.clientX - rect.left) / rect.width * 100),
      y: round((event.clientY - rect.top) / rect.height * 100)
    });
    changed(fieldset);
  });

  function send() {
    submitting = true;
    HTMLFormElement.prototype.submit.call(form);
  }
  form.addEventListener("submit", function (event) {
    var button = form.querySelector('.actions button:not([formaction])');
    if (button) button.textContent = d.msgSubmitting;
    // The form carries every answer, so submitting never waits long: give unsent saves a moment to
    // reach the server first, so that they count even if the submit itself is lost.
    if (!count(pending) || stopped || submitting || navigator.onLine === false) return;
    event.preventDefault();
    submitting = true;
    flush();
    var started = Date.now();
    (function wait() {
      if (!count(pending) || !sending && Date.now() - started > 500 || Date.now() - started > 3000) send();
      else setTimeout(wait, 100);
    })();
  });
  window.addEventListener("online", flush);
  each(form.querySelectorAll("[data-save-button]"), function (button) { button.hidden = true; });

  // --- the clock ----------------------------------------------------------------------------------

  var clock = document.querySelector("[data-countdown]");
  if (clock) {
    var end = Date.now() + Number(clock.dataset.remaining) * 1000;
    var timer = setInterval(tick, 1000);
    tick();
  }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (left <= 60) clock.parentNode.classList.add("urgent");
    if (left > 0 || submitting) return;
    clearInterval(timer);
    // The server closes the attempt at its deadline anyway; submit now so the learner sees the result.
    showBanner(d.msgTimeUp, false);
    form.elements.timeout.value = "1";
    send();
  }

  adopt();
  flush();
})();
