/* Exports page helpers (progressive enhancement; the page works without them):
   - 「すべて選ぶ」「すべて外す」 buttons for each group of checkboxes (labels from the template, translated);
   - an unticked sheet greys out its details and says so to screen readers;
   - while the file is made, the button is disabled (no second request) and a status line says so;
     the form sends a random download_token and the response sets the cookie jobcard_download to
     it (outputs.views.download), which tells the page that the file has arrived. */
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

  var submit = form.querySelector("[data-outputs-submit]");
  var status = form.querySelector("[data-outputs-status]");
  if (!submit || !status || !window.crypto || !window.crypto.getRandomValues) return;
  var COOKIE = "jobcard_download";
  var tokenInput = document.createElement("input");
  tokenInput.type = "hidden";
  tokenInput.name = "download_token";
  form.appendChild(tokenInput);

  function cookieValue() {
    var match = document.cookie.match(new RegExp("(?:^|; )" + COOKIE + "=([^;]*)"));
    return match ? match[1] : "";
  }
  function finish(message) {
    submit.disabled = false;
    submit.removeAttribute("aria-disabled");
    status.textContent = message;
    // biome-ignore lint/suspicious/noDocumentCookie: clears the one download-token cookie; no Cookie Store API in Safari
    document.cookie = COOKIE + "=; Max-Age=0; Path=/; SameSite=Lax";
  }
  form.addEventListener("submit", function () {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    var token = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    tokenInput.value = token;
    status.textContent = form.dataset.msgWorking;
    // Disabled after the browser has collected the form (a disabled button would not be sent).
    window.setTimeout(function () { submit.disabled = true; submit.setAttribute("aria-disabled", "true"); }, 0);
    var started = Date.now();
    var timer = window.setInterval(function () {
      if (cookieValue() === token) {
        window.clearInterval(timer);
        finish(form.dataset.msgDone);
      } else if (Date.now() - started > 120000) {
        window.clearInterval(timer);
        finish("");
      }
    }, 300);
  });
})();
