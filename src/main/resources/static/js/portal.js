// Backops portal behaviour. No inline handlers anywhere: the Content-Security-Policy allows scripts from here only.
(function () {
  "use strict";

  // Forms and buttons with data-confirm ask before they do something that cannot be undone.
  document.addEventListener("submit", function (event) {
    var message = event.submitter && event.submitter.dataset.confirm || event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  // Document viewer: zoom and rotate the image in place (PDFs use the browser's own viewer).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-view]");
    if (!button) {
      return;
    }
    var image = document.getElementById(button.dataset.target);
    if (!image) {
      return;
    }
    var scale = parseFloat(image.dataset.scale || "1");
    var angle = parseInt(image.dataset.angle || "0", 10);
    switch (button.dataset.view) {
      case "zoom-in": scale = Math.min(scale * 1.25, 5); break;
      case "zoom-out": scale = Math.max(scale / 1.25, 0.25); break;
      case "rotate": angle = (angle + 90) % 360; break;
      default: scale = 1; angle = 0;
    }
    image.dataset.scale = String(scale);
    image.dataset.angle = String(angle);
    image.style.transform = "scale(" + scale + ") rotate(" + angle + "deg)";
  });

  // The reason picker fills the free-text reason; a reason is required for Reject and Redo (checked on the server too).
  document.addEventListener("change", function (event) {
    if (event.target.matches("[data-reason-picker]") && event.target.value) {
      var reason = document.getElementById(event.target.dataset.reasonPicker);
      if (reason) {
        reason.value = event.target.value;
      }
    }
  });
})();

// Bulk actions on the applications list: "select all on this page", a running count, and a confirmation that
// names the action and how many applications it touches.
(function () {
  "use strict";

  function selected() {
    return Array.prototype.slice.call(document.querySelectorAll("input.row-select:checked"));
  }

  function showCount() {
    var count = document.getElementById("bulk-count");
    if (count) {
      count.textContent = selected().length + " selected";
    }
  }

  document.addEventListener("change", function (event) {
    if (event.target.id === "select-page") {
      document.querySelectorAll("input.row-select").forEach(function (box) {
        box.checked = event.target.checked;
      });
    }
    if (event.target.id === "select-page" || event.target.classList.contains("row-select")) {
      showCount();
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-bulk]")) {
      return;
    }
    var count = selected().length;
    var action = form.querySelector("[name=action]");
    var what = action.options[action.selectedIndex].text;
    var to = form.querySelector("[name=to]").value;
    if (count === 0) {
      event.preventDefault();
      window.alert("Select at least one application first.");
      return;
    }
    var message = what + (action.value === "REASSIGN" && to ? " " + to : "") + ": " + count + " application"
        + (count === 1 ? "" : "s") + ". Go ahead?";
    if (!window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  // After htmx redraws the results, the count starts again from the page's boxes.
  document.addEventListener("htmx:afterSwap", showCount);
})();
