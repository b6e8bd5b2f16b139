// "Chứng nhận của tôi": a "Chia sẻ" button beside each verification address, opening the phone's
// share sheet, or copying the address where there is none. Without it the address stays in a
// read-only box that can be copied by hand, so nothing here is needed for the page to work.
(function () {
  var canShare = typeof navigator.share === "function";
  var canCopy = !!(navigator.clipboard && navigator.clipboard.writeText);
  Array.prototype.forEach.call(document.querySelectorAll("[data-share]"), function (box) {
    var input = box.querySelector("input");
    // One tap selects the whole address, ready for a manual copy.
    input.addEventListener("focus", function () { input.select(); });
    if (!canShare && !canCopy) return;
    var status = document.createElement("p");
    status.className = "help";
    status.setAttribute("role", "status");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button secondary";
    button.textContent = box.dataset.label;

    function copy() {
      if (!canCopy) { input.focus(); return; }
      navigator.clipboard.writeText(input.value).then(
        function () { status.textContent = box.dataset.copied; },
        function () { input.focus(); }
      );
    }
    button.addEventListener("click", function () {
      if (!canShare) { copy(); return; }
      navigator.share({ title: box.dataset.title, url: input.value }).catch(function (error) {
        // Closing the share sheet is a choice, not a failure; anything else falls back to a copy.
        if (!error || error.name !== "AbortError") copy();
      });
    });
    input.parentNode.appendChild(button);
    box.appendChild(status);
  });
})();
