/* 質問アシスタント: turns the "質問する" link into a button that opens a panel, asks
   /api/v1/assistant/ask/ with fetch and shows the cited answer. Without JavaScript the link leads
   to the assistant's own page, which works the same way on the server.
   Also opens a FAQ entry (<details>) when the address points at it (#faq-entry-12), so the
   source links of answers land on an open answer. */
(function () {
  "use strict";

  function openTargetDetails() {
    var id = decodeURIComponent((window.location.hash || "").slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function link(item, withKind) {
    var li = el("li");
    var a = el("a", "", item.label);
    a.href = item.url;
    li.appendChild(a);
    if (withKind && item.kind_label) { li.appendChild(document.createTextNode("（" + item.kind_label + "）")); }
    return li;
  }

  function init(root) {
    var t = root.dataset;
    var toggle = root.querySelector("[data-assistant-toggle]");
    var fallback = root.querySelector(".assistant__link");
    var panel = root.querySelector("[data-assistant-panel]");
    var close = root.querySelector("[data-assistant-close]");
    var form = root.querySelector("[data-assistant-form]");
    var input = root.querySelector("[data-assistant-input]");
    var log = root.querySelector("[data-assistant-log]");
    var status = root.querySelector("[data-assistant-status]");
    var error = root.querySelector("[data-assistant-error]");
    var busy = false;
    if (!window.fetch || !toggle || !panel) { return; }

    fallback.hidden = true;
    toggle.hidden = false;
    root.classList.add("assistant--enhanced");

    function setOpen(open) {
      panel.hidden = !open;
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      root.classList.toggle("assistant--open", open);
      if (open) { input.focus(); } else { toggle.focus(); }
    }

    toggle.addEventListener("click", function () { setOpen(panel.hidden); });
    close.addEventListener("click", function () { setOpen(false); });
    // On the document: focus may have left the panel (a pressed button becomes disabled).
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) { event.preventDefault(); setOpen(false); }
    });
    input.addEventListener("keydown", function (event) {
      // Enter sends, Shift+Enter starts a new line (and IME conversion is left alone).
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (form.requestSubmit) { form.requestSubmit(); } else { form.dispatchEvent(new Event("submit", { cancelable: true })); }
      }
    });

    function showError(message) {
      error.textContent = message;
      error.hidden = !message;
      if (message) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", "assistant-question-error assistant-note");
      } else {
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", "assistant-note");
      }
    }

    function feedbackBlock(answerId) {
      var box = el("fieldset", "assistant-msg__feedback");
      box.appendChild(el("legend", "", t.textHelpfulQuestion));
      var note = el("p", "assistant-msg__thanks");
      [[true, t.textHelpful], [false, t.textNotHelpful]].forEach(function (choice) {
        var button = el("button", "button button--small", choice[1]);
        button.type = "button";
        button.addEventListener("click", function () {
          var buttons = box.querySelectorAll("button");
          for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
          button.setAttribute("aria-pressed", "true");
          fetch(t.feedbackUrl, {
            method: "POST",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify({ id: answerId, helpful: choice[0] })
          }).then(function (response) {
            return response.json();
          }).then(function (json) {
            note.textContent = json.message || json.error || "";
          }).catch(function () { note.textContent = t.textError; });
        });
        box.appendChild(button);
      });
      box.appendChild(note);
      return box;
    }

    function renderAnswer(answer) {
      var item = el("div", "assistant-msg assistant-msg--answer assistant-msg--" + answer.status);
      item.appendChild(el("p", "visually-hidden", t.textAssistant));
      if (answer.generated) {
        var notice = el("p", "assistant-msg__notice");
        notice.appendChild(el("strong", "", t.textGenerated));
        notice.appendChild(document.createTextNode("：" + answer.notice));
        item.appendChild(notice);
      }
      if (answer.source_note) { item.appendChild(el("p", "assistant-msg__note", answer.source_note)); }
      item.appendChild(el("p", "assistant-msg__text", answer.text));
      if (answer.choices && answer.choices.length) {
        var choices = el("ul", "assistant-msg__links assistant-msg__choices");
        answer.choices.forEach(function (c) { choices.appendChild(link(c, true)); });
        item.appendChild(choices);
      }
      if (answer.sources && answer.sources.length) {
        var sources = el("p", "assistant-msg__sources", t.textSource + "：");
        answer.sources.forEach(function (source, i) {
          if (i) { sources.appendChild(document.createTextNode("、")); }
          var a = el("a", "", source.label);
          a.href = source.url;
          sources.appendChild(a);
          if (source.kind_label) { sources.appendChild(document.createTextNode("（" + source.kind_label + "）")); }
        });
        item.appendChild(sources);
      }
      if (answer.related && answer.related.length) {
        item.appendChild(el("p", "assistant-msg__subhead", t.textRelated));
        var related = el("ul", "assistant-msg__links");
        answer.related.forEach(function (r) { related.appendChild(link(r, true)); });
        item.appendChild(related);
      }
      if (answer.help_links && answer.help_links.length) {
        var help = el("ul", "assistant-msg__links");
        answer.help_links.forEach(function (h) { help.appendChild(link(h, false)); });
        item.appendChild(help);
      }
      if (answer.invite) {
        var invite = el("div", "assistant-msg__invite");
        invite.appendChild(el("p", "", answer.invite_text));
        var a = el("a", "button button--small", answer.invite.label);
        a.href = answer.invite.url;
        invite.appendChild(a);
        item.appendChild(invite);
      }
      item.appendChild(feedbackBlock(answer.id));
      return item;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) { return; }
      var question = input.value.replace(/\s+/g, " ").trim();
      var max = parseInt(input.getAttribute("maxlength"), 10) || 200;
      if (!question) { showError(t.textEmpty); input.focus(); return; }
      if (question.length > max) { showError(t.textTooLong.replace("%(max)d", String(max))); input.focus(); return; }
      showError("");
      var mine = el("div", "assistant-msg assistant-msg--question");
      mine.appendChild(el("p", "visually-hidden", t.textYou));
      mine.appendChild(el("p", "assistant-msg__text", question));
      log.appendChild(mine);
      input.value = "";
      busy = true;
      status.textContent = t.textWaiting;
      root.classList.add("assistant--busy");
      fetch(t.askUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ question: question, language: t.language, channel: "widget" })
      }).then(function (response) {
        // A page that is not our JSON (a proxy's or the server's error page) reads as no message.
        return response.json().then(
          function (json) { return { ok: response.ok, json: json }; },
          function () { return { ok: false, json: {} }; }
        );
      }).then(function (result) {
        if (!result.ok) { throw { serverMessage: result.json.error || "" }; }
        log.appendChild(renderAnswer(result.json));
        status.textContent = "";
      }).catch(function (err) {
        // Only the server's own sentence is shown; the browser's (English) error text never is.
        var failed = el("div", "assistant-msg assistant-msg--answer assistant-msg--error");
        failed.appendChild(el("p", "assistant-msg__text", (err && err.serverMessage) || t.textError));
        log.appendChild(failed);
        status.textContent = "";
      }).then(function () {
        busy = false;
        root.classList.remove("assistant--busy");
        // Show the start of the new exchange, not the end of a long answer.
        log.scrollTop = mine.offsetTop - log.offsetTop;
      });
    });
  }

  function start() {
    openTargetDetails();
    window.addEventListener("hashchange", openTargetDetails);
    var roots = document.querySelectorAll("[data-assistant]");
    for (var i = 0; i < roots.length; i++) { init(roots[i]); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
