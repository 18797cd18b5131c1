/* 登録情報の変更: 「住所を検索」 without leaving the page. Progressive enhancement only: the
   button is a submit button, and without this script (or when the request fails) the server
   re-displays the form with the address filled in. */
(function () {
  "use strict";

  var GROUPS = {
    home: ["postal_code", "address", "address_kana"],
    contact: ["contact_postal_code", "contact_address", "contact_address_kana"]
  };

  function field(form, name) { return form.querySelector('[name="' + name + '"]'); }

  function describedBy(input, id, add) {
    var ids = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (x) {
      return x && x !== id;
    });
    if (add) { ids.unshift(id); }
    if (ids.length) { input.setAttribute("aria-describedby", ids.join(" ")); }
    else { input.removeAttribute("aria-describedby"); }
  }

  function setError(input, message) {
    var wrapper = input.closest(".form-field");
    var id = input.id + "-error";
    var error = document.getElementById(id);
    if (message) {
      if (!error) {
        error = document.createElement("p");
        error.className = "field-error";
        error.id = id;
        var row = input.closest(".lookup-row") || input;
        row.parentNode.insertBefore(error, row);
      }
      error.textContent = message;
      input.setAttribute("aria-invalid", "true");
      describedBy(input, id, true);
      if (wrapper) { wrapper.classList.add("form-field--error"); }
    } else {
      if (error) { error.parentNode.removeChild(error); }
      input.removeAttribute("aria-invalid");
      describedBy(input, id, false);
      if (wrapper) { wrapper.classList.remove("form-field--error"); }
    }
  }

  function lookup(form, button) {
    var names = GROUPS[button.value];
    if (!names) { return; }
    var postal = field(form, names[0]);
    var address = field(form, names[1]);
    var kana = field(form, names[2]);
    var status = form.querySelector('[data-lookup-status="' + button.value + '"]');
    var url = form.getAttribute("data-lookup-url") +
      "?code=" + encodeURIComponent(postal.value) +
      "&address=" + encodeURIComponent(address.value) +
      "&address_kana=" + encodeURIComponent(kana.value);
    button.disabled = true;
    if (status) { status.textContent = ""; }
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("application/json") === -1) { throw new Error("not json"); }
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (result) {
        button.disabled = false;
        if (!result.ok) {
          setError(postal, result.json.error || "");
          postal.focus();
          return;
        }
        setError(postal, "");
        postal.value = result.json.postal_code_display;
        address.value = result.json.address;
        kana.value = result.json.address_kana;
        if (status) { status.textContent = result.json.message; }
        address.focus();
        var end = address.value.length;
        try { address.setSelectionRange(end, end); } catch (e) { /* not a text input */ }
      })
      .catch(function () {
        // Offline, logged out, or the server failed: let the form do it the plain way.
        button.disabled = false;
        button.setAttribute("data-plain", "1");
        if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
      });
  }

  function enhance(form) {
    if (!window.fetch) { return; }
    var buttons = form.querySelectorAll("[data-postal-lookup]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function (event) {
        if (button.getAttribute("data-plain") === "1") { return; }
        event.preventDefault();
        lookup(form, button);
      });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-profile-form]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
