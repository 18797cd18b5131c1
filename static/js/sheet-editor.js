/* The sheet editor's enhancements (the page works without them).
 *
 * - Autosave: a few seconds after typing stops, and when a field is left, the form is sent to the
 *   autosave URL with If-Match: "<lock version>". The answer gives the new version and the errors.
 * - Network trouble: the text stays on screen, the page says so, and retries with a growing pause
 *   (and at once when the browser is back online). Nothing is kept in localStorage.
 * - A 412 (saved elsewhere meanwhile): autosave stops and the person is offered the comparison
 *   page (the normal form submission, which the server answers with both versions).
 * - Leaving the page with unsaved changes asks first.
 * - Rows are added, removed and moved in place and renumbered; character counters update.
 * - A guidance page's sheet-form block loads the person's live form into place.
 */
(function () {
  "use strict";

  var DELAY_MS = 3000;
  var RETRY_STEPS_MS = [5000, 10000, 20000, 40000, 60000];

  // Django's JavaScript catalogue (jsi18n, loaded by base.html) when present; the Japanese otherwise.
  function gettext(text) {
    return window.gettext ? window.gettext(text) : text;
  }

  // The CSRF token: the cookie's, which is the one the server checks. Several sheet forms loaded
  // into one page each carry a token from their own response, and a first visit's parallel
  // responses may each have set a new cookie: only the cookie's value is sure to be current.
  function cookieToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function csrfToken(form) {
    var token = cookieToken();
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (token && input) input.value = token; // a normal submit of this form sends it too
    return token || (input ? input.value : "");
  }

  // A fresh token from the server (after a CSRF refusal: an expired cookie, another tab's login).
  function refreshToken(form) {
    var url = form.getAttribute("data-csrf-url");
    if (!url) return Promise.resolve("");
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : {};
      })
      .then(function (data) {
        var input = form.querySelector("input[name=csrfmiddlewaretoken]");
        if (data.token && input) input.value = data.token;
        return data.token || "";
      })
      .catch(function () {
        return "";
      });
  }

  // One autosave in flight per page: the first save of a new visitor creates the card and the
  // session, and a second form saving at the same moment would start a card of its own.
  var pageSaving = false;

  function clock() {
    var now = new Date();
    return now.getHours() + ":" + String(now.getMinutes()).padStart(2, "0");
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // Character counters -------------------------------------------------------------------------

  function updateCounter(field) {
    var form = field.form;
    if (!form || !field.id) return;
    var counter = form.querySelector('[data-count-for="' + field.id + '"]');
    if (!counter) return;
    var max = parseInt(field.getAttribute("data-max-length"), 10);
    var count = Array.from(field.value).length;
    counter.textContent = count + " / " + max + gettext("文字");
    counter.classList.toggle("char-count--over", count > max);
  }

  // Rows ----------------------------------------------------------------------------------------

  function renumber(section) {
    var key = section.getAttribute("data-repeat");
    var rows = section.querySelectorAll("[data-rows] > [data-row]");
    var pattern = new RegExp("(" + escapeRegExp(key) + "-)(\\d+|__prefix__)(-)", "g");
    var actionPattern = new RegExp("^(up|down|remove):" + escapeRegExp(key) + ":(\\d+|__prefix__)$");
    rows.forEach(function (row, index) {
      row.id = "row-" + key + "-" + index;
      var number = row.querySelector("[data-row-number]");
      if (number) number.textContent = String(index + 1);
      row.querySelectorAll("*").forEach(function (el) {
        ["name", "id", "for", "aria-describedby", "data-count-for", "data-error-for", "data-field", "data-target"].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) el.setAttribute(attr, value.replace(pattern, "$1" + index + "$3"));
        });
        if (el.tagName === "BUTTON" && actionPattern.test(el.value)) {
          el.value = el.value.replace(actionPattern, "$1:" + key + ":" + index);
        }
        if (el.matches(".visually-hidden") && el.closest(".repeat__row-actions")) {
          el.textContent = "（" + (index + 1) + gettext("件目") + "）";
        }
      });
    });
    var total = section.querySelector("[data-total-forms]");
    if (total) total.value = String(rows.length);
    var count = section.querySelector("[data-row-count]");
    if (count) count.textContent = rows.length + gettext("件");
    var empty = section.querySelector("[data-empty]");
    if (empty) empty.hidden = rows.length > 0;
    var add = section.querySelector("[data-add-row]");
    var max = parseInt(section.getAttribute("data-max-rows") || "0", 10);
    if (add) add.disabled = max > 0 && rows.length >= max;
  }

  // A new row's field tools (例文の自動作成, 職業から選ぶ) get their behaviour like the others.
  // Each tool is optional (a page may load neither script, or one without an enhance hook): a
  // missing one never stops the row from being added, focused and announced.
  function enhanceRow(row) {
    [
      [window.jobcardSentenceBuilder, "[data-sentence-builder]"],
      [window.OccupationPicker, "[data-occupation-picker]"],
    ].forEach(function (tool) {
      if (!tool[0] || typeof tool[0].enhance !== "function") return;
      row.querySelectorAll(tool[1]).forEach(function (el) {
        try {
          tool[0].enhance(el);
        } catch {
          /* the field still works without its tool */
        }
      });
    });
  }

  // Scroll the least needed so the whole of ``el`` is between the top margin and the save bar (its
  // top edge when it is taller than that space).
  function keepInView(el) {
    var form = el && el.closest ? el.closest("form") : null;
    if (!form || !el.getBoundingClientRect) return;
    var bar = form.querySelector("[data-save-bar]");
    if (!bar || bar.contains(el) || getComputedStyle(bar).position !== "sticky") return;
    var rect = el.getBoundingClientRect();
    var ring = 8; // the focus outline and its offset
    var top = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + ring;
    var limit = bar.getBoundingClientRect().top - ring;
    if (rect.bottom > limit && rect.height < limit - top) window.scrollBy(0, rect.bottom - limit);
    else if (rect.top < top || (rect.bottom > limit && rect.top > top)) window.scrollBy(0, rect.top - top);
  }

  // Focus a field and scroll so its label (and the row's heading) stay in view above it.
  function focusField(field) {
    if (!field) return;
    field.focus({ preventScroll: true });
    var box = field.closest(".form-field") || field;
    box.scrollIntoView({ block: "nearest" });
    var label = field.id && document.querySelector('label[for="' + field.id + '"]');
    var top = (label || box).getBoundingClientRect().top;
    var header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (top < header) window.scrollBy(0, top - header);
    var bottom = field.getBoundingClientRect().bottom;
    var bar = field.form && field.form.querySelector("[data-save-bar]");
    var limit = bar ? bar.getBoundingClientRect().top : window.innerHeight;
    if (bottom > limit) window.scrollBy(0, bottom - limit + 8);
  }

  function handleRowButton(editor, button, event) {
    var section = button.closest("[data-repeat]");
    if (!section) return false;
    var list = section.querySelector("[data-rows]");
    var row = button.closest("[data-row]");
    if (button.hasAttribute("data-add-row")) {
      var template = section.querySelector("template[data-row-template]");
      if (!template) return false;
      event.preventDefault();
      var fresh = template.content.firstElementChild.cloneNode(true);
      list.appendChild(fresh);
      renumber(section);
      enhanceRow(fresh);
      var first = fresh.querySelector("input:not([type=hidden]), textarea, select");
      var legend = fresh.querySelector("legend");
      if (legend) legend.scrollIntoView({ block: "start" });
      if (first) focusField(first);
      editor.announce(gettext("行を追加しました。"));
      editor.changed();
      return true;
    }
    if (!row) return false;
    if (button.hasAttribute("data-remove-row")) {
      event.preventDefault();
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber(section);
      var focusTarget = next && next.matches("[data-row]") ? next.querySelector("input:not([type=hidden]), textarea, select") : section.querySelector("[data-add-row]");
      if (focusTarget) focusTarget.focus();
      editor.announce(gettext("行を削除しました。"));
      editor.changed(true);
      return true;
    }
    var direction = button.getAttribute("data-move-row");
    if (direction) {
      event.preventDefault();
      var sibling = direction === "up" ? row.previousElementSibling : row.nextElementSibling;
      if (sibling && sibling.matches("[data-row]")) {
        if (direction === "up") list.insertBefore(row, sibling);
        else list.insertBefore(sibling, row);
        renumber(section);
        button.focus();
        editor.announce(direction === "up" ? gettext("行を上に移動しました。") : gettext("行を下に移動しました。"));
        editor.changed(true);
      }
      return true;
    }
    return false;
  }

  // The editor ----------------------------------------------------------------------------------

  function Editor(form) {
    this.form = form;
    this.url = form.getAttribute("data-autosave-url");
    this.lock = form.querySelector("[data-lock-version]");
    this.status = form.querySelector("[data-save-status]");
    this.dirty = false;
    this.inFlight = false;
    this.edits = 0; // bumps on every change; a reply only clears "dirty" if nothing changed since
    this.timer = null;
    this.retry = 0;
    this.stale = false;
    this.afterSave = undefined; // a submit waiting for the autosave in flight (its button, or null)
    this.submitting = false;
    var self = this;

    form.addEventListener("input", function (event) {
      if (event.target.hasAttribute("data-max-length")) updateCounter(event.target);
      self.changed();
    });
    form.addEventListener("change", function () {
      self.changed(true);
    });
    // Tab never leaves the focused control under the sticky save bar: scroll-padding-bottom does it
    // for most controls, but Chromium reveals only the caret of a tall textarea.
    // Once more after layout settles, for the latest focus only: a stale frame of an earlier focus
    // (the 「追加」 button, moved down by the new row) would scroll back to it and hide the row's heading.
    var keepToken = 0;
    form.addEventListener("focusin", function (event) {
      var target = event.target;
      var token = ++keepToken;
      keepInView(target);
      window.requestAnimationFrame(function () {
        if (token === keepToken && document.activeElement === target) keepInView(target);
      });
    });
    form.addEventListener("focusout", function () {
      if (self.dirty) self.schedule(0);
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button && form.contains(button)) handleRowButton(self, button, event);
    });
    // 「職業に関連する資格から選ぶ」 (occupation-picker.js): one new row per chosen qualification.
    form.addEventListener("occupation:qualifications", function (event) {
      var section = event.target.closest("[data-repeat]");
      var template = section && section.querySelector("template[data-row-template]");
      // The column is named by the server (data-qualification-field), never "the first input".
      var column = section && section.getAttribute("data-qualification-field");
      if (!template || !column) return;
      event.preventDefault();
      var list = section.querySelector("[data-rows]");
      var added = event.detail.map(function (name) {
        var fresh = template.content.firstElementChild.cloneNode(true);
        var input = fresh.querySelector('[name$="-' + column + '"]');
        if (input) input.value = name;
        list.appendChild(fresh);
        return fresh;
      });
      renumber(section);
      added.forEach(enhanceRow);
      self.changed(true);
    });
    form.addEventListener("submit", function (event) {
      clearTimeout(self.timer);
      if (self.inFlight) {
        // An autosave is on its way: submit once it is back, with the version it returns, or this
        // tab would collide with itself.
        event.preventDefault();
        self.afterSave = event.submitter || null;
        return;
      }
      csrfToken(form); // the current cookie's token goes with the form
      self.submitting = true;
    });
    window.addEventListener("beforeunload", function (event) {
      if (self.submitting || !(self.dirty || self.inFlight)) return;
      event.preventDefault();
      event.returnValue = "";
    });
    window.addEventListener("online", function () {
      if (self.dirty && !self.stale) self.schedule(0);
    });
    form.querySelectorAll("[data-max-length]").forEach(updateCounter);
    // The error summary's links: focus the field with its label and message in view (the browser
    // would put the field itself at the very top, under the header, label and message above it).
    document.querySelectorAll(".error-summary a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
        if (!target || !form.contains(target)) return;
        event.preventDefault();
        var field = target.matches("input, textarea, select") ? target : target.querySelector("input:not([type=hidden]), textarea, select");
        var box = (field || target).closest(".form-field, [data-row], .repeat") || target;
        box.scrollIntoView({ block: "start" });
        if (field) field.focus({ preventScroll: true });
        else {
          if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
          target.focus({ preventScroll: true });
        }
      });
    });
  }

  Editor.prototype.announce = function (text) {
    if (this.status) this.status.textContent = text;
  };

  Editor.prototype.changed = function (soon) {
    this.dirty = true;
    this.edits += 1;
    if (this.stale) return;
    this.schedule(soon ? 500 : DELAY_MS);
  };

  Editor.prototype.schedule = function (delay) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      self.save();
    }, delay);
  };

  Editor.prototype.finish = function () {
    this.inFlight = false;
    if (this.afterSave !== undefined) {
      var submitter = this.afterSave;
      this.afterSave = undefined;
      if (submitter) this.form.requestSubmit(submitter);
      else this.form.requestSubmit();
      return true;
    }
    return false;
  };

  Editor.prototype.post = function (body) {
    // Django reads the form field before the header: both carry the current token.
    var token = csrfToken(this.form);
    body.set("csrfmiddlewaretoken", token);
    return fetch(this.url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "If-Match": '"' + this.lock.value + '"', "X-CSRFToken": token, Accept: "application/json" },
    });
  };

  Editor.prototype.save = function () {
    if (this.inFlight || this.stale || this.submitting || !this.dirty || !this.url) return;
    if (pageSaving) {
      this.schedule(300);
      return;
    }
    var self = this;
    var edits = this.edits;
    var body = new FormData(this.form);
    body.delete("action");
    this.inFlight = true;
    pageSaving = true;
    this.announce(gettext("保存しています…"));
    this.post(body)
      .then(function (response) {
        if (response.status !== 403) return response;
        // Refused for its CSRF token: take a fresh one and send the same draft once more.
        return response
          .clone()
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            if (data.reason !== "csrf") return response;
            return refreshToken(self.form).then(function (token) {
              return token ? self.post(body) : response;
            });
          });
      })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            return { response: response, data: data };
          });
      })
      .then(function (result) {
        var response = result.response;
        var data = result.data;
        pageSaving = false;
        if (response.ok && data.lock_version !== undefined) self.lock.value = String(data.lock_version);
        if (self.finish()) return;
        if (response.status === 412) {
          self.showStale(data.message);
          return;
        }
        if (response.ok) {
          self.retry = 0;
          self.lock.value = String(data.lock_version);
          if (self.edits === edits) self.dirty = false;
          var fresh = self.showErrors(data.errors || []);
          if (data.warning) {
            // Rows past the editor's limit were not kept: say so, not just 「保存しました」.
            self.announce(gettext("下書きを自動保存しましたが、保存していない行があります") + "（" + (data.saved_at || clock()) + "）。" + data.warning + self.errorText(fresh));
            if (self.status) self.status.classList.add("save-status--warning");
          } else {
            self.announce(gettext("下書きを自動保存しました") + "（" + (data.saved_at || clock()) + "）。" + self.errorText(fresh));
          }
          if (self.dirty) self.schedule(DELAY_MS);
          return;
        }
        if (response.status === 423) {
          // A supporter is writing their part of this sheet: say who and until when; the text stays.
          self.announce(data.message || gettext("支援者が記入中のため、いまは保存できません。入力した内容はこの画面に残っています。"));
          if (self.status) self.status.classList.add("save-status--warning");
          return;
        }
        if (response.status === 400) {
          var shown = self.showErrors(data.errors || []);
          self.announce((data.message || gettext("保存できない内容があります。")) + self.errorText(shown));
          return;
        }
        if (response.status === 403 || response.status === 401) {
          if (self.form.getAttribute("data-signed-in") === "true") {
            self.announce(gettext("ログインの有効期限が切れたため、自動保存できませんでした。入力した内容はこの画面に残っています。「下書き保存」を押してください。"));
          } else {
            self.announce(gettext("この画面を開いてから時間がたったため、自動保存できませんでした。入力した内容はこの画面に残っています。「下書き保存」を押してください。"));
          }
          return;
        }
        self.offline();
      })
      .catch(function () {
        pageSaving = false;
        if (self.finish()) return;
        self.offline();
      });
  };

  Editor.prototype.offline = function () {
    var pause = RETRY_STEPS_MS[Math.min(this.retry, RETRY_STEPS_MS.length - 1)];
    this.retry += 1;
    this.announce(
      gettext("通信できないため、まだ保存されていません。入力した内容はこの画面に残っています。") +
        Math.round(pause / 1000) +
        gettext("秒後にもう一度保存します。")
    );
    if (this.status) this.status.classList.add("save-status--warning");
    this.schedule(pause);
  };

  Editor.prototype.showStale = function (message) {
    this.stale = true;
    clearTimeout(this.timer);
    if (!this.status) return;
    this.status.classList.add("save-status--warning");
    this.status.textContent = (message || gettext("ほかの画面や端末で、この様式が先に保存されました。")) + " ";
    var button = document.createElement("button");
    button.type = "submit";
    button.name = "action";
    button.value = "draft";
    button.className = "button button--small";
    button.textContent = gettext("内容を比べて選ぶ");
    this.status.appendChild(button);
  };

  // 「。入力内容を確認してください：記入日：存在しない日付です。…」 for the errors just shown (or "").
  Editor.prototype.errorText = function (shown) {
    if (!shown || !shown.length) return "";
    return (
      " " +
      gettext("入力内容を確認してください") +
      "：" +
      shown
        .map(function (item) {
          return (item.label ? item.label + "：" : "") + item.text;
        })
        .join(" ")
    );
  };

  // Show the answer's errors next to the fields; the error paragraph is in the field's
  // aria-describedby only while there is an error. Returns the errors that are new or changed
  // (so the live region says them once, not on every autosave).
  Editor.prototype.showErrors = function (errors) {
    var form = this.form;
    var shown = [];
    var any = false;
    var byId = {};
    errors.forEach(function (error) {
      if (error.id) byId[error.id] = (byId[error.id] || []).concat(error.messages);
    });
    form.querySelectorAll("[data-error-for]").forEach(function (box) {
      var id = box.getAttribute("data-error-for");
      var messages = byId[id];
      var input = document.getElementById(id);
      var text = box.querySelector("[data-error-text]");
      var errorId = box.id;
      if (messages) {
        any = true;
        var joined = messages.join(" ");
        if (box.hidden || !text || text.textContent !== joined) {
          var label = input && input.id ? form.querySelector('label[for="' + input.id + '"]') : null;
          shown.push({ label: label ? label.textContent.trim() : "", text: joined });
        }
        if (text) text.textContent = joined;
        box.hidden = false;
        if (input) input.setAttribute("aria-invalid", "true");
      } else {
        box.hidden = true;
        if (input) input.removeAttribute("aria-invalid");
      }
      if (input && errorId) {
        var ids = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (one) {
          return one && one !== errorId;
        });
        if (messages) ids.unshift(errorId);
        if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
        else input.removeAttribute("aria-describedby");
      }
      var wrapper = box.closest(".form-field");
      if (wrapper) wrapper.classList.toggle("form-field--error", Boolean(messages));
    });
    if (this.status) this.status.classList.toggle("save-status--warning", any);
    return shown;
  };

  // The sticky save bar's height, for scroll-padding-bottom (site.css): Tab never lands under it.
  function trackSaveBar(form) {
    var bar = form.querySelector("[data-save-bar]");
    if (!bar || !window.ResizeObserver) return;
    new ResizeObserver(function () {
      var height = Math.ceil(bar.getBoundingClientRect().height) + 16;
      document.documentElement.style.setProperty("--save-bar-height", height + "px");
    }).observe(bar);
  }

  function init(root) {
    (root || document).querySelectorAll("form[data-sheet-editor]").forEach(function (form) {
      if (!form.jobcardEditor) {
        form.jobcardEditor = new Editor(form);
        trackSaveBar(form);
      }
    });
  }

  // The sheet-form block in guidance pages --------------------------------------------------------

  function loadFragments() {
    document.querySelectorAll("[data-sheet-fragment]").forEach(function (block) {
      if (block.getAttribute("data-loaded")) return;
      block.setAttribute("data-loaded", "1");
      var target = block.querySelector("[data-fragment-target]");
      fetch(block.getAttribute("data-sheet-fragment"), { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          target.innerHTML = html;
          init(target);
        })
        .catch(function () {
          /* keep the link to the editor */
        });
    });
  }

  window.JobcardEditor = { init: init };
  function start() {
    init(document);
    loadFragments();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
