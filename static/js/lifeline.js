/* ライフラインチャート — progressive enhancement of /lifeline/. Without it, 「行を追加」 submits the
   form and the server shows three more rows with everything typed kept. With it, the row is added
   in place from the formset's empty form and its age field takes focus. */
(function () {
  "use strict";

  function enhance(form) {
    var add = form.querySelector("[data-lifeline-add]");
    var template = form.querySelector("template[data-lifeline-empty-row]");
    var rows = form.querySelector("[data-lifeline-rows]");
    var total = form.querySelector('input[name$="-TOTAL_FORMS"]');
    var max = form.querySelector('input[name$="-MAX_NUM_FORMS"]');
    if (!add || !template || !rows || !total) { return; }
    add.addEventListener("click", function (event) {
      var count = parseInt(total.value, 10) || 0;
      var limit = max ? parseInt(max.value, 10) : 1000;
      if (count >= limit) { return; }   // let the server say why
      event.preventDefault();
      var html = template.innerHTML
        .replace(/__prefix__/g, String(count))
        .replace(/__number__/g, String(count + 1));
      var holder = document.createElement("div");
      holder.innerHTML = html.trim();
      var row = holder.firstElementChild;
      rows.appendChild(row);
      total.value = String(count + 1);
      var first = row.querySelector("input:not([type=hidden])");
      if (first) { first.focus(); }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-lifeline-form]"), enhance);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
