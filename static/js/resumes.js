/* 履歴書・職務経歴書: refresh the preview while the person changes the form, and count characters.
   Without JavaScript the page works the same way: 「保存してプレビューを更新」 posts the form and the
   server answers with the page. Here a change posts the same form in the background (header
   X-Resume-Preview: 1); the server saves the choices and answers with the preview alone, which
   replaces the old one. The photo is sent only when the file input itself changed. Messages come
   from data attributes written by the template (translated there). */
(function () {
  "use strict";

  var DELAY = 700; // ms after the last keystroke in a text field

  function counter(area) {
    var out = document.getElementById(area.id + "-count");
    var max = parseInt(area.getAttribute("data-count-max"), 10);
    if (!out || !max) { return; }
    var template = out.getAttribute("data-template") || "";
    function update() {
      var used = area.value.length;
      out.textContent = template.replace("{used}", used).replace("{max}", max);
      out.classList.toggle("resume-count--over", used > max);
    }
    area.addEventListener("input", update);
    update();
  }

  function init(form) {
    var preview = document.querySelector("[data-preview]");
    var status = document.querySelector("[data-preview-status]");
    var section = document.getElementById("preview");
    if (!preview || !window.fetch || !window.FormData) { return; }
    var msg = form.dataset;
    var timer = null;
    var controller = null;

    function say(text) { if (status) { status.textContent = text; } }

    function refresh(withPhoto) {
      if (controller) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      var data = new FormData(form);
      data.set("action", "preview");
      if (!withPhoto) { data.delete("photo"); }
      if (section) { section.setAttribute("aria-busy", "true"); }
      say(msg.msgUpdating || "");
      // form.action would be the buttons named "action": read the attribute.
      fetch(form.getAttribute("action") || window.location.pathname, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Resume-Preview": "1" },
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, status: response.status, text: text }; });
      }).then(function (result) {
        if (section) { section.removeAttribute("aria-busy"); }
        if (result.ok) {
          // the text version stays open (or closed) as the person left it
          var text = preview.querySelector("[data-preview-text]");
          var open = text ? text.open : false;
          preview.innerHTML = result.text;
          text = preview.querySelector("[data-preview-text]");
          if (text) { text.open = open; }
          say(msg.msgUpdated || "");
          if (withPhoto) {
            var input = form.querySelector("input[type=file]");
            if (input) { input.value = ""; }
          }
        } else if (result.status === 400) {
          say(msg.msgInvalid || "");
        } else {
          say(msg.msgFailed || "");
        }
      }).catch(function (error) {
        if (error && error.name === "AbortError") { return; }
        if (section) { section.removeAttribute("aria-busy"); }
        say(msg.msgFailed || "");
      });
    }

    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.type === "text" || target.type === "email" || target.type === "tel" || target.tagName === "TEXTAREA") {
        return; // typed text is sent by the input handler below
      }
      window.clearTimeout(timer);
      refresh(target.type === "file");
    });
    form.addEventListener("input", function (event) {
      var target = event.target;
      if (target.type === "file" || target.type === "checkbox" || target.type === "radio") { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { refresh(false); }, DELAY);
    });
    Array.prototype.forEach.call(form.querySelectorAll("textarea[data-count-max]"), counter);
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-resume-form]"), init);
  });
})();
