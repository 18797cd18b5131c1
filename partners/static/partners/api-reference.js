// The partner API reference: Swagger UI (drf-spectacular-sidecar's copy, served by this site) reading
// /api/v1/openapi.json. A same-origin file, so the site's CSP (script-src 'self') needs no exception.
// "Try it out" is off: partners call the API from their servers with their own tokens.
window.addEventListener("DOMContentLoaded", function () {
  var target = document.getElementById("swagger-ui");
  if (!target || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.SwaggerUIBundle({
    url: target.getAttribute("data-spec-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    supportedSubmitMethods: [],
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
