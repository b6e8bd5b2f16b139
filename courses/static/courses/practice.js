// Practice blocks: tap the marked places of a mock screen in order. Works offline, no libraries.
(function () {
  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }
  document.querySelectorAll("[data-practice]").forEach(function (box) {
    var stage = box.querySelector(".practice-stage");
    var status = box.querySelector(".practice-status");
    var reset = box.querySelector(".practice-reset");
    var spots = Array.prototype.slice.call(box.querySelectorAll(".hotspot"));
    var step = 0;
    function prompt() {
      status.textContent = fill(box.dataset.stepText, { n: step + 1, total: spots.length, label: spots[step].dataset.label });
    }
    function restart() {
      step = 0;
      spots.forEach(function (s) { s.classList.remove("done"); });
      box.classList.remove("complete", "wrong");
      reset.hidden = true;
      prompt();
    }
    box.classList.add("ready");
    stage.addEventListener("click", function (event) {
      if (step >= spots.length) return;
      var spot = event.target.closest(".hotspot");
      if (spot && spot === spots[step]) {
        spot.classList.add("done");
        box.classList.remove("wrong");
        step += 1;
        if (step === spots.length) {
          status.textContent = box.dataset.success;
          box.classList.add("complete");
          // Progress tracking (for signed-in learners) listens for this; nothing else depends on it.
          box.dispatchEvent(new CustomEvent("practice:done", { bubbles: true, detail: { block: box.dataset.block } }));
          reset.hidden = false;
        } else {
          prompt();
        }
      } else {
        box.classList.add("wrong");
        status.textContent = spots[step].dataset.hint || box.dataset.wrong;
      }
    });
    reset.addEventListener("click", restart);
    prompt();
  });
})();
