/* Exports page helpers (progressive enhancement; the page works without them):
   - 「すべて選ぶ」「すべて外す」 buttons for each group of checkboxes (labels from the template, translated);
   - an unticked sheet greys out its details and says so to screen readers. */
(function () {
  "use strict";
  var form = document.querySelector("[data-outputs-choice]");
  if (!form) return;

  function button(text, checked, group) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button button--small";
    b.textContent = text;
    b.addEventListener("click", function () {
      group.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = checked; });
    });
    return b;
  }

  form.querySelectorAll("[data-select-group]").forEach(function (group) {
    var tools = document.createElement("div");
    tools.className = "outputs-group__tools";
    tools.appendChild(button(form.dataset.labelAll, true, group));
    tools.appendChild(button(form.dataset.labelNone, false, group));
    var legend = group.querySelector("legend");
    legend.insertAdjacentElement("afterend", tools);
  });

  form.querySelectorAll("[data-sheet]").forEach(function (sheet) {
    var toggle = sheet.querySelector("[data-sheet-toggle]");
    var details = sheet.querySelector("[data-sheet-details]");
    function sync() {
      sheet.classList.toggle("is-off", !toggle.checked);
      if (details) {
        details.querySelectorAll("input").forEach(function (input) { input.disabled = !toggle.checked; });
      }
    }
    toggle.addEventListener("change", sync);
    sync();
  });
})();
