/* Occupation picker: search a job tag occupation, tick its task lines (or related qualifications)
   and insert them into a textarea of the editor. Progressive enhancement of

     <div data-occupation-picker data-target="<textarea id>" data-mode="tasks|qualifications"
          data-api-url="/api/v1/occupations/" data-label-…="…">
       <p><a href="/occupations/">…</a></p>   ← what people without JavaScript get
     </div>

   rendered by {% occupation_picker target_id mode %} (occupations/templatetags/occupation_tags.py).
   - tasks: 「挿入する」 appends the chosen lines (each prefixed with data-prefix, default "・") to the
     target textarea, after what is already typed — never replacing it — and fires "input" and
     "change" so autosave notices.
   - qualifications: dispatches CustomEvent("occupation:qualifications", {detail: [names…],
     bubbles: true, cancelable: true}) on the picker element; an editor that adds rows itself
     calls event.preventDefault(). Otherwise the names are appended to the target like tasks.
   Every button is type="button" and Enter in the search box searches, so the editor's form is never
   submitted by the picker. All texts come from data-label-* attributes (translated server-side). */
(function () {
  "use strict";

  var counter = 0;

  function label(root, name, values) {
    var text = root.getAttribute("data-label-" + name) || "";
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(String(values[key]));
    });
    return text;
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "className") node.className = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function enhance(root) {
    if (root.hasAttribute("data-enhanced")) return;
    root.setAttribute("data-enhanced", "");
    counter += 1;
    var id = "occupation-picker-" + counter;
    var mode = root.getAttribute("data-mode") === "qualifications" ? "qualifications" : "tasks";
    var apiUrl = root.getAttribute("data-api-url") || "/api/v1/occupations/";
    var prefix = root.hasAttribute("data-prefix") ? root.getAttribute("data-prefix") : "・";

    root.textContent = "";
    var toggle = el("button", { type: "button", className: "button button--small occupation-picker__toggle",
      "aria-expanded": "false", "aria-controls": id + "-panel" }, label(root, "open"));
    var panel = el("div", { id: id + "-panel", className: "occupation-picker__panel", hidden: "" });

    var searchRow = el("div", { className: "occupation-picker__search" });
    var input = el("input", { type: "search", id: id + "-q", autocomplete: "off", maxlength: "50",
      "aria-describedby": id + "-hint" });
    var searchButton = el("button", { type: "button", className: "button button--small" }, label(root, "search-button"));
    searchRow.appendChild(el("label", { "for": id + "-q", className: "field__label" }, label(root, "search")));
    searchRow.appendChild(el("p", { id: id + "-hint", className: "form-field__hint" }, label(root, "search-hint")));
    var row = el("div", { className: "site-search__row" });
    row.appendChild(input);
    row.appendChild(searchButton);
    searchRow.appendChild(row);

    var status = el("p", { className: "occupation-picker__status", role: "status" });
    var results = el("ul", { className: "occupation-picker__results", "aria-label": label(root, "results") });
    var items = el("div", { className: "occupation-picker__items" });
    panel.appendChild(searchRow);
    panel.appendChild(status);
    panel.appendChild(results);
    panel.appendChild(items);
    root.appendChild(toggle);
    root.appendChild(panel);

    function say(text) {
      status.textContent = text;
    }

    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (open) input.focus();
    });
    // Escape anywhere in the open panel closes it and gives focus back to its button.
    panel.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || panel.hidden) return;
      event.preventDefault();
      event.stopPropagation();
      toggle.setAttribute("aria-expanded", "false");
      panel.hidden = true;
      toggle.focus();
    });

    function search() {
      var q = input.value.trim();
      results.textContent = "";
      items.textContent = "";
      if (!q) {
        say(label(root, "empty"));
        input.focus();
        return;
      }
      say(label(root, "loading"));
      getJSON(apiUrl + "?limit=10&q=" + encodeURIComponent(q)).then(function (data) {
        if (!data.results.length) {
          say(label(root, "none"));
          return;
        }
        say(label(root, "found", { count: data.count }));
        data.results.forEach(function (occupation) {
          var item = el("li");
          var button = el("button", { type: "button", className: "occupation-picker__choice" });
          button.appendChild(el("span", { className: "occupation-picker__choice-title" }, occupation.title));
          if (occupation.matched_alias) {
            button.appendChild(el("span", { className: "occupation-picker__choice-note" }, occupation.matched_alias));
          }
          button.addEventListener("click", function () { choose(occupation.detail); });
          item.appendChild(button);
          results.appendChild(item);
        });
      }).catch(function () { say(label(root, "error")); });
    }

    searchButton.addEventListener("click", search);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // never submit the editor's form
        search();
      }
    });

    function choose(detailUrl) {
      say(label(root, "loading"));
      getJSON(detailUrl).then(function (data) {
        results.textContent = "";
        showItems(data);
      }).catch(function () { say(label(root, "error")); });
    }

    function showItems(data) {
      items.textContent = "";
      var lines = mode === "tasks" ? data.tasks.map(function (task) { return task.text; }) : data.qualifications;
      var fieldset = el("fieldset", { className: "occupation-picker__fieldset" });
      var legend = el("legend", { tabindex: "-1" }, label(root, "items", { title: data.title }));
      fieldset.appendChild(legend);
      if (!lines.length) {
        fieldset.appendChild(el("p", {}, label(root, "no-items")));
      }
      lines.forEach(function (line, index) {
        var boxId = id + "-item-" + index;
        var option = el("div", { className: "form-field--check occupation-picker__option" });
        var box = el("input", { type: "checkbox", id: boxId, value: line });
        option.appendChild(box);
        option.appendChild(el("label", { "for": boxId }, line));
        fieldset.appendChild(option);
      });
      items.appendChild(fieldset);
      if (lines.length) {
        var insert = el("button", { type: "button", className: "button button--primary button--small" }, label(root, "insert"));
        insert.addEventListener("click", insertChosen);
        items.appendChild(insert);
      }
      var detail = el("a", { href: data.url, target: "_blank", rel: "noopener", className: "occupation-picker__detail" }, label(root, "detail"));
      items.appendChild(el("p", {})).appendChild(detail);
      if (data.credit) {
        items.appendChild(el("p", { className: "occupation-picker__credit" }, data.credit));
      }
      say("");
      legend.focus();
    }

    root._occupationChoose = choose;
    root._occupationOpen = function () {
      toggle.setAttribute("aria-expanded", "true");
      panel.hidden = false;
    };

    function appendLines(lines) {
      var target = document.getElementById(root.getAttribute("data-target") || "");
      if (!target) return false;
      var text = lines.map(function (line) { return prefix + line; }).join("\n");
      var before = target.value;
      var separator = before && before.charAt(before.length - 1) !== "\n" ? "\n" : "";
      var next = before + separator + text;
      if (target.maxLength > 0 && next.length > target.maxLength) {
        say(label(root, "too-long", { max: target.maxLength }));
        return null;
      }
      target.value = next;
      target.dispatchEvent(new Event("input", { bubbles: true }));
      target.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }

    function insertChosen() {
      var boxes = Array.prototype.slice.call(items.querySelectorAll("input[type=checkbox]:checked"));
      var lines = boxes.map(function (box) { return box.value; });
      if (!lines.length) {
        say(label(root, "nothing-chosen"));
        return;
      }
      if (mode === "qualifications") {
        var event = new CustomEvent("occupation:qualifications", {
          detail: lines.slice(), bubbles: true, cancelable: true
        });
        var handled = !root.dispatchEvent(event);
        if (!handled && appendLines(lines) === null) return;
        say(label(root, "sent", { count: lines.length }));
      } else {
        var done = appendLines(lines);
        if (done === null) return;
        say(label(root, "inserted", { count: lines.length }));
      }
      boxes.forEach(function (box) { box.checked = false; });
    }
  }

  // Started from an occupation (data-start-url, the first task picker of the page only): open the
  // panel on that occupation's task lines so the person only ticks and inserts.
  function start(root) {
    var url = root.getAttribute("data-start-url");
    if (!url || !root._occupationChoose || root.hasAttribute("data-started")) return;
    root.setAttribute("data-started", "");
    root._occupationOpen();
    root._occupationChoose(url);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-occupation-picker]"), function (root) {
      enhance(root);
      start(root);
    });
  }

  window.OccupationPicker = { enhance: enhance, init: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
