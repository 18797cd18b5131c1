/* 例文の自動作成 — progressive enhancement of the sentence builder. Everything works without it:
   {% sentence_builder_button %} renders a link to /sentences/<slug>/ that links back.

   1. Any element with data-sentence-builder="<flow slug or box code>" and data-target="<textarea id>"
      (the link the template tag renders, or a <button> written by hand) opens the flow in a
      <dialog> — also in rows other scripts add later (one delegated listener; new links are made
      buttons as they appear): the questions (from the flow's JSON), 「文をつくる」, the draft in an editable
      textarea, and 「この文を挿入」.
   2. Inserting never replaces what was typed (a selection is kept, the draft goes after it): at the
      caret when the person has placed it in the textarea, otherwise after the existing text (on a
      new line). An `input` event is
      fired so autosave and counters see the change. A draft that would exceed the textarea's
      maxlength is not inserted; the dialog says so.
   3. On the builder's own page, 「文章をコピー」 copies the draft.
   Texts come from the flow's JSON (translated on the server); the few used before it arrives go
   through gettext when the JavaScript catalogue is loaded. */
(function () {
  "use strict";
  if (window.jobcardSentenceBuilder) { return; }

  // Named gettext so that makemessages -d djangojs finds the strings (a wrapper under another name hid them).
  var gettext = function (text) { return typeof window.gettext === "function" ? window.gettext(text) : text; };
  var fmt = function (text, values) {
    return String(text).replace(/%\((\w+)\)[ds]/g, function (match, key) {
      return Object.hasOwn(values, key) ? values[key] : match;
    });
  };
  var touched = new WeakSet();   // textareas the person has put the caret in
  var counter = 0;

  function languagePrefix() {
    var lang = (document.documentElement.getAttribute("lang") || "ja").toLowerCase();
    return lang.indexOf("ja") === 0 ? "" : "/" + lang.split("-")[0];
  }

  function flowUrl(el) {
    return el.getAttribute("data-flow-url") ||
      languagePrefix() + "/sentences/api/flows/" + encodeURIComponent(el.getAttribute("data-sentence-builder")) + "/";
  }

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "className") { node.className = attrs[name]; } else { node.setAttribute(name, attrs[name]); }
    });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /* Insert ``text`` into ``target`` without replacing anything; false when maxlength forbids it. */
  function insertText(target, text) {
    var value = target.value;
    var atCaret = touched.has(target) && typeof target.selectionEnd === "number";
    var position = atCaret ? target.selectionEnd : value.length;
    var before = value.slice(0, position);
    var after = value.slice(position);
    var insert = text;
    if (position === value.length && before && !/\n$/.test(before)) { insert = "\n" + insert; }
    var next = before + insert + after;
    if (target.maxLength > 0 && next.length > target.maxLength) { return false; }
    target.value = next;
    var caret = position + insert.length;
    target.focus();
    try { target.setSelectionRange(caret, caret); } catch { /* not a text control */ }
    touched.add(target);
    target.dispatchEvent(new Event("input", { bubbles: true }));
    return true;
  }

  function pageStatus(targetId, message) {
    var status = document.querySelector('[data-sentence-builder-status="' + targetId + '"]');
    if (status) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  function questionFieldset(question, index, labels, prefix) {
    var fieldset = make("fieldset", { className: "choice-group", "data-question": question.key });
    var legend = make("legend", { className: "choice-group__legend" });
    legend.appendChild(make("span", { className: "sentence-form__number" }, fmt(gettext("質問%(n)s"), { n: index + 1 })));
    legend.appendChild(document.createTextNode(" " + question.text));
    fieldset.appendChild(legend);
    var described = [];
    var hintText = (question.multiple ? fmt(labels.choose_up_to, { max: question.max_choices }) + "。" : "") +
      (question.help_text || "");
    if (hintText) {
      var hintId = prefix + "-" + question.key + "-hint";
      fieldset.appendChild(make("p", { className: "form-field__hint", id: hintId }, hintText));
      described.push(hintId);
    }
    var error = make("p", { className: "field-error", id: prefix + "-" + question.key + "-error", hidden: "" });
    fieldset.appendChild(error);
    if (described.length) { fieldset.setAttribute("aria-describedby", described.join(" ")); }
    var choices = make("div", { className: "choices" });
    question.choices.forEach(function (choice, i) {
      var id = prefix + "-" + question.key + "-" + i;
      var wrap = make("div", { className: "choice" + (question.multiple ? " choice--check" : "") });
      wrap.appendChild(make("input", {
        type: question.multiple ? "checkbox" : "radio", id: id, name: question.key, value: choice.key
      }));
      wrap.appendChild(make("label", { "for": id }, choice.label));
      choices.appendChild(wrap);
    });
    fieldset.appendChild(choices);
    return fieldset;
  }

  function readAnswers(form, flow) {
    var answers = {};
    flow.questions.forEach(function (question) {
      var checked = form.querySelectorAll('input[name="' + question.key + '"]:checked');
      var values = Array.prototype.map.call(checked, function (input) { return input.value; });
      if (question.multiple) { answers[question.key] = values; } else if (values.length) { answers[question.key] = values[0]; }
    });
    return answers;
  }

  function showErrors(form, errors, prefix) {
    var first = null;
    Array.prototype.forEach.call(form.querySelectorAll("[data-question]"), function (fieldset) {
      var key = fieldset.getAttribute("data-question");
      var error = document.getElementById(prefix + "-" + key + "-error");
      var hint = document.getElementById(prefix + "-" + key + "-hint");
      var message = errors[key];
      error.hidden = !message;
      error.textContent = message || "";
      fieldset.classList.toggle("choice-group--error", !!message);
      var ids = [];
      if (message) { ids.push(error.id); }
      if (hint) { ids.push(hint.id); }
      if (ids.length) { fieldset.setAttribute("aria-describedby", ids.join(" ")); } else { fieldset.removeAttribute("aria-describedby"); }
      if (message && !first) { first = fieldset.querySelector("input"); }
    });
    if (first) { first.focus(); }
  }

  function openBuilder(opener, target) {
    var prefix = "sb" + (++counter);
    var dialog = make("dialog", { className: "sb-dialog", "aria-labelledby": prefix + "-title" });
    var header = make("div", { className: "sb-dialog__header" });
    var title = make("h2", { className: "sb-dialog__title", id: prefix + "-title" }, gettext("例文をつくる"));
    var close = make("button", { type: "button", className: "sb-dialog__close", "aria-label": gettext("閉じる") }, "×");
    header.appendChild(title);
    header.appendChild(close);
    dialog.appendChild(header);
    var body = make("div", { className: "sb-dialog__body" });
    var status = make("p", { className: "sb-dialog__status", role: "status" }, gettext("読み込んでいます…"));
    body.appendChild(status);
    dialog.appendChild(body);
    document.body.appendChild(dialog);

    function finish() { dialog.close(); }
    close.addEventListener("click", finish);
    dialog.addEventListener("close", function () {
      dialog.remove();
      if (document.activeElement === document.body || !document.activeElement) { opener.focus(); }
    });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { finish(); } });
    dialog.showModal();
    close.focus();

    fetch(flowUrl(opener), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(""); }
        return response.json();
      })
      .then(function (flow) { render(flow); })
      .catch(function () {
        status.textContent = gettext("例文の質問を読み込めませんでした。") + " ";
        var link = make("a", { href: opener.getAttribute("data-page-url") || opener.getAttribute("href") || "#" },
          gettext("質問のページを開く"));
        if (link.getAttribute("href") !== "#") { status.appendChild(link); }
      });

    function render(flow) {
      var labels = flow.labels;
      title.textContent = flow.title;
      close.setAttribute("aria-label", labels.close);
      status.textContent = "";
      if (flow.intro) { body.insertBefore(make("p", { className: "sb-dialog__intro" }, flow.intro), status); }
      var form = make("form", { className: "sb-form", novalidate: "" });
      flow.questions.forEach(function (question, index) { form.appendChild(questionFieldset(question, index, labels, prefix)); });
      var actions = make("div", { className: "form-actions" });
      var composeButton = make("button", { type: "submit", className: "button button--primary" }, labels.compose);
      actions.appendChild(composeButton);
      form.appendChild(actions);
      body.insertBefore(form, status);

      var result = make("div", { className: "sb-result", hidden: "" });
      var draftId = prefix + "-draft";
      result.appendChild(make("label", { className: "form-field__label", "for": draftId }, labels.draft));
      result.appendChild(make("p", { className: "form-field__hint", id: draftId + "-hint" }, labels.draft_hint));
      var draftError = make("p", { className: "field-error", id: draftId + "-error", hidden: "" });
      result.appendChild(draftError);
      var draft = make("textarea", { id: draftId, rows: "6", className: "sb-result__text",
        "aria-describedby": draftId + "-hint " + draftId + "-count" });
      result.appendChild(draft);
      var count = make("p", { className: "sb-result__count", id: draftId + "-count" });
      result.appendChild(count);
      var resultActions = make("div", { className: "form-actions" });
      var insertButton = make("button", { type: "button", className: "button button--primary" }, labels.insert);
      resultActions.appendChild(insertButton);
      result.appendChild(resultActions);
      body.insertBefore(result, status);

      function updateCount() { count.textContent = fmt(labels.characters, { count: draft.value.length }); }
      function draftProblem(message) {
        draftError.hidden = !message;
        draftError.textContent = message || "";
        draft.setAttribute("aria-describedby", (message ? draftError.id + " " : "") + draftId + "-hint " + draftId + "-count");
        if (message) { draft.setAttribute("aria-invalid", "true"); } else { draft.removeAttribute("aria-invalid"); }
      }
      draft.addEventListener("input", function () { updateCount(); draftProblem(""); });

      form.addEventListener("submit", function (event) {
        event.preventDefault();
        composeButton.disabled = true;
        status.textContent = "";
        fetch(flow.compose_url, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({ answers: readAnswers(form, flow) })
        }).then(function (response) {
          return response.json().then(function (json) { return { ok: response.ok, status: response.status, json: json }; });
        }).then(function (answer) {
          composeButton.disabled = false;
          if (!answer.ok) {
            showErrors(form, answer.json.errors || {}, prefix);
            status.textContent = answer.json.error || labels.error;
            return;
          }
          showErrors(form, {}, prefix);
          result.hidden = false;
          draft.value = answer.json.text;
          draftProblem("");
          updateCount();
          draft.focus();
          draft.setSelectionRange(0, 0);
          draft.scrollIntoView({ block: "nearest" });
        }).catch(function () {
          composeButton.disabled = false;
          status.textContent = labels.failed;
        });
      });

      insertButton.addEventListener("click", function () {
        var text = draft.value.trim();
        if (!text) { draftProblem(labels.empty); draft.focus(); return; }
        if (!insertText(target, text)) {
          draftProblem(fmt(labels.too_long, { max: target.maxLength }));
          draft.focus();
          return;
        }
        dialog.close();
        target.focus();
        pageStatus(target.id, labels.inserted);
      });
    }
  }

  /* A link that opens the dialog becomes a real <button> (keyboard and screen readers agree). */
  function upgrade(el) {
    if (el.tagName !== "A" || !document.getElementById(el.getAttribute("data-target") || "")) {
      if (el.tagName === "BUTTON") {
        if (!el.getAttribute("type")) { el.setAttribute("type", "button"); }
        el.setAttribute("aria-haspopup", "dialog");
      }
      return;
    }
    var button = make("button", { type: "button", className: el.className, "data-page-url": el.getAttribute("href") });
    Array.prototype.forEach.call(el.attributes, function (attr) {
      if (attr.name.indexOf("data-") === 0) { button.setAttribute(attr.name, attr.value); }
    });
    button.innerHTML = el.innerHTML;
    button.setAttribute("aria-haspopup", "dialog");
    el.parentNode.replaceChild(button, el);
  }

  function upgradeWithin(root) {
    if (root.nodeType !== 1) { return; }
    if (root.hasAttribute("data-sentence-builder")) { upgrade(root); }
    Array.prototype.forEach.call(root.querySelectorAll("[data-sentence-builder]"), upgrade);
  }

  /* One listener for every builder, including those in rows other scripts add later. */
  function onClick(event) {
    var opener = event.target.closest ? event.target.closest("[data-sentence-builder]") : null;
    if (!opener) { return; }
    var target = document.getElementById(opener.getAttribute("data-target") || "");
    if (!target || typeof target.value !== "string") {
      // No textarea to insert into: the builder's own page still works.
      if (opener.tagName === "BUTTON" && opener.getAttribute("data-page-url")) {
        window.location.href = opener.getAttribute("data-page-url");
      }
      return;
    }
    event.preventDefault();
    openBuilder(opener, target);
  }

  /* The caret counts once the person placed it (click, arrows, typing) — not when tabbing through. */
  function onCaret(event) {
    var el = event.target;
    if (!el || (el.tagName !== "TEXTAREA" && el.tagName !== "INPUT")) { return; }
    if (event.type === "keyup" && (event.key === "Tab" || event.key === "Shift")) { return; }
    touched.add(el);
  }

  function enhanceCopy(button) {
    var source = document.getElementById(button.getAttribute("data-copy-draft"));
    var status = document.querySelector("[data-copy-status]");
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var say = function (attr) { if (status) { status.textContent = status.getAttribute(attr) || ""; } };
      var fallback = function () {
        source.focus();
        source.select();
        try { say(document.execCommand("copy") ? "data-copied-text" : "data-copy-failed-text"); } catch { say("data-copy-failed-text"); }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(source.value).then(function () { say("data-copied-text"); }, fallback);
      } else {
        fallback();
      }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy-draft]"), enhanceCopy);
    if (!window.fetch || typeof HTMLDialogElement === "undefined") { return; }   // links keep working
    upgradeWithin(document.body);
    document.addEventListener("click", onClick);
    ["mouseup", "touchend", "keyup", "input", "select"].forEach(function (name) {
      document.addEventListener(name, onCaret, true);
    });
    if (window.MutationObserver) {
      new MutationObserver(function (records) {
        records.forEach(function (record) { Array.prototype.forEach.call(record.addedNodes, upgradeWithin); });
      }).observe(document.body, { childList: true, subtree: true });
    }
  }

  window.jobcardSentenceBuilder = { insertText: insertText, open: openBuilder, enhance: upgradeWithin };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
