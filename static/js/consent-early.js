/* Hides the visit-counting notice at once when this browser has already chosen (cookie
 * jobcard_consent) or sends Do-Not-Track / Global Privacy Control. Loaded without defer right
 * after the notice (templates/insights/includes/consent.html), so the notice never flashes; a
 * file rather than an inline script so the Content-Security-Policy needs no 'unsafe-inline'. */
(function () {
  var n = document.getElementById("insights-consent");
  if (
    n &&
    (/(?:^|;\s*)jobcard_consent=(yes|no)(?:;|$)/.test(document.cookie) ||
      navigator.doNotTrack === "1" ||
      navigator.globalPrivacyControl === true)
  ) {
    n.hidden = true;
  }
})();
