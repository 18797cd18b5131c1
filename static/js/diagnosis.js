/* Self-diagnosis, progressive enhancement (the pages work without it):
   - a check form counts the answered questions as they are answered, and on 「結果を見る」 with
     questions left, stays on the page and moves to the first one (the server checks again anyway);
   - the share section's 「シェア用のページを開く」 link uses the device's share sheet where there is
     one, and otherwise copies the link. Texts come from data-* attributes (translated server-side). */
(function () {
  "use strict";

  function format(text, values) {
    Object.keys(values).forEach(function (key) {
      text = text.split("{" + key + "}").join(String(values[key]));
    });
    return text;
  }

  function enhanceForm(form) {
    var items = Array.prototype.slice.call(form.querySelectorAll(".item"));
    var progress = form.querySelector("[data-progress]");
    var progressFormat = form.getAttribute("data-progress-format") || "";
    var missingFormat = form.getAttribute("data-missing-format") || "";

    function unanswered() {
      return items.filter(function (item) { return !item.querySelector("input[type=radio]:checked"); });
    }

    function update() {
      var left = unanswered().length;
      if (progress) progress.textContent = format(progressFormat, { total: items.length, done: items.length - left });
    }

    form.addEventListener("change", function (event) {
      var item = event.target.closest(".item");
      if (item && item.querySelector("input[type=radio]:checked")) item.classList.remove("item--missing");
      update();
    });

    form.addEventListener("submit", function (event) {
      var left = unanswered();
      if (!left.length) return;
      event.preventDefault();
      left.forEach(function (item) { item.classList.add("item--missing"); });
      if (progress) progress.textContent = format(missingFormat, { count: left.length });
      var first = left[0].querySelector("input[type=radio]");
      left[0].scrollIntoView({ block: "center" });
      if (first) first.focus({ preventScroll: true });
    });
    update();
  }

  function enhanceShare(list) {
    var link = list.querySelector("[data-share-copy]");
    var status = document.querySelector("[data-share-status]");
    if (!link) return;
    link.addEventListener("click", function (event) {
      var url = list.getAttribute("data-share-url");
      var text = list.getAttribute("data-share-text");
      if (navigator.share) {
        event.preventDefault();
        navigator.share({ title: text, text: text, url: url }).catch(function () {});
      } else if (navigator.clipboard && window.isSecureContext) {
        event.preventDefault();
        navigator.clipboard.writeText(url).then(function () {
          if (status) status.textContent = list.getAttribute("data-copied");
        }, function () { window.location.href = url; });
      }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-diagnosis-form]"), enhanceForm);
    Array.prototype.forEach.call(document.querySelectorAll("[data-share]"), enhanceShare);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
