/* ジョブ・カード作成支援サイト — session timeout warning (progressive enhancement).
   Rendered only for signed-in people by templates/includes/session_timeout.html. Without this
   script nothing changes: the server (accounts.security.SessionLimitsMiddleware) still signs the
   person out after SESSION_IDLE_SECONDS without a request.

   - A page load is activity on the server, so the idle deadline starts now. Every tab writes the
     time of its last activity to localStorage; the others move their deadline when it changes.
   - WARNING seconds before the deadline the server is asked how long is left (the status
     endpoint does not count as activity). Another tab may have extended: then wait again.
   - The warning is a modal <dialog role="alertdialog"> with the time left, focus on
     「ログイン状態を延長する」 (POST to session_extend with the csrftoken cookie).
   - When the time is up the server is asked once more before going to the login page.
   Also: on the signed-in devices page, 「すべての端末からログアウト」 ends the other sessions first. */
(function () {
  "use strict";

  if (window.jobcardSession) { return; }
  window.jobcardSession = {};

  var STORAGE_KEY = "jobcard:session-activity";

  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split("; ") : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      if (parts[i].slice(0, eq) === name) {
        try { return decodeURIComponent(parts[i].slice(eq + 1)); } catch { return ""; }
      }
    }
    return "";
  }

  function csrfToken(root) {
    var token = readCookie("csrftoken");
    if (!token && root) {
      var input = root.querySelector('input[name="csrfmiddlewaretoken"]');
      if (input) { token = input.value; }
    }
    return token;
  }

  /* "1分59秒" / "59秒" from the formats given by the template (translated there). */
  function formatTime(seconds, minutesFormat, secondsFormat) {
    seconds = Math.max(0, Math.ceil(seconds));
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    if (m > 0) { return minutesFormat.replace("{m}", m).replace("{s}", s); }
    return secondsFormat.replace("{s}", s);
  }

  function storeActivity(time) {
    try { window.localStorage.setItem(STORAGE_KEY, String(time)); } catch { /* private mode */ }
  }

  function SessionTimeout(root) {
    this.root = root;
    this.dialog = root.querySelector("[data-session-dialog]");
    this.title = root.querySelector("[data-session-title]");
    this.text = root.querySelector("[data-session-text]");
    this.live = root.querySelector("[data-session-live]");
    this.extendButton = root.querySelector("[data-session-extend]");
    this.statusUrl = root.getAttribute("data-session-status-url");
    this.extendUrl = root.getAttribute("data-session-extend-url");
    this.loginUrl = root.getAttribute("data-login-url");
    this.idle = parseInt(root.getAttribute("data-idle-seconds"), 10) || 1800;
    this.warning = parseInt(root.getAttribute("data-warning-seconds"), 10) || 120;
    this.warning = Math.min(this.warning, this.idle);
    this.formats = {
      title: root.getAttribute("data-title-format") || "{time}",
      minutes: root.getAttribute("data-minutes-format") || "{m}:{s}",
      seconds: root.getAttribute("data-seconds-format") || "{s}",
      announce: root.getAttribute("data-announce-format") || "{time}"
    };
    this.originalText = this.text ? this.text.textContent : "";
    this.deadline = 0;       // ms since epoch when the server will sign out (our estimate)
    this.timer = null;       // the next check
    this.ticker = null;      // the countdown while the dialog is open
    this.lastAnnounced = null;
    this.returnFocus = null;
    this.leaving = false;
  }

  SessionTimeout.prototype.start = function () {
    var self = this;
    var now = Date.now();
    storeActivity(now);
    this.setDeadline(now + this.idle * 1000);

    this.extendButton.addEventListener("click", function () { self.extend(); });
    // Escape means the person is here: treat it as "extend" rather than silently closing.
    this.dialog.addEventListener("cancel", function (event) {
      event.preventDefault();
      self.extend();
    });
    window.addEventListener("storage", function (event) {
      if (event.key !== STORAGE_KEY || !event.newValue) { return; }
      var seen = parseInt(event.newValue, 10);
      if (!seen) { return; }
      var deadline = seen + self.idle * 1000;
      if (deadline > self.deadline) {
        self.setDeadline(deadline);
        if (self.isOpen() && deadline - Date.now() > self.warning * 1000) { self.close(); }
      }
    });
    // Timers are slowed down in background tabs: look again when the tab comes back.
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible" && !self.leaving) { self.check(); }
    });
  };

  SessionTimeout.prototype.setDeadline = function (deadline) {
    this.deadline = deadline;
    this.schedule(deadline - this.warning * 1000 - Date.now());
  };

  SessionTimeout.prototype.schedule = function (delay) {
    var self = this;
    window.clearTimeout(this.timer);
    // Long timeouts drift (sleep, throttling): never wait more than a minute between looks.
    this.timer = window.setTimeout(function () { self.check(); }, Math.max(0, Math.min(delay, 60000)));
  };

  /* Ask the server (not activity). Resolves to seconds left, or -1 when signed out. */
  SessionTimeout.prototype.status = function () {
    return fetch(this.statusUrl, {
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      if (response.type === "opaqueredirect" || !response.ok) { return -1; }
      return response.json().then(function (data) {
        return data && data.authenticated ? Number(data.seconds_left) || 0 : -1;
      });
    });
  };

  SessionTimeout.prototype.check = function () {
    var self = this;
    if (this.leaving) { return; }
    var estimate = (this.deadline - Date.now()) / 1000;
    if (estimate > this.warning + 1 && !this.isOpen()) {
      this.schedule((estimate - this.warning) * 1000);
      return;
    }
    this.status().then(function (left) {
      if (left < 0) { self.leave(); return; }
      var now = Date.now();
      self.deadline = now + left * 1000;
      if (left > self.warning + 1) {
        // Another tab (or a background save) kept the session alive.
        if (self.isOpen()) { self.close(); }
        self.schedule((left - self.warning) * 1000);
      } else if (left <= 0) {
        // The server signs out strictly after the limit: look again in a moment.
        if (!self.isOpen()) { self.open(); }
        self.schedule(2000);
      } else {
        if (!self.isOpen()) { self.open(); }
        self.schedule(left * 1000 + 1000);
      }
    }).catch(function () {
      // Offline or the server did not answer: keep counting down and try again soon.
      if (!self.isOpen() && self.deadline - Date.now() <= self.warning * 1000) { self.open(); }
      self.schedule(10000);
    });
  };

  SessionTimeout.prototype.isOpen = function () {
    return this.dialog.hasAttribute("open");
  };

  SessionTimeout.prototype.render = function () {
    var left = Math.max(0, (this.deadline - Date.now()) / 1000);
    var time = formatTime(left, this.formats.minutes, this.formats.seconds);
    this.title.textContent = this.formats.title.replace("{time}", time);
    // Screen readers hear the time when the dialog opens (its name) and then at 1 minute,
    // 30 and 10 seconds — not every second.
    var whole = Math.ceil(left);
    var marks = [60, 30, 10];
    for (var i = 0; i < marks.length; i++) {
      if (whole === marks[i] && this.lastAnnounced !== whole) {
        this.lastAnnounced = whole;
        this.live.textContent = this.formats.announce.replace("{time}", time);
      }
    }
  };

  SessionTimeout.prototype.open = function () {
    var self = this;
    this.returnFocus = document.activeElement;
    this.lastAnnounced = null;
    this.live.textContent = "";
    if (this.text) { this.text.textContent = this.originalText; }
    this.extendButton.hidden = false;
    this.extendButton.disabled = false;
    this.render();
    if (typeof this.dialog.showModal === "function") {
      this.dialog.showModal();
    } else {
      this.dialog.setAttribute("open", "");
    }
    this.extendButton.focus();
    window.clearInterval(this.ticker);
    this.ticker = window.setInterval(function () {
      self.render();
      if (self.deadline - Date.now() <= 0 && !self.finalCheck) {
        self.finalCheck = true;
        self.check();
      }
    }, 1000);
  };

  SessionTimeout.prototype.close = function () {
    window.clearInterval(this.ticker);
    this.finalCheck = false;
    if (typeof this.dialog.close === "function" && this.isOpen()) {
      this.dialog.close();
    } else {
      this.dialog.removeAttribute("open");
    }
    if (this.returnFocus && typeof this.returnFocus.focus === "function" && document.contains(this.returnFocus)) {
      this.returnFocus.focus();
    }
  };

  SessionTimeout.prototype.extend = function () {
    var self = this;
    var token = csrfToken(this.root);
    this.extendButton.disabled = true;
    fetch(this.extendUrl, {
      method: "POST",
      credentials: "same-origin",
      redirect: "manual",
      headers: { "X-CSRFToken": token, Accept: "application/json", "X-Requested-With": "XMLHttpRequest" }
    }).then(function (response) {
      if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
        return { signedOut: true };
      }
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (data) {
      self.extendButton.disabled = false;
      if (data.signedOut || !data.authenticated) { self.leave(); return; }
      var now = Date.now();
      var left = Number(data.seconds_left) || 0;
      storeActivity(now);
      self.deadline = now + left * 1000;
      self.finalCheck = false;
      if (left <= self.warning) {
        // The absolute limit (SESSION_ABSOLUTE_SECONDS) is near: extending cannot help.
        self.text.textContent = self.root.getAttribute("data-limit-reached") || "";
        self.extendButton.hidden = true;
        var logout = self.dialog.querySelector('form button[type="submit"]');
        if (logout) { logout.focus(); }
        self.schedule(left * 1000 + 1000);
        return;
      }
      self.close();
      self.schedule((left - self.warning) * 1000);
    }).catch(function () {
      self.extendButton.disabled = false;
      self.live.textContent = self.root.getAttribute("data-extend-error") || "";
      self.extendButton.focus();
    });
  };

  /* Time is up: the server has signed the person out (it added its own message). Go to the
     login page, coming back here afterwards; the login page says drafts are kept. */
  SessionTimeout.prototype.leave = function () {
    if (this.leaving) { return; }
    this.leaving = true;
    window.clearInterval(this.ticker);
    window.clearTimeout(this.timer);
    var next = window.location.pathname + window.location.search;
    var url = this.loginUrl + (this.loginUrl.indexOf("?") === -1 ? "?" : "&") +
      "timeout=1&next=" + encodeURIComponent(next);
    window.location.assign(url);
  };

  function init() {
    var root = document.querySelector("[data-session-timeout]");
    if (root && window.fetch && root.querySelector("[data-session-dialog]")) {
      window.jobcardSession.timeout = new SessionTimeout(root);
      window.jobcardSession.timeout.start();
    }
  }

  window.jobcardSession.formatTime = formatTime;

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
