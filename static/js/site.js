/* ジョブ・カード作成支援サイト — progressive enhancement only. Every page works without it.
   Pages are cached for everyone, so anything personal (the last menu chosen) is done here. */
(function () {
  "use strict";

  var COOKIE = "jobcard_attributes";

  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split("; ") : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      if (parts[i].slice(0, eq) === name) {
        try { return decodeURIComponent(parts[i].slice(eq + 1)).replace(/^"|"$/g, ""); } catch { return ""; }
      }
    }
    return "";
  }

  function radio(form, name, value) {
    var inputs = form.querySelectorAll('input[type="radio"][name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) { if (inputs[i].value === value) { return inputs[i]; } }
    return null;
  }

  function labelText(input) {
    var label = input && input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
    return label ? label.textContent.trim() : "";
  }

  /* Attribute form: pre-select the last choice and offer a link straight to its menu. */
  function enhanceAttributeForm(form) {
    var parts = readCookie(COOKIE).split(".");
    var userType = radio(form, "user_type", parts[0] || "");
    var purpose = radio(form, "purpose", parts[1] || "");
    var useCase = parts[2] ? radio(form, "case", parts[2]) : null;
    if (!userType || !purpose) { return; }
    if (!form.querySelector('input[name="user_type"]:checked')) {
      userType.checked = true;
      purpose.checked = true;
      if (useCase) { useCase.checked = true; }
    }
    var box = form.querySelector("[data-last-choice]");
    var link = form.querySelector("[data-last-choice-link]");
    if (!box || !link) { return; }
    var query = "?user_type=" + encodeURIComponent(userType.value) +
      "&purpose=" + encodeURIComponent(purpose.value) +
      "&case=" + encodeURIComponent(useCase ? useCase.value : "");
    link.href = form.getAttribute("action") + query;
    var labels = [labelText(userType), labelText(purpose)];
    if (useCase) { labels.push(labelText(useCase)); }
    var span = link.querySelector("[data-last-choice-label]");
    if (span) { span.textContent = labels.join("・"); }
    box.hidden = false;
  }

  /* FAQ "was this helpful?": send without leaving the page, announce the answer. */
  function enhanceFeedback(form) {
    var status = form.querySelector("[data-feedback-status]");
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) { return; }
      event.preventDefault();
      var submitter = event.submitter;
      var data = new FormData(form);
      if (submitter && submitter.name) { data.set(submitter.name, submitter.value); }
      var buttons = form.querySelectorAll("button");
      for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (result) {
        if (!result.ok) { throw new Error(result.json.error || ""); }
        status.textContent = result.json.message;
        var fieldset = form.querySelector("fieldset");
        if (fieldset) { fieldset.hidden = true; }
      }).catch(function (error) {
        status.textContent = (error && error.message) || form.getAttribute("data-error-message") || "";
        for (var j = 0; j < buttons.length; j++) { buttons[j].disabled = false; }
      });
    });
  }

  /* Video embeds: nothing is loaded from YouTube/Vimeo until the visitor asks for it. */
  function enhanceVideo(button) {
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-player-url");
      if (!url) { return; }
      var iframe = document.createElement("iframe");
      iframe.src = url + (url.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
      iframe.title = button.getAttribute("data-player-title") || "";
      iframe.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
      iframe.setAttribute("allowfullscreen", "");
      iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      iframe.setAttribute("tabindex", "0");
      var facade = button.closest("[data-video-facade]") || button;
      facade.replaceWith(iframe);
      iframe.focus();
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-attribute-form]"), enhanceAttributeForm);
    Array.prototype.forEach.call(document.querySelectorAll("[data-faq-feedback]"), enhanceFeedback);
    Array.prototype.forEach.call(document.querySelectorAll("[data-player-url]"), enhanceVideo);
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) { summary.focus(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
