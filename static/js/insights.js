/* Statistics: the consent notice and the surveys answer in place. Progressive enhancement only —
   without this file both forms post and the server answers with a page. */
(function () {
  "use strict";

  function post(form, extra) {
    var data = new FormData(form);
    if (extra) { data.set(extra.name, extra.value); }
    return fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    });
  }

  function announce(status, text) {
    status.textContent = text;
    status.focus();
  }

  /* Consent notice: 「同意する」/「同意しない」 without leaving the page. */
  var notice = document.querySelector("[data-insights-consent]");
  if (notice && !notice.hidden) {
    var consentForm = notice.querySelector("[data-insights-consent-form]");
    var consentStatus = notice.querySelector("[data-insights-consent-status]");
    var chosen = null;
    consentForm.addEventListener("click", function (event) {
      if (event.target.name === "consent") { chosen = event.target; }
    });
    consentForm.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData || !chosen) { return; }
      event.preventDefault();
      post(consentForm, { name: "consent", value: chosen.value }).then(function (result) {
        if (!result.ok) { throw new Error("refused"); }
        consentForm.hidden = true;
        announce(consentStatus, result.body.message);
      }).catch(function () {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "consent";
        input.value = chosen.value;
        consentForm.appendChild(input);
        consentForm.submit();
      });
    });
  }

  /* Surveys: send in place; on an error the server's page shows it next to the field. */
  var surveys = document.querySelectorAll("[data-insights-survey]");
  Array.prototype.forEach.call(surveys, function (section) {
    var form = section.querySelector("[data-insights-survey-form]");
    var status = section.querySelector("[data-insights-survey-status]");
    var sending = false;
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) { return; }
      event.preventDefault();
      if (sending) { return; }
      sending = true;
      post(form).then(function (result) {
        if (!result.ok) { throw new Error("invalid"); }
        form.hidden = true;
        announce(status, result.body.message);
      }).catch(function () {
        form.submit();
      });
    });
  });
})();
